//! SuperOffice Service, the SOAP interface: [`SuperOfficeError`].
//!
//! Generated from `data/superoffice.toml`. Code 0 means success; the vendor's
//! symbolic names (`SoapErrorNoError`, ...) are the variants' upstream symbols.
//!
//! ```
//! use errcat::superoffice::SuperOfficeError;
//!
//! let error = SuperOfficeError::try_from(13_i32)?;
//! assert_eq!(error, SuperOfficeError::UnknownTicket);
//! assert_eq!(error.upstream_symbol(), Some("SoapErrorUnknownTicket"));
//! assert!(SuperOfficeError::try_from(0_i32)?.is_success());
//! # Ok::<(), errcat::UnknownCodeError>(())
//! ```

include!(concat!(env!("OUT_DIR"), "/superoffice.rs"));
