//! What must not be a quote, and bad input that must fail clearly.

use onrecord::{Error, Extractor, Options, QuoteKind};

fn quotes(text: &str) -> Vec<(String, QuoteKind)> {
    Extractor::new()
        .extract(text, &Options::default())
        .unwrap()
        .quotes
        .into_iter()
        .map(|q| (q.span.text, q.kind))
        .collect()
}

#[test]
fn apostrophes_are_not_quotes() {
    for t in [
        "Don't blame the Joneses' dog for rock 'n' roll in the '90s or for Ukraine's war.",
        "It’s the Smiths’ view that ’tis fine; rock ’n’ roll won’t die in the ’60s.",
        "The players' union said it would consider the owners' offer.",
    ] {
        let got = quotes(t);
        assert!(got.iter().all(|(q, _)| !q.starts_with('\'') && !q.starts_with('’')), "{t}: {got:?}");
    }
}

#[test]
fn scare_quotes_and_titles_have_no_speaker() {
    let a = Extractor::new()
        .extract("The so-called \"reform\" stalled. She starred in \"The Long Road\" last year.", &Options::default())
        .unwrap();
    assert_eq!(a.quotes.len(), 2);
    assert!(a.quotes.iter().all(|q| q.kind == QuoteKind::Partial && q.speaker.is_none()));
}

#[test]
fn a_missing_closing_mark_does_not_swallow_the_article() {
    let t = "\"We are ready, the minister said.\n\nOfficials later met in Paris.\n\n\"It went well,\" Jane Smith said.";
    let a = Extractor::new().extract(t, &Options::default()).unwrap();
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.span.text.as_str()).collect();
    assert_eq!(texts[0], "\"We are ready, the minister said.");
    assert!(texts.contains(&"\"It went well,\""));
    let last = a.quotes.iter().find(|q| q.span.text == "\"It went well,\"").unwrap();
    assert_eq!(last.speaker_name.as_deref(), Some("Jane Smith"));
}

#[test]
fn html_pasted_as_text_is_just_text() {
    let t = "<p>\"Hello <b>world</b>,\" <script>alert(1)</script> Jane Smith said.</p>";
    let a = Extractor::new().extract(t, &Options::default()).unwrap();
    assert_eq!(a.quotes[0].span.text, "\"Hello <b>world</b>,\"");
    for q in &a.quotes {
        assert_eq!(&t[q.span.bytes.clone()], q.span.text);
    }
    assert!(a.document.markup);
    // The tags are layout: the speaker is found through them.
    assert_eq!(a.quotes[0].speaker_name.as_deref(), Some("Jane Smith"));
}

#[test]
fn an_html_page_source_reads_as_its_article() {
    let t = "<!DOCTYPE html><html><head><title>Talks</title><script>var q = \"not a quote\";</script></head>\
             <body><p>LONDON (Reuters) &mdash; &ldquo;We will win,&rdquo; Jane Smith said on Tuesday.</p>\
             <p>She added that the plan&#8217;s cost was &quot;too high&quot;.</p></body></html>";
    let a = Extractor::new().extract(t, &Options::default()).unwrap();
    assert!(a.document.markup);
    assert_eq!(a.document.place.as_deref(), Some("London"));
    let q: Vec<(&str, Option<&str>)> = a.quotes.iter().map(|q| (q.span.text.as_str(), q.speaker_name.as_deref())).collect();
    assert_eq!(q[0], ("&ldquo;We will win,&rdquo;", Some("Jane Smith")), "{q:?}");
    assert!(q.iter().all(|(text, _)| !text.contains("not a quote")), "{q:?}");
    assert!(q.iter().any(|(text, who)| text.contains("cost was") && *who == Some("Jane Smith")), "{q:?}");
    // Plain text is never taken for markup.
    assert!(!Extractor::new().extract("AT&T said x < y.", &Options::default()).unwrap().document.markup);
}

#[test]
fn bad_input_gets_a_clear_error() {
    let ex = Extractor::new();
    assert_eq!(ex.extract("", &Options::default()).unwrap_err(), Error::Empty);
    assert_eq!(ex.extract(" \n\t ", &Options::default()).unwrap_err(), Error::Empty);
    assert_eq!(ex.extract("abc\0def", &Options::default()).unwrap_err(), Error::Binary);
    let garbage: String = (0..200u8).map(|b| char::from(b % 32)).collect();
    assert_eq!(ex.extract(&garbage, &Options::default()).unwrap_err(), Error::Binary);
    let small = Options { max_bytes: 10, ..Options::default() };
    let err = ex.extract("This text is longer than ten bytes.", &small).unwrap_err();
    assert!(matches!(err, Error::TooLarge { len: 35, max: 10 }));
    assert!(err.to_string().contains("limit"));
    // After an error the same extractor keeps working.
    assert_eq!(ex.extract("\"Yes,\" he said.", &Options::default()).unwrap().quotes.len(), 1);
}
