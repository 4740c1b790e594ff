// Shared helpers for the browser tests: launch the system Chromium through playwright-core
// (no browser download), serve files on loopback, collect console errors and requests.
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, extname, dirname, normalize } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(ROOT, "www", "dist");
export const SEED = readFileSync(join(ROOT, "tests", "data", "seed-trump-putin-call.txt"), "utf8");

export function chromiumPath() {
  for (const p of [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) {
    if (p && existsSync(p)) return p;
  }
  throw new Error("no Chromium found: run tests/run.sh, which installs it");
}

export async function launch() {
  const dir = mkdtempSync(join(tmpdir(), "onrecord-chrome-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-quic"],
  });
  const close = async () => {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { context, close };
}

/** Watch a page: console errors, page errors, and every network request. */
export function watch(page) {
  const errors = [];
  const requests = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  return { errors, requests };
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".wasm": "application/wasm", ".css": "text/css" };

/** A static server on 127.0.0.1 for `dir` (plus extra in-memory routes). */
export async function serve(dir, routes = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    if (url.pathname === "/favicon.ico") {
      res.writeHead(204);
      res.end();
      return;
    }
    if (routes[url.pathname] != null) {
      res.writeHead(200, { "content-type": TYPES[extname(url.pathname)] || "text/html; charset=utf-8" });
      res.end(routes[url.pathname]);
      return;
    }
    const p = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!p.startsWith(dir) || !existsSync(p)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(p)] || "application/octet-stream" });
    res.end(readFileSync(p));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () =>
      new Promise((ok) => {
        // The browser keeps idle keep-alive sockets open; without this, close() waits ~100 s.
        server.close(ok);
        server.closeAllConnections();
      }),
  };
}
