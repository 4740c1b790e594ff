//! Pass 8 — anchor: normalise every time expression against the right anchor and tense.
//!
//! Outside quotes the anchor is the document date. Inside a quote it is the date the quote
//! was spoken, where the text gives it: a date in the attribution sentence (`he said on
//! Thursday`), or an event the quote calls `today's …` that the article dates elsewhere
//! (Trump's post about "today's telephone conversation", a call the lede dates Thursday).

use crate::text::Lowercase;
use crate::attribution::Attribution;
use crate::events::Ev;
use crate::layout::Layout;
use crate::lexicon::Lexicon;
use crate::text::Range;
use crate::times::{value, Date, Expr, Found, Tense};

const FUTURE: crate::text::Words = words![
    "due", "will", "'ll", "would", "shall", "going", "plan", "plans", "planned", "planning", "scheduled", "slated", "expected",
    "upcoming", "intends", "aims", "hopes", "ready", "soon",
];

/// Present-tense verbs of scheduled events: before a day they point forward.
const SCHEDULED: crate::text::Words = words![
    "begin", "begins", "start", "starts", "open", "opens", "meet", "meets", "resume", "resumes", "arrive", "arrives",
    "leave", "leaves", "travel", "travels", "visit", "visits", "head", "heads", "return", "returns", "vote", "votes",
    "convene", "convenes", "end", "ends", "close", "closes", "launch", "launches", "hold", "holds", "host", "hosts",
    "face", "faces", "play", "plays", "take", "takes", "kick", "kicks", "debate", "debates", "testify", "testifies",
    "run", "runs", "continue", "continues", "come", "comes", "go", "goes", "last", "lasts", "remain", "remains",
    "stay", "stays", "sit", "sits", "land", "lands", "expire", "expires", "reopen", "reopens",
];

/// Past or future for the clause of a time expression: a future marker before it in its
/// sentence (`will meet … on Thursday`, `is due to meet Thursday`), with no past-tense
/// reporting verb in between (`said on Tuesday that Iraq would …` stays past).
fn tense_at(lex: &Lexicon, layout: &Layout, r: Range) -> Tense {
    let sent = layout.sentence_range(r.start);
    let toks = &layout.toks;
    let a = toks.partition_point(|t| t.start < sent.start);
    let i = toks.partition_point(|t| t.start < r.start);
    let lo = a.max(i.saturating_sub(10));
    // "since January", "since Monday": the last one, whatever the verb.
    if (i > a && layout.lw(i - 1) == "since") || layout.lw(i) == "since" {
        return Tense::Past;
    }
    let words: Vec<&str> = (lo..i).map(|k| layout.lw(k)).collect();
    // Under AP's "UP NEXT" heading: "Oilers: At Seattle on Tuesday." is the next game.
    let p = layout.para_at(r.start);
    let up_next = (p.saturating_sub(3)..p).any(|q| {
        let x = crate::text::tok_at(toks, layout.para(q).start);
        toks.partition_point(|t| t.start < layout.para(q).end) == x + 2 && layout.lw(x) == "up" && layout.lw(x + 1) == "next"
    });
    let mut future = up_next;
    // Past-tense evidence: a finite past verb or a past adverb.
    let past = words.iter().enumerate().any(|(k, w)| {
        // "is heard", "to be held": a participle, not a past verb.
        let participle = k > 0 && among!(words[k - 1], "is" | "are" | "be" | "been" | "being" | "to" | "will");
        among!(*w, "was" | "were" | "had" | "did" | "said" | "told" | "ago" | "last" | "earlier" | "previously")
            || (w.len() > 4 && w.ends_with("ed") && !FUTURE.contains(w))
            || (lex.irregular_past.contains(w) && !participle)
    });
    for (k, &w) in words.iter().enumerate() {
        // "had been due to expire Friday": a plan already past.
        let perfect = k >= 1 && (words[k - 1] == "had" || (k >= 2 && words[k - 1] == "been" && words[k - 2] == "had"));
        let marker = (FUTURE.contains(w) && !perfect)
            || (w == "set" && words.get(k + 1).is_some_and(|&n| n == "to"))
            || (w == "early" && k >= 1 && words[k - 1] == "as")
            || w.ends_with("'ll")
            || w.ends_with("’ll")
            || (w == "to" && words.get(k + 1).is_some_and(|&n| n == "be"))
            || (among!(w, "is" | "are" | "am") && words.get(k + 1).is_some_and(|n| n.ends_with("ing") || *n == "to"))
            // "expects to release results in mid-November", "talks that are supposed to
            // conclude by May", "likely to buy as soon as trading opens Monday".
            || (among!(w, "expects" | "expect" | "supposed" | "likely" | "intend" | "aim" | "hope")
                && words.get(k + 1).is_some_and(|&n| n == "to"));
        if marker {
            future = true;
        } else if among!(w, "said" | "told" | "announced" | "reported" | "was" | "were" | "had" | "did")
            // ("would be told by January": a passive in the future.)
            && !(k >= 1 && among!(words[k - 1], "be" | "been" | "being"))
        {
            future = false;
        }
    }
    // "said they would look for ways around Wednesday's ruling": a day owning a thing that
    // exists already; "would" (the future seen from the past) does not move it ahead.
    let possessive = toks.get(toks.partition_point(|t| t.start < r.end)).is_some_and(|t| t.kind == crate::text::TokKind::Possessive);
    if future && possessive && words.contains(&"would") && !words.iter().any(|w| among!(*w, "will" | "shall" | "upcoming" | "scheduled" | "due") || w.ends_with("'ll") || w.ends_with("’ll")) {
        future = false;
    }
    // The verb right before the expression in the past ("Cuba predicted Wednesday", "was
    // announced Wednesday"), not a passive after a future marker ("to be released Friday").
    let mut v = i;
    while v > lo && among!(layout.lw(v - 1), "on" | "late" | "early" | "last" | "this") {
        v -= 1;
    }
    if v > lo {
        let verb = layout.lw(v - 1);
        let before = if v - 1 > lo { layout.lw(v - 2) } else { "" };
        if verb.len() > 4 && verb.ends_with("ed") && !FUTURE.contains(verb) && !among!(before, "be" | "to" | "will") {
            future = false;
        }
    }
    // A deadline moved or given: "extended its deadline until 9 a.m. Tuesday", "postponed
    // any action until Tuesday morning" — the day is still ahead.
    if words.last().is_some_and(|w| matches!(*w, "until" | "till")) {
        let moved = words.iter().any(|w| {
            ["extend", "postpon", "delay", "defer", "adjourn", "grant", "gave", "given", "push"].iter().any(|v| w.starts_with(v))
        });
        if moved {
            future = true;
        }
    }
    // A scheduled event in the present tense: "Arafat and Netanyahu meet separately Monday",
    // "the trial opens Tuesday" (news writes what has happened in the past tense).
    if !future && !past {
        let mut k = i;
        while k > lo && (among!(layout.lw(k - 1), "on" | "again" | "late" | "early") || layout.lw(k - 1).ends_with("ly")) {
            k -= 1;
        }
        if k > lo && SCHEDULED.contains(layout.lw(k - 1)) && !(k >= lo + 2 && among!(layout.lw(k - 2), "to" | "did" | "didn't" | "would")) {
            future = true;
        }
        // Further back in the clause, over a range or a clock time: "The festival runs from
        // Monday to Wednesday", "Polls open at 7 a.m. on Tuesday", "Voters go to the polls on
        // Sunday", "The hearing is on Wednesday", "Talks are set for Thursday".
        let clause_start = (lo..i).rev().find(|&k| among!(layout.lw(k), "," | ";" | ":" | "that")).map_or(lo, |k| k + 1);
        if (clause_start..i).any(|k| schedules(layout, k, clause_start, i)) {
            future = true;
        }
    }
    // A reported clause with a schedule of its own: "He said the match is on Saturday",
    // "Officials said voters go to the polls on Sunday" (the report is past, the schedule not).
    if !future {
        if let Some(r) = (lo..i).rev().find(|&k| among!(layout.lw(k), "said" | "says" | "told" | "tells" | "announced" | "added" | "stated" | "confirmed")) {
            for k in r + 2..i {
                let w = layout.lw(k);
                if among!(w, "was" | "were" | "had") || lex.past_form(w) {
                    break;
                }
                if schedules(layout, k, r + 1, i) {
                    future = true;
                }
            }
        }
    }
    // Inside the expression itself: "next Friday" is already directed; "tomorrow" too.
    if future || layout.lw(i) == "next" {
        Tense::Future
    } else if past {
        Tense::Past
    } else {
        tense_after(lex, layout, r, sent)
    }
}

/// Whether token `k` (in a clause from `from`, before the expression at `i`) states a
/// schedule in the present: a verb of scheduled events not after "to", "did", an article or a
/// perfect ("runs", "open", "go"), or "is" / "are" before "on", "set", "due" or the day itself.
fn schedules(layout: &Layout, k: usize, from: usize, i: usize) -> bool {
    let w = layout.lw(k);
    let prev = if k > from { layout.lw(k - 1) } else { "" };
    let next = layout.lw(k + 1);
    // ("the only thing close to a 200,000 figure": an adjective.)
    let present = SCHEDULED.contains(w) && !among!(prev, "to" | "did" | "didn't" | "would" | "the" | "a" | "an" | "have" | "has" | "had" | "having") && !(w == "close" && next == "to");
    // "The vote is on Monday", "The vote is at 10 a.m. on Monday".
    let copula = matches!(w, "is" | "are") && (among!(next, "on" | "set" | "slated" | "due") || k + 1 == i || (next == "at" && k + 2 == i));
    present || copula
}

/// With no evidence before the expression, the first verb after it in its sentence decides
/// (`In March, the company received an offer`, `On Friday the talks will resume`).
fn tense_after(lex: &Lexicon, layout: &Layout, r: Range, sent: Range) -> Tense {
    let toks = &layout.toks;
    let j = toks.partition_point(|t| t.start < r.end);
    // An expression opening its sentence governs what follows its comma; one later in the
    // sentence ends its clause at the comma ("… in early March, an official said").
    let opening = toks.partition_point(|t| t.start < r.start) <= toks.partition_point(|t| t.start < sent.start) + 2;
    let end = toks.partition_point(|t| t.start < sent.end).min(j + if opening { 32 } else { 12 });
    for k in j..end {
        let w = layout.lw(k);
        let prev = if k > j { layout.lw(k - 1) } else { "" };
        // An opening expression reaches over an adjunct to its main clause: "In January, a
        // week after the anniversary, a bomb exploded".
        // ("an announcement in September by John Kerry that the US would accept more
        // refugees", "at the July convention if he does not secure the delegates needed":
        // a clause of its own after "that" or "if".)
        if matches!(w, ";" | ":") || (among!(w, "," | "that" | "which" | "who" | "if" | "unless" | "because" | "when" | "while" | "although") && !opening) {
            break;
        }
        let next = layout.lw(k + 1);
        if among!(w, "will" | "shall" | "would" | "scheduled" | "due")
            || (among!(w, "is" | "are" | "plans" | "plan" | "intends" | "aims" | "hopes" | "expects") && next == "to")
            || w.ends_with("'ll")
            || w.ends_with("’ll")
        {
            return Tense::Future;
        }
        let participle = among!(prev, "be" | "been" | "being" | "to" | "is" | "are" | "has" | "have");
        if among!(w, "was" | "were" | "had" | "did" | "said" | "told")
            || (!participle && lex.past_form(w))
        {
            return Tense::Past;
        }
    }
    Tense::Unmarked
}

/// In a results report, "a year ago" / "a year earlier" / "the year-ago period" near a
/// quarter means that quarter a year before: the quarter named in this sentence or the two
/// before it ("third-quarter profit … from $2 a share a year earlier"), else the one just ended.
fn year_ago_quarter(text: &str, layout: &Layout, t: &Found, doc: Option<Date>) -> Option<String> {
    let (Expr::Ago(n, crate::times::Unit::Year), Some(a)) = (&t.expr, doc) else { return None };
    if *n != 1.0 {
        return None;
    }
    let si = layout.sentence_at(t.range.start);
    let from = layout.sentences.get(si.saturating_sub(2))?.range.start;
    let to = layout.sentences.get(si)?.range.end;
    let context = text.get(from..to)?.to_ascii_lowercase();
    let cut = t.range.start.saturating_sub(from).min(context.len());
    let before = context.get(..cut).unwrap_or(&context);
    if !context.contains("quarter") {
        return None;
    }
    let just_ended = (a.month as i32 - 1) / 3; // 0 means Q4 of last year
    let named = ["first", "second", "third", "fourth"]
        .iter()
        .zip(1..=4)
        .filter_map(|(w, q)| {
            let at = before.rfind(&format!("{w} quarter")).or_else(|| before.rfind(&format!("{w}-quarter")))?;
            Some((at, q))
        })
        .max();
    let (y, q) = match named {
        // In the first months of a year, the fourth quarter is last year's.
        Some((_, 4)) if just_ended == 0 => (a.year - 1, 4),
        Some((_, q)) => (a.year, q),
        None if just_ended == 0 => (a.year - 1, 4),
        None => (a.year, just_ended),
    };
    Some(format!("{:04}-Q{}", y - 1, q as u32))
}

/// The value of a time against `anchor`, in the tense of its clause. A day and month that a
/// past event verb governs directly ("the office closed on 23 December", written in October)
/// is the last such day, not the next: news reports deadlines and payment dates in past
/// clauses too ("was extended to Nov. 16", "payable Dec. 15"), so only "on" or nothing may
/// stand between the verb and the day.
fn dated(lex: &Lexicon, layout: &Layout, t: &Found, anchor: Option<Date>) -> String {
    let v = value(&t.expr, anchor, tense_at(lex, layout, t.range));
    let (Expr::MonthDay(..), Some(a), Some(d)) = (&t.expr, anchor, as_date(&v)) else { return v };
    if d.days() <= a.days() || !happened_on(lex, layout, t.range) {
        return v;
    }
    format!("{:04}{}", d.year - 1, &v[4..])
}

/// A past event verb right before the expression, through "on": "closed on", "reopened".
fn happened_on(lex: &Lexicon, layout: &Layout, r: Range) -> bool {
    let toks = &layout.toks;
    let sent = layout.sentence_range(r.start);
    let a = toks.partition_point(|t| t.start < sent.start);
    let mut v = toks.partition_point(|t| t.start < r.start);
    if v > a && layout.lw(v - 1) == "on" {
        v -= 1;
    }
    if v <= a {
        return false;
    }
    let verb = layout.lw(v - 1);
    let before = if v - 1 > a { layout.lw(v - 2) } else { "" };
    const MOVED: crate::text::Words = words!["extended", "postponed", "delayed", "deferred", "moved", "rescheduled", "slated", "pushed", "adjourned", "set", "fixed", "expected", "scheduled", "planned", "due"];
    lex.past_form(verb) && !MOVED.contains(verb) && !FUTURE.contains(verb) && !among!(before, "be" | "to" | "will" | "would" | "is" | "are" | "been")
}

fn as_date(v: &str) -> Option<Date> {
    Date::parse(v.get(..10)?)
}

/// Values for every found time, in order.
pub fn normalise(lex: &Lexicon, text: &str, layout: &Layout, attr: &Attribution, evs: &[Ev], times: &[Found]) -> Vec<String> {
    let doc = layout.date;
    let quote_of = |t: &Found| attr.quote_containing(t.range);
    let base: Vec<String> = times.iter().map(|t| year_ago_quarter(text, layout, t, doc).unwrap_or_else(|| dated(lex, layout, t, doc))).collect();
    let mut anchors: Vec<Option<Date>> = vec![doc; attr.quotes.len()];
    // A date in the attribution sentence, outside the quote.
    for (qi, q) in attr.quotes.iter().enumerate() {
        let Some(cue) = q.cue else { continue };
        let sent = layout.sentence_range(cue.start);
        let first = times.partition_point(|t| t.range.start < sent.start);
        for (ti, t) in times.iter().enumerate().skip(first).take_while(|(_, t)| t.range.start < sent.end) {
            if sent.contains(t.range) && !q.range.contains(t.range) && t.range.start.abs_diff(cue.start) < 60 {
                if let Some(d) = as_date(crate::text::at(&base, ti).as_str()) {
                    anchors[qi] = Some(d);
                }
            }
        }
    }
    // "today's telephone conversation" about a call the article dates elsewhere.
    for ev in evs {
        let Some(&first) = ev.times.iter().find(|&&t| quote_of(crate::text::at(times, t)).is_none()) else { continue };
        let Some(d) = as_date(crate::text::at(&base, first).as_str()) else { continue };
        for &t in &ev.times {
            if let (Some(q), Expr::DayOffset(0, _)) = (quote_of(crate::text::at(times, t)), crate::text::at(times, t).expr.day()) {
                anchors[q] = Some(d);
            }
        }
        // "today's X" directly before a trigger of this event, inside a quote.
        for m in &ev.mentions {
            let from = crate::text::floor_char(text, m.start.saturating_sub(12));
            let before = crate::text::cut(text, from, m.start).trim_end().lowercase();
            if before.ends_with("today's") || before.ends_with("today’s") {
                if let Some(q) = attr.quote_containing(*m) {
                    anchors[q] = Some(d);
                }
            }
        }
    }
    let mut out: Vec<String> = times
        .iter()
        .enumerate()
        .map(|(ti, t)| match quote_of(t) {
            Some(q) if anchors[q] != doc => dated(lex, layout, t, anchors[q]),
            _ => crate::text::at(&base, ti).clone(),
        })
        .collect();
    // "The following day", "that year": from the last date the story gave, in its paragraph
    // or the three before, precise enough for the unit. Each resolved one anchors the next.
    // The last anchor of each precision (0 year, 1 month, 2 day): (date, paragraph).
    let mut last: [Option<(Date, usize)>; 3] = [None; 3];
    let mut night = false;
    for ti in 0..times.len() {
        let para = layout.para_at(crate::text::at(times, ti).range.start);
        // The date a time is read from, where the story gave one before it.
        let from = match &crate::text::at(times, ti).expr {
            Expr::Anaphoric(inner) => {
                let need = match &**inner {
                    Expr::Relative(crate::times::Unit::Year, _) => 0,
                    Expr::Relative(crate::times::Unit::Month, _) => 1,
                    _ => 2,
                };
                // "Oct. 12, the day before the plunge": in apposition, the date itself.
                let apposed = ti > 0 && text.get(crate::text::at(times, ti - 1).range.end..crate::text::at(times, ti).range.start).is_some_and(|g| g.trim() == ",") && anchor_of(crate::text::at(&out, ti - 1).as_str()).is_some_and(|(_, p)| p >= need);
                if apposed {
                    out[ti] = crate::text::at(&out, ti - 1).clone();
                    None
                } else {
                    last[need].filter(|&(_, p)| para <= p + 3).map(|(d, _)| d)
                }
            }
            // "… on Tuesday night. Officers were called at about 7:30 p.m.": a clock time alone
            // is on the day the story last named, in its paragraph or the one before (a small
            // hour after a night: the next day).
            &Expr::Clock(h, _) => last[2].filter(|&(_, p)| para <= p + 1).map(|(d, _)| if night && h < 6 { d.add_days(1) } else { d }),
            _ => None,
        };
        if let Some(d) = from {
            out[ti] = value(&crate::text::at(times, ti).expr, Some(d), tense_at(lex, layout, crate::text::at(times, ti).range));
        }
        // (Not the day a report was made: "…, police said Wednesday.")
        let before = crate::text::cut(text, 0, crate::text::at(times, ti).range.start).trim_end();
        let said = before.strip_suffix(" on").unwrap_or(before).rsplit(' ').next().is_some_and(|w| among!(w, "said" | "says" | "announced" | "confirmed" | "reported" | "added"));
        if let Some((d, precision)) = anchor_of(crate::text::at(&out, ti).as_str()).filter(|_| !said) {
            for slot in &mut last[..=precision] {
                *slot = Some((d, para));
            }
            night = crate::text::at(&out, ti).ends_with("TNI") || crate::text::at(&out, ti).ends_with("TEV") || matches!(crate::text::at(times, ti).expr, Expr::Clock(h, _) if (18..24).contains(&h));
        }
    }
    weekday_ranges(lex, text, layout, times, &mut out);
    out
}

/// "between Tuesday and Thursday", "from Monday to Wednesday": the second day of a range of
/// weekdays comes after the first, within a week. When each was resolved on its own the
/// other way round, the future moves the end a week on, the past the start a week back.
fn weekday_ranges(lex: &Lexicon, text: &str, layout: &Layout, times: &[Found], out: &mut [String]) {
    for ti in 1..times.len() {
        let (a, b) = (crate::text::at(times, ti - 1), crate::text::at(times, ti));
        if !matches!(a.expr, Expr::Weekday(..)) || !matches!(b.expr, Expr::Weekday(..)) {
            continue;
        }
        let gap = crate::text::cut(text, a.range.end, b.range.start).trim();
        // ("made Friday and Thursday" lists two days: "and" only after "between".)
        let between = crate::text::cut(text, 0, a.range.start).trim_end().rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("between"));
        if !(among!(gap, "to" | "through" | "until" | "till" | "-" | "–" | "—") || gap == "and" && between) {
            continue;
        }
        let (Some((da, 2)), Some((db, 2))) = (anchor_of(crate::text::at(out, ti - 1).as_str()), anchor_of(crate::text::at(out, ti).as_str())) else { continue };
        if db.days() >= da.days() {
            continue;
        }
        // (A range from the dateline's own day runs on from it: "rain between Tuesday and
        // Thursday" in Tuesday's paper, whatever tense reports the forecast.)
        let today = layout.date.map(|d| d.days());
        if today != Some(da.days()) && (today == Some(db.days()) || tense_at(lex, layout, a.range) == Tense::Past) {
            out[ti - 1] = da.add_days(-7).to_string();
        } else {
            out[ti] = db.add_days(7).to_string();
        }
    }
}

/// A value as an anchor date (the first day of a month or year) and its precision: 0 for
/// `YYYY`, 1 for `YYYY-MM`, 2 for `YYYY-MM-DD`.
fn anchor_of(v: &str) -> Option<(Date, usize)> {
    let b = v.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if !digits(0..4) || b.get(4).is_some_and(|&c| c != b'-') {
        return None;
    }
    let year: i32 = v[..4].parse().ok()?;
    let month = if digits(5..7) { v[5..7].parse().ok()? } else { 0 };
    let day = if month > 0 && digits(8..10) { v[8..10].parse().ok()? } else { 0 };
    let precision = if day > 0 { 2 } else if month > 0 { 1 } else { 0 };
    Some((Date::new(year, month.max(1), day.max(1))?, precision))
}

#[cfg(test)]
mod tests {
    use crate::{Date, Extractor, Options};

    fn value_of(text: &str, expr: &str) -> String {
        let a = Extractor::new().extract(text, &Options { date: Date::parse("1990-08-15"), ..Options::default() }).unwrap();
        a.times.iter().find(|t| t.span.text == expr).unwrap().value.clone()
    }

    /// Weekdays in a Wednesday 1990-08-15 article: past unless a future marker governs them.
    #[test]
    fn weekday_tense_from_the_governing_clause() {
        assert_eq!(value_of("The ambassador said on Tuesday that Iraq would retaliate.", "Tuesday"), "1990-08-14");
        assert_eq!(value_of("The king will meet Bush on Thursday in Maine.", "Thursday"), "1990-08-16");
        assert_eq!(value_of("The king met Bush on Monday.", "Monday"), "1990-08-13");
        assert_eq!(value_of("Talks are due to resume next Monday.", "next Monday"), "1990-08-20");
    }

    /// A month's clause ends where another begins ("that", "if"), and "close to" is no
    /// scheduled closing.
    #[test]
    fn month_tense_from_its_own_clause() {
        assert_eq!(value_of("The only thing close to that figure is a pledge in June by the minister.", "June"), "1990-06");
        assert_eq!(value_of("The report in June that the city would need more water is wrong.", "June"), "1990-06");
        assert_eq!(value_of("The convention in October is crucial if he does not win the delegates needed.", "October"), "1990-10");
    }

    /// "a year ago" beside a quarter is the reported quarter, a year before.
    #[test]
    fn year_ago_in_a_results_report() {
        assert_eq!(value_of("Profit rose 5% in the quarter from a year ago.", "a year ago"), "1989-Q2");
        assert_eq!(value_of("He left the firm a year ago.", "a year ago"), "1989");
    }
}
