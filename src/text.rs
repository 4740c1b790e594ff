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

/// Lower case of one character for ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic: the
/// scripts of names in English news. Other characters are kept as they are. The standard
/// library's full Unicode tables would cost more in the wasm module (about 12 KB each way)
/// than they could change in a word-list lookup.
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 32,
        0x400..=0x40F => u + 80,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// Upper case of one character, the inverse of [`lower_char`].
pub fn upper_char(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x3B1..=0x3C1 | 0x3C3..=0x3CB | 0x430..=0x44F => u - 32,
        0xFF => 0x178,
        0x450..=0x45F => u - 80,
        0x101..=0x12F | 0x133..=0x137 | 0x14B..=0x177 if u % 2 == 1 => u - 1,
        0x13A..=0x149 | 0x17A..=0x17F if u % 2 == 0 => u - 1,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// Lower-case text, the way the word lists are written (see [`lower_char`]).
pub trait Lowercase {
    fn lowercase(&self) -> String;
}

impl Lowercase for str {
    fn lowercase(&self) -> String {
        if self.is_ascii() {
            self.to_ascii_lowercase()
        } else {
            self.chars().map(lower_char).collect()
        }
    }
}

/// Whether `w` is one of the words of `packed`, a list [`pack`]ed at compile time: what
/// `among!` calls in the wasm module (natively the macro is `matches!`, faster there).
///
/// (A slice of `&str` costs eight bytes of address and length per word in the module; a
/// packed list one byte. Joining the words with a separator instead made the wasm build 60%
/// slower: every call had to scan every byte, where the length bytes skip whole words.)
#[inline(never)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn among(w: &str, packed: &[u8]) -> bool {
    let w = w.as_bytes();
    let mut i = 0;
    while let Some(&n) = packed.get(i) {
        let n = n as usize;
        if n == w.len() && packed.get(i + 1..i + 1 + n) == Some(w) {
            return true;
        }
        i += 1 + n;
    }
    false
}

/// A fixed word list, made by `words!`: a list [`pack`]ed at compile time in the wasm build
/// (one byte per word besides its letters, where a `&[&str]` takes eight), a plain slice
/// natively.
#[derive(Clone, Copy)]
pub struct Words(#[cfg(target_arch = "wasm32")] pub &'static [u8], #[cfg(not(target_arch = "wasm32"))] pub &'static [&'static str]);

impl Words {
    /// Whether `w` is one of the words.
    #[inline]
    pub fn contains(self, w: impl AsRef<str>) -> bool {
        #[cfg(target_arch = "wasm32")]
        return among(w.as_ref(), self.0);
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.contains(&w.as_ref());
    }
}

/// The bytes [`pack`] makes of `list`.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub const fn packed_len(list: &[&str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < list.len() {
        n += 1 + list[i].len();
        i += 1;
    }
    n
}

/// `list` as one byte string, each word after its length in a byte (words are short).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub const fn pack<const N: usize>(list: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let (mut i, mut o) = (0, 0);
    while i < list.len() {
        let b = list[i].as_bytes();
        assert!(b.len() < 256);
        out[o] = b.len() as u8;
        let mut k = 0;
        while k < b.len() {
            out[o + 1 + k] = b[k];
            k += 1;
        }
        o += 1 + b.len();
        i += 1;
    }
    out
}

/// A built-in pattern, compiled. Ours are fixed strings that the tests compile, so a failure
/// is a bug: it panics without formatting the regex error (whose formatter, with the syntax
/// tree's, would otherwise ship in the wasm module).
pub fn pattern(p: &str) -> regex::Regex {
    match regex::Regex::new(p) {
        Ok(r) => r,
        Err(_) => panic!("onrecord: a built-in pattern does not compile"),
    }
}

/// A decimal number in plain digits (`12`, `2.5`, `.5`): `str::parse::<f64>` without the
/// standard library's float tables, which the wasm module would otherwise carry.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() && frac.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) || s.len() > 15 {
        return None;
    }
    let digits = |d: &str| d.bytes().fold(0u64, |n, b| n * 10 + (b - b'0') as u64);
    Some(digits(int) as f64 + digits(frac) as f64 / 10f64.powi(frac.len() as i32))
}

/// `n` in decimal with up to three places and no trailing zeros (`2.5`, `0.25`, `3`): the
/// counterpart of [`parse_decimal`], without the standard library's float formatting.
pub fn format_decimal(n: f64) -> String {
    let scaled = (n.abs() * 1000.0).round() as u64;
    let (whole, mut frac) = (scaled / 1000, scaled % 1000);
    let mut out = format!("{}{whole}", if n < 0.0 && scaled > 0 { "-" } else { "" });
    if frac > 0 {
        let mut places = 3;
        while frac % 10 == 0 {
            frac /= 10;
            places -= 1;
        }
        out.push_str(&format!(".{frac:0places$}"));
    }
    out
}

/// `w` in lower case, borrowed when it already is (ASCII without capitals).
pub fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(w)
    } else {
        std::borrow::Cow::Owned(w.lowercase())
    }
}

pub fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Abbreviations whose final dot belongs to the word (and does not end a sentence).
const ABBREVIATIONS: crate::text::Words = words![
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "adm", "st",
    "jr", "sr", "prof", "rev", "hon", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "inc", "corp", "ltd", "co", "no", "v", "vs", "etc", "mt", "ft", "pres", "supt",
    "gens", "sens", "reps", "messrs", "cmdr", "maj", "msgr", "atty", "dept", "univ", "approx", "const", "cst", "det", "cpl", "insp", "coun", 
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
    // "D-N.Y" (a party and a state): the dotted part after the hyphen.
    let w = if w.contains('.') { w.rsplit(['-', '\u{2010}', '\u{2011}']).next().unwrap_or(w) } else { w };
    if w.contains('.') && w.split('.').all(|p| p.chars().count() <= 2 && !p.is_empty()) {
        return true;
    }
    let lower = w.lowercase();
    ABBREVIATIONS.contains(lower.as_str())
}

/// Split the whole text into tokens, once, in linear time.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let n = text.len();
    // Byte positions throughout: the character at `b` (a space past the end), the next and
    // the previous character boundary.
    let at = |b: usize| if b < n { cut(text, b, text.len()).chars().next().unwrap_or(' ') } else { ' ' };
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
                // Thousands separators: "40,000", "1,250,000" are one number.
                if c == ',' && before(i).is_ascii_digit() {
                    let group = cut(text, i1.min(n), text.len()).bytes().take_while(u8::is_ascii_digit).count();
                    if group == 3 && text.as_bytes()[start].is_ascii_digit() {
                        i = i1 + 3;
                        continue;
                    }
                }
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
                        let seg = cut(text, seg_start, i).chars().count();
                        let decimal = before(i).is_numeric() && at(i1).is_numeric();
                        let dotted = seg <= 2 && before(i).is_alphabetic() && at(i1).is_alphabetic();
                        // A web name is one word: "Amazon.com", "Booking.com".
                        let tld = cut(text, i1, text.len()).split(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("");
                        let web = among!(tld, "com" | "org" | "net" | "ca" | "io" | "co" | "gov" | "edu" | "uk" | "au" | "in");
                        if !decimal && !dotted && !web {
                            break;
                        }
                        seg_start = i1;
                    } else if c != '&' {
                        // "D-N.Y": the initials after a hyphen are their own segment.
                        seg_start = i1;
                    }
                    i = i1;
                    continue;
                }
                break;
            }
            // A trailing dot belongs to an abbreviation ("Mr.", "U.S.", "Oct.").
            // "No. 5" but "he said no. Then …": "no" is short for number only before one.
            let number_word = cut(text, start, i).eq_ignore_ascii_case("no");
            let digit_after = || cut(text, next(i).min(n), text.len()).trim_start().starts_with(|c: char| c.is_ascii_digit());
            if at(i) == '.' && is_abbreviation(cut(text, start, i)) && (!number_word || digit_after()) {
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

/// Words in capitals as a name is written: `WASHINGTON` → `Washington`, `O'REILLY` →
/// `O'Reilly` (a capital again after a hyphen, a dot or an apostrophe).
pub fn title_case(s: &str) -> String {
    s.split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut out = String::new();
            let mut upper = true;
            for c in w.chars() {
                if upper {
                    out.push(upper_char(c));
                } else {
                    out.push(lower_char(c));
                }
                upper = matches!(c, '-' | '.' | '\'');
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// First character is an upper-case letter.
pub fn is_cap(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The text before `pos`, without the spaces and opening quote marks right before it.
fn lead_in(text: &str, pos: usize) -> &str {
    cut(text, 0, pos).trim_end_matches([' ', '\t', '"', '“', '\'', '‘'])
}

/// Whether a word at `pos` opens its sentence (after a stop, a colon or a line break, past
/// any opening quote marks): capitalised there, a common word is no name.
pub fn opens_sentence(text: &str, pos: usize) -> bool {
    let before = lead_in(text, pos);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

/// Whether a word at `pos` opens its line (past any opening quote marks).
pub fn opens_line(text: &str, pos: usize) -> bool {
    let before = lead_in(text, pos);
    before.is_empty() || before.ends_with('\n')
}

/// Whether `s` opens on the definite article ("the " in any case).
pub fn opens_with_the(s: &str) -> bool {
    s.get(..4).is_some_and(|d| d.eq_ignore_ascii_case("the "))
}

/// The nearest char boundary at or before byte `i` (which must be within `text`).
pub fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `s[a..b]`, or `""` where that is no slice of `s` (out of bounds, or off a character
/// boundary). Every pass slices the text through this one function: it never panics, and the
/// wasm module carries no panic location per slice.
pub fn cut(s: &str, a: usize, b: usize) -> &str {
    s.get(a..b).unwrap_or("")
}

/// Item `i` of a list: one bounds check (one panic location in the wasm module) per element
/// type, for the passes' short-lived lists.
pub fn at<T>(v: &[T], i: usize) -> &T {
    &v[i]
}

/// `v[a..b]`, or nothing where that is out of bounds: [`cut`] for lists.
pub fn part<T>(v: &[T], a: usize, b: usize) -> &[T] {
    v.get(a..b).unwrap_or(&[])
}

/// The token at `i`. Passes index tokens through this one function, so the wasm module
/// carries one bounds check's panic location for them all, not one per `toks[i]`.
#[inline]
pub fn tok(toks: &[Tok], i: usize) -> Tok {
    toks[i]
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
        out.push_str(&w.lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn among_is_matches() {
        const LIST: &[&str] = &["said", "says", "|", "told"];
        const PACKED: [u8; super::packed_len(LIST)] = super::pack(LIST);
        assert_eq!(PACKED.len(), 17);
        for w in ["said", "says", "", "|", "said|says", "sai", "saidx", "told", "\u{4}said"] {
            assert_eq!(super::among(w, &PACKED), matches!(w, "said" | "says" | "|" | "told"), "{w}");
        }
    }

    use super::*;

    #[test]
    fn case_mapping_agrees_with_the_standard_library_where_it_maps() {
        let text = "ÉLYSÉE Ángela Łódź ŠTEFAN İstanbul Ÿves ÖSTERREICH Ελλάδα МОСКВА Ђорђе Straße ǅ 東京";
        assert_eq!(text.lowercase(), "élysée ángela łódź štefan İstanbul ÿves österreich ελλάδα москва ђорђе straße ǅ 東京");
        for c in ('\0'..='\u{52F}').filter(|c| lower_char(*c) != *c) {
            assert_eq!(c.to_lowercase().collect::<String>(), lower_char(c).to_string(), "{c:?}");
            assert_eq!(upper_char(lower_char(c)), c, "{c:?}");
        }
    }

    #[test]
    fn decimals_without_float_tables() {
        assert_eq!(parse_decimal("12"), Some(12.0));
        assert_eq!(parse_decimal("2.5"), Some(2.5));
        assert_eq!(parse_decimal(".25"), Some(0.25));
        for bad in ["", ".", "1.2.3", "-1", "1e5", "12a", "1234567890123456"] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
        assert_eq!(format_decimal(3.0), "3");
        assert_eq!(format_decimal(2.5), "2.5");
        assert_eq!(format_decimal(0.25), "0.25");
        assert_eq!(format_decimal(1.0 / 3.0), "0.333");
        assert_eq!(format_decimal(-1.5), "-1.5");
    }

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
        assert_eq!(words("Kowalski’s end."), vec!["Kowalski", "’s", "end", "."]);
        // A party and a dotted state: one word.
        assert_eq!(words("Vale (D-N.Y.) said"), vec!["Vale", "(", "D-N.Y.", ")", "said"]);
    }

    #[test]
    fn sentence_final_words_keep_their_dot_out() {
        assert_eq!(words("hours. It"), vec!["hours", ".", "It"]);
    }
}
