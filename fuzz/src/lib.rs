//! The checks of errcat's fuzz targets, one module each, so that
//! `fuzz_targets/*.rs` (libFuzzer, nightly) and `tests/corpus.rs` (the
//! committed corpora replayed on stable, in CI) run the same code.

pub mod catalog;
pub mod catalog_names;
pub mod code_lookup;
pub mod code_serde;
pub mod i4scada_reply;
pub mod name_parse;
pub mod neuron_reply;
pub mod reply;
pub mod serde_json;
pub mod superoffice_reply;
pub mod viewtron_reply;
