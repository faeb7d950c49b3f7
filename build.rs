//! Generates one module per catalog in `data/` (see `codegen/` and data/README.md).

mod codegen;

/// The catalogs, by file stem; each becomes `$OUT_DIR/<stem>.rs`.
const CATALOGS: [&str; 4] = ["i4scada", "neuron", "superoffice", "viewtron"];

fn main() {
    let data = build_helper::cargo::manifest::dir().join("data");
    let out_dir = build_helper::out_dir();
    build_helper::rerun_if_changed("build.rs");
    build_helper::rerun_if_changed("codegen");
    build_helper::rerun_if_changed("src/name_hash.rs");
    for stem in CATALOGS {
        let path = data.join(format!("{stem}.toml"));
        build_helper::rerun_if_changed(&path);
        let file = format!("data/{stem}.toml");
        let generated = std::fs::read_to_string(&path)
            .map_err(|e| format!("{file}: cannot read the catalog: {e}"))
            .and_then(|text| codegen::generate(&file, &text).map_err(|e| e.to_string()));
        match generated {
            Ok(source) => {
                let target = out_dir.join(format!("{stem}.rs"));
                if let Err(e) = std::fs::write(&target, source) {
                    fail(&format!("cannot write {}: {e}", target.display()));
                }
            }
            Err(message) => fail(&message),
        }
    }
}

/// Stops the build with `message`, shown by cargo as the build script's error.
fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
