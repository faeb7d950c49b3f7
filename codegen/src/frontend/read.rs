//! Reading a parsed TOML document (`toml`'s own spanned tree) into the
//! generator's raw structs, field by field: what a serde derive would do, with
//! the same words in its errors ("missing field", "unknown field", "invalid
//! type") and no serde on the build's path.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::error::{Problem, Quoted, cut};

/// A TOML value with its place in the catalog.
pub(super) type Value<'i> = Spanned<DeValue<'i>>;

/// The fields of one TOML table, taken one by one; [`Fields::finish`] refuses
/// any field nobody took.
pub(super) struct Fields<'a, 'i> {
    table: &'a DeTable<'i>,
    span: Range<usize>,
    taken: Vec<&'static str>,
}

impl<'a, 'i> Fields<'a, 'i> {
    /// The fields of `value`, which must be a table.
    pub(super) fn of(value: &'a Value<'i>) -> Result<Self, Problem> {
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
    pub(super) fn document(table: &'a Spanned<DeTable<'i>>) -> Self {
        Fields {
            table: table.get_ref(),
            span: table.span(),
            taken: Vec::new(),
        }
    }

    /// The value of `key`, if the table has it.
    pub(super) fn get(&mut self, key: &'static str) -> Option<&'a Value<'i>> {
        self.taken.push(key);
        self.table.get(key)
    }

    /// The value of `key`, read by `read`; a missing key is an error.
    pub(super) fn required<T>(
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
    pub(super) fn optional<T>(
        &mut self,
        key: &'static str,
        read: impl FnOnce(&'a Value<'i>) -> Result<T, Problem>,
    ) -> Result<Option<T>, Problem> {
        self.get(key).map(read).transpose()
    }

    /// Refuses the first field that was not taken, naming the ones the table
    /// may have.
    pub(super) fn finish(self) -> Result<(), Problem> {
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
                "unknown field {}, expected one of {}",
                Quoted(key.get_ref()),
                expected.join(", ")
            ),
        ))
    }
}

/// What serde calls a value of the wrong type: `integer `42``, `string "x"`;
/// a long string or number is cut as a refusal quotes any value.
fn unexpected(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(text) => {
            let (head, cut) = cut(text);
            format!("string {head:?}{}", if cut { "…" } else { "" })
        }
        DeValue::Integer(integer) => format!("integer {}", Quoted(&integer_text(integer))),
        DeValue::Float(float) => format!("floating point {}", Quoted(float.as_str())),
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
pub(super) fn string(value: &Value<'_>) -> Result<Spanned<String>, Problem> {
    match value.get_ref() {
        DeValue::String(text) => Ok(Spanned::new(value.span(), text.to_string())),
        other => Err(invalid_type(value.span(), other, "a string")),
    }
}

/// A string, its place dropped.
pub(super) fn text(value: &Value<'_>) -> Result<String, Problem> {
    string(value).map(Spanned::into_inner)
}

/// A boolean.
pub(super) fn boolean(value: &Value<'_>) -> Result<bool, Problem> {
    match value.get_ref() {
        DeValue::Boolean(flag) => Ok(*flag),
        other => Err(invalid_type(value.span(), other, "a boolean")),
    }
}

/// An integer that fits `T` (`type_name` names `T` in errors: `i32`, `u16`).
pub(super) fn integer<T: TryFrom<i128>>(
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
pub(super) fn i32_value(value: &Value<'_>) -> Result<Spanned<i32>, Problem> {
    integer(value, "i32")
}

/// A `u16`.
pub(super) fn u16_value(value: &Value<'_>) -> Result<Spanned<u16>, Problem> {
    integer(value, "u16")
}

/// An array, each element read by `read`.
pub(super) fn array<'a, 'i, T>(
    value: &'a Value<'i>,
    mut read: impl FnMut(&'a Value<'i>) -> Result<T, Problem>,
) -> Result<Vec<T>, Problem> {
    match value.get_ref() {
        DeValue::Array(items) => items.iter().map(&mut read).collect(),
        other => Err(invalid_type(value.span(), other, "a sequence")),
    }
}

/// An array of strings, each with its place.
pub(super) fn strings(value: &Value<'_>) -> Result<Vec<Spanned<String>>, Problem> {
    array(value, string)
}

/// An array of `i32`s, each with its place.
pub(super) fn i32_values(value: &Value<'_>) -> Result<Vec<Spanned<i32>>, Problem> {
    array(value, i32_value)
}

/// A table of strings, with its place.
pub(super) fn string_map(value: &Value<'_>) -> Result<Spanned<BTreeMap<String, String>>, Problem> {
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
pub(super) fn table<'a, 'i, T>(
    value: &'a Value<'i>,
    read: impl FnOnce(&mut Fields<'a, 'i>) -> Result<T, Problem>,
) -> Result<Spanned<T>, Problem> {
    let mut fields = Fields::of(value)?;
    let read = read(&mut fields)?;
    fields.finish()?;
    Ok(Spanned::new(value.span(), read))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value of `key` in a one-line document, read by `read`; the
    /// problem as `(start column, text)` (1-based, the document is one line).
    fn read_one<T>(
        line: &str,
        read: impl FnOnce(&Value<'_>) -> Result<T, Problem>,
    ) -> Result<T, (usize, String)> {
        let document = DeTable::parse(line).expect("valid TOML");
        let mut fields = Fields::document(&document);
        fields
            .required("x", read)
            .map_err(|(span, text)| (span.start + 1, text))
    }

    #[test]
    fn a_value_of_the_wrong_type_names_what_it_is_and_what_was_expected() {
        let cases: [(&str, &str); 8] = [
            ("x = 42", "invalid type: integer `42`, expected a string"),
            (
                "x = 0x2A",
                "invalid type: integer `0x2A`, expected a string",
            ),
            (
                "x = 0o17",
                "invalid type: integer `0o17`, expected a string",
            ),
            (
                "x = 0b101",
                "invalid type: integer `0b101`, expected a string",
            ),
            (
                "x = 1.5",
                "invalid type: floating point `1.5`, expected a string",
            ),
            (
                "x = true",
                "invalid type: boolean `true`, expected a string",
            ),
            ("x = [1]", "invalid type: sequence, expected a string"),
            ("x = { a = 1 }", "invalid type: map, expected a string"),
        ];
        for (line, words) in cases {
            assert_eq!(
                read_one(line, string),
                Err((5, words.to_string())),
                "{line}"
            );
        }
        let datetime = read_one("x = 1979-05-27", string).unwrap_err();
        assert_eq!(
            datetime.1,
            "invalid type: datetime `1979-05-27`, expected a string"
        );
        assert_eq!(
            read_one("x = 'no'", boolean),
            Err((5, "invalid type: string \"no\", expected a boolean".into()))
        );
        assert_eq!(
            read_one("x = 'no'", i32_value),
            Err((5, "invalid type: string \"no\", expected i32".into()))
        );
        assert_eq!(
            read_one("x = 'no'", strings),
            Err((5, "invalid type: string \"no\", expected a sequence".into()))
        );
        assert_eq!(
            read_one("x = 'no'", string_map),
            Err((5, "invalid type: string \"no\", expected a map".into()))
        );
        assert_eq!(
            read_one("x = 'no'", |v| table(v, |_| Ok(()))),
            Err((5, "invalid type: string \"no\", expected a table".into()))
        );
    }

    #[test]
    fn an_integer_must_fit_its_type() {
        assert_eq!(
            read_one("x = -2147483648", i32_value).map(Spanned::into_inner),
            Ok(i32::MIN)
        );
        assert_eq!(
            read_one("x = 0x7fff_ffff", i32_value).map(Spanned::into_inner),
            Ok(i32::MAX)
        );
        assert_eq!(
            read_one("x = 2147483648", i32_value),
            Err((
                5,
                "invalid value: integer `2147483648`, expected i32".into()
            ))
        );
        assert_eq!(
            read_one("x = 65535", u16_value).map(Spanned::into_inner),
            Ok(65535)
        );
        assert_eq!(
            read_one("x = -1", u16_value),
            Err((5, "invalid value: integer `-1`, expected u16".into()))
        );
        // Wider than any integer type: still an error, not a panic.
        assert!(read_one("x = 99999999999999999999999999999999999999999", i32_value).is_err());
        let list = read_one("x = [1, 2, 3]", i32_values).expect("three i32s");
        let spans: Vec<(usize, i32)> = list
            .iter()
            .map(|v| (v.span().start, *v.get_ref()))
            .collect();
        assert_eq!(spans, [(5, 1), (8, 2), (11, 3)]);
    }

    #[test]
    fn strings_lists_and_maps_keep_their_text_and_places() {
        let value = read_one("x = 'a\"b'", string).expect("a string");
        assert_eq!((value.span(), value.get_ref().as_str()), (4..9, "a\"b"));
        assert_eq!(read_one("x = true", boolean), Ok(true));
        assert_eq!(read_one("x = false", boolean), Ok(false));
        let list = read_one("x = ['p', 'q']", strings).expect("two strings");
        assert_eq!(
            list.iter()
                .map(|s| s.get_ref().as_str())
                .collect::<Vec<_>>(),
            ["p", "q"]
        );
        let map = read_one("x = { b = 'two', a = 'one' }", string_map).expect("a map");
        assert_eq!(map.span().start, 4);
        let pairs: Vec<(&str, &str)> = map
            .get_ref()
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(pairs, [("a", "one"), ("b", "two")]);
        assert_eq!(
            read_one("x = { a = 1 }", string_map),
            Err((11, "invalid type: integer `1`, expected a string".into()))
        );
    }

    #[test]
    fn a_table_refuses_the_first_field_nobody_took_and_lists_the_known_ones() {
        let document = DeTable::parse("[t]\nzeta = 1\nname = 'n'\nalpha = 2\n").expect("TOML");
        let mut fields = Fields::document(&document);
        let table_value = fields.get("t").expect("[t]");
        let error = table(table_value, |f| {
            f.required("name", string)?;
            f.optional("kind", string)
        })
        .map(|_| ())
        .unwrap_err();
        // `zeta` comes first in the file, though `alpha` sorts first.
        assert_eq!(error.0.start, 4);
        assert_eq!(
            error.1,
            "unknown field `zeta`, expected one of `name`, `kind`"
        );
        assert!(
            fields.finish().is_ok(),
            "the document's one field was taken"
        );
    }

    #[test]
    fn a_missing_field_is_named_at_its_table() {
        let document = DeTable::parse("a = 1\n[t]\nb = 2\n").expect("TOML");
        let mut fields = Fields::document(&document);
        let t = fields.get("t").expect("[t]");
        let mut inner = Fields::of(t).expect("a table");
        let error = inner.required("name", string).unwrap_err();
        assert_eq!(error.1, "missing field `name`");
        assert_eq!(error.0, t.span());
        assert_eq!(
            fields.required("nope", string).unwrap_err().0,
            document.span()
        );
        assert_eq!(fields.optional("nope", string), Ok(None));
    }
}
