//! Whole-article snapshots over articles we wrote in different house styles (AP, Reuters,
//! ANI, BBC, Guardian single quotes, Canadian Press, UK rail-strike coverage, magazine
//! long-form with nested quotes, scare quotes and titles, a Reuters disaster report with
//! names the lexicon does not know, AFP, an Australian court report, AP sports, a Canadian
//! Press budget story), plus the checks that matter most for each style, stated outright.

use onrecord::{Analysis, Extractor, Options, QuoteKind};
use std::path::Path;

fn run(name: &str) -> Analysis {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/articles").join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    Extractor::new().extract(&text, &Options::default()).unwrap()
}

fn speakers(a: &Analysis, kind: QuoteKind) -> Vec<(String, String)> {
    a.quotes
        .iter()
        .filter(|q| q.kind == kind)
        .map(|q| (q.span.text.chars().take(30).collect(), q.speaker_name.clone().unwrap_or_default()))
        .collect()
}

#[test]
fn snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/articles");
    let mut names: Vec<String> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert!(names.len() >= 10);
    for name in names {
        let a = run(&name);
        insta::assert_snapshot!(name.trim_end_matches(".txt"), a.report());
    }
}

#[test]
fn ap_dateline_and_quotes() {
    let a = run("ap-city-council.txt");
    assert_eq!(a.document.place.as_deref(), Some("Springfield"));
    let direct = speakers(&a, QuoteKind::Direct);
    // "…," Mayor Linda Harmon said after the vote. "…" — one quote split by its attribution.
    assert_eq!(direct.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), vec!["Linda Harmon", "Janet Okafor"]);
    assert!(a.quotes[0].span.text.ends_with("a better plan than this.\""));
    let indirect = speakers(&a, QuoteKind::Indirect);
    assert_eq!(indirect.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), vec!["Robert Diaz", "Robert Diaz", "Janet Okafor", "city records"]);
}

#[test]
fn reuters_postposed_attribution_and_boilerplate() {
    let a = run("reuters-trade.txt");
    assert_eq!(a.document.place.as_deref(), Some("London"));
    let first = &a.quotes[0];
    assert!(first.span.text.starts_with("Britain and Japan agreed"));
    assert_eq!(first.speaker_name.as_deref(), Some("the two governments"));
    assert!(a.entities.iter().all(|e| e.name != "Jane Doe"), "the credit line is boilerplate");
    let becker: Vec<_> = a.quotes.iter().filter(|q| q.speaker_name.as_deref() == Some("Tom Becker")).collect();
    assert_eq!(becker.len(), 1, "the two halves around 'said Tom Becker, …' are one quote");
    assert!(becker[0].span.text.ends_with("over the next six months.\""));
}

#[test]
fn guardian_single_quotes_and_mixed_speech() {
    let a = run("guardian-single-quotes.txt");
    let direct = speakers(&a, QuoteKind::Direct);
    assert_eq!(direct.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), vec!["Helen Marsh", "Owen Price"]);
    let mixed: Vec<_> = a.quotes.iter().filter(|q| q.kind == QuoteKind::Mixed).collect();
    assert!(mixed.iter().any(|q| q.span.text == "its members were 'exhausted'"));
    assert!(a.quotes.iter().all(|q| !q.span.text.contains("We've been here before, said")));
}

#[test]
fn magazine_multi_paragraph_quote_is_one_quote_with_one_speaker() {
    let a = run("magazine-longform.txt");
    let long = a.quotes.iter().find(|q| q.span.text.starts_with("\"We had no money")).unwrap();
    assert!(long.span.text.ends_with("everything changed.\""), "{}", long.span.text);
    assert_eq!(long.speaker_name.as_deref(), Some("Clara Jensen"));
    let he = a.quotes.iter().find(|q| q.span.text.starts_with("the turning point")).unwrap();
    assert_eq!(he.speaker_name.as_deref(), Some("Samuel Okoro"), "'He' after 'Her business partner, Samuel Okoro,'");
}

#[test]
fn scare_quotes_titles_and_apostrophes() {
    let a = run("scare-quotes-and-titles.txt");
    let partial: Vec<_> = a.quotes.iter().filter(|q| q.kind == QuoteKind::Partial).collect();
    assert_eq!(partial.iter().map(|q| q.span.text.as_str()).collect::<Vec<_>>(), vec!["\"Midnight Harbour\"", "\"favourite\""]);
    assert!(partial.iter().all(|q| q.speaker.is_none()));
    let direct = speakers(&a, QuoteKind::Direct);
    assert_eq!(direct.len(), 1);
    assert_eq!(direct[0].1, "Maria Lopez");
}

#[test]
fn bbc_pronoun_speakers() {
    let a = run("bbc-summit.txt");
    let direct = speakers(&a, QuoteKind::Direct);
    assert_eq!(direct.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), vec!["Markus Vogel", "Anna Nowak"]);
}

#[test]
fn ani_dateline_with_caller_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/articles/ani-visit.txt");
    let text = std::fs::read_to_string(path).unwrap();
    let a = Extractor::new().extract(&text, &Options { date: onrecord::Date::parse("2025-06-12"), ..Options::default() }).unwrap();
    assert_eq!(a.document.place.as_deref(), Some("New Delhi"));
    let thursday = a.times.iter().find(|t| t.span.text == "Thursday").unwrap();
    assert_eq!(thursday.value, "2025-06-12");
    let next_week = a.times.iter().find(|t| t.span.text == "next week").unwrap();
    assert_eq!(next_week.value, "2025-W25");
    assert_eq!(a.quotes[0].speaker_name.as_deref(), Some("Meera Kapoor"));
}

#[test]
fn canadian_press_roles_proxies_and_warnings() {
    let a = run("cp-trade-dispute.txt");
    let who: Vec<(String, String)> = a.quotes.iter().filter(|q| q.kind != QuoteKind::Partial).map(|q| (q.span.text.chars().take(12).collect(), q.speaker_name.clone().unwrap_or_default())).collect();
    assert!(who.contains(&("plants in On".into(), "Marco Bellini".into())), "{who:?}");
    assert!(who.contains(&("\"If nothing ".into(), "Marco Bellini".into())), "{who:?}");
    assert!(who.contains(&("the province".into(), "A spokesperson for the premier of Ontario".into())), "{who:?}");
    let bellini = a.entities.iter().find(|e| e.name == "Marco Bellini").unwrap();
    assert_eq!(bellini.role.as_deref(), Some("president"));
    assert!(a.entities.iter().any(|e| e.name == "Automotive Parts Manufacturers' Association"));
}

#[test]
fn uk_rail_strike_is_a_strike_action_and_speakers_through_appositives() {
    let a = run("uk-rail-strike.txt");
    let strike = a.events.iter().find(|e| e.trigger.text.contains("strike")).unwrap();
    assert_eq!((strike.kind.as_str(), strike.cameo.as_deref()), ("protest", Some("143")));
    let indirect = speakers(&a, QuoteKind::Indirect);
    assert!(indirect.iter().any(|x| x.1 == "Grace Adeyemi"), "{indirect:?}");
    let hadley = a.entities.iter().find(|e| e.name == "Tom Hadley").unwrap();
    assert_eq!(hadley.role.as_deref(), Some("union's general secretary"));
}

#[test]
fn magazine_nested_quote_has_its_own_speaker() {
    let a = run("magazine-nested-quotes.txt");
    let inner = a.quotes.iter().find(|q| q.span.text.starts_with("'The sea")).unwrap();
    assert_eq!(inner.speaker_name.as_deref(), Some("Margaret Ellison"));
    // A manner verb ("she laughs") attributes quotes in marks only.
    assert!(a.quotes.iter().all(|q| !q.span.text.starts_with("Asked")));
}

#[test]
fn reuters_disaster_report_with_names_the_lexicon_does_not_know() {
    let a = run("reuters-floods.txt");
    assert_eq!(a.document.place.as_deref(), Some("East London"));
    let direct = speakers(&a, QuoteKind::Direct);
    assert_eq!(direct.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), vec!["Themba Nkosi", "Zanele Mthembu", "Sipho Dube", "Karabo Ndaba"]);
    let indirect = speakers(&a, QuoteKind::Indirect);
    assert!(indirect.contains(&("shelters had been opened in sc".into(), "Elias Mokoena".into())), "{indirect:?}");
    // "Eastern Cape" is a place, though "Cape" stands alone in the headline.
    assert!(a.entities.iter().any(|e| e.name == "Eastern Cape" && e.kind == onrecord::EntityType::Place));
    // The visit in the relative clause is Thursday's and Dube's; the statement is undated.
    let visit = a.events.iter().find(|e| e.kind == "visit").unwrap();
    assert_eq!(visit.time.as_ref().map(|t| t.span.text.as_str()), Some("Thursday"));
    assert!(a.events.iter().filter(|e| e.kind == "statement").all(|e| e.time.is_none()));
}

#[test]
fn a_caps_dateline_with_a_double_hyphen() {
    let a = Extractor::new().extract("Nurses reach deal\n\nEDMONTON -- The union said Sunday it had reached a deal.", &Options::default()).unwrap();
    assert_eq!(a.document.place.as_deref(), Some("Edmonton"));
    assert_eq!(a.document.dateline.map(|d| d.text).as_deref(), Some("EDMONTON -- "));
}

#[test]
fn a_place_on_its_own_line_in_capitals_is_the_dateline() {
    let a = Extractor::new().extract("Ottawa to cap permits\n\nOTTAWA\nPublished September 18, 2024\n\nThe government said on Wednesday it would cut permits.", &Options::default()).unwrap();
    assert_eq!(a.document.place.as_deref(), Some("Ottawa"));
    assert_eq!(a.document.date.as_deref(), Some("2024-09-18"));
    // A label in capitals is no place.
    let a = Extractor::new().extract("Permits cut\n\nBREAKING\n\nThe government said it would cut permits.", &Options::default()).unwrap();
    assert_eq!(a.document.place, None);
}

#[test]
fn an_indian_wire_dateline_without_a_dash() {
    let text = "Labs to be set up\n\nNEW DELHI, Aug 14 (PTI) The minister on Thursday said the labs will open next year.";
    let a = Extractor::new().extract(text, &Options::default()).unwrap();
    assert_eq!(a.document.place.as_deref(), Some("New Delhi"));
    assert_eq!(a.document.dateline.map(|d| d.text).as_deref(), Some("NEW DELHI, Aug 14 (PTI)"));
    let opts = Options { date: onrecord::Date::parse("2025-08-14"), ..Options::default() };
    let a = Extractor::new().extract(text, &opts).unwrap();
    assert_eq!(a.times.iter().find(|t| t.span.text == "Thursday").map(|t| t.value.as_str()), Some("2025-08-14"));
}

#[test]
fn an_indian_city_dateline_with_a_colon() {
    let text = "BMC to deploy pumps\n\nMumbai, May 20: The civic body will deploy 500 pumps before the monsoon, officials said on Tuesday.\n\nAdditional municipal commissioner Abhijit Bangar informed that desilting of major nullahs is 80 per cent complete.";
    let a = Extractor::new().extract(text, &Options::default()).unwrap();
    assert_eq!(a.document.place.as_deref(), Some("Mumbai"));
    assert_eq!(a.quotes[0].span.text, "The civic body will deploy 500 pumps before the monsoon");
    assert_eq!(a.quotes[1].speaker_name.as_deref(), Some("Abhijit Bangar"));
    // A weekday before the date is no place.
    let a = Extractor::new().extract("Tuesday, May 20: The civic body said it would act.", &Options::default()).unwrap();
    assert_eq!(a.document.place, None);
}

#[test]
fn a_known_place_alone_before_a_colon_is_the_dateline() {
    let text = "Heavy rain lashes city\n\nChennai: Heavy rain lashed the city on Monday, and schools were shut.";
    let a = Extractor::new().extract(text, &Options::default()).unwrap();
    assert_eq!(a.document.place.as_deref(), Some("Chennai"));
    assert_eq!(a.document.dateline.map(|d| d.text).as_deref(), Some("Chennai: "));
    // A label is no place.
    let a = Extractor::new().extract("Rain\n\nAnalysis: Heavy rain lashed the city on Monday.", &Options::default()).unwrap();
    assert_eq!(a.document.place, None);
}

#[test]
fn a_press_release_dateline_with_its_wire_tag() {
    let text = "Northgate Announces Results\n\nBOSTON, Sept. 8, 2026 /PRNewswire/ -- Northgate Inc. today announced positive results from its trial.";
    let a = Extractor::new().extract(text, &Options::default()).unwrap();
    assert_eq!(a.document.place.as_deref(), Some("Boston"));
    assert_eq!(a.document.date.as_deref(), Some("2026-09-08"));
    assert_eq!(a.times.iter().find(|t| t.span.text == "today").map(|t| t.value.as_str()), Some("2026-09-08"));
}

#[test]
fn a_given_name_that_is_also_a_place_opens_a_persons_name() {
    let text = "Rain fell in Houston. Charlotte Vance said the film was good. Austin Dillard said the race was hard. Officials in Austin said so.";
    let a = Extractor::new().extract(text, &Options::default()).unwrap();
    use onrecord::EntityType::{Person, Place};
    let kinds: Vec<(&str, onrecord::EntityType)> = a.entities.iter().map(|e| (e.name.as_str(), e.kind)).collect();
    assert!(kinds.contains(&("Charlotte Vance", Person)), "{kinds:?}");
    assert!(kinds.contains(&("Austin Dillard", Person)), "{kinds:?}");
    assert!(kinds.contains(&("Austin", Place)) && kinds.contains(&("Houston", Place)), "{kinds:?}");
    // "No." is short for number only before one.
    let a = Extractor::new().extract("Rain fell. Ola Berg said no. Officials in Oslo said the team is ranked No. 5 in Europe.", &Options::default()).unwrap();
    assert!(a.quotes.iter().all(|q| !q.span.text.starts_with("no.")), "{:?}", a.quotes);
}

#[test]
fn afp_quantities_and_rights_groups() {
    let a = run("afp-protests.txt");
    // "said at least six people had been killed": the quantity opens the report.
    let amnesty = a.quotes.iter().find(|q| q.speaker_name.as_deref() == Some("Amnesty International")).unwrap();
    assert!(amnesty.span.text.starts_with("at least six people had been killed"), "{}", amnesty.span.text);
    assert_eq!(a.quotes.iter().filter(|q| q.speaker_name.as_deref() == Some("Grace Otieno")).count(), 2);
}

#[test]
fn court_report_judge_and_family() {
    let a = run("au-court-sentencing.txt");
    let direct = speakers(&a, QuoteKind::Direct);
    assert_eq!(direct.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), vec!["Helen Carter", "Helen Carter", "Robert Quinn"]);
    // "a minute before the crash" is a span of the clock, not a date.
    assert!(a.times.iter().any(|t| t.span.text == "almost a minute" && t.value == "PT1M"), "{:?}", a.times);
}

#[test]
fn sports_role_after_its_quote() {
    let a = run("ap-football.txt");
    // `"We are not dead," the City manager said`: the one person the lede named.
    assert_eq!(a.quotes.iter().filter(|q| q.speaker_name.as_deref() == Some("Pablo Navarro")).count(), 3);
    assert_eq!(speakers(&a, QuoteKind::Direct).iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), vec!["Pablo Navarro", "Luis Ortega", "Kyle Brennan", "Pablo Navarro"]);
}

#[test]
fn canadian_press_office_in_the_lede() {
    let a = run("cp-deficit.txt");
    // "Canada's finance minister says …" is Finance Minister Claire Dubois, named next.
    assert_eq!(a.quotes[0].speaker_name.as_deref(), Some("Claire Dubois"));
    assert!(a.entities.iter().any(|e| e.name == "Canada"));
}
