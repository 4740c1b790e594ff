// The wasm build in Node, timed on the same inputs as the native run, and compromise's
// nlp(text).quotations() (quote marks only, no speakers) in the same process.
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, "..", "..");
const require = createRequire(import.meta.url);
const wasm = require(join(ROOT, "target", "pkg", "node", "onrecord.js"));
const nlp = require("compromise");

const data = join(ROOT, "tests", "data");
let base = readFileSync(join(data, "seed-trump-putin-call.txt"), "utf8");
for (const f of readdirSync(join(data, "articles")).sort()) base += "\n\n" + readFileSync(join(data, "articles", f), "utf8");
const sized = (n) => {
  let s = "";
  while (s.length < n) s += base + "\n\n";
  return s.slice(0, n);
};

function time(fn, minRuns) {
  fn();
  let runs = 0;
  const t0 = performance.now();
  while (runs < minRuns || performance.now() - t0 < 500) {
    fn();
    runs++;
    if (performance.now() - t0 > 10000) break;
  }
  return (performance.now() - t0) / runs / 1000;
}

function nativeSeconds(text, runs) {
  // One CLI process per measure, on one core: the same article repeated as JSONL lines, less
  // one line, so process start and Extractor::new (several ms) cancel out. Best of `runs`.
  const cli = join(ROOT, "target", "release", "onrecord");
  const line = JSON.stringify({ id: "b", text }) + "\n";
  const reps = Math.max(2, Math.min(200, Math.round(2e6 / text.length)));
  const wall = (k) => {
    const t0 = performance.now();
    execFileSync(cli, ["extract", "--jsonl", "--jobs", "1"], { input: line.repeat(k), maxBuffer: 1 << 30 });
    return (performance.now() - t0) / 1000;
  };
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, (wall(reps) - wall(1)) / (reps - 1));
  return Math.max(best, 1e-6);
}

const ex = new wasm.Extractor();
console.log(`${"input".padEnd(22)} ${"bytes".padStart(9)} ${"wasm ms".padStart(10)} ${"wasm MB/s".padStart(10)} ${"native ms".padStart(10)} ${"wasm/native".padStart(11)} ${"compromise ms".padStart(14)} ${"compromise/onrecord".padStart(20)}`);
for (const n of [5_000, 100_000, 1_000_000]) {
  const text = sized(n);
  const tw = time(() => ex.extract(text), n > 100_000 ? 2 : 20);
  const tn = nativeSeconds(text, n > 100_000 ? 2 : 5);
  const tc = time(() => nlp(text).quotations().json(), n > 100_000 ? 1 : 5);
  console.log(`${("news text " + n / 1000 + " KB").padEnd(22)} ${String(text.length).padStart(9)} ${(tw * 1e3).toFixed(2).padStart(10)} ${(text.length / tw / 1e6).toFixed(1).padStart(10)} ${(tn * 1e3).toFixed(2).padStart(10)} ${(tw / tn).toFixed(2).padStart(11)} ${(tc * 1e3).toFixed(2).padStart(14)} ${(tc / tw).toFixed(1).padStart(20)}`);
}
