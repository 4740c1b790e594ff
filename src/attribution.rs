//! Pass 5 — attribution: each quote linked to a cue and a speaker mention, by local patterns
//! first (`"…," X said`, `X said, "…"`, `…, stating, "…"`), then continuity (the previous
//! sentence's speaker, a quote-only paragraph continuing the last speaker); reported speech
//! found from cue verbs (`X added that …`, `…, sources said.`, `according to X`); speaker
//! mentions resolved to entities (names, role descriptions, pronouns by salience).

use crate::text::Lowercase;
use crate::entities::{EKind, Entities};
use crate::layout::Layout;
use crate::lexicon::{Gender, Lexicon};
use crate::mentions::{MKind, Mention};
use crate::quotes::{QKind, QuoteSpan};
use crate::text::{is_cap, Range, Tok, TokKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AKind {
    Direct,
    Indirect,
    Mixed,
    Partial,
}

#[derive(Clone, Debug)]
pub struct AQuote {
    pub range: Range,
    pub kind: AKind,
    pub cue: Option<Range>,
    pub mention: Option<Range>,
    pub speaker: Option<usize>,
    /// A speaker that is not an entity ("a source", "officials").
    pub speaker_text: Option<String>,
    pub confidence: f32,
    /// For a quote inside a quote: the enclosing quote's index in the result.
    pub nested_in: Option<usize>,
    /// Speech the quote itself reports: "something that, he said, has been dreamed of".
    pub inner: Vec<Inner>,
}

/// Gives quote `to` the speaker of quote `from`, with `confidence`: a quote that goes on
/// with the last one, a fragment that echoes a quote, a participle after a report.
fn copy_speaker(out: &mut [AQuote], from: usize, to: usize, confidence: f32) {
    let (speaker, text) = (out[from].speaker, out[from].speaker_text.clone());
    let q = &mut out[to];
    (q.speaker, q.speaker_text, q.confidence) = (speaker, text, confidence);
}

/// Quote `i` of the pass's output. The pass reads and writes its quotes through these two,
/// so the wasm module carries one bounds check's panic location for them all (as `Ctx::tok`
/// does for tokens).
fn aq(out: &[AQuote], i: usize) -> &AQuote {
    &out[i]
}

fn aq_mut(out: &mut [AQuote], i: usize) -> &mut AQuote {
    &mut out[i]
}

/// Words inside a quote that the quote's speaker attributes to someone else.
#[derive(Clone, Debug)]
pub struct Inner {
    /// The reported clause, with its parenthetical attribution.
    pub range: Range,
    pub cue: Range,
    pub mention: Range,
    pub speaker: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NpKind {
    Pronoun,
    Mention(usize),
    Desc,
}

#[derive(Clone, Copy, Debug)]
struct Np {
    range: Range,
    kind: NpKind,
}

const SKIP_BACK: crate::text::Words = words![
    "also", "further", "later", "then", "has", "had", "have", "would", "will", "once", "previously", "repeatedly",
    "reportedly", "publicly", "privately", "recently", "subsequently", "again", "quickly", "simply", "flatly",
    "immediately", "earlier", "similarly", "likewise", "too", "just", "even", "never", "always", "already", "still",
    "often", "frequently", "initially", "finally", "ultimately", "firmly", "angrily", "bluntly", "candidly",
    "proudly", "openly", "separately", "herself", "himself", "themselves", "itself", "directly", "told", "last",
    "now", "however", "meanwhile", "can", "could", "may", "might", "must", "should", "presumably", "probably",
    "apparently", "allegedly", "clearly", "certainly", "surely", "personally", "all", "both",
];
const DETERMINERS: crate::text::Words = words![
    "the", "a", "an", "another", "one", "some", "many", "several", "two", "three", "four", "his", "her", "their",
    "its", "our", "my", "your", "this", "that", "these", "those", "other", "most", "few", "no", "each", "every", "both",
];
const NOT_NOUNS: crate::text::Words = words![
    "and", "or", "but", "that", "which", "who", "whom", "whose", "what", "it", "is", "was", "were", "are", "be",
    "been", "to", "of", "in", "on", "at", "for", "with", "by", "as", "not", "so", "if", "when", "while", "than",
    "because", "he", "she", "they", "we", "i", "you", "him", "them", "me", "us", "there", "here", "very", "more",
    "now", "then", "still", "also", "already", "even", "just", "meanwhile", "however",
];
const AUX: crate::text::Words = words![
    "is", "are", "was", "were", "will", "would", "could", "should", "can", "has", "have", "had", "did", "does",
    "do", "must", "cannot", "shouldn't", "may", "might", "won't", "wasn't", "isn't", "didn't", "doesn't", "hasn't", "haven't", "wouldn't",
    "couldn't", "can't", "aren't", "weren't", "shall", "needs", "wants", "plans", "hopes", "believes", "thinks",
    "need", "want", "hope", "believe", "think", "know", "knows", "feel", "feels", "expect", "expects",
];
const TIME_WORDS: crate::text::Words = words![
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
    "morning", "afternoon", "evening", "night", "week", "month", "year",
];
/// People who speak for someone else: `a spokesperson for X`, `an aide to X`.
const PROXIES: crate::text::Words = words![
    "spokesperson", "spokesman", "spokeswoman", "aide", "aides", "lawyer", "lawyers", "attorney", "attorneys", "adviser",
    "advisers", "advisor", "advisors", "representative", "representatives", "spokespeople", "publicist", "staffer",
];

/// What a source writes and others cite, besides the `EVIDENCE` and `RECORDS` words:
/// `according to an investigation by X`.
const DOCUMENTS: crate::text::Words = words!["estimate", "summary", "assessment", "investigation"];

const SUBJECT_PRONOUNS: crate::text::Words = words!["he", "she", "they", "it", "we", "i", "you", "there"];

struct Ctx<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    layout: &'a Layout,
    toks: &'a [Tok],
    mentions: &'a [Mention],
    by_end: crate::lexicon::OffsetMap,
    by_start: crate::lexicon::OffsetMap,
    /// Direct (top-level) quote ranges, sorted.
    direct: Vec<Range>,
    /// Quoted titles of works and shows, sorted.
    titles: Vec<Range>,
    /// Partial (top-level) quote ranges, sorted.
    partial: Vec<Range>,
    /// How many mentions bear each name, and the surnames of people named in full: built on
    /// first use, once per text.
    names: std::cell::OnceCell<(crate::lexicon::FxMap<&'a str, usize>, crate::lexicon::StrSet<'a>)>,
}

impl<'a> Ctx<'a> {
    fn names(&self) -> &(crate::lexicon::FxMap<&'a str, usize>, crate::lexicon::StrSet<'a>) {
        self.names.get_or_init(|| {
            let mut count: crate::lexicon::FxMap<&'a str, usize> = crate::lexicon::FxMap::default();
            let mut surnames = crate::lexicon::StrSet::default();
            for m in self.mentions {
                *count.entry(m.name.as_str()).or_default() += 1;
                if m.kind == MKind::Person && m.name_words >= 2 {
                    surnames.extend(m.name.rsplit(' ').next());
                }
            }
            (count, surnames)
        })
    }

    /// Whether a one-word mention is the surname of a person named in full somewhere.
    fn known_surname(&self, m: usize) -> bool {
        self.men(m).name_words == 1 && self.names().1.contains(self.men(m).name.as_str())
    }

    /// Past a quoted title at token `k` (after an optional possessive: `CNN's "State of
    /// the Union"`); `k` itself when none starts there.
    fn past_title(&self, k: usize) -> usize {
        let at = |k: usize| self.toks.get(k).and_then(|t| self.titles.binary_search_by_key(&t.start, |r| r.start).ok());
        let k0 = if self.toks.get(k).is_some_and(|t| t.kind == TokKind::Possessive) { k + 1 } else { k };
        match at(k0) {
            Some(ti) => self.toks.partition_point(|t| t.start < crate::text::at(&self.titles, ti).end),
            None => k,
        }
    }
    /// Token `i`: one bounds check (and one panic location) in the source for every caller,
    /// which keeps the wasm module 5 KB smaller gzipped than 350 indexing expressions did.
    #[inline]
    fn tok(&self, i: usize) -> Tok {
        self.toks[i]
    }
    /// Mention `i`, like [`Ctx::tok`].
    #[inline]
    fn men(&self, i: usize) -> &'a Mention {
        &self.mentions[i]
    }
    fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }
    fn lw(&self, i: usize) -> &'a str {
        self.layout.lw(i)
    }
    fn in_direct(&self, pos: usize) -> bool {
        let k = self.direct.partition_point(|r| r.start <= pos);
        k > 0 && crate::text::at(&self.direct, k - 1).end > pos
    }
    /// The partial quote holding `pos`, if any.
    fn partial_at(&self, pos: usize) -> Option<Range> {
        let k = self.partial.partition_point(|r| r.start <= pos);
        crate::text::part(&self.partial, 0, k).last().copied().filter(|r| r.end > pos)
    }
    /// Whether a quote in marks (not a title) opens at token `k`, as the quote pass found it:
    /// asked of the quotes, not of a list of marks.
    fn quote_opens(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else { return false };
        let at = |list: &[Range]| list.get(list.partition_point(|r| r.start < t.start)).is_some_and(|r| r.start == t.start);
        at(&self.direct) || (at(&self.partial) && !at(&self.titles))
    }
    /// The first direct quote starting at or after `pos`.
    fn direct_from(&self, pos: usize) -> Option<Range> {
        self.direct.get(self.direct.partition_point(|r| r.start < pos)).copied()
    }
    /// The end of the last direct quote ending at or before `pos`.
    fn direct_end_before(&self, pos: usize) -> Option<usize> {
        let k = self.direct.partition_point(|r| r.start < pos);
        crate::text::part(&self.direct, 0, k).iter().rev().map(|r| r.end).find(|&e| e <= pos)
    }
    fn is_cue(&self, i: usize) -> bool {
        self.cue_at(i).is_some()
    }

    /// The reporting verb at token `i`, if it is one here: a form that is also a noun
    /// ("post", "state") counts only after a subject pronoun, a modal or "to", and not
    /// capitalised inside a sentence ("The Washington Post", "the New York state attorney").
    fn cue_at(&self, i: usize) -> Option<&'a crate::lexicon::Cue> {
        if self.toks.get(i)?.kind != TokKind::Word {
            return None;
        }
        let cue = self.lex.cue(self.w(i))?;
        // The last word of a name is no verb: "the United States", "The Washington Post".
        if is_cap(self.w(i)) && self.by_end.get(&self.tok(i).end).is_some_and(|&m| self.men(m).range.start < self.tok(i).start) {
            return None;
        }
        // (Nor a word inside one after its lower-case joint: "the Centre for Countering
        // Digital Hate"; a title-case headline's "Clinton Says …" may run into one.)
        if is_cap(self.w(i)) && i > 0 && among!(self.w(i - 1), "for" | "of" | "on" | "against" | "and" | "to") {
            let s = self.tok(i).start;
            let k = self.mentions.partition_point(|m| m.range.start < s);
            if k > 0 && self.men(k - 1).range.end >= self.tok(i).end {
                return None;
            }
        }
        // "four other states", "all 50 states": a plural noun after a number or a quantifier.
        if i > 0 && self.lw(i).ends_with('s') {
            let prev = self.lw(i - 1);
            if among!(prev, "other" | "several" | "many" | "both" | "all" | "these" | "those" | "few") || prev.bytes().all(|b| b.is_ascii_digit()) || crate::times::number(prev).is_some_and(|n| n >= 2.0) {
                return None;
            }
        }
        // "his early-morning tweets", "Trump's remarks", "the reports": a plural noun after
        // a determiner, a possessor or a compound modifier.
        if cue.plural_noun && i > 0 {
            let prev = self.lw(i - 1);
            if self.tok(i - 1).kind == TokKind::Possessive
                || among!(prev, "the" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "whose" | "recent" | "latest" | "earlier" | "previous" | "such" | "some" | "any" | "no" | "public")
                || (prev.contains('-') && self.tok(i - 1).kind == TokKind::Word)
            {
                return None;
            }
            // "the Democratic demands", "their Russian counterparts' claims": a capitalised
            // modifier that names no one, after a determiner.
            if i >= 2
                && is_cap(self.w(i - 1))
                && self.tok(i - 1).kind == TokKind::Word
                && self.by_end.get(&self.tok(i - 1).end).is_none_or(|&m| self.men(m).kind == MKind::Misc && self.men(m).range.start == self.tok(i - 1).start)
                && among!(self.lw(i - 2), "the" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "whose")
            {
                return None;
            }
        }
        // "an estimated 20,000 troops", "the reported attack", "a confirmed case": a past
        // participle after an article modifies a noun.
        if i > 0 && among!(self.lw(i - 1), "a" | "an" | "the") && self.lw(i).ends_with("ed") {
            return None;
        }
        if cue.noun {
            let prev = if i > 0 { self.lw(i - 1) } else { "" };
            let verbal = among!(prev, "i" | "we" | "you" | "they" | "to" | "will" | "would" | "can" | "could" | "should" | "may" | "might" | "must" | "did" | "do" | "does" | "not" | "also" | "often" | "still");
            if !verbal {
                return None;
            }
        }
        Some(cue)
    }

    /// The noun phrase ending just before token `c` (skipping adverbs and auxiliaries).
    fn np_before(&self, c: usize, floor: usize) -> Option<Np> {
        let mut i = c;
        // "A ministry spokesman, however, warned": an interjection between commas.
        if i >= floor + 4
            && self.w(i - 1) == ","
            && self.w(i - 3) == ","
            && among!(self.lw(i - 2), "however" | "meanwhile" | "though" | "too" | "also" | "instead" | "nevertheless" | "moreover" | "likewise" | "similarly" | "separately")
        {
            i -= 3;
        }
        loop {
            let w = if i > floor { self.lw(i - 1) } else { break };
            // "Wells Fargo just this month announced": the determiner of a time word too.
            let time_det = among!(w, "this" | "that" | "next" | "early") && i < c && TIME_WORDS.contains(self.lw(i));
            // "George Will urged": a capitalised word that ends a name is the name's.
            let named = is_cap(self.w(i - 1)) && !TIME_WORDS.contains(w) && self.by_end.contains_key(&self.tok(i - 1).end);
            if named {
                break;
            }
            // ("Both have promised": a quantifier that opens the clause is its subject.)
            let quantifier = among!(w, "all" | "both") && i - 1 == floor;
            if (SKIP_BACK.contains(w) && !quantifier) || TIME_WORDS.contains(w) || (w == "on" && i < c) || time_det {
                i -= 1;
            } else {
                break;
            }
        }
        // "in 2010 said": a year with its preposition.
        if i >= floor + 2 && self.w(i - 1).len() == 4 && self.w(i - 1).bytes().all(|b| b.is_ascii_digit()) && among!(self.lw(i - 2), "in" | "since" | "during") {
            i -= 2;
        }
        // "Rep. John Mica (R-Fla.) said": the name before a short parenthesis.
        i = self.before_paren(i, floor);
        if i <= floor {
            return None;
        }
        // "Tom Brown — who wrote a book on the debates — said": the phrase before a parenthesis
        // between dashes ("--" as two hyphens).
        let dash = |k: usize| matches!(self.w(k), "—" | "–") || (self.w(k) == "-" && k > floor && self.w(k - 1) == "-");
        if i > floor + 3 && dash(i - 1) {
            let close = if self.w(i - 1) == "-" { i - 2 } else { i - 1 };
            let inner = (floor.max(close.saturating_sub(30)) + 1..close).rev().find(|&k| dash(k));
            if let Some(k) = inner.filter(|&k| (k + 1..close).all(|x| self.tok(x).kind != TokKind::Punct || self.w(x) == ",")) {
                let open = if self.w(k) == "-" { k - 1 } else { k };
                // (An organisation there ends an appositive before the dashes: "John Dickey,
                // the chief executive of Ora Media -- the company that … -- told me".)
                let found = (open > floor).then(|| self.np_before(open, floor)).flatten();
                if let Some(np) = found.filter(|np| !matches!(np.kind, NpKind::Mention(m) if matches!(self.men(m).kind, MKind::Org | MKind::Place))) {
                    return Some(np);
                }
            }
        }
        // "all the experts I interviewed said", "the voters we spoke to say": a relative clause
        // without its pronoun, between the subject and the cue.
        {
            let mut v = i - 1;
            if v > floor + 2 && matches!(self.lw(v), "to" | "with") {
                v -= 1;
            }
            if v > floor + 2 && self.lex.past_form(self.lw(v)) && among!(self.lw(v - 1), "i" | "we" | "you" | "he" | "she" | "they") && self.tok(v - 2).kind == TokKind::Word && !is_cap(self.w(v - 2)) {
                if let Some(d) = self.desc_before(v - 1, floor) {
                    return Some(d);
                }
            }
        }
        // "McConnell, …, who said": the antecedent before the relative pronoun.
        // "progressive organizations that have endorsed him say": the antecedent of a
        // relative clause between the subject and its verb.
        if let Some(r) = (floor.max(i.saturating_sub(8)) + 1..i.saturating_sub(2)).rev().find(|&r| among!(self.lw(r), "that" | "who" | "which")) {
            let inner = (r + 1..i).all(|x| self.tok(x).kind == TokKind::Word && !self.is_cue(x));
            // The clause's verb has something after it ("who were briefed on the talks"), or
            // the cue is the clause's own verb ("users who have continued creating").
            let is_verb = |x: usize| self.past_or_aux(x);
            let verb = (r + 1..i).rev().find(|&x| is_verb(x)).is_some_and(|v| v + 1 < i);
            // ("clarified that she meant to say": a verb's clause, not a relative one.)
            let noun = self.tok(r - 1).kind == TokKind::Word && !self.is_cue(r - 1) && !self.verb_like(r - 1) && !AUX.contains(self.lw(r - 1));
            // A subject relative ("that have endorsed him"), not a noun's clause ("the
            // possibility that Trump would be president and predicted"); a finite cue.
            let subject_rel = self.lw(r) == "who" || is_verb(r + 1);
            let finite = !among!(self.lw(i - 1), "to" | "and" | "but" | "or");
            if inner && verb && noun && subject_rel && finite {
                if let Some(&m) = self.by_end.get(&self.tok(r - 1).end) {
                    return Some(Np { range: self.men(m).range, kind: NpKind::Mention(m) });
                }
                if let Some(d) = self.desc_before(r, floor) {
                    // ("Passengers aboard a flight that landed … say": the group the phrase
                    // with the clause belongs to.)
                    let k = crate::text::tok_at(self.toks, d.range.start);
                    if k >= floor + 2 && among!(self.lw(k - 1), "aboard" | "on" | "in" | "at" | "from" | "of" | "near") && self.lex.groups.contains(self.lw(k - 2)) {
                        if let Some(g) = self.desc_before(k - 1, floor) {
                            return Some(Np { range: Range::new(g.range.start, d.range.end), kind: NpKind::Desc });
                        }
                    }
                    return Some(d);
                }
            }
        }
        // "a letter from his doctor Friday that says …", "a report which found …": a record
        // named before its relative pronoun speaks.
        if matches!(self.lw(i - 1), "that" | "which") && i >= floor + 3 {
            let mut e = i - 1;
            while e > floor + 1 && TIME_WORDS.contains(self.lw(e - 1)) {
                e -= 1;
            }
            if let Some(d) = self.desc_before(e, floor) {
                let k = crate::text::tok_at(self.toks, d.range.start);
                if (k..e).any(|x| EVIDENCE.contains(self.lw(x)) || RECORDS.contains(self.lw(x))) {
                    return Some(d);
                }
            }
        }
        // "among the 30 percent of voters who said …": a restrictive clause's antecedent, in
        // object position (a subject's clause would end before the main verb).
        if self.lw(i - 1) == "who" && i >= floor + 3 && self.tok(i - 2).kind == TokKind::Word && (!is_cap(self.w(i - 2)) || self.lex.groups.contains(self.lw(i - 2))) {
            let d = self.desc_before(i - 1, floor)?;
            let mut k = crate::text::tok_at(self.toks, d.range.start);
            // ("She met workers who said": the phrase starts after the verb.)
            if let Some(v) = (k..i - 2).rev().find(|&x| self.past_or_aux(x)) {
                k = v + 1;
            }
            // The phrase opens with a determiner or a number, or is a bare plural of one or
            // two words ("workers", "the 30 percent of voters"); not "slamming candidates".
            let first = self.lw(k);
            let opened = DETERMINERS.contains(first) || first.starts_with(|c: char| c.is_ascii_digit()) || crate::times::number(first).is_some();
            let bare = i - 1 - k <= 2 && !first.ends_with("ing") && (k..i - 1).all(|x| (!is_cap(self.w(x)) || self.lex.groups.contains(self.lw(x))) && self.tok(x).kind == TokKind::Word);
            let object = k > floor && self.tok(k - 1).kind == TokKind::Word && !is_cap(self.w(k - 1)) && (opened || bare);
            return object.then(|| Np { range: Range::new(self.tok(k).start, d.range.end), kind: NpKind::Desc });
        }
        if self.lw(i - 1) == "who" && i >= floor + 2 && self.w(i - 2) == "," {
            // "Senator Fatima Bello (Kano Central), who said": the name before a constituency,
            // party or age in brackets.
            let mut k = self.before_paren(i - 2, floor);
            while k > floor + 1 && k + 16 > i && self.w(k - 1) != "," && !self.by_end.contains_key(&self.tok(k - 1).end) {
                k -= 1;
            }
            if let Some(&m) = self.by_end.get(&self.tok(k - 1).end) {
                // "nervous Democrats on Capitol Hill, who have argued": the people in the
                // place, not the place.
                if matches!(self.men(m).kind, MKind::Org | MKind::Place) {
                    let mut p = crate::text::tok_at(self.toks, self.men(m).range.start);
                    if p > floor && self.lw(p - 1) == "the" {
                        p -= 1;
                    }
                    // (A plural: not "Feinstein, the ranking Democrat on the committee, who".)
                    if p > floor + 1 && among!(self.lw(p - 1), "on" | "in" | "at" | "from" | "across" | "around") && self.tok(p - 2).kind == TokKind::Word && self.lw(p - 2).ends_with('s') {
                        if let Some(&m2) = self.by_end.get(&self.tok(p - 2).end).filter(|&&m2| self.men(m2).kind != MKind::Place) {
                            return Some(Np { range: self.men(m2).range, kind: NpKind::Mention(m2) });
                        }
                        if let Some(d) = self.desc_before(p - 1, floor) {
                            return Some(d);
                        }
                    }
                    // "Maria Lopez of Ohio, who said": the person the place belongs to.
                    if let Some(p) = self.person_of(m, floor) {
                        return Some(Np { range: self.men(p).range, kind: NpKind::Mention(p) });
                    }
                    // "McConnell, now the Senate majority leader, who said": the person the
                    // appositive describes, not the organisation inside it.
                    let mut j = crate::text::tok_at(self.toks, self.men(m).range.start);
                    while j > floor + 1 && j + 12 > k && self.w(j - 1) != "," {
                        j -= 1;
                    }
                    if j > floor + 1 && self.w(j - 1) == "," {
                        // (Or a surname seen alone: "McConnell, now the Senate majority leader".)
                        if let Some(&p) = self.by_end.get(&self.tok(j - 2).end).filter(|&&p| matches!(self.men(p).kind, MKind::Person | MKind::Misc)) {
                            return Some(Np { range: self.men(p).range, kind: NpKind::Mention(p) });
                        }
                    }
                }
                return Some(Np { range: self.men(m).range, kind: NpKind::Mention(m) });
            }
            if k > floor + 1 && self.w(k - 1) == "," {
                if let Some(&m) = self.by_end.get(&self.tok(k - 2).end) {
                    return Some(Np { range: self.men(m).range, kind: NpKind::Mention(m) });
                }
            }
            return None;
        }
        let t = self.tok(i - 1);
        if let Some(&m) = self.by_end.get(&t.end) {
            let mut np = Np { range: self.men(m).range, kind: NpKind::Mention(m) };
            // "a lawyer for Donald Trump said", "an aide to the senator said": the proxy speaks.
            let k = crate::text::tok_at(self.toks, np.range.start);
            let mut p = k;
            if p > floor && self.lw(p - 1) == "the" {
                p -= 1;
            }
            if p >= floor + 2 && matches!(self.lw(p - 1), "for" | "to") && PROXIES.contains(self.lw(p - 2)) {
                let mut d = p - 2;
                while d > floor && d + 4 > p && !DETERMINERS.contains(self.lw(d)) && self.tok(d - 1).kind == TokKind::Word && !self.is_cue(d - 1) {
                    d -= 1;
                }
                // (Or a bare plural: "Advisers to Mr. Holt say", "lawyers for the company said".)
                let bare = d == p - 2 && self.lw(d).ends_with('s');
                if DETERMINERS.contains(self.lw(d)) || self.tok(d).kind == TokKind::Possessive || bare {
                    return Some(Np { range: Range::new(self.tok(d).start, np.range.end), kind: NpKind::Desc });
                }
            }
            // "A police report obtained by CBC News says", "documents seen by Reuters show":
            // the document speaks, not the outlet that holds it. A document's author does
            // speak through it ("a report released by the Brookings Institution found"), the
            // pollster and not its client ("a poll conducted by Ipsos for Global News").
            let mut by = p;
            let mut client = false;
            if by >= floor + 3 && self.lw(by - 1) == "for" {
                if let Some(&m2) = self.by_end.get(&self.tok(by - 2).end) {
                    by = crate::text::tok_at(self.toks, self.men(m2).range.start);
                    client = true;
                }
            }
            if by >= floor + 3 && self.lw(by - 1) == "by" {
                let holder = among!(self.lw(by - 2), "obtained" | "seen" | "reviewed" | "viewed" | "leaked");
                let author = among!(self.lw(by - 2), "released" | "published" | "issued" | "prepared" | "commissioned" | "written" | "compiled" | "conducted" | "carried");
                if holder {
                    if let Some(d) = self.desc_before(by - 2, floor) {
                        // "A letter from the American Legion obtained by The Associated Press":
                        // the sender, where the phrase names one.
                        let k0 = crate::text::tok_at(self.toks, d.range.start);
                        let sender = (k0..by - 2).find(|&k| self.lw(k) == "from").and_then(|k| {
                            let k = if self.lw(k + 1) == "the" { k + 2 } else { k + 1 };
                            self.by_start.get(&self.toks.get(k)?.start).copied()
                        });
                        if let Some(m2) = sender.filter(|&m2| matches!(self.men(m2).kind, MKind::Org | MKind::Person | MKind::Misc)) {
                            return Some(Np { range: self.men(m2).range, kind: NpKind::Mention(m2) });
                        }
                        return Some(Np { range: Range::new(d.range.start, np.range.end), kind: NpKind::Desc });
                    }
                } else if author && client {
                    if let Some(&m2) = self.by_start.get(&self.tok(by).start) {
                        return Some(Np { range: self.men(m2).range, kind: NpKind::Mention(m2) });
                    }
                }
            }
            // "a source close to the star told", "a friend of the singer said": the person
            // related to the one named speaks.
            if p >= floor + 3 {
                let (w1, w2) = (self.lw(p - 1), self.lw(p - 2));
                let related = (matches!(w1, "to" | "with") && among!(w2, "close" | "closest" | "familiar" | "near"))
                    || (w1 == "of" && among!(w2, "friend" | "friends" | "source" | "sources" | "relative" | "relatives" | "colleague" | "colleagues" | "neighbour" | "neighbor" | "neighbours" | "neighbors" | "cousin" | "sister" | "brother" | "mother" | "father" | "daughter" | "son" | "wife" | "husband" | "partner" | "pal" | "confidant" | "confidante" | "ally" | "allies"));
                if related {
                    if let Some(d) = self.desc_before(i, floor).filter(|d| d.range.start < np.range.start) {
                        return Some(d);
                    }
                }
            }
            // "A bench of Chief Justice Ann Rowe and Justice Joan Vale said": the body the
            // names make up speaks, not its last member.
            {
                let mut q = p;
                while q >= floor + 2 && among!(self.lw(q - 1), "and" | ",") {
                    let Some(&m2) = self.by_end.get(&self.tok(q - 2).end) else { break };
                    q = crate::text::tok_at(self.toks, self.men(m2).range.start);
                }
                if q >= floor + 3 && q < p && self.lw(q - 1) == "of" && among!(self.lw(q - 2), "bench" | "panel" | "team" | "group" | "delegation" | "trio" | "pair") && DETERMINERS.contains(self.lw(q - 3)) {
                    return Some(Np { range: Range::new(self.tok(q - 3).start, np.range.end), kind: NpKind::Desc });
                }
            }
            // "A spokesperson for the Hospital for Sick Children in Toronto said": the place
            // only ends the phrase whose head speaks.
            if self.men(m).kind == MKind::Place && k > floor + 2 && self.lw(k - 1) == "in" && self.tok(k - 2).kind == TokKind::Word && !self.is_cue(k - 2) {
                if let Some(np) = self.np_before(k - 1, floor).filter(|np| !matches!(np.kind, NpKind::Pronoun)) {
                    return Some(np);
                }
            }
            // "Mr. Morgan of the Sierra Club said": the person, not the organisation.
            if matches!(self.men(m).kind, MKind::Org | MKind::Misc | MKind::Place) {
                let k = crate::text::tok_at(self.toks, np.range.start);
                let mut p = k;
                // "Laura Shantz of Ottawa Transit Riders said": the organisation's name may
                // start with a place of its own.
                while p > floor + 1 && p + 3 > k && is_cap(self.w(p - 1)) && self.by_end.contains_key(&self.tok(p - 1).end) && self.lw(p - 2) == "of" {
                    p = crate::text::tok_at(self.toks, self.mentions[self.by_end[&self.tok(p - 1).end]].range.start);
                }
                if p > floor && self.lw(p - 1) == "the" {
                    p -= 1;
                }
                if p > floor + 1 && among!(self.lw(p - 1), "of" | "at" | "from") {
                    if let Some(&m2) = self.by_end.get(&self.tok(p - 2).end) {
                        // An unknown first name is still a name here: "Tunde Bakare of the
                        // Nigerian Labour Congress said".
                        let name = self.men(m2).kind == MKind::Person
                            || self.men(m2).kind == MKind::Misc && self.men(m2).range.slice(self.text).split_whitespace().filter(|w| is_cap(w)).count() >= 2;
                        if name {
                            np = Np { range: self.men(m2).range, kind: NpKind::Mention(m2) };
                        } else if self.men(m2).kind == (MKind::Role { person: true }) && self.lw(p - 1) == "of" && {
                            let s2 = crate::text::tok_at(self.toks, self.men(m2).range.start);
                            s2 <= floor || self.w(s2 - 1) != ","
                        } {
                            // "The premier of Ontario said": the office holder, described (not
                            // an appositive: "John Dickey, the chief executive of Ora Media,").
                            np = Np { range: Range::new(self.men(m2).range.start, np.range.end), kind: NpKind::Desc };
                        }
                    }
                }
            }
            // "supporters in Congress say", "attorneys for the family said": a group of people
            // with a name in its prepositional phrase speaks, not the name; so do "supporters
            // of Democrat Hillary Clinton".
            let supporters = p >= floor + 2 && self.lw(p - 1) == "of" && self.lex.groups.contains(self.lw(p - 2));
            if supporters || matches!(np.kind, NpKind::Mention(x) if matches!(self.men(x).kind, MKind::Org | MKind::Place | MKind::Misc)) {
                if let Some(d) = self.desc_before(i, floor).filter(|d| d.range.start < np.range.start) {
                    let k = crate::text::tok_at(self.toks, d.range.start);
                    let e = crate::text::tok_at(self.toks, np.range.start);
                    if (k..e).any(|x| self.lex.groups.contains(self.lw(x))) {
                        return Some(d);
                    }
                }
            }
            // Appositive: "Trump, the US President, said" → Trump.
            if matches!(self.men(m).kind, MKind::Role { .. } | MKind::Misc) {
                let k = crate::text::tok_at(self.toks, np.range.start);
                if k >= 2 && self.w(k - 1) == "," {
                    if let Some(&m2) = self.by_end.get(&self.tok(k - 2).end) {
                        // A person's role after a person, an organisation's after an
                        // organisation ("On Instagram, the singer said" is no apposition).
                        // The object of an opening phrase is none either: "Speaking to ANI,
                        // Tunde Bakare said".
                        let mut k2 = crate::text::tok_at(self.toks, self.men(m2).range.start);
                        if k2 > floor + 1 && among!(self.lw(k2 - 1), "the" | "a" | "an") {
                            k2 -= 1;
                        }
                        let object = k2 > floor && among!(self.lw(k2 - 1), "to" | "with" | "in" | "on" | "at" | "for" | "from" | "by" | "of");
                        let fits = !object && match (self.men(m2).kind, self.men(m).kind) {
                            (MKind::Person, _) => true,
                            (MKind::Org, MKind::Role { person }) => !person,
                            (MKind::Org, _) => true,
                            _ => false,
                        };
                        if fits {
                            np = Np { range: self.men(m2).range, kind: NpKind::Mention(m2) };
                        }
                    }
                }
            }
            return Some(np);
        }
        if pronoun_base(self.lw(i - 1)).is_some() {
            return Some(Np { range: t.range(), kind: NpKind::Pronoun });
        }
        // Appositive after a name: "Smith, a spokesman for the campaign, said".
        if self.w(i - 1) == "," {
            // "The utility's director, Janet Okafor, told": the name before the comma.
            // Not a name inside the appositive ("…, a member of the Security Council, said").
            let inside = |m: usize| {
                let k = crate::text::tok_at(self.toks, self.men(m).range.start);
                k >= 2 && among!(self.lw(k - 1), "of" | "the" | "at" | "for" | "from" | "in" | "with") && self.w(k - 1) != ","
            };
            // The appositive's first word: "the provincial health MEC" describes the name
            // before it, it does not name the speaker.
            let seg = (floor..i - 1).rev().find(|&k| self.w(k) == ",").map_or(floor, |k| k + 1);
            let described = seg < i - 1 && (DETERMINERS.contains(self.lw(seg)) || !is_cap(self.w(seg)));
            // "…, a retired fisherman named Joe Monias, put it simply": the name the
            // appositive gives.
            if described && i >= 3 {
                if let Some(&m) = self.by_end.get(&self.tok(i - 2).end) {
                    let k = crate::text::tok_at(self.toks, self.men(m).range.start);
                    if k > seg && matches!(self.lw(k - 1), "named" | "called") && matches!(self.men(m).kind, MKind::Person | MKind::Misc) {
                        return Some(Np { range: self.men(m).range, kind: NpKind::Mention(m) });
                    }
                    // "The report's author, economist Marc Lee, said": a role in lower case
                    // before the name.
                    let role_words = k > seg && self.past_role_words(seg, k, true) == k && {
                        let head = self.lw(k - 1);
                        self.lex.is_title(head) || self.lex.role_nouns.get(head).is_some_and(|r| r.0)
                    };
                    if role_words && self.men(m).kind == MKind::Person && seg > floor + 1 {
                        return Some(Np { range: self.men(m).range, kind: NpKind::Mention(m) });
                    }
                }
            }
            if i >= 2 && !described {
                if let Some(&m) = self.by_end.get(&self.tok(i - 2).end) {
                    if matches!(self.men(m).kind, MKind::Person | MKind::Org | MKind::Misc) && !inside(m) {
                        let k = crate::text::tok_at(self.toks, self.men(m).range.start);
                        if let Some(np) = self.apposed_owner(m, floor) {
                            return Some(np);
                        }
                        return Some(self.proxy_before(k, floor).unwrap_or(Np { range: self.men(m).range, kind: NpKind::Mention(m) }));
                    }
                    // "Another pollster, David Woodard of Clemson University, said": the person
                    // the organisation belongs to, when the person opens the appositive.
                    // ("Trump's rivals, Sens. Ted Cruz of Texas and Marco Rubio of Florida, have
                    // urged": the appositive opens with a person too.)
                    let person_at = |k: usize| k < i && self.by_start.get(&self.tok(k).start).is_some_and(|&q| self.men(q).kind == MKind::Person);
                    let opener = person_at(seg) || (self.lex.is_title(self.w(seg)) && person_at(seg + 1));
                    if let Some(p) = self.person_of(m, floor).filter(|&p| crate::text::tok_at(self.toks, self.men(p).range.start) == seg || opener) {
                        return Some(Np { range: self.men(p).range, kind: NpKind::Mention(p) });
                    }
                }
            }
            // Whether a mention opens the clause or follows a comma: a name in the middle of a
            // phrase ("a salesman from Sumter, South Carolina") is no subject.
            let opens = |m: usize| {
                let s = crate::text::tok_at(self.toks, self.men(m).range.start);
                s <= floor || self.w(s - 1) == ","
            };
            // "Donna Rawlings, 59, of Ashton, Md., said": back over an age and a home town to
            // the person.
            {
                let mut end = i - 1;
                while end > floor + 1 {
                    // ("of" + a town, which may be unknown; a place alone: a state.)
                    // (An abbreviation's stop may stand apart: "Md" ".".)
                    let last = if self.w(end - 1) == "." { end - 2 } else { end - 1 };
                    let town = self.by_end.get(&self.tok(last).end).map(|&m| (self.men(m).kind, crate::text::tok_at(self.toks, self.men(m).range.start)));
                    let age = self.w(end - 2) == "," && self.w(end - 1).len() <= 3 && self.w(end - 1).bytes().all(|b| b.is_ascii_digit());
                    end = match town {
                        Some((MKind::Place, s)) if s > floor && self.w(s - 1) == "," => s - 1,
                        // (A state written the AP way: "Md.", "Calif.".)
                        Some((MKind::Misc, s)) if s == last && s > floor && self.w(s - 1) == "," && self.w(end - 1) == "." && self.w(s).len() <= 5 => s - 1,
                        Some((MKind::Place | MKind::Misc, s)) if s > floor + 1 && self.lw(s - 1) == "of" && self.w(s - 2) == "," => s - 2,
                        _ if age => end - 2,
                        _ => break,
                    };
                }
                // (Not "a rally in Wilmington, N.C.".)
                if end < i - 1 && end > floor {
                    if let Some(&m) = self.by_end.get(&self.tok(end - 1).end).filter(|&&m| matches!(self.men(m).kind, MKind::Person | MKind::Misc) && opens(m)) {
                        return Some(Np { range: self.men(m).range, kind: NpKind::Mention(m) });
                    }
                }
            }
            // Back over one or two appositives to the name: "Jean-Marc Ayrault, the foreign
            // minister of France, a permanent member of the Security Council, said".
            let mut end = i - 1;
            for _ in 0..2 {
                let mut k = end;
                while k > floor && k + 40 > end && self.w(k - 1) != "," {
                    k -= 1;
                }
                // (A relative clause may run long: "Dr. Jane Holt, who as a Navy captain was
                // the physician in … and later retired as a rear admiral, said".)
                // So may a description without a verb: "David Kamin, an outside adviser to the
                // campaign on tax and budget issues and an associate professor at New York
                // University School of Law, said".
                let described = among!(self.lw(k), "a" | "an" | "the") && (k + 1..end).all(|x| matches!(self.tok(x).kind, TokKind::Word | TokKind::Possessive) && !self.past_or_aux(x) && !self.is_cue(x));
                if !(k > floor + 1 && self.w(k - 1) == ",") || (k + 20 <= end && !matches!(self.lw(k), "who" | "whose") && !described) {
                    break;
                }
                // "Rep. Elijah Cummings (D-Md.), the committee's top Democrat, said".
                // Not a name in the middle of a phrase: "Marty West, a professor who worked for
                // Sen. Lamar Alexander (R-Tenn.), one of the bill's architects, called it".
                let named = self.before_paren(k - 1, floor);
                if let Some(&m) = self.by_end.get(&self.tok(named - 1).end).filter(|&&m| named == k - 1 || opens(m)) {
                    // "Adeyemi, who spoke through his Chief Press Secretary, Mr Tunde Okafor,
                    // said": the name is an appositive inside a relative clause on the subject.
                    if let Some(np) = self.apposed_owner(m, floor) {
                        return Some(np);
                    }
                    if !inside(m) || self.men(m).kind == MKind::Person {
                        return Some(Np { range: self.men(m).range, kind: NpKind::Mention(m) });
                    }
                    // "Senator Chuck Schumer of New York, the minority leader, said": the
                    // person the place or organisation belongs to.
                    if let Some(p) = self.person_of(m, floor) {
                        return Some(Np { range: self.men(p).range, kind: NpKind::Mention(p) });
                    }
                }
                // "A senior official, who spoke on condition of anonymity, said": a
                // description before a relative clause or a participle ("Al Jazeera's
                // correspondent, reporting from Gaza, said").
                // "Democratic economists, like their Republican counterparts, say".
                // ("Health officials in Texas, where the outbreak began, said": a place's clause.)
                if among!(self.lw(k), "who" | "whose" | "which" | "where" | "like" | "unlike" | "including" | "especially" | "particularly") || (self.lw(k).len() > 5 && self.lw(k).ends_with("ing") && !is_cap(self.w(k))) {
                    // (Not the object of an earlier relative clause: "Richard Shelby, the
                    // Republican who heads the Banking Committee, which oversees the Fed,
                    // said": back to the name.)
                    let object = |d: &Np| {
                        let s = crate::text::tok_at(self.toks, d.range.start);
                        s > floor + 1
                            && self.tok(s - 1).kind == TokKind::Word
                            && !is_cap(self.w(s - 1))
                            && !among!(self.lw(s - 1), "of" | "in" | "at" | "for" | "from" | "with" | "to" | "by" | "on")
                            && among!(self.lw(s - 2), "who" | "that")
                    };
                    if let Some(d) = self.desc_before(k - 1, floor).filter(|d| !object(d)) {
                        return Some(d);
                    }
                }
                end = k - 1;
            }
            return None;
        }
        self.desc_before(i, floor)
    }

    /// For a mention `m` after a comma that is not the subject itself, the one it stands in
    /// apposition for: a relative clause's subject (`relative_subject`) or the company or
    /// person a chain of places locates (`place_owner`).
    fn apposed_owner(&self, m: usize, floor: usize) -> Option<Np> {
        let s = crate::text::tok_at(self.toks, self.men(m).range.start);
        let p = self.relative_subject(s, floor).or_else(|| self.place_owner(m, floor))?;
        Some(Np { range: self.men(p).range, kind: NpKind::Mention(p) })
    }

    /// `RMS International Inc., Hasbrouck Heights, N.J., said`: for a place mention `m` after
    /// a comma, the organisation or person that the chain of places locates.
    fn place_owner(&self, m: usize, floor: usize) -> Option<usize> {
        if self.men(m).kind != MKind::Place {
            return None;
        }
        let mut cur = m;
        for _ in 0..3 {
            let mut s = crate::text::tok_at(self.toks, self.men(cur).range.start);
            // ("James Fallon, a New Providence, N.J., consultant, said": a description
            // the place modifies.)
            let modifier = s > floor + 2 && among!(self.lw(s - 1), "a" | "an" | "the");
            if cur != m && self.men(cur).kind != MKind::Place && !modifier {
                return matches!(self.men(cur).kind, MKind::Org | MKind::Person | MKind::Misc).then_some(cur);
            }
            if modifier {
                s -= 1;
            }
            if s < floor + 2 || self.w(s - 1) != "," {
                return None;
            }
            // ("Inc.,": the name may end before its legal suffix, or after it.)
            let mut e = s - 2;
            if e > floor && self.w(e) == "." {
                e -= 1;
            }
            let suffix = e > floor && self.lex.business.contains(self.w(e));
            cur = *self.by_end.get(&self.tok(e).end).or_else(|| suffix.then(|| self.by_end.get(&self.tok(e - 1).end)).flatten())?;
        }
        None
    }

    /// For a name opening at token `s` after a comma, in apposition to the end of a relative
    /// clause (`Adeyemi, who spoke through his aide, Mr Tunde Okafor,`): the person the clause
    /// is about (`Adeyemi`).
    fn relative_subject(&self, s: usize, floor: usize) -> Option<usize> {
        if s < floor + 4 || self.w(s - 1) != "," {
            return None;
        }
        // Back to the comma that opens the clause, within 20 words.
        let open = (floor.max(s.saturating_sub(22))..s - 1).rev().find(|&k| self.w(k) == ",")?;
        if !(open > floor && open + 3 < s - 1 && among!(self.lw(open + 1), "who" | "whose")) {
            return None;
        }
        // (An appositive to a noun of the clause: "his aide", "the governor's spokesman".)
        let noun = self.tok(s - 2).kind == TokKind::Word && !among!(self.lw(s - 2), "said" | "says" | "and" | "but");
        self.by_end.get(&self.tok(open - 1).end).copied().filter(|&p| noun && matches!(self.men(p).kind, MKind::Person | MKind::Misc))
    }

    /// `Chuck Schumer of New York`, `Jane Holt of the Sierra Club`: for the place or
    /// organisation mention `m`, the person named right before its `of` or `from`.
    fn person_of(&self, m: usize, floor: usize) -> Option<usize> {
        if !matches!(self.men(m).kind, MKind::Place | MKind::Org) {
            return None;
        }
        let mut k = crate::text::tok_at(self.toks, self.men(m).range.start);
        if k > floor && self.lw(k - 1) == "the" {
            k -= 1;
        }
        if k < floor + 2 || !matches!(self.lw(k - 1), "of" | "from") {
            return None;
        }
        self.by_end.get(&self.tok(k - 2).end).copied().filter(|&p| self.men(p).kind == MKind::Person)
    }

    /// `Rep. John Mica (R-Fla.)`: for tokens ending before `i` with a short parenthesis
    /// after a name, the index where the name's tokens end; else `i`.
    fn before_paren(&self, i: usize, floor: usize) -> usize {
        if i > floor + 2 && self.w(i - 1) == ")" {
            if let Some(open) = (floor.max(i.saturating_sub(9))..i - 1).rev().find(|&k| self.w(k) == "(") {
                if open > floor && self.by_end.contains_key(&self.tok(open - 1).end) {
                    return open;
                }
            }
        }
        // ("Sen. Mark Doyle, R-Texas, said": a party and state between commas.)
        if i > floor + 3 && self.w(i - 1) == "," {
            if let Some(k) = (floor.max(i.saturating_sub(6)) + 1..i - 1).rev().find(|&k| self.w(k) == ",") {
                let between = crate::text::cut(self.text, self.tok(k).end, self.tok(i - 1).start).trim();
                let party = between.len() <= 20 && between.starts_with(['R', 'D', 'I']) && between[1..].starts_with('-') && between[2..].starts_with(char::is_uppercase);
                if party && self.by_end.contains_key(&self.tok(k - 1).end) {
                    return k;
                }
            }
        }
        i
    }

    /// `The Sun quoted an unnamed worker as saying`: for the participle cue at `c`, the object
    /// of `quoted` (or `cited`) speaks, not the sentence's subject.
    fn quoted_as(&self, c: usize, floor: usize) -> Option<Np> {
        if c < floor + 3 || self.lw(c - 1) != "as" {
            return None;
        }
        let q = (floor.max(c.saturating_sub(10))..c - 1).rev().find(|&k| among!(self.lw(k), "quoted" | "quotes" | "quoting" | "cited" | "cites" | "citing"))?;
        self.np_after(q + 1, c - 1).map(|(np, _)| np)
    }

    /// `A spokesperson for the premier of Ontario, Doug Ford, said`: the name at token `k` is
    /// in apposition to the person someone speaks for; the spokesperson speaks.
    fn proxy_before(&self, k: usize, floor: usize) -> Option<Np> {
        if k < floor + 4 || self.w(k - 1) != "," {
            return None;
        }
        let j = (floor.max(k.saturating_sub(12))..k - 1).find(|&j| {
            PROXIES.contains(self.lw(j)) && matches!(self.lw(j + 1), "for" | "to") && j > floor && among!(self.lw(j - 1), "a" | "an" | "the")
        })?;
        // Only a person described, not named, takes a name in apposition: "a lawyer for the
        // news outlets, David Schulz," and "an aide to Ford, Jan Vale," name the proxy.
        let role = (j + 2..k - 1).any(|x| self.lex.role_nouns.get(self.lw(x)).is_some_and(|r| r.0));
        let named = (j + 2..k - 1).any(|x| self.by_start.get(&self.tok(x).start).is_some_and(|&m| self.men(m).kind == MKind::Person));
        if !role || named {
            return None;
        }
        Some(Np { range: Range::new(self.tok(j - 1).start, self.tok(k - 2).end), kind: NpKind::Desc })
    }

    /// Token `x` is the apostrophe of a plural possessive: `the players' union`.
    fn plural_mark(&self, x: usize) -> bool {
        let t = self.tok(x);
        x > 0
            && t.kind == TokKind::Punct
            && matches!(self.w(x), "'" | "\u{2019}")
            && self.tok(x - 1).end == t.start
            && self.tok(x - 1).kind == TokKind::Word
            && self.w(x - 1).ends_with('s')
            && self.toks.get(x + 1).is_some_and(|n| n.kind == TokKind::Word && n.start == t.end + 1 && !is_cap(self.w(x + 1)))
    }

    /// A descriptive noun phrase ending before token `i`: "a source", "sources close to the
    /// campaign", "the Clinton campaign".
    fn desc_before(&self, i: usize, floor: usize) -> Option<Np> {
        let end = self.tok(i - 1).end;
        let head = self.lw(i - 1);
        // ("Those close to him say": an object pronoun ends a phrase after its preposition.)
        let object = i >= floor + 3 && among!(head, "him" | "her" | "them" | "us") && among!(self.lw(i - 2), "to" | "with" | "of" | "for" | "around");
        if self.tok(i - 1).kind != TokKind::Word || (NOT_NOUNS.contains(head) && !object) || AUX.contains(head) || self.is_cue(i - 1) {
            return None;
        }
        let mut k = i - 1;
        let mut hops = 0;
        loop {
            // Walk back over the words of one phrase, to a determiner.
            let mut n = 0;
            while k > floor && n < 5 {
                let prev = self.tok(k - 1);
                let pw = self.lw(k - 1);
                if prev.kind == TokKind::Possessive || self.plural_mark(k - 1) {
                    k -= 1;
                    continue;
                }
                // ("US mediators": an acronym, not the pronoun.)
                let acronym = self.w(k - 1).len() >= 2 && self.w(k - 1).bytes().all(|b| b.is_ascii_uppercase() || b == b'.');
                if prev.kind != TokKind::Word || (NOT_NOUNS.contains(pw) && !acronym) || self.is_cue(k - 1) || AUX.contains(pw) {
                    break;
                }
                k -= 1;
                n += 1;
                if DETERMINERS.contains(pw) {
                    // "the two governments", "all the officials"
                    if k > floor && among!(self.lw(k - 1), "the" | "these" | "those" | "all" | "its" | "their" | "his" | "her") {
                        k -= 1;
                    }
                    break;
                }
            }
            // "sources close to …", "a spokesman for …", "officials at …".
            let prep = if k > floor { self.lw(k - 1) } else { "" };
            // "Developers and supporters in Congress", "experts on North Korea and nuclear
            // nonproliferation": coordinated phrases after a name or a group of people.
            // "the former secretary of state and current nominee": a second role without a
            // determiner of its own shares the first one's.
            // (Not a name: "has won a state and Cruz strongly suggested".)
            let shared = prep == "and"
                && k > floor + 1
                && hops == 0
                && !head.ends_with('s')
                && !NOT_NOUNS.contains(self.lw(k - 2))
                && !self.is_cue(k - 2)
                // (A modifier such as `Democratic` may be a name of its own; the head may not.)
                && !(k..i).any(|x| {
                    self.by_start.get(&self.tok(x).start).is_some_and(|&m| {
                        let m = self.men(m);
                        m.kind == MKind::Person || (m.kind == MKind::Misc && m.range.end >= end)
                    })
                })
                && self.article_before(k - 1, floor);
            let plain = prep == "and" && k > floor + 1 && (self.lex.groups.contains(self.lw(k - 2)) || is_cap(self.w(k - 2)));
            let coordinated = plain || shared;
            if hops < 3 && k > floor + 1 && (coordinated || among!(prep, "of" | "at" | "from" | "for" | "with" | "to" | "in" | "on" | "around" | "across")) {
                let save = k;
                k -= 1;
                if matches!(prep, "to" | "with") && among!(self.lw(k - 1), "close" | "familiar" | "near" | "closest") {
                    k -= 1;
                }
                if k > floor && self.tok(k - 1).kind == TokKind::Word && !NOT_NOUNS.contains(self.lw(k - 1)) && !self.is_cue(k - 1) {
                    hops += 1;
                    continue;
                }
                k = save;
            }
            break;
        }
        if k >= i {
            return None;
        }
        let first = self.lw(k);
        let words = i - k;
        // A bare noun is a speaker only as a plural ("officials", "sources") or a capitalised
        // name; a possessor works as a determiner ("Obama's former campaign strategist").
        let possessed = (k..i).any(|x| self.tok(x).kind == TokKind::Possessive || self.plural_mark(x));
        // "elected officials from both parties", "nearly eight of 10 voters": a group of people.
        let group = (k..i).any(|x| self.lex.groups.contains(self.lw(x)));
        // "47 percent said": a share of those polled.
        // ("About 4 in 10 say", "eight of 10 said").
        let numeric = |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) || crate::times::number(w).is_some();
        let share = (matches!(head, "percent" | "cent") && numeric(first))
            || (numeric(head) && i >= k + 3 && matches!(self.lw(i - 2), "in" | "of") && numeric(self.lw(i - 3)));
        // ("RT and its defenders say": the determiner of the second of two joined phrases.)
        let joined = (k..i).any(|x| self.lw(x) == "and" && x + 2 < i && among!(self.lw(x + 1), "the" | "its" | "his" | "her" | "their" | "our"));
        if !DETERMINERS.contains(first) && !possessed && !group && !share && !joined && !(words <= 3 && (head.ends_with('s') || is_cap(self.w(k)))) {
            return None;
        }
        let start = self.tok(k).start;
        if let Some(&m) = self.by_start.get(&start) {
            if self.men(m).range.end == end {
                return Some(Np { range: self.men(m).range, kind: NpKind::Mention(m) });
            }
        }
        Some(Np { range: Range::new(start, end), kind: NpKind::Desc })
    }

    /// Whether an article opens the phrase that ends before token `i`, a few words back
    /// (`the former secretary of state`); not a possessor (`Donald Trump's absurd`).
    fn article_before(&self, i: usize, floor: usize) -> bool {
        let mut x = i;
        while x > floor && x + 7 > i {
            x -= 1;
            let w = self.lw(x);
            if among!(w, "the" | "a" | "an") {
                return true;
            }
            if self.tok(x).kind != TokKind::Word || (NOT_NOUNS.contains(w) && w != "of") || self.past_or_aux(x) {
                return false;
            }
        }
        false
    }

    /// The noun phrase starting at token `i`; returns it and the token after it.
    /// A short parenthesis after a name, such as a party and state ("Rep. John Mica (R-Fla.)
    /// said"): the token after it, or `j` when there is none.
    fn skip_affiliation(&self, j: usize, limit: usize) -> usize {
        if j < limit && self.w(j) == "(" {
            if let Some(close) = (j + 1..limit.min(j + 8)).find(|&k| self.w(k) == ")") {
                if (j + 1..close).all(|k| !matches!(self.w(k), "\"" | "“" | "”" | "(")) {
                    return close + 1;
                }
            }
        }
        j
    }

    /// The person mention starting at token `k`, if any.
    fn person_at(&self, k: usize) -> Option<usize> {
        // An unknown name of two words or more counts too ("lead author Borja Cruz").
        self.toks.get(k).and_then(|t| self.by_start.get(&t.start)).copied().filter(|&p| {
            self.men(p).kind == MKind::Person || (self.men(p).kind == MKind::Misc && self.men(p).name_words >= 2)
        })
    }

    /// Mention `p` as a noun phrase, with the token after it (past a party-and-state
    /// parenthesis).
    fn mention_np(&self, p: usize, limit: usize) -> (Np, usize) {
        let end = self.men(p).range.end;
        let after = self.toks.partition_point(|x| x.start < end);
        (Np { range: self.men(p).range, kind: NpKind::Mention(p) }, self.skip_affiliation(after, limit))
    }

    /// Past up to three lower-case role words from `k` ("analyst", "campaign manager", with
    /// `modifiers` also "state", "former"): the token after them.
    fn past_role_words(&self, k: usize, limit: usize, modifiers: bool) -> usize {
        let mut j = k;
        while j < limit
            && j < k + 3
            && self.tok(j).kind == TokKind::Word
            && !is_cap(self.w(j))
            && (self.lex.is_title(self.w(j)) || self.lex.role_nouns.contains_key(self.lw(j)) || modifiers && crate::mentions::ROLE_MODIFIERS.contains(self.lw(j)))
        {
            j += 1;
        }
        j
    }

    /// A word that is no noun of a subject: "not", "also", a past form ("issued", "met").
    /// Token `x` is an auxiliary or a past form: the verb of a clause.
    fn past_or_aux(&self, x: usize) -> bool {
        let w = self.lw(x);
        AUX.contains(w) || self.lex.past_form(w)
    }

    fn verb_like(&self, j: usize) -> bool {
        let w = self.lw(j);
        NOT_NOUNS.contains(w) || self.lex.past_form(w)
    }

    fn np_after(&self, i: usize, limit: usize) -> Option<(Np, usize)> {
        if i >= limit {
            return None;
        }
        let t = self.tok(i);
        // "Small groups of protesters": a capitalised adjective opening the sentence, named
        // nowhere else, before a noun for people is no name.
        let adjective = |m: usize| {
            let x = self.men(m);
            matches!(x.kind, MKind::Misc | MKind::Person)
                && x.name_words == 1
                && self.layout.sentence_range(t.start).start == t.start
                && self.names().0.get(x.name.as_str()).copied().unwrap_or(0) <= 1
                && i + 1 < limit
                && !is_cap(self.w(i + 1))
                && (self.lex.group_or_member(self.lw(i + 1)) || self.lex.role_nouns.contains_key(self.lw(i + 1)) || self.lw(i + 2) == "of")
        };
        if let Some(&m) = self.by_start.get(&t.start).filter(|&&m| !adjective(m)) {
            let end = self.men(m).range.end;
            let next = self.toks.partition_point(|x| x.start < end);
            // "Scott's relatives, including his wife, … said": the relatives, not Scott (as
            // `np_before` reads "Scott's wife said").
            if next + 1 < limit && self.tok(next).kind == TokKind::Possessive {
                // "said NBC's Dante Chinni": the person the organisation's name qualifies.
                if let Some(p) = self.person_at(next + 1).filter(|_| self.men(m).kind == MKind::Org) {
                    return Some(self.mention_np(p, limit));
                }
                let mut j = next + 1;
                while j < limit
                    && j < next + 4
                    && self.tok(j).kind == TokKind::Word
                    && !is_cap(self.w(j))
                    && !self.is_cue(j)
                    && !AUX.contains(self.lw(j))
                    && !SKIP_BACK.contains(self.lw(j))
                    && !self.verb_like(j)
                {
                    j += 1;
                }
                if j > next + 1 {
                    // "said Clinton's campaign manager, Robby Mook": the name in apposition.
                    if let Some(p) = (j + 1 < limit && self.w(j) == ",").then(|| self.person_at(j + 1)).flatten() {
                        return Some(self.mention_np(p, limit));
                    }
                    return Some((Np { range: Range::new(t.start, self.tok(j - 1).end), kind: NpKind::Desc }, j));
                }
            }
            // "said Jefferies analyst Giles Thorne", "NDP health critic France Gélinas": the
            // organisation names the person's role.
            let k = self.past_role_words(next, limit, true);
            if let Some(p) = (k > next && k < limit).then(|| self.person_at(k)).flatten() {
                return Some(self.mention_np(p, limit));
            }
            // "The GOP nominee has staked …", "the Kremlin spokesman": with no name after
            // them, the organisation and a person's role are one description of a person.
            let person_role = k > next && self.lex.role_nouns.get(self.lw(k - 1)).is_some_and(|r| r.0);
            if person_role && matches!(self.men(m).kind, MKind::Org | MKind::Misc) && (k >= limit || !is_cap(self.w(k))) {
                return Some((Np { range: Range::new(t.start, self.tok(k - 1).end), kind: NpKind::Desc }, k));
            }
            // "UN humanitarian chief Tom Fletcher": any lower-case words, ending in a title.
            let mut k = next;
            while k < limit && k < next + 3 && self.tok(k).kind == TokKind::Word && !is_cap(self.w(k)) && !self.is_cue(k) && !AUX.contains(self.lw(k)) && !DETERMINERS.contains(self.lw(k)) {
                k += 1;
            }
            if k > next && k < limit && (self.lex.is_title(self.w(k - 1)) || self.lex.role_nouns.get(self.lw(k - 1)).is_some_and(|r| r.0)) {
                if let Some(p) = self.person_at(k) {
                    return Some(self.mention_np(p, limit));
                }
            }
            // "A spokesperson for the European Commission declined …": a role with the body
            // it serves.
            if matches!(self.men(m).kind, MKind::Role { person: true }) && next + 1 < limit && among!(self.lw(next), "for" | "of" | "at" | "from") {
                let body = [next + 1, next + 2].into_iter().filter_map(|o| self.by_start.get(&self.toks.get(o)?.start)).find(|&&o| matches!(self.men(o).kind, MKind::Org | MKind::Place));
                // (Not the owner of a longer phrase: "The deputy head of China's delegation".)
                if let Some(&o) = body {
                    let end = self.men(o).range.end;
                    let after = self.toks.partition_point(|x| x.start < end);
                    if after >= limit || self.tok(after).kind != TokKind::Possessive {
                        return Some((Np { range: Range::new(t.start, end), kind: NpKind::Desc }, after));
                    }
                }
            }
            return Some(self.mention_np(m, limit));
        }
        let lw = self.lw(i);
        // "said spokeswoman Jane Doe", "said campaign manager Robby Mook", "said state Sen.
        // Jane Doe": lower-case role words before a name.
        let k = self.past_role_words(i, limit, true);
        if let Some(p) = (k > i && k < limit).then(|| self.person_at(k)).flatten() {
            return Some(self.mention_np(p, limit));
        }
        // Right after a cue, any short description before a name: "said 9/11 widow Terry
        // Strada", "said longtime resident Jo Ames", "said 24-year-old student Al Reyes".
        if i > 0 && self.is_cue(i - 1) {
            let k = self.mentions.partition_point(|m| m.range.start < t.start);
            if let Some(p) = self.mentions.get(k).filter(|p| p.range.start - t.start <= 40) {
                let lead = crate::text::cut(self.text, t.start, p.range.start);
                let words: Vec<&str> = lead.split_whitespace().collect();
                let plain = |w: &str| {
                    let lower = w.chars().all(|c| c.is_lowercase() || c == '-') && !NOT_NOUNS.contains(w) && !DETERMINERS.contains(w) && !SKIP_BACK.contains(w) && !TIME_WORDS.contains(w);
                    let numeric = w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '/' | '-'));
                    lower || numeric
                };
                if p.kind == MKind::Person && (1..=3).contains(&words.len()) && words.iter().all(|w| plain(w)) && words.last().is_some_and(|w| !w.starts_with(|c: char| c.is_ascii_digit())) {
                    if let Some(&m) = self.by_start.get(&p.range.start) {
                        return Some(self.mention_np(m, limit));
                    }
                }
            }
        }
        if SUBJECT_PRONOUNS.contains(lw) && lw != "there" && lw != "it" {
            return Some((Np { range: t.range(), kind: NpKind::Pronoun }, i + 1));
        }
        // "warned that plants could close": after a verb, `that` opens a clause.
        if lw == "that" {
            return None;
        }
        // "…, said residents", "…, witnesses told Reuters": a group without a determiner.
        if self.lex.groups.contains(lw) && t.kind == TokKind::Word {
            return Some((Np { range: t.range(), kind: NpKind::Desc }, i + 1));
        }
        // "…,' says union boss", "said party chairman": a bare lower-case role at the end of
        // the clause (headline style).
        let mut k = i;
        while k < limit && k < i + 3 && self.tok(k).kind == TokKind::Word && !is_cap(self.w(k)) && !self.is_cue(k) && !AUX.contains(self.lw(k)) && !DETERMINERS.contains(self.lw(k)) {
            k += 1;
        }
        let role = |w: &str| self.lex.titles.contains_key(w) || self.lex.role_nouns.get(w).is_some_and(|(person, _)| *person);
        if k > i && (k >= limit || self.tok(k).kind == TokKind::Punct) && role(self.lw(k - 1)) {
            return Some((Np { range: Range::new(t.start, self.tok(k - 1).end), kind: NpKind::Desc }, k));
        }
        // A capitalised adverb or conjunction starting a sentence ("Once", "When") is no noun phrase.
        if is_cap(self.w(i)) && !DETERMINERS.contains(lw) && self.lex.is_stop_cap(lw) {
            return None;
        }
        if DETERMINERS.contains(lw) || is_cap(self.w(i)) {
            // "the Security Council": the name after its article.
            if DETERMINERS.contains(lw) && i + 1 < limit {
                if let Some(&m) = self.by_start.get(&self.tok(i + 1).start) {
                    // ("the Chief Minister": a capitalised role after a lower-case article.)
                    let end = self.men(m).range.end;
                    let next = self.toks.partition_point(|x| x.start < end);
                    // ("one GOP source", "a Pentagon official", "the Pell campaign": the name
                    // modifies a role or a body.)
                    let modifier = next < limit && self.tok(next).kind == TokKind::Word && !is_cap(self.w(next)) && {
                        let h = self.lw(next);
                        self.lex.role_nouns.contains_key(h) || self.lex.group_or_member(h)
                    };
                    if matches!(self.men(m).kind, MKind::Org | MKind::Misc | MKind::Role { .. }) && !modifier {
                        return Some((Np { range: self.men(m).range, kind: NpKind::Mention(m) }, self.skip_affiliation(next, limit)));
                    }
                }
            }
            let mut j = i + 1;
            // Up to a verb: a cue, an auxiliary, or a past form after the head ("the council
            // issued a statement").
            while j < limit
                && j < i + 6
                && (self.tok(j).kind != TokKind::Punct || self.plural_mark(j))
                && !self.is_cue(j)
                && !AUX.contains(self.lw(j))
                && !SKIP_BACK.contains(self.lw(j))
                && !(j > i + 1 && self.verb_like(j))
                // ("her mother the tax was …": a second phrase starts; not "one of the").
                && !(j > i + 1 && DETERMINERS.contains(self.lw(j)) && !among!(self.lw(j - 1), "of" | "all" | "both" | "half" | "in" | "at" | "for" | "from" | "with" | "on" | "to" | "by" | "among" | "across" | "around"))
            {
                j += 1;
            }
            if j > i + 1 || is_cap(self.w(i)) {
                let r = Range::new(t.start, self.tok(j - 1).end);
                if let Some(&m) = self.by_start.get(&t.start).filter(|&&m| !adjective(m)) {
                    return Some((Np { range: self.men(m).range, kind: NpKind::Mention(m) }, j));
                }
                // "DA spokesperson Karabo Khakhau said": the person the phrase ends with.
                if let Some(&m) = self.by_end.get(&self.tok(j - 1).end).filter(|&&m| self.men(m).kind == MKind::Person) {
                    return Some((Np { range: self.men(m).range, kind: NpKind::Mention(m) }, j));
                }
                return Some((Np { range: r, kind: NpKind::Desc }, j));
            }
        }
        None
    }

    /// Subject of the sentence: its first noun phrase (after an introductory phrase).
    fn subject(&self, sent: Range) -> Option<Np> {
        let a = crate::text::tok_at(self.toks, sent.start);
        let b = self.toks.partition_point(|t| t.start < sent.end);
        let mut i = a;
        while i < b && among!(self.lw(i), "but" | "and" | "meanwhile" | "however" | "yet" | "so" | "still" | "later" | "earlier") {
            i += 1;
        }
        if i < b && self.w(i) == "," {
            i += 1;
        }
        // "Following a swiftly called meeting, the Security Council issued …": an opening
        // phrase is tried after its comma first.
        let opening = among!(self.lw(i), "in" | "on" | "at" | "after" | "before" | "during" | "following" | "despite" | "with" | "as" | "when" | "while" | "since" | "amid" | "under" | "for" | "from" | "asked" | "once" | "if" | "although" | "though" | "because" | "until")
            // ("Early in his campaign, Trump attacked …".)
            || (among!(self.lw(i), "early" | "late") && among!(self.lw(i + 1), "in" | "on" | "last" | "this" | "next"))
            // ("Hours later, Trump …", "Two days earlier, …", "A year ago, …".)
            || (i + 1..(i + 4).min(b)).any(|k| among!(self.lw(k), "later" | "earlier" | "ago") && self.w(k + 1) == ",")
            || (self.lw(i).len() > 5 && self.lw(i).ends_with("ing"))
            // "Worried about turnout, President Obama …": a participle phrase.
            || (self.lw(i).len() > 5 && self.lw(i).ends_with("ed") && among!(self.lw(i + 1), "about" | "by" | "over" | "with" | "at" | "in" | "from" | "for" | "that" | "to" | "after" | "as"));
        let starts: Vec<usize> = if opening {
            // Every comma of the phrase in turn: "Following a swiftly called, late-afternoon
            // meeting, the Security Council …".
            let commas = (i..b.min(i + 24)).take_while(|&j| self.tok(j).kind != TokKind::Punct || matches!(self.w(j), "," | "-"));
            // (Not an appositive: "Preceded by Joe Arpaio, the Arizona sheriff, Trump …".)
            let commas: Vec<usize> = commas.filter(|&j| self.w(j) == ",").collect();
            let appositive = |n: usize| {
                let j = commas[n];
                n + 1 < commas.len()
                    && self.by_end.contains_key(&self.tok(j - 1).end)
                    && among!(self.lw(j + 1), "the" | "a" | "an")
                    && !(j + 1..commas[n + 1]).any(|x| self.past_or_aux(x) || self.is_cue(x))
            };
            (0..commas.len()).filter(|&n| !appositive(n)).map(|n| commas[n] + 1).chain([i]).collect()
        } else {
            vec![i, self.intro_end(i, b)]
        };
        for start in starts {
            if start >= b || self.in_direct(self.tok(start).start) {
                continue;
            }
            // "It attacked Trump, saying …": `it` before a past verb stands for an
            // organisation (`np_after` leaves `it` alone: after a cue it opens the clause).
            if self.lw(start) == "it" && start + 1 < b && self.lex.past_form(self.lw(start + 1)) {
                return Some(Np { range: self.tok(start).range(), kind: NpKind::Pronoun });
            }
            if let Some((np, next)) = self.np_after(start, b) {
                // "At a rally in Portsmouth, N.H., on Tuesday, Sen. X …": a place's state or
                // country after a comma goes on with the opening phrase.
                let place = |np: &Np| matches!(np.kind, NpKind::Mention(m) if self.men(m).kind == MKind::Place);
                // ("Speaking at a town hall in Salem, New Hampshire, Trump …": a place between
                // two commas of the opening phrase, whatever came before it.)
                if opening && place(&np) && start >= 2 && self.w(start - 1) == "," && (self.by_end.get(&self.tok(start - 2).end).is_some_and(|&m| self.men(m).kind == MKind::Place) || (next < b && self.w(next) == ",")) {
                    continue;
                }
                // "Her pal and co-star Danny Fenwick leapt …": one person with two roles.
                if np.kind == NpKind::Desc && next + 1 < b && self.lw(next) == "and" {
                    let mut k = next + 1;
                    while k < b && k < next + 4 && self.tok(k).kind == TokKind::Word && !is_cap(self.w(k)) {
                        k += 1;
                    }
                    if k > next + 1 && k < b {
                        if let Some(&m) = self.by_start.get(&self.tok(k).start).filter(|&&m| self.men(m).kind == MKind::Person) {
                            return Some(Np { range: self.men(m).range, kind: NpKind::Mention(m) });
                        }
                    }
                }
                // "Her business partner, Samuel Okoro, remembers": the name in apposition.
                // ("His former partner at Lenox, Lawrence Cummings, …": past the place too.)
                let mut next = next;
                if np.kind == NpKind::Desc && among!(self.lw(next), "at" | "of" | "in" | "for" | "with" | "from" | "on") {
                    if let Some(k) = (next + 1..b.min(next + 6)).find(|&k| self.w(k) == ",").filter(|&k| (next + 1..k).all(|x| matches!(self.tok(x).kind, TokKind::Word | TokKind::Possessive))) {
                        next = k;
                    }
                }
                if np.kind == NpKind::Desc && next < b && self.w(next) == "," {
                    if let Some((Np { kind: NpKind::Mention(m), range }, mut after)) = self.np_after(next + 1, b) {
                        // ("Another analyst, John Maxwell of Wheat First, recently …": the
                        // person, with the firm named after `of`.)
                        if self.men(m).kind == MKind::Person && after + 1 < b && matches!(self.lw(after), "of" | "from") {
                            let firm = self.by_start.get(&self.tok(after + 1).start).filter(|&&o| matches!(self.men(o).kind, MKind::Org | MKind::Place | MKind::Misc));
                            if let Some(&o) = firm {
                                after = self.toks.partition_point(|t| t.start < self.men(o).range.end);
                            }
                        }
                        if after < b && self.w(after) == "," {
                            return Some(Np { range, kind: NpKind::Mention(m) });
                        }
                    }
                }
                return Some(np);
            }
        }
        None
    }

    /// The subject of the sentence when it comes before token `i` (`… and wrote legislation`
    /// takes the subject only from before `wrote`).
    fn subject_before(&self, sent: Range, i: usize) -> Option<Np> {
        self.subject(sent).filter(|s| s.range.end <= self.tok(i).start)
    }

    /// After "Outlining the next steps," / "In a statement," — the token after the comma.
    fn intro_end(&self, i: usize, b: usize) -> usize {
        let mut j = i;
        while j < b && j < i + 12 {
            if self.w(j) == "," {
                return j + 1;
            }
            if self.tok(j).kind == TokKind::Punct && self.w(j) != "-" {
                break;
            }
            j += 1;
        }
        b
    }
}

struct Item {
    idx: usize,
    np: Option<Np>,
    cue: Option<Range>,
    confidence: f32,
}

fn first_sentence_of(layout: &Layout, pos: usize) -> Range {
    layout.sentence_range(pos)
}

/// Quotes with their speakers, and the salience trail used to resolve pronouns.
pub struct Attribution {
    /// Every quote, sorted by position.
    pub quotes: Vec<AQuote>,
    /// (position, entity): people who were sentence subjects or speakers, sorted.
    pub salient: Vec<(usize, usize)>,
    /// Top-level quotes with marks (direct, mixed, partial), sorted: (range, index).
    top: Vec<(Range, usize)>,
    /// Reported clauses (indirect quotes), sorted: (range, index).
    reports: Vec<(Range, usize)>,
    /// The words between the parts of a quote split by its attribution (`"…," he said at a
    /// briefing. "…"`), in text order: inside the quote's span but outside its marks.
    holes: Vec<Range>,
}

/// How many salient people back a pronoun may reach.
const PRONOUN_LOOKBACK: usize = 50;

fn pronoun_in(
    before: impl Iterator<Item = (usize, usize)>,
    ents: &Entities,
    gender: Option<Gender>,
) -> Option<usize> {
    before
        .take(PRONOUN_LOOKBACK)
        .find(|(_, e)| ents.person_fits(*e, gender))
        .map(|x| x.1)
}

/// The salience trail while speakers are being resolved: sentence subjects (fixed, sorted)
/// plus speakers added as they are found, each added in logarithmic time.
struct Trail {
    base: Vec<(usize, usize)>,
    /// Position → entity (the latest speaker added at a position stands; the same table type
    /// as the entities' index, so the module carries one B-tree).
    added: std::collections::BTreeMap<usize, usize>,
    /// Unnamed speakers (`the prime minister's spokesperson`) in text order, with the gender
    /// their role word gives: a later `she said` may be theirs.
    descs: Vec<(Range, Option<Gender>)>,
    /// Unnamed plural speakers (`the people`, `officials`) in text order: a later `they
    /// said` in the next sentences is theirs.
    plurals: Vec<(Range, String)>,
}

impl Trail {
    fn add(&mut self, pos: usize, e: usize) {
        self.added.insert(pos, e);
    }
    /// (position, entity) strictly before `pos`, nearest first.
    fn before(&self, pos: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let k = self.base.partition_point(|x| x.0 < pos);
        let mut base = crate::text::part(&self.base, 0, k).iter().rev().copied().peekable();
        let mut added = self.added.range(..pos).rev().map(|(&p, &e)| (p, e)).peekable();
        std::iter::from_fn(move || match (base.peek(), added.peek()) {
            (Some(b), Some(a)) if b.0 > a.0 => base.next(),
            (_, Some(_)) => added.next(),
            (Some(_), None) => base.next(),
            (None, None) => None,
        })
    }
    /// Everything, sorted by position (at one position: subjects, then speakers in order).
    fn into_sorted(self) -> Vec<(usize, usize)> {
        let mut all = self.base;
        all.extend(self.added);
        crate::order::sort_by_key(&mut all, |x| x.0);
        all
    }
}

impl Attribution {
    /// The person a third-person pronoun at `pos` most likely refers to.
    pub fn pronoun(&self, ents: &Entities, pos: usize, gender: Option<Gender>) -> Option<usize> {
        let k = self.salient.partition_point(|x| x.0 < pos);
        pronoun_in(crate::text::part(&self.salient, 0, k).iter().rev().copied(), ents, gender)
    }

    /// The reported clause (an indirect quote) containing `pos`.
    pub fn report_at(&self, pos: usize) -> Option<usize> {
        let k = self.reports.partition_point(|x| x.0.start <= pos);
        let (r, i) = *self.reports.get(k.checked_sub(1)?)?;
        (pos < r.end).then_some(i)
    }

    /// The top-level quote (in marks) strictly containing `pos`.
    pub fn quote_at(&self, pos: usize) -> Option<usize> {
        let k = self.top.partition_point(|x| x.0.start < pos);
        let (r, i) = *self.top.get(k.checked_sub(1)?)?;
        (pos < r.end && self.marked(Range::new(pos, pos + 1))).then_some(i)
    }

    /// The top-level direct or mixed quote containing `r`.
    pub fn quote_containing(&self, r: Range) -> Option<usize> {
        let k = self.top.partition_point(|x| x.0.start <= r.start);
        let (qr, i) = *self.top.get(k.checked_sub(1)?)?;
        (qr.contains(r) && matches!(self.quotes[i].kind, AKind::Direct | AKind::Mixed) && self.marked(r)).then_some(i)
    }

    /// Whether `r` meets none of the holes of split quotes (the words between their parts).
    fn marked(&self, r: Range) -> bool {
        let h = self.holes.partition_point(|x| x.end <= r.start);
        self.holes.get(h).is_none_or(|x| r.end <= x.start)
    }
}

pub fn attribute(
    lex: &Lexicon,
    text: &str,
    layout: &Layout,
    spans: &[QuoteSpan],
    mentions: &[Mention],
    ents: &mut Entities,
) -> Attribution {
    let mut by_end = crate::lexicon::OffsetMap::default();
    let mut by_start = crate::lexicon::OffsetMap::default();
    for (i, m) in mentions.iter().enumerate() {
        by_start.entry(m.range.start).or_insert(i);
        let e = by_end.entry(m.range.end).or_insert(i);
        if mentions[*e].range.len() < m.range.len() {
            *e = i;
        }
    }
    let direct: Vec<Range> = spans.iter().filter(|q| q.nested_in.is_none() && q.kind == QKind::Direct).map(|q| q.range).collect();
    let titles: Vec<Range> = spans.iter().filter(|q| q.title).map(|q| q.range).collect();
    let partial: Vec<Range> = spans.iter().filter(|q| q.nested_in.is_none() && q.kind == QKind::Partial).map(|q| q.range).collect();
    let cx = Ctx { lex, text, layout, toks: &layout.toks, mentions, by_end, by_start, direct, titles, partial, names: Default::default() };

    let mut out: Vec<AQuote> = spans
        .iter()
        .map(|q| AQuote {
            range: q.range,
            kind: if q.kind == QKind::Direct { AKind::Direct } else { AKind::Partial },
            cue: None,
            mention: None,
            speaker: None,
            speaker_text: None,
            confidence: 0.0,
            nested_in: q.nested_in,
            inner: Vec::new(),
        })
        .collect();
    let mut items: Vec<Item> = Vec::new();

    // Direct quotes: local patterns.
    for (qi, q) in spans.iter().enumerate() {
        if q.kind == QKind::Partial && q.nested_in.is_none() && !layout.is_boilerplate(q.range.start) {
            if q.title {
                continue;
            }
            // `Clinton "is the only candidate …," a general said`: a lead-in, then the quote
            // and its attribution — mixed speech from the sentence start.
            let c = q.content.slice(text).trim_end();
            if c.ends_with([',', '.', '!', '?']) {
                if let Some((np, cue)) = after_pattern(&cx, q) {
                    let sent = first_sentence_of(layout, q.range.start);
                    let para = layout.para(q.paras.0);
                    let start = sent.start.max(para.start).min(q.range.start);
                    let mixed = aq_mut(&mut out, qi);
                    (mixed.kind, mixed.range) = (AKind::Mixed, Range::new(start, q.range.end));
                    items.push(Item { idx: qi, np: Some(np), cue: Some(cue), confidence: 0.8 });
                }
            }
            continue;
        }
        if q.kind != QKind::Direct || layout.is_boilerplate(q.range.start) {
            continue;
        }
        if let Some((np, cue)) = after_pattern(&cx, q).or_else(|| before_pattern(&cx, q)) {
            items.push(Item { idx: qi, np: Some(np), cue: Some(cue), confidence: 0.9 });
        } else {
            items.push(Item { idx: qi, np: None, cue: None, confidence: 0.0 });
        }
    }
    // Reported speech, sentence by sentence; a cue that introduces a direct quote is taken.
    let mut used_cues: Vec<Range> = items.iter().filter_map(|it| it.cue).collect();
    crate::order::sort(&mut used_cues);
    let partials: Vec<Range> = spans.iter().filter(|q| q.nested_in.is_none() && q.kind == QKind::Partial && !q.title).map(|q| q.range).collect();
    for s in &layout.sentences {
        if layout.is_boilerplate(s.range.start) || cx.in_direct(s.range.start) && cx.in_direct(s.range.end.saturating_sub(1)) {
            continue;
        }
        let mut found = reported(&cx, s.range, &used_cues);
        // A fragment framed outside every report of the sentence ("called the bill "a
        // monument to …" and said he would …").
        for f in framed(&cx, s.range, &partials).into_iter().chain(nominal(&cx, s.range)) {
            // A verb that both reports and frames ("described her as a "disgrace" after she
            // …"): the framing's span, which ends with the fragment's clause.
            // (Not a clause after "that": `warned that services would be "limited" and …`.)
            if let Some(r) = found.iter_mut().find(|r| r.2 == f.2 && r.0.start == f.0.start && cx.lex.framing.contains(cx.lw(crate::text::tok_at(cx.toks, f.2.start)))) {
                *r = f;
                continue;
            }
            if !found.iter().any(|r| r.0.start < f.0.end && f.0.start < r.0.end) {
                found.push(f);
            }
        }
        crate::order::sort_by_key(&mut found, |f| f.0.start);
        for (content, np, cue) in found {
            out.push(AQuote {
                range: content,
                kind: AKind::Indirect,
                cue: Some(cue),
                mention: None,
                speaker: None,
                speaker_text: None,
                confidence: 0.0,
                nested_in: None,
                inner: Vec::new(),
            });
            items.push(Item { idx: out.len() - 1, np: Some(np), cue: Some(cue), confidence: 0.8 });
        }
    }
    crate::order::sort_by_key(&mut items, |it| aq(&out, it.idx).range.start);

    // Sentence subjects (people, outside quotes) feed pronoun salience.
    let mut salient: Vec<(usize, usize)> = Vec::new(); // (position, entity)
    for s in &layout.sentences {
        if let Some(Np { kind: NpKind::Mention(m), range }) = cx.subject(s.range) {
            if let Some(e) = ents.of(m) {
                salient.push((range.start, e));
            }
        }
    }
    crate::order::sort_by_key(&mut salient, |x| x.0);
    let mut salient = Trail { base: salient, added: Default::default(), descs: Vec::new(), plurals: Vec::new() };

    // Resolve in text order; a quote with no attribution continues the previous speaker.
    let mut last: Option<(usize, usize)> = None; // (item position in `items`, paragraph)
    for k in 0..items.len() {
        let idx = crate::text::at(&items, k).idx;
        let pos = aq(&out, idx).range.start;
        let para = layout.para_at(pos);
        if crate::text::at(&items, k).np.is_none() {
            let before = crate::text::cut(text, layout.para(para).start, pos).trim_end();
            let starts_sentence = before.is_empty() || before.ends_with(['.', '!', '?', '…', ':', '"', '”', '’']);
            let para_start = crate::text::cut(text, layout.para(para).start, pos).trim().is_empty();
            if let Some((j, lp)) = last {
                let prev_direct = aq(&out, crate::text::at(&items, j).idx).kind == AKind::Direct;
                let prev_para_ended = lp + 1 == para && para_start && {
                    let prev = aq(&out, crate::text::at(&items, j).idx);
                    let pe = layout.para(lp).end;
                    // The last speaker's quote, or its lead-in, closed that paragraph; or the
                    // paragraph's last item was a direct quote ("…," X said. ¶ "…").
                    prev.range.end + 3 >= pe || crate::text::cut(text, 0, pe).trim_end().ends_with(':') || prev_direct
                };
                if starts_sentence && (lp == para || prev_para_ended) {
                    let (np, cue) = (crate::text::at(&items, j).np, crate::text::at(&items, j).cue);
                    items[k].np = np;
                    items[k].cue = cue;
                    items[k].confidence = 0.6;
                    copy_speaker(&mut out, crate::text::at(&items, j).idx, idx, 0.6);
                    let q = aq_mut(&mut out, idx);
                    (q.cue, q.mention) = (cue, np.map(|n| n.range));
                    last = Some((k, para));
                    continue;
                }
            }
            // A floating quote: a paragraph that is only a quote, after a paragraph whose
            // last sentence is about one person ("Jane Smith has run the food bank for 12
            // years." ¶ "We've never seen demand like this."). That person speaks.
            // The same within a paragraph: "Asked whether it was serious, the coach
            // shrugged. "I don't know yet.""
            let to_end = aq(&out, idx).range.end + 3 >= layout.para(para).end && aq(&out, idx).kind == AKind::Direct;
            let prev = if para_start && para > 0 && !*crate::text::at(&layout.boilerplate, para - 1) {
                Some(layout.para(para - 1))
            } else if !para_start && starts_sentence {
                let s = layout.sentence_range(before.len().saturating_sub(1) + layout.para(para).start);
                Some(Range::new(s.start.max(layout.para(para).start), layout.para(para).start + before.len()))
            } else {
                None
            };
            if let Some(prev) = prev.filter(|_| to_end) {
                let quoted_before = cx.direct_from(prev.start).is_some_and(|r| r.start < prev.end);
                let sent = layout.sentence_range(prev.start + prev.slice(text).trim_end().len().saturating_sub(1));
                let known = |m: usize| ents.of(m).is_some_and(|e| ents.ent(e).kind == EKind::Person);
                let np = cx.subject(sent).filter(|np| one_person(&cx, *np, known, 4));
                if let Some(np) = np.filter(|_| !quoted_before && prev.slice(text).trim_end().ends_with(['.', '!', '?'])) {
                    let (speaker, st) = resolve(&cx, ents, &salient, np);
                    if speaker.is_some() || st.is_some() {
                        items[k].np = Some(np);
                        items[k].confidence = 0.5;
                        let a = aq_mut(&mut out, idx);
                        a.speaker = speaker;
                        a.speaker_text = st;
                        a.mention = Some(np.range);
                        a.confidence = 0.5;
                        last = Some((k, para));
                    }
                }
            }
            continue;
        }
        let np = crate::text::at(&items, k).np.unwrap();
        let (speaker, st) = resolve(&cx, ents, &salient, np);
        if let Some(e) = speaker {
            salient.add(np.range.start, e);
            if np.kind == NpKind::Pronoun {
                ents.add_mention(e, np.range);
            }
        } else if let Some(t) = &st {
            if let Some(g) = person_role(&cx, np.range) {
                salient.descs.push((np.range, g));
            } else if np.kind == NpKind::Desc && plural_desc(&cx, np.range) {
                salient.plurals.push((np.range, t.clone()));
            }
        }
        let a = aq_mut(&mut out, idx);
        a.speaker = speaker;
        a.speaker_text = st;
        a.cue = crate::text::at(&items, k).cue;
        a.mention = Some(np.range);
        a.confidence = if speaker.is_some() || a.speaker_text.is_some() { crate::text::at(&items, k).confidence } else { 0.3 };
        last = Some((k, layout.para_at(np.range.start.min(pos)).max(para)));
    }

    // Partial quotes: inside reported speech (mixed), or words that reappear in a quote
    // attributed elsewhere.
    let n = out.len();
    let mut indirect: Vec<(Range, usize)> = (0..n).filter(|&j| aq(&out, j).kind == AKind::Indirect).map(|j| (aq(&out, j).range, j)).collect();
    crate::order::sort_by_key(&mut indirect, |x| x.0.start);
    let mut owners_pool: Vec<(usize, String)> = (0..n)
        .filter(|&j| aq(&out, j).kind == AKind::Direct && (aq(&out, j).speaker.is_some() || aq(&out, j).speaker_text.is_some()))
        .map(|j| (j, crate::text::normalise_words(aq(&out, j).range.slice(text))))
        .collect();
    crate::order::sort_by_key(&mut owners_pool, |x| aq(&out, x.0).range.start);
    let mut whole: Vec<(usize, usize)> = Vec::new();
    for i in 0..n {
        // A title is nobody's words.
        if aq(&out, i).kind != AKind::Partial || aq(&out, i).speaker.is_some() || spans.get(i).is_some_and(|q| q.title) {
            continue;
        }
        let r = aq(&out, i).range;
        let k = indirect.partition_point(|x| x.0.start <= r.start);
        // `tells reporters that "if … fine. If it's a low turnout, …"`: a report that opens
        // with the quote and was cut at a stop inside it runs to the closing mark.
        // (Or that runs into a quote and was cut inside it: `added that he was the only one
        // "fighting to defend the Constitution. I'll …"`.)
        if let Some(x) = k.checked_sub(1).map(|k| &mut indirect[k]).filter(|x| x.0.end > r.start && x.0.end < r.end && layout.para_at(x.0.start) == layout.para_at(r.end.saturating_sub(1))) {
            x.0.end = r.end;
            aq_mut(&mut out, x.1).range.end = r.end;
        }
        if let Some(&(_, j)) = k.checked_sub(1).map(|k| &indirect[k]).filter(|x| x.0.contains(r)) {
            // `told Fox that "they hit Matt …"`: reported words that are all quoted are one
            // direct quote, not a report and its copy.
            let rest = |a: usize, b: usize| crate::text::cut(text, a, b).chars().all(|c| !c.is_alphanumeric());
            if rest(aq(&out, j).range.start, r.start) && rest(r.end, aq(&out, j).range.end) {
                aq_mut(&mut out, j).kind = AKind::Direct;
                whole.push((i, j));
                continue;
            }
            aq_mut(&mut out, j).kind = AKind::Mixed;
            copy_speaker(&mut out, j, i, 0.7);
            continue;
        }
        if aq(&out, i).nested_in.is_some() {
            continue;
        }
        let words = crate::text::normalise_words(r.slice(text));
        if words.split(' ').count() < 2 {
            continue;
        }
        // Look among the nearest attributed quotes only: the echo of a lede fragment is close.
        let at = owners_pool.partition_point(|x| aq(&out, x.0).range.start < r.start);
        let owners: Vec<usize> = owners_pool[at.saturating_sub(40)..(at + 40).min(owners_pool.len())]
            .iter()
            .filter(|(j, norm)| *j != i && norm.contains(&words))
            .map(|x| x.0)
            .collect();
        let mut who: Vec<Option<usize>> = owners.iter().map(|&j| aq(&out, j).speaker).collect();
        who.dedup();
        if let (Some(&j), 1) = (owners.first(), who.len()) {
            copy_speaker(&mut out, j, i, 0.5);
            continue;
        }
        // "…, Cahill has announced, declaring the devices a "constant distraction"": a
        // participle after a report of the same sentence is that speaker's.
        let si = layout.sentence_at(r.start);
        let before = indirect[..k].iter().rev().take(3).find(|x| x.0.end <= r.start && layout.sentence_at(x.0.start) == si);
        if let Some(&(_, j)) = before {
            if let Some(c) = aq(&out, j).cue.filter(|c| c.end <= r.start) {
                let a = cx.toks.partition_point(|t| t.start < c.end);
                let b = cx.toks.partition_point(|t| t.start < r.start);
                let participle = (a..b).any(|t| cx.lw(t).ends_with("ing") && (cx.cue_at(t).is_some() || lex.framing.contains(cx.lw(t))));
                if participle && (aq(&out, j).speaker.is_some() || aq(&out, j).speaker_text.is_some()) {
                    copy_speaker(&mut out, j, i, 0.5);
                }
            }
        }
    }
    // A headline's fragment said again, in the same marks, by a speaker below: "Strictly star
    // 'heartbroken' after exit" ¶ "… has said she is "heartbroken" …" (even one word).
    for i in 0..n {
        let q = aq(&out, i);
        if q.kind != AKind::Partial || q.speaker.is_some() || spans.get(i).is_none_or(|s| s.paras.0 != 0 || s.title) {
            continue;
        }
        let words = crate::text::normalise_words(q.range.slice(text));
        if let Some(j) = (i + 1..n).take(12).find(|&j| aq(&out, j).kind == AKind::Partial && aq(&out, j).speaker.is_some() && crate::text::normalise_words(aq(&out, j).range.slice(text)) == words) {
            copy_speaker(&mut out, j, i, 0.5);
        }
    }
    // An unattributed short "direct" quote with no closing punctuation is a title or scare quote.
    for (i, a) in out.iter_mut().enumerate() {
        if a.kind == AKind::Direct && a.mention.is_none() && i < spans.len() {
            let c = spans[i].content.slice(text).trim();
            // (Nor a name in title case before its comma: `"The Late Show With Stephen Colbert,"`.)
            let words = c.split_whitespace().count();
            let title_case = (2..7).contains(&words) && c.ends_with(',') && c.split_whitespace().all(|w| w.chars().count() < 4 || w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit()));
            if (words < 4 && !c.ends_with(['.', ',', '!', '?'])) || title_case {
                a.kind = AKind::Partial;
            }
        }
    }
    // Mixed: reported speech that contains a quoted fragment.
    let mut partial_starts: Vec<(usize, usize)> = out
        .iter()
        .enumerate()
        .filter(|(i, q)| q.kind == AKind::Partial && !spans.get(*i).is_some_and(|q| q.title))
        .map(|(_, q)| (q.range.start, q.range.end))
        .collect();
    crate::order::sort(&mut partial_starts);
    for q in out.iter_mut().filter(|q| q.kind == AKind::Indirect) {
        let r = q.range;
        let k = partial_starts.partition_point(|p| p.0 < r.start);
        if crate::text::part(&partial_starts, k, partial_starts.len()).iter().take_while(|p| p.0 < r.end).any(|p| p.1 <= r.end) {
            q.kind = AKind::Mixed;
        }
    }
    let dropped = transcript(&cx, ents, spans, &mut out);
    // A quote split by its attribution is one quote: `"…," X said. "…"` and `"…," X said, "…"`.
    let mut keep = vec![true; out.len()];
    for i in dropped {
        keep[i] = false;
    }
    let mut into: Vec<usize> = (0..out.len()).collect();
    for (i, j) in whole {
        keep[i] = false;
        into[i] = j;
    }
    // A mixed quote that ends on its quoted words takes part too: `The summit did "too
    // little," he added. "Without …"`.
    let ends_quoted = |q: &AQuote| q.range.slice(text).ends_with(CLOSING_MARKS);
    let mut direct: Vec<usize> = (0..out.len())
        .filter(|&i| keep[i] && aq(&out, i).nested_in.is_none() && (aq(&out, i).kind == AKind::Direct || (aq(&out, i).kind == AKind::Mixed && ends_quoted(aq(&out, i)))))
        .collect();
    crate::order::sort_by_key(&mut direct, |&i| aq(&out, i).range.start);
    let mut cur: Option<usize> = None;
    let mut holes = Vec::new();
    for &b in &direct {
        if let Some(a) = cur {
            if split_pair(text, layout, aq(&out, a), aq(&out, b)) {
                let (end, confidence) = (aq(&out, b).range.end, aq(&out, b).confidence);
                holes.push(Range::new(aq(&out, a).range.end, aq(&out, b).range.start));
                let first = aq_mut(&mut out, a);
                first.range.end = end;
                first.confidence = first.confidence.max(confidence);
                keep[b] = false;
                into[b] = a;
                continue;
            }
        }
        cur = Some(b);
    }
    for q in out.iter_mut() {
        q.nested_in = q.nested_in.map(|j| *crate::text::at(&into, j));
    }
    // Nesting indices refer to positions after sorting.
    let mut order: Vec<usize> = (0..out.len()).filter(|&i| keep[i]).collect();
    crate::order::sort_by_key(&mut order, |&i| (aq(&out, i).range.start, std::cmp::Reverse(aq(&out, i).range.end)));
    let mut new_index = vec![usize::MAX; out.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut sorted: Vec<AQuote> = order.iter().map(|&i| aq(&out, i).clone()).collect();
    for q in &mut sorted {
        // A quote inside one that gave way to a transcript line stands alone.
        q.nested_in = q.nested_in.map(|j| *crate::text::at(&new_index, j)).filter(|&j| j != usize::MAX);
    }
    for q in sorted.iter_mut().filter(|q| q.nested_in.is_none() && matches!(q.kind, AKind::Direct | AKind::Mixed)) {
        q.inner = inner_speech(&cx, ents, q);
    }
    // A quote inside a quote, attributed inside the outer one: `"She'd say, 'The sea is all
    // the company I need,'" Ruiz told me.` "She" is someone other than the outer speaker.
    for (si, i) in order.iter().enumerate() {
        let Some(span) = spans.get(*i).filter(|q| q.nested_in.is_some()) else { continue };
        let Some((outer_range, outer_speaker)) = sorted[si].nested_in.map(|o| (sorted[o].range, sorted[o].speaker)) else { continue };
        if !span.content.slice(text).trim_end().ends_with([',', '.', '!', '?']) {
            continue;
        }
        let found = after_pattern(&cx, span).or_else(|| before_pattern(&cx, span));
        let Some((np, cue)) = found.filter(|(np, cue)| outer_range.contains(np.range) && outer_range.contains(*cue)) else { continue };
        let speaker = match np.kind {
            NpKind::Mention(m) => ents.of_mention.get(m).copied().flatten(),
            NpKind::Pronoun => match pronoun_base(cx.lw(cx.toks.partition_point(|t| t.start < np.range.start))) {
                Some("i" | "we") => outer_speaker,
                Some(p) => other_person(&cx, ents, np.range.start, p, outer_speaker),
                None => None,
            },
            NpKind::Desc => None,
        };
        let q = &mut sorted[si];
        q.cue = Some(cue);
        q.mention = Some(np.range);
        q.speaker = speaker;
        q.speaker_text = Some(np.range.slice(text).to_string());
        q.confidence = if speaker.is_some() { 0.7 } else { 0.4 };
    }
    let salient = salient.into_sorted();
    let top = sorted
        .iter()
        .enumerate()
        .filter(|(_, q)| q.nested_in.is_none() && matches!(q.kind, AKind::Direct | AKind::Mixed | AKind::Partial))
        .map(|(i, q)| (q.range, i))
        .collect();
    let reports = sorted.iter().enumerate().filter(|(_, q)| q.kind == AKind::Indirect).map(|(i, q)| (q.range, i)).collect();
    Attribution { quotes: sorted, salient, top, reports, holes }
}

/// The gender a personal pronoun of the third person singular gives, in any case.
fn pronoun_gender(w: &str) -> Option<Gender> {
    match w {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// A subject pronoun, also with a contraction ("she'd", "he'll", "they've").
fn pronoun_base(lw: &str) -> Option<&str> {
    let base = lw.split(['\'', '\u{2019}']).next().unwrap_or(lw);
    (SUBJECT_PRONOUNS.contains(base) && base != "there").then_some(base)
}

/// The nearest person mentioned before `pos` who fits the pronoun and is not `not` (the
/// outer quote's speaker, who would say "I").
fn other_person(cx: &Ctx, ents: &Entities, pos: usize, pronoun: &str, not: Option<usize>) -> Option<usize> {
    let want = pronoun_gender(pronoun);
    let upto = cx.mentions.partition_point(|m| m.range.start < pos);
    // ("They said, 'Your husband is alive'", "Executives … They say, '…'": "they" is a
    // group the text does not name, no one person.)
    if pronoun == "they" {
        return None;
    }
    (0..upto)
        .rev()
        .take(PRONOUN_LOOKBACK)
        .filter_map(|m| ents.of_mention.get(m).copied().flatten())
        .find(|&e| Some(e) != not && ents.person_fits(e, want))
}

/// Parenthetical attributions inside a quote: `"…, something that, he said, has been dreamed
/// of for centuries."` The clause around `, he said,` is the other person's words; "he" is the
/// nearest person before it who is not the quote's own speaker (who would say "I").
fn inner_speech(cx: &Ctx, ents: &Entities, q: &AQuote) -> Vec<Inner> {
    let mut out = Vec::new();
    let a = cx.toks.partition_point(|t| t.start < q.range.start);
    let b = cx.toks.partition_point(|t| t.start < q.range.end);
    let mut k = a + 1;
    while k + 3 < b {
        if cx.w(k) != "," {
            k += 1;
            continue;
        }
        // ", he said," / ", Putin said,"
        let (np, j) = match cx.np_after(k + 1, b) {
            Some((np, j)) if j - (k + 1) <= 4 => (np, j),
            _ => {
                k += 1;
                continue;
            }
        };
        // Not the speaker's own aside ("It was, I think, a good day").
        let own = among!(cx.lw(k + 1), "i" | "we" | "you");
        let cue_ok = !own && j + 1 < b && cx.is_cue(j) && cx.cue_at(j).is_some_and(|c| !c.participle && !c.belief) && cx.w(j + 1) == ",";
        if !cue_ok {
            k += 1;
            continue;
        }
        // The clause: back to the previous comma, colon or the quote's start; on to the end
        // of the sentence inside the quote.
        let start_tok = (a + 1..k).rev().find(|&x| among!(cx.w(x), "," | ":" | ";" | ".")).map_or(a + 1, |x| x + 1);
        let end_tok = (j + 2..b).find(|&x| matches!(cx.w(x), "." | "!" | "?" | ";" | "," | "\"" | "”")).unwrap_or(b.saturating_sub(1));
        if start_tok >= k || end_tok <= j + 2 {
            k = j + 1;
            continue;
        }
        let speaker = match np.kind {
            NpKind::Mention(m) => ents.of_mention.get(m).copied().flatten(),
            // The nearest person mentioned before, inside the quote or before it.
            NpKind::Pronoun => other_person(cx, ents, cx.tok(k).start, cx.lw(k + 1), q.speaker),
            NpKind::Desc => None,
        };
        out.push(Inner {
            range: Range::new(cx.tok(start_tok).start, cx.tok(end_tok - 1).end),
            cue: cx.tok(j).range(),
            mention: np.range,
            speaker,
        });
        k = j + 2;
    }
    out
}

/// Two direct quotes in one paragraph, by the same speaker, with only the first one's
/// attribution between them: the halves of one quote.
/// The marks that close a quote, as its last character.
const CLOSING_MARKS: [char; 5] = ['"', '”', '’', '\'', '»'];

fn split_pair(text: &str, layout: &Layout, a: &AQuote, b: &AQuote) -> bool {
    let same_speaker = match (a.speaker, b.speaker) {
        (Some(x), Some(y)) => x == y,
        // (Or nobody named, through one shared attribution: `"…," he told her. "…"`.)
        (None, None) => (a.speaker_text.is_some() && a.speaker_text == b.speaker_text) || (a.cue.is_some() && a.cue == b.cue),
        _ => false,
    };
    if !same_speaker || layout.para_at(a.range.end.saturating_sub(1)) != layout.para_at(b.range.start) || b.range.start < a.range.end {
        return false;
    }
    // The second half opens on its quote marks, or on `, and` / `, but` before them
    // (`"…," he said, but "when it comes to …"`); a mixed quote with words of the writer's
    // own before its marks is a sentence of its own.
    let b_text = b.range.slice(text);
    let lead = &b_text[..b_text.find(['"', '“', '‘', '\'', '«', '`', '„']).unwrap_or(b_text.len())];
    let lead_words: Vec<&str> = lead.split(|c: char| c.is_whitespace() || c == ',' || c == ';').filter(|w| !w.is_empty()).collect();
    if !(lead_words.is_empty() || (lead_words.len() <= 2 && matches!(lead_words[0], "and" | "but"))) {
        return false;
    }
    let gap = crate::text::cut(text, a.range.end, b.range.start);
    // After a mixed quote, only a short attribution: `"too little," he added on Twitter.`
    if a.kind == AKind::Mixed && gap.split_whitespace().count() > 12 {
        return false;
    }
    let in_gap = |c: &Option<Range>| c.is_some_and(|c| c.start >= a.range.end && c.end <= b.range.start);
    let cue_in_gap = in_gap(&a.cue) || in_gap(&b.cue);
    // `"…," X said. "…," Y said.`: the second half has an attribution of its own.
    if b.cue.is_some_and(|c| c.start >= b.range.end) {
        return false;
    }
    // `"…," X said, adding, "…"`: a second cue just before the second half opens an
    // utterance of its own (not one that reports a clause of its own: `wrote, explaining
    // why he is speaking, "but …"`).
    // (After a mixed quote with its cue before it: `said it would be "reckless," adding: "…"`.)
    if (in_gap(&a.cue) || a.kind == AKind::Mixed) && in_gap(&b.cue) && a.cue != b.cue {
        let lead_in = b.cue.map_or(0, |c| crate::text::cut(text, c.end, b.range.start).split_whitespace().count());
        if lead_in <= 2 {
            return false;
        }
    }
    // `"…," X said.` and `"…?" X asked.`: the first half runs on into the attribution.
    let closes_with_comma = a.range.slice(text).trim_end_matches(CLOSING_MARKS).trim_end().ends_with([',', '?', '!']);
    // The second half ends its sentence: `"…," X said. "You squeezed them" to drive up …`
    // goes on as the writer's words, a mixed quote of its own.
    let para_end = layout.para(layout.para_at(b.range.start)).end.max(b.range.end);
    let tail = crate::text::cut(text, b.range.end, para_end).trim_start();
    let b_closed = b.range.slice(text).trim_end_matches(CLOSING_MARKS).trim_end().ends_with(['.', '!', '?', '…', ',', ';', ':']);
    let b_ends = b_closed || tail.is_empty() || tail.starts_with(['.', '!', '?']) || tail.chars().next().is_some_and(|c| c.is_uppercase() || "\"“”«".contains(c));
    // `"…," X said. Y disagreed. "…"`: no sentence of the writer's own after the attribution.
    let cue_sentence_end = [a.cue, b.cue].iter().flatten().filter(|c| in_gap(&Some(**c))).map(|c| layout.sentence_range(c.start).end).max().unwrap_or(b.range.start);
    let one_sentence = cue_sentence_end >= b.range.start || crate::text::cut(text, cue_sentence_end, b.range.start).trim().is_empty();
    b_ends && cue_in_gap && one_sentence && closes_with_comma && !gap.contains('\n') && gap.len() <= 300 && gap.split_whitespace().count() <= 45 && !gap.contains(['"', '“', '”', '«', '»'])
}

/// `"…," X said` / `"…," said X` / `"…," X, the Y, said`.
fn after_pattern(cx: &Ctx, q: &QuoteSpan) -> Option<(Np, Range)> {
    let para = cx.layout.para(q.paras.1);
    let mut i = cx.toks.partition_point(|t| t.start < q.range.end);
    let limit = cx.toks.partition_point(|t| t.start < para.end);
    // Epigraph and vox-pop style: “…” ― Jane Smith (the name, then the end of the line).
    if i < limit && among!(cx.w(i), "―" | "—" | "–") {
        if let Some((np, after)) = cx.np_after(i + 1, limit) {
            let named = matches!(np.kind, NpKind::Mention(m) if matches!(cx.men(m).kind, MKind::Person | MKind::Misc | MKind::Org));
            let ends = after >= limit || cx.direct_from(cx.tok(after).start).is_some_and(|r| r.start == cx.tok(after).start)
                || (matches!(cx.w(after), "." | ",") && after + 1 >= limit)
                // "— Jane Smith, speaking to supporters on Monday": a description after the name.
                || (cx.w(after) == "," && q.content.slice(cx.text).trim_end().ends_with(['.', '!', '?']));
            if named && ends {
                return Some((np, cx.tok(i).range()));
            }
        }
    }
    // A headline in UK style: `'We were treated like criminals': families of detained
    // migrants speak out` — the quote opens the line, its speaker and verb follow a colon.
    if i + 1 < limit && cx.w(i) == ":" && q.range.start == para.start && q.paras.0 == 0 && !para.slice(cx.text).trim_end().ends_with('.') {
        // (The speaker may be a description: "families of detained migrants speak out".)
        let says = |j: usize| cx.cue_at(j).is_some_and(|c| !c.participle) || (among!(cx.lw(j), "speak" | "speaks") && cx.lw(j + 1) == "out");
        if let Some(j) = (i + 2..limit.min(i + 9)).take_while(|&k| cx.tok(k).kind != TokKind::Punct).find(|&k| says(k)) {
            let np = cx.np_after(i + 1, limit).filter(|&(_, n)| n == j).map_or(Np { range: Range::new(cx.tok(i + 1).start, cx.tok(j - 1).end), kind: NpKind::Desc }, |(np, _)| np);
            return Some((np, cx.tok(j).range()));
        }
    }
    if i < limit && among!(cx.w(i), "," | "—" | "–") {
        i += 1;
    }
    if i >= limit || cx.direct_from(cx.tok(i).start).is_some_and(|r| r.start == cx.tok(i).start) {
        return None;
    }
    // "…," it said in a statement: an organisation's words.
    if cx.lw(i) == "it" && cx.cue_at(i + 1).is_some_and(|c| !c.participle) {
        return after_cue(cx, q, Np { range: cx.tok(i).range(), kind: NpKind::Pronoun }, i + 1);
    }
    // "said X"
    if cx.cue_at(i).is_some_and(|c| !c.participle) {
        let cue = cx.tok(i).range();
        if let Some((np, _)) = cx.np_after(i + 1, limit) {
            return Some((np, cue));
        }
        return None;
    }
    // "…," was the reply from the minister's office / came the response from X.
    if matches!(cx.lw(i), "was" | "came")
        && cx.lw(i + 1) == "the"
        && among!(cx.lw(i + 2), "reply" | "response" | "answer" | "verdict" | "message" | "retort" | "word" | "reaction" | "assessment")
        && matches!(cx.lw(i + 3), "from" | "of")
    {
        let cue = cx.tok(i + 2).range();
        return cx.np_after(i + 4, limit).map(|(np, _)| (np, cue));
    }
    // "…," according to Treasury Secretary Janet Yellen.
    if cx.lw(i) == "according" && cx.lw(i + 1) == "to" {
        let cue = Range::new(cx.tok(i).start, cx.tok(i + 1).end);
        return cx.np_after(i + 2, limit).map(|(np, _)| (np, cue));
    }
    // "X said", "X, the spokeswoman, said"
    let (mut np, mut j) = cx.np_after(i, limit).unwrap_or((Np { range: cx.tok(i).range(), kind: NpKind::Desc }, i));
    // (After a quote closed by a full stop, a new sentence of its own: `…."' The union
    // agreed.` Only a plain verb of saying attributes across the stop.)
    if q.content.slice(cx.text).trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | '\'' | '’')).ends_with('.') && among!(cx.lw(i), "the" | "a" | "an") && !among!(cx.lw(j), "said" | "says" | "added" | "told" | "wrote" | "asked" | "replied") {
        return None;
    }
    // `"…," the release quoted Mayor Andy Fillmore as saying`: the one quoted.
    if among!(cx.lw(j), "quoted" | "quotes") {
        if let Some((who, k)) = cx.np_after(j + 1, limit).filter(|&(_, k)| cx.lw(k) == "as" && cx.is_cue(k + 1)) {
            return Some((who, Range::new(cx.tok(j).start, cx.tok(k + 1).end)));
        }
    }
    // "a resident who declined to be named told Reuters": a relative clause without commas,
    // then the cue.
    if j < limit && cx.lw(j) == "who" && np.kind == NpKind::Desc {
        if let Some(k) = (j + 2..limit.min(j + 12)).take_while(|&k| cx.tok(k).kind == TokKind::Word).find(|&k| cx.is_cue(k) && cx.cue_at(k).is_some_and(|c| !c.participle)) {
            return after_cue(cx, q, np, k);
        }
    }
    // "one Republican senator, who …, told": a name inside a longer phrase before a comma.
    if j < limit && cx.w(j) != "," {
        if let Some(k) = (j..limit.min(j + 3)).find(|&k| cx.w(k) == ",") {
            let plain = (j..k).all(|x| cx.tok(x).kind == TokKind::Word && !cx.is_cue(x) && !AUX.contains(cx.lw(x)) && !NOT_NOUNS.contains(cx.lw(x)));
            if plain && matches!(cx.lw(k + 1), "who" | "which") {
                np = Np { range: Range::new(cx.tok(i).start, cx.tok(k - 1).end), kind: NpKind::Desc };
                j = k;
            }
        }
    }
    if j < limit && cx.w(j) == "," && cx.is_cue(j + 1) {
        // "Bakare's spokesperson, Jane Roe, said": the apposition is read already.
        j += 1;
    } else if j < limit && cx.w(j) == "," {
        // One or two appositives: "X, the attorney general of Oklahoma, one of the states
        // suing the EPA, said".
        let mut k = j + 1;
        for round in 0..2 {
            let from = k;
            while k < limit && k < from + 14 && cx.w(k) != "," {
                k += 1;
            }
            // "…," his aunt, Tasha Brooks, told: a description, then the name in apposition.
            let described = np.kind == NpKind::Desc || matches!(np.kind, NpKind::Mention(m) if matches!(cx.men(m).kind, MKind::Role { .. }));
            if round == 0 && described && k < limit && k > from {
                let name = cx.by_start.get(&cx.tok(from).start).copied().filter(|&m| cx.men(m).range.end == cx.tok(k - 1).end && matches!(cx.men(m).kind, MKind::Person | MKind::Misc));
                if let Some(m) = name {
                    np = Np { range: cx.men(m).range, kind: NpKind::Mention(m) };
                }
            }
            if k < limit && cx.w(k) == "," && cx.is_cue(k + 1) {
                j = k + 1;
                break;
            }
            k += 1;
        }
    } else if j + 2 < limit && (matches!(cx.w(j), "—" | "–") || (cx.w(j) == "-" && cx.w(j + 1) == "-")) {
        // An appositive between dashes: "X — a professor at Leeds — said" ("--" too).
        let style = cx.w(j);
        let from = if style == "-" { j + 2 } else { j + 1 };
        if let Some(k) = (from..limit.min(from + 16)).find(|&k| cx.w(k) == style) {
            let after = if style == "-" && cx.w(k + 1) == "-" { k + 2 } else { k + 1 };
            if (from..k).all(|x| cx.tok(x).kind != TokKind::Punct || cx.w(x) == ",") && after < limit && cx.is_cue(after) {
                j = after;
            }
        }
    }
    while j < limit && SKIP_BACK.contains(cx.lw(j)) && !cx.is_cue(j) {
        j += 1;
    }
    // "Obama's former campaign strategist said", "Clinton campaign spokesman Brian Fallon
    // said": a longer phrase before the cue; the noun phrase is read back from the cue.
    if !(j < limit && cx.is_cue(j)) {
        let stop = (i..limit.min(i + 10)).find(|&k| {
            let t = cx.tok(k);
            cx.is_cue(k) || (t.kind == TokKind::Punct && !among!(cx.w(k), "(" | ")" | "-"))
        });
        if let Some(k) = stop.filter(|&k| k > i + 1 && cx.is_cue(k)) {
            // "…," though she noted …: a subordinate clause of its own, not an attribution.
            let clause = among!(cx.lw(i), "though" | "although" | "while" | "whereas" | "because" | "since" | "but" | "when" | "as" | "if" | "unless" | "until");
            if let Some(np2) = cx.np_before(k, i).filter(|_| !clause) {
                if np2.range.start >= cx.tok(i).start && someone_for(cx, np2, k) {
                    return after_cue(cx, q, np2, k);
                }
            }
        }
        return trailing_attribution(cx, q, i);
    }
    if !someone_for(cx, np, j) {
        return None;
    }
    after_cue(cx, q, np, j)
}

/// A manner of speaking after an adverb is a passive when no one does it: "the crowd
/// loudly chanted", but "the same battle cry regularly chanted during rallies".
fn someone_for(cx: &Ctx, np: Np, cue: usize) -> bool {
    let words: Vec<&str> = np.range.slice(cx.text).split_whitespace().collect();
    let adverb = words.len() >= 2 && words[words.len() - 1].ends_with("ly");
    if !adverb || np.kind != NpKind::Desc || !cx.cue_at(cue).is_some_and(|c| c.manner && c.lemma != "read") {
        return true;
    }
    let h = words[words.len() - 2].lowercase();
    cx.lex.group_or_member(&h) || cx.lex.role_nouns.contains_key(h.as_str()) || among!(h.as_str(), "crowd" | "crowds" | "audience" | "audiences" | "fans" | "congregation" | "choir" | "chorus" | "mob")
}

/// `"…" for criminal behavior, she said.`: the writer's words finish the sentence the quote
/// began, and the attribution ends it.
fn trailing_attribution(cx: &Ctx, q: &QuoteSpan, i: usize) -> Option<(Np, Range)> {
    if q.content.slice(cx.text).trim_end().ends_with(['.', '!', '?']) || cx.tok(i).kind != TokKind::Word {
        return None;
    }
    let sent_end = cx.layout.sentence_range(cx.tok(i).start).end;
    let b = cx.toks.partition_point(|t| t.start < sent_end);
    for k in i..b.min(i + 16) {
        if cx.in_direct(cx.tok(k).start) || matches!(cx.w(k), ";" | ":" | "(" | "\"" | "“" | "”") {
            return None;
        }
        if cx.w(k) != "," {
            continue;
        }
        // ", said X." or ", X said.": the speaker, the cue, and where the attribution ends.
        let (np, c, end) = if cx.is_cue(k + 1) {
            let (np, after) = cx.np_after(k + 2, b)?;
            (np, k + 1, after)
        } else {
            let (np, c) = cx.np_after(k + 1, b)?;
            (np, c, c + 1)
        };
        let cue = cx.cue_at(c)?;
        if cue.participle || cue.belief {
            return None;
        }
        return tail_ok(cx, end, b).then(|| (np, cx.tok(c).range()));
    }
    None
}

/// The cue at token `j` after a quote and its speaker `np`: an attribution unless the quote
/// closed its sentence and the cue starts a new one.
fn after_cue(cx: &Ctx, q: &QuoteSpan, np: Np, j: usize) -> Option<(Np, Range)> {
    let cue = cx.cue_at(j)?;
    // After a quote that ends its sentence ("….""), "He also confirmed plans …" is a new
    // sentence, not an attribution: the cue must end the sentence or take a short complement.
    let closed = q.content.slice(cx.text).trim_end().ends_with('.');
    let sent_end = cx.layout.sentence_range(cx.tok(j).start).end;
    let b = cx.toks.partition_point(|t| t.start < sent_end);
    // ("…." He added: "…": a colon after the cue introduces the next quote.)
    let introduces = cx.w(j + 1) == ":";
    (!cue.participle && !cue.belief && (!closed || (tail_ok(cx, j + 1, b) && !introduces))).then(|| (np, cx.tok(j).range()))
}

/// `X said, "…"` / `X wrote on X: "…"` / `…, stating, "…"` / `according to X, "…"`.
fn before_pattern(cx: &Ctx, q: &QuoteSpan) -> Option<(Np, Range)> {
    let para = cx.layout.para(q.paras.0);
    // "He said:" ¶ "…": a lead-in that closes the paragraph before the quote's.
    if q.paras.0 > 0 && crate::text::cut(cx.text, para.start, q.range.start).trim().is_empty() {
        let prev = cx.layout.para(q.paras.0 - 1);
        let lead = prev.slice(cx.text).trim_end();
        if lead.ends_with(':') && !*crate::text::at(&cx.layout.boilerplate, q.paras.0 - 1) {
            let colon = prev.start + lead.len() - 1;
            let sent = cx.layout.sentence_range(colon);
            let floor = cx.toks.partition_point(|t| t.start < sent.start.max(prev.start));
            let end = cx.toks.partition_point(|t| t.start < colon);
            for c in (floor..end).rev().take(12) {
                if !cx.is_cue(c) || cx.in_direct(cx.tok(c).start) {
                    continue;
                }
                let cue = cx.cue_at(c)?;
                if cue.belief {
                    return None;
                }
                let cue_r = cx.tok(c).range();
                let np = if cue.participle { None } else { cx.np_before(c, floor) };
                return np.or_else(|| cx.subject(Range::new(cx.tok(floor).start, colon))).map(|np| (np, cue_r));
            }
        }
    }
    let sent = first_sentence_of(cx.layout, q.range.start);
    let floor_byte = sent.start.max(para.start);
    // Headline style: "Trump: 'We will win'" — a name opening the line, a colon, the quote.
    let open_tok = cx.toks.partition_point(|t| t.start < q.range.start);
    if open_tok >= 2 && cx.w(open_tok - 1) == ":" {
        if let Some(&m) = cx.by_end.get(&cx.tok(open_tok - 2).end) {
            // A person, an organisation or an unknown name; not a label ("Note:", "Update:").
            let label = among!(cx.men(m).name.lowercase().as_str(), "note" | "update" | "correction" | "warning" | "source" | "photo" | "video" | "watch" | "read" | "listen" | "related" | "breaking" | "quote" | "question" | "answer" | "q" | "a");
            let named = matches!(cx.men(m).kind, MKind::Person | MKind::Org | MKind::Misc) && !label;
            let opens_line = cx.text.get(para.start..cx.men(m).range.start).is_some_and(|s| s.trim().is_empty());
            if named && opens_line {
                return Some((Np { range: cx.men(m).range, kind: NpKind::Mention(m) }, cx.tok(open_tok - 1).range()));
            }
        }
    }
    // The floor is the end of the previous quote in the sentence, if any.
    let prev_quote_end = cx.direct_end_before(q.range.start).filter(|&e| e > floor_byte);
    let floor = cx.toks.partition_point(|t| t.start < prev_quote_end.unwrap_or(floor_byte));
    let open = cx.toks.partition_point(|t| t.start < q.range.start);
    if open <= floor {
        return None;
    }
    // (Or "that": "Clinton said that "LeBron will always be the king."")
    let that = |i: usize| crate::text::cut(cx.text, cx.tok(i).end, q.range.start).trim() == "that";
    // (Or whom the words were for: "told reporters that "…"", "telling O'Reilly "…"".)
    let recipient = |i: usize| {
        let mut e = open;
        if e > i + 2 && cx.lw(e - 1) == "that" {
            e -= 1;
        }
        cx.cue_at(i).is_some_and(|c| tells(&c.lemma))
            && e > i + 1
            && e <= i + 5
            && (i + 1..e).all(|k| matches!(cx.tok(k).kind, TokKind::Word | TokKind::Possessive) && !cx.is_cue(k) && !AUX.contains(cx.lw(k)))
    };
    let gap_ok = |i: usize| {
        let between = crate::text::cut(cx.text, cx.tok(i).end, q.range.start);
        let b = between.trim();
        between.len() <= 80 && (b.is_empty() || b.ends_with([':', ',', '—', '–']) || that(i) || recipient(i))
    };
    // (Or a reported clause that runs into the quote: "added that most of the vote seems
    // anti-Trump, which is a problem because, "In the end, …"".)
    let runs_on = |i: usize| {
        open > i + 3
            && cx.lw(i + 1) == "that"
            && cx.w(open - 1) == ","
            && (SUBORDINATORS.contains(cx.lw(open - 2)) || cx.lw(open - 2) == "that")
            && (i + 1..open).all(|k| !cx.is_cue(k) && !cx.in_direct(cx.tok(k).start))
    };
    // "As the governor put it: "…"", "as one analyst put it, "…"".
    if open >= floor + 4 && matches!(cx.w(open - 1), ":" | ",") && cx.lw(open - 2) == "it" && cx.lw(open - 3) == "put" {
        // ("As Steven Rosenthal, a tax lawyer at the Urban Institute, recently put it, …": an
        // appositive between commas and an adverb before the verb.)
        let mut v = open - 3;
        while v > floor + 1 && (SKIP_BACK.contains(cx.lw(v - 1)) || cx.lw(v - 1).ends_with("ly")) {
            v -= 1;
        }
        if let Some(a) = (floor..v).rev().take(24).find(|&k| cx.lw(k) == "as" && (k == floor || cx.tok(k - 1).kind == TokKind::Punct || k + 8 >= v)) {
            if let Some((np, next)) = cx.np_after(a + 1, v) {
                let appositive = cx.w(next) == "," && v > next + 1 && cx.w(v - 1) == ",";
                if next == v || appositive {
                    return Some((np, Range::new(cx.tok(open - 3).start, cx.tok(open - 2).end)));
                }
            }
        }
    }
    // "Smith's response: "…"", "Smith put it bluntly: "…"": the owner of the words.
    if open >= floor + 3 && cx.w(open - 1) == ":" {
        let noun = among!(cx.lw(open - 2), "response" | "reply" | "answer" | "message" | "verdict" | "reaction" | "advice" | "explanation" | "retort" | "words");
        if noun && cx.tok(open - 3).kind == TokKind::Possessive {
            if let Some(np) = cx.np_before(open - 3, floor).or_else(|| cx.by_end.get(&cx.tok(open - 4).end).map(|&m| Np { range: cx.men(m).range, kind: NpKind::Mention(m) })) {
                return Some((np, cx.tok(open - 2).range()));
            }
        }
        // "put it bluntly:", "put it this way:", "put it simply:"
        let put = (open.saturating_sub(5).max(floor + 1)..open - 2).find(|&k| cx.lw(k) == "put" && cx.lw(k + 1) == "it");
        if let Some(put) = put.filter(|&k| (k + 2..open - 1).all(|x| cx.tok(x).kind == TokKind::Word)) {
            if let Some(np) = cx.np_before(put, floor) {
                return Some((np, Range::new(cx.tok(put).start, cx.tok(put + 1).end)));
            }
        }
    }
    // "according to X, "…""
    for i in (floor..open).rev().take(12) {
        if cx.lw(i) == "according" && cx.lw(i + 1) == "to" {
            if let Some((np, _)) = cx.np_after(i + 2, open) {
                return Some((np, Range::new(cx.tok(i).start, cx.tok(i + 1).end)));
            }
        }
    }
    let mut c = open;
    while c > floor {
        c -= 1;
        if !cx.is_cue(c) || !(gap_ok(c) || runs_on(c)) {
            continue;
        }
        let Some(cue) = cx.cue_at(c) else { continue };
        // "Police found the following note: "…"": a verb of finding or believing introduces
        // no one's words in marks; but a person's "she knows that "…"" does.
        let cue_r = cx.tok(c).range();
        if cue.belief {
            let person = |np: &Np| match np.kind {
                NpKind::Pronoun => true,
                NpKind::Mention(m) => cx.men(m).kind == MKind::Person,
                _ => false,
            };
            if let Some(np) = that(c).then(|| cx.np_before(c, floor)).flatten().filter(person) {
                return Some((np, cue_r));
            }
            continue;
        }
        if cue.participle {
            // "footage of Trump saying, "…"", "the clip shows Smith asking, "…"": the person
            // right before the participle says it, not the sentence's subject.
            if let Some(&m) = cx.by_end.get(&cx.tok(c - 1).end).filter(|&&m| matches!(cx.men(m).kind, MKind::Person | MKind::Misc)) {
                let before = cx.toks.partition_point(|t| t.start < cx.men(m).range.start);
                let seen = among!(cx.lw(before.saturating_sub(1)), "of" | "show" | "shows" | "showed" | "showing" | "feature" | "features" | "featured" | "featuring" | "capture" | "captures" | "captured" | "hear" | "hears" | "heard" | "catch" | "catches" | "caught" | "see" | "sees" | "saw" | "watch" | "watches" | "watched");
                if before > floor && seen {
                    return Some((Np { range: cx.men(m).range, kind: NpKind::Mention(m) }, cue_r));
                }
            }
            if let Some(np) = cx.quoted_as(c, floor) {
                return Some((np, cue_r));
            }
            let sent_r = Range::new(cx.tok(floor).start, q.range.start);
            return cx.subject(sent_r).map(|np| (np, cue_r));
        }
        // "His father used to say, "…"", "she likes to say", "he went on to say": the subject of
        // the verb before the infinitive.
        let mut back = c;
        if c >= floor + 3 && cx.lw(c - 1) == "to" {
            if among!(cx.lw(c - 2), "used" | "liked" | "likes" | "loved" | "loves" | "tends" | "tended" | "continued" | "continues" | "began" | "begins" | "started" | "starts" | "proceeded" | "proceeds") {
                back = c - 2;
            } else if c >= floor + 4 && cx.lw(c - 2) == "on" && among!(cx.lw(c - 3), "went" | "goes" | "go" | "gone") {
                back = c - 3;
            }
        }
        if let Some(np) = cx.np_before(back, floor) {
            return Some((np, cue_r));
        }
        // `"…," said Rubio, "because …"`: the speaker after the cue, right before the quote.
        if let Some((np, after)) = cx.np_after(c + 1, open) {
            if after < open && matches!(cx.w(after), "," | ":") && after + 1 == open {
                return Some((np, cue_r));
            }
            // `"This," said Smith, pointing at the map, "is where it happened."`
            // (`said Jane Moss of the Patients Association, "but …"`, `said Smith, a lawyer for
            // the family, "and …"`: where the speaker works, or who she is.)
            let person = matches!(np.kind, NpKind::Mention(m) if cx.men(m).kind == MKind::Person);
            let lead = cx.w(after) == "," && (cx.lw(after + 1).ends_with("ing") || person && DETERMINERS.contains(cx.lw(after + 1))) || person && among!(cx.lw(after), "of" | "from" | "at");
            let participle = after + 2 < open && lead && open - after <= 10 && cx.w(open - 1) == ",";
            if participle && (after + 1..open - 1).all(|k| matches!(cx.tok(k).kind, TokKind::Word | TokKind::Possessive) && !cx.is_cue(k)) {
                return Some((np, cue_r));
            }
        }
        // "Trump told reporters: "…"", "X said in a statement: "…"" — the subject is earlier.
        return cx.subject(Range::new(cx.tok(floor).start, q.range.start)).map(|np| (np, cue_r));
    }
    // "Jane Smith was blunt: "…"", "The minister had a simple message: "…"": a short lead-in
    // about one person, then a colon.
    // A longer lead-in when the colon follows a word for what was said: "Worried about
    // turnout, President Obama is rolling out a new campaign message: "…"".
    let said_noun = open >= floor + 3
        && among!(cx.lw(open - 2), "message" | "warning" | "response" | "reply" | "answer" | "verdict" | "plea" | "promise" | "vow" | "pledge" | "slogan" | "retort" | "words" | "advice" | "explanation" | "reaction" | "reminder" | "prediction" | "assessment" | "appeal" | "admission");
    if cx.w(open - 1) == ":" && (open - floor <= 10 || (said_noun && open - floor <= 40)) {
        // ("Deans was blunt:": a surname of a person named in full elsewhere.)
        let np = cx.subject(Range::new(cx.tok(floor).start, cx.tok(open - 1).start)).filter(|np| one_person(cx, *np, |m| cx.known_surname(m), usize::MAX));
        return np.map(|np| (np, cx.tok(open - 1).range()));
    }
    None
}

/// Whether a quantity opens at token `j`: "said more than 100 people died", "said about 40
/// homes burned", "said at least six" (no preposition, nor a place the words were said at).
fn quantity(cx: &Ctx, j: usize) -> bool {
    let (lw, next) = (cx.lw(j), cx.lw(j + 1));
    (lw == "more" && next == "than") || (lw == "at" && among!(next, "least" | "most")) || (lw == "about" && (next.starts_with(|c: char| c.is_ascii_digit()) || crate::times::number(next).is_some()))
}

fn clause_starts(cx: &Ctx, j: usize, end: usize) -> bool {
    let lw = cx.lw(j);
    if SUBJECT_PRONOUNS.contains(lw) {
        return true;
    }
    // "said this in the past", "said that last fall": a demonstrative object.
    if among!(lw, "this" | "these" | "those")
        && cx.toks.get(j + 1).is_none_or(|t| t.kind != TokKind::Word || among!(cx.lw(j + 1), "in" | "on" | "at" | "to" | "for" | "about" | "when" | "last" | "before" | "after" | "because" | "while" | "as" | "again" | "repeatedly" | "publicly" | "often" | "many" | "several" | "too" | "yesterday" | "today"))
    {
        return false;
    }
    let (next, quantity) = (cx.lw(j + 1), quantity(cx, j));
    // Nor an adverbial clause: "…, lawmakers said Friday, as they bristled at …".
    if cx.toks.get(j).is_none_or(|t| t.kind != TokKind::Word)
        || (!quantity && among!(lw, "to" | "about" | "of" | "with" | "for" | "in" | "on" | "at" | "by" | "from" | "more" | "as"))
        // "said no", "said no to the plan", but "said no decision had been made".
        || (FIXED_OBJECTS.contains(lw) && !(lw == "no" && cx.toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Word) && next != "to"))
        || SUBORDINATORS.contains(lw)
    {
        return false;
    }
    // A past form or a negated auxiliary marks a finite verb (only words after `j` are asked).
    let past_or_negated = |w: &str| w.ends_with("n't") || w.ends_with("n’t") || cx.lex.past_form(w);
    // With contractions of "will" ("she’ll") and every auxiliary, the verb of a clause.
    let verb = |k: usize| {
        let w = cx.lw(k);
        past_or_negated(w) || w.ends_with("'ll") || w.ends_with("’ll") || AUX.contains(w)
    };
    // "announced on Sunday, raising hopes of relief": a participle phrase, not a clause; a
    // gerund subject has its verb right after it ("said spending would rise").
    if lw.len() > 5 && lw.ends_with("ing") && !lw.ends_with("thing") {
        // Only true auxiliaries: "raising hopes" has no verb "hopes".
        let finite = |k: usize| {
            let w = cx.lw(k);
            k < end
                && (among!(w, "is" | "are" | "was" | "were" | "will" | "would" | "could" | "should" | "can" | "has" | "have" | "had" | "may" | "might" | "must" | "does" | "do" | "did" | "remain" | "remains" | "remained")
                    || past_or_negated(w))
        };
        // "said waiting lists were falling": a gerund modifying a noun.
        let noun = cx.toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Word) && !DETERMINERS.contains(cx.lw(j + 1)) && !SUBJECT_PRONOUNS.contains(cx.lw(j + 1)) && !finite(j + 1);
        // "said taxing consumption encourages savings": a present verb after a singular noun.
        let present = |k: usize| {
            let w = cx.lw(k);
            k < end && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !is_cap(cx.w(k)) && cx.tok(k).kind == TokKind::Word
        };
        return finite(j + 1) || (noun && (finite(j + 2) || (present(j + 2) && !cx.lw(j + 1).ends_with('s'))));
    }
    let mut k = j + 1;
    // Commas passed: a cue after an odd number is the main verb after an appositive ("Smith,
    // who wrote a book on debates, said …": "a book on debates" starts no clause).
    let mut commas = 0;
    let mut fresh_subject = false;
    while k < end.min(j + 12) {
        // A quoted title is part of the subject: `the "Big Beautiful Bill" would pass`.
        let t = cx.past_title(k);
        if t > k {
            k = t;
            continue;
        }
        // A parenthesis between dashes: "the plan — which critics call a tax grab — would".
        if matches!(cx.w(k), "—" | "–") && k > j {
            if let Some(close) = (k + 1..end.min(k + 16)).find(|&x| matches!(cx.w(x), "—" | "–")) {
                k = close + 1;
                continue;
            }
        }
        // Quote marks inside the clause: `saying his "capital was less than expected."`
        // (Before any comma, after a word: not `urges him to stop and says, "Don't …"`.)
        // (And a quote that closes in the sentence: a report ends with its sentence.)
        let mark = |x: usize| matches!(cx.w(x), "\"" | "“" | "”" | "''" | "``");
        if commas == 0 && cx.tok(k - 1).kind == TokKind::Word && mark(k) {
            if !(k + 1..end).any(mark) {
                return false;
            }
            k += 1;
            continue;
        }
        // An appositive between commas may sit between the subject and its verb ("the
        // program, run by the department, has brought …").
        // ("said Sanders’ attack was …": the apostrophe of a possessive goes on.)
        if cx.tok(k).kind == TokKind::Punct && !(cx.w(k) == "," && k > j + 1) && !cx.plural_mark(k) {
            return false;
        }
        if cx.w(k) == "," {
            commas += 1;
            fresh_subject = commas == 1 && k <= j + 3 && among!(cx.lw(k + 1), "the" | "a" | "an" | "this" | "his" | "her" | "their" | "its");
        }
        let w = cx.lw(k);
        // "announced an arrest and said …": an object, then the next verb of the subject.
        if matches!(w, "and" | "but") && k + 1 < end && cx.is_cue(k + 1) {
            return false;
        }
        // "reported profit that topped forecasts", "the death of a man who was hit": the verb
        // of a relative clause is not the clause's own.
        if among!(w, "that" | "which" | "who") && k > j && k + 1 < end && verb(k + 1) {
            k += 1;
            while k < end && verb(k) {
                k += 1;
            }
            continue;
        }

        if commas % 2 == 1 && cx.cue_at(k).is_some_and(|c| !c.participle) {
            return false;
        }
        // ("announcing the pick, the union called …": a verb after one comma belongs to
        // the next clause; the words before the comma were the cue's object.)
        if verb(k) {
            return commas % 2 == 0 || !fresh_subject;
        }
        k += 1;
    }
    false
}

/// Words after a cue that are its object, not a reported clause ("said goodbye", "said so").
const FIXED_OBJECTS: crate::text::Words = words!["goodbye", "hello", "yes", "no", "so", "nothing", "something", "anything"];
/// Conjunctions opening an adverbial clause after a cue ("said Friday, as they bristled").
pub(crate) const SUBORDINATORS: crate::text::Words = words!["while", "when", "because", "although", "though", "since", "after", "before", "until", "unless", "whereas"];

/// Verbs of saying with whom the words were for as their object ("told reporters", "assured
/// voters"; not "promising lower taxes"), which may stand between the verb and the quote.
fn tells(lemma: &str) -> bool {
    among!(lemma, "tell" | "warn" | "assure" | "remind" | "inform" | "reassure" | "advise")
}

/// Verbs of saying that take no noun-phrase object: what follows them is what was said.
fn says_only(lemma: &str) -> bool {
    among!(lemma, "say" | "add" | "insist" | "contend" | "assert" | "argue" | "maintain" | "predict" | "reiterate")
}

/// After `said` and its kind, a noun phrase that runs on for a few words without punctuation
/// opens a clause even when its verb is in the present tense ("said the advantage obscures
/// concerns about turnout"), short of the fixed objects ("said so", "said the same").
fn loose_clause(cx: &Ctx, j: usize, end: usize) -> bool {
    let lw = cx.lw(j);
    if cx.toks.get(j).is_none_or(|t| t.kind != TokKind::Word)
        || NOT_NOUNS.contains(lw)
        || among!(lw, "about" | "from" | "much" | "little" | "otherwise" | "this" | "these" | "those")
        || FIXED_OBJECTS.contains(lw)
        || SUBORDINATORS.contains(lw)
        || (lw == "the" && among!(cx.lw(j + 1), "same" | "opposite" | "words" | "word"))
        || (lw == "as" || cx.lw(j + 1) == "much")
    {
        return false;
    }
    // ("OC Transpo faces a $120-million shortfall": a currency sign is part of a word.)
    // ("said the verdict closes "a painful chapter"": a quoted fragment after three words.)
    (j..end.min(j + 5)).take_while(|&k| k < j + 3 || !cx.quote_opens(k)).all(|k| cx.tok(k).kind == TokKind::Word || cx.tok(k).kind == TokKind::Possessive || among!(cx.w(k), "$" | "£" | "€" | "%"))
        && end >= j + 5
}

/// A demand reported without a clause: `The NAACP called for a moratorium on charter
/// schools`, `Smith is calling on Congress to act`. For `called` at token `i` of the sentence
/// `a..b`, the content, its speaker and the token after the content.
fn called_for(cx: &Ctx, i: usize, a: usize, b: usize, sent: Range) -> Option<(Range, Np, usize)> {
    let verb = cx.lw(i);
    let prep = cx.lw(i + 1);
    // (Not a headline's "WHO Calls For Internment": capitalised words there name nothing.)
    if !among!(verb, "called" | "calls" | "calling" | "call") || !matches!(prep, "for" | "on") || is_cap(cx.w(i)) || i + 3 >= b || cx.in_direct(cx.tok(i + 1).start) {
        return None;
    }
    // "called on Congress to pass the bill": an object, then "to" and its verb.
    if prep == "on" && !(i + 3..b.min(i + 10)).any(|k| cx.lw(k) == "to" && cx.tok(k - 1).kind == TokKind::Word && cx.toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Word && !is_cap(t.text(cx.text)))) {
        return None;
    }
    let mut back = i;
    while back > a && among!(cx.lw(back - 1), "is" | "was" | "are" | "were" | "been" | "has" | "have" | "had" | "will" | "would" | "also" | "again" | "repeatedly" | "publicly" | "previously" | "recently" | "later") {
        back -= 1;
    }
    if back > a {
        let w = cx.lw(back - 1);
        // "amid calls for", "the growing calls for", "what is called for": a noun or a passive.
        let noun = DETERMINERS.contains(w) || cx.tok(back - 1).kind == TokKind::Possessive || among!(w, "growing" | "renewed" | "repeated" | "mounting" | "amid" | "despite" | "what" | "be" | "being");
        // (Nor a demand not made: "will not call on Sanders to withdraw".)
        let negated = matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n’t");
        if noun || negated || (back < i && among!(cx.lw(back), "is" | "was" | "are" | "were" | "been") && verb == "called") {
            return None;
        }
    }
    if verb == "call" && !(back > a && among!(cx.lw(back - 1), "to" | "will" | "would" | "we" | "i" | "they" | "you")) {
        return None;
    }
    let np = cx.np_before(back, a).or_else(|| if back > a && matches!(cx.lw(back - 1), "and" | "but") { cx.subject_before(sent, back) } else { None })?;
    if np.kind == NpKind::Desc && !cx.lex.groups.contains(head_word(np.range.slice(cx.text)).unwrap_or_default().as_str()) && !role_head(cx, np) {
        return None;
    }
    // The demand ends with its clause: "called for attacks using vehicles, SITE said".
    let stop = (i + 3..b).find(|&k| (among!(cx.w(k), "," | ";" | ":" | "—" | "–" | "(") || among!(cx.lw(k), "as" | "while" | "when" | "because" | "although" | "though" | "whereas")) && !cx.in_direct(cx.tok(k).start));
    let sent = stop.map_or(sent, |k| Range::new(sent.start, cx.tok(k).start));
    let c = content_range(cx, i + 2, sent)?;
    Some((c, np, i + 2))
}

/// A headline's claim after its source and a colon, without quote marks: `Sanders: Clinton
/// Email Story Has Moved`, `Clinton camp: Trump's rhetoric threatens security`. Only in the
/// headline (a short first paragraph of one sentence, before the article's text), where this
/// style stands for "X says".
fn headline_claim(cx: &Ctx, a: usize, b: usize, sent: Range) -> Option<(Range, Np, Range)> {
    let first = *cx.layout.paragraphs.first()?;
    let one_sentence = cx.layout.sentence_at(first.start) == cx.layout.sentence_at(sent.start) && first.end <= sent.end + 2;
    if cx.layout.paragraphs.len() < 2 || !one_sentence || first.len() > 160 {
        return None;
    }
    // (Quote marks in it: the marked words are the quote.)
    let line = sent.slice(cx.text);
    let opening_marks = line.contains(['"', '“', '”', '‘']);
    let quoted = line.contains(['’', '\'']) && cx.direct_from(sent.start).is_some_and(|d| d.start < sent.end);
    if opening_marks || quoted {
        return None;
    }
    // "EXCLUSIVE – Roger Stone: …": a label before the source.
    let mut s = a;
    if s + 2 < b && cx.w(s).len() >= 3 && cx.w(s).bytes().all(|c| c.is_ascii_uppercase()) && among!(cx.w(s + 1), "–" | "—" | "-" | ":") {
        s += 2;
    }
    let colon = (s + 1..b.min(s + 7)).find(|&k| cx.w(k) == ":")?;
    if (s..colon).any(|k| cx.tok(k).kind == TokKind::Punct && !matches!(cx.w(k), "." | "&")) {
        return None;
    }
    let label = among!(cx.lw(s), "note" | "update" | "updated" | "correction" | "warning" | "photo" | "photos" | "video" | "watch" | "read" | "listen" | "related" | "breaking" | "live" | "opinion" | "analysis" | "editorial" | "review" | "explainer" | "factbox" | "timeline" | "exclusive" | "q" | "a" | "q&a" | "quiz" | "recap" | "highlights" | "obituary" | "letters" | "podcast");
    if label || (cx.lw(s) == "the" && cx.lw(s + 1) == "latest") || cx.in_direct(cx.tok(s).start) {
        return None;
    }
    // The source: a person or organisation named, or a short description whose last word is
    // a role, a group or a record ("Clinton camp", "Newspaper", "Poll"); not a title-like
    // phrase ("Stealth Over Health", "Obama on Climate Change").
    let np = match cx.by_start.get(&cx.tok(s).start).filter(|&&m| cx.men(m).range.end == cx.tok(colon - 1).end) {
        Some(&m) if matches!(cx.men(m).kind, MKind::Person | MKind::Org | MKind::Role { .. }) || cx.known_surname(m) => {
            Np { range: cx.men(m).range, kind: NpKind::Mention(m) }
        }
        _ => {
            let head = cx.lw(colon - 1);
            let source = cx.lex.role_nouns.contains_key(head)
                || cx.lex.is_title(cx.w(colon - 1))
                || cx.lex.groups.contains(head)
                || EVIDENCE.contains(head)
                || among!(head, "camp" | "campaign" | "newspaper" | "paper" | "aides" | "sources");
            if colon - s > 3 || !source {
                return None;
            }
            Np { range: Range::new(cx.tok(s).start, cx.tok(colon - 1).end), kind: NpKind::Desc }
        }
    };
    let c = trim_content(cx, Range::new(cx.toks.get(colon + 1)?.start, cx.tok(b - 1).end))?;
    let c = Range::new(c.start, c.start + c.slice(cx.text).trim_end_matches(['.', '!', '?']).len());
    (c.slice(cx.text).split_whitespace().count() >= 3).then(|| (c, np, cx.tok(colon).range()))
}

/// Nouns for records that can show something: `a new poll shows that …`.
const EVIDENCE: crate::text::Words = words![
    "poll", "polls", "polling", "survey", "surveys", "study", "studies", "data", "figures", "record", "records", "report",
    "reports", "analysis", "analyses", "document", "documents", "email", "emails", "video", "videos", "footage",
    "transcript", "transcripts", "results", "numbers", "research", "statistics", "tally", "count", "filings", "census",
    "average", "slide", "chart", "photo", "photos", "recording", "memo", "audit", "evidence", "review", "estimates",
];

/// Writings that say something: `a letter that says …`.
const RECORDS: crate::text::Words = words!["letter", "letters", "statement", "statements", "post", "posts", "tweet", "tweets", "ad", "ads", "release", "filing", "lawsuit", "complaint", "note", "notes", "book", "article", "editorial", "op-ed"];

/// What a poll, a study or a record shows: `A new poll shows that Clinton leads`, `Video of
/// the incident shows him with his hands in the air`, `…, a USA TODAY analysis shows.`. For
/// `shows` at token `i` of the sentence `a..b`: the content and the record as its speaker.
/// People "show" nothing here: their showing is no speech.
fn evidence_shows(cx: &Ctx, i: usize, a: usize, b: usize, sent: Range) -> Option<(Range, Np)> {
    let find = among!(cx.lw(i), "find" | "finds" | "found");
    if !(find || among!(cx.lw(i), "show" | "shows" | "showed" | "shown")) || is_cap(cx.w(i)) || cx.in_direct(cx.tok(i).start) {
        return None;
    }
    let mut back = i;
    while back > a && among!(cx.lw(back - 1), "has" | "have" | "had" | "also" | "now" | "clearly" | "consistently" | "still" | "again" | "will" | "would" | "could" | "may" | "might" | "continue" | "continues" | "to") {
        back -= 1;
    }
    // "found that …" after a subject the cue reading finds is that reading's ("a report
    // released by the Brookings Institution found that …"); the record steps in where it
    // finds none, and for a small clause ("a June poll found Trump receiving 20 percent").
    if find && cx.lw(i + 1) == "that" && cx.np_before(back, a).is_some_and(|np| matches!(np.kind, NpKind::Mention(_) | NpKind::Pronoun)) {
        return None;
    }
    if back > a && (DETERMINERS.contains(cx.lw(back - 1)) && !matches!(cx.lw(back - 1), "that" | "this")) {
        return None;
    }
    if back <= a {
        return None;
    }
    // The record: the subject's head noun, with what follows it ("Video of the incident",
    // "The latest opinion poll released Friday"), found within a few words.
    let digit = |k: usize| cx.w(k).starts_with(|c: char| c.is_ascii_digit());
    let number_comma = |k: usize| cx.w(k) == "," && k > a && digit(k - 1) && digit(k + 1);
    let noun = (a.max(back.saturating_sub(9))..back).rev().take_while(|&k| cx.tok(k).kind != TokKind::Punct || cx.w(k) == "/" || number_comma(k)).find(|&k| {
        let w = cx.lw(k);
        EVIDENCE.contains(w) || (w == "poll" && is_cap(cx.w(k)))
    });
    let np = match noun {
        Some(k) => {
            // (Modifiers only: "in the wake of polls" starts at "polls"; but "the average of
            // polls" at "the".)
            let prep = |x: usize| among!(cx.lw(x), "in" | "of" | "by" | "from" | "after" | "amid" | "with" | "for" | "on" | "at" | "to" | "as");
            let mut k = k;
            let mut s;
            loop {
                s = k;
                while s > a && s + 8 > k && cx.tok(s - 1).kind == TokKind::Word && !cx.is_cue(s - 1) && !AUX.contains(cx.lw(s - 1)) && !prep(s - 1) && !(among!(cx.lw(s - 1), "but" | "where" | "while" | "when") || (among!(cx.lw(s - 1), "and" | "or") && s >= 2 && cx.w(s - 2) == ",")) {
                    s -= 1;
                    if DETERMINERS.contains(cx.lw(s)) {
                        break;
                    }
                }
                if s > a + 1 && cx.lw(s - 1) == "of" && EVIDENCE.contains(cx.lw(s - 2)) {
                    k = s - 2;
                } else {
                    break;
                }
            }
            if s > a && cx.tok(s - 1).kind == TokKind::Possessive {
                s = cx.np_before(s - 1, a).map_or(s, |p| crate::text::tok_at(cx.toks, p.range.start));
            }
            // ("polls that showed him victorious": the antecedent, without its pronoun.)
            let end = if back - 1 > k && matches!(cx.lw(back - 1), "that" | "which") { back - 2 } else { back - 1 };
            Np { range: Range::new(cx.tok(s).start, cx.tok(end).end), kind: NpKind::Desc }
        }
        None if cx.lw(back - 1) == "it" && back == a + 1 => Np { range: cx.tok(back - 1).range(), kind: NpKind::Pronoun },
        None => return None,
    };
    let np_tok = crate::text::tok_at(cx.toks, np.range.start);
    // Postposed: "…, a USA TODAY analysis of campaign-finance reports shows."
    if i + 1 >= b || among!(cx.w(i + 1), "." | "!" | "?") {
        if np_tok > a && cx.w(np_tok - 1) == "," {
            return trim_content(cx, Range::new(sent.start, cx.tok(np_tok - 1).start)).map(|c| (c, np));
        }
        return None;
    }
    let from = if cx.lw(i + 1) == "that" {
        i + 2
    } else if clause_starts(cx, i + 1, b) {
        i + 1
    } else {
        // A small clause: "shows Clinton leading Trump", "shows him with his hands up",
        // "shows Clinton ahead by 3.7 points".
        let small = (i + 2..b.min(i + 6)).any(|k| {
            let w = cx.lw(k);
            (w.len() > 4 && w.ends_with("ing") && !matches!(w, "during" | "according")) || among!(w, "ahead" | "behind" | "with")
        });
        if !small || cx.tok(i + 1).kind != TokKind::Word {
            return None;
        }
        i + 1
    };
    let c = content_range(cx, from, sent)?;
    Some((c, np))
}

/// A description whose head names a person or body: `a spokesman for the city`, `the party`.
fn role_head(cx: &Ctx, np: Np) -> bool {
    let head = head_word(np.range.slice(cx.text)).unwrap_or_default();
    cx.lex.is_title(&head) || cx.lex.role_nouns.contains_key(head.as_str())
}

/// The source after `according to` (at token `i`): a noun phrase as `np_after` reads it, or
/// else every word up to the comma or the sentence's end, for sources no name or determiner
/// opens ("according to exit polls", "according to a new report by Politico, …").
fn according_source(cx: &Ctx, i: usize, b: usize) -> Option<(Np, usize)> {
    let np = cx.np_after(i, b);
    let stop = (i..b).find(|&k| cx.tok(k).kind == TokKind::Punct && cx.w(k) != "-" && !cx.plural_mark(k)).unwrap_or(b);
    let at_stop = |n: usize| n >= stop || n >= b || among!(cx.w(n), "," | "." | "!" | "?" | ";" | ":" | "—" | "–");
    // ("according to the Alliance to Reclaim Our Schools (AROS)": a short parenthesis after
    // the source.)
    let np = np.map(|(np, after)| (np, cx.skip_affiliation(after, b)));
    // "according to Sen. Jane Smith, D-Ohio, …": the party and state, AP style.
    let party = |w: &str| {
        let rest = w.strip_prefix(['R', 'D', 'I']).and_then(|r| r.strip_prefix('-'));
        rest.is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()) && r.len() <= 6)
    };
    let np = np.map(|(np, after)| if after + 2 < b && cx.w(after) == "," && party(cx.w(after + 1)) && cx.w(after + 2) == "," { (np, after + 2) } else { (np, after) });
    // "according to her nephew, Tom Calloway, she …": the name in apposition is the source.
    let named = |(np, after): (Np, usize)| -> (Np, usize) {
        if after + 2 < b && cx.w(after) == "," {
            if let Some(&m) = cx.by_start.get(&cx.tok(after + 1).start) {
                let end = cx.toks.partition_point(|t| t.start < cx.men(m).range.end);
                // (A person named after a person: not "according to an FBI summary, Cheryl
                // Mills, a top aide, sent …", the name opening the report.)
                let head = head_word(np.range.slice(cx.text)).unwrap_or_default();
                let person = cx.lex.role_nouns.get(head.as_str()).is_some_and(|(p, _)| *p) || crate::mentions::KIN.iter().any(|(w, _)| *w == head);
                if person && cx.men(m).kind == MKind::Person && end + 1 < b && cx.w(end) == "," && !matches!(cx.lw(end + 1), "a" | "an") {
                    return (Np { range: cx.men(m).range, kind: NpKind::Mention(m) }, end);
                }
            }
        }
        (np, after)
    };
    // "according to Paul Ortiz, a pollster at the university, Delgado leads …": a
    // description in apposition to the name, up to its closing comma.
    let described = |(np, after): (Np, usize)| -> (Np, usize) {
        let name = matches!(np.kind, NpKind::Mention(m) if matches!(cx.men(m).kind, MKind::Person | MKind::Misc));
        if name && after + 2 < b && cx.w(after) == "," && among!(cx.lw(after + 1), "a" | "an" | "the") {
            if let Some(close) = (after + 2..b.min(after + 14)).find(|&k| cx.tok(k).kind == TokKind::Punct && !cx.plural_mark(k)) {
                if cx.w(close) == "," && close + 1 < b && (after + 2..close).all(|k| !cx.past_or_aux(k) && !cx.is_cue(k)) {
                    return (np, close);
                }
            }
        }
        (np, after)
    };
    // "according to a statement from his office", "a report by the Centre for …": the
    // document's author.
    let author = |(np, after): (Np, usize)| -> (Np, usize) {
        if np.kind == NpKind::Desc {
            let (s, e) = (crate::text::tok_at(cx.toks, np.range.start), cx.toks.partition_point(|t| t.start < np.range.end));
            if let Some(k) = (s + 1..e).take_while(|&k| cx.lw(k) != "and").find(|&k| among!(cx.lw(k), "from" | "by") && ([EVIDENCE, RECORDS, DOCUMENTS].iter().any(|l| l.contains(cx.lw(k - 1))) || cx.lex.report_nouns.contains(cx.lw(k - 1)))) {
                if let Some((by, n)) = cx.np_after(k + 1, b).filter(|&(_, n)| n == e) {
                    return (by, n.max(after));
                }
            }
        }
        (np, after)
    };
    match np {
        Some((np, after)) if at_stop(after) => Some(described(named(author((np, after))))),
        _ if stop > i && stop <= i + 20 && (i..stop).all(|k| !cx.is_cue(k) || cx.lw(k) == "report") => {
            let after = if stop < b && cx.w(stop) == "(" { cx.skip_affiliation(stop, b) } else { stop };
            (after >= b || among!(cx.w(after), "," | "." | ";" | "—" | "–")).then(|| named(author((Np { range: Range::new(cx.tok(i).start, cx.tok(stop - 1).end), kind: NpKind::Desc }, after))))
        }
        _ => None,
    }
}

/// Skip what may sit between a cue and its clause: an object ("told reporters"), a place or
/// medium ("in a statement", "on social media"), a time ("on Thursday").
fn skip_complements(cx: &Ctx, mut j: usize, end: usize, told: bool) -> usize {
    // "told her the tax was too high": an object pronoun ("her" only where no noun of hers
    // follows: "told her mother the tax …").
    if told && j + 1 < end {
        let next = cx.lw(j + 1);
        let clause_next = DETERMINERS.contains(next) || SUBJECT_PRONOUNS.contains(next) || next == "that";
        if among!(cx.lw(j), "him" | "them" | "me" | "us") || (cx.lw(j) == "her" && clause_next) {
            return skip_complements(cx, j + 1, end, false);
        }
    }
    if told {
        // "warns the job is not done": the noun phrase is the clause's subject, not the object.
        let subject_next = |n: usize| n < end && AUX.contains(cx.lw(n));
        let object = cx.np_after(j, end);
        if object.is_some_and(|(_, n)| subject_next(n)) {
        } else if let Some((_, n)) = object {
            j = n;
            // "told BBC Radio 4's Today programme the strikes …": the rest of an outlet's name.
            let mut k = j;
            while k < end
                && (cx.tok(k).kind == TokKind::Possessive
                    || (cx.tok(k).kind == TokKind::Word
                        && (is_cap(cx.w(k)) || cx.w(k).bytes().all(|b| b.is_ascii_digit()))
                        && !SUBJECT_PRONOUNS.contains(cx.lw(k))
                        && !DETERMINERS.contains(cx.lw(k))))
            {
                k += 1;
            }
            if k < end && among!(cx.lw(k), "programme" | "program" | "show" | "podcast" | "newspaper" | "radio" | "channel") {
                j = k + 1;
            } else if k > j && k < end && (DETERMINERS.contains(cx.lw(k)) || SUBJECT_PRONOUNS.contains(cx.lw(k)) || cx.lw(k) == "that") {
                // "told ABC Radio Melbourne the government …": the rest of the outlet's name,
                // when a clause plainly starts after it.
                j = k;
            }
            // "told MSNBC's "Morning Joe" that": a show's quoted name.
            let t = cx.past_title(k);
            if t > k && t <= end {
                j = t;
            }
            // "told the House of Commons finance committee that", "told a crowd of about 200
            // supporters on Saturday that": the rest of the object.
            if let Some(k) = (j..end.min(j + 8)).find(|&k| cx.lw(k) == "that") {
                if (j..k).all(|x| matches!(cx.tok(x).kind, TokKind::Word | TokKind::Possessive) && !cx.is_cue(x) && !AUX.contains(cx.lw(x)) && !cx.lex.past_form(cx.lw(x))) {
                    j = k;
                }
            }
            // "told Breitbart News Daily host Alex Marlow": a title and a name after the outlet.
            if j + 1 < end && cx.lex.is_title(cx.w(j)) && cx.by_start.contains_key(&cx.tok(j + 1).start) {
                if let Some((_, n)) = cx.np_after(j + 1, end) {
                    j = n;
                }
            }
        } else if j < end && cx.tok(j).kind == TokKind::Word && !SUBJECT_PRONOUNS.contains(cx.lw(j)) && cx.lw(j) != "that" && !subject_next(j + 1) {
            // ("warned schools would need …": a bare noun before an auxiliary is the subject.)
            j += 1;
        }
    }
    for _ in 0..3 {
        let lw = cx.lw(j);
        if among!(lw, "to" | "in" | "on" | "at" | "during" | "after" | "before" | "via" | "through" | "late" | "early" | "earlier" | "last" | "this" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "yesterday" | "today" | "repeatedly" | "previously" | "again" | "also" | "recently" | "privately" | "publicly") {
            let mut k = j + 1;
            // "this week", "last fall", but "say this is just a rough patch".
            let time_noun = |w: &str| TIME_WORDS.contains(w) || among!(w, "past" | "weekend" | "spring" | "summer" | "fall" | "autumn" | "winter" | "season" | "quarter" | "term" | "session" | "time");
            if (among!(lw, "this" | "last" | "late" | "early") && !time_noun(cx.lw(k))) || quantity(cx, j) {
                break;
            }
            if among!(lw, "earlier" | "repeatedly" | "previously" | "again" | "also" | "recently" | "privately" | "publicly") && !TIME_WORDS.contains(cx.lw(k)) {
                // An adverb alone: "said earlier on Friday during a news conference that".
            } else if TIME_WORDS.contains(cx.lw(j)) || time_noun(cx.lw(k)) {
                // "on Thursday", "Friday afternoon", "this past week": the time words only.
                while k < end && time_noun(cx.lw(k)) {
                    k += 1;
                }
            } else {
                // ("in ’08": a year cut short.)
                let short_year = |k: usize| {
                    among!(cx.w(k), "'" | "‘" | "’") && cx.toks.get(k + 1).is_some_and(|t| t.start == cx.tok(k).end && t.text(cx.text).len() == 2 && t.text(cx.text).bytes().all(|b| b.is_ascii_digit()))
                };
                // ("in a news release the recall was voluntary": a second determiner, not after a
                // preposition, opens the clause; "in the wake of the shooting" goes on.)
                let opens_clause = |k: usize| k > j + 2 && DETERMINERS.contains(cx.lw(k)) && !among!(cx.lw(k - 1), "of" | "in" | "on" | "at" | "for" | "with" | "to" | "from" | "by" | "about" | "after" | "during" | "over" | "under" | "before" | "as" | "while" | "when" | "because" | "since" | "until" | "if" | "though" | "although" | "and" | "or");
                while k < end && k < j + 6 && (cx.tok(k).kind == TokKind::Word || short_year(k)) && cx.lw(k) != "that" && !SUBJECT_PRONOUNS.contains(cx.lw(k)) && !opens_clause(k) {
                    k += 1;
                }
            }
            // "on CNN's "State of the Union"": a show's quoted name.
            k = cx.past_title(k).min(end);
            if k < end && cx.w(k) == "," {
                k += 1;
            }
            j = k;
        } else {
            break;
        }
    }
    j
}

fn content_range(cx: &Ctx, from: usize, sent: Range) -> Option<Range> {
    let start = cx.toks.get(from)?.start;
    let mut end = sent.end;
    if start >= end {
        return None;
    }
    // Stop before a direct quote that starts inside the content.
    if let Some(r) = cx.direct_from(start).filter(|r| r.start < end) {
        if r.start == start {
            return None;
        }
        end = r.start;
    }
    // Stop where the speaker's own next verb begins: "said he would order a review and
    // warned against hackers", "said the video was unclear, but he said witnesses saw a gun".
    let last = cx.toks.partition_point(|t| t.start < end);
    for k in from + 1..last {
        // "…; 46 percent said …": a semicolon before a subject with a cue of its own.
        if cx.w(k) == ";" && !cx.in_direct(cx.tok(k).start) && (k + 1..last.min(k + 7)).any(|x| cx.cue_at(x).is_some_and(|c| !c.participle)) {
            end = cx.tok(k).start;
            break;
        }
        if !among!(cx.lw(k), "and" | "but" | "while" | "whereas" | "though" | "although") || cx.in_direct(cx.tok(k).start) {
            continue;
        }
        // ("… was "beyond catastrophic" and called on both sides to …": an appeal too.)
        let speech = |j: usize| j < last && (cx.cue_at(j).is_some_and(|c| !c.participle) || (cx.lw(j) == "called" && among!(cx.lw(j + 1), "on" | "for")));
        // "…, but Shelby said he refused": a subject of a few words with a cue of its own.
        // (After a comma: "because Congress and President Obama agreed" joins two subjects.)
        // ("…, while others said …", "…, but analysts said …": people without a determiner;
        // "…, though some officials later said …".)
        let people = |w: &str| among!(w, "others" | "some" | "many" | "most") || cx.lex.group_or_member(w);
        let subject = |j: usize| {
            cx.w(k - 1) == ","
                && (is_cap(cx.w(k + 1)) || DETERMINERS.contains(cx.lw(k + 1)) || people(cx.lw(k + 1)))
                // ("…, but sources close to the player told …": a phrase after the subject.)
                && (k + 1..j).all(|x| cx.tok(x).kind == TokKind::Word && !cx.is_cue(x) && (!cx.verb_like(x) || among!(cx.lw(x), "to" | "with" | "of" | "in" | "at" | "for" | "on")) && !AUX.contains(cx.lw(x)))
        };
        // ("…, and the answers weren't researched": a cue word after a determiner is a noun.)
        let verb_at = |j: usize| speech(j) && !DETERMINERS.contains(cx.lw(j - 1));
        // ("and repeatedly says": an adverb before the verb.)
        let adverb = cx.lw(k + 1).len() > 4 && cx.lw(k + 1).ends_with("ly");
        // "…, but Supreme Leader Ali Khamenei has ruled them out": a name with a finite verb
        // of its own after ", but" is the writer's clause.
        let named = cx.w(k - 1) == "," && cx.lw(k) == "but" && cx.toks.get(k + 1).and_then(|t| cx.by_start.get(&t.start)).is_some_and(|&p| matches!(cx.men(p).kind, MKind::Person | MKind::Org) && cx.past_or_aux(cx.mention_np(p, last).1));
        if named || speech(k + 1) || ((SUBJECT_PRONOUNS.contains(cx.lw(k + 1)) || adverb) && speech(k + 2)) || (k + 2..k + 8).any(|j| verb_at(j) && subject(j)) {
            end = cx.tok(k).start;
            break;
        }
    }
    // "After the mayor said the deal was done, Smith called …": a report inside an opening
    // adverbial clause ends with that clause, at its comma.
    let first = crate::text::tok_at(cx.toks, sent.start);
    let first = (first..from).find(|&k| cx.tok(k).kind == TokKind::Word).unwrap_or(from);
    if from <= first + 40
        && (SUBORDINATORS.contains(cx.lw(first)) || among!(cx.lw(first), "if" | "once" | "as"))
        && !(first..from).any(|k| cx.w(k) == ",")
    {
        if let Some(k) = (from + 1..last).find(|&k| cx.w(k) == "," && !cx.in_direct(cx.tok(k).start)) {
            end = end.min(cx.tok(k).start);
        }
    }
    // "said the suspect fled, adding that …": the participle opens the next report.
    // ("said the factors contributed, citing the nation's location", "…, calling them "very
    // boring tax returns"": so does the speaker's next act of framing.)
    let act = |k: usize| {
        let w = cx.lw(k);
        w.ends_with("ing") && (cx.lex.framing.contains(w) || w == "citing")
    };
    // (The comma may close a quoted fragment: `would be "reckless," adding: "…"`.)
    for k in from + 1..last.saturating_sub(1) {
        if cx.w(k) != "," || cx.in_direct(cx.tok(k).start) {
            continue;
        }
        let closes = k + 1 < last && cx.partial_at(cx.tok(k).start).is_some_and(|r| r.end == cx.tok(k + 1).end);
        let (p, cut) = if closes { (k + 2, cx.tok(k + 1).end) } else { (k + 1, cx.tok(k).start) };
        if p < last && (act(p) || cx.cue_at(p).is_some_and(|c| c.participle && !c.manner) && (among!(cx.lw(p + 1), "that" | ":") || clause_starts(cx, p + 1, last))) {
            end = end.min(cut);
            break;
        }
    }
    let t = crate::text::cut(cx.text, start, end).trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ':' | ';' | '!' | '?' | '—' | '–' | '(' | '['));
    let r = Range::new(start, start + t.len());
    (r.slice(cx.text).split_whitespace().count() >= 3).then_some(r)
}

/// A report made inside a relative clause ends with that clause: in `Smith, who said the
/// plan was flawed, voted against it` the main verb after the closing comma is Smith's
/// act, not what he said. A relative clause inside the report (`…, which was drafted in
/// May, was flawed`) is stepped over.
fn relative_end(cx: &Ctx, cue: usize, c: Range) -> Option<Range> {
    if !(cue >= 2 && cx.lw(cue - 1) == "who" && cx.w(cue - 2) == ",") {
        return Some(c);
    }
    let a = cx.toks.partition_point(|t| t.start < c.start);
    let b = cx.toks.partition_point(|t| t.start < c.end);
    let mut inner = false;
    for k in a..b {
        if cx.w(k) != "," || cx.in_direct(cx.tok(k).start) {
            continue;
        }
        if among!(cx.lw(k + 1), "who" | "which" | "whose") {
            inner = true;
        } else if cx.verb_like(k + 1) || AUX.contains(cx.lw(k + 1)) {
            if !inner {
                let r = Range::new(c.start, cx.tok(k).start);
                return (r.slice(cx.text).split_whitespace().count() >= 3).then_some(r);
            }
            inner = false;
        }
    }
    Some(c)
}

/// Reported speech in one sentence: (content, speaker phrase, cue).
fn reported(cx: &Ctx, sent: Range, used: &[Range]) -> Vec<(Range, Np, Range)> {
    let mut out = Vec::new();
    let a = crate::text::tok_at(cx.toks, sent.start);
    let b = cx.toks.partition_point(|t| t.start < sent.end);
    let mut i = a;
    while i < b {
        let t = cx.tok(i);
        if cx.in_direct(t.start) {
            i += 1;
            continue;
        }
        if i == a {
            if let Some((c, np, colon)) = headline_claim(cx, a, b, sent) {
                out.push((c, np, colon));
                i = cx.toks.partition_point(|t| t.start <= colon.start);
                continue;
            }
        }
        // "According to X, …" / "…, according to X."
        if cx.lw(i) == "according" && cx.lw(i + 1) == "to" {
            if let Some((np, after)) = according_source(cx, i + 2, b) {
                let cue = Range::new(t.start, cx.tok(i + 1).end);
                // (Or after a colon: "it hasn't gone unnoticed: According to recent polls, …".)
                if i == a || (i == a + 1 && cx.tok(a).kind == TokKind::Punct) || cx.w(i - 1) == ":" {
                    if after < b && cx.w(after) == "," {
                        if let Some(c) = content_range(cx, after + 1, sent) {
                            out.push((c, np, cue));
                        }
                    }
                } else if i > a && among!(cx.w(i - 1), "," | "—" | "–") {
                    let r = Range::new(sent.start, cx.tok(i - 1).start);
                    let tr = r.slice(cx.text).trim_end();
                    // (Not inside a quote that opened in this sentence: `the report says the
                    // company "has 987 units, according to its own website."` The quoted
                    // words name their source; the report says them.)
                    let inside = cx.partial_at(t.start).is_some_and(|q| q.start >= sent.start);
                    if tr.split_whitespace().count() >= 3 && !cx.in_direct(sent.start) && !inside {
                        out.push((Range::new(r.start, r.start + tr.len()), np, cue));
                    }
                }
                i = after;
                continue;
            }
        }
        if let Some((c, np, next)) = called_for(cx, i, a, b, sent) {
            out.push((c, np, Range::new(t.start, cx.tok(i + 1).end)));
            i = next;
            continue;
        }
        if let Some((c, np)) = evidence_shows(cx, i, a, b, sent) {
            out.push((c, np, t.range()));
            i = cx.toks.partition_point(|t| t.start < c.end).max(i + 1);
            continue;
        }
        // ("users who have continued creating new accounts": no speech.)
        let Some(cue) = (used.binary_search(&t.range()).is_err())
            .then(|| cx.cue_at(i))
            .flatten()
            .filter(|c| !c.manner && (c.lemma != "continue" || among!(cx.lw(i + 1), "that" | "," | ":")))
        else {
            i += 1;
            continue;
        };
        // "the people said, asking not to be identified": a request for anonymity.
        if cx.lw(i + 1) == "not" && cx.lw(i + 2) == "to" && cx.lw(i + 3) == "be" {
            i += 1;
            continue;
        }
        let cue_r = t.range();
        let told = among!(cue.lemma.as_str(), "tell" | "ask" | "warn" | "urge" | "promise" | "remind" | "assure" | "inform");
        // "told no one about the night he almost died", "never told anyone he had been
        // fired": nothing was said.
        if told && (among!(cx.lw(i + 1), "no" | "nobody" | "no-one") && (cx.lw(i + 1) != "no" || cx.lw(i + 2) == "one") || (among!(cx.lw(i + 1), "anyone" | "anybody") && i > a && among!(cx.lw(i - 1), "never" | "not" | "n't" | "didn't" | "hadn't" | "hasn't" | "haven't" | "wouldn't"))) {
            i += 1;
            continue;
        }
        // "After being informed that he would be charged": the one told is no speaker.
        if told && i > a && !cx.lw(i).ends_with("ing") && among!(cx.lw(i - 1), "being" | "been" | "was" | "were" | "is" | "are" | "be") {
            // "was told by a teacher that she …": the agent after "by" is the speaker.
            let agent = (cx.lw(i + 1) == "by").then(|| cx.np_after(i + 2, b)).flatten().filter(|(_, n)| cx.lw(*n) == "that");
            if let Some(c) = agent.and_then(|(np, n)| Some((np, content_range(cx, n + 1, sent)?))) {
                out.push((c.1, c.0, cue_r));
                i = cx.toks.partition_point(|t| t.start < c.1.end).max(i + 1);
                continue;
            }
            i += 1;
            continue;
        }
        // "Ms. Shaheen, asked on Wednesday whether she had decided, said": a passive
        // participle between commas after a name; the one named was asked.
        // (Not the close of an appositive: "Carter's press secretary, Peter Cook, told the
        // Times"; and no object follows: "Greg Craig asked for a visa".)
        if told && i >= a + 2 && cx.w(i - 1) == "," && (cx.lw(i).ends_with("ed") || cx.lw(i) == "told") {
            let opens = cx.by_end.contains_key(&cx.tok(i - 2).end) && (a..i - 1).all(|k| cx.w(k) != ",");
            let no_object = among!(cx.lw(i + 1), "whether" | "if" | "about" | "by" | "why" | "how" | "what" | "when" | "where" | "who" | "on" | "in" | "at" | "during" | "after" | "later" | "again" | "repeatedly" | "that" | "earlier" | "last" | "this" | "to");
            if opens && no_object {
                i += 1;
                continue;
            }
        }
        // "He's claiming", "was saying", "has been arguing": a progressive is finite.
        let progressive = cue.participle
            && i > a
            && (cx.tok(i - 1).kind == TokKind::Possessive || among!(cx.lw(i - 1), "is" | "was" | "are" | "were" | "been" | "am"));
        // "…, going on to say that …": a participle phrase, as `saying` would be.
        let going_on = i >= a + 4 && cx.lw(i - 1) == "to" && cx.lw(i - 2) == "on" && cx.lw(i - 3) == "going" && cx.w(i - 4) == ",";
        // Preposed: "X said (that) …".
        if (!cue.participle || progressive) && !going_on {
            let back = if progressive {
                let mut k = i - 1;
                while k > a && (cx.tok(k).kind == TokKind::Possessive || among!(cx.lw(k), "is" | "was" | "are" | "were" | "been" | "am" | "has" | "have" | "had")) {
                    k -= 1;
                }
                k + 1
            } else if i >= a + 3 && cx.lw(i - 1) == "to" && cx.lw(i - 2) == "on" && among!(cx.lw(i - 3), "went" | "goes" | "go" | "gone") {
                // "went on to say that …"
                i - 3
            } else if i >= a + 2 && cx.lw(i - 1) == "to" && among!(cx.lw(i - 2), "continued" | "continues" | "proceeded" | "proceeds") {
                i - 2
            } else if i >= a + 5 && cx.lw(i - 1) == "have" && cx.lw(i - 2) == "to" && among!(cx.lw(i - 3), "understood" | "said" | "believed" | "reported" | "thought" | "alleged" | "known") && among!(cx.lw(i - 4), "is" | "was" | "are" | "were") {
                // "is understood to have told team-mates …", "is said to have told aides …"
                i - 4
            } else {
                i
            };
            let np = cx.np_before(back, a).filter(|np| {
                // "In a Facebook message posted Friday, Cruz said …": a participle inside an
                // opening phrase, not the sentence's verb.
                // (Not "…, a wide array of economists say, limited …": a parenthesis.)
                let d = crate::text::tok_at(cx.toks, np.range.start);
                let opening = np.kind == NpKind::Desc
                    && matches!(cx.lw(d), "a" | "an")
                    && (i + 1..b.min(i + 5)).any(|k| cx.w(k) == ",")
                    && !(d > a && cx.w(d - 1) == "," && cx.w(i + 1) == ",");
                !opening
            });
            // "… announced an arrest and said a curfew would continue": the sentence's subject.
            // (Before the cue: "While Ryan … and wrote legislation …, Trump is …".)
            let np = np.or_else(|| if i > a && matches!(cx.lw(back - 1), "and" | "but") { cx.subject_before(sent, back) } else { None });
            if let Some(np) = np {
                let j = skip_complements(cx, i + 1, b, told);
                let mut accused: Option<usize> = None;
                // "Ford said Tuesday, adding that …": the participle cue carries the report.
                // (After a postposed report, "…, Tremblay announced Wednesday, saying …", the
                // participle is read once that report is taken.)
                let p = if cx.w(j) == "," { j + 1 } else { j };
                let participle_at = (p < b && p > i + 1 && cx.cue_at(p).is_some_and(|c| c.participle && !c.manner)).then_some(p);
                let np_at = crate::text::tok_at(cx.toks, np.range.start);
                let postposed = np_at > a && matches!(cx.w(np_at - 1), "," | "the");
                if let Some(p) = participle_at.filter(|_| !postposed) {
                    i = p;
                    continue;
                }
                // "laughed at the idea that …": the clause belongs to the noun.
                let noun_clause = j > i + 1 && !is_cap(cx.w(j - 1)) && among!(cx.lw(j - 1), "idea" | "notion" | "suggestion" | "claim" | "claims" | "fact" | "prospect" | "possibility" | "reports" | "report" | "news" | "view" | "belief" | "assertion" | "allegation" | "allegations" | "charge" | "charges" | "rumors" | "rumours");
                // "…have agreed to a ceasefire starting Monday, mediators announced": after a
                // complement and its comma, a subject with a cue of its own ends the clause
                // it attributes; it is no report of this cue.
                let attributes_back = j > i + 1 && cx.w(j - 1) == "," && {
                    let v = (j + 1..b.min(j + 8)).find(|&k| cx.tok(k).kind != TokKind::Word || cx.is_cue(k));
                    v.is_some_and(|k| cx.is_cue(k) && cx.cue_at(k).is_some_and(|c| !c.participle) && (k + 1 >= b || among!(cx.w(k + 1), "," | "." | "!" | "?")))
                };
                // "Rents will rise 2.5 per cent, the province announced Tuesday, a figure that
                // advocates call too low": after a clause and its postposed speaker, what
                // follows the comma is the writer's apposition, not the report.
                let clause_before = postposed && (a..np_at).any(|k| cx.past_or_aux(k));
                let apposed = clause_before && j > i + 1 && (cx.w(j) == "," || cx.w(j - 1) == ",");
                // "The plan, officials said on Tuesday, was never viable": a short complement
                // before the comma, then the verb of the sentence the cue interrupts.
                let dated = postposed && !clause_before && j > i + 1 && cx.w(j - 1) == "," && j <= i + 5 && cx.past_or_aux(j);
                let from = if noun_clause || participle_at.is_some() || attributes_back || apposed || dated || (cue.lemma == "agree" && cx.lw(i + 1) == "to") {
                    None
                } else if cx.lw(j) == "that" && among!(cx.lw(j + 1), "way" | "much" | "far" | "kind" | "sort" | "same") {
                    // "feel that way": a demonstrative, not a clause.
                    None
                } else if cx.lw(j) == "that" {
                    Some(j + 1)
                } else if !cue.belief && (clause_starts(cx, j, b) || (says_only(&cue.lemma) && loose_clause(cx, j, b))) {
                    // ("told supporters after his victory in the South Carolina primary that the
                    // win …": a complementizer before any verb; the clause starts after it.)
                    let that = (j + 1..b.min(j + 16))
                        .take_while(|&k| cx.tok(k).kind == TokKind::Word && !cx.is_cue(k) && !AUX.contains(cx.lw(k)) && !cx.lex.past_form(cx.lw(k)))
                        .find(|&k| cx.lw(k) == "that" && (DETERMINERS.contains(cx.lw(k + 1)) || SUBJECT_PRONOUNS.contains(cx.lw(k + 1))));
                    Some(that.map_or(j, |k| k + 1))
                } else if matches!(cue.lemma.as_str(), "ask" | "wonder") && among!(cx.lw(j), "if" | "whether" | "why" | "how" | "what" | "who" | "when" | "where") && !cue.participle {
                    // A reported question: "asked Sanders how he was feeling".
                    Some(j)
                } else if among!(cue.lemma.as_str(), "ask" | "urge" | "tell" | "warn" | "remind")
                    && cx
                        .np_after(i + 1, b)
                        .map(|(_, n)| n)
                        // (A bare plural object too: "urged councillors to look".)
                        .or_else(|| (cx.toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Word) && !is_cap(cx.w(i + 1)) && cx.lw(i + 1).ends_with('s')).then_some(i + 2))
                        .is_some_and(|n| cx.lw(n) == "to" && cx.toks.get(n + 1).is_some_and(|t| t.kind == TokKind::Word && !is_cap(t.text(cx.text)) && !DETERMINERS.contains(cx.lw(n + 1))))
                {
                    // A request: "urged supporters to vote early", "asked the network to donate".
                    Some(i + 1)
                } else if let Some(of) = (cue.lemma == "accuse").then(|| cx.np_after(i + 1, b)).flatten().map(|(_, n)| n).filter(|&n| cx.lw(n) == "of") {
                    // An accusation: "accused Republicans of putting families at risk", up to
                    // the clause after it ("…, as commuters face a week of disruption").
                    accused = (of + 1..b).find(|&k| cx.w(k) == "," && !cx.in_direct(cx.tok(k).start)).map(|k| cx.tok(k).start);
                    Some(i + 1)
                } else {
                    // "says at a campaign stop in Toledo, Ohio, that …": a longer phrase, with
                    // commas, between the cue and its "that".
                    // ("said earlier on Friday during a news conference that …", "said — on
                    // Twitter, as it happens — that …").
                    // ("told reporters at Queen's Park on Wednesday that …": a possessive too.)
                    let plain = |x: usize| (cx.tok(x).kind == TokKind::Word && !cx.is_cue(x) && !AUX.contains(cx.lw(x))) || cx.tok(x).kind == TokKind::Possessive || among!(cx.w(x), "," | "—" | "–");
                    // ("is telling supporters after his victory in the primary that …": after the
                    // one told, too.)
                    let prep = |x: usize| {
                        among!(cx.lw(x), "at" | "in" | "on" | "during" | "after" | "before" | "to" | "from" | "via" | "with" | "outside" | "inside" | "near" | "—" | "–" | "earlier" | "later" | "again" | "publicly" | "privately" | "repeatedly")
                            || TIME_WORDS.contains(cx.lw(x))
                    };
                    // (Not a noun's clause: "responded to Mr. Trump's interjection that …"; but
                    // "know from his statements that …" names where the clause comes from.)
                    let nouns = |s: usize, k: usize| cx.lex.report_nouns.contains(cx.lw(k - 1)) && cx.lw(s) != "from";
                    // (A title-case "That" is a headline's relative pronoun.)
                    let that_after = |s: usize| (s + 1..b.min(s + 15)).find(|&k| cx.w(k) == "that").filter(|&k| prep(s) && (i + 1..k).all(plain) && !nouns(s, k)).map(|k| k + 1);
                    // ("told one of his protégés on a regular basis that …": after the object.)
                    that_after(i + 1).or_else(|| if told { (i + 2..i + 4).chain([j]).find(|&s| s > i + 1 && prep(s)).and_then(that_after) } else { None })
                };
                let content = from.and_then(|f| content_range(cx, f, sent)).and_then(|c| relative_end(cx, i, c));
                let content = content.map(|c| accused.filter(|&e| e < c.end && e > c.start).map_or(c, |e| Range::new(c.start, e)));
                if let Some(c) = content {
                    out.push((c, np, cue_r));
                    // The rest of the sentence may hold the next report ("…, but he said …").
                    i = cx.toks.partition_point(|t| t.start < c.end).max(i + 1);
                    continue;
                }
                // Postposed: "…, X said." — the cue ends the sentence (or a short complement does).
                let mut np_tok = crate::text::tok_at(cx.toks, np.range.start);
                // "…, the IMF said": the article before a named organisation.
                if np_tok > a + 1 && cx.lw(np_tok - 1) == "the" && cx.w(np_tok - 2) == "," {
                    np_tok -= 1;
                }
                // "…, Saudi and US mediators announced": one modifier joined by "and".
                let mut np = np;
                if np.kind == NpKind::Desc && np_tok >= a + 3 && cx.lw(np_tok - 1) == "and" && cx.w(np_tok - 3) == "," && cx.tok(np_tok - 2).kind == TokKind::Word {
                    np_tok -= 2;
                    np = Np { range: Range::new(cx.tok(np_tok).start, np.range.end), kind: NpKind::Desc };
                }
                // "…, Denver police spokeswoman Sgt. Maria Lopez said": a description in lower
                // case before the name (its role nouns, modifiers, a place or an organisation).
                if matches!(np.kind, NpKind::Mention(m) if cx.men(m).kind == MKind::Person) && np_tok > a + 1 && cx.w(np_tok - 1) != "," {
                    let mut k = np_tok;
                    while k > a + 1 && k + 6 > np_tok && cx.tok(k - 1).kind == TokKind::Word && {
                        let w = cx.lw(k - 1);
                        cx.lex.role_nouns.contains_key(w)
                            || cx.lex.is_title(cx.w(k - 1))
                            || crate::mentions::ROLE_MODIFIERS.contains(w)
                            || cx.lex.group_or_member(w)
                            || cx.by_end.get(&cx.tok(k - 1).end).is_some_and(|&m| matches!(cx.men(m).kind, MKind::Place | MKind::Org))
                    } {
                        k = cx.by_end.get(&cx.tok(k - 1).end).map_or(k - 1, |&m| crate::text::tok_at(cx.toks, cx.men(m).range.start).min(k - 1));
                    }
                    if k < np_tok && cx.w(k - 1) == "," && (k..np_tok).any(|x| cx.lex.role_nouns.contains_key(cx.lw(x)) || cx.lex.is_title(cx.w(x))) {
                        np_tok = k;
                    }
                }
                // "…, Smith and Jones said": two names; the first stands for both.
                if matches!(np.kind, NpKind::Mention(_)) && np_tok >= a + 3 && cx.lw(np_tok - 1) == "and" {
                    if let Some(&m0) = cx.by_end.get(&cx.tok(np_tok - 2).end) {
                        let k0 = crate::text::tok_at(cx.toks, cx.men(m0).range.start);
                        if k0 > a && cx.w(k0 - 1) == "," {
                            np_tok = k0;
                            np = Np { range: cx.men(m0).range, kind: NpKind::Mention(m0) };
                        }
                    }
                }
                // Parenthetical: "The museum, Mr. Obama said, would make visitors …" — the
                // whole sentence is the report.
                let last = if cx.tok(b - 1).kind == TokKind::Punct && among!(cx.w(b - 1), "." | "!" | "?") { b - 1 } else { b };
                // (Not "…, the mediators announced, raising hopes …": a participle phrase closes
                // the sentence rather than continuing the report.)
                let ing = |k: usize| cx.lw(k).len() > 5 && cx.lw(k).ends_with("ing") && !matches!(cx.lw(k), "according" | "including");
                // (Nor "…, officials said, a move that could strain ties": the writer's own
                // apposition on the whole report.)
                // ("…, Mr. Obama said, a majority of Americans have …" goes on with a subject.)
                let apposition = cx.lw(i + 2) == "which" || (among!(cx.lw(i + 2), "a" | "an") && (i + 4..(i + 6).min(b)).any(|k| among!(cx.lw(k), "that" | "which") && (i + 3..k).all(|x| cx.tok(x).kind == TokKind::Word && !cx.is_cue(x))));
                // ("Gunmen abducted 40 students, police said, the latest in a string of
                // kidnappings": after a whole clause, a noun phrase without a verb of its own.)
                let apposition = apposition
                    || (clause_before
                        && among!(cx.lw(i + 2), "the" | "a" | "an" | "another")
                        && (i + 3..last.min(i + 7)).take_while(|&k| cx.tok(k).kind == TokKind::Word && !among!(cx.lw(k), "in" | "of" | "for" | "to" | "since" | "that")).any(|k| framing(cx.lw(k)))
                        && (i + 3..last).take_while(|&k| cx.w(k) != "," && !among!(cx.lw(k), "that" | "which" | "who" | "where" | "when" | "as" | "after" | "since")).all(|k| !cx.past_or_aux(k)));
                if np_tok > a && cx.w(np_tok - 1) == "," && (cx.w(i + 1) == "," || dated) && (last > i + 4 || cx.past_or_aux(i + 2)) && !apposition && (!ing(i + 2) || clause_starts(cx, i + 2, b)) {
                    if let Some(c) = trim_content(cx, Range::new(sent.start, cx.tok(last - 1).end)) {
                        out.push((c, np, cue_r));
                    }
                    i = b;
                    continue;
                }
                // "…, three people familiar with the matter told Reuters": the told-verb's
                // object first.
                let tail = if among!(cue.lemma.as_str(), "tell" | "inform" | "assure" | "brief") {
                    // ("…, the president told her.": an object pronoun.)
                    if among!(cx.lw(i + 1), "her" | "him" | "them" | "me" | "us" | "you") { i + 2 } else { cx.np_after(i + 1, b).map_or(i + 1, |(_, n)| n) }
                } else {
                    i + 1
                };
                if np_tok > a && cx.w(np_tok - 1) == "," && (participle_at.is_some() || tail_ok(cx, tail, b)) {
                    let r = Range::new(sent.start, cx.tok(np_tok - 1).start);
                    if let Some(c) = trim_content(cx, r) {
                        out.push((c, np, cue_r));
                    }
                    i = participle_at.unwrap_or(b);
                    continue;
                }
            }
            // "…, said X."
            if i > a && cx.w(i - 1) == "," {
                if let Some((np, after)) = cx.np_after(i + 1, b) {
                    // A description after the cue names someone ("said a spokesman", "said
                    // the minister"); "confirmed the arrests" is the verb's object.
                    let someone = np.kind != NpKind::Desc || {
                        let head = head_word(np.range.slice(cx.text)).unwrap_or_default();
                        // (One of a group: "said one GOP source", "said a resident".)
                        cx.lex.is_title(&head) || cx.lex.role_nouns.contains_key(head.as_str()) || cx.lex.group_or_member(&head)
                    };
                    // "…, said Sgt. Paul Chan, adding that …": the participle reports on.
                    let adding = after + 1 < b && cx.w(after) == "," && cx.cue_at(after + 1).is_some_and(|c| c.participle && !c.manner);
                    if someone && (adding || tail_ok(cx, after, b)) {
                        if let Some(c) = trim_content(cx, Range::new(sent.start, cx.tok(i - 1).start)) {
                            out.push((c, np, cue_r));
                        }
                        i = if adding { after + 1 } else { b };
                        continue;
                    }
                }
            }
        } else if let Some(from) = (i > a).then(|| participle_report(cx, told, i, b, cue.belief)).flatten() {
            // "…, saying (that) …": the sentence's subject speaks.
            // After a quote: `"…," Ford said Tuesday, noting that …` — the speaker of the cue
            // before it in the sentence.
            let cue_before = (a..i).rev().take(8).find(|&k| !cx.in_direct(cx.tok(k).start) && cx.cue_at(k).is_some_and(|c| !c.participle && !c.manner));
            let earlier = || cue_before.and_then(|k| cx.np_before(k, a).or_else(|| cx.np_after(k + 1, i).map(|(np, _)| np)));
            // "…, said Sgt. Paul Chan, adding that …": the speaker named after the cue.
            // "…, Tremblay announced Wednesday, saying …": the speaker of a postposed cue.
            let inverted = || {
                let k = cue_before?;
                if k > a && cx.w(k - 1) == "," {
                    return cx.np_after(k + 1, i).filter(|&(_, n)| n + 1 == i && cx.w(n) == ",").map(|(np, _)| np);
                }
                let np = cx.np_before(k, a)?;
                let t = crate::text::tok_at(cx.toks, np.range.start);
                (t > a && cx.w(t - 1) == ",").then_some(np)
            };
            // "criticized Tom Brown for saying …": the person blamed or praised said it, not
            // the subject ("apologized for saying" keeps the subject).
            let object = || {
                let m = *cx.by_end.get(&cx.tok(i.checked_sub(2).filter(|&k| k > a && cx.lw(i - 1) == "for")?).end)?;
                matches!(cx.men(m).kind, MKind::Person | MKind::Misc).then_some(Np { range: cx.men(m).range, kind: NpKind::Mention(m) })
            };
            if let Some(np) = object().or_else(|| cx.quoted_as(i, a)).or_else(inverted).or_else(|| cx.subject(sent)).or_else(earlier) {
                if let Some(c) = content_range(cx, from, sent) {
                    out.push((c, np, cue_r));
                    // (The rest may hold the next report: "…, but sources told The Sun …".)
                    i = cx.toks.partition_point(|t| t.start < c.end).max(i + 1);
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// A noun the writer puts on a whole report after its postposed speaker: `…, police said,
/// the latest in a string of kidnappings`, `…, officials said, a major setback for …`,
/// `…, the highest since 2008`; not the report's own detail (`two interviews, officials
/// said, the first by a consular officer …`).
fn framing(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("est") && !among!(w, "interest" | "protest" | "request" | "forest" | "contest" | "arrest" | "harvest" | "suggest" | "modest" | "honest"))
        || among!(w, "move" | "sign" | "step" | "blow" | "setback" | "boost" | "reversal" | "escalation" | "rebuke" | "victory" | "defeat" | "shift" | "turn" | "twist" | "record" | "level" | "rise" | "drop" | "jump" | "decline" | "fall" | "gain" | "loss" | "development" | "indication" | "signal" | "reminder" | "departure" | "toll" | "tally" | "figure")
}

/// Where the report of a participle cue at `i` starts (`…, saying (that) …`), if a clause
/// follows it; after a told-verb's object and a few plain words too (`telling reporters in
/// Ottawa that …`).
fn participle_report(cx: &Ctx, told: bool, i: usize, b: usize, belief: bool) -> Option<usize> {
    if cx.lw(i + 1) == "that" {
        return Some(i + 2);
    }
    let plain = |k: &usize| (cx.tok(*k).kind == TokKind::Word && !cx.is_cue(*k) && !cx.past_or_aux(*k)) || cx.tok(*k).kind == TokKind::Possessive;
    let that = (i + 2..b.min(i + 10)).take_while(plain).find(|&k| cx.lw(k) == "that").filter(|_| told);
    // "welcomed the ruling, saying in a statement that it …": a medium or a time first.
    let k = skip_complements(cx, i + 1, b, false);
    let after_complement = (k > i + 1 && k < b).then(|| if cx.lw(k) == "that" { Some(k + 1) } else { (!belief && clause_starts(cx, k, b)).then_some(k) }).flatten();
    that.map(|k| k + 1).or(after_complement).or_else(|| (!belief && clause_starts(cx, i + 1, b)).then_some(i + 1))
}

/// A report named by a noun with its owner: `Donald Trump's claim that there have been
/// "thousands of shootings"`, `his prediction that the deal would fail`. The content is the
/// clause after "that"; a noun phrase opening its sentence is left alone (its clause runs
/// into the main verb: `Smith's claim that … surprised many`).
fn nominal(cx: &Ctx, sent: Range) -> Vec<(Range, Np, Range)> {
    let mut out = Vec::new();
    let a = crate::text::tok_at(cx.toks, sent.start);
    let last = cx.toks.partition_point(|t| t.start < sent.end);
    for k in a + 1..last.saturating_sub(2) {
        if cx.lw(k + 1) != "that" || !cx.lex.report_nouns.contains(cx.lw(k)) || cx.in_direct(cx.tok(k).start) {
            continue;
        }
        // The owner, over a few adjectives: "its hyperbolic prediction", "Trump's repeated claim".
        let mut o = k - 1;
        while o > a && o + 3 > k && cx.tok(o).kind == TokKind::Word && !is_cap(cx.w(o)) && !DETERMINERS.contains(cx.lw(o)) && !among!(cx.lw(o), "his" | "her" | "their" | "its") {
            o -= 1;
        }
        let np = if cx.tok(o).kind == TokKind::Possessive && o > a {
            cx.by_end.get(&cx.tok(o - 1).end).filter(|&&m| matches!(cx.men(m).kind, MKind::Person | MKind::Org | MKind::Misc)).map(|&m| Np { range: cx.men(m).range, kind: NpKind::Mention(m) })
        } else if among!(cx.lw(o), "his" | "her" | "their") {
            Some(Np { range: cx.tok(o).range(), kind: NpKind::Pronoun })
        } else {
            None
        };
        let Some(np) = np else { continue };
        // (The clause may open with a quote: `her remark that "there's a special place …"`.)
        if np.range.start <= cx.tok(a).start || !(clause_starts(cx, k + 2, last) || (cx.quote_opens(k + 2) && clause_starts(cx, k + 3, last))) {
            continue;
        }
        if let Some(mut c) = content_range(cx, k + 2, sent).filter(|c| c.start == cx.tok(k + 2).start) {
            // ("Despite Trump's claim that people would "learn nothing," there would be …": the
            // clause ends at its comma, one inside quote marks too.)
            let end = cx.toks.partition_point(|t| t.start < c.end);
            let main = |x: usize| {
                let y = (x + 1..end).find(|&y| cx.tok(y).kind == TokKind::Word).unwrap_or(end);
                !among!(cx.lw(y), "which" | "who" | "whom" | "whose" | "where" | "when" | "and" | "or" | "but") && clause_starts(cx, y, end)
            };
            if let Some(x) = (k + 3..end).find(|&x| cx.w(x) == "," && !cx.in_direct(cx.tok(x).start) && main(x)) {
                let mark = |y: usize| cx.toks.get(y).is_some_and(|t| t.kind == TokKind::Punct && t.start == cx.tok(y - 1).end && CLOSING_MARKS.iter().any(|m| cx.w(y).starts_with(*m)));
                let mut y = x;
                while mark(y + 1) {
                    y += 1;
                }
                c.end = if y > x { cx.tok(y).end } else { cx.tok(x - 1).end };
            }
            out.push((c, np, cx.tok(k).range()));
        }
    }
    out
}

/// The nearest lower-case word among the `reach` tokens before token `to` (not before `a`,
/// the sentence's first) that `is_verb` accepts: the verb whose subject an infinitive or a
/// second verb after "and" shares.
fn verb_before(cx: &Ctx, a: usize, to: usize, reach: usize, is_verb: impl Fn(usize) -> bool) -> Option<usize> {
    (a.max(to.saturating_sub(reach))..to).rev().find(|&k| cx.tok(k).kind == TokKind::Word && !is_cap(cx.w(k)) && is_verb(k))
}

/// The first of the auxiliaries right before token `v` (`v` when none), not before `a`: where
/// the verb's subject ends (`Johnson's doctor is calling …`, `has been calling`).
fn before_aux(cx: &Ctx, a: usize, v: usize) -> usize {
    let mut k = v;
    // ("which Will claims affirmed": a capitalised "Will" is a name.)
    while k > a && !is_cap(cx.w(k - 1)) && among!(cx.lw(k - 1), "is" | "was" | "are" | "were" | "been" | "has" | "have" | "had" | "will" | "would" | "could" | "should" | "can" | "may" | "might" | "must" | "did" | "does" | "do") {
        k -= 1;
    }
    k
}

/// A quoted fragment framed by its subject's verb: `Clinton called half of Trump's supporters
/// "deplorables"`, `he described the incident as a "terrible situation"`. The content runs from
/// after the verb to the fragment (or to the sentence end when little follows it).
fn framed(cx: &Ctx, sent: Range, partials: &[Range]) -> Vec<(Range, Np, Range)> {
    let mut out: Vec<(Range, Np, Range)> = Vec::new();
    let k = partials.partition_point(|p| p.start < sent.start);
    let a = crate::text::tok_at(cx.toks, sent.start);
    let last = cx.toks.partition_point(|t| t.start < sent.end);
    for p in crate::text::part(partials, k, partials.len()).iter().take_while(|p| p.start < sent.end) {
        if p.end > sent.end {
            continue;
        }
        let open = cx.toks.partition_point(|t| t.start < p.start);
        // A list of fragments under one framing: `called him a "liar" who is "amoral," a
        // "bully" and a "narcissist"`, `to "go vote" and then "go pick …"`.
        if let Some(prev) = out.last_mut().filter(|prev| prev.0.end <= p.start) {
            let from = cx.toks.partition_point(|t| t.start < prev.0.end);
            let listed = open <= from + 4 && (from..open).all(|k| !cx.is_cue(k) && !cx.lex.framing.contains(cx.lw(k)) && !among!(cx.w(k), "." | ";" | "!" | "?" | ":" | "(" | ")"));
            if listed {
                prev.0.end = p.end;
                continue;
            }
        }
        let lo = a.max(open.saturating_sub(15));
        let Some(v) = (lo..open).rev().find(|&i| {
            let w = cx.lw(i);
            // "the remarks", "his claims": nouns, not verbs.
            // ("32% of Republican claims as "false"": a plural after "of" and an adjective,
            // where "Angela Merkel of Germany condemned" and "75 percent of voters say" are
            // verbs.)
            let adjective = |k: usize| {
                let a = cx.lw(k);
                cx.tok(k).kind == TokKind::Word
                    && !a.ends_with('s')
                    && (!is_cap(cx.w(k)) || cx.lex.demonym(a).is_some() || crate::lexicon::party_word(a))
            };
            let noun = i > 0
                && (cx.tok(i - 1).kind == TokKind::Possessive
                    || among!(cx.lw(i - 1), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "these" | "those" | "this" | "my" | "our" | "your" | "of")
                    || (i > 1 && cx.lw(i - 2) == "of" && w.ends_with('s') && adjective(i - 1)));
            // "has used the phrase "Islamic terrorism"": the words are the user's.
            let uses_phrase = !is_cap(cx.w(i)) && among!(w, "use" | "uses" | "used" | "coin" | "coins" | "coined" | "invoke" | "invokes" | "invoked" | "repeat" | "repeats" | "repeated" | "adopt" | "adopts" | "adopted")
                && among!(cx.lw(i + 1), "the" | "a" | "that" | "this" | "his" | "her" | "their" | "its")
                && among!(cx.lw(i + 2), "phrase" | "term" | "word" | "words" | "slogan" | "expression" | "label" | "nickname" | "moniker" | "line" | "epithet" | "insult" | "catchphrase");
            // "Protesters chanted "What curfew?"": a manner of speaking right before words
            // that end on their own stop.
            let spoken = i + 1 == open && cx.cue_at(i).is_some_and(|c| c.manner) && p.slice(cx.text).trim_end_matches(CLOSING_MARKS).ends_with(['.', '!', '?', ',']);
            !noun && (cx.lex.framing.contains(w) || uses_phrase || spoken || cx.cue_at(i).is_some_and(|c| !c.participle && !c.manner))
        }) else {
            continue;
        };
        // "mocked the complaint, saying the man "is not having a good night"": a participle
        // of speech nearer the fragment reports it (not "warning against "excessive
        // optimism"": no clause follows).
        let reports = |x: usize| cx.lex.cue(cx.lw(x)).is_some_and(|c| c.participle && !c.manner) && (cx.lw(x + 1) == "that" || clause_starts(cx, x + 1, last));
        if (v + 1..open).any(reports) {
            continue;
        }
        // Another fragment and a verb of its own between the verb and this one: "a box
        // labeled "medical problem," a doctor had typed "homicidal ideation"".
        let after_verb = partials.partition_point(|q| q.start <= cx.tok(v).end);
        if let Some(q) = crate::text::part(partials, after_verb, partials.len()).iter().take_while(|q| q.start < p.start).find(|q| q.end <= p.start) {
            let from = cx.toks.partition_point(|t| t.start < q.end);
            let own_verb = (from..open).any(|i| {
                let w = cx.lw(i);
                AUX.contains(w) || cx.lex.past_form(w)
            });
            if own_verb {
                continue;
            }
        }
        // "a box labeled "medical problem"", "the group, dubbed "the squad"": a passive
        // participle after a noun names something; nobody is speaking.
        let w = cx.lw(v);
        let next_at = |k: usize| cx.toks.get(k).is_some_and(|t| t.start >= p.start);
        let adjacent = next_at(v + 1) || (among!(cx.lw(v + 1), "the" | "a" | "an") && next_at(v + 2));
        if v > a && adjacent && (w.ends_with("ed") || cx.lex.irregular_past.contains(w)) {
            let prev = cx.lw(v - 1);
            let passive = prev == ","
                || (cx.tok(v - 1).kind == TokKind::Word
                    && !is_cap(cx.w(v - 1))
                    && !prev.ends_with("ly")
                    && !SUBJECT_PRONOUNS.contains(prev)
                    && !AUX.contains(prev)
                    && !among!(prev, "who" | "that" | "which" | "also" | "then" | "and" | "but" | "never" | "once" | "even" | "just" | "again"));
            if passive {
                continue;
            }
        }
        // "Ministers have been accused of "betraying" renters", "Ministers accused of
        // 'betraying' renters": the subject is the target; the accusers go unnamed.
        let past = w.ends_with("ed") || cx.lex.irregular_past.contains(w);
        if past && v > a && (among!(cx.lw(v - 1), "been" | "was" | "were" | "is" | "are" | "being" | "be") || (w.starts_with("accus") && cx.lw(v + 1) == "of")) {
            continue;
        }
        // (A stop between the verb and the fragment ends the verb's clause; an abbreviation's
        // does not: "called Mr. Obama's remarks "a true wake-up call"".)
        if (v + 1..open).any(|k| among!(cx.w(k), "." | ";" | "!" | "?")) {
            continue;
        }
        // "Johnson's doctor is calling the candidate "fit"": the subject before the auxiliary.
        let vb = before_aux(cx, a, v);
        // "the Council issued a statement calling the test "…"": an -ing verb's subject is
        // the sentence's.
        // An infinitive's subject is that of the nearest finite verb before "to": "took to
        // Twitter to accuse the campaign of being "duped"", not "requiring families to make a
        // "realistic" contribution".
        let infinitive = v > a + 1 && cx.lw(v - 1) == "to";
        let np = if infinitive {
            let finite = verb_before(cx, a, v - 1, 9, |k| cx.lex.past_form(cx.lw(k)) || AUX.contains(cx.lw(k)));
            // (Not "explained the president's refusal to call …": the refusal is his.)
            finite.filter(|&k| (k + 1..v - 1).all(|x| cx.tok(x).kind != TokKind::Possessive)).and_then(|k| cx.np_before(before_aux(cx, a, k), a))
        } else if cx.lw(v).ends_with("ing") {
            // ("…, with Mayor Linda Osei calling it "…"": an absolute phrase's own subject.)
            cx.np_before(v, a).filter(|np| cx.lw(crate::text::tok_at(cx.toks, np.range.start).wrapping_sub(1)) == "with").or_else(|| cx.subject(sent))
        } else {
            // ("Protesters marching through the streets chanted "…"": a subject too long to
            // read back is read forward from the sentence start, after a manner of speaking.)
            let manner = cx.cue_at(v).is_some_and(|c| c.manner) && cx.toks.get(v + 1).is_some_and(|t| t.start >= p.start);
            // ("referred to Rubio as "…" but described his skills as "…"", "after she attacked
            // the police and blamed …": the subject of the verb before the conjunction.)
            let joined = || {
                if !(vb > a && among!(cx.lw(vb - 1), "and" | "but")) {
                    return None;
                }
                let k = verb_before(cx, a, vb - 1, 15, |k| cx.lex.past_form(cx.lw(k)) || cx.is_cue(k) || cx.lex.framing.contains(cx.lw(k)))?;
                // ("said the province had hired nurses and expected improvements "…"": the
                // verb of the report before it, whose speaker goes on.)
                // (Not across a subordinate clause: "described her as a "disgrace" after she
                // attacked … and blamed …".)
                let k = (a..k).rev().take_while(|&c| !SUBORDINATORS.contains(cx.lw(c))).find(|&c| cx.cue_at(c).is_some_and(|c| !c.participle && !c.manner)).unwrap_or(k);
                cx.np_before(k, a)
            };
            joined().or_else(|| cx.np_before(vb, a)).or_else(|| manner.then(|| cx.subject(Range::new(sent.start, cx.tok(vb).start))).flatten())
        };
        let Some(np) = np else { continue };
        let start = match cx.toks.get(v + 1) {
            // "…, Cahill has announced, declaring the devices a "constant distraction"": the
            // verb's clause ended at its comma.
            Some(_) if cx.w(v + 1) == "," && cx.lw(v + 2).ends_with("ing") && cx.toks.get(v + 2).is_some_and(|n| n.start < p.start) => continue,
            // ("told reporters "the count is not over"": past the one told.)
            Some(_) if open <= v + 4 && cx.cue_at(v).is_some_and(|c| tells(&c.lemma)) && (v + 1..open).all(|k| matches!(cx.tok(k).kind, TokKind::Word | TokKind::Possessive) && !AUX.contains(cx.lw(k)) && !among!(cx.lw(k), "of" | "about" | "to" | "against" | "on" | "over" | "for" | "with" | "in")) => p.start,
            Some(t) if t.start <= p.start => t.start,
            _ => continue,
        };
        // The content runs on to the end of the fragment's clause: the next clause
        // punctuation, a conjunction, another quote, or the sentence end (if near).
        let after = cx.toks.partition_point(|t| t.start < p.end);
        let mut end = p.end;
        // (A fragment that ends on its own comma or stop inside the marks closes the clause:
        // `called conditions "highly competitive," Mr. Lutz forecast`.)
        let closed = p.slice(cx.text).trim_end_matches(CLOSING_MARKS).ends_with([',', ';', ':', '.', '!', '?']);
        for k in after..last.min(if closed { after } else { after + 25 }) {
            let w = cx.lw(k);
            if matches!(w, "," | ";" | ":" | "—" | "–" | "-" | "(" | ")" | "." | "!" | "?" | "\"" | "“" | "”" | "and" | "but" | "while" | "because" | "which" | "who" | "as" | "after" | "before" | "when" | "although" | "though") {
                break;
            }
            end = cx.tok(k).end;
        }
        if last > after + 25 && end == cx.tok((after + 24).min(last - 1)).end {
            end = p.end;
        }
        // A verb of speech takes a whole clause: `he said "budget reforms" and unpaid taxes
        // would pay for them`.
        // (The quote opens the clause, after a few words at most: not `said, but as Trump
        // went on about "…"`.)
        let lead_in = (v + 1..open).all(|k| cx.tok(k).kind == TokKind::Word) && open <= v + 4;
        if lead_in && cx.lex.cue(w).is_some_and(|c| !c.belief && !c.manner) && !cx.lex.framing.contains(w) {
            if let Some(c) = content_range(cx, v + 1, sent).filter(|c| c.start <= p.start) {
                end = end.max(c.end);
            }
        }
        // `he yelled "You lie!" at the president`: a sentence in marks right after a verb of
        // speech is what was said, no more.
        let inner = p.slice(cx.text).trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '!' | '?'));
        let sentence = open == v + 1 && cx.lex.cue(w).is_some_and(|c| !c.belief) && inner.starts_with(char::is_uppercase) && inner.ends_with(['.', '!', '?']);
        let (start, end) = if sentence { (p.start, p.end) } else { (start, end) };
        let cue = cx.tok(v).range();
        // Two fragments framed by one verb ("called her "crooked" and "a nasty woman""): one
        // mixed quote over both.
        if let Some(prev) = out.iter_mut().find(|(_, _, c)| *c == cue) {
            prev.0.end = prev.0.end.max(end.max(p.end));
            continue;
        }
        out.push((Range::new(start, end.max(p.end)), np, cue));
    }
    out
}

fn trim_content(cx: &Ctx, r: Range) -> Option<Range> {
    let s = r.slice(cx.text);
    let mut lead = s.len() - s.trim_start().len();
    // "EXCLUSIVE: Glencore weighs sale …": a label in capitals is no part of the report.
    if let Some((label, _)) = s[lead..].split_once(": ") {
        if label.len() >= 3 && label.len() <= 20 && label.bytes().all(|b| b.is_ascii_uppercase() || b == b' ') {
            lead += label.len() + 2;
        }
    }
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '—' | '–'));
    let r = Range::new(r.start + lead, r.start + t.len());
    let k = cx.direct.partition_point(|d| d.end <= r.start);
    let big_overlap = cx.direct[k..].iter().take_while(|d| d.start < r.end).any(|d| r.overlaps(*d) && d.len() * 2 > r.len());
    if r.start >= r.end || cx.in_direct(r.start) || big_overlap {
        return None;
    }
    (r.slice(cx.text).split_whitespace().count() >= 3).then_some(r)
}

/// After a postposed attribution only a short complement may follow before the sentence ends.
fn tail_ok(cx: &Ctx, j: usize, b: usize) -> bool {
    let rest = b.saturating_sub(j);
    // ("…, analysts say; in 2012, …": a semicolon ends the clause too.)
    if rest <= 1 || matches!(cx.w(j), "," | ";") {
        return true;
    }
    // ("The work was relentless, she says: lamps to trim, …": after a pronoun and its cue, a
    // colon opens the details; not a quote of its own, `Trump said: "…"`.)
    if cx.w(j) == ":" {
        return j >= 2 && SUBJECT_PRONOUNS.contains(cx.lw(j - 2)) && !cx.quote_opens(j + 1);
    }
    // A short complement ("in a joint statement"), then the end or a comma.
    // ("…." Ditto said via email that, "…": a complement clause is content of its own.)
    let stop = (j..b.min(j + 8)).find(|&k| cx.w(k) == ",").unwrap_or(b);
    let content = (j..stop).any(|k| cx.lw(k) == "that" || cx.quote_opens(k));
    (stop - j <= 7 && (stop < b || rest <= 7)) && !content && among!(cx.lw(j), "in" | "on" | "at" | "to" | "during" | "after" | "before" | "last" | "this" | "yesterday" | "today" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "reporters" | "told" | "," | "via" | "from" | "earlier" | "later")
}

fn resolve(cx: &Ctx, ents: &mut Entities, salient: &Trail, np: Np) -> (Option<usize>, Option<String>) {
    match np.kind {
        NpKind::Mention(m) => match ents.of(m) {
            Some(e) => (Some(e), None),
            None => {
                let mention = cx.men(m);
                // "ANC spokesperson Mary Khakhau": the longer mention is nobody's; the name
                // inside it, ending where it ends, is someone's.
                let k = cx.mentions.partition_point(|x| x.range.start < mention.range.start);
                let inner = cx.mentions[k..]
                    .iter()
                    .enumerate()
                    .take_while(|(_, x)| x.range.start < mention.range.end)
                    .find_map(|(o, x)| (x.range.end == mention.range.end).then_some(ents.of(k + o)).flatten());
                if let Some(e) = inner {
                    return (Some(e), None);
                }
                // An unknown capitalised name used as a speaker is a person; a group opening
                // the sentence ("Rescuers said") is not a name.
                // ("Russians now say", "Americans": a people, no person either.)
                let group = mention.name_words == 1
                    && (cx.lex.groups.contains(mention.name.lowercase().as_str()) || mention.name.strip_suffix('s').is_some_and(|s| cx.lex.demonym(s).is_some()));
                // "Audiences can expect …": a plural noun capitalised only because it opens the
                // sentence, and named nowhere else.
                let common_plural = mention.name_words == 1
                    && mention.name.ends_with('s')
                    && !mention.name.ends_with("ss")
                    && cx.layout.sentence_range(mention.range.start).start == mention.range.start
                    && cx.names().0.get(mention.name.as_str()).copied().unwrap_or(0) <= 1;
                if common_plural {
                    return (None, Some(mention.name.clone()));
                }
                if mention.kind == MKind::Misc && mention.name_words <= 4 && mention.name_words >= 1 && !group {
                    let last = mention.name.split_whitespace().last().unwrap_or("").lowercase();
                    let known = (0..ents.list.len()).rev().find(|&e| {
                        ents.ent(e).kind == EKind::Person && ents.ent(e).name.split_whitespace().last().is_some_and(|s| s.lowercase() == last)
                    });
                    if let Some(e) = known {
                        ents.of_mention[m] = Some(e);
                        ents.add_mention(e, mention.range);
                        return (Some(e), None);
                    }
                    let e = new_person(ents, mention);
                    if mention.name_words == 1 && org_like(cx, mention) {
                        ents.ent_mut(e).kind = EKind::Org;
                        ents.ent_mut(e).gender = None;
                    }
                    ents.of_mention[m] = Some(e);
                    return (Some(e), None);
                }
                if let Some(e) = org_by_head(cx, ents, np.range) {
                    return (Some(e), None);
                }
                (None, Some(same_unnamed(cx, salient, np.range).unwrap_or_else(|| np.range.slice(cx.text).to_string())))
            }
        },
        NpKind::Pronoun => {
            let p = np.range.slice(cx.text).lowercase();
            let want = pronoun_gender(&p);
            // "we now know that …", "I said" in a memoir: the writer's own voice, never the
            // last organisation named.
            if among!(p.as_str(), "we" | "i" | "you") {
                return (None, Some(np.range.slice(cx.text).to_string()));
            }
            if want.is_none() {
                // "they" / "it": the subject of its own sentence when that is an organisation
                // or a group ("Clinton's campaign is seeking … what they call …"), else the
                // most recent organisation.
                let sent = cx.layout.sentence_range(np.range.start);
                // `It` opening its sentence goes on with the last sentence's subject: `Donald
                // Trump's campaign is defending … . It's denouncing what it calls …`.
                let own = cx.subject(sent).filter(|s| s.range.end <= np.range.start && s.range != np.range);
                let head = crate::text::cut(cx.text, sent.start, cx.text.len()).trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                let opens = head.eq_ignore_ascii_case("it") && own.is_none_or(|o| o.kind == NpKind::Pronoun);
                let si = cx.layout.sentence_at(np.range.start);
                let last = (p == "it" && opens && si > 0)
                    .then(|| crate::text::at(&cx.layout.sentences, si - 1).range)
                    .filter(|r| cx.layout.para_at(r.start) == cx.layout.para_at(np.range.start))
                    .and_then(|r| cx.subject(r))
                    .filter(|s| s.kind != NpKind::Pronoun);
                if let Some(sub) = last.or(own) {
                    match sub.kind {
                        NpKind::Mention(m) => {
                            if let Some(e) = ents.of(m).filter(|&e| ents.ent(e).kind == EKind::Org) {
                                return (Some(e), None);
                            }
                        }
                        NpKind::Desc => {
                            let head = sub.range.slice(cx.text).rsplit(' ').next().unwrap_or("").lowercase();
                            let org = cx.lex.role_nouns.get(head.as_str()).is_some_and(|(person, _)| !person) || cx.lex.groups.contains(head.as_str()) || cx.lex.org_heads.contains(head.as_str());
                            if org {
                                return (None, Some(sub.range.slice(cx.text).to_string()));
                            }
                        }
                        NpKind::Pronoun => {}
                    }
                }
                // "Prosecutors had sought an eight-year term. In court filings, they said …":
                // the plural subject of the sentence before, in the same paragraph.
                // (People: a group noun or a role's plural, not "Their analysis", "Clark's
                // comments".)
                let people = |r: Range| {
                    let head = head_word(r.slice(cx.text)).unwrap_or_default();
                    cx.lex.groups.contains(head.as_str()) || head.strip_suffix('s').is_some_and(|h| cx.lex.role_nouns.get(h).is_some_and(|(p, _)| *p))
                };
                if p == "they" && si > 0 {
                    let prev = crate::text::at(&cx.layout.sentences, si - 1).range;
                    let sub = (cx.layout.para_at(prev.start) == cx.layout.para_at(np.range.start)).then(|| cx.subject(prev)).flatten();
                    // ("Prosecutors" opening a sentence is a capitalised word, not a name.)
                    let bare = |s: &Np| matches!(s.kind, NpKind::Mention(m) if cx.men(m).kind == MKind::Misc && cx.men(m).name_words == 1);
                    if let Some(sub) = sub.filter(|s| (s.kind == NpKind::Desc || bare(s)) && people(s.range)) {
                        return (None, Some(sub.range.slice(cx.text).to_string()));
                    }
                }
                // "…, the people said. …, they said": the plural speaker just quoted.
                if p == "they" {
                    let k = salient.plurals.partition_point(|d| d.0.start < np.range.start);
                    if let Some((dr, t)) = k.checked_sub(1).map(|k| &salient.plurals[k]) {
                        let since = cx.layout.sentence_at(np.range.start) - cx.layout.sentence_at(dr.start);
                        if since <= 2 {
                            return (None, Some(t.clone()));
                        }
                    }
                }
                let e = ents.most_recent(np.range.start, |e| e.kind == EKind::Org);
                return (e, None);
            }
            // "Although he called conditions "highly competitive," Mr. LaMothe forecast …": a
            // pronoun in an opening subordinate clause is the person named after its comma.
            if let Some(e) = cataphor(cx, ents, np.range.start, want) {
                return (Some(e), None);
            }
            // "Chris Christie, whom he describes as …": the pronoun inside a relative clause is
            // not the person the clause is about.
            let k = crate::text::tok_at(cx.toks, np.range.start);
            if k >= 3 && matches!(cx.lw(k - 1), "whom" | "who") {
                let j = if cx.w(k - 2) == "," { k - 2 } else { k - 1 };
                let about = cx.by_end.get(&cx.tok(j - 1).end).and_then(|&m| ents.of(m));
                if let Some(o) = about.and_then(|e| other_person(cx, ents, np.range.start, &p, Some(e))) {
                    return (Some(o), None);
                }
            }
            let best = pronoun_in(salient.before(np.range.start), ents, want);
            // "For Moreau, the program came too late. But she says …": the one person of the
            // pronoun's gender the paragraph has named before it, when the last subject or
            // speaker who fits is from an earlier paragraph.
            let best = paragraph_person(cx, ents, salient, np.range.start, want).or(best);
            let best = best.or_else(|| {
                ents.most_recent(np.range.start, |e| e.kind == EKind::Person && e.gender.is_none_or(|g| Some(g) == want))
            });
            let best = best.or_else(|| unknown_subject(cx, ents, np.range.start, want));
            // An unnamed speaker quoted since that person was last mentioned: `the prime
            // minister's spokesperson said …` ¶ `"…," she said.`
            let k = salient.descs.partition_point(|d| d.0.start < np.range.start);
            if let Some(&(dr, g)) = k.checked_sub(1).map(|k| &salient.descs[k]) {
                let seen = best.and_then(|e| salient.before(np.range.start).take(64).find(|x| x.1 == e).map(|x| x.0));
                // (A name inside the description, "A Veltra spokesperson", is its owner.)
                if g.is_none_or(|g| Some(g) == want) && seen.is_none_or(|p| p < dr.end) && np.range.start - dr.start < 800 {
                    return (None, Some(dr.slice(cx.text).to_string()));
                }
            }
            if let Some(e) = best {
                if ents.ent(e).gender.is_none() {
                    ents.ent_mut(e).gender = want;
                }
            }
            // No one named fits: a relative the story has just introduced ("her father gave
            // her one piece of advice. "…," he told her").
            if best.is_none() {
                if let Some(kin) = kin_before(cx, np.range.start, want) {
                    return (None, Some(kin));
                }
            }
            (best, None)
        }
        NpKind::Desc => {
            // "according to a statement from the RCMP", "a news release by Surrey RCMP": the
            // organisation or person the document comes from.
            // ("the Centers for Disease Control and Prevention": a name that runs on past "and".)
            let det = if crate::text::opens_with_the(np.range.slice(cx.text)) { 4 } else { 0 };
            if let Some(&m) = cx.by_start.get(&(np.range.start + det)).filter(|&&m| cx.men(m).kind == MKind::Org) {
                let rest = crate::text::cut(cx.text, cx.men(m).range.end, np.range.end);
                if rest.strip_prefix(" and ").is_some_and(|r| r.split(' ').all(is_cap)) {
                    if let Some(e) = ents.of(m) {
                        return (Some(e), None);
                    }
                }
            }
            if let Some(&m) = cx.by_end.get(&np.range.end).filter(|&&m| cx.men(m).range.start >= np.range.start) {
                let before = crate::text::cut(cx.text, np.range.start, cx.men(m).range.start).trim_end();
                // ("according to the Centers for Disease Control": the name itself.)
                if before.is_empty() || before.eq_ignore_ascii_case("the") {
                    if let Some(e) = ents.of(m) {
                        return (Some(e), None);
                    }
                }
                let before = before.strip_suffix(" the").unwrap_or(before);
                if let Some(doc) = before.strip_suffix(" from").or_else(|| before.strip_suffix(" by")).or_else(|| before.strip_suffix(" of")) {
                    let head = head_word(doc).unwrap_or_default();
                    if among!(head.as_str(), "statement" | "release" | "report" | "letter" | "memo" | "post" | "email" | "tweet" | "filing" | "notice" | "bulletin" | "update") {
                        if let Some(e) = ents.of(m) {
                            return (Some(e), None);
                        }
                    }
                }
            }
            // "the Florida senator and Republican presidential candidate": two roles of one
            // person, the first of which the story has tied to a name.
            if let Some(&m) = cx.by_start.get(&np.range.start).filter(|&&m| cx.men(m).range.end < np.range.end) {
                let joined = crate::text::cut(cx.text, cx.men(m).range.end, np.range.end).starts_with(" and ");
                if let Some(e) = ents.of(m).filter(|&e| joined && matches!(cx.men(m).kind, MKind::Role { person: true }) && ents.ent(e).kind == EKind::Person) {
                    return (Some(e), None);
                }
            }
            // "the 45-year-old said", "the mother of three told the BBC": a description that
            // only fits a person named just before.
            let d = np.range.slice(cx.text).lowercase();
            let mut w = d.split_whitespace();
            let (first, second) = (w.next().unwrap_or(""), w.next().unwrap_or(""));
            // "the former soap actress, 38, fumed": an age in apposition marks someone the
            // story has named.
            let after = crate::text::cut(cx.text, np.range.end, cx.text.len());
            let age_apposed = after.strip_prefix(", ").is_some_and(|a| {
                let digits = a.bytes().take_while(u8::is_ascii_digit).count();
                (1..=3).contains(&digits) && a[digits..].starts_with(',')
            });
            let aged = (second.split('-').skip(1).take(2).eq(["year", "old"]) && second.starts_with(|c: char| c.is_ascii_digit())) || age_apposed;
            let parent = match (second, w.next()) {
                ("mother" | "grandmother", Some("of")) => Some(Some(Gender::Female)),
                ("father" | "grandfather", Some("of")) => Some(Some(Gender::Male)),
                _ => None,
            };
            if let Some(t) = same_unnamed(cx, salient, np.range) {
                return (None, Some(t));
            }
            if let Some(e) = org_by_head(cx, ents, np.range) {
                return (Some(e), None);
            }
            if first == "the" && (aged || parent.is_some()) {
                let want = parent.flatten();
                let e = pronoun_in(salient.before(np.range.start), ents, want);
                if let Some(e) = e.filter(|&e| ents.ent(e).kind == EKind::Person).or_else(|| unknown_subject(cx, ents, np.range.start, want)) {
                    return (Some(e), None);
                }
            }
            (None, Some(np.range.slice(cx.text).to_string()))
        }
    }
}

/// The one person of the wanted gender named in the paragraph before the sentence of `pos`
/// (outside quotes), when the nearest subject or speaker who fits was taken in an earlier
/// paragraph, and no pronoun of that gender came before the name in the paragraph (`According
/// to her account, after examining Clinton's leg, she …` is someone else's).
fn paragraph_person(cx: &Ctx, ents: &Entities, salient: &Trail, pos: usize, want: Option<Gender>) -> Option<usize> {
    let para = cx.layout.para(cx.layout.para_at(pos));
    let fits = |e: usize| ents.person_fits(e, want);
    let last = salient.before(pos).take(PRONOUN_LOOKBACK).find(|&(_, e)| fits(e));
    if last.is_some_and(|(p, _)| p >= para.start) {
        return None;
    }
    // ("People like Scott, he said.": a name in the pronoun's own sentence may be what is said.)
    let end = cx.layout.sentence_range(pos).start;
    // (A few sentences back at most: the look stays short in a long paragraph.)
    let start = para.start.max(end.saturating_sub(600));
    let from = cx.mentions.partition_point(|m| m.range.start < start);
    let mut found: Option<(usize, usize)> = None;
    for m in from..cx.mentions.len() {
        let r = cx.men(m).range;
        if r.start >= end {
            break;
        }
        // (Not a possessor: "Vladimir Putin's Russia", "Michelle Obama's appearance".)
        let after = cx.toks.partition_point(|t| t.start < r.end);
        if cx.in_direct(r.start) || cx.toks.get(after).is_some_and(|t| t.kind == TokKind::Possessive) {
            continue;
        }
        let Some(e) = ents.of(m).filter(|&e| fits(e)) else { continue };
        // (A surname alone, of someone named in full with a known given name.)
        let given = || ents.ent(e).name.split_whitespace().next().is_some_and(|f| cx.lex.first_names.contains_key(&f.lowercase()));
        if cx.men(m).kind != MKind::Person && !(cx.men(m).kind == MKind::Misc && given()) {
            continue;
        }
        if found.is_some_and(|(f, _)| f != e) {
            return None;
        }
        found = found.or(Some((e, r.start)));
    }
    let (e, first) = found.filter(|&(e, _)| last.is_none_or(|(_, l)| l != e))?;
    let a = cx.toks.partition_point(|t| t.start < start);
    let b = cx.toks.partition_point(|t| t.start < first);
    let pronoun_first = (a..b).any(|k| pronoun_gender(cx.lw(k)).is_some_and(|g| want.is_none_or(|w| w == g)));
    (!pronoun_first).then_some(e)
}

/// The last kinship phrase of the given gender ("her father", "his late wife") in the
/// paragraph of `pos` or the one before it.
fn kin_before(cx: &Ctx, pos: usize, want: Option<Gender>) -> Option<String> {
    let p = cx.layout.para_at(pos);
    let from = cx.layout.para(p.saturating_sub(1)).start;
    let b = cx.toks.partition_point(|t| t.start < pos);
    // (A few sentences back at most: the look stays short in a long paragraph.)
    let a = cx.toks.partition_point(|t| t.start < from).max(b.saturating_sub(150));
    (a + 1..b).rev().find_map(|k| {
        let g = crate::mentions::KIN.iter().find(|(w, _)| *w == cx.lw(k))?.1?;
        if cx.in_direct(cx.tok(k).start) {
            return None;
        }
        let mut d = k - 1;
        if among!(cx.lw(d), "late" | "older" | "younger" | "elder" | "eldest" | "oldest" | "youngest") && d > a {
            d -= 1;
        }
        let owner = among!(cx.lw(d), "her" | "his" | "their" | "my" | "the") || cx.tok(d).kind == TokKind::Possessive;
        (owner && want.is_none_or(|w| w == g)).then(|| Range::new(cx.tok(d).start, cx.tok(k).end).slice(cx.text).to_string())
    })
}

/// A one-word name nobody else bears that speaks like an organisation: an acronym (`NATO
/// said`), `its` in its own sentence (`Shopify said its revenue rose`), or `the company` /
/// `the firm` soon after it.
fn org_like(cx: &Ctx, m: &Mention) -> bool {
    let name = m.name.trim_end_matches('.');
    if name.len() >= 2 && name.chars().all(|c| c.is_ascii_uppercase()) {
        return true;
    }
    let sent = cx.layout.sentence_range(m.range.start);
    let own = crate::text::cut(cx.text, m.range.end, sent.end.max(m.range.end)).lowercase();
    if own.split(|c: char| !c.is_alphanumeric()).any(|w| w == "its") {
        return true;
    }
    let end = crate::text::floor_char(cx.text, (m.range.end + 400).min(cx.text.len()));
    let after = crate::text::cut(cx.text, m.range.end, end).lowercase();
    const HEADS: crate::text::Words = words!["company", "firm", "retailer", "bank", "airline", "carrier", "automaker", "carmaker", "chain", "startup", "insurer", "lender", "manufacturer", "broadcaster", "network", "platform", "brand", "group", "conglomerate", "utility", "supermarket", "grocer", "developer", "publisher"];
    after.split("the ").skip(1).any(|rest| {
        let w = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        HEADS.contains(w)
    })
}

/// `the board said` after `the Halton Catholic District School Board`: an organisation named
/// before whose name has the description's head word.
fn org_by_head(cx: &Ctx, ents: &Entities, r: Range) -> Option<usize> {
    let d = r.slice(cx.text).lowercase();
    let mut w = d.split_whitespace();
    let (first, head) = (w.next()?, w.next()?);
    if first != "the" || w.next().is_some() || cx.lex.role_nouns.get(head).is_none_or(|(person, _)| *person) {
        return None;
    }
    ents.most_recent(r.start, |e| e.kind == EKind::Org && e.name.split_whitespace().any(|n| n.lowercase() == head))
}

/// `the official said` after `A senior government official … said`: the same unnamed source,
/// named as it was introduced (the head word agrees; within a few thousand bytes).
fn same_unnamed(cx: &Ctx, salient: &Trail, r: Range) -> Option<String> {
    let d = r.slice(cx.text).lowercase();
    if !d.starts_with("the ") || d.split_whitespace().count() > 3 {
        return None;
    }
    let head = d.rsplit(' ').next()?;
    let k = salient.descs.partition_point(|x| x.0.start < r.start);
    crate::text::part(&salient.descs, 0, k).iter().rev().take(4).find_map(|(e, _)| {
        let t = e.slice(cx.text).lowercase();
        let intro = matches!(t.split(' ').next(), Some("a" | "an" | "one"));
        (r.start - e.start < 3000 && intro && t.rsplit(' ').next() == Some(head)).then(|| e.slice(cx.text).to_string())
    })
}

/// A noun phrase that stands for one person: a person's name or role (or a mention `known`
/// to be a person's), he or she, or a description by a person role of at most `max_words`.
fn one_person(cx: &Ctx, np: Np, known: impl Fn(usize) -> bool, max_words: usize) -> bool {
    match np.kind {
        NpKind::Mention(m) => matches!(cx.men(m).kind, MKind::Person | MKind::Role { person: true }) || known(m),
        NpKind::Pronoun => matches!(cx.lw(crate::text::tok_at(cx.toks, np.range.start)), "he" | "she"),
        NpKind::Desc => person_role(cx, np.range).is_some() && np.range.slice(cx.text).split_whitespace().count() <= max_words,
    }
}

/// The last word of a phrase, lower-cased: its head noun (`a ministry spokeswoman` →
/// `spokeswoman`).
fn head_word(phrase: &str) -> Option<String> {
    phrase.rsplit(|c: char| !c.is_alphanumeric() && c != '-').find(|w| !w.is_empty()).map(|w| w.lowercase())
}

/// A description of several people: its head is a group noun or a plural
/// (`the people`, `officials familiar with the talks`, `two sources`).
fn plural_desc(cx: &Ctx, r: Range) -> bool {
    let phrase = r.slice(cx.text);
    // The head is the last word before a preposition ("officials familiar with …").
    let head = phrase
        .split_whitespace()
        .take_while(|w| !among!(*w, "of" | "in" | "at" | "from" | "for" | "with" | "on" | "close" | "familiar" | "who"))
        .last()
        .unwrap_or("")
        .lowercase();
    cx.lex.groups.contains(head.as_str()) || head == "people" || (head.len() > 3 && head.ends_with('s') && !head.ends_with("ss"))
}

/// For a description that names a person by role (`the prime minister's spokesperson`, `a
/// senior official`), the gender its role word gives; `None` when it names no person.
fn person_role(cx: &Ctx, r: Range) -> Option<Option<Gender>> {
    let head = head_word(r.slice(cx.text))?;
    if let Some(g) = cx.lex.titles.get(head.as_str()) {
        return Some(g.1);
    }
    match cx.lex.role_nouns.get(head.as_str()) {
        Some((true, g)) => Some(*g),
        _ => None,
    }
}

/// The speaker label of a transcript paragraph: `PENCE: Well, look, …`, `MR. OKAFOR: …`.
/// Returns the label's range and where the words begin.
fn transcript_label(text: &str, para: Range) -> Option<(Range, usize, bool)> {
    let p = para.slice(text);
    let lead = p.len() - p.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '\'' | '‘')).len();
    let rest = &p[lead..];
    let colon = rest.char_indices().take_while(|(i, _)| *i < 40).find(|(_, c)| *c == ':')?.0;
    let label = &rest[..colon];
    let words: Vec<&str> = label.split_whitespace().collect();
    let upper = |w: &str| w.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-')) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    // (Or one word in title case, `Brooks:`, taken only for a person the article names; see
    // `transcript`.)
    let title = |w: &str| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-')) && w.len() >= 3 && !NOT_SPEAKER_LABELS.contains(w.lowercase());
    let caps = words.iter().all(|w| upper(w));
    if !((1..=3).contains(&words.len()) && (caps || (words.len() == 1 && title(words[0])))) || label.trim() != label {
        return None;
    }
    let body = rest[colon + 1..].trim_start();
    if body.split_whitespace().count() < 2 {
        return None;
    }
    let start = para.start + lead;
    Some((Range::new(start, start + colon), para.end - body.len(), caps))
}

/// Labels in capitals that head a paragraph without naming a speaker.
const NOT_SPEAKER_LABELS: crate::text::Words = words![
    "update", "updated", "note", "correction", "clarification", "source", "sources", "photo", "video", "watch", "read",
    "related", "breaking", "exclusive", "opinion", "analysis", "background", "context", "q", "a", "question", "answer", "unidentified", "crosstalk",
];

/// An interview line: `Q: …` (true) or `A: …` (false), with the label's range and where the
/// words begin.
fn qa_label(text: &str, para: Range) -> Option<(bool, Range, usize)> {
    let p = para.slice(text);
    let question = match p.get(..2)? {
        "Q:" => true,
        "A:" => false,
        _ => return None,
    };
    let body = p[2..].trim_start();
    (body.split_whitespace().count() >= 2).then(|| (question, Range::new(para.start, para.start + 1), para.end - body.len()))
}

/// Transcripts (debates, interviews): a paragraph opening with a speaker's name in capitals
/// and a colon is that person's words, verbatim. The label must name a person the article
/// names (`PENCE:` after "Mike Pence"), so that `UPDATE:` or a dateline is never taken for a
/// speaker.
fn transcript(cx: &Ctx, ents: &Entities, spans: &[QuoteSpan], out: &mut Vec<AQuote>) -> Vec<usize> {
    let mut labels: Vec<(usize, Range, usize, bool)> = cx
        .layout
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(pi, _)| !*crate::text::at(&cx.layout.boilerplate, *pi))
        .filter_map(|(pi, para)| transcript_label(cx.text, *para).map(|(l, b, caps)| (pi, l, b, caps)))
        .collect();
    // Interviews: `Q:` lines ask, `A:` lines are the interviewee's words. The interviewee is
    // the person the introduction names most often (the latest on a tie).
    let qa: Vec<(usize, bool, Range, usize)> = cx
        .layout
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(pi, _)| !*crate::text::at(&cx.layout.boilerplate, *pi))
        .filter_map(|(pi, para)| qa_label(cx.text, *para).map(|(q, l, b)| (pi, q, l, b)))
        .collect();
    let interviewee = qa.iter().find(|x| x.1).filter(|_| qa.iter().any(|x| !x.1)).and_then(|&(pi, ..)| {
        let intro_end = cx.layout.para(pi).start;
        (0..ents.list.len())
            .filter(|&e| ents.ent(e).kind == EKind::Person)
            .map(|e| (ents.ent(e).mentions.iter().filter(|m| m.end <= intro_end).count(), ents.ent(e).mentions.iter().filter(|m| m.end <= intro_end).map(|m| m.start).max(), e))
            .filter(|x| x.0 > 0)
            .max_by_key(|x| (x.0, x.1))
            .map(|x| x.2)
    });
    if labels.is_empty() && interviewee.is_none() {
        return Vec::new();
    }
    // People by surname in lower case (the latest entity wins). Lower case, because
    // upper-casing would bring Unicode's upper-case tables into the wasm module (+10 KB
    // gzipped) for this one comparison.
    let mut by_surname: crate::lexicon::FxMap<String, usize> = crate::lexicon::FxMap::default();
    for (e, ent) in ents.list.iter().enumerate().filter(|(_, e)| e.kind == EKind::Person) {
        if let Some(last) = ent.name.split_whitespace().last() {
            by_surname.insert(last.lowercase(), e);
        }
    }
    // (paragraph, where the words begin, the words)
    let mut lines: Vec<(usize, usize, Range)> = Vec::new();
    let before = out.len();
    // One labelled line as the speaker's words: they run to the paragraph's end, without a
    // closing mark of a block quote.
    let mut push_line = |pi: usize, label: Range, body: usize, speaker: Option<usize>, speaker_text: Option<String>, confidence: f32| {
        let para = cx.layout.para(pi);
        let end = para.start + para.slice(cx.text).trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”')).len();
        if end <= body {
            return;
        }
        let words = Range::new(body, end);
        lines.push((pi, body, words));
        out.push(AQuote {
            range: words,
            kind: AKind::Direct,
            cue: Some(Range::new(label.end, label.end + 1)),
            mention: Some(label),
            speaker,
            speaker_text,
            confidence,
            nested_in: None,
            inner: Vec::new(),
        });
    };
    let surname = |label: Range| label.slice(cx.text).split_whitespace().last().unwrap_or("").trim_end_matches('.').lowercase();
    // A label in title case (`Brooks:`) names a person of the article on two lines or more.
    let title_cased: Vec<String> = labels.iter().filter(|l| !l.3).map(|l| surname(l.1)).collect();
    labels.retain(|l| l.3 || (l.0 > 0 && by_surname.contains_key(&surname(l.1)) && title_cased.iter().filter(|s| **s == surname(l.1)).count() >= 2));
    // Once a label names someone in the article, the transcript is plain, and a label it does
    // not name that comes back (the interviewer, `WALLACE:`) is a speaker too, by the label.
    let known = labels.iter().any(|&(_, label, ..)| by_surname.contains_key(&surname(label)));
    for &(pi, label, body, _) in &labels {
        let para = cx.layout.para(pi);
        if cx.layout.dateline.is_some_and(|d| d.start < para.end && para.start < d.end) {
            continue;
        }
        let last = surname(label);
        if let Some(&speaker) = by_surname.get(&last) {
            push_line(pi, label, body, Some(speaker), None, 0.8);
        } else if known && labels.iter().filter(|l| surname(l.1) == last).count() >= 2 && !NOT_SPEAKER_LABELS.contains(last.as_str()) {
            push_line(pi, label, body, None, Some(crate::text::title_case(label.slice(cx.text))), 0.6);
        }
    }
    // `A:` lines (`Q:` lines stay the interviewer's, unattributed).
    if let Some(speaker) = interviewee {
        for &(pi, _, label, body) in qa.iter().filter(|x| !x.1) {
            push_line(pi, label, body, Some(speaker), None, 0.7);
        }
        crate::order::sort_by_key(&mut lines, |l| l.0);
    }
    // What was read inside a line (a block quote's marks, a report of someone's belief)
    // gives way to it; partial quotes inside stay, as the speaker's. One pass over the quotes.
    let mut dropped = Vec::new();
    for (i, q) in out[..before].iter().enumerate() {
        if q.nested_in.is_some() || matches!(q.kind, AKind::Partial) || spans.get(i).is_some_and(|s| s.title) {
            continue;
        }
        let first = cx.layout.para_at(q.range.start);
        let last = cx.layout.para_at(q.range.end.saturating_sub(1).max(q.range.start));
        for pi in [first, last] {
            if let Ok(k) = lines.binary_search_by_key(&pi, |l| l.0) {
                let (_, body, words) = lines[k];
                if q.range.start <= body || words.contains(q.range) {
                    dropped.push(i);
                    break;
                }
            }
        }
    }
    dropped
}

/// When no person is in sight for "she" or "the 45-year-old": an unknown name that was the
/// subject of one of the last three sentences ("Priyanka Sharma leads the union. … she told
/// reporters") is taken for the person, as it would be had it spoken.
fn unknown_subject(cx: &Ctx, ents: &mut Entities, pos: usize, want: Option<Gender>) -> Option<usize> {
    let si = cx.layout.sentence_at(pos);
    (si.saturating_sub(3)..=si).rev().find_map(|k| {
        let sent = cx.layout.sentences.get(k)?.range;
        let Some(Np { kind: NpKind::Mention(m), range }) = cx.subject(sent) else { return None };
        let mention = cx.men(m);
        let fits = range.end <= pos
            && ents.of(m).is_none()
            && mention.kind == MKind::Misc
            && (2..=3).contains(&mention.name_words)
            && mention.gender.is_none_or(|g| want.is_none_or(|w| w == g))
            && mention.name.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
        fits.then(|| {
            let e = new_person(ents, mention);
            ents.of_mention[m] = Some(e);
            e
        })
    })
}

/// For a pronoun at `pos` inside a sentence's opening subordinate clause (`Although he …,`),
/// the person named right after the clause's comma, when the gender fits.
fn cataphor(cx: &Ctx, ents: &Entities, pos: usize, want: Option<Gender>) -> Option<usize> {
    let sent = cx.layout.sentence_range(pos);
    let a = crate::text::tok_at(cx.toks, sent.start);
    let b = cx.toks.partition_point(|t| t.start < sent.end);
    let k = crate::text::tok_at(cx.toks, pos);
    if k <= a || k > a + 3 || !SUBORDINATORS.contains(cx.lw(a)) || !is_cap(cx.w(a)) {
        return None;
    }
    let comma = (k + 1..b.min(a + 40)).find(|&x| cx.w(x) == ",")?;
    let mut n = comma + 1;
    while n < b && cx.tok(n).kind == TokKind::Punct && matches!(cx.w(n), "\"" | "”" | "’" | "'") {
        n += 1;
    }
    let m = *cx.by_start.get(&cx.toks.get(n)?.start)?;
    let e = ents.of(m)?;
    ents.person_fits(e, want).then_some(e)
}

fn new_person(ents: &mut Entities, m: &Mention) -> usize {
    let e = crate::entities::Ent::person(m);
    ents.list.push(e);
    let i = ents.list.len() - 1;
    ents.add_mention(i, m.range);
    i
}
