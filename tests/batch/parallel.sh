#!/usr/bin/env bash
# Run the batch CLI under GNU parallel: the JSONL input is cut into blocks of N lines, each
# block piped through `onrecord extract --jsonl`, output kept in input order. Add
# `-S host1,host2` (with the binary on each host) to spread the blocks over machines.
#   bash tests/batch/parallel.sh INPUT.jsonl [LINES_PER_BLOCK] > OUTPUT.jsonl
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
parallel --pipe -N "${2:-500}" --keep-order "$ROOT/target/release/onrecord" extract --jsonl --jobs 1 < "$1"
