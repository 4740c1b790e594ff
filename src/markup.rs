//! Pass 0 — markup: HTML pasted as text is read as layout, never as words.
//!
//! A user who pastes a page's source gets the article inside it analysed, while every span
//! still points into the text exactly as pasted. [`mask`] returns a copy of the text with
//! the same length in bytes, in which tags and the contents of `<script>`, `<style>` and
//! comments are blanked (block-level tags become a paragraph break) and character
//! references (`&ldquo;`, `&#8217;`, `&amp;`) become their character padded with spaces.
//! The passes run on the copy; the output slices the original.
//!
//! Nothing is ever interpreted as markup for display: this only decides which bytes are
//! words.

use crate::text::floor_char;

/// Tags that end a paragraph.
const BLOCK: crate::text::Words = words![
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "article", "section",
    "blockquote", "header", "footer", "figure", "figcaption", "title", "body", "html", "head", "main", "aside", "nav", "hr",
    "pre", "dd", "dt", "dl",
];

/// Elements whose content is code or metadata, not article text.
const HIDDEN: crate::text::Words = words!["script", "style", "noscript", "template", "svg"];

/// A tag at byte `i` (`<p>`, `</div>`, `<br/>`, `<a href="…">`, `<!-- … -->`,
/// `<!DOCTYPE html>`): its end (after `>`) and lower-case name (empty for comments and
/// declarations).
fn tag_at(text: &str, i: usize) -> Option<(usize, String, bool)> {
    let b = text.as_bytes();
    if b.get(i) != Some(&b'<') {
        return None;
    }
    if crate::text::cut(text, i, text.len()).starts_with("<!--") {
        let end = crate::text::cut(text, i + 4, text.len()).find("-->").map_or(text.len(), |k| i + 4 + k + 3);
        return Some((end, String::new(), false));
    }
    let mut j = i + 1;
    let closing = b.get(j) == Some(&b'/');
    if closing {
        j += 1;
    }
    let first = *b.get(j)?;
    if !(first.is_ascii_alphabetic() || first == b'!' || first == b'?') {
        return None;
    }
    let name_start = j;
    while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'!' || b[j] == b'?') {
        j += 1;
    }
    let name = crate::text::cut(text, name_start, j).to_ascii_lowercase();
    // Attributes: up to the closing `>`, skipping quoted values; a tag is short.
    let mut quote: Option<u8> = None;
    while j < b.len() && j < i + 2000 {
        match (b[j], quote) {
            (b'"' | b'\'', None) => quote = Some(b[j]),
            (c, Some(q)) if c == q => quote = None,
            (b'>', None) => return Some((j + 1, name, closing)),
            (b'<' | b'\n', None) if j > name_start + 200 => return None,
            _ => {}
        }
        j += 1;
    }
    None
}

/// Whether the text is markup: it opens with a tag or declaration, or at least five tags
/// of known HTML elements appear in its first 64 KB.
pub fn is_markup(text: &str) -> bool {
    let head = crate::text::cut(text, 0, floor_char(text, text.len().min(65_536)));
    let trimmed = head.trim_start();
    let opens = trimmed.len() > 1 && tag_at(trimmed, 0).is_some_and(|(_, n, _)| n.is_empty() || n.starts_with('!') || BLOCK.contains(n.as_str()) || HIDDEN.contains(n.as_str()));
    if opens {
        return true;
    }
    let mut known = 0;
    let mut i = 0;
    while let Some(k) = head[i..].find('<') {
        i += k;
        if let Some((end, name, _)) = tag_at(head, i) {
            if BLOCK.contains(name.as_str()) || HIDDEN.contains(name.as_str()) || among!(name.as_str(), "a" | "b" | "i" | "em" | "strong" | "span" | "img") {
                known += 1;
                if known >= 5 {
                    return true;
                }
            }
            i = end;
        } else {
            i += 1;
        }
    }
    false
}


/// A character reference at byte `i` (`&amp;`, `&#8217;`, `&#x201C;`): its end and character.
fn reference_at(text: &str, i: usize) -> Option<(usize, char)> {
    let rest = crate::text::cut(text, i, text.len());
    let semi = rest[..floor_char(rest, rest.len().min(12))].find(';')?;
    let body = &rest[1..semi];
    let c = if let Some(num) = body.strip_prefix("#x").or_else(|| body.strip_prefix("#X")) {
        char::from_u32(u32::from_str_radix(num, 16).ok()?)?
    } else if let Some(num) = body.strip_prefix('#') {
        char::from_u32(num.parse().ok()?)?
    } else {
        match body {
            "quot" => '"',
            "apos" => '\'',
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
            "ldquo" => '“',
            "rdquo" => '”',
            "lsquo" => '‘',
            "rsquo" => '’',
            "laquo" => '«',
            "raquo" => '»',
            "bdquo" => '„',
            "mdash" => '—',
            "ndash" => '–',
            "hellip" => '…',
            "eacute" => 'é',
            "egrave" => 'è',
            "aacute" => 'á',
            "iacute" => 'í',
            "oacute" => 'ó',
            "uacute" => 'ú',
            "ntilde" => 'ñ',
            "ouml" => 'ö',
            "uuml" => 'ü',
            "auml" => 'ä',
            "ccedil" => 'ç',
            _ => return None,
        }
    };
    // A control character is no text; the length must fit the reference.
    (!c.is_control() || c == '\n').then_some((i + semi + 1, c)).filter(|(end, c)| c.len_utf8() <= end - i)
}

/// The text with markup blanked, the same length in bytes, or `None` when it is not markup.
///
/// # Example
///
/// ```ignore
/// let t = "<p>&ldquo;Yes,&rdquo; she said.</p>";
/// let m = mask(t).unwrap();
/// assert_eq!(m.len(), t.len());
/// assert_eq!(m.split_whitespace().collect::<Vec<_>>(), ["“Yes,”", "she", "said."]);
/// ```
pub fn mask(text: &str) -> Option<String> {
    if !is_markup(text) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut seen: Vec<(String, Option<(usize, usize)>)> = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        match b[i] {
            b'<' => {
                if let Some((end, name, closing)) = tag_at(text, i) {
                    let block = BLOCK.contains(name.as_str());
                    let mut end = end;
                    // The content of a script or style element goes with it.
                    if !closing && HIDDEN.contains(name.as_str()) {
                        // The first closing tag at or after `end`; what an earlier search found
                        // (or did not) still holds, so each name is searched for once per match.
                        let found = match seen.iter().find(|(n, _)| *n == name) {
                            Some((_, None)) => None,
                            Some((_, Some((at, e)))) if *at >= end => Some((*at, *e)),
                            _ => {
                                let f = closing_tag(text, end, &name);
                                seen.retain(|(n, _)| *n != name);
                                seen.push((name.clone(), f));
                                f
                            }
                        };
                        // Unclosed, only the tag goes: nothing after it is lost.
                        end = found.map_or(end, |(_, e)| e);
                    }
                    blank(&mut out, crate::text::cut(text, i, end), block);
                    i = end;
                    continue;
                }
            }
            b'&' => {
                if let Some((end, c)) = reference_at(text, i) {
                    let pad = end - i - c.len_utf8();
                    // An opening mark sits right before its word; anything else right after
                    // its own.
                    let opens = i == 0 || crate::text::cut(text, 0, i).ends_with(|p: char| p.is_whitespace() || matches!(p, '(' | '[' | '>' | '—' | '–'));
                    if opens {
                        out.extend(std::iter::repeat_n(' ', pad));
                        out.push(c);
                    } else {
                        out.push(c);
                        out.extend(std::iter::repeat_n(' ', pad));
                    }
                    i = end;
                    continue;
                }
            }
            _ => {}
        }
        let c = crate::text::cut(text, i, text.len()).chars().next().expect("i is on a char boundary");
        out.push(c);
        i += c.len_utf8();
    }
    debug_assert_eq!(out.len(), text.len());
    Some(out)
}

/// The first `</name …>` at or after `from`, matched without regard to case: its start and end.
fn closing_tag(text: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let mut at = from;
    while let Some(k) = crate::text::cut(text, at, text.len()).find("</") {
        at += k;
        let tail = &text.as_bytes()[at + 2..];
        if tail.len() >= name.len() && tail[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return Some((at, tag_at(text, at).map_or(at + 2 + name.len(), |(e, _, _)| e)));
        }
        at += 2;
    }
    None
}

/// `r` widened so that neither end falls inside a character reference of `text`.
pub fn snap(text: &str, r: crate::text::Range) -> crate::text::Range {
    let inside = |pos: usize| -> Option<(usize, usize)> {
        let from = floor_char(text, pos.saturating_sub(11));
        let amp = from + text.get(from..pos)?.rfind('&')?;
        let (end, _) = reference_at(text, amp)?;
        (amp < pos && pos < end).then_some((amp, end))
    };
    let start = inside(r.start).map_or(r.start, |(a, _)| a);
    let end = inside(r.end).map_or(r.end, |(_, e)| e);
    crate::text::Range::new(start, end)
}

/// Blanks `s` into `out` with the same length in bytes; block tags start with a paragraph
/// break.
/// Plain text with a stray element pasted in (`<tweet author="…" tweet_id="…">…</tweet>`): a
/// copy with each tag that has an attribute, and its closing tag, blanked; `None` when the
/// text has none. Its attribute values are never read as quotes; its content stays text.
/// A `<` in prose ("a < b", "<Name>") is no such tag.
pub fn mask_stray_tags(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(k) = crate::text::cut(text, i, text.len()).find('<') {
        i += k;
        match tag_at(text, i) {
            Some((end, name, closing)) if !name.is_empty() && !name.starts_with(['!', '?']) => {
                let attrs = crate::text::cut(text, i, end);
                if closing && names.contains(&name) {
                    cuts.push((i, end));
                } else if !closing && (attrs.contains("=\"") || attrs.contains("='")) {
                    names.push(name);
                    cuts.push((i, end));
                }
                i = end;
            }
            _ => i += 1,
        }
        if i >= b.len() {
            break;
        }
    }
    if cuts.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e) in cuts {
        out.push_str(crate::text::cut(text, at, s));
        blank(&mut out, crate::text::cut(text, s, e), false);
        at = e;
    }
    out.push_str(crate::text::cut(text, at, text.len()));
    debug_assert_eq!(out.len(), text.len());
    Some(out)
}

fn blank(out: &mut String, s: &str, block: bool) {
    let mut n = s.len();
    if block && n >= 2 {
        out.push_str("\n\n");
        n -= 2;
    }
    out.extend(std::iter::repeat_n(' ', n));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_tags_with_attributes_in_plain_text() {
        let t = "She said so.\n\n<tweet author=\"ann\" id=\"77\">The arrow is Warren.</tweet>.\n\nA < b and <Name> stay.";
        let m = mask_stray_tags(t).unwrap();
        assert_eq!(m.len(), t.len());
        assert!(!m.contains("author") && !m.contains("</tweet>") && m.contains("The arrow is Warren.") && m.contains("A < b and <Name> stay."), "{m}");
        assert_eq!(mask_stray_tags("A < b and <Name> stay; x > y."), None);
    }

    #[test]
    fn tags_scripts_and_references() {
        let t = "<html><head><style>p{color:red}</style></head><body><p>&ldquo;Yes,&rdquo; she said.</p>\
                 <script>var s = \"x\";</script><p>Jane&#8217;s plan &amp; more</p></body></html>";
        let m = mask(t).unwrap();
        assert_eq!(m.len(), t.len());
        let words: Vec<&str> = m.split_whitespace().collect();
        assert_eq!(words, ["“Yes,”", "she", "said.", "Jane’", "s", "plan", "&", "more"]);
        assert!(m.contains("said.\n\n"), "block tags break paragraphs: {m:?}");
    }

    #[test]
    fn plain_text_is_not_markup() {
        assert!(mask("AT&T said x < y and a <b> is bold.").is_none());
        assert!(mask("\"Yes,\" she said.").is_none());
        assert!(is_markup("<p>One</p>"));
        assert!(is_markup("<!DOCTYPE html><title>x</title>"));
        // Unclosed or odd brackets never loop or panic.
        for t in ["<", "<p", "<!--", "<script>", "&#99999999;", "&", "<p>&#x;</p>", "<p>é&eacute;</p>"] {
            let _ = mask(t);
        }
        // An unclosed script blanks only its tag.
        let t = "<p>One</p><script>\"Yes,\" she said.";
        assert!(mask(t).unwrap().ends_with("\"Yes,\" she said."));
    }
}
