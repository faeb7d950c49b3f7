//! One vocabulary across vendors: codes that mean the same thing in different
//! systems land on the same `Kind`, with the same retry advice and HTTP status.

use errcat::{AnyError, Kind, System, lookup};

fn error(system: System, code: i32) -> AnyError {
    lookup(system, code).unwrap_or_else(|| panic!("{} defines no code {code}", system.id()))
}

/// Codes of different systems that mean the same, with the message each
/// vendor gives (so that a renumbered catalog fails here, not silently).
/// A kind and the codes (system, code, vendor message) that should have it.
type Group = (Kind, &'static [(System, i32, &'static str)]);

const SAME_MEANING: &[Group] = &[
    (
        Kind::Unauthenticated,
        &[
            (System::I4scada, -4095, "User login failed"),
            (
                System::SuperOffice,
                2,
                "User could not be logged in: User name or password was incorrect.",
            ),
            (System::Viewtron, 9, "Unauthorized"),
            (System::Neuron, 1009, "Username or password error"),
        ],
    ),
    (
        Kind::Unauthenticated,
        &[
            (System::I4scada, -4087, "Expired password"),
            (System::Viewtron, 8, "Password Expired"),
            (System::Neuron, 1006, "Token expired"),
        ],
    ),
    (
        Kind::Unavailable,
        &[
            (System::Viewtron, 7, "System Busy"),
            (System::Neuron, 1010, "Server busy"),
        ],
    ),
    (
        Kind::PermissionDenied,
        &[
            (System::I4scada, -4093, "Insufficient user authorizations"),
            (
                System::SuperOffice,
                4,
                "The user does not have sufficient rights to perform this operation.",
            ),
            (System::Viewtron, 4, "Permission Denied"),
            (System::Neuron, 20205, "No access rights"),
        ],
    ),
    (
        Kind::NotFound,
        &[
            (
                System::SuperOffice,
                13,
                "The ticket could not be found, or you do not have access to it.",
            ),
            (System::Viewtron, 204, "License plate not found"),
            (System::Neuron, 2003, "Node does not exist"),
        ],
    ),
    (
        Kind::AlreadyExists,
        &[
            (
                System::SuperOffice,
                14,
                "You can not create this user because the user name is already in use",
            ),
            (System::Viewtron, 157, "Face group already exists"),
            (System::Neuron, 2002, "Node already exists"),
        ],
    ),
    (
        Kind::Unimplemented,
        &[
            (System::Viewtron, 11, "Unsupported Function"),
            (System::Neuron, 3016, "Plugin does not support template"),
        ],
    ),
    (
        Kind::Ok,
        &[
            (System::SuperOffice, 0, "No Error"),
            (System::Viewtron, 0, "Successful"),
        ],
    ),
];

#[test]
fn codes_that_mean_the_same_share_a_kind() {
    for (kind, group) in SAME_MEANING {
        for &(system, code, message) in *group {
            let error = error(system, code);
            assert_eq!(error.message(), message, "{} {code}", system.id());
            assert_eq!(error.kind(), *kind, "{} {code} {message:?}", system.id());
            assert_eq!(
                error.http_status(),
                kind.http_status(),
                "{} {code}",
                system.id()
            );
        }
    }
}

#[test]
fn busy_devices_are_worth_a_retry() {
    for (system, code) in [(System::Viewtron, 7), (System::Neuron, 1010)] {
        let error = error(system, code);
        assert!(error.is_retryable(), "{} {code}", system.id());
        assert_eq!(error.http_status(), 503);
    }
}

#[test]
fn a_limit_that_a_retry_cannot_lift_overrides_the_kind() {
    // ResourceExhausted is retryable by default; a licence limit is not.
    let licence = error(System::Neuron, 2404);
    assert_eq!(licence.kind(), Kind::ResourceExhausted);
    assert!(Kind::ResourceExhausted.is_retryable());
    assert!(!licence.is_retryable());
}

#[test]
fn success_is_exactly_the_kinds_of_success() {
    for error in AnyError::iter() {
        assert_eq!(
            error.is_success(),
            matches!(error.kind(), Kind::Ok | Kind::OkWithRemark),
            "{} {}",
            error.system().id(),
            error.code()
        );
        if error.is_success() {
            assert_eq!(error.http_status(), 200);
            assert!(!error.is_retryable());
        }
    }
}

/// The words by which a message (or the vendor's explanation) names a fixed
/// capacity (codegen/SCHEMA.md, "When to override `retryable`").
const LIMIT_WORDS: &[&str] = &["maximum", "limit", "over", "insufficient"];

/// The retry advice follows the kind, except where the schema's rule allows
/// an override: a source says so (the entry names its basis and says what
/// about retrying), or the code reports a fixed capacity that the message
/// names, which waiting does not free.
#[test]
fn retry_advice_follows_the_kind_unless_the_rule_allows() {
    let overrides: Vec<AnyError> = AnyError::iter()
        .filter(|e| e.is_retryable() != e.kind().is_retryable())
        .collect();
    assert!(!overrides.is_empty(), "the catalogs do use overrides");
    for error in &overrides {
        let at = format!("{} {}", error.system().id(), error.code());
        let description = error.description().unwrap_or_default();
        let said_by_a_source = error.basis().is_some() && description.contains("retr");
        let stated = format!(
            "{} {}",
            error.message().to_lowercase(),
            error.explanation().unwrap_or_default().to_lowercase()
        );
        let fixed_capacity = error.kind() == Kind::ResourceExhausted
            && !error.is_retryable()
            && LIMIT_WORDS.iter().any(|w| {
                stated
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| word == *w)
            })
            && description.contains("retrying alone does not help");
        assert!(
            said_by_a_source || fixed_capacity,
            "{at} overrides {} to retryable={} without a source or a fixed capacity \
             (message {:?}, description {description:?})",
            error.kind(),
            error.is_retryable(),
            error.message()
        );
    }
}

#[test]
fn http_statuses_follow_the_grpc_mapping() {
    // (kind, HTTP status, gRPC number), in Kind::ALL's order.
    let expected = [
        (Kind::Ok, 200, 0),
        (Kind::OkWithRemark, 200, 0),
        (Kind::Cancelled, 499, 1),
        (Kind::Unknown, 500, 2),
        (Kind::InvalidArgument, 400, 3),
        (Kind::DeadlineExceeded, 504, 4),
        (Kind::NotFound, 404, 5),
        (Kind::AlreadyExists, 409, 6),
        (Kind::PermissionDenied, 403, 7),
        (Kind::ResourceExhausted, 429, 8),
        (Kind::FailedPrecondition, 400, 9),
        (Kind::Aborted, 409, 10),
        (Kind::OutOfRange, 400, 11),
        (Kind::Unimplemented, 501, 12),
        (Kind::Internal, 500, 13),
        (Kind::Unavailable, 503, 14),
        (Kind::DataLoss, 500, 15),
        (Kind::Unauthenticated, 401, 16),
    ];
    let kinds: Vec<Kind> = expected.iter().map(|&(kind, _, _)| kind).collect();
    assert_eq!(
        kinds,
        Kind::ALL,
        "every kind, in the order of their gRPC numbers"
    );
    for (kind, status, grpc) in expected {
        assert_eq!(kind.http_status(), status, "{kind}");
        assert_eq!(kind.grpc_code(), grpc, "{kind}");
        assert_eq!(kind.is_success(), grpc == 0, "{kind}: success is gRPC's OK");
        if kind.is_success() {
            assert!(!kind.is_retryable(), "{kind}");
        }
    }
}
