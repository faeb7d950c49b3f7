//! Output formats for lists of entries: an aligned table that fits the
//! terminal, TSV and JSON; and the text helpers they share.

use std::io::{self, Write};

use clap::ValueEnum;
use errcat::AnyError;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::json;

/// The width assumed when `COLUMNS` does not give one.
pub const DEFAULT_WIDTH: usize = 100;

/// The marker that ends a cut cell.
const ELLIPSIS: char = '…';

/// The space between table columns.
const GAP: &str = "  ";

/// How a list of entries is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns cut to the terminal width, for people.
    Table,
    /// Tab-separated values with a header line, for scripts.
    Tsv,
    /// A JSON array of objects, for programs.
    Json,
}

/// The output width: `COLUMNS` where it is set to a positive number, else
/// [`DEFAULT_WIDTH`].
pub fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|value| value.trim().parse::<usize>().ok())
        .filter(|&width| width > 0)
        .unwrap_or(DEFAULT_WIDTH)
}

/// A code's 32 bits in hexadecimal, as HRESULTs are written: `0x` and eight
/// upper-case digits (`-1073479674` is `0xC0040006`).
pub fn hex(code: i32) -> String {
    format!("{code:#010X}")
}

/// An entry's code as people of its system read it, in one line of text: the
/// decimal, and beside it the hexadecimal where the system's codes are read
/// in hex (its catalog's `hex_codes`, OPC DA's HRESULTs):
/// `-1073479674 (0xC0040006)`.
pub fn code_text(error: AnyError) -> String {
    if error.system().info().hex_codes {
        format!("{} ({})", error.code(), hex(error.code()))
    } else {
        error.code().to_string()
    }
}

/// How many terminal columns `text` takes.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` on one line: every control character (tab, newline, ...) becomes a
/// space.
pub fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// `text` cut to at most `max` columns, ending in `…` where it was cut.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut kept = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        kept.push(c);
        used += w;
    }
    kept.push(ELLIPSIS);
    kept
}

/// Breaks `text` into lines of at most `max` columns at spaces (a longer word
/// gets a line of its own); each line of `text` starts a new line.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty() && width(&line) + 1 + width(word) > max {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// A table column.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The header.
    pub title: &'static str,
    /// Right-aligned (numbers) rather than left-aligned.
    pub right: bool,
    /// Shown whole or not at all: a shrink step leaves it out, with its gap,
    /// rather than cut it.
    pub optional: bool,
}

/// One step of fitting a table: cut column `.0` down to at most `.1` columns
/// (never below its header; an optional column is left out) until the table
/// fits.
pub type Shrink = (usize, usize);

/// Writes `rows` under `columns`, aligned. While a line would be wider than
/// `max_width`, the `shrink` steps are taken in order; if the table is still
/// too wide after the last, it stays so.
pub fn write_table(
    out: &mut dyn Write,
    columns: &[Column],
    rows: &[Vec<String>],
    shrink: &[Shrink],
    max_width: usize,
) -> io::Result<()> {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|cell| one_line(cell)).collect())
        .collect();
    let mut widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, column)| {
            rows.iter()
                .filter_map(|row| row.get(i))
                .map(|cell| width(cell))
                .chain([width(column.title)])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let gaps = GAP.len() * columns.len().saturating_sub(1);
    let mut total: usize = widths.iter().sum::<usize>() + gaps;
    let mut shown = vec![true; columns.len()];
    for &(i, floor) in shrink {
        if total <= max_width {
            break;
        }
        let Some(column) = columns.get(i) else {
            continue;
        };
        if column.optional {
            if shown[i] && columns.len() > 1 {
                shown[i] = false;
                total -= widths[i] + GAP.len();
            }
            continue;
        }
        let floor = floor.max(width(column.title)).min(widths[i]);
        let cut = (total - max_width).min(widths[i] - floor);
        widths[i] -= cut;
        total -= cut;
    }
    let header: Vec<String> = columns.iter().map(|c| c.title.to_string()).collect();
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        let visible = columns.iter().enumerate().filter(|&(i, _)| shown[i]);
        for (n, (i, column)) in visible.enumerate() {
            let cell = truncate(row.get(i).map_or("", String::as_str), widths[i]);
            let pad = " ".repeat(widths[i].saturating_sub(width(&cell)));
            if n > 0 {
                line.push_str(GAP);
            }
            if column.right {
                line.push_str(&pad);
                line.push_str(&cell);
            } else {
                line.push_str(&cell);
                line.push_str(&pad);
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// The columns of an entry table. `HEX` is there only where some entry's
/// system reads its codes in hex ([`HEX_COLUMN`]).
const ENTRY_COLUMNS: [Column; 6] = [
    Column {
        title: "SYSTEM",
        right: false,
        optional: false,
    },
    Column {
        title: "CODE",
        right: true,
        optional: false,
    },
    Column {
        title: "HEX",
        right: true,
        optional: true,
    },
    Column {
        title: "NAME",
        right: false,
        optional: false,
    },
    Column {
        title: "CATEGORY",
        right: false,
        optional: false,
    },
    Column {
        title: "MESSAGE",
        right: false,
        optional: false,
    },
];

/// Where the `HEX` column is in [`ENTRY_COLUMNS`].
const HEX_COLUMN: usize = 2;

/// How an entry table gives up width: the category first, then the message
/// down to a readable width, then the name, then the hex code (whole), then
/// everything.
const ENTRY_SHRINK: [Shrink; 10] = [
    (4, 10),
    (5, 40),
    (3, 20),
    (5, 20),
    (3, 12),
    (HEX_COLUMN, 0),
    (5, 10),
    (3, 8),
    (4, 0),
    (0, 0),
];

/// Writes entries as a table that fits in `max_width` columns, with a `HEX`
/// column beside the code where some entry's system reads its codes in hex
/// (its catalog's `hex_codes`: OPC DA's HRESULTs), empty for the others.
pub fn entries_table(
    out: &mut dyn Write,
    entries: &[AnyError],
    max_width: usize,
) -> io::Result<()> {
    let reads_hex = |error: &AnyError| error.system().info().hex_codes;
    let with_hex = entries.iter().any(reads_hex);
    let mut rows: Vec<Vec<String>> = entries
        .iter()
        .map(|error| {
            vec![
                error.system().id().to_string(),
                error.code().to_string(),
                if reads_hex(error) {
                    hex(error.code())
                } else {
                    String::new()
                },
                error.name().to_string(),
                error.category_name().to_string(),
                error.to_string(),
            ]
        })
        .collect();
    if with_hex {
        return write_table(out, &ENTRY_COLUMNS, &rows, &ENTRY_SHRINK, max_width);
    }
    // Without the column: the others, and the shrink steps renumbered.
    let mut columns = ENTRY_COLUMNS.to_vec();
    columns.remove(HEX_COLUMN);
    for row in &mut rows {
        row.remove(HEX_COLUMN);
    }
    let shrink: Vec<Shrink> = ENTRY_SHRINK
        .iter()
        .filter_map(|&(column, floor)| match column.cmp(&HEX_COLUMN) {
            std::cmp::Ordering::Less => Some((column, floor)),
            std::cmp::Ordering::Equal => None,
            std::cmp::Ordering::Greater => Some((column - 1, floor)),
        })
        .collect();
    write_table(out, &columns, &rows, &shrink, max_width)
}

/// The TSV header line's fields.
pub const TSV_HEADER: [&str; 10] = [
    "system",
    "code",
    "name",
    "message",
    "category",
    "description",
    "kind",
    "retryable",
    "http_status",
    "wire_http_status",
];

/// Escapes a TSV field: `\` as `\\`, tab as `\t`, newline as `\n`, carriage
/// return as `\r`.
pub fn escape_tsv(field: &str) -> String {
    let mut escaped = String::with_capacity(field.len());
    for c in field.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            '\t' => escaped.push_str("\\t"),
            '\n' => escaped.push_str("\\n"),
            '\r' => escaped.push_str("\\r"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Writes entries as TSV: the header line, then one line per entry.
pub fn entries_tsv(out: &mut dyn Write, entries: &[AnyError]) -> io::Result<()> {
    writeln!(out, "{}", TSV_HEADER.join("\t"))?;
    for error in entries {
        let fields = [
            error.system().id().to_string(),
            error.code().to_string(),
            error.name().to_string(),
            error.to_string(),
            error.category_name().to_string(),
            error.description().unwrap_or_default().to_string(),
            error.kind().name().to_string(),
            error.is_retryable().to_string(),
            error.http_status().to_string(),
            error
                .wire_http_status()
                .map_or(String::new(), |status| status.to_string()),
        ];
        let escaped: Vec<String> = fields.iter().map(|field| escape_tsv(field)).collect();
        writeln!(out, "{}", escaped.join("\t"))?;
    }
    Ok(())
}

/// Writes entries in `format`.
pub fn write_entries(
    out: &mut dyn Write,
    entries: &[AnyError],
    format: Format,
    max_width: usize,
) -> io::Result<()> {
    match format {
        Format::Table => entries_table(out, entries, max_width),
        Format::Tsv => entries_tsv(out, entries),
        Format::Json => json::entries_json(out, entries),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_counts_the_space_between_words() {
        assert_eq!(wrap("aa bb", 5), ["aa bb"]);
        assert_eq!(wrap("aa bbb", 5), ["aa", "bbb"]);
        assert_eq!(wrap("aaaaaa b", 5), ["aaaaaa", "b"]);
    }

    #[test]
    fn the_only_column_is_never_left_out() {
        let columns = [Column {
            title: "HEX",
            right: false,
            optional: true,
        }];
        let rows = vec![vec!["0xC0040006".to_string()]];
        let mut out = Vec::new();
        write_table(&mut out, &columns, &rows, &[(0, 0)], 3).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("0xC0040006"), "{text}");
    }

    #[test]
    fn a_table_without_hex_gives_up_the_category_first() {
        // Neuron reads its codes in decimal: no HEX column, and the shrink
        // steps renumbered past it. Three columns too few: the category
        // gives them (down to 10), the names and messages stay whole.
        let entries: Vec<AnyError> = errcat::neuron::NeuronError::ALL
            .iter()
            .map(|&error| error.into())
            .collect();
        let render = |max_width| {
            let mut out = Vec::new();
            entries_table(&mut out, &entries, max_width).unwrap();
            String::from_utf8(out).unwrap()
        };
        let whole = render(usize::MAX);
        assert!(!whole.contains("HEX") && !whole.contains('…'));
        let full = whole.lines().map(width).max().unwrap();
        let narrow = render(full - 3);
        assert!(narrow.lines().all(|line| width(line) <= full - 3));
        assert!(narrow.contains('…'), "a category is cut");
        for error in &entries {
            let line = narrow
                .lines()
                .find(|line| line.split_whitespace().nth(1) == Some(&error.code().to_string()))
                .unwrap();
            assert!(line.contains(error.name()), "{line}");
            assert!(line.ends_with(&error.to_string()), "{line}");
        }
    }

    #[test]
    fn truncate_marks_the_cut_and_fits() {
        assert_eq!(truncate("abcdef", 6), "abcdef");
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abcdef", 1), "…");
        assert_eq!(truncate("abcdef", 0), "");
        assert_eq!(width(&truncate("日本語のテキスト", 7)), 7);
    }

    #[test]
    fn hex_is_the_32_bits_in_eight_upper_case_digits() {
        assert_eq!(hex(-1_073_479_674), "0xC0040006");
        assert_eq!(hex(262_158), "0x0004000E");
        assert_eq!(hex(0), "0x00000000");
        assert_eq!(hex(-1), "0xFFFFFFFF");
        assert_eq!(hex(i32::MIN), "0x80000000");
    }

    #[test]
    fn an_optional_column_is_shown_whole_or_left_out_with_its_gap() {
        let column = |title, optional| Column {
            title,
            right: false,
            optional,
        };
        let columns = [column("A", false), column("HEX", true), column("B", false)];
        let rows = vec![vec![
            "a".to_string(),
            "0xC0040006".to_string(),
            "b".repeat(10),
        ]];
        let table = |max_width| {
            let mut out = Vec::new();
            write_table(&mut out, &columns, &rows, &[(1, 0), (2, 1)], max_width)
                .expect("writes to a Vec");
            String::from_utf8(out).expect("UTF-8")
        };
        // 1 + 2 + 10 + 2 + 10 = 25 columns: whole at 25, left out at 24.
        assert_eq!(table(25).lines().nth(1), Some("a  0xC0040006  bbbbbbbbbb"));
        assert_eq!(table(24).lines().nth(1), Some("a  bbbbbbbbbb"));
        assert_eq!(table(24).lines().next(), Some("A  B"));
        assert_eq!(table(8).lines().nth(1), Some("a  bbbb…"));
    }

    #[test]
    fn tsv_escapes_the_four_characters() {
        assert_eq!(escape_tsv("a\\b\tc\nd\re"), "a\\\\b\\tc\\nd\\re");
    }

    #[test]
    fn wrap_keeps_every_word_within_the_width() {
        let text = "one two three four five six seven\nnext paragraph";
        let lines = wrap(text, 10);
        assert!(lines.iter().all(|line| width(line) <= 10));
        assert_eq!(lines.join(" "), text.replace('\n', " "));
    }

    #[test]
    fn table_fits_the_width() {
        let columns = [
            Column {
                title: "A",
                right: false,
                optional: false,
            },
            Column {
                title: "B",
                right: false,
                optional: false,
            },
        ];
        let rows = vec![vec!["x".to_string(), "a long\tcell ".repeat(10)]];
        let mut out = Vec::new();
        write_table(&mut out, &columns, &rows, &[(1, 3)], 20).expect("writes to a Vec");
        let text = String::from_utf8(out).expect("UTF-8");
        assert!(text.lines().all(|line| width(line) <= 20), "{text}");
        assert!(text.contains('…'));
        assert_eq!(text.lines().count(), 2);
    }
}
