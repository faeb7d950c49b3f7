//! The generator's output, held against golden files: `tests/fixtures/golden.rs`
//! for a catalog that uses every feature of the schema, and the own-catalog
//! example's `golden/conveyor.rs` for `generate_for`'s options. errcat's own
//! tests compile and run the golden output.
//!
//! To accept a change of the generated code:
//! `ERRCAT_BLESS=1 cargo test -p errcat-codegen --test golden`, then read the
//! diff of the golden files.

use errcat_codegen as codegen;

mod common;

use common::{fixture, read};
use std::path::Path;

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
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/own-catalog");
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

#[test]
fn a_range_expands_around_its_exceptions() {
    let catalog = codegen::frontend::parse("golden.toml", &read(&fixture("golden.toml")))
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
        codegen::frontend::parse("golden.toml", &catalog).expect("the reading is within scope");
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

/// The generated doc comments hold no code block made from catalog text.
#[test]
fn catalog_text_never_becomes_a_code_block() {
    let source = codegen::generate("hostile.toml", read(&fixture("hostile.toml")))
        .expect("the hostile catalog is valid");
    let mut in_example = false;
    for (number, line) in source.lines().enumerate() {
        let Some(doc) = line.trim_start().strip_prefix("///") else {
            continue;
        };
        let doc = doc.strip_prefix(' ').unwrap_or(doc);
        if doc.starts_with("```") {
            // The generator's own examples open and close with a bare fence.
            assert_eq!(
                doc,
                "```",
                "line {}: a fence from catalog text: {line}",
                number + 1
            );
            in_example = !in_example;
            continue;
        }
        if !in_example {
            assert!(
                !doc.starts_with("    "),
                "line {}: an indented code block from catalog text: {line}",
                number + 1
            );
            assert!(
                !line.contains('\r'),
                "line {}: a carriage return in a doc comment",
                number + 1
            );
        }
    }
    assert!(!in_example, "an example fence is left open");
}

/// The wire status in each code's record: its own, or the catalog's default
/// (also the module's `DEFAULT_WIRE_HTTP_STATUS`) for a code that names none.
#[test]
fn every_record_carries_its_wire_status_or_the_default() {
    let catalog = |first: &str, second: &str| {
        format!(
            "[system]\nid = \"wire\"\ntitle = \"T\"\nenum = \"WireError\"\n\
             category_enum = \"WireCategory\"\nsource = \"s\"\ndoc = \"d\"\nwire_http_status = 200\n\n\
             [[category]]\nname = \"C\"\ntitle = \"C\"\n\n\
             [[code]]\ncode = 1\nname = \"One\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Internal\"\n{first}\n\
             [[code]]\ncode = 2\nname = \"Two\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Internal\"\n{second}"
        )
    };
    // The module's default, and each row's status in variant order.
    let generated = |first: &str, second: &str| {
        let source = codegen::generate("wire.toml", catalog(first, second))
            .unwrap_or_else(|e| panic!("{e}"));
        let default = source
            .split("pub const DEFAULT_WIRE_HTTP_STATUS: u16 = ")
            .nth(1)
            .and_then(|rest| rest.split(';').next())
            .expect("the default")
            .to_string();
        let rows: Vec<String> = source
            .split("    Entry {\n")
            .skip(1)
            .map(|row| {
                let status = row
                    .split(".with_wire_http_status(")
                    .nth(1)
                    .expect("a status");
                status[..status.find(')').expect("its end")].to_string()
            })
            .collect();
        (default, rows)
    };
    let statuses = "wire_http_status = 500\n";
    let expect = |first: &str, second: &str| {
        (
            "200".to_string(),
            vec![first.to_string(), second.to_string()],
        )
    };
    assert_eq!(
        generated(statuses, "wire_http_status = 404\n"),
        expect("500", "404")
    );
    assert_eq!(generated("", statuses), expect("200", "500"));
    // A status equal to the default is the default.
    assert_eq!(
        generated("wire_http_status = 200\n", "wire_http_status = 200\n"),
        expect("200", "200")
    );
}

/// The cross-system layer for two catalogs (the golden one with a module doc
/// of its own and hand-written extras, the hostile one with neither) is the
/// golden `systems.rs`; each row carries its catalog's id, names, title and
/// code range.
#[test]
fn the_cross_system_layer_is_unchanged() {
    use codegen::systems::{ModuleSource, emit_systems};

    let mut rows = Vec::new();
    for (name, source) in [
        (
            "golden.toml",
            ModuleSource {
                doc: Some("The golden system's own page.\n\nSee [`GoldenError`].".into()),
                extras: true,
            },
        ),
        ("hostile.toml", ModuleSource::default()),
    ] {
        let file = format!("tests/fixtures/{name}");
        let (_, row) =
            codegen::generate_system(&file, read(&fixture(name))).unwrap_or_else(|e| panic!("{e}"));
        rows.push((row, source));
    }
    let golden = &rows[0].0;
    assert_eq!(
        (
            golden.id.as_str(),
            golden.variant.as_str(),
            golden.enum_name.as_str()
        ),
        ("golden", "Golden", "GoldenError")
    );
    assert_eq!(golden.category_enum, "GoldenCategory");
    assert_eq!(golden.title, "Golden Test System");
    assert_eq!(rows[1].0.codes, (i32::MIN, i32::MAX));
    let codes = codegen::frontend::parse("golden.toml", &read(&fixture("golden.toml")))
        .expect("valid")
        .entries
        .iter()
        .map(|e| e.code)
        .collect::<Vec<_>>();
    assert_eq!(
        golden.codes,
        (*codes.iter().min().unwrap(), *codes.iter().max().unwrap())
    );
    assert_ne!(
        golden.codes.0, codes[0],
        "the golden catalog is not in order"
    );
    assert_golden(
        &emit_systems(&rows),
        &fixture("systems.rs"),
        "tests/fixtures/golden.toml and hostile.toml",
    );
}

/// The vocabulary's rows, which catalogs are checked against and the
/// library's `Kind` and `Provenance` are defined from, are the golden
/// `vocabulary.txt`, one row a line: a change to a row is seen and reviewed.
#[test]
fn the_vocabulary_rows_are_unchanged() {
    use errcat_core::vocabulary::{KINDS, PROVENANCES};
    use std::fmt::Write as _;

    let mut rows = String::new();
    for kind in KINDS {
        writeln!(rows, "{kind:?}").unwrap();
    }
    for provenance in PROVENANCES {
        writeln!(rows, "{provenance:?}").unwrap();
    }
    assert_golden(&rows, &fixture("vocabulary.txt"), "core/src/vocabulary.rs");
    assert_eq!(rows.lines().count(), KINDS.len() + PROVENANCES.len());
}

/// A catalog whose only symbols are former ones still gets the symbol
/// accessors, and the code's record holds the former symbols (which the
/// `ErrorCode` methods read).
#[test]
fn former_symbols_alone_give_the_symbol_accessors_and_the_record() {
    let catalog = "[system]\nid = \"x\"\ntitle = \"X\"\nenum = \"XError\"\n\
        category_enum = \"XCategory\"\nsource = \"s\"\ndoc = \"d\"\n\n\
        [[category]]\nname = \"C\"\ntitle = \"C\"\n\n\
        [[code]]\ncode = 1\nname = \"One\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Internal\"\n\
        former_symbols = [\"X_OLD\"]\n";
    let source = codegen::generate("x.toml", catalog).unwrap_or_else(|e| panic!("{e}"));
    assert!(source.contains("    accessors: [symbols],\n"), "{source}");
    assert!(
        source.contains("/// assert_eq!(XError::from_symbol(\"X_OLD\"), Some(XError::One));\n"),
        "{source}"
    );
    assert!(
        source.contains("        .with_former_symbols(&[\"X_OLD\"]),\n"),
        "{source}"
    );
}

/// The examples that show a lookup failing ask for a code, a name and a
/// symbol the catalog does not have, whatever it has: a catalog that holds
/// `i32::MIN`, a variant `NoSuchName` and a symbol `NO_SUCH_SYMBOL` gets
/// other ones.
#[test]
fn the_failing_lookups_of_the_examples_ask_for_what_the_catalog_lacks() {
    let entry = |code: i64, name: &str, symbol: &str| {
        format!(
            "[[code]]\ncode = {code}\nname = \"{name}\"\nmessage = \"m\"\ncategory = \"C\"\n\
             kind = \"Internal\"\nsymbol = \"{symbol}\"\n\n"
        )
    };
    let mut catalog = "[system]\nid = \"x\"\ntitle = \"X\"\nenum = \"XError\"\n\
        category_enum = \"XCategory\"\nsource = \"s\"\ndoc = \"d\"\n\n\
        [[category]]\nname = \"C\"\ntitle = \"C\"\n\n"
        .to_string();
    catalog.push_str(&entry(i64::from(i32::MIN), "NoSuchName", "NO_SUCH_SYMBOL"));
    catalog.push_str(&entry(
        i64::from(i32::MIN) + 1,
        "NoSuchName2",
        "NO_SUCH_SYMBOL2",
    ));
    catalog.push_str(&entry(i64::from(i32::MAX), "Highest", "NO_SUCH_SYMBOL4"));
    let source = codegen::generate("x.toml", &catalog).unwrap_or_else(|e| panic!("{e}"));
    for expected in [
        "/// assert_eq!(XError::from_code(-2147483646), None);\n",
        "/// assert_eq!(XError::from_name(\"NoSuchName3\"), None);\n",
        "/// assert_eq!(XError::from_symbol(\"NO_SUCH_SYMBOL3\"), None);\n",
    ] {
        assert!(source.contains(expected), "no {expected:?} in:\n{source}");
    }
}

/// A catalog of `count` codes spread evenly across the whole `i32` range.
fn spread_catalog(count: i64) -> String {
    let mut text = "[system]\nid = \"spread\"\ntitle = \"S\"\nenum = \"SpreadError\"\n\
        category_enum = \"SpreadCategory\"\nsource = \"s\"\ndoc = \"d\"\n\n\
        [[category]]\nname = \"C\"\ntitle = \"C\"\n\n"
        .to_string();
    let step = (1_i64 << 32) / count;
    for i in 0..count {
        let code = i64::from(i32::MIN) + i * step + i % 7;
        text.push_str(&format!(
            "[[code]]\ncode = {code}\nname = \"Code{i}\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Internal\"\n\n"
        ));
    }
    text
}

/// However far apart the codes lie, the generated module grows with their
/// number only: 4,096 codes spread across `i32` take four times the output
/// of 1,024, and less than 1,000 bytes a code (before, 1,024 codes gave
/// 57 MB).
#[test]
fn the_output_is_linear_in_the_codes_whatever_their_spread() {
    let generate = |count: i64| {
        codegen::generate("spread.toml", spread_catalog(count))
            .unwrap_or_else(|e| panic!("{e}"))
            .len()
    };
    let (small, large) = (generate(1024), generate(4096));
    eprintln!("spread across i32: 1,024 codes {small} bytes, 4,096 codes {large} bytes");
    assert!(large < 4096 * 1000, "{large} bytes for 4,096 codes");
    let ratio = large as f64 / small as f64;
    assert!(
        (3.5..4.5).contains(&ratio),
        "4x the codes, {ratio:.2}x the output"
    );
}

/// `[system] hex_codes = true` makes the system's info say so; without it,
/// or with `false`, the info is the plain `SystemInfo::new`.
#[test]
fn hex_codes_reach_the_system_info() {
    let catalog = |hex: &str| {
        format!(
            "[system]\nid = \"hex\"\ntitle = \"T\"\nenum = \"HexError\"\n\
             category_enum = \"HexCategory\"\nsource = \"s\"\ndoc = \"d\"\n{hex}\n\
             [[category]]\nname = \"C\"\ntitle = \"C\"\n\n\
             [[code]]\ncode = -1073479674\nname = \"One\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Internal\"\n\n\
             [[code]]\ncode = 262158\nname = \"Two\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"OkWithRemark\"\n"
        )
    };
    let info = |hex: &str| {
        let source = codegen::generate("hex.toml", catalog(hex)).unwrap_or_else(|e| panic!("{e}"));
        let line = source
            .lines()
            .find(|line| line.starts_with("const SYSTEM_INFO"))
            .expect("the system's info")
            .to_string();
        assert!(
            source.contains("entry.is_success()), (\"One\", false));"),
            "the first code fails"
        );
        line
    };
    let plain =
        "const SYSTEM_INFO: &::errcat::SystemInfo = &::errcat::SystemInfo::new(\"hex\", \"T\");";
    assert_eq!(info(""), plain);
    assert_eq!(info("hex_codes = false\n"), plain);
    assert_eq!(
        info("hex_codes = true\n"),
        plain.replace(");", ").with_hex_codes();")
    );
}
