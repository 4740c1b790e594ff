//! Invariants over arbitrary and article-like input: no panic, every span in bounds, on
//! character boundaries, and equal to the slice it claims.

use onrecord::{Analysis, Extractor, Options, Span};
use proptest::prelude::*;
use std::sync::OnceLock;

fn ex() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

fn check_span(text: &str, units: &[u16], s: &Span) {
    assert!(s.bytes.start <= s.bytes.end && s.bytes.end <= text.len(), "{s:?} out of bounds");
    assert!(text.is_char_boundary(s.bytes.start) && text.is_char_boundary(s.bytes.end), "{s:?} not on char boundaries");
    assert_eq!(&text[s.bytes.clone()], s.text);
    assert!(s.start <= s.end && s.end <= units.len());
    assert_eq!(String::from_utf16(&units[s.start..s.end]).unwrap(), s.text);
}

fn check(text: &str, a: &Analysis) {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut spans: Vec<&Span> = Vec::new();
    for q in &a.quotes {
        spans.push(&q.span);
        spans.extend(q.cue.iter());
        spans.extend(q.speaker_mention.iter());
        if let Some(id) = &q.speaker {
            assert!(a.entities.iter().any(|e| &e.id == id), "dangling speaker id {id}");
        }
        for i in &q.inner {
            spans.extend([&i.span, &i.cue, &i.speaker_mention]);
            assert!(q.span.start <= i.span.start && i.span.end <= q.span.end, "inner speech outside its quote");
        }
    }
    for e in &a.entities {
        spans.extend(e.mentions.iter());
    }
    for ev in &a.events {
        spans.push(&ev.trigger);
        spans.extend(ev.mentions.iter());
        spans.extend(ev.time.iter().map(|t| &t.span));
        spans.extend(ev.place.iter().map(|p| &p.span));
        for p in &ev.participants {
            assert!(a.entities.iter().any(|e| &e.id == p), "dangling participant {p}");
        }
        assert_eq!(ev.roles.iter().map(|r| &r.entity).collect::<Vec<_>>(), ev.participants.iter().collect::<Vec<_>>());
    }
    spans.extend(a.times.iter().map(|t| &t.span));
    spans.extend(a.document.dateline.iter());
    for s in spans {
        check_span(text, &units, s);
    }
}

const PIECES: &[&str] = &[
    "\"", "“", "”", "'", "‘", "’", "«", "»", "„", " said ", " says ", ", ", ". ", "\n\n", "\n", "Trump", "President ",
    "Jane Smith", " he ", " she ", "told reporters", " that ", "according to ", "on Thursday", "next week", "tomorrow",
    "meeting", " call ", "in Budapest", "😀", "é", "Zoë", "ﬁ", "\u{200b}", "\u{301}", "—", "...", "…", ":", "(AP) — ",
    "WASHINGTON", "Oct. 17", "2025-10-17", "don't", "'90s", "U.S.", "Mr.", " met ", " agreed ", "the spokeswoman",
    ", he said, ", " led by ", " with ", "2 1/2 years", " a year earlier", "third-quarter", "10 p.m. Wednesday",
];

fn article_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_string_never_panics(text in any::<String>()) {
        match ex().extract(&text, &Options::default()) {
            Ok(a) => check(&text, &a),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn article_like_text_gives_valid_spans(text in article_like()) {
        if let Ok(a) = ex().extract(&text, &Options::default()) {
            check(&text, &a);
        }
    }
}

#[test]
fn adversarial_inputs_stay_valid() {
    let inputs = [
        "\"".repeat(10_001),
        "'".repeat(5_001),
        "“‘«„".repeat(2_000),
        "Jane Smith said ".repeat(2_000),
        "a".repeat(200_000),
        "President ".repeat(5_000),
        format!("{}\"", "word ".repeat(20_000)),
    ];
    for text in inputs {
        let a = ex().extract(&text, &Options::default()).unwrap();
        check(&text, &a);
    }
}

#[test]
fn the_seed_and_articles_give_valid_spans() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut texts = vec![std::fs::read_to_string(dir.join("seed-trump-putin-call.txt")).unwrap()];
    for e in std::fs::read_dir(dir.join("articles")).unwrap() {
        texts.push(std::fs::read_to_string(e.unwrap().path()).unwrap());
    }
    for t in texts {
        check(&t, &ex().extract(&t, &Options::default()).unwrap());
    }
}

/// Inputs the fuzzer (`bash tests/fuzz.sh`) once crashed on; run in debug, with overflow checks.
#[test]
fn fuzz_regressions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz-regressions");
    for e in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
        if let Ok(a) = ex().extract(&text, &Options::default()) {
            check(&text, &a);
        }
    }
}
