//! # onrecord
//!
//! Who said what, who did what, when and where — extracted from an English news article.
//!
//! `onrecord` reads the untouched article text and returns an [`Analysis`]: the dateline,
//! the people, organisations and places mentioned ([`Entity`]), every quotation with its
//! speaker ([`Quote`]), the events reported ([`Event`]) and the time expressions normalised
//! against the article's date ([`Time`]). The same core runs natively (library and CLI) and
//! in the browser (WebAssembly).
//!
//! # Example
//!
//! ```
//! use onrecord::{Extractor, Options};
//!
//! let extractor = Extractor::new();
//! let text = "LONDON, Oct 17 (Reuters) - \"We will not give up,\" Prime Minister Jane Doe said on Thursday.";
//! let analysis = extractor.extract(text, &Options::default()).unwrap();
//!
//! assert_eq!(analysis.document.place.as_deref(), Some("London"));
//! let quote = &analysis.quotes[0];
//! assert_eq!(quote.span.text, "\"We will not give up,\"");
//! assert_eq!(quote.speaker_name.as_deref(), Some("Jane Doe"));
//! ```
//!
//! # Spans
//!
//! Every fact points back into the original text with a [`Span`]: `start` and `end` are
//! offsets in UTF-16 code units (so that JavaScript can `slice` the original string) and
//! `text` is exactly that slice. The byte range into the Rust `&str` is kept too, in
//! [`Span::bytes`].
//!
//! # Pipeline
//!
//! The extraction is a series of passes over byte spans of the original text, each a module
//! with one job: `layout` (dateline, paragraphs, sentences) → `mentions` (names, roles,
//! places, organisations) → `entities` (coreference) → `quotes` (quote marks and reported
//! speech) → `attribution` (cue and speaker) → `times` (detection) → `events` (triggers,
//! participants, places, status) → `anchor` (normalising times against the right anchor) →
//! `output` (the v1 contract).

/// `matches!(w, "a" | "b" | …)` over a word and a long list of words. Natively it is
/// `matches!`, a comparison chain the compiler optimises; in the wasm module it calls one
/// shared function over the list, which keeps the module 3 KB smaller gzipped.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! among {
    ($e:expr, $($w:literal)|+) => {
        matches!($e, $($w)|+)
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! among {
    ($e:expr, $($w:literal)|+) => {
        $crate::text::among($e, {
            const LIST: &[&str] = &[$($w),+];
            const PACKED: [u8; $crate::text::packed_len(LIST)] = $crate::text::pack(LIST);
            &PACKED
        })
    };
}

/// A fixed word list ([`text::Words`]).
#[cfg(not(target_arch = "wasm32"))]
macro_rules! words {
    ($($w:literal),+ $(,)?) => {
        $crate::text::Words(&[$($w),+])
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! words {
    ($($w:literal),+ $(,)?) => {
        $crate::text::Words({
            const LIST: &[&str] = &[$($w),+];
            const PACKED: [u8; $crate::text::packed_len(LIST)] = $crate::text::pack(LIST);
            &PACKED
        })
    };
}

mod anchor;
mod attribution;
mod entities;
mod error;
mod events;
mod layout;
mod lexicon;
mod markup;
mod mentions;
mod order;
mod output;
mod quotes;
mod text;
mod times;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::Error;
pub use output::{
    Analysis, Document, Entity, EntityType, Event, EventPlace, EventTime, InnerSpeech, Participant, Quote, QuoteKind,
    Span, Status, Time,
};
pub use events::Role;
pub use times::Date;

/// The version of the result contract produced by this crate.
pub const CONTRACT_VERSION: &str = "1";

/// Default largest input accepted by [`Extractor::extract`]: 20 MiB of text.
pub const DEFAULT_MAX_BYTES: usize = 20 * 1024 * 1024;

/// Options for one extraction.
///
/// # Example
///
/// ```
/// use onrecord::{Date, Options};
///
/// let options = Options { date: Date::parse("2025-10-17"), ..Options::default() };
/// assert_eq!(options.date.unwrap().to_string(), "2025-10-17");
/// ```
#[derive(Clone, Debug)]
pub struct Options {
    /// The document date when the caller knows it. It wins over a date found in the
    /// dateline; without either, relative times stay relative (`PAST_REF`, `XXXX-10-17`).
    pub date: Option<Date>,
    /// Inputs longer than this many bytes are refused with [`Error::TooLarge`].
    pub max_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { date: None, max_bytes: DEFAULT_MAX_BYTES }
    }
}

/// The extractor: compiled patterns and word lists, built once and reused for every text.
///
/// Building an `Extractor` compiles every regular expression and loads every word list;
/// [`Extractor::extract`] is then a pure function of its input. An `Extractor` is `Send`
/// and `Sync`, so one can serve many threads.
///
/// # Example
///
/// ```
/// use onrecord::{Extractor, Options};
///
/// let ex = Extractor::new();
/// let a = ex.extract("\"Hello,\" she said.", &Options::default()).unwrap();
/// assert_eq!(a.quotes.len(), 1);
/// ```
pub struct Extractor {
    lex: lexicon::Lexicon,
    layout: layout::Patterns,
    times: times::Patterns,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

impl Extractor {
    /// Compile the patterns and load the word lists.
    pub fn new() -> Extractor {
        Extractor {
            lex: lexicon::Lexicon::load(),
            layout: layout::Patterns::new(),
            times: times::Patterns::new(),
        }
    }

    /// Analyse one article.
    ///
    /// Fails only on input it cannot treat as an article: empty or blank text, text that
    /// looks binary (NUL or many control characters), or text longer than
    /// [`Options::max_bytes`]. Never panics.
    pub fn extract(&self, text: &str, options: &Options) -> Result<Analysis, Error> {
        check_input(text, options)?;
        // HTML pasted as text: the passes read a copy with the markup blanked (same offsets);
        // the output slices the text as given.
        let masked = markup::mask(text).or_else(|| markup::mask_stray_tags(text));
        let original = text;
        let text = masked.as_deref().unwrap_or(text);
        let layout = layout::analyse_with(&self.layout, text, options.date, &|p| self.lex.place(p).is_some());
        let mentions = mentions::find(&self.lex, text, &layout);
        let mut ents = entities::cluster(&self.lex, text, &mentions);
        let quotes = quotes::find(&self.lex, text, &layout);
        let attributed = attribution::attribute(&self.lex, text, &layout, &quotes, &mentions, &mut ents);
        let found_times = times::find(&self.times, text, &layout);
        let mut evs = events::find(&self.lex, text, &layout, &mentions, &ents, &attributed, &found_times);
        let normalised = anchor::normalise(&self.lex, text, &layout, &attributed, &evs, &found_times);
        events::settle(&mut evs, &normalised, layout.date);
        Ok(output::build(original, &layout, &ents, &attributed, &evs, &found_times, &normalised, masked.is_some()))
    }
}

fn check_input(text: &str, options: &Options) -> Result<(), Error> {
    if text.len() > options.max_bytes {
        return Err(Error::TooLarge { len: text.len(), max: options.max_bytes });
    }
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    if text.contains('\0') {
        return Err(Error::Binary);
    }
    let sample: Vec<char> = text.chars().take(4096).collect();
    let control = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if control * 10 > sample.len() || sample.iter().filter(|&&c| c == '\u{FFFD}').count() * 10 > sample.len() {
        return Err(Error::Binary);
    }
    Ok(())
}
