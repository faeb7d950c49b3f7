//! Hand-written items of some systems, beyond what their catalog generates.
//!
//! The build script re-exports `src/extras/<id>.rs`, where it exists, from the
//! system's module: `errcat::neuron::check_reply` is defined here.

pub(crate) mod neuron;
pub(crate) mod viewtron;
