//! Events beyond the seed: types, status and time in several house styles.

use onrecord::{Date, Extractor, Options, Status};

/// (type, CAMEO code, trigger text, time value, status)
type Row = (String, Option<String>, String, Option<String>, Status);

fn events(text: &str, date: &str) -> Vec<Row> {
    let opts = Options { date: Date::parse(date), ..Options::default() };
    Extractor::new()
        .extract(text, &opts)
        .unwrap()
        .events
        .into_iter()
        .map(|e| (e.kind, e.cameo, e.trigger.text, e.time.map(|t| t.value), e.status))
        .collect()
}

#[test]
fn an_event_dated_after_the_article_is_planned() {
    let got = events("Carney is scheduled to travel to Washington on Nov. 3 to meet with U.S. officials.", "2025-10-15");
    let meet = got.iter().find(|e| e.2 == "meet").unwrap();
    assert_eq!((meet.3.as_deref(), meet.4), (Some("2025-11-03"), Status::Planned), "{got:?}");
}

#[test]
fn a_time_inside_a_quote_does_not_date_the_speech_around_it() {
    let got = events("\"If nothing changes by Christmas, we will see layoffs,\" he said in an interview.", "2025-10-15");
    let interview = got.iter().find(|e| e.2 == "interview").unwrap();
    assert_eq!(interview.3, None, "{got:?}");
}

#[test]
fn naming_is_not_a_call_and_a_labour_strike_is_no_attack() {
    let got = events("The superintendent calls Ellison \"a living archive.\"", "2025-10-15");
    assert!(got.iter().all(|e| e.0 != "call"), "{got:?}");
    let got = events("Trump calls Putin every week.", "2025-10-17");
    assert!(got.iter().any(|e| e.0 == "call"), "{got:?}");
    let got = events("Rail strikes went ahead on Tuesday. The strikes were a symptom of neglect.", "2025-10-15");
    assert!(got.iter().all(|e| e.0 == "protest" && e.1.as_deref() == Some("143")), "{got:?}");
    let got = events("Israeli air strikes hit the city on Tuesday.", "2025-10-15");
    assert!(got.iter().any(|e| e.0 == "conflict"), "{got:?}");
}

#[test]
fn a_relative_clause_dates_and_joins_its_own_event_only() {
    let t = "President Cyril Ramaphosa, who is expected to visit the area on Thursday, said in a statement that the government would declare a national disaster.";
    let opts = Options { date: Date::parse("2025-03-12"), ..Options::default() };
    let a = Extractor::new().extract(t, &opts).unwrap();
    let visit = a.events.iter().find(|e| e.kind == "visit").expect("the visit");
    assert_eq!(visit.time.as_ref().map(|t| t.value.as_str()), Some("2025-03-13"));
    let who = &a.entities.iter().find(|e| e.name == "Cyril Ramaphosa").expect("Ramaphosa").id;
    assert!(visit.participants.contains(who), "{:?}", visit.participants);
    let statement = a.events.iter().find(|e| e.kind == "statement").expect("the statement");
    assert!(statement.time.is_none(), "{:?}", statement.time);
}

#[test]
fn the_last_agreement_is_another_and_a_predicate_noun_is_the_same() {
    let text = "The union and the province reached a tentative agreement on Sunday.\n\n\"It's a fair deal,\" the union's president said.\n\nThe last agreement expired in March 2024.";
    let got = events(text, "2025-06-10");
    let agreements: Vec<&Row> = got.iter().filter(|e| e.0 == "agreement").collect();
    assert_eq!(agreements.len(), 2, "{got:?}");
    assert_eq!(agreements[0].3.as_deref(), Some("2025-06-08"), "{got:?}");
    assert_eq!(agreements[1].3.as_deref(), Some("2024-03"), "{got:?}");
    let mentions = Extractor::new().extract(text, &Options { date: Date::parse("2025-06-10"), ..Options::default() }).unwrap().events;
    let first = mentions.iter().find(|e| e.kind == "agreement").unwrap();
    assert!(first.mentions.iter().any(|m| m.text == "deal"), "{:?}", first.mentions);
}

#[test]
fn a_present_tense_verb_with_a_day_is_planned_even_without_a_date() {
    let a = Extractor::new().extract("The two teams meet again Wednesday in Montreal.", &Options::default()).unwrap();
    let meet = a.events.iter().find(|e| e.trigger.text == "meet").unwrap();
    assert_eq!(meet.status, Status::Planned);
    let a = Extractor::new().extract("The two teams met again Wednesday in Montreal.", &Options::default()).unwrap();
    let met = a.events.iter().find(|e| e.trigger.text == "met").unwrap();
    assert_eq!(met.status, Status::Occurred);
}

#[test]
fn strikes_in_a_labour_story_and_earlier_ones_kept_apart() {
    let text = "Junior doctors to strike again next month\n\nJunior doctors will stage a five-day walkout from 7am on 14 March, the union has announced.\n\nPrevious strikes have cost the health service an estimated £1.7bn.";
    let got = events(text, "2026-02-10");
    // The headline's strike comes before any word of the walkout, and is still labour's.
    let strike = got.iter().find(|e| e.2 == "strike").unwrap();
    assert_eq!((strike.0.as_str(), strike.4), ("protest", Status::Planned), "{got:?}");
    let walkout = got.iter().find(|e| e.2 == "walkout").unwrap();
    assert_eq!((walkout.3.as_deref(), walkout.4), (Some("2026-03-14T07:00"), Status::Planned), "{got:?}");
    // "Previous strikes" are other strikes: an event of their own, which happened.
    let previous = got.iter().find(|e| e.2 == "strikes").unwrap();
    assert_eq!(previous.4, Status::Occurred, "{got:?}");
}

#[test]
fn dismissing_an_argument_is_no_dismissal() {
    let got = events("Thune dismissed that argument. The board dismissed the chief executive on Friday.", "2026-11-26");
    let dismissals: Vec<_> = got.iter().filter(|e| e.0 == "resignation").collect();
    assert_eq!(dismissals.len(), 1, "{got:?}");
    assert_eq!(dismissals[0].3.as_deref(), Some("2026-11-20"));
}

#[test]
fn ruling_something_out_is_no_ruling() {
    let got = events("The prime minister has ruled out any changes to the tax, and his deputy has ruled them out too. The court ruled on Friday that the law stands.", "2026-11-26");
    let rulings: Vec<_> = got.iter().filter(|e| e.2.starts_with("rul")).collect();
    assert_eq!(rulings.len(), 1, "{got:?}");
    assert_eq!(rulings[0].3.as_deref(), Some("2026-11-20"));
}

#[test]
fn a_clinical_trial_that_met_its_endpoint_is_no_court_case_and_no_meeting() {
    let got = events("Northgate said its Phase 3 trial of the drug met its primary endpoint. The trial of the former mayor opens on Monday.", "2026-09-08");
    assert!(got.iter().all(|e| e.0 != "meeting"), "{got:?}");
    assert_eq!(got.iter().filter(|e| e.0 == "legal").count(), 1, "{got:?}");
    // A meeting is still a meeting.
    let got = events("The prime minister met the king on Monday.", "2026-09-08");
    assert!(got.iter().any(|e| e.0 == "meeting"), "{got:?}");
}

#[test]
fn agreeing_to_do_something_is_an_agreement_made_and_the_thing_planned() {
    let got = events("The two sides agreed to deepen cooperation. The leaders agreed to meet in Paris.", "2026-03-14");
    let agreed = got.iter().find(|e| e.2 == "agreed").unwrap();
    assert_eq!(agreed.4, Status::Occurred, "{got:?}");
    let meet = got.iter().find(|e| e.2 == "meet").unwrap();
    assert_eq!(meet.4, Status::Planned, "{got:?}");
}

#[test]
fn a_time_right_after_a_verb_of_saying_dates_the_saying() {
    let got = events("Flash floods have killed at least 34 people, officials said on Wednesday.", "2026-03-12");
    let floods = got.iter().find(|e| e.2 == "floods").unwrap();
    assert_eq!(floods.3, None, "{got:?}");
    // What the saying was made in takes it.
    let got = events("The ministry said on Wednesday in a statement that prices would fall.", "2026-03-12");
    let statement = got.iter().find(|e| e.2 == "statement").unwrap();
    assert_eq!(statement.3.as_deref(), Some("2026-03-11"), "{got:?}");
    // Also over the medium or audience between the verb and the time.
    let got = events("The driver was arrested, police said in a news release Tuesday.", "2026-03-12");
    let arrest = got.iter().find(|e| e.2 == "arrested").unwrap();
    assert_eq!(arrest.3, None, "{got:?}");
    let got = events("Flash floods have killed 34 people, the governor told reporters on Wednesday.", "2026-03-12");
    assert_eq!(got.iter().find(|e| e.2 == "floods").unwrap().3, None, "{got:?}");
}

#[test]
fn a_pronoun_in_an_opening_participle_clause_is_the_person_named_after_it() {
    let t = "\"This is a choice,\" Sen. Pat Ames told reporters.\n\nAsked whether he would meet with Democratic leaders, Donald Tramm said Monday that he was open to it.";
    let opts = Options { date: Date::parse("2025-09-30"), ..Options::default() };
    let a = Extractor::new().extract(t, &opts).unwrap();
    let meet = a.events.iter().find(|e| e.kind == "meeting").expect("the meeting");
    let who = &a.entities.iter().find(|e| e.name == "Donald Tramm").expect("Tramm").id;
    assert_eq!(meet.participants.first(), Some(who), "{:?}", meet.participants);
    assert!(meet.time.is_none(), "{:?}", meet.time);
}

#[test]
fn status_comes_from_the_triggers_own_clause() {
    // "would" belongs to the reported clause, not to the statement.
    let got = events("The foreign ministry said in a statement that Cairo would host a new round of talks next week.", "2026-03-12");
    let statement = got.iter().find(|e| e.2 == "statement").unwrap();
    assert_eq!(statement.4, Status::Occurred, "{got:?}");
    let talks = got.iter().find(|e| e.2 == "talks").unwrap();
    assert_eq!(talks.4, Status::Planned, "{got:?}");
    // A goal sought is possible, the talks seeking it took place.
    let got = events("Talks aimed at securing a new ceasefire stalled on Wednesday.", "2026-03-12");
    let ceasefire = got.iter().find(|e| e.2 == "ceasefire").unwrap();
    assert_eq!(ceasefire.4, Status::Possible, "{got:?}");
    let talks = got.iter().find(|e| e.2 == "Talks").unwrap();
    assert_eq!((talks.3.as_deref(), talks.4), (Some("2026-03-11"), Status::Occurred), "{got:?}");
    // A negation in the clause before "and the talks" is not the talks'.
    let got = events("No final decision has been made and the talks could still fall apart.", "2026-03-12");
    let talks = got.iter().find(|e| e.2 == "talks").unwrap();
    assert_eq!(talks.4, Status::Possible, "{got:?}");
    let got = events("The two sides did not hold talks and meetings last week.", "2026-03-12");
    assert!(got.iter().all(|e| e.4 == Status::Negated), "{got:?}");
}

#[test]
fn a_title_case_place_and_country_before_a_dash_is_the_dateline() {
    let a = Extractor::new()
        .extract("Aid talks stall\n\nPublished On 12 Mar 2026\n\nDoha, Qatar – Talks stalled on Wednesday.", &Options::default())
        .unwrap();
    assert_eq!(a.document.place.as_deref(), Some("Doha"));
    assert_eq!(a.document.date.map(|d| d.to_string()).as_deref(), Some("2026-03-12"));
    assert!(a.events.iter().all(|e| e.participants.is_empty()), "{:?}", a.events);
}

#[test]
fn a_plan_named_is_not_a_plan_made() {
    let got = events("\"They have missed every target since they announced this plan,\" Ms Evans said.", "2026-02-05");
    let announced = got.iter().find(|e| e.2 == "announced").unwrap();
    assert_eq!(announced.4, Status::Occurred, "{got:?}");
    let got = events("The ministers unveiled plans for a summit in Oslo.", "2026-02-05");
    let summit = got.iter().find(|e| e.2 == "summit").unwrap();
    assert_eq!(summit.4, Status::Planned, "{got:?}");
}

#[test]
fn a_caucus_of_lawmakers_is_no_vote_and_unless_is_a_condition() {
    let got = events("Senator Tom Reed said his caucus would block the bill unless Republicans agreed to extend the subsidies. The Iowa caucus is on Monday.", "2026-02-05");
    let caucus: Vec<_> = got.iter().filter(|e| e.2 == "caucus").collect();
    assert_eq!(caucus.len(), 1, "{got:?}");
    let agreed = got.iter().find(|e| e.2 == "agreed").unwrap();
    assert_eq!(agreed.4, Status::Possible, "{got:?}");
}

#[test]
fn that_before_its_noun_is_a_determiner_not_a_clause_break() {
    let got = events("The two leaders will hold that meeting in Oslo.", "2026-02-05");
    let meeting = got.iter().find(|e| e.2 == "meeting").unwrap();
    assert_eq!(meeting.4, Status::Planned, "{got:?}");
}

#[test]
fn words_of_names_and_modifiers_of_people_are_no_events() {
    let got = events("Tanya Brooks, a lawyer at the Voting Rights Project, met state election officials on Monday.", "2025-10-15");
    assert!(got.iter().all(|e| e.0 != "election"), "{got:?}");
    assert!(got.iter().any(|e| e.2 == "met"), "{got:?}");
    let got = events("Trade minister Sarah Whitfield said the agreement would help.", "2025-10-15");
    assert!(got.iter().all(|e| e.2 != "Trade"), "{got:?}");
    // The head of a name is still one: a named summit.
    let got = events("Leaders gathered for the Lisbon Summit on Monday.", "2025-10-15");
    assert!(got.iter().any(|e| e.2 == "Summit"), "{got:?}");
}

#[test]
fn a_pronoun_in_an_opening_phrase_is_the_person_named_after_it() {
    let t = "Judge Maria Delgado blocked the law on Tuesday. Tanya Brooks hailed the decision. In her ruling, Delgado said the evidence was thin.";
    let opts = Options { date: Date::parse("2025-10-15"), ..Options::default() };
    let a = Extractor::new().extract(t, &opts).unwrap();
    let ruling = a.events.iter().find(|e| e.trigger.text == "ruling").expect("the ruling");
    let brooks = &a.entities.iter().find(|e| e.name == "Tanya Brooks").expect("Brooks").id;
    assert!(!ruling.participants.contains(brooks), "{:?}", ruling.participants);
}

#[test]
fn a_comeback_or_a_market_rally_is_no_protest() {
    let got = events("Rangers rally late to stun City 3-2. Shares jumped in a relief rally on Friday.", "2025-10-05");
    assert!(got.is_empty(), "{got:?}");
    let got = events("Thousands joined a rally in the capital on Saturday.", "2025-10-05");
    assert_eq!(got.iter().map(|e| (e.0.as_str(), e.2.as_str(), e.3.as_deref())).collect::<Vec<_>>(), vec![("protest", "rally", Some("2025-10-04"))]);
}

#[test]
fn a_feeling_and_a_reporters_call_are_no_events() {
    let got = events("Price told investigators he felt threatened. His attorney did not immediately return a call seeking comment.", "2025-10-16");
    assert!(got.is_empty(), "{got:?}");
    // A threat made still is one; so is a call between leaders.
    let got = events("The group threatened to strike. Putin and Trump held a phone call on Thursday.", "2025-10-17");
    let kinds: Vec<&str> = got.iter().map(|e| e.0.as_str()).collect();
    assert!(kinds.contains(&"threat") && kinds.contains(&"call"), "{got:?}");
}

#[test]
fn a_ceasefire_called_for_and_collapsed_talks() {
    let got = events("Guterres on Monday called on both sides to agree to an immediate ceasefire. Talks brokered by Norway in Oslo collapsed last year. The old bridge collapsed on Sunday.", "2025-02-12");
    let find = |t: &str| got.iter().find(|e| e.2 == t).map(|e| (e.0.as_str(), e.4));
    assert_eq!(find("ceasefire"), Some(("agreement", Status::Possible)), "{got:?}");
    assert_eq!(got.iter().filter(|e| e.0 == "disaster").count(), 1, "{got:?}");
}

#[test]
fn sanctions_being_prepared_are_planned_and_weighed_ones_possible() {
    let got = events("The European Union is preparing new sanctions against drone makers, diplomats said.", "2025-03-03");
    assert!(got.iter().any(|e| e.2 == "sanctions" && e.4 == Status::Planned), "{got:?}");
    let got = events("The bloc is weighing sanctions against drone makers.", "2025-03-03");
    assert!(got.iter().any(|e| e.2 == "sanctions" && e.4 == Status::Possible), "{got:?}");
}

#[test]
fn a_saying_is_dated_by_the_time_right_after_it() {
    let got = events("Rents will be capped at 2.5 per cent in 2027, the province announced Tuesday.", "2025-10-15");
    let said = got.iter().find(|e| e.2 == "announced").unwrap();
    assert_eq!(said.3.as_deref(), Some("2025-10-14"), "{got:?}");
}

#[test]
fn striking_a_balance_is_no_attack() {
    let got = events("The minister said the cap strikes the right balance. Critics said it struck a sour note.", "2025-10-15");
    assert!(got.iter().all(|e| e.0 != "conflict"), "{got:?}");
}

#[test]
fn a_trade_group_free_speech_and_fighting_for_a_cause_are_no_events() {
    let got = events("NetChoice, a trade group, said the law violates free speech. \"We will keep fighting to protect kids,\" Paxton wrote.", "2026-11-24");
    assert!(got.iter().all(|e| !matches!(e.2.as_str(), "trade" | "speech" | "fighting")), "{got:?}");
    let got = events("Fighting in the north killed 12 people on Monday.", "2026-11-24");
    assert!(got.iter().any(|e| e.0 == "conflict"), "{got:?}");
}

#[test]
fn a_pedestrian_struck_is_no_attack_but_a_building_struck_by_missiles_is() {
    let got = events("A woman was struck in a crosswalk on Monday. The deal was struck with a handshake.", "2025-10-15");
    assert!(got.iter().all(|e| e.0 != "conflict"), "{got:?}");
    let got = events("A hospital was struck by Russian missiles on Monday.", "2025-10-15");
    assert!(got.iter().any(|e| e.0 == "conflict"), "{got:?}");
}

#[test]
fn the_words_between_the_parts_of_a_split_quote_are_outside_it() {
    // The briefing sits between the marks of one quote; the quote's "going" is no plan of it.
    let t = "Rain fell.\n\n\"Pack your bags, know where you're going,\" the mayor said at a briefing Friday afternoon. \"Don't wait.\"";
    let got = events(t, "2025-10-18");
    let briefing = got.iter().find(|e| e.2 == "briefing").unwrap();
    assert_eq!((briefing.3.as_deref(), briefing.4), (Some("2025-10-17TAF"), Status::Occurred), "{got:?}");
    // A subordinate clause's event does not take the main clause's plan.
    let got = events("Crews are preparing for a hard weekend as a wildfire near the town doubled in size.", "2025-10-18");
    assert_eq!(got.iter().find(|e| e.2 == "wildfire").map(|e| e.4), Some(Status::Occurred), "{got:?}");
}

#[test]
fn the_lede_s_first_mention_is_the_event_its_headline_named() {
    let t = "Valley wildfire crews brace for hot weekend\n\nFire crews are bracing for a hard weekend as a wildfire near Kamloops doubled in size overnight.\n\nThe town issued an evacuation order.";
    let got = events(t, "2025-10-18");
    assert_eq!(got.iter().filter(|e| e.0 == "disaster").count(), 1, "{got:?}");
    let r = Extractor::new().extract("Rain fell.\n\nA wildfire near Kamloops doubled in size overnight.", &Options::default()).unwrap();
    let fire = r.events.iter().find(|e| e.kind == "disaster").unwrap();
    assert_eq!(fire.place.as_ref().map(|p| p.span.text.as_str()), Some("Kamloops"), "{:?}", r.events);
}

#[test]
fn a_headline_s_tense_gives_way_and_an_event_after_after_keeps_its_own_time() {
    let t = "Rail strikes to go ahead after talks collapse\n\nCommuters face a week of disruption.\n\nDrivers will walk out on Tuesday and Thursday after talks between the union and operators broke down on Sunday night.";
    let got = events(t, "2025-10-15");
    let talks: Vec<_> = got.iter().filter(|e| e.2 == "talks").collect();
    assert_eq!(talks.len(), 1, "{got:?}");
    assert_eq!((talks[0].3.as_deref(), talks[0].4), (Some("2025-10-12TNI"), Status::Occurred), "{got:?}");
}

#[test]
fn shots_fired_are_no_dismissal() {
    let got = events("Rain fell. Police said no shots were fired. A man fired at officers.", "2025-10-15");
    assert!(got.iter().all(|e| e.0 != "resignation"), "{got:?}");
    let got = events("Rain fell. The company fired its chief executive on Monday.", "2025-10-15");
    assert!(got.iter().any(|e| e.0 == "resignation"), "{got:?}");
}

#[test]
fn an_event_s_place_after_a_long_name_but_not_past_a_quote_or_reported_clause() {
    let place = |t: &str, kind: &str| {
        let r = Extractor::new().extract(t, &Options::default()).unwrap();
        r.events.iter().find(|e| e.kind == kind).and_then(|e| e.place.as_ref().map(|p| p.span.text.clone()))
    };
    let t = "Rain fell. She said officials would meet the National Farmers' Federation again on Friday in Canberra.";
    assert_eq!(place(t, "meeting").as_deref(), Some("Canberra"));
    let t = "Rain fell. \"Why have a war?\" asked Omar Latif Haddad, a customs officer in Egypt.";
    assert_eq!(place(t, "conflict"), None);
    let t = "Rain fell. The premier announced that the head of the Trade Office in Ottawa would resign.";
    assert_eq!(place(t, "statement"), None);
}

#[test]
fn an_arrest_is_no_ruling_and_a_relative_clause_keeps_its_own_time() {
    let got = events("Rain fell. The High Court on Tuesday ordered the release of a reporter who was detained for nine days. The judge said in her ruling that the detention was unlawful.", "2026-03-06");
    let arrest: Vec<_> = got.iter().filter(|e| e.0 == "arrest").collect();
    assert_eq!(arrest.len(), 1, "{got:?}");
    assert_eq!(arrest[0].3, None, "{got:?}");
    assert_eq!(got.iter().filter(|e| e.0 == "legal").count(), 1, "{got:?}");
}

#[test]
fn what_happened_is_not_what_is_still_planned() {
    let got = events("Rain fell. More protests are planned for next week. Police said the protests caused long delays.", "2026-03-06");
    let protests: Vec<_> = got.iter().filter(|e| e.0 == "protest").collect();
    assert_eq!(protests.len(), 2, "{got:?}");
}

#[test]
fn a_name_is_no_trigger_and_a_relative_clause_ends_before_the_main_verb() {
    let got = events("Rain fell. Former President Bill Clinton spoke in Ohio on Monday.", "2026-03-06");
    assert!(got.iter().all(|e| e.0 != "legislation"), "{got:?}");
    let got = events("Rain fell. Kamikawa, who arrived in Delhi on Monday on a two-day visit, is scheduled to meet the premier.", "2026-03-10");
    let visit = got.iter().find(|e| e.0 == "visit").expect("the visit");
    assert_eq!(visit.4, Status::Occurred, "{got:?}");
}

#[test]
fn tear_gas_fired_is_no_dismissal_and_a_nationwide_strike_is_labour_s() {
    let got = events("Rain fell. Police fired tear gas at protesters on Thursday. The opposition has called a nationwide strike.", "2026-03-06");
    assert!(got.iter().all(|e| e.0 != "resignation"), "{got:?}");
    assert!(got.iter().any(|e| e.0 == "protest" && e.2 == "strike"), "{got:?}");
}

#[test]
fn a_source_or_a_place_inside_a_compound_is_no_party() {
    let r = Extractor::new().extract("Rain fell. According to the Ministry of Trade, the two sides reviewed the Pune-Nashik rail project and agreed to hold talks in Tokyo.", &Options::default()).unwrap();
    let agreed = r.events.iter().find(|e| e.trigger.text == "agreed").expect("the agreement");
    let names: Vec<_> = agreed.participants.iter().filter_map(|id| r.entities.iter().find(|e| &e.id == id)).map(|e| e.name.as_str()).collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn be_to_before_a_trigger_is_an_arrangement() {
    let got = events("The Taoiseach and the Tánaiste are to meet this evening to discuss the row.", "2025-10-15");
    let meet = got.iter().find(|e| e.2 == "meet").unwrap();
    assert_eq!(meet.4, Status::Planned, "{got:?}");
    // Not a goal named: "the aim is to meet".
    let got = events("The aim was to meet the deadline, and the two leaders met on Monday.", "2025-10-15");
    assert!(got.iter().all(|e| e.4 != Status::Planned), "{got:?}");
}

#[test]
fn an_abduction_is_an_event_and_a_series_or_an_earlier_one_is_another() {
    let t = "Gunmen abducted at least 40 students from a school in northwestern Zamfara early Friday, the latest in a string of mass kidnappings.\n\n\"Three years after the Kankara abduction, nothing has changed,\" he said.";
    let got = events(t, "2025-10-17");
    let abducted = got.iter().find(|e| e.2 == "abducted").unwrap();
    assert_eq!((abducted.0.as_str(), abducted.1.as_deref(), abducted.3.as_deref()), ("abduction", Some("181"), Some("2025-10-17")), "{got:?}");
    assert_eq!(got.iter().filter(|e| e.0 == "abduction").count(), 3, "{got:?}");
}

#[test]
fn a_visit_s_object_is_its_place_and_one_still_being_arranged_is_planned() {
    let t = "Prime Minister Kenji Mori said on Wednesday he would visit Washington next month for talks with President Alan Reyes.\n\nA spokesman said the details of the visit were still being arranged.";
    let opts = Options { date: Date::parse("2025-01-15"), ..Options::default() };
    let r = Extractor::new().extract(t, &opts).unwrap();
    let visits: Vec<_> = r.events.iter().filter(|e| e.kind == "visit").collect();
    assert_eq!(visits.len(), 1, "{visits:?}");
    assert_eq!(visits[0].place.as_ref().map(|p| p.span.text.as_str()), Some("Washington"));
    assert_eq!(visits[0].status, Status::Planned);
    // The place is no party to the talks.
    let talks = r.events.iter().find(|e| e.kind == "meeting").unwrap();
    let washington = r.entities.iter().find(|e| e.name == "Washington").unwrap();
    assert!(talks.participants.iter().all(|p| *p != washington.id), "{talks:?}");
    // A noun's place after "to"; "plans a trip" is planned.
    let got = events("He plans a trip to Beijing in May.", "2025-01-15");
    assert_eq!(got[0].4, Status::Planned, "{got:?}");
}

#[test]
fn a_report_s_events_take_their_parties_from_the_report_not_the_one_reporting() {
    let t = "Presidential spokesman Vincent Mokoena dismissed the threat, saying the law had been passed by Parliament with a clear majority.\n\nHollis Foods Corp. said it is continuing talks with potential buyers.";
    let r = Extractor::new().extract(t, &Options::default()).unwrap();
    let name = |id: &String| r.entities.iter().find(|e| &e.id == id).map(|e| e.name.clone()).unwrap();
    let passed = r.events.iter().find(|e| e.trigger.text == "passed").unwrap();
    let parties: Vec<String> = passed.participants.iter().map(name).collect();
    assert_eq!(parties, ["Parliament"], "{:?}", r.events);
    // The report's own "it" is its speaker.
    let talks = r.events.iter().find(|e| e.trigger.text == "talks").unwrap();
    let parties: Vec<String> = talks.participants.iter().map(name).collect();
    assert_eq!(parties, ["Hollis Foods"], "{:?}", r.events);
    // Dismissing a threat is no dismissal from a post.
    assert!(r.events.iter().all(|e| e.kind != "resignation"), "{:?}", r.events);
}

#[test]
fn a_past_form_is_a_verb_with_its_subject_and_object() {
    let t = "The Democratic Alliance threatened to walk out. Mayor Dana Whitfield fired her police chief, Carl Brennan, on Tuesday. Paul Ortega resigned as chairman of the Whitfield campaign. The sniper fired the rifle bullet from a wooded lot.";
    let r = Extractor::new().extract(t, &Options::default()).unwrap();
    let name = |id: &String| r.entities.iter().find(|e| &e.id == id).map(|e| e.name.clone()).unwrap();
    let parties = |trigger: &str| -> Vec<String> { r.events.iter().find(|e| e.trigger.text == trigger).map(|e| e.participants.iter().map(name).collect()).unwrap_or_default() };
    assert_eq!(parties("threatened"), ["Democratic Alliance"], "{:?}", r.events);
    assert_eq!(parties("fired"), ["Dana Whitfield", "Carl Brennan"], "{:?}", r.events);
    assert_eq!(parties("resigned"), ["Paul Ortega"], "{:?}", r.events);
    assert_eq!(r.events.iter().filter(|e| e.kind == "resignation").count(), 2, "{:?}", r.events);
}

#[test]
fn a_bill_to_pay_is_no_law() {
    let got = events("The final bill had reached €2.4 billion. Families struggle with energy bills. Apple faces a $14.5 billion tax bill.", "2025-03-12");
    assert!(got.iter().all(|e| e.0 != "legislation"), "{got:?}");
    let got = events("The Senate passed a $1.1 billion Zika funding bill on Tuesday.", "2025-03-12");
    assert!(got.iter().any(|e| e.0 == "legislation"), "{got:?}");
}

#[test]
fn a_subordinate_clause_s_event_takes_its_own_subject() {
    let t = "South Africa's coalition was thrown into turmoil on Thursday after the Democratic Alliance threatened to walk out.";
    let r = Extractor::new().extract(t, &Options::default()).unwrap();
    let name = |id: &String| r.entities.iter().find(|e| &e.id == id).map(|e| e.name.clone()).unwrap();
    let threat = r.events.iter().find(|e| e.trigger.text == "threatened").unwrap();
    assert_eq!(threat.participants.iter().map(name).collect::<Vec<_>>(), ["Democratic Alliance"], "{:?}", r.events);
}
