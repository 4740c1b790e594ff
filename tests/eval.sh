#!/usr/bin/env bash
# Score the release CLI on the shared gold corpora (../shared), the way releases are scored.
# Not part of the tests: a fresh clone has no ../shared.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
if [ ! -f "$SHARED/tools/score.py" ]; then
  echo "no shared corpora at $SHARED: nothing to evaluate" >&2
  exit 0
fi
cd "$ROOT"
cargo build --quiet --release
for c in seed polnear-dev timebank aquaint; do
  f="$SHARED/corpora/$c.jsonl"
  [ -f "$f" ] || continue
  echo "== $c"
  python3 "$SHARED/tools/score.py" "$f" --cmd "target/release/onrecord extract --jsonl"
done
