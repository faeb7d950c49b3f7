//! What the JSON checkers read the same way: member names and a reply that
//! is a string instead of an object.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Visitor};

use crate::error::Rejected;

/// The member names a checker tells apart, from a name; every other name is
/// one value of the type, and nothing is copied.
pub(crate) trait MemberName: Sized {
    /// The member `name` is.
    fn of(name: &str) -> Self;
}

/// A member name read as `K`.
pub(crate) struct Member<K>(pub(crate) K);

impl<'de, K: MemberName> de::Deserialize<'de> for Member<K> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(MemberVisitor(PhantomData))
    }
}

struct MemberVisitor<K>(PhantomData<K>);

impl<K: MemberName> Visitor<'_> for MemberVisitor<K> {
    type Value = Member<K>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Member<K>, E> {
        Ok(Member(K::of(name)))
    }
}

/// The problem of a reply that is a JSON string, not an object: the string
/// quoted, cut to 64 bytes.
pub(crate) fn not_an_object<E: de::Error>(text: &str) -> E {
    E::custom(format_args!(
        "the reply is the string {}, not a JSON object",
        Rejected::new(text)
    ))
}
