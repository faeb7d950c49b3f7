//! Generates one module per catalog in `data/`, and the cross-system layer
//! that lists them, with errcat's generator (the `errcat-codegen` crate in
//! `codegen/`; the schema is in codegen/SCHEMA.md).
//!
//! Every `data/*.toml` is a catalog; adding a system is adding its file.
//!
//! Which catalogs are built follows the cargo features: all of them with
//! `all-systems` (a default feature), else those whose id is an enabled
//! feature (`neuron`, ...). A catalog no feature names is built with
//! `all-systems`. Each built system is also a `cfg`, `errcat_system = "<id>"`,
//! which gates its hand-written items in `src/extras/`.

use std::path::Path;

use errcat_codegen::SystemRow;
use errcat_codegen::systems::{ModuleSource, emit_systems};

fn main() {
    let root = build_helper::cargo::manifest::dir();
    let data = root.join("data");
    let out_dir = build_helper::out_dir();
    build_helper::rerun_if_changed("build.rs");
    build_helper::rerun_if_changed("src/extras");
    // The folder itself: a catalog added or removed.
    build_helper::rerun_if_changed(&data);

    let mut stems: Vec<String> = match std::fs::read_dir(&data) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let name = entry.file_name().into_string().ok()?;
                name.strip_suffix(".toml").map(str::to_owned)
            })
            .collect(),
        Err(e) => fail(&format!("data: cannot list the catalogs: {e}")),
    };
    stems.sort();
    if stems.is_empty() {
        fail("data: no catalog (data/*.toml) found");
    }
    let values: Vec<String> = stems.iter().map(|stem| format!("{stem:?}")).collect();
    println!(
        "cargo::rustc-check-cfg=cfg(errcat_system, values({}))",
        values.join(", ")
    );
    println!("cargo::rustc-check-cfg=cfg(errcat_no_system, errcat_all_systems)");
    let found = stems.len();
    stems.retain(|stem| selected(stem));
    if stems.len() == found {
        println!("cargo::rustc-cfg=errcat_all_systems");
    }
    if stems.is_empty() {
        // No built-in catalog: `System` and `AnyError` have no variants.
        println!("cargo::rustc-cfg=errcat_no_system");
    }

    let mut rows: Vec<(SystemRow, ModuleSource)> = Vec::new();
    for stem in &stems {
        let file = format!("data/{stem}.toml");
        let path = data.join(format!("{stem}.toml"));
        build_helper::rerun_if_changed(&path);
        let bytes = std::fs::read(&path)
            .unwrap_or_else(|e| fail(&format!("{file}: cannot read the catalog: {e}")));
        let (source, row) =
            errcat_codegen::generate_system(&file, bytes).unwrap_or_else(|e| fail(&e.to_string()));
        if row.id != *stem {
            fail(&format!(
                "{file}: [system] id is `{}`, but a catalog's id must be its file name: rename the file to data/{}.toml or the id to `{stem}`",
                row.id, row.id
            ));
        }
        write(&out_dir.join(format!("{stem}.rs")), &source);
        println!("cargo::rustc-cfg=errcat_system={stem:?}");
        let doc_path = data.join(format!("{stem}.md"));
        build_helper::rerun_if_changed(&doc_path);
        let doc = match std::fs::read_to_string(&doc_path) {
            Ok(doc) => Some(doc),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => fail(&format!("data/{stem}.md: cannot read: {e}")),
        };
        let extras = root.join("src/extras").join(format!("{stem}.rs")).is_file();
        rows.push((row, ModuleSource { doc, extras }));
    }
    write(&out_dir.join("systems.rs"), &emit_systems(&rows));
}

fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        fail(&format!("cannot write {}: {e}", path.display()));
    }
}

/// Whether the features select the catalog `data/<stem>.toml`: all of them
/// with `all-systems`, else the one whose id is an enabled feature.
fn selected(stem: &str) -> bool {
    let feature = |name: &str| {
        let var = format!("CARGO_FEATURE_{}", name.to_uppercase().replace('-', "_"));
        std::env::var_os(var).is_some()
    };
    feature("all-systems") || feature(stem)
}

/// Stops the build with `message`, shown by cargo as the build script's error.
fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
