#!/usr/bin/env bash
# The main job: build the CLI and the page, run the CLI on the bundled sample, then serve
# the page on http://127.0.0.1:8080 (PORT=… to change; NO_SERVE=1 to only build).
# The page also works straight from disk: open www/dist/onrecord.html.
set -euo pipefail
. "$(dirname "$0")/scripts/ensure.sh"
cd "$ROOT"

log "building the command line (release)"
cargo build --quiet --release
SAMPLE=tests/data/seed-trump-putin-call.txt
log "the CLI on the bundled sample ($SAMPLE)"
target/release/onrecord extract "$SAMPLE" --format text

bash www/build.sh
log "page: file://$ROOT/www/dist/onrecord.html (works offline, no server needed)"
if [ -n "${NO_SERVE:-}" ] || [ -n "${CI:-}" ]; then
  exit 0
fi
PORT="${PORT:-8080}"
log "serving www/dist on http://127.0.0.1:$PORT/ (Ctrl-C to stop)"
exec node www/scripts/serve.mjs "$ROOT/www/dist" "$PORT"
