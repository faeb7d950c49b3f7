//! A crate with its own catalog: the conveyor line controller's codes, typed
//! by errcat's generator from `data/conveyor.toml`.
#![deny(missing_docs)]

/// The conveyor line controller's status codes, generated from
/// `data/conveyor.toml`.
pub mod conveyor {
    include!(concat!(env!("OUT_DIR"), "/conveyor.rs"));
}
