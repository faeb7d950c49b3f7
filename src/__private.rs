//! What the generated code needs from the crate beyond its public API. Not
//! part of the API: it may change in any release.

pub use crate::error_code::Sealed;
pub use crate::name_hash::{first_slot, name_hash, name_tag};
#[cfg(feature = "serde")]
pub use crate::serde_support::deserialize;

use crate::{System, UnknownCodeError, UnknownNameError};

/// The error `TryFrom<i32>` returns.
#[must_use]
pub const fn unknown_code(system: System, code: i64) -> UnknownCodeError {
    UnknownCodeError::new(system, code)
}

/// The error `FromStr` returns.
#[inline]
#[must_use]
pub fn unknown_name(system: System, name: &str) -> UnknownNameError {
    UnknownNameError::new(system, name)
}
