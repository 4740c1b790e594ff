// Types for onrecord's JavaScript API and result contract (v1). Offsets are UTF-16 code
// units: `text.slice(span.start, span.end) === span.text`.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Document {
  /** YYYY-MM-DD: the caller's date, else the dateline's; null when unknown. */
  date: string | null;
  place: string | null;
  dateline: Span | null;
  /** The text was HTML source: tags, scripts and styles were read as layout. Spans still
   *  point into the text as given. */
  markup: boolean;
}

export interface Entity {
  id: string;
  /** Canonical name: the fullest form, without titles. */
  name: string;
  type: "person" | "organization" | "place";
  role: string | null;
  mentions: Span[];
}

export type QuoteKind = "direct" | "indirect" | "mixed" | "partial";

export interface Quote extends Span {
  id: string;
  kind: QuoteKind;
  /** Entity id of the speaker. */
  speaker: string | null;
  /** Canonical name, or a description ("a source") when the speaker is not an entity. */
  speaker_name: string | null;
  speaker_mention: Span | null;
  cue: Span | null;
  confidence: number;
  /** Id of the enclosing quote, for a quote inside a quote. */
  nested_in: string | null;
  /** Speech this quote reports with its own speaker: "something that, he said, has been dreamed of". */
  inner: InnerSpeech[];
}

/** Words inside a quote that its speaker attributes to someone else. */
export interface InnerSpeech extends Span {
  speaker: string | null;
  speaker_name: string | null;
  speaker_mention: Span;
  cue: Span;
}

/** `agent` does it ("Trump called"), `recipient` is acted on ("called Putin"), `partner` takes
 * part alongside ("met with X"), `party` on an equal footing ("talks between X and Y"), `leader`
 * leads or hosts it ("led by Rubio"). */
export interface Participant {
  entity: string;
  role: "agent" | "recipient" | "partner" | "party" | "leader";
}

export type EventStatus = "occurred" | "planned" | "possible" | "negated" | "cancelled";

export interface Event {
  id: string;
  type: string;
  cameo: string | null;
  trigger: Span;
  mentions: Span[];
  /** Entity ids. */
  participants: string[];
  /** The same entities with how each takes part. */
  roles: Participant[];
  time: (Span & { value: string }) | null;
  duration: (Span & { value: string }) | null;
  place: (Span & { entity: string | null }) | null;
  status: EventStatus;
  /** Position on the timeline, 0 = earliest. */
  order: number;
}

export interface Time extends Span {
  id: string;
  type: "date" | "time" | "duration" | "set";
  /** TimeML value: 2025-10-16, 2025-W43, PT2H, PAST_REF… */
  value: string;
}

export interface Analysis {
  version: "1";
  document: Document;
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  times: Time[];
}

export interface ExtractOptions {
  /** The article's date, YYYY-MM-DD. */
  date?: string;
  /** Largest input accepted, in bytes (default 20 MiB). */
  maxBytes?: number;
}

/** Analyse one article. Rejects with an Error (message included) on empty, binary or oversize text. */
export function extract(text: string, options?: ExtractOptions): Promise<Analysis>;
/** Start the shared WebAssembly instance now (it otherwise starts on first use). */
export function ready(): Promise<void>;
export function version(): Promise<string>;

declare const onrecord: { extract: typeof extract; ready: typeof ready; version: typeof version };
export default onrecord;

/** The `<on-record>` custom element. */
export interface OnRecordElement extends HTMLElement {
  date: string;
  panels: string;
  theme: "auto" | "light" | "dark";
  for: string;
  htmlFor: string;
  text: string;
  readonly result: Analysis | null;
}

declare global {
  interface HTMLElementTagNameMap {
    "on-record": OnRecordElement;
  }
  interface HTMLElementEventMap {
    "onrecord:extracted": CustomEvent<Analysis>;
  }
}
