//! Reading a parsed TOML document (`toml`'s own spanned tree) into the
//! generator's raw structs, field by field: what a serde derive would do, with
//! the same words in its errors ("missing field", "unknown field", "invalid
//! type") and no serde on the build's path.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// A problem at a byte range of the catalog.
pub(crate) type Problem = (Range<usize>, String);

/// A TOML value with its place in the catalog.
pub(crate) type Value<'i> = Spanned<DeValue<'i>>;

/// The fields of one TOML table, taken one by one; [`Fields::finish`] refuses
/// any field nobody took.
pub(crate) struct Fields<'a, 'i> {
    table: &'a DeTable<'i>,
    span: Range<usize>,
    taken: Vec<&'static str>,
}

impl<'a, 'i> Fields<'a, 'i> {
    /// The fields of `value`, which must be a table.
    pub(crate) fn of(value: &'a Value<'i>) -> Result<Self, Problem> {
        match value.get_ref() {
            DeValue::Table(table) => Ok(Fields {
                table,
                span: value.span(),
                taken: Vec::new(),
            }),
            other => Err(invalid_type(value.span(), other, "a table")),
        }
    }

    /// The fields of a whole document.
    pub(crate) fn document(table: &'a Spanned<DeTable<'i>>) -> Self {
        Fields {
            table: table.get_ref(),
            span: table.span(),
            taken: Vec::new(),
        }
    }

    /// The value of `key`, if the table has it.
    pub(crate) fn get(&mut self, key: &'static str) -> Option<&'a Value<'i>> {
        self.taken.push(key);
        self.table.get(key)
    }

    /// The value of `key`, read by `read`; a missing key is an error.
    pub(crate) fn required<T>(
        &mut self,
        key: &'static str,
        read: impl FnOnce(&'a Value<'i>) -> Result<T, Problem>,
    ) -> Result<T, Problem> {
        match self.get(key) {
            Some(value) => read(value),
            None => Err((self.span.clone(), format!("missing field `{key}`"))),
        }
    }

    /// The value of `key`, read by `read`, or `None`.
    pub(crate) fn optional<T>(
        &mut self,
        key: &'static str,
        read: impl FnOnce(&'a Value<'i>) -> Result<T, Problem>,
    ) -> Result<Option<T>, Problem> {
        self.get(key).map(read).transpose()
    }

    /// Refuses the first field that was not taken, naming the ones the table
    /// may have.
    pub(crate) fn finish(self) -> Result<(), Problem> {
        // The first unknown field in the file, whatever order the map keeps.
        let unknown = self
            .table
            .keys()
            .filter(|key| !self.taken.contains(&key.get_ref().as_ref()))
            .min_by_key(|key| key.span().start);
        let Some(key) = unknown else {
            return Ok(());
        };
        let expected: Vec<String> = self.taken.iter().map(|k| format!("`{k}`")).collect();
        Err((
            key.span(),
            format!(
                "unknown field `{}`, expected one of {}",
                key.get_ref(),
                expected.join(", ")
            ),
        ))
    }
}

/// What serde calls a value of the wrong type: `integer `42``, `string "x"`.
fn unexpected(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(text) => format!("string {text:?}"),
        DeValue::Integer(integer) => format!("integer `{}`", integer_text(integer)),
        DeValue::Float(float) => format!("floating point `{}`", float.as_str()),
        DeValue::Boolean(flag) => format!("boolean `{flag}`"),
        DeValue::Datetime(datetime) => format!("datetime `{datetime}`"),
        DeValue::Array(_) => "sequence".to_string(),
        DeValue::Table(_) => "map".to_string(),
    }
}

fn integer_text(integer: &toml::de::DeInteger<'_>) -> String {
    match integer.radix() {
        10 => integer.as_str().to_string(),
        16 => format!("0x{}", integer.as_str()),
        8 => format!("0o{}", integer.as_str()),
        _ => format!("0b{}", integer.as_str()),
    }
}

fn invalid_type(span: Range<usize>, value: &DeValue<'_>, expected: &str) -> Problem {
    (
        span,
        format!("invalid type: {}, expected {expected}", unexpected(value)),
    )
}

/// A string, with its place.
pub(crate) fn string(value: &Value<'_>) -> Result<Spanned<String>, Problem> {
    match value.get_ref() {
        DeValue::String(text) => Ok(Spanned::new(value.span(), text.to_string())),
        other => Err(invalid_type(value.span(), other, "a string")),
    }
}

/// A string, its place dropped.
pub(crate) fn text(value: &Value<'_>) -> Result<String, Problem> {
    string(value).map(Spanned::into_inner)
}

/// A boolean.
pub(crate) fn boolean(value: &Value<'_>) -> Result<bool, Problem> {
    match value.get_ref() {
        DeValue::Boolean(flag) => Ok(*flag),
        other => Err(invalid_type(value.span(), other, "a boolean")),
    }
}

/// An integer that fits `T` (`type_name` names `T` in errors: `i32`, `u16`).
pub(crate) fn integer<T: TryFrom<i128>>(
    value: &Value<'_>,
    type_name: &str,
) -> Result<Spanned<T>, Problem> {
    let DeValue::Integer(integer) = value.get_ref() else {
        return Err(invalid_type(value.span(), value.get_ref(), type_name));
    };
    i128::from_str_radix(integer.as_str(), integer.radix())
        .ok()
        .and_then(|wide| T::try_from(wide).ok())
        .map(|number| Spanned::new(value.span(), number))
        .ok_or_else(|| {
            (
                value.span(),
                format!(
                    "invalid value: integer `{}`, expected {type_name}",
                    integer_text(integer)
                ),
            )
        })
}

/// An `i32`.
pub(crate) fn i32_value(value: &Value<'_>) -> Result<Spanned<i32>, Problem> {
    integer(value, "i32")
}

/// A `u16`.
pub(crate) fn u16_value(value: &Value<'_>) -> Result<Spanned<u16>, Problem> {
    integer(value, "u16")
}

/// An array, each element read by `read`.
pub(crate) fn array<'a, 'i, T>(
    value: &'a Value<'i>,
    mut read: impl FnMut(&'a Value<'i>) -> Result<T, Problem>,
) -> Result<Vec<T>, Problem> {
    match value.get_ref() {
        DeValue::Array(items) => items.iter().map(&mut read).collect(),
        other => Err(invalid_type(value.span(), other, "a sequence")),
    }
}

/// An array of strings, each with its place.
pub(crate) fn strings(value: &Value<'_>) -> Result<Vec<Spanned<String>>, Problem> {
    array(value, string)
}

/// An array of `i32`s, each with its place.
pub(crate) fn i32_values(value: &Value<'_>) -> Result<Vec<Spanned<i32>>, Problem> {
    array(value, i32_value)
}

/// A table of strings, with its place.
pub(crate) fn string_map(value: &Value<'_>) -> Result<Spanned<BTreeMap<String, String>>, Problem> {
    let DeValue::Table(table) = value.get_ref() else {
        return Err(invalid_type(value.span(), value.get_ref(), "a map"));
    };
    let mut map = BTreeMap::new();
    for (key, item) in table {
        map.insert(key.get_ref().to_string(), text(item)?);
    }
    Ok(Spanned::new(value.span(), map))
}

/// A table read by `read` from its fields, which must all be taken; with
/// its place.
pub(crate) fn table<'a, 'i, T>(
    value: &'a Value<'i>,
    read: impl FnOnce(&mut Fields<'a, 'i>) -> Result<T, Problem>,
) -> Result<Spanned<T>, Problem> {
    let mut fields = Fields::of(value)?;
    let read = read(&mut fields)?;
    fields.finish()?;
    Ok(Spanned::new(value.span(), read))
}
