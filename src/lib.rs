//! Typed error codes for five industrial and business systems.
//!
//! Integrators who talk to these systems get raw integer codes back. errcat
//! turns them into enums you can `match` on, with the vendor's message as
//! `Display` and the metadata a person needs to act on the error:
//!
//! | module | system | codes |
//! |---|---|---|
//! | [`i4scada`] | i4scada (WEBfactory / HMS) InetPro web service | -1 to -4095 |
//! | [`neuron`] | EMQ Neuron / NeuronEX HTTP and MQTT API | 0 and 1000 to 20206 |
//! | [`opcda`] | OPC Data Access (OPC Classic): the HRESULTs of `opcerror.h` | 0xC0040001 to 0xC004040A, 0x0004000D to 0x0004040B (as `i32`) |
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
//! use errcat::{Code, Kind};
//!
//! // A raw code from a Neuron HTTP response body: {"error": 2003}
//! let error = NeuronError::try_from(2003_i32).expect("2003 is a Neuron code");
//! match error {
//!     NeuronError::NodeNotExist => println!("create the node first"),
//!     other if other.is_retryable() => println!("retry later: {other}"),
//!     other => println!("giving up: {other}"),
//! }
//! assert_eq!(error.to_string(), "Node does not exist");
//! assert_eq!(error.kind(), Kind::NotFound);
//!
//! // From the wire: `Code` keeps every number, known or not, and
//! // `into_result` turns the success code (0, `NeuronError::Success`) into `Ok`.
//! fn start_node(reply_code: i32) -> Result<&'static str, Code<NeuronError>> {
//!     Code::from(reply_code).into_result()?;
//!     Ok("started")
//! }
//! assert_eq!(start_node(0), Ok("started"));
//! assert_eq!(start_node(1010), Err(Code::Known(NeuronError::Busy)));
//! let newer = start_node(123456).unwrap_err();
//! assert_eq!(newer.code(), 123456);
//! assert_eq!(newer.to_string(), "unknown EMQ Neuron / NeuronEX code 123456");
//!
//! // An unknown code is an error that keeps the code.
//! let unknown = NeuronError::try_from(1_i32).unwrap_err();
//! assert_eq!(unknown.to_string(), "1 is not a known EMQ Neuron / NeuronEX error code");
//! ```
//!
//! Across systems, [`AnyError`], [`lookup`] and [`lookup_all`] work on any
//! system's codes, the [`ErrorCode`] trait lets generic code handle any of the
//! enums, the object-safe [`ErrorInfo`] takes an enum, an [`AnyError`] and a
//! [`Code`] alike (`&dyn ErrorInfo`), and [`Kind`] gives every code one cross-vendor meaning (the gRPC
//! canonical status codes) with retry advice and an HTTP status.
//!
//! # Your own catalog
//!
//! The generator behind these enums is the crate `errcat-codegen`: with it,
//! a crate types any vendor's codes from a catalog of its own, in one line of
//! build script, and gets the same API, [`ErrorCode`] and [`Code`] included
//! (see the README, "Your own catalog", and `examples/own-catalog`).
//! [`System`], [`AnyError`] and [`lookup`] stay errcat's own.
//!
//! # Features
//!
//! - `all-systems` (default): every built-in system. Each is also a feature
//!   named by its id (`i4scada`, which brings `opcda`; `neuron`; `opcda`;
//!   `superoffice`; `viewtron`): with the default features off errcat
//!   compiles only the systems named, or none (a crate with only its own
//!   catalog), and [`System`], [`AnyError`], [`lookup`] and the reply checkers
//!   cover the systems built.
//! - `std` (default): the standard library. Without it errcat is `no_std`; the
//!   errors still implement `core::error::Error`.
//! - `serde`: serialization, under the policy below.
//! - `json`: [`neuron::check_reply`], which reads a Neuron reply body, and
//!   [`i4scada::check_reply`], which reads every form of i4scada's WCF
//!   `{"d": ...}` replies (serde_json; implies `std`).
//! - `xml`: [`viewtron::check_reply`], which reads a Viewtron XML reply, and
//!   [`superoffice::check_reply`], which reads a SuperOffice SOAP response's
//!   `errorCode` or a SOAP Fault (quick-xml; implies `std`).
//!
//! With either, [`reply`] gives every checker's verdict in one shape, for a
//! tool that reads any system's replies without naming one.
//! - `http`: both HTTP statuses as `http::StatusCode` (http 1.x; implies
//!   `std`): `http_status_code()` and `wire_http_status_code()` of
//!   [`ErrorInfo`] (every enum, [`Code`] and [`AnyError`]),
//!   `http_status_code()` on [`Kind`]. The gRPC status needs no feature:
//!   [`Kind::grpc_code`].
//!
//! # Serde
//!
//! - Every error enum and every [`Code`] serializes as its integer code, the
//!   form the systems use on the wire. An unknown code in a [`Code`] is written
//!   back unchanged.
//! - They deserialize from an integer, from the variant name (exact), or from
//!   the code written as a decimal string, as XML attributes such as
//!   Viewtron's `errorCode="9"` arrive. A decimal string is an optional `-`
//!   and ASCII digits, nothing else: `" 2003"`, `"2003 "`, `"+2003"` and
//!   `"0x7d3"` are refused.
//! - An error enum refuses a code its catalog does not define; a [`Code`]
//!   accepts every integer in `i32` range and refuses only what is outside it.
//! - [`Kind`] is its name (`"NotFound"`), [`System`] its id (`"neuron"`),
//!   [`AnyError`] `{"system": "neuron", "code": 2003}`; each reads what it writes.
//! - Every rejection quotes the value as given, a string cut to its first 64
//!   bytes and marked `…` where it was cut.

#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
// Without a built-in catalog (the default features off, no system named),
// `System` and `AnyError` have no variants: what takes one cannot be
// reached, and what it would be given goes unused.
#![cfg_attr(
    errcat_no_system,
    allow(unused, unreachable_code, unreachable_patterns)
)]
// With some of the catalogs, some of the reply seam's shared helpers serve no
// built checker; the build of every catalog (the default) uses them all, and
// is where dead code is found.
#![cfg_attr(not(errcat_all_systems), allow(dead_code))]

// The generated modules name the library `::errcat`, as a crate with its own
// catalog does; this makes the name resolve inside errcat too.
extern crate self as errcat;

// The cross-system layer the build script writes from `data/*.toml`: the
// `for_each_system!` macro (first, so that the modules below can use it) and
// one module per system.
include!(concat!(env!("OUT_DIR"), "/systems.rs"));

mod any;
mod catalog_entry;
mod code;
mod error;
mod error_code;
mod error_info;
mod extras;
#[doc(hidden)]
pub mod generated;
mod info;
mod kind;
#[cfg(any(feature = "json", feature = "xml"))]
mod malformed;
mod provenance;
#[cfg(any(feature = "json", feature = "xml"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "json", feature = "xml"))))]
pub mod reply;
#[cfg(feature = "serde")]
mod serde_support;
#[cfg(feature = "http")]
mod status_code;
mod strum_impls;
mod system;

pub use any::{AnyError, lookup, lookup_all};
pub use catalog_entry::CatalogEntry;
pub use code::Code;
pub use error::{
    UnknownCodeError, UnknownKindError, UnknownNameError, UnknownSystemError, WrongSystemError,
};
pub use error_code::ErrorCode;
pub use error_info::ErrorInfo;
pub use info::{CategoryInfo, PageInfo, Reading, ScopeInfo, SystemInfo, UnnumberedInfo};
pub use kind::Kind;
#[cfg(any(feature = "json", feature = "xml"))]
pub use malformed::MalformedReply;
pub use provenance::Provenance;
pub use system::System;

/// The `strum` that errcat's enums derive from, re-exported so that its traits
/// (`IntoEnumIterator`, `EnumCount`, ...) can be used without depending on a
/// matching strum version. The plain way to iterate variants needs no strum at
/// all: every enum has an `ALL` slice in catalog order.
///
/// ```
/// use errcat::strum::IntoEnumIterator as _;
/// use errcat::superoffice::SuperOfficeError;
///
/// assert_eq!(SuperOfficeError::iter().count(), SuperOfficeError::ALL.len());
/// ```
pub use strum;

/// The `phf` whose maps the generated `BY_CODE` and `BY_NAME` statics are,
/// re-exported so that their type can be named (and a crate's own generated
/// catalog built) without a matching phf dependency.
///
/// ```
/// let map: &errcat::phf::Map<i32, errcat::neuron::NeuronError> = &errcat::neuron::BY_CODE;
/// assert_eq!(map.get(&2003), Some(&errcat::neuron::NeuronError::NodeNotExist));
/// ```
pub use phf;

/// The README's example, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
