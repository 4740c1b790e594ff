// Assemble the built wasm and the page sources into self-contained files in www/dist/:
//   onrecord.html (and index.html) — the page, wasm inlined, works from file:// and any host
//   onrecord-widget.js             — one classic <script> for the <on-record> widget
//   onrecord.mjs + onrecord.d.ts   — the ES module for bundlers, with TypeScript types
//   package.json, README.md        — the npm package
// Node's standard library, and from www/package.json when installed: @gfx/zopfli, which packs
// the inlined module about 5% smaller than zlib's best (else zlib level 9), and terser, which
// minifies the scripts (about 2.5 KB gzipped; else comments and indentation are only dropped).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync, copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const www = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(www, "..");
const pkg = join(root, "target", "pkg");
const dist = join(www, "dist");
mkdirSync(dist, { recursive: true });

const read = (p) => readFileSync(p, "utf8");
const version = /^version = "([^"]+)"/m.exec(read(join(root, "Cargo.toml")))[1];
const sha = (s) => "'sha256-" + createHash("sha256").update(s, "utf8").digest("base64") + "'";
// JSON.stringify output is a valid JS literal; also keep "</script" out of inline scripts.
const literal = (s) => JSON.stringify(s).replace(/<\/(script)/gi, "<\\/$1").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

// Comments, indentation and blank lines are for readers of www/; the page and the widget ship
// without them (about 1 KB gzipped). Whole lines only, and a block comment that shares a line
// with code is kept as is. No string runs over several lines; the one template literal that
// does (the widget's style sheet) only loses indentation and blank lines, which CSS ignores.
const slim = (js) => {
  const out = [];
  let block = false;
  for (const line of js.split("\n")) {
    const t = line.trim();
    if (block) {
      if (t.includes("*/") && !t.endsWith("*/")) throw new Error("slim: code after a block comment: " + t);
      block = !t.endsWith("*/");
      continue;
    }
    if (t === "" || t.startsWith("//")) continue;
    if (t.startsWith("/*") && !t.startsWith("/*!")) {
      if (!t.includes("*/")) {
        block = true;
        continue;
      }
      if (t.endsWith("*/") && t.indexOf("*/") === t.length - 2) continue;
    }
    out.push(t);
  }
  return out.join("\n");
};

// terser when installed: whitespace, local names and dead branches go; top-level names stay,
// since the page's scripts share them (render.js defines what app.js calls). The wasm string
// is spliced in afterwards so terser never parses 400 KB of base64.
let terser = null;
try {
  terser = await import("terser");
} catch {
  console.error("terser not installed: the scripts ship unminified (about 2.5 KB larger gzipped)");
}
const minify = async (js, opts = {}) => {
  if (!terser) return slim(js);
  const out = await terser.minify(js, { ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: /^!/ }, ...opts });
  return out.code;
};
const B64_SLOT = "__ONRECORD_WASM_B64__";
const fill = (js) => {
  if (js.split(B64_SLOT).length !== 2) throw new Error("assemble: the wasm slot must occur once");
  return js.replace(B64_SLOT, () => wasmB64);
};

const wasm = readFileSync(join(pkg, "nomodules", "onrecord_bg.wasm"));
// Inlined as base64 of the gzipped module: the served page then gzips to about the module's
// own gzipped size (base64 of raw bytes would cost a third more). Zopfli writes the same gzip
// format (DecompressionStream reads it), only smaller. 400 iterations take about 25 s and pack
// about 160 bytes tighter than 15; no limit on the number of deflate blocks (zopfli's default
// is 15) packs about 0.6 KB tighter still.
let packed = gzipSync(wasm, { level: 9 });
let packer = "zlib -9";
try {
  const { gzipAsync } = await import("@gfx/zopfli");
  packed = Buffer.from(await gzipAsync(wasm, { numiterations: 400, blocksplittingmax: 0 }));
  packer = "zopfli";
} catch {
  console.error("@gfx/zopfli not installed: the module is packed with zlib (about 5% larger)");
}
const wasmB64 = packed.toString("base64");
const glueSrc = read(join(pkg, "nomodules", "onrecord.js"));
const glue = slim(glueSrc);
const render = slim(read(join(www, "render.js")));
const sample = read(join(root, "tests", "data", "seed-trump-putin-call.txt"));

// --- the page ---------------------------------------------------------------------------
const workerSrc = await minify(glueSrc + "\n" + read(join(www, "worker.js")));
const script = [
  `const ONRECORD_WASM_B64 = "${wasmB64}";`,
  `const ONRECORD_WORKER_SRC = ${literal(workerSrc)};`,
  `const ONRECORD_SAMPLE = ${literal(sample)};`,
  await minify(read(join(www, "render.js")) + "\n" + read(join(www, "app.js"))),
].join("\n");
// The style sheet without comments and the spaces CSS ignores (about 0.1 KB gzipped). No
// string or url() in it holds `;`, `{`, `}` or `,` next to a space that matters.
const cssMin = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/;}/g, "}")
    .trim();
const style = cssMin(read(join(www, "style.css")));
const csp = [
  "default-src 'none'",
  `script-src ${sha(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha(style)}`,
  "worker-src blob:",
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
// (Leading indentation is for readers of www/index.html; no <pre> or <textarea> content
// in it spans lines.)
const html = read(join(www, "index.html"))
  .replace(/\n[ \t]+/g, "\n")
  .replace("__CSP__", csp)
  .replace("__VERSION__", version)
  .replace("<style>__STYLE__</style>", () => `<style>${style}</style>`)
  .replace("<script>__SCRIPT__</script>", () => `<script>${script}</script>`);
writeFileSync(join(dist, "onrecord.html"), html);
writeFileSync(join(dist, "index.html"), html);

// --- the widget, the ES module and the npm package -----------------------------------------
if (existsSync(join(www, "widget.js"))) {
  const widget = slim(read(join(www, "widget.js")));
  // Classic script: the no-modules glue defines `wasm_bindgen` inside our closure.
  const classic = fill(
    await minify(
      [
        "/*! onrecord widget " + version + " — MIT OR Apache-2.0 */",
        "(function () {",
        '"use strict";',
        glue,
        `var ONRECORD_WASM_B64 = "${B64_SLOT}";`,
        render,
        widget,
        "})();",
      ].join("\n"),
    )
  );
  writeFileSync(join(dist, "onrecord-widget.js"), classic);
  const esm = fill(
    await minify(
      [
        "/*! onrecord " + version + " — MIT OR Apache-2.0 */",
        "const wasm_bindgen = (function () {",
        glue,
        "return wasm_bindgen; })();",
        `const ONRECORD_WASM_B64 = "${B64_SLOT}";`,
        render,
        widget,
        "const __api = globalThis.onrecord;",
        "export const extract = __api.extract;",
        "export const ready = __api.ready;",
        "export const version = __api.version;",
        "export default __api;",
      ].join("\n"),
      { module: true },
    )
  );
  writeFileSync(join(dist, "onrecord.mjs"), esm);
  copyFileSync(join(www, "onrecord.d.ts"), join(dist, "onrecord.d.ts"));
  const pj = {
    name: "onrecord",
    version,
    description: "Who said what, who did what, when and where: quotes, speakers, events and dates from English news articles, in the browser (WebAssembly).",
    license: "MIT OR Apache-2.0",
    type: "module",
    main: "onrecord.mjs",
    module: "onrecord.mjs",
    browser: "onrecord.mjs",
    types: "onrecord.d.ts",
    exports: { ".": { types: "./onrecord.d.ts", import: "./onrecord.mjs" }, "./widget": "./onrecord-widget.js" },
    unpkg: "onrecord-widget.js",
    files: ["onrecord.mjs", "onrecord.d.ts", "onrecord-widget.js", "onrecord.html", "README.md"],
    keywords: ["quotes", "attribution", "news", "nlp", "webassembly", "custom-element"],
    sideEffects: true,
  };
  writeFileSync(join(dist, "package.json"), JSON.stringify(pj, null, 2) + "\n");
  copyFileSync(join(www, "PACKAGE.md"), join(dist, "README.md"));
}

const gz = (p) => gzipSync(readFileSync(p), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(0) + " KB";
const report = {
  wasm: wasm.length,
  wasm_gz: gzipSync(wasm, { level: 9 }).length,
  // The module as the page and the widget carry it (and as a host could pre-compress it).
  wasm_packed: packed.length,
  page: Buffer.byteLength(html),
  page_gz: gz(join(dist, "onrecord.html")),
};
if (existsSync(join(dist, "onrecord-widget.js"))) {
  report.widget = readFileSync(join(dist, "onrecord-widget.js")).length;
  report.widget_gz = gz(join(dist, "onrecord-widget.js"));
}
writeFileSync(join(dist, "size.json"), JSON.stringify(report, null, 2) + "\n");
console.error(
  `built www/dist/onrecord.html (${kb(report.page)}, ${kb(report.page_gz)} gzipped; wasm ${kb(report.wasm)}, ${kb(report.wasm_gz)} gzipped, ${kb(report.wasm_packed)} packed with ${packer})` +
    (report.widget ? `, onrecord-widget.js (${kb(report.widget_gz)} gzipped)` : ""),
);
