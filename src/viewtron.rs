//! Viewtron IP cameras and NVRs, the HTTP API: [`ViewtronError`].
//!
//! Generated from `data/viewtron.toml`. A failed request answers
//! `<config status="failed" errorCode="9" errorDesc="Unauthorized"/>`; the
//! `errorDesc` is the variant's `Display`. v1.9 firmware sends only the number.
//!
//! ```
//! use errcat::viewtron::{Firmware, ViewtronError};
//!
//! let error = ViewtronError::try_from(9_i32)?;
//! assert_eq!(error.to_string(), "Unauthorized");
//! assert_eq!(error.firmware(), [Firmware::V2_0]);
//! assert_eq!(
//!     ViewtronError::NetworkPortError.meaning_on(Firmware::V1_9),
//!     Some("network port number error")
//! );
//! # Ok::<(), errcat::UnknownCodeError>(())
//! ```

include!(concat!(env!("OUT_DIR"), "/viewtron.rs"));

#[cfg(feature = "xml")]
mod reply;
#[cfg(feature = "xml")]
#[cfg_attr(docsrs, doc(cfg(feature = "xml")))]
pub use reply::{Failure, MAX_ERROR_DESC, ReplyError, check_reply};
