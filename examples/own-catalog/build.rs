//! Generates `OUT_DIR/conveyor.rs` from `data/conveyor.toml`; a broken catalog
//! stops the build with `data/conveyor.toml:line:column: problem`.

fn main() {
    errcat_codegen::Build::new("data/conveyor.toml").compile();
}
