//! Word lists, compiled in from plain data files (`src/data/*.txt`) and indexed once.

use crate::text::Lowercase;
use crate::text::lower;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash (rustc's hasher): a multiply-rotate per word, several times faster than SipHash on
/// the short keys of word lists. Only for tables built from our own data files, whose
/// contents no input controls; tables keyed by article text keep the std hasher.
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A word-list table.
pub type Map<V> = HashMap<String, V, BuildHasherDefault<Fx>>;
/// A set of words: a table of them to nothing, over a word table's type (one copy of the
/// table code in wasm, not one more for a `HashSet`). [`Set`] owns its words (the word
/// lists'); [`StrSet`] borrows them from the text.
#[derive(Clone, Debug)]
pub struct WordSet<K>(HashMap<K, usize, BuildHasherDefault<Fx>>);

/// A word-list set, over the type of [`Map<usize>`].
pub type Set = WordSet<String>;
/// A set of words borrowed from the text, over the type of `FxMap<&str, usize>`.
pub type StrSet<'a> = WordSet<&'a str>;

impl<K> Default for WordSet<K> {
    fn default() -> Self {
        WordSet(HashMap::default())
    }
}

impl<K: std::borrow::Borrow<str> + std::hash::Hash + Eq> WordSet<K> {
    pub fn contains(&self, w: &str) -> bool {
        self.0.contains_key(w)
    }
    pub fn insert(&mut self, w: K) {
        self.0.insert(w, 0);
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        self.0.retain(|w, _| keep(w.borrow()));
    }
}

impl<K: std::borrow::Borrow<str> + std::hash::Hash + Eq> Extend<K> for WordSet<K> {
    fn extend<I: IntoIterator<Item = K>>(&mut self, words: I) {
        for w in words {
            self.insert(w);
        }
    }
}

impl<K: std::borrow::Borrow<str> + std::hash::Hash + Eq> FromIterator<K> for WordSet<K> {
    fn from_iter<I: IntoIterator<Item = K>>(words: I) -> WordSet<K> {
        let mut s = WordSet::default();
        s.extend(words);
        s
    }
}

/// Mentions by the byte offset where they start or end. Offsets are integers, not text, so
/// FxHash serves here too (SipHash cost about 5% of the whole extraction).
pub type OffsetMap = HashMap<usize, usize, BuildHasherDefault<Fx>>;
/// Any other table keyed by words or offsets: FxHash throughout keeps one hasher (and fewer
/// copies of the table code) in the wasm module.
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;
/// Lists by word ("Smith" → every person of that surname, "said" → its cue, "telephone" →
/// the triggers starting with it): a table of indices into the lists, the same table type
/// as the word lists' (one copy of its code in wasm).
pub struct Groups<T> {
    keys: Map<usize>,
    lists: Vec<Vec<T>>,
}

impl<T> Default for Groups<T> {
    fn default() -> Self {
        Groups { keys: Map::default(), lists: Vec::new() }
    }
}

impl<T> Groups<T> {
    pub fn push(&mut self, key: &str, v: T) {
        let n = self.lists.len();
        let k = match self.keys.get(key) {
            Some(&k) => k,
            None => {
                self.keys.insert(key.to_string(), n);
                self.lists.push(Vec::new());
                n
            }
        };
        if let Some(l) = self.lists.get_mut(k) {
            l.push(v);
        }
    }

    pub fn get(&self, key: &str) -> Option<&[T]> {
        self.keys.get(key).and_then(|&k| self.lists.get(k)).map(Vec::as_slice)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
}

#[derive(Clone, Debug)]
pub struct Cue {
    /// Belief and cognition verbs ("believe", "think"): they attribute reported speech
    /// only with an explicit "that" clause.
    pub belief: bool,
    /// The -ing form ("saying", "stating"): its subject is the sentence's subject.
    pub participle: bool,
    /// The verb's base form ("say" for "said").
    pub lemma: String,
    /// This form is also a noun ("post", "state", "report"): a verb only in verbal context.
    pub noun: bool,
    /// The -s form of such a verb, also the plural noun ("tweets", "reports").
    pub plural_noun: bool,
    /// A manner of speaking ("laughed", "sighed", "fumed"): it attributes a quote in marks,
    /// never reported speech ("Asked whether she misses it, she laughs.").
    pub manner: bool,
}

#[derive(Clone, Debug)]
pub struct Trigger {
    pub kind: String,
    pub cameo: Option<String>,
    /// The trigger's words, lower case ("telephone", "conversation").
    pub words: Vec<String>,
    pub verb: bool,
}

pub struct Lexicon {
    /// Form → its cue (the first line naming a form wins).
    cues: Groups<Cue>,
    /// Verbs that attribute a quoted fragment ("called them "deplorables"").
    pub framing: Set,
    /// Nouns that name a report and take a clause after "that" ("Trump's claim that …").
    pub report_nouns: Set,
    /// (The role nouns' table type: one copy of its code in wasm; the flag is unused.)
    pub titles: Map<(bool, Option<Gender>)>,
    pub role_nouns: Map<(bool, Option<Gender>)>,
    /// Plural nouns for groups of people ("voters", "officials").
    pub groups: Set,
    /// Irregular past-tense verbs ("went", "made").
    pub irregular_past: Set,
    pub stop_caps: Set,
    /// (Always `Some`, with an unused flag: the same table type as the role nouns'.)
    pub first_names: Map<(bool, Option<Gender>)>,
    /// Lower-cased alias → canonical place name.
    pub places: Map<usize>,
    /// Head words that make a capitalised run a place ("Eastern Cape", "Rift Valley").
    pub place_heads: Set,
    /// Longest place alias in words.
    pub place_max_words: usize,
    /// Demonym → canonical place.
    pub demonyms: Map<usize>,
    /// Lower-cased alias → canonical organisation name.
    pub orgs: Map<usize>,
    /// The canonical names the place, demonym and organisation tables point into (tables of
    /// indices: one copy of the table code in wasm).
    pub canonical: Vec<String>,
    pub org_max_words: usize,
    pub org_heads: Set,
    /// Words that end a company's name, legal suffixes included ("Energy", "Holdings", "Inc"):
    /// a business, not a public body.
    pub business: Set,
    /// The first letters-and-digits (lower case) of every place and organisation name: a
    /// capitalised run that starts with none of them is in neither gazetteer.
    pub gazetteer_first: Set,
    /// Acronyms in the gazetteers that are also common words (`WHO`), lower-cased.
    pub word_acronyms: Set,
    /// Words of a minister's portfolio ("Foreign Affairs" in "Minister for Foreign Affairs").
    pub portfolios: Set,
    /// First word (lower case) → the triggers starting with it, longest first.
    triggers: Groups<Trigger>,
}

/// A word list from `src/data/`, as the build script leaves it: without comments.
macro_rules! data {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $name))
    };
}

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Every word of a list, one set (one function for every list, not a copy of the iterator
/// chain per call site).
fn word_set(data: &str) -> Set {
    lines(data).flat_map(str::split_whitespace).map(str::to_string).collect()
}

fn gender(s: &str) -> Option<Gender> {
    match s {
        "m" => Some(Gender::Male),
        "f" => Some(Gender::Female),
        _ => None,
    }
}

impl Lexicon {
    /// A past form: a regular "-ed" word of five letters or more, or an irregular past
    /// ("closed", "fell", "met").
    pub fn past_form(&self, w: &str) -> bool {
        (w.len() > 4 && w.ends_with("ed")) || self.irregular_past.contains(w)
    }

    /// A group noun or one of the group: "sources" and "source", "residents" and "resident".
    pub fn group_or_member(&self, w: &str) -> bool {
        self.groups.contains(w) || self.groups.contains(format!("{w}s").as_str())
    }

    pub fn load() -> Lexicon {
        let mut cues = Groups::default();
        for line in lines(data!("speech_verbs.txt")) {
            let (noun, line) = match line.strip_prefix('~') {
                Some(rest) => (true, rest.trim()),
                None => (false, line),
            };
            let (belief, line) = match line.strip_prefix('!') {
                Some(rest) => (true, rest.trim()),
                None => (false, line),
            };
            let (manner, line) = match line.strip_prefix('^') {
                Some(rest) => (true, rest.trim()),
                None => (false, line),
            };
            let mut words = line.split_whitespace();
            let lemma = words.next().unwrap_or_default().to_string();
            for form in std::iter::once(lemma.as_str()).chain(words) {
                cues.push(
                    form,
                    Cue {
                        belief,
                        participle: form.ends_with("ing"),
                        noun: noun && form == lemma,
                        plural_noun: noun && form != lemma && form.ends_with('s'),
                        manner,
                        lemma: lemma.clone(),
                    },
                );
            }
        }
        let framing = word_set(data!("framing_verbs.txt"));
        let report_nouns = word_set(data!("report_nouns.txt"));
        let mut titles = Map::default();
        for line in lines(data!("titles.txt")) {
            let mut w = line.split_whitespace();
            let word = w.next().unwrap_or_default().to_string();
            titles.insert(word, (true, w.next().and_then(gender)));
        }
        let groups: Set = word_set(data!("group_nouns.txt"));
        let irregular_past: Set = word_set(data!("irregular_past.txt"));
        let mut role_nouns = Map::default();
        for line in lines(data!("role_nouns.txt")) {
            let w: Vec<&str> = line.split_whitespace().collect();
            if w.len() >= 2 {
                role_nouns.insert(w[0].to_string(), (w[1] == "p", w.get(2).and_then(|g| gender(g))));
            }
        }
        let stop_caps: Set = word_set(data!("stop_caps.txt"));
        let mut first_names = Map::default();
        for line in lines(data!("first_names.txt")) {
            let mut w = line.split_whitespace();
            let g = w.next().and_then(gender);
            for name in w {
                if let Some(g) = g {
                    first_names.entry(name.lowercase()).or_insert((true, Some(g)));
                }
            }
        }
        let mut place_heads = Set::default();
        let mut place_lines = Vec::new();
        for line in lines(data!("places.txt")) {
            match line.strip_prefix('+') {
                Some(rest) => place_heads.extend(rest.split_whitespace().map(str::to_string)),
                None => place_lines.push(line),
            }
        }
        let mut acronyms = Set::default();
        let mut canonical = Vec::new();
        let (places, place_max_words) = alias_table(place_lines.into_iter(), &mut acronyms, &mut canonical);
        let mut demonyms = Map::default();
        for (d, p) in lines(data!("demonyms.txt")).filter_map(|l| l.split_once('|')) {
            demonyms.insert(d.lowercase(), canonical.len());
            canonical.push(p.to_string());
        }
        let mut org_heads = Set::default();
        let mut business = Set::default();
        let mut org_lines = Vec::new();
        for line in lines(data!("organizations.txt")) {
            if let Some(rest) = line.strip_prefix('+') {
                org_heads.insert(rest.trim().to_string());
            } else if let Some(rest) = line.strip_prefix('$') {
                business.extend(rest.split_whitespace().map(str::to_string));
            } else if let Some(rest) = line.strip_prefix('=') {
                org_lines.push(rest.trim());
            }
        }
        let (orgs, org_max_words) = alias_table(org_lines.into_iter(), &mut acronyms, &mut canonical);
        // `WHO`, `IT`: an acronym that is also a word opening sentences.
        acronyms.retain(|a| stop_caps.contains(a));
        let gazetteer_first: Set = places.keys().chain(orgs.keys()).filter_map(|k| k.split(|c: char| !c.is_alphanumeric()).next()).map(str::to_string).collect();
        let portfolios: Set = word_set(data!("portfolios.txt"));
        let mut triggers: Groups<Trigger> = Groups::default();
        for line in lines(data!("event_triggers.txt")) {
            let w: Vec<&str> = line.split_whitespace().collect();
            if w.len() < 3 {
                continue;
            }
            let kind = w[0].to_string();
            let cameo = (w[1] != "-").then(|| w[1].to_string());
            for form in crate::text::part(&w, 2, w.len()) {
                let words: Vec<String> = form.split('_').map(str::to_string).collect();
                let verb = words.len() == 1 && is_verb_form(form);
                triggers.push(form.split('_').next().unwrap_or_default(), Trigger {
                    kind: kind.clone(),
                    cameo: cameo.clone(),
                    words,
                    verb,
                });
            }
        }
        for list in &mut triggers.lists {
            crate::order::sort_by_key(list, |t| std::cmp::Reverse(t.words.len()));
        }
        Lexicon {
            cues,
            framing,
            report_nouns,
            titles,
            role_nouns,
            groups,
            irregular_past,
            stop_caps,
            first_names,
            places,
            place_heads,
            place_max_words,
            demonyms,
            orgs,
            canonical,
            org_max_words,
            org_heads,
            business,
            gazetteer_first,
            word_acronyms: acronyms,
            portfolios,
            triggers,
        }
    }

    pub fn cue(&self, word: &str) -> Option<&Cue> {
        self.cues.get(lower(word).as_ref()).and_then(<[Cue]>::first)
    }

    /// The triggers whose first word is `w` (lower case).
    pub fn triggers(&self, w: &str) -> Option<&[Trigger]> {
        self.triggers.get(w)
    }

    pub fn is_title(&self, word: &str) -> bool {
        self.titles.contains_key(lower(word).as_ref())
    }

    pub fn is_stop_cap(&self, word: &str) -> bool {
        let w = word.trim_end_matches('.');
        // "She'd", "We're", "I'm": a stop word with its contraction.
        let w = match w.split_once(['\'', '\u{2019}']) {
            Some((head, "d" | "ll" | "re" | "ve" | "m" | "s")) => head,
            _ => w,
        };
        self.stop_caps.contains(lower(w).as_ref())
    }

    pub fn place(&self, phrase: &str) -> Option<&str> {
        let key = lower(phrase);
        self.places.get(key.as_ref()).filter(|_| self.spelled_as_name(phrase, &key)).map(|&k| self.name(k))
    }

    pub fn org(&self, phrase: &str) -> Option<&str> {
        let key = lower(phrase);
        self.orgs.get(key.as_ref()).filter(|_| self.spelled_as_name(phrase, &key)).map(|&k| self.name(k))
    }

    /// An acronym that is also a common word (`WHO`) names something only in capitals:
    /// `Who do you want?` is a question.
    pub(crate) fn spelled_as_name(&self, phrase: &str, key: &str) -> bool {
        !(self.word_acronyms.contains(key) && phrase.chars().any(char::is_lowercase))
    }

    pub fn demonym(&self, word: &str) -> Option<&str> {
        self.demonyms.get(lower(word).as_ref()).map(|&k| self.name(k))
    }

    /// Canonical name `k` of the gazetteers.
    pub fn name(&self, k: usize) -> &str {
        self.canonical.get(k).map_or("", String::as_str)
    }
}

/// Whether `word` (any case) names a party or a political leaning, as an adjective or a
/// member: `Republican Donald Trump`, `House Democratic` leaders, `Republican claims`.
pub fn party_word(word: &str) -> bool {
    among!(lower(word).as_ref(), "democrat" | "democratic" | "republican" | "conservative" | "liberal" | "labour" | "independent" | "socialist" | "communist" | "progressive")
}

/// Verb forms among the event triggers: the rest are nouns.
fn is_verb_form(w: &str) -> bool {
    const VERBS: crate::text::Words = words![
        "meet", "meets", "met", "hosted", "visited", "visiting", "announced", "agreed", "congratulated",
        "congratulate", "praised", "thanked", "negotiate", "negotiated", "negotiating", "voted", "voting",
        "attacked", "struck", "invaded", "arrested", "charged", "indicted", "ruled", "convicted",
        "sentenced", "sued", "sanctioned", "threatens", "resigns", "quit", "kidnap", "kidnaps", "abduct", "abducts",
    ];
    // (Any past form: "threatened", "resigned", "abducted", "vetoed".)
    VERBS.contains(w) || (w.len() > 4 && w.ends_with("ed"))
}

/// Lower-cased alias → canonical name, the longest alias in words; acronyms (`WHO`) are
/// added to `acronyms`, lower-cased.
fn alias_table<'a>(lines: impl Iterator<Item = &'a str>, acronyms: &mut Set, canonical: &mut Vec<String>) -> (Map<usize>, usize) {
    let mut map = Map::default();
    let mut max = 1;
    for line in lines {
        let mut names = line.split('|').map(str::trim);
        let first = names.next().unwrap_or_default();
        let k = canonical.len();
        canonical.push(first.to_string());
        for alias in std::iter::once(first).chain(names) {
            max = max.max(alias.split_whitespace().count());
            if alias.len() >= 2 && alias.bytes().all(|b| b.is_ascii_uppercase()) {
                acronyms.insert(alias.lowercase());
            }
            map.insert(alias.lowercase(), k);
        }
    }
    (map, max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let lex = Lexicon::load();
        assert!(lex.cue("said").is_some());
        assert!(lex.cue("saying").unwrap().participle);
        assert!(lex.cue("believes").unwrap().belief);
        assert_eq!(lex.place("U.S."), Some("United States"));
        assert_eq!(lex.org("white house"), Some("White House"));
        assert_eq!(lex.demonym("Russian"), Some("Russia"));
        assert_eq!(lex.first_names.get("sarah").map(|g| g.1), Some(Some(Gender::Female)));
        assert!(lex.triggers("telephonic").is_some());
        assert!(lex.is_stop_cap("The"));
    }

    /// A given name under both genders would take whichever line came first: ambiguous
    /// names (Jean, Kim) are left out of both instead.
    #[test]
    fn no_given_name_has_two_genders() {
        let mut seen: FxMap<String, &str> = Default::default();
        for line in lines(data!("first_names.txt")) {
            let (g, names) = line.split_once(' ').unwrap();
            for n in names.split_whitespace() {
                if let Some(prev) = seen.insert(n.to_lowercase(), g) {
                    assert_eq!(prev, g, "{n} is listed as both m and f");
                }
            }
        }
        let lex = Lexicon::load();
        for (name, g) in [("nikki", Gender::Female), ("giorgia", Gender::Female), ("mamata", Gender::Female), ("liam", Gender::Male)] {
            assert_eq!(lex.first_names.get(name).map(|g| g.1), Some(Some(g)), "{name}");
        }
    }
}
