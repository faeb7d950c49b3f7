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
//! errcat = "0.1"               # all the generated code needs
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
//! message, category, kind, retry advice, `http_status`, strum's traits, serde
//! behind the feature, and `errcat::ErrorCode`, so that `errcat::Code<AcmeError>`
//! keeps unknown codes), the category enum, the `BY_CODE` and `BY_NAME` phf
//! maps, and, where the catalog has them, the scope enum and `UNNUMBERED`.
//! Every public item is documented, and the enum has one example that runs as
//! your crate's doctest (one per catalog, not one per method); the output
//! passes `#![deny(missing_docs)]` and clippy.
//!
//! ## Options
//!
//! [`Build`] takes:
//! - [`out_file`](Build::out_file): the output's file name in `OUT_DIR`
//!   (default `<id>.rs`);
//! - [`module_path`](Build::module_path): the path the generated examples import
//!   the module by (default `<your_crate>::<id>`): set it where the module is
//!   included elsewhere;
//! - [`serde_feature`](Build::serde_feature): the feature that gates the serde
//!   impls (default `serde`), or none.
//!
//! The module's own documentation is the doc comment you write on `mod acme`;
//! the catalog's `[system] doc` documents the enum. The generated items are
//! `pub`, for a `pub mod`; in a private module (`mod acme`), the items your
//! crate does not use are dead code to rustc, so put `#[allow(dead_code)]` on
//! that module.
//!
//! A crate that does not declare the serde feature builds without the serde
//! impls and without a warning: [`Build`] declares the feature to rustc's
//! `check-cfg`.
//!
//! ## Errors
//!
//! A catalog the generator refuses stops the build with
//! `error: data/acme.toml:12:8: problem`: the file as given to [`Build::new`],
//! the line and column of the value at fault, and what is wrong. The
//! [`schema`] lists every problem. [`Build::generate`] returns the same as a
//! [`BuildError`] for a build script that wants to handle it.
//!
//! # Without a build script
//!
//! [`generate_for`] takes a catalog's text and gives the Rust source of its
//! module, or a [`CatalogError`]: what [`Build`] writes, for a tool that
//! wants the text itself. [`reserved`] lists the names the generated code
//! takes, which a catalog's names may not.
//!
//! ```
//! let catalog = r#"
//! [system]
//! id = "acme"
//! title = "Acme"
//! enum = "AcmeError"
//! category_enum = "AcmeCategory"
//! source = "an example"
//! doc = "An example."
//!
//! [[category]]
//! name = "General"
//! title = "General"
//!
//! [[code]]
//! code = 404
//! name = "NoSuchWidget"
//! message = "No such widget"
//! category = "General"
//! kind = "NotFound"
//! "#;
//! let source = errcat_codegen::generate_for("acme.toml", catalog, "my_crate::acme", Some("serde"))?;
//! assert!(source.contains("NoSuchWidget = 404,"));
//!
//! let error = errcat_codegen::generate_for("acme.toml", "[system]\nid = 7\n", "my_crate::acme", None)
//!     .unwrap_err();
//! assert_eq!((error.line, error.column), (2, 6));
//! # Ok::<(), errcat_codegen::CatalogError>(())
//! ```
//!
//! # errcat's own use
//!
//! errcat's `build.rs` calls the generator for every `data/*.toml`, and
//! errcat's tests and fuzz targets use it as a dependency; the items they
//! alone use are public for them and hidden from this page
//! (`#[doc(hidden)]`): they are not part of the generator's API. The
//! generator depends on `toml` (its parser only, without serde: the catalog is
//! read from `toml`'s spanned document tree, so no serde or proc-macro crate
//! is on a build's path for it), `phf_codegen` and `errcat-core`, which holds
//! what the generator shares with the library (the lookup routines the tables
//! are laid out for, the kinds and provenances catalogs may name), nothing
//! else.

#![deny(missing_docs)]

mod build;
mod generate;
pub mod reserved;
pub mod schema {
    #![doc = include_str!("../SCHEMA.md")]
}

pub use build::{Build, BuildError};
pub use frontend::CatalogError;
pub use generate::generate_for;
// errcat's own module of a catalog (its examples import `errcat::<id>`), for
// errcat's tests and fuzz targets; a crate's own catalog uses `Build` or
// `generate_for`.
#[doc(hidden)]
pub use generate::generate;

// The lookup routines the tables are laid out for, and the kinds and
// provenances catalogs are checked against: errcat-core's, shared with the
// library (`crate::lookup`, `crate::vocabulary` inside this crate).
use errcat_core::{lookup, vocabulary};

// The writer of a checked catalog's module, and the layout of its tables:
// used by `generate` and `Build` alone.
mod emit;
mod tables;
// The contract version the output states, for errcat's test that a module of
// another contract fails with one error.
#[doc(hidden)]
pub use emit::CONTRACT;

// What errcat's own build script, tests and fuzz targets use, and a user's
// build script does not: public for them (another crate can reach nothing
// else), hidden from the documentation, not part of the generator's API.
//
// The checked catalog, which errcat's tests read to compare the library with
// its catalogs.
#[doc(hidden)]
pub mod frontend;
// The cross-system layer of errcat's own systems (`for_each_system!` and one
// module per catalog), which errcat's build script writes.
#[doc(hidden)]
pub mod systems;
// A catalog's module together with its row of that layer, for errcat's build
// script.
#[doc(hidden)]
pub use generate::{SystemRow, generate_system};
