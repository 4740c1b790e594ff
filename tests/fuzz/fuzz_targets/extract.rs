//! Coverage-guided fuzzing of the whole pipeline: any UTF-8 input must give a result or a
//! clean error, never a panic, and every span must be the slice it claims to be.
#![no_main]

use libfuzzer_sys::fuzz_target;
use onrecord::{Extractor, Options, Span};
use std::sync::OnceLock;

static EX: OnceLock<Extractor> = OnceLock::new();

fn check(text: &str, units: &[u16], s: &Span) {
    assert_eq!(&text[s.bytes.clone()], s.text);
    assert_eq!(String::from_utf16(&units[s.start..s.end]).unwrap(), s.text);
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let ex = EX.get_or_init(Extractor::new);
    let Ok(a) = ex.extract(text, &Options::default()) else { return };
    let units: Vec<u16> = text.encode_utf16().collect();
    for q in &a.quotes {
        check(text, &units, &q.span);
        q.cue.iter().chain(q.speaker_mention.iter()).for_each(|s| check(text, &units, s));
    }
    for e in &a.entities {
        e.mentions.iter().for_each(|s| check(text, &units, s));
    }
    for ev in &a.events {
        ev.mentions.iter().for_each(|s| check(text, &units, s));
    }
    a.times.iter().for_each(|t| check(text, &units, &t.span));
});
