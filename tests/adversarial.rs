//! A catalog that once broke the build compiles and behaves: the generator's
//! hostile fixture (`codegen/tests/fixtures/hostile.toml`), whose every text
//! field holds a carriage return, a fenced or indented code block, HTML, links,
//! format braces or bidirectional controls, and whose codes and names are
//! those the examples once took to be absent (`i32::MIN`, `NoSuchName`),
//! compiles against errcat with its docs, passes its own doctests, and every
//! message prints verbatim. That the generator refuses what it cannot generate, and
//! keeps catalog text out of code blocks, is tested in `codegen/tests/`.

mod support;

use errcat_codegen as codegen;

/// Compiles the hostile catalog's output against errcat in a scratch crate,
/// with its docs, and runs it: every message prints to the letter.
#[test]
fn the_hostile_catalog_compiles_documents_and_prints_verbatim() {
    let Some(dir) = support::generator_fixtures() else {
        return;
    };
    let hostile = std::fs::read_to_string(dir.join("hostile.toml")).expect("hostile.toml");
    let catalog = codegen::frontend::parse("hostile.toml", &hostile).expect("valid");
    let source = codegen::generate("hostile.toml", &hostile).expect("valid");
    let scratch = support::Scratch::new("hostile-check", &source);
    scratch.assert_prints_verbatim(&catalog);
    let docs = scratch.cargo(&["doc", "--no-deps"]);
    assert!(
        docs.status.success(),
        "the hostile output's docs have warnings:\n{}",
        String::from_utf8_lossy(&docs.stderr)
    );
}

/// The hostile catalog's generated examples pass as a user's crate runs
/// them, though it holds `i32::MIN`, a variant `NoSuchName` and a symbol
/// `NO_SUCH_SYMBOL`, which the examples of a failing lookup once asked for.
#[test]
fn the_hostile_catalog_passes_its_own_doctests() {
    let Some(dir) = support::generator_fixtures() else {
        return;
    };
    let hostile = std::fs::read_to_string(dir.join("hostile.toml")).expect("hostile.toml");
    let source = codegen::generate_for(
        "hostile.toml",
        &hostile,
        "hostile_doctests::generated",
        Some("serde"),
    )
    .expect("valid");
    let scratch = support::Scratch::library("hostile-doctests", &source);
    let doctests = scratch.cargo(&["test", "--doc", "--all-features"]);
    assert!(
        doctests.status.success(),
        "the hostile catalog's doctests failed:\n{}{}",
        String::from_utf8_lossy(&doctests.stdout),
        String::from_utf8_lossy(&doctests.stderr)
    );
}
