//! Deserializing error enums and [`Code`]s (feature `serde`).
//!
//! One visitor serves both: an integer is a code; a string is a variant name
//! or, under the strict policy of the crate docs, a decimal code (an optional
//! `-` and ASCII digits, nothing else: no sign `+`, no spaces). Every
//! rejection quotes what was given, cut to 64 bytes.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Visitor};

use crate::code::decimal;
use crate::error::Rejected;
use crate::{AnyError, Code, ErrorCode, System, UnknownCodeError};

/// What the visitor builds: an error enum (known codes only) or a [`Code`]
/// (any `i32`).
trait Target<E: ErrorCode>: Sized {
    /// What a rejection says was expected, after "expected ".
    fn expected(f: &mut fmt::Formatter<'_>) -> fmt::Result;
    /// The value for a raw code in `i32` range, or `None` if it is refused.
    fn from_code(code: i32) -> Option<Self>;
    /// The value for a known variant.
    fn from_known(error: E) -> Self;
}

impl<E: ErrorCode> Target<E> for E {
    fn expected(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let system = E::SYSTEM;
        write!(
            f,
            "{} {} error code or variant name",
            system.article(),
            system.title()
        )
    }
    fn from_code(code: i32) -> Option<Self> {
        E::from_code(code)
    }
    fn from_known(error: E) -> Self {
        error
    }
}

impl<E: ErrorCode> Target<E> for Code<E> {
    fn expected(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let system = E::SYSTEM;
        write!(
            f,
            "{} {} code (an i32) or variant name",
            system.article(),
            system.title()
        )
    }
    fn from_code(code: i32) -> Option<Self> {
        Some(Code::from(code))
    }
    fn from_known(error: E) -> Self {
        Code::Known(error)
    }
}

/// Deserializes an error enum (for the generated `Deserialize` impls).
pub fn deserialize<'de, D, E>(deserializer: D) -> Result<E, D::Error>
where
    D: de::Deserializer<'de>,
    E: ErrorCode,
{
    deserializer.deserialize_any(CodeOrName::<E, E>(PhantomData))
}

/// Deserializes a [`Code`].
pub fn deserialize_code<'de, D, E>(deserializer: D) -> Result<Code<E>, D::Error>
where
    D: de::Deserializer<'de>,
    E: ErrorCode,
{
    deserializer.deserialize_any(CodeOrName::<Code<E>, E>(PhantomData))
}

struct CodeOrName<T, E>(PhantomData<(T, E)>);

impl<T: Target<E>, E: ErrorCode> CodeOrName<T, E> {
    /// The value for an integer, or an error that names it.
    fn code<Er: de::Error, N: fmt::Display>(value: Option<i32>, shown: N) -> Result<T, Er> {
        value.and_then(T::from_code).ok_or_else(|| {
            Er::custom(format_args!(
                "invalid value: {shown}, expected {}",
                Expected::<T, E>(PhantomData)
            ))
        })
    }
}

/// What a rejection says was expected.
struct Expected<T, E>(PhantomData<(T, E)>);

impl<T: Target<E>, E: ErrorCode> fmt::Display for Expected<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        T::expected(f)
    }
}

/// `integer N` in a rejection.
struct Integer<N>(N);

impl<N: fmt::Display> fmt::Display for Integer<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "integer {}", self.0)
    }
}

/// `string "..."` in a rejection, cut to 64 bytes.
struct Text<'a>(&'a str);

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "string {}", Rejected::new(self.0))
    }
}

impl<'de, T: Target<E>, E: ErrorCode> Visitor<'de> for CodeOrName<T, E> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        T::expected(f)
    }

    fn visit_i64<Er: de::Error>(self, value: i64) -> Result<T, Er> {
        Self::code(i32::try_from(value).ok(), Integer(value))
    }

    fn visit_u64<Er: de::Error>(self, value: u64) -> Result<T, Er> {
        Self::code(i32::try_from(value).ok(), Integer(value))
    }

    fn visit_i128<Er: de::Error>(self, value: i128) -> Result<T, Er> {
        Self::code(i32::try_from(value).ok(), Integer(value))
    }

    fn visit_u128<Er: de::Error>(self, value: u128) -> Result<T, Er> {
        Self::code(i32::try_from(value).ok(), Integer(value))
    }

    /// A variant name, or a code written as a decimal string (XML attributes
    /// such as Viewtron's `errorCode="9"` reach serde as strings). No variant
    /// name is a number, so the two cannot be confused.
    fn visit_str<Er: de::Error>(self, text: &str) -> Result<T, Er> {
        if let Some(error) = E::from_name(text) {
            return Ok(T::from_known(error));
        }
        Self::code(decimal(text.as_bytes()).flatten(), Text(text))
    }

    fn visit_bytes<Er: de::Error>(self, bytes: &[u8]) -> Result<T, Er> {
        match core::str::from_utf8(bytes) {
            Ok(text) => self.visit_str(text),
            Err(_) => Err(Er::invalid_type(de::Unexpected::Bytes(bytes), &self)),
        }
    }
}

/// Deserializes a value named by a string (`Kind`, `System`): `lookup`
/// finds it; a rejection quotes the string, cut to 64 bytes.
pub fn deserialize_name<'de, D, T>(
    deserializer: D,
    expected: &'static str,
    lookup: fn(&str) -> Option<T>,
) -> Result<T, D::Error>
where
    D: de::Deserializer<'de>,
{
    deserializer.deserialize_str(Named { expected, lookup })
}

struct Named<T> {
    expected: &'static str,
    lookup: fn(&str) -> Option<T>,
}

impl<T> Visitor<'_> for Named<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expected)
    }

    fn visit_str<Er: de::Error>(self, text: &str) -> Result<T, Er> {
        (self.lookup)(text).ok_or_else(|| {
            Er::custom(format_args!(
                "invalid value: {}, expected {}",
                Text(text),
                self.expected
            ))
        })
    }
}

/// Deserializes an [`AnyError`] from `{"system": "neuron", "code": 2003}`
/// (the fields in either order; the code an integer or a decimal string).
pub fn deserialize_any_error<'de, D>(deserializer: D) -> Result<AnyError, D::Error>
where
    D: de::Deserializer<'de>,
{
    deserializer.deserialize_struct("AnyError", &["system", "code"], AnyErrorVisitor)
}

struct AnyErrorVisitor;

/// The field names of an `AnyError`.
enum Field {
    System,
    Code,
}

impl<'de> de::Deserialize<'de> for Field {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_name(deserializer, "`system` or `code`", |name| match name {
            "system" => Some(Field::System),
            "code" => Some(Field::Code),
            _ => None,
        })
    }
}

/// A code field: an integer, or a decimal string under the strict policy.
struct RawCode(i32);

impl<'de> de::Deserialize<'de> for RawCode {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RawCodeVisitor)
    }
}

struct RawCodeVisitor;

impl RawCodeVisitor {
    fn code<Er: de::Error, N: fmt::Display>(value: Option<i32>, shown: N) -> Result<RawCode, Er> {
        value.map(RawCode).ok_or_else(|| {
            Er::custom(format_args!(
                "invalid value: {shown}, expected a code in i32 range"
            ))
        })
    }
}

impl Visitor<'_> for RawCodeVisitor {
    type Value = RawCode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a code in i32 range, as an integer or a decimal string")
    }
    fn visit_i64<Er: de::Error>(self, value: i64) -> Result<RawCode, Er> {
        Self::code(i32::try_from(value).ok(), Integer(value))
    }
    fn visit_u64<Er: de::Error>(self, value: u64) -> Result<RawCode, Er> {
        Self::code(i32::try_from(value).ok(), Integer(value))
    }
    fn visit_str<Er: de::Error>(self, text: &str) -> Result<RawCode, Er> {
        Self::code(decimal(text.as_bytes()).flatten(), Text(text))
    }
}

impl<'de> Visitor<'de> for AnyErrorVisitor {
    type Value = AnyError;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(r#"an error as {"system": "<id>", "code": <code>}"#)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<AnyError, A::Error> {
        let mut system: Option<System> = None;
        let mut code: Option<i32> = None;
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::System if system.is_some() => {
                    return Err(de::Error::duplicate_field("system"));
                }
                Field::Code if code.is_some() => return Err(de::Error::duplicate_field("code")),
                Field::System => system = Some(map.next_value()?),
                Field::Code => code = Some(map.next_value::<RawCode>()?.0),
            }
        }
        let system = system.ok_or_else(|| de::Error::missing_field("system"))?;
        let code = code.ok_or_else(|| de::Error::missing_field("code"))?;
        AnyError::from_code(system, code).ok_or_else(|| {
            de::Error::custom(format_args!(
                "{}",
                UnknownCodeError::new(system.info(), code.into())
            ))
        })
    }
}
