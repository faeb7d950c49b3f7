//! The vocabulary that catalogs use and the library speaks, defined once: the
//! kinds (with their gRPC number, HTTP status and retry advice) and the
//! provenances (with the key a catalog writes). The generator checks catalogs
//! against these rows, and writes them as the `for_each_kind!` and
//! `for_each_provenance!` macros from which `src/kind.rs` and
//! `src/provenance.rs` define `errcat::Kind` and `errcat::Provenance`.

use std::fmt::Write as _;

/// One kind: a gRPC canonical status code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindRow {
    /// The variant name, as catalogs write it.
    pub name: &'static str,
    /// The gRPC status number.
    pub grpc_code: u8,
    /// The HTTP status that usually stands for it (`google.rpc.Code`).
    pub http_status: u16,
    /// Whether the same request may succeed later.
    pub retryable: bool,
    /// What it means.
    pub doc: &'static str,
}

const fn kind(
    name: &'static str,
    grpc_code: u8,
    http_status: u16,
    retryable: bool,
    doc: &'static str,
) -> KindRow {
    KindRow {
        name,
        grpc_code,
        http_status,
        retryable,
        doc,
    }
}

/// Every kind, in the order of their gRPC numbers. A kind with gRPC number 0
/// (gRPC's `OK`) means success ([`KindRow::is_success`]).
pub const KINDS: [KindRow; 18] = [
    kind(
        "Ok",
        0,
        200,
        false,
        "Not an error: the operation succeeded.",
    ),
    kind(
        "OkWithRemark",
        0,
        200,
        false,
        "Not an error: the operation succeeded, and the system adds a remark (as the `OPC_S_` codes of OPC Data Access do).",
    ),
    kind(
        "Cancelled",
        1,
        499,
        false,
        "The operation was cancelled, typically by the caller.",
    ),
    kind(
        "Unknown",
        2,
        500,
        false,
        "An error the vendor does not qualify further.",
    ),
    kind(
        "InvalidArgument",
        3,
        400,
        false,
        "The request itself is malformed or names something invalid, whatever the state of the system.",
    ),
    kind(
        "DeadlineExceeded",
        4,
        504,
        true,
        "The operation did not finish in time.",
    ),
    kind(
        "NotFound",
        5,
        404,
        false,
        "Something the request names does not exist.",
    ),
    kind(
        "AlreadyExists",
        6,
        409,
        false,
        "What the request would create already exists.",
    ),
    kind(
        "PermissionDenied",
        7,
        403,
        false,
        "The caller is known but not allowed to do this (including what a licence does not allow).",
    ),
    kind(
        "ResourceExhausted",
        8,
        429,
        true,
        "A limit or quota is reached.",
    ),
    kind(
        "FailedPrecondition",
        9,
        400,
        false,
        "The system is not in the state the operation needs; fix the state first.",
    ),
    kind(
        "Aborted",
        10,
        409,
        true,
        "The operation was aborted, typically by a conflict with another one.",
    ),
    kind(
        "OutOfRange",
        11,
        400,
        false,
        "A value is outside the range the operation accepts.",
    ),
    kind(
        "Unimplemented",
        12,
        501,
        false,
        "The operation is not implemented or not supported here.",
    ),
    kind(
        "Internal",
        13,
        500,
        false,
        "An internal invariant of the system broke.",
    ),
    kind(
        "Unavailable",
        14,
        503,
        true,
        "The system (or a device behind it) is unavailable for now; a retry may succeed.",
    ),
    kind("DataLoss", 15, 500, false, "Data was lost or corrupted."),
    kind(
        "Unauthenticated",
        16,
        401,
        false,
        "Credentials or a session are missing, invalid or expired.",
    ),
];

impl KindRow {
    /// Whether a code of this kind means success: its gRPC number is 0, gRPC's
    /// `OK` (`Ok`, and `OkWithRemark` where the system adds a remark).
    #[must_use]
    pub const fn is_success(&self) -> bool {
        self.grpc_code == 0
    }
}

/// The row of the kind named `name`, if it is one.
#[must_use]
pub fn kind_named(name: &str) -> Option<&'static KindRow> {
    KINDS.iter().find(|kind| kind.name == name)
}

/// One provenance: where a code is documented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceRow {
    /// How a catalog writes it (`source = "..."`).
    pub key: &'static str,
    /// The `errcat::Provenance` variant.
    pub variant: &'static str,
    /// A short description, for people.
    pub describe: &'static str,
    /// Whether the message is the vendor's (or upstream's) published text.
    pub vendor_text: bool,
    /// What it means.
    pub doc: &'static str,
}

const fn source(
    key: &'static str,
    variant: &'static str,
    describe: &'static str,
    vendor_text: bool,
    doc: &'static str,
) -> SourceRow {
    SourceRow {
        key,
        variant,
        describe,
        vendor_text,
        doc,
    }
}

/// Every provenance; the first is the default of an entry that names none.
pub const SOURCES: [SourceRow; 7] = [
    source(
        "page",
        "VendorPage",
        "the vendor's error-code page",
        true,
        "Listed on the system's error-code page.",
    ),
    source(
        "newer-docs",
        "NewerVendorDocs",
        "the vendor's newer documentation",
        true,
        "Not on that page, but in the vendor's newer documentation.",
    ),
    source(
        "upstream-docs",
        "UpstreamDocs",
        "the open-source upstream documentation",
        true,
        "In the documentation of the open-source upstream project.",
    ),
    source(
        "upstream-header",
        "UpstreamHeader",
        "the open-source upstream header only (message written by errcat)",
        false,
        "Only in the open-source upstream header; the message is errcat's.",
    ),
    source(
        "other-page",
        "OtherVendorPage",
        "another page of the vendor's documentation",
        true,
        "On another page of the same vendor.",
    ),
    source(
        "retired",
        "Retired",
        "documented for an older version only; later versions removed the code",
        true,
        "Documented for an older version of the system only (Neuron 2.0); later versions removed the code, so a current server should not send it.",
    ),
    source(
        "client-table",
        "ClientTable",
        "the message is the vendor page's, which gives it no number; the number comes from a client's code table",
        true,
        "The vendor's page documents the message without a number; the number comes from a client's code table, not from the vendor.",
    ),
];

/// The `for_each_kind!` and `for_each_provenance!` macros: the rows above as
/// Rust tokens, for `src/kind.rs` and `src/provenance.rs`.
#[must_use]
pub fn emit_vocabulary() -> String {
    let mut out = String::from(
        "// @generated by errcat's build script from codegen/vocabulary.rs.\n\n\
         /// Calls `$callback!` with one row per kind:\n\
         /// `(Name, grpc_code, http_status, retryable, \"doc\")`.\n\
         macro_rules! for_each_kind {\n    ($callback:ident) => {\n        $callback! {\n",
    );
    for kind in &KINDS {
        writeln!(
            out,
            "            ({}, {}, {}, {}, {:?}),",
            kind.name, kind.grpc_code, kind.http_status, kind.retryable, kind.doc
        )
        .unwrap();
    }
    out.push_str(
        "        }\n    };\n}\n\n\
         /// Calls `$callback!` with one row per provenance:\n\
         /// `(Variant, \"catalog key\", \"description\", vendor_text, \"doc\")`.\n\
         macro_rules! for_each_provenance {\n    ($callback:ident) => {\n        $callback! {\n",
    );
    for source in &SOURCES {
        writeln!(
            out,
            "            ({}, {:?}, {:?}, {}, {:?}),",
            source.variant, source.key, source.describe, source.vendor_text, source.doc
        )
        .unwrap();
    }
    out.push_str("        }\n    };\n}\n");
    out
}
