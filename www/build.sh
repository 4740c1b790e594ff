#!/usr/bin/env bash
# Build the WebAssembly module and the self-contained page and widget into www/dist/.
set -euo pipefail
. "$(dirname "$0")/scripts/ensure.sh"
cd "$ROOT"
ensure_wasm_tools
ensure_wasm_opt

log "compiling the core to WebAssembly"
cargo build --quiet --lib --target wasm32-unknown-unknown --profile wasm
WASM=target/wasm32-unknown-unknown/wasm/onrecord.wasm
PKG=target/pkg
rm -rf "$PKG" && mkdir -p "$PKG"/{nomodules,web,node}
wasm-bindgen --target no-modules --no-typescript --out-dir "$PKG/nomodules" "$WASM"
wasm-bindgen --target web --no-typescript --out-dir "$PKG/web" "$WASM"
wasm-bindgen --target nodejs --no-typescript --out-dir "$PKG/node" "$WASM"
OPT="$ROOT/www/node_modules/.bin/wasm-opt"
if [ -x "$OPT" ]; then
  # --low-memory-unused: Rust's wasm32 linker puts the stack first (data starts at 1 MiB), so
  # nothing lives below address 1024 and constant offsets fold into loads and stores (3 KB).
  # --flatten --rereloop rebuilds the control flow before -Oz runs to convergence (4 KB).
  # --merge-similar-functions, before and after, folds generic copies that differ only in
  # constants into one function with a parameter (3 KB). The producers and target-features
  # sections are tooling metadata no engine reads. --ignore-implicit-traps: safe Rust never
  # relies on a load or a division trapping (its checks are explicit), so the optimiser may
  # move or drop them (0.3 KB).
  # A second, separate -Oz run finds a few hundred bytes (packed) that the first one's
  # converging passes leave behind.
  for d in nomodules web node; do
    "$OPT" --ignore-implicit-traps --merge-similar-functions --flatten --rereloop -Oz -Oz --merge-similar-functions -Oz --converge --low-memory-unused --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types --enable-multivalue --enable-mutable-globals --strip-debug --strip-producers --strip-target-features "$PKG/$d/onrecord_bg.wasm" -o "$PKG/$d/onrecord_bg.wasm"
    "$OPT" -Oz --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types --enable-multivalue --enable-mutable-globals "$PKG/$d/onrecord_bg.wasm" -o "$PKG/$d/onrecord_bg.wasm"
  done
fi
log "assembling the page and the widget"
node www/scripts/assemble.mjs
