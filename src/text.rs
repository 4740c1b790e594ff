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
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| if i < n { chars[i].1 } else { ' ' };
    let pos = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            i += 1;
            loop {
                let c = at(i);
                if c.is_alphanumeric() {
                    i += 1;
                    continue;
                }
                if is_apostrophe(c) {
                    // Possessive "'s" at the end of a word becomes its own token.
                    if matches!(at(i + 1), 's' | 'S') && !at(i + 2).is_alphanumeric() {
                        break;
                    }
                    if at(i + 1).is_alphabetic() {
                        i += 1;
                        continue;
                    }
                    break;
                }
                if matches!(c, '-' | '.' | '&' | '\u{2010}' | '\u{2011}') && at(i + 1).is_alphanumeric() {
                    if c == '.' {
                        // Decimals ("2.5") and dotted initials ("U.S", "D.C") keep their dots.
                        let seg = (start..i).rev().take_while(|&j| chars[j].1 != '.').count();
                        let decimal = at(i - 1).is_numeric() && at(i + 1).is_numeric();
                        let dotted = seg <= 2 && at(i - 1).is_alphabetic() && at(i + 1).is_alphabetic();
                        if !decimal && !dotted {
                            break;
                        }
                    }
                    i += 1;
                    continue;
                }
                break;
            }
            // A trailing dot belongs to an abbreviation ("Mr.", "U.S.", "Oct.").
            if at(i) == '.' {
                let w = &text[pos(start)..pos(i)];
                if is_abbreviation(w) {
                    i += 1;
                }
            }
            toks.push(Tok { start: pos(start), end: pos(i), kind: TokKind::Word });
            continue;
        }
        if is_apostrophe(c) && matches!(at(i + 1), 's' | 'S') && !at(i + 2).is_alphanumeric() && i > 0 && chars[i - 1].1.is_alphanumeric() {
            toks.push(Tok { start: pos(i), end: pos(i + 2), kind: TokKind::Possessive });
            i += 2;
            continue;
        }
        if c == '.' && at(i + 1) == '.' && at(i + 2) == '.' {
            toks.push(Tok { start: pos(i), end: pos(i + 3), kind: TokKind::Punct });
            i += 3;
            continue;
        }
        toks.push(Tok { start: pos(i), end: pos(i + 1), kind: TokKind::Punct });
        i += 1;
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
