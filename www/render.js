// Shared by the page and the widget: turn a v1 result into highlighted DOM.
// Article text is data: every piece of it enters the DOM through text nodes, never markup.
/* exported OnRecordRender */
const OnRecordRender = (() => {
  const PALETTE = 8;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function initials(name) {
    if (!name) return "?";
    const words = name.split(/\s+/).filter((w) => /^[\p{L}\p{N}]/u.test(w));
    if (!words.length) return "?";
    const w = words.length === 1 ? [words[0]] : [words[0], words[words.length - 1]];
    return w.map((x) => x[0].toUpperCase()).join("");
  }

  /** Speakers in order of their first quote: {key, name, role, entity, count, colour}. */
  function speakers(result) {
    const byKey = new Map();
    const roles = new Map(result.entities.map((e) => [e.id, e.role]));
    for (const q of result.quotes) {
      const key = q.speaker || (q.speaker_name ? "name:" + q.speaker_name : "unknown");
      if (!byKey.has(key)) {
        byKey.set(key, {
          key,
          name: q.speaker_name || "Unattributed",
          role: q.speaker ? roles.get(q.speaker) || null : null,
          entity: q.speaker || null,
          count: 0,
          colour: key === "unknown" ? "none" : String(byKey.size % PALETTE),
        });
      }
      byKey.get(key).count += 1;
    }
    return [...byKey.values()];
  }

  function speakerKey(q) {
    return q.speaker || (q.speaker_name ? "name:" + q.speaker_name : "unknown");
  }

  /** Annotations as {start, end, rank, make()} over UTF-16 offsets of the text. */
  function annotations(text, result, spk) {
    const colour = new Map(spk.map((s) => [s.key, s]));
    const names = new Map(result.entities.map((e) => [e.id, e.name]));
    const out = [];
    for (const q of result.quotes) {
      const s = colour.get(speakerKey(q));
      out.push({
        start: q.start, end: q.end, rank: q.nested_in ? 1 : 0,
        make() {
          const m = el("mark", "q q-" + q.kind);
          m.dataset.quoteId = q.id;
          m.dataset.kind = q.kind;
          if (q.speaker_name) m.dataset.speaker = q.speaker_name;
          m.dataset.colour = s ? s.colour : "none";
          m.dataset.initials = q.nested_in ? "" : initials(q.speaker_name);
          m.tabIndex = 0;
          m.setAttribute("aria-label", `${q.kind} quote, ${q.speaker_name ? "speaker " + q.speaker_name : "no speaker"}`);
          m.title = describeQuote(q, s);
          return m;
        },
      });
      if (q.speaker_mention) {
        out.push({ start: q.speaker_mention.start, end: q.speaker_mention.end, rank: 2, make: () => {
          const m = el("span", "spk");
          m.title = "speaker: " + (q.speaker_name || "?");
          return m;
        } });
      }
      if (q.cue) {
        out.push({ start: q.cue.start, end: q.cue.end, rank: 3, make: () => el("span", "cue") });
      }
    }
    for (const t of result.times) {
      out.push({ start: t.start, end: t.end, rank: 4, make: () => {
        const m = el("span", "time");
        m.dataset.value = t.value;
        m.title = `${t.type}: ${t.value}`;
        return m;
      } });
    }
    for (const ev of result.events) {
      for (const mm of ev.mentions) {
        out.push({ start: mm.start, end: mm.end, rank: 5, make: () => {
          const m = el("span", "ev");
          m.dataset.eventId = ev.id;
          const w = who(ev, names);
          m.title = `${ev.type} (${ev.status})${w ? " — " + w : ""}${ev.time ? " — " + ev.time.value : ""}${ev.place ? " — " + ev.place.text : ""}`;
          return m;
        } });
      }
    }
    // Outer first: earlier start, then longer, then lower rank.
    out.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
    return out;
  }

  // Who takes part, and how: "Donald Trump → Vladimir Putin", "Trump with Zelenskyy",
  // "led by Marco Rubio".
  function who(ev, names) {
    const by = (role) => (ev.roles || []).filter((p) => p.role === role).map((p) => names.get(p.entity)).filter(Boolean);
    let s = [...by("agent"), ...by("party")].join(" & ");
    const add = (sep, list) => {
      if (list.length) s += (s ? sep : sep.replace(/^[\s,]+/, "")) + list.join(" & ");
    };
    add(" → ", by("recipient"));
    add(" with ", by("partner"));
    add(", led by ", by("leader"));
    return s;
  }

  function describeQuote(q, s) {
    const parts = [`${q.kind} quote`, q.speaker_name ? `speaker: ${q.speaker_name}` : "no speaker"];
    if (s && s.role) parts.push(`role: ${s.role}`);
    if (q.cue) parts.push(`cue: ${q.cue.text}`);
    for (const i of q.inner || []) parts.push(`inside: “${i.text}” — ${i.speaker_name || i.speaker_mention.text}`);
    parts.push(`confidence: ${Math.round(q.confidence * 100)}%`);
    return parts.join(" · ");
  }

  /**
   * Render `text` into `container` with highlights. Annotations that cross an enclosing
   * one are clipped to it, so the DOM stays a tree.
   */
  function renderArticle(container, text, result, spk, limit = 20000) {
    const anns = annotations(text, result, spk).slice(0, limit);
    const root = document.createDocumentFragment();
    const stack = [{ node: root, end: text.length }];
    let pos = 0;
    const emit = (upto) => {
      if (upto > pos) {
        stack[stack.length - 1].node.appendChild(document.createTextNode(text.slice(pos, upto)));
        pos = upto;
      }
    };
    for (const a of anns) {
      if (a.start < pos || a.end <= a.start) continue;
      while (stack.length > 1 && stack[stack.length - 1].end <= a.start) {
        emit(stack[stack.length - 1].end);
        stack.pop();
      }
      emit(a.start);
      const end = Math.min(a.end, stack[stack.length - 1].end);
      const node = a.make();
      stack[stack.length - 1].node.appendChild(node);
      stack.push({ node, end });
    }
    while (stack.length > 1) {
      emit(stack[stack.length - 1].end);
      stack.pop();
    }
    emit(text.length);
    container.replaceChildren(root);
    return anns.length;
  }

  /** The inlined wasm: base64 → bytes. */
  function decodeBase64(b64) {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }

  /** The inlined module: base64 of the gzipped wasm (so the page's own gzip does not pay for
   * base64 twice), inflated with the browser's DecompressionStream. */
  async function wasmBytes(b64) {
    const stream = new Blob([decodeBase64(b64)]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  return { el, initials, speakers, speakerKey, renderArticle, describeQuote, decodeBase64, wasmBytes, who };
})();
