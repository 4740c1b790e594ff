//! Small text helpers shared by the passes: byte spans, tokens, character classes.

/// A byte range into the original text (internal; the public [`crate::Span`] adds UTF-16).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

impl Range {
    pub fn new(start: usize, end: usize) -> Range {
        Range { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn contains(&self, other: Range) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Range) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters and digits, with internal apostrophes, hyphens and dots (`don't`, `U.S.`).
    Word,
    /// The possessive clitic `'s` / `’s` (or a lone `'` after a plural).
    Possessive,
    /// Any other single character that is not white space (`...` is one token).
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

impl Tok {
    pub fn range(&self) -> Range {
        Range::new(self.start, self.end)
    }
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
}

/// `w` in lower case, borrowed when it already is (ASCII without capitals).
pub fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(w)
    } else {
        std::borrow::Cow::Owned(w.to_lowercase())
    }
}

pub fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Abbreviations whose final dot belongs to the word (and does not end a sentence).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "adm", "st",
    "jr", "sr", "prof", "rev", "hon", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "inc", "corp", "ltd", "co", "no", "vs", "etc", "mt", "ft", "pres", "supt",
    "gens", "sens", "reps", "messrs", "cmdr", "maj", "msgr", "atty", "dept", "univ", "approx",
];

pub fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.is_empty() {
        return false;
    }
    // Initials and dotted acronyms: "J", "U.S", "D.C".
    let mut chars = w.chars();
    let first = chars.next().unwrap_or(' ');
    if first.is_uppercase() && chars.as_str().is_empty() {
        return true;
    }
    if w.contains('.') && w.split('.').all(|p| p.chars().count() <= 2 && !p.is_empty()) {
        return true;
    }
    let lower = w.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Split the whole text into tokens, once, in linear time.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let n = text.len();
    // Byte positions throughout: the character at `b` (a space past the end), the next and
    // the previous character boundary.
    let at = |b: usize| if b < n { text[b..].chars().next().unwrap_or(' ') } else { ' ' };
    let next = |b: usize| if b < n { b + at(b).len_utf8() } else { n + 1 };
    let before = |b: usize| text.get(..b).and_then(|t| t.chars().next_back()).unwrap_or(' ');
    let mut i = 0;
    while i < n {
        let c = at(i);
        if c.is_whitespace() {
            i = next(i);
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            let mut seg_start = i; // the current dot-separated segment ("U", "S" in "U.S")
            i = next(i);
            loop {
                let c = at(i);
                if c.is_alphanumeric() {
                    i = next(i);
                    continue;
                }
                let i1 = next(i);
                if is_apostrophe(c) {
                    // Possessive "'s" at the end of a word becomes its own token.
                    if matches!(at(i1), 's' | 'S') && !at(next(i1)).is_alphanumeric() {
                        break;
                    }
                    if at(i1).is_alphabetic() {
                        i = i1;
                        continue;
                    }
                    break;
                }
                if matches!(c, '-' | '.' | '&' | '\u{2010}' | '\u{2011}') && at(i1).is_alphanumeric() {
                    if c == '.' {
                        // Decimals ("2.5") and dotted initials ("U.S", "D.C") keep their dots.
                        let seg = text[seg_start..i].chars().count();
                        let decimal = before(i).is_numeric() && at(i1).is_numeric();
                        let dotted = seg <= 2 && before(i).is_alphabetic() && at(i1).is_alphabetic();
                        if !decimal && !dotted {
                            break;
                        }
                        seg_start = i1;
                    }
                    i = i1;
                    continue;
                }
                break;
            }
            // A trailing dot belongs to an abbreviation ("Mr.", "U.S.", "Oct.").
            if at(i) == '.' && is_abbreviation(&text[start..i]) {
                i = next(i);
            }
            toks.push(Tok { start, end: i.min(n), kind: TokKind::Word });
            continue;
        }
        let i1 = next(i);
        if is_apostrophe(c) && matches!(at(i1), 's' | 'S') && !at(next(i1)).is_alphanumeric() && before(i).is_alphanumeric() {
            toks.push(Tok { start: i, end: next(i1).min(n), kind: TokKind::Possessive });
            i = next(i1);
            continue;
        }
        if c == '.' && at(i1) == '.' && at(next(i1)) == '.' {
            let end = next(next(i1)).min(n);
            toks.push(Tok { start: i, end, kind: TokKind::Punct });
            i = end;
            continue;
        }
        toks.push(Tok { start: i, end: i1.min(n), kind: TokKind::Punct });
        i = i1;
    }
    toks
}

/// First character is an upper-case letter.
pub fn is_cap(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Index of the first token whose start is at or after `byte`.
pub fn tok_at(toks: &[Tok], byte: usize) -> usize {
    toks.partition_point(|t| t.start < byte)
}

/// Collapse runs of white space, for comparing quoted fragments.
pub fn normalise_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w.to_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn splits_possessives_and_keeps_abbreviations() {
        assert_eq!(words("Trump's U.S. plan, Mr. Smith's don't."), vec![
            "Trump", "'s", "U.S.", "plan", ",", "Mr.", "Smith", "'s", "don't", "."
        ]);
        assert_eq!(words("agreed-upon location... 2.5 per cent"), vec![
            "agreed-upon", "location", "...", "2.5", "per", "cent"
        ]);
        assert_eq!(words("Zelenskyy’s end."), vec!["Zelenskyy", "’s", "end", "."]);
    }

    #[test]
    fn sentence_final_words_keep_their_dot_out() {
        assert_eq!(words("hours. It"), vec!["hours", ".", "It"]);
    }
}
