//! Pass 4 — quotes: quote marks paired per paragraph (curly, straight, guillemets, low-9,
//! single), apostrophes told apart, multi-paragraph quotes joined, a missing closer recovered
//! at the paragraph end; each span classified as a direct quote or a partial one.

use crate::text::Lowercase;
use crate::layout::Layout;
use crate::lexicon::Lexicon;
use crate::text::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QKind {
    Direct,
    Partial,
}

#[derive(Clone, Debug)]
pub struct QuoteSpan {
    /// The quote with its marks.
    pub range: Range,
    /// Inside the marks.
    pub content: Range,
    pub kind: QKind,
    /// Index of the enclosing quote, for a quote inside a quote.
    pub nested_in: Option<usize>,
    /// The closing mark was missing; the quote was closed at the paragraph end.
    pub recovered: bool,
    /// Paragraphs spanned (first, last).
    pub paras: (usize, usize),
    /// The name of a work, show or event (`on CNN's "State of the Union"`, `the "Access
    /// Hollywood" tape`): partial, and nobody's words.
    pub title: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Open,
    Close,
    Either,
}

fn flanks(prev: char, next: char) -> (bool, bool) {
    let space_or_start = |c: char| c.is_whitespace() || c == '\0';
    let left = !space_or_start(next)
        && (space_or_start(prev) || matches!(prev, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '«' | '„' | '"' | '\''));
    let right = !space_or_start(prev)
        && (space_or_start(next) || matches!(next, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '”' | '’' | '»' | '"' | '\'' | '\0'));
    (left, right)
}

fn double_role(c: char, prev: char, next: char) -> Option<Role> {
    if !matches!(c, '“' | '«' | '„' | '»' | '”' | '"') {
        return None;
    }
    let (left, right) = flanks(prev, next);
    Some(match c {
        // A wrong-way “ after the words and before a space closes ("…fascist?“ he asked").
        '“' if right && !left => Role::Close,
        '“' | '«' | '„' => Role::Open,
        '»' => Role::Close,
        '”' => {
            if left && !right {
                Role::Either
            } else {
                Role::Close
            }
        }
        '"' => match (left, right) {
            (true, false) => Role::Open,
            (false, true) => Role::Close,
            _ => Role::Either,
        },
        _ => return None,
    })
}

/// Single marks: `Some(Open)` / `Some(Close)` when the mark can be a quote mark, `None` for an
/// apostrophe (`don't`, `'90s`, `rock 'n' roll`).
fn single_role(chars: &[(usize, char)], i: usize) -> Option<Role> {
    let c = ch(chars, i).1;
    let prev = if i > 0 { ch(chars, i - 1).1 } else { '\0' };
    let next = chars.get(i + 1).map_or('\0', |x| x.1);
    let next2 = chars.get(i + 2).map_or('\0', |x| x.1);
    if prev.is_alphanumeric() && next.is_alphanumeric() || (c == '\'' && (prev == '\'' || next == '\'')) {
        return None;
    }
    let (left, right) = flanks(prev, next);
    if left && !right {
        // Elisions: '90s, 'n', 'em, 'til, 'cause, 'tis.
        if next.is_ascii_digit() && next2.is_ascii_digit() {
            return None;
        }
        let word: String = chars[i + 1..].iter().take_while(|x| x.1.is_alphabetic()).map(|x| x.1.to_ascii_lowercase()).collect();
        let after = chars.get(i + 1 + word.chars().count()).map_or('\0', |x| x.1);
        if among!(word.as_str(), "n" | "em" | "til" | "cause" | "tis" | "twas" | "s") && (after.is_whitespace() || crate::text::is_apostrophe(after)) {
            return None;
        }
        return if c == '’' && !matches!(prev, '\0' | ' ' | '\n' | '(' | '"' | '“' | '—') { None } else { Some(Role::Open) };
    }
    if right && !left {
        return Some(Role::Close);
    }
    None
}

pub fn find(lex: &Lexicon, text: &str, layout: &Layout) -> Vec<QuoteSpan> {
    let mut out: Vec<QuoteSpan> = Vec::new();
    // Double quotes found inside another (their single marks are read with the outer one's).
    let mut nested_doubles: Vec<usize> = Vec::new();
    // A double quote left open at the end of the previous paragraph: (start, paragraph).
    let mut carry: Option<(usize, usize)> = None;
    for (pi, para) in layout.paragraphs.iter().enumerate() {
        let ptext = para.slice(text);
        if carry.is_none() && !ptext.contains(['“', '«', '„', '»', '”', '"']) && !ptext.contains("''") && !ptext.contains("``") {
            continue;
        }
        let chars: Vec<(usize, char)> = ptext.char_indices().map(|(o, c)| (para.start + o, c)).collect();
        let mut open: Option<(usize, usize)> = None;
        let first_mark = chars.iter().position(|x| !x.1.is_whitespace());
        if let Some((start, p0)) = carry.take() {
            // The next paragraph reopens it with the same kind of mark: a paragraph that opens
            // with a curly mark after a straight one left open starts a quote of its own.
            let family = |c: char| match c {
                '"' => 0,
                '«' => 1,
                _ => 2,
            };
            let carried = if crate::text::cut(text, start, text.len()).starts_with("''") { '"' } else if crate::text::cut(text, start, text.len()).starts_with("``") { '“' } else { crate::text::cut(text, start, text.len()).chars().next().unwrap_or('"') };
            let starts_with_opener = first_mark.is_some_and(|k| {
                let c = doubled(&chars, k).0;
                matches!(c, '“' | '"' | '«' | '„') && family(c) == family(carried)
            });
            if starts_with_opener && !layout.boilerplate[pi] && !names_new_speaker(lex, &chars, first_mark.unwrap_or(0)) {
                open = Some((start, p0));
            } else {
                push(&mut out, text, start, layout.para(pi - 1).end, true, (p0, pi - 1));
            }
        }
        let mut skip_first = open.is_some();
        // A curly quote nested in a curly quote (“… what he calls “hell” than …”): its start.
        let mut inner: Option<usize> = None;
        let mut k = 0;
        while k < chars.len() {
            let pos = ch(&chars, k).0;
            let (c, n, role) = double_mark(&chars, k);
            k += n;
            let mark_len = if n == 2 { 2 } else { c.len_utf8() };
            let Some(role) = role else { continue };
            if skip_first {
                // The opener that continues a multi-paragraph quote.
                skip_first = false;
                continue;
            }
            // German style „…“: after a low-9 opener, “ closes.
            let role = match open {
                Some((start, _)) if c == '“' && crate::text::cut(text, start, text.len()).starts_with('„') => Role::Close,
                _ => role,
            };
            match (open, role) {
                (None, Role::Open | Role::Either) => open = Some((pos, pi)),
                (None, Role::Close) => {}
                (Some(_), Role::Close | Role::Either) if inner.is_some() => {
                    let s = inner.take().unwrap_or(pos);
                    push(&mut out, text, s, pos + mark_len, false, (pi, pi));
                    nested_doubles.push(out.len() - 1);
                }
                (Some((start, _)), Role::Open) if c == '“' && crate::text::cut(text, start, text.len()).starts_with('“') && two_closers(&chars, k) => inner = Some(pos),
                (Some((start, p0)), Role::Close | Role::Either) => {
                    push(&mut out, text, start, pos + mark_len, false, (p0, pi));
                    open = None;
                }
                (Some((start, p0)), Role::Open) => {
                    // The earlier quote lost its closer: end it before this one.
                    let end = crate::text::cut(text, 0, pos).trim_end().len().max(start + 1);
                    push(&mut out, text, start, end, true, (p0, pi));
                    open = Some((pos, pi));
                }
            }
        }
        if let Some(o) = open {
            carry = Some(o);
        }
    }
    if let Some((start, p0)) = carry {
        let last = layout.paragraphs.len() - 1;
        push(&mut out, text, start, layout.para(last).end, true, (p0, last));
    }
    out.retain(|q| q.content.len() > 0);
    // Single quotes: nested inside double quotes, and top-level (headline and UK style).
    let doubles = out.len();
    // (Pushed in order, so a binary search finds them.)
    for qi in (0..doubles).filter(|qi| nested_doubles.binary_search(qi).is_err()) {
        let scope = out[qi].content;
        singles(text, scope, Some(qi), layout, &mut out, None);
    }
    // A UK-style quote left open at a paragraph's end, introduced as speech: (start, paragraph).
    // The next paragraph reopens it with a single mark (one quote over both), or it ends there.
    let mut carry: Option<(usize, usize)> = None;
    for (pi, para) in layout.paragraphs.iter().enumerate() {
        if layout.boilerplate[pi] {
            continue;
        }
        let reopened = carry.take().and_then(|(start, p0)| {
            let chars: Vec<(usize, char)> = para.slice(text).char_indices().take(3).map(|(o, c)| (para.start + o, c)).collect();
            let first = chars.iter().position(|x| !x.1.is_whitespace());
            if first.is_some_and(|k| matches!(ch(&chars, k).1, '\'' | '‘') && single_role(&chars, k) == Some(Role::Open)) {
                Some((start, p0))
            } else {
                push(&mut out, text, start, layout.para(pi - 1).end, true, (p0, pi - 1));
                None
            }
        });
        let mut gaps = Vec::new();
        let mut pos = para.start;
        let k = out[..doubles].partition_point(|q| q.range.end <= para.start);
        let mut here: Vec<Range> = out[k..doubles].iter().take_while(|q| q.range.start < para.end).filter(|q| q.range.overlaps(*para)).map(|q| q.range).collect();
        crate::order::sort_by_key(&mut here, |r| r.start);
        // UK style: `said: 'One nurse told me: "I go home and cry."'` — a single-quoted quote
        // around double ones, introduced as speech; the double quotes then nest inside it.
        let mut occupied = here.clone();
        if !here.is_empty() {
            let mut probe = Vec::new();
            singles(text, *para, None, layout, &mut probe, None);
            // (The probe's spans do not overlap, so each double quote is looked at once for
            // them all; the furthest end so far finds one that starts before a span and runs
            // into it.)
            let reach: Vec<usize> = here.iter().scan(0, |m, d| {
                *m = d.end.max(*m);
                Some(*m)
            }).collect();
            for q in probe {
                let lo = here.partition_point(|d| d.start < q.range.start);
                let hi = here.partition_point(|d| d.start < q.range.end);
                let holds = lo < hi && here[lo..hi].iter().all(|d| d.end <= q.range.end);
                let crosses = lo > 0 && reach[lo - 1] > q.range.start;
                if holds && !crosses && introduces(crate::text::cut(text, para.start, q.range.start)) {
                    occupied.push(q.range);
                    out.push(q);
                }
            }
            crate::order::sort_by_key(&mut occupied, |r| r.start);
        }
        for q in occupied {
            if q.start > pos {
                gaps.push(Range::new(pos, q.start));
            }
            pos = pos.max(q.end);
        }
        if pos < para.end {
            gaps.push(Range::new(pos, para.end));
        }
        let n = gaps.len();
        for (gi, g) in gaps.into_iter().enumerate() {
            let from = if gi == 0 && g.start == para.start { reopened } else { None };
            let open = singles(text, g, None, layout, &mut out, from);
            if gi + 1 == n && g.end == para.end {
                carry = open.filter(|&(start, p0)| p0 < pi || introduces(crate::text::cut(text, para.start, start)));
            }
        }
    }
    if let Some((start, p0)) = carry {
        let last = layout.paragraphs.len() - 1;
        push(&mut out, text, start, layout.para(last).end, true, (p0, last));
    }
    crate::order::sort_by_key(&mut out, |q| (q.range.start, std::cmp::Reverse(q.range.end)));
    // Renumber nesting after sorting.
    // Sorted by start (longest first), quotes nest like brackets: a stack finds the parent.
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..out.len() {
        let r = out[i].range;
        while stack.last().is_some_and(|&j| !(out[j].range.contains(r) && out[j].range != r)) {
            stack.pop();
        }
        out[i].nested_in = stack.last().copied();
        stack.push(i);
    }
    for q in out.iter_mut() {
        q.title = is_title(text, layout, q);
        q.kind = if q.title { QKind::Partial } else { classify(text, layout, q) };
    }
    out
}

/// Words a title keeps in lower case.
const TITLE_SMALL: crate::text::Words = words!["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "vs.", "&"];

/// A short title-case quote after a possessive, a preposition or an article, or after
/// "titled": the name of a show, a book, a forum, a tape (`told MSNBC's "Morning Joe" that`,
/// `On Tuesday's episode of "The Steve Harvey Morning Show,"`). Nicknames after "called" and
/// quotes that open a sentence or follow a cue, a comma or a colon are not titles.
fn is_title(text: &str, layout: &Layout, q: &QuoteSpan) -> bool {
    if q.recovered {
        return false;
    }
    let content = q.content.slice(text).trim().trim_end_matches([',', '.', ':', ';']);
    let words: Vec<&str> = content.split_whitespace().collect();
    if words.len() < 2 || words.len() > 8 || content.ends_with(['!', '?']) {
        return false;
    }
    let titled = words.iter().enumerate().all(|(i, w)| {
        let first = w.chars().find(|c| c.is_alphanumeric());
        first.is_none_or(|c| c.is_uppercase() || c.is_numeric()) || i > 0 && TITLE_SMALL.contains(w.lowercase().as_str())
    });
    if !titled {
        return false;
    }
    let para = layout.para(q.paras.0);
    let before = crate::text::cut(text, para.start, q.range.start).trim_end();
    // In a title-case headline (`Issa: Hillary Clinton's 'Honesty Is In Question'`) every
    // quote looks like a title.
    // (At most 26 words are read: a headline is short, and a long paragraph is none.)
    let lead: Vec<&str> = before.split_whitespace().rev().filter(|w| w.starts_with(char::is_alphabetic)).take(26).collect();
    if (3..26).contains(&lead.len()) && lead.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return false;
    }
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let lw = last.lowercase();
    lw.ends_with("'s") || lw.ends_with("\u{2019}s") || lw.ends_with("s'") || lw.ends_with("s\u{2019}")
        || among!(lw.as_str(), "of" | "on" | "in" | "at" | "from" | "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "titled" | "entitled" | "headlined" | "program" | "programme" | "show" | "book" | "film" | "movie" | "series" | "column" | "album" | "song")
}

/// The mark at `k`: a doubled ASCII mark (two apostrophes `''`, two backticks ``` `` ```, as
/// some wires and archives write quotation marks) counts as one double mark `"` / `“`.
/// Returns the mark and how many characters it takes.
/// Whether the next two double marks of the paragraph from `k` both close: a curly opener
/// inside an open curly quote then starts a nested quote rather than showing that the open
/// one lost its closer.
fn two_closers(chars: &[(usize, char)], mut k: usize) -> bool {
    let mut closers = 0;
    while k < chars.len() && closers < 2 {
        let (_, n, role) = double_mark(chars, k);
        k += n;
        match role {
            Some(Role::Open) => return false,
            Some(_) => closers += 1,
            None => {}
        }
    }
    closers == 2
}

/// The double mark at `k` (`''` and ``` `` ``` read as one), how many characters it takes,
/// and its role; no role for other characters and for `''` between letters.
fn double_mark(chars: &[(usize, char)], k: usize) -> (char, usize, Option<Role>) {
    let (c, n) = doubled(chars, k);
    let prev = if k > 0 { ch(chars, k - 1).1 } else { '\0' };
    let next = chars.get(k + n).map_or('\0', |x| x.1);
    if n == 2 && prev.is_alphanumeric() && next.is_alphanumeric() {
        return (c, n, None);
    }
    (c, n, double_role(c, prev, next))
}

fn doubled(chars: &[(usize, char)], k: usize) -> (char, usize) {
    let c = ch(chars, k).1;
    match (c, chars.get(k + 1).map(|x| x.1)) {
        ('\'', Some('\'')) => ('"', 2),
        ('`', Some('`')) => ('“', 2),
        _ => (c, 1),
    }
}

fn push(out: &mut Vec<QuoteSpan>, text: &str, start: usize, end: usize, recovered: bool, paras: (usize, usize)) {
    let two = |s: &str| s.starts_with("''") || s.starts_with("``");
    let open_len = if two(crate::text::cut(text, start, text.len())) { 2 } else { crate::text::cut(text, start, text.len()).chars().next().map_or(1, char::len_utf8) };
    let close_len = if recovered {
        0
    } else if crate::text::cut(text, 0, end).ends_with("''") && end >= start + open_len + 2 {
        2
    } else {
        crate::text::cut(text, 0, end).chars().last().map_or(1, char::len_utf8)
    };
    let end = end.max(start + open_len);
    let content = Range::new(start + open_len, (end - close_len).max(start + open_len));
    out.push(QuoteSpan { range: Range::new(start, end), content, kind: QKind::Direct, nested_in: None, recovered, paras, title: false });
}

/// Single-quoted spans in `scope`. `carried` is a quote left open at the end of the paragraph
/// before, which this scope's first mark reopens. Returns the quote still open at the scope's
/// end, as (start, paragraph).
fn singles(text: &str, scope: Range, nested: Option<usize>, layout: &Layout, out: &mut Vec<QuoteSpan>, carried: Option<(usize, usize)>) -> Option<(usize, usize)> {
    let s = scope.slice(text);
    if !s.contains(['\'', '‘', '’']) {
        return carried;
    }
    let chars: Vec<(usize, char)> = s.char_indices().map(|(o, c)| (scope.start + o, c)).collect();
    // The open mark: (offset, mark, paragraph).
    let mut open: Option<(usize, char, usize)> = None;
    let mut reopen = carried.map(|(start, p0)| (start, crate::text::cut(text, start, text.len()).chars().next().unwrap_or('\''), p0));
    // The last closing mark right after a sentence stop, found once when first needed.
    let mut last_stop_close: Option<Option<usize>> = None;
    for k in 0..chars.len() {
        let c = ch(&chars, k).1;
        if !matches!(c, '\'' | '‘' | '’') {
            continue;
        }
        let Some(role) = single_role(&chars, k) else { continue };
        if let Some(r) = reopen.take() {
            // The mark that continues the quote from the paragraph before.
            open = Some(r);
            continue;
        }
        let here = |k: usize| (ch(&chars, k).0, ch(&chars, k).1, layout.para_at(ch(&chars, k).0));
        match (open, role) {
            (None, Role::Open) => open = Some(here(k)),
            (Some((start, mark, p0)), Role::Close) => {
                // "the companies' hands.'": a plural possessive inside the quote when the words
                // run on in lower case and a mark after a sentence stop closes it later.
                let plural = k > 0
                    && ch(&chars, k - 1).1 == 's'
                    && chars[k + 1..].iter().map(|x| x.1).find(|c| *c != ' ').is_some_and(char::is_lowercase)
                    && *last_stop_close.get_or_insert_with(|| {
                        (1..chars.len())
                            .rev()
                            .find(|&j| matches!(ch(&chars, j).1, '\'' | '’') && matches!(ch(&chars, j - 1).1, '.' | ',' | '!' | '?') && single_role(&chars, j) == Some(Role::Close))
                    })
                    > Some(k);
                if plural {
                    continue;
                }
                let end = ch(&chars, k).0 + c.len_utf8();
                if mark == '’' && c == '‘' {
                    open = None;
                    continue;
                }
                let p = layout.para_at(ch(&chars, k).0);
                let mut q = QuoteSpan {
                    range: Range::new(start, end),
                    content: Range::new(start + mark.len_utf8(), ch(&chars, k).0),
                    kind: QKind::Partial,
                    nested_in: nested,
                    recovered: false,
                    paras: (p0, p),
                    title: false,
                };
                if q.content.len() == 0 {
                    q.content = q.range;
                }
                out.push(q);
                open = None;
            }
            (Some(_), Role::Open) => open = Some(here(k)),
            _ => {}
        }
    }
    open.map(|(start, _, p0)| (start, p0))
}

/// Whether the quote a paragraph opens at `k` is attributed by name right after its first
/// closing mark (`“…,” added Rep. Jim Clyburn`, `“…,” Clyburn said`): then it is a new
/// quote, not the continuation of one the paragraph before left open. (`he said` may
/// continue one.)
fn names_new_speaker(lex: &Lexicon, chars: &[(usize, char)], k: usize) -> bool {
    let Some(close) = (k + 1..chars.len()).find(|&i| matches!(ch(chars, i).1, '”' | '"' | '»' | '“')) else { return false };
    let rest: String = chars[close + 1..].iter().take(60).map(|x| x.1).collect();
    let words: Vec<&str> = rest.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).take(5).collect();
    let verb = |w: &str| speech_verb(lex, w.trim_end_matches(['.', ';', ':']));
    let named = |w: &str| w.starts_with(char::is_uppercase) && !among!(w, "He" | "She" | "They" | "It" | "I" | "We");
    match words.as_slice() {
        [v, n, ..] if verb(v) => named(n),
        // `Clyburn said`, `Rep. Jim Clyburn said`, `Clyburn also said` (not `the senator said`).
        [n, rest @ ..] => named(n) && rest.iter().position(|w| verb(w)).is_some_and(|k| rest[..k].iter().all(|w| w.starts_with(char::is_uppercase) || w.ends_with("ly") || among!(*w, "also" | "later" | "then" | "again"))),
        _ => false,
    }
}

/// Words that, just before an opening mark, show a quote is introduced as direct speech.
fn introduces(before: &str) -> bool {
    let t = before.trim_end();
    t.is_empty() || t.ends_with(':') || t.ends_with(',') || t.ends_with('—') || t.ends_with('–') || {
        // (Only these: before a mark, "yelled", "chanted" or "comments" often frame a
        // fragment or a chant, not a full quotation.)
        let verb = |w: &str| among!(w.lowercase().as_str(), "said" | "says" | "say" | "saying" | "added" | "wrote" | "writes" | "asked" | "told" | "stated" | "declared" | "tweeted" | "posted" | "replied" | "answered" | "responded");
        verb(t.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or(""))
            // (Or a short sentence of attribution after a quote: `'He was crying,' said Ann
            // Cole. 'He kept saying, "…"'`.)
            || t.strip_suffix('.').and_then(|t| t.rsplit_once(['\'', '’'])).is_some_and(|(_, tail)| tail.split_whitespace().count() <= 6 && tail.split(|c: char| !c.is_alphabetic()).any(verb))
    }
}

/// A verb of saying from the lexicon (`said`, `added`, `warned`, `tweeted`), not of belief
/// (`thinks`) and not a form that is also a noun (`post`, `statement`'s kin).
fn speech_verb(lex: &Lexicon, w: &str) -> bool {
    lex.cue(w).is_some_and(|c| !c.belief && !c.noun)
}

fn classify(text: &str, layout: &Layout, q: &QuoteSpan) -> QKind {
    if q.nested_in.is_some() {
        return QKind::Partial;
    }
    let content = q.content.slice(text).trim();
    let words = content.split_whitespace().count();
    let first_alpha = content.chars().find(|c| c.is_alphanumeric());
    let upper = first_alpha.is_some_and(|c| c.is_uppercase() || c.is_numeric()) || content.starts_with("...") || content.starts_with('…');
    // A nested quote may close first: `… say to them: 'Look, we do.'"`.
    let last = content.trim_end_matches(['\'', '\u{2019}', '"', '\u{201D}', '\u{00BB}', '\u{203A}']);
    let terminal = last.ends_with(['.', ',', '!', '?', '…', '-', '—', ';', ':']) || q.recovered;
    // The text before the opening mark, back to the sentence (or paragraph) start.
    let para = layout.para(q.paras.0);
    let sent = layout.sentence_range(q.range.start);
    let from = if sent.start <= q.range.start && sent.start >= para.start { sent.start } else { para.start };
    let before = crate::text::cut(text, from, q.range.start);
    // A subheading in quote marks: a short paragraph of quoted words alone, with no
    // punctuation to end them ("'Not enough tradies'"). It quotes no one in its own right.
    let whole = para.slice(text).trim() == q.range.slice(text);
    if whole && !terminal && words <= 10 && q.paras.0 == q.paras.1 {
        return QKind::Partial;
    }
    if introduces(before) && (upper || terminal && words >= 3) {
        return QKind::Direct;
    }
    // Mid-sentence, only a capital opens a sentence of someone's own; a number does not (`he
    // has "100 percent confidence in my team."`).
    if upper && !first_alpha.is_some_and(char::is_numeric) && terminal && words >= 4 {
        return QKind::Direct;
    }
    QKind::Partial
}

/// Character `i` of a paragraph's `(offset, char)` list: one bounds check for every read (as
/// `text::tok` does for tokens), so the wasm module carries one panic location for them all.
fn ch(chars: &[(usize, char)], i: usize) -> (usize, char) {
    chars[i]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn qs(text: &str) -> Vec<(String, QKind)> {
        let l = crate::layout::analyse(&crate::layout::Patterns::new(), text, None);
        find(&Lexicon::load(), text, &l).into_iter().map(|q| (q.range.slice(text).to_string(), q.kind)).collect()
    }

    #[test]
    fn doubled_ascii_marks() {
        let t = "''We will win,'' she said. He called it ``smart'' and left. Don''t mind the '90s.";
        let got: Vec<String> = qs(t).into_iter().map(|x| x.0).collect();
        assert_eq!(got, vec!["''We will win,''", "``smart''"]);
    }

    #[test]
    fn curly_straight_guillemets_low9() {
        let t = "He said: “Yes.” She said, \"No.\" They said «Maybe so, really.» And „Perhaps,“ he said.";
        let got: Vec<String> = qs(t).into_iter().map(|x| x.0).collect();
        assert_eq!(got, vec!["“Yes.”", "\"No.\"", "«Maybe so, really.»", "„Perhaps,“"]);
    }

    #[test]
    fn a_quoted_subheading_is_partial() {
        let t = "Ms Lihou said costs were high.\n\n'Not enough tradies'\n\nThe state was short of workers.\n\n\"We will build.\"";
        assert_eq!(qs(t), vec![("'Not enough tradies'".into(), QKind::Partial), ("\"We will build.\"".into(), QKind::Direct)]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(qs("Don't blame the Joneses' dog for rock 'n' roll in the '90s or Ukraine's war.").is_empty());
        // A plural possessive inside a single-quoted quote does not close it.
        let got = qs("He said: 'The government has tied the companies' hands.' Then he left.");
        assert_eq!(got[0].0, "'The government has tied the companies' hands.'");
        assert!(qs("Don’t blame the Joneses’ dog for rock ’n’ roll in the ’90s.").is_empty());
    }

    #[test]
    fn partial_and_nested() {
        let t = "They held a \"very good and productive\" call. \"We will end this 'inglorious' War,\" he said.";
        let got = qs(t);
        assert_eq!(got[0], ("\"very good and productive\"".into(), QKind::Partial));
        assert_eq!(got[1].1, QKind::Direct);
        assert_eq!(got[2], ("'inglorious'".into(), QKind::Partial));
        // A number opening a quote mid-sentence is no sentence of someone's own; introduced, it is.
        assert_eq!(qs("He said he has \"100 percent confidence in my team.\"")[0].1, QKind::Partial);
        assert_eq!(qs("He said: \"100 percent of us will vote.\"")[0].1, QKind::Direct);
    }

    #[test]
    fn multi_paragraph_and_recovery() {
        let t = "\"First part of it.\n\n\"Second part,\" she said.\n\nA \"broken quote here.\n\nNext para \"fine,\" he said.";
        let got = qs(t);
        assert_eq!(got[0].0, "\"First part of it.\n\n\"Second part,\"");
        assert_eq!(got[1].0, "\"broken quote here.");
        assert_eq!(got[2].0, "\"fine,\"");
        // A curly mark does not reopen a straight one left open: two quotes.
        let got = qs("\"A stray opener here.\n\n“Its own quote,” she said.");
        assert_eq!(got[0].0, "\"A stray opener here.");
        assert_eq!(got[1].0, "“Its own quote,”");
    }

    #[test]
    fn curly_double_marks_nest_when_two_closers_follow() {
        // “… “hell” …”: the inner pair nests; the outer quote keeps its words.
        let t = "“I’d rather live in what he calls “hell” than with him,” she said. “Fine.”";
        let got = qs(t);
        assert_eq!(got[0].0, "“I’d rather live in what he calls “hell” than with him,”");
        assert_eq!(got[1].0, "“hell”");
        assert_eq!(got[2].0, "“Fine.”");
        // An opener with one closer after it: the earlier quote lost its closer.
        let got = qs("“A stray opener here and “its own quote,” she said.");
        assert_eq!(got[0].0, "“A stray opener here and");
        assert_eq!(got[1].0, "“its own quote,”");
    }

    #[test]
    fn a_nested_quote_closing_last_still_ends_a_sentence() {
        let t = "\"By then,\" he said, \"it let me say to them: 'We will go.'\"";
        let got = qs(t);
        assert_eq!(got[1], ("\"it let me say to them: 'We will go.'\"".into(), QKind::Direct));
    }

    #[test]
    fn uk_single_quotes() {
        let t = "‘We will fight on,’ the minister said.";
        assert_eq!(qs(t), vec![("‘We will fight on,’".into(), QKind::Direct)]);
    }

    #[test]
    fn uk_single_quotes_over_paragraphs() {
        // The first paragraph leaves the quote open; the next reopens it: one quote.
        let t = "Sergeant Ann Reyes said: 'This was a terrifying ordeal.\n\n'Please call 999 and keep yourself safe.'\n\nThe man was held.";
        assert_eq!(qs(t), vec![("'This was a terrifying ordeal.\n\n'Please call 999 and keep yourself safe.'".into(), QKind::Direct)]);
        let t = "She said: ‘It was the worst night of my life.\n\n‘I will never go back,’ she added.";
        assert_eq!(qs(t)[0].0, "‘It was the worst night of my life.\n\n‘I will never go back,’");
        // Not reopened: it ends with its paragraph, and the next one is read on its own.
        let t = "He said: 'We are ready for them\n\nThe club's 'best' years are gone, fans said.";
        assert_eq!(qs(t), vec![("'We are ready for them".into(), QKind::Direct), ("'best'".into(), QKind::Partial)]);
        // A mark not introduced as speech is not carried over.
        let t = "The 'wild\n\n'Tame' words.";
        assert!(qs(t).iter().all(|q| !q.0.contains('\n')));
    }

    #[test]
    fn uk_single_quotes_around_double_ones() {
        let t = "Ann Cole said: 'Nurses cry. One told me: \"I go home and cry.\"' The union agreed.";
        assert_eq!(
            qs(t),
            vec![("'Nurses cry. One told me: \"I go home and cry.\"'".into(), QKind::Direct), ("\"I go home and cry.\"".into(), QKind::Partial)]
        );
        // Not introduced as speech: the double quote stands alone.
        let t = "The 'so-called \"experts\" panel' met.";
        assert!(qs(t).iter().all(|q| q.0 != "'so-called \"experts\" panel'"), "{:?}", qs(t));
    }
}
