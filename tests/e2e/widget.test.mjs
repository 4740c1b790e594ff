// The <on-record> widget on a third-party page that includes only the script tag.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, copyFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, watch, serve, DIST, ROOT, SEED } from "./browser.mjs";

const XSS = '"<img src=x onerror=window.__xss=1>," Jane Smith said. <b onmouseover=window.__xss=2>bold</b> <script>window.__xss=3</script>';
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const HOST = `<!doctype html>
<html><head><meta charset="utf-8"><title>A host newsroom page</title>
<style>
  * { color: rgb(255, 0, 0) !important; font-size: 31px !important; font-family: "Comic Sans MS" !important; }
  mark { display: none !important; background: rgb(0, 0, 255) !important; }
  section, li, ol, ul { display: none !important; }
  p.host { color: rgb(1, 2, 3) !important; }
</style></head>
<body>
<p class="host" id="host-p">Host paragraph.</p>
<article id="story">${SEED.split(/\n\s*\n/).map((p) => `<p>${escape(p.trim())}</p>`).join("\n")}</article>
<on-record id="w1" date="2025-10-17">${escape(SEED)}</on-record>
<on-record id="w2" for="#story" panels="speakers,timeline" theme="dark"></on-record>
<on-record id="w3">${escape(XSS)}</on-record>
<script src="onrecord-widget.js"></script>
</body></html>`;

let browser, server, dir;
before(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), "onrecord-host-"));
  copyFileSync(join(DIST, "onrecord-widget.js"), join(dir, "onrecord-widget.js"));
  writeFileSync(join(dir, "host.html"), HOST);
  server = await serve(dir);
});
after(async () => {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function loaded(page) {
  await page.waitForFunction(() => ["w1", "w2", "w3"].every((id) => document.getElementById(id).result), null, { timeout: 30000 });
}

for (const how of ["http", "file"]) {
  test(`two widgets render the seed inside their shadow roots (${how})`, async () => {
    const page = await browser.context.newPage();
    const w = watch(page);
    const events = [];
    await page.exposeFunction("__seen", (id) => events.push(id));
    await page.addInitScript(() => document.addEventListener("onrecord:extracted", (e) => window.__seen(e.target.id)));
    await page.goto(how === "http" ? `${server.origin}/host.html` : `file://${dir}/host.html`);
    await loaded(page);
    for (const id of ["w1", "w2"]) {
      const marks = await page.evaluate((id) => [...document.getElementById(id).shadowRoot.querySelectorAll("mark[data-quote-id]")]
        .filter((m) => m.dataset.kind === "direct" || m.dataset.kind === "indirect")
        .map((m) => [m.dataset.speaker, getComputedStyle(m).display, getComputedStyle(m).color]), id);
      assert.equal(marks.length, 11, id);
      assert.deepEqual(marks.map((m) => m[0]), [...Array(3).fill("Karoline Leavitt"), ...Array(8).fill("Donald Trump")]);
      assert.ok(marks.every((m) => m[1] === "inline"), "host CSS must not hide the widget's marks");
      assert.ok(marks.every((m) => m[2] !== "rgb(255, 0, 0)"), "host colour must not leak in");
    }
    const timeline = await page.evaluate(() => [...document.getElementById("w2").shadowRoot.querySelectorAll("li[data-event-id]")].map((l) => [l.dataset.eventType, l.dataset.date || null]));
    assert.deepEqual(timeline.slice(0, 3), [["call", "2025-10-16"], ["meeting", "2025-10-17"], ["meeting", "2025-W43"]]);
    const quotesPanel = await page.evaluate(() => !!document.getElementById("w2").shadowRoot.querySelector("li[data-quote-id]"));
    assert.equal(quotesPanel, false, "panels attribute honoured");
    // Host styles unchanged by the widget.
    const host = await page.evaluate(() => {
      const s = getComputedStyle(document.getElementById("host-p"));
      return [s.color, s.fontSize];
    });
    assert.deepEqual(host, ["rgb(1, 2, 3)", "31px"]);
    // Script-failed fallback: the article text is the element's own content.
    assert.match(await page.evaluate(() => document.getElementById("w1").textContent), /Karoline Leavitt/);
    assert.deepEqual(events.sort(), ["w1", "w2", "w3"]);
    assert.deepEqual(w.errors, []);
    await page.close();
  });
}

test("XSS in widget text stays inert", async () => {
  const page = await browser.context.newPage();
  const w = watch(page);
  await page.goto(`${server.origin}/host.html`);
  await loaded(page);
  const html = await page.evaluate(() => document.getElementById("w3").shadowRoot.innerHTML);
  assert.ok(!/<(img|script|b)\b/i.test(html.replace(/<style[\s\S]*?<\/style>/g, "")), html.slice(0, 400));
  await page.hover("#w3");
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  const q = await page.evaluate(() => document.getElementById("w3").result.quotes[0]);
  assert.equal(q.speaker_name, "Jane Smith");
  assert.deepEqual(w.errors, []);
  await page.close();
});

test("onrecord.extract() returns exactly what the CLI returns", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/host.html`);
  await loaded(page);
  for (const [text, date] of [[SEED, "2025-10-17"], [SEED, ""], ["\"Hi,\" Jane Smith said on Monday.", "2025-10-17"]]) {
    const fromPage = await page.evaluate(([t, d]) => onrecord.extract(t, { date: d }), [text, date]);
    const args = ["extract", "-"];
    if (date) args.push("--date", date);
    const fromCli = JSON.parse(execFileSync(join(ROOT, "target", "release", "onrecord"), args, { input: text }).toString("utf8"));
    assert.deepEqual(fromPage, fromCli);
  }
  const err = await page.evaluate(() => onrecord.extract("   ").then(() => "ok", (e) => e.message));
  assert.match(err, /empty/);
  // Properties mirror attributes, and setting text re-runs.
  const mirrored = await page.evaluate(async () => {
    const el = document.getElementById("w1");
    el.date = "2025-10-24";
    const a = el.getAttribute("date");
    await new Promise((ok) => el.addEventListener("onrecord:extracted", ok, { once: true }));
    return [a, el.result.document.date];
  });
  assert.deepEqual(mirrored, ["2025-10-24", "2025-10-24"]);
  await page.close();
});

test("the ES module exports extract()", async () => {
  const page = await browser.context.newPage();
  const mod = await serve(DIST, {
    "/esm.html": '<!doctype html><meta charset="utf-8"><script type="module">import { extract } from "./onrecord.mjs"; window.__r = await extract("\\"Yes,\\" Jane Smith said.");</script>',
  });
  await page.goto(`${mod.origin}/esm.html`);
  await page.waitForFunction(() => window.__r, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => window.__r.quotes[0].speaker_name), "Jane Smith");
  await page.close();
  await mod.close();
});
