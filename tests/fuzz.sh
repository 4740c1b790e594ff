#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer through cargo-fuzz) of the extractor, seeded with the
# articles in tests/data. SECONDS_TO_RUN=600 bash tests/fuzz.sh for a longer run.
# cargo-fuzz passes nightly-only flags; RUSTC_BOOTSTRAP lets the stable toolchain accept them.
set -euo pipefail
. "$(dirname "$0")/../www/scripts/ensure.sh"
cd "$ROOT"
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz
CORPUS="$ROOT/target/fuzz-corpus"
mkdir -p "$CORPUS"
cp tests/data/seed-trump-putin-call.txt tests/data/articles/*.txt "$CORPUS/"
export RUSTC_BOOTSTRAP=1
cargo fuzz run --fuzz-dir tests/fuzz --sanitizer none extract "$CORPUS" -- \
  -max_total_time="${SECONDS_TO_RUN:-60}" -max_len=65536 -print_final_stats=1 2>&1 | tee target/fuzz.log | tail -20
grep -E "stat::number_of_executed_units" target/fuzz.log | sed 's/^/executions run clean: /'
