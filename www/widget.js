// The embeddable widget and the JavaScript API. Assembled after wasm-bindgen's no-modules glue
// (which defines `wasm_bindgen`), the inlined wasm (ONRECORD_WASM_B64) and render.js.
/* global wasm_bindgen, ONRECORD_WASM_B64, OnRecordRender */

const onrecordApi = (() => {
  let starting = null;
  let extractor = null;

  /** Start the one shared wasm instance (lazily, once per page). */
  function ready() {
    if (!starting) {
      starting = (async () => {
        const module = await WebAssembly.compile(await OnRecordRender.wasmBytes(ONRECORD_WASM_B64));
        await wasm_bindgen({ module_or_path: module });
        extractor = new wasm_bindgen.Extractor();
      })();
    }
    return starting;
  }

  /** The v1 result for `text`; `options.date` is the article's date (YYYY-MM-DD). */
  async function extract(text, options = {}) {
    await ready();
    return extractor.extract(String(text), options.date || undefined, options.maxBytes || undefined);
  }

  return Object.freeze({ extract, ready, version: () => ready().then(() => wasm_bindgen.version()) });
})();

if (!globalThis.onrecord) globalThis.onrecord = onrecordApi;

(() => {
  if (typeof customElements === "undefined" || customElements.get("on-record")) return;
  const R = OnRecordRender;
  const CSS = `
:host { all: initial; display: block; contain: content; color: var(--onrecord-fg, #1d1f23); background: var(--onrecord-bg, #fff);
  font: 15px/1.55 var(--onrecord-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  border: 1px solid var(--onrecord-border, #d9dbe0); border-radius: 8px; padding: 12px;
  --c0: #ffd8a8; --c1: #b2f2bb; --c2: #a5d8ff; --c3: #fcc2d7; --c4: #d0bfff; --c5: #ffec99; --c6: #99e9f2; --c7: #e9ecef; }
:host([theme="dark"]) { --onrecord-fg: #e8e9ec; --onrecord-bg: #1d2026; --onrecord-border: #343842;
  --c0: #6b4218; --c1: #1f5130; --c2: #173f66; --c3: #6a1f3d; --c4: #3f2f73; --c5: #5c4b12; --c6: #134e57; --c7: #3a3d44; }
@media (prefers-color-scheme: dark) { :host([theme="auto"]) { --onrecord-fg: #e8e9ec; --onrecord-bg: #1d2026; --onrecord-border: #343842;
  --c0: #6b4218; --c1: #1f5130; --c2: #173f66; --c3: #6a1f3d; --c4: #3f2f73; --c5: #5c4b12; --c6: #134e57; --c7: #3a3d44; } }
:host([hidden]) { display: none; }
.root { color: var(--onrecord-fg, #1d1f23); font: 15px/1.55 var(--onrecord-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif); }
* { box-sizing: border-box; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; max-height: var(--onrecord-max-height, 480px); overflow: auto; }
.panels { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin-top: 12px; }
.panel h3 { font-size: 0.95em; margin: 0 0 6px; }
.panel ul, .panel ol { margin: 0; padding-left: 1.2em; }
.status { color: var(--onrecord-muted, #5b616b); font-size: 0.85em; min-height: 1.2em; }
mark.q { background: var(--c7); color: inherit; border-radius: 3px; }
mark.q[data-initials]:not([data-initials=""])::before { content: attr(data-initials); font: 600 0.65em/1 system-ui, sans-serif; vertical-align: super; margin-right: 2px; padding: 1px 3px; border-radius: 3px; background: var(--onrecord-fg, #1d1f23); color: var(--onrecord-bg, #fff); }
mark.q-partial, mark.q .q { background: transparent; border-bottom: 2px dotted currentColor; }
mark.q-indirect { background: transparent; border-bottom: 3px solid var(--c7); }
${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `mark.q[data-colour="${i}"]:not(.q-partial):not(.q-indirect) { background: var(--onrecord-quote-${i}, var(--c${i})); } mark.q-indirect[data-colour="${i}"] { border-color: var(--onrecord-quote-${i}, var(--c${i})); }`).join("\n")}
.spk { text-decoration: underline; text-decoration-thickness: 2px; font-weight: 600; }
.cue { font-style: italic; }
.time { border-bottom: 2px dashed var(--onrecord-time, #6d3fc0); }
.ev { border-bottom: 2px solid var(--onrecord-event, #0f766e); }
:focus-visible { outline: 3px solid var(--onrecord-accent, #0b57d0); outline-offset: 2px; }
`;
  let sheet = null;
  function styles(root) {
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
    } catch {
      const s = document.createElement("style");
      s.textContent = CSS;
      root.append(s);
    }
  }

  class OnRecordElement extends HTMLElement {
    static get observedAttributes() {
      return ["date", "panels", "theme", "for"];
    }

    constructor() {
      super();
      this._root = this.attachShadow({ mode: "open" });
      styles(this._root);
      this._status = R.el("div", "status");
      this._status.setAttribute("part", "status");
      this._status.setAttribute("role", "status");
      this._article = R.el("div", "article");
      this._article.setAttribute("part", "article");
      this._panels = R.el("div", "panels");
      this._panels.setAttribute("part", "panels");
      // Host rules can still style the <on-record> element itself (and so what inherits from
      // it); everything inside hangs off a wrapper with its own colour and font.
      const wrap = R.el("div", "root");
      wrap.setAttribute("part", "root");
      wrap.append(this._status, this._article, this._panels);
      this._root.append(wrap);
      this._text = null;
      this._result = null;
      this._seq = 0;
    }

    get date() { return this.getAttribute("date") || ""; }
    set date(v) { v ? this.setAttribute("date", v) : this.removeAttribute("date"); }
    get panels() { return this.getAttribute("panels") || "speakers,quotes,timeline"; }
    set panels(v) { this.setAttribute("panels", Array.isArray(v) ? v.join(",") : String(v)); }
    get theme() { return this.getAttribute("theme") || "auto"; }
    set theme(v) { this.setAttribute("theme", v); }
    get for() { return this.getAttribute("for") || ""; }
    set for(v) { v ? this.setAttribute("for", v) : this.removeAttribute("for"); }
    get htmlFor() { return this.for; }
    set htmlFor(v) { this.for = v; }
    /** The article text; setting it re-runs the extraction. */
    get text() { return this._text != null ? this._text : this._source(); }
    set text(v) { this._text = v == null ? null : String(v); this._run(); }
    /** The last v1 result (null until the first extraction ends). */
    get result() { return this._result; }

    connectedCallback() {
      if (!this.hasAttribute("theme")) this.setAttribute("theme", "auto");
      this._run();
    }

    attributeChangedCallback(name, old, value) {
      if (old !== value && this.isConnected) this._run();
    }

    _source() {
      const sel = this.getAttribute("for");
      if (sel) {
        const target = document.querySelector(sel);
        return target ? target.innerText || target.textContent || "" : "";
      }
      return this.textContent || "";
    }

    async _run() {
      const seq = ++this._seq;
      const text = this.text.replace(/^\s*\n/, "").replace(/\s+$/, "");
      if (!text.trim()) {
        this._status.textContent = "No article text.";
        return;
      }
      this._status.textContent = "Analysing…";
      let result;
      try {
        result = await onrecordApi.extract(text, { date: this.date });
      } catch (e) {
        if (seq === this._seq) this._status.textContent = "onrecord: " + ((e && e.message) || e);
        return;
      }
      if (seq !== this._seq) return;
      this._result = result;
      this._render(text, result);
      this.dispatchEvent(new CustomEvent("onrecord:extracted", { detail: result, bubbles: true, composed: true }));
    }

    _render(text, r) {
      const spk = R.speakers(r);
      R.renderArticle(this._article, text, r, spk);
      this._article.querySelectorAll("mark").forEach((m) => m.setAttribute("part", "quote"));
      this._status.textContent = `${r.quotes.length} quotes · ${r.events.length} events${r.document.date ? " · " + r.document.date : ""}`;
      const want = new Set(this.panels.split(",").map((s) => s.trim()));
      const out = [];
      const names = new Map(r.entities.map((e) => [e.id, e.name]));
      if (want.has("speakers")) {
        const ul = R.el("ul");
        for (const s of spk) ul.append(R.el("li", null, `${s.name}${s.role ? " — " + s.role : ""} (${s.count})`));
        out.push(this._panel("Speakers", ul));
      }
      if (want.has("quotes")) {
        const ol = R.el("ol");
        for (const q of r.quotes.filter((q) => q.kind !== "partial")) {
          const li = R.el("li", null, q.text);
          li.dataset.quoteId = q.id;
          li.append(R.el("em", null, " — " + (q.speaker_name || "unattributed")));
          ol.append(li);
        }
        out.push(this._panel("Quotes", ol));
      }
      if (want.has("timeline")) {
        const ol = R.el("ol");
        for (const ev of [...r.events].sort((a, b) => a.order - b.order)) {
          const who = R.who(ev, names);
          const li = R.el("li", null, `${ev.time ? ev.time.value : "undated"} · ${ev.type} (${ev.status})${who ? ": " + who : ""}${ev.place ? " @ " + ev.place.text : ""}`);
          li.dataset.eventId = ev.id;
          li.dataset.eventType = ev.type;
          if (ev.time) li.dataset.date = ev.time.value;
          ol.append(li);
        }
        out.push(this._panel("Timeline", ol));
      }
      this._panels.replaceChildren(...out);
    }

    _panel(title, body) {
      const sec = R.el("section", "panel");
      sec.setAttribute("part", "panel");
      sec.append(R.el("h3", null, title), body);
      return sec;
    }
  }

  customElements.define("on-record", OnRecordElement);
})();
