//! errcat's catalog generator: TOML catalogs of error codes in, typed Rust
//! enums out.
//!
//! It generates errcat's own systems, and it generates yours: write a
//! vendor's codes in the catalog [`schema`], and a build script of one line
//! gives your crate an enum with the same API as errcat's built-in systems.
//!
//! # Your own catalog
//!
//! `Cargo.toml`:
//!
//! ```toml
//! [dependencies]
//! errcat = "0.1"
//! thiserror = "2"              # the generated enums derive thiserror::Error
//!
//! [build-dependencies]
//! errcat-codegen = "0.1"
//!
//! [features]
//! serde = ["errcat/serde"]     # the generated serde impls
//! ```
//!
//! `build.rs`, in full:
//!
//! ```no_run
//! # #[allow(clippy::needless_doctest_main)]
//! fn main() {
//!     errcat_codegen::Build::new("data/acme.toml").compile();
//! }
//! ```
//!
//! `src/lib.rs`, where the module goes:
//!
//! ```ignore
//! /// Acme's error codes.
//! pub mod acme {
//!     include!(concat!(env!("OUT_DIR"), "/acme.rs"));
//! }
//! ```
//!
//! The module holds the error enum (`AcmeError`: `TryFrom<i32>`,
//! `const fn from_code`, `from_name`/`FromStr`, `Display` as the vendor's
//! message, category, kind, retry advice, `http_status`, strum derives, serde
//! behind the feature, and `errcat::ErrorCode`, so that `errcat::Code<AcmeError>`
//! keeps unknown codes), the category enum, the `BY_CODE` and `BY_NAME` phf
//! maps, and, where the catalog has them, the scope enum and `UNNUMBERED`.
//! Every public item is documented, with examples that run as your crate's
//! doctests; the output passes `#![deny(missing_docs)]

mod build;
pub mod emit;
pub mod frontend;
mod generate;
pub mod schema {
    #![doc = include_str!("../SCHEMA.md")]
}
pub mod lookup;
pub mod reserved;
pub mod systems;
pub mod tables;
pub mod vocabulary;

pub use build::{Build, BuildError};
pub use frontend::CatalogError;
pub use generate::{SystemRow, generate, generate_for, generate_system};

/// The source of [`lookup`], the routines the generated tables are laid out
/// for and read with: the library compiles this text beside the generated
/// code, so that its lookups and the generator share one definition.
pub const LOOKUP_SOURCE: &str = include_str!("lookup.rs");
