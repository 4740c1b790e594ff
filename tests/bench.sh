#!/usr/bin/env bash
# Every speed and size figure: native throughput per input size and on adversarial inputs,
# the wasm build against native and against compromise in Node, the batch CLI on one core and
# on all cores, and the size report. Prints figures; asserts nothing about time.
set -euo pipefail
. "$(dirname "$0")/../www/scripts/ensure.sh"
cd "$ROOT"
ensure_node
log "native throughput (cargo bench --bench throughput)"
cargo bench --quiet --bench throughput 2>/dev/null
cargo build --quiet --release
if [ ! -f target/pkg/node/onrecord.js ] || [ ! -f www/dist/size.json ]; then bash www/build.sh; fi
if [ ! -d tests/bench/node_modules/compromise ]; then
  (cd tests/bench && npm install --no-audit --no-fund --loglevel=error)
fi
log "wasm (Node) vs native vs compromise"
node tests/bench/wasm.mjs
log "batch: --jsonl over 2,000 articles, one core and all cores"
python3 - <<'PY' > target/bench-batch.jsonl
import json, pathlib
root = pathlib.Path("tests/data")
texts = [root.joinpath("seed-trump-putin-call.txt").read_text()] + [p.read_text() for p in sorted(root.joinpath("articles").iterdir())]
for i in range(2000):
    print(json.dumps({"id": i, "text": texts[i % len(texts)], "date": None}))
PY
BYTES=$(wc -c < target/bench-batch.jsonl)
for jobs in 1 "$(nproc)"; do
  start=$(date +%s.%N)
  target/release/onrecord extract --jsonl target/bench-batch.jsonl --jobs "$jobs" > /dev/null
  end=$(date +%s.%N)
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'  --jobs {sys.argv[3]}: {s:.2f} s, {int(sys.argv[4])/s/1e6:.1f} MB/s')" "$start" "$end" "$jobs" "$BYTES"
done
log "size report (www/dist/size.json)"
python3 -c "
import json; r = json.load(open('www/dist/size.json'))
for k, v in r.items(): print(f'  {k:<10} {v/1024:8.0f} KB')
"
