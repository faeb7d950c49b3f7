//! Deserializing any error enum from its code or its name (feature `serde`).

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Unexpected, Visitor};

use crate::ErrorCode;

/// Deserializes `E` from an integer code or a variant name; anything else, or
/// an unknown code or name, is an error that names the value.
pub fn deserialize<'de, D, E>(deserializer: D) -> Result<E, D::Error>
where
    D: de::Deserializer<'de>,
    E: ErrorCode,
{
    deserializer.deserialize_any(CodeOrName(PhantomData))
}

struct CodeOrName<E>(PhantomData<E>);

impl<E: ErrorCode> CodeOrName<E> {
    fn code<Er: de::Error>(value: i64) -> Result<E, Er> {
        i32::try_from(value)
            .ok()
            .and_then(E::from_code)
            .ok_or_else(|| {
                Er::invalid_value(Unexpected::Signed(value), &Expected::<E>(PhantomData))
            })
    }
}

/// What the error message says was expected.
struct Expected<E>(PhantomData<E>);

impl<E: ErrorCode> de::Expected for Expected<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} error code or variant name", E::SYSTEM.title())
    }
}

impl<'de, E: ErrorCode> Visitor<'de> for CodeOrName<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        de::Expected::fmt(&Expected::<E>(PhantomData), f)
    }

    fn visit_i64<Er: de::Error>(self, value: i64) -> Result<E, Er> {
        Self::code(value)
    }

    fn visit_u64<Er: de::Error>(self, value: u64) -> Result<E, Er> {
        match i64::try_from(value) {
            Ok(value) => Self::code(value),
            Err(_) => Err(Er::invalid_value(Unexpected::Unsigned(value), &self)),
        }
    }

    /// A variant name, or a code written as a string (XML attributes such as
    /// Viewtron's `errorCode="9"` reach serde as strings). No variant name is
    /// a number, so the two cannot be confused.
    fn visit_str<Er: de::Error>(self, text: &str) -> Result<E, Er> {
        if let Some(error) = E::from_name(text) {
            return Ok(error);
        }
        match text.trim().parse::<i64>() {
            Ok(code) => Self::code(code),
            Err(_) => Err(Er::invalid_value(Unexpected::Str(text), &self)),
        }
    }
}
