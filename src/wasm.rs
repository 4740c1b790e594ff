//! The WebAssembly binding: a thin layer over the pure core. One `Extractor` per JS instance;
//! results cross as plain JS objects (serde-wasm-bindgen, JSON-compatible), errors as
//! exceptions with a message.

use crate::{Date, Extractor as Core, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Options accepted from JavaScript: `{ date?: "YYYY-MM-DD", maxBytes?: number }`.
fn options(date: Option<String>, max_bytes: Option<u32>) -> Result<Options, JsError> {
    let mut o = Options::default();
    if let Some(d) = date.filter(|d| !d.is_empty()) {
        o.date = Some(Date::parse(&d).ok_or_else(|| JsError::new(&format!("date '{d}' is not YYYY-MM-DD")))?);
    }
    if let Some(m) = max_bytes {
        o.max_bytes = m as usize;
    }
    Ok(o)
}

/// A compiled extractor. Create it once and call `extract` for every text.
#[wasm_bindgen]
pub struct Extractor {
    core: Core,
}

#[wasm_bindgen]
impl Extractor {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Extractor {
        Extractor { core: Core::new() }
    }

    /// Analyse `text`; `date` is the article's date (`YYYY-MM-DD`) when known.
    /// Returns the v1 result as a plain object; throws an `Error` with a message on bad input.
    pub fn extract(&self, text: &str, date: Option<String>, max_bytes: Option<u32>) -> Result<JsValue, JsError> {
        let a = self.core.extract(text, &options(date, max_bytes)?).map_err(|e| JsError::new(&e.to_string()))?;
        a.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// The same result as a JSON string (byte-for-byte what the CLI prints). The object is
    /// written by the engine's own `JSON.stringify`, so the module carries one serializer.
    #[wasm_bindgen(js_name = extractJson)]
    pub fn extract_json(&self, text: &str, date: Option<String>, max_bytes: Option<u32>) -> Result<String, JsError> {
        let value = self.extract(text, date, max_bytes)?;
        let json = web_sys::js_sys::JSON::stringify(&value).map_err(|_| JsError::new("the result could not be written as JSON"))?;
        Ok(String::from(json))
    }
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
