// The page: paste an article, read its quotes, speakers and events at a glance.
// Extraction runs in a Web Worker made from a Blob of inlined code, so a large paste never
// freezes the page, and the page works from file:// and from any static host alike.
/* global ONRECORD_WASM_B64, ONRECORD_WORKER_SRC, ONRECORD_SAMPLE, OnRecordRender */
(() => {
  const R = OnRecordRender;
  const $ = (id) => document.getElementById(id);
  const ui = {
    text: $("text"), date: $("date"), status: $("status"), progress: $("progress"), results: $("results"),
    article: $("article"), detail: $("detail"), dateline: $("dateline"), speakers: $("speakers"),
    timeline: $("timeline"), entities: $("entities"), quotes: $("quotes"),
  };
  const state = { result: null, text: "", filter: null, seq: 0, pending: null, busy: false, ready: false };

  // --- the worker -------------------------------------------------------------------------
  let worker = null;
  let module = null;

  async function startWorker() {
    if (!module) module = await WebAssembly.compile(await R.wasmBytes(ONRECORD_WASM_B64));
    const url = URL.createObjectURL(new Blob([ONRECORD_WORKER_SRC], { type: "text/javascript" }));
    worker = new Worker(url);
    URL.revokeObjectURL(url);
    worker.onmessage = onWorkerMessage;
    worker.onerror = (e) => {
      e.preventDefault();
      const pending = state.busy ? { text: state.jobText, date: ui.date.value || null } : null;
      restartWorker("the extractor stopped unexpectedly; restarted it");
      if (pending && !state.pending) state.pending = pending;
    };
    worker.postMessage({ type: "init", module });
  }

  function restartWorker(why) {
    if (worker) worker.terminate();
    state.ready = false;
    state.busy = false;
    setStatus(why, true);
    startWorker().catch((e) => setStatus("could not start the extractor: " + e.message, true));
  }

  function onWorkerMessage(e) {
    const m = e.data;
    if (m.type === "ready") {
      state.ready = true;
      document.documentElement.dataset.ready = "true";
      setStatus(state.text ? "" : "Ready. Paste an article, open a file, or try the sample.");
      if (state.pending) run();
      return;
    }
    if (m.type === "fatal") {
      setStatus("could not start the extractor: " + m.error, true);
      return;
    }
    state.busy = false;
    ui.progress.hidden = true;
    if (m.id !== state.seq) {
      if (state.pending) run();
      return;
    }
    if (m.type === "error") {
      state.result = null;
      ui.results.hidden = true;
      setStatus(m.error, true);
    } else {
      state.result = m.result;
      render();
      const r = m.result;
      setStatus(`${r.quotes.length} quotes · ${R.speakers(r).filter((s) => s.key !== "unknown").length} speakers · ${r.events.length} events · ${r.times.length} times — ${m.ms < 1 ? "<1" : Math.round(m.ms)} ms`);
    }
    document.documentElement.dataset.done = String(m.id);
    if (state.pending) run();
  }

  function setStatus(msg, error = false) {
    ui.status.textContent = msg;
    ui.status.classList.toggle("error", error);
  }

  // --- input ------------------------------------------------------------------------------
  let timer = null;
  function schedule() {
    clearTimeout(timer);
    const n = ui.text.value.length;
    timer = setTimeout(request, n > 200000 ? 600 : 200);
  }

  function request() {
    state.text = ui.text.value;
    state.pending = { text: state.text, date: ui.date.value || null };
    if (!state.text.trim()) {
      state.pending = null;
      state.result = null;
      ui.results.hidden = true;
      setStatus(state.ready ? "Ready. Paste an article, open a file, or try the sample." : "Loading the extractor…");
      return;
    }
    run();
  }

  function run() {
    if (!state.ready || state.busy || !state.pending) return;
    const job = state.pending;
    state.pending = null;
    state.busy = true;
    state.seq += 1;
    state.jobText = job.text;
    if (job.text.length > 100000) {
      ui.progress.hidden = false;
      setStatus(`Analysing ${(job.text.length / 1e6).toFixed(1)} MB…`);
    }
    worker.postMessage({ type: "extract", id: state.seq, text: job.text, date: job.date });
  }

  ui.text.addEventListener("input", schedule);
  ui.date.addEventListener("change", request);
  $("sample").addEventListener("click", () => {
    ui.text.value = ONRECORD_SAMPLE;
    request();
  });
  $("clear").addEventListener("click", () => {
    ui.text.value = "";
    request();
    ui.text.focus();
  });

  async function readFile(file) {
    if (!file) return;
    const buf = new Uint8Array(await file.arrayBuffer());
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    } catch {
      setStatus(`${file.name}: not UTF-8 text; save it as UTF-8 and try again`, true);
      return;
    }
    if (text.includes("\u0000")) {
      setStatus(`${file.name}: binary data, not article text`, true);
      return;
    }
    ui.text.value = text;
    request();
  }
  $("file").addEventListener("change", (e) => readFile(e.target.files[0]));
  ui.text.addEventListener("dragover", (e) => { e.preventDefault(); ui.text.classList.add("drag"); });
  ui.text.addEventListener("dragleave", () => ui.text.classList.remove("drag"));
  ui.text.addEventListener("drop", (e) => {
    ui.text.classList.remove("drag");
    if (e.dataTransfer.files.length) {
      e.preventDefault();
      readFile(e.dataTransfer.files[0]);
    }
  });

  // --- rendering --------------------------------------------------------------------------
  function render() {
    const r = state.result;
    const text = state.jobText;
    const spk = R.speakers(r);
    ui.results.hidden = false;
    R.renderArticle(ui.article, text, r, spk);
    renderDateline(r);
    renderSpeakers(spk);
    renderTimeline(r);
    renderEntities(r);
    renderQuotes(r, spk);
    applyFilter();
  }

  function renderDateline(r) {
    const d = r.document;
    const parts = [];
    if (d.place) parts.push(d.place);
    if (d.date) parts.push(new Date(d.date + "T12:00:00Z").toLocaleDateString(undefined, { weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }));
    let line = parts.length ? parts.join(" · ") : "No dateline found (set the article date above to resolve relative dates).";
    if (d.markup) line += " · The text looks like HTML source: its tags were skipped, not shown. For best results paste the article's text.";
    ui.dateline.textContent = line;
  }

  function renderSpeakers(spk) {
    const items = spk.map((s) => {
      const li = R.el("li");
      const b = R.el("button");
      b.type = "button";
      b.dataset.speakerKey = s.key;
      b.setAttribute("aria-pressed", String(state.filter === s.key));
      const sw = R.el("span", "swatch", R.initials(s.name));
      sw.dataset.colour = s.colour;
      sw.setAttribute("aria-hidden", "true");
      const name = R.el("span", null, s.name);
      b.append(sw, name);
      if (s.role) b.append(R.el("span", "role", s.role));
      b.append(R.el("span", "count", `${s.count} quote${s.count === 1 ? "" : "s"}`));
      b.addEventListener("click", () => {
        state.filter = state.filter === s.key ? null : s.key;
        ui.speakers.querySelectorAll("button").forEach((x) => x.setAttribute("aria-pressed", String(x.dataset.speakerKey === state.filter)));
        applyFilter();
      });
      li.append(b);
      return li;
    });
    ui.speakers.replaceChildren(...items);
    if (!items.length) ui.speakers.append(R.el("li", "role", "No quotes found."));
  }

  function applyFilter() {
    const r = state.result;
    if (!r) return;
    const keyOf = new Map(r.quotes.map((q) => [q.id, R.speakerKey(q)]));
    ui.article.querySelectorAll("mark.q").forEach((m) => m.classList.toggle("dim", !!state.filter && keyOf.get(m.dataset.quoteId) !== state.filter));
    ui.quotes.querySelectorAll("[data-group]").forEach((g) => g.classList.toggle("hidden", !!state.filter && g.dataset.group !== state.filter));
  }

  function renderTimeline(r) {
    const names = new Map(r.entities.map((e) => [e.id, e.name]));
    const evs = [...r.events].sort((a, b) => a.order - b.order);
    const items = evs.map((ev) => {
      const li = R.el("li");
      li.dataset.eventId = ev.id;
      li.dataset.eventType = ev.type;
      li.dataset.status = ev.status;
      if (ev.time) li.dataset.date = ev.time.value;
      li.append(R.el("span", "when", ev.time ? ev.time.value : "undated"));
      li.append(R.el("span", "badge", ev.status));
      const who = R.who(ev, names);
      li.append(R.el("span", "what", `${ev.type}${who ? ": " + who : ""}`));
      const meta = [`“${ev.trigger.text}”`];
      if (ev.place) meta.push("at " + ev.place.text);
      if (ev.duration) meta.push(ev.duration.text);
      if (ev.mentions.length > 1) meta.push(`${ev.mentions.length} mentions`);
      li.append(R.el("span", "meta", meta.join(" · ")));
      return li;
    });
    ui.timeline.replaceChildren(...items);
    if (!items.length) ui.timeline.append(R.el("li", "meta", "No events found."));
  }

  function renderEntities(r) {
    const groups = [["person", "People"], ["organization", "Organisations"], ["place", "Places"]];
    const out = [];
    for (const [type, label] of groups) {
      const es = r.entities.filter((e) => e.type === type);
      if (!es.length) continue;
      out.push(R.el("h4", null, label));
      const ul = R.el("ul");
      for (const e of es) {
        const li = R.el("li", null, e.name);
        li.dataset.entityId = e.id;
        if (e.role) li.append(R.el("span", "role", " — " + e.role));
        li.append(R.el("span", "role", ` (${e.mentions.length})`));
        ul.append(li);
      }
      out.push(ul);
    }
    ui.entities.replaceChildren(...out);
  }

  function renderQuotes(r, spk) {
    const out = [];
    for (const s of spk) {
      const group = R.el("div");
      group.dataset.group = s.key;
      const h = R.el("h4", null, s.name);
      if (s.role) h.append(R.el("span", "role", " — " + s.role));
      group.append(h);
      const ol = R.el("ol");
      for (const q of r.quotes.filter((x) => R.speakerKey(x) === s.key)) {
        const li = R.el("li");
        const b = R.el("button", null, q.text);
        b.type = "button";
        b.addEventListener("click", () => reveal(q.id));
        li.append(b, R.el("span", "badge", q.kind));
        ol.append(li);
      }
      group.append(ol);
      out.push(group);
    }
    ui.quotes.replaceChildren(...out);
  }

  function reveal(id) {
    const m = ui.article.querySelector(`mark[data-quote-id="${CSS.escape(id)}"]`);
    if (!m) return;
    m.scrollIntoView({ block: "center", behavior: "smooth" });
    m.focus({ preventScroll: true });
    m.classList.add("flash");
    setTimeout(() => m.classList.remove("flash"), 1200);
  }

  function showDetail(e) {
    const t = e.target.closest("[title]");
    if (t && ui.article.contains(t)) ui.detail.textContent = t.title;
  }
  ui.article.addEventListener("mouseover", showDetail);
  ui.article.addEventListener("focusin", showDetail);

  // --- exports ----------------------------------------------------------------------------
  function download(name, type, content) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function markdown(r) {
    const lines = ["# Quotes", ""];
    for (const s of R.speakers(r)) {
      lines.push(`## ${s.name}${s.role ? " (" + s.role + ")" : ""}`, "");
      for (const q of r.quotes.filter((x) => R.speakerKey(x) === s.key)) {
        const body = q.text.replace(/\s+/g, " ").replace(/^["“”«»„]+|["“”«»„]+$/g, "");
        lines.push(`> ${body}`, ">", `> — ${q.speaker_name || "unattributed"} (${q.kind}${q.cue ? ", " + q.cue.text : ""})`, "");
      }
    }
    return lines.join("\n");
  }

  function csv(r) {
    const cell = (v) => {
      let s = v == null ? "" : String(v);
      if (/^[=+\-@\t\r]/.test(s)) s = "'" + s; // no formula injection in spreadsheets
      return '"' + s.replace(/"/g, '""') + '"';
    };
    const rows = [["id", "kind", "start", "end", "text", "speaker", "speaker_mention", "cue", "confidence"]];
    for (const q of r.quotes) rows.push([q.id, q.kind, q.start, q.end, q.text, q.speaker_name, q.speaker_mention && q.speaker_mention.text, q.cue && q.cue.text, q.confidence]);
    return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
  }

  $("export-json").addEventListener("click", () => state.result && download("onrecord.json", "application/json", JSON.stringify(state.result, null, 2)));
  $("export-csv").addEventListener("click", () => state.result && download("onrecord-quotes.csv", "text/csv", csv(state.result)));
  $("export-md").addEventListener("click", async () => {
    if (!state.result) return;
    const md = markdown(state.result);
    try {
      await navigator.clipboard.writeText(md);
      setStatus("Quotes copied as Markdown.");
    } catch {
      const ta = document.createElement("textarea");
      ta.value = md;
      document.body.append(ta);
      ta.select();
      document.execCommand("copy");
      ta.remove();
      setStatus("Quotes copied as Markdown.");
    }
    window.__onrecordLastMarkdown = md;
  });

  window.onrecordPage = {
    markdown: () => state.result && markdown(state.result),
    csv: () => state.result && csv(state.result),
    result: () => state.result,
    /** Diagnostics: make the worker die, to see the page restart it. */
    crashWorker: () => worker && worker.postMessage({ type: "crash" }),
  };
  startWorker().catch((e) => setStatus("could not start the extractor: " + e.message, true));
})();
