//! The user's own article: every quote, speaker, event and date must come out right.

use onrecord::{Analysis, Date, Extractor, Options, QuoteKind, Status};

const SEED: &str = include_str!("data/seed-trump-putin-call.txt");

fn analysis() -> Analysis {
    Extractor::new().extract(SEED, &Options::default()).expect("the seed is a valid article")
}

fn name_of<'a>(a: &'a Analysis, id: &str) -> &'a str {
    &a.entities.iter().find(|e| e.id == id).expect("entity id resolves").name
}

#[test]
fn dateline_gives_place_and_date() {
    let a = analysis();
    assert_eq!(a.document.date.as_deref(), Some("2025-10-17"));
    assert_eq!(a.document.place.as_deref(), Some("Washington"));
    assert_eq!(a.document.dateline.as_ref().unwrap().text, "date 2025-10-17 Washington [US], October 17 :");
}

/// (opening words, kind, speaker, cue, speaker mention)
const QUOTES: &[(&str, QuoteKind, &str, &str, &str)] = &[
    ("\"It was a very good and productive call.", QuoteKind::Direct, "Karoline Leavitt", "saying", "White House Press Secretary Karoline Leavitt"),
    ("both leaders agreed to continue engagement", QuoteKind::Indirect, "Karoline Leavitt", "added", "Leavitt"),
    ("\"They also agreed to have a high-level", QuoteKind::Direct, "Karoline Leavitt", "added", "Leavitt"),
    ("\"I have just concluded my telephone conversation", QuoteKind::Direct, "Donald Trump", "stating", "Trump"),
    ("\"President Putin congratulated me", QuoteKind::Direct, "Donald Trump", "stating", "He"),
    ("\"I actually believe that the Success", QuoteKind::Direct, "Donald Trump", "noting", "Trump"),
    ("\"We also spent a great deal of time", QuoteKind::Direct, "Donald Trump", "wrote", "Trump"),
    ("\"At the conclusion of the call", QuoteKind::Direct, "Donald Trump", "said", "Trump"),
    ("\"President Putin and I will then meet", QuoteKind::Direct, "Donald Trump", "stated", "Trump"),
    ("he would meet Ukrainian President Volodymyr Zelenskyy", QuoteKind::Indirect, "Donald Trump", "added", "Trump"),
    ("\"President Zelenskyy and I will be meeting tomorrow", QuoteKind::Direct, "Donald Trump", "wrote", "he"),
];

#[test]
fn every_quote_has_its_speaker_cue_and_mention() {
    let a = analysis();
    let main: Vec<_> = a.quotes.iter().filter(|q| q.kind != QuoteKind::Partial).collect();
    assert_eq!(main.len(), QUOTES.len(), "quotes: {:#?}", main.iter().map(|q| &q.span.text).collect::<Vec<_>>());
    for (q, (start, kind, speaker, cue, mention)) in main.iter().zip(QUOTES) {
        assert!(q.span.text.starts_with(start), "{:?} should start with {start:?}", q.span.text);
        assert_eq!(q.kind, *kind, "{start}");
        assert_eq!(q.speaker_name.as_deref(), Some(*speaker), "{start}");
        assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some(*cue), "{start}");
        assert_eq!(q.speaker_mention.as_ref().map(|c| c.text.as_str()), Some(*mention), "{start}");
        assert_eq!(name_of(&a, q.speaker.as_deref().unwrap()), *speaker);
    }
    // Whole quotes, marks included, nothing lost at either end.
    assert!(main[0].span.text.ends_with("great progress was made on this call.\""));
    assert!(main[10].span.text.ends_with("today's telephone conversation,\""));
    assert_eq!(main[1].span.text, "both leaders agreed to continue engagement through their senior officials");
}

#[test]
fn lede_fragments_belong_to_leavitt_and_inglorious_is_nested() {
    let a = analysis();
    let partial: Vec<_> = a.quotes.iter().filter(|q| q.kind == QuoteKind::Partial).collect();
    let texts: Vec<&str> = partial.iter().map(|q| q.span.text.as_str()).collect();
    assert_eq!(texts, vec!["\"very good and productive\"", "\"over two hours\"", "'inglorious'"]);
    assert_eq!(partial[0].speaker_name.as_deref(), Some("Karoline Leavitt"));
    assert_eq!(partial[1].speaker_name.as_deref(), Some("Karoline Leavitt"));
    let outer = a.quotes.iter().find(|q| q.span.text.starts_with("\"President Putin and I")).unwrap();
    assert_eq!(partial[2].nested_in.as_deref(), Some(outer.id.as_str()));
}

#[test]
fn speech_inside_trumps_quote_is_putins() {
    let a = analysis();
    let q = a.quotes.iter().find(|q| q.span.text.contains("dreamed of")).unwrap();
    assert_eq!(q.speaker_name.as_deref(), Some("Donald Trump"));
    assert_eq!(q.inner.len(), 1);
    let i = &q.inner[0];
    assert_eq!(i.span.text, "something that, he said, has been dreamed of for centuries");
    assert_eq!(i.speaker_name.as_deref(), Some("Vladimir Putin"));
    assert_eq!((i.speaker_mention.text.as_str(), i.cue.text.as_str()), ("he", "said"));
    // Nowhere else in the article does a quote report someone else's words.
    assert_eq!(a.quotes.iter().map(|q| q.inner.len()).sum::<usize>(), 1);
}

#[test]
fn people_places_and_organisations() {
    let a = analysis();
    let find = |name: &str| a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name}"));
    let has = |name: &str, mention: &str| {
        assert!(find(name).mentions.iter().any(|m| m.text == mention), "{name} lacks mention {mention:?}");
    };
    has("Donald Trump", "US President Donald Trump");
    has("Donald Trump", "The US President");
    has("Donald Trump", "Trump");
    has("Vladimir Putin", "Russian President Vladimir Putin");
    has("Vladimir Putin", "Putin");
    has("Karoline Leavitt", "White House Press Secretary Karoline Leavitt");
    has("Marco Rubio", "Secretary of State Marco Rubio");
    has("Volodymyr Zelenskyy", "Ukrainian President Volodymyr Zelenskyy");
    assert_eq!(find("Karoline Leavitt").role.as_deref(), Some("White House Press Secretary"));
    assert_eq!(find("Marco Rubio").role.as_deref(), Some("Secretary of State"));
    for place in ["Budapest", "Hungary", "Washington", "Oval Office", "Russia", "Ukraine", "Israel", "Gaza", "Middle East", "Moscow"] {
        assert_eq!(format!("{:?}", find(place).kind), "Place", "{place}");
    }
    assert_eq!(format!("{:?}", find("White House").kind), "Organization");
    // Nothing from the agency disclaimer.
    assert!(a.entities.iter().all(|e| e.mentions.iter().all(|m| m.bytes.start < SEED.find("Disclaimer").unwrap())));
}

#[test]
fn four_events_with_participants_time_place_and_status() {
    let a = analysis();
    let names = |ps: &[String]| {
        let mut v: Vec<&str> = ps.iter().map(|p| name_of(&a, p)).collect();
        v.sort();
        v
    };
    let call = a.events.iter().find(|e| e.kind == "call").unwrap();
    assert_eq!(names(&call.participants), vec!["Donald Trump", "Vladimir Putin"]);
    assert_eq!(call.time.as_ref().unwrap().value, "2025-10-16");
    assert_eq!(call.status, Status::Occurred);
    assert!(call.place.is_none());
    assert_eq!(call.duration.as_ref().unwrap().value, "PT2H");
    let mentions: Vec<&str> = call.mentions.iter().map(|m| m.text.as_str()).collect();
    for m in ["telephonic conversation", "call", "telephone conversation"] {
        assert!(mentions.contains(&m), "call mentions {mentions:?} lack {m}");
    }
    assert_eq!(a.events.iter().filter(|e| e.kind == "call").count(), 1, "one call, however often mentioned");

    let meetings: Vec<_> = a.events.iter().filter(|e| e.kind == "meeting").collect();
    let advisers = meetings.iter().find(|e| names(&e.participants).contains(&"Marco Rubio")).expect("advisers' meeting");
    assert_eq!(advisers.time.as_ref().unwrap().value, "2025-W43");
    assert_eq!(advisers.status, Status::Planned);
    let budapest = meetings.iter().find(|e| e.place.as_ref().is_some_and(|p| p.span.text == "Budapest")).expect("Budapest meeting");
    assert_eq!(names(&budapest.participants), vec!["Donald Trump", "Vladimir Putin"]);
    assert!(budapest.time.is_none());
    assert_eq!(budapest.status, Status::Planned);
    let kyiv = meetings.iter().find(|e| names(&e.participants).contains(&"Volodymyr Zelenskyy")).expect("Zelenskyy meeting");
    assert_eq!(names(&kyiv.participants), vec!["Donald Trump", "Volodymyr Zelenskyy"]);
    assert_eq!(kyiv.time.as_ref().unwrap().value, "2025-10-17");
    assert_eq!(kyiv.place.as_ref().unwrap().span.text, "Oval Office");
    assert_eq!(kyiv.status, Status::Planned);
    assert_eq!(meetings.len(), 3, "three meetings: {meetings:#?}");
    // Roles: who leads, who meets whom.
    let role = |e: &onrecord::Event, who: &str| e.roles.iter().find(|r| name_of(&a, &r.entity) == who).map(|r| r.role.name());
    assert_eq!(role(advisers, "Marco Rubio"), Some("leader"));
    assert_eq!(role(kyiv, "Donald Trump"), Some("agent"));
    assert_eq!(role(kyiv, "Volodymyr Zelenskyy"), Some("partner"));
    let praise = a.events.iter().find(|e| e.kind == "praise").expect("Putin congratulated Trump");
    assert_eq!(role(praise, "Vladimir Putin"), Some("agent"));
    assert_eq!(role(praise, "Donald Trump"), Some("recipient"));
    // The timeline: the call, then Friday's meeting, then next week's.
    assert!(call.order < kyiv.order && kyiv.order < advisers.order);
}

#[test]
fn times_normalised_against_the_dateline_and_the_quote() {
    let a = analysis();
    let got: Vec<(&str, &str, &str)> = a.times.iter().map(|t| (t.span.text.as_str(), t.kind.as_str(), t.value.as_str())).collect();
    assert_eq!(got, vec![
        ("October 17", "date", "2025-10-17"),
        ("Thursday", "date", "2025-10-16"),
        ("over two hours", "duration", "PT2H"),
        ("over two hours", "duration", "PT2H"),
        ("next week", "date", "2025-W43"),
        ("next week", "date", "2025-W43"),
        // Trump wrote on Thursday: his "tomorrow" is Friday, his "today" Thursday.
        ("tomorrow", "date", "2025-10-17"),
        ("today", "date", "2025-10-16"),
    ]);
}

#[test]
fn caller_date_wins_over_the_dateline() {
    let opts = Options { date: Date::parse("2025-10-24"), ..Options::default() };
    let a = Extractor::new().extract(SEED, &opts).unwrap();
    assert_eq!(a.document.date.as_deref(), Some("2025-10-24"));
    let thursday = a.times.iter().find(|t| t.span.text == "Thursday").unwrap();
    assert_eq!(thursday.value, "2025-10-23");
}

#[test]
fn spans_are_utf16_slices_of_the_original() {
    let a = analysis();
    let units: Vec<u16> = SEED.encode_utf16().collect();
    let check = |s: &onrecord::Span| {
        assert_eq!(String::from_utf16(&units[s.start..s.end]).unwrap(), s.text);
        assert_eq!(&SEED[s.bytes.clone()], s.text);
    };
    for q in &a.quotes {
        check(&q.span);
        q.cue.iter().chain(q.speaker_mention.iter()).for_each(check);
    }
    a.times.iter().for_each(|t| check(&t.span));
    a.entities.iter().flat_map(|e| &e.mentions).for_each(check);
    a.events.iter().flat_map(|e| &e.mentions).for_each(check);
}
