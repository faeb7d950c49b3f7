//! The vocabulary that catalogs use and the library speaks, defined once: the
//! kinds (with their gRPC number, HTTP status and retry advice) and the
//! provenances (with the key a catalog writes).
//!
//! The rows are written once, in [`for_each_kind!`](crate::for_each_kind)
//! and [`for_each_provenance!`](crate::for_each_provenance). This module
//! builds [`KINDS`] and [`PROVENANCES`] from them, which the generator checks
//! catalogs against; errcat expands the same macros into `errcat::Kind` and
//! `errcat::Provenance`.

/// Calls `$callback!` with one row per kind, in the order of their gRPC
/// numbers, keyed in this order:
/// `{ name: Name, grpc_code: 0, http_status: 200, retryable: false, doc: "..." }`.
///
/// `name` is the variant, as catalogs write it; `grpc_code` the gRPC status
/// number; `http_status` the HTTP status that usually stands for it (the
/// mapping of `google.rpc.Code`); `retryable` whether the same request may
/// succeed later; `doc` what it means. A kind with gRPC number 0 (gRPC's
/// `OK`) means success.
///
/// [`KINDS`] is built from it, and errcat defines `errcat::Kind` from it.
///
/// ```
/// macro_rules! names {
///     ($({ name: $name:ident, $($rest:tt)* }),* $(,)?) => {
///         [$(stringify!($name)),*]
///     };
/// }
/// let names = errcat_core::for_each_kind!(names);
/// assert_eq!(names.len(), errcat_core::vocabulary::KINDS.len());
/// assert_eq!(names[5], "DeadlineExceeded");
/// ```
#[macro_export]
macro_rules! for_each_kind {
    ($callback:ident) => {
        $callback! {
            { name: Ok, grpc_code: 0, http_status: 200, retryable: false,
              doc: "Not an error: the operation succeeded." },
            { name: OkWithRemark, grpc_code: 0, http_status: 200, retryable: false,
              doc: "Not an error: the operation succeeded, and the system adds a remark (as the `OPC_S_` codes of OPC Data Access do)." },
            { name: Cancelled, grpc_code: 1, http_status: 499, retryable: false,
              doc: "The operation was cancelled, typically by the caller." },
            { name: Unknown, grpc_code: 2, http_status: 500, retryable: false,
              doc: "An error the vendor does not qualify further." },
            { name: InvalidArgument, grpc_code: 3, http_status: 400, retryable: false,
              doc: "The request itself is malformed or names something invalid, whatever the state of the system." },
            { name: DeadlineExceeded, grpc_code: 4, http_status: 504, retryable: true,
              doc: "The operation did not finish in time." },
            { name: NotFound, grpc_code: 5, http_status: 404, retryable: false,
              doc: "Something the request names does not exist." },
            { name: AlreadyExists, grpc_code: 6, http_status: 409, retryable: false,
              doc: "What the request would create already exists." },
            { name: PermissionDenied, grpc_code: 7, http_status: 403, retryable: false,
              doc: "The caller is known but not allowed to do this (including what a licence does not allow)." },
            { name: ResourceExhausted, grpc_code: 8, http_status: 429, retryable: true,
              doc: "A limit or quota is reached." },
            { name: FailedPrecondition, grpc_code: 9, http_status: 400, retryable: false,
              doc: "The system is not in the state the operation needs; fix the state first." },
            { name: Aborted, grpc_code: 10, http_status: 409, retryable: true,
              doc: "The operation was aborted, typically by a conflict with another one." },
            { name: OutOfRange, grpc_code: 11, http_status: 400, retryable: false,
              doc: "A value is outside the range the operation accepts." },
            { name: Unimplemented, grpc_code: 12, http_status: 501, retryable: false,
              doc: "The operation is not implemented or not supported here." },
            { name: Internal, grpc_code: 13, http_status: 500, retryable: false,
              doc: "An internal invariant of the system broke." },
            { name: Unavailable, grpc_code: 14, http_status: 503, retryable: true,
              doc: "The system (or a device behind it) is unavailable for now; a retry may succeed." },
            { name: DataLoss, grpc_code: 15, http_status: 500, retryable: false,
              doc: "Data was lost or corrupted." },
            { name: Unauthenticated, grpc_code: 16, http_status: 401, retryable: false,
              doc: "Credentials or a session are missing, invalid or expired." },
        }
    };
}

/// Calls `$callback!` with one row per provenance, the default first, keyed
/// in this order:
/// `{ variant: Variant, key: "catalog key", describe: "...", vendor_text: true, doc: "..." }`.
///
/// `variant` is the `errcat::Provenance` variant; `key` how a catalog writes
/// it (`source = "..."`); `describe` a short description, for people;
/// `vendor_text` whether the message is the vendor's (or upstream's)
/// published text; `doc` what it means.
///
/// [`PROVENANCES`] is built from it, and errcat defines `errcat::Provenance`
/// from it.
///
/// ```
/// macro_rules! keys {
///     ($({ variant: $variant:ident, key: $key:literal, $($rest:tt)* }),* $(,)?) => {
///         [$($key),*]
///     };
/// }
/// let keys = errcat_core::for_each_provenance!(keys);
/// assert_eq!(keys[0], "page");
/// assert_eq!(keys.len(), errcat_core::vocabulary::PROVENANCES.len());
/// ```
#[macro_export]
macro_rules! for_each_provenance {
    ($callback:ident) => {
        $callback! {
            { variant: VendorPage, key: "page",
              describe: "the vendor's error-code page", vendor_text: true,
              doc: "Listed on the system's error-code page." },
            { variant: NewerVendorDocs, key: "newer-docs",
              describe: "the vendor's newer documentation", vendor_text: true,
              doc: "Not on that page, but in the vendor's newer documentation." },
            { variant: UpstreamDocs, key: "upstream-docs",
              describe: "the open-source upstream documentation", vendor_text: true,
              doc: "In the documentation of the open-source upstream project." },
            { variant: UpstreamHeader, key: "upstream-header",
              describe: "the open-source upstream header only (message written by errcat)", vendor_text: false,
              doc: "Only in the open-source upstream header; the message is errcat's." },
            { variant: OtherVendorPage, key: "other-page",
              describe: "another page of the vendor's documentation", vendor_text: true,
              doc: "On another page of the same vendor." },
            { variant: Retired, key: "retired",
              describe: "documented for an older version only; later versions removed the code", vendor_text: true,
              doc: "Documented for an older version of the system only (Neuron 2.0); later versions removed the code, so a current server should not send it." },
            { variant: ClientTable, key: "client-table",
              describe: "the message is the vendor page's, which gives it no number; the number comes from a client's code table", vendor_text: true,
              doc: "The vendor's page documents the message without a number; the number comes from a client's code table, not from the vendor." },
        }
    };
}

/// One kind: a gRPC canonical status code (a row of
/// [`for_each_kind!`](crate::for_each_kind)).
///
/// ```
/// let not_found = errcat_core::vocabulary::kind_named("NotFound").unwrap();
/// assert_eq!((not_found.grpc_code, not_found.http_status), (5, 404));
/// assert!(!not_found.retryable);
/// ```
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

impl KindRow {
    /// Whether a code of this kind means success: its gRPC number is 0, gRPC's
    /// `OK` (`Ok`, and `OkWithRemark` where the system adds a remark).
    ///
    /// ```
    /// use errcat_core::vocabulary::kind_named;
    ///
    /// assert!(kind_named("OkWithRemark").is_some_and(|k| k.is_success()));
    /// assert!(kind_named("NotFound").is_some_and(|k| !k.is_success()));
    /// ```
    #[must_use]
    pub const fn is_success(&self) -> bool {
        self.grpc_code == 0
    }
}

/// Builds [`KINDS`] from the rows of `for_each_kind!`.
macro_rules! kinds {
    ($({
        name: $name:ident,
        grpc_code: $grpc_code:literal,
        http_status: $http_status:literal,
        retryable: $retryable:literal,
        doc: $doc:literal $(,)?
    }),* $(,)?) => {
        /// Every kind, in the order of their gRPC numbers: the rows of
        /// [`for_each_kind!`](crate::for_each_kind).
        ///
        /// ```
        /// use errcat_core::vocabulary::KINDS;
        ///
        /// assert_eq!(KINDS[0].name, "Ok");
        /// assert!(KINDS.iter().all(|k| k.grpc_code <= 16));
        /// ```
        pub const KINDS: [KindRow; [$($grpc_code),*].len()] = [$(
            KindRow {
                name: stringify!($name),
                grpc_code: $grpc_code,
                http_status: $http_status,
                retryable: $retryable,
                doc: $doc,
            }
        ),*];
    };
}

for_each_kind!(kinds);

/// The row of the kind named `name` (exactly as catalogs write it), if it is
/// one.
///
/// ```
/// use errcat_core::vocabulary::kind_named;
///
/// assert_eq!(kind_named("Unavailable").map(|k| k.retryable), Some(true));
/// assert_eq!(kind_named("not_found"), None);
/// ```
#[must_use]
pub fn kind_named(name: &str) -> Option<&'static KindRow> {
    KINDS.iter().find(|kind| kind.name == name)
}

/// One provenance: where a code is documented (a row of
/// [`for_each_provenance!`](crate::for_each_provenance)).
///
/// ```
/// let default = errcat_core::vocabulary::PROVENANCES[0];
/// assert_eq!((default.key, default.variant), ("page", "VendorPage"));
/// assert!(default.vendor_text);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProvenanceRow {
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

/// Builds [`PROVENANCES`] from the rows of `for_each_provenance!`.
macro_rules! provenances {
    ($({
        variant: $variant:ident,
        key: $key:literal,
        describe: $describe:literal,
        vendor_text: $vendor_text:literal,
        doc: $doc:literal $(,)?
    }),* $(,)?) => {
        /// Every provenance, the default of an entry that names none first:
        /// the rows of [`for_each_provenance!`](crate::for_each_provenance).
        ///
        /// ```
        /// use errcat_core::vocabulary::PROVENANCES;
        ///
        /// let header = PROVENANCES.iter().find(|p| p.key == "upstream-header").unwrap();
        /// assert_eq!(header.variant, "UpstreamHeader");
        /// assert!(!header.vendor_text);
        /// ```
        pub const PROVENANCES: [ProvenanceRow; [$($key),*].len()] = [$(
            ProvenanceRow {
                key: $key,
                variant: stringify!($variant),
                describe: $describe,
                vendor_text: $vendor_text,
                doc: $doc,
            }
        ),*];
    };
}

for_each_provenance!(provenances);
