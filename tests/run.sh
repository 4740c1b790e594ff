#!/usr/bin/env bash
# Every test: Rust unit, integration, snapshot, property and doc tests; the wasm build;
# wasm/native parity; the page in real headless Chromium. Installs what is missing.
set -euo pipefail
. "$(dirname "$0")/../www/scripts/ensure.sh"
cd "$ROOT"
ensure_wasm_tools
ensure_wasm_opt
ensure_browser

log "Rust tests (unit, integration, snapshots, properties, docs)"
cargo test --locked

log "building the CLI, the wasm module and the page"
cargo build --quiet --release --locked
bash www/build.sh

log "browser and wasm tests (Node + Chromium)"
(cd tests/e2e && node --test --test-concurrency=1 .)

if [ -d "$ROOT/../shared/corpora" ]; then
  log "the shared corpora are present: 'bash tests/eval.sh' scores them (not part of the tests)"
fi
