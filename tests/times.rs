//! Time expressions normalised in context, end to end (the table-driven unit tests of the
//! normaliser live in `src/times.rs`).

use onrecord::{Date, Extractor, Options};

fn times(text: &str, date: &str) -> Vec<(String, String)> {
    let opts = Options { date: Date::parse(date), ..Options::default() };
    Extractor::new().extract(text, &opts).unwrap().times.into_iter().map(|t| (t.span.text, t.value)).collect()
}

#[test]
fn a_year_ago_in_a_results_report_is_the_same_quarter_a_year_before() {
    let t = "Acme Corp. said third-quarter net income rose 12% to $40 million. \
             The company earned $35 million a year earlier. Sales in the year-ago quarter were flat.";
    let got = times(t, "1989-10-26");
    assert!(got.contains(&("a year earlier".into(), "1988-Q3".into())), "{got:?}");
    assert!(got.contains(&("the year-ago quarter".into(), "1988-Q3".into())), "{got:?}");
    // Without a quarter in sight, a year ago is just the year before.
    assert_eq!(times("She moved to Ohio a year ago.", "1989-10-26"), vec![("a year ago".to_string(), "1988".to_string())]);
}

#[test]
fn a_span_of_the_clock_before_an_event_is_a_duration() {
    // "a minute before the crash" counts from the crash, not back from the dateline.
    assert_eq!(times("He had been scrolling for almost a minute before the crash.", "2025-06-10"), vec![("almost a minute".to_string(), "PT1M".to_string())]);
    // "three hours ago" is the day of writing, not three years back.
    assert_eq!(times("The blast happened three hours ago.", "2025-06-10"), vec![("three hours ago".to_string(), "2025-06-10".to_string())]);
    // A fortnight is the calendar's: its "before" stays in the date it gives.
    assert_eq!(times("He left a fortnight before the vote.", "2025-06-10"), vec![("a fortnight before".to_string(), "2025-W22".to_string())]);
}

#[test]
fn as_soon_as_bounds_the_time_after_it() {
    assert_eq!(times("A deal could be announced as soon as next week.", "2025-06-12"), vec![("next week".to_string(), "2025-W25".to_string())]);
}

#[test]
fn a_year_and_its_quarter_are_one_expression() {
    let got = times("Profit fell from this year's third quarter and from the 1988 second quarter.", "1989-11-02");
    assert!(got.contains(&("this year's third quarter".into(), "1989-Q3".into())), "{got:?}");
    assert!(got.contains(&("the 1988 second quarter".into(), "1988-Q2".into())), "{got:?}");
    let got = times("Profits may rise in the first quarter of next year, after a loss in the fourth quarter of last year.", "2026-11-26");
    assert!(got.contains(&("the first quarter of next year".into(), "2027-Q1".into())), "{got:?}");
    assert!(got.contains(&("the fourth quarter of last year".into(), "2025-Q4".into())), "{got:?}");
}

#[test]
fn the_quarter_just_ended_is_not_next_year_in_a_future_clause() {
    let got = times("The company will report third-quarter results next week.", "1989-10-27");
    assert!(got.contains(&("third-quarter".into(), "1989-Q3".into())), "{got:?}");
}

#[test]
fn weekday_tense_from_the_clause() {
    // Friday 2000-01-07.
    let d = "2000-01-07";
    assert_eq!(times("Protesters planned a large demonstration on Saturday.", d)[0].1, "2000-01-08");
    assert_eq!(times("The talks are set to resume Monday in Belfast.", d)[0].1, "2000-01-10");
    // A schedule given with a clock time: "is at 10 a.m. on Monday".
    assert_eq!(times("The vote is at 10 a.m. ET on Monday.", d)[0].1, "2000-01-10T10:00");
    assert_eq!(times("The man was at home at 10 a.m. on Monday.", d)[0].1, "2000-01-03T10:00");
    assert_eq!(times("The group would be ready to leave as early as Tuesday.", d)[0].1, "2000-01-11");
    assert_eq!(times("Exiles will appeal the ruling, Cuba predicted Wednesday.", d)[0].1, "2000-01-05");
    assert_eq!(times("The lease had been due to expire Thursday evening.", d)[0].1, "2000-01-06TEV");
    assert_eq!(times("The report is expected to be released Monday.", d)[0].1, "2000-01-10");
    // A day owning something that exists already, in a "would" clause: the last such day.
    assert_eq!(times("Relatives said they would look for ways around Wednesday's ruling.", d)[0].1, "2000-01-05");
    assert_eq!(times("Officials will attend Wednesday's hearing.", d)[0].1, "2000-01-12");
    // Under AP's "UP NEXT" heading, the next games.
    let got = times("The Oilers rallied from two goals down to beat the Flames in overtime, their fourth straight win.\n\n\"We never quit,\" the coach said. \"That has been our thing all year, and it showed again tonight.\"\n\nUP NEXT\n\nFlames: Host Vancouver on Monday.\n\nOilers: At Seattle on Tuesday.", "2026-11-29");
    assert_eq!(got.iter().map(|t| t.1.as_str()).collect::<Vec<_>>(), ["2026-11-29TNI", "2026-11-30", "2026-12-01"]);
    // "since" looks back, whatever the verb says.
    assert_eq!(times("Prices have risen since March.", "2026-11-26")[0].1, "2026-03");
    assert_eq!(times("Trump has posted 5,000 times since June.", "2016-01-19")[0].1, "2015-06");
    // A passive after the marker keeps it: "would be told" is no past report.
    assert_eq!(times("The minister said provinces would be told their allocations by the end of January.", "2026-11-25")[0].1, "2027-01");
    assert_eq!(times("Provinces were told in January.", "2026-11-25")[0].1, "2026-01");
}

#[test]
fn an_opening_expression_takes_the_tense_of_the_verb_after_it() {
    // Friday 1989-10-27: March is the one before, not the nearest one ahead.
    let d = "1989-10-27";
    assert_eq!(times("In March, the company received a $24-a-share offer.", d)[0].1, "1989-03");
    assert_eq!(times("In March, the company will hold its annual meeting.", d)[0].1, "1990-03");
    // Later in a sentence, the clause ends at its comma: "said" after it does not decide.
    assert_eq!(times("The board will meet in December, a spokesman said.", d)[0].1, "1989-12");
}

#[test]
fn last_weekday_on_that_weekday_is_a_week_before() {
    // Wednesday 1989-11-01.
    let d = "1989-11-01";
    assert_eq!(times("The two companies said last Wednesday that they were talking.", d)[0].1, "1989-10-25");
    assert_eq!(times("The two companies said Wednesday that they were talking.", d)[0].1, "1989-11-01");
}

#[test]
fn recent_and_coming_units_are_unspecified_spans() {
    let got = times("Kidnappings rose in recent years and may rise again in the coming months.", "1998-02-13");
    assert!(got.contains(&("recent years".into(), "PXY".into())), "{got:?}");
    assert!(got.contains(&("coming months".into(), "PXM".into())), "{got:?}");
}

#[test]
fn is_to_and_plans_to_point_forward() {
    // Friday 1989-10-27.
    let d = "1989-10-27";
    assert_eq!(times("The stock, traded in London, is to resume trading in Paris Tuesday.", d)[0].1, "1989-10-31");
    assert_eq!(times("On Tuesday, the league plans to hold a news conference.", d)[0].1, "1989-10-31");
    // "plans" as a noun does not.
    assert_eq!(times("On Tuesday, when she set aside vacation plans for the trip, the talks resumed.", d)[0].1, "1989-10-24");
}

#[test]
fn centuries_year_ends_and_decades_in_years() {
    let d = "1989-10-30";
    assert_eq!(times("It was the best idea of the 20th century.", d), vec![("the 20th century".to_string(), "19".to_string())]);
    assert_eq!(times("The index has risen 12% since year-end.", d), vec![("year-end".to_string(), "1988-12-31".to_string())]);
    assert_eq!(times("The deal should close by year-end.", d), vec![("year-end".to_string(), "1989-12-31".to_string())]);
    assert_eq!(times("The group fell apart in mid-1996.", d), vec![("mid-1996".to_string(), "1996".to_string())]);
    assert_eq!(times("Unemployment is the lowest in almost two decades.", d)[0].1, "P20Y");
}

#[test]
fn a_time_zone_belongs_to_its_clock_time() {
    // Wednesday 2000-04-05.
    let d = "2000-04-05";
    assert_eq!(times("He will leave at 4 a.m. EDT Thursday, Castro said.", d), vec![("4 a.m. EDT Thursday".to_string(), "2000-04-06T04:00".to_string())]);
    assert_eq!(times("The meeting starts at 10 a.m. (local time).", d), vec![("10 a.m. (local time)".to_string(), "2000-04-05T10:00".to_string())]);
}

#[test]
fn holidays_by_their_rules() {
    // Friday 2000-01-07.
    let d = "2000-01-07";
    assert_eq!(times("He arrived on Thanksgiving Day and stayed.", d)[0].1, "1999-11-25");
    assert_eq!(times("They met last Christmas.", d)[0].1, "1999-12-25");
    assert_eq!(times("Easter Sunday will be busy.", d)[0].1, "2000-04-23");
    assert_eq!(times("Voters will go to the polls on Election Day.", "1998-10-26")[0].1, "1998-11-03");
    assert_eq!(times("Crowds will gather on Memorial Day.", "2024-03-01")[0].1, "2024-05-27");
    // Without a date, a fixed holiday keeps its month and day.
    let opts = onrecord::Options::default();
    let t = onrecord::Extractor::new().extract("Crowds gathered on Christmas Eve.", &opts).unwrap().times;
    assert_eq!(t[0].value, "XXXX-12-24");
}

#[test]
fn a_scheduled_event_in_the_present_tense_is_ahead() {
    // Friday 1998-05-01.
    let d = "1998-05-01";
    assert_eq!(times("He and Yasser Arafat meet separately Monday with Albright.", d)[0].1, "1998-05-04");
    assert_eq!(times("The trial opens Tuesday in Boston.", d)[0].1, "1998-05-05");
    assert_eq!(times("The trial opened Tuesday in Boston.", d)[0].1, "1998-04-28");
}

#[test]
fn a_deadline_moved_or_given_is_still_ahead() {
    // Monday 2000-04-03.
    let d = "2000-04-03";
    assert_eq!(times("The INS extended its deadline until 9 a.m. EST Tuesday.", d)[0].1, "2000-04-04T09:00");
    assert_eq!(times("Officials postponed until Tuesday morning any action.", d)[0].1, "2000-04-04TMO");
    assert_eq!(times("He stayed until Tuesday.", d)[0].1, "2000-03-28");
}

#[test]
fn a_capitalised_today_after_a_name_is_a_title() {
    let d = "2025-10-17";
    assert_eq!(times("She told BBC Radio 4's Today programme it was over.", d), vec![]);
    assert_eq!(times("He wrote in USA Today that it was over.", d), vec![]);
    assert_eq!(times("The strike ended. Today the trains run again.", d), vec![("Today".to_string(), "2025-10-17".to_string())]);
}

#[test]
fn wire_clock_times_with_a_zone() {
    assert_eq!(times("Shares fell 2.1% by 0930 GMT.", "2025-03-04"), vec![("0930 GMT".to_string(), "2025-03-04T09:30".to_string())]);
    // Four digits without a zone are no clock time.
    assert!(times("The 1430 passengers left.", "2025-03-04").is_empty());
}

#[test]
fn quarter_and_half_year_labels() {
    let d = "2025-10-15";
    assert_eq!(times("Revenue rose in Q3.", d), vec![("Q3".to_string(), "2025-Q3".to_string())]);
    assert_eq!(times("Revenue will rise in Q1 2026.", d), vec![("Q1 2026".to_string(), "2026-Q1".to_string())]);
    assert_eq!(times("Sales rose in the first half of 2026.", d), vec![("the first half of 2026".to_string(), "2026-H1".to_string())]);
    // A half without its year may be a game's.
    assert!(times("He scored in the first half.", d).is_empty());
}

#[test]
fn an_irregular_past_verb_is_past_but_its_participle_is_not() {
    let d = "2025-10-15";
    assert_eq!(times("Profits fell at the end of March.", d), vec![("the end of March".to_string(), "2025-03".to_string())]);
    assert_eq!(times("The case is heard in May in the appeals court.", "2000-03-29"), vec![("May".to_string(), "2000-05".to_string())]);
}

#[test]
fn a_reporting_year_with_its_end_date_is_a_length() {
    let d = "1989-10-30";
    let got = times("Rally had net income of $2 million for the year ended July 2.", d);
    assert!(got.contains(&("the year".into(), "P1Y".into())), "{got:?}");
    let got = times("It expects a loss in the fiscal year ending June 30, 1990.", d);
    assert!(got.contains(&("the fiscal year".into(), "P1Y".into())), "{got:?}");
    // Without its end, the year is the current one.
    let got = times("Volume was flat for the year, the company said.", d);
    assert!(got.contains(&("the year".into(), "1989".into())), "{got:?}");
}

#[test]
fn current_and_recent_alone_are_references() {
    let d = "1989-10-30";
    assert_eq!(times("The delay reflects current market conditions.", d), vec![("current".to_string(), "PRESENT_REF".to_string())]);
    assert_eq!(times("Investors fret about recent declines in prices.", d), vec![("recent".to_string(), "PAST_REF".to_string())]);
}

#[test]
fn a_capitalised_ordinal_quarter_opens_a_sentence() {
    let got = times("Third-quarter sales dropped 11% to $1.27 billion.", "1989-10-26");
    assert_eq!(got, vec![("Third-quarter".to_string(), "1989-Q3".to_string())]);
}

#[test]
fn a_day_a_past_event_verb_governs_is_the_last_such_day() {
    let d = "2025-10-17";
    let got = times("The office closed on 23 December and reopened on 2 January.", d);
    assert_eq!(got, vec![("23 December".to_string(), "2024-12-23".to_string()), ("2 January".to_string(), "2025-01-02".to_string())]);
    assert_eq!(times("Revenue was $76 million for the year ended March 31.", d)[1].1, "2025-03-31");
    // A deadline moved or a payment date in a past clause is still ahead.
    assert_eq!(times("The deadline was extended to Dec. 15.", d)[0].1, "2025-12-15");
    assert_eq!(times("The board declared a dividend, payable Dec. 15.", d)[0].1, "2025-12-15");
}

#[test]
fn the_end_of_a_period_is_one_expression() {
    let d = "2025-10-17";
    assert_eq!(times("The deadline is the end of the year.", d), vec![("the end of the year".to_string(), "2025".to_string())]);
    assert_eq!(times("He will step down at the end of next month.", d), vec![("the end of next month".to_string(), "2025-11".to_string())]);
    assert_eq!(times("By the beginning of March, prices had fallen.", d), vec![("the beginning of March".to_string(), "2025-03".to_string())]);
}

#[test]
fn a_year_before_an_event_noun_is_just_the_year() {
    assert_eq!(times("The 2024 election was close.", "2025-10-17"), vec![("2024".to_string(), "2024".to_string())]);
    assert_eq!(times("The 2026 World Cup will be held in Canada.", "2025-10-17"), vec![("2026".to_string(), "2026".to_string())]);
}

#[test]
fn a_present_tense_schedule_points_ahead() {
    // Friday 2025-10-17.
    let d = "2025-10-17";
    assert_eq!(times("The festival runs from Monday to Wednesday.", d), vec![("Monday".to_string(), "2025-10-20".to_string()), ("Wednesday".to_string(), "2025-10-22".to_string())]);
    assert_eq!(times("Polls open at 7 a.m. on Tuesday.", d)[0].1, "2025-10-21T07:00");
    assert_eq!(times("Voters go to the polls on Sunday.", d)[0].1, "2025-10-19");
    assert_eq!(times("The hearing is on Wednesday.", d)[0].1, "2025-10-22");
    // A perfect is no schedule: "have come down from the middle of October".
    assert_eq!(times("Oil prices have come down since Monday.", d)[0].1, "2025-10-13");
}

#[test]
fn a_reported_clause_keeps_its_own_schedule() {
    // Friday 2025-10-17: the report is past, what it reports is ahead.
    let d = "2025-10-17";
    assert_eq!(times("He said the match is on Saturday.", d)[0].1, "2025-10-18");
    assert_eq!(times("Officials said voters go to the polls on Sunday.", d)[0].1, "2025-10-19");
    assert_eq!(times("He said the team lost on Saturday.", d)[0].1, "2025-10-11");
}

fn doc_date(text: &str) -> Option<String> {
    onrecord::Extractor::new().extract(text, &onrecord::Options::default()).unwrap().document.date
}

#[test]
fn a_byline_or_metadata_line_dates_the_article() {
    for (text, date) in [
        ("Teen hurt near school\n\nJane Roe · City News · Posted: Mar 14, 2024 6:12 PM EDT\n\nA boy was hurt on Wednesday, police said.", Some("2024-03-14")),
        ("Rates to rise\n\nThu 14 Mar 2024 06.12 GMT\n\nThe bank said on Wednesday that rates would rise.", Some("2024-03-14")),
        ("Rates to rise\nBy Jane Roe | March 14, 2024\nThe bank said on Wednesday that rates would rise.", Some("2024-03-14")),
        ("Rates to rise\nPublished 2024-03-14\nThe bank said on Wednesday that rates would rise.", Some("2024-03-14")),
        // A sentence that mentions a date is no byline, and a date needs its year.
        ("On March 14, 2024, the bank said that rates would rise.\n\nMore text here.", None),
        ("Rates to rise\nMarch 14\nThe bank said on Wednesday that rates would rise.", None),
    ] {
        assert_eq!(doc_date(text).as_deref(), date, "{text}");
    }
    // The weekday is then resolved against it.
    let t = times("Teen hurt near school\n\nPosted: Mar 14, 2024 6:12 PM EDT\n\nA boy was hurt on Wednesday, police said.", "");
    assert!(t.contains(&("Wednesday".to_string(), "2024-03-13".to_string())), "{t:?}");
}

#[test]
fn the_following_day_and_that_year_count_from_the_last_date_given() {
    let t = times("He arrived on March 3, 2010. The following day he left, the next day he spoke, and later that year he died. In that month he was ill.", "2013-03-21");
    for (text, value) in [("The following day", "2010-03-04"), ("the next day", "2010-03-05"), ("later that year", "2010"), ("that month", "2010-03")] {
        assert!(t.contains(&(text.to_string(), value.to_string())), "{text}: {t:?}");
    }
    let t = times("In 1995 the firm was sold. The following year it failed.", "2013-03-21");
    assert!(t.contains(&("The following year".to_string(), "1996".to_string())), "{t:?}");
    // In apposition to a date, the date itself; before a clause, no expression.
    let t = times("Eight days after Oct. 12, 1989, the day before the plunge, prices fell.", "1989-10-30");
    assert!(t.contains(&("the day before".to_string(), "1989-10-12".to_string())), "{t:?}");
    let t = times("She flew to Nairobi later in the day before returning home.", "1998-08-17");
    assert!(!t.iter().any(|(x, _)| x.contains("day before")), "{t:?}");
}

#[test]
fn early_and_late_belong_to_the_day() {
    let t = times("He left late yesterday and returned early Tuesday. Earlier yesterday, he spoke.", "2013-03-21");
    for (text, value) in [("late yesterday", "2013-03-20"), ("early Tuesday", "2013-03-19"), ("Earlier yesterday", "2013-03-20")] {
        assert!(t.contains(&(text.to_string(), value.to_string())), "{text}: {t:?}");
    }
}

#[test]
fn the_last_half_of_a_year() {
    let t = times("Sales should rise in the last half of 1989 and the first half of 1990.", "1989-10-26");
    assert!(t.contains(&("the last half of 1989".to_string(), "1989-H2".to_string())), "{t:?}");
    assert!(t.contains(&("the first half of 1990".to_string(), "1990-H1".to_string())), "{t:?}");
}

#[test]
fn the_previous_or_following_weekday_counts_from_the_story_s_last_date() {
    let got = times("Stocks fell on Friday. The index was down 4.5% from the previous Friday.", "1989-10-30");
    assert_eq!(got, vec![("Friday".to_string(), "1989-10-27".to_string()), ("the previous Friday".to_string(), "1989-10-20".to_string())]);
    let got = times("The deal was signed on Oct. 3. The following Monday, the board met.", "1989-10-30");
    assert!(got.contains(&("The following Monday".into(), "1989-10-09".into())), "{got:?}");
    // Without any date, the weekday is all that is known.
    let a = Extractor::new().extract("The index was down from the previous Friday.", &Options::default()).unwrap();
    assert_eq!(a.times[0].value, "XXXX-WXX-5");
}

#[test]
fn expecting_or_being_supposed_to_points_forward() {
    // Sunday 2026-10-25: November is the coming one, not last year's.
    let d = "2026-10-25";
    assert_eq!(times("The firm said it expects to report its results in mid-November.", d)[0].1, "2026-11");
    assert_eq!(times("The talks, which are supposed to conclude by May, resumed.", "2026-03-22")[0].1, "2026-05");
    assert_eq!(times("Ms. Varga is likely to appear in court Wednesday.", d)[0].1, "2026-10-28");
    // Without the marker, a month later in the year is last year's in a past clause.
    assert_eq!(times("The firm said it reported its results in November.", d)[0].1, "2025-11");
}

#[test]
fn an_opening_expression_reaches_over_an_adjunct_to_its_verb() {
    // In October an unmarked January would be the nearest one; the verb says it was the last.
    let d = "2026-10-25";
    assert_eq!(times("In January, a week after the anniversary of the ruling, a bomb exploded at a clinic.", d)[0].1, "2026-01");
    assert_eq!(times("In January, a week after the vote, the council will sit again.", d)[0].1, "2027-01");
}

#[test]
fn clock_times_with_a_dot() {
    let got = times("The polls closed at 9.02pm and the first result came at 10.15 p.m.", "2026-03-04");
    assert!(got.contains(&("9.02pm".into(), "2026-03-04T21:02".into())), "{got:?}");
    assert!(got.contains(&("10.15 p.m.".into(), "2026-03-04T22:15".into())), "{got:?}");
}

#[test]
fn a_month_before_a_preposition_and_a_name_is_an_events_name() {
    assert!(times("She led the annual March for Life on Capitol Hill.", "2000-02-10").is_empty());
    assert!(times("He walked at the head of the March of the Combatant Mothers.", "2000-02-10").is_empty());
    assert_eq!(times("The talks began in March on Tuesday.", "2000-02-10")[0], ("March".to_string(), "1999-03".to_string()));
    assert_eq!(times("He left in March of 1999.", "2000-02-10")[0].1, "1999-03");
}

#[test]
fn long_holiday_names_are_found_alone() {
    assert_eq!(times("The boy was found in the Atlantic last Thanksgiving.", "2000-02-10")[0], ("last Thanksgiving".to_string(), "1999-11-25".to_string()));
    assert_eq!(times("They will gather on Thanksgiving.", "2000-02-10")[0].1, "2000-11-23");
}

#[test]
fn this_past_season_is_the_one_gone_by() {
    assert_eq!(times("Control Data scrapped the business this past spring.", "1989-10-30")[0], ("this past spring".to_string(), "1989-SP".to_string()));
}

#[test]
fn the_near_future_and_the_short_term() {
    let a = onrecord::Extractor::new()
        .extract("The firm will grow in the near future and in the short term. The future is bright.", &onrecord::Options { date: onrecord::Date::parse("1989-11-02"), ..Default::default() })
        .unwrap();
    let got: Vec<(&str, &str)> = a.times.iter().map(|t| (t.span.text.as_str(), t.value.as_str())).collect();
    assert_eq!(got, [("the near future", "FUTURE_REF"), ("the short term", "FUTURE_REF"), ("The future", "FUTURE_REF")]);
}

#[test]
fn an_opening_expression_reaches_a_verb_after_a_long_adjunct() {
    // A case name with "v." does not end the sentence, and the verb after a long adjunct
    // still decides.
    let d = "2026-10-25";
    let text = "In January, a week after the 25th anniversary of the Doe v. Brandt Supreme Court decision, a bombing in Halden, Ala., killed a guard.";
    assert_eq!(times(text, d)[0], ("January".to_string(), "2026-01".to_string()));
}

#[test]
fn the_week_of_a_day_is_that_day_s_iso_week() {
    let got = times("The case may be resolved in a hearing the week of March 6, a cousin said.", "2000-02-24");
    assert_eq!(got, [("the week of March 6".to_string(), "2000-W10".to_string())]);
}

#[test]
fn each_month_is_a_set_and_a_season_takes_a_spelled_year() {
    let got = times("The marchers parade each July and every May.", "1998-03-22");
    assert_eq!(got, [("each July".to_string(), "XXXX-07".to_string()), ("every May".to_string(), "XXXX-05".to_string())]);
    let got = times("Prices fell to the level we saw in the winter of nineteen ninety-four.", "1998-02-23");
    assert_eq!(got, [("winter of nineteen ninety-four".to_string(), "1994-WI".to_string())]);
}

#[test]
fn a_weekday_naming_a_show_or_a_paper_is_no_day() {
    let got = times("Speaking to the BBC's Sunday programme, she told the Sunday Times she signed on Tuesday.", "2026-03-14");
    assert_eq!(got, [("Tuesday".to_string(), "2026-03-10".to_string())]);
    let got = times("She told the Sunday Courier she signed on Tuesday.", "2026-03-14");
    assert_eq!(got, [("Tuesday".to_string(), "2026-03-10".to_string())]);
    // A show on that day is still a day.
    let got = times("He said on Sunday's show that he would run.", "2026-03-14");
    assert_eq!(got, [("Sunday".to_string(), "2026-03-08".to_string())]);
}

#[test]
fn a_fortnight_is_two_weeks_and_midday_is_noon() {
    let got = times("She resigned a fortnight ago. The inquiry lasted two fortnights. They met at midday on Sunday.", "2026-02-10");
    assert!(got.contains(&("a fortnight ago".into(), "2026-W05".into())), "{got:?}");
    assert!(got.contains(&("two fortnights".into(), "P4W".into())), "{got:?}");
    assert!(got.contains(&("midday on Sunday".into(), "2026-02-08T12:00".into())), "{got:?}");
}

#[test]
fn numeric_dates_day_first_only_where_the_month_cannot_come_first() {
    let got = times("The deadline is 31/12/2024, the vote 12/31/2024 and the count 10/12/2024.", "2024-11-14");
    assert_eq!(
        got,
        vec![("31/12/2024".into(), "2024-12-31".into()), ("12/31/2024".into(), "2024-12-31".into()), ("10/12/2024".into(), "2024-10-12".into())]
    );
}

#[test]
fn a_range_of_weekdays_runs_forward() {
    // Tuesday 2025-10-21.
    let v = |t: &str| times(t, "2025-10-21").into_iter().map(|x| x.1).collect::<Vec<_>>();
    assert_eq!(v("The agency has predicted heavy rainfall between Tuesday and Thursday."), ["2025-10-21", "2025-10-23"]);
    assert_eq!(v("The festival runs from Friday to Monday."), ["2025-10-24", "2025-10-27"]);
    assert_eq!(v("Talks ran from Wednesday through Tuesday."), ["2025-10-15", "2025-10-21"]);
    // Two days in a list are no range.
    assert_eq!(v("Statements made Friday and Thursday were released."), ["2025-10-17", "2025-10-16"]);
}

#[test]
fn the_past_or_coming_unit_is_the_unit_before_or_after() {
    let got = times("Hate groups grew over the past year. Profits will rise in the coming quarter, and the next month is key.", "2025-03-04");
    assert!(got.contains(&("the past year".into(), "2024".into())), "{got:?}");
    assert!(got.contains(&("the coming quarter".into(), "2025-Q2".into())), "{got:?}");
    assert!(got.contains(&("the next month".into(), "2025-04".into())), "{got:?}");
    // A century stays a span.
    let got = times("It was one of the great events of the past century.", "1989-11-01");
    assert!(got.contains(&("the past century".into(), "P100Y".into())), "{got:?}");
}

#[test]
fn a_clock_time_alone_is_on_the_day_the_story_last_named() {
    let t = "A man was arrested after a standoff on Tuesday night, police said Wednesday.\n\nOfficers were called at about 7:30 p.m. The man surrendered shortly after 1 a.m.";
    let got = times(t, "2025-10-15");
    assert!(got.contains(&("7:30 p.m.".into(), "2025-10-14T19:30".into())), "{got:?}");
    // A small hour after the evening is the next day.
    assert!(got.contains(&("1 a.m.".into(), "2025-10-15T01:00".into())), "{got:?}");
    // With no day named before it, the day of writing.
    assert_eq!(times("Officers were called at about 7:30 p.m.", "2025-10-15"), vec![("7:30 p.m.".to_string(), "2025-10-15T19:30".to_string())]);
}

#[test]
fn a_quarter_named_by_its_last_month_and_the_past_fortnight() {
    let got = times("Inflation eased to 2.4 per cent in the December quarter. GDP grew in the June quarter 2024.", "2025-03-12");
    assert_eq!(got, vec![("the December quarter".to_string(), "2024-Q4".to_string()), ("the June quarter 2024".to_string(), "2024-Q2".to_string())]);
    assert_eq!(times("The past fortnight had been tough for families.", "2025-03-12"), vec![("The past fortnight".to_string(), "P2W".to_string())]);
}
