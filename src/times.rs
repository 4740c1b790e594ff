//! Pass 6 — times: find time expressions and describe them symbolically ([`Expr`]), so that
//! the `anchor` pass can normalise each one against the right anchor (the document date,
//! or the date a quote was spoken) and the tense of its clause.

use crate::text::Lowercase;
use crate::layout::Layout;
use crate::text::Range;
use regex::{Captures, Regex};
use std::fmt;

/// A calendar date (proleptic Gregorian).
///
/// # Example
///
/// ```
/// use onrecord::Date;
///
/// let d = Date::parse("2025-10-17").unwrap();
/// assert_eq!(d.weekday(), 4); // Monday = 0, so Friday = 4
/// assert_eq!(d.add_days(-1).to_string(), "2025-10-16");
/// assert_eq!(d.iso_week(), (2025, 42));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Parse `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let mut it = s.splitn(3, '-');
        let (y, m, d) = (it.next()?, it.next()?, it.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Days since 1970-01-01.
    pub fn days(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Date { year: (y + if m <= 2 { 1 } else { 0 }) as i32, month: m, day: d }
    }

    pub fn add_days(&self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// Monday = 0 … Sunday = 6.
    pub fn weekday(&self) -> u32 {
        (self.days() + 3).rem_euclid(7) as u32
    }

    /// ISO 8601 week-numbering year and week.
    pub fn iso_week(&self) -> (i32, u32) {
        let thursday = self.add_days(3 - self.weekday() as i64);
        let jan1 = Date { year: thursday.year, month: 1, day: 1 };
        (thursday.year, ((thursday.days() - jan1.days()) / 7 + 1) as u32)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn month_number(s: &str) -> Option<u32> {
    let l = s.trim_end_matches('.').lowercase();
    let m = match l.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn weekday_number(s: &str) -> Option<u32> {
    let l = s.lowercase();
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].iter().position(|d| l.starts_with(d)).map(|p| p as u32)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TType {
    Date,
    Time,
    Duration,
    Set,
}

impl TType {
    pub fn as_str(&self) -> &'static str {
        match self {
            TType::Date => "date",
            TType::Time => "time",
            TType::Duration => "duration",
            TType::Set => "set",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// Which way a bare weekday or month points: decided by the tense of its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Past,
    Future,
    /// The clause's tense decides.
    Tense,
    /// The current one (`this Friday`).
    This,
}

/// A time expression before normalisation.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// Fully specified already ("2025-10-17", "P3Y", "PRESENT_REF").
    Value(String),
    /// today (0), yesterday (-1), tomorrow (+1), with a part of day ("TNI").
    DayOffset(i64, Option<&'static str>),
    Weekday(u32, Dir, Option<&'static str>),
    /// Month and day, year unknown.
    MonthDay(u32, u32),
    /// A month, year unknown.
    Month(u32, Dir),
    /// This / last / next week, month, year…
    Relative(Unit, i64),
    /// "three years ago": a date N units before the anchor.
    Ago(f64, Unit),
    /// A season (SP, SU, FA, WI) offset from the anchor's year.
    Season(&'static str, i64),
    /// A clock time on the anchor day.
    Clock(u32, u32),
    /// A quarter (1–4) of a year the anchor and tense decide.
    Quarter(u32),
    /// A clock time on a given day: "10 p.m. Wednesday", "Thursday at noon".
    At(Box<Expr>, u32, u32),
    /// A quarter of a given year: "this year's third quarter", "the year-ago third quarter".
    QuarterOf(Box<Expr>, u32),
    /// A month of a given year: "June last year", "January this year".
    MonthOf(Box<Expr>, u32),
    /// The last day of the year: this year's, or last year's after "since" or in the past.
    YearEnd(bool),
    /// The ISO week holding a day: "the week of March 6".
    WeekOf(Box<Expr>),
    /// A holiday (the rule that places it) in the year the modifier or the tense decides.
    Holiday(Holiday, Dir),
    /// Relative to the last date the text gave rather than to the article's date: "the
    /// following day" is `Anaphoric(DayOffset(1, None))`.
    Anaphoric(Box<Expr>),
}

#[derive(Clone, Debug)]
pub struct Found {
    pub range: Range,
    pub ttype: TType,
    pub expr: Expr,
}

const MONTHS: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)";
const FULL_MONTHS: &str = r"(?:January|February|March|April|June|July|August|September|October|November|December)";
const WEEKDAYS: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const NUM: &str = r"(?i-u:[0-9]+(?:[ -]1/2|½)|(?:one|two|three|four|five|six|seven|eight|nine|ten)(?-u:\s)+and(?-u:\s)+a(?-u:\s)+half|[0-9]+(?:\.[0-9]+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|several|a few|few|a couple of|a couple|couple of|a dozen|dozens of|half an|half a|one and a half)";
const ONES: &str = "(?:one|two|three|four|five|six|seven|eight|nine)";
const TEENS: &str = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
const TENS: &str = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
const UNITS: &str = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))";

pub struct Patterns {
    list: Vec<(Regex, Kind)>,
    /// Anchor word → its classes.
    anchors: crate::lexicon::Map<usize>,
}

#[derive(Clone, Copy)]
enum Kind {
    MonthDayYear,
    DayMonthYear,
    Numeric,
    Iso,
    MonthYear,
    Month,
    Weekday,
    RelDay,
    RelUnit,
    Duration,
    Year,
    Decade,
    Quarter,
    Reference,
    Clock,
    Set,
    Season,
    TheUnit,
    YearAgo,
    SpelledYear,
    Century,
    YearEnd,
    Holiday,
    Anaphoric,
}

impl Patterns {
    pub fn new() -> Patterns {
        let p = |s: String, k: Kind| (crate::text::pattern(&s), k);
        let list = vec![
            p(format!(r"(?-u:\b)(?P<month>{MONTHS})(?-u:\s)+(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?(?-u:\s)+(?P<year>(?:1[0-9]|20)[0-9]{{2}})(?-u:\b))?"), Kind::MonthDayYear),
            p(format!(r"(?-u:\b)(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\s)+(?:of(?-u:\s)+)?(?P<month>{MONTHS})(?:,?(?-u:\s)+(?P<year>(?:1[0-9]|20)[0-9]{{2}}))?(?-u:\b)"), Kind::DayMonthYear),
            p(r"(?-u:\b)(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})/(?P<y>[0-9]{4}|[0-9]{2})(?-u:\b)".into(), Kind::Numeric),
            p(r"(?-u:\b)(?P<y>(?:1[0-9]|20)[0-9]{2})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})(?-u:\b)".into(), Kind::Iso),
            p(format!(r"(?-u:\b)(?P<month>{MONTHS}|May)(?-u:\s)+(?:of(?-u:\s)+)?(?P<year>(?:1[0-9]|20)[0-9]{{2}})(?-u:\b)"), Kind::MonthYear),
            p(format!(r"(?-u:\b)(?:(?P<mod>last|next|this|early|late|mid-|earlier this|later this)(?-u:\s)*)?(?P<month>{FULL_MONTHS})(?-u:\b)"), Kind::Month),
            p(r"(?-u:\b)(?P<mod>(?:in|since|until|by|of|last|next|this|early|late|mid-)(?-u:\s)*)(?P<month>May)(?-u:\b)".into(), Kind::Month),
            p(format!(r"(?-u:\b)(?:(?P<mod>last|next|this|coming|past|(?i-u:on)|(?i-u:the)(?-u:\s)+(?:previous|preceding|following))(?-u:\s)+)?(?P<wd>{WEEKDAYS})(?:(?-u:\s)+(?P<part>morning|afternoon|evening|night))?(?-u:\b)"), Kind::Weekday),
            p(r"(?-u:\b)(?P<rel>(?i-u:today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening|overnight))(?:(?-u:\s)+(?P<part>morning|afternoon|evening|night))?(?-u:\b)".into(), Kind::RelDay),
            // "weeks or months", "days or even weeks": a vague span in the first unit.
            p(r"(?-u:\b)(?P<unit>days|weeks|months|years|decades)(?-u:\s)+or(?-u:\s)+(?:even(?-u:\s)+)?(?:days|weeks|months|years|decades)(?-u:\b)".into(), Kind::Duration),
            // "recent years", "coming weeks": an unspecified span of that unit.
            p(r"(?-u:\b)(?i-u:recent|coming)(?-u:\s)+(?P<unit>days|weeks|months|quarters|years|decades)(?-u:\b)".into(), Kind::Duration),
            // "the year-ago quarter", "the year-earlier third quarter", "year-ago period"
            p(r"(?-u:\b)(?:(?i-u:the)(?-u:\s)+)?(?i-u:year)[- ](?:ago|earlier)(?:(?-u:\s)+(?:(?P<ord>first|second|third|fourth)(?-u:\s)+)?(?:quarter|period|results))?(?-u:\b)".into(), Kind::YearAgo),
            // Relative to the last date the story gave: "the following day", "that year",
            // "earlier that day", "the same week", "the night before".
            p(r"(?-u:\b)(?:(?P<pre>(?i-u:earlier|later|early|late))(?-u:\s)+)?(?P<det>(?i-u:that|the))(?-u:\s)+(?:(?P<rel>same|following|next|previous|prior)(?-u:\s)+)?(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)(?:(?-u:\s)+(?P<ba>before|after)(?:(?-u:\s)+(?P<ing>[a-z]+ing))?)?(?-u:\b)".into(), Kind::Anaphoric),
            p(r"(?-u:\b)(?i-u:the)(?-u:\s)+(?P<adj>(?i-u:latest|current|recent|full|fiscal|same)(?-u:\s)+)?(?P<unit>quarter|year|weekend|week|month|period)(?-u:\b)".into(), Kind::TheUnit),
            p(r"(?-u:\b)(?P<mod>(?i-u:this past|this|last|next|past|coming|previous|the past|the last|the next|the coming|earlier this|later this|early this|late last|earlier last|later next|early next))(?-u:\s)+(?P<unit>week|weekend|fortnight|month|year|quarter|decade|century|summer|winter|spring|fall|autumn)(?-u:\b)".into(), Kind::RelUnit),
            p(format!(r"(?-u:\b)(?P<pre>(?i-u:the(?-u:\s)+(?:past|last|next|first|coming|previous|following)(?-u:\s)+|over(?-u:\s)+the(?-u:\s)+(?:past|last|next)(?-u:\s)+))?(?P<mod>(?:over|about|around|nearly|almost|more than|less than|at least|some|roughly|approximately|up to|only|just)(?-u:\s)+)?(?P<num>{NUM})(?P<range>(?-u:\s)+(?:to|or)(?-u:\s)+{NUM}|-[0-9]+)?[ \t\n\r-]+(?P<unit>{UNITS})(?P<half>(?-u:\s)+and(?-u:\s)+a(?-u:\s)+half)?(?P<ago>(?-u:\s)+(?:ago|earlier|before))?(?P<after_old>[ -]old)?(?-u:\b)"), Kind::Duration),
            p(r"(?-u:\b)(?:(?P<prep>in|since|by|until|till|from|before|after|during|of|early|late|mid-|through|throughout|fiscal|year)(?-u:\s)+)(?P<year>(?:1[89]|20)[0-9]{2})(?-u:\b)".into(), Kind::Year),
            p(r"(?-u:\b)(?P<year>(?:1[89]|20)[0-9]{2})(?P<post>'s|’s|(?-u:\s)+(?:election|elections|campaign|census|budget|season|Olympics|World Cup|race|presidential))(?-u:\b)".into(), Kind::Year),
            // Spelled out, as transcripts write them: "nineteen ninety-six", "the year two thousand".
            p(format!(r"(?-u:\b)(?:(?P<sy>nineteen[ -](?:{TEENS}|{TENS}(?:[ -]{ONES})?|hundred|oh[ -]{ONES}))|(?P<pre>(?i-u:the(?-u:\s)+year|in|by|since|until)(?-u:\s)+)(?P<sy2>two[ -]thousand(?:[ -](?:and[ -])?(?:{TEENS}|{ONES}|ten))?))(?-u:\b)"), Kind::SpelledYear),
            p(r"(?-u:\b)(?P<prep>mid-)(?P<year>(?:1[89]|20)[0-9]{2})(?-u:\b)".into(), Kind::Year),
            p(r"(?-u:\b)(?:(?i-u:the)(?-u:\s)+)?(?P<ord>[0-9]{1,2})(?:st|nd|rd|th)(?-u:\s)+(?i-u:century)(?-u:\b)".into(), Kind::Century),
            p(r"(?-u:\b)(?:(?P<since>(?i-u:since))(?-u:\s)+)?(?P<ye>(?i-u:year)[- ]end)(?-u:\b)".into(), Kind::YearEnd),
            p(r"(?-u:\b)(?:(?P<mod>(?i-u:last|next|this))(?-u:\s)+)?(?P<h>Thanksgiving(?:(?-u:\s)+Day)?|Christmas(?:(?-u:\s)+(?:Day|Eve))?|New(?-u:\s)+Year(?:'s|’s)(?:(?-u:\s)+(?:Day|Eve))?|Independence(?-u:\s)+Day|Fourth(?-u:\s)+of(?-u:\s)+July|Labor(?-u:\s)+Day|Memorial(?-u:\s)+Day|Election(?-u:\s)+Day|Halloween|Valentine(?:'s|’s)(?-u:\s)+Day|Veterans(?:'|’)?(?-u:\s)+Day|Easter(?:(?-u:\s)+Sunday)?)(?-u:\b)".into(), Kind::Holiday),
            // A bare year: "the 1988 period", "1990 results". Not a count ("2000 people"), an
            // amount ("$1990") or part of a number ("1,990", "19.90"): checked in `find`.
            p(r"(?-u:\b)(?P<bare>(?:19[5-9]|20[0-4])[0-9])(?-u:\b)".into(), Kind::Year),
            p(r"(?-u:\b)(?:the(?-u:\s)+)?(?P<mod>early(?-u:\s)+|mid-?|late(?-u:\s)+)?(?P<dec>(?:1[89]|20)[0-9])0s(?-u:\b)".into(), Kind::Decade),
            p(r"(?-u:\b)(?:(?i-u:the)(?-u:\s)+)?(?P<ord>(?i-u:first|second|third|fourth)|1st|2nd|3rd|4th)(?:[- ]quarter)(?:(?-u:\s)+of(?-u:\s)+(?P<year>[0-9]{4}))?(?-u:\b)".into(), Kind::Quarter),
            // "Q3", "Q3 2025"; "the first half of 2026", "H1 2026"
            // ("the December quarter": Australian and New Zealand usage names a quarter by its
            // last month.)
            p(r"(?-u:\b)(?:(?i-u:the)(?-u:\s)+)?(?P<qm>March|June|September|December)(?:[- ]quarter)(?:(?-u:\s)+(?P<year>[0-9]{4}))?(?-u:\b)".into(), Kind::Quarter),
            p(r"(?-u:\b)(?:Q(?P<qn>[1-4])|H(?P<hn>[12]))(?:(?-u:\s)+(?P<year>(?:19|20)[0-9]{2}))?(?-u:\b)".into(), Kind::Quarter),
            p(r"(?-u:\b)(?:the(?-u:\s)+)?(?P<half>first|second|last|latter)(?:[- ]half)(?-u:\s)+of(?-u:\s)+(?P<year>[0-9]{4})(?-u:\b)".into(), Kind::Quarter),
            p(r"(?-u:\b)(?P<w>(?i-u:now|currently|recently|nowadays|these days|the past|the (?:near |distant |immediate )?future|the (?:near|short) term|lately|right now|at the moment|at present|presently|recent|current|soon|formerly))(?-u:\b)".into(), Kind::Reference),
            p(r"(?-u:\b)(?:(?P<h>[0-9]{1,2})(?:[:.](?P<m>[0-9]{2}))?(?-u:\s)*(?P<ap>a\.m\.|p\.m\.|a\.m|p\.m|am|pm|AM|PM)|(?P<noon>noon|midday|midnight)(?-u:\b)|(?P<h24>[01][0-9]|2[0-3])(?P<m24>[0-5][0-9])(?-u:\s)(?:GMT|UTC|BST|CET|CEST|EDT|EST|ET)(?-u:\b))".into(), Kind::Clock),
            p(format!(r"(?-u:\b)(?:(?P<every>every|each)(?-u:\s)+(?P<u>day|week|month|year|morning|night|{WEEKDAYS}|{FULL_MONTHS}|May)|(?P<adv>daily|weekly|monthly|yearly))(?-u:\b)"), Kind::Set),
            p(r"(?-u:\b)(?P<mod>(?i-u:this|last|next|early|late|the|in the)(?-u:\s)+)(?P<s>spring|summer|fall|autumn|winter)(?:(?-u:\s)+(?:of(?-u:\s)+)?(?P<y>[0-9]{4}))?(?-u:\b)".into(), Kind::Season),
        ];
        let mut anchors = crate::lexicon::Map::default();
        for (class, words) in ANCHOR_WORDS {
            for w in words.iter() {
                *anchors.entry(w.to_string()).or_insert(0) |= class;
            }
        }
        Patterns { list, anchors }
    }
}

pub fn number(word: &str) -> Option<f64> {
    let w = word.lowercase().replace('-', " ");
    let w = w.trim();
    if let Some(n) = crate::text::parse_decimal(w) {
        return Some(n);
    }
    const ONES: &[&str] = &["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    const TENS: &[&str] = &["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    match w {
        "a" | "an" => return Some(1.0),
        "a couple of" | "a couple" | "couple of" => return Some(2.0),
        "a dozen" => return Some(12.0),
        "hundred" => return Some(100.0),
        "half an" | "half a" => return Some(0.5),
        "one and a half" => return Some(1.5),
        _ => {}
    }
    // "2 1/2", "2½", "two and a half"
    for suffix in [" 1/2", "½", " and a half"] {
        if let Some(whole) = w.strip_suffix(suffix) {
            return number(whole).map(|n| n + 0.5);
        }
    }
    let mut total = 0.0;
    for part in w.split_whitespace() {
        if let Some(i) = ONES.iter().position(|x| *x == part) {
            total += i as f64;
        } else if let Some(i) = TENS.iter().position(|x| *x == part && !x.is_empty()) {
            total += (i * 10) as f64;
        } else {
            return None;
        }
    }
    Some(total)
}

fn unit_of(word: &str) -> Option<Unit> {
    let w = word.lowercase();
    Some(match w.trim_end_matches('s') {
        "day" => Unit::Day,
        "week" => Unit::Week,
        "weekend" => Unit::Weekend,
        "month" => Unit::Month,
        "quarter" => Unit::Quarter,
        "year" => Unit::Year,
        "decade" => Unit::Decade,
        "century" | "centurie" => Unit::Century,
        _ => return None,
    })
}

/// Whether a unit word measures the clock (seconds, minutes, hours), not the calendar:
/// "minutes before the blast" counts from the blast, "three hours ago" is today.
fn clock_unit(word: &str) -> bool {
    unit_of(word).is_none() && !word.to_ascii_lowercase().starts_with("fortnight")
}

/// ISO 8601 duration for `n` of a unit word ("hours" → `PT2H` for n = 2).
pub fn duration_value(n: Option<f64>, unit: &str) -> String {
    let u = unit.lowercase();
    let (time, code) = match u.trim_end_matches('s') {
        "second" => (true, "S"),
        "minute" => (true, "M"),
        "hour" => (true, "H"),
        "day" => (false, "D"),
        "week" => (false, "W"),
        "fortnight" => (false, "FW"),
        "month" => (false, "M"),
        "quarter" => (false, "Q"),
        "year" => (false, "Y"),
        "decade" => (false, "DE"),
        _ => (false, "CE"),
    };
    // Decades and centuries count in years, as TimeML corpora write them ("two decades" P20Y).
    let (n, code) = match code {
        "DE" => (n.map(|n| n * 10.0), "Y"),
        "CE" => (n.map(|n| n * 100.0), "Y"),
        "FW" => (n.map(|n| n * 2.0), "W"),
        c => (n, c),
    };
    let num = match n {
        Some(n) if n.fract() == 0.0 => format!("{}", n as i64),
        // "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M: the fraction in the next unit down.
        Some(n) if n.fract() == 0.5 && among!(code, "Y" | "H" | "M" | "D") => {
            let whole = n.trunc() as i64;
            let (half, lower) = match (code, time) {
                ("Y", _) => ("6", "M"),
                ("H", _) => ("30", "M"),
                ("M", true) => ("30", "S"),
                ("M", false) => ("15", "D"),
                _ => ("12", "H"),
            };
            let whole = if whole > 0 { format!("{whole}{code}") } else { String::new() };
            return match (code, time) {
                ("D", _) => format!("P{whole}T{half}{lower}"),
                (_, true) => format!("PT{whole}{half}{lower}"),
                _ => format!("P{whole}{half}{lower}"),
            };
        }
        Some(n) => crate::text::format_decimal(n),
        None => "X".into(),
    };
    format!("P{}{}{}", if time { "T" } else { "" }, num, code)
}

fn part_code(p: &str) -> Option<&'static str> {
    Some(match p.lowercase().as_str() {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => return None,
    })
}

fn classify(kind: Kind, c: &Captures) -> Option<(TType, Expr)> {
    let g = |n: &str| c.name(n).map(|m| m.as_str());
    let year = |n: &str| g(n).and_then(|y| y.parse::<i32>().ok());
    Some(match kind {
        Kind::MonthDayYear | Kind::DayMonthYear => {
            let m = month_number(g("month")?)?;
            let d: u32 = g("day")?.parse().ok()?;
            match year("year") {
                Some(y) => (TType::Date, Expr::Value(Date::new(y, m, d)?.to_string())),
                None => {
                    Date::new(2000, m, d)?;
                    (TType::Date, Expr::MonthDay(m, d))
                }
            }
        }
        Kind::Numeric | Kind::Iso => {
            let mut y: i32 = g("y")?.parse().ok()?;
            if y < 100 {
                y += if y < 50 { 2000 } else { 1900 };
            }
            let (mut m, mut d): (u32, u32) = (g("m")?.parse().ok()?, g("d")?.parse().ok()?);
            // "31/12/2024": day first where the first number cannot be a month (British and
            // Indian style); "10/12/2024" stays month first (US style).
            if m > 12 && matches!(kind, Kind::Numeric) {
                (m, d) = (d, m);
            }
            (TType::Date, Expr::Value(Date::new(y, m, d)?.to_string()))
        }
        Kind::MonthYear => (TType::Date, Expr::Value(format!("{:04}-{:02}", year("year")?, month_number(g("month")?)?))),
        Kind::Month => {
            let m = month_number(g("month")?)?;
            let dir = match g("mod").map(|s| s.trim().lowercase()).as_deref() {
                Some("last") => Dir::Past,
                Some("next") => Dir::Future,
                Some("this" | "earlier this" | "later this") => Dir::This,
                _ => Dir::Tense,
            };
            (TType::Date, Expr::Month(m, dir))
        }
        Kind::Weekday => {
            let wd = weekday_number(g("wd")?)?;
            let m = g("mod").map(|m| m.split_whitespace().map(str::lowercase).collect::<Vec<_>>().join(" "));
            let dir = match m.as_deref() {
                Some("last" | "past" | "the previous" | "the preceding") => Dir::Past,
                Some("next" | "coming" | "the following") => Dir::Future,
                Some("this") => Dir::This,
                _ => Dir::Tense,
            };
            let part = g("part").and_then(part_code);
            let expr = Expr::Weekday(wd, dir, part);
            // "down 4.5% from the previous Friday": counted from the last date the story gave.
            let expr = if m.as_deref().is_some_and(|m| m.starts_with("the ")) { Expr::Anaphoric(Box::new(expr)) } else { expr };
            (if part.is_some() { TType::Time } else { TType::Date }, expr)
        }
        Kind::RelDay => {
            let rel = g("rel")?.lowercase();
            let (off, mut part) = match rel.as_str() {
                "today" => (0, None),
                "yesterday" => (-1, None),
                "tomorrow" => (1, None),
                "tonight" => (0, Some("NI")),
                "last night" => (-1, Some("NI")),
                "this morning" => (0, Some("MO")),
                "this afternoon" => (0, Some("AF")),
                "this evening" => (0, Some("EV")),
                _ => return None,
            };
            if let Some(p) = g("part").and_then(part_code) {
                part = Some(p);
            }
            (if part.is_some() { TType::Time } else { TType::Date }, Expr::DayOffset(off, part))
        }
        Kind::Anaphoric => {
            // "the day before returning home": a clause, not a date.
            if g("ing").is_some() {
                return None;
            }
            let det = g("det")?.lowercase();
            let rel = g("rel").map(|r| r.lowercase());
            let unit = g("unit")?;
            let day_like = among!(unit, "day" | "morning" | "afternoon" | "evening" | "night");
            let off = match (det.as_str(), rel.as_deref(), g("ba")) {
                (_, Some("same"), None) => 0,
                ("that", None, None) => 0,
                ("the", Some("following"), None) => 1,
                // "the next week" / "the previous year" are spans from now (RelUnit).
                ("the", Some("next"), None) if day_like => 1,
                ("the", Some("previous" | "prior"), None) if day_like => -1,
                ("the", None, Some("before")) if day_like => -1,
                ("the", None, Some("after")) if day_like => 1,
                _ => return None,
            };
            let expr = match unit {
                "day" => Expr::DayOffset(off, None),
                "week" => Expr::Relative(Unit::Week, off),
                "weekend" => Expr::Relative(Unit::Weekend, off),
                "month" => Expr::Relative(Unit::Month, off),
                "year" => Expr::Relative(Unit::Year, off),
                part => Expr::DayOffset(off, part_code(part)),
            };
            let ttype = if matches!(expr, Expr::DayOffset(_, Some(_))) { TType::Time } else { TType::Date };
            (ttype, Expr::Anaphoric(Box::new(expr)))
        }
        Kind::RelUnit => {
            let m = g("mod")?.lowercase();
            let unit_word = g("unit")?;
            // ("the past year", "the coming quarter": TimeML dates the unit before or after,
            // like "last year" and "next quarter"; "the past century" is a span.)
            // ("the past fortnight", "next fortnight": two weeks, no calendar unit.)
            if (m.starts_with("the ") && among!(unit_word.lowercase().as_str(), "decade" | "century")) || unit_word.eq_ignore_ascii_case("fortnight") {
                return Some((TType::Duration, Expr::Value(duration_value(Some(1.0), unit_word))));
            }
            let off = if m.contains("last") || m.contains("past") || m.contains("previous") {
                -1
            } else if m.contains("next") || m.contains("coming") {
                1
            } else {
                0
            };
            if let Some(s) = season_code(unit_word) {
                return Some((TType::Date, Expr::Season(s, off)));
            }
            (TType::Date, Expr::Relative(unit_of(unit_word)?, off))
        }
        Kind::Duration => {
            // A range ("two to three weeks", "2-3 days") has no single count.
            let n = g("num").and_then(number).map(|n| if g("half").is_some() { n + 0.5 } else { n }).filter(|_| g("range").is_none());
            let unit = g("unit")?;
            // "52 years old", "a 70-year-old": ages, not durations.
            if g("after_old").is_some() {
                return None;
            }
            // "a second site", "one second thought": an ordinal, not a duration.
            if unit.eq_ignore_ascii_case("second") && g("num").is_some_and(|n| matches!(n.lowercase().as_str(), "a" | "one")) && g("ago").is_none() {
                return None;
            }
            // "minutes before the blast": a span of the clock is a duration; "three hours ago"
            // is today.
            let clock = clock_unit(unit);
            if clock && g("ago").is_some_and(|a| a.trim_start().eq_ignore_ascii_case("ago")) {
                return Some((TType::Date, Expr::DayOffset(0, None)));
            }
            if g("ago").is_some() && !clock {
                // "several years ago": some time in the past, not one year ago.
                let Some(n) = n else { return Some((TType::Date, Expr::Value("PAST_REF".into()))) };
                // ("a fortnight ago": two weeks.)
                if unit.to_ascii_lowercase().starts_with("fortnight") {
                    return Some((TType::Date, Expr::Ago(n * 2.0, Unit::Week)));
                }
                return Some((TType::Date, Expr::Ago(n, unit_of(unit).unwrap_or(Unit::Year))));
            }
            (TType::Duration, Expr::Value(duration_value(n, unit)))
        }
        Kind::Year => (TType::Date, Expr::Value(format!("{:04}", year("year").or_else(|| year("bare"))?))),
        Kind::SpelledYear => {
            let y = match (g("sy"), g("sy2")) {
                (Some(w), _) => {
                    let rest = crate::text::cut(w, "nineteen".len(), w.len()).trim_start_matches([' ', '-']);
                    let rest = rest.strip_prefix("oh").map(|r| r.trim_start_matches([' ', '-'])).unwrap_or(rest);
                    1900 + if rest == "hundred" { 0.0 } else { number(rest)? } as i32
                }
                (None, Some(w)) => {
                    let rest = crate::text::cut(w, "two thousand".len(), w.len()).trim_start_matches([' ', '-']);
                    let rest = rest.strip_prefix("and").map(|r| r.trim_start_matches([' ', '-'])).unwrap_or(rest);
                    2000 + if rest.is_empty() { 0.0 } else { number(rest)? } as i32
                }
                _ => return None,
            };
            (TType::Date, Expr::Value(format!("{y:04}")))
        }
        Kind::Decade => (TType::Date, Expr::Value(g("dec")?.to_string())),
        Kind::Century => {
            let n: u32 = g("ord")?.parse().ok()?;
            (TType::Date, Expr::Value(format!("{:02}", n.checked_sub(1).filter(|c| *c < 100)?)))
        }
        Kind::YearEnd => (TType::Date, Expr::YearEnd(g("since").is_some())),
        Kind::Holiday => {
            let h = g("h")?.lowercase().replace('’', "'");
            let h = h.split_whitespace().collect::<Vec<_>>().join(" ");
            let rule = HOLIDAYS.iter().find(|(n, _)| *n == h)?.1;
            let dir = match g("mod").map(|m| m.lowercase()).as_deref() {
                Some("last") => Dir::Past,
                Some("next") => Dir::Future,
                Some("this") => Dir::This,
                _ => Dir::Tense,
            };
            (TType::Date, Expr::Holiday(rule, dir))
        }
        Kind::Quarter => {
            // A half year needs its year: "first half" alone may be a game's.
            if let Some(h) = g("hn").map(str::to_string).or_else(|| g("half").map(|h| if h == "first" { "1".into() } else { "2".into() })) {
                return year("year").map(|y| (TType::Date, Expr::Value(format!("{y:04}-H{h}"))));
            }
            let q = match (g("qn"), g("qm")) {
                (Some(n), _) => n.parse().ok()?,
                (None, Some(m)) => month_number(m)? / 3,
                (None, None) => ordinal_quarter(g("ord")?)?,
            };
            match year("year") {
                Some(y) => (TType::Date, Expr::Value(format!("{y:04}-Q{q}"))),
                None => (TType::Date, Expr::Quarter(q)),
            }
        }
        Kind::Reference => {
            let w = g("w")?.lowercase();
            let v = match w.as_str() {
                "now" | "currently" | "current" | "nowadays" | "these days" | "right now" | "at the moment" | "at present" | "presently" => "PRESENT_REF",
                _ if w.ends_with("future") || w.ends_with("term") || w == "soon" => "FUTURE_REF",
                _ => "PAST_REF",
            };
            (TType::Date, Expr::Value(v.into()))
        }
        Kind::Clock => {
            if let Some(n) = g("noon") {
                return Some((TType::Time, Expr::Clock(if n == "midnight" { 24 } else { 12 }, 0)));
            }
            // Wire style: "by 0930 GMT".
            if let (Some(h), Some(m)) = (g("h24"), g("m24")) {
                return Some((TType::Time, Expr::Clock(h.parse().ok()?, m.parse().ok()?)));
            }
            let mut h: u32 = g("h")?.parse().ok()?;
            let m: u32 = g("m").and_then(|m| m.parse().ok()).unwrap_or(0);
            if h > 12 || m > 59 {
                return None;
            }
            let pm = g("ap")?.lowercase().starts_with('p');
            if pm && h < 12 {
                h += 12;
            } else if !pm && h == 12 {
                h = 0;
            }
            (TType::Time, Expr::Clock(h, m))
        }
        Kind::Set => {
            if let Some(a) = g("adv") {
                let v = match a.lowercase().as_str() {
                    "daily" => "P1D",
                    "weekly" => "P1W",
                    "monthly" => "P1M",
                    _ => "P1Y",
                };
                return Some((TType::Set, Expr::Value(v.into())));
            }
            let u = g("u")?;
            let v = if let Some(wd) = weekday_number(u).filter(|_| u.len() > 5) {
                format!("XXXX-WXX-{}", wd + 1)
            } else if let Some(m) = month_number(u) {
                // "each July": that month of every year.
                format!("XXXX-{m:02}")
            } else {
                match u.lowercase().as_str() {
                    "day" => "P1D".into(),
                    "week" => "P1W".into(),
                    "month" => "P1M".into(),
                    "morning" => "XXXX-XX-XXTMO".into(),
                    "night" => "XXXX-XX-XXTNI".into(),
                    _ => "P1Y".into(),
                }
            };
            (TType::Set, Expr::Value(v))
        }
        Kind::YearAgo => {
            let ago = Expr::Ago(1.0, Unit::Year);
            match g("ord").and_then(ordinal_quarter) {
                Some(q) => (TType::Date, Expr::QuarterOf(Box::new(ago), q)),
                None => (TType::Date, ago),
            }
        }
        Kind::TheUnit => {
            // "the latest period" in a results report: the quarter just ended.
            if g("unit")? == "period" {
                return g("adj").is_some_and(|a| a.trim().eq_ignore_ascii_case("latest")).then_some((TType::Date, Expr::Relative(Unit::Quarter, -1)));
            }
            // "the quarter" in a report is the one just ended; "the year", "the week" the current.
            let unit = unit_of(g("unit")?)?;
            let off = if unit == Unit::Quarter && g("adj").is_none_or(|a| !a.trim().eq_ignore_ascii_case("current")) { -1 } else { 0 };
            if unit == Unit::Weekend {
                return Some((TType::Date, Expr::Relative(Unit::Weekend, 0)));
            }
            (TType::Date, Expr::Relative(unit, off))
        }
        Kind::Season => {
            let s = season_code(g("s")?)?;
            if let Some(y) = year("y") {
                return Some((TType::Date, Expr::Value(format!("{y:04}-{s}"))));
            }
            let m = g("mod")?.trim().lowercase();
            let off = match m.as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            (TType::Date, Expr::Season(s, off))
        }
    })
}

fn season_code(w: &str) -> Option<&'static str> {
    Some(match w.lowercase().as_str() {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// Captures from a window, with offsets shifted back into the whole text.
struct Shifted<'h>(Captures<'h>, usize);

struct Span2<'h> {
    start: usize,
    end: usize,
    text: &'h str,
}

impl<'h> Span2<'h> {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn as_str(&self) -> &'h str {
        self.text
    }
}

impl<'h> Shifted<'h> {
    fn get(&self, i: usize) -> Option<Span2<'h>> {
        self.0.get(i).map(|m| Span2 { start: m.start() + self.1, end: m.end() + self.1, text: m.as_str() })
    }
    fn name(&self, n: &str) -> Option<Span2<'h>> {
        self.0.name(n).map(|m| Span2 { start: m.start() + self.1, end: m.end() + self.1, text: m.as_str() })
    }
}

/// A bare four-digit number reads as a year unless it is an amount, part of a bigger number,
/// or counts something ("2000 people", "1990 cars").
fn bare_year_ok(text: &str, start: usize, end: usize) -> bool {
    let before = crate::text::cut(text, 0, start).chars().next_back().unwrap_or(' ');
    let after: Vec<char> = crate::text::cut(text, end, text.len()).chars().take(2).collect();
    if matches!(before, '$' | '£' | '€' | '#' | '.' | ',' | '-' | '/') || before.is_alphanumeric() {
        return false;
    }
    if after.first().is_some_and(|c| matches!(c, ',' | '.' | '%' | '-' | '/') && after.get(1).is_some_and(|d| d.is_ascii_digit())) || after.first() == Some(&'%') {
        return false;
    }
    let next = crate::text::cut(text, end, text.len()).trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let counted = next.len() > 3 && next.ends_with('s') && next.chars().all(|c| c.is_lowercase()) && !among!(next, "results" | "earnings" | "sales" | "levels" | "figures" | "elections");
    !counted && !among!(next, "people" | "percent" | "per" | "feet" | "miles" | "metres" | "meters" | "dollars" | "yen" | "pounds" | "euros" | "shares" | "tons" | "votes" | "points")
}

/// Leading words that a match may carry but that are not part of the expression.
fn trim_lead(s: &str) -> usize {
    for lead in ["on ", "On ", "in ", "In ", "since ", "until ", "by ", "of ", "from ", "before ", "after ", "during ", "through ", "throughout ", "till "] {
        if s.starts_with(lead) {
            return lead.len();
        }
    }
    0
}

/// Words without which no time expression matches, by class: the patterns run only on
/// short windows around them (and each pattern only where a word of a class it needs is), so
/// their cost follows the number of candidates, not the length of the text.
const MONTH_W: usize = 1;
const WEEKDAY_W: usize = 2;
const DAY_W: usize = 4;
const UNIT_W: usize = 8;
const SEASON_W: usize = 16;
const REF_W: usize = 32;
const CLOCK_W: usize = 64;
const SET_W: usize = 128;
/// Any token with a digit.
const DIGIT_W: usize = 256;
const ANCHOR_WORDS: &[(usize, &[&str])] = &[
    (MONTH_W, &[
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        // Holidays.
        "thanksgiving", "christmas", "easter", "halloween", "independence", "labor", "memorial", "election",
        "valentine's", "veterans", "fourth",
    ]),
    (WEEKDAY_W, &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]),
    (DAY_W, &["today", "yesterday", "tomorrow", "tonight", "overnight", "night", "morning", "afternoon", "evening"]),
    (UNIT_W, &[
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "fortnight", "fortnights", "weekend", "month",
        "months", "year", "years", "quarter", "quarters", "decade", "decades", "century", "centuries", "half", "q1", "q2",
        "q3", "q4", "h1", "h2",
    ]),
    (SEASON_W, &["summer", "winter", "spring", "fall", "autumn"]),
    (REF_W, &["now", "currently", "current", "recently", "recent", "nowadays", "lately", "present", "presently", "moment", "once", "future", "past", "term"]),
    (CLOCK_W, &["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "noon", "midday", "midnight", "gmt", "utc", "bst", "cet", "cest", "edt", "est", "et"]),
    (SET_W, &["daily", "weekly", "monthly", "annually", "yearly", "annual"]),
    // Spelled-out years ("nineteen ninety-six", "two thousand").
    (DIGIT_W, &["nineteen", "thousand"]),
];

/// The anchor classes a pattern of this kind needs one of.
fn needs(kind: Kind) -> usize {
    match kind {
        Kind::MonthDayYear | Kind::DayMonthYear | Kind::MonthYear | Kind::Month => MONTH_W,
        Kind::Numeric | Kind::Iso | Kind::Year | Kind::Decade | Kind::SpelledYear | Kind::Century => DIGIT_W,
        Kind::YearEnd => UNIT_W,
        Kind::Holiday => MONTH_W | UNIT_W,
        Kind::Clock => DIGIT_W | CLOCK_W,
        Kind::Weekday => WEEKDAY_W,
        Kind::RelDay => DAY_W,
        Kind::TheUnit | Kind::Duration | Kind::Quarter | Kind::YearAgo => UNIT_W,
        Kind::Anaphoric => UNIT_W | DAY_W,
        Kind::RelUnit => UNIT_W | SEASON_W,
        Kind::Season => SEASON_W,
        Kind::Set => UNIT_W | WEEKDAY_W | SET_W | DAY_W | MONTH_W,
        // Its words "soon" and "formerly" are too often no time at all to anchor a window:
        // they are found where a reference or unit word is near.
        Kind::Reference => REF_W | UNIT_W,
    }
}

/// The anchor classes of every token (0 for most).
fn token_classes(p: &Patterns, layout: &Layout) -> Vec<usize> {
    let class = |w: &str| if w.len() <= 12 { p.anchors.get(w).copied().unwrap_or(0) } else { 0 };
    (0..layout.toks.len())
        .map(|i| {
            let w = layout.lw(i);
            let mut c = class(w);
            if w.bytes().any(|b| b.is_ascii_digit()) {
                c |= DIGIT_W;
            }
            if w.ends_with('.') {
                c |= class(w.trim_end_matches('.'));
            }
            if w.contains('-') {
                // "mid-October", "34-year-old", "first-quarter": every part counts.
                for part in w.split('-') {
                    c |= class(part);
                }
            }
            c
        })
        .collect()
}

/// Windows of ±6 tokens around the tokens with one of `classes`, merged where they touch:
/// where a pattern that needs those anchors can match. The longest expressions reach five
/// words from their anchor ("more than two thousand years").
fn windows(layout: &Layout, token_classes: &[usize], classes: usize) -> Vec<Range> {
    let toks = &layout.toks;
    let mut out: Vec<Range> = Vec::new();
    for (i, _) in token_classes.iter().enumerate().filter(|(_, c)| **c & classes != 0) {
        let a = toks[i.saturating_sub(6)].start;
        let b = toks[(i + 6).min(toks.len() - 1)].end;
        match out.last_mut() {
            Some(last) if last.end >= a => last.end = last.end.max(b),
            _ => out.push(Range::new(a, b)),
        }
    }
    out
}

/// Find every time expression, longest first, without overlaps.
pub fn find(p: &Patterns, text: &str, layout: &Layout) -> Vec<Found> {
    let mut cands: Vec<Found> = Vec::new();
    let classes = token_classes(p, layout);
    let present = classes.iter().fold(0, |a, c| a | c);
    let mut wins: Vec<(usize, Vec<Range>)> = Vec::new();
    for (re, kind) in p.list.iter().filter(|(_, k)| needs(*k) & present != 0) {
        let need = needs(*kind);
        if !wins.iter().any(|(n, _)| *n == need) {
            wins.push((need, windows(layout, &classes, need)));
        }
        let ranges = &wins.iter().find(|(n, _)| *n == need).expect("just added").1;
        for &win in ranges {
        let base = win.start;
        for c in re.captures_iter(win.slice(text)) {
            let c = Shifted(c, base);
            let m = c.get(0).unwrap();
            let Some((ttype, expr)) = classify(*kind, &c.0) else { continue };
            // "the March for Life", "the March of the Combatant Mothers", "the March on
            // Washington": a bare month before a preposition and a name is an event's name.
            if matches!(kind, Kind::Month) && c.name("mod").is_none() {
                let rest = crate::text::cut(text, m.end(), text.len()).trim_start();
                let mut words = rest.split_whitespace();
                let prep = words.next().unwrap_or("");
                let mut name = words.next().unwrap_or("");
                if name == "the" {
                    name = words.next().unwrap_or("");
                }
                let month_or_day = |w: &str| {
                    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
                    w.starts_with(|c: char| c.is_ascii_digit()) || p.anchors.get(w.as_str()).is_some_and(|c| c & (MONTH_W | WEEKDAY_W) != 0)
                };
                if among!(prep, "for" | "of" | "on" | "against") && crate::text::is_cap(name) && !month_or_day(name) {
                    continue;
                }
            }
            // "three-quarters" is a fraction, not three quarters of a year.
            if matches!(kind, Kind::Duration) && m.as_str().to_ascii_lowercase().ends_with("-quarters") {
                continue;
            }
            // "the 1988 second quarter", "the 1990 quarter": a year before a singular unit is
            // no duration.
            if matches!(kind, Kind::Duration)
                && c.name("num").and_then(|n| number(n.as_str())).is_some_and(|n| n >= 1000.0)
                && c.name("unit").is_some_and(|u| !u.as_str().ends_with(['s', 'S']))
                && c.name("half").is_none()
                && !crate::text::cut(text, m.start(), m.end()).contains('-')
            {
                continue;
            }
            // "a weeks-long strike": "a" goes with "strike", not with "weeks".
            if matches!(kind, Kind::Duration)
                && c.name("num").is_some_and(|n| among!(n.as_str(), "a" | "an" | "A" | "An"))
                && c.name("unit").is_some_and(|u| u.as_str().ends_with(['s', 'S']))
            {
                continue;
            }
            // "as soon as next week": a bound on the time the story gives after it.
            if matches!(kind, Kind::Reference) && m.as_str().eq_ignore_ascii_case("soon") && crate::text::cut(text, 0, m.start()).ends_with("as ") && crate::text::cut(text, m.end(), text.len()).starts_with(" as") {
                continue;
            }
            // "USA Today", "Radio 4's Today programme": a title, not the day.
            if matches!(kind, Kind::RelDay) && m.as_str().starts_with(char::is_uppercase) {
                let before = crate::text::cut(text, 0, m.start()).trim_end();
                let prev = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
                let titled = prev.ends_with("'s") || prev.ends_with("\u{2019}s") || (prev.starts_with(char::is_uppercase) && prev.ends_with(char::is_alphanumeric));
                if titled && layout.dateline.is_none_or(|d| d.end < m.start()) {
                    continue;
                }
            }
            // "the BBC's Sunday programme", "the Sunday Times": a weekday naming a show or a
            // paper, not a day.
            if matches!(kind, Kind::Weekday) && c.name("mod").is_none() && c.name("part").is_none() {
                let next = crate::text::cut(text, m.end(), text.len()).trim_start().split(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("");
                let prev = crate::text::cut(text, 0, m.start()).trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
                let owned = prev.ends_with("'s") || prev.ends_with("\u{2019}s") || prev.eq_ignore_ascii_case("the");
                let paper = among!(next, "Times" | "Telegraph" | "Mirror" | "Express" | "Post" | "Herald" | "Independent" | "Mail" | "Star" | "Tribune" | "Sun" | "Courier" | "Observer" | "Chronicle" | "Gazette" | "Examiner" | "Dispatch" | "Journal" | "Business");
                let show = among!(next, "programme" | "program" | "show" | "edition" | "paper" | "supplement" | "magazine");
                if paper || (owned && show) {
                    continue;
                }
            }
            if let Some(b) = c.name("bare") {
                if !bare_year_ok(text, b.start(), b.end()) {
                    continue;
                }
            }
            let mut start = m.start();
            let end = m.end();
            if matches!(kind, Kind::Year | Kind::Weekday | Kind::Month) {
                start += trim_lead(m.as_str());
                // "in 2024" / "on Thursday": only the expression itself is the span.
                if matches!(kind, Kind::Year) {
                    if let Some(y) = c.name("year") {
                        if c.name("prep").is_some_and(|p| !among!(p.as_str(), "early" | "late" | "mid-" | "fiscal")) {
                            start = y.start();
                        }
                    }
                }
                if matches!(kind, Kind::Month) && c.name("mod").is_some_and(|m| m.as_str().trim().len() <= 5 && !among!(m.as_str().trim(), "last" | "next" | "this" | "early" | "late" | "mid-")) {
                    start = c.name("month").map_or(start, |m| m.start());
                }
            }
            // "in two thousand": the year alone; "the year two thousand" whole.
            if matches!(kind, Kind::SpelledYear) && c.name("pre").is_some_and(|p| !p.as_str().to_ascii_lowercase().starts_with("the")) {
                start = c.name("sy2").map_or(start, |y| y.start());
            }
            if matches!(kind, Kind::YearEnd) {
                start = c.name("ye").map_or(start, |y| y.start());
            }
            if matches!(kind, Kind::Season) && c.name("mod").is_some_and(|m| matches!(m.as_str().trim(), "the" | "in the")) {
                start = c.name("s").map_or(start, |m| m.start());
            }
            // "the 2024 election": the year is the expression; the noun only vouched for it.
            let end = match (kind, c.name("post"), c.name("year")) {
                (Kind::Year, Some(_), Some(y)) => y.end(),
                (Kind::Duration, ..) if c.name("ago").is_some_and(|a| !a.as_str().trim_start().eq_ignore_ascii_case("ago")) && c.name("unit").is_some_and(|u| clock_unit(u.as_str())) => c.name("ago").map_or(end, |a| a.start()),
                _ => end,
            };
            // "late Tuesday", "early yesterday", "earlier yesterday": the part of the day is
            // in the expression, as TimeML spans it.
            if matches!(kind, Kind::Weekday | Kind::RelDay) && crate::text::cut(text, start, end).starts_with(char::is_uppercase) || matches!(kind, Kind::RelDay) {
                let before = crate::text::cut(text, 0, start).trim_end_matches(' ');
                let word = before.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
                let ok = word.eq_ignore_ascii_case("early") || word.eq_ignore_ascii_case("late")
                    || (matches!(kind, Kind::RelDay) && (word.eq_ignore_ascii_case("earlier") || word.eq_ignore_ascii_case("later")));
                if ok && before.len() < start && before.len() >= word.len() {
                    start = before.len() - word.len();
                }
            }
            // "the end of the year", "the beginning of next month": one expression.
            if matches!(kind, Kind::TheUnit | Kind::RelUnit | Kind::Month | Kind::MonthYear | Kind::Year | Kind::Decade | Kind::Season | Kind::Quarter) {
                start = part_of(text, start);
            }
            let end = if text.get(..end).is_some_and(|t| t.ends_with(' ')) { end - 1 } else { end };
            if start >= end || layout.dateline.is_some_and(|d| d.start <= start && end <= d.end && !matches!(kind, Kind::MonthDayYear | Kind::DayMonthYear)) {
                continue;
            }
            // "for the year ended March 31", "the fiscal year ending June 30": the length of a
            // reporting year whose end the next words give, not the current year.
            let (ttype, expr) = match (kind, &expr) {
                (Kind::TheUnit, Expr::Relative(Unit::Year, 0)) if followed_by_end(crate::text::cut(text, end, text.len())) => (TType::Duration, Expr::Value("P1Y".into())),
                _ => (ttype, expr),
            };
            cands.push(Found { range: Range::new(start, end), ttype, expr });
        }
        }
    }
    crate::order::sort_by_key(&mut cands, |f| (f.range.start, std::cmp::Reverse(f.range.end)));
    let mut out: Vec<Found> = Vec::new();
    for f in cands {
        if let Some(last) = out.last() {
            if f.range.start < last.range.end {
                continue;
            }
        }
        // The header's machine date ("date 2025-10-17") is metadata, not article text.
        if layout.dateline.is_some_and(|d| d.contains(f.range)) && matches!(f.expr, Expr::Value(ref v) if v.len() == 10)
            && crate::text::cut(text, 0, f.range.start).trim_end().ends_with("date")
        {
            continue;
        }
        out.push(f);
    }
    join_compounds(text, out)
}

impl Expr {
    /// The day of a clock time on a day ("tomorrow" in "tomorrow at 3 p.m."); itself otherwise.
    pub fn day(&self) -> &Expr {
        match self {
            Expr::At(day, ..) => day,
            e => e,
        }
    }
}

/// Where "the end of" (beginning, start, middle, turn, close) before `start` begins, or
/// `start` itself.
fn part_of(text: &str, start: usize) -> usize {
    // Only the last few words matter: never copy or split the whole text before `start`.
    let from = crate::text::floor_char(text, start.saturating_sub(32));
    let before = crate::text::cut(text, from, start);
    let b = before.trim_end_matches(' ');
    if b.len() == before.len() || !(b.ends_with(" of") || b.ends_with(" OF") || b.ends_with(" Of")) {
        return start;
    }
    let words: Vec<(usize, &str)> = b.rsplitn(4, ' ').scan(from + b.len(), |end, w| {
        *end -= w.len();
        let at = *end;
        *end = end.saturating_sub(1);
        Some((at, w))
    }).collect();
    // words[0] = "of", words[1] = the part, words[2] = "the" (optional).
    let part = words.get(1).map(|x| x.1.to_ascii_lowercase());
    if !matches!(part.as_deref(), Some("end" | "beginning" | "start" | "middle" | "turn" | "close")) {
        return start;
    }
    match words.get(2) {
        Some((at, w)) if w.eq_ignore_ascii_case("the") => *at,
        _ => words[1].0,
    }
}

/// Whether `rest` opens with "ended" or "ending" (a reporting period's end date follows).
fn followed_by_end(rest: &str) -> bool {
    let w = rest.trim_start().split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    rest.starts_with(char::is_whitespace) && matches!(w, "ended" | "ending")
}

fn ordinal_quarter(w: &str) -> Option<u32> {
    Some(match w.to_ascii_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

/// A day's value with a clock time: "1998-02-11" → "1998-02-11T22:00" (a part of day
/// gives way to the time).
fn at_clock(day: String, h: u32, m: u32) -> String {
    let date = day.split('T').next().unwrap_or(&day);
    if date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-' && !date.contains('W') {
        format!("{date}T{h:02}:{m:02}")
    } else {
        day
    }
}

/// Join a clock time and its day ("10 p.m. Wednesday", "Thursday at 3 p.m.", "noon Friday")
/// and a weekday with its date ("Saturday, April 25") into one expression.
/// Holidays by name (lower case, as written): fixed dates, or the rule that places them.
const HOLIDAYS: &[(&str, Holiday)] = &[
    ("thanksgiving", Holiday::Nth(11, 3, 4)),
    ("thanksgiving day", Holiday::Nth(11, 3, 4)),
    ("christmas", Holiday::Fixed(12, 25)),
    ("christmas day", Holiday::Fixed(12, 25)),
    ("christmas eve", Holiday::Fixed(12, 24)),
    ("new year's", Holiday::Fixed(1, 1)),
    ("new year's day", Holiday::Fixed(1, 1)),
    ("new year's eve", Holiday::Fixed(12, 31)),
    ("independence day", Holiday::Fixed(7, 4)),
    ("fourth of july", Holiday::Fixed(7, 4)),
    ("labor day", Holiday::Nth(9, 0, 1)),
    ("memorial day", Holiday::Last(5, 0)),
    ("election day", Holiday::Election),
    ("halloween", Holiday::Fixed(10, 31)),
    ("valentine's day", Holiday::Fixed(2, 14)),
    ("veterans day", Holiday::Fixed(11, 11)),
    ("veterans' day", Holiday::Fixed(11, 11)),
    ("easter", Holiday::Easter),
    ("easter sunday", Holiday::Easter),
];

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Holiday {
    Fixed(u32, u32),
    /// The n-th (1-based) weekday (0 = Monday) of a month.
    Nth(u32, u32, u32),
    /// The last weekday (0 = Monday) of a month.
    Last(u32, u32),
    /// US Election Day: the Tuesday after the first Monday of November.
    Election,
    /// Western Easter Sunday.
    Easter,
}

/// The date of the holiday placed by `rule` in `year`.
fn holiday(rule: Holiday, year: i32) -> Option<Date> {
    let nth = |month: u32, wd: u32, n: u32| {
        let first = Date::new(year, month, 1)?;
        let offset = (wd as i64 - first.weekday() as i64).rem_euclid(7) + 7 * (n as i64 - 1);
        Some(first.add_days(offset))
    };
    match rule {
        Holiday::Fixed(m, d) => Date::new(year, m, d),
        Holiday::Nth(m, wd, n) => nth(m, wd, n),
        Holiday::Last(m, wd) => {
            let last = Date::new(year, m, days_in_month(year, m))?;
            Some(last.add_days(-((last.weekday() as i64 - wd as i64).rem_euclid(7))))
        }
        Holiday::Election => nth(11, 0, 1).map(|d| d.add_days(1)),
        Holiday::Easter => {
            // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
            let y = year;
            let (a, b, c) = (y % 19, y / 100, y % 100);
            let (d, e) = (b / 4, b % 4);
            let f = (b + 8) / 25;
            let g = (b - f + 1) / 3;
            let h = (19 * a + b - d - g + 15) % 30;
            let (i, k) = (c / 4, c % 4);
            let l = (32 + 2 * e + 2 * i - h - k) % 7;
            let m = (a + 11 * h + 22 * l) / 451;
            let month = (h + l - 7 * m + 114) / 31;
            let day = (h + l - 7 * m + 114) % 31 + 1;
            Date::new(y, month as u32, day as u32)
        }
    }
}

/// A time zone right after a clock time: "EDT", "GMT", "(local time)", "local time".
fn zone_len(text: &str, pos: usize) -> usize {
    const ZONES: &[&str] = &[
        "(local time)", "local time", "(GMT)", "(UTC)", "GMT", "UTC", "EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "BST", "CET", "CEST",
        "IST", "JST", "AEST", "AEDT", "MSK", "ET", "PT",
    ];
    let rest = text.get(pos..).unwrap_or("");
    let trimmed = rest.trim_start_matches(' ');
    let lead = rest.len() - trimmed.len();
    if lead > 1 {
        return 0;
    }
    ZONES
        .iter()
        .find(|z| trimmed.starts_with(*z) && !trimmed[z.len()..].starts_with(|c: char| c.is_alphanumeric()))
        .map_or(0, |z| lead + z.len())
}

fn join_compounds(text: &str, found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for mut f in found {
        // "3 p.m. (local time)", "4 a.m. EDT": the zone belongs to the clock time.
        if matches!(f.expr, Expr::Clock(..) | Expr::At(..)) {
            f.range.end += zone_len(text, f.range.end);
        }
        if let Some(prev) = out.last_mut() {
            let gap = text.get(prev.range.end..f.range.start).unwrap_or("x").trim();
            let day = |e: &Expr| matches!(e, Expr::Weekday(_, _, None) | Expr::DayOffset(_, None) | Expr::MonthDay(..))
                || matches!(e, Expr::Value(v) if v.len() == 10);
            let joined = match (&prev.expr, &f.expr) {
                (Expr::Clock(h, m), d) if day(d) && among!(gap, "" | "on" | ",") => Some(Expr::At(Box::new(d.clone()), *h, *m)),
                (d, Expr::Clock(h, m)) if day(d) && among!(gap, "" | "at" | ",") => Some(Expr::At(Box::new(d.clone()), *h, *m)),
                (Expr::Weekday(..), d @ (Expr::MonthDay(..) | Expr::Value(_))) if day(d) && matches!(gap, "" | ",") => Some(d.clone()),
                // "June last year", "January this year", "January nineteen ninety-seven"
                (Expr::Month(m, Dir::Tense), y @ (Expr::Relative(Unit::Year, _) | Expr::Value(_)))
                    if matches!(gap, "" | ",") && !matches!(y, Expr::Value(v) if v.len() != 4) =>
                {
                    Some(Expr::MonthOf(Box::new(y.clone()), *m))
                }
                // "this year's third quarter", "the 1988 third quarter"
                (y @ (Expr::Relative(Unit::Year, _) | Expr::Value(_)), Expr::Quarter(q))
                    if among!(gap, "" | "'s" | "’s") && !matches!(y, Expr::Value(v) if v.len() != 4) =>
                {
                    Some(Expr::QuarterOf(Box::new(y.clone()), *q))
                }
                // "the first quarter of next year", "the fourth quarter of last year"
                (Expr::Quarter(q), y @ Expr::Relative(Unit::Year, _)) if gap == "of" => Some(Expr::QuarterOf(Box::new(y.clone()), *q)),
                // "the winter of nineteen ninety-four"
                (Expr::Season(code, 0), Expr::Value(y)) if gap == "of" && y.len() == 4 => Some(Expr::Value(format!("{y}-{code}"))),
                // "the week of March 6": that day's week.
                (Expr::Relative(Unit::Week, 0), d)
                    if day(d) && gap == "of" && crate::text::cut(text, prev.range.start, prev.range.end).eq_ignore_ascii_case("the week") =>
                {
                    Some(Expr::WeekOf(Box::new(d.clone())))
                }
                _ => None,
            };
            if let Some(expr) = joined {
                let ttype = if matches!(expr, Expr::At(..)) { TType::Time } else { TType::Date };
                let mut start = prev.range.start;
                // "the 1988 second quarter": the article belongs to the whole.
                let before = crate::text::cut(text, 0, start);
                let article = (before.ends_with("the ") || before.ends_with("The "))
                    && before[..before.len() - 4].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                if matches!(expr, Expr::QuarterOf(..)) && article {
                    start -= 4;
                }
                *prev = Found { range: Range::new(start, f.range.end), ttype, expr };
                continue;
            }
        }
        out.push(f);
    }
    out
}

/// The clause's tense, as far as it decides a bare weekday or month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    /// Nothing in the clause says: news runs in the past, so a weekday is the last one; a
    /// month is the nearest one ("talks to conclude in May", written in March).
    Unmarked,
}

/// Normalise an expression against an anchor date. Without an anchor, values that need
/// one stay underspecified ("XXXX-10-17", "PAST_REF").
pub fn value(expr: &Expr, anchor: Option<Date>, tense: Tense) -> String {
    let Some(a) = anchor else {
        return match expr {
            Expr::Value(v) => v.clone(),
            Expr::MonthDay(m, d) => format!("XXXX-{m:02}-{d:02}"),
            Expr::Month(m, _) => format!("XXXX-{m:02}"),
            Expr::Weekday(wd, _, _) => format!("XXXX-WXX-{}", wd + 1),
            Expr::DayOffset(0, _) => "PRESENT_REF".into(),
            Expr::DayOffset(n, _) if *n < 0 => "PAST_REF".into(),
            Expr::Ago(..) => "PAST_REF".into(),
            Expr::Relative(_, n) if *n < 0 => "PAST_REF".into(),
            Expr::Relative(_, n) if *n > 0 => "FUTURE_REF".into(),
            // "this week", "this weekend", "this month": the current one, of unknown date.
            Expr::Relative(Unit::Week, 0) => "XXXX-WXX".into(),
            Expr::Relative(Unit::Weekend, 0) => "XXXX-WXX-WE".into(),
            Expr::Relative(Unit::Month, 0) => "XXXX-XX".into(),
            Expr::Relative(Unit::Quarter, 0) => "XXXX-QX".into(),
            Expr::Relative(Unit::Year, 0) => "XXXX".into(),
            Expr::Season(s, _) => format!("XXXX-{s}"),
            Expr::Clock(h, m) => format!("XXXX-XX-XXT{h:02}:{m:02}"),
            Expr::Quarter(q) => format!("XXXX-Q{q}"),
            Expr::At(day, h, m) => at_clock(value(day, None, tense), *h, *m),
            Expr::QuarterOf(..) => "PAST_REF".into(),
            Expr::YearEnd(_) => "XXXX-12-31".into(),
            Expr::WeekOf(_) => "XXXX-WXX".into(),
            // Only a fixed holiday keeps its month and day without a year.
            Expr::Holiday(Holiday::Fixed(m, d), _) => format!("XXXX-{m:02}-{d:02}"),
            Expr::Holiday(..) => "XXXX-XX-XX".into(),
            Expr::MonthOf(year, m) => match value(year, None, tense) {
                y if y.len() == 4 => format!("{y}-{m:02}"),
                _ => format!("XXXX-{m:02}"),
            },
            Expr::Anaphoric(inner) => match &**inner {
                Expr::Relative(Unit::Year, _) => "XXXX".into(),
                Expr::Relative(Unit::Month, _) => "XXXX-XX".into(),
                Expr::Relative(Unit::Week | Unit::Weekend, _) => "XXXX-WXX".into(),
                Expr::Weekday(wd, ..) => format!("XXXX-WXX-{}", wd + 1),
                _ => "XXXX-XX-XX".into(),
            },
            _ => "PRESENT_REF".into(),
        };
    };
    match expr {
        Expr::Value(v) => v.clone(),
        Expr::Anaphoric(inner) => value(inner, Some(a), tense),
        Expr::DayOffset(n, part) => format!("{}{}", a.add_days(*n), part.map(|p| format!("T{p}")).unwrap_or_default()),
        Expr::Weekday(wd, dir, part) => {
            let cur = a.weekday() as i64;
            let wd = *wd as i64;
            let explicit = !matches!(dir, Dir::Tense);
            let dir = match dir {
                Dir::Tense => match tense {
                    Tense::Future => Dir::Future,
                    Tense::Past | Tense::Unmarked => Dir::Past,
                },
                d => *d,
            };
            let delta = match dir {
                Dir::Past | Dir::Tense => -((cur - wd).rem_euclid(7)),
                Dir::Future => (wd - cur).rem_euclid(7),
                Dir::This => wd - cur,
            };
            // "next Monday" said on a Monday is a week later; "last Monday" a week earlier.
            // (A bare "Monday" in the future tense said on a Monday is that day.)
            let delta = match (dir, explicit) {
                (Dir::Future, _) if delta == 0 && (explicit || !matches!(tense, Tense::Future)) => 7,
                (Dir::Past, true) if delta == 0 => -7,
                _ => delta,
            };
            format!("{}{}", a.add_days(delta), part.map(|p| format!("T{p}")).unwrap_or_default())
        }
        Expr::Holiday(h, dir) => {
            let Some(this) = holiday(*h, a.year) else { return "XXXX-XX-XX".into() };
            let diff = this.days() - a.days();
            let dir = match dir {
                Dir::Tense => match tense {
                    Tense::Past => Dir::Past,
                    Tense::Future => Dir::Future,
                    Tense::Unmarked => {
                        if diff > 183 {
                            Dir::Past
                        } else if diff < -183 {
                            Dir::Future
                        } else {
                            Dir::This
                        }
                    }
                },
                d => *d,
            };
            let year = match dir {
                Dir::Past if diff >= 0 => a.year - 1,
                Dir::Future if diff <= 0 => a.year + 1,
                _ => a.year,
            };
            holiday(*h, year).map_or_else(|| "XXXX-XX-XX".into(), |d| d.to_string())
        }
        Expr::YearEnd(since) => format!("{:04}-12-31", if *since || tense == Tense::Past { a.year - 1 } else { a.year }),
        Expr::MonthDay(m, d) => {
            let mut y = a.year;
            if let Some(c) = Date::new(y, *m, *d) {
                let diff = c.days() - a.days();
                if diff > 183 || (tense != Tense::Future && diff > 120) {
                    y -= 1;
                } else if diff < -183 || (tense == Tense::Future && diff < -120) {
                    y += 1;
                }
            }
            format!("{y:04}-{m:02}-{d:02}")
        }
        Expr::Month(m, dir) => {
            let mut y = a.year;
            let m = *m;
            match dir {
                Dir::Past if m >= a.month => y -= 1,
                Dir::Future if m <= a.month => y += 1,
                Dir::Tense if tense == Tense::Future && m < a.month => y += 1,
                Dir::Tense if tense == Tense::Past && m > a.month => y -= 1,
                Dir::Tense if tense == Tense::Unmarked && m > a.month + 6 => y -= 1,
                Dir::Tense if tense == Tense::Unmarked && m + 6 < a.month => y += 1,
                _ => {}
            }
            format!("{y:04}-{m:02}")
        }
        // "the weekend" in a past clause early in the week is the one just gone.
        Expr::Relative(Unit::Weekend, 0) if tense != Tense::Future && a.weekday() < 4 => relative(a, Unit::Weekend, -1),
        Expr::Relative(unit, n) => relative(a, *unit, *n),
        Expr::Ago(n, unit) => {
            let days = match unit {
                Unit::Day => *n,
                Unit::Week | Unit::Weekend => n * 7.0,
                Unit::Month => n * 30.44,
                Unit::Quarter => n * 91.3,
                Unit::Year => n * 365.25,
                Unit::Decade => n * 3652.5,
                Unit::Century => n * 36525.0,
            } as i64;
            let d = a.add_days(-days);
            match unit {
                Unit::Day => d.to_string(),
                Unit::Week | Unit::Weekend => {
                    let (y, w) = d.iso_week();
                    format!("{y:04}-W{w:02}")
                }
                Unit::Month => format!("{:04}-{:02}", d.year, d.month),
                Unit::Decade => format!("{:03}", d.year / 10),
                Unit::Century => format!("{:02}", d.year / 100),
                _ => format!("{:04}", d.year),
            }
        }
        Expr::Season(s, n) => {
            // "last spring" in October is this year's, gone by; "next summer" in February is
            // this year's, still ahead. (Winter spans two years: a year's offset.)
            let (first, last) = match *s {
                "SP" => (3, 5),
                "SU" => (6, 8),
                "FA" => (9, 11),
                _ => (12, 14),
            };
            let y = a.year as i64;
            let y = match *n {
                -1 if last < a.month => y,
                1 if first > a.month => y,
                n => y + n,
            };
            format!("{y:04}-{s}")
        }
        Expr::Clock(h, m) => format!("{a}T{h:02}:{m:02}"),
        Expr::At(day, h, m) => at_clock(value(day, anchor, tense), *h, *m),
        Expr::QuarterOf(year, q) => format!("{}-Q{q}", value(year, anchor, tense).get(..4).unwrap_or("XXXX")),
        Expr::MonthOf(year, m) => format!("{}-{m:02}", value(year, anchor, tense).get(..4).unwrap_or("XXXX")),
        Expr::WeekOf(day) => match Date::parse(&value(day, anchor, tense)) {
            Some(d) => {
                let (y, w) = d.iso_week();
                format!("{y:04}-W{w:02}")
            }
            None => "XXXX-WXX".into(),
        },
        Expr::Quarter(q) => {
            // The most recent such quarter (a report on "the third quarter" in October is
            // about the one just ended); the next one when the clause looks ahead.
            let cur = (a.month - 1) / 3 + 1;
            let y = match tense {
                // Results of the quarter just ended are still to come: only an earlier
                // quarter named in a future clause is next year's.
                Tense::Future if *q + 1 < cur => a.year + 1,
                Tense::Past | Tense::Unmarked if *q > cur => a.year - 1,
                _ => a.year,
            };
            format!("{y:04}-Q{q}")
        }
    }
}

fn relative(a: Date, unit: Unit, n: i64) -> String {
    match unit {
        Unit::Day => a.add_days(n).to_string(),
        Unit::Week | Unit::Weekend => {
            let (y, w) = a.add_days(7 * n).iso_week();
            format!("{y:04}-W{w:02}{}", if unit == Unit::Weekend { "-WE" } else { "" })
        }
        Unit::Month => {
            let total = a.year as i64 * 12 + (a.month as i64 - 1) + n;
            format!("{:04}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1)
        }
        Unit::Quarter => {
            let total = a.year as i64 * 4 + (a.month as i64 - 1) / 3 + n;
            format!("{:04}-Q{}", total.div_euclid(4), total.rem_euclid(4) + 1)
        }
        Unit::Year => format!("{:04}", a.year as i64 + n),
        Unit::Decade => format!("{:03}", a.year as i64 / 10 + n),
        Unit::Century => format!("{:02}", a.year as i64 / 100 + n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<Date> {
        Date::parse(s)
    }

    #[test]
    fn calendar() {
        let f = d("2025-10-17").unwrap();
        assert_eq!(f.weekday(), 4);
        assert_eq!(Date::from_days(f.days()), f);
        assert_eq!(d("2021-01-03").unwrap().iso_week(), (2020, 53));
        assert_eq!(d("2024-12-30").unwrap().iso_week(), (2025, 1));
        assert_eq!(d("2025-02-29"), None);
    }

    /// expression × document date × tense → value
    #[test]
    fn normalisation_table() {
        let fri = d("2025-10-17");
        let cases: &[(Expr, Option<Date>, Tense, &str)] = &[
            (Expr::Weekday(3, Dir::Tense, None), fri, Tense::Past, "2025-10-16"),
            (Expr::Weekday(3, Dir::Tense, None), fri, Tense::Future, "2025-10-23"),
            (Expr::Weekday(0, Dir::Tense, None), fri, Tense::Future, "2025-10-20"),
            (Expr::Weekday(4, Dir::Tense, None), fri, Tense::Past, "2025-10-17"),
            // "Friday" in the future said on a Friday is that day; "next Friday" a week later.
            (Expr::Weekday(4, Dir::Tense, None), fri, Tense::Future, "2025-10-17"),
            (Expr::Weekday(4, Dir::Future, None), fri, Tense::Future, "2025-10-24"),
            (Expr::Weekday(0, Dir::Past, None), fri, Tense::Future, "2025-10-13"),
            (Expr::Weekday(3, Dir::Tense, Some("MO")), fri, Tense::Past, "2025-10-16TMO"),
            (Expr::DayOffset(1, None), d("2025-10-16"), Tense::Future, "2025-10-17"),
            (Expr::DayOffset(-1, None), fri, Tense::Past, "2025-10-16"),
            (Expr::DayOffset(0, Some("NI")), fri, Tense::Past, "2025-10-17TNI"),
            (Expr::Relative(Unit::Week, 1), fri, Tense::Future, "2025-W43"),
            (Expr::Relative(Unit::Week, -1), fri, Tense::Past, "2025-W41"),
            (Expr::Relative(Unit::Month, -1), d("2025-01-10"), Tense::Past, "2024-12"),
            (Expr::Relative(Unit::Year, 0), fri, Tense::Past, "2025"),
            (Expr::Relative(Unit::Quarter, -1), d("2025-02-01"), Tense::Past, "2024-Q4"),
            (Expr::Relative(Unit::Weekend, 0), fri, Tense::Future, "2025-W42-WE"),
            (Expr::Relative(Unit::Weekend, 0), d("2025-10-13"), Tense::Past, "2025-W41-WE"),
            (Expr::Relative(Unit::Weekend, 0), d("2025-10-13"), Tense::Future, "2025-W42-WE"),
            (Expr::MonthDay(10, 17), fri, Tense::Past, "2025-10-17"),
            (Expr::MonthDay(12, 30), d("1998-01-08"), Tense::Past, "1997-12-30"),
            (Expr::MonthDay(1, 5), d("1997-12-20"), Tense::Future, "1998-01-05"),
            (Expr::Month(10, Dir::Tense), d("1998-01-08"), Tense::Past, "1997-10"),
            (Expr::Month(3, Dir::Tense), d("1998-01-08"), Tense::Future, "1998-03"),
            (Expr::Month(5, Dir::Tense), d("1998-03-22"), Tense::Unmarked, "1998-05"),
            (Expr::Month(1, Dir::Tense), d("1989-11-02"), Tense::Unmarked, "1990-01"),
            (Expr::Month(12, Dir::Tense), d("1998-03-04"), Tense::Unmarked, "1997-12"),
            (Expr::Month(5, Dir::Tense), d("1998-03-22"), Tense::Past, "1997-05"),
            (Expr::Weekday(3, Dir::Tense, None), d("2025-10-17"), Tense::Unmarked, "2025-10-16"),
            (Expr::Ago(3.0, Unit::Year), fri, Tense::Past, "2022"),
            // "last summer" in October is this year's, gone by; in April, last year's.
            (Expr::Season("SU", -1), fri, Tense::Past, "2025-SU"),
            (Expr::Season("SU", -1), d("2025-04-10"), Tense::Past, "2024-SU"),
            (Expr::Season("SP", 1), fri, Tense::Future, "2026-SP"),
            (Expr::Season("SU", 1), d("2025-02-10"), Tense::Future, "2025-SU"),
            (Expr::Clock(17, 0), fri, Tense::Past, "2025-10-17T17:00"),
            (Expr::MonthDay(12, 15), d("1989-11-02"), Tense::Past, "1989-12-15"),
            (Expr::Quarter(3), d("1989-10-26"), Tense::Past, "1989-Q3"),
            (Expr::Quarter(4), d("1989-02-10"), Tense::Past, "1988-Q4"),
            (Expr::Quarter(1), d("1989-10-26"), Tense::Future, "1990-Q1"),
            (Expr::MonthDay(10, 17), None, Tense::Past, "XXXX-10-17"),
            (Expr::DayOffset(-1, None), None, Tense::Past, "PAST_REF"),
            (Expr::Relative(Unit::Weekend, 0), None, Tense::Future, "XXXX-WXX-WE"),
            (Expr::Relative(Unit::Month, 0), None, Tense::Past, "XXXX-XX"),
        ];
        for (expr, anchor, tense, want) in cases {
            assert_eq!(value(expr, *anchor, *tense), *want, "{expr:?} at {anchor:?} ({tense:?})");
        }
    }

    #[test]
    fn durations() {
        assert_eq!(duration_value(Some(2.0), "hours"), "PT2H");
        assert_eq!(duration_value(Some(2.5), "years"), "P2Y6M");
        assert_eq!(duration_value(Some(5.5), "hours"), "PT5H30M");
        assert_eq!(duration_value(Some(0.5), "hour"), "PT30M");
        assert_eq!(duration_value(Some(1.5), "minutes"), "PT1M30S");
        assert_eq!(duration_value(Some(1.5), "days"), "P1DT12H");
        assert_eq!(number("2 1/2"), Some(2.5));
        assert_eq!(number("two and a half"), Some(2.5));
        assert_eq!(duration_value(Some(3.0), "years"), "P3Y");
        assert_eq!(duration_value(None, "days"), "PXD");
        assert_eq!(number("twenty four"), Some(24.0));
        assert_eq!(number("a couple of"), Some(2.0));
    }

    fn found(text: &str) -> Vec<(String, String)> {
        let l = crate::layout::analyse(&crate::layout::Patterns::new(), text, None);
        find(&Patterns::new(), text, &l)
            .into_iter()
            .map(|f| (f.range.slice(text).to_string(), value(&f.expr, d("2025-10-17"), Tense::Past)))
            .collect()
    }

    #[test]
    fn detection() {
        let got = found("They met on Thursday (local time) for over two hours, as early as next week.");
        assert_eq!(got, vec![
            ("Thursday".into(), "2025-10-16".into()),
            ("over two hours".into(), "PT2H".into()),
            ("next week".into(), "2025-W43".into()),
        ]);
        let got = found("On Oct. 3, 2024 and 17 October 2025, in 1998, the past three months, three years ago, in the 1990s.");
        let v: Vec<&str> = got.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(v, vec!["2024-10-03", "2025-10-17", "1998", "P3M", "2022", "199"]);
        assert_eq!(found("I may go.").len(), 0);
        assert_eq!(found("every Monday")[0].1, "XXXX-WXX-1");
        assert_eq!(found("after 2 1/2 years")[0], ("2 1/2 years".into(), "P2Y6M".into()));
        assert_eq!(found("for a minute and a half")[0], ("a minute and a half".into(), "PT1M30S".into()));
        assert_eq!(found("several years ago")[0], ("several years ago".into(), "PAST_REF".into()));
        assert_eq!(found("in June last year")[0], ("June last year".into(), "2024-06".into()));
        assert_eq!(found("January nineteen ninety-seven")[0], ("January nineteen ninety-seven".into(), "1997-01".into()));
        assert_eq!(found("for two to three weeks")[0], ("two to three weeks".into(), "PXW".into()));
        assert_eq!(found("after 2-3 days")[0], ("2-3 days".into(), "PXD".into()));
        assert_eq!(found("it could take weeks or months")[0], ("weeks or months".into(), "PXW".into()));
        assert_eq!(found("back in nineteen ninety-six")[0], ("nineteen ninety-six".into(), "1996".into()));
        assert_eq!(found("by the year two thousand")[0], ("the year two thousand".into(), "2000".into()));
        assert_eq!(found("in two thousand and one")[0], ("two thousand and one".into(), "2001".into()));
        assert!(found("two thousand people marched").is_empty());
        assert_eq!(found("It ended at 10 p.m. Wednesday.")[0], ("10 p.m. Wednesday".into(), "2025-10-15T22:00".into()));
        assert_eq!(found("They met Thursday at noon.")[0], ("Thursday at noon".into(), "2025-10-16T12:00".into()));
        assert_eq!(found("on Saturday, April 25")[0], ("Saturday, April 25".into(), "2025-04-25".into()));
    }

    /// Each pattern runs only where an anchor of a class it needs is; hyphenated words count
    /// by every part.
    #[test]
    fn anchors_gate_the_patterns() {
        assert_eq!(found("a 34-year career"), vec![("34-year".into(), "P34Y".into())]);
        assert_eq!(found("in the mid-1990s"), vec![("the mid-1990s".into(), "199".into())]);
        assert_eq!(found("over the next three quarters"), vec![("over the next three quarters".into(), "P3Q".into())]);
        assert_eq!(found("a weeks-long strike by about three-quarters of the workers").len(), 0);
    }
}
