//! What errcat and its catalog generator (errcat-codegen) share, in one
//! crate both depend on, so that neither copies the other's text:
//!
//! - [`lookup`]: the routines the generated tables are laid out for and read
//!   with. The generator lays out and tests its tables with them; the library
//!   reads the tables with them (`errcat::generated` re-exports the two that
//!   generated code calls).
//! - [`vocabulary`]: the kinds and the provenances, as rows. The generator
//!   checks catalogs against [`KINDS`](vocabulary::KINDS) and
//!   [`PROVENANCES`](vocabulary::PROVENANCES); the library defines
//!   `errcat::Kind` and `errcat::Provenance` from
//!   [`for_each_kind!`] and [`for_each_provenance!`], the macros those
//!   constants are built from.
//!
//! It is `no_std` and has no dependencies. Depend on `errcat` (and on
//! `errcat-codegen` for a catalog of your own) rather than on this crate: its
//! items follow errcat's versioning, for the errcat and errcat-codegen of the
//! same version.
//!
//! ```
//! use errcat_core::{lookup, vocabulary};
//!
//! // A code table of one page of four slots, holding codes 10 to 13.
//! assert_eq!(lookup::code_slot(12, 10, 2, &[0]), Some(2));
//! assert_eq!(vocabulary::kind_named("NotFound").map(|k| k.http_status), Some(404));
//! ```

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod lookup;
pub mod vocabulary;
