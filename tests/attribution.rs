//! Attribution patterns, one by one.

use onrecord::{Extractor, Options, QuoteKind};

fn quotes(text: &str) -> Vec<(String, QuoteKind, Option<String>)> {
    Extractor::new()
        .extract(text, &Options::default())
        .unwrap()
        .quotes
        .into_iter()
        .map(|q| (q.span.text, q.kind, q.speaker_name))
        .collect()
}

fn find(text: &str, kind: QuoteKind) -> (String, Option<String>) {
    let q = quotes(text).into_iter().find(|q| q.1 == kind).unwrap_or_else(|| panic!("no {kind:?} quote in {text}"));
    (q.0, q.2)
}

#[test]
fn after_and_before_patterns() {
    for (t, who) in [
        ("\"We will win,\" Jane Smith said.", "Jane Smith"),
        ("\"We will win,\" said Jane Smith, the party's leader.", "Jane Smith"),
        ("Jane Smith said: \"We will win.\"", "Jane Smith"),
        ("Jane Smith wrote on X: \"We will win.\"", "Jane Smith"),
        ("Jane Smith spoke to reporters, saying, \"We will win.\"", "Jane Smith"),
        ("\"We will win,\" Jane Smith, the party's leader, said.", "Jane Smith"),
    ] {
        assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some(who), "{t}");
    }
}

#[test]
fn reported_speech_forms() {
    let cases = [
        ("Jane Smith said that the plan would fail.", "the plan would fail"),
        ("Jane Smith told reporters the plan would fail.", "the plan would fail"),
        ("The plan would fail, Jane Smith said.", "The plan would fail"),
        ("According to Jane Smith, the plan would fail.", "the plan would fail"),
        ("Jane Smith accused the council of wasting money.", "the council of wasting money"),
        ("Jane Smith ran the light. The work was relentless, she says: lamps to trim, logs to keep.", "The work was relentless"),
        ("Jane Smith is claiming that the plan would fail.", "the plan would fail"),
    ];
    for (t, content) in cases {
        let (text, who) = find(t, QuoteKind::Indirect);
        assert_eq!(text, content, "{t}");
        assert_eq!(who.as_deref(), Some("Jane Smith"), "{t}");
    }
}

#[test]
fn framed_fragments_are_mixed_speech() {
    let (text, who) = find("Hillary Clinton called half of his supporters \"deplorables.\"", QuoteKind::Mixed);
    assert_eq!(text, "half of his supporters \"deplorables.\"");
    assert_eq!(who.as_deref(), Some("Hillary Clinton"));
    let (text, who) = find("Jane Smith \"is the only candidate who can win,\" said Tom Brown, a veteran.", QuoteKind::Mixed);
    assert_eq!(text, "Jane Smith \"is the only candidate who can win,\"");
    assert_eq!(who.as_deref(), Some("Tom Brown"));
    // Portraying, depicting and painting someone as something are framings too.
    for verb in ["portrayed", "depicted", "painted"] {
        let t = format!("Rain fell.\n\nDana Holt {verb} her rival as \"a desperate man.\"");
        let (text, who) = find(&t, QuoteKind::Mixed);
        assert_eq!(text, "her rival as \"a desperate man.\"", "{t}");
        assert_eq!(who.as_deref(), Some("Dana Holt"), "{t}");
    }
}

#[test]
fn relative_clause_speaker_is_the_antecedent() {
    let (_, who) = find("Obama met Mitch McConnell, who in 2010 said the party's goal was to defeat him.", QuoteKind::Indirect);
    assert_eq!(who.as_deref(), Some("Mitch McConnell"));
}

#[test]
fn pronouns_follow_the_last_speaker_of_their_gender() {
    let t = "Jane Smith met Tom Brown on Monday. \"It went well,\" she said. \"We agreed,\" he said.";
    let q = quotes(t);
    assert_eq!(q[0].2.as_deref(), Some("Jane Smith"));
    assert_eq!(q[1].2.as_deref(), Some("Tom Brown"));
}

#[test]
fn vox_pop_dash_attribution() {
    let t = "“We need better schools for our kids.” ― Maria Lopez\n\n“Build more homes.” ― Tom Brown";
    let q = quotes(t);
    assert_eq!(q[0].2.as_deref(), Some("Maria Lopez"));
    assert_eq!(q[1].2.as_deref(), Some("Tom Brown"));
}

#[test]
fn a_sentence_initial_adverb_is_not_a_speaker() {
    let t = "Once the vote ended, I laughed and said, \"That was close.\"";
    let q = quotes(t);
    assert_ne!(q[0].2.as_deref(), Some("Once"));
}

#[test]
fn a_quote_split_by_its_attribution_is_one_quote() {
    let q = quotes("\"We tried,\" Jane Smith said on Monday. \"It did not work.\"\n\n\"Fine,\" Tom Brown said. \"Next.\" Then he left.");
    let direct: Vec<_> = q.iter().filter(|x| x.1 == QuoteKind::Direct).collect();
    assert_eq!(direct[0].0, "\"We tried,\" Jane Smith said on Monday. \"It did not work.\"");
    assert_eq!(direct[0].2.as_deref(), Some("Jane Smith"));
    assert_eq!(direct[1].0, "\"Fine,\" Tom Brown said. \"Next.\"");
    // A quote ending its sentence with a full stop is not joined to the next speaker's.
    let q = quotes("\"It is over.\" Jane Smith said. \"No,\" Tom Brown said.");
    assert!(q.iter().filter(|x| x.1 == QuoteKind::Direct).count() >= 2);
}

#[test]
fn a_split_question_and_a_split_mixed_quote_are_one_quote() {
    // A question runs on into its attribution as a comma does.
    let q = quotes("\"Does anybody know what the plan is?\" Jane Smith asked. \"Neither do I.\"");
    let direct: Vec<_> = q.iter().filter(|x| x.1 == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 1, "{q:?}");
    assert_eq!(direct[0].0, "\"Does anybody know what the plan is?\" Jane Smith asked. \"Neither do I.\"");
    // A mixed quote ending on its marks, then a short attribution and the rest.
    let (text, who) = find("Tom Brown spoke. The summit achieved \"too little,\" he added on Twitter. \"Europe risks a lot.\"", QuoteKind::Mixed);
    assert_eq!(text, "The summit achieved \"too little,\" he added on Twitter. \"Europe risks a lot.\"");
    assert_eq!(who.as_deref(), Some("Tom Brown"));
    // `"…," he said, but "…"`: the second half opens on `but` before its marks.
    let (text, _) = find("\"I like Larry,\" Jane Smith said, but \"his record on energy is poor.\"", QuoteKind::Direct);
    assert_eq!(text, "\"I like Larry,\" Jane Smith said, but \"his record on energy is poor.\"");
    // A mixed quote with the writer's own words before its marks is a sentence of its own.
    let q = quotes("\"It is the right thing,\" Jane Smith said. She called the town a \"good news story.\"");
    assert!(q.iter().any(|x| x.1 == QuoteKind::Direct && x.0 == "\"It is the right thing,\""), "{q:?}");
    // A long stretch of the writer's words after a mixed quote is no attribution.
    let q = quotes("Avoiding the word \"blockade,\" Tom Brown acknowledged that the ships had been stopped by the navy on Friday near the coast. \"No point getting into semantics,\" he said.");
    assert!(q.iter().any(|x| x.1 == QuoteKind::Direct && x.0 == "\"No point getting into semantics,\""), "{q:?}");
}

#[test]
fn an_acronym_that_is_also_a_word_names_something_only_in_capitals() {
    let t = "Rain fell.\n\nThe ad asked, \"Who do you want answering the phone?\"\n\nThe Pell campaign is defending its tweets. It is denouncing what it calls \"the biggest smear in history.\"";
    let q = quotes(t);
    assert!(q.iter().all(|x| x.2.as_deref() != Some("WHO")), "{q:?}");
    // `It` opening a sentence goes on with the last sentence's subject.
    assert!(q.iter().any(|x| x.0.contains("biggest smear") && x.2.as_deref() == Some("The Pell campaign")), "{q:?}");
    // In capitals it is the organisation.
    let (_, who) = find("Rain fell.\n\nThe WHO said the virus was spreading.", QuoteKind::Indirect);
    assert_eq!(who.as_deref(), Some("WHO"));
}

#[test]
fn a_plural_noun_after_a_possessor_is_no_cue() {
    // "his early-morning tweets", "Holt's remarks": nouns, not verbs with a subject before them.
    for t in [
        "Rain fell.\n\nDana Holt did not address his series of early-morning tweets in which he praised the mayor.",
        "Rain fell.\n\nDana Holt's remarks were similar to ones he made on a call with reporters.",
    ] {
        let q = quotes(t);
        assert!(q.iter().all(|x| x.2.as_deref().is_none_or(|w| !w.contains("early") && w != "Dana Holt's")), "{t}: {q:?}");
        assert!(q.iter().all(|x| x.1 != QuoteKind::Indirect || !x.0.starts_with("in which") && !x.0.starts_with("were")), "{t}: {q:?}");
    }
}

#[test]
fn any_short_description_between_an_inverted_cue_and_a_name() {
    for t in [
        "Rain fell.\n\n\"It is wrong,\" said 9/11 widow Terry Strada.",
        "Rain fell.\n\n\"It is wrong,\" said longtime resident Terry Strada.",
        "Rain fell.\n\n\"It is wrong,\" said 24-year-old student Terry Strada.",
    ] {
        assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Terry Strada"), "{t}");
    }
    // Not a time or a preposition: "said on Monday Terry Strada" is no such phrase.
    let q = quotes("Rain fell.\n\n\"It is wrong,\" said on Monday Terry Strada.");
    assert!(q.iter().all(|x| x.2.is_none()), "{q:?}");
}

#[test]
fn a_long_lead_in_ending_in_a_word_for_what_was_said() {
    // A participle phrase first, then the speaker, then `message:`.
    let t = "Rain fell.\n\nWorried about turnout, President Dana Holt is rolling out a new and more personal campaign message: \"It's about me.\"";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Dana Holt"));
    // An opening phrase longer than sixteen words.
    let t = "Rain fell.\n\nWith party leaders increasingly worried about a lack of passion for the ticket among young voters in the cities, President Dana Holt is rolling out a new and more personal campaign message: \"It's about me.\"";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Dana Holt"));
    // The subject of a cue inside the opening clause comes before the cue.
    let q = quotes("Rain fell.\n\nWhile Tom Brown is a vocal advocate of trade deals and wrote legislation that gave the president more authority to negotiate them, Dana Holt is equally vocal in opposing them.");
    assert!(q.iter().all(|x| x.2.as_deref() != Some("Dana Holt")), "{q:?}");
    // A lead-in as long about no word for speech is no attribution.
    let t = "Rain fell.\n\nWorried about turnout, President Dana Holt is rolling out a new and more personal campaign across the state: \"It's about me.\"";
    assert_eq!(find(t, QuoteKind::Direct).1, None);
}

#[test]
fn an_appositive_inside_an_opening_phrase_is_not_the_subject() {
    let t = "Rain fell.\n\nPreceded at the lectern by Jim Ames, the county sheriff and a hard-liner, Tom Brown launched into a lament.\n\n\"We will build a wall!\" he said.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Tom Brown"));
    // One comma only: the name after it is the subject.
    let (_, who) = find("Rain fell.\n\nIn Havana, the government gave a guarded response, warning against \"excessive optimism\" on the ruling.", QuoteKind::Mixed);
    assert_eq!(who.as_deref(), Some("the government"));
}

#[test]
fn an_organisation_before_a_role_is_part_of_a_description() {
    // "The GOP nominee": a person described by party and role, not the party.
    let (_, who) = find("Rain fell.\n\nThe GOP nominee has staked his campaign on the border, portraying migrants as \"a threat\" to the country.", QuoteKind::Mixed);
    assert_eq!(who.as_deref(), Some("The GOP nominee"));
    // With a name after the role, the name speaks.
    let (_, who) = find("Rain fell.\n\n\"No,\" said NATO spokesman Tom Brown.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("Tom Brown"));
}

#[test]
fn a_crowd_chants() {
    for (t, who) in [
        ("Rain fell.\n\nSmall groups of protesters marched through the streets while chanting, \"Hands up, don't shoot.\"", "Small groups"),
        ("Rain fell.\n\n\"Lock her up!\" the crowd chanted as Tom Brown spoke.", "the crowd"),
        ("Rain fell.\n\n\"We want more,\" the letter reads.", "the letter"),
        ("Rain fell.\n\n\"Promise mama you'll keep your hands in sight,\" Mary Okafor sings to the crowd.", "Mary Okafor"),
    ] {
        assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some(who), "{t}");
    }
    // A chant with no one chanting it: the battle cry is no speaker, nor is the chant.
    for t in [
        "Rain fell.\n\nThe exiles carried signs demanding \"Freedom for Elian,\" the same battle cry regularly chanted during the rallies.",
        "Rain fell.\n\nAt one point the crowd reprised the caustic chant \"Lock her up!\" that had echoed all week.",
    ] {
        let q = quotes(t);
        assert!(q.iter().all(|x| x.2.as_deref().is_none_or(|w| !w.contains("battle") && !w.contains("caustic"))), "{t}: {q:?}");
    }
}

#[test]
fn a_second_quote_with_its_own_attribution_is_not_a_second_half() {
    let t = "Sen. Nora Pell spoke on Monday. \"China is worried,\" the Vermont senator told ABC. \"It should be,\" the senator said.";
    let q = quotes(t);
    let direct: Vec<_> = q.iter().filter(|x| x.1 == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 2, "{q:?}");
    assert!(direct.iter().all(|x| x.2.as_deref() == Some("Nora Pell")), "{q:?}");
}

#[test]
fn a_second_cue_before_the_second_half_opens_a_quote_of_its_own() {
    // `said, adding, "…"` and `said, adding that "…"`: two utterances, two cues.
    for t in [
        "\"We cannot afford it,\" Jane Smith said, adding later, \"The fund is empty.\"",
        "\"We cannot afford it,\" Jane Smith said, adding that \"the fund is empty.\"",
    ] {
        let q = quotes(t);
        assert!(q.iter().any(|x| x.1 == QuoteKind::Direct && x.0 == "\"We cannot afford it,\"" && x.2.as_deref() == Some("Jane Smith")), "{t}: {q:?}");
        assert!(q.iter().any(|x| x.0.contains("he fund is empty.\"") && !x.0.contains("afford") && x.2.as_deref() == Some("Jane Smith")), "{t}: {q:?}");
    }
    // A participle that reports a clause of its own leaves the halves joined.
    let t = "\"Many people are unsure,\" Jane Smith wrote in a statement explaining why she is speaking, \"but most agree.\"";
    assert!(quotes(t).iter().any(|x| x.1 == QuoteKind::Direct && x.0 == t), "{:?}", quotes(t));
}

#[test]
fn the_person_seen_before_a_participle_says_the_quote() {
    for (t, who) in [
        ("The spot ends with footage of Dana Holt saying during the debate, \"That makes me smart,\" as the crowd cheered.", "Dana Holt"),
        ("The new ad shows Dana Holt asking, \"Why aren't I ahead?\"", "Dana Holt"),
        // A surname alone, whoever it names.
        ("Dana Holt ran an ad. The spot ends with footage of Holt saying, \"That makes me smart,\" as the crowd cheered.", "Dana Holt"),
        ("The spot ends with footage of Morrow saying, \"That makes me smart,\" as the crowd cheered.", "Morrow"),
        // A name after "of" that is no one seen or heard: the subject speaks.
        ("Tom Brown spoke of Dana Holt, saying, \"She is fine.\"", "Tom Brown"),
    ] {
        assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some(who), "{t}");
    }
}

#[test]
fn a_split_quote_does_not_join_across_a_line_break() {
    // Blank lines part the paragraphs, so the single line break is the writer's own: the
    // question and the next quote stay apart.
    let q = quotes("Rain fell.\n\nJane Smith was asked, \"Where have you been?\"\nSmith joked that Hull was her answer, but went on to say, \"There are places that are dangerous.\"");
    assert!(q.iter().any(|x| x.1 == QuoteKind::Direct && x.0 == "\"Where have you been?\""), "{q:?}");
}

#[test]
fn anonymous_sources_and_names_qualified_by_an_organisation() {
    // One of a group after the cue, and a name that modifies the role.
    let (text, who) = find("The meeting went badly from there, said one party source in the room.", QuoteKind::Indirect);
    assert_eq!(text, "The meeting went badly from there");
    assert_eq!(who.as_deref(), Some("one party source"));
    let q = Extractor::new().extract("The meeting went badly from there, said one GOP source.", &Options::default()).unwrap();
    assert_eq!(q.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some("one GOP source"));
    // "NBC's Dante Chinni": the person, not the network.
    let (_, who) = find("Debates are not likely to alter the race, noted NBC's Dana Holt.", QuoteKind::Indirect);
    assert_eq!(who.as_deref(), Some("Dana Holt"));
}

#[test]
fn subjects_with_a_clause_or_a_parenthesis_before_the_cue() {
    // A relative clause without its pronoun.
    let (text, who) = find("All the experts I interviewed said her proposals were more detailed.", QuoteKind::Indirect);
    assert_eq!(text, "her proposals were more detailed");
    assert_eq!(who.as_deref(), Some("All the experts"));
    let q = Extractor::new().extract("The voters we spoke to say the tax is too high.", &Options::default()).unwrap();
    assert_eq!(q.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some("The voters"));
    // A parenthesis between dashes, in reported and in direct speech.
    for t in [
        "Tom Brown -- who wrote a book on debates -- said the candidate tended to make announcements.",
        "Tom Brown — a professor at Leeds — said the candidate tended to make announcements.",
    ] {
        assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Tom Brown"), "{t}");
    }
    assert_eq!(find("\"We won,\" Tom Brown — a professor at Leeds — said.", QuoteKind::Direct).1.as_deref(), Some("Tom Brown"));
    // A relative clause between commas: its object starts no clause of the main cue.
    let (text, _) = find("Tom Brown, who wrote a book on debates, said the candidate tended to make announcements.", QuoteKind::Indirect);
    assert_eq!(text, "the candidate tended to make announcements");
    // But an appositive inside the report goes on: "the program, funded by the state, has".
    let (text, _) = find("Tom Brown said the program, funded by the state, has failed.", QuoteKind::Indirect);
    assert_eq!(text, "the program, funded by the state, has failed");
    // A surname alone before an appositive with an organisation in it.
    let (_, who) = find("She met McCrory, now the Senate majority leader, who in 2010 said the goal was to win.", QuoteKind::Indirect);
    assert_eq!(who.as_deref(), Some("McCrory"));
}

#[test]
fn joined_subjects_and_a_phrase_ending_in_an_object_pronoun() {
    for (t, who) in [
        ("RT and its defenders say that the network is biased.", "RT and its defenders"),
        ("Those close to him say he would have to consider Beyer.", "Those close to him"),
        ("People around her say the plan will fail.", "People around her"),
        // A bare plural proxy speaks for the person it works for.
        ("Advisers to Mr. Holt say the president has grown exasperated.", "Advisers to Mr. Holt"),
        ("Lawyers for Dana Holt said the case would be dropped.", "Lawyers for Dana Holt"),
    ] {
        assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some(who), "{t}");
    }
    // "states" after a number or a quantifier is the noun: no report.
    assert!(quotes("Voting is held in California, New Jersey and four other states on June 7.").is_empty());
    assert!(quotes("All 50 states reported gains in the survey.").is_empty());
    let (text, who) = find("Majorities of voters in all five states say they feel betrayed.", QuoteKind::Indirect);
    assert_eq!((text.as_str(), who.as_deref()), ("they feel betrayed", Some("Majorities of voters in all five states")));
}

#[test]
fn the_person_blamed_for_saying_it_said_it() {
    for (t, who) in [
        ("Jane Smith criticized Tom Brown for saying the tax was too high.", "Tom Brown"),
        ("Jane Smith rebuked Brown for suggesting that the tax was too high.", "Brown"),
        ("Jane Smith apologized for saying the tax was too high.", "Jane Smith"),
    ] {
        assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some(who), "{t}");
    }
}

#[test]
fn an_object_pronoun_after_told_is_not_reported() {
    for (t, content) in [
        ("Jane Smith told her the tax was too high.", "the tax was too high"),
        ("Jane Smith told her mother the tax was too high.", "the tax was too high"),
        ("Jane Smith told them on Monday that the tax was too high.", "the tax was too high"),
    ] {
        assert_eq!(find(t, QuoteKind::Indirect).0, content, "{t}");
    }
}

#[test]
fn participle_cue_without_that_reports_the_subject() {
    let (text, who) = find("Dean Howard appeared on MSNBC and began by saying he would \"never\" diagnose anyone on television.", QuoteKind::Mixed);
    assert_eq!(text, "he would \"never\" diagnose anyone on television");
    assert_eq!(who.as_deref(), Some("Dean Howard"));
}

#[test]
fn a_framed_fragment_runs_to_the_end_of_its_clause() {
    let (text, who) = find(
        "The fund's chief Jane Smith referenced \"political tensions\" in advanced economies that are generating uncertainty - and more.",
        QuoteKind::Mixed,
    );
    assert_eq!(text, "\"political tensions\" in advanced economies that are generating uncertainty");
    assert_eq!(who.as_deref(), Some("Jane Smith"));
}

#[test]
fn a_split_quote_with_a_long_appositive_is_one_quote() {
    let t = "\"The plant was set up to fail,\" said Kevin Barrett, a lawyer at a firm in Charleston who represents the state environment department in the bankruptcy cases. \"It was destined to fail.\"";
    let q = quotes(t);
    let direct: Vec<_> = q.iter().filter(|q| q.1 == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 1, "{q:?}");
    assert!(direct[0].0.starts_with("\"The plant") && direct[0].0.ends_with("fail.\""));
    assert_eq!(direct[0].2.as_deref(), Some("Kevin Barrett"));
}

#[test]
fn a_party_affiliation_between_name_and_cue() {
    let (_, who) = find("\"Subpoenas are not optional,\" Rep. Jane Smith (R-Utah) said after the hearing.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("Jane Smith"));
    let (_, who) = find("Sen. Tom Brown (D-Md.) said: \"We will not wait.\"", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("Tom Brown"));
}

#[test]
fn a_second_half_that_runs_on_in_the_writers_words_stays_apart() {
    let t = "\"This just isn't right,\" Jane Smith said. \"You squeezed employees to the breaking point\" to drive up the stock price, she said.";
    let q = quotes(t);
    let first = q.iter().find(|q| q.0.starts_with("\"This")).unwrap();
    assert_eq!(first.0, "\"This just isn't right,\"", "{q:?}");
}

#[test]
fn a_framing_verb_after_an_auxiliary_keeps_its_subject() {
    let (text, who) = find("Jane Smith is calling the candidate \"extremely physically fit.\"", QuoteKind::Mixed);
    assert_eq!(text, "the candidate \"extremely physically fit.\"");
    assert_eq!(who.as_deref(), Some("Jane Smith"));
    let (_, who) = find("Tom Brown cited the remarks as \"examples of disrespect\" toward women.", QuoteKind::Mixed);
    assert_eq!(who.as_deref(), Some("Tom Brown"));
}

#[test]
fn a_long_phrase_between_quote_and_cue() {
    let (_, who) = find("\"That was outrageous,\" campaign spokesman Brian Fallon said on Monday.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("Brian Fallon"));
    let (_, who) = find("\"It was the least bad outcome,\" Mr. Tom Morgan of the Sierra Club said.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("Tom Morgan"));
    let q = quotes("\"My reaction, that was outrageous,\" Obama's former campaign strategist said in an interview.");
    assert_eq!(q[0].2.as_deref(), Some("Obama's former campaign strategist"), "{q:?}");
}

#[test]
fn a_lead_in_closing_the_paragraph_before() {
    let (_, who) = find("Jane Smith is a pollster.\n\nShe continued:\n\n\"The health issue is a partisan issue.\"", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("Jane Smith"));
}

#[test]
fn names_behind_appositives_and_opening_phrases() {
    let (_, who) = find(
        "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said that the test \"cannot be left without consequences.\"",
        QuoteKind::Mixed,
    );
    assert_eq!(who.as_deref(), Some("Jean-Marc Ayrault"));
    let (_, who) = find("In a Facebook message posted Friday, Ted Cruz said that he has had \"areas of significant disagreement\" with Trump.", QuoteKind::Mixed);
    assert_eq!(who.as_deref(), Some("Ted Cruz"));
    let (_, who) = find("The Security Council issued a statement calling the test \"a clear violation\" of its resolutions.", QuoteKind::Mixed);
    assert_eq!(who.as_deref(), Some("Security Council"));
}

#[test]
fn speech_reported_inside_a_quote_keeps_its_own_speaker() {
    let t = "Jane Smith met Tom Brown on Monday. \"We talked about the budget, which, Brown said, is the best in a decade,\" Smith said.";
    let a = Extractor::new().extract(t, &Options::default()).unwrap();
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
    assert_eq!(q.speaker_name.as_deref(), Some("Jane Smith"));
    assert_eq!(q.inner.len(), 1, "{q:?}");
    assert_eq!(q.inner[0].span.text, "which, Brown said, is the best in a decade");
    assert_eq!(q.inner[0].speaker_name.as_deref(), Some("Tom Brown"));
    // A plain aside is not reported speech.
    let a = Extractor::new().extract("\"It was, I think, a good day,\" Jane Smith said.", &Options::default()).unwrap();
    assert!(a.quotes.iter().all(|q| q.inner.is_empty()));
}

#[test]
fn parenthetical_and_coordinated_reports() {
    let (text, who) = find("The museum, Jane Smith said, would make visitors face uncomfortable truths.", QuoteKind::Indirect);
    assert_eq!(text, "The museum, Jane Smith said, would make visitors face uncomfortable truths");
    assert_eq!(who.as_deref(), Some("Jane Smith"));
    let (text, who) = find("Mayor Tom Brown announced an arrest on Friday and said a curfew would continue through the weekend.", QuoteKind::Indirect);
    assert_eq!(text, "a curfew would continue through the weekend");
    assert_eq!(who.as_deref(), Some("Tom Brown"));
    let (_, who) = find(
        "But Megan Hester, senior associate for education organizing at the Annenberg Institute for School Reform, said parents still want neighborhood schools.",
        QuoteKind::Indirect,
    );
    assert_eq!(who.as_deref(), Some("Megan Hester"));
}

#[test]
fn groups_of_people_speak_without_a_determiner() {
    let (text, who) = find("Elected officials from both parties say he has forged a reputation as a hard worker.", QuoteKind::Indirect);
    assert_eq!(text, "he has forged a reputation as a hard worker");
    assert_eq!(who.as_deref(), Some("Elected officials from both parties"));
}

#[test]
fn a_clause_with_an_irregular_past_verb() {
    let (text, who) = find("Campaign manager Robby Mook said the debate went well for his candidate.", QuoteKind::Indirect);
    assert_eq!(text, "the debate went well for his candidate");
    assert_eq!(who.as_deref(), Some("Robby Mook"));
}

#[test]
fn a_capitalised_noun_before_a_title_is_no_organisation() {
    let a = Extractor::new().extract("Police chief Tom Brown said the curfew would continue.", &Options::default()).unwrap();
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, vec!["Tom Brown"]);
    assert_eq!(a.quotes[0].speaker_name.as_deref(), Some("Tom Brown"));
}

#[test]
fn groups_and_organisations_as_reporters() {
    for (t, content, who) in [
        ("The device was not working, the IMF said.", "The device was not working", "IMF"),
        ("The officer was not wearing a camera, police said.", "The officer was not wearing a camera", "police"),
        ("The family watched it on Thursday, attorneys for the family said.", "The family watched it on Thursday", "attorneys for the family"),
        (
            "Experts on North Korea and nuclear nonproliferation said the latest test could change that.",
            "the latest test could change that",
            "Experts on North Korea and nuclear nonproliferation",
        ),
        (
            "Developers and supporters in Congress say the program, run by the department, has brought billions.",
            "the program, run by the department, has brought billions",
            "Developers and supporters in Congress",
        ),
    ] {
        let (span, speaker) = find(t, QuoteKind::Indirect);
        assert_eq!((span.as_str(), speaker.as_deref()), (content, Some(who)), "{t}");
    }
}

#[test]
fn a_said_clause_in_the_present_tense_or_with_curly_contractions() {
    assert_eq!(
        find("But many Democrats say the advantage obscures concerns about turnout.", QuoteKind::Indirect).0,
        "the advantage obscures concerns about turnout"
    );
    assert_eq!(find("Tom McLenney said Clinton doesn’t show consistency.", QuoteKind::Indirect).0, "Clinton doesn’t show consistency");
    // Fixed objects of "said" are not reports.
    for t in ["Tom McLenney said the same of Trump.", "Tom McLenney said as much in an interview.", "Tom McLenney said so on Friday."] {
        assert!(quotes(t).is_empty(), "{t}: {:?}", quotes(t));
    }
}

#[test]
fn doubled_apostrophes_as_quote_marks_keep_their_speaker() {
    let got = quotes("Trade went well. ''Tell that to the janitor,'' Mr. Biden said. ''Tell that to your mothers.''");
    assert!(got.iter().all(|q| q.2.as_deref() == Some("Biden")), "{got:?}");
    assert!(got[0].0.starts_with("''Tell that to the janitor,''"), "{got:?}");
}

#[test]
fn two_appositives_and_a_trailing_attribution() {
    let t = "“It is an invasion of the domain,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said on Friday.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Scott Pruitt"));
    let t = "Elizabeth Warren spoke. “The only way will be if executives face jail time” for criminal behavior, she said.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Elizabeth Warren"));
    // The writer's words run on into another clause: no attribution to borrow.
    let t = "Elizabeth Warren spoke. “The only way out” is jail, and the bank disagreed; she left.";
    assert!(quotes(t).iter().all(|q| q.2.is_none()), "{:?}", quotes(t));
}

#[test]
fn inverted_cue_between_split_halves_and_the_name_after_its_article() {
    let got = quotes("\"It's a difficult issue,\" said Rubio, \"because it puts two rights in conflict.\"");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("Rubio"));
    let t = "Following a swiftly called, late-afternoon meeting, the Security Council issued a statement calling the test \"a clear violation\" of five resolutions.";
    assert_eq!(find(t, QuoteKind::Mixed).1.as_deref(), Some("Security Council"));
}

#[test]
fn role_descriptions_find_their_person() {
    for (t, who) in [
        ("Sen. Marco Rubio spoke on Monday. \"It is a difficult issue,\" the senator said.", "Marco Rubio"),
        ("Jane Doe, a senator from Ohio, spoke. \"It is a difficult issue,\" the senator said.", "Jane Doe"),
        ("Karoline Leavitt, the White House press secretary, spoke. \"It is a difficult issue,\" the spokeswoman said.", "Karoline Leavitt"),
        ("Sen. Marco Rubio spoke on Monday. \"It is a difficult issue,\" said the Florida senator.", "Marco Rubio"),
        ("Gov. Andrew Cuomo spoke. \"We will rebuild,\" the New York governor said.", "Andrew Cuomo"),
    ] {
        assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some(who), "{t}");
    }
    // An indefinite description on its own is somebody else.
    let t = "Jane Doe spoke. \"It is a difficult issue,\" a senator said.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("a senator"));
}

#[test]
fn a_report_ends_where_the_speakers_next_verb_begins() {
    let got = quotes("Jane Smith said he would order a review of the defenses and warned against hackers.");
    assert_eq!(got[0].0, "he would order a review of the defenses");
    let got = quotes("Jane Smith said the video was not from an angle that would show a gun, but she said witnesses saw one.");
    let spans: Vec<&str> = got.iter().map(|q| q.0.as_str()).collect();
    assert_eq!(spans, vec!["the video was not from an angle that would show a gun", "witnesses saw one"]);
    assert!(got.iter().all(|q| q.2.as_deref() == Some("Jane Smith")), "{got:?}");
    // A second verb of the reported clause's own subject stays in the report.
    assert_eq!(quotes("Jane Smith said the company grew and hired ten workers.")[0].0, "the company grew and hired ten workers");
    // An appeal is a verb of the speaker's too.
    assert_eq!(quotes("Jane Smith said the situation was dire and called on both sides to allow aid through.")[0].0, "the situation was dire");
}

#[test]
fn a_cue_word_that_is_also_a_noun_is_a_noun_in_noun_context() {
    for t in [
        "The New York state attorney general is confirming that the charity is not registered.",
        "The Washington Post ran a feature Saturday that profiled a supporter who was in hospital.",
    ] {
        let got = quotes(t);
        assert!(got.iter().all(|q| q.2.as_deref() != Some("New York") && q.2.as_deref() != Some("The Washington")), "{t}: {got:?}");
    }
    assert_eq!(
        find("The New York state attorney general is confirming that the charity is not registered.", QuoteKind::Indirect).1.as_deref(),
        Some("The New York state attorney general")
    );
    // After a subject pronoun or a modal it is the verb.
    assert_eq!(find("They state that the vote was rigged.", QuoteKind::Indirect).0, "the vote was rigged");
    assert_eq!(find("The officials will report that the vote was rigged.", QuoteKind::Indirect).0, "the vote was rigged");
}

#[test]
fn an_adverbial_clause_after_the_cue_is_not_the_report() {
    let t = "The remarks are an insult to all voters, top lawmakers said Friday, as they bristled at the questions.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "The remarks are an insult to all voters");
}

#[test]
fn told_an_outlets_host_on_a_day_what() {
    let t = "Mr. Caddell told Breitbart News Daily host Alex Marlow on Thursday how surprised he is that health matters.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "how surprised he is that health matters");
}

#[test]
fn naming_is_not_speaking_and_one_verb_frames_one_mixed_quote() {
    let got = quotes("On her papers, in a box labeled “medical problem,” a doctor had typed “homicidal ideation.”");
    assert!(got.iter().all(|q| q.1 == QuoteKind::Partial && q.2.is_none()), "{got:?}");
    let got = quotes("Both oppose an inflation formula called the \"chained CPI\" that would cut payments.");
    assert!(got.iter().all(|q| q.2.is_none()), "{got:?}");
    let got = quotes("The group, dubbed “the squad,” met on Friday.");
    assert!(got.iter().all(|q| q.2.is_none()), "{got:?}");
    // Active framing verbs keep their speaker.
    assert_eq!(find("Trump’s aides described the meeting as “productive.”", QuoteKind::Mixed).1.as_deref(), Some("Trump’s aides"));
    let got = quotes("Donald Trump called her “crooked” and “a nasty woman.”");
    let mixed: Vec<_> = got.iter().filter(|q| q.1 == QuoteKind::Mixed).collect();
    assert_eq!(mixed.len(), 1, "{got:?}");
    assert_eq!(mixed[0].0, "her “crooked” and “a nasty woman.”");
}

#[test]
fn headline_colon_and_a_wrong_way_closing_mark() {
    assert_eq!(find("Trump: 'We will win the election'", QuoteKind::Direct).1.as_deref(), Some("Trump"));
    assert_eq!(find("Volodymyr Zelenskyy: “We need Tomahawks”", QuoteKind::Direct).1.as_deref(), Some("Volodymyr Zelenskyy"));
    assert!(quotes("Note: \"This is a test.\"").iter().all(|q| q.2.is_none()));
    let got = quotes("“Do you want to be associated with a fascist?“ Chuck Todd asked.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("Chuck Todd"));
}

#[test]
fn warning_that_with_a_bare_role_in_apposition() {
    // An unknown first name still speaks; a bare role noun in apposition makes it a person,
    // and a plural possessive stays inside the organisation's name.
    let t = "Flavio Volpe, president of the Automotive Parts Manufacturers' Association, warned that plants could close.";
    let (text, who) = find(t, QuoteKind::Indirect);
    assert_eq!(text, "plants could close");
    assert_eq!(who.as_deref(), Some("Flavio Volpe"));
    // `that` after a verb of telling opens the report; it is never the object.
    let (text, who) = find("Jane Smith warned that plants could close.", QuoteKind::Indirect);
    assert_eq!((text.as_str(), who.as_deref()), ("plants could close", Some("Jane Smith")));
    // The object of `told` runs on to `that`.
    let (text, _) = find("He told the House of Commons finance committee that the deficit would grow.", QuoteKind::Indirect);
    assert_eq!(text, "the deficit would grow");
}

#[test]
fn possessive_organisations_and_two_word_roles() {
    let doc = Extractor::new()
        .extract(
            "Prime Minister Mark Carney spoke. The Prime Minister's Office declined to comment. \"We stand with the prime minister,\" Ford said.",
            &Options::default(),
        )
        .unwrap();
    let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Prime Minister's Office"), "{names:?}");
    let carney = doc.entities.iter().find(|e| e.name == "Mark Carney").unwrap();
    assert!(carney.mentions.iter().any(|m| m.text == "the prime minister"), "{:?}", carney.mentions);
}

#[test]
fn uk_style_appositives_and_outlets() {
    // An age and a description between the name and the verb; the place inside is not the speaker.
    let (_, who) = find("Sarah Okonkwo, 34, a nurse from Enfield, said she would take three buses.", QuoteKind::Indirect);
    assert_eq!(who.as_deref(), Some("Sarah Okonkwo"));
    // "for" inside an organisation's name.
    let (_, who) = find("The Department for Transport said the offer was \"fair and affordable\".", QuoteKind::Mixed);
    assert_eq!(who.as_deref(), Some("Department for Transport"));
    // The whole outlet is the object of `told`.
    let (text, _) = find("Louise Haigh told BBC Radio 4's Today programme the strikes were a symptom.", QuoteKind::Indirect);
    assert_eq!(text, "the strikes were a symptom");
    // A role with its owner in apposition.
    let doc = Extractor::new()
        .extract("Mick Whelan, the union's general secretary, said: 'We have bent over backwards.'", &Options::default())
        .unwrap();
    let whelan = doc.entities.iter().find(|e| e.name == "Mick Whelan").unwrap();
    assert_eq!(whelan.role.as_deref(), Some("union's general secretary"));
}

#[test]
fn ap_style_relative_clauses_places_and_lower_case_titles() {
    // A description before a relative clause speaks.
    let (_, who) = find(
        "A senior administration official, who spoke on condition of anonymity to discuss internal deliberations, said the White House had prepared agencies.",
        QuoteKind::Indirect,
    );
    assert_eq!(who.as_deref(), Some("A senior administration official"));
    // "of Kentucky" is the senator's state, not part of the name; a framed fragment and a
    // report in one sentence are both kept.
    let got = quotes("Sen. Rand Paul of Kentucky called the bill \"a monument to waste\" and said he would keep voting no.");
    assert!(got.iter().any(|q| q.1 == QuoteKind::Mixed && q.2.as_deref() == Some("Rand Paul")), "{got:?}");
    assert!(got.iter().any(|q| q.1 == QuoteKind::Indirect && q.0 == "he would keep voting no"), "{got:?}");
    let doc = Extractor::new()
        .extract("Asked about it, press secretary Karine Jean-Pierre said, \"He will sign it.\"", &Options::default())
        .unwrap();
    let kjp = doc.entities.iter().find(|e| e.name == "Karine Jean-Pierre").unwrap();
    assert_eq!(kjp.role.as_deref(), Some("press secretary"));
}

#[test]
fn a_quote_inside_a_quote_keeps_its_own_speaker() {
    let t = "Margaret Ellison kept the light. Her nephew, Daniel Ruiz, remembers it. \
             \"She'd say, 'The sea is all the company I need,'\" Ruiz told me.";
    let got = quotes(t);
    let outer = got.iter().find(|q| q.1 == QuoteKind::Direct).unwrap();
    assert_eq!(outer.2.as_deref(), Some("Daniel Ruiz"));
    let inner = got.iter().find(|q| q.0.starts_with("'The sea")).unwrap();
    assert_eq!(inner.2.as_deref(), Some("Margaret Ellison"), "{got:?}");
    // "I said" inside a quote is the outer speaker's own earlier words.
    let got = quotes("\"I told them, 'Not on my watch,' and they left,\" said Jane Smith.");
    let inner = got.iter().find(|q| q.0.starts_with("'Not")).unwrap();
    assert_eq!(inner.2.as_deref(), Some("Jane Smith"), "{got:?}");
}

#[test]
fn proxies_speak_for_others_and_a_role_before_a_name_is_theirs() {
    let (_, who) = find("A spokesperson for the premier of Ontario, Doug Ford, said the province would agree.", QuoteKind::Indirect);
    assert_eq!(who.as_deref(), Some("A spokesperson for the premier of Ontario"), "an unnamed spokesperson is not Doug Ford");
    let got = quotes("\"We agree,\" a lawyer for Donald Trump said.");
    assert_eq!(got[0].2.as_deref(), Some("a lawyer for Donald Trump"), "{got:?}");
    let doc = Extractor::new()
        .extract("The superintendent, Carla Nguyen, said the museum would stay open.", &Options::default())
        .unwrap();
    let q = &doc.quotes[0];
    assert_eq!(q.speaker_name.as_deref(), Some("Carla Nguyen"));
    let e = doc.entities.iter().find(|e| e.name == "Carla Nguyen").unwrap();
    assert_eq!(e.role.as_deref(), Some("superintendent"));
}

#[test]
fn reuters_style_relative_which_analyst_titles_and_quoted_as_saying() {
    let (_, who) = find("The Usdaw union, which represents shop workers, said it was \"deeply concerned\" by the news.", QuoteKind::Mixed);
    assert_eq!(who.as_deref(), Some("The Usdaw union"));
    let (_, who) = find("\"It is a sensible move,\" said Jefferies analyst Giles Thorne.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("Giles Thorne"));
    let (_, who) = find("The Sun quoted an unnamed worker as saying: \"Everyone is terrified.\"", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("an unnamed worker"));
    let (text, who) = find("The Times quoted Jane Smith as saying that the talks had failed.", QuoteKind::Indirect);
    assert_eq!((text.as_str(), who.as_deref()), ("the talks had failed", Some("Jane Smith")));
    // After the quote too.
    let (_, who) = find("\"This is a big step,\" the release quoted Mayor Dana Whitfield as saying.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("Dana Whitfield"));
}

#[test]
fn according_to_after_a_quote_and_a_phrase_before_a_relative_clause() {
    let (_, who) = find("\"The economy is strong,\" according to Treasury Secretary Janet Yellen.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("Janet Yellen"));
    let (_, who) = find("\"It's over,\" one Republican senator, who requested anonymity, told CNN.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("one Republican senator"));
}

#[test]
fn possessive_determiners_and_adverbs_before_the_cue() {
    let (_, who) = find("\"We live in hard times,\" my father often said.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("my father"));
}

#[test]
fn tabloid_cues_noun_clauses_and_roles_that_are_not_appositives() {
    let (_, who) = find("\"I'm absolutely gutted,\" the 28-year-old striker fumed after the match.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("the 28-year-old striker"));
    let (_, who) = find("On Instagram, the singer gushed: \"Best night of my life!\"", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("the singer"));
    // The clause after "the idea" is the noun's, not a report.
    assert!(quotes("He laughed at the idea that the plan would fail.").is_empty());
}

#[test]
fn a_plural_possessive_inside_the_speaker_phrase() {
    let (_, who) = find("The players' union said: \"No.\"", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("The players' union"));
    let (_, who) = find("\"No,\" the players\u{2019} union said.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("the players\u{2019} union"));
    let (_, who) = find("The teachers' association said the strike would go ahead.", QuoteKind::Indirect);
    assert_eq!(who.as_deref(), Some("The teachers' association"));
}

#[test]
fn a_split_quote_whose_second_half_ends_in_a_nested_quote_is_joined() {
    let t = "\"By locking in the deal,\" Ms. Okafor said, \"it let me tell them: 'Look, we will go first.'\"";
    let got = quotes(t);
    let direct = got.iter().find(|q| q.1 == QuoteKind::Direct).expect("a direct quote");
    assert!(direct.0.ends_with("first.'\""), "{got:?}");
    assert_eq!(direct.2.as_deref(), Some("Okafor"));
    // "me" inside the quote is the outer speaker: the nested quote is hers too.
    let nested = got.iter().find(|q| q.0.starts_with("'Look")).expect("the nested quote");
    assert_eq!(nested.2.as_deref(), Some("Okafor"));
}

#[test]
fn quoted_titles_of_shows_and_works_are_nobodys_words() {
    // A show's name after a possessive or a preposition: partial, no speaker, and the
    // report around it still found.
    let got = quotes("Dana Whitfield told MSNBC's \"Morning Joe\" that nobody would question the plan.");
    assert!(got.contains(&("\"Morning Joe\"".into(), QuoteKind::Partial, None)), "{got:?}");
    assert!(got.contains(&("nobody would question the plan".into(), QuoteKind::Indirect, Some("Dana Whitfield".into()))), "{got:?}");
    let got = quotes("In an interview on CBS's \"Face the Nation,\" Senator Paul Reyes said the shootings were troubling.");
    assert!(got.contains(&("\"Face the Nation,\"".into(), QuoteKind::Partial, None)), "{got:?}");
    assert!(got.contains(&("the shootings were troubling".into(), QuoteKind::Indirect, Some("Paul Reyes".into()))), "{got:?}");
    let got = quotes("Dana Whitfield released a memo titled \"The Facts on Where the Race Stands.\"");
    assert_eq!(got[0], ("\"The Facts on Where the Race Stands.\"".into(), QuoteKind::Partial, None));
    // A name in title case before its comma, with no one to say it.
    for t in ["He appeared on \"The Late Show With Stephen Colbert,\" where he joked.", "The course, \"Perceptions 301,\" is popular."] {
        assert!(quotes(t).iter().all(|q| q.1 == QuoteKind::Partial && q.2.is_none()), "{t}: {:?}", quotes(t));
    }
    // Not a title: a sentence in lower case after "that", or a headline's quote.
    let got = quotes("Dana Whitfield said on Sunday that \"we are in this together.\"");
    assert_eq!(got, vec![("\"we are in this together.\"".into(), QuoteKind::Direct, Some("Dana Whitfield".into()))]);
}

#[test]
fn role_words_in_lower_case_before_the_name_after_the_cue() {
    for t in [
        "\"We will win,\" said spokeswoman Jane Doe.",
        "\"We will win,\" said campaign spokeswoman Jane Doe.",
        "\"We will win,\" said state Sen. Jane Doe.",
        "\"We will win,\" said former Gov. Jane Doe.",
    ] {
        assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Jane Doe"), "{t}");
    }
}

#[test]
fn a_possessive_subject_is_the_thing_owned_not_the_owner() {
    let t = "Keith Moreno was injured on Tuesday. Moreno's relatives, including his wife, watched the video and said they had more questions than answers.";
    let (content, who) = find(t, QuoteKind::Indirect);
    assert_eq!(content, "they had more questions than answers");
    assert_eq!(who.as_deref(), Some("Moreno's relatives"));
    let got = quotes(t);
    assert!(got.iter().all(|q| q.2.as_deref() != Some("Keith Moreno")), "{got:?}");
}

#[test]
fn wire_forms_with_names_the_lexicon_does_not_know() {
    for (t, who) in [
        // The object of an opening phrase is no apposition.
        ("Speaking to ANI, Tunde Bakare said, \"We will not back down.\"", "Tunde Bakare"),
        // A person of an organisation.
        ("Tunde Bakare of the Nigerian Labour Congress said the union \"will not back down\".", "Tunde Bakare"),
        // A name in apposition after a possessive description, then the cue.
        ("\"We will not back down,\" Bakare's spokesperson, Jane Roe, said.", "Jane Roe"),
        // UK titles without stops, and parliamentary titles, are not part of the name.
        ("\"We will not back down,\" Prof Oksana Melnyk told the BBC.", "Oksana Melnyk"),
        ("\"We will not back down,\" Labour MP Tunde Bakare said.", "Tunde Bakare"),
        // A pronoun or an age description with only an unknown name before it.
        ("Priyanka Sharma leads the union. \"We will strike,\" she told reporters on Monday.", "Priyanka Sharma"),
        ("Oksana Melnyk lost her home. \"We will not back down,\" the 45-year-old said.", "Oksana Melnyk"),
        ("Oksana Melnyk lost her home. \"We will not back down,\" the mother of three said.", "Oksana Melnyk"),
    ] {
        let got = quotes(t);
        assert!(got.iter().any(|q| q.2.as_deref() == Some(who) && q.1 != QuoteKind::Partial), "{t}: {got:?}");
    }
    // A document speaks with "read": `the statement read`.
    let (_, who) = find("\"We will not back down,\" the statement read.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("the statement"));
}

#[test]
fn appositives_participles_and_relative_clauses_around_the_subject() {
    for (t, content, who) in [
        // A described role in apposition does not replace the name before it.
        ("Nomvula Dlamini, the provincial health MEC, said the clinics would reopen.", "the clinics would reopen", "Nomvula Dlamini"),
        // A participle phrase between subject and cue.
        ("Al Jazeera's correspondent, reporting from Gaza, said the strikes continued overnight.", "the strikes continued overnight", "Al Jazeera's correspondent"),
        // A group without a determiner after the cue.
        ("The plan would fail, said residents.", "The plan would fail", "residents"),
    ] {
        assert_eq!(find(t, QuoteKind::Indirect), (content.to_string(), Some(who.to_string())), "{t}");
    }
    // A relative clause without commas, then the cue.
    let (_, who) = find("\"It's a disaster,\" a resident who declined to be named told Reuters.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("a resident"));
    // "confirmed the arrests" is a verb and its object, not "…, said X" inverted.
    let got = quotes("The police spokesperson, Captain Sipho Ndlovu, confirmed the arrests.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn an_organisation_acronym_before_a_role_and_a_name() {
    let (_, who) = find("\"This tragedy was foreseeable,\" DA spokesperson Karabo Khakhau said.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("Karabo Khakhau"));
}

#[test]
fn a_place_named_twice_is_not_a_surname() {
    let a = Extractor::new()
        .extract("Floods kill dozens in eastern Cape\n\nFlash floods have killed 34 people in South Africa's Eastern Cape province, officials said.", &Options::default())
        .unwrap();
    let cape = a.entities.iter().find(|e| e.name == "Eastern Cape").expect("Eastern Cape");
    assert_eq!(cape.kind, onrecord::EntityType::Place);
}

#[test]
fn transcript_lines_are_their_speakers_words() {
    let t = "Dana Whitfield and Tom Okafor debated on Tuesday.\n\n\
             WHITFIELD: Well, look, my opponent thinks this is an episode of \"Shark Tank.\" It is not.\n\n\
             OKAFOR: That is not true, and you know it.\n\n\
             UPDATE: The debate ended at 10 p.m.";
    let got = quotes(t);
    assert!(got.contains(&("Well, look, my opponent thinks this is an episode of \"Shark Tank.\" It is not.".into(), QuoteKind::Direct, Some("Dana Whitfield".into()))), "{got:?}");
    assert!(got.contains(&("That is not true, and you know it.".into(), QuoteKind::Direct, Some("Tom Okafor".into()))), "{got:?}");
    // A label that names nobody in the article is no speaker; a show's title stays a title.
    assert!(got.iter().all(|q| !q.0.starts_with("The debate ended")), "{got:?}");
    assert!(got.contains(&("\"Shark Tank.\"".into(), QuoteKind::Partial, None)), "{got:?}");
}

#[test]
fn an_interviewer_the_article_does_not_name_is_a_speaker_by_the_label() {
    // A block-quoted transcript: each paragraph opens a quote mark and none closes.
    let t = "On Sunday's show, Gov. Dana Whitfield said the invitation was a joke.\n\n\
             Partial transcript as follows:\n\n\
             \"HOLLIS: Will the guest be there tomorrow night?\n\n\
             \"WHITFIELD: The guest will not be attending the debate.\n\n\
             \"(CROSSTALK.)\n\n\
             \"HOLLIS: If I may, sir, we have limited time. Why invite her at all?\n\n\
             \"WHITFIELD: It was a joke, and everyone knows it.";
    let got = quotes(t);
    assert!(got.contains(&("Will the guest be there tomorrow night?".into(), QuoteKind::Direct, Some("Hollis".into()))), "{got:?}");
    assert!(got.contains(&("If I may, sir, we have limited time. Why invite her at all?".into(), QuoteKind::Direct, Some("Hollis".into()))), "{got:?}");
    assert!(got.contains(&("The guest will not be attending the debate.".into(), QuoteKind::Direct, Some("Dana Whitfield".into()))), "{got:?}");
    // The stage direction is no one's words.
    assert!(got.iter().all(|q| !q.0.contains("CROSSTALK")), "{got:?}");
}

#[test]
fn they_is_the_group_or_organisation_its_sentence_opens_with() {
    let t = "The bureau released files on Monday. Okafor's campaign is seeking to contrast her plan with what they call the mayor's \"self-centered message.\"";
    let got = quotes(t);
    assert!(got.iter().any(|q| q.1 == QuoteKind::Mixed && q.2.as_deref() == Some("Okafor's campaign")), "{got:?}");
}

#[test]
fn organisations_interjections_and_opening_phrases_with_an_article() {
    let (_, who) = find("Acme Corp. reported a loss on Tuesday. \"We are disappointed,\" it said in a statement.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("Acme"));
    let got = quotes("Officials said the outbreak was under control. A ministry spokesman, however, warned that cases could rise.");
    assert!(got.contains(&("cases could rise".into(), QuoteKind::Indirect, Some("A ministry spokesman".into()))), "{got:?}");
    let (_, who) = find("In an interview with the BBC, Holt said the plan would fail.", QuoteKind::Indirect);
    assert_eq!(who.as_deref(), Some("Holt"));
}

#[test]
fn as_someone_put_it() {
    let (_, who) = find("Tom Baker spoke later. As Baker put it, \"We have no choice.\"", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("Tom Baker"));
    let (_, who) = find("As one analyst put it: \"The market is broken.\"", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("one analyst"));
}

#[test]
fn a_title_inside_a_report_is_part_of_its_subject() {
    let got = quotes("Jane Holt spoke on Monday. She said the \"Big Beautiful Bill\" would pass.");
    assert!(got.contains(&("the \"Big Beautiful Bill\" would pass".into(), QuoteKind::Indirect, Some("Jane Holt".into()))), "{got:?}");
    assert!(got.contains(&("\"Big Beautiful Bill\"".into(), QuoteKind::Partial, None)), "{got:?}");
    // After a possessive pronoun too: his radio show's name is nobody's words.
    let got = quotes("He took calls from listeners to his \"Keepin' It Real\" radio program.");
    assert_eq!(got, vec![("\"Keepin' It Real\"".into(), QuoteKind::Partial, None)]);
}

#[test]
fn a_participle_after_the_cue_carries_the_report() {
    for t in [
        "Jane Smith said Tuesday, adding that the province would look at every option.",
        "\"It's unacceptable,\" Jane Smith said Tuesday, noting that the province would look at every option.",
        "\"It's unacceptable,\" said Jane Smith, adding that the province would look at every option.",
    ] {
        let (text, who) = find(t, QuoteKind::Indirect);
        assert_eq!(text, "the province would look at every option", "{t}");
        assert_eq!(who.as_deref(), Some("Jane Smith"), "{t}");
    }
}

#[test]
fn police_and_council_titles_are_not_names() {
    for (t, who) in [
        ("The driver stayed at the scene, said Const. Davinder Sahota.", "Davinder Sahota"),
        ("\"We lost a champion,\" said Coun. Mark Dunn.", "Mark Dunn"),
        ("\"We need witnesses,\" Det. Sgt. Amira Haddad told reporters.", "Amira Haddad"),
    ] {
        let q = quotes(t);
        assert_eq!(q.first().and_then(|q| q.2.as_deref()), Some(who), "{t}: {q:?}");
    }
}

#[test]
fn reports_chained_by_a_participle_and_opening_clauses() {
    let q = quotes("The RCMP is investigating, said Sgt. Paul Chan, adding that no arrests had been made.");
    assert!(q.contains(&("no arrests had been made".into(), QuoteKind::Indirect, Some("Paul Chan".into()))), "{q:?}");
    let q = quotes("Police said the suspect fled, adding that no arrests had been made.");
    assert!(q.contains(&("the suspect fled".into(), QuoteKind::Indirect, Some("Police".into()))), "{q:?}");
    // A report inside an opening adverbial clause ends at its comma; the participle after
    // the main clause is the main subject's.
    let q = quotes("After Tom Brown said the deal was done, Jane Smith called the premier, saying that the city would pay.");
    assert!(q.contains(&("the deal was done".into(), QuoteKind::Indirect, Some("Tom Brown".into()))), "{q:?}");
    assert!(q.contains(&("the city would pay".into(), QuoteKind::Indirect, Some("Jane Smith".into()))), "{q:?}");
}

#[test]
fn the_reply_from_someone() {
    assert_eq!(find("\"Not at this time,\" was the reply from the minister's office.", QuoteKind::Direct).1.as_deref(), Some("the minister's office"));
    assert_eq!(find("\"No comment,\" came the response from Jane Smith.", QuoteKind::Direct).1.as_deref(), Some("Jane Smith"));
}

#[test]
fn a_floating_quote_is_the_previous_paragraphs_person() {
    let t = "Jane Smith has run the food bank for 12 years.\n\n\"We've never seen demand like this. Never.\"\n\nThe shelves were empty by noon.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Jane Smith"));
    // Not when the person was only the object of the sentence.
    let t = "Police arrested Tom Brown on Monday.\n\n\"We are relieved that this is over.\"";
    assert_eq!(find(t, QuoteKind::Direct).1, None);
}

#[test]
fn dashes_around_a_parenthesis_and_after_a_quote() {
    let (text, who) = find("The minister, Jane Smith, said the plan — which critics call a tax grab — would save money.", QuoteKind::Indirect);
    assert_eq!(text, "the plan — which critics call a tax grab — would save money");
    assert_eq!(who.as_deref(), Some("Jane Smith"));
    let t = "\"I'm not going anywhere.\" — Jane Smith, speaking to supporters on Monday";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Jane Smith"));
}

#[test]
fn a_pronoun_after_an_unnamed_speaker_is_that_speaker() {
    let t = "Tom Brown said the province would respond by Friday.\n\nAsked about the comments, the prime minister's spokesperson said the door remained open.\n\n\"We're not going to negotiate in public,\" she said.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("the prime minister's spokesperson"));
    // A person named since then is the nearer antecedent.
    let t = "A ministry spokeswoman said the door remained open.\n\nHealth Minister Jane Smith spoke to reporters later.\n\n\"We're not going to negotiate in public,\" she said.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Jane Smith"));
}

#[test]
fn a_quote_after_a_sentence_about_one_person_in_the_same_paragraph() {
    let t = "Coach Jim Berube said the injury was minor.\n\nAsked whether it was serious, Berube shrugged. \"I don't know yet. We'll see tomorrow.\"";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Jim Berube"));
    let t = "Coach Jim Berube said the injury was minor.\n\nAsked again, the coach shrugged. \"I don't know yet. We'll see tomorrow.\"";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Jim Berube"));
}

#[test]
fn lead_ins_without_a_speech_verb() {
    for (t, who) in [
        ("Jane Smith's response: \"We'll see.\"", "Jane Smith"),
        ("Jane Smith put it bluntly: \"The plan is dead.\"", "Jane Smith"),
        ("Jane Smith put it this way: \"The plan is dead.\"", "Jane Smith"),
        ("\"This,\" said Jane Smith, pointing at the map, \"is where it happened.\"", "Jane Smith"),
        ("'We will not be silenced,' says union boss", "union boss"),
    ] {
        assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some(who), "{t}");
    }
    // The split quote around a participle phrase is one quote.
    // So is one split around where the speaker works, or who she is.
    for t in [
        "\"This,\" said Jane Smith, pointing at the map, \"is where it happened.\"",
        "\"Any plan is better than none,\" said Jane Smith of the Patients Association, \"but we will judge it on results.\"",
        "\"Any plan is better than none,\" said Jane Smith, a lawyer for the family, \"but we will judge it on results.\"",
    ] {
        let q = quotes(t);
        assert_eq!(q.iter().filter(|q| q.1 == QuoteKind::Direct).map(|q| q.2.as_deref()).collect::<Vec<_>>(), [Some("Jane Smith")], "{t}");
    }
}

#[test]
fn a_one_word_speaker_that_acts_like_a_company_is_an_organisation() {
    let kinds = |t: &str| {
        Extractor::new().extract(t, &Options::default()).unwrap().entities.into_iter().map(|e| (e.name, format!("{:?}", e.kind))).collect::<Vec<_>>()
    };
    for t in [
        "Shopify said on Tuesday that revenue rose 20 per cent. The company said it would hire 500 people.",
        "Shopify said its revenue rose 20 per cent in the quarter.",
    ] {
        let k = kinds(t);
        assert!(k.iter().any(|(n, kind)| n == "Shopify" && kind.contains("Org")), "{t}: {k:?}");
    }
    // A surname alone that speaks like a person stays a person.
    let k = kinds("Okonkwo said he would appeal the ruling.");
    assert!(k.iter().any(|(n, kind)| n == "Okonkwo" && kind.contains("Person")), "{k:?}");
}

#[test]
fn australian_and_uk_forms() {
    let q = quotes("Prime Minister Jane Albright said the deal was a win. Ms Albright told ABC Radio Melbourne the government had listened.");
    assert!(q.contains(&("the government had listened".into(), QuoteKind::Indirect, Some("Jane Albright".into()))), "{q:?}");
    let q = quotes("Treasurer Jim Chalmers-Reid says inflation is moderating, but warns the job is not done.");
    assert!(q.contains(&("inflation is moderating".into(), QuoteKind::Indirect, Some("Jim Chalmers-Reid".into()))), "{q:?}");
    assert!(q.contains(&("the job is not done".into(), QuoteKind::Indirect, Some("Jim Chalmers-Reid".into()))), "{q:?}");
    // A capitalised word after the outlet that starts the clause is not part of the outlet.
    let q = quotes("Jane Smith told CNN Trump was lying about the deal.");
    assert!(q.contains(&("Trump was lying about the deal".into(), QuoteKind::Indirect, Some("Jane Smith".into()))), "{q:?}");
}

#[test]
fn interview_answers_are_the_interviewees() {
    let t = "Jane Okafor has led the city's food bank for a decade. We spoke with Okafor about the winter ahead.\n\nQ: How bad is demand this year?\n\nA: Worse than I have ever seen. We served 4,000 families last month.\n\nQ: What do you need most?\n\nA: Volunteers, honestly. Food we can find.";
    let q = quotes(t);
    let answers: Vec<_> = q.iter().filter(|q| q.1 == QuoteKind::Direct).collect();
    assert_eq!(answers.len(), 2, "{q:?}");
    assert!(answers.iter().all(|q| q.2.as_deref() == Some("Jane Okafor") && !q.0.starts_with('Q')), "{q:?}");
    // Without answers there is no interview: a lone "A:" line or "Q:" line is nobody's.
    let q = quotes("Jane Okafor runs the food bank.\n\nQ: How bad is demand this year?");
    assert!(q.iter().all(|q| q.2.is_none()), "{q:?}");
}

#[test]
fn a_postposed_report_then_a_participle() {
    let q = quotes("The government will cut study permits by 10 per cent, Minister Jane Tremblay announced Wednesday, saying the housing market cannot absorb more arrivals.");
    assert!(q.contains(&("The government will cut study permits by 10 per cent".into(), QuoteKind::Indirect, Some("Jane Tremblay".into()))), "{q:?}");
    assert!(q.contains(&("the housing market cannot absorb more arrivals".into(), QuoteKind::Indirect, Some("Jane Tremblay".into()))), "{q:?}");
}

#[test]
fn organisations_named_across_and_or_ampersand() {
    for (t, who) in [
        ("Colleges and Institutes Canada said in a statement that the cap would force layoffs.", "Colleges and Institutes Canada"),
        ("Fisheries and Oceans Canada said the closure would continue all summer.", "Fisheries and Oceans Canada"),
        ("Procter & Gamble said sales rose sharply last quarter.", "Procter & Gamble"),
    ] {
        assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some(who), "{t}");
        let a = Extractor::new().extract(t, &Options::default()).unwrap();
        assert!(a.entities.iter().any(|e| e.name == who && format!("{:?}", e.kind).contains("Org")), "{t}");
    }
    // Two places or two people stay two.
    let a = Extractor::new().extract("France and Canada said they would act together on the matter.", &Options::default()).unwrap();
    assert!(a.entities.iter().any(|e| e.name == "France") && a.entities.iter().any(|e| e.name == "Canada"));
}

#[test]
fn the_official_is_the_unnamed_official_introduced_before() {
    let t = "A senior government official, who spoke on condition of anonymity, said cabinet had considered a deeper cut.\n\n\"There were voices at the table who wanted 20 per cent,\" the official said.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("A senior government official"));
}

#[test]
fn the_board_is_the_board_named_before() {
    let t = "The Halton Catholic District School Board said grief counsellors would attend all week. The board said classes would continue as scheduled.";
    let q = quotes(t);
    assert!(q.contains(&("classes would continue as scheduled".into(), QuoteKind::Indirect, Some("Halton Catholic District School Board".into()))), "{q:?}");
    let t = "The Ontario Ministry of Health said cases rose sharply in May. The ministry said hospitals were coping well.";
    let q = quotes(t);
    assert!(q.contains(&("hospitals were coping well".into(), QuoteKind::Indirect, Some("Ontario Ministry of Health".into()))), "{q:?}");
}

#[test]
fn a_long_phrase_with_commas_before_that() {
    let (text, who) = find("Jane Smith says at a campaign stop in Toledo, Ohio, that it means the plan never paid off.", QuoteKind::Indirect);
    assert_eq!(text, "it means the plan never paid off");
    assert_eq!(who.as_deref(), Some("Jane Smith"));
}

#[test]
fn colon_lead_ins_went_on_to_say_and_documents() {
    assert_eq!(find("Jane Smith was blunt: \"We will win.\"", QuoteKind::Direct).1.as_deref(), Some("Jane Smith"));
    assert_eq!(find("Police found the following note: \"We will win.\"", QuoteKind::Direct).1, None);
    let (text, who) = find("Jane Smith went on to say that the plan would fail.", QuoteKind::Indirect);
    assert_eq!((text.as_str(), who.as_deref()), ("the plan would fail", Some("Jane Smith")));
    let (text, who) = find("The letter, signed by 40 doctors, says the policy is dangerous for patients.", QuoteKind::Indirect);
    assert_eq!((text.as_str(), who.as_deref()), ("the policy is dangerous for patients", Some("The letter")));
}

#[test]
fn a_portfolio_belongs_to_the_title_not_the_name() {
    for (t, who) in [
        ("Speaking on the occasion, Minister of State for Health Asha Verma said awareness is the key.", "Asha Verma"),
        ("Minister for Foreign Affairs Penny Walsh said the talks were useful.", "Penny Walsh"),
        ("Secretary of State for Health and Social Care Tom Hurst said waiting lists were falling.", "Tom Hurst"),
        ("Minister of Foreign Affairs Mélanie Roy said Canada would respond.", "Mélanie Roy"),
        ("Minister of Crown-Indigenous Relations Gary Anand said talks would resume.", "Gary Anand"),
        ("Union Minister for Road Transport Ravi Sharma said the road would open in May.", "Ravi Sharma"),
        ("Minister for Ports and Waterways Ann Lowe said the harbour would be dredged.", "Ann Lowe"),
    ] {
        assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some(who), "{t}");
    }
}

#[test]
fn a_department_of_several_portfolios_is_one_name() {
    for (t, who) in [
        ("The Department of Health and Social Care said it was ready.", "Department of Health and Social Care"),
        ("The Department for Culture, Media and Sport said it was ready.", "Department for Culture, Media and Sport"),
        ("A spokesperson for the Department for Levelling Up, Housing and Communities said it was ready.", "A spokesperson for the Department for Levelling Up, Housing and Communities"),
        ("The Organization for Economic Cooperation and Development said wages were rising.", "Organization for Economic Cooperation and Development"),
    ] {
        assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some(who), "{t}");
    }
    // A list that is not all portfolios, or has no closing `and`, is several names.
    assert_eq!(find("The Department of Justice, FBI agents and police said they were ready.", QuoteKind::Indirect).1.as_deref(), Some("police"));
}

#[test]
fn a_place_after_a_title_can_be_a_given_name() {
    let t = "Hannah Jensen wrote that the figures were sound. NDP health critic France Gélinas called the numbers misleading. She told the Star that many nurses do not work in hospitals.";
    let q = quotes(t);
    assert_eq!(q.last().and_then(|q| q.2.as_deref()), Some("France Gélinas"), "{q:?}");
    assert_eq!(find("Human rights lawyer Paris Malik said the law was unfair.", QuoteKind::Indirect).1.as_deref(), Some("Paris Malik"));
    // A place is still a place where no title stands before it.
    let a = Extractor::new().extract("Officials in France said the law was unfair.", &Options::default()).unwrap();
    assert!(a.entities.iter().any(|e| e.name == "France"));
}

#[test]
fn a_relative_clause_verb_does_not_make_an_object_a_report() {
    assert!(quotes("The company reported fourth-quarter profit that topped analysts' expectations.").is_empty());
    assert!(quotes("Police confirmed the death of a man who was hit by a car.").is_empty());
    // The subject of a reported clause may hold a relative clause of its own.
    let got = quotes("Jane Smith said the man who was arrested had fled the country.");
    assert_eq!(got[0].0, "the man who was arrested had fled the country");
    let got = quotes("Jane Smith said the plan that critics oppose would fail badly.");
    assert_eq!(got[0].0, "the plan that critics oppose would fail badly");
}

#[test]
fn companies_by_their_short_names() {
    let t = "Shopify Inc. shares rose on Wednesday. Shopify did not provide a forecast, saying it would give guidance one quarter at a time.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Shopify"));
    // A web name is one word, and the organisation it names speaks.
    let t = "The results come a week after rival Amazon.com Inc. warned that consumers were becoming more cautious.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Amazon.com"));
    // "News Corp" keeps its suffix: "News" alone names nothing.
    assert_eq!(find("News Corp. said the bid had failed.", QuoteKind::Indirect).1.as_deref(), Some("News Corp"));
    // Two organisations joined by "and" stay two.
    let a = Extractor::new().extract("The Urban Institute and Brookings Institution said the plan would raise taxes.", &Options::default()).unwrap();
    assert!(a.entities.iter().any(|e| e.name == "Urban Institute") && a.entities.iter().any(|e| e.name == "Brookings Institution"), "{:?}", a.entities);
}

#[test]
fn lower_case_roles_with_their_modifiers() {
    let a = Extractor::new().extract("Chief financial officer Jeff Holm said the company expects growth. \"It is risky,\" said Mark Chen, a portfolio manager at Northwood Asset Management.", &Options::default()).unwrap();
    let role = |n: &str| a.entities.iter().find(|e| e.name == n).and_then(|e| e.role.clone());
    assert_eq!(role("Jeff Holm").as_deref(), Some("Chief financial officer"));
    assert_eq!(role("Mark Chen").as_deref(), Some("portfolio manager"));
    assert!(a.entities.iter().any(|e| e.name == "Northwood Asset Management" && e.kind == onrecord::EntityType::Organization), "{:?}", a.entities);
}

#[test]
fn postposed_attribution_with_a_closing_participle_or_coordination() {
    let t = "Talks went on. The parties have agreed to a seven-day ceasefire starting on Monday, Saudi and US mediators announced, raising hopes of relief for millions.";
    let got = quotes(t);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "The parties have agreed to a seven-day ceasefire starting on Monday");
    assert_eq!(got[0].2.as_deref(), Some("Saudi and US mediators"));
    let got = quotes("Talks went on. The parties signed a truce, the mediators announced on Sunday, raising hopes of relief.");
    assert_eq!(got.iter().map(|q| q.0.as_str()).collect::<Vec<_>>(), ["The parties signed a truce"]);
    let got = quotes("Talks went on. The plan will fail, Jane Smith and Tom Jones said in a joint statement.");
    assert_eq!(got[0].2.as_deref(), Some("Jane Smith"));
    // A gerund subject keeps its clause.
    assert_eq!(find("Jane Smith said spending would rise next year.", QuoteKind::Indirect).0, "spending would rise next year");
}

#[test]
fn an_outlet_or_organisation_before_a_title_and_a_name() {
    let t = "Hemedti said his forces would respect it. UN humanitarian chief Tom Fletcher welcomed the deal. Aid agencies must be allowed \"safe and unhindered access\", he told reporters in Geneva.";
    let got = quotes(t);
    assert!(got.iter().any(|q| q.1 == QuoteKind::Mixed && q.2.as_deref() == Some("Tom Fletcher")), "{got:?}");
    // "told Global News": an outlet whose name ends in "News" is no "news that …".
    let t = "Talks went on. Witness Gurpreet Sandhu told Global News he heard a loud bang and ran outside.";
    assert_eq!(find(t, QuoteKind::Indirect), ("he heard a loud bang and ran outside".into(), Some("Gurpreet Sandhu".into())));
}

#[test]
fn a_name_given_in_an_appositive_and_irregular_past_verbs() {
    let t = "Rain fell. His neighbour, a retired fisherman named Joe Monias, put it simply: \"When the road comes, something goes.\"";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Joe Monias"));
    let t = "Rain fell. A woman named Ann Lee, who lives nearby, said the fire spread fast.";
    assert_eq!(find(t, QuoteKind::Indirect), ("the fire spread fast".into(), Some("Ann Lee".into())));
}

#[test]
fn a_document_speaks_for_whoever_issued_it() {
    let a = Extractor::new().extract("Rain fell. Three people were hurt, according to a statement from the RCMP.", &Options::default()).unwrap();
    assert_eq!(a.quotes[0].speaker_name.as_deref(), Some("RCMP"));
    assert!(a.quotes[0].speaker.is_some());
}

#[test]
fn a_speaker_of_an_organisation_named_after_a_place_and_a_clause_with_money() {
    let t = "Rain fell. Transit advocate Laura Shantz of Ottawa Transit Riders said the cuts would hit low-income riders hardest.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Laura Shantz"));
    let t = "Rain fell. Speaking at city hall on Tuesday, Sutcliffe said OC Transpo faces a $120-million shortfall next year.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "OC Transpo faces a $120-million shortfall next year");
}

#[test]
fn wire_labels_and_chief_executives() {
    let t = "EXCLUSIVE: Miner weighs sale of coal unit, sources say\n\nLONDON, March 4 (Reuters) - Glencore Chief Executive Gary Nagle told analysts last month that the company was \"always reviewing\" its portfolio.";
    let got = quotes(t);
    assert_eq!(got[0].0, "Miner weighs sale of coal unit", "{got:?}");
    assert!(got.iter().any(|q| q.1 == QuoteKind::Mixed && q.2.as_deref() == Some("Gary Nagle")), "{got:?}");
}

#[test]
fn who_after_an_appositive_naming_an_organisation() {
    let t = "Rain fell. Obama has had a frosty relationship with Mitch McConnell, now the Senate majority leader, who in 2010 said the party's most important goal was to beat Obama.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Mitch McConnell"));
}

#[test]
fn inform_reports_and_its_passive_does_not() {
    let t = "Rain fell. Jane Smith informed the council that the works were 80 per cent complete.";
    assert_eq!(find(t, QuoteKind::Indirect), ("the works were 80 per cent complete".into(), Some("Jane Smith".into())));
    assert!(quotes("Rain fell. After being informed that he would be charged, Tom Brown went to police.").is_empty());
    // A progressive is no passive.
    let t = "Rain fell. Donald Trump is warning voters that a Clinton victory would bring scandal back.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Donald Trump"));
}

#[test]
fn studies_find_and_unknown_names_after_a_role() {
    let t = "Rain fell. Even 3,800 steps a day lowered the risk by 25 per cent, the study found.";
    assert_eq!(find(t, QuoteKind::Indirect), ("Even 3,800 steps a day lowered the risk by 25 per cent".into(), Some("the study".into())));
    // Finding a thing is no report.
    assert!(quotes("Rain fell. Police found the body of a man in the river.").is_empty());
    let t = "Rain fell. \"The more you walk, the better,\" said lead author Borja del Pozo Cruz.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Borja del Pozo Cruz"));
}

#[test]
fn a_name_before_a_bracketed_constituency_and_who() {
    let t = "Rain fell. The resolution followed a motion by Senator Amaka Obi (Enugu North), who said the currency had lost value.";
    assert_eq!(find(t, QuoteKind::Indirect), ("the currency had lost value".into(), Some("Amaka Obi".into())));
}

#[test]
fn a_report_in_a_relative_clause_ends_with_the_clause() {
    let t = "Rain fell. Mr. Halvorsen, who said the plan was flawed, voted against it on Monday.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "the plan was flawed");
    // A relative clause inside the report is stepped over.
    let t = "Rain fell. Mr. Halvorsen, who said the plan, which was drafted in May, was flawed, voted against it.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "the plan, which was drafted in May, was flawed");
}

#[test]
fn adverbs_and_modals_between_a_speaker_and_the_verb() {
    for (t, who) in [
        ("Rain fell. Now researchers say a small fish may be even tougher.", "researchers"),
        ("Rain fell. Maria Lund now says she opposes the deal.", "Maria Lund"),
        ("Rain fell. Maria Lund however said she would welcome the offer.", "Maria Lund"),
        ("Rain fell. Northwind Bank just this month announced it would close the branch.", "Northwind Bank"),
    ] {
        assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some(who), "{t}");
    }
    // A modal is no head of a description ("then Sanders can say").
    let t = "Rain fell. \"It helps, because then Lund can say 'I am not just a local candidate,'\" said Ola Berg.";
    let got = quotes(t);
    assert!(got.iter().all(|q| q.2.as_deref() != Some("Lund can")), "{got:?}");
}

#[test]
fn the_last_word_of_a_place_is_no_verb() {
    // "States" is no form of "state" here.
    let t = "Rain fell. Most voters support curbs, but they want migrants already in the United States illegally to be allowed to stay.";
    let got = quotes(t);
    assert!(got.iter().all(|q| !q.0.starts_with("illegally")), "{got:?}");
}

#[test]
fn a_people_and_a_plural_capitalised_at_a_sentence_start_are_nobody() {
    let t = "Rain fell. Surveys show the mood shifted in 2014. Ruritanians now say they admire Mr. Volkov more. ''It is all lies,'' he said.";
    let got = quotes(t);
    let lies = got.iter().find(|q| q.0.contains("all lies")).unwrap();
    assert_eq!(lies.2.as_deref(), Some("Volkov"), "{got:?}");
}

#[test]
fn the_writer_speaking_is_never_the_last_organisation() {
    let t = "Rain fell. The FBI has opened an inquiry. We now know that the bureau is also investigating the foundation.";
    let got = quotes(t);
    assert!(got.iter().all(|q| q.2.as_deref() != Some("FBI")), "{got:?}");
}

#[test]
fn a_passive_accusation_names_no_speaker() {
    for t in ["Ministers accused of 'betraying' renters as bill is delayed", "Rain fell. Ministers have been accused of \"betraying\" millions of private renters."] {
        let got = quotes(t);
        assert!(got.iter().all(|q| q.2.is_none()), "{t}: {got:?}");
    }
    let t = "Rain fell. Ms. Lund accused the minister of \"betraying\" renters.";
    assert_eq!(find(t, QuoteKind::Mixed).1.as_deref(), Some("Lund"));
}

#[test]
fn they_after_a_plural_unnamed_source() {
    let t = "Rain fell. The lender has been working with advisers, said the people, who asked not to be identified. No final decision has been made, and the bank could keep the unit, they said.";
    let got = quotes(t);
    assert!(got.iter().any(|q| q.0.starts_with("No final decision") && q.2.as_deref() == Some("the people")), "{got:?}");
}

#[test]
fn letters_after_a_name_are_no_part_of_it() {
    let t = "Rain fell. Counsel for the defence, Ronan Kelleher SC, said his client was ashamed.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Ronan Kelleher"));
    let t = "Rain fell. Ffion Rees MP said the bill had been delayed again.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Ffion Rees"));
}

#[test]
fn someone_close_to_a_named_person_speaks_not_the_person() {
    let t = "Rain fell. A source close to the star told The Courier: \"She was devastated.\"";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("A source close to the star"));
    let t = "Rain fell. A friend of Jodie Marsh said: \"She was devastated.\"";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("A friend of Jodie Marsh"));
    // A name before the appositive still speaks.
    let t = "Rain fell. John Smith, a friend of the victim, said: \"She was loved.\"";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("John Smith"));
}

#[test]
fn one_person_with_two_roles_is_the_subject() {
    let t = "Rain fell. Her pal and co-star Danny Fenwick leapt to her defence, writing: \"Leave her alone.\"";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Danny Fenwick"));
}

#[test]
fn a_capitalised_role_after_a_lower_case_article_is_the_person_who_holds_it() {
    let t = "Chief Minister R. Senthilkumar chaired a review meeting. \"There is no need to panic,\" the Chief Minister told reporters.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("R. Senthilkumar"));
    let t = "Chief Minister R. Senthilkumar chaired a review meeting. \"There is no need to panic,\" said the Chief Minister.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("R. Senthilkumar"));
}

#[test]
fn a_bare_noun_before_an_auxiliary_is_the_reports_subject() {
    let t = "Rain fell. Ana Petrov welcomed the decision but warned schools would need extra support.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "schools would need extra support");
}

#[test]
fn a_fragment_after_a_participle_belongs_to_the_report_before_it() {
    let t = "Phones will be banned in every school, Education Minister Prue Calder has announced, declaring the devices a \"constant distraction\" in classrooms.";
    let got = quotes(t);
    assert!(got.iter().all(|q| !q.0.starts_with(',')), "{got:?}");
    assert!(got.iter().any(|q| q.1 == QuoteKind::Partial && q.2.as_deref() == Some("Prue Calder")), "{got:?}");
    // A fragment after a verb and a parenthetical is still that verb's.
    let t = "Rain fell. Ana Petrov argued, without evidence, that the board was \"rigged from the start\" against her.";
    assert_eq!(find(t, QuoteKind::Mixed).1.as_deref(), Some("Ana Petrov"));
}

#[test]
fn an_age_in_apposition_marks_a_person_already_named() {
    let t = "Jodie Marsh-Kean has hit back at online trolls. The former soap actress, 38, fumed: \"I will wear whatever I like.\"";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Jodie Marsh-Kean"));
}

#[test]
fn a_quantity_opens_a_reported_clause() {
    let t = "Rain fell. The United Nations says more than 12 million people have been displaced.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "more than 12 million people have been displaced");
    let t = "Rain fell. Police said about 40 homes burned overnight.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "about 40 homes burned overnight");
    // "at least" is a quantity, not a place the words were said at.
    let t = "Rain fell. Amnesty International said at least six people had been killed since Friday.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "at least six people had been killed since Friday");
    assert!(quotes("Rain fell. She said more about the plan later.").is_empty());
}

#[test]
fn a_postposed_told_with_its_object() {
    let t = "Rain fell. Veltra is in talks with unions to cut about 4,000 jobs, three people familiar with the matter told Reuters, as it struggles with falling demand.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("three people familiar with the matter"));
}

#[test]
fn a_headline_word_the_text_writes_in_lower_case_is_no_given_name() {
    let t = "Carmaker Veltra in talks to cut jobs\n\nGerman carmaker Veltra is in talks to cut jobs, sources said. A Veltra spokesperson said the company did not comment on speculation. \"We are constantly reviewing our cost base,\" she added.";
    let got = quotes(t);
    assert!(got.iter().any(|q| q.0.starts_with("\"We are") && q.2.as_deref() == Some("A Veltra spokesperson")), "{got:?}");
}

#[test]
fn a_surname_before_a_colon_lead_in() {
    let t = "Diane Okafor-Deans spoke at city hall. Okafor-Deans was blunt: \"The plan is flawed.\"";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Diane Okafor-Deans"));
    // A place is nobody.
    let t = "Rain fell in Ottawa. Ottawa was quiet: \"The plan is flawed.\"";
    assert_eq!(find(t, QuoteKind::Direct).1, None);
}

#[test]
fn a_document_held_by_an_outlet_speaks_not_the_outlet() {
    let t = "Rain fell. A police report obtained by CBC News says officers found two guns.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("A police report obtained by CBC News"));
    // The sender, where the phrase names one; the author of a report; the pollster, not its client.
    let t = "Rain fell. A letter from the Royal Legion obtained by The Associated Press says the name is protected.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Royal Legion"));
    let t = "Rain fell. A report released by the Brookings Institution found that 46,000 accounts were used.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Brookings Institution"));
    let t = "Rain fell. A poll conducted by Ipsos for Global News found that 40 per cent of voters were undecided.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Ipsos"));
}

#[test]
fn dotted_party_tags_and_the_name_after_a_proxy() {
    // A party and a dotted state, between the name and the cue or before an appositive.
    let t = "Rep. Dana Holt (D-N.Y.) said the claim smacked of hypocrisy.";
    assert_eq!(find(t, QuoteKind::Indirect), ("the claim smacked of hypocrisy".into(), Some("Dana Holt".into())));
    let t = "Rep. Dana Holt (D-N.Y.), chairman of the caucus, said members will help him raise cash.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Dana Holt"));
    let t = "Sen. Dana Holt, R-S.C., a long-shot candidate, said the plan is overselling its successes.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Dana Holt"));
    // The name inside a relative clause is not the one an appositive describes.
    let t = "Mara Quist, a professor who worked for Sen. Dana Holt (R-Tenn.), one of the bill's architects, said the bill was significant.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Mara Quist"));
    // "said no" is an answer; "said no decision had been made" reports a clause.
    let t = "A lawyer for the news outlets, Omar Pellew, said no immediate decision had been made.";
    assert_eq!(find(t, QuoteKind::Indirect), ("no immediate decision had been made".into(), Some("Omar Pellew".into())));
    assert!(quotes("Asked about the plan, she said no to it.").is_empty());
    // A spokesperson for a person described, then named: the spokesperson speaks.
    let t = "A spokesperson for the premier of Ontario, Doug Ford, said the plan would go ahead.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("A spokesperson for the premier of Ontario"));
}

#[test]
fn according_to_a_source_without_a_name_or_an_article() {
    let t = "Rain fell. According to exit polls, Dana Holt had a ten-point lead among older voters.";
    assert_eq!(find(t, QuoteKind::Indirect), ("Dana Holt had a ten-point lead among older voters".into(), Some("exit polls".into())));
    let t = "Rain fell. About 9.9 million single mothers live in the country, according to federal statistics.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("federal statistics"));
    // A source whose noun is also a cue ("report"), and one between dashes.
    let t = "Rain fell. According to a new report by the Tribune, party insiders are trying to mobilize voters.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "party insiders are trying to mobilize voters");
    let t = "Rain fell. It has not gone unnoticed: According to recent polls, Holt holds only 14 percent of the vote.";
    assert_eq!(find(t, QuoteKind::Indirect), ("Holt holds only 14 percent of the vote".into(), Some("recent polls".into())));
    let t = "Rain fell. According to early results of the exit poll conducted by a research firm for the news agency and three television networks, Holt led in both states.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "Holt led in both states");
    let t = "Rain fell. More than half of his advice is unsupported — or flat out wrong — according to a medical journal.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("a medical journal"));
}

#[test]
fn a_demand_without_a_clause() {
    let t = "Rain fell. The union called for a moratorium on charter schools.";
    assert_eq!(find(t, QuoteKind::Indirect), ("a moratorium on charter schools".into(), Some("The union".into())));
    let t = "Rain fell. Dana Holt called on Congress to pass the bill quickly.";
    assert_eq!(find(t, QuoteKind::Indirect), ("Congress to pass the bill quickly".into(), Some("Dana Holt".into())));
    let t = "Rain fell. The senator is calling for an independent inquiry into the deal.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "an independent inquiry into the deal");
    // The demand ends with its clause, and a postposed attribution still reports the sentence.
    let t = "Rain fell. The Red Hand Brigade has previously called for attacks using vehicles, the monitoring service said.";
    let got = quotes(t);
    assert!(got.iter().any(|q| q.0 == "attacks using vehicles" && q.2.as_deref() == Some("Red Hand Brigade")), "{got:?}");
    assert!(got.iter().any(|q| q.0.starts_with("The Red Hand Brigade has previously") && q.2.as_deref() == Some("the monitoring service")), "{got:?}");
    // A noun, a passive, a plan, a denial: no demand reported.
    for t in [
        "Amid growing calls for his resignation, the mayor stayed home all week.",
        "What is called for is a new approach to the problem.",
        "The plan calls for $5 billion in new spending over the decade.",
    ] {
        assert!(quotes(t).is_empty(), "{t}: {:?}", quotes(t));
    }
    let got = quotes("Rain fell. She will not call on Dana Holt to withdraw from the race.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn requests_and_reported_questions() {
    let t = "Rain fell. Dana Holt urged supporters to vote early.";
    assert_eq!(find(t, QuoteKind::Indirect), ("supporters to vote early".into(), Some("Dana Holt".into())));
    let t = "Rain fell. In a letter, Dana Holt asked the network to donate the profits to veterans groups.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "the network to donate the profits to veterans groups");
    let t = "Rain fell. A reporter asked Omar Pellew how he was feeling on caucus day.";
    assert_eq!(find(t, QuoteKind::Indirect), ("how he was feeling on caucus day".into(), Some("A reporter".into())));
    let t = "Rain fell. Mayor Dana Holt called for new bus lanes as riders packed the gallery, and urged councillors to look at the numbers.";
    let got = quotes(t);
    assert_eq!(got.iter().map(|q| (q.0.as_str(), q.2.as_deref())).collect::<Vec<_>>(), vec![
        ("new bus lanes", Some("Dana Holt")),
        ("councillors to look at the numbers", Some("Dana Holt")),
    ]);
    // Told to go somewhere, or asked to leave: no request reported.
    for t in ["Rain fell. She told him to the point of tears.", "Rain fell. He was asked to leave the room."] {
        assert!(quotes(t).is_empty(), "{t}: {:?}", quotes(t));
    }
}

#[test]
fn poll_shares_restrictive_relatives_and_adverbs_before_that() {
    let t = "Rain fell. Around that time, 47 percent said they would vote for Dana Holt.";
    assert_eq!(find(t, QuoteKind::Indirect), ("they would vote for Dana Holt".into(), Some("47 percent".into())));
    let t = "Rain fell. Holt won among the 30 percent of voters who said Wall Street does more to help the economy.";
    assert_eq!(find(t, QuoteKind::Indirect), ("Wall Street does more to help the economy".into(), Some("the 30 percent of voters".into())));
    let t = "Rain fell. She met workers who said they had not been paid.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("workers"));
    let t = "Rain fell. Omar Pellew said earlier on Friday during a news conference that he may wait until February.";
    assert_eq!(find(t, QuoteKind::Indirect), ("he may wait until February".into(), Some("Omar Pellew".into())));
    let t = "Rain fell. His campaign chairman Omar Pellew said — on Twitter, as it happens — that the campaign raised $4 million.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "the campaign raised $4 million");
    let t = "Rain fell. Omar Pellew said in ’08 that the willingness of voters threw old assumptions into doubt.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "the willingness of voters threw old assumptions into doubt");
    let t = "Rain fell. Omar Pellew said Dana Rivers’ attack was an attack on the party.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "Dana Rivers’ attack was an attack on the party");
}

#[test]
fn subjects_with_relative_clauses_shares_and_comparisons() {
    let t = "Rain fell. But progressive organizations that have endorsed him say they believe delegates should choose.";
    assert_eq!(find(t, QuoteKind::Indirect), ("they believe delegates should choose".into(), Some("progressive organizations".into())));
    let t = "Rain fell. Democratic economists, like their Republican counterparts, say taxing consumption encourages savings.";
    assert_eq!(find(t, QuoteKind::Indirect), ("taxing consumption encourages savings".into(), Some("Democratic economists".into())));
    let t = "Rain fell. About 4 in 10 say they want the next leader to be more liberal.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("About 4 in 10"));
    let t = "Rain fell. But majorities in all five say they want the program to stay.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("majorities in all five"));
    let t = "Rain fell. More than six in 10 said they were tired of the campaign; 46 percent said they were unenthusiastic about the election.";
    let got = quotes(t);
    assert_eq!(got.iter().map(|q| (q.0.as_str(), q.2.as_deref())).collect::<Vec<_>>(), vec![
        ("they were tired of the campaign", Some("six in 10")),
        ("they were unenthusiastic about the election", Some("46 percent")),
    ]);
    // Not a relative clause: the cue inside it, or a noun's clause before a coordinated verb.
    let t = "Rain fell. The suspensions could include users who have continued creating new accounts.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
    let t = "Rain fell. Dana Holt said she did not want to think about the possibility that Omar Pellew would be president and predicted that Mara Quist will win.";
    assert!(quotes(t).iter().all(|q| q.2.as_deref() == Some("Dana Holt")), "{:?}", quotes(t));
}

#[test]
fn demonstratives_parentheses_and_objects_around_the_cue() {
    let t = "Rain fell. Others say this is just a rough patch.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "this is just a rough patch");
    let t = "Rain fell. Others said this past week the plan is flawed.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "the plan is flawed");
    // "said this in the past": an object, not a clause.
    let t = "Rain fell. Dana Holt has said this in the past, minus the claim that it was an official figure.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
    let t = "Rain fell. Cutting the deficit too soon, a wide array of economists say, limited the recovery.";
    assert_eq!(find(t, QuoteKind::Indirect), ("Cutting the deficit too soon, a wide array of economists say, limited the recovery".into(), Some("a wide array of economists".into())));
    let t = "Rain fell. Her husband was free and would soon be coming home, the president told her.";
    assert_eq!(find(t, QuoteKind::Indirect), ("Her husband was free and would soon be coming home".into(), Some("the president".into())));
    let t = "Rain fell. To win, candidates need 40 percent of the vote, political analysts say; in 2012, the party won less.";
    assert_eq!(find(t, QuoteKind::Indirect), ("To win, candidates need 40 percent of the vote".into(), Some("political analysts".into())));
}

#[test]
fn what_a_poll_or_a_record_shows() {
    let t = "Rain fell. A new poll shows that Dana Holt remains in a tight race with Omar Pellew.";
    assert_eq!(find(t, QuoteKind::Indirect), ("Dana Holt remains in a tight race with Omar Pellew".into(), Some("A new poll".into())));
    let t = "Rain fell. Video of the incident shows him with his hands in the air.";
    assert_eq!(find(t, QuoteKind::Indirect), ("him with his hands in the air".into(), Some("Video of the incident".into())));
    let t = "Rain fell. The average of polls taken over the past two weeks shows Holt leading Pellew 47 percent to 44 percent.";
    assert_eq!(find(t, QuoteKind::Indirect), ("Holt leading Pellew 47 percent to 44 percent".into(), Some("The average of polls taken over the past two weeks".into())));
    let t = "Rain fell. Donations hit nearly $1.1 billion through August, a newspaper analysis of campaign filings shows.";
    assert_eq!(find(t, QuoteKind::Indirect), ("Donations hit nearly $1.1 billion through August".into(), Some("a newspaper analysis of campaign filings".into())));
    let t = "Rain fell. A survey of 1,200 riders released last month found that 62 per cent rely on the bus.";
    assert_eq!(find(t, QuoteKind::Indirect), ("62 per cent rely on the bus".into(), Some("A survey of 1,200 riders released last month".into())));
    let t = "Rain fell. In Florida, a June poll found Holt receiving 20 percent support from young voters.";
    assert_eq!(find(t, QuoteKind::Indirect), ("Holt receiving 20 percent support from young voters".into(), Some("a June poll".into())));
    // People show no speech; a show is a noun.
    for t in ["Rain fell. He shows great promise as a player.", "Rain fell. The show was a hit with viewers.", "Rain fell. Holt showed that she could win."] {
        assert!(quotes(t).is_empty(), "{t}: {:?}", quotes(t));
    }
}

#[test]
fn a_headline_claim_after_its_source_and_a_colon() {
    let run = |t: &str| quotes(t).into_iter().map(|q| (q.0, q.2)).collect::<Vec<_>>();
    let got = run("Dana Holt: Party Email Story Has Moved.\n\nDana Holt spoke on Friday in Ottawa.");
    assert_eq!(got, vec![("Party Email Story Has Moved".to_string(), Some("Dana Holt".to_string()))]);
    let got = run("Poll: Holt and Pellew in dead heat in the west.\n\nThe race is close.");
    assert_eq!(got, vec![("Holt and Pellew in dead heat in the west".to_string(), Some("Poll".to_string()))]);
    // A label, a title-like phrase, a place, and a colon in the body: no claim.
    for t in [
        "Update: The road is closed until noon.\n\nRain fell.",
        "The Latest: Holt urges voters to stay calm.\n\nRain fell.",
        "Stealth Over Health: Holt Was Headed to the Hospital.\n\nRain fell.",
        "Paris: A city in mourning after the attacks.\n\nRain fell.",
        "Rain fell.\n\nHolt: the plan is bad and will fail.",
    ] {
        assert!(run(t).iter().all(|q| q.1.as_deref() != Some("Update") && !q.0.starts_with("Holt urges") && !q.0.starts_with("Holt Was") && !q.0.starts_with("A city") && !q.0.starts_with("the plan")), "{t}: {:?}", run(t));
    }
}

#[test]
fn a_stray_tag_pasted_into_plain_text_gives_no_quotes() {
    let t = "Holt spoke on Friday.\n\n<tweet pic=\"pic.example.com/\" author=\"annvale\" tweet_id=\"7782\">The blue arrow is Holt.</tweet>.\n\n\"We will win,\" Dana Holt said.";
    let got = quotes(t);
    assert_eq!(got.iter().map(|q| q.0.as_str()).collect::<Vec<_>>(), vec!["\"We will win,\""], "{got:?}");
}

#[test]
fn as_someone_with_an_appositive_recently_put_it() {
    let t = "Rain fell. As Omar Pellew, a tax lawyer and senior fellow at a policy centre, recently put it, \"Did she lower her taxes through avoidance, or evasion?\"";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Omar Pellew"));
}

#[test]
fn long_subjects_before_the_cue() {
    let cases = [
        // A surname alone, then a parenthesis between dashes with commas inside.
        (
            "Aaron Vell, who directs the debate team, said it was close.\n\nVell -- co-editor of Debating Them, a book on primary debates -- said the candidate tended to make announcements.",
            "the candidate tended to make announcements",
            "Aaron Vell",
        ),
        // A relative clause longer than twenty words between commas.
        (
            "Rain fell.\n\nDr. Nora Pell, who as a Navy captain was the White House physician in the administration of a former president and later retired from the service as a rear admiral, said that the senator had hidden a blood clot.",
            "the senator had hidden a blood clot",
            "Nora Pell",
        ),
        // Two roles sharing one article.
        (
            "Rain fell.\n\nThe former secretary of state and current nominee said she wanted to speak to every voter.",
            "she wanted to speak to every voter",
            "The former secretary of state and current nominee",
        ),
        // A party name may modify the second role.
        (
            "Rain fell.\n\nThe former governor and current Democratic presidential nominee said she wanted to speak to every voter.",
            "she wanted to speak to every voter",
            "The former governor and current Democratic presidential nominee",
        ),
        // The first role already tied to a name: that person speaks.
        (
            "Sen. Nora Pell spoke first.\n\nThe independent Vermont senator and Democratic presidential candidate said that the test was a threat.",
            "the test was a threat",
            "Nora Pell",
        ),
    ];
    for (t, content, who) in cases {
        let q = quotes(t).into_iter().find(|q| q.1 == QuoteKind::Indirect && q.0 == content).unwrap_or_else(|| panic!("no report in {t}: {:?}", quotes(t)));
        assert_eq!(q.2.as_deref(), Some(who), "{t}");
    }
    // Not a subject: a name after `and` ("has won a state and Cruz strongly suggested").
    let q = quotes("Rain fell.\n\nNeither of them has won a state and Dana Holt strongly suggested they should drop out.");
    assert!(q.iter().all(|q| q.2.as_deref().is_none_or(|w| !w.contains("state"))), "{q:?}");
}

#[test]
fn whom_the_words_were_for_may_stand_between_the_cue_and_the_quote() {
    for t in [
        "Rain fell.\n\nDana Pruitt told reporters that \"the count is not over.\"",
        "Rain fell.\n\nDana Pruitt told reporters \"the count is not over.\"",
        "Rain fell.\n\nDana Pruitt and her aides have had choice words for the board, telling Ms. Greer that \"the count is not over.\"",
    ] {
        assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Dana Pruitt"), "{t}");
    }
}

#[test]
fn a_reported_clause_that_runs_into_a_quote_gives_it_its_speaker() {
    let t = "Rain fell.\n\nLena Ward added that most voters seem more anti-Hale than pro-Brandt, which is a problem because, \"In the end, we don't vote against somebody.\"";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Lena Ward"));
}

#[test]
fn the_name_in_apposition_to_a_description_with_a_place_is_the_subject() {
    let t = "Rain fell.\n\nHis former business partner at Lenox, Lawrence B. Cummings, called him a master at bolting deals together. \"He showed again and again an ability to close.\"";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Lawrence B. Cummings"));
}

#[test]
fn a_headline_fragment_said_again_below_is_that_speakers() {
    let got = quotes("Dance star Jess Harlow 'heartbroken' after shock exit\n\nDance star Jess Harlow has said she is \"heartbroken\" after leaving the show.");
    let head = got.iter().find(|q| q.0 == "'heartbroken'").unwrap();
    assert_eq!(head.2.as_deref(), Some("Jess Harlow"), "{got:?}");
}

#[test]
fn a_second_subject_with_its_own_cue_ends_the_report() {
    let q = quotes("Rain fell.\n\nThe video shows him with his hands in the air before he was shot, but Shelby Moss said he refused to follow her commands.");
    assert!(q.contains(&("him with his hands in the air before he was shot".into(), QuoteKind::Indirect, Some("The video".into()))), "{q:?}");
    assert!(q.contains(&("he refused to follow her commands".into(), QuoteKind::Indirect, Some("Shelby Moss".into()))), "{q:?}");
    // Two joined subjects of one verb stay one report: no comma before `and`.
    let q = quotes("Rain fell.\n\nThe budget office said the reckoning will arrive sooner because Congress and President Hale agreed to extend the tax cuts.");
    assert!(q.iter().any(|q| q.0 == "the reckoning will arrive sooner because Congress and President Hale agreed to extend the tax cuts"), "{q:?}");
    // A name with a finite verb after ", but" is the writer's clause, cue or none.
    let q = quotes("Rain fell.\n\nWashington has said it is open to direct talks, but Supreme Leader Ali Karimi has ruled them out.");
    assert!(q.contains(&("it is open to direct talks".into(), QuoteKind::Indirect, Some("Washington".into()))), "{q:?}");
}

#[test]
fn a_quoted_fragment_opening_a_reported_clause() {
    let (text, who) = find("Rain fell.\n\nDana Holt said \"budget reforms\" and the collection of unpaid taxes would help finance them.", QuoteKind::Mixed);
    assert_eq!(text, "\"budget reforms\" and the collection of unpaid taxes would help finance them");
    assert_eq!(who.as_deref(), Some("Dana Holt"));
    // `according to` inside quoted words is the quote's own sourcing, no report of the
    // sentence before the marks.
    let q = quotes("Rain fell.\n\nThe researchers reported that Apex holds $9 billion offshore, and the report says the company \"has 98 subsidiaries in tax havens, according to its own website.\"");
    assert!(q.iter().all(|q| q.2.as_deref() != Some("its own website")), "{q:?}");
    assert!(q.iter().any(|q| q.1 == QuoteKind::Mixed && q.2.as_deref() == Some("the report")), "{q:?}");
}

#[test]
fn a_participle_reports_a_clause_that_runs_into_quote_marks() {
    for (t, content, who) in [
        (
            "Rain fell.\n\nDana Holt had mocked the complaint, saying anybody who complains about a microphone “is not having a good night.”",
            "anybody who complains about a microphone “is not having a good night.”",
            "Dana Holt",
        ),
        ("Rain fell.\n\nThe auditors granted him an extension, saying his \"capital was less than expected.\"", "his \"capital was less than expected.\"", "The auditors"),
    ] {
        let (text, speaker) = find(t, QuoteKind::Mixed);
        assert_eq!((text.as_str(), speaker.as_deref()), (content, Some(who)), "{t}");
    }
    // A quote after a comma opens speech of its own: `urges him to stop and repeatedly says,
    // "Don't do it"` is no clause of `urges`.
    let q = quotes("Rain fell.\n\nShe urges her husband to come out of the car and repeatedly says, \"Don't you do it,\" until shots ring out.");
    assert!(q.iter().all(|q| !q.0.contains("repeatedly says")), "{q:?}");
}

#[test]
fn a_record_before_its_relative_pronoun_and_going_on_to_say() {
    for (t, content, who) in [
        ("Rain fell.\n\nHe released a letter from his doctor Friday afternoon that says he has extraordinarily good health.", "he has extraordinarily good health", "a letter from his doctor"),
        ("Rain fell.\n\nShe cited a report that says the economy will shrink next year.", "the economy will shrink next year", "a report"),
        ("Rain fell.\n\n\"It is insane,\" Dana Holt said, going on to say that the country has spent years on the fight.", "the country has spent years on the fight", "Dana Holt"),
    ] {
        let (text, speaker) = find(t, QuoteKind::Indirect);
        assert_eq!((text.as_str(), speaker.as_deref()), (content, Some(who)), "{t}");
    }
    // A person's relative clause is no record's: "the man that says" is left to the rules
    // for people.
    let q = quotes("Rain fell.\n\nShe met the man that says the economy will shrink.");
    assert!(q.iter().all(|q| q.2.as_deref() != Some("the man")), "{q:?}");
}

#[test]
fn it_before_a_past_verb_is_an_organisation_subject() {
    let t = "The Harbour Times endorsed Dana Holt.\n\nMeanwhile, it attacked Tom Brown, saying he \"has offended voters with his insults.\"";
    let (text, who) = find(t, QuoteKind::Mixed);
    assert_eq!(text, "he \"has offended voters with his insults.\"");
    assert_eq!(who.as_deref(), Some("Harbour Times"));
    // A participle without a clause leaves its fragments to the framing verbs.
    let q = quotes("Rain fell.\n\nIn Havana, the government gave a guarded response, warning against \"excessive optimism\" and predicting \"the hardliners\" would still fight.");
    assert!(q.iter().any(|q| q.1 == QuoteKind::Mixed && q.0.contains("excessive optimism")), "{q:?}");
}

#[test]
fn according_to_a_source_with_its_acronym_in_brackets() {
    for t in [
        "Rain fell.\n\nMore than 100,000 people took part, according to the Alliance to Save Our Schools (ASOS).",
        "Rain fell.\n\nAccording to the Alliance to Save Our Schools (ASOS), more than 100,000 people took part.",
    ] {
        let (text, who) = find(t, QuoteKind::Indirect);
        assert!(text.ends_with("100,000 people took part"), "{t}: {text}");
        assert!(who.as_deref().is_some_and(|w| w.ends_with("Alliance to Save Our Schools")), "{t}: {who:?}");
    }
}

#[test]
fn a_cue_in_a_subordinate_clause_after_a_fragment_is_not_its_attribution() {
    // "…," though she noted …: the fragment belongs to the sentence it is in; the cue after
    // "though" reports a clause of its own.
    let text = "Dana Whitlow called the plan \"a failure of nerve,\" though she noted she had backed it once.";
    let got = quotes(text);
    assert!(!got.iter().any(|q| q.1 == QuoteKind::Mixed && q.0.starts_with("Dana")), "{got:?}");
    assert!(got.iter().any(|q| q.0 == "she had backed it once" && q.2.as_deref() == Some("Dana Whitlow")), "{got:?}");
    let text = "The minister said rates would rise, calling the move \"overdue,\" but he denied that the bank had been told.";
    let got = quotes(text);
    assert!(got.iter().any(|q| q.0 == "the bank had been told" && q.2.as_deref() == Some("The minister")), "{got:?}");
    // (The framing after the report's comma is a quote of its own.)
    assert!(got.iter().any(|q| q.1 == QuoteKind::Mixed && q.0 == "the move \"overdue,\"" && q.2.as_deref() == Some("The minister")), "{got:?}");
}

#[test]
fn a_name_ending_in_a_modal_word_is_still_a_name() {
    // "Will" and "May" end names ("George Will", "Theresa May"); mid-sentence, "Will" alone is
    // the person, not a modal.
    let got = quotes("Columnist Martin Will urged voters to back the mayor. Instead, Will argued that the party had lost its way.");
    assert!(got.iter().any(|q| q.0 == "voters to back the mayor" && q.2.as_deref() == Some("Martin Will")), "{got:?}");
    assert!(got.iter().any(|q| q.0 == "the party had lost its way" && q.2.as_deref() == Some("Martin Will")), "{got:?}");
}

#[test]
fn the_pronoun_in_a_relative_clause_is_not_the_person_it_is_about() {
    // Brisk is the last man named, yet "he" in the clause about him is someone else.
    let text = "Martin Will wrote a column this week. Carl Brisk won the primary. The column praised Carl Brisk, whom he describes as having \"a prosecutor's bearing.\"";
    let got = quotes(text);
    assert!(got.iter().any(|q| q.1 == QuoteKind::Mixed && q.2.as_deref() == Some("Martin Will")), "{got:?}");
}

#[test]
fn a_strategist_is_a_role() {
    let (_, who) = find("\"It is a positive signal,\" said Karen Lidd, chief strategist at Horizon Capital.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("Karen Lidd"));
    let (_, who) = find("\"It is a good day,\" said Democratic pollster Stan Grove.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("Stan Grove"));
}

#[test]
fn according_to_a_person_named_in_apposition_is_that_person() {
    let got = quotes("According to her nephew, Tom Calloway, she kept the logbooks. According to Sen. Jane Smith, D-Ohio, the bill failed in committee.");
    assert!(got.iter().any(|q| q.0 == "she kept the logbooks" && q.2.as_deref() == Some("Tom Calloway")), "{got:?}");
    assert!(got.iter().any(|q| q.0 == "the bill failed in committee" && q.2.as_deref() == Some("Jane Smith")), "{got:?}");
    // A document is no person: the name after it opens the report.
    let got = quotes("According to an agency summary, Cheryl Mott, a top aide, sent the email weeks later.");
    assert!(got.iter().any(|q| q.0.starts_with("Cheryl Mott") && q.2.as_deref() == Some("an agency summary")), "{got:?}");
}

#[test]
fn a_cue_before_a_colon_and_a_quote_introduces_it() {
    let got = quotes("\"Let us be clear,\" he wrote. \"If you are offended, that is your fault.\" Jim Kohl added: \"This is hilarious.\"");
    assert_eq!(got[0].0, "\"Let us be clear,\" he wrote. \"If you are offended, that is your fault.\"", "{got:?}");
    assert_eq!(got[1].2.as_deref(), Some("Jim Kohl"), "{got:?}");
}

#[test]
fn an_unnamed_relative_speaks_through_one_shared_attribution() {
    let text = "When Ruth Calloway took over the light, her father gave her one piece of advice. \"Never trust a calm sea,\" he told her. \"It's just the weather catching its breath.\"";
    let got = quotes(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("her father"), "{got:?}");
}

#[test]
fn a_person_of_a_place_before_an_appositive_speaks() {
    let got = quotes("Senator Tom Reed of Ohio, the minority leader, said in a floor speech that his caucus would not \"rubber-stamp a bad bill.\"");
    assert!(got.iter().any(|q| q.1 == QuoteKind::Mixed && q.2.as_deref() == Some("Tom Reed")), "{got:?}");
    let got = quotes("Senator Jane Smith of New Hampshire, who is retiring, told reporters she was \"not interested in a shutdown.\"");
    assert!(got.iter().any(|q| q.1 == QuoteKind::Mixed && q.2.as_deref() == Some("Jane Smith")), "{got:?}");
}

#[test]
fn a_plural_noun_after_a_capitalised_modifier_is_no_cue() {
    let got = quotes("Karen Lidd, the press secretary, called the Democratic demands \"a ransom note\" on Monday.");
    assert!(got.iter().all(|q| q.2.as_deref() == Some("Karen Lidd")), "{got:?}");
}

#[test]
fn a_passive_participle_after_a_name_reports_nothing() {
    let got = quotes("Ms. Smith, asked on Wednesday whether she had made up her mind, said only, \"I am still listening.\"");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, QuoteKind::Direct, "{got:?}");
    // The close of an appositive is no passive: the name tells.
    let got = quotes("Her lawyer, Greg Mott, asked for a visa on Thursday. His spokesman, Tom Reed, told the Times that the visit was off.");
    assert!(got.iter().any(|q| q.0 == "the visit was off" && q.2.as_deref() == Some("Tom Reed")), "{got:?}");
}

#[test]
fn a_relative_in_apposition_gives_the_name_its_gender() {
    let t = "Tessa Morrow says she is still angry.\n\nHer father, Gilbert Morrow, 81, was sent home in a taxi, she says.\n\n\"He could not tell the driver where he lived,\" Morrow said.";
    let got = quotes(t);
    assert!(got.iter().any(|q| q.0.starts_with("Her father") && q.2.as_deref() == Some("Tessa Morrow")), "{got:?}");
}

#[test]
fn a_given_name_in_apposition_to_a_relative_is_a_person() {
    let t = "Her son, Daniel, who took over the shop two years ago, is more optimistic. \"We have regulars,\" he says.";
    assert_eq!(quotes(t)[0].2.as_deref(), Some("Daniel"));
    // Not a relative's word: no person.
    let t = "The shop, Bakewell, which opened in 1998, is busy. \"We have regulars,\" he says.";
    assert_ne!(quotes(t)[0].2.as_deref(), Some("Bakewell"));
}

#[test]
fn a_request_for_anonymity_is_no_report() {
    let got = quotes("The company held talks with advisers, the people said, asking not to be identified because the talks are private.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "The company held talks with advisers", "{got:?}");
}

#[test]
fn a_day_after_an_outlets_name_is_not_part_of_it() {
    let a = Extractor::new().extract("\"They wanted the bed,\" Tessa Morrow told CBC News on Tuesday. Analysts at Morgan Stanley wrote that a deal was likely.", &Options::default()).unwrap();
    let names: Vec<_> = a.entities.iter().map(|e| (e.name.as_str(), e.kind)).collect();
    assert!(names.contains(&("CBC News", onrecord::EntityType::Organization)), "{names:?}");
    assert!(names.contains(&("Morgan Stanley", onrecord::EntityType::Organization)), "{names:?}");
}

#[test]
fn they_is_the_plural_subject_of_the_sentence_before() {
    let got = quotes("Prosecutors had sought an eight-year term. In court filings, they said Reed steered contracts to three companies.");
    assert_eq!(got[0].2.as_deref(), Some("Prosecutors"), "{got:?}");
    let got = quotes("The aides met on Monday. They said the campaign would go on.");
    assert_eq!(got[0].2.as_deref(), Some("The aides"), "{got:?}");
    // Not a thing whose word ends in s.
    let got = quotes("Their analysis ignored the data. They said the tax had worked in many countries.");
    assert_ne!(got[0].2.as_deref(), Some("Their analysis"), "{got:?}");
}

#[test]
fn a_role_in_apposition_before_a_name_is_its_role() {
    let a = Extractor::new()
        .extract("The shadow environment secretary, Victoria Pell, said the plan failed. The Environment Agency's chief executive, Tom Lutz, disagreed. We met the secretary, Tom Reed and Ann Lutz.", &Options::default())
        .unwrap();
    let role = |n: &str| a.entities.iter().find(|e| e.name == n).and_then(|e| e.role.clone());
    assert_eq!(role("Victoria Pell").as_deref(), Some("shadow environment secretary"));
    assert_eq!(role("Tom Lutz").as_deref(), Some("Environment Agency's chief executive"));
    // A list, not an apposition: no comma closes the name.
    assert_eq!(role("Tom Reed"), None);
}

#[test]
fn a_pronoun_in_an_opening_subordinate_clause_is_the_name_after_it() {
    let got = quotes("Tom Reed spoke first. Although he called market conditions \"highly competitive,\" Mr. Lutz forecast a gain.");
    assert!(got.iter().all(|q| q.2.as_deref() == Some("Lutz")), "{got:?}");
    // The fragment's own comma closes the framed clause.
    assert!(got.iter().any(|q| q.1 == QuoteKind::Mixed && q.0 == "market conditions \"highly competitive,\""), "{got:?}");
}

#[test]
fn a_surname_that_names_a_place_is_the_person() {
    let t = "Health Minister Mark Holland announced the plan on Monday. Holland said the money would flow soon.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Mark Holland"));
    let t = "Premier Doug Ford unveiled the budget. Ford said taxes would not rise.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Doug Ford"));
    // A family name of two words after a particle.
    let t = "Coach Martin St. Louis spoke first.\n\n\"We stopped,\" St. Louis said. The team flies to St. Louis next.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Martin St. Louis"));
    // After a preposition of place it is still the place.
    let a = Extractor::new()
        .extract("Jane Jordan visited troops in Jordan on Monday. Officials in Jordan said the visit went well.", &Options::default())
        .unwrap();
    let jordan = a.entities.iter().find(|e| e.name == "Jordan").expect("the place");
    assert_eq!(jordan.mentions.len(), 2);
    // A headline's question modal is no given name.
    let a = Extractor::new().extract("As Rivals Pair Up, Will Twitter Fly?\n\nTwitter said revenue was flat.", &Options::default()).unwrap();
    assert!(a.entities.iter().all(|e| e.name != "Will Twitter"), "{:?}", a.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn a_newspaper_named_with_and_is_one_outlet() {
    let (text, who) = find("John Graham told The Globe and Mail in an interview that the fund had cut its exposure.", QuoteKind::Indirect);
    assert_eq!((text.as_str(), who.as_deref()), ("the fund had cut its exposure", Some("John Graham")));
    let a = Extractor::new().extract("Jane Smith told the Toronto Star that the fund was sound.", &Options::default()).unwrap();
    assert!(a.entities.iter().any(|e| e.name == "Toronto Star"));
}

#[test]
fn a_lede_description_is_the_person_named_after_it() {
    let t = "The environment secretary has admitted the targets will be missed.\n\nEd Kerrigan, the environment secretary, told MPs that the floods had set the work back.";
    assert_eq!(quotes(t)[0].2.as_deref(), Some("Ed Kerrigan"));
    let t = "The fund's chief executive says it is pulling back from China.\n\nJohn Graham, CEO of the fund, told reporters that it had cut its exposure.";
    assert_eq!(quotes(t)[0].2.as_deref(), Some("John Graham"));
    // Once someone has been named, an unnamed description is not taken for the next name.
    let t = "Jane Lowe spoke first.\n\n\"That would be me,\" the senator said.\n\nSen. Clara Moss, who has endorsed her, said the race was close.";
    assert_ne!(quotes(t)[0].2.as_deref(), Some("Clara Moss"));
    // A role that does not fit is no one's.
    let t = "The health minister has admitted the targets will be missed.\n\nEd Kerrigan, the environment secretary, told MPs that the floods had set the work back.";
    assert_ne!(quotes(t)[0].2.as_deref(), Some("Ed Kerrigan"));
}

#[test]
fn a_lede_office_is_the_next_person_named_without_a_role() {
    // An office one person holds, and the next person named in full has no role of their own.
    let t = "The Taoiseach has ruled out an early election, insisting the coalition will last.\n\nSpeaking in Cork, Colm Ryan said he had no intention of going to the country.";
    assert!(quotes(t).iter().all(|q| q.2.as_deref() == Some("Colm Ryan")), "{:?}", quotes(t));
    // Under a headline that names the office too.
    let t = format!("Taoiseach rules out early election\n\n{t}");
    assert!(quotes(&t).iter().all(|q| q.2.as_deref() == Some("Colm Ryan")), "{:?}", quotes(&t));
    let t = "The prime minister has said the tax will go.\n\nSir Keith Darrow told MPs that the budget would show how.";
    assert!(quotes(t).iter().all(|q| q.2.as_deref() == Some("Keith Darrow")), "{:?}", quotes(t));
    // Not when that person is described otherwise, nor for an office many hold at once.
    let t = "The prime minister has said the tax will go.\n\nKeith Darrow, a tax adviser, said the budget would show how.";
    assert_ne!(quotes(t)[0].2.as_deref(), Some("Keith Darrow"));
    let t = "The spokeswoman has said the tax will go.\n\nAnna Darrow said the budget would show how.";
    assert_ne!(quotes(t)[0].2.as_deref(), Some("Anna Darrow"));
    // An apposition gives the Irish offices their person too.
    let t = "The Tánaiste, Michael Doherty, said relations were good, adding that disagreements were normal.";
    assert!(quotes(t).iter().all(|q| q.2.as_deref() == Some("Michael Doherty")), "{:?}", quotes(t));
}

#[test]
fn common_given_names_make_a_name_a_persons() {
    // A role in apposition before the name, so only the given name tells it is a person's.
    let t = "His former partner at Lenox, Lawrence B. Cummings, called him a master at deals. \"He showed an ability to do deals,\" he said.";
    assert_eq!(quotes(t)[0].2.as_deref(), Some("Lawrence B. Cummings"));
    let t = "Her old coach at Hartwell, Gillian Marsh, called her a natural. \"She never missed a session,\" she said.";
    assert_eq!(quotes(t)[0].2.as_deref(), Some("Gillian Marsh"));
}

#[test]
fn a_person_of_an_organisation_is_the_person() {
    let (_, who) = find("\"We believe rates will hold,\" said Madhavi Arora of Emkay Global.", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("Madhavi Arora"));
    let (_, who) = find("Another pollster, David Moss of Clemson University, said his survey showed support holding steady.", QuoteKind::Indirect);
    assert_eq!(who.as_deref(), Some("David Moss"));
    // The subject of the sentence before, for a pronoun.
    let t = "Another analyst, John Maxwell of Wheat First, recently cut his rating. \"It's a cosmetic move,\" he said.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("John Maxwell"));
    // No person before the `of`: one organisation.
    let a = Extractor::new().extract("Analysts at the Royal Bank of Canada said rates would hold.", &Options::default()).unwrap();
    assert!(a.entities.iter().any(|e| e.name == "Royal Bank of Canada"), "{:?}", a.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn while_with_a_speaker_of_its_own_ends_the_report() {
    let got = quotes("Aditi Nayar said she expected a rate cut in December, while others said the bank was likely to wait until February.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "she expected a rate cut in December");
    assert_eq!((got[1].0.as_str(), got[1].2.as_deref()), ("the bank was likely to wait until February", Some("others")));
    // Without a speaker of its own, the clause stays in the report.
    let got = quotes("Aditi Nayar said prices rose in December, while wages fell.");
    assert_eq!(got[0].0, "prices rose in December, while wages fell");
}

#[test]
fn a_long_object_of_told_before_that() {
    let (text, who) = find("Jane Lowe told a crowd of about 200 supporters on Saturday that the party had lost its way.", QuoteKind::Indirect);
    assert_eq!((text.as_str(), who.as_deref()), ("the party had lost its way", Some("Jane Lowe")));
}

#[test]
fn organisations_named_for_the_cause_they_serve() {
    let t = "The National Association for the Advancement of Colored People said it would sue the state.\n\nThe Democratic Alliance for the Betterment and Progress of Hong Kong said in a statement that it backed the plan.";
    let q = quotes(t);
    assert_eq!(q[0].2.as_deref(), Some("National Association for the Advancement of Colored People"));
    assert_eq!(q[1].2.as_deref(), Some("Democratic Alliance for the Betterment and Progress of Hong Kong"));
    // A title word inside an organisation's name is no title: no person named "Department".
    for (t, org) in [
        ("The Justice Department said the inquiry was closed.", "Justice Department"),
        ("The Ministry of Justice said the inquiry was closed.", "Ministry of Justice"),
        ("The Department of Justice said the inquiry was closed.", "Department of Justice"),
    ] {
        let a = Extractor::new().extract(t, &Options::default()).unwrap();
        assert_eq!(a.quotes[0].speaker_name.as_deref(), Some(org), "{t}");
        assert!(a.entities.iter().all(|e| e.kind != onrecord::EntityType::Person), "{t}: {:?}", a.entities);
    }
}

#[test]
fn a_long_line_ends_its_paragraph_in_a_text_with_blank_lines() {
    // Some paragraphs are set apart by a blank line, others by a line break after a line no
    // hard-wrapped text has: the quote before the break is not the next line's subject's.
    let t = "Ads tie Bradley to Walker.\n\nKloppenburg and her backers tried to tie Bradley to the governor, with one of her ads asking, “Is Rebecca Bradley independent enough?”\nThe Brennan Center noted that ad spending had reached nearly $2 million in the race.";
    let q = quotes(t);
    assert_eq!(q[0].0, "“Is Rebecca Bradley independent enough?”");
    assert_eq!(q[0].2.as_deref(), Some("Kloppenburg"));
}

#[test]
fn a_quote_attributed_by_name_after_an_unclosed_one_is_a_new_quote() {
    // The paragraph before leaves its quote open, but this one names its own speaker.
    // Any verb of saying the lexicon knows names the speaker.
    for cue in ["added Rep. Jim Carlyle", "cautioned Rep. Jim Carlyle", "Carlyle recalled"] {
        let t = format!("Rep. Jim Carlyle spoke after her. “It is a dog whistle,” Rep. Gwen Morrow said. “How can you feel good about yourself.\n\n“I have been doing a lot of thinking,” {cue}. “These are howls.”");
        let q = quotes(&t);
        let carlyle: Vec<&str> = q.iter().filter(|q| q.2.as_deref() == Some("Jim Carlyle")).map(|q| q.0.as_str()).collect();
        assert!(carlyle.iter().all(|s| !s.contains("feel good")), "{q:?}");
        assert!(q.iter().any(|q| q.0.contains("feel good") && q.2.as_deref() == Some("Gwen Morrow")), "{q:?}");
    }
    // The speaker's name may end the sentence: `“…,” Carlyle said.`
    let t = "“It is a dog whistle,” Rep. Gwen Morrow said. “How can you feel good about yourself.\n\n“I have been doing a lot of thinking,” Rep. Jim Carlyle said.";
    let q = quotes(t);
    assert!(q.iter().any(|q| q.0 == "“I have been doing a lot of thinking,”" && q.2.as_deref() == Some("Jim Carlyle")), "{q:?}");
    // "he said" may continue it.
    let t = "Rep. Gwen Morrow said: “How can you feel good about yourself.\n\n“I have been doing a lot of thinking,” she said.";
    assert_eq!(quotes(t).iter().filter(|q| q.1 == QuoteKind::Direct).count(), 1, "{:?}", quotes(t));
}

#[test]
fn a_quote_split_by_its_attribution_is_one_quote_unless_the_writer_speaks_between() {
    let t = "“It is a dog whistle,” Rep. Gwen Morrow said. “How can you feel good about yourself?”";
    let q = quotes(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, t);
    // A sentence of the writer's own between the halves is not quoted.
    let t = "“It is a dog whistle,” Rep. Gwen Morrow said. She holds two degrees in law. “How can you feel good about yourself?”";
    let q = quotes(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|q| !q.0.contains("degrees") && q.2.as_deref() == Some("Gwen Morrow")), "{q:?}");
}

#[test]
fn a_number_with_thousands_separators_opens_a_report() {
    let (text, who) = find("Housing Principal Secretary Charles Hinga said 40,000 units were under construction across 20 counties.", QuoteKind::Indirect);
    assert_eq!((text.as_str(), who.as_deref()), ("40,000 units were under construction across 20 counties", Some("Charles Hinga")));
}

#[test]
fn a_participle_after_an_article_is_no_cue() {
    // "an estimated 20,000 troops": no one estimated anything here.
    assert!(quotes("In the largest operation in years, an estimated 200 troops have massed at the border.").is_empty());
    let q = quotes("The reported attack on the depot had not happened, the mayor said later.");
    assert!(q.iter().all(|q| q.2.as_deref() != Some("The")), "{q:?}");
}

#[test]
fn though_with_a_speaker_of_its_own_ends_the_report() {
    let q = quotes("Army commanders said 5,500 prisoners were taken in the first hours of the war, though some officials later said the total may have climbed above 8,000.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "5,500 prisoners were taken in the first hours of the war");
    assert_eq!(q[1].0, "the total may have climbed above 8,000");
    // No dangling bracket at a report's end.
    let (text, _) = find("Tanden said he had never met the governor (though I thought he had).", QuoteKind::Indirect);
    assert_eq!(text, "he had never met the governor");
}

#[test]
fn a_title_word_after_a_given_name_is_a_family_name() {
    let a = Extractor::new()
        .extract("Ruth Alderman, a lawyer, died on Saturday. Her son, Michael Alderman, said the cause was pneumonia. Ms. Alderman was born in Dayton. She is survived by a daughter, Grace Alderman Price.", &Options::default())
        .unwrap();
    let names: Vec<(&str, usize)> = a.entities.iter().filter(|e| e.kind == onrecord::EntityType::Person).map(|e| (e.name.as_str(), e.mentions.len())).collect();
    assert!(names.contains(&("Ruth Alderman", 3)), "{names:?}");
    assert!(names.contains(&("Michael Alderman", 1)), "{names:?}");
    assert!(names.contains(&("Grace Alderman Price", 1)), "{names:?}");
    assert_eq!(quotes("Larry King said the show was never edited.")[0].2.as_deref(), Some("Larry King"));
    // After any form of address, "Prof." included.
    assert_eq!(quotes("\"We were surprised,\" Prof. King said.")[0].2.as_deref(), Some("King"));
    // A place before a title, and an abbreviated title, stay as they were.
    let a = Extractor::new().extract("Georgia Governor Brian Kemp spoke. Christian Rev. Derek Penwell prayed.", &Options::default()).unwrap();
    let person = |n: &str| a.entities.iter().find(|e| e.name == n).map(|e| e.role.clone());
    assert_eq!(person("Brian Kemp"), Some(Some("Georgia Governor".to_string())));
    assert!(person("Derek Penwell").is_some(), "{:?}", a.entities);
}

#[test]
fn the_head_of_state_is_the_countrys_leader() {
    for t in [
        "President Samuel Okafor spoke in Nakuru. At a church service, the Head of State said critics of the plan were enemies of progress.",
        "President Samuel Okafor spoke in Nakuru. At a church service, the head of state said critics of the plan were enemies of progress.",
    ] {
        assert_eq!(quotes(t)[0].2.as_deref(), Some("Samuel Okafor"), "{t}");
    }
    // Not someone else's office.
    let t = "Mayor Ann Lowe spoke in Nakuru. At a church service, the head of state said critics of the plan were enemies of progress.";
    assert_ne!(quotes(t)[0].2.as_deref(), Some("Ann Lowe"));
}

#[test]
fn a_name_in_apposition_after_a_description_is_the_speaker() {
    for t in [
        "\"He was a gentle soul,\" his aunt, Tasha Brooks, told reporters on Monday.",
        "\"He was a gentle soul,\" the boy's aunt, Tasha Brooks, told reporters on Monday.",
        "\"He deserved it,\" the assailant, Tasha Brooks, told a television program.",
    ] {
        assert_eq!(quotes(t)[0].2.as_deref(), Some("Tasha Brooks"), "{t}");
    }
    // A title word after a middle initial is a family name: the person, not a role.
    let t = "\"It will not be easy,\" said Representative Peter T. King, Republican of New York.";
    assert_eq!(quotes(t)[0].2.as_deref(), Some("Peter T. King"));
}

#[test]
fn a_name_in_apposition_inside_a_relative_clause_is_not_the_subject() {
    for t in [
        "Babajide Adeyemi, who spoke through his Chief Press Secretary, Mr Tunde Okafor, said the government would act.",
        "Babajide Adeyemi, who spoke through his aide, Tunde Okafor, in a statement titled 'Lagos acts', said the government would act.",
        "Vice President Carla Mendes, who was to travel to Columbus, Ohio, on Wednesday, said the rules were fair.",
    ] {
        let q = quotes(t);
        assert!(matches!(q[q.len() - 1].2.as_deref(), Some("Babajide Adeyemi" | "Carla Mendes")), "{t}: {q:?}");
    }
    // The appositive names the subject itself: "Mrs Bello, the commissioner, said".
    assert_eq!(quotes("Also speaking, the Commissioner for the Environment, Mrs Folake Bello, said the canals were blocked.")[0].2.as_deref(), Some("Folake Bello"));
}

#[test]
fn datelines_in_capitals_with_a_colon_and_the_premier() {
    let a = Extractor::new()
        .extract("ISLAMABAD: Prime Minister Shehbaz Khan on Monday said Pakistan would not accept any unilateral decision.\n\nAddressing a ceremony, the premier said the treaty was binding.\n\nPM Shehbaz said the government had approached the World Bank.", &Options::default())
        .unwrap();
    assert_eq!(a.document.place.as_deref(), Some("Islamabad"));
    let speakers: Vec<Option<&str>> = a.quotes.iter().map(|q| q.speaker_name.as_deref()).collect();
    assert_eq!(speakers, vec![Some("Shehbaz Khan"); 3], "{:?}", a.quotes);
    // Another place's premier is someone else.
    let q = quotes("Prime Minister Daniel Mercer spoke in Ottawa. The premier of Ontario said the province supports the plan. Later the premier said the talks went well.");
    assert_eq!(q[0].2.as_deref(), Some("The premier of Ontario"));
    assert_eq!(q[1].2.as_deref(), Some("Daniel Mercer"));
    // A clock's PM is no title.
    assert_eq!(quotes("At 5 PM Anna Kovac said the talks had failed.")[0].2.as_deref(), Some("Anna Kovac"));
    let a = Extractor::new().extract("At 5 PM Anna Kovac said the talks had failed.", &Options::default()).unwrap();
    assert_eq!(a.entities[0].role, None);
}

#[test]
fn the_company_is_the_business_named_before_as_a_subject() {
    let q = quotes("Microsoft is shutting down its messaging app for teens, the company confirmed to The Ledger on Wednesday.");
    assert_eq!(q[0].2.as_deref(), Some("Microsoft"));
    // Not the outlet it spoke to, nor a ministry.
    let q = quotes("Lena Varga told Reuters the plan was dead. The company said it would appeal.");
    assert_eq!(q[1].2.as_deref(), Some("The company"), "{q:?}");
    let q = quotes("The Ministry of Trade opened an inquiry on Monday. The company said it would cooperate.");
    assert_eq!(q[0].2.as_deref(), Some("The company"), "{q:?}");
}

#[test]
fn a_company_located_by_city_and_state_speaks_not_the_place() {
    for (t, who) in [
        ("Brightwater Systems Inc., Hasbrouck Heights, N.J., facing a cash squeeze, said it is seeking other financing.", "Brightwater Systems"),
        ("Brightwater Systems, Dayton, Ohio, said it is seeking other financing.", "Brightwater Systems"),
        ("James Fallon, a New Providence, N.J., marketing consultant, says the firm still holds an edge.", "James Fallon"),
        ("At a rally in Portsmouth, N.H., on Tuesday, Senator Ada Morrow of Vermont endorsed the plan, saying that it would pass.", "Ada Morrow"),
    ] {
        let q = quotes(t);
        assert!(q[0].2.as_deref().is_some_and(|s| s.starts_with(who)), "{t}: {q:?}");
    }
    let a = Extractor::new().extract("Trenton, N.J., is the capital. It moved to Raleigh, N.C. on Monday.", &Options::default()).unwrap();
    let places: Vec<&str> = a.entities.iter().filter(|e| e.kind == onrecord::EntityType::Place).map(|e| e.name.as_str()).collect();
    assert!(places.contains(&"New Jersey") && places.contains(&"North Carolina"), "{places:?}");
}

#[test]
fn a_name_that_owns_its_things_is_an_organisation() {
    let q = quotes("Corvane has cut its target for 2030.\n\nThe company said on Thursday it now aimed to reduce emissions by a fifth.");
    assert_eq!(q[0].2.as_deref(), Some("Corvane"), "{q:?}");
    // A short form of a longer name stays with it.
    let a = Extractor::new().extract("Corvane Foods Co. reported a loss.\n\nCorvane said its costs rose sharply in the quarter.", &Options::default()).unwrap();
    assert_eq!(a.quotes[0].speaker_name.as_deref(), Some("Corvane Foods Co"), "{:?}", a.entities);
    // A company's legal name after a possessive.
    for (t, name) in [("Rally's Inc. said it adopted a rights plan to protect shareholders.", "Rally's"), ("Sotheby's Holdings Inc. said its loss narrowed in the quarter.", "Sotheby's Holdings Inc.")] {
        assert_eq!(quotes(t)[0].2.as_deref(), Some(name), "{t}");
    }
}

#[test]
fn the_ledes_office_is_the_role_of_the_person_named_next() {
    let a = Extractor::new()
        .extract("The Prime Minister has ruled out changes to negative gearing.\n\nSpeaking in Brisbane on Thursday, Anthony Calder said the housing plan was working.", &Options::default())
        .unwrap();
    let p = a.entities.iter().find(|e| e.name == "Anthony Calder").unwrap();
    assert_eq!(p.role.as_deref(), Some("Prime Minister"));
    assert_eq!(p.mentions.len(), 2);
}

#[test]
fn the_writers_apposition_after_a_postposed_attribution_is_not_reported() {
    let (text, who) = find("The administration is weighing new limits on exports of chips, two people familiar with the matter said, a move that could strain ties.", QuoteKind::Indirect);
    assert_eq!(text, "The administration is weighing new limits on exports of chips");
    assert_eq!(who.as_deref(), Some("two people familiar with the matter"));
    // A parenthetical attribution inside the report still leaves it whole.
    let (text, _) = find("During his years in office, Mr. Okafor said, a majority of voters have come to trust the courts.", QuoteKind::Indirect);
    assert_eq!(text, "During his years in office, Mr. Okafor said, a majority of voters have come to trust the courts");
    // The writer's framing noun after a whole clause: AP's "the latest in a string of …".
    let (text, who) = find("Gunmen abducted at least 40 students from a school early Friday, police said, the latest in a string of kidnappings.", QuoteKind::Indirect);
    assert_eq!(text, "Gunmen abducted at least 40 students from a school early Friday");
    assert_eq!(who.as_deref(), Some("police"));
    // The report's own detail stays in it.
    let (text, _) = find("Ms. Okoro also had two interviews, federal officials said, the first by a consular officer in Lagos.", QuoteKind::Indirect);
    assert!(text.ends_with("the first by a consular officer in Lagos"), "{text}");
}

#[test]
fn according_to_a_name_and_its_description() {
    let (text, who) = find("According to Paul Ortiz, a pollster at the University of Arizona, Delgado leads among voters under 35.", QuoteKind::Indirect);
    assert_eq!(text, "Delgado leads among voters under 35");
    assert_eq!(who.as_deref(), Some("Paul Ortiz"));
    let (text, _) = find("According to Paul Ortiz, a majority of voters back the plan.", QuoteKind::Indirect);
    assert_eq!(text, "a majority of voters back the plan");
}

#[test]
fn evidence_after_a_conjunction_is_the_record_alone() {
    for t in ["Delgado is the nominee, and polls show her running even with the incumbent.", "Delgado is the nominee. But polls show her running even with the incumbent."] {
        assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("polls"), "{t}");
    }
    // Records joined by "and" stay one subject.
    assert_eq!(find("Photos and video from the tours showed an empty office with few workers.", QuoteKind::Indirect).1.as_deref(), Some("Photos and video from the tours"));
}

#[test]
fn an_ap_ledes_indefinite_description_names_the_person_introduced_next() {
    let t = "PHOENIX (AP) — A federal judge on Tuesday blocked Arizona from enforcing a new law, saying it likely violates the act.\n\nU.S. District Judge Susan Marlow wrote in her ruling that the state had not shown need.";
    let q = quotes(t);
    assert_eq!(q[0].2.as_deref(), Some("Susan Marlow"), "{q:?}");
    // Only the lede: later, "A judge said" is someone unnamed.
    let t = "Judge Susan Marlow ruled on Monday.\n\nA federal judge in Ohio said on Tuesday the law was valid.\n\nU.S. District Judge Carla Mendes wrote that the state had not shown need.";
    assert_ne!(quotes(t)[0].2.as_deref(), Some("Carla Mendes"));
}

#[test]
fn long_appositions_plural_titles_and_quantifiers_before_the_verb() {
    // A description without a verb may run past twenty words.
    let t = "Darius Kamara, an outside adviser to the campaign on tax and budget issues and an associate professor at Larchmont University School of Law, said that the campaign was looking at the provisions.";
    assert_eq!(quotes(t)[0].2.as_deref(), Some("Darius Kamara"));
    // "all" or "both" between the subject and its verb; a plural title before a list of names.
    let t = "Sens. Jeff Marlow (D-Ore.), Samuel Brody (D-Ohio) and Robert Mendes (D-N.J.) all suggested that the claims could be grounds for a case.";
    assert_eq!(quotes(t)[0].2.as_deref(), Some("Robert Mendes"));
    let a = Extractor::new().extract(t, &Options::default()).unwrap();
    assert_eq!(a.entities[0].name, "Jeff Marlow");
    assert_eq!(quotes("The senators both said they would act.")[0].2.as_deref(), Some("The senators"));
    // A quantifier that opens the clause is its subject.
    assert_eq!(quotes("Both have promised that they would act.")[0].2.as_deref(), Some("Both"));
    // An appositive that lists people with their states.
    let t = "Trump's leading rivals, Sens. Edward Cruse of Texas and Marco Rubino of Florida, have both urged that the tapes be released.";
    assert_eq!(quotes(t)[0].2.as_deref(), Some("Marco Rubino"));
}

#[test]
fn a_framed_fragment_after_an_abbreviation_and_a_nested_relative_clause() {
    // The stop of "Mr." does not end the verb's clause.
    let t = "Later, Dana Holt, a senior adviser to the campaign, called Mr. Obama's remarks on Saturday \"a true wake-up call\" to his supporters.";
    let (text, who) = find(t, QuoteKind::Mixed);
    assert_eq!(text, "Mr. Obama's remarks on Saturday \"a true wake-up call\" to his supporters");
    assert_eq!(who.as_deref(), Some("Dana Holt"));
    // A description that is the object of a relative clause is not the subject.
    let t = "Senator Richard C. Shelburne, the Alabama Republican who heads the Senate Banking Committee, which oversees the Fed, said the donations were a problem.";
    assert_eq!(quotes(t)[0].2.as_deref(), Some("Richard C. Shelburne"));
    // A description before its own relative clause still speaks.
    assert_eq!(quotes("A senior official, who spoke on condition of anonymity, said the talks had failed.")[0].2.as_deref(), Some("A senior official"));
    // "claims" after "of" and an adjective is a noun, not the verb.
    let (text, who) = find("FactWatch rated 32% of Republican claims as \"false\" last year.", QuoteKind::Mixed);
    assert_eq!(text, "32% of Republican claims as \"false\" last year");
    assert_eq!(who.as_deref(), Some("FactWatch"));
    // A verb after a name with "of" is still the verb.
    let (_, who) = find("Chancellor Angela Merkel of Germany condemned \"such a murderous attack\" on Sunday.", QuoteKind::Mixed);
    assert_eq!(who.as_deref(), Some("Angela Merkel"));
}

#[test]
fn a_quote_after_said_that_and_party_labels_before_names() {
    // "said that" (or a person's "knows that") and then the quote.
    let t = "Dana Holt said that \u{201c}The team will always be the best.\u{201d}";
    let q = Extractor::new().extract(t, &Options::default()).unwrap().quotes;
    assert_eq!((q[0].kind, q[0].speaker_name.as_deref()), (QuoteKind::Direct, Some("Dana Holt")));
    let t = "Dana Holt spoke on Monday. Holt says she hopes to win, but she knows that \u{201c}The team will always be the best.\u{201d}";
    let q = Extractor::new().extract(t, &Options::default()).unwrap().quotes;
    let direct = q.iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
    assert_eq!(direct.speaker_name.as_deref(), Some("Dana Holt"));
    // A party or nationality before a full name is the person's description, not the name.
    let a = Extractor::new().extract("Republican Donald Marsh said the bill would pass. Democrat Dana Holt disagreed.", &Options::default()).unwrap();
    let people: Vec<(&str, Option<&str>)> = a.entities.iter().map(|e| (e.name.as_str(), e.role.as_deref())).collect();
    assert_eq!(people, vec![("Donald Marsh", Some("Republican")), ("Dana Holt", Some("Democrat"))]);
    // Supporters of a person speak for themselves.
    assert_eq!(quotes("Supporters of Democrat Dana Holt say she will win.")[0].2.as_deref(), Some("Supporters of Democrat Dana Holt"));
    // Neither a party adjective nor "Whenever" is anyone's name.
    let a = Extractor::new().extract("Democratic leaders met. He spoke to a member of House Democratic leadership. Whenever asked, they smiled.", &Options::default()).unwrap();
    assert!(a.entities.iter().all(|e| e.kind != onrecord::EntityType::Person), "{:?}", a.entities);
}

#[test]
fn a_lower_case_description_before_a_trailing_name() {
    for t in [
        "Officers found two victims with stab wounds, Denver police spokeswoman Sgt. Maria Lopez said in a statement.",
        "Officers found two victims with stab wounds, police spokeswoman Maria Lopez said.",
    ] {
        let q = quotes(t);
        assert_eq!((q[0].0.as_str(), q[0].2.as_deref()), ("Officers found two victims with stab wounds", Some("Maria Lopez")), "{t}");
    }
}

#[test]
fn an_acronym_seen_before_its_expansion_joins_it() {
    let a = Extractor::new()
        .extract("Army says it retook city from RSF\n\nThe army said it had pushed the Rapid Support Forces (RSF) out of the city. The RSF did not comment.", &Options::default())
        .unwrap();
    let orgs: Vec<(&str, usize)> = a.entities.iter().filter(|e| e.kind == onrecord::EntityType::Organization).map(|e| (e.name.as_str(), e.mentions.len())).collect();
    assert_eq!(orgs, vec![("Rapid Support Forces", 4)], "{:?}", a.entities);
}

#[test]
fn an_age_and_a_home_town_after_the_name_and_people_in_a_place() {
    for t in [
        "Donna Rawlings, 59, of Ashton, Md., said the event brought back memories.",
        "Donna Rawlings, 59, of Ashton, Maryland, said the event brought back memories.",
    ] {
        assert_eq!(quotes(t)[0].2.as_deref(), Some("Donna Rawlings"), "{t}");
    }
    // A town after "from" or "in" is no name.
    let t = "Dean Johnson, a salesman from Sumter, South Carolina, says the senator will win.";
    assert_eq!(quotes(t)[0].2.as_deref(), Some("Dean Johnson"));
    // People in a place speak, not the place; nor the place a person is of.
    assert_eq!(quotes("The plan may placate nervous Democrats on Capitol Hill, who have argued that it helps candidates.")[0].2.as_deref(), Some("Democrats"));
    assert_eq!(quotes("Maria Lopez of Ohio, who said the plan was bad, left early.")[0].2.as_deref(), Some("Maria Lopez"));
}

#[test]
fn reported_words_that_are_all_quoted_are_one_direct_quote() {
    let q = quotes("Jane Smith told Fox that \"they hit Matt because they said he should have been much tougher.\"");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!((q[0].1, q[0].2.as_deref()), (QuoteKind::Direct, Some("Jane Smith")));
    // A cue with a complement clause of its own does not attribute the quote before it.
    let q = quotes("Tom Brown told a friend that \"terrorism is the answer.\" Spokeswoman Jane Smith said via email that, \"Of course he will defend himself.\"");
    assert_eq!(q[0].2.as_deref(), Some("Tom Brown"), "{q:?}");
    assert_eq!(q.last().unwrap().2.as_deref(), Some("Jane Smith"), "{q:?}");
}

#[test]
fn a_participle_object_before_a_comma_is_no_report() {
    let q = quotes("In a statement announcing the pick, the union called Jane Smith a champion.");
    assert!(q.iter().all(|q| !q.0.starts_with("the pick")), "{q:?}");
}

#[test]
fn more_framings_of_quoted_words() {
    for (t, frag, who) in [
        ("Jane Smith has used the phrase \"radical reform\" often in her campaign.", "\"radical reform\"", "Jane Smith"),
        ("Tom Brown took to Twitter to accuse the council of being \"duped\" by \"a con\" on Monday.", "\"duped\"", "Tom Brown"),
        ("Tom Brown exhorted Republicans to \"vote your conscience\" at the convention.", "\"vote your conscience\"", "Tom Brown"),
        ("Jane Smith openly admires Tom Brown as a \"strong leader,\" comparing him to others.", "\"strong leader,\"", "Jane Smith"),
    ] {
        let q = quotes(t);
        let m = q.iter().find(|q| q.1 == QuoteKind::Mixed).unwrap_or_else(|| panic!("no mixed quote in {t}: {q:?}"));
        assert!(m.0.contains(frag), "{t}: {q:?}");
        assert_eq!(m.2.as_deref(), Some(who), "{t}");
    }
    // A manner of speaking right before its words: a direct quote, and only the words.
    let q = quotes("Protesters chanted \"What curfew?\" and kept going.");
    assert_eq!((q[0].0.as_str(), q[0].1, q[0].2.as_deref()), ("\"What curfew?\"", QuoteKind::Direct, Some("Protesters")), "{q:?}");
    // A title-case headline is no one's use of a phrase.
    let q = quotes("Gold Star Mom Corners Senator On His Refusal To Use The Words 'Radical Reform'\n\nThe senator spoke on Monday.");
    assert!(q.iter().all(|q| q.1 != QuoteKind::Mixed), "{q:?}");
}

#[test]
fn a_report_named_by_a_noun_and_its_owner() {
    let q = quotes("Critics pounced on Jane Smith's claim that there have been \"thousands of shootings\" in the city this year.");
    let m = q.iter().find(|q| q.1 == QuoteKind::Mixed).unwrap_or_else(|| panic!("{q:?}"));
    assert_eq!((m.0.as_str(), m.2.as_deref()), ("there have been \"thousands of shootings\" in the city this year", Some("Jane Smith")));
    // A possessive pronoun, and a clause that ends at its comma before the main clause.
    let q = quotes("Jane Smith spoke on Monday. Despite her claim that voters would \"learn nothing,\" there would be a wealth of information.");
    let m = q.iter().find(|q| q.1 == QuoteKind::Mixed).unwrap_or_else(|| panic!("{q:?}"));
    assert_eq!((m.0.as_str(), m.2.as_deref()), ("voters would \"learn nothing,\"", Some("Jane Smith")));
    // A relative clause after the noun is no report; nor a noun phrase opening its sentence.
    assert!(quotes("Jane Smith spoke. She made a comment that described voters as lazy.").is_empty());
    assert!(quotes("Jane Smith's claim that the economy was booming surprised many.").is_empty());
}

#[test]
fn a_quote_after_that_and_a_long_complement() {
    // The one told and a long phrase before "that".
    let q = quotes("Tom Brown told supporters after his victory in the South Carolina Republican primary that the win was beautiful.");
    assert_eq!((q[0].0.as_str(), q[0].2.as_deref()), ("the win was beautiful", Some("Tom Brown")), "{q:?}");
    let q = quotes("Tom Brown is telling supporters after his victory in the South Carolina Republican primary that \"when you win, it's beautiful.\"");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!((q[0].1, q[0].2.as_deref()), (QuoteKind::Direct, Some("Tom Brown")));
    // A quote after "that" with a stop inside it is one quote to its closing mark.
    let t = "Jane Smith tells reporters that \"if there's a large turnout we will do fine. If it's a low turnout, that may be another story.\"";
    let q = quotes(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].0.ends_with("another story.\""), "{q:?}");
    // A sentence in marks right after a verb of speech: only the words.
    let q = quotes("Tom Brown gained attention in 2009 when he yelled \"You lie!\" at the president.");
    assert_eq!((q[0].0.as_str(), q[0].1, q[0].2.as_deref()), ("\"You lie!\"", QuoteKind::Direct, Some("Tom Brown")), "{q:?}");
}

#[test]
fn a_list_of_fragments_under_one_framing_is_one_quote() {
    let t = "Jane Smith called Tom Brown a \"pathological liar\" who is \"utterly amoral,\" a \"bully\" and a \"narcissist at a level I have never seen.\" He hit back.";
    let q = quotes(t);
    let m: Vec<_> = q.iter().filter(|q| q.1 == QuoteKind::Mixed).collect();
    assert_eq!(m.len(), 1, "{q:?}");
    assert!(m[0].0.starts_with("Tom Brown a \"pathological") && m[0].0.ends_with("never seen.\""), "{q:?}");
    assert_eq!(m[0].2.as_deref(), Some("Jane Smith"));
    let q = quotes("Tom Brown tells his supporters at a rally to \"go to your place and vote\" and then \"go pick some other place.\"");
    let m: Vec<_> = q.iter().filter(|q| q.1 == QuoteKind::Mixed).collect();
    assert!(m.len() == 1 && m[0].0.ends_with("other place.\""), "{q:?}");
    // The object of "told" and a phrase before "that".
    let q = quotes("Tom Brown spoke. He also told one of his protégés on a regular basis that \"terrorism is the answer.\"");
    assert_eq!((q[0].0.as_str(), q[0].1), ("\"terrorism is the answer.\"", QuoteKind::Direct), "{q:?}");
}

#[test]
fn framings_joined_by_a_conjunction_and_reports_cut_inside_their_quote() {
    // The subject of the verb before "but"/"and".
    let q = quotes("Tom Brown referred to Jane Smith as \"a bright leader\" but described her skills as a \"work in progress.\"");
    let m: Vec<_> = q.iter().filter(|q| q.1 == QuoteKind::Mixed).collect();
    assert_eq!(m.len(), 2, "{q:?}");
    assert!(m.iter().all(|m| m.2.as_deref() == Some("Tom Brown")), "{q:?}");
    // Blaming frames the words too.
    let q = quotes("Tom Brown blamed the problem on \"sickos\" and left.");
    assert_eq!(q.iter().find(|q| q.1 == QuoteKind::Mixed).and_then(|q| q.2.as_deref()), Some("Tom Brown"), "{q:?}");
    // A report cut at a stop inside its quote runs to the closing mark.
    let q = quotes("Tom Brown added that he was the only one \"fighting to defend the Constitution. I'll defend it.\"");
    assert!(q.iter().any(|q| q.1 == QuoteKind::Mixed && q.0.ends_with("defend it.\"") && q.2.as_deref() == Some("Tom Brown")), "{q:?}");
    // A noun's clause that opens with a quote, and a place before "that".
    let q = quotes("Jane Smith stirred a row over her remark that \"there's a special place in hell for them.\"");
    assert_eq!((q[0].1, q[0].2.as_deref()), (QuoteKind::Direct, Some("Jane Smith")), "{q:?}");
    let q = quotes("Tom Brown tells reporters outside a polling station in Greenville that \"we will do fine. I think so.\"");
    assert_eq!((q.len(), q[0].1, q[0].2.as_deref()), (1, QuoteKind::Direct, Some("Tom Brown")), "{q:?}");
}

#[test]
fn a_verb_that_reports_and_frames_ends_with_its_fragment_clause() {
    let q = quotes("Governor Tom Brown described Jane Smith as a \"disgrace\" after she attacked the police and blamed shootings on \"implicit bias\" against minorities.");
    let m: Vec<(&str, Option<&str>)> = q.iter().filter(|q| q.1 == QuoteKind::Mixed).map(|q| (q.0.as_str(), q.2.as_deref())).collect();
    assert_eq!(m, vec![("Jane Smith as a \"disgrace\"", Some("Tom Brown")), ("shootings on \"implicit bias\" against minorities", Some("Jane Smith"))], "{q:?}");
}

#[test]
fn an_opening_phrase_with_a_town_and_its_state_before_the_subject() {
    let q = quotes("Speaking at a town hall in Millbrook, New Hampshire, Tom Brown went after his rival, calling him \"a total stiff.\"");
    assert_eq!(q.iter().find(|q| q.1 == QuoteKind::Mixed).and_then(|q| q.2.as_deref()), Some("Tom Brown"), "{q:?}");
    let q = quotes("Hours later, Tom Brown returned the compliment, telling Reuters, \"He is an amazing man.\"");
    assert_eq!(q[0].2.as_deref(), Some("Tom Brown"), "{q:?}");
    let q = quotes("Early in his campaign, Tom Brown attacked his rival, calling him \"a failed candidate\" in speeches.");
    assert_eq!(q.iter().find(|q| q.1 == QuoteKind::Mixed).and_then(|q| q.2.as_deref()), Some("Tom Brown"), "{q:?}");
}

#[test]
fn a_complementizer_after_a_phrase_with_a_possessive_and_not_after_a_report_noun() {
    let (text, who) = find("Dr. Karen Oduya told reporters at Queen's Park on Wednesday that the province has seen a sharp rise in cases.", QuoteKind::Indirect);
    assert_eq!((text.as_str(), who.as_deref()), ("the province has seen a sharp rise in cases", Some("Karen Oduya")));
    // The clause after "Mr. Hale's interjection that" is the interjection's, not the reply's.
    let got = quotes("Speaking to students this week, Jane Smith responded to Mr. Hale's interjection that paying no taxes made him smart.");
    assert!(got.iter().all(|q| q.2.as_deref() != Some("Jane Smith")), "{got:?}");
    // A headline's title-case "That" is a relative pronoun.
    let got = quotes("Lena Ortiz Just Responded To Hale's Demand In A Way That Could Cause Mayhem.\n\nThe debate is on Monday.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_place_at_the_end_of_the_subject_phrase_is_not_the_speaker() {
    for (t, who) in [
        ("A spokesperson for the Hospital for Sick Children in Toronto said the hospital had postponed some surgeries.", "A spokesperson for the Hospital for Sick Children"),
        ("A doctor at the clinic in Ottawa said the city had postponed some surgeries.", "A doctor at the clinic"),
    ] {
        assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some(who), "{t}");
    }
    // People in a place still speak as such.
    assert_eq!(find("Officials in Ottawa said the city had postponed some surgeries.", QuoteKind::Indirect).1.as_deref(), Some("Officials in Ottawa"));
}

#[test]
fn a_role_with_the_body_it_serves_is_the_subject_of_a_later_verb() {
    let (_, who) = find("A spokesperson for the European Commission declined to comment but said the bloc would respond.", QuoteKind::Indirect);
    assert_eq!(who.as_deref(), Some("A spokesperson for the European Commission"));
    // A name in apposition still wins.
    let (_, who) = find("The president of the European Commission, Ursula Lind, declined to comment but said the bloc would respond.", QuoteKind::Indirect);
    assert_eq!(who.as_deref(), Some("Ursula Lind"));
}

#[test]
fn an_appositive_of_a_lower_case_role_and_a_name_gives_the_speaker() {
    for t in [
        "The report's author, economist Marc Lee, said the province needed to build more homes.",
        "Its author, senior economist Marc Lee, said the province needed to build more homes.",
    ] {
        assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Marc Lee"), "{t}");
    }
    // An appositive that only describes the name before it.
    let (_, who) = find("Jane Smith, the party's chief economist, said the province needed to build more homes.", QuoteKind::Indirect);
    assert_eq!(who.as_deref(), Some("Jane Smith"));
}

#[test]
fn a_pronoun_is_the_one_person_its_paragraph_has_named_since_the_last_speaker() {
    let text = "\"I knew it would cost a lot,\" says Linda Moreau, a retired cashier.\n\nEconomist Sarah Vance says the plan could save families money. \"This is real money,\" she says.\n\nFor Moreau, the program came too late for her tooth. But she says she is grateful it exists. \"Next time, I won't wait,\" she says.";
    let got = quotes(text);
    let last = got.last().unwrap();
    assert_eq!((last.0.as_str(), last.2.as_deref()), ("\"Next time, I won't wait,\"", Some("Linda Moreau")), "{got:?}");
    // A name in the pronoun's own sentence may be what is said; a pronoun of that gender
    // before the name in the paragraph is someone else's.
    for text in [
        "\"We need people of substance,\" said Tom Brooks, a pastor.\n\nPeople like Mark Dale, he said.",
        "\"We need people of substance,\" said Tom Brooks, a pastor.\n\nIn his account, the talks ran long after Mark Dale arrived. He said they went well.",
    ] {
        let got = quotes(text);
        assert_eq!(got.last().unwrap().2.as_deref(), Some("Tom Brooks"), "{got:?}");
    }
}

#[test]
fn a_report_ends_before_the_speaker_s_next_act_of_framing() {
    let (text, _) = find("Analysts said geopolitical factors have contributed to its appeal, citing the strategic importance of the nation.", QuoteKind::Indirect);
    assert_eq!(text, "geopolitical factors have contributed to its appeal");
    let got = quotes("Jane Smith said she would release her returns on Friday, calling them \"very boring tax returns.\"");
    assert!(got.iter().any(|q| q.0 == "she would release her returns on Friday" && q.1 == QuoteKind::Indirect), "{got:?}");
    assert!(got.iter().any(|q| q.0 == "them \"very boring tax returns.\"" && q.1 == QuoteKind::Mixed && q.2.as_deref() == Some("Jane Smith")), "{got:?}");
}

#[test]
fn a_cue_after_used_to_or_went_on_to_has_the_subject_before_them() {
    for (t, who) in [
        ("Tom Pike smiled. His father used to say, \"The sea is all the company a man needs.\"", "His father"),
        ("Tom Pike smiled. The letter went on to say, \"We regret the delay.\"", "The letter"),
    ] {
        assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some(who), "{t}");
    }
}

#[test]
fn a_report_ends_before_a_participle_cue_after_a_quoted_fragment() {
    let got = quotes("Minister Jane Smith said in a statement that scrapping the tax would be \"reckless,\" adding: \"Climate change is not going away.\"");
    assert!(got.iter().any(|q| q.0 == "scrapping the tax would be \"reckless,\"" && q.1 == QuoteKind::Mixed), "{got:?}");
    assert!(got.iter().any(|q| q.0 == "\"Climate change is not going away.\"" && q.1 == QuoteKind::Direct && q.2.as_deref() == Some("Jane Smith")), "{got:?}");
}

#[test]
fn a_short_report_split_by_its_attribution() {
    let (text, who) = find("The hospital, Jane Smith said, was short-staffed.", QuoteKind::Indirect);
    assert_eq!((text.as_str(), who.as_deref()), ("The hospital, Jane Smith said, was short-staffed", Some("Jane Smith")));
}

#[test]
fn a_fragment_after_a_verb_with_its_auxiliary_takes_the_subject_before_both() {
    let got = quotes("Jane Smith did post on Twitter Friday that her claims were \"sarcasm\" but, boy, that took a while.");
    assert!(got.iter().any(|q| q.1 == QuoteKind::Mixed && q.2.as_deref() == Some("Jane Smith")), "{got:?}");
}

#[test]
fn a_clause_after_a_cue_and_a_phrase_of_where_it_was_said() {
    for t in [
        "The company said in a news release the recall was voluntary.",
        "The company said in a press release Tuesday the recall was voluntary.",
    ] {
        assert_eq!(find(t, QuoteKind::Indirect).0, "the recall was voluntary", "{t}");
    }
    // An adverbial clause after the phrase is no report.
    let got = quotes("\"He is like six feet tall,\" Jane Smith said Sunday in Virginia as the crowd roared.");
    assert!(got.iter().all(|q| q.1 != QuoteKind::Indirect), "{got:?}");
}

#[test]
fn a_public_body_named_by_portfolio_and_country_is_the_agency_after_it() {
    let got = quotes("Health Canada issued a recall on Friday. The agency said the product could contain bacteria.");
    assert_eq!(got[0].2.as_deref(), Some("Health Canada"), "{got:?}");
    // A department too, where its name has no "Department" in it.
    let got = quotes("Fisheries and Oceans Canada did not respond by deadline. In a statement last month, the department said the cut was necessary.");
    assert_eq!(got[0].2.as_deref(), Some("Fisheries and Oceans Canada"), "{got:?}");
}

#[test]
fn the_subject_after_an_opening_subordinate_clause() {
    let got = quotes("Although it was far from the last word, Attorney General Jane Smith took the last step Wednesday of announcing that the department would not prosecute.\n\n\"Late this afternoon, I met with the director,\" she said.");
    assert!(got.iter().all(|q| q.2.as_deref() == Some("Jane Smith")), "{got:?}");
    let (_, who) = find("My mother mentioned the devil. Once, when she was driving, I laughed and said, \"I do not believe in the devil.\"", QuoteKind::Direct);
    assert_eq!(who.as_deref(), Some("I"));
}

#[test]
fn a_role_noun_opening_a_sentence_is_not_part_of_the_name() {
    // "Petitioner" is the role of Joan Vale, so "she" can be her.
    let t = "Justice Ann Rowe said the delay was bad.\n\nPetitioner Joan Vale, a privacy activist, welcomed the order. \"This is a small victory,\" she told reporters.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Joan Vale"));
    // The network's anchor is the one person who reacted before the quote.
    let t = "Pulitzer Prize-winning author Mark Dunn spoke in October.\n\nThe network's nightly news anchor Joan Vale reacted with a letter. \"I am concerned,\" she tweeted.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Joan Vale"));
}

#[test]
fn a_body_made_of_named_people_speaks_as_one() {
    let t = "Rain fell. A bench of Chief Justice Ann Rowe and Justice Joan Vale said the delay was unacceptable.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("A bench of Chief Justice Ann Rowe and Justice Joan Vale"));
    // Two people named side by side are not a body.
    let t = "Rain fell. The court heard from Ann Rowe and Joan Vale, who said the delay was unacceptable.";
    assert_ne!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Ann Rowe and Joan Vale"));
}

#[test]
fn a_party_and_state_between_commas_is_not_the_speaker() {
    let t = "Rain fell. Sen. Mark Dunn, R-Texas, called the bill \"a surrender\" and said conservatives would fight.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Mark Dunn"));
    let t = "\"No way,\" said Rep. Ann Rowe, D-N.Y., on Monday.";
    assert_eq!(find(t, QuoteKind::Direct).1.as_deref(), Some("Ann Rowe"));
}

#[test]
fn a_countrys_office_in_the_lede_is_the_holder_named_next() {
    let t = "Canada's finance minister says the deficit will be smaller.\n\nFinance Minister Ann Rowe said the shortfall would be small.";
    assert_eq!(quotes(t)[0].2.as_deref(), Some("Ann Rowe"));
    let t = "The Canadian finance minister says the deficit will be smaller.\n\nFinance Minister Ann Rowe said the shortfall would be small.";
    assert_eq!(quotes(t)[0].2.as_deref(), Some("Ann Rowe"));
    // Another office is someone else.
    let t = "Kenya's opposition leader says protesters will stay.\n\nInterior Minister Ann Rowe said the door was open.";
    assert_ne!(quotes(t)[0].2.as_deref(), Some("Ann Rowe"));
    let t = "Britain's health secretary says waiting lists will fall.\n\nLabour's shadow health secretary, Ann Rowe, said the plan was thin.";
    assert_ne!(quotes(t)[0].2.as_deref(), Some("Ann Rowe"));
    // The country is still a place mentioned, and a role runs to its last noun.
    let r = Extractor::new().extract("Ontario's chief medical officer said hospitals were full. Dr. Mark Dunn, the chief medical officer, spoke.", &Options::default()).unwrap();
    assert!(r.entities.iter().any(|e| e.name == "Ontario"), "{:?}", r.entities);
}

#[test]
fn a_place_s_where_clause_between_the_subject_and_its_verb() {
    let t = "Rain fell. Health officials in Texas, where the largest outbreak began in January, said they had set up mobile clinics.";
    assert_eq!(find(t, QuoteKind::Indirect), ("they had set up mobile clinics".to_string(), Some("Health officials in Texas".to_string())));
}

#[test]
fn an_agency_named_in_full_after_according_to_is_its_entity() {
    let t = "Cases of measles have risen sharply this year, according to the Centers for Disease Control and Prevention, with 212 infections reported.\n\nMost of the cases were in children, the agency said.";
    let q = quotes(t);
    assert_eq!(q.iter().map(|q| q.2.as_deref()).collect::<Vec<_>>(), [Some("CDC"), Some("CDC")], "{q:?}");
}

#[test]
fn a_postposed_speaker_before_an_apposition_or_inside_its_sentence() {
    // What follows "…, the province announced Tuesday," is the writer's comment.
    let t = "Rents will rise 2.5 per cent next year, the province announced Tuesday, a figure that advocates say falls short.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "Rents will rise 2.5 per cent next year");
    let t = "Rents will rise 2.5 per cent next year, the province announced Tuesday, a figure advocates called too low.";
    assert_eq!(find(t, QuoteKind::Indirect).0, "Rents will rise 2.5 per cent next year");
    // A cue with a short complement inside the sentence it attributes.
    for t in ["The plan, officials said on Tuesday, was never viable.", "The plan, the regulator said in a statement, had failed."] {
        assert_eq!(find(t, QuoteKind::Indirect).0, t.trim_end_matches('.'), "{t}");
    }
    // Not a subject before the comma: the clause after the cue is the report.
    assert_eq!(find("In Ottawa, officials said Tuesday, the plan would fail.", QuoteKind::Indirect).0, "the plan would fail");
}

#[test]
fn a_told_participle_reports_after_its_object_and_place() {
    let t = "Finance Minister Jean Dubois welcomed the decision, telling reporters in Ottawa that the budget would focus on growth.";
    assert_eq!(find(t, QuoteKind::Indirect), ("the budget would focus on growth".to_string(), Some("Jean Dubois".to_string())));
}

#[test]
fn a_report_in_the_present_with_a_fragment_after_a_complement() {
    let t = "Rain fell. Mayor Ann Rowe said in a statement the verdict closes \"a painful chapter\" for the town.";
    assert_eq!(find(t, QuoteKind::Mixed).0, "the verdict closes \"a painful chapter\" for the town");
}

#[test]
fn a_group_with_a_phrase_and_a_relative_clause_is_the_speaker() {
    let t = "Rain fell. Passengers on the flight from Frankfurt say they feared for their lives.";
    assert_eq!(quotes(t)[0].2.as_deref(), Some("Passengers on the flight from Frankfurt"));
    let t = "Rain fell. Passengers aboard a flight that landed at Pearson Airport on Sunday say they feared for their lives.";
    assert_eq!(quotes(t)[0].2.as_deref(), Some("Passengers aboard a flight"));
}

#[test]
fn an_office_by_its_initials_is_its_holder() {
    let t = "Prime Minister Arjun Mehta met the delegation on Monday. The PM said the talks were useful.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Arjun Mehta"));
    let t = "Union Minister of External Affairs Vikram Rao met the delegation on Monday. The EAM said the talks were useful.";
    assert_eq!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Vikram Rao"));
    // Not another minister.
    let t = "Finance Minister Vikram Rao met the delegation on Monday. The PM said the talks were useful.";
    assert_ne!(find(t, QuoteKind::Indirect).1.as_deref(), Some("Vikram Rao"));
}

#[test]
fn remembering_someone_as_a_fragment_frames_it() {
    let t = "Rain fell. Her former parole officer, Marcus Hale, remembers her as \"stubborn in the best way.\"";
    assert_eq!(find(t, QuoteKind::Mixed).1.as_deref(), Some("Marcus Hale"));
}

#[test]
fn a_report_after_a_participle_report_and_but_with_a_subject_phrase() {
    let t = "Rain fell. The manager was quoted as saying he would fight to keep his striker, but sources close to the player told The Sun he has already agreed terms.";
    let q = quotes(t);
    assert_eq!(q.iter().map(|q| q.0.as_str()).collect::<Vec<_>>(), ["he would fight to keep his striker", "he has already agreed terms"], "{q:?}");
}

#[test]
fn a_football_club_is_an_organisation_and_its_short_name_joins_it() {
    let r = Extractor::new().extract("Manchester Rovers have confirmed talks over the sale of their striker.\n\nThe decision angered Rovers fans.", &Options::default()).unwrap();
    let club = r.entities.iter().find(|e| e.name == "Manchester Rovers").expect("the club");
    assert_eq!(club.mentions.len(), 2, "{:?}", r.entities);
}

#[test]
fn a_hedged_report_is_the_subject_s() {
    let t = "Rain fell. Leon Mbeki is understood to have told team-mates he wants a fresh challenge.";
    assert_eq!(find(t, QuoteKind::Indirect), ("he wants a fresh challenge".to_string(), Some("Leon Mbeki".to_string())));
    let t = "Rain fell. Ann Rowe is said to have told aides that the plan was dead.";
    assert_eq!(find(t, QuoteKind::Indirect), ("the plan was dead".to_string(), Some("Ann Rowe".to_string())));
}

#[test]
fn a_participle_report_after_its_medium_or_time() {
    let t = "Rain fell. The Law Society welcomed the ruling, saying in a statement that it sent \"a clear message\" to officers.";
    assert_eq!(find(t, QuoteKind::Mixed), ("it sent \"a clear message\" to officers".to_string(), Some("Law Society".to_string())));
    let t = "Rain fell. Nia Brandt welcomed the ruling, saying on Tuesday the decision was overdue.";
    assert_eq!(find(t, QuoteKind::Indirect), ("the decision was overdue".to_string(), Some("Nia Brandt".to_string())));
}

#[test]
fn a_headline_s_bare_office_is_its_holder_named_below() {
    let t = "Mayor says transit levy will go to voters\n\nMayor Dana Whitfield said Monday that she will ask voters to approve a sales tax.";
    let q = quotes(t);
    assert_eq!(q[0].0, "transit levy will go to voters", "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Dana Whitfield"), "{q:?}");
}

#[test]
fn team_positions_and_advocates_are_titles() {
    let r = Extractor::new().extract("Striker Liam Ward said the dressing room was buzzing. Advocate Pieter Visser said his client would sue.", &Options::default()).unwrap();
    let names: Vec<_> = r.entities.iter().map(|e| (e.name.as_str(), e.role.as_deref())).collect();
    assert!(names.contains(&("Liam Ward", Some("Striker"))), "{names:?}");
    assert!(names.contains(&("Pieter Visser", Some("Advocate"))), "{names:?}");
}

#[test]
fn a_forum_or_movement_is_an_organisation() {
    let r = Extractor::new().extract("The National Editors' Forum said the ruling was welcome. The Progressive Movement said it agreed.", &Options::default()).unwrap();
    let names: Vec<_> = r.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"National Editors' Forum"), "{names:?}");
    assert!(names.contains(&"Progressive Movement"), "{names:?}");
}

#[test]
fn a_family_name_s_lower_case_particle_opens_its_mention() {
    let t = "Pieter van Wyk spoke on Monday. \"We will appeal,\" van Wyk told reporters.";
    let r = Extractor::new().extract(t, &Options::default()).unwrap();
    let q = &r.quotes[0];
    assert_eq!(q.speaker_mention.as_ref().map(|m| m.text.as_str()), Some("van Wyk"));
    assert_eq!(q.speaker_name.as_deref(), Some("Pieter van Wyk"));
}

#[test]
fn a_passive_report_s_agent_is_its_speaker() {
    let t = "Rain fell. Residents were told by police that the road would stay closed.";
    assert_eq!(find(t, QuoteKind::Indirect), ("the road would stay closed".to_string(), Some("police".to_string())));
    // Without an agent, the one told is still no speaker.
    let t = "Rain fell. Residents were told that the road would stay closed.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
}

#[test]
fn an_artist_s_trade_before_the_name_is_a_role() {
    let r = Extractor::new().extract("Composer David Kwan described her as \"fearless.\"", &Options::default()).unwrap();
    assert_eq!(r.quotes[0].speaker_name.as_deref(), Some("David Kwan"), "{:?}", r.quotes);
}

#[test]
fn a_verb_joined_to_a_report_s_clause_is_the_reporter_s() {
    let t = "Rain fell. Jane Roe said the province had hired nurses and expected improvements \"within months.\"";
    assert_eq!(find(t, QuoteKind::Mixed).1.as_deref(), Some("Jane Roe"));
    // Not across a subordinate clause.
    let t = "Rain fell. Omar Haddad described Ann Lee as a \"disgrace\" after she attacked the police and blamed shootings on \"bias\".";
    let q = quotes(t);
    assert!(q.iter().any(|q| q.0.contains("\"bias\"") && q.2.as_deref() == Some("Ann Lee")), "{q:?}");
}

#[test]
fn an_absolute_phrase_s_own_subject_frames_its_fragment() {
    let t = "Rain fell. The city council approved the budget late Wednesday, with Mayor Linda Osei calling it \"a budget for people who ride the bus.\"";
    assert_eq!(find(t, QuoteKind::Mixed).1.as_deref(), Some("Linda Osei"));
}

#[test]
fn a_verb_inside_an_organisation_s_name_is_no_cue() {
    let t = "Rain fell. His comments came after a report by the Centre for Countering Online Abuse found that posts containing slurs had risen by 300 per cent.";
    let (text, who) = find(t, QuoteKind::Indirect);
    assert_eq!(text, "posts containing slurs had risen by 300 per cent");
    assert_eq!(who.as_deref(), Some("Centre for Countering Online Abuse"));
}

#[test]
fn according_to_a_document_by_someone_is_its_author() {
    let (_, who) = find("Crime fell 3 percent last year, according to an analysis by the Harlow Justice Center.", QuoteKind::Indirect);
    assert_eq!(who.as_deref(), Some("Harlow Justice Center"));
    let (_, who) = find("Rain fell. The minister ordered a review, according to a statement from her office.", QuoteKind::Indirect);
    assert_eq!(who.as_deref(), Some("her office"));
    // Two documents joined: the whole phrase stays the source.
    let (_, who) = find("Rain fell. The developers ran a scheme, according to a complaint filed by the regulator and a complaint by Vermont.", QuoteKind::Indirect);
    assert_ne!(who.as_deref(), Some("Vermont"));
}

#[test]
fn an_interview_s_lines_under_a_surname_in_title_case() {
    let t = "Q&A: Mayor Lena Okonjo on housing and crime\n\nMayor Lena Okonjo sat down with the Tribune on Thursday.\n\nQ: Rents are up 12 percent this year. What went wrong?\n\nOkonjo: Nothing went wrong with our plan. It just takes time.\n\nQ: Will you debate him?\n\nOkonjo: Absolutely. Any time, any place.";
    let q = quotes(t);
    let lines: Vec<_> = q.iter().filter(|q| q.2.as_deref() == Some("Lena Okonjo")).map(|q| q.0.as_str()).collect();
    assert_eq!(lines, ["Nothing went wrong with our plan. It just takes time.", "Absolutely. Any time, any place."], "{q:?}");
    // The genre label is no speaker; a title-case label said once is no transcript.
    assert!(q.iter().all(|q| q.2.as_deref() != Some("Q&A")), "{q:?}");
    let q = quotes("Rain fell.\n\nOkonjo: a study in contrasts\n\nMayor Lena Okonjo spoke.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_uk_single_quote_after_a_sentence_of_attribution_holds_its_double_quote() {
    let t = "Rain fell.\n\n'He was crying,' said Maria Okoro. 'He kept saying, \"I did nothing wrong.\"' The union agreed.";
    let q = quotes(t);
    let outer = q.iter().find(|q| q.0.contains("He kept saying")).unwrap_or_else(|| panic!("{q:?}"));
    assert_eq!(outer.2.as_deref(), Some("Maria Okoro"), "{q:?}");
    // A new sentence after a quote's full stop, "The union agreed.", attributes nothing.
    assert!(q.iter().all(|q| q.2.as_deref() != Some("The union")), "{q:?}");
}

#[test]
fn telling_no_one_reports_nothing() {
    let t = "For years, Daniel Okafor told no one about the night he almost died. Anna Wu told nobody that she was sick. He never told anyone he had been fired.";
    assert!(quotes(t).is_empty(), "{:?}", quotes(t));
    let (text, _) = find("Rain fell. Anna Wu told reporters that no one was hurt.", QuoteKind::Indirect);
    assert_eq!(text, "no one was hurt");
}

#[test]
fn they_inside_a_quote_is_no_one_person() {
    let t = "Dr. Omar Haddad treated him.\n\n\"They said, 'Your husband is alive, but you need to come now,'\" Elena Ruiz recalls.";
    let r = Extractor::new().extract(t, &Options::default()).unwrap();
    let inner = r.quotes.iter().find(|q| q.span.text.starts_with("'Your husband")).unwrap();
    assert_eq!((inner.speaker.as_deref(), inner.speaker_name.as_deref()), (None, Some("They")), "{:?}", r.quotes);
}

#[test]
fn a_uk_headline_s_quote_before_a_colon_and_its_speaker() {
    let t = "'Nothing prepared us for this': Minister Ann Cole says flood response failed\n\nAnn Cole, the minister, spoke on Friday in Leeds.";
    let q = quotes(t);
    assert!(q.iter().any(|q| q.0 == "'Nothing prepared us for this'" && q.2.as_deref() == Some("Ann Cole")), "{q:?}");
    let t = "'We were treated like criminals': families of detained migrants speak out\n\nMaria Santos had not slept for three days.";
    let q = quotes(t);
    assert!(q.iter().any(|q| q.0 == "'We were treated like criminals'" && q.2.as_deref() == Some("families of detained migrants")), "{q:?}");
}
