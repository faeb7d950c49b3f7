//! The catalogs checked against the vendor sources they were copied from.
//!
//! The sources live outside the crate, in `../shared/sources` (or wherever
//! `ERRCAT_SOURCES` points); `../shared/sources/README.md` says how to read
//! each file. Without them, as when the published crate is tested, every test
//! compares nothing: it writes `SKIPPED <test>: ...` straight to the terminal
//! (past the test harness's capture, so `cargo test` shows it) and passes,
//! unless `ERRCAT_REQUIRE_SOURCES` is set, as CI sets it: then it fails.
//!
//! For each system the expected catalog is built from the files with plain
//! string handling, then compared with the enum: the same set of codes, and for
//! each code the vendor's message, the provenance and the upstream symbol,
//! plus what only that system has (i4scada methods, Viewtron firmware, ...).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use errcat::i4scada::{I4scadaError, UNNUMBERED};
use errcat::neuron::NeuronError;
use errcat::opcda::OpcdaError;
use errcat::superoffice::SuperOfficeError;
use errcat::viewtron::{Firmware, ViewtronError};
use errcat::{ErrorCode, Kind, Provenance};

// ---------------------------------------------------------------------------
// Finding and reading the sources
// ---------------------------------------------------------------------------

/// The sources directory, or `None` if it is missing and not required; then
/// `test` reports that it was skipped.
fn sources_dir(test: &str) -> Option<PathBuf> {
    let dir = match std::env::var_os("ERRCAT_SOURCES") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/sources")),
    };
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var_os("ERRCAT_REQUIRE_SOURCES").is_some() {
        panic!(
            "ERRCAT_REQUIRE_SOURCES is set, but there are no vendor sources at {} \
             (set ERRCAT_SOURCES to their directory)",
            dir.display()
        );
    }
    report_skipped(test, &dir);
    None
}

/// Writes the SKIPPED line to the process's stderr itself: `eprintln!` in a
/// passing test is captured and never shown.
fn report_skipped(test: &str, dir: &Path) {
    use std::io::Write as _;
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {test}: no vendor sources at {}, nothing was compared \
         (set ERRCAT_SOURCES to their directory, ERRCAT_REQUIRE_SOURCES to make this an error)",
        dir.display()
    );
}

fn read(dir: &Path, file: &str) -> String {
    let path = dir.join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn parse_code(text: &str, at: &str) -> i32 {
    text.trim()
        .parse()
        .unwrap_or_else(|e| panic!("{at}: {text:?} is not a code: {e}"))
}

/// One data row of a TSV file, its cells by column name.
struct Row {
    /// `file:line`, for messages.
    at: String,
    cells: BTreeMap<String, String>,
}

impl Row {
    fn get(&self, column: &str) -> &str {
        match self.cells.get(column) {
            Some(cell) => cell,
            None => panic!("{}: no column {column:?}", self.at),
        }
    }

    fn code(&self) -> i32 {
        parse_code(self.get("code"), &self.at)
    }
}

/// Reads a TSV file whose header must be exactly `columns`. Missing trailing
/// cells are empty; blank lines are skipped.
fn read_tsv(dir: &Path, file: &str, columns: &[&str]) -> Vec<Row> {
    let text = read(dir, file);
    let mut lines = text.lines().enumerate();
    let header: Vec<&str> = lines
        .next()
        .map(|(_, line)| line.split('\t').collect())
        .unwrap_or_default();
    assert_eq!(header, columns, "{file}: unexpected header");
    lines
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            let at = format!("{file}:{}", index + 1);
            let cells: Vec<&str> = line.split('\t').collect();
            assert!(
                cells.len() <= columns.len(),
                "{at}: {} cells for {} columns",
                cells.len(),
                columns.len()
            );
            let cells = columns
                .iter()
                .enumerate()
                .map(|(i, column)| {
                    (
                        column.to_string(),
                        cells.get(i).copied().unwrap_or("").to_string(),
                    )
                })
                .collect();
            Row { at, cells }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// What every system is checked for
// ---------------------------------------------------------------------------

/// What the sources say about one code.
#[derive(Debug, Clone)]
struct Source {
    /// Where they say it: `file:line`.
    at: String,
    /// The published message; `None` where none is published and errcat
    /// writes its own.
    message: Option<String>,
    provenance: Provenance,
    /// The upstream symbol, where the sources give one.
    symbol: Option<String>,
    /// Where they give the symbol (or none): `file:line`.
    symbol_at: String,
}

impl Source {
    fn published(at: &str, message: &str, provenance: Provenance) -> Source {
        assert!(!message.trim().is_empty(), "{at}: empty message");
        Source {
            at: at.to_string(),
            message: Some(message.to_string()),
            provenance,
            symbol: None,
            symbol_at: at.to_string(),
        }
    }
}

/// The expected catalog of one system, by code.
type Sources = BTreeMap<i32, Source>;

fn insert_new(sources: &mut Sources, code: i32, source: Source) {
    let at = source.at.clone();
    if let Some(first) = sources.insert(code, source) {
        panic!("{at}: code {code} is already listed at {}", first.at);
    }
}

/// Checks that `E` defines exactly the codes of `sources`, each with the
/// sources' message, provenance and upstream symbol; prints the counts.
fn assert_matches_sources<E: ErrorCode>(sources: &Sources, origin: &str) {
    let system = E::SYSTEM.id();
    eprintln!(
        "{system}: {} codes in the sources ({origin}), {} in the enum",
        sources.len(),
        E::all().len()
    );
    let in_enum: BTreeSet<i32> = E::all().iter().map(|e| e.code()).collect();
    let in_sources: BTreeSet<i32> = sources.keys().copied().collect();
    let only_sources: Vec<i32> = in_sources.difference(&in_enum).copied().collect();
    let only_enum: Vec<i32> = in_enum.difference(&in_sources).copied().collect();
    assert!(
        only_sources.is_empty() && only_enum.is_empty(),
        "{system}: codes only in the sources: {only_sources:?}; codes only in the enum: {only_enum:?}"
    );
    assert_eq!(
        E::all().len(),
        sources.len(),
        "{system}: the enum's count differs from the sources'"
    );

    for (&code, source) in sources {
        let error = E::from_code(code).expect("every code of the sources is in the enum");
        let at = format!("{system} {code} ({})", error.name());
        let from = &source.at;
        match &source.message {
            Some(message) => assert_eq!(
                error.message(),
                message,
                "{at}: message differs from {from}"
            ),
            None => {
                assert!(
                    !error.message().trim().is_empty(),
                    "{at}: errcat's message is empty"
                );
                assert_eq!(
                    error.provenance(),
                    Provenance::UpstreamHeader,
                    "{at}: {from} publishes no message, so the message is errcat's"
                );
            }
        }
        assert_eq!(
            error.provenance(),
            source.provenance,
            "{at}: provenance, per {from}"
        );
        assert_eq!(
            error.upstream_symbol(),
            source.symbol.as_deref(),
            "{at}: upstream symbol, per {}",
            source.symbol_at
        );
    }
}

/// Checks that `success` is the only code that means success.
fn assert_success_code<E: ErrorCode>(success: Option<i32>) {
    let found: Vec<i32> = E::all()
        .iter()
        .filter(|e| e.is_success())
        .map(|e| e.code())
        .collect();
    assert_eq!(
        found,
        Vec::from_iter(success),
        "{}: the success codes",
        E::SYSTEM.id()
    );
}

// ---------------------------------------------------------------------------
// i4scada
// ---------------------------------------------------------------------------

const I4SCADA_CODES: &str = "i4scada/codes.tsv";
const I4SCADA_PAGE: &str = "i4scada/web-service-interface-error-codes.txt";

/// A row of `codes.tsv`.
struct I4scadaRow {
    at: String,
    /// `None` for the rows whose code is `unknown`.
    code: Option<i32>,
    /// The message as the page writes it: "User login failed (Login)".
    page_line: String,
    /// Without the method list: "User login failed".
    message: String,
    /// The methods column: `["Login", "Write"]`.
    methods: Vec<String>,
}

fn i4scada_rows(dir: &Path) -> Vec<I4scadaRow> {
    read_tsv(dir, I4SCADA_CODES, &["code", "message", "methods"])
        .into_iter()
        .map(|row| {
            let methods: Vec<String> = row
                .get("methods")
                .split(',')
                .map(str::trim)
                .filter(|m| !m.is_empty())
                .map(String::from)
                .collect();
            let page_line = row.get("message").to_string();
            let message = strip_method_list(&page_line, &methods, &row.at);
            let code = match row.get("code") {
                "unknown" => None,
                _ => Some(row.code()),
            };
            I4scadaRow {
                at: row.at,
                code,
                page_line,
                message,
                methods,
            }
        })
        .collect()
}

/// "User login failed (Login)" -> "User login failed"; the parenthesised list
/// must be the methods column.
fn strip_method_list(message: &str, methods: &[String], at: &str) -> String {
    if methods.is_empty() {
        return message.to_string();
    }
    let suffix = format!(" ({})", methods.join(", "));
    match message.strip_suffix(&suffix) {
        Some(message) => message.to_string(),
        None => panic!("{at}: {message:?} does not end with {suffix:?}, the methods column"),
    }
}

/// The page's paragraphs under each of `message_lines`, joined by a blank
/// line: the text up to the next message line or section line ("Error Code",
/// or an introduction ending with ':'), leaving out lines of bare code numbers
/// ("-6, -7").
fn i4scada_explanations(page: &str, message_lines: &[&str]) -> BTreeMap<String, Option<String>> {
    let lines: Vec<&str> = page.lines().map(str::trim).collect();
    let is_section = |line: &str| line == "Error Code" || line.ends_with(':');
    let is_numbers = |line: &str| {
        line.chars()
            .all(|c| c.is_ascii_digit() || "-, ".contains(c))
    };
    message_lines
        .iter()
        .map(|&message| {
            let Some(start) = lines.iter().position(|&line| line == message) else {
                panic!("{I4SCADA_PAGE}: no line {message:?} ({I4SCADA_CODES} has it)");
            };
            let paragraphs: Vec<&str> = lines[start + 1..]
                .iter()
                .copied()
                .take_while(|line| !message_lines.contains(line) && !is_section(line))
                .filter(|line| !line.is_empty() && !is_numbers(line))
                .collect();
            let explanation = (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"));
            (message.to_string(), explanation)
        })
        .collect()
}

const I4SCADA_CLIENT: &str = "i4scada/client-codes.tsv";

/// A row of client-codes.tsv: a client framework's table, not the vendor's.
struct I4scadaClientRow {
    at: String,
    /// The web method its table stands for (`loginErrorCodes`: Login), if any.
    method: Option<&'static str>,
    code: i32,
    /// The framework's symbolic-text key, as words: "i4scada user login ...".
    key_words: String,
}

/// Lowercase words, punctuation and underscores as spaces.
fn words(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn i4scada_client_rows(dir: &Path) -> Vec<I4scadaClientRow> {
    read_tsv(dir, I4SCADA_CLIENT, &["table", "code", "symbolic_text_key"])
        .into_iter()
        .map(|row| {
            let method = match row.get("table") {
                "loginErrorCodes" => Some("Login"),
                "signalWriteErrorCodes" => Some("Write"),
                "acknowledgmentErrorCodes" => None,
                other => panic!("{}: unknown table {other:?}", row.at),
            };
            I4scadaClientRow {
                method,
                code: row.code(),
                key_words: words(row.get("symbolic_text_key")),
                at: row.at,
            }
        })
        .collect()
}

/// The number the client's table gives an unnumbered row of the page: a row
/// of a table for one of its methods whose key ends with the message's words,
/// with a code the page does not use. At most one.
fn client_number<'a>(
    row: &I4scadaRow,
    client: &'a [I4scadaClientRow],
    page_codes: &BTreeSet<i32>,
) -> Option<&'a I4scadaClientRow> {
    let message = words(&row.message);
    let found: Vec<&I4scadaClientRow> = client
        .iter()
        .filter(|c| c.method.is_some_and(|m| row.methods.iter().any(|r| r == m)))
        .filter(|c| c.key_words.ends_with(&message))
        .collect();
    assert!(
        found.len() <= 1,
        "{}: {} numbers {:?} twice",
        row.at,
        I4SCADA_CLIENT,
        row.message
    );
    let found = found.first().copied()?;
    assert!(
        !page_codes.contains(&found.code),
        "{}: {} gives {:?} the page's code {}",
        found.at,
        I4SCADA_CLIENT,
        row.message,
        found.code
    );
    Some(found)
}

#[test]
fn i4scada_matches_the_sources() {
    let Some(dir) = sources_dir("i4scada_matches_the_sources") else {
        return;
    };
    let rows = i4scada_rows(&dir);
    let page = read(&dir, I4SCADA_PAGE);
    let page_lines: Vec<&str> = rows.iter().map(|row| row.page_line.as_str()).collect();
    let explanations = i4scada_explanations(&page, &page_lines);

    let client = i4scada_client_rows(&dir);
    let page_codes: BTreeSet<i32> = rows.iter().filter_map(|row| row.code).collect();
    // The code of each row: the page's, or for an unnumbered row the client's.
    let mut numbered: Vec<(&I4scadaRow, i32)> = Vec::new();
    let mut sources = Sources::new();
    for row in &rows {
        let from_client = || client_number(row, &client, &page_codes);
        let (code, source) = match (row.code, row.code.map_or_else(from_client, |_| None)) {
            (Some(code), _) => (
                code,
                Source::published(&row.at, &row.message, Provenance::VendorPage),
            ),
            (None, Some(from_client)) => {
                // The message is the page's; the number is the client's.
                let at = format!("{} numbered by {}", row.at, from_client.at);
                let source = Source::published(&at, &row.message, Provenance::ClientTable);
                (from_client.code, source)
            }
            (None, None) => continue,
        };
        insert_new(&mut sources, code, source);
        numbered.push((row, code));
    }
    assert_matches_sources::<I4scadaError>(&sources, I4SCADA_CODES);
    assert_success_code::<I4scadaError>(None);

    for &(row, code) in &numbered {
        let error = I4scadaError::from_code(code).expect("checked against the sources");
        let at = format!("i4scada {code} ({})", error.name());
        let methods: Vec<&str> = error.methods().iter().map(|m| m.name()).collect();
        assert_eq!(methods, row.methods, "{at}: methods, per {}", row.at);
        assert_eq!(
            error.explanation(),
            explanations[&row.page_line].as_deref(),
            "{at}: explanation, per the paragraphs under {:?} in {I4SCADA_PAGE}",
            row.page_line
        );
    }

    for &(row, code) in &numbered {
        let error = I4scadaError::from_code(code).expect("checked against the sources");
        if error.provenance() == Provenance::ClientTable {
            // The entry says where its number comes from.
            let basis = error.basis().unwrap_or_default();
            assert!(
                basis.contains(I4SCADA_CLIENT),
                "i4scada {code}: its basis must name {I4SCADA_CLIENT}, which numbers {:?}",
                row.message
            );
        }
    }

    // Where the client's table files a page code under another method than
    // the page does (-4094 under Login), the entry says so, with the table
    // as its basis; the page's methods stay.
    for row in &client {
        let (Some(method), Some(error)) = (row.method, I4scadaError::from_code(row.code)) else {
            continue;
        };
        if error.methods().iter().any(|m| m.label() == method) {
            continue;
        }
        let at = format!("{}: i4scada {} ({})", row.at, row.code, error.name());
        assert!(
            error.basis().is_some_and(|b| b.contains(I4SCADA_CLIENT)),
            "{at}: the table files it under {method}, so its basis must name {I4SCADA_CLIENT}"
        );
        assert!(
            error.description().is_some_and(|d| d.contains(method)),
            "{at}: the description must say the table files it under {method}"
        );
    }

    let numbered_rows: Vec<&str> = numbered.iter().map(|(row, _)| row.at.as_str()).collect();
    let unnumbered: Vec<&I4scadaRow> = rows
        .iter()
        .filter(|row| !numbered_rows.contains(&row.at.as_str()))
        .collect();
    eprintln!(
        "i4scada: {} unnumbered messages in the sources, {} in UNNUMBERED",
        unnumbered.len(),
        UNNUMBERED.len()
    );
    assert_eq!(
        UNNUMBERED.len(),
        unnumbered.len(),
        "i4scada: UNNUMBERED has another count than the unknown rows"
    );
    for row in unnumbered {
        let message = &row.message;
        let at = &row.at;
        assert!(
            I4scadaError::ALL.iter().all(|e| e.message() != message),
            "{at}: {message:?} has no known code, but a variant has this message"
        );
        let Some(item) = UNNUMBERED.iter().find(|item| item.message == message) else {
            panic!("{at}: {message:?} is not in i4scada::UNNUMBERED");
        };
        let methods: Vec<&str> = item.methods.iter().map(|m| m.name()).collect();
        assert_eq!(
            methods, row.methods,
            "{at}: methods of the unnumbered {message:?}"
        );
    }
}

// ---------------------------------------------------------------------------
// Neuron
// ---------------------------------------------------------------------------

const NEURON_PAGE: &str = "neuron/neuronex-error-codes.txt";
const NEURON_BEYOND: &str = "neuron/beyond-the-page.tsv";
const NEURON_SYMBOLS: &str = "neuron/upstream-symbols.tsv";

/// The page's "• CODE message" lines, and the codes that come from a
/// "• FIRST LAST message" range.
fn neuron_page(dir: &Path) -> (Sources, BTreeSet<i32>) {
    let mut sources = Sources::new();
    let mut from_ranges = BTreeSet::new();
    for (index, line) in read(dir, NEURON_PAGE).lines().enumerate() {
        let Some(item) = line.trim().strip_prefix('•') else {
            continue;
        };
        let at = format!("{NEURON_PAGE}:{}", index + 1);
        let Some((first, rest)) = item.trim().split_once(' ') else {
            panic!("{at}: {line:?} is not \"• CODE message\"");
        };
        let first = parse_code(first, &at);
        let (last, message) = match rest.split_once(' ') {
            Some((last, message)) if last.bytes().all(|b| b.is_ascii_digit()) => {
                (parse_code(last, &at), message)
            }
            _ => (first, rest),
        };
        assert!(first <= last, "{at}: the range {first}..={last} is empty");
        for code in first..=last {
            insert_new(
                &mut sources,
                code,
                Source::published(&at, message.trim(), Provenance::VendorPage),
            );
            if last > first {
                from_ranges.insert(code);
            }
        }
    }
    (sources, from_ranges)
}

/// The provenance that a `published_in` cell of beyond-the-page.tsv names.
fn neuron_provenance(published_in: &str, at: &str) -> Provenance {
    if published_in.starts_with("open-source Neuron docs") {
        Provenance::UpstreamDocs
    } else if published_in.starts_with("current NeuronEX docs") {
        Provenance::NewerVendorDocs
    } else if published_in.starts_with("neuron source header only") {
        Provenance::UpstreamHeader
    } else {
        panic!("{at}: unknown published_in {published_in:?}")
    }
}

/// Adds the rows of beyond-the-page.tsv; a row may override a code that the
/// page gives only through a range (10704).
fn add_neuron_beyond_the_page(dir: &Path, sources: &mut Sources, from_ranges: &BTreeSet<i32>) {
    for row in read_tsv(
        dir,
        NEURON_BEYOND,
        &["code", "message", "symbol", "published_in"],
    ) {
        let code = row.code();
        let provenance = neuron_provenance(row.get("published_in"), &row.at);
        let message = row.get("message");
        assert_eq!(
            message.is_empty(),
            provenance == Provenance::UpstreamHeader,
            "{}: a message is missing exactly where only the header has the code",
            row.at
        );
        let source = Source {
            at: row.at.clone(),
            message: (!message.is_empty()).then(|| message.to_string()),
            provenance,
            symbol: Some(row.get("symbol"))
                .filter(|s| !s.is_empty())
                .map(String::from),
            symbol_at: row.at.clone(),
        };
        if from_ranges.contains(&code) {
            sources.insert(code, source);
        } else {
            insert_new(sources, code, source);
        }
    }
}

/// Sets the symbols of upstream-symbols.tsv; returns its notes by code.
fn add_neuron_symbols(dir: &Path, sources: &mut Sources) -> BTreeMap<i32, String> {
    let mut notes = BTreeMap::new();
    for row in read_tsv(dir, NEURON_SYMBOLS, &["code", "symbol", "note"]) {
        let code = row.code();
        let Some(source) = sources.get_mut(&code) else {
            panic!(
                "{}: a symbol for {code}, which neither the page nor {NEURON_BEYOND} lists",
                row.at
            );
        };
        assert!(
            source.at.starts_with(NEURON_PAGE),
            "{}: {code} is from {}, whose symbol column gives its symbol",
            row.at,
            source.at
        );
        source.symbol = Some(row.get("symbol"))
            .filter(|s| !s.is_empty())
            .map(String::from);
        source.symbol_at = row.at.clone();
        if !row.get("note").is_empty() {
            notes.insert(code, row.get("note").to_string());
        }
    }
    notes
}

/// The `NEU_ERR_*` symbols named in `text`.
fn neuron_symbols_in(text: &str) -> BTreeSet<&str> {
    let mut symbols = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find("NEU_ERR_") {
        let tail = &rest[start..];
        let end = tail
            .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(tail.len());
        symbols.insert(&tail[..end]);
        rest = &tail[end..];
    }
    symbols
}

const NEURON_RETIRED: &str = "neuron/retired-codes.tsv";

/// Adds the codes of retired-codes.tsv: published in the docs of Neuron 2.0
/// only, with no symbol today; returns the symbol each had then, by code.
fn add_neuron_retired(dir: &Path, sources: &mut Sources) -> BTreeMap<i32, String> {
    let mut former = BTreeMap::new();
    for row in read_tsv(
        dir,
        NEURON_RETIRED,
        &["code", "message", "symbol", "published_in"],
    ) {
        let published_in = row.get("published_in");
        assert!(
            published_in.starts_with("open-source Neuron docs, branch release-2.0 only")
                && published_in.contains("removed it"),
            "{}: not a code that a later version removed: {published_in:?}",
            row.at
        );
        let mut source = Source::published(&row.at, row.get("message"), Provenance::Retired);
        source.symbol = None;
        insert_new(sources, row.code(), source);
        former.insert(row.code(), row.get("symbol").to_string());
    }
    former
}

/// One reading a source file gives a code: its text, where it is said, and
/// what the title of the page the catalog names must contain.
struct ExpectedReading {
    code: i32,
    text: String,
    at: String,
    title_has: String,
}

/// Checks that `E`'s readings are exactly `expected`: each text verbatim,
/// from a page whose title names the source, never the message itself, with
/// a kind only where it differs from the code's; and that every page the
/// system declares is read.
fn assert_readings_match<E: ErrorCode>(expected: &[ExpectedReading]) {
    let system = E::SYSTEM.id();
    let mut actual: BTreeMap<(i32, &str), &errcat::Reading> = BTreeMap::new();
    for &error in E::all() {
        for reading in error.other_readings() {
            let first = actual.insert((error.code(), reading.text), reading);
            assert!(
                first.is_none(),
                "{system} {}: a reading twice",
                error.code()
            );
        }
    }
    let expected_keys: BTreeSet<(i32, &str)> =
        expected.iter().map(|e| (e.code, e.text.as_str())).collect();
    let actual_keys: BTreeSet<(i32, &str)> = actual.keys().copied().collect();
    assert_eq!(
        actual_keys, expected_keys,
        "{system}: the catalog's readings against the sources"
    );
    for want in expected {
        let reading = actual[&(want.code, want.text.as_str())];
        let error = E::from_code(want.code).expect("a reading of a known code");
        let at = &want.at;
        assert_ne!(
            error.message(),
            want.text,
            "{at}: a reading that is the message"
        );
        assert!(
            reading.page.title.contains(&want.title_has),
            "{at}: page {:?} does not name {:?}",
            reading.page.title,
            want.title_has
        );
        assert_ne!(
            reading.kind,
            Some(error.kind()),
            "{at}: a reading's kind repeats the code's"
        );
    }
    let read: BTreeSet<&str> = actual.values().map(|r| r.page.id).collect();
    let declared: BTreeSet<&str> = E::PAGES.iter().map(|p| p.id).collect();
    assert_eq!(
        read, declared,
        "{system}: every page declared is read, and only those"
    );
}

const NEURON_ETHERNETIP: &str = "neuron/ethernetip-ab5000.tsv";
const NEURON_NEWER_WORDING: &str = "neuron/newer-wording.tsv";

/// The readings of ethernetip-ab5000.tsv (the driver page's meanings) and
/// newer-wording.tsv (each from the docs its `where` names: "same ..." is the
/// row above's).
fn neuron_expected_readings(dir: &Path) -> Vec<ExpectedReading> {
    let mut expected = Vec::new();
    for row in read_tsv(dir, NEURON_ETHERNETIP, &["code", "message", "message_zh"]) {
        expected.push(ExpectedReading {
            code: row.code(),
            text: row.get("message").to_string(),
            at: row.at.clone(),
            title_has: "EtherNet/IP".to_string(),
        });
    }
    let mut previous = String::new();
    for row in read_tsv(dir, NEURON_NEWER_WORDING, &["code", "wording", "where"]) {
        let place = row.get("where");
        if !place.starts_with("same ") {
            previous = place.to_string();
        }
        // The title names the commit or the branch the row's docs are from.
        let title_has = previous
            .split(|c: char| c.is_whitespace() || "(),".contains(c))
            .find(|w| {
                w.starts_with("branch-")
                    || (w.len() == 8 && w.chars().all(|c| c.is_ascii_hexdigit()))
            })
            .unwrap_or_else(|| panic!("{}: no commit or branch in {previous:?}", row.at))
            .to_string();
        expected.push(ExpectedReading {
            code: row.code(),
            text: row.get("wording").to_string(),
            at: row.at.clone(),
            title_has,
        });
    }
    expected
}

#[test]
fn neuron_matches_the_sources() {
    let Some(dir) = sources_dir("neuron_matches_the_sources") else {
        return;
    };
    let (mut sources, from_ranges) = neuron_page(&dir);
    let on_page = sources.len();
    add_neuron_beyond_the_page(&dir, &mut sources, &from_ranges);
    let retired = add_neuron_retired(&dir, &mut sources);
    let notes = add_neuron_symbols(&dir, &mut sources);
    let origin = format!(
        "{on_page} on the page, {} beyond it",
        sources.len() - on_page
    );
    assert_matches_sources::<NeuronError>(&sources, &origin);
    assert_success_code::<NeuronError>(Some(0));

    // The symbols a note names besides today's are the code's former symbols.
    for &error in NeuronError::ALL {
        let at = format!("neuron {} ({})", error.code(), error.name());
        let mut named = notes
            .get(&error.code())
            .map(|note| neuron_symbols_in(note))
            .unwrap_or_default();
        if let Some(symbol) = error.upstream_symbol() {
            named.remove(symbol);
        }
        // A retired code's symbol is a former one.
        named.extend(retired.get(&error.code()).map(String::as_str));
        let former: BTreeSet<&str> = error.former_symbols().iter().copied().collect();
        assert_eq!(
            former, named,
            "{at}: former symbols, per the note in {NEURON_SYMBOLS} or {NEURON_RETIRED}"
        );
    }

    assert_readings_match::<NeuronError>(&neuron_expected_readings(&dir));
}

// ---------------------------------------------------------------------------
// SuperOffice
// ---------------------------------------------------------------------------

const SUPEROFFICE_PAGE: &str = "superoffice/services-soap-error-codes.md";
const SUPEROFFICE_2016: &str = "superoffice/error-codes-2016.tsv";

/// The rows of the page's table: number, symbol, message (the header's "Name"
/// and "Value" are swapped).
fn superoffice_table(dir: &Path) -> Sources {
    let mut sources = Sources::new();
    let mut table = read(dir, SUPEROFFICE_PAGE)
        .lines()
        .enumerate()
        .filter(|(_, line)| line.trim_start().starts_with('|'))
        .map(|(index, line)| {
            let cells: Vec<String> = line
                .trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect();
            (format!("{SUPEROFFICE_PAGE}:{}", index + 1), cells)
        })
        .collect::<Vec<_>>()
        .into_iter();
    let (at, header) = table.next().expect("a table");
    assert_eq!(
        header,
        ["Name", "Value", "Description"],
        "{at}: unexpected table header"
    );
    let (at, rule) = table.next().expect("a header rule");
    assert!(
        rule.iter()
            .all(|c| !c.is_empty() && c.chars().all(|c| c == '-' || c == ':')),
        "{at}: not a header rule"
    );
    for (at, cells) in table {
        let [code, symbol, message] = cells.as_slice() else {
            panic!("{at}: {} cells, expected 3", cells.len());
        };
        let mut source = Source::published(&at, message, Provenance::VendorPage);
        source.symbol = Some(symbol.clone());
        insert_new(&mut sources, parse_code(code, &at), source);
    }
    sources
}

#[test]
fn superoffice_matches_the_sources() {
    let Some(dir) = sources_dir("superoffice_matches_the_sources") else {
        return;
    };
    let sources = superoffice_table(&dir);
    assert_matches_sources::<SuperOfficeError>(&sources, SUPEROFFICE_PAGE);
    // The sources' README: code 0 means success.
    assert_success_code::<SuperOfficeError>(Some(0));

    // The 2016 edition: the same codes and symbols; where it words a code
    // otherwise, its text is a reading of that code.
    let mut readings = Vec::new();
    for row in read_tsv(&dir, SUPEROFFICE_2016, &["value", "name", "description"]) {
        let code = parse_code(row.get("value"), &row.at);
        let Some(page) = sources.get(&code) else {
            panic!("{}: {code} is not on {SUPEROFFICE_PAGE}", row.at);
        };
        assert_eq!(
            page.symbol.as_deref(),
            Some(row.get("name")),
            "{}: the symbol of {code}",
            row.at
        );
        if page.message.as_deref() != Some(row.get("description")) {
            readings.push(ExpectedReading {
                code,
                text: row.get("description").to_string(),
                at: row.at,
                title_has: "2016".to_string(),
            });
        }
    }
    assert_eq!(
        readings.len(),
        6,
        "{SUPEROFFICE_2016}: the sources' README counts six descriptions worded otherwise"
    );
    assert_readings_match::<SuperOfficeError>(&readings);
}

// ---------------------------------------------------------------------------
// Viewtron
// ---------------------------------------------------------------------------

const VIEWTRON_PAGE: &str = "viewtron/error-codes.txt";
const VIEWTRON_BEYOND: &str = "viewtron/beyond-the-page.tsv";

/// What the sources say about a Viewtron code beyond its message.
struct ViewtronExtra {
    explanation: Option<String>,
    firmware: BTreeSet<Firmware>,
}

fn firmware_labelled(label: &str) -> Option<Firmware> {
    Firmware::ALL.iter().copied().find(|f| f.label() == label)
}

/// The firmware of a section: the one its heading names ("... (v2.0)"), or
/// every firmware where it names none (the base codes, "on both v1.9 and v2.0
/// devices").
fn firmware_of_section(heading: &str) -> BTreeSet<Firmware> {
    let named: BTreeSet<Firmware> = Firmware::ALL
        .iter()
        .copied()
        .filter(|f| heading.contains(&format!("({})", f.label())))
        .collect();
    if named.is_empty() {
        Firmware::ALL.iter().copied().collect()
    } else {
        named
    }
}

/// The rows "<digits><message> — <explanation>" of the tables that follow each
/// "CodeDescription" header, up to a blank line.
fn viewtron_page(dir: &Path) -> (Sources, BTreeMap<i32, ViewtronExtra>) {
    let page = read(dir, VIEWTRON_PAGE);
    let mut sources = Sources::new();
    let mut extras = BTreeMap::new();
    let mut heading: Option<&str> = None;
    let mut firmware: Option<BTreeSet<Firmware>> = None;
    for (index, line) in page.lines().enumerate() {
        let at = format!("{VIEWTRON_PAGE}:{}", index + 1);
        let line = line.trim();
        if line == "CodeDescription" {
            let Some(heading) = heading else {
                panic!("{at}: a table before any section heading")
            };
            firmware = Some(firmware_of_section(heading));
            continue;
        }
        if line.is_empty() {
            firmware = None;
            continue;
        }
        let Some(firmware) = &firmware else {
            if line.contains("Error Codes") {
                heading = Some(line);
            }
            continue;
        };
        let digits = line
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(line.len());
        let code = parse_code(&line[..digits], &at);
        let (message, explanation) = match line[digits..].split_once(" — ") {
            Some((message, explanation)) => (message, Some(explanation.to_string())),
            None => (&line[digits..], None),
        };
        insert_new(
            &mut sources,
            code,
            Source::published(&at, message, Provenance::VendorPage),
        );
        let firmware = firmware.clone();
        extras.insert(
            code,
            ViewtronExtra {
                explanation,
                firmware,
            },
        );
    }
    (sources, extras)
}

/// Adds beyond-the-page.tsv: codes from other vendor pages, without an
/// explanation, on v2.0 only (the README: the codes from 6 up are v2.0's).
fn add_viewtron_beyond_the_page(
    dir: &Path,
    sources: &mut Sources,
    extras: &mut BTreeMap<i32, ViewtronExtra>,
) {
    let v2_0 = firmware_labelled("v2.0").expect("a v2.0 firmware");
    for row in read_tsv(dir, VIEWTRON_BEYOND, &["code", "message", "published_in"]) {
        let code = row.code();
        let published_in = row.get("published_in");
        assert!(
            published_in.starts_with("the vendor's") && published_in.contains("page"),
            "{}: unknown published_in {published_in:?}",
            row.at
        );
        assert!(
            code >= 6,
            "{}: {code} would be a base code, which the page lists in full",
            row.at
        );
        insert_new(
            sources,
            code,
            Source::published(&row.at, row.get("message"), Provenance::OtherVendorPage),
        );
        extras.insert(
            code,
            ViewtronExtra {
                explanation: None,
                firmware: BTreeSet::from([v2_0]),
            },
        );
    }
}

/// The per-firmware meanings of an explanation written "meaning (v1.9) /
/// other meaning (v2.0)"; empty if any part names no firmware.
fn firmware_meanings(explanation: &str) -> BTreeMap<Firmware, &str> {
    let parts: Vec<Option<(Firmware, &str)>> = explanation
        .split(" / ")
        .map(|part| {
            let (meaning, label) = part.strip_suffix(')')?.rsplit_once(" (")?;
            Some((firmware_labelled(label)?, meaning))
        })
        .collect();
    parts
        .into_iter()
        .collect::<Option<BTreeMap<_, _>>>()
        .unwrap_or_default()
}

#[test]
fn viewtron_matches_the_sources() {
    let Some(dir) = sources_dir("viewtron_matches_the_sources") else {
        return;
    };
    let (mut sources, mut extras) = viewtron_page(&dir);
    let on_page = sources.len();
    add_viewtron_beyond_the_page(&dir, &mut sources, &mut extras);
    let origin = format!(
        "{on_page} on the page, {} beyond it",
        sources.len() - on_page
    );
    assert_matches_sources::<ViewtronError>(&sources, &origin);
    // The sources' README: code 0 means success.
    assert_success_code::<ViewtronError>(Some(0));

    for (&code, extra) in &extras {
        let error = ViewtronError::from_code(code).expect("checked against the sources");
        let at = format!("viewtron {code} ({})", error.name());
        let from = &sources[&code].at;
        assert_eq!(
            error.explanation(),
            extra.explanation.as_deref(),
            "{at}: explanation, per {from}"
        );
        let firmware: BTreeSet<Firmware> = error.firmware().iter().copied().collect();
        assert_eq!(firmware, extra.firmware, "{at}: firmware, per {from}");
        assert_eq!(
            firmware.len(),
            error.firmware().len(),
            "{at}: firmware listed twice"
        );
        let meanings = extra
            .explanation
            .as_deref()
            .map(firmware_meanings)
            .unwrap_or_default();
        for &version in Firmware::ALL {
            assert_eq!(
                error.meaning_on(version),
                meanings.get(&version).copied(),
                "{at}: meaning on {}, per {from}",
                version.label()
            );
        }
    }
}

const VIEWTRON_OTHER_PAGES: &str = "viewtron/other-pages.tsv";
const VIEWTRON_FORMAT: &str = "viewtron/request-response-format.txt";
const VIEWTRON_HTTP: &str = "viewtron/http-and-firmware.txt";
/// Where request-response-format.txt says its further shapes come from.
const VIEWTRON_PLATE_PAGE: &str = "the vendor's license-plate configuration page";

/// The value of `attribute="..."` in `line`, if it has one.
fn xml_attribute<'a>(line: &'a str, attribute: &str) -> Option<&'a str> {
    let start = line.find(&format!(" {attribute}=\""))? + attribute.len() + 3;
    let len = line[start..].find('"')?;
    Some(&line[start..start + len])
}

/// The success reply of request-response-format.txt that carries code 0:
/// its errorDesc, the page it is from with the line naming its commands (as
/// other-pages.tsv names a page), and where.
fn viewtron_coded_success(dir: &Path) -> (String, String, String) {
    let text = read(dir, VIEWTRON_FORMAT);
    assert!(
        text.contains(&format!("from {VIEWTRON_PLATE_PAGE}")),
        "{VIEWTRON_FORMAT}: no longer names {VIEWTRON_PLATE_PAGE:?}"
    );
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let found = lines.iter().enumerate().find(|(_, line)| {
        xml_attribute(line, "status") == Some("success")
            && xml_attribute(line, "errorCode") == Some("0")
    });
    let Some((index, line)) = found else {
        panic!("{VIEWTRON_FORMAT}: no success reply with errorCode=\"0\"");
    };
    let desc = xml_attribute(line, "errorDesc").expect("an errorDesc");
    let commands = lines[..index]
        .iter()
        .rev()
        .find(|l| !l.is_empty() && !l.starts_with('<'))
        .expect("a line naming the commands");
    (
        desc.to_string(),
        format!("{VIEWTRON_PLATE_PAGE}: {commands}"),
        format!("{VIEWTRON_FORMAT}:{}", index + 1),
    )
}

/// What http-and-firmware.txt says of single codes: the HTTP status a code
/// comes with (the code's description says it), the codes it names with
/// their text (the messages), and code 0's texts by command (the message
/// and the readings of 0).
#[test]
fn viewtron_http_status_and_success_texts_match_the_sources() {
    let Some(dir) = sources_dir("viewtron_http_status_and_success_texts_match_the_sources") else {
        return;
    };
    let text = read(&dir, VIEWTRON_HTTP);
    let (mut statuses, mut named) = (0, 0);
    for (index, line) in text.lines().enumerate() {
        let at = format!("{VIEWTRON_HTTP}:{}", index + 1);
        // "... return HTTP 400 with errorCode="1" (Invalid Request)."
        if let Some(start) = line.find("HTTP ") {
            let rest = &line[start + 5..];
            if let (Some(status), Some(code)) = (rest.get(..3), xml_attribute(rest, "errorCode")) {
                let error = ViewtronError::from_code(parse_code(code, &at)).expect("a known code");
                let description = error.description().unwrap_or_default();
                assert!(
                    description.contains(&format!("HTTP {status}")),
                    "{at}: the description of {code} must say it comes with HTTP {status}"
                );
                assert!(
                    error.basis().is_some_and(|b| b.contains(VIEWTRON_HTTP)),
                    "{at}: the basis of {code} must name {VIEWTRON_HTTP}"
                );
                statuses += 1;
            }
        }
        // "Offset 0 returns errorCode 16 (Range Error)."
        if let Some(start) = line.find("errorCode ") {
            let rest = &line[start + 10..];
            let digits = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            if let Some(message) = rest[digits..]
                .strip_prefix(" (")
                .and_then(|r| r.split_once(')'))
                .map(|(m, _)| m)
            {
                let code = parse_code(&rest[..digits], &at);
                let error = ViewtronError::from_code(code).expect("a known code");
                assert_eq!(error.message(), message, "{at}: the message of {code}");
                named += 1;
            }
        }
    }
    assert_eq!(
        statuses, 1,
        "{VIEWTRON_HTTP}: one code named with its HTTP status"
    );
    assert_eq!(
        named, 2,
        "{VIEWTRON_HTTP}: codes 16 and 20 named with their text"
    );
    // Part 2 quotes code 0's two texts as errorDesc="...".
    let said: BTreeSet<&str> = text
        .split("errorDesc=\"")
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(desc, _)| desc))
        .collect();
    assert_eq!(said.len(), 2, "{VIEWTRON_HTTP}: code 0's two texts");
    let success = ViewtronError::from_code(0).expect("code 0");
    let mut texts: BTreeSet<&str> = success.other_readings().iter().map(|r| r.text).collect();
    texts.insert(success.message());
    assert_eq!(
        texts, said,
        "code 0's message and readings are its two texts"
    );
}

/// The page cell of other-pages.tsv for code 5: the API guide has a table per
/// firmware, and the cell quotes the v1.9 table's text.
const GUIDE_V2_0: &str = "the guide's v2.0 table (its v1.9 table: ";

/// Every reading of other-pages.tsv is one of the code's `other_readings`,
/// with its text verbatim, its page named as the file names it, and its
/// firmware where the file gives one; and the catalog has no reading the file
/// does not give. The message stays the error-code page's.
#[test]
fn viewtron_other_readings_match_the_other_pages() {
    let Some(dir) = sources_dir("viewtron_other_readings_match_the_other_pages") else {
        return;
    };
    let (page, _) = viewtron_page(&dir);
    // (code, text, firmware) -> page cell, file:line
    let mut expected: BTreeMap<(i32, String, Vec<&str>), (String, String)> = BTreeMap::new();
    for row in read_tsv(&dir, VIEWTRON_OTHER_PAGES, &["code", "meaning", "page"]) {
        let (code, cell) = (row.code(), row.get("page").to_owned());
        let mut add = |text: &str, firmware: Vec<&'static str>| {
            let key = (code, text.to_owned(), firmware);
            let first = expected.insert(key, (cell.clone(), row.at.clone()));
            assert!(first.is_none(), "{}: the same reading twice", row.at);
        };
        match cell.strip_prefix(GUIDE_V2_0) {
            Some(v1_9) => {
                add(row.get("meaning"), vec!["v2.0"]);
                add(
                    v1_9.strip_suffix(')').expect("a closing parenthesis"),
                    vec!["v1.9"],
                );
            }
            None => add(row.get("meaning"), Vec::new()),
        }
    }
    // The success that carries a code: where its text is not the page's
    // message for 0, it is a reading of 0 from the page that shows it.
    let (text, cell, at) = viewtron_coded_success(&dir);
    if page[&0].message.as_deref() != Some(text.as_str()) {
        expected.insert((0, text, Vec::new()), (cell, at));
    }
    let mut actual = BTreeMap::new();
    for &error in ViewtronError::ALL {
        for reading in error.other_readings() {
            let key = (
                error.code(),
                reading.text.to_owned(),
                reading.applies_to.to_vec(),
            );
            assert!(
                actual.insert(key, *reading).is_none(),
                "{error:?}: a reading twice"
            );
        }
    }
    let expected_keys: Vec<_> = expected.keys().collect();
    let actual_keys: Vec<_> = actual.keys().collect();
    assert_eq!(
        actual_keys, expected_keys,
        "the catalog's readings against {VIEWTRON_OTHER_PAGES}"
    );

    for (key, (cell, at)) in &expected {
        let (code, text, _) = key;
        let reading = &actual[key];
        let error = ViewtronError::from_code(*code).expect("a reading of a known code");
        // An alternative reading, never a replacement.
        assert_eq!(
            Some(error.message()),
            page[code].message.as_deref(),
            "{at}: code {code}'s message stays the error-code page's"
        );
        assert_ne!(error.message(), text, "{at}: a reading that is the message");
        // The page: the file's name for it, cut into the title and what it is about.
        let title = reading.page.title;
        if cell.starts_with(GUIDE_V2_0) {
            assert!(
                title.contains("API guide"),
                "{at}: {title:?} is not the API guide"
            );
        } else {
            let (name, detail) = title.split_once(", ").unwrap_or((title, ""));
            assert!(
                cell.starts_with(name) && cell.contains(detail),
                "{at}: page {title:?} is not {cell:?}"
            );
        }
        if let Some(about) = reading.page.about {
            assert!(cell.contains(about), "{at}: {about:?} is not in {cell:?}");
        }
        // A kind only where the reading implies another.
        assert_ne!(
            reading.kind,
            Some(error.kind()),
            "{at}: a reading's kind repeats the code's"
        );
    }
    let pages: BTreeSet<&str> = actual.values().map(|r| r.page.id).collect();
    let declared: BTreeSet<&str> = errcat::System::Viewtron
        .pages()
        .iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(
        pages, declared,
        "every page declared is read, and only those"
    );
}

// ---------------------------------------------------------------------------
// Neuron: the HTTP status the server sends
// ---------------------------------------------------------------------------

const NEURON_HTTP_STATUS: &str = "neuron/http-status.tsv";

/// `wire_http_status` is the file's status for each code it lists, and 200
/// for every other code: the plugin codes 10000..=20000 and whatever the
/// server's switch does not name (the sources' README, "The wire").
#[test]
fn neuron_wire_http_status_matches_the_server() {
    let Some(dir) = sources_dir("neuron_wire_http_status_matches_the_server") else {
        return;
    };
    let mut listed = BTreeMap::new();
    for row in read_tsv(&dir, NEURON_HTTP_STATUS, &["code", "symbol", "http_status"]) {
        let code = row.code();
        let status: u16 = row
            .get("http_status")
            .parse()
            .unwrap_or_else(|e| panic!("{}: http_status: {e}", row.at));
        let error = NeuronError::from_code(code)
            .unwrap_or_else(|| panic!("{}: {code} is not in the catalog", row.at));
        assert_eq!(
            error.upstream_symbol(),
            Some(row.get("symbol")),
            "{}: the symbol of {code}",
            row.at
        );
        assert!(
            listed.insert(code, status).is_none(),
            "{}: {code} twice",
            row.at
        );
    }
    assert_eq!(
        listed.len(),
        120,
        "{NEURON_HTTP_STATUS}: the README counts 120 codes"
    );
    for &error in NeuronError::ALL {
        let expected = listed.get(&error.code()).copied().unwrap_or(200);
        assert_eq!(
            error.wire_http_status(),
            Some(expected),
            "neuron {} ({}): wire_http_status",
            error.code(),
            error.name()
        );
        assert_eq!(errcat::Code::from(error).wire_http_status(), Some(expected));
    }
    for unknown in [1, 9999, 10000, 15000, 30000, 123456, -1] {
        let code = errcat::Code::<NeuronError>::from(unknown);
        assert_eq!(code.known(), None, "{unknown} is not a catalog code");
        assert_eq!(
            code.wire_http_status(),
            Some(200),
            "{unknown}: the rule for codes not listed"
        );
    }
}

// ---------------------------------------------------------------------------
// OPC Data Access
// ---------------------------------------------------------------------------

const OPCDA_CODES: &str = "opcda/opcerror.tsv";
const OPCDA_DA2: &str = "opcda/da2-wording.tsv";

/// The symbol's prefix up to its severity letter: `OPC_E_`, `OPCCPX_S_`.
fn opcda_prefix<'a>(symbol: &'a str, at: &str) -> &'a str {
    let end = ["_E_", "_S_"]
        .iter()
        .find_map(|mark| symbol.find(mark).map(|i| i + mark.len()))
        .unwrap_or_else(|| panic!("{at}: {symbol} has no _E_ or _S_"));
    &symbol[..end]
}

/// Every row of opcerror.tsv is a code: the `int32` column, its HRESULT's 32
/// bits (the tool shows them as the `hresult_hex` column), the header's
/// message and symbol; `severity` decides success (the README: an `OPC_S_`
/// code means the call succeeded with a remark, so its kind says so), and
/// agrees with the HRESULT's severity bits and the symbol; the category is
/// the symbol's prefix. No other system defines any of these codes.
#[test]
fn opcda_matches_the_sources() {
    let Some(dir) = sources_dir("opcda_matches_the_sources") else {
        return;
    };
    let rows = read_tsv(
        &dir,
        OPCDA_CODES,
        &["symbol", "hresult_hex", "int32", "severity", "message"],
    );
    let mut sources = Sources::new();
    for row in &rows {
        let code = parse_code(row.get("int32"), &row.at);
        let mut source = Source::published(&row.at, row.get("message"), Provenance::VendorPage);
        source.symbol = Some(row.get("symbol").to_string());
        insert_new(&mut sources, code, source);
    }
    assert_eq!(
        sources.len(),
        28,
        "{OPCDA_CODES}: the README counts 28 codes"
    );
    assert_matches_sources::<OpcdaError>(&sources, OPCDA_CODES);
    assert!(
        errcat::System::Opcda.info().hex_codes,
        "HRESULTs are read in hex"
    );

    for row in &rows {
        let (at, symbol) = (&row.at, row.get("symbol"));
        let code = parse_code(row.get("int32"), at);
        let error = OpcdaError::from_code(code).expect("checked against the sources");
        let named = format!("opcda {code} ({})", error.name());
        // The HRESULT, as the header defines it and the tool writes it.
        let hex = row.get("hresult_hex");
        assert_eq!(hex, format!("0x{code:08X}"), "{at}: int32 and hresult_hex");
        assert_eq!(
            OpcdaError::from_symbol(symbol),
            Some(error),
            "{named}: from_symbol({symbol})"
        );
        let success = match row.get("severity") {
            "success" => true,
            "error" => false,
            other => panic!("{at}: unknown severity {other:?}"),
        };
        assert_eq!(error.is_success(), success, "{named}: success, per {at}");
        assert_eq!(
            error.kind() == Kind::OkWithRemark,
            success,
            "{named}: a success code succeeded with a remark, per {at}"
        );
        // The severity bits: 11 error (0xC...), 00 success (0x0...).
        let bits = (code as u32) >> 30;
        assert_eq!(
            bits,
            if success { 0b00 } else { 0b11 },
            "{at}: severity bits"
        );
        let prefix = opcda_prefix(symbol, at);
        assert_eq!(
            prefix.ends_with("_S_"),
            success,
            "{at}: {symbol} and severity"
        );
        let title = errcat::AnyError::from(error).category_title();
        assert!(
            title.starts_with(prefix),
            "{named}: category {title:?}, per the symbol {symbol}"
        );
        let systems: Vec<&str> = errcat::lookup_all(code).map(|e| e.system().id()).collect();
        assert_eq!(systems, ["opcda"], "{named}: another system defines it");
    }
}

/// The DA 2.0 wording of da2-wording.tsv is each code's one other reading,
/// from one declared page, with the same kind as the code; the message stays
/// opcerror.h's, and no other code has a reading.
#[test]
fn opcda_other_readings_are_the_da2_wording() {
    let Some(dir) = sources_dir("opcda_other_readings_are_the_da2_wording") else {
        return;
    };
    let mut expected: BTreeMap<OpcdaError, (String, String)> = BTreeMap::new();
    for row in read_tsv(&dir, OPCDA_DA2, &["symbol", "message_da2"]) {
        let symbol = row.get("symbol");
        let error = OpcdaError::from_symbol(symbol)
            .unwrap_or_else(|| panic!("{}: {symbol} is not in the catalog", row.at));
        let text = row.get("message_da2").to_string();
        let first = expected.insert(error, (text, row.at.clone()));
        assert!(first.is_none(), "{}: {symbol} twice", row.at);
    }
    assert_eq!(
        expected.len(),
        8,
        "{OPCDA_DA2}: the README counts eight codes"
    );
    let pages = errcat::System::Opcda.pages();
    assert_eq!(pages.len(), 1, "one other page: the DA 2.0 header");
    assert!(pages[0].title.contains("1.0A/2.0"), "{:?}", pages[0].title);
    for &error in OpcdaError::ALL {
        let readings = error.other_readings();
        let Some((text, at)) = expected.get(&error) else {
            assert!(
                readings.is_empty(),
                "{error:?}: a reading {OPCDA_DA2} lacks"
            );
            continue;
        };
        assert_eq!(readings.len(), 1, "{error:?}: one reading, per {at}");
        let reading = &readings[0];
        assert_eq!(&reading.text, text, "{error:?}: the reading, per {at}");
        assert_eq!(reading.page, &pages[0], "{error:?}: the page, per {at}");
        assert_eq!(
            reading.kind, None,
            "{error:?}: the same meaning, so the same kind"
        );
        assert!(reading.applies_to.is_empty(), "{error:?}: no scope");
        assert_ne!(error.message(), text, "{at}: a reading that is the message");
    }
}
