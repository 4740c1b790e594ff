// The WebAssembly build and the native build return identical results for the same input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ROOT, SEED } from "./browser.mjs";

const require = createRequire(import.meta.url);
const wasm = require(join(ROOT, "target", "pkg", "node", "onrecord.js"));
const CLI = join(ROOT, "target", "release", "onrecord");

function native(text, date) {
  const args = ["extract", "-"];
  if (date) args.push("--date", date);
  return execFileSync(CLI, args, { input: text }).toString("utf8").trimEnd();
}

const articles = readdirSync(join(ROOT, "tests", "data", "articles")).map((f) => readFileSync(join(ROOT, "tests", "data", "articles", f), "utf8"));
const tricky = [
  "« Très bien », a dit Zoë. \"Fine 😀,\" she said on Thursday.",
  "\"Unclosed quote, the minister said.\n\nNext paragraph \"closed,\" he said.",
  "<script>alert(1)</script> \"Hi,\" Jane Smith said tomorrow.",
];

test("wasm and native JSON are identical", () => {
  const ex = new wasm.Extractor();
  const cases = [[SEED, null], [SEED, "2025-10-24"], ...articles.map((a) => [a, null]), ...tricky.map((t) => [t, "2025-10-17"])];
  for (const [text, date] of cases) {
    const cli = native(text, date);
    assert.equal(ex.extractJson(text, date ?? undefined), cli, "extractJson must be byte-identical to the CLI");
    assert.deepEqual(ex.extract(text, date ?? undefined), JSON.parse(cli), "extract() must equal the CLI's JSON");
  }
});

test("wasm errors are exceptions with messages, and the instance keeps working", () => {
  const ex = new wasm.Extractor();
  assert.throws(() => ex.extract("   "), /the text is empty/);
  assert.throws(() => ex.extract("a\u0000b"), /binary/);
  assert.throws(() => ex.extract("hello", "17/10/2025"), /YYYY-MM-DD/);
  assert.throws(() => ex.extract("long enough text", undefined, 4), /limit/);
  assert.equal(ex.extract("\"Yes,\" Jane Smith said.").quotes[0].speaker_name, "Jane Smith");
});

test("UTF-16 offsets slice the JavaScript string", () => {
  const ex = new wasm.Extractor();
  const text = tricky[0];
  const r = ex.extract(text);
  for (const q of r.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  for (const t of r.times) assert.equal(text.slice(t.start, t.end), t.text);
});
