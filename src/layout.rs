//! Pass 1 — layout: the dateline (place and date), paragraphs, sentences, tokens and
//! boilerplate to skip.

use crate::text::Lowercase;
use crate::text::{is_abbreviation, tokenize, Range, Tok, TokKind};
use crate::times::{month_number, Date};
use regex::Regex;

pub struct Patterns {
    header: Regex,
    ani: Regex,
    wire: Regex,
    caps_dash: Regex,
    place_colon: Regex,
    place_only_colon: Regex,
    boilerplate: Regex,
    byline: Regex,
}

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const AGENCY: &str = r"(?:AP|Reuters|AFP|ANI|IANS|PTI|UPI|Xinhua|TASS|dpa|DPA|Bloomberg|CNN|BBC|NYT|AA|EFE|Kyodo|Yonhap|Sputnik|RIA|Interfax)";

impl Patterns {
    pub fn new() -> Patterns {
        // The date of a dateline: "Oct. 17", "October 17, 2025", "17 October 2025" (British
        // and European order), after an optional weekday ("Saturday 14 March").
        let date = format!(
            r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?(?-u:\s)+)?(?:(?P<month>{MONTH})\.?(?-u:\s)+(?P<day>[0-9]{{1,2}})|(?P<day2>[0-9]{{1,2}})(?-u:\s)+(?P<month2>{MONTH})\.?)(?:,?(?-u:\s)+(?P<year>[0-9]{{4}}))?"
        );
        let ani_core = format!(
            r"(?P<place>[A-Z][A-Za-z.'\- ]{{1,40}}?)(?-u:\s)*\[(?P<cc>[A-Za-z .]{{2,20}})\],(?-u:\s)*{date}(?-u:\s)*(?:\((?P<agency>{AGENCY})\))?(?-u:\s)*:"
        );
        Patterns {
            header: crate::text::pattern(r"^(?-u:\s)*date(?-u:\s)+(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?-u:\b)"),
            ani: crate::text::pattern(&format!(r"^(?-u:\s)*{ani_core}")),
            // (Reuters writes the date alone when the story has no place: "Nov 24 (Reuters) -".)
            wire: crate::text::pattern(&format!(
                r"^(?-u:\s)*(?:(?P<place>[A-Z][A-Za-z.'\-]+(?:[ \t]+[A-Z][A-Za-z.'\-]+){{0,3}})(?:,(?-u:\s)*(?P<region>[A-Z][A-Za-z.]+(?:(?-u:\s)+[A-Z][A-Za-z.]+)?))?)?(?:,?(?-u:\s)*{date})?(?-u:\s)*\((?P<agency>{AGENCY})\)(?:(?-u:\s)*(?:[—–-]{{1,2}}|:))?"
            )),
            caps_dash: crate::text::pattern(&format!(
                r"^(?-u:\s)*(?P<place>[A-Z][A-Z.'\-]{{2,}}(?:(?-u:\s)+[A-Z][A-Z.'\-]+){{0,3}})(?:,(?-u:\s)*(?P<region>[A-Z][A-Za-z.]+(?:(?-u:\s)+[A-Z][A-Za-z.]+)?))?(?:,?(?-u:\s)*{date})?(?:(?-u:\s)*/[A-Za-z][A-Za-z .\-]{{1,30}}/)?(?-u:\s)*(?:[—–]|-{{1,2}})(?-u:\s)"
            )),
            // "Mumbai, May 20:" (Indian papers): a place in title case, the day, a colon.
            place_colon: crate::text::pattern(&format!(
                r"^(?-u:\s)*(?P<place>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{0,2}}),(?-u:\s)*{date}(?-u:\s)*:(?-u:\s)"
            )),
            // "Chennai: Heavy rain lashed …" (NDTV), "ISLAMABAD: Prime Minister …" (Dawn), "Doha,
            // Qatar – Talks stalled …" (Al Jazeera): a known place in title case or capitals,
            // its country or a date, then a colon or a dash.
            place_only_colon: crate::text::pattern(&format!(
                r"^(?-u:\s)*(?P<place>[A-Z](?:[a-z]+|[A-Z]+)(?:[ \t]+[A-Z](?:[a-z]+|[A-Z]+)){{0,2}})(?:,[ \t]*(?P<region>[A-Z][A-Za-z.]+(?:[ \t]+[A-Z][A-Za-z.]+)?))?(?:,?[ \t]*{date})?(?::|[ \t]+(?:[—–]|-{{1,2}}))[ \t]+"
            )),
            // A publication date on a byline or metadata line: "Posted: Mar 14, 2024 6:12 PM
            // EDT", "Thu 14 Mar 2024 06.12 GMT", "Published 2024-03-14". The year is required.
            byline: crate::text::pattern(&format!(
                r"(?-u:\b)(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?(?-u:\s)+)?(?:(?P<m1>{MONTH})\.?(?-u:\s)+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?,?(?-u:\s)+(?P<y1>(?:19|20)[0-9]{{2}})|(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\s)+(?P<m2>{MONTH})\.?,?(?-u:\s)+(?P<y2>(?:19|20)[0-9]{{2}})|(?P<y3>(?:19|20)[0-9]{{2}})-(?P<m3>[0-9]{{2}})-(?P<d3>[0-9]{{2}}))(?-u:\b)"
            )),
            boilerplate: crate::text::pattern(
                r"^(?-u:\s)*(?:Disclaimer(?-u:\s)*:|\(?This (?:story|article|post) (?:has|was)|Read (?:the rest|more)(?-u:\b)|Click here|Follow (?:us|him|her)(?-u:\b)|Copyright(?-u:\b)|©|\(?Reporting by(?-u:\b)|\(?Editing by(?-u:\b)|\(?Additional reporting(?-u:\b)|Sign up(?-u:\b)|Subscribe(?-u:\b)|Advertisement(?-u:\s)*$|Related:)",
            ),
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Sentence {
    pub range: Range,
    /// Starts like an agency disclaimer or a credit line; runs to the paragraph's end.
    pub boilerplate: bool,
}

pub struct Layout {
    pub toks: Vec<Tok>,
    /// Every token lowercased, back to back; `lower_at[i]` is token `i`'s range in it.
    lower: String,
    lower_at: Vec<(usize, usize)>,
    pub paragraphs: Vec<Range>,
    /// Boilerplate paragraphs (agency disclaimers, "Read more"): later passes skip them.
    pub boilerplate: Vec<bool>,
    pub sentences: Vec<Sentence>,
    pub dateline: Option<Range>,
    pub date: Option<Date>,
    pub place: Option<(String, Range)>,
}

impl Layout {
    /// Token `i` lowercased (empty past the end), computed once per text.
    pub fn lw(&self, i: usize) -> &str {
        self.lower_at.get(i).map_or("", |&(a, b)| &self.lower[a..b])
    }
    /// Index of the sentence containing `byte` (or the last one starting before it).
    pub fn sentence_at(&self, byte: usize) -> usize {
        self.sentences.partition_point(|s| s.range.start <= byte).saturating_sub(1)
    }
    /// The range of the sentence containing `byte`; a text with no sentence at all (only a
    /// dateline, say) gives its paragraph, or an empty range at `byte`.
    pub fn sentence_range(&self, byte: usize) -> Range {
        match self.sentences.get(self.sentence_at(byte)) {
            Some(s) => s.range,
            None => self.paragraphs.get(self.para_at(byte)).copied().unwrap_or(Range::new(byte, byte)),
        }
    }
    /// Paragraph `i`: the passes read paragraphs through this one function, so the wasm
    /// module carries one bounds check's panic location for them all (see `text::tok`).
    pub fn para(&self, i: usize) -> Range {
        self.paragraphs[i]
    }
    pub fn para_at(&self, byte: usize) -> usize {
        self.paragraphs.partition_point(|p| p.start <= byte).saturating_sub(1)
    }
    /// In a boilerplate paragraph, or in a boilerplate sentence ("Disclaimer: …") of a text
    /// whose paragraphs were lost.
    pub fn is_boilerplate(&self, byte: usize) -> bool {
        self.boilerplate.get(self.para_at(byte)).copied().unwrap_or(false)
            || self.sentences.get(self.sentence_at(byte)).is_some_and(|s| s.boilerplate && s.range.start <= byte)
    }
}

#[cfg(test)]
pub fn analyse(p: &Patterns, text: &str, date: Option<Date>) -> Layout {
    analyse_with(p, text, date, &|_| false)
}

/// [`analyse`], knowing which names are places (a dateline may be a place alone before a
/// colon: `Chennai: Heavy rain …`).
pub fn analyse_with(p: &Patterns, text: &str, date: Option<Date>, is_place: &dyn Fn(&str) -> bool) -> Layout {
    let (dateline, found_date, place) = dateline(p, text, date, is_place);
    // The dateline is no paragraph text; a headline before it still is.
    let mut paragraphs: Vec<Range> = Vec::new();
    for r in self::paragraphs(text, 0) {
        match dateline {
            Some(d) if r.start < d.end && d.start < r.end => {
                // What is left of the paragraph before and after the dateline.
                for (a, b) in [(r.start, d.start.min(r.end)), (d.end.max(r.start), r.end)] {
                    let Some(part) = text.get(a..b) else { continue };
                    let (a, b) = (b - part.trim_start().len(), a + part.trim_end().len());
                    if a < b {
                        paragraphs.push(Range::new(a, b));
                    }
                }
            }
            _ => paragraphs.push(r),
        }
    }
    let boilerplate = paragraphs.iter().map(|r| p.boilerplate.is_match(r.slice(text))).collect();
    let toks = tokenize(text);
    let mut sentences = sentences(text, &toks, &paragraphs);
    // A disclaimer inside a long paragraph taints the rest of it.
    let mut tainted_until = 0;
    for s in &mut sentences {
        if s.range.start < tainted_until || p.boilerplate.is_match(s.range.slice(text)) {
            s.boilerplate = true;
            let pi = paragraphs.partition_point(|r| r.start <= s.range.start).saturating_sub(1);
            tainted_until = tainted_until.max(paragraphs.get(pi).map_or(0, |r| r.end));
        }
    }
    let (lower, lower_at) = lowercase(text, &toks);
    Layout { toks, lower, lower_at, paragraphs, boilerplate, sentences, dateline, date: date.or(found_date), place }
}

type Dateline = (Option<Range>, Option<Date>, Option<(String, Range)>);

fn dateline(p: &Patterns, text: &str, given: Option<Date>, is_place: &dyn Fn(&str) -> bool) -> Dateline {
    // The first 400 visible characters (blanked markup does not count).
    let head_end = text
        .char_indices()
        .filter(|(_, c)| !c.is_whitespace())
        .nth(400)
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..head_end];
    let mut offset = 0;
    let mut date = None;
    let mut span: Option<Range> = None;
    if let Some(c) = p.header.captures(head) {
        date = Date::parse(&c["date"]);
        offset = c.get(0).map_or(0, |m| m.end());
        span = Some(Range::new(head.len() - head.trim_start().len(), offset));
    }
    // The dateline opens the text, or a line after a headline (up to three lines down).
    let try_at = |at: usize| {
        let rest = &head[at..];
        p.ani.captures(rest).or_else(|| p.wire.captures(rest)).or_else(|| p.caps_dash.captures(rest)).or_else(|| {
            p.place_colon.captures(rest).filter(|c| c.name("place").is_some_and(|m| !matches!(m.as_str(), "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")))
        }).or_else(|| {
            // A sentence follows ("Chennai: Heavy rain …"), not a list or a label.
            p.place_only_colon.captures(rest).filter(|c| {
                let after = &rest[c.get(0).map_or(0, |m| m.end())..];
                after.starts_with(|ch: char| ch.is_uppercase()) && c.name("place").is_some_and(|m| is_place(&crate::text::title_case(m.as_str())))
            })
        })
    };
    let mut caps = try_at(offset);
    let header = span;
    if caps.is_none() {
        let mut at = offset;
        let mut lines = 0;
        while lines < 3 {
            let Some(nl) = head[at..].find('\n') else { break };
            at += nl + 1;
            if head[at..].split('\n').next().is_some_and(|l| l.trim().is_empty()) {
                continue;
            }
            lines += 1;
            if let Some(c) = try_at(at) {
                offset = at;
                caps = Some(c);
                break;
            }
        }
    }
    let mut place = None;
    if let Some(c) = caps {
        let whole = c.get(0).unwrap();
        let start = offset + whole.start() + (whole.as_str().len() - whole.as_str().trim_start().len());
        // One span with a header right before it ("date 2025-10-17 Washington [US], …"), not
        // across the headline lines between them.
        let joined = header.filter(|h| text[h.end..start].trim().is_empty());
        span = Some(Range::new(joined.map_or(start, |s| s.start), offset + whole.end()));
        if let Some(m) = c.name("place") {
            let raw = m.as_str().trim();
            let name = if raw.chars().any(|c| c.is_lowercase()) { raw.to_string() } else { crate::text::title_case(raw) };
            place = Some((name, Range::new(offset + m.start(), offset + m.start() + raw.len())));
        }
        if date.is_none() {
            if let (Some(month), Some(day)) = (c.name("month").or(c.name("month2")), c.name("day").or(c.name("day2"))) {
                let m = month_number(month.as_str());
                let d: u32 = day.as_str().parse().unwrap_or(0);
                let year = c.name("year").and_then(|y| y.as_str().parse().ok()).or(given.map(|g| g.year));
                if let (Some(m), Some(y)) = (m, year) {
                    date = Date::new(y, m, d);
                }
            }
        }
    }
    if place.is_none() && span.is_none() {
        if let Some((r, name)) = place_line(head) {
            span = Some(r);
            place = Some((name, r));
        }
    }
    let date = date.or_else(|| byline_date(p, head));
    (span, given.or(date), place)
}

/// A dateline on a line of its own, in capitals, below the headline (`OTTAWA`, `NEW
/// DELHI`): one to three words of letters, not a label such as `BREAKING`, `UPDATE` or `UP
/// NEXT`.
fn place_line(head: &str) -> Option<(Range, String)> {
    const LABELS: crate::text::Words = words!["BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "VIDEO", "LIVE", "EDITORIAL",
        "COMMENT", "NEWS", "SPORTS", "CORRECTION", "ADVERTISEMENT", "PHOTOS", "LISTEN", "READ", "MORE", "NOTE", "NOTES", "WARNING", "ALERT", "FEATURE", "REVIEW", "PODCAST", "NEXT", "BACKGROUND", "FACTBOX"];
    let mut at = 0;
    for (n, line) in head.split_inclusive('\n').enumerate() {
        let start = at;
        at += line.len();
        let t = line.trim();
        if n == 0 || t.is_empty() {
            continue;
        }
        if n > 8 {
            break;
        }
        let words: Vec<&str> = t.split(' ').collect();
        let caps = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || matches!(c, '.' | '-' | '\''));
        if (1..=3).contains(&words.len()) && words.iter().all(|w| caps(w)) && !words.iter().any(|w| LABELS.contains(w)) {
            let s = start + (line.len() - line.trim_start().len());
            return Some((Range::new(s, s + t.len()), crate::text::title_case(t)));
        }
    }
    None
}

/// The publication date from a byline or metadata line among the first lines of the text
/// (`Posted: Mar 14, 2024 6:12 PM EDT`, `By Jane Roe | March 14, 2024`, a date alone). The
/// line must be metadata: besides the date only capitalised words (names, outlets, `Posted`),
/// clock times and a few function words, so a sentence that mentions a date never counts.
fn byline_date(p: &Patterns, head: &str) -> Option<Date> {
    const ALLOWED: crate::text::Words = words!["by", "and", "at", "on", "updated", "posted", "published", "min", "mins", "read", "ago",
        "hour", "hours", "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "of", "last", "first", "et", "edt", "est", "gmt", "utc"];
    for line in head.lines().filter(|l| !l.trim().is_empty()).take(8) {
        if line.len() > 160 {
            continue;
        }
        let Some(c) = p.byline.captures(line) else { continue };
        let m = c.get(0).unwrap();
        let rest = format!("{} {}", &line[..m.start()], &line[m.end()..]);
        let words: Vec<&str> = rest
            .split(|ch: char| ch.is_whitespace() || matches!(ch, '|' | '·' | '•' | '—' | '–' | ',' | ':' | '/' | '(' | ')'))
            .filter(|w| !w.is_empty() && *w != "-")
            .collect();
        let metadata = words.len() <= 14
            && words.iter().all(|w| {
                w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit())
                    || ALLOWED.contains(w.to_ascii_lowercase().as_str())
            });
        if !metadata {
            continue;
        }
        let pick = |a: &str, b: &str, c2: &str| Some((c.name(a)?.as_str(), c.name(b)?.as_str(), c.name(c2)?.as_str()));
        let (month, day, year) = pick("m1", "d1", "y1").or_else(|| pick("m2", "d2", "y2")).or_else(|| pick("m3", "d3", "y3"))?;
        let month = month_number(month).or_else(|| month.parse().ok())?;
        return Date::new(year.parse().ok()?, month, day.parse().ok()?);
    }
    None
}

fn lowercase(text: &str, toks: &[Tok]) -> (String, Vec<(usize, usize)>) {
    let mut lower = String::with_capacity(text.len() / 2);
    let mut at = Vec::with_capacity(toks.len());
    for t in toks {
        let a = lower.len();
        let w = t.text(text);
        if w.is_ascii() {
            lower.extend(w.bytes().map(|b| b.to_ascii_lowercase() as char));
        } else {
            lower.push_str(&w.lowercase());
        }
        at.push((a, lower.len()));
    }
    (lower, at)
}

/// Paragraphs: blank-line separated when the text has blank lines, else one per line. In a
/// text with blank lines, a line longer than any hard-wrapped one also ends its paragraph
/// (pastes that separate some paragraphs with a blank line and others with a line break).
fn paragraphs(text: &str, from: usize) -> Vec<Range> {
    const UNWRAPPED: usize = 120;
    let blank_lines = text.contains("\n\n") || text.contains("\r\n\r\n");
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = from;
    let mut last_line = 0;
    let mut pos = from;
    for line in text[from..].split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let is_blank = content.trim().is_empty();
        if is_blank {
            if let Some(s) = start.take() {
                out.push(Range::new(s, last_end));
            }
        } else {
            let lead = content.len() - content.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            } else if !blank_lines || last_line > UNWRAPPED {
                out.push(Range::new(start.unwrap(), last_end));
                start = Some(pos + lead);
            }
            last_end = pos + content.trim_end().len();
            last_line = content.trim().chars().count();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(Range::new(s, last_end));
    }
    out
}

/// A closing mark or bracket right after a sentence's final stop: `."` closes only when
/// white space (or the end) follows it; otherwise it opens the next sentence.
fn is_closer(text: &str, t: &Tok) -> bool {
    let s = t.text(text);
    match s {
        "”" | ")" | "»" | "]" => true,
        "\"" | "'" | "’" => text[t.end..].chars().next().is_none_or(|c| c.is_whitespace() || matches!(c, ')' | ']')),
        _ => false,
    }
}

fn sentences(text: &str, toks: &[Tok], paragraphs: &[Range]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for para in paragraphs {
        let first = crate::text::tok_at(toks, para.start);
        let last = toks.partition_point(|t| t.start < para.end);
        let mut start = para.start;
        let mut i = first;
        while i < last {
            let t = toks[i];
            let s = t.text(text);
            let terminal = t.kind == TokKind::Punct && matches!(s, "." | "!" | "?" | "..." | "…");
            let abbrev_end = t.kind == TokKind::Word && s.ends_with('.') && is_abbreviation(s) && s.len() > 2
                && s.chars().filter(|&c| c == '.').count() > 1;
            if terminal || abbrev_end {
                let mut j = i + 1;
                while j < last && is_closer(text, &toks[j]) {
                    j += 1;
                }
                let next = if j < last { Some(toks[j].text(text)) } else { None };
                let boundary = match next {
                    None => true,
                    Some(n) => {
                        let c = n.chars().next().unwrap_or(' ');
                        let opener = matches!(n, "\"" | "“" | "‘" | "'" | "(" | "«" | "„");
                        if abbrev_end {
                            // "in the U.S. The talks": only before a word that never starts a name.
                            matches!(n, "The" | "He" | "She" | "It" | "They" | "We" | "I" | "But" | "In" | "A" | "This" | "That")
                        } else {
                            c.is_uppercase() || c.is_numeric() || opener
                        }
                    }
                };
                if boundary {
                    let end = if j > i + 1 { toks[j - 1].end } else { t.end };
                    out.push(Sentence { range: Range::new(start, end), boilerplate: false });
                    start = if j < last { toks[j].start } else { para.end };
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
        if start < para.end {
            out.push(Sentence { range: Range::new(start, para.end), boilerplate: false });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lay(text: &str) -> Layout {
        analyse(&Patterns::new(), text, None)
    }

    #[test]
    fn seed_header() {
        let t = " date 2025-10-17 Washington [US], October 17 : US President Donald Trump said.";
        let l = lay(t);
        assert_eq!(l.date.unwrap().to_string(), "2025-10-17");
        assert_eq!(l.place.as_ref().unwrap().0, "Washington");
        assert_eq!(l.dateline.unwrap().slice(t), "date 2025-10-17 Washington [US], October 17 :");
    }

    #[test]
    fn ani_ap_reuters() {
        let l = analyse(&Patterns::new(), "Washington [US], October 17 (ANI): Text.", Date::new(2025, 10, 17));
        assert_eq!(l.place.unwrap().0, "Washington");
        let l = lay("WASHINGTON (AP) — The Senate voted.");
        assert_eq!(l.place.unwrap().0, "Washington");
        assert_eq!(l.date, None);
        let t = "LONDON, Oct 17 (Reuters) - Britain said.";
        let l = analyse(&Patterns::new(), t, None);
        assert_eq!(l.place.as_ref().unwrap().0, "London");
        assert_eq!(l.dateline.unwrap().slice(t), "LONDON, Oct 17 (Reuters) -");
        // The date alone, for a story with no place.
        let t = "Judge blocks law\n\nNov 24 (Reuters) - A federal judge blocked a law.";
        let l = analyse(&Patterns::new(), t, crate::times::Date::new(2026, 11, 25));
        assert_eq!((l.dateline.map(|d| d.slice(t)), l.place), (Some("Nov 24 (Reuters) -"), None));
        // A headline before the dateline stays a paragraph.
        let t = "Rail Strikes Go Ahead\n\nLONDON (Reuters) - Britain said.";
        let l = lay(t);
        assert_eq!(l.place.as_ref().unwrap().0, "London");
        let paras: Vec<&str> = l.paragraphs.iter().map(|p| p.slice(t)).collect();
        assert_eq!(paras, ["Rail Strikes Go Ahead", "Britain said."]);
        let t = "New Delhi, Oct 14 (ANI): Text.";
        let l = lay(t);
        assert_eq!(l.place.as_ref().unwrap().0, "New Delhi");
        assert_eq!(l.dateline.unwrap().slice(t), "New Delhi, Oct 14 (ANI):");
        let l = lay("NEW YORK, March 3, 2024 (Reuters) - x");
        assert_eq!(l.place.as_ref().unwrap().0, "New York");
        assert_eq!(l.date.unwrap().to_string(), "2024-03-03");
    }

    #[test]
    fn day_before_month_datelines() {
        // British and European order, with or without a weekday, agency or year.
        for (t, place, date) in [
            ("LONDON, 14 March 2026 — The chancellor said.", "London", "2026-03-14"),
            ("PARIS, Saturday 14 March 2026 - Le ministre a dit.", "Paris", "2026-03-14"),
            ("BRUSSELS, 3 Oct 2025 (Reuters) - The EU said.", "Brussels", "2025-10-03"),
            ("Mumbai, 20 May 2024: Heavy rain fell.", "Mumbai", "2024-05-20"),
        ] {
            let l = lay(t);
            assert_eq!(l.place.as_ref().map(|p| p.0.as_str()), Some(place), "{t}");
            assert_eq!(l.date.map(|d| d.to_string()).as_deref(), Some(date), "{t}");
        }
    }

    #[test]
    fn paragraphs_and_sentences() {
        let t = "First one. Mr. Smith went to the U.S. He left.\n\n\"Quoted.\" Then more?\nSame para.";
        let l = lay(t);
        assert_eq!(l.paragraphs.len(), 2);
        let s: Vec<&str> = l.sentences.iter().map(|s| s.range.slice(t)).collect();
        assert_eq!(s, vec!["First one.", "Mr. Smith went to the U.S.", "He left.", "\"Quoted.\"", "Then more?", "Same para."]);
    }

    #[test]
    fn boilerplate_marked() {
        let l = lay("Body text.\n\nDisclaimer: This post has been auto-published.");
        assert_eq!(l.boilerplate, vec![false, true]);
    }
}
