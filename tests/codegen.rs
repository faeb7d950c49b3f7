//! The catalog generator, tested as ordinary code: its own unit tests (compiled
//! in through the module below), broken catalogs, a golden file, and the
//! golden output compiled and run.
//!
//! To accept a change of the generated code: `ERRCAT_BLESS=1 cargo test --test codegen`,
//! then read the diff of `tests/fixtures/golden.rs`.

mod support;

use errcat_codegen as codegen;

use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Each broken catalog, the line and column its error must point at, and
/// words its message must contain.
const BROKEN: &[(&str, usize, usize, &str)] = &[
    (
        "duplicate_code",
        21,
        8,
        "duplicate code 1: line 14 already defines it",
    ),
    (
        "duplicate_name",
        22,
        8,
        "duplicate variant name `Same`: line 15 already uses it",
    ),
    (
        "keyword_name",
        15,
        8,
        "variant name `Self` is a Rust keyword",
    ),
    (
        "not_an_identifier",
        15,
        8,
        "variant name `Not Valid` is not a valid name: it must be an ASCII capital letter",
    ),
    ("missing_message", 20, 1, "missing field `message`"),
    ("empty_message", 16, 11, "message is empty"),
    (
        "unknown_category",
        17,
        12,
        "unknown category `Genral`; declared categories: General",
    ),
    ("missing_kind", 13, 1, "missing field `kind`"),
    (
        "unknown_kind",
        18,
        8,
        "unknown kind `NotAKind`; a kind is one of: Ok, Cancelled, Unknown",
    ),
    (
        "overlapping_range",
        21,
        1,
        "range 105..=120 overlaps the range 100..=110",
    ),
    (
        "range_collides_with_code",
        20,
        1,
        "range 100..=110 contains code 105, which has its own entry earlier; list it in `except`",
    ),
    (
        "code_inside_range",
        22,
        8,
        "code 105 lies inside the range 100..=110; add it to that range's `except` list",
    ),
    (
        "except_without_entry",
        20,
        11,
        "`except` lists 107, but no [[code]] entry defines it",
    ),
    (
        "wrong_type",
        16,
        11,
        "invalid type: integer `42`, expected a string",
    ),
    (
        "unknown_key",
        19,
        1,
        "unknown field `descripton`, expected one of",
    ),
    ("success_is_not_a_field", 19, 1, "unknown field `success`"),
    ("empty", 1, 1, "the catalog is empty"),
    (
        "applies_to_without_scope",
        19,
        15,
        "is listed in applies_to, but the catalog has no [scope] table",
    ),
    (
        "bad_scope_accessor",
        11,
        12,
        "scope accessor `Firmware` must be a snake_case method name",
    ),
    (
        "bad_system_id",
        2,
        6,
        "system id `Broken-Id` must be lowercase ASCII letters and digits",
    ),
    (
        "category_declared_twice",
        14,
        8,
        "category `General` is declared twice",
    ),
    ("empty_scope_label", 20, 9, "scope label is empty"),
    (
        "enum_without_error_suffix",
        4,
        8,
        "enum name `Broken` must be the system's name followed by `Error`",
    ),
    (
        "except_outside_range",
        27,
        11,
        "`except` lists 50, which is outside the range 1..=3",
    ),
    (
        "http_status_out_of_range",
        8,
        20,
        "HTTP status 999 is not a status code: it must be 100 to 599",
    ),
    (
        "keyword_category",
        10,
        8,
        "category name `Self` is a Rust keyword",
    ),
    (
        "label_listed_twice",
        32,
        21,
        "`v1` is listed twice in applies_to",
    ),
    (
        "meaning_outside_applies_to",
        33,
        12,
        "`meanings` names `v2`, which is not in this entry's applies_to",
    ),
    (
        "meaning_unknown_label",
        33,
        12,
        "unknown scope label `v9`; declared labels: v1, v2",
    ),
    ("no_codes", 1, 1, "the catalog defines no codes"),
    (
        "range_name_without_code",
        16,
        8,
        "a range's name must contain `{code}`",
    ),
    (
        "range_over_the_limit",
        15,
        8,
        "range -2000000000..=2000000000 has more than 65534 codes, the most a catalog can have",
    ),
    (
        "reserved_name",
        15,
        8,
        "variant name `Error` is taken by a generated item",
    ),
    (
        "reversed_range",
        15,
        8,
        "range ends at 10, before it starts at 20",
    ),
    (
        "scope_label_declared_twice",
        20,
        9,
        "scope label `v1` is declared twice",
    ),
    (
        "scope_value_declared_twice",
        19,
        8,
        "scope value `V1` is declared twice",
    ),
    (
        "scope_without_values",
        10,
        8,
        "a [scope] needs at least one [[scope.value]]",
    ),
    (
        "symbol_not_identifier",
        19,
        10,
        "is not an identifier: it must be ASCII letters, digits and `_`",
    ),
    (
        "symbol_twice",
        27,
        10,
        "symbol `SAME` is given to two codes",
    ),
    ("too_many_codes", 21, 1, "a catalog can have at most 65534"),
    (
        "unknown_scope_label",
        32,
        15,
        "unknown scope label `v3`; declared labels: v1, v2",
    ),
    (
        "unknown_source",
        19,
        10,
        "unknown source `blog`; a source is one of: page, newer-docs",
    ),
    (
        "wire_status_without_default",
        19,
        20,
        "`wire_http_status` needs `wire_http_status` in [system]",
    ),
    (
        "page_declared_twice",
        31,
        6,
        "page `guide` is declared twice",
    ),
    (
        "page_never_read",
        27,
        6,
        "page `guide` is declared, but no code's `readings` names it",
    ),
    (
        "reading_unknown_page",
        36,
        22,
        "unknown page `manual`; declared [[page]] ids: guide",
    ),
    (
        "reading_outside_applies_to",
        37,
        68,
        "a reading's applies_to names `v2`, which is not in this entry's applies_to",
    ),
    (
        "reading_kind_repeats",
        36,
        58,
        "the reading's kind `NotFound` is the code's own",
    ),
    ("reading_unknown_kind", 36, 58, "unknown kind `Missing`"),
    (
        "two_readings_same_scope",
        39,
        5,
        "code 1 has two readings from page `guide` for the same scope",
    ),
    ("empty_reading_text", 36, 38, "a reading's text is empty"),
];

/// Every refusal the generator's own checks can give (`codegen/src/model.rs`),
/// by words of its message. Each must stand in the generator's source and be
/// given by at least one broken fixture; a refusal added to the generator
/// without a fixture here fails `every_refusal_has_a_fixture`.
const REFUSALS: &[&str] = &[
    "is a Rust keyword",
    "is not a valid name",
    "is not an identifier",
    "a catalog can have at most",
    "is empty",
    "is declared twice",
    "is listed twice in applies_to",
    "the catalog defines no codes",
    "unknown category",
    "unknown kind",
    "unknown source",
    "needs `wire_http_status` in [system]",
    "lies inside the range",
    "duplicate code",
    "is given to two codes",
    "which is not in this entry's applies_to",
    "before it starts at",
    "codes, the most a catalog can have",
    "a range's name must contain",
    "overlaps the range",
    "which has its own entry earlier",
    "which is outside the range",
    "but no [[code]] entry defines it",
    "is taken by a generated item",
    "duplicate variant name",
    "must be lowercase ASCII letters and digits",
    "must be the system's name followed by `Error`",
    "is not a status code",
    "must be a snake_case method name",
    "a [scope] needs at least one",
    "but the catalog has no [scope] table",
    "unknown scope label",
    "the catalog is empty",
    "is declared, but no code's `readings` names it",
    "unknown page",
    "a reading's applies_to names",
    "give a reading a kind only where it implies another",
    "has two readings from page",
];

#[test]
fn every_refusal_has_a_fixture() {
    // The generator's source is beside errcat in the repository; the
    // published crate gets the generator from the registry, and then only the
    // fixtures are checked.
    let model = Path::new(env!("CARGO_MANIFEST_DIR")).join("codegen/src/model.rs");
    let source = model.exists().then(|| read(&model));
    if let Some(source) = &source {
        // Each call of `problem(` is a refusal; the listed ones cover them all
        // (some messages come from more than one call, as "is declared twice").
        let calls = source.matches("problem(").count() - 1; // minus its definition
        assert_eq!(
            calls, 39,
            "codegen/src/model.rs refuses in {calls} places: list any new refusal in REFUSALS, with a fixture"
        );
    }
    // The generator's manual lists every refusal, by the same words.
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("codegen/SCHEMA.md");
    let schema = source.is_some().then(|| read(&schema));
    let mut missing = Vec::new();
    for refusal in REFUSALS {
        if let Some(source) = &source {
            assert!(
                source.contains(refusal),
                "REFUSALS: {refusal:?} is not in codegen/src/model.rs"
            );
        }
        if let Some(schema) = &schema {
            assert!(
                schema.contains(refusal),
                "codegen/SCHEMA.md, section Errors, does not list the refusal {refusal:?}"
            );
        }
        let covered = BROKEN.iter().any(|(name, ..)| {
            let file = format!("tests/fixtures/broken/{name}.toml");
            codegen::generate(&file, &read(&fixture(&format!("broken/{name}.toml"))))
                .err()
                .is_some_and(|e| e.problem.contains(refusal))
        });
        if !covered {
            missing.push(*refusal);
        }
    }
    assert!(
        missing.is_empty(),
        "refusals without a broken fixture: {missing:?}"
    );
}

#[test]
fn every_broken_catalog_names_file_line_and_problem() {
    let mut wrong = Vec::new();
    for &(name, line, column, words) in BROKEN {
        let file = format!("tests/fixtures/broken/{name}.toml");
        let text = read(&fixture(&format!("broken/{name}.toml")));
        let shown = match codegen::generate(&file, &text) {
            Ok(_) => format!("(accepted: no error at all) for {file}"),
            Err(error) => error.to_string(),
        };
        if !shown.starts_with(&format!("{file}:{line}:{column}: ")) || !shown.contains(words) {
            wrong.push(format!(
                "expected {file}:{line}:{column}: ...{words}...\n     got {shown}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_broken_fixture_is_listed() {
    let dir = fixture("broken");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .map(|path| {
            path.file_stem()
                .expect("a file name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = BROKEN.iter().map(|(name, ..)| name.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}

/// Each real catalog generates exactly the source the library was built from
/// (`$OUT_DIR/<id>.rs`, written by build.rs), and that source holds every
/// entry: its variant, its code and its message.
#[test]
fn the_real_catalogs_generate_what_the_library_compiles() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut stems: Vec<String> = std::fs::read_dir(&data)
        .expect("data/")
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".toml").map(str::to_owned)
        })
        .collect();
    stems.sort();
    let ids: Vec<&str> = errcat::System::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(stems, ids, "one System per catalog in data/, in order");
    for stem in &stems {
        let file = format!("data/{stem}.toml");
        let text = read(&data.join(format!("{stem}.toml")));
        let source = codegen::generate(&file, &text).unwrap_or_else(|e| panic!("{e}"));
        let built = read(&Path::new(env!("OUT_DIR")).join(format!("{stem}.rs")));
        assert!(
            source == built,
            "{file}: the generator's output differs from the library's"
        );
        let catalog = codegen::model::parse(&file, &text).expect("valid");
        for entry in &catalog.entries {
            let variant = format!("    {} = {},", entry.name, entry.code);
            assert!(source.contains(&variant), "{file}: no `{variant}`");
            let message = format!("message: {:?},", entry.message);
            assert!(source.contains(&message), "{file}: no `{message}`");
        }
    }
}

/// The library's `Kind` and `Provenance` are defined from the generator's
/// vocabulary rows: the same names, numbers, statuses, advice and keys.
#[test]
fn the_library_speaks_the_generator_vocabulary() {
    use codegen::vocabulary::{KINDS, SOURCES};

    let kinds: Vec<(&str, u8, u16, bool)> = errcat::Kind::ALL
        .iter()
        .map(|k| (k.name(), k.grpc_code(), k.http_status(), k.is_retryable()))
        .collect();
    let rows: Vec<(&str, u8, u16, bool)> = KINDS
        .iter()
        .map(|k| (k.name, k.grpc_code, k.http_status, k.retryable))
        .collect();
    assert_eq!(kinds, rows);
    let sources: Vec<(&str, &str, &str, bool)> = errcat::Provenance::ALL
        .iter()
        .map(|p| {
            (
                p.catalog_key(),
                p.name(),
                p.describe(),
                p.message_is_vendor_text(),
            )
        })
        .collect();
    let rows: Vec<(&str, &str, &str, bool)> = SOURCES
        .iter()
        .map(|s| (s.key, s.variant, s.describe, s.vendor_text))
        .collect();
    assert_eq!(sources, rows);
}

#[test]
fn a_range_expands_around_its_exceptions() {
    let catalog = codegen::model::parse("golden.toml", &read(&fixture("golden.toml")))
        .expect("golden.toml is valid");
    let ranged: Vec<(i32, &str)> = catalog
        .entries
        .iter()
        .filter(|e| (100..=104).contains(&e.code))
        .map(|e| (e.code, e.name.as_str()))
        .collect();
    assert_eq!(
        ranged,
        [
            (100, "Ranged100"),
            (101, "Ranged101"),
            (103, "Ranged103"),
            (104, "Ranged104"),
            (102, "Excepted")
        ]
    );
}

#[test]
fn a_reading_or_meaning_may_narrow_the_scope_of_a_code_that_applies_everywhere() {
    // Code -7 of the golden catalog has no applies_to: it applies on v1.9 and
    // v2.0 alike, so a reading or a meaning for v1.9 alone is within its scope.
    let golden = read(&fixture("golden.toml"));
    let catalog = golden.replacen(
        "symbol = \"GOLDEN_NEGATIVE\"\n",
        "symbol = \"GOLDEN_NEGATIVE\"\n\
         readings = [{ page = \"guide\", text = \"Old text\", applies_to = [\"v1.9\"] }]\n\
         meanings = { \"v1.9\" = \"negative on v1.9\" }\n",
        1,
    );
    assert_ne!(catalog, golden, "the fixture has code -7's symbol line");
    let parsed =
        codegen::model::parse("golden.toml", &catalog).expect("the reading is within scope");
    let negative = parsed
        .entries
        .iter()
        .find(|e| e.code == -7)
        .expect("code -7");
    assert!(negative.applies_to.is_empty());
    let reading = negative.readings.last().expect("the added reading");
    assert_eq!(reading.text, "Old text");
    assert_eq!(reading.applies_to.len(), 1);
    assert_eq!(negative.meanings.len(), 1);
    assert_eq!(negative.meanings[0].1, "negative on v1.9");
}

#[test]
fn errors_count_lines_and_characters_from_one() {
    let text = "[system]\nid = \"x\"\ntitle = \"é\"\nenum = 7\n";
    let error = codegen::generate("x.toml", text).expect_err("enum must be a string");
    assert_eq!((error.line, error.column), (4, 8), "{error}");
}

#[test]
fn golden_output_is_unchanged() {
    let text = read(&fixture("golden.toml"));
    let generated =
        codegen::generate("tests/fixtures/golden.toml", &text).unwrap_or_else(|e| panic!("{e}"));
    assert_golden(
        &generated,
        &fixture("golden.rs"),
        "tests/fixtures/golden.toml",
    );
}

/// The own-catalog example's output, as its build script generates it
/// (`Build`'s defaults: doctests import `own_catalog::conveyor`, serde behind
/// the feature `serde`), is the committed golden file; the example's own test
/// checks that its build wrote exactly this file.
#[test]
fn the_own_catalog_example_generates_its_golden_file() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/own-catalog");
    // The example is a crate of its own, which cargo leaves out of errcat's
    // package: the published crate's tests cannot see it.
    if !example.exists() && !Path::new(env!("CARGO_MANIFEST_DIR")).join(".git").exists() {
        return;
    }
    let text = read(&example.join("data/conveyor.toml"));
    let generated = codegen::generate_for(
        "data/conveyor.toml",
        &text,
        "own_catalog::conveyor",
        Some("serde"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_golden(
        &generated,
        &example.join("golden/conveyor.rs"),
        "examples/own-catalog/data/conveyor.toml",
    );
}

/// Checks `generated` against the golden file at `golden`; with
/// `ERRCAT_BLESS` set, writes it instead and fails, asking for a rerun.
fn assert_golden(generated: &str, golden: &Path, catalog: &str) {
    if std::env::var_os("ERRCAT_BLESS").is_some() {
        std::fs::write(golden, generated).expect("write the golden file");
        panic!(
            "blessed, rerun without ERRCAT_BLESS: wrote {} (review its diff)",
            golden.display()
        );
    }
    let expected = read(golden);
    if generated != expected {
        let line = generated
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || generated.lines().count().min(expected.lines().count()),
                |i| i + 1,
            );
        panic!(
            "the generator's output for {catalog} changed (first difference at line {line}); \
             if that is intended, rerun with ERRCAT_BLESS=1 and review the diff of {}",
            golden.display()
        );
    }
}

/// Compiles `tests/fixtures/golden.rs` against errcat in a scratch crate, runs
/// it, and checks that every variant prints its catalog message to the letter:
/// quotes, braces, backslashes, em dashes and non-ASCII letters included.
#[test]
fn golden_output_compiles_and_prints_messages_verbatim() {
    let catalog = codegen::model::parse("golden.toml", &read(&fixture("golden.toml")))
        .expect("golden.toml is valid");
    support::Scratch::new("golden-check", &read(&fixture("golden.rs")))
        .assert_prints_verbatim(&catalog);
}
