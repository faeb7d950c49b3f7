//! The generator as errcat uses it: the real catalogs generate the source the
//! library compiled, the library speaks the generator's vocabulary, and the
//! generator's golden output compiles against errcat and prints its messages
//! verbatim. The generator's own tests (refusals, golden files) are in
//! `codegen/tests/`.

mod support;

use errcat_codegen as codegen;

use std::path::Path;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Each real catalog generates exactly the source the library was built from
/// (`$OUT_DIR/<id>.rs`, written by build.rs), and that source holds every
/// entry: its variant, its code, and its record with its name and message.
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
        let catalog = codegen::frontend::parse(&file, &text).expect("valid");
        for entry in &catalog.entries {
            let variant = format!("    {} = {},", entry.name, entry.code);
            assert!(source.contains(&variant), "{file}: no `{variant}`");
            let record = format!(
                "CatalogEntry::new(\n            {:?},\n            {:?},",
                entry.name, entry.message
            );
            assert!(source.contains(&record), "{file}: no `{record}`");
        }
    }
}

/// The library's `Kind` and `Provenance` are defined from the vocabulary rows
/// the generator checks catalogs against (errcat-core's): the same names,
/// numbers, statuses, advice and keys, each in its place.
#[test]
fn the_library_speaks_the_generator_vocabulary() {
    use errcat_core::vocabulary::{KINDS, PROVENANCES};

    let kinds: Vec<(&str, i32, u16, bool)> = errcat::Kind::ALL
        .iter()
        .map(|k| (k.name(), k.grpc_code(), k.http_status(), k.is_retryable()))
        .collect();
    let rows: Vec<(&str, i32, u16, bool)> = KINDS
        .iter()
        .map(|k| (k.name, i32::from(k.grpc_code), k.http_status, k.retryable))
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
    let rows: Vec<(&str, &str, &str, bool)> = PROVENANCES
        .iter()
        .map(|s| (s.key, s.variant, s.describe, s.vendor_text))
        .collect();
    assert_eq!(sources, rows);
}

/// Compiles the generator's golden output (`codegen/tests/fixtures/golden.rs`)
/// against errcat in a scratch crate, runs it, and checks that every variant
/// prints its catalog message to the letter: quotes, braces, backslashes, em
/// dashes and non-ASCII letters included.
#[test]
fn golden_output_compiles_and_prints_messages_verbatim() {
    let Some(dir) = support::generator_fixtures() else {
        return;
    };
    let catalog = codegen::frontend::parse("golden.toml", &read(&dir.join("golden.toml")))
        .expect("golden.toml is valid");
    support::Scratch::new("golden-check", &read(&dir.join("golden.rs")))
        .assert_prints_verbatim(&catalog);
}

/// A module written for another contract than the one this errcat reads (an
/// errcat-codegen of another version) fails to build with one error, which
/// names both contracts and what to do; the generator states the contract
/// errcat reads.
#[test]
fn a_module_for_another_contract_fails_with_one_error_naming_both() {
    let Some(dir) = support::generator_fixtures() else {
        return;
    };
    let golden = read(&dir.join("golden.rs"));
    let ours = format!("\ncontract: {},\n", codegen::CONTRACT);
    assert!(
        golden.contains(&ours),
        "the golden output states contract {ours:?}"
    );
    let other = codegen::CONTRACT + 1;
    let source = golden.replace(&ours, &format!("\ncontract: {other},\n"));
    let output = support::Scratch::library("other-contract", &source).cargo(&["build"]);
    assert!(
        !output.status.success(),
        "a module for contract {other} built"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|line| line.starts_with("error") && !line.starts_with("error: could not compile"))
        .collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    let expected = format!(
        "error: this module was written by errcat-codegen for contract {other} of errcat's \
         generated code, and this errcat reads contract {}: depend on errcat and errcat-codegen \
         of the same version",
        codegen::CONTRACT
    );
    assert!(errors[0].starts_with(&expected), "{stderr}");
}

/// `text` without its comments and the contents of its string literals.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                out.push(' ');
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// The identifiers of `code` that start with `start` and are not reached
/// through a path, a field or a macro variable (`::X`, `.x`, `$x`).
fn bare_identifiers(
    code: &str,
    start: impl Fn(char) -> bool,
) -> std::collections::BTreeSet<String> {
    let mut found = std::collections::BTreeSet::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i] as char;
        if c.is_ascii_alphabetic() || c == '_' {
            let begin = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            let before = code[..begin].trim_end();
            let reached = before.ends_with("::") || before.ends_with('.') || before.ends_with('$');
            let word = &code[begin..i];
            if !reached && word.starts_with(&start) {
                found.insert(word.to_string());
            }
        } else {
            i += 1;
        }
    }
    found
}

/// The names `keyword NAME` introduces in `code` (`fn`, `const`, `type`, ...).
fn introduced(code: &str, keyword: &str) -> std::collections::BTreeSet<String> {
    code.split(&format!("{keyword} "))
        .skip(1)
        .filter_map(|rest| {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            (!name.is_empty() && name != "fn").then_some(name)
        })
        .collect()
}

/// Every name that the macros writing the generated items, the traits every
/// generated enum implements and the generator's golden output define or use
/// without a path is one the
/// generator keeps catalogs from taking (`errcat_codegen::reserved`), or one
/// the golden catalog gave: a new generated item joins the collision check
/// of catalog names, or this test fails.
#[test]
fn every_generated_name_is_reserved_from_catalogs() {
    use codegen::reserved::{
        ENUM_ITEMS, ERROR_ENUM_ITEMS, ERROR_ENUM_METHODS, MODULE_TYPES, MODULE_VALUES, PRELUDE,
    };
    let Some(dir) = support::generator_fixtures() else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let macros = code_only(&read(&root.join("src/generated.rs")));
    let trait_code = code_only(&read(&root.join("src/error_code.rs")))
        + &code_only(&read(&root.join("src/error_info.rs")));
    let golden = code_only(&read(&dir.join("golden.rs")));
    let catalog = codegen::frontend::parse("golden.toml", &read(&dir.join("golden.toml")))
        .expect("golden.toml is valid");

    let mut missing = Vec::new();
    for method in introduced(&macros, "fn")
        .into_iter()
        .chain(introduced(&trait_code, "fn"))
    {
        if !ERROR_ENUM_METHODS.contains(&method.as_str()) {
            missing.push(format!("method `{method}`: add it to ERROR_ENUM_METHODS"));
        }
    }
    let items = ["const", "type"].map(|k| {
        let mut names = introduced(&macros, k);
        names.extend(introduced(&trait_code, k));
        names
    });
    for item in items.into_iter().flatten() {
        let item = item.as_str();
        if ![&ENUM_ITEMS[..], &ERROR_ENUM_ITEMS, &MODULE_VALUES]
            .iter()
            .any(|list| list.contains(&item))
        {
            missing.push(format!(
                "associated item `{item}`: add it to ENUM_ITEMS or ERROR_ENUM_ITEMS"
            ));
        }
    }
    let mut given: Vec<&str> = vec![&catalog.system.enum_name, &catalog.system.category_enum];
    given.extend(catalog.scope.iter().map(|s| s.enum_name.as_str()));
    given.extend(catalog.entries.iter().map(|e| e.name.as_str()));
    given.extend(catalog.categories.iter().map(|c| c.name.as_str()));
    given.extend(
        catalog
            .scope
            .iter()
            .flat_map(|s| s.values.iter().map(|v| v.name.as_str())),
    );
    // Kinds and provenances are macro arguments the macros give a path.
    given.extend(errcat_core::vocabulary::KINDS.iter().map(|k| k.name));
    given.extend(
        errcat_core::vocabulary::PROVENANCES
            .iter()
            .map(|s| s.variant),
    );
    let known = |name: &str| {
        name == "Self"
            || MODULE_TYPES.contains(&name)
            || MODULE_VALUES.contains(&name)
            || PRELUDE.contains(&name)
            || ENUM_ITEMS.contains(&name)
            || ERROR_ENUM_ITEMS.contains(&name)
            || given.contains(&name)
    };
    let upper = |c: char| c.is_ascii_uppercase();
    for name in bare_identifiers(&macros, upper)
        .iter()
        .chain(&bare_identifiers(&golden, upper))
    {
        if !known(name) {
            missing.push(format!(
                "name `{name}`: add it to MODULE_TYPES, MODULE_VALUES or PRELUDE"
            ));
        }
    }
    assert!(
        missing.is_empty(),
        "not in errcat_codegen::reserved:\n{}",
        missing.join("\n")
    );
}
