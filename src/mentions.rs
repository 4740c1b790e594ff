//! Pass 2 — mentions: capitalised runs split into role and name (`White House Press
//! Secretary Jane Doe` = role + name), places and organisations from the word lists,
//! and role descriptions (`the US President`, `the spokeswoman`).

use crate::text::Lowercase;
use crate::layout::Layout;
use crate::lexicon::{Gender, Lexicon};
use crate::text::{is_cap, tok, Range, Tok, TokKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MKind {
    Person,
    Org,
    Place,
    /// A role standing for a person or organisation (`the US President`, `the ministry`).
    Role { person: bool },
    /// A capitalised word or run of unknown type (a surname seen alone, a brand…).
    Misc,
}

#[derive(Clone, Debug)]
pub struct Mention {
    /// The whole mention, role included (`US President Donald Trump`).
    pub range: Range,
    /// The name part (`Donald Trump`); for roles, the role words.
    pub name_range: Range,
    pub kind: MKind,
    /// Canonical form: the name without titles, or the gazetteer's name.
    pub name: String,
    pub role: Option<String>,
    /// Place named by a demonym or place word in the role (`Russian` → Russia).
    pub nationality: Option<String>,
    pub gender: Option<Gender>,
    /// Number of name tokens.
    pub name_words: usize,
}

const CONNECTORS: crate::text::Words = words!["of", "de", "da", "del", "der", "van", "von", "bin", "al", "la", "le", "du", "dos", "ibn"];

fn is_name_word(text: &str, t: &Tok) -> bool {
    t.kind == TokKind::Word && is_cap(t.text(text)) && !party_tag(text, t)
}

/// `R-S.C.`, `D-NY`, `R-Fla.`: a party and a state after a politician's name, no name itself.
fn party_tag(text: &str, t: &Tok) -> bool {
    let s = t.text(text);
    let Some(state) = s.strip_prefix(['R', 'D', 'I']).and_then(|r| r.strip_prefix('-')) else { return false };
    state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.')
        && (state.contains('.') || (state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase())) || crate::text::cut(text, t.end, text.len()).starts_with('.'))
}

/// Words that may stand inside a role before its noun ("the former deputy prime minister").
pub(crate) const ROLE_MODIFIERS: crate::text::Words = words![
    "former", "top", "new", "then", "current", "outgoing", "incoming", "deputy", "acting", "vice", "prime", "general", "managing", "executive", "assistant", "associate", "national", "regional", "political", "communications", "policy", "legal", "economic", "shadow", "transport", "education", "trade", "foreign", "defence", "defense", "interior", "finance", "health", "senior", "chief", "campaign", "press", "democratic", "republican", "presidential", "country's", "nation's", "state", "federal", "local", "white", "house", "us", "u.s.",
    "financial", "operating", "technology", "information", "marketing", "medical", "investment", "portfolio", "research", "union", "city", "provincial", "opposition", "party", "team", "head", "program", "project", "public", "security", "military", "intelligence", "science", "technical", "principal", "lead", "co-founder", "founding",
    "independent", "conservative", "liberal", "moderate", "veteran", "longtime", "retiring", "freshman", "junior", "progressive",
];

/// A form of address that is no role: `Mr.`, `Ms`, `Dr.`, `Prof.`, `Sir`, `Dame`.
fn is_honorific(w: &str) -> bool {
    among!(w.lowercase().trim_end_matches('.'), "mr" | "mrs" | "ms" | "miss" | "dr" | "prof" | "sir" | "dame")
}

/// A capitalised run that names a person (a known first name, or a personal title before two
/// or more words), followed by `of` and a place or an organisation: "Sen. Rand Paul of
/// Kentucky", "Madhavi Arora of Emkay Global".
fn person_of_name(lex: &Lexicon, text: &str, run: &[Tok], rest: &[Tok]) -> bool {
    let words: Vec<&str> = run.iter().map(|t| t.text(text)).collect();
    let Some(first) = words.iter().position(|w| !lex.is_title(w)) else { return false };
    let person = (words.len() - first >= 2) && (first > 0 || lex.first_names.contains_key(&words[first].lowercase()));
    // ("Bank of America", "Secretary of State": no person's name before the `of`.)
    let name_before = !words.iter().any(|w| lex.org_heads.contains(w));
    person && name_before && rest.first().is_some_and(|t| is_name_word(text, t))
}

/// Words for relatives and those close to someone, with the gender a word gives.
pub(crate) const KIN: &[(&str, Option<Gender>)] = {
    const M: Option<Gender> = Some(Gender::Male);
    const F: Option<Gender> = Some(Gender::Female);
    &[
        ("father", M), ("husband", M), ("son", M), ("brother", M), ("uncle", M), ("grandfather", M), ("dad", M), ("stepfather", M), ("nephew", M), ("boyfriend", M),
        ("mother", F), ("wife", F), ("daughter", F), ("sister", F), ("aunt", F), ("grandmother", F), ("mom", F), ("mum", F), ("stepmother", F), ("niece", F), ("girlfriend", F),
        ("cousin", None), ("partner", None), ("friend", None), ("neighbour", None), ("neighbor", None),
    ]
};

/// `her father, Gilbert Delorme`, `his wife, Ann Cole`: a relative's word in apposition
/// before a person's name gives the person's gender (`i` is the name's first token), and
/// makes a given name alone (`Her son, Daniel,`) a person's.
fn kin_apposition(text: &str, toks: &[Tok], i: usize, new: &mut [Mention]) {
    let Some(m) = new.first_mut() else { return };
    if m.name_range.start != tok(toks, i).start || i < 3 || tok(toks, i - 1).text(text) != "," {
        return;
    }
    let w = tok(toks, i - 2).text(text).lowercase();
    let owner = tok(toks, i - 3).kind == TokKind::Possessive || among!(tok(toks, i - 3).text(text).lowercase().as_str(), "her" | "his" | "their" | "my" | "our" | "late");
    if let Some(&(_, g)) = KIN.iter().find(|(k, _)| *k == w).filter(|_| owner) {
        if m.gender.is_none() {
            m.gender = g;
        }
        // "Her son, Daniel, …": a given name alone, in apposition to a relative, is a person.
        if m.kind == MKind::Misc && m.name_words == 1 && crate::text::cut(text, m.name_range.end, text.len()).trim_start().starts_with(',') {
            m.kind = MKind::Person;
        }
    }
}

/// `The shadow environment secretary, Victoria Pell, said`: a role in apposition before a
/// person's name, closed by a comma after it, is the person's role (`i` is the name's first
/// token).
fn role_apposition(lex: &Lexicon, text: &str, toks: &[Tok], i: usize, new: &mut [Mention]) {
    let Some(m) = new.first_mut() else { return };
    if m.role.is_some() || m.kind != MKind::Person || m.name_range.start != tok(toks, i).start || i < 2 || tok(toks, i - 1).text(text) != "," {
        return;
    }
    let closed = crate::text::cut(text, m.name_range.end, text.len()).trim_start().starts_with(',');
    let head = tok(toks, i - 2).text(text);
    if !closed || tok(toks, i - 2).kind != TokKind::Word || !head.starts_with(|c: char| c.is_lowercase()) || !lex.role_nouns.get(&head.lowercase()).is_some_and(|(p, _)| *p) {
        return;
    }
    let mut k = i - 2;
    // ("environment" in "shadow environment secretary": a portfolio.)
    let modifier = |w: &str| ROLE_MODIFIERS.contains(w.lowercase().as_str()) || lex.portfolios.contains(crate::text::title_case(w).as_str());
    while k > 0 && tok(toks, k - 1).kind == TokKind::Word && modifier(tok(toks, k - 1).text(text)) {
        k -= 1;
    }
    // The role's owner: "The utility's director", "the Environment Agency's chief executive".
    if k >= 2 && tok(toks, k - 1).kind == TokKind::Possessive && tok(toks, k - 2).kind == TokKind::Word {
        k -= 2;
        while k > 0 && is_name_word(text, &tok(toks, k - 1)) && is_name_word(text, &tok(toks, k)) && !among!(tok(toks, k - 1).text(text), "The" | "A" | "An") {
            k -= 1;
        }
    }
    m.role = Some(crate::text::cut(text, tok(toks, k).start, tok(toks, i - 2).end).to_string());
}

/// `Congress leader Jairam Ramesh`, `the ministry's spokesperson Randhir Jaiswal`: a lower-case
/// role noun right before a name gives the person a role, with the organisation or place
/// before it (`i` is the name's first token in the paragraph's `toks`).
fn lowercase_role(lex: &Lexicon, text: &str, toks: &[Tok], i: usize, new: &mut [Mention]) {
    let Some(m) = new.first_mut() else { return };
    let misc_name = m.kind == MKind::Misc && (2..=3).contains(&m.name_words);
    if !(m.kind == MKind::Person || misc_name) || m.role.is_some() || i == 0 || m.name_range.start != tok(toks, i).start {
        return;
    }
    let t = &tok(toks, i - 1);
    let w = t.text(text);
    if t.kind != TokKind::Word || t.end + 1 < tok(toks, i).start || !w.starts_with(|c: char| c.is_lowercase()) {
        return;
    }
    let Some(&(true, gender)) = lex.role_nouns.get(&w.lowercase()) else { return };
    // Back over modifiers ("press secretary"), then the role's owner: capitalised words,
    // `of`, and a short parenthesis ("(MEA)").
    let mut k = i - 1;
    while k > 0 && tok(toks, k - 1).kind == TokKind::Word && ROLE_MODIFIERS.contains(tok(toks, k - 1).text(text).lowercase().as_str()) {
        k -= 1;
    }
    let modifiers = k;
    while k > 0 {
        let p = &tok(toks, k - 1);
        let pw = p.text(text);
        if is_name_word(text, p) && !lex.is_stop_cap(pw) || (among!(pw, "of" | "(" | ")") && k >= 2) || p.kind == TokKind::Possessive {
            k -= 1;
        } else {
            break;
        }
    }
    while k < modifiers && !is_name_word(text, &tok(toks, k)) {
        k += 1;
    }
    m.role = Some(crate::text::cut(text, tok(toks, k).start, t.end).to_string());
    m.kind = MKind::Person;
    if m.gender.is_none() {
        m.gender = gender;
    }
}

/// `the Automotive Parts Manufacturers' Association`, `the Prime Minister's Office`: a plural
/// possessive, or a title's possessive, inside an organisation's name. Token `j` is the
/// possessive mark; returns the end of the name when the run after it ends in an
/// organisation head word.
fn possessive_org(lex: &Lexicon, text: &str, toks: &[Tok], j: usize) -> Option<usize> {
    let (prev, mark) = (toks.get(j.checked_sub(1)?)?, toks.get(j)?);
    if mark.start != prev.end {
        return None;
    }
    let prev_w = prev.text(text);
    let plural = mark.kind == TokKind::Punct && matches!(mark.text(text), "'" | "\u{2019}") && prev_w.ends_with('s');
    // ("Fishermen's Association", "Children's Aid Society", "People's Party", "St. Michael's
    // Hospital": an irregular plural's or a saint's.)
    let titled = mark.kind == TokKind::Possessive
        && (lex.is_title(prev_w) || prev_w.ends_with("men") || prev_w.ends_with("ren") || prev_w == "People" || j >= 2 && among!(tok(toks, j - 2).text(text), "St." | "Saint"));
    let mut k = j + 1;
    while k < toks.len() && is_name_word(text, &tok(toks, k)) && tok(toks, k).start <= tok(toks, k - 1).end + 1 {
        k += 1;
    }
    // "Rally's Inc.", "Sotheby's Holdings Inc.", "McDonald's Corp.": a company's legal name.
    let corporate = mark.kind == TokKind::Possessive
        && k > j + 1
        && crate::text::part(toks, j + 1, k).iter().all(|t| lex.business.contains(t.text(text)));
    if !(plural || titled || corporate) {
        return None;
    }
    (k > j + 1 && (corporate || lex.org_heads.contains(tok(toks, k - 1).text(text)))).then_some(k)
}

/// Function words that title case capitalises and running text does not.
const SMALL_WORDS: crate::text::Words = words![
    "a", "an", "the", "to", "of", "in", "on", "at", "for", "by", "with", "and", "but", "or", "as", "is", "was", "are",
    "were", "be", "from", "into", "over", "after", "up", "out", "says", "said", "not", "no", "it", "his", "her", "its",
    "their", "he", "she", "they", "we", "new", "off", "than", "about", "amid", "before", "will", "has", "have",
];

/// `Procter & Gamble`, `Colleges and Institutes Canada`, `Fisheries and Oceans Canada`: one
/// organisation's name across `&`, or across `and` when the name ends in an organisation head
/// word or a country (a department's style) and the first part is no place or given name
/// (`France and Canada`, `Trump and Biden` stay two). Returns the end of the joined run.
fn joined_org(lex: &Lexicon, text: &str, toks: &[Tok], i: usize, j: usize) -> Option<usize> {
    let conj = toks.get(j)?.text(text);
    if !matches!(conj, "and" | "&") || !toks.get(j + 1).is_some_and(|t| is_name_word(text, t)) {
        return None;
    }
    let mut k = j + 1;
    while k < toks.len() && k < j + 6 && is_name_word(text, &tok(toks, k)) && tok(toks, k).start <= tok(toks, k - 1).end + 1 {
        k += 1;
    }
    if conj == "&" {
        return Some(k);
    }
    let first = Range::new(tok(toks, i).start, tok(toks, j - 1).end).slice(text);
    let last = tok(toks, k - 1).text(text);
    let head = lex.org_heads.contains(last) || (k > j + 2 && lex.place(last).is_some());
    let person_or_place = lex.place(first).is_some() || lex.first_names.contains_key(&tok(toks, i).text(text).lowercase()) || lex.is_title(tok(toks, i).text(text));
    // "the Urban Institute and Brookings Institution": two organisations, each with its head.
    let two_orgs = lex.org_heads.contains(tok(toks, j - 1).text(text));
    (head && !person_or_place && !two_orgs).then_some(k)
}

/// The rest of a department named for several portfolios, from the comma or `and` at `j`
/// after the first one: "Department of Health and Social Care", "Department for
/// Environment, Food and Rural Affairs". Every item is portfolio words and the list ends
/// with `and`, so "the Department of Justice, FBI agents and …" stays two names. A list of
/// bare portfolios names a department when a country or head word ends it: "Immigration,
/// Refugees and Citizenship Canada".
fn portfolio_list(lex: &Lexicon, text: &str, toks: &[Tok], i: usize, j: usize) -> Option<usize> {
    let portfolio = |k: usize| toks.get(k).is_some_and(|t| lex.portfolios.contains(t.text(text)));
    if !matches!(tok(toks, j).text(text), "," | "and") || !portfolio(j - 1) {
        return None;
    }
    let bare = (i..j).all(portfolio);
    if !bare && !(i..j.saturating_sub(1)).any(|k| lex.org_heads.contains(tok(toks, k).text(text)) && matches!(tok(toks, k + 1).text(text), "of" | "for")) {
        return None;
    }
    let mut k = j;
    loop {
        let last = tok(toks, k).text(text) == "and";
        k += 1;
        if !portfolio(k) {
            return None;
        }
        while portfolio(k) {
            k += 1;
        }
        if last {
            let t = toks.get(k).map_or("", |t| t.text(text));
            return if !bare {
                Some(k)
            } else {
                (lex.place(t).is_some() || lex.org_heads.contains(t)).then_some(k + 1)
            };
        }
        if !toks.get(k).is_some_and(|t| matches!(t.text(text), "," | "and")) {
            return None;
        }
    }
}

/// Title-case headline paragraphs ("Hillary Clinton Was Headed to ER") make every word a
/// capitalised run; there only gazetteer names and first-name + surname pairs count.
fn is_headline(lex: &Lexicon, text: &str, toks: &[Tok]) -> bool {
    let words: Vec<&Tok> = toks.iter().filter(|t| t.is_word()).collect();
    // A headline is one short line without sentence stops inside it.
    let stops = toks.iter().filter(|t| among!(t.text(text), "." | "!" | "?")).count();
    let last_stop = toks.last().is_some_and(|t| among!(t.text(text), "." | "!" | "?"));
    if words.len() < 4 || words.len() > 25 || stops > usize::from(last_stop) {
        return false;
    }
    // Title case capitalises the small words too ("Was Headed to ER But Diverted").
    // Only function words count: a weekday or month is capitalised in any sentence.
    let small_caps = words
        .iter()
        .skip(1)
        .filter(|t| {
            let w = t.text(text);
            is_cap(w) && lex.is_stop_cap(w) && SMALL_WORDS.contains(w.lowercase().as_str())
        })
        .count();
    let caps = words.iter().filter(|t| is_cap(t.text(text))).count();
    small_caps >= 2 || caps * 10 >= words.len() * 9
}

pub fn find(lex: &Lexicon, text: &str, layout: &Layout) -> Vec<Mention> {
    let toks = &layout.toks;
    let mut out = Vec::new();
    // The dateline's place ("WASHINGTON (AP) —") is a place mention too.
    if let Some((name, r)) = &layout.place {
        let canonical = lex.place(name).unwrap_or(name).to_string();
        out.push(simple(*r, MKind::Place, canonical));
    }
    // The first sentence of the story, after any dateline.
    let lede_end = layout.sentences.iter().find(|s| layout.dateline.is_none_or(|d| s.range.end > d.end)).map_or(0, |s| s.range.end);
    for (pi, para) in layout.paragraphs.iter().enumerate() {
        if layout.boilerplate[pi] {
            continue;
        }
        let a = crate::text::tok_at(toks, para.start);
        let b = toks.partition_point(|t| t.start < para.end);
        let headline = is_headline(lex, text, crate::text::part(toks, a, b));
        let mut i = a;
        while i < b {
            let t = &tok(toks, i);
            // "The superintendent, Carla Nguyen, said": a role may open the sentence too.
            // ("The Canadian finance minister": a demonym is no name; "Canada's finance
            // minister": nor is a place that owns the office.)
            // ("The EAM said": an office by its initials.)
            let initials = |w: &str| w.len() >= 2 && w.bytes().all(|c| c.is_ascii_uppercase()) && lex.role_nouns.contains_key(&w.lowercase());
            let opening_the = (t.text(text) == "The" || t.text(text) == "A" && t.start < lede_end) && i + 1 < b && (!is_name_word(text, &tok(toks, i + 1)) || lex.demonym(tok(toks, i + 1).text(text)).is_some() || initials(tok(toks, i + 1).text(text)));
            let owner = (i + 2 < b && tok(toks, i + 1).kind == TokKind::Possessive).then(|| lex.place(t.text(text))).flatten();
            if !is_name_word(text, t) || opening_the || owner.is_some() {
                if let Some((m, next)) = role_description(lex, text, toks, i, b, t.start < lede_end, owner) {
                    // (The owning country is a place mentioned too.)
                    if let Some(place) = owner {
                        out.push(simple(t.range(), MKind::Place, place.to_string()));
                    }
                    out.push(m);
                    i = next;
                    continue;
                }
            }
            if !is_name_word(text, t) {
                if t.kind == TokKind::Word && t.text(text).contains('-') {
                    hyphen_places(lex, text, t, &mut out);
                }
                i += 1;
                continue;
            }
            // A capitalised run, with connectors ("Secretary of State").
            let mut j = i + 1;
            // Whether an organisation head took `for the` / `of the` into the name.
            let mut head_the = false;
            while j < b {
                if is_name_word(text, &tok(toks, j)) && tok(toks, j).start <= tok(toks, j - 1).end + 1 && !short_line_break(text, tok(toks, j - 1).end, tok(toks, j).start) {
                    j += 1;
                } else if let Some(end) = possessive_org(lex, text, crate::text::part(toks, 0, b), j) {
                    j = end;
                } else if tok(toks, j).text(text) == "of" && j + 1 < b && person_of_name(lex, text, crate::text::part(toks, i, j), crate::text::part(toks, j + 1, b)) {
                    // "Sen. Rand Paul of Kentucky": a person, then the place they represent.
                    break;
                } else if j + 1 < b
                    && (CONNECTORS.contains(tok(toks, j).text(text))
                        // "Department for Transport", "Institute for Fiscal Studies"
                        || (matches!(tok(toks, j).text(text), "for" | "on") && lex.org_heads.contains(tok(toks, j - 1).text(text))))
                    && is_name_word(text, &tok(toks, j + 1))
                    // ("told CBC News on Tuesday": a day, not the name's end.)
                    && !among!(tok(toks, j + 1).text(text), "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")
                {
                    j += 2;
                } else if j + 1 < b
                    && (matches!(tok(toks, j).text(text), "for" | "of") || (tok(toks, j).text(text) == "and" && lex.portfolios.contains(tok(toks, j - 1).text(text))))
                    && lex.portfolios.contains(tok(toks, j + 1).text(text))
                    && crate::text::part(toks, i, j).iter().any(|t| lex.is_title(t.text(text)))
                {
                    // "Minister of State for Health Anupriya Patel": the portfolio continues the title.
                    j += 2;
                } else if j + 2 < b
                    && matches!(tok(toks, j).text(text), "for" | "of")
                    && tok(toks, j + 1).text(text) == "the"
                    && lex.org_heads.contains(tok(toks, j - 1).text(text))
                    && is_name_word(text, &tok(toks, j + 2))
                {
                    // "National Association for the Advancement of Colored People", "Royal
                    // Society for the Protection of Birds", "Church of the Nazarene".
                    head_the = true;
                    j += 3;
                } else if head_the && j + 2 < b && tok(toks, j).text(text) == "and" && is_name_word(text, &tok(toks, j + 1)) && tok(toks, j + 2).text(text) == "of" {
                    // "… for the Betterment and Progress of Hong Kong"
                    j += 2;
                } else if let Some(end) = portfolio_list(lex, text, crate::text::part(toks, 0, b), i, j) {
                    j = end;
                } else if let Some(end) = joined_org(lex, text, crate::text::part(toks, 0, b), i, j) {
                    j = end;
                } else {
                    break;
                }
            }
            // "Police chief Tom Brown", "Campaign manager Robby Mook": a capitalised common noun
            // opening a sentence, then a lower-case title and a name, is part of a role, not
            // an organisation of its own.
            let opens_sentence = i == a || matches!(tok(toks, i - 1).text(text), "." | "!" | "?" | "\"" | "“" | "”" | ":");
            let role_then_name = j == i + 1
                && j + 1 < b
                && !is_name_word(text, &tok(toks, j))
                && lex.is_title(tok(toks, j).text(text))
                && tok(toks, j).text(text).chars().next().is_some_and(char::is_lowercase)
                && is_name_word(text, &tok(toks, j + 1))
                && gazetteer(lex, text, toks, i, j).is_none();
            if opens_sentence && role_then_name && !headline {
                i = j;
                continue;
            }
            // "," van Wyk told News24": a family name's particle, lower case, opens the run.
            if i > a
                && among!(tok(toks, i - 1).text(text), "van" | "von" | "de" | "der" | "den" | "du" | "da" | "di" | "bin" | "ibn")
                && tok(toks, i - 1).end + 1 == tok(toks, i).start
                && (i - 1 == a || !matches!(tok(toks, i - 2).kind, TokKind::Word | TokKind::Possessive))
            {
                i -= 1;
            }
            if headline {
                headline_run(lex, text, toks, i, j, &mut out);
            } else {
                let first = out.len();
                run(lex, text, toks, i, j, &mut out);
                lowercase_role(lex, text, crate::text::part(toks, a, toks.len()), i - a, &mut out[first..]);
                kin_apposition(text, crate::text::part(toks, a, toks.len()), i - a, &mut out[first..]);
                role_apposition(lex, text, crate::text::part(toks, a, toks.len()), i - a, &mut out[first..]);
            }
            i = j;
        }
    }
    crate::order::sort_by_key(&mut out, |m| (m.range.start, std::cmp::Reverse(m.range.end)));
    out
}

/// "Russia-Ukraine conflict": both parts are places.
fn hyphen_places(lex: &Lexicon, text: &str, t: &Tok, out: &mut Vec<Mention>) {
    let w = t.text(text);
    let parts: Vec<&str> = w.split('-').collect();
    if parts.len() < 2 || !parts.iter().all(|p| lex.place(p).is_some()) {
        return;
    }
    let mut pos = t.start;
    for p in parts {
        let r = Range::new(pos, pos + p.len());
        out.push(simple(r, MKind::Place, lex.place(p).unwrap_or(p).to_string()));
        pos += p.len() + 1;
    }
}

/// "health critic France Gélinas", "Spokesperson Jordan Hale", "Austin Dillon": after a
/// person title, or when it is also a given name, a one-word place followed by one or two
/// plain capitalised words is a given name.
fn place_named_person(lex: &Lexicon, text: &str, toks: &[Tok], a: usize, end: usize, kind: MKind, b: usize) -> bool {
    kind == MKind::Place
        && end == a + 1
        && (2..=3).contains(&(b - a))
        && ((a > 0 && lex.is_title(tok(toks, a - 1).text(text))) || lex.first_names.contains_key(&tok(toks, a).text(text).lowercase()))
        && (end..b).all(|k| {
            let w = tok(toks, k).text(text);
            lex.place(w).is_none() && lex.org(w).is_none() && !lex.org_heads.contains(w) && !lex.place_heads.contains(w)
        })
}

fn simple(range: Range, kind: MKind, name: String) -> Mention {
    Mention { range, name_range: range, kind, name, role: None, nationality: None, gender: None, name_words: 1 }
}

/// Longest gazetteer match (place or organisation) starting at token `a`.
fn gazetteer(lex: &Lexicon, text: &str, toks: &[Tok], a: usize, b: usize) -> Option<(usize, MKind, String)> {
    // Most runs are people's names: one look at the first word rules them out.
    let first = toks.get(a)?.text(text);
    let first = first.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(first);
    if !lex.gazetteer_first.contains(crate::text::lower(first).as_ref()) {
        return None;
    }
    let max = lex.place_max_words.max(lex.org_max_words);
    let last = b.min(a + max);
    // The longest phrase lower-cased once; shorter ones are its prefixes (ASCII keeps offsets).
    let whole = crate::text::cut(text, tok(toks, a).start, tok(toks, last - 1).end);
    let lowered = whole.is_ascii().then(|| whole.to_ascii_lowercase());
    for end in (a + 1..=last).rev() {
        let phrase = match &lowered {
            Some(l) => std::borrow::Cow::Borrowed(&l[..toks[end - 1].end - tok(toks, a).start]),
            None => std::borrow::Cow::Owned(crate::text::lower(crate::text::cut(text, tok(toks, a).start, tok(toks, end - 1).end)).into_owned()),
        };
        // (Checked on a hit only: `WHO` is a name in capitals, `Who` a question.)
        let spelled = || lex.spelled_as_name(crate::text::cut(text, tok(toks, a).start, tok(toks, end - 1).end), &phrase);
        if let Some(&p) = lex.places.get(phrase.as_ref()).filter(|_| spelled()) {
            return Some((end, MKind::Place, lex.name(p).to_string()));
        }
        if let Some(&o) = lex.orgs.get(phrase.as_ref()).filter(|_| spelled()) {
            return Some((end, MKind::Org, lex.name(o).to_string()));
        }
    }
    None
}

fn headline_run(lex: &Lexicon, text: &str, toks: &[Tok], a: usize, b: usize, out: &mut Vec<Mention>) {
    let mut i = a;
    while i < b {
        if let Some((end, kind, name)) = gazetteer(lex, text, toks, i, b) {
            out.push(simple(Range::new(tok(toks, i).start, tok(toks, end - 1).end), kind, name));
            i = end;
            continue;
        }
        let w = tok(toks, i).text(text);
        // "As Rivals Pair Up, Will Twitter Fly?": a question's modal, no given name.
        let modal = w == "Will" && crate::text::cut(text, tok(toks, i).end, text.len()).split('\n').next().is_some_and(|line| line.contains('?'));
        if let Some(g) = lex.first_names.get(&w.lowercase()).and_then(|g| g.1).filter(|_| !modal) {
            if i + 1 < b && !lex.is_stop_cap(tok(toks, i + 1).text(text)) {
                let r = Range::new(tok(toks, i).start, tok(toks, i + 1).end);
                let mut m = simple(r, MKind::Person, r.slice(text).to_string());
                m.gender = Some(g);
                m.name_words = 2;
                out.push(m);
                i += 2;
                continue;
            }
        }
        i += 1;
    }
}

/// A line break between two words that ends a short line (a byline over a date, a name over a
/// title): the words belong to different lines, not to one name. Hard-wrapped prose has long
/// lines, where a name may run on across the break.
fn short_line_break(text: &str, end: usize, next: usize) -> bool {
    crate::text::cut(text, end, next).contains('\n') && end - crate::text::cut(text, 0, end).rfind('\n').map_or(0, |k| k + 1) < 50
}

/// Letters after a name that are no part of it.
const POST_NOMINALS: crate::text::Words = words!["SC", "KC", "QC", "MP", "MPP", "MSP", "MLA", "MHA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD"];

fn run(lex: &Lexicon, text: &str, toks: &[Tok], mut a: usize, b: usize, out: &mut Vec<Mention>) {
    if b == a + 1 && tok(toks, a).text(text).contains('-') {
        let before = out.len();
        hyphen_places(lex, text, &tok(toks, a), out);
        if out.len() > before {
            return;
        }
    }
    // Leading words that start sentences but not names ("The", "But", "Thursday").
    let mut det: Option<usize> = None;
    // ("Instead, Will called": mid-sentence, a capitalised "Will" is a name, not a modal.)
    let mid = a > 0 && (tok(toks, a - 1).kind == TokKind::Word || tok(toks, a - 1).text(text) == ",");
    while a < b && lex.is_stop_cap(tok(toks, a).text(text)) && gazetteer(lex, text, toks, a, b).is_none() && !(mid && tok(toks, a).text(text) == "Will") {
        if tok(toks, a).text(text).eq_ignore_ascii_case("the") {
            det = Some(a);
        }
        a += 1;
    }
    // "at 5 PM Anna Kovac said": the clock's PM, not a prime minister's.
    if a < b && a > 0 && among!(tok(toks, a).text(text), "PM" | "AM" | "P.M." | "A.M.") && tok(toks, a - 1).text(text).starts_with(|c: char| c.is_ascii_digit()) {
        a += 1;
    }
    if a >= b {
        return;
    }
    // "the Prime Minister's Office": a possessive inside the run made it an organisation's name.
    if crate::text::part(toks, a + 1, b).iter().any(|t| t.kind == TokKind::Possessive || t.kind == TokKind::Punct) {
        let start = det.map_or(tok(toks, a).start, |d| tok(toks, d).start);
        let r = Range::new(tok(toks, a).start, tok(toks, b - 1).end);
        let mut m = simple(Range::new(start, r.end), MKind::Org, r.slice(text).to_string());
        m.name_range = r;
        out.push(m);
        return;
    }
    // Split off the role: everything up to the last title word ("of State" continues it).
    let mut k: Option<usize> = None;
    let mut i = a;
    while i < b {
        // "Owen Pritchard MP": letters after a name are no title before one.
        let post_nominal = || i + 1 == b && i >= a + 2 && POST_NOMINALS.contains(tok(toks, i).text(text));
        // "Ministry of Justice", "Justice Department": a title word inside an organisation's
        // name, after its head's "of" or before the head that ends the run.
        let in_org = || {
            (i >= a + 2 && matches!(tok(toks, i - 1).text(text), "of" | "for") && lex.org_heads.contains(tok(toks, i - 2).text(text)))
                || (i + 2 == b && lex.org_heads.contains(tok(toks, i + 1).text(text)))
        };
        // "Ruth Alderman", "Carole King", "Grace Alderman Price": after a given name, a
        // title word is a family name ("Georgia Governor Brian Kemp": a place, not a name).
        // So is one ending the run after an honorific: "Ms. Alderman".
        // (Never an abbreviation: "Christian Rev. Derek Penwell".)
        let surname = || {
            i > a && !tok(toks, i).text(text).ends_with('.') && {
                let prev = tok(toks, i - 1).text(text);
                let honorific = i + 1 == b && is_honorific(prev);
                // ("Peter T. King": after a middle initial too.)
                let initial = prev.len() == 2 && prev.ends_with('.') && prev.starts_with(|c: char| c.is_ascii_uppercase());
                honorific || initial || lex.first_names.contains_key(&prev.lowercase()) && lex.place(prev).is_none() && !lex.is_title(prev)
            }
        };
        // (The exceptions are looked at only for a title word.)
        if lex.is_title(tok(toks, i).text(text)) && !post_nominal() && !in_org() && !surname() {
            let mut end = i;
            if i + 2 < b && tok(toks, i + 1).text(text) == "of" {
                end = i + 2;
            }
            // "Minister for Foreign Affairs", "Secretary of State for Health and Social Care".
            let portfolio = |k: usize| k < b && lex.portfolios.contains(tok(toks, k).text(text));
            if matches!(toks.get(end + 1).map(|t| t.text(text)), Some("for" | "of")) && portfolio(end + 2) {
                end += 2;
            }
            if lex.portfolios.contains(tok(toks, end).text(text)) {
                while portfolio(end + 1) || (end + 2 < b && tok(toks, end + 1).text(text) == "and" && portfolio(end + 2)) {
                    end += if tok(toks, end + 1).text(text) == "and" { 2 } else { 1 };
                }
            }
            k = Some(end);
            i = end + 1;
            continue;
        }
        i += 1;
    }
    // "Republican Donald Trump", "Russian Vladimir Putin": a party or a nationality before
    // a full name describes the person; it is no part of the name.
    // "Actress Joan Vale was honored": so does a person's role noun, capitalised only because
    // it opens the sentence (not "Teacher Retirement System officials": no given name follows).
    let mut noun_gender = None;
    if k.is_none() && b >= a + 3 && lex.first_names.contains_key(&tok(toks, a + 1).text(text).lowercase()) {
        let w = tok(toks, a).text(text);
        if lex.demonym(w).is_some() || crate::lexicon::party_word(w) {
            k = Some(a);
        } else if let Some(&(true, g)) = lex.role_nouns.get(&w.lowercase()).filter(|_| crate::text::opens_sentence(text, tok(toks, a).start)) {
            k = Some(a);
            noun_gender = g;
        }
    }
    // A gazetteer name that is the whole run wins over titles inside it ("Secretary of State"
    // alone is a role; "Supreme Court" is an organisation).
    if let Some((end, kind, name)) = gazetteer(lex, text, toks, a, b) {
        if end == b && k.is_none_or(|k| k < a) {
            let start = if kind == MKind::Org { det.map_or(tok(toks, a).start, |d| tok(toks, d).start) } else { tok(toks, a).start };
            let mut m = simple(Range::new(start, tok(toks, b - 1).end), kind, name);
            m.name_range = Range::new(tok(toks, a).start, tok(toks, b - 1).end);
            out.push(m);
            return;
        }
    }
    let (role_end, name_start) = match k {
        Some(k) if k >= a => (k + 1, k + 1),
        _ => (a, a),
    };
    let mut gender = noun_gender;
    let mut nationality = None;
    let mut role_words = Vec::new();
    for t in crate::text::part(toks, a, role_end) {
        let w = t.text(text);
        if let Some((_, Some(g))) = lex.titles.get(&w.lowercase()) {
            gender = Some(*g);
        }
        if nationality.is_none() {
            nationality = lex.demonym(w).map(str::to_string);
        }
        role_words.push(w);
    }
    // Organisations named inside a role ("White House Press Secretary").
    let mut i = a;
    while i < role_end {
        match gazetteer(lex, text, toks, i, role_end) {
            Some((end, kind, name)) if !(kind == MKind::Place && end - i == 1 && lex.demonym(tok(toks, i).text(text)).is_some()) => {
                out.push(simple(Range::new(tok(toks, i).start, tok(toks, end - 1).end), kind, name));
                i = end;
            }
            _ => i += 1,
        }
    }
    let honorific = role_words.iter().all(|w| is_honorific(w));
    let role = (!role_words.is_empty() && !honorific).then(|| role_words.join(" "));
    if name_start >= b {
        // Only a role: "The US President", "President".
        if role.is_some() {
            let start = det.map_or(tok(toks, a).start, |d| tok(toks, d).start);
            let r = Range::new(tok(toks, a).start, tok(toks, b - 1).end);
            out.push(Mention {
                range: Range::new(start, r.end),
                name_range: r,
                kind: MKind::Role { person: true },
                name: r.slice(text).to_string(),
                role,
                nationality,
                gender,
                name_words: 0,
            });
        }
        return;
    }
    let name_r = Range::new(tok(toks, name_start).start, tok(toks, b - 1).end);
    // "Ronan Geraghty SC", "Owen Pritchard MP": letters after a name belong to the mention,
    // not to the name.
    let mut nb = b;
    while nb >= name_start + 3 && POST_NOMINALS.contains(tok(toks, nb - 1).text(text)) {
        nb -= 1;
    }
    let name = crate::text::cut(text, name_r.start, tok(toks, nb - 1).end).to_string();
    let words = nb - name_start;
    let first = tok(toks, name_start).text(text).lowercase();
    if gender.is_none() {
        gender = lex.first_names.get(&first).and_then(|g| g.1);
    }
    // A name joined across "and" / "&" (see `joined_org`) is an organisation's.
    let joined = (name_start + 1..b).any(|k| matches!(tok(toks, k).text(text), "and" | "&"));
    // "the Ministry of External Affairs", "the Ontario Ministry of Health": a head word with
    // its "of" / "for" / "on" inside the name.
    // ("the City of Halifax", "the Region of Peel": a municipality's government.)
    let head_of = |from: usize| {
        (from..b.saturating_sub(2)).any(|k| {
            let (w, next) = (tok(toks, k).text(text), tok(toks, k + 1).text(text));
            (lex.org_heads.contains(w) && among!(next, "of" | "for" | "on")) || (among!(w, "City" | "Town" | "Region" | "County" | "Municipality" | "Township" | "Village" | "Borough") && next == "of")
        })
    };
    let gaz = gazetteer(lex, text, toks, name_start, b);
    let kind = if role.is_some() || (role_end > a && honorific) {
        MKind::Person
    } else if joined {
        MKind::Org
    } else if words >= 2 && lex.place(tok(toks, b - 1).text(text)).is_some() && (name_start..b - 1).all(|k| lex.portfolios.contains(tok(toks, k).text(text))) {
        // "Health Canada", "Transport Canada", "Statistics Canada": a public body named by its
        // portfolio and its country.
        MKind::Org
    } else if gaz.as_ref().is_some_and(|&(end, kind, _)| place_named_person(lex, text, toks, name_start, end, kind, b)) {
        MKind::Person
    } else if let Some((end, kind, canon)) = gaz {
        if end == b {
            let mut m = simple(name_r, kind, canon);
            if kind == MKind::Org {
                m.range.start = det.map_or(name_r.start, |d| tok(toks, d).start);
            }
            out.push(m);
            return;
        }
        // A place or organisation followed by more capitalised words ("Moscow Times",
        // "Ontario Ministry of Health").
        if lex.org_heads.contains(tok(toks, b - 1).text(text)) || head_of(name_start) {
            MKind::Org
        } else {
            out.push(simple(Range::new(tok(toks, name_start).start, tok(toks, end - 1).end), kind, canon));
            if end < b {
                run(lex, text, toks, end, b, out);
            }
            return;
        }
    } else if lex.org_heads.contains(tok(toks, b - 1).text(text)) || head_of(name_start) {
        // "Union leaders were less forgiving", "Council officials refused": a head word alone,
        // capitalised only because it opens the sentence, is no organisation's name.
        if b == name_start + 1 && det.is_none() && crate::text::opens_sentence(text, tok(toks, name_start).start) {
            return;
        }
        // "the Ministry of External Affairs", "the University of Toronto".
        MKind::Org
    } else if words >= 2
        && lex.place_heads.contains(tok(toks, b - 1).text(text))
        // Not a title in quote marks: the film "Midnight Harbour".
        && !(text[..toks[name_start].start].ends_with(['"', '“', '\'', '‘']) && crate::text::cut(text, tok(toks, b - 1).end, text.len()).starts_with(['"', '”', '\'', '’']))
    {
        // "Eastern Cape", "Rift Valley", "Downing Street".
        MKind::Place
    } else if lex.first_names.contains_key(&first) && words >= 2 {
        MKind::Person
    } else if words == 1 && name.len() >= 2 && name.len() <= 6 && name.chars().all(|c| c.is_uppercase() || c == '.' || c == '&') {
        MKind::Org
    } else {
        MKind::Misc
    };
    let start = match kind {
        MKind::Org => det.map_or(tok(toks, a).start, |d| tok(toks, d).start),
        _ => tok(toks, a).start,
    };
    out.push(Mention {
        range: Range::new(start, name_r.end),
        name_range: name_r,
        kind,
        name: name.trim_end_matches('.').to_string(),
        role,
        nationality,
        gender,
        name_words: words,
    });
}

/// `the spokeswoman`, `the Russian leader`, `the ministry`: a determiner, adjectives, and a
/// role noun not followed by a name. `owner` is the canonical place when the role opens on a
/// place's possessive instead ("Canada's finance minister").
fn role_description(lex: &Lexicon, text: &str, toks: &[Tok], i: usize, b: usize, lede: bool, owner: Option<&str>) -> Option<(Mention, usize)> {
    let w = tok(toks, i).text(text);
    // "a senator from Ohio" describes someone only in apposition: "Jane Doe, a senator …",
    // or as the first words of an AP lede ("A federal judge on Tuesday blocked …").
    let apposed = i >= 2 && tok(toks, i - 1).text(text) == "," && is_name_word(text, &tok(toks, i - 2)) || lede && w == "A";
    // "Jane Doe, president of the association,": a bare role noun in apposition.
    let bare = apposed && w.starts_with(|c: char| c.is_ascii_lowercase()) && !among!(w, "a" | "an" | "the");
    if !(matches!(w, "the" | "The") || (apposed && matches!(w, "a" | "an" | "A")) || bare || owner.is_some()) {
        return None;
    }
    let mut nationality = owner.map(str::to_string);
    let first = if bare { i } else if owner.is_some() { i + 2 } else { i + 1 };
    let mut j = first;
    while j < b && j <= first + 3 {
        let t = &tok(toks, j);
        if t.kind != TokKind::Word {
            return None;
        }
        // "the union's general secretary", "the company's chief executive": the owner first.
        if j == first && !bare && j + 2 < b && tok(toks, j + 1).kind == TokKind::Possessive && !is_name_word(text, t) {
            j += 2;
            continue;
        }
        let word = t.text(text);
        let lower = word.lowercase();
        if let Some(&(mut person, mut gender)) = lex.role_nouns.get(&lower) {
            // "the prime minister", "the chief executive": the role runs to its last noun.
            let mut j = j;
            while j + 1 < b && tok(toks, j + 1).kind == TokKind::Word {
                // ("the chief medical officer": one word of its field between.)
                let role_at = |k: usize| toks.get(k).filter(|t| t.kind == TokKind::Word && t.text(text).starts_with(|c: char| c.is_lowercase())).and_then(|t| lex.role_nouns.get(&t.text(text).lowercase()));
                let skip = usize::from(role_at(j + 1).is_none() && j + 2 < b && tok(toks, j + 1).text(text).starts_with(|c: char| c.is_lowercase()) && role_at(j + 2).is_some());
                match role_at(j + 1 + skip) {
                    Some(&(p, g)) => {
                        (person, gender) = (p, g.or(gender));
                        j += 1 + skip;
                    }
                    _ => break,
                }
            }
            // "the Head of State", "the head of government": the office of a country's leader.
            if lower == "head" && j + 2 < b && tok(toks, j + 1).text(text) == "of" && matches!(tok(toks, j + 2).text(text).lowercase().as_str(), "state" | "government") {
                j += 2;
            }
            let t = &tok(toks, j);
            if j + 1 < b && is_name_word(text, &tok(toks, j + 1)) {
                return None;
            }
            // "the European Union": a capitalised organisation head ends a name.
            if is_name_word(text, t) && j > first && lex.org_heads.contains(t.text(text)) {
                return None;
            }
            // "the Ministry of External Affairs": a capitalised head with its "of" is a name.
            if is_name_word(text, t) && lower != "head" && j + 2 < b && among!(tok(toks, j + 1).text(text), "of" | "for" | "on") && is_name_word(text, &tok(toks, j + 2)) {
                return None;
            }
            let r = Range::new(tok(toks, i).start, t.end);
            let head = Range::new(tok(toks, first).start, t.end);
            return Some((
                Mention {
                    range: r,
                    name_range: head,
                    kind: MKind::Role { person },
                    name: r.slice(text).to_string(),
                    role: Some(head.slice(text).to_string()),
                    nationality,
                    gender,
                    name_words: 0,
                },
                j + 1,
            ));
        }
        // "the Florida senator", "the New York governor": a place names the constituency.
        let place_words = if lex.place(word).is_some() {
            1
        } else if j + 1 < b && lex.place(&format!("{word} {}", tok(toks, j + 1).text(text))).is_some() {
            2
        } else {
            0
        };
        if let Some(p) = lex.demonym(word) {
            nationality = Some(p.to_string());
        } else if place_words > 0 && word.starts_with(char::is_uppercase) {
            j += place_words;
            continue;
        } else if !ROLE_MODIFIERS.contains(lower.as_str()) && !lex.portfolios.contains(crate::text::title_case(word).as_str()) {
            // ("environment" in "the environment secretary": a portfolio.)
            return None;
        }
        j += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(text: &str) -> Vec<(String, MKind, String, Option<String>)> {
        let lex = Lexicon::load();
        let l = crate::layout::analyse(&crate::layout::Patterns::new(), text, None);
        find(&lex, text, &l)
            .into_iter()
            .map(|m| (m.range.slice(text).to_string(), m.kind, m.name, m.role))
            .collect()
    }

    #[test]
    fn a_head_word_opening_a_sentence_is_no_organisation() {
        let got = ms("Union leaders were angry. Council officials refused. He wrote to the Fabian Institute.");
        let names: Vec<&str> = got.iter().map(|m| m.0.as_str()).collect();
        assert_eq!(names, ["Fabian Institute"]);
        // With its article, or as part of a longer name, it still is one.
        let got = ms("The Council voted. Transport Union leaders agreed.");
        let names: Vec<&str> = got.iter().map(|m| m.0.as_str()).collect();
        assert_eq!(names, ["The Council", "Transport Union"]);
    }

    #[test]
    fn role_and_name() {
        let got = ms("White House Press Secretary Jane Doe spoke with Secretary of State Tom Brown.");
        assert_eq!(got[0].0, "White House Press Secretary Jane Doe");
        assert_eq!(got[0].2, "Jane Doe");
        assert_eq!(got[0].3.as_deref(), Some("White House Press Secretary"));
        assert_eq!(got[1].0, "White House");
        assert_eq!(got[1].1, MKind::Org);
        assert_eq!(got[2].0, "Secretary of State Tom Brown");
        assert_eq!(got[2].2, "Tom Brown");
    }

    #[test]
    fn a_role_noun_opening_a_sentence_is_the_role_of_the_name_after_it() {
        let got = ms("Singer Joan Vale was honored. Teacher Retirement System officials met.");
        assert_eq!((got[0].2.as_str(), got[0].3.as_deref()), ("Joan Vale", Some("Singer")));
        assert!(got.iter().all(|m| m.1 != MKind::Person || m.2 != "Retirement System"), "{got:?}");
    }

    #[test]
    fn places_roles_orgs() {
        let got = ms("The US President met the Russian leader in Budapest, Hungary, and The New York Post said the Russia-Ukraine war.");
        let names: Vec<(&str, MKind)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
        assert_eq!(names, vec![
            ("The US President", MKind::Role { person: true }),
            ("the Russian leader", MKind::Role { person: true }),
            ("Budapest", MKind::Place),
            ("Hungary", MKind::Place),
            ("The New York Post", MKind::Org),
            ("Russia", MKind::Place),
            ("Ukraine", MKind::Place),
        ]);
    }

    #[test]
    fn lower_case_roles_and_organisations_with_of() {
        let got = ms("Meanwhile, Congress leader Jairam Ramesh spoke, and the Ministry of External Affairs (MEA) spokesperson Randhir Jaiswal agreed.");
        let find = |n: &str| got.iter().find(|g| g.2 == n).unwrap_or_else(|| panic!("{n}: {got:?}"));
        assert_eq!((find("Jairam Ramesh").1, find("Jairam Ramesh").3.as_deref()), (MKind::Person, Some("Congress leader")));
        assert_eq!(find("Randhir Jaiswal").3.as_deref(), Some("Ministry of External Affairs (MEA) spokesperson"));
        assert_eq!(find("Ministry of External Affairs").1, MKind::Org);
    }

    #[test]
    fn an_irregular_plural_or_a_saint_owns_inside_an_organisation_s_name() {
        let got = ms("He heads the Inverness County Fishermen's Association. Staff at St. Michael's Hospital and the Children's Aid Society agreed.");
        let orgs: Vec<&str> = got.iter().filter(|g| g.1 == MKind::Org).map(|g| g.2.as_str()).collect();
        assert_eq!(orgs, ["Inverness County Fishermen's Association", "St. Michael's Hospital", "Children's Aid Society"]);
    }

    #[test]
    fn a_municipality_of_a_place_is_its_government() {
        let got = ms("The City of Halifax said the buses would arrive. The Region of Peel agreed.");
        let orgs: Vec<(&str, MKind)> = got.iter().map(|g| (g.2.as_str(), g.1)).collect();
        assert_eq!(orgs, [("City of Halifax", MKind::Org), ("Region of Peel", MKind::Org)]);
    }

    #[test]
    fn international_ends_an_organisation_s_name_and_common_abbreviations_are_none() {
        let got = ms("Amnesty International and Brightwater International agreed. GDP rose while HIV cases and VAT fell.");
        let names: Vec<(&str, MKind)> = got.iter().map(|g| (g.2.as_str(), g.1)).collect();
        assert_eq!(names, [("Amnesty International", MKind::Org), ("Brightwater International", MKind::Org)]);
    }

    #[test]
    fn a_department_named_for_a_list_of_portfolios() {
        let got = ms("According to Immigration, Refugees and Citizenship Canada, permits fell. In Health, Education and Transport, cuts came.");
        let names: Vec<(&str, MKind)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
        assert_eq!(names[0], ("Immigration, Refugees and Citizenship Canada", MKind::Org));
        // Without its country or head word a list stays a list.
        assert!(names[1..].iter().all(|n| n.1 != MKind::Org && !n.0.contains(',')), "{names:?}");
    }

    #[test]
    fn a_sentence_with_a_weekday_and_a_month_is_no_headline() {
        let got = ms("Union Home Minister Amit Shah on Monday said the plan would end by March 2026.");
        assert_eq!(got[0].2, "Amit Shah");
        assert_eq!(got[0].3.as_deref(), Some("Union Home Minister"));
        // A title-case headline still is one: its small words are capitalised.
        let got = ms("Hillary Clinton Was Headed to ER But Diverted");
        assert_eq!(got.len(), 1, "{got:?}");
    }
}
