//! i4scada (WEBfactory / HMS), the InetPro web service: [`I4scadaError`].
//!
//! Generated from `data/i4scada.toml`. The general codes (-1 to -99) can come
//! from any web method; the method-specific ones (-4095 to -4082) say which
//! methods return them ([`I4scadaError::methods`]). Two documented messages
//! have no known number and are listed in [`UNNUMBERED`] instead of getting a
//! guessed code.
//!
//! ```
//! use errcat::i4scada::{I4scadaError, I4scadaMethod};
//!
//! let error = I4scadaError::try_from(-4095)?;
//! assert_eq!(error.to_string(), "User login failed");
//! assert_eq!(error.methods(), [I4scadaMethod::Login]);
//! # Ok::<(), errcat::UnknownCodeError>(())
//! ```

include!(concat!(env!("OUT_DIR"), "/i4scada.rs"));
