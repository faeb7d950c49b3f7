//! Every committed corpus file through the same checks as its fuzz target,
//! on stable and without libFuzzer, so that CI replays what fuzzing found.
//! The `catalog` target has no committed corpus; it replays the catalogs the
//! repository has instead (data/, codegen/tests/fixtures/ and tests/fixtures/).
//! The `catalog_names` target builds its catalogs from the input's bytes; it
//! runs on a fixed sweep of inputs.

use std::path::{Path, PathBuf};

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

fn replay(target: &str, run: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(target);
    let files = files(&dir);
    assert!(!files.is_empty(), "{}: an empty corpus", dir.display());
    for file in &files {
        let data = std::fs::read(file).expect("a readable corpus file");
        if let Err(panic) = std::panic::catch_unwind(|| run(&data)) {
            std::panic::resume_unwind(Box::new(format!(
                "{}: {:?}",
                file.display(),
                panic
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or(panic.downcast_ref::<&str>().copied())
            )));
        }
    }
}

#[test]
fn code_lookup() {
    replay("code_lookup", errcat_fuzz::code_lookup::run);
}

#[test]
fn name_parse() {
    replay("name_parse", errcat_fuzz::name_parse::run);
}

#[test]
fn serde_json() {
    replay("serde_json", errcat_fuzz::serde_json::run);
}

#[test]
fn neuron_reply() {
    replay("neuron_reply", errcat_fuzz::neuron_reply::run);
}

#[test]
fn viewtron_reply() {
    replay("viewtron_reply", errcat_fuzz::viewtron_reply::run);
}

#[test]
fn i4scada_reply() {
    replay("i4scada_reply", errcat_fuzz::i4scada_reply::run);
}

#[test]
fn superoffice_reply() {
    replay("superoffice_reply", errcat_fuzz::superoffice_reply::run);
}

#[test]
fn code_serde() {
    replay("code_serde", errcat_fuzz::code_serde::run);
}

#[test]
fn catalog_on_the_repository_catalogs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut count = 0;
    for dir in [
        "data",
        "codegen/tests/fixtures",
        "codegen/tests/fixtures/broken",
        "tests/fixtures/synthetic",
    ] {
        for file in files(&root.join(dir)) {
            if file.extension().is_some_and(|e| e == "toml") {
                errcat_fuzz::catalog::run(&std::fs::read(&file).expect("a catalog"));
                count += 1;
            }
        }
    }
    assert!(count >= 20, "only {count} catalogs");
}

/// 4,096 inputs of 24 bytes from a fixed xorshift sequence, and every input
/// of one repeated byte: catalogs with every kind of name collision, and
/// some without.
#[test]
fn catalog_names_on_a_sweep() {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut accepted = 0;
    for _ in 0..4096 {
        let input: Vec<u8> = (0..24).map(|_| next() as u8).collect();
        errcat_fuzz::catalog_names::run(&input);
        accepted += usize::from(errcat_fuzz::catalog_names::accepts(&input));
    }
    for byte in 0..=255u8 {
        errcat_fuzz::catalog_names::run(&[byte; 24]);
    }
    // The sweep reaches both sides: refusals and accepted catalogs.
    assert!(
        accepted > 0 && accepted < 4096,
        "{accepted} of 4,096 accepted"
    );
}
