//! The one error type of the library.

use std::fmt;

/// Why a text could not be analysed.
///
/// The error is small and opaque on purpose: its `Display` text is the message a user
/// sees (in the CLI, on the page, in a JavaScript exception).
///
/// # Example
///
/// ```
/// use onrecord::{Error, Extractor, Options};
///
/// let err = Extractor::new().extract("   ", &Options::default()).unwrap_err();
/// assert_eq!(err, Error::Empty);
/// assert_eq!(err.to_string(), "the text is empty");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The text is empty or only white space.
    Empty,
    /// The text contains NUL bytes or mostly control characters: not an article.
    Binary,
    /// The text is longer than the configured limit.
    TooLarge {
        /// Its length in bytes.
        len: usize,
        /// The limit in bytes.
        max: usize,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Empty => write!(f, "the text is empty"),
            Error::Binary => write!(f, "the input looks binary (NUL or control characters), not article text"),
            Error::TooLarge { len, max } => write!(
                f,
                "the text is {} MB, over the {} MB limit",
                crate::text::format_decimal((*len / 100_000) as f64 / 10.0),
                crate::text::format_decimal((*max / 100_000) as f64 / 10.0)
            ),
        }
    }
}

impl std::error::Error for Error {}
