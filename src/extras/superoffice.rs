//! SuperOffice: reading a SOAP response (feature `xml`).

#[cfg(feature = "xml")]
mod reply;
#[cfg(feature = "xml")]
pub(crate) use reply::CHECKER;
#[cfg(feature = "xml")]
#[cfg_attr(docsrs, doc(cfg(feature = "xml")))]
pub use reply::{Fault, MAX_FAULT_TEXT, ReplyError, check_reply};
