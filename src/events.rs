//! Pass 7 — events: triggers from a typed lexicon (verbs and nouns), with participants
//! (entities in the clause; `I`/`my` inside a quote are its speaker), place (`in Budapest`,
//! `at the White House`), time, and status from tense and modality; coreferent mentions
//! (`the call`, `my telephone conversation`) merged into one event.

use crate::attribution::{AKind, Attribution};
use crate::entities::{EKind, Entities};
use crate::layout::Layout;
use crate::lexicon::{Gender, Lexicon};
use crate::mentions::{MKind, Mention};
use crate::text::{tok, Range, Tok, TokKind};
use crate::times::{Found, TType};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum EStatus {
    Occurred,
    Planned,
    Possible,
    Negated,
    Cancelled,
}

/// How a participant takes part in an event (public as [`crate::Role`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Does it: the subject, or the possessor of a noun ("Trump's call").
    Agent,
    /// Is acted on: a verb's object ("called Putin", "congratulated the team").
    Recipient,
    /// Takes part alongside the agent: "with X".
    Partner,
    /// One of several on an equal footing: "between X and Y".
    Party,
    /// Leads or hosts it: "led by X", "hosted by X".
    Leader,
}

impl Role {
    /// The name in the JSON contract: `agent`, `recipient`, `partner`, `party`, `leader`.
    pub fn name(self) -> &'static str {
        match self {
            Role::Agent => "agent",
            Role::Recipient => "recipient",
            Role::Partner => "partner",
            Role::Party => "party",
            Role::Leader => "leader",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Ev {
    pub kind: String,
    pub cameo: Option<String>,
    pub mentions: Vec<Range>,
    /// Entities with their role (the first role found for each).
    pub participants: Vec<(usize, Role)>,
    /// Indices into the found times, in text order.
    pub times: Vec<usize>,
    pub durations: Vec<usize>,
    pub place: Option<(Range, Option<usize>)>,
    pub status: EStatus,
    /// Status came from explicit evidence (a past-tense verb, a future modal).
    explicit: bool,
    /// This event follows another (`followed by`): index of the earlier one.
    pub after: Option<usize>,
}

struct Mn {
    /// Clause bounds (token indices).
    clause: (usize, usize),
    kind: String,
    cameo: Option<String>,
    trigger: Range,
    tok: usize,
    definite: bool,
    /// `the last agreement`: another event of the kind than the story's.
    distinct: bool,
    participants: Vec<(usize, Role)>,
    time: Option<usize>,
    durations: Vec<usize>,
    place: Option<(Range, Option<usize>)>,
    status: EStatus,
    explicit: bool,
    followed_by: bool,
}

/// Who goes on strike: words before `strike` that make it a labour strike.
const LABOUR: crate::text::Words = words![
    "rail", "union", "unions", "workers", "worker", "teachers", "nurses", "doctors", "drivers", "general", "hunger", "labour",
    "labor", "staff", "miners", "postal", "transit", "pilots", "employees", "dockworkers", "writers", "actors", "national",
    "nationwide", "one-day", "24-hour", "48-hour", "indefinite",
];
const FUTURE: crate::text::Words = words!["due", "ahead", "later", "will", "'ll", "would", "shall", "plan", "plans", "planned", "planning", "scheduled", "expected", "upcoming", "next", "tomorrow", "set", "going", "proposed", "potential", "future", "intends", "intend", "wants", "hopes", "aims", "preparing", "prepares", "readying", "drafting"];
const GOAL: crate::text::Words = words!["aim", "aimed", "aiming", "seek", "seeks", "seeking", "sought", "push", "pushes", "pushing", "urge", "urges", "urged", "urging", "pursue", "pursuing", "securing", "broker", "brokering"];
const POSSIBLE: crate::text::Words = words!["may", "might", "could", "possible", "possibly", "likely", "perhaps", "maybe", "if", "unless", "whether", "consider", "considering", "considers", "weighs", "weighing", "mulls", "mulling"];
const NEGATION: crate::text::Words = words!["not", "no", "never", "without", "didn't", "won't", "wouldn't", "hasn't", "haven't", "isn't", "wasn't", "don't", "doesn't", "refused", "declined"];
const CANCEL: crate::text::Words = words!["cancelled", "canceled", "cancel", "postponed", "scrapped", "off", "suspended", "called-off"];
const PAST: crate::text::Words = words!["was", "were", "had", "held", "has", "have", "concluded", "took", "happened", "ended", "last", "yesterday", "did", "earlier", "ago", "occurred", "hosted", "attended"];
const DEFINITE: crate::text::Words = words!["the", "this", "that", "my", "our", "his", "her", "their", "its", "today's", "yesterday's", "your", "these"];
const LOCATION_NOUNS: crate::text::Words = words!["location", "venue", "place", "date", "site", "time", "room", "format", "agenda"];

/// Prepositions and subordinators that open a phrase before the sentence's subject.
const OPENERS: crate::text::Words = words!["in", "at", "during", "after", "before", "following", "despite", "with", "throughout", "upon", "although", "though", "while", "when", "because", "since"];

struct Cx<'a> {
    /// Token index → the mention whose name part covers it.
    tok_mention: Vec<Option<usize>>,
    text: &'a str,
    layout: &'a Layout,
    toks: &'a [Tok],
    mentions: &'a [Mention],
    ents: &'a Entities,
    attr: &'a Attribution,
    times: &'a [Found],
}

impl<'a> Cx<'a> {
    fn lw(&self, i: usize) -> &'a str {
        self.layout.lw(i)
    }
    /// Mention `m` and found time `t`: one bounds check each for the pass (as `text::tok`).
    fn men(&self, m: usize) -> &'a Mention {
        &self.mentions[m]
    }
    fn time(&self, t: usize) -> &'a Found {
        &self.times[t]
    }

    /// The entity a token stands for: a name, a pronoun (by salience), or a first-person
    /// word inside a quote (its speaker).
    fn entity_at(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        let lw = self.lw(i);
        let q = self.attr.quote_at(t.start).map(|q| &self.attr.quotes[q]);
        if q.is_none() && among!(lw, "he" | "him" | "his" | "she" | "her") {
            if let Some(e) = self.cataphor(i) {
                return Some(e);
            }
        }
        match lw {
            "i" | "me" | "my" | "we" | "us" | "our" => return q.and_then(|q| q.speaker),
            "he" | "him" | "his" if q.is_none() => return self.attr.pronoun(self.ents, t.start, Some(Gender::Male)),
            "she" | "her" if q.is_none() => return self.attr.pronoun(self.ents, t.start, Some(Gender::Female)),
            _ => {}
        }
        let m = self.tok_mention[i]?;
        let e = self.ents.of_mention.get(m).copied().flatten()?;
        matches!(self.ents.ent(e).kind, EKind::Person | EKind::Org).then_some(e)
    }
}

impl Cx<'_> {
    /// A pronoun in an opening participle clause stands for the person named right after it:
    /// "Asked whether he would meet …, Trump said", "Speaking to reporters, she …" is not
    /// this (no name follows).
    fn cataphor(&self, i: usize) -> Option<usize> {
        let sent = self.layout.sentence_range(self.toks[i].start);
        let a = self.toks.partition_point(|t| t.start < sent.start);
        let w0 = self.lw(a);
        // An opening participle ("Speaking on Thursday, he …"), preposition ("In her ruling,
        // Delgado said") or subordinator ("Although he …, Mr. LaMothe").
        let opener = w0.ends_with("ed")
            || w0.ends_with("ing")
            || OPENERS.contains(w0);
        if a >= i || !opener || !crate::text::is_cap(self.toks[a].text(self.text)) {
            return None;
        }
        let comma = (a + 1..(a + 30).min(self.toks.len())).find(|&k| self.lw(k) == ",")?;
        if comma < i {
            return None;
        }
        let m = self.tok_mention.get(comma + 1).copied().flatten()?;
        let e = self.ents.of_mention.get(m).copied().flatten()?;
        let want = if matches!(self.lw(i), "she" | "her") { Gender::Female } else { Gender::Male };
        self.ents.person_fits(e, Some(want)).then_some(e)
    }

    /// Whether found time `t` lies after the day it is told on ("tomorrow", "next week").
    fn future(&self, t: usize) -> bool {
        let e = &self.time(t).expr;
        matches!(e.day(), crate::times::Expr::DayOffset(n, _) if *n > 0) || matches!(e, crate::times::Expr::Relative(_, n) if *n > 0)
    }

    /// A country or city acting as a party ("Britain and Japan agreed").
    fn place_at(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        // (The whole word: "the Mumbai-Ahmedabad rail project" names no party.)
        let m = self.tok_mention[i].filter(|&m| self.men(m).name_range.start == t.start && self.men(m).name_range.end >= t.end && self.men(m).kind == MKind::Place)?;
        self.ents.of(m)
    }
}

/// Clause bounds (token indices) around token `i`: the sentence, cut to the quote the token is
/// in, split at `;`, `, which`, `, where`, ` — `.
fn clause(cx: &Cx, layout: &Layout, i: usize) -> (usize, usize) {
    let pos = tok(cx.toks, i).start;
    let mut r = layout.sentence_range(pos);
    // (Or to the reported clause: "…, saying the law had been passed by Parliament" has
    // Parliament for its party, not the one saying it.)
    if let Some(q) = cx.attr.quote_at(pos).or_else(|| cx.attr.report_at(pos)) {
        let qr = cx.attr.quotes[q].range;
        r = Range::new(r.start.max(qr.start), r.end.min(qr.end));
    }
    let mut a = cx.toks.partition_point(|t| t.start < r.start);
    let mut b = cx.toks.partition_point(|t| t.start < r.end);
    // Whether the clause is a relative one between commas: "Kamikawa, who arrived on Monday
    // on a two-day visit, is scheduled to …" ends at its closing comma, before the main verb
    // ("who stepped down as chairman, president and chief executive in March" goes on).
    let mut relative = false;
    for k in (a..i).rev() {
        let w = tok(cx.toks, k).text(cx.text);
        if w == ";" || w == "—" || (w == "," && among!(cx.lw(k + 1), "which" | "where" | "who" | "while" | "when")) {
            relative = w == "," && among!(cx.lw(k + 1), "which" | "who");
            a = k + 1;
            break;
        }
        // ("a journalist who was detained": a relative clause the trigger is in, not "mothers
        // who have lost children … hosted".)
        if (matches!(w, "that" | "which") || (w == "who" && i <= k + 4)) && k + 1 < i {
            a = k + 1;
            break;
        }
    }
    for k in i + 1..b {
        let w = tok(cx.toks, k).text(cx.text);
        if w == ";" || w == "—" || (relative && w == "," && among!(cx.lw(k + 1), "is" | "was" | "are" | "were" | "has" | "had" | "have" | "will" | "would" | "said" | "says" | "told")) || (w == "," && among!(cx.lw(k + 1), "which" | "where" | "who" | "while" | "when")) {
            b = k;
            break;
        }
    }
    (a, b)
}

pub fn find(
    lex: &Lexicon,
    text: &str,
    layout: &Layout,
    mentions: &[Mention],
    ents: &Entities,
    attr: &Attribution,
    times: &[Found],
) -> Vec<Ev> {
    let toks = &layout.toks;
    let mut tok_mention = vec![None; toks.len()];
    for (m, mention) in mentions.iter().enumerate() {
        let a = toks.partition_point(|t| t.start < mention.name_range.start);
        let b = toks.partition_point(|t| t.start < mention.name_range.end);
        for slot in &mut tok_mention[a..b] {
            slot.get_or_insert(m);
        }
    }
    let cx = Cx { tok_mention, text, layout, toks, mentions, ents, attr, times };
    let mut mns: Vec<Mn> = Vec::new();
    // An article about a walkout, a union or a picket line: its strikes are labour's.
    let mut labour_seen = (0..toks.len()).any(|k| among!(cx.lw(k), "walkout" | "walkouts" | "picket" | "pickets" | "picketing" | "union" | "unions" | "unionized" | "bargaining"));
    let mut i = 0;
    while i < toks.len() {
        let t = tok(toks, i);
        let lw = cx.lw(i);
        let Some(cands) = lex.triggers(lw).filter(|_| t.kind == TokKind::Word && !layout.is_boilerplate(t.start)) else {
            i += 1;
            continue;
        };
        let hit = cands.iter().find(|tr| tr.words.iter().enumerate().all(|(k, w)| cx.lw(i + k) == *w));
        let Some(tr) = hit else {
            i += 1;
            continue;
        };
        let n = tr.words.len();
        let end_tok = i + n - 1;
        let next = cx.lw(end_tok + 1);
        // "call for", "talks about": not the event nouns.
        let prev = if i > 0 { cx.lw(i - 1) } else { "" };
        // A word of a name is no event: a person's ("Bill Clinton", "Mayor Bill de Blasio"), an
        // organisation's ("the Voting Rights Project", "the Board of Elections", "the Ministry
        // of Trade"), or another name's unless it is that name's head ("the G20 Summit").
        let in_name = cx.tok_mention[i].is_some_and(|m| match cx.men(m).kind {
            MKind::Person | MKind::Org => true,
            MKind::Misc => cx.men(m).name_words >= 2 && cx.men(m).name_range.end > tok(toks, end_tok).end,
            _ => false,
        });
        if in_name
            || (matches!(lw, "call" | "calls") && n == 1 && among!(next, "for" | "on" | "to"))
            || (lw == "talks" && matches!(next, "about" | "to"))
            || (lw == "deal" && next == "of" && matches!(prev, "great" | "good"))
            || (tr.kind == "economic" && lex.triggers(next).is_some_and(|t| t.iter().any(|t| t.kind != "economic" && !t.verb)))
        {
            i += n;
            continue;
        }
        // "the trial met its primary endpoint", "met expectations": reaching a mark, not a
        // meeting; "a Phase 3 trial", "clinical trials": a study, not a court case.
        let reached = among!(lw, "met" | "meet" | "meets")
            && (i + 1..(i + 4).min(toks.len())).any(|k| {
                among!(cx.lw(k), "endpoint" | "endpoints" | "target" | "targets" | "goal" | "goals" | "expectations" | "expectation" | "estimates" | "forecasts" | "criteria" | "requirements" | "threshold" | "deadline" | "demand" | "demands" | "standard" | "standards" | "needs")
            });
        let study = matches!(lw, "trial" | "trials")
            && (i.saturating_sub(3)..i).any(|k| among!(cx.lw(k), "clinical" | "phase" | "drug" | "vaccine" | "pilot" | "randomised" | "randomized" | "controlled" | "field" | "human" | "early-stage" | "late-stage" | "free"));
        // "Rangers rally late to stun City", "a relief rally in stocks": a comeback or a rise
        // in prices, not a political rally.
        let comeback = among!(lw, "rally" | "rallies" | "rallied" | "rallying")
            && (among!(next, "to" | "from" | "back" | "late" | "behind" | "past" | "around" | "sharply" | "strongly")
                || among!(prev, "market" | "markets" | "stock" | "stocks" | "shares" | "bond" | "bonds" | "relief" | "oil" | "price" | "prices" | "dollar" | "equity" | "late" | "year-end" | "santa"));
        // "he felt threatened": a feeling, not a threat made; "did not return a call seeking
        // comment": the reporter's call, no event of the story.
        let feeling = among!(lw, "threatened") && among!(prev, "felt" | "feel" | "feels" | "feeling");
        let reporter = among!(lw, "call" | "calls" | "message" | "messages") && (among!(prev, "return" | "returned" | "returning") || among!(next, "seeking"))
            || among!(lw, "call" | "calls") && i >= 2 && among!(cx.lw(i - 2), "return" | "returned" | "returning");
        // "Talks … collapsed last year", "the economy collapsed": a failure, not a disaster.
        let failure = among!(lw, "collapse" | "collapses" | "collapsed" | "collapsing")
            && (i.saturating_sub(14)..i).rev().take_while(|&k| !among!(cx.lw(k), "." | "!" | "?")).any(|k| among!(cx.lw(k), "talks" | "negotiations" | "deal" | "deals" | "ceasefire" | "truce" | "government" | "coalition" | "economy" | "market" | "markets" | "currency" | "prices" | "stocks" | "shares" | "bank" | "company" | "business" | "case" | "plan" | "bid" | "merger" | "alliance" | "agreement" | "campaign"));
        if comeback || feeling || reporter || failure {
            i += n;
            continue;
        }
        // "his caucus would not", "the Senate Democratic caucus": the lawmakers, not a vote.
        let group = matches!(lw, "caucus" | "caucuses") && (among!(prev, "his" | "her" | "their" | "our" | "its") || (i >= 1 && crate::text::is_cap(tok(toks, i - 1).text(text)) && among!(prev, "democratic" | "republican" | "black" | "hispanic" | "progressive" | "freedom" | "conservative" | "liberal")));
        // "the final bill had reached €2.4 billion", "energy bills", "a $14.5 billion tax
        // bill": a sum to pay, not a law.
        let invoice = matches!(lw, "bill" | "bills")
            && (among!(prev, "energy" | "electricity" | "power" | "gas" | "water" | "phone" | "grocery" | "medical" | "hospital" | "legal" | "utility" | "heating" | "household" | "restaurant")
                || (i + 1..(i + 4).min(toks.len())).any(|k| among!(cx.lw(k), "reached" | "totalled" | "totaled" | "totalling" | "totaling"))
                || (i.saturating_sub(2)..i).any(|k| among!(cx.lw(k), "billion" | "million") || tok(toks, k).text(text).starts_with(['$', '€', '£'])));
        if reached || study || group || invoice {
            i += n;
            continue;
        }
        // "state election officials", "trade ministers": a noun modifying people, no event.
        // ("a trade group", "free speech", "fighting to protect Texas kids": a body, a
        // right, a struggle.)
        if !tr.verb && (lex.group_or_member(next) || lex.role_nouns.get(next).is_some_and(|(p, _)| *p) || among!(next, "group" | "association" | "body" | "lobby"))
            || (lw == "speech" && prev == "free")
            || (lw == "fighting" && among!(next, "to" | "for"))
        {
            i += n;
            continue;
        }
        // "strikes the right balance", "struck a conciliatory tone": an idiom, not an attack.
        if among!(lw, "strike" | "strikes" | "struck" | "striking")
            && (i + 1..(i + 5).min(toks.len())).any(|k| among!(cx.lw(k), "balance" | "chord" | "tone" | "note" | "deal" | "bargain" | "compromise" | "pose" | "agreement" | "blow"))
        {
            i += n;
            continue;
        }
        // "no shots were fired", "fired at officers": a weapon's, not a dismissal.
        // ("the sniper fired", "fired the rifle bullet".)
        if lw == "fired" && ((i.saturating_sub(4)..i).any(|k| among!(cx.lw(k), "shots" | "shot" | "rounds" | "bullets" | "gun" | "weapon" | "missiles" | "rockets" | "warning" | "sniper" | "gunman" | "gunmen" | "shooter" | "troops" | "soldiers")) || among!(cx.lw(end_tok + 1), "at" | "on" | "into" | "upon")
            // ("fired tear gas at protesters", "fired a warning shot".)
            || (end_tok + 1..(end_tok + 4).min(toks.len())).any(|k| among!(cx.lw(k), "gas" | "shots" | "shot" | "rounds" | "rockets" | "missiles" | "bullets" | "bullet" | "rifle" | "gun" | "weapon" | "cannon" | "shells")))
        {
            i += n;
            continue;
        }
        // "has ruled out any changes": excluding, not a court's ruling.
        // ("has ruled them out".)
        if among!(lw, "ruled" | "rules" | "ruling" | "rule") && (cx.lw(end_tok + 1) == "out" || cx.lw(end_tok + 2) == "out") {
            i += n;
            continue;
        }
        // "dismissed that argument", "dismissed the claims as nonsense": rejecting words, not
        // firing anyone.
        if among!(lw, "dismissed" | "dismisses" | "dismiss" | "dismissing")
            && (i + 1..(i + 5).min(toks.len())).any(|k| {
                among!(cx.lw(k), "argument" | "arguments" | "claim" | "claims" | "criticism" | "criticisms" | "concern" | "concerns" | "idea" | "ideas" | "suggestion" | "suggestions" | "notion" | "report" | "reports" | "allegation" | "allegations" | "question" | "questions" | "speculation" | "fears" | "talk" | "as" | "it" | "them" | "that" | "this" | "threat" | "threats" | "warning" | "warnings" | "accusation" | "accusations" | "rumours" | "rumors" | "charge" | "charges" | "case" | "lawsuit" | "suit" | "appeal" | "complaint" | "complaints" | "proposal" | "offer" | "remarks" | "comments" | "possibility" | "prospect")
            })
        {
            i += n;
            continue;
        }
        // "calls Ellison "a living archive"", "called him a liar": naming, not a phone call.
        if tr.kind == "call" && n == 1 && among!(lw, "call" | "calls" | "called" | "calling") {
            let mut k = i + 1;
            if cx.tok_mention.get(k).copied().flatten().is_some() {
                while cx.tok_mention.get(k).copied().flatten().is_some() {
                    k += 1;
                }
            } else if among!(cx.lw(k), "him" | "her" | "them" | "it" | "himself" | "herself" | "themselves" | "this" | "that") {
                k += 1;
            } else {
                k = usize::MAX;
            }
            if k < toks.len() && (matches!(cx.lw(k), "a" | "an" | "\"" | "“" | "‘" | "'") || tok(toks, k).text(text).starts_with(['"', '“', '‘'])) {
                i += n;
                continue;
            }
        }
        // "rail strikes", "a teachers' strike": a labour strike is a strike action (CAMEO 143),
        // not an attack.
        // Once the article has a labour strike, later strikes are that one unless armed.
        let armed = || (i.saturating_sub(4)..(i + 4).min(toks.len())).any(|k| among!(cx.lw(k), "air" | "missile" | "missiles" | "drone" | "drones" | "rockets" | "military" | "israeli" | "russian" | "killed"));
        // "a woman was struck in a crosswalk": a road accident, not an attack.
        if lw == "struck" && among!(prev, "was" | "were" | "been") && !armed() {
            i += n;
            continue;
        }
        let labour = matches!(lw, "strike" | "strikes")
            && (LABOUR.contains(prev)
                || (i >= 2 && LABOUR.contains(cx.lw(i - 2)) && among!(prev, "'" | "’" | "'s" | "’s"))
                || next == "action"
                || (labour_seen && !armed()));
        labour_seen |= labour;
        let (kind, cameo) = if labour { ("protest".to_string(), Some("143".to_string())) } else { (tr.kind.clone(), tr.cameo.clone()) };
        let trigger = Range::new(t.start, tok(toks, end_tok).end);
        let (a, b) = clause(&cx, layout, i);
        let before: Vec<&str> = (a.max(i.saturating_sub(3))..i).map(|k| cx.lw(k)).collect();
        let is_poss = |k: usize| {
            tok(toks, k).kind == TokKind::Possessive
                || (matches!(tok(toks, k).text(text), "'" | "’") && k > 0 && tok(toks, k - 1).end == tok(toks, k).start && tok(toks, k - 1).text(text).ends_with('s'))
        };
        let possessive = (i >= 1 && is_poss(i - 1)) || (i >= 2 && is_poss(i - 2));
        let definite = !tr.verb
            && (before.iter().any(|w| DEFINITE.contains(w)) || possessive || LOCATION_NOUNS.contains(next))
            && !before.iter().any(|w| among!(*w, "a" | "an" | "another"));
        // "the last agreement", "a previous call": another event of the kind, never merged
        // into the one the story is about. ("last week's call" is dated, not another.)
        // ("the latest in a string of mass kidnappings", "three years after the Kankara
        // abduction": a series, or an event the story's is measured from.)
        let distinct = !tr.verb
            && ((1..=2).filter_map(|d| i.checked_sub(d)).filter(|&k| k >= a).any(|k| {
                among!(cx.lw(k), "last" | "previous" | "prior" | "former" | "another" | "earlier")
                    && !among!(cx.lw(k + 1), "week" | "month" | "year" | "weekend" | "night" | "time" | "summer" | "winter" | "spring" | "fall" | "autumn")
            }) || (i.saturating_sub(4).max(a)..i).any(|k| {
                (among!(cx.lw(k), "string" | "series" | "spate" | "wave" | "rash") && cx.lw(k + 1) == "of")
                    || (among!(cx.lw(k), "years" | "months" | "decades") && among!(cx.lw(k + 1), "after" | "since"))
            }));
        // "it's a fair deal", "It was a productive call": a predicate noun names the event
        // its subject refers to.
        let predicate = !tr.verb
            && (1..=3).filter_map(|d| i.checked_sub(d)).filter(|&k| k > a).any(|k| {
                matches!(cx.lw(k), "a" | "an") && (among!(cx.lw(k - 1), "is" | "was" | "'s" | "’s" | "be" | "been") || tok(toks, k - 1).kind == TokKind::Possessive)
            });
        let definite = (definite || predicate) && !distinct;
        let participants = participants(&cx, i, end_tok, (a, b), tr, definite);
        let (time, durations) = times_near(&cx, trigger, a, b);
        // ("will visit", "to visit": the form a noun shares, used as a verb.)
        let visited = tr.kind == "visit" && (tr.verb || among!(prev, "to" | "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "shall" | "not" | "also" | "he" | "she" | "they" | "we" | "i"));
        let place = place_near(&cx, end_tok, a, b, tr.verb, (tr.kind == "visit", visited));
        let (mut status, explicit) = status(&cx, lex, i, a, b, time);
        // "The teams meet again Wednesday": a present-tense verb with a day is a schedule,
        // ahead even when no date anchors the day.
        let present = tr.verb && !lw.ends_with("ed") && !lw.ends_with("ing") && !lex.irregular_past.contains(lw) && (i == 0 || !among!(cx.lw(i - 1), "to" | "did" | "didn't" | "not"));
        let day = time.is_some_and(|t| matches!(cx.time(t).expr.day(), crate::times::Expr::Weekday(..) | crate::times::Expr::MonthDay(..)));
        if !explicit && status == EStatus::Occurred && present && day && cx.attr.quote_at(t.start).is_none() {
            status = EStatus::Planned;
        }
        let followed_by = (a.max(i.saturating_sub(6))..i).any(|k| cx.lw(k) == "followed");
        mns.push(Mn {
            clause: (a, b),
            kind,
            cameo,
            trigger,
            tok: i,
            definite,
            distinct,
            participants,
            time,
            durations,
            place,
            status,
            explicit,
            followed_by,
        });
        i += n;
    }
    merge(&cx, mns)
}

fn participants(cx: &Cx, i: usize, end_tok: usize, (a, b): (usize, usize), tr: &crate::lexicon::Trigger, definite: bool) -> Vec<(usize, Role)> {
    let (verb, kind) = (tr.verb, tr.kind.as_str());
    let mut out: Vec<(usize, Role)> = Vec::new();
    let mut add = |e: Option<usize>, role: Role| {
        if let Some(e) = e {
            if !out.iter().any(|x| x.0 == e) {
                out.push((e, role));
            }
        }
    };
    // Subjects (and possessors) before the trigger, in its own clause: "the coalition was
    // thrown into turmoil after the Democratic Alliance threatened to walk out".
    // (Not over a comma: "Trump, after years of feuding, met Putin".)
    let own = (a..i).rev().take_while(|&k| cx.lw(k) != ",").find(|&k| crate::attribution::SUBORDINATORS.contains(cx.lw(k)) && cx.lw(k) != "since" && k + 1 < i);
    let mut k = own.map_or(a, |k| k + 1);
    while k < i {
        // (Over a region's adjective: "in northwestern Nigeria".)
        let mut p = k;
        while p > a + 1 && (cx.lw(p - 1).ends_with("ern") || among!(cx.lw(p - 1), "central" | "neighbouring" | "neighboring" | "rural" | "downtown")) {
            p -= 1;
        }
        let prev = if p > a { cx.lw(p - 1) } else { "" };
        // (Nor the place a visit is to: "would visit Washington next month for talks".)
        let after_prep = among!(prev, "of" | "to" | "for" | "about" | "on" | "in" | "at" | "from" | "by" | "over" | "into" | "against" | "visit" | "visits" | "visited" | "visiting" | "toured" | "tour" | "tours" | "touring");
        let possessor = (cx.toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Possessive) && k + 4 >= i)
            || (k + 3 >= i && among!(cx.lw(k), "my" | "our" | "his" | "her" | "their"));
        // A definite mention ("the call") takes only its possessor from before it.
        // (Nor is a source a party: "According to the MEA, the two sides agreed".)
        let mut x = k;
        while x > a && x + 8 > k && cx.lw(x - 1) != "," && cx.lw(x - 1) != "according" {
            x -= 1;
        }
        let source = x > a && cx.lw(x - 1) == "according";
        // ("Di Giorgio said it's continuing talks": a report's own subject "it" or "they" is
        // its speaker.)
        let own = || {
            let q = cx.attr.report_at(tok(cx.toks, k).start).filter(|_| among!(cx.lw(k), "it" | "they" | "it's" | "they're" | "its" | "their"))?;
            (tok(cx.toks, k).start == cx.attr.quotes[q].range.start).then_some(cx.attr.quotes[q].speaker).flatten()
        };
        if (!after_prep && !definite && !source) || possessor {
            add(cx.entity_at(k).or_else(own).or_else(|| if possessor || definite { None } else { cx.place_at(k) }), Role::Agent);
        }
        k += 1;
    }
    // "Ramaphosa, who is expected to visit the area": the relative pronoun's antecedent.
    {
        let s = cx.toks.partition_point(|t| t.start < cx.layout.sentence_range(tok(cx.toks, i).start).start);
        if let Some(j) = (s.max(i.saturating_sub(8))..i).rev().find(|&j| cx.lw(j) == "who" && j >= 2 && tok(cx.toks, j - 1).text(cx.text) == ",") {
            if !(j + 1..i).any(|k| tok(cx.toks, k).text(cx.text) == ",") {
                add(cx.entity_at(j - 2), Role::Agent);
            }
        }
    }
    // Objects: a verb's direct object, "with X (and Y)", "between X and Y", "led by X".
    let mut k = end_tok + 1;
    // One meets, calls or negotiates *with* the object; one praises or attacks it.
    let symmetric = among!(kind, "meeting" | "call" | "negotiation" | "agreement" | "visit");
    // (No object after a passive, "had not been passed", or an intransitive verb: "resigned
    // as chairman of the Trump campaign".)
    let passive = end_tok == i && i > a && among!(cx.lw(i - 1), "was" | "were" | "been" | "be" | "is" | "are" | "being");
    let intransitive = among!(cx.lw(i), "resigned" | "resigns" | "quit" | "collapsed" | "voted" | "ruled" | "passed");
    let mut role = (verb && !passive && !intransitive).then_some(if symmetric { Role::Partner } else { Role::Recipient });
    let limit = b.min(end_tok + 14);
    while k < limit {
        let w = cx.lw(k);
        if is_trigger_word(w) || (k > end_tok + 1 && tok(cx.toks, k).kind == TokKind::Word && among!(w, "comes" | "came" | "is" | "was" | "will" | "would" | "has" | "had")) {
            break;
        }
        match w {
            "with" => role = Some(Role::Partner),
            "between" | "among" => role = Some(Role::Party),
            "by" => {
                let leads = k > 0 && among!(cx.lw(k - 1), "led" | "hosted" | "chaired" | "headed" | "convened" | "organized" | "organised" | "moderated");
                role = Some(if leads { Role::Leader } else { Role::Agent });
            }
            // "X and Y" keeps the role it continues.
            "and" | "&" => role = role.or(Some(Role::Partner)),
            _ if tok(cx.toks, k).kind == TokKind::Punct && w != ","
                || among!(w, "to" | "in" | "at" | "on" | "for" | "about" | "where" | "which" | "who" | "as" | "from" | "after" | "before" | "because" | "since" | "over" | "amid" | "following" | "during" | "until" | "when" | "while" | "through" | "into" | "giving") =>
            {
                role = None
            }
            _ => {
                if let Some(r) = role {
                    add(cx.entity_at(k), r);
                }
            }
        }
        k += 1;
    }
    out
}

/// Times in the clause, each given to the nearest trigger; durations apart.
/// Whether `time` sits in a relative clause between commas that `trigger` is outside of:
/// "Ramaphosa, who is expected to visit the area on Thursday, said in a statement" — Thursday
/// dates the visit, not the statement.
fn in_other_relative(cx: &Cx, time: Range, trigger: Range, a: usize, b: usize) -> bool {
    let k = cx.toks.partition_point(|t| t.start < time.start);
    let s = cx.toks.partition_point(|t| t.start < cx.layout.sentence_range(time.start).start).min(a);
    // A relative clause is short: look back and ahead a few dozen tokens only.
    let Some(open) = (s.max(k.saturating_sub(40))..k).rev().find(|&j| tok(cx.toks, j).text(cx.text) == ",") else { return false };
    if !among!(cx.lw(open + 1), "who" | "which" | "whose" | "where") {
        return false;
    }
    let close = (k..b.min(k + 40)).find(|&j| tok(cx.toks, j).text(cx.text) == ",").unwrap_or(b);
    let (lo, hi) = (tok(cx.toks, open).start, cx.toks.get(close).map_or(usize::MAX, |t| t.start));
    !(lo <= trigger.start && trigger.end <= hi)
}

fn times_near(cx: &Cx, trigger: Range, a: usize, b: usize) -> (Option<usize>, Vec<usize>) {
    let lo = cx.toks.get(a).map_or(usize::MAX, |t| t.start);
    let hi = if b > 0 { cx.toks.get(b - 1).map_or(0, |t| t.end) } else { 0 };
    let pos = trigger.start;
    let mut best: Option<(usize, usize)> = None;
    let mut durations = Vec::new();
    let first = cx.times.partition_point(|f| f.range.start < lo);
    for (k, f) in cx.times.iter().enumerate().skip(first) {
        if f.range.start >= hi {
            break;
        }
        // A time inside a quote dates what the quote says, not an event outside it.
        let inside = |p: usize| cx.attr.quote_at(p).filter(|&q| matches!(cx.attr.quotes[q].kind, AKind::Direct | AKind::Mixed));
        if f.range.end > hi || inside(f.range.start) != inside(trigger.start) {
            continue;
        }
        let after = f.range.start >= trigger.end;
        let (x, y) = if after { (trigger.end, f.range.start) } else { (f.range.end, pos) };
        let dist = y.saturating_sub(x);
        // Another trigger between this one and the time takes it.
        let ta = cx.toks.partition_point(|t| t.start < x);
        let tb = cx.toks.partition_point(|t| t.start < y);
        // So does a preposition relating two events ("walk out on Thursday after talks …";
        // not one in a phrase of its own: "In January, a week after …, a bombing").
        let relates = |t: usize| !after && among!(cx.lw(t), "after" | "before" | "until" | "following") && (t..tb).all(|x| cx.lw(x) != ",");
        let blocked = (ta..tb).any(|t| tok(cx.toks, t).kind == TokKind::Word && (is_trigger_word(cx.lw(t)) || relates(t)));
        // A time right after a verb of saying dates the saying ("Asked whether he would meet
        // …, Trump said Monday"; "Floods have killed 34, officials said on Wednesday"), and
        // only what the saying was made in ("said on Wednesday in a statement").
        let tk = cx.toks.partition_point(|t| t.start < f.range.start);
        let mut v = tk;
        while v > a && among!(cx.lw(v - 1), "on" | "late" | "early" | "last" | "this") {
            v -= 1;
        }
        // (Over the medium or audience between: "said in a news release Tuesday", "told
        // reporters Monday".)
        let mut q = v;
        while q > a && q + 5 > v && among!(cx.lw(q - 1), "in" | "a" | "an" | "news" | "press" | "release" | "email" | "e-mail" | "post" | "statement" | "reporters" | "journalists") {
            q -= 1;
        }
        if q > a && SAYING.contains(cx.lw(q - 1)) {
            v = q;
        }
        let said = v > a && SAYING.contains(cx.lw(v - 1));
        let trig = cx.toks.partition_point(|t| t.start < trigger.start);
        // (Unless the saying is the event: "the province announced Tuesday".)
        if said && v - 1 != trig && !(v <= trig && trig <= tk + 4) {
            continue;
        }
        if blocked || dist > 120 || in_other_relative(cx, f.range, trigger, a, b) {
            continue;
        }
        match f.ttype {
            TType::Duration => durations.push(k),
            TType::Set => {}
            _ => {
                if best.is_none_or(|(_, d)| dist < d) {
                    best = Some((k, dist));
                }
            }
        }
    }
    (best.map(|b| b.0), durations)
}

fn place_near(cx: &Cx, end_tok: usize, a: usize, b: usize, verb: bool, (visit, visited): (bool, bool)) -> Option<(Range, Option<usize>)> {
    let is_place = |k: usize| -> Option<(Range, Option<usize>)> {
        let t = cx.toks.get(k)?;
        let m = cx.tok_mention[k].filter(|&m| cx.men(m).name_range.start == t.start)?;
        let mention = cx.men(m);
        let ok = mention.kind == MKind::Place || (mention.kind == MKind::Org && mention.name == "White House");
        ok.then(|| (mention.name_range, cx.ents.of(m)))
    };
    // "in Budapest", "at the White House", "near Kamloops", "in an agreed-upon location,
    // Budapest": a place
    // within a few words of a locative preposition, before any other event word.
    let mut k = end_tok + 1;
    // (A name of many words counts as one: "meet the National Farmers' Federation again on
    // Friday in Canberra".)
    let mut limit = b.min(end_tok + 10);
    // ("visited Kyiv", "will tour the Gaza Strip": a visit's object is its place.)
    let mut since_prep: Option<usize> = visited.then_some(0);
    while k < limit {
        if cx.tok_mention[k].is_some_and(|m| cx.men(m).range.start < tok(cx.toks, k).start) {
            limit = b.min(limit + 1);
        }
        let w = cx.lw(k);
        // (Nor past a quote's end or a verb's reported clause: `"Why have a war?" asked …`,
        // "announced that the chief … in Washington"; "attacks that left four dead in
        // Benghazi" goes on.)
        if is_trigger_word(w) || (verb && w == "that") || among!(w, "?" | "!" | "\"" | "”" | "“") || (w == "and" && cx.lw(k - 1) == ",") {
            break;
        }
        // ("a trip to Beijing", "her visit to Kyiv".)
        if among!(w, "in" | "at" | "inside" | "near" | "outside" | "across" | "throughout" | "location" | "venue") || (visit && w == "to") {
            since_prep = Some(0);
        } else if let Some(n) = since_prep {
            if let Some(p) = is_place(k) {
                return Some(p);
            }
            let filler = among!(w, "the" | "an" | "a" | "," | "agreed-upon" | "capital" | "city" | "nearby" | "downtown" | "location" | "venue");
            since_prep = if filler && n < 4 { Some(n + 1) } else { None };
        }
        k += 1;
    }
    // "the Budapest summit"
    if !verb && end_tok >= 1 && end_tok > a {
        if let Some(p) = is_place(end_tok.saturating_sub(1)) {
            return Some(p);
        }
    }
    None
}

/// Verbs of saying, whose time is the saying's.
const SAYING: crate::text::Words = words!["said", "says", "told", "tells", "announced", "added", "stated", "wrote", "tweeted", "posted", "insisted", "claimed", "declared"];

fn is_trigger_word(w: &str) -> bool {
    among!(w, "meeting" | "meet" | "meetings" | "call" | "conversation" | "visit" | "summit" | "talks" | "followed" | "agreed" | "congratulated")
}

/// "The leaders are to meet this evening", "the law was to take effect at midnight": `be
/// to` + the trigger is an arrangement (not "the aim is to meet", "it was to strike").
fn arranged(cx: &Cx, i: usize, a: usize) -> bool {
    i >= a + 3
        && cx.lw(i - 1) == "to"
        && among!(cx.lw(i - 2), "is" | "are" | "was" | "were")
        && tok(cx.toks, i - 3).kind == TokKind::Word
        && !among!(cx.lw(i - 3), "it" | "this" | "that" | "job" | "way" | "goal" | "aim" | "idea" | "point" | "purpose" | "task" | "role" | "mission" | "plan" | "hope" | "intention" | "priority" | "objective" | "what")
}

/// "the details of the visit were still being arranged": an event still in the making.
fn in_hand(cx: &Cx, i: usize, b: usize) -> bool {
    (i + 1..b.min(i + 7)).any(|k| {
        cx.lw(k) == "being" && among!(cx.lw(k + 1), "arranged" | "planned" | "prepared" | "organised" | "organized" | "finalised" | "finalized" | "worked" | "negotiated")
    })
}

fn status(cx: &Cx, lex: &Lexicon, i: usize, a: usize, b: usize, time: Option<usize>) -> (EStatus, bool) {
    // "will walk out … after talks between the two sides broke down": an event after "after"
    // with a past verb of its own has happened, whatever the main clause's tense.
    if (i.saturating_sub(4).max(a)..i).any(|k| among!(cx.lw(k), "after" | "following")) {
        let own = (i + 1..b.min(i + 12)).take_while(|&k| tok(cx.toks, k).kind == TokKind::Word || tok(cx.toks, k).kind == TokKind::Possessive).find(|&k| lex.past_form(cx.lw(k)));
        if own.is_some_and(|k| !among!(cx.lw(k - 1), "the" | "a" | "an") && !FUTURE.contains(cx.lw(k))) {
            return (EStatus::Occurred, true);
        }
    }
    // The trigger's own clause: not the report a noun of saying introduces ("said in a
    // statement that Cairo would host talks"), nor the verb of saying before one ("said that
    // the leaders will meet").
    let lo = a.max(i.saturating_sub(8));
    // ("will hold that meeting": a determiner right before the trigger is no clause break.)
    // ("No decision has been made and the talks could …": a clause of its own before "and";
    // "crews are preparing … as a wildfire doubled": before a subordinator.)
    let lo = (lo..i).rev().find(|&k| cx.lw(k) == ";" || (cx.lw(k) == "that" && k + 2 < i) || (among!(cx.lw(k), "and" | "but" | "as" | "while" | "because" | "although") && among!(cx.lw(k + 1), "the" | "a" | "an") && k + 1 < i)).map_or(lo, |k| k + 1);
    let hi = b.min(i + 4);
    let hi = (i + 1..hi).find(|&k| among!(cx.lw(k), "that" | "which" | "who" | ";")).unwrap_or(hi);
    // ("announced this plan": a plan named, not one made; "plans to meet", "plans for a
    // meeting" are.)
    // (Nor the words of a quote the trigger is outside of: `"… know where you're going,"
    // he said at a briefing`.)
    let direct = |k: usize| cx.attr.quote_at(tok(cx.toks, k).start).filter(|&q| cx.attr.quotes[q].kind == AKind::Direct);
    let words: Vec<&str> = (lo..hi).filter(|&k| (!matches!(cx.lw(k), "plan" | "plans") || matches!(cx.lw(k + 1), "to" | "for" | "a" | "an")) && direct(k) == direct(i)).map(|k| cx.lw(k)).collect();
    let has = |list: crate::text::Words| words.iter().any(|w| list.contains(w));
    if has(NEGATION) {
        return (EStatus::Negated, true);
    }
    // A goal sought is not yet reached: "talks aimed at securing a ceasefire", "mediators
    // push for a new truce".
    // So is one under a condition: "would block the bill unless Republicans agreed".
    // So is one called for: "called on both sides to agree to an immediate ceasefire".
    // (Before a reported clause too: "called on both sides to agree to a ceasefire".)
    let s0 = cx.toks.partition_point(|t| t.start < cx.layout.sentence_range(tok(cx.toks, i).start).start);
    let called_for = (s0.max(i.saturating_sub(10))..i).any(|k| among!(cx.lw(k), "call" | "calls" | "called" | "calling") && among!(cx.lw(k + 1), "on" | "for") && (k + 2..i).all(|x| tok(cx.toks, x).kind == TokKind::Word));
    if called_for || (i.saturating_sub(4).max(lo.min(s0.max(a.saturating_sub(2))))..i).any(|k| GOAL.contains(cx.lw(k))) || (lo..i).any(|k| among!(cx.lw(k), "if" | "unless" | "whether")) {
        return (EStatus::Possible, true);
    }
    let cancelling = words.iter().any(|w| w.starts_with("cancel") || *w == "postponed" || *w == "scrapped")
        || words.windows(2).any(|p| p[0] == "called" && p[1] == "off");
    if has(CANCEL) && cancelling {
        return (EStatus::Cancelled, true);
    }
    if has(FUTURE) || time.is_some_and(|t| cx.future(t)) || words.windows(2).any(|p| p[0] == "to" && p[1] == "be") || arranged(cx, i, a) || in_hand(cx, i, b) || words.windows(2).enumerate().any(|(k, p)| p[0] == "agreed" && p[1] == "to" && lo + k < i) {
        return (EStatus::Planned, true);
    }
    if has(POSSIBLE) {
        return (EStatus::Possible, true);
    }
    if has(PAST) || words.iter().any(|w| w.len() > 4 && w.ends_with("ed")) {
        return (EStatus::Occurred, true);
    }
    (EStatus::Occurred, false)
}

/// Once times are normalised: an event with no tense evidence whose date lies after the
/// article's cannot have happened yet (`scheduled to travel … on Nov. 3 to meet`).
pub fn settle(evs: &mut [Ev], values: &[String], date: Option<crate::times::Date>) {
    let Some(date) = date else { return };
    for ev in evs.iter_mut().filter(|e| e.status == EStatus::Occurred && !e.explicit) {
        let day = ev.times.first().and_then(|&t| crate::times::Date::parse(values.get(t)?.get(..10)?));
        if day.is_some_and(|d| d > date) {
            ev.status = EStatus::Planned;
        }
    }
}

/// How many earlier events of a type a new mention is compared with.
const MERGE_LOOKBACK: usize = 30;

fn merge(cx: &Cx, mns: Vec<Mn>) -> Vec<Ev> {
    let mut evs: Vec<Ev> = Vec::new();
    let mut last_of: Vec<usize> = Vec::new(); // last mention position of each event
    let mut clause_of: Vec<(usize, usize)> = Vec::new(); // clause of each event's last mention
    // Two time mentions agree when they are the same expression, written the same way.
    let same_time = |a: usize, b: usize| {
        cx.time(a).expr == cx.time(b).expr && cx.time(a).range.slice(cx.text).eq_ignore_ascii_case(cx.time(b).range.slice(cx.text))
    };
    let mut by_type = crate::lexicon::Groups::default();
    // The headline: a first paragraph of one line with no stop at its end, before the text's
    // first two paragraphs (token bounds; 0 when there is none).
    let para_tok = |p: usize| cx.toks.partition_point(|t| t.start < cx.layout.paragraphs.get(p).map_or(usize::MAX, |r| r.end));
    let first = cx.layout.paragraphs.first().map_or("", |r| r.slice(cx.text).trim_end());
    let titled = cx.layout.paragraphs.len() > 2 && !first.is_empty() && !first.ends_with(['.', '!', '?', ':']) && !first.contains('\n');
    let (headline, lede_end) = if titled { (para_tok(0), para_tok(2)) } else { (0, 0) };
    for mut m in mns {
        // A headline's tense is its own ("Talks collapse", "Strikes to go ahead"): the text's
        // evidence comes first.
        m.explicit &= m.tok >= headline;
        // Coreference is local: the most recent events of the same type are the candidates.
        let same_type: Vec<usize> = by_type.get(&m.kind).map(|v| v.iter().rev().take(MERGE_LOOKBACK).copied().collect()).unwrap_or_default();
        let compatible = |e: usize| {
            let ev = crate::text::at(&evs, e);
            // A deictic time inside a quote ("today's call") is relative to when the quote was
            // spoken, so it does not contradict the date the article gives.
            let deictic = m.time.is_some_and(|t| {
                matches!(cx.time(t).expr.day(), crate::times::Expr::DayOffset(..)) && cx.attr.quote_at(cx.time(t).range.start).is_some()
            });
            let t_ok = match (ev.times.first(), m.time) {
                (Some(&a), Some(b)) => same_time(a, b) || (m.definite && deictic),
                _ => true,
            };
            // ("More protests were planned for next week … Police said the blockades caused
            // delays": what has happened is not what is still planned.)
            let tense_ok = !(ev.times.first().is_some_and(|&t| cx.future(t)) && m.explicit && m.status == EStatus::Occurred && ev.status == EStatus::Planned);
            t_ok && tense_ok
        };
        let shared = |e: usize| m.participants.iter().filter(|p| crate::text::at(&evs, e).participants.iter().any(|q| q.0 == p.0)).count();
        // Participants that agree: all of the new mention's are in the event (two or more),
        // or the same time with no participants to tell them apart.
        let by_parts = same_type.iter().copied().filter(|&e| {
            compatible(e) && {
                let s = shared(e);
                (s >= 2 && s == m.participants.len().min(crate::text::at(&evs, e).participants.len()))
                    || (s >= 1 && m.participants.len() == 1 && m.definite)
            }
        }).max_by_key(|&e| crate::text::at(&last_of, e));
        let by_time = same_type.iter().copied().filter(|&e| {
            m.time.is_some_and(|b| crate::text::at(&evs, e).times.first().is_some_and(|&a| same_time(a, b)))
                && (m.participants.is_empty() || crate::text::at(&evs, e).participants.is_empty())
        }).max_by_key(|&e| crate::text::at(&last_of, e));
        let bare = m.participants.is_empty() && m.time.is_none() && m.place.is_none();
        // "met in Berlin for talks": two words for one event in one clause.
        let same_clause = same_type.iter().copied().filter(|&e| *crate::text::at(&clause_of, e) == m.clause && compatible(e) && !m.followed_by).max_by_key(|&e| crate::text::at(&last_of, e));
        // "B.C. wildfire crews brace …" over "a wildfire near Kamloops grew …": the lede's
        // first mention of a kind is the one its headline named.
        let lede = m.tok > headline && m.tok < lede_end && same_type.iter().all(|&e| *crate::text::at(&last_of, e) < headline);
        let target = if m.distinct { None } else { by_parts.or(by_time).or(same_clause) }.or_else(|| {
            if (m.definite || bare || lede) && !m.distinct {
                same_type.iter().copied().filter(|&e| compatible(e)).max_by_key(|&e| crate::text::at(&last_of, e))
            } else {
                None
            }
        });
        match target {
            Some(e) => {
                let ev = &mut evs[e];
                ev.mentions.push(m.trigger);
                for p in m.participants {
                    if !ev.participants.iter().any(|q| q.0 == p.0) {
                        ev.participants.push(p);
                    }
                }
                if let Some(t) = m.time {
                    ev.times.push(t);
                }
                ev.durations.extend(m.durations);
                if ev.place.is_none() {
                    ev.place = m.place;
                }
                // Explicit evidence wins; among explicit, occurred > planned > possible.
                // (A headline's status gives way to the text's.)
                if (m.explicit && (!ev.explicit || m.status < ev.status)) || (!ev.explicit && *crate::text::at(&last_of, e) < headline) {
                    ev.status = m.status;
                    ev.explicit = m.explicit;
                }
                last_of[e] = m.tok;
                clause_of[e] = m.clause;
            }
            None => {
                let after = if m.followed_by { evs.len().checked_sub(1) } else { None };
                by_type.push(&m.kind, evs.len());
                evs.push(Ev {
                    kind: m.kind,
                    cameo: m.cameo,
                    mentions: vec![m.trigger],
                    participants: m.participants,
                    times: m.time.into_iter().collect(),
                    durations: m.durations,
                    place: m.place,
                    status: m.status,
                    explicit: m.explicit,
                    after,
                });
                last_of.push(m.tok);
                clause_of.push(m.clause);
            }
        }
    }
    evs
}
