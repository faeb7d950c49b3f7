//! What goes wrong in a catalog, and where: a [`Problem`] is a byte span and
//! a text, found by the reader or a check; [`CatalogError`] is the first
//! problem placed at its file, line and column, as the build shows it.

use std::fmt;
use std::ops::Range;

/// A problem at a byte range of the catalog.
pub(crate) type Problem = (Range<usize>, String);

/// The refusal `text` at `span`.
pub(crate) fn problem<T>(span: Range<usize>, text: impl Into<String>) -> Result<T, Problem> {
    Err((span, text.into()))
}

/// A catalog that could not be read, with where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    /// The file as the caller named it.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong, in the words of someone editing the TOML.
    pub problem: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.problem
        )
    }
}

impl std::error::Error for CatalogError {}

/// The most characters of a catalog's value that a refusal quotes; a longer
/// value is cut there and marked with `…`.
pub(crate) const QUOTED_CHARS: usize = 64;

/// A value of the catalog as a refusal quotes it: in backticks, at most
/// [`QUOTED_CHARS`] characters, with every character a terminal or an editor
/// would obey rather than show (controls, bidirectional overrides and the
/// like) written as a `\u{..}` escape.
pub(crate) struct Quoted<'a>(pub(crate) &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("`")?;
        let (head, cut) = cut(self.0);
        for c in head.chars() {
            write_shown(f, c)?;
        }
        if cut {
            f.write_str("…")?;
        }
        f.write_str("`")
    }
}

/// The first [`QUOTED_CHARS`] characters of `text`, and whether that cut
/// anything off.
pub(crate) fn cut(text: &str) -> (&str, bool) {
    match text.char_indices().nth(QUOTED_CHARS) {
        Some((end, _)) => (&text[..end], true),
        None => (text, false),
    }
}

/// Writes `c` as it stands, or as `\u{..}` where it is not for showing.
pub(crate) fn write_shown(out: &mut impl fmt::Write, c: char) -> fmt::Result {
    if is_hidden(c) {
        write!(out, "\\u{{{:x}}}", u32::from(c))
    } else {
        out.write_char(c)
    }
}

/// Whether `c` changes what a terminal or an editor shows instead of being
/// shown: a control character other than the tab, a bidirectional control
/// (which rustc refuses raw in a comment), a zero-width or other invisible
/// format character.
pub(crate) fn is_hidden(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c,
            '\u{200b}'..='\u{200f}'   // zero-width spaces and marks, LRM, RLM
            | '\u{2028}'..='\u{202e}' // line and paragraph separators, embeddings and overrides
            | '\u{2060}'..='\u{206f}' // word joiner, isolates, invisible operators
            | '\u{061c}'              // Arabic letter mark
            | '\u{feff}'              // byte-order mark, zero-width no-break space
            | '\u{fff9}'..='\u{fffb}' // interlinear annotation
        )
}

/// `text` with every hidden character (see [`is_hidden`]) escaped: what a
/// refusal shows of a message that is not the catalog's own value, such as
/// the TOML parser's.
fn shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // Writing to a String cannot fail.
        let _ = write_shown(&mut out, c);
    }
    out
}

/// The 1-based line of a byte offset.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Places a problem: the byte offset becomes a line and a column (the
/// character it falls in), and the text is shown without hidden characters.
pub(crate) fn error_at(file: &str, text: &str, offset: usize, problem: &str) -> CatalogError {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    CatalogError {
        file: shown(file),
        line: line_of(text, offset),
        column: before[line_start..].chars().count() + 1,
        problem: shown(problem),
    }
}

/// A catalog's bytes as text; bytes that are not UTF-8 are refused at the
/// line and column of the first bad byte.
pub(crate) fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, CatalogError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = e.valid_up_to();
        // Everything before the bad byte is text: the bad byte is placed as
        // the character that would follow it.
        let text = std::str::from_utf8(&bytes[..good]).unwrap_or_default();
        let problem = format!(
            "the catalog is not UTF-8: byte 0x{:02X} at byte offset {good} does not begin a UTF-8 character; save the file as UTF-8",
            bytes[good]
        );
        error_at(file, text, good, &problem)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offset_inside_a_character_points_at_that_character() {
        // "é" is two bytes: offset 3 is inside the second line's "é".
        let error = error_at("f.toml", "a\né\n", 3, "p");
        assert_eq!((error.line, error.column), (2, 1));
        let error = error_at("f.toml", "a\nxé\n", 4, "p");
        assert_eq!((error.line, error.column), (2, 2));
    }

    #[test]
    fn a_quoted_value_is_cut_and_shows_its_hidden_characters() {
        assert_eq!(Quoted("Name").to_string(), "`Name`");
        let long = "x".repeat(QUOTED_CHARS + 1);
        let quoted = Quoted(&long).to_string();
        assert_eq!(quoted, format!("`{}…`", "x".repeat(QUOTED_CHARS)));
        let exact = "é".repeat(QUOTED_CHARS);
        assert_eq!(Quoted(&exact).to_string(), format!("`{exact}`"));
        assert_eq!(
            Quoted("a\u{1b}[2Jb\u{202e}c\td").to_string(),
            "`a\\u{1b}[2Jb\\u{202e}c\td`"
        );
    }

    #[test]
    fn hidden_characters_are_controls_and_invisible_format_characters() {
        for c in [
            '\0', '\n', '\u{7f}', '\u{85}', '\u{200b}', '\u{200f}', '\u{202a}',
        ] {
            assert!(is_hidden(c), "{c:?}");
        }
        for c in [
            '\u{202e}', '\u{2066}', '\u{2069}', '\u{61c}', '\u{feff}', '\u{fffb}',
        ] {
            assert!(is_hidden(c), "{c:?}");
        }
        for c in [
            'a', ' ', 'é', '—', '“', '\u{2027}', '\u{2070}', '\u{fffc}', '中',
        ] {
            assert!(!is_hidden(c), "{c:?}");
        }
    }

    #[test]
    fn a_problem_shows_no_hidden_character() {
        let error = error_at("f\u{1b}.toml", "x", 0, "bad \u{1b}[31mred\u{202e}");
        assert_eq!(error.file, "f\\u{1b}.toml");
        assert_eq!(error.problem, "bad \\u{1b}[31mred\\u{202e}");
    }

    #[test]
    fn bytes_that_are_not_utf8_are_placed_at_the_first_bad_byte() {
        let error = decode("f.toml", b"a = 1\nb = \"x\xffy\"\n").unwrap_err();
        assert_eq!((error.line, error.column), (2, 7));
        assert!(
            error.problem.contains("byte 0xFF at byte offset 12"),
            "{}",
            error.problem
        );
        let error = decode("f.toml", b"\xc3").unwrap_err();
        assert_eq!((error.line, error.column), (1, 1));
        assert_eq!(decode("f.toml", "é\n".as_bytes()), Ok("é\n"));
    }
}
