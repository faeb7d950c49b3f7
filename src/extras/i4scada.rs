//! i4scada: reading a WCF JSON reply (feature `json`).

#[cfg(feature = "json")]
mod reply;
#[cfg(feature = "json")]
pub(crate) use reply::CHECKER;
#[cfg(feature = "json")]
#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
pub use reply::{ReplyError, ResultCode, SignalResult, SignalsFailed, Success, check_reply};
