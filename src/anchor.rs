//! Pass 8 — anchor: normalise every time expression against the right anchor and tense.
//!
//! Outside quotes the anchor is the document date. Inside a quote it is the date the quote
//! was spoken, where the text gives it: a date in the attribution sentence (`he said on
//! Thursday`), or an event the quote calls `today's …` that the article dates elsewhere
//! (Trump's post about "today's telephone conversation", a call the lede dates Thursday).

use crate::attribution::Attribution;
use crate::events::Ev;
use crate::layout::Layout;
use crate::text::Range;
use crate::times::{value, Date, Expr, Found, Tense};

const FUTURE: &[&str] = &["due", "will", "'ll", "would", "shall", "going", "plans", "plan", "planned", "scheduled", "expected", "next", "upcoming", "tomorrow", "intends", "set", "aims", "hopes"];

fn tense_at(text: &str, layout: &Layout, r: Range) -> Tense {
    let sent = layout.sentences[layout.sentence_at(r.start)].range;
    let toks = &layout.toks;
    let a = toks.partition_point(|t| t.start < sent.start);
    let b = toks.partition_point(|t| t.start < sent.end);
    let i = toks.partition_point(|t| t.start < r.start);
    let lo = a.max(i.saturating_sub(10));
    let hi = b.min(i + 6);
    let words: Vec<String> = (lo..hi).map(|k| toks[k].text(text).to_lowercase()).collect();
    if words.iter().any(|w| FUTURE.contains(&w.as_str()) || w.ends_with("'ll") || w.ends_with("’ll"))
        || words.windows(2).any(|p| p[0] == "to" && p[1] == "be")
        || words.windows(3).any(|p| matches!(p[0].as_str(), "is" | "are" | "am") && p[1].ends_with("ing") && p[2] != "to")
    {
        Tense::Future
    } else {
        Tense::Past
    }
}

fn as_date(v: &str) -> Option<Date> {
    Date::parse(v.get(..10)?)
}

/// Values for every found time, in order.
pub fn normalise(text: &str, layout: &Layout, attr: &Attribution, evs: &[Ev], times: &[Found]) -> Vec<String> {
    let doc = layout.date;
    let quote_of = |t: &Found| attr.quote_containing(t.range);
    let base: Vec<String> = times.iter().map(|t| value(&t.expr, doc, tense_at(text, layout, t.range))).collect();
    let mut anchors: Vec<Option<Date>> = vec![doc; attr.quotes.len()];
    // A date in the attribution sentence, outside the quote.
    for (qi, q) in attr.quotes.iter().enumerate() {
        let Some(cue) = q.cue else { continue };
        let sent = layout.sentences[layout.sentence_at(cue.start)].range;
        let first = times.partition_point(|t| t.range.start < sent.start);
        for (ti, t) in times.iter().enumerate().skip(first).take_while(|(_, t)| t.range.start < sent.end) {
            if sent.contains(t.range) && !q.range.contains(t.range) && t.range.start.abs_diff(cue.start) < 60 {
                if let Some(d) = as_date(&base[ti]) {
                    anchors[qi] = Some(d);
                }
            }
        }
    }
    // "today's telephone conversation" about a call the article dates elsewhere.
    for ev in evs {
        let Some(&first) = ev.times.iter().find(|&&t| quote_of(&times[t]).is_none()) else { continue };
        let Some(d) = as_date(&base[first]) else { continue };
        for &t in &ev.times {
            if let (Some(q), Expr::DayOffset(0, _)) = (quote_of(&times[t]), &times[t].expr) {
                anchors[q] = Some(d);
            }
        }
        // "today's X" directly before a trigger of this event, inside a quote.
        for m in &ev.mentions {
            let mut from = m.start.saturating_sub(12);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let before = text[from..m.start].trim_end().to_lowercase();
            if before.ends_with("today's") || before.ends_with("today’s") {
                if let Some(q) = attr.quote_containing(*m) {
                    anchors[q] = Some(d);
                }
            }
        }
    }
    times
        .iter()
        .enumerate()
        .map(|(ti, t)| match quote_of(t) {
            Some(q) if anchors[q] != doc => value(&t.expr, anchors[q], tense_at(text, layout, t.range)),
            _ => base[ti].clone(),
        })
        .collect()
}
