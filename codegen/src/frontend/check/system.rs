//! The `[system]` pass: the id, the enum names and the system-wide wire
//! status.

use toml::Spanned;

use super::super::error::{Problem, problem};
use super::super::raw::RawSystem;
use super::super::types::SystemInfo;
use super::names::{check_ident, check_lowercase_ident};

/// Checks the `[system]` table.
pub(super) fn check_system(raw: RawSystem) -> Result<SystemInfo, Problem> {
    check_lowercase_ident(
        &raw.id,
        false,
        "system id",
        "a lowercase ASCII letter followed by lowercase ASCII letters and digits, and no Rust keyword (it names a module and the catalog's file)",
    )?;
    check_ident(&raw.enum_name, "enum name", false)?;
    check_ident(&raw.category_enum, "category enum name", false)?;
    // The `errcat::System` variant, where errcat lists the system: the enum's
    // name without an `Error` suffix it has (`NeuronError`: `Neuron`), or the
    // enum's name (`StatusWord`).
    let enum_name = raw.enum_name.get_ref();
    let system_variant = enum_name
        .strip_suffix("Error")
        .filter(|s| !s.is_empty())
        .unwrap_or(enum_name);
    if let Some(status) = &raw.wire_http_status {
        check_http_status(status)?;
    }
    Ok(SystemInfo {
        wire_http_status: raw.wire_http_status.map(Spanned::into_inner),
        id: raw.id.into_inner(),
        title: raw.title,
        system_variant: system_variant.to_string(),
        enum_name: raw.enum_name.into_inner(),
        category_enum: raw.category_enum.into_inner(),
        source: raw.source,
        doc: raw.doc,
        hex_codes: raw.hex_codes.unwrap_or(false),
    })
}

/// An HTTP status must be a three-digit status code, 100 to 599.
pub(super) fn check_http_status(status: &Spanned<u16>) -> Result<(), Problem> {
    if (100..=599).contains(status.get_ref()) {
        Ok(())
    } else {
        problem(
            status.span(),
            format!(
                "HTTP status {} is not a status code: it must be 100 to 599",
                status.get_ref()
            ),
        )
    }
}
