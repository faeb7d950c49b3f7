//! Generates one module per catalog in `data/`, and the cross-system layer
//! that lists them, with errcat's generator (the `errcat-codegen` crate in
//! `codegen/`; the schema is in codegen/SCHEMA.md).
//!
//! Every `data/*.toml` is a catalog; adding a system is adding its file.

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

/// Stops the build with `message`, shown by cargo as the build script's error.
fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
