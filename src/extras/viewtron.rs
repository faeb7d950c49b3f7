//! Viewtron: reading a reply (feature `xml`).

#[cfg(feature = "xml")]
mod reply;
#[cfg(feature = "xml")]
pub(crate) use reply::CHECKER;
#[cfg(feature = "xml")]
#[cfg_attr(docsrs, doc(cfg(feature = "xml")))]
pub use reply::{BatchFailure, BatchItem, Failure, MAX_ERROR_DESC, ReplyError, check_reply};
