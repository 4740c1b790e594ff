// The extraction worker. Built into a Blob together with wasm-bindgen's glue (no-modules
// target, which defines the global `wasm_bindgen`), so it runs from file:// too.
/* global wasm_bindgen */
let extractor = null;
self.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === "init") {
    try {
      wasm_bindgen.initSync({ module: msg.module });
      extractor = new wasm_bindgen.Extractor();
      self.postMessage({ type: "ready", version: wasm_bindgen.version() });
    } catch (err) {
      self.postMessage({ type: "fatal", error: String((err && err.message) || err) });
    }
    return;
  }
  if (msg.type === "crash") {
    // Diagnostics: lets the tests prove that the page restarts a dead worker.
    throw new Error("worker crash requested");
  }
  if (msg.type === "extract") {
    const t0 = performance.now();
    try {
      const result = extractor.extract(msg.text, msg.date || undefined, undefined);
      self.postMessage({ type: "result", id: msg.id, result, ms: performance.now() - t0 });
    } catch (err) {
      self.postMessage({ type: "error", id: msg.id, error: String((err && err.message) || err) });
    }
  }
};
