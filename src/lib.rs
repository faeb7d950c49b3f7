//! Typed error codes for four industrial and business systems.
//!
//! Integrators who talk to these systems get raw integer codes back. errcat
//! turns them into enums you can `match` on, with the vendor's message as
//! `Display` and the metadata a person needs to act on the error:
//!
//! | module | system | codes |
//! |---|---|---|
//! | [`i4scada`] | i4scada (WEBfactory / HMS) InetPro web service | -1 to -4095 |
//! | [`neuron`] | EMQ Neuron / NeuronEX HTTP and MQTT API | 0 and 1000 to 20206 |
//! | [`superoffice`] | SuperOffice Service SOAP interface | 0 to 35 |
//! | [`viewtron`] | Viewtron IP camera / NVR HTTP API | 0 to 207 |
//!
//! Every enum is generated at build time from a TOML catalog in `data/`; the
//! messages are the vendors' text, verbatim.
//!
//! # Example
//!
//! ```
//! use errcat::neuron::NeuronError;
//! use errcat::Kind;
//!
//! // A raw code from a Neuron HTTP response body: {"error": 2003}
//! let error = NeuronError::try_from(2003).expect("2003 is a Neuron code");
//! match error {
//!     NeuronError::NodeNotExist => println!("create the node first"),
//!     other if other.is_retryable() => println!("retry later: {other}"),
//!     other => println!("giving up: {other}"),
//! }
//! assert_eq!(error.to_string(), "Node does not exist");
//! assert_eq!(error.kind(), Kind::NotFound);
//!
//! // `?` in a function that returns the typed error.
//! // Code 0 (`NeuronError::Success`) is in the catalog too: it means success.
//! fn check(code: i32) -> Result<(), NeuronError> {
//!     match NeuronError::from_code(code) {
//!         Some(error) if error.is_success() => Ok(()),
//!         Some(error) => Err(error),
//!         None => Err(NeuronError::CommonError),
//!     }
//! }
//! fn start_node(code: i32) -> Result<&'static str, NeuronError> {
//!     check(code)?;
//!     Ok("started")
//! }
//! assert_eq!(start_node(0), Ok("started"));
//! assert_eq!(start_node(1010), Err(NeuronError::Busy));
//!
//! // An unknown code is an error that keeps the code.
//! let unknown = NeuronError::try_from(1).unwrap_err();
//! assert_eq!(unknown.to_string(), "1 is not a known EMQ Neuron / NeuronEX error code");
//! ```
//!
//! Across systems, [`AnyError`], [`lookup`] and [`lookup_all`] work on any
//! system's codes, the [`ErrorCode`] trait lets generic code handle any of the
//! enums, and [`Kind`] gives every code one cross-vendor meaning (the gRPC
//! canonical status codes) with retry advice and an HTTP status.
//!
//! # Features
//!
//! - `std` (default): the standard library. Without it errcat is `no_std`; the
//!   errors still implement `core::error::Error`.
//! - `serde`: errors serialize as their integer code, the form the systems use
//!   on the wire, and deserialize from the code or the variant name.

#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod any;
mod code;
mod error;
mod kind;
mod name_hash;
mod provenance;
#[cfg(feature = "serde")]
mod serde_support;
mod system;

pub mod i4scada;
pub mod neuron;
pub mod superoffice;
pub mod viewtron;

#[doc(hidden)]
pub mod __private;

pub use any::{AnyError, lookup, lookup_all};
pub use code::ErrorCode;
pub use error::{UnknownCodeError, UnknownKindError, UnknownNameError, UnknownSystemError};
pub use kind::Kind;
pub use provenance::Provenance;
pub use system::System;

/// The README's example, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
