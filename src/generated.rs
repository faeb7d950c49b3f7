//! What the code errcat-codegen writes calls, beyond errcat's other public
//! items: the lookup routines its tables are laid out for, and the serde
//! glue. errcat's own four enums use them, and so does an enum generated from
//! a crate's own catalog (see the README, "Your own catalog").
//!
//! They follow errcat's versioning like every public item, but they serve
//! generated code: call the generated enum's `from_code`, `from_name` and
//! `Deserialize` rather than these.
//!
//! ```
//! // A table of one page of four slots, holding codes 10 to 13.
//! let pages = [0];
//! assert_eq!(errcat::generated::code_slot(12, 10, 2, &pages), Some(2));
//! assert_eq!(errcat::generated::code_slot(9, 10, 2, &pages), None);
//! ```

pub use crate::lookup::{code_slot, find_name};

/// Deserializes a generated enum: from its integer code, its variant name, or
/// its code written as a decimal string (the policy of the crate docs,
/// "Serde"). The generated `Deserialize` impls call it.
#[cfg(feature = "serde")]
pub use crate::serde_support::deserialize;

/// The `serde` errcat implements its traits with (feature `serde`), named by
/// the generated `Serialize` and `Deserialize` impls, so that a crate with its
/// own catalog needs no direct serde dependency of a matching version.
#[cfg(feature = "serde")]
pub use serde;
