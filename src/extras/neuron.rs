//! Neuron: reading a reply (feature `json`).

#[cfg(feature = "json")]
mod reply;
#[cfg(feature = "json")]
pub(crate) use reply::CHECKER;
#[cfg(feature = "json")]
#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
pub use reply::{ReplyError, check_reply};
