# Shared by www/run.sh and tests/run.sh: install what a fresh machine lacks. Safe to run twice.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    log "apt-get not found: please install $* yourself"; return 1
  fi
  if [ -z "${ONRECORD_APT_UPDATED:-}" ]; then
    apt-get update -qq >/dev/null 2>&1 || true
    export ONRECORD_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_wasm_tools() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  local want have
  want=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' "$ROOT/Cargo.lock")
  # '|| true': on a fresh machine wasm-bindgen is missing, and under 'set -o pipefail' the
  # failed pipeline would end the calling script before the install below.
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (pinned to Cargo.lock; about 2 minutes)"
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

# wasm-opt from npm's binaryen (Debian's is too old for wasm-bindgen's reference types).
ensure_wasm_opt() {
  ensure_node
  if [ ! -x "$ROOT/www/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/www/node_modules/@gfx/zopfli" ] || [ ! -d "$ROOT/www/node_modules/terser" ]; then
    log "installing binaryen (wasm-opt), zopfli and terser from npm"
    (cd "$ROOT/www" && npm install --no-audit --no-fund --loglevel=error) || log "wasm-opt unavailable: the page will be larger but works"
  fi
}

ensure_node() {
  if ! command -v node >/dev/null 2>&1; then
    log "installing Node.js"
    apt_install nodejs npm
  fi
}

ensure_browser() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    log "installing Chromium and ChromeDriver (Debian packages)"
    apt_install chromium chromium-driver
  fi
  if [ ! -d "$ROOT/tests/e2e/node_modules/playwright-core" ]; then
    log "installing playwright-core (drives the system Chromium; no browser download)"
    (cd "$ROOT/tests/e2e" && npm install --no-audit --no-fund --loglevel=error)
  fi
}
