//! Every catalog the generator cannot generate is refused with
//! `file:line:column: problem`: one broken fixture per refusal
//! (`tests/fixtures/broken/`), the refusals listed in `SCHEMA.md`, and the
//! catalogs that once panicked the generator or broke the build.

use errcat_codegen as codegen;

mod common;

use common::{fixture, read};
use std::path::Path;

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
        "unknown kind `NotAKind`; a kind is one of: Ok, OkWithRemark, Cancelled, Unknown",
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
        "system id `Broken-Id` must be a lowercase ASCII letter followed by lowercase ASCII letters and digits",
    ),
    (
        "category_enum_named_like_the_error_enum",
        5,
        17,
        "category enum name `BrokenError` is also the error enum's name: each generated type needs a name of its own",
    ),
    (
        "category_enum_named_like_a_generated_struct",
        5,
        17,
        "category enum name `Entry` is taken by a generated item (the generated module defines an item of that name)",
    ),
    (
        "category_enum_named_like_a_prelude_type",
        5,
        17,
        "category enum name `Option` is taken by a generated item (the generated code names Rust's item of that name without a path)",
    ),
    (
        "scope_enum_named_like_the_category_enum",
        10,
        8,
        "scope enum name `BrokenCategory` is also the category enum's name",
    ),
    (
        "scope_accessor_named_like_a_method",
        11,
        12,
        "scope accessor `message` is taken by a generated item (the error enum has a method of that name)",
    ),
    (
        "category_named_like_a_constant",
        23,
        8,
        "category name `ALL` is taken by a generated item (every generated enum has an associated item of that name)",
    ),
    (
        "scope_value_named_like_a_trait_item",
        19,
        8,
        "scope value name `COUNT` is taken by a generated item",
    ),
    (
        "system_id_starts_with_a_digit",
        2,
        6,
        "system id `9lives` must be a lowercase ASCII letter followed by",
    ),
    (
        "category_declared_twice",
        14,
        8,
        "category `General` is declared twice",
    ),
    ("empty_scope_label", 20, 9, "scope label is empty"),
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
        "hex_codes_not_a_boolean",
        8,
        13,
        "invalid type: string \"yes\", expected a boolean",
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

/// Every refusal the generator's own checks can give (`codegen/src/frontend/`),
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
    "each generated type needs a name of its own",
    "duplicate variant name",
    "a lowercase ASCII letter followed by lowercase ASCII letters and digits",
    "is not a status code",
    "a snake_case method name",
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

/// The text of every file of the front end, `src/frontend/**/*.rs`, less
/// their unit tests.
fn frontend_source() -> String {
    fn walk(dir: &Path, out: &mut String) {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
            .map(|entry| entry.expect("a directory entry").path())
            .collect();
        paths.sort();
        for path in paths {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = read(&path);
                out.push_str(text.split("#[cfg(test)]").next().unwrap_or_default());
            }
        }
    }
    let mut source = String::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/frontend"),
        &mut source,
    );
    source
}

#[test]
fn every_refusal_has_a_fixture() {
    let source = frontend_source();
    {
        // Each call of `problem(` is a refusal; the listed ones cover them all
        // (some messages come from more than one call, as "is declared twice").
        let calls = source.matches("problem(").count() - 1; // minus its definition
        assert_eq!(
            calls, 37,
            "src/frontend refuses in {calls} places: list any new refusal in REFUSALS, with a fixture"
        );
    }
    // The generator's manual lists every refusal, by the same words.
    let schema = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("SCHEMA.md"));
    let mut missing = Vec::new();
    for refusal in REFUSALS {
        assert!(
            source.contains(refusal),
            "REFUSALS: {refusal:?} is not in src/frontend"
        );
        assert!(
            schema.contains(refusal),
            "SCHEMA.md, section Errors, does not list the refusal {refusal:?}"
        );
        let covered = BROKEN.iter().any(|(name, ..)| {
            let file = format!("tests/fixtures/broken/{name}.toml");
            codegen::generate(&file, read(&fixture(&format!("broken/{name}.toml"))))
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

#[test]
fn errors_count_lines_and_characters_from_one() {
    let text = "[system]\nid = \"x\"\ntitle = \"é\"\nenum = 7\n";
    let error = codegen::generate("x.toml", text).expect_err("enum must be a string");
    assert_eq!((error.line, error.column), (4, 8), "{error}");
}

/// Refused catalogs: the lines after `[[code]]`, the line and column of the
/// error (in the whole text), and words of the problem.
const REFUSED: &[(&str, &str, usize, usize, &str)] = &[
    (
        "a variant named Error",
        "code = 1\nname = \"Error\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Unknown\"",
        15,
        8,
        "variant name `Error` is taken by a generated item",
    ),
    (
        "a variant named Err",
        "code = 1\nname = \"Err\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Unknown\"",
        15,
        8,
        "variant name `Err` is taken by a generated item",
    ),
    (
        "a symbol with a quote",
        "code = 1\nname = \"A\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Unknown\"\nsymbol = \"A\\\"B\"",
        19,
        10,
        "is not an identifier",
    ),
    (
        "a symbol with a space",
        "code = 1\nname = \"A\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Unknown\"\nsymbol = \"A B\"",
        19,
        10,
        "is not an identifier",
    ),
];

const HEADER: &str = "[system]\nid = \"refused\"\ntitle = \"T\"\nenum = \"RefusedError\"\n\
    category_enum = \"RefusedCategory\"\nsource = \"s\"\ndoc = \"d\"\n\n\
    [[category]]\nname = \"C\"\ntitle = \"C\"\n\n[[code]]\n";

#[test]
fn refusals_name_the_line_and_the_problem() {
    let mut wrong = Vec::new();
    for &(what, body, line, column, words) in REFUSED {
        let text = format!("{HEADER}{body}\n");
        let shown = match codegen::generate("refused.toml", &text) {
            Ok(_) => "(accepted)".to_string(),
            Err(error) => error.to_string(),
        };
        if !shown.starts_with(&format!("refused.toml:{line}:{column}: ")) || !shown.contains(words)
        {
            wrong.push(format!(
                "{what}: expected {line}:{column} ...{words}..., got {shown}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_range_over_the_whole_i32_is_refused_not_a_panic() {
    let text = format!(
        "{}[[range]]\nfirst = -2000000000\nlast = 2000000000\nname = \"R{{code}}\"\n\
         message = \"m\"\ncategory = \"C\"\nkind = \"Unknown\"\n",
        HEADER.trim_end_matches("[[code]]\n")
    );
    let error = codegen::generate("range.toml", &text).expect_err("too many codes");
    let shown = error.to_string();
    assert!(shown.starts_with("range.toml:15:8: "), "{shown}");
    assert!(shown.contains("more than 65534 codes"), "{shown}");
}

#[test]
fn more_codes_than_a_catalog_can_hold_are_refused_not_a_panic() {
    let mut text = HEADER.trim_end_matches("[[code]]\n").to_string();
    // Two ranges of 40,000 codes: each fits, together they do not.
    for (i, first) in [0, 100_000].into_iter().enumerate() {
        text.push_str(&format!(
            "[[range]]\nfirst = {first}\nlast = {}\nname = \"R{i}x{{code}}\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Unknown\"\n\n",
            first + 39_999
        ));
    }
    let shown = codegen::generate("many.toml", &text)
        .expect_err("80,000 codes")
        .to_string();
    assert!(shown.starts_with("many.toml:21:1: "), "{shown}");
    assert!(shown.contains("at most 65534"), "{shown}");
}

#[test]
fn a_catalog_that_is_not_utf8_is_refused_at_its_first_bad_byte() {
    let mut bytes = format!("{HEADER}code = 1\nname = \"A\"\nmessage = \"caf").into_bytes();
    // Latin-1 "é", as an editor saving in Windows-1252 writes it.
    bytes.extend_from_slice(b"\xe9\"\ncategory = \"C\"\nkind = \"Unknown\"\n");
    let shown = codegen::generate("latin1.toml", &bytes)
        .expect_err("not UTF-8")
        .to_string();
    assert!(shown.starts_with("latin1.toml:16:15: "), "{shown}");
    assert!(
        shown.contains("not UTF-8: byte 0xE9 at byte offset"),
        "{shown}"
    );
}

#[test]
fn a_refusal_quotes_a_value_cut_short_and_with_its_hidden_characters_escaped() {
    // A 1 MiB value where a category, a field name and a code belong: each
    // refusal quotes its first 64 characters and is a few hundred bytes.
    let long = "X".repeat(1 << 20);
    let cut = "X".repeat(64);
    let body = "code = 1\nname = \"A\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Unknown\"\n";
    let cases = [
        (
            body.replace("category = \"C\"", &format!("category = \"{long}\"")),
            300,
            format!("unknown category `{cut}…`"),
        ),
        (
            format!("{body}\"{long}\" = 1\n"),
            600,
            format!("unknown field `{cut}…`"),
        ),
        (
            body.replace("code = 1", &format!("code = \"{long}\"")),
            300,
            format!("invalid type: string \"{cut}\"…"),
        ),
    ];
    for (body, bound, quoted) in cases {
        let shown = codegen::generate("long.toml", format!("{HEADER}{body}"))
            .expect_err("refused")
            .to_string();
        assert!(shown.len() < bound, "{} bytes", shown.len());
        assert!(shown.contains(&quoted), "{shown}");
    }

    let text = format!(
        "{HEADER}code = 1\nname = \"A\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"\\u001b[2J\\u202eOk\"\n"
    );
    let shown = codegen::generate("hidden.toml", &text)
        .expect_err("no such kind")
        .to_string();
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{202e}'),
        "{shown:?}"
    );
    assert!(
        shown.contains("unknown kind `\\u{1b}[2J\\u{202e}Ok`"),
        "{shown}"
    );
}

#[test]
fn a_file_name_with_hidden_characters_is_shown_escaped() {
    let error = codegen::generate("a\u{1b}]0;x\u{7}.toml", "[system]\nid = 7\n").unwrap_err();
    assert_eq!(error.file, "a\\u{1b}]0;x\\u{7}.toml");
}
