//! errcat's catalog generator: one TOML catalog in, the Rust source of one
//! module out.
//!
//! This is ordinary Rust, kept apart from the crate it generates for: `build.rs`
//! includes it as a module, and so do `tests/codegen.rs` (its own tests run
//! there) and the fuzz target for catalogs. It depends on `serde`, `toml` and
//! `phf_codegen` only.

pub mod emit;
pub mod model;
#[path = "../src/name_hash.rs"]
pub mod name_hash;
pub mod tables;

pub use model::CatalogError;

/// Reads, checks and generates one catalog. `file` names it in errors and in
/// the generated header.
///
/// # Errors
/// A [`CatalogError`] naming the file, the line, the column and the problem.
pub fn generate(file: &str, text: &str) -> Result<String, CatalogError> {
    let catalog = model::parse(file, text)?;
    Ok(emit::emit(&catalog, file))
}
