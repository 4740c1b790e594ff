//! Pass 9 — output: the v1 result contract. Byte ranges become UTF-16 offsets here, once;
//! ids are stable (`e1`, `q1`, `v1`, `t1` in text order).

use crate::attribution::{AKind, Attribution};
use crate::entities::{EKind, Entities};
use crate::events::{EStatus, Ev, Role};
use crate::layout::Layout;
use crate::text::Range;
use crate::times::{Date, Found};
use serde::Serialize;

/// A piece of the original text.
///
/// `start` and `end` are offsets in UTF-16 code units, as JavaScript counts them, and
/// `text` is exactly that slice of the original. [`Span::bytes`] is the same range in bytes
/// of the Rust `&str`.
///
/// # Example
///
/// ```
/// use onrecord::{Extractor, Options};
///
/// let text = "« Très bien », a dit Zoë. \"Fine,\" she said.";
/// let a = Extractor::new().extract(text, &Options::default()).unwrap();
/// let q = a.quotes.iter().find(|q| q.span.text == "\"Fine,\"").unwrap();
/// assert_eq!(&text[q.span.bytes.clone()], "\"Fine,\"");
/// let utf16: Vec<u16> = text.encode_utf16().collect();
/// assert_eq!(String::from_utf16(&utf16[q.span.start..q.span.end]).unwrap(), "\"Fine,\"");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(skip)]
    pub bytes: std::ops::Range<usize>,
}

/// The whole result for one article (contract v1).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Analysis {
    pub version: &'static str,
    pub document: Document,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
    pub times: Vec<Time>,
}

/// The dateline: where and when the article was filed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Document {
    /// `YYYY-MM-DD`: the date given by the caller, else the one in the dateline.
    pub date: Option<String>,
    pub place: Option<String>,
    /// The whole dateline (`LONDON, Oct 17 (Reuters) -`).
    pub dateline: Option<Span>,
    /// The text was HTML source: its tags, scripts and styles were read as layout, and its
    /// character references as characters. Spans still point into the text as given.
    pub markup: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Organization,
    Place,
}

/// A person, organisation or place, with every mention that refers to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    pub id: String,
    /// Canonical name: the fullest form of the name, without titles.
    pub name: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Role or title where the text gives one (`White House Press Secretary`).
    pub role: Option<String>,
    pub mentions: Vec<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Whole sentences in quote marks.
    Direct,
    /// Reported speech without marks (`X said that …`).
    Indirect,
    /// Reported speech with a quoted fragment.
    Mixed,
    /// A fragment in quote marks inside the writer's sentence, a scare quote or a title.
    Partial,
}

/// A quotation and who said it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    pub id: String,
    pub kind: QuoteKind,
    #[serde(flatten)]
    pub span: Span,
    /// The speaker's entity id.
    pub speaker: Option<String>,
    /// The speaker's canonical name (or the description, such as "a source").
    pub speaker_name: Option<String>,
    /// The words the attribution used for the speaker (`he`, `the US President`).
    pub speaker_mention: Option<Span>,
    /// The reporting verb (`said`, `stating`, `according to`).
    pub cue: Option<Span>,
    /// 0 to 1.
    #[serde(serialize_with = "number")]
    pub confidence: f64,
    /// The enclosing quote's id, for a quote inside a quote.
    pub nested_in: Option<String>,
    /// Words inside this quote that its speaker attributes to someone else: `"…something
    /// that, he said, has been dreamed of for centuries."`
    pub inner: Vec<InnerSpeech>,
}

/// Speech reported inside a quote, with its own speaker.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InnerSpeech {
    /// The reported clause, with its parenthetical attribution.
    #[serde(flatten)]
    pub span: Span,
    pub speaker: Option<String>,
    pub speaker_name: Option<String>,
    pub speaker_mention: Span,
    pub cue: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Occurred,
    Planned,
    Possible,
    Negated,
    Cancelled,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EventTime {
    #[serde(flatten)]
    pub span: Span,
    pub value: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EventPlace {
    #[serde(flatten)]
    pub span: Span,
    /// The place's entity id.
    pub entity: Option<String>,
}

/// A participant of an event and its role: `agent` (does it: "Trump called"), `recipient`
/// ("called Putin"), `partner` ("met with X"), `party` ("talks between X and Y") or `leader`
/// ("a meeting led by Rubio").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Participant {
    pub entity: String,
    pub role: Role,
}

/// Something that happened or is planned: a call, a meeting, an agreement…
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Event {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// CAMEO event code where one fits.
    pub cameo: Option<String>,
    /// The first mention's trigger words.
    pub trigger: Span,
    /// Every coreferent mention.
    pub mentions: Vec<Span>,
    /// Entity ids.
    pub participants: Vec<String>,
    /// The same entities with how each takes part.
    pub roles: Vec<Participant>,
    pub time: Option<EventTime>,
    pub duration: Option<EventTime>,
    pub place: Option<EventPlace>,
    pub status: Status,
    /// Position on the timeline (0 = earliest).
    pub order: usize,
}

/// A time expression and its TimeML value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Time {
    pub id: String,
    #[serde(flatten)]
    pub span: Span,
    /// `date`, `time`, `duration` or `set`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `2025-10-16`, `2025-W43`, `PT2H`, `PAST_REF`…
    pub value: String,
}

/// Byte offsets → UTF-16 offsets, in O(log n) per lookup and memory only for non-ASCII text.
struct Utf16 {
    /// (byte position after a non-ASCII char, bytes minus UTF-16 units so far)
    marks: Vec<(usize, usize)>,
}

impl Utf16 {
    fn new(text: &str) -> Utf16 {
        let mut marks = Vec::new();
        let mut extra = 0;
        for (i, c) in text.char_indices() {
            let l = c.len_utf8();
            if l > 1 {
                extra += l - c.len_utf16();
                marks.push((i + l, extra));
            }
        }
        Utf16 { marks }
    }
    fn at(&self, byte: usize) -> usize {
        let k = self.marks.partition_point(|m| m.0 <= byte);
        byte - if k == 0 { 0 } else { self.marks[k - 1].1 }
    }
}

struct Out<'a> {
    text: &'a str,
    u: Utf16,
    markup: bool,
}

impl Out<'_> {
    fn span(&self, r: Range) -> Span {
        // In HTML source a span starting or ending inside a character reference takes all of it.
        let r = if self.markup { crate::markup::snap(self.text, r) } else { r };
        Span { start: self.u.at(r.start), end: self.u.at(r.end), text: r.slice(self.text).to_string(), bytes: r.start..r.end }
    }
}

fn date_key(v: &str) -> Option<i64> {
    let y: i32 = v.get(..4)?.parse().ok()?;
    if let Some(d) = Date::parse(v.get(..10).unwrap_or("")) {
        return Some(d.days());
    }
    if let Some(w) = v.get(5..).and_then(|s| s.strip_prefix('W')).and_then(|s| s.get(..2)?.parse::<i64>().ok()) {
        let jan4 = Date::new(y, 1, 4)?;
        return Some(jan4.days() - jan4.weekday() as i64 + (w - 1) * 7);
    }
    if let Some(m) = v.get(5..7).and_then(|s| s.parse::<u32>().ok()) {
        return Some(Date::new(y, m, 1)?.days());
    }
    Some(Date::new(y, 1, 1)?.days())
}

#[allow(clippy::too_many_arguments)]
pub fn build(
    text: &str,
    layout: &Layout,
    ents: &Entities,
    attr: &Attribution,
    evs: &[Ev],
    times: &[Found],
    values: &[String],
    markup: bool,
) -> Analysis {
    let o = Out { text, u: Utf16::new(text), markup };
    // Entities in order of first mention; ids follow that order.
    let mut order: Vec<usize> = (0..ents.list.len()).filter(|&e| !ents.ent(e).mentions.is_empty()).collect();
    crate::order::sort_by_key(&mut order, |&e| ents.ent(e).mentions[0].start);
    let mut eid = vec![None; ents.list.len()];
    let entities = order
        .iter()
        .enumerate()
        .map(|(k, &e)| {
            let ent = ents.ent(e);
            eid[e] = Some(format!("e{}", k + 1));
            Entity {
                id: format!("e{}", k + 1),
                name: ent.name.clone(),
                kind: match ent.kind {
                    EKind::Person => EntityType::Person,
                    EKind::Org => EntityType::Organization,
                    EKind::Place => EntityType::Place,
                },
                role: ent.role.clone(),
                mentions: ent.mentions.iter().map(|&r| o.span(r)).collect(),
            }
        })
        .collect();
    let id_of = |e: Option<usize>| e.and_then(|e| eid[e].clone());
    let quotes = attr
        .quotes
        .iter()
        .enumerate()
        .map(|(k, q)| Quote {
            id: format!("q{}", k + 1),
            kind: match q.kind {
                AKind::Direct => QuoteKind::Direct,
                AKind::Indirect => QuoteKind::Indirect,
                AKind::Mixed => QuoteKind::Mixed,
                AKind::Partial => QuoteKind::Partial,
            },
            span: o.span(q.range),
            speaker: id_of(q.speaker),
            speaker_name: q.speaker.map(|e| ents.ent(e).name.clone()).or_else(|| q.speaker_text.clone()),
            speaker_mention: q.mention.map(|r| o.span(r)),
            cue: q.cue.map(|r| o.span(r)),
            confidence: (q.confidence as f64 * 100.0).round() / 100.0,
            nested_in: q.nested_in.map(|j| format!("q{}", j + 1)),
            inner: q
                .inner
                .iter()
                .map(|i| InnerSpeech {
                    span: o.span(i.range),
                    speaker: id_of(i.speaker),
                    speaker_name: i.speaker.map(|e| ents.ent(e).name.clone()),
                    speaker_mention: o.span(i.mention),
                    cue: o.span(i.cue),
                })
                .collect(),
        })
        .collect();
    let tid: Vec<String> = (0..times.len()).map(|k| format!("t{}", k + 1)).collect();
    let out_times = times
        .iter()
        .enumerate()
        .map(|(k, t)| Time { id: tid[k].clone(), span: o.span(t.range), kind: t.ttype.as_str().into(), value: values[k].clone() })
        .collect();
    // Timeline: by date; an undated event that follows another sits right after it.
    let mut keys: Vec<(i64, usize)> = Vec::with_capacity(evs.len());
    for (k, ev) in evs.iter().enumerate() {
        let own = ev.times.first().and_then(|&t| date_key(&values[t]));
        let key = own.or_else(|| ev.after.and_then(|a| keys.get(a).map(|x| x.0.saturating_add(1)))).unwrap_or(i64::MAX);
        keys.push((key, k));
    }
    let mut sorted = keys.clone();
    crate::order::sort(&mut sorted);
    let mut rank = vec![0; evs.len()];
    for (r, &(_, k)) in sorted.iter().enumerate() {
        rank[k] = r;
    }
    let events = evs
        .iter()
        .enumerate()
        .map(|(k, ev)| Event {
            id: format!("v{}", k + 1),
            kind: ev.kind.clone(),
            cameo: ev.cameo.clone(),
            trigger: o.span(ev.mentions[0]),
            mentions: ev.mentions.iter().map(|&r| o.span(r)).collect(),
            participants: ev.participants.iter().filter_map(|&(p, _)| eid[p].clone()).collect(),
            roles: ev
                .participants
                .iter()
                .filter_map(|&(p, role)| Some(Participant { entity: eid[p].clone()?, role }))
                .collect(),
            time: ev.times.first().map(|&t| EventTime { span: o.span(times[t].range), value: values[t].clone() }),
            duration: ev.durations.first().map(|&t| EventTime { span: o.span(times[t].range), value: values[t].clone() }),
            place: ev.place.map(|(r, e)| EventPlace { span: o.span(r), entity: id_of(e) }),
            status: match ev.status {
                EStatus::Occurred => Status::Occurred,
                EStatus::Planned => Status::Planned,
                EStatus::Possible => Status::Possible,
                EStatus::Negated => Status::Negated,
                EStatus::Cancelled => Status::Cancelled,
            },
            order: rank[k],
        })
        .collect();
    Analysis {
        version: crate::CONTRACT_VERSION,
        document: Document {
            date: layout.date.map(|d| d.to_string()),
            place: layout.place.as_ref().map(|p| p.0.clone()),
            dateline: layout.dateline.map(|r| o.span(r)),
            markup,
        },
        entities,
        quotes,
        events,
        times: out_times,
    }
}


impl Analysis {
    /// A plain-text report for people: dateline, quotes with speakers, the timeline, times
    /// and entities. The CLI prints it with `--format text`.
    ///
    /// # Example
    ///
    /// ```
    /// use onrecord::{Extractor, Options};
    ///
    /// let a = Extractor::new().extract("\"We won,\" Jane Smith said.", &Options::default()).unwrap();
    /// assert!(a.report().contains("direct   \"We won,\" — Jane Smith"));
    /// ```
    pub fn report(&self) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let d = &self.document;
        let _ = writeln!(s, "Dateline: {} · {}", d.place.as_deref().unwrap_or("(no place)"), d.date.as_deref().unwrap_or("(no date)"));
        let _ = writeln!(s, "\nQuotes ({}):", self.quotes.len());
        for q in &self.quotes {
            let kind = match q.kind {
                QuoteKind::Direct => "direct  ",
                QuoteKind::Indirect => "indirect",
                QuoteKind::Mixed => "mixed   ",
                QuoteKind::Partial => "partial ",
            };
            let text: String = q.span.text.split_whitespace().collect::<Vec<_>>().join(" ");
            let _ = write!(s, "  {:<4} {kind} {text} — {}", q.id, q.speaker_name.as_deref().unwrap_or("(no speaker)"));
            let mut extra = Vec::new();
            if let Some(c) = &q.cue {
                extra.push(format!("cue: {}", c.text));
            }
            if let Some(m) = &q.speaker_mention {
                extra.push(format!("mention: {}", m.text));
            }
            if let Some(n) = &q.nested_in {
                extra.push(format!("inside {n}"));
            }
            for i in &q.inner {
                extra.push(format!("within: \"{}\" — {}", i.span.text, i.speaker_name.as_deref().unwrap_or(&i.speaker_mention.text)));
            }
            if !extra.is_empty() {
                let _ = write!(s, " [{}]", extra.join("; "));
            }
            s.push('\n');
        }
        let names: crate::lexicon::FxMap<&str, usize> = self.entities.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect();
        let mut evs: Vec<&Event> = self.events.iter().collect();
        crate::order::sort_by_key(&mut evs, |e| e.order);
        let _ = writeln!(s, "\nTimeline ({} events):", evs.len());
        for e in evs {
            let who: Vec<String> = e
                .roles
                .iter()
                .filter_map(|p| names.get(p.entity.as_str()).map(|&i| format!("{} ({})", self.entities[i].name, p.role.name())))
                .collect();
            let _ = write!(s, "  {:<11} {} ({})", e.time.as_ref().map_or("undated", |t| t.value.as_str()), e.kind, match e.status {
                Status::Occurred => "occurred",
                Status::Planned => "planned",
                Status::Possible => "possible",
                Status::Negated => "negated",
                Status::Cancelled => "cancelled",
            });
            if !who.is_empty() {
                let _ = write!(s, ": {}", who.join(", "));
            }
            if let Some(p) = &e.place {
                let _ = write!(s, " @ {}", p.span.text);
            }
            let triggers: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
            let _ = writeln!(s, " — {}", triggers.join(" / "));
        }
        let _ = writeln!(s, "\nTimes ({}):", self.times.len());
        for t in &self.times {
            let _ = writeln!(s, "  {} = {} ({})", t.span.text, t.value, t.kind);
        }
        let _ = writeln!(s, "\nEntities ({}):", self.entities.len());
        for e in &self.entities {
            let kind = match e.kind {
                EntityType::Person => "person",
                EntityType::Organization => "org",
                EntityType::Place => "place",
            };
            let _ = writeln!(s, "  {:<6} {}{} ×{}", kind, e.name, e.role.as_ref().map(|r| format!(" ({r})")).unwrap_or_default(), e.mentions.len());
        }
        s
    }
}

/// A number as JavaScript writes it: whole values without a fraction (`0`, not `0.0`), so
/// the CLI's JSON and `JSON.stringify` of the wasm result are the same bytes.
fn number<S: serde::Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
    if x.fract() == 0.0 && (0.0..=1e15).contains(x) {
        s.serialize_u64(*x as u64)
    } else {
        s.serialize_f64(*x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets() {
        let t = "a😀b€c";
        let u = Utf16::new(t);
        assert_eq!(u.at(0), 0);
        assert_eq!(u.at(1), 1);
        assert_eq!(u.at(5), 3);
        assert_eq!(u.at(6), 4);
        assert_eq!(u.at(9), 5);
        assert_eq!(u.at(10), 6);
    }

    #[test]
    fn timeline_keys() {
        assert!(date_key("2025-10-16") < date_key("2025-W43"));
        assert!(date_key("2025-W43") > date_key("2025-10-17"));
        assert_eq!(date_key("PAST_REF"), None);
    }
}
