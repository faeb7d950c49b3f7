//! The raw tables of a catalog, read field by field from `toml`'s spanned
//! document tree by [`read`](super::read): each field as the schema lists it,
//! with its place in the file, nothing checked beyond its type. A field a
//! table does not take, a missing field or a value of the wrong type is
//! refused here.

use std::collections::BTreeMap;

use toml::Spanned;
use toml::de::DeTable;

use super::error::Problem;
use super::read::{self, Fields};

pub(super) struct RawCatalog {
    pub(super) system: RawSystem,
    pub(super) category: Vec<RawCategory>,
    pub(super) scope: Option<RawScope>,
    pub(super) code: Vec<Spanned<RawCode>>,
    pub(super) range: Vec<Spanned<RawRange>>,
    pub(super) unnumbered: Vec<Spanned<RawUnnumbered>>,
    pub(super) page: Vec<RawPage>,
}

pub(super) struct RawPage {
    pub(super) id: Spanned<String>,
    pub(super) title: Spanned<String>,
    pub(super) about: Option<String>,
}

pub(super) struct RawReading {
    pub(super) page: Spanned<String>,
    pub(super) text: Spanned<String>,
    pub(super) applies_to: Option<Vec<Spanned<String>>>,
    pub(super) kind: Option<Spanned<String>>,
}

pub(super) struct RawSystem {
    pub(super) id: Spanned<String>,
    pub(super) title: String,
    pub(super) enum_name: Spanned<String>,
    pub(super) category_enum: Spanned<String>,
    pub(super) source: String,
    pub(super) doc: String,
    pub(super) wire_http_status: Option<Spanned<u16>>,
    pub(super) hex_codes: Option<bool>,
}

pub(super) struct RawCategory {
    pub(super) name: Spanned<String>,
    pub(super) title: String,
    pub(super) description: Option<String>,
}

pub(super) struct RawScope {
    pub(super) enum_name: Spanned<String>,
    pub(super) accessor: Spanned<String>,
    pub(super) doc: String,
    pub(super) value: Vec<RawScopeValue>,
}

pub(super) struct RawScopeValue {
    pub(super) name: Spanned<String>,
    pub(super) label: Spanned<String>,
    pub(super) doc: Option<String>,
}

/// The fields a `[[code]]` and a `[[range]]` share.
pub(super) struct RawCommon {
    pub(super) name: Spanned<String>,
    pub(super) message: Spanned<String>,
    pub(super) category: Spanned<String>,
    pub(super) kind: Spanned<String>,
    pub(super) description: Option<String>,
    pub(super) explanation: Option<String>,
    pub(super) basis: Option<String>,
    pub(super) retryable: Option<bool>,
    pub(super) source: Option<Spanned<String>>,
    pub(super) applies_to: Option<Vec<Spanned<String>>>,
}

pub(super) struct RawCode {
    pub(super) code: Spanned<i32>,
    pub(super) common: RawCommon,
    pub(super) symbol: Option<Spanned<String>>,
    pub(super) former_symbols: Option<Vec<Spanned<String>>>,
    pub(super) meanings: Option<Spanned<BTreeMap<String, String>>>,
    pub(super) readings: Option<Vec<Spanned<RawReading>>>,
    pub(super) wire_http_status: Option<Spanned<u16>>,
}

pub(super) struct RawRange {
    pub(super) first: Spanned<i32>,
    pub(super) last: Spanned<i32>,
    pub(super) common: RawCommon,
    pub(super) except: Option<Vec<Spanned<i32>>>,
}

pub(super) struct RawUnnumbered {
    pub(super) message: Spanned<String>,
    pub(super) description: Option<String>,
    pub(super) applies_to: Option<Vec<Spanned<String>>>,
}

// Each raw table read from its TOML fields, in the order the schema lists
// them; a field the table does not take is refused by `read::table`.

impl RawCatalog {
    pub(super) fn read(document: &Spanned<DeTable<'_>>) -> Result<Self, Problem> {
        let mut fields = Fields::document(document);
        let catalog = RawCatalog {
            system: fields.required("system", |v| {
                Ok(read::table(v, RawSystem::read)?.into_inner())
            })?,
            category: tables(&mut fields, "category", RawCategory::read)?,
            scope: fields.optional(
                "scope",
                |v| Ok(read::table(v, RawScope::read)?.into_inner()),
            )?,
            code: spanned_tables(&mut fields, "code", RawCode::read)?,
            range: spanned_tables(&mut fields, "range", RawRange::read)?,
            unnumbered: spanned_tables(&mut fields, "unnumbered", RawUnnumbered::read)?,
            page: tables(&mut fields, "page", RawPage::read)?,
        };
        fields.finish()?;
        Ok(catalog)
    }
}

/// The array of tables `key` (empty when absent), each with its place.
fn spanned_tables<T>(
    fields: &mut Fields<'_, '_>,
    key: &'static str,
    read: fn(&mut Fields<'_, '_>) -> Result<T, Problem>,
) -> Result<Vec<Spanned<T>>, Problem> {
    Ok(fields
        .optional(key, |v| read::array(v, |item| read::table(item, read)))?
        .unwrap_or_default())
}

/// The array of tables `key` (empty when absent).
fn tables<T>(
    fields: &mut Fields<'_, '_>,
    key: &'static str,
    read: fn(&mut Fields<'_, '_>) -> Result<T, Problem>,
) -> Result<Vec<T>, Problem> {
    Ok(spanned_tables(fields, key, read)?
        .into_iter()
        .map(Spanned::into_inner)
        .collect())
}

impl RawPage {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawPage {
            id: fields.required("id", read::string)?,
            title: fields.required("title", read::string)?,
            about: fields.optional("about", read::text)?,
        })
    }
}

impl RawReading {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawReading {
            page: fields.required("page", read::string)?,
            text: fields.required("text", read::string)?,
            applies_to: fields.optional("applies_to", read::strings)?,
            kind: fields.optional("kind", read::string)?,
        })
    }
}

impl RawSystem {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawSystem {
            id: fields.required("id", read::string)?,
            title: fields.required("title", read::text)?,
            enum_name: fields.required("enum", read::string)?,
            category_enum: fields.required("category_enum", read::string)?,
            source: fields.required("source", read::text)?,
            doc: fields.required("doc", read::text)?,
            wire_http_status: fields.optional("wire_http_status", read::u16_value)?,
            hex_codes: fields.optional("hex_codes", read::boolean)?,
        })
    }
}

impl RawCategory {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawCategory {
            name: fields.required("name", read::string)?,
            title: fields.required("title", read::text)?,
            description: fields.optional("description", read::text)?,
        })
    }
}

impl RawScope {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawScope {
            enum_name: fields.required("enum", read::string)?,
            accessor: fields.required("accessor", read::string)?,
            doc: fields.required("doc", read::text)?,
            value: fields.required("value", |v| {
                read::array(v, |item| {
                    Ok(read::table(item, RawScopeValue::read)?.into_inner())
                })
            })?,
        })
    }
}

impl RawScopeValue {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawScopeValue {
            name: fields.required("name", read::string)?,
            label: fields.required("label", read::string)?,
            doc: fields.optional("doc", read::text)?,
        })
    }
}

impl RawCommon {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawCommon {
            name: fields.required("name", read::string)?,
            message: fields.required("message", read::string)?,
            category: fields.required("category", read::string)?,
            kind: fields.required("kind", read::string)?,
            description: fields.optional("description", read::text)?,
            explanation: fields.optional("explanation", read::text)?,
            basis: fields.optional("basis", read::text)?,
            retryable: fields.optional("retryable", read::boolean)?,
            source: fields.optional("source", read::string)?,
            applies_to: fields.optional("applies_to", read::strings)?,
        })
    }
}

impl RawCode {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawCode {
            code: fields.required("code", read::i32_value)?,
            common: RawCommon::read(fields)?,
            symbol: fields.optional("symbol", read::string)?,
            former_symbols: fields.optional("former_symbols", read::strings)?,
            meanings: fields.optional("meanings", read::string_map)?,
            readings: fields.optional("readings", |v| {
                read::array(v, |item| read::table(item, RawReading::read))
            })?,
            wire_http_status: fields.optional("wire_http_status", read::u16_value)?,
        })
    }
}

impl RawRange {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawRange {
            first: fields.required("first", read::i32_value)?,
            last: fields.required("last", read::i32_value)?,
            common: RawCommon::read(fields)?,
            except: fields.optional("except", read::i32_values)?,
        })
    }
}

impl RawUnnumbered {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawUnnumbered {
            message: fields.required("message", read::string)?,
            description: fields.optional("description", read::text)?,
            applies_to: fields.optional("applies_to", read::strings)?,
        })
    }
}
