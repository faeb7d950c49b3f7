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
    let rows: Vec<(&str, &str, &str, bool)> = SOURCES
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
    let catalog = codegen::model::parse("golden.toml", &read(&dir.join("golden.toml")))
        .expect("golden.toml is valid");
    support::Scratch::new("golden-check", &read(&dir.join("golden.rs")))
        .assert_prints_verbatim(&catalog);
}
