//! The generated catalogs, checked through their public API.
//!
//! Every check is written once, generic over the error enum, and instantiated
//! for every system by `catalog_tests!` (one test module per system). The
//! catalogs' contents, counts included, are checked against the vendor sources
//! in `tests/sources.rs`; the few expectations written out here are the ones
//! the sources state plainly (see `../shared/sources/README.md`).

use std::collections::{BTreeSet, HashMap};
use std::str::FromStr;

use errcat::{AnyError, ErrorCode, Kind, System, UnknownNameError, lookup, lookup_all};
use strum::{EnumCount, IntoEnumIterator, VariantNames};

/// What the checks need of an error enum: [`ErrorCode`] plus what every
/// generated enum also has (`FromStr`, the strum derives, `Into<AnyError>`).
trait Catalog:
    ErrorCode
    + FromStr<Err = UnknownNameError>
    + IntoEnumIterator
    + EnumCount
    + VariantNames
    + Into<&'static str>
    + AsRef<str>
    + Into<AnyError>
{
}

impl<E> Catalog for E where
    E: ErrorCode
        + FromStr<Err = UnknownNameError>
        + IntoEnumIterator
        + EnumCount
        + VariantNames
        + Into<&'static str>
        + AsRef<str>
        + Into<AnyError>
{
}

/// A module's `BY_CODE` map.
type CodeMap<E> = phf::Map<i32, E>;
/// A module's `BY_NAME` map.
type NameMap<E> = phf::Map<&'static str, E>;

/// The `System` variant of an enum errcat ships, checked to give the enum's
/// own identity back.
fn system_of<E: ErrorCode>() -> System {
    let system =
        System::from_id(E::SYSTEM.id).expect("every built-in enum's SYSTEM names a System");
    assert_eq!(system.info(), E::SYSTEM, "System::info of {system:?}");
    system
}

/// Names a variant in assertion messages: `neuron 2003 (NodeNotExist)`.
fn at<E: ErrorCode>(error: E) -> String {
    format!("{} {} ({})", E::SYSTEM.id(), error.code(), error.name())
}

fn codes<E: ErrorCode>() -> BTreeSet<i32> {
    E::all().iter().map(|e| e.code()).collect()
}

// ---------------------------------------------------------------------------
// Every variant
// ---------------------------------------------------------------------------

/// Code, name and text conversions all lead back to the variant.
fn variants_convert_both_ways<E: Catalog>(by_code: &CodeMap<E>, by_name: &NameMap<E>) {
    assert!(
        !E::all().is_empty(),
        "{}: the catalog is empty",
        E::SYSTEM.id()
    );
    for &error in E::all() {
        let at = at(error);
        let code = error.code();
        let name = error.name();
        assert_eq!(E::try_from(code), Ok(error), "{at}: TryFrom<i32>");
        assert_eq!(Into::<i32>::into(error), code, "{at}: i32::from");
        assert_eq!(E::from_code(code), Some(error), "{at}: from_code");
        assert_eq!(
            error.to_string(),
            error.message(),
            "{at}: Display is the message"
        );
        assert_eq!(E::from_name(name), Some(error), "{at}: from_name");
        assert_eq!(name.parse::<E>(), Ok(error), "{at}: FromStr");
        assert_eq!(by_code.get(&code), Some(&error), "{at}: BY_CODE");
        assert_eq!(by_name.get(name), Some(&error), "{at}: BY_NAME");
        assert!(
            (200..=599).contains(&error.http_status()),
            "{at}: http_status {}",
            error.http_status()
        );
        assert_eq!(
            error.http_status(),
            error.kind().http_status(),
            "{at}: http_status follows the kind"
        );
    }
}

/// `AnyError` keeps everything, and the cross-system lookups find the variant.
fn any_error_keeps_the_variant<E: Catalog>() {
    for &error in E::all() {
        let at = at(error);
        let code = error.code();
        let any: AnyError = error.into();
        assert_eq!(any.system(), system_of::<E>(), "{at}: AnyError::system");
        assert_eq!(any.code(), code, "{at}: AnyError::code");
        assert_eq!(any.name(), error.name(), "{at}: AnyError::name");
        assert_eq!(any.message(), error.message(), "{at}: AnyError::message");
        assert_eq!(any.kind(), error.kind(), "{at}: AnyError::kind");
        assert_eq!(
            any.description(),
            error.description(),
            "{at}: AnyError::description"
        );
        assert_eq!(
            any.category_name(),
            error.category_name(),
            "{at}: AnyError::category_name"
        );
        assert_eq!(
            any.category_title(),
            error.category_title(),
            "{at}: AnyError::category_title"
        );
        assert_eq!(
            any.is_retryable(),
            error.is_retryable(),
            "{at}: AnyError::is_retryable"
        );
        assert_eq!(
            any.is_success(),
            error.is_success(),
            "{at}: AnyError::is_success"
        );
        assert_eq!(
            any.http_status(),
            error.http_status(),
            "{at}: AnyError::http_status"
        );
        assert_eq!(
            any.provenance(),
            error.provenance(),
            "{at}: AnyError::provenance"
        );
        assert_eq!(
            any.upstream_symbol(),
            error.upstream_symbol(),
            "{at}: AnyError::upstream_symbol"
        );
        assert_eq!(
            any.former_symbols(),
            error.former_symbols(),
            "{at}: AnyError::former_symbols"
        );
        assert_eq!(
            any.applies_to(),
            error.applies_to(),
            "{at}: AnyError::applies_to"
        );
        assert_eq!(any.meanings(), error.meanings(), "{at}: AnyError::meanings");
        assert_eq!(
            any.other_readings(),
            error.other_readings(),
            "{at}: AnyError::other_readings"
        );
        assert_eq!(
            any.explanation(),
            error.explanation(),
            "{at}: AnyError::explanation"
        );
        assert_eq!(any.basis(), error.basis(), "{at}: AnyError::basis");
        assert_eq!(
            any.partial_cmp(&any),
            Some(core::cmp::Ordering::Equal),
            "{at}: AnyError::partial_cmp"
        );
        assert_eq!(any.to_string(), error.to_string(), "{at}: AnyError Display");
        assert_eq!(
            AnyError::from_code(system_of::<E>(), code),
            Some(any),
            "{at}: AnyError::from_code"
        );
        assert_eq!(
            AnyError::from_name(system_of::<E>(), error.name()),
            Some(any),
            "{at}: AnyError::from_name"
        );
        assert_eq!(lookup(system_of::<E>(), code), Some(any), "{at}: lookup");
        assert!(
            lookup_all(code).any(|found| found == any),
            "{at}: lookup_all({code}) misses it"
        );
    }
}

/// The strum derives agree with `all()` and `name()`.
fn strum_derives_agree<E: Catalog>() {
    let system = E::SYSTEM.id();
    let iterated: Vec<E> = E::iter().collect();
    assert_eq!(
        iterated,
        E::all(),
        "{system}: strum's iter() differs from all()"
    );
    assert_eq!(
        <E as EnumCount>::COUNT,
        E::all().len(),
        "{system}: EnumCount::COUNT"
    );
    assert_eq!(
        E::VARIANTS.len(),
        E::all().len(),
        "{system}: VariantNames::VARIANTS has another length"
    );
    for (&error, &variant) in E::all().iter().zip(E::VARIANTS) {
        let at = at(error);
        assert_eq!(variant, error.name(), "{at}: VariantNames::VARIANTS");
        assert_eq!(
            Into::<&'static str>::into(error),
            error.name(),
            "{at}: IntoStaticStr"
        );
        assert_eq!(error.as_ref(), error.name(), "{at}: AsRefStr");
    }
}

// ---------------------------------------------------------------------------
// The catalog as a whole
// ---------------------------------------------------------------------------

fn codes_and_names_are_unique<E: Catalog>() {
    let mut by_code: HashMap<i32, E> = HashMap::new();
    let mut by_name: HashMap<&str, E> = HashMap::new();
    for &error in E::all() {
        if let Some(first) = by_code.insert(error.code(), error) {
            panic!("{}: code shared with {}", at(error), at(first));
        }
        if let Some(first) = by_name.insert(error.name(), error) {
            panic!("{}: name shared with {}", at(error), at(first));
        }
    }
}

fn messages_are_not_empty<E: Catalog>() {
    for &error in E::all() {
        assert!(
            !error.message().trim().is_empty(),
            "{}: empty message",
            at(error)
        );
    }
}

/// The words by which a description names a cause or a condition, and so
/// needs a `basis` (codegen/SCHEMA.md, "When a description needs a basis").
const CAUSE_OR_CONDITION: &[&str] = &[
    "when",
    "whenever",
    "unless",
    "returns",
    "returned",
    "answers",
    "answered",
    "reports",
    "refuses",
    "caused",
    "because of",
];

/// Whether `description` names a cause or a condition: it contains one of
/// [`CAUSE_OR_CONDITION`] as whole words, in any case.
fn names_cause_or_condition(description: &str) -> bool {
    let words: Vec<String> = description
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    CAUSE_OR_CONDITION.iter().any(|marker| {
        let marker: Vec<&str> = marker.split(' ').collect();
        words
            .windows(marker.len())
            .any(|window| window.iter().zip(&marker).all(|(w, m)| w == m))
    })
}

/// Every description that names a cause or a condition names its basis; a
/// basis is never empty and always backs a description.
fn claims_name_their_basis<E: Catalog>() {
    for &error in E::all() {
        let description = error.description();
        if description.is_some_and(names_cause_or_condition) {
            assert!(
                error.basis().is_some(),
                "{}: the description names a cause or a condition, but no basis: {:?}",
                at(error),
                description
            );
        }
        if let Some(basis) = error.basis() {
            assert!(!basis.trim().is_empty(), "{}: an empty basis", at(error));
            assert!(
                description.is_some(),
                "{}: a basis without a description",
                at(error)
            );
        }
    }
}

#[test]
fn the_basis_criterion_reads_whole_words() {
    assert!(names_cause_or_condition(
        "Upstream returns it when a start is asked."
    ));
    assert!(names_cause_or_condition(
        "Rejected BECAUSE OF a wrong password."
    ));
    assert!(names_cause_or_condition("the token returned by the login"));
    assert!(!names_cause_or_condition(
        "A wrong password, as the message says."
    ));
    assert!(!names_cause_or_condition(
        "InvalidArgument because the value is wrong."
    ));
    assert!(!names_cause_or_condition("Whence: returnsless, unreturned"));
    assert!(names_cause_or_condition("whenever-ish"));
}

/// Success is a success kind (`Ok`, or `OkWithRemark` where the system adds
/// a remark: gRPC number 0), and never retryable. (Which codes mean success
/// is a fact of each vendor's sources, checked in `tests/sources.rs`.)
fn success_is_a_success_kind<E: Catalog>() {
    for &error in E::all() {
        assert_eq!(
            matches!(error.kind(), Kind::Ok | Kind::OkWithRemark),
            error.is_success(),
            "{}: kind Ok or OkWithRemark if and only if success",
            at(error)
        );
        assert_eq!(
            error.kind().grpc_code() == 0,
            error.is_success(),
            "{}: success if and only if gRPC's OK",
            at(error)
        );
        if error.is_success() {
            assert!(
                !error.is_retryable(),
                "{}: success is not retryable",
                at(error)
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Rejections
// ---------------------------------------------------------------------------

/// Every code next to a documented one, and the extremes, where not defined.
fn unknown_codes_are_rejected<E: Catalog>(by_code: &CodeMap<E>) {
    let defined = codes::<E>();
    let mut probes: BTreeSet<i32> = defined
        .iter()
        .flat_map(|&c| [c.checked_sub(1), c.checked_add(1)])
        .flatten()
        .collect();
    probes.extend([i32::MIN, i32::MAX, 0]);
    probes.retain(|code| !defined.contains(code));
    assert!(
        !probes.is_empty(),
        "{}: no undefined code to probe",
        E::SYSTEM.id()
    );
    for code in probes {
        assert_code_rejected(code, by_code);
    }
}

fn assert_code_rejected<E: Catalog>(code: i32, by_code: &CodeMap<E>) {
    let system = E::SYSTEM.id();
    let Err(error) = E::try_from(code) else {
        panic!("{system} {code}: accepted by TryFrom");
    };
    assert_eq!(
        error.code(),
        i64::from(code),
        "{system} {code}: UnknownCodeError::code"
    );
    assert_eq!(
        error.system(),
        E::SYSTEM,
        "{system} {code}: UnknownCodeError::system"
    );
    let text = error.to_string();
    assert!(
        text.contains(&code.to_string()),
        "{system} {code}: {text:?} does not name the code"
    );
    assert!(
        text.contains(E::SYSTEM.title()),
        "{system} {code}: {text:?} does not name the system"
    );
    assert_eq!(E::from_code(code), None, "{system} {code}: from_code");
    assert_eq!(by_code.get(&code), None, "{system} {code}: BY_CODE");
    assert_eq!(
        lookup(system_of::<E>(), code),
        None,
        "{system} {code}: lookup"
    );
    assert!(
        lookup_all(code).all(|e| e.system() != system_of::<E>()),
        "{system} {code}: lookup_all"
    );
}

/// Near misses of real names, odd text and long names.
fn unknown_names_are_rejected<E: Catalog>(by_name: &NameMap<E>) {
    let mut probes: Vec<String> = vec![
        String::new(),
        " ".to_string(),
        "NoSuchError".to_string(),
        "X".repeat(200),
        format!("{}{}", E::all()[0].name(), "é".repeat(100)),
        "Überlauf".to_string(),
        "ノード".to_string(),
        "Node\u{0}NotExist".to_string(),
    ];
    for error in E::all() {
        let name = error.name();
        probes.extend([
            name.to_lowercase(),
            name.to_uppercase(),
            format!("{name} "),
            format!(" {name}"),
        ]);
    }
    probes.retain(|probe| E::all().iter().all(|e| e.name() != probe));
    for probe in &probes {
        assert_name_rejected(probe, by_name);
    }
}

fn assert_name_rejected<E: Catalog>(name: &str, by_name: &NameMap<E>) {
    let system = E::SYSTEM.id();
    assert_eq!(E::from_name(name), None, "{system}: from_name({name:?})");
    assert_eq!(by_name.get(name), None, "{system}: BY_NAME.get({name:?})");
    assert_eq!(
        AnyError::from_name(system_of::<E>(), name),
        None,
        "{system}: AnyError::from_name({name:?})"
    );
    let Err(error) = name.parse::<E>() else {
        panic!("{system}: FromStr accepted {name:?}");
    };
    assert_eq!(
        error.system(),
        E::SYSTEM,
        "{system}: UnknownNameError::system for {name:?}"
    );
    let kept = error.name();
    assert!(
        kept.len() <= 64,
        "{system}: kept {} bytes of {name:?}",
        kept.len()
    );
    assert!(
        name.starts_with(kept),
        "{system}: kept {kept:?}, not a prefix of {name:?}"
    );
    if name.len() <= 64 {
        assert_eq!(kept, name, "{system}: a short name is kept whole");
    } else {
        assert!(
            kept.len() > 64 - 4,
            "{system}: cut {name:?} to {kept:?}, short of 64 bytes by more than a char"
        );
    }
    let text = error.to_string();
    assert!(
        text.contains(&format!("{kept:?}")),
        "{system}: {text:?} does not quote {kept:?}"
    );
    assert!(
        text.contains(E::SYSTEM.title()),
        "{system}: {text:?} does not name the system"
    );
}

// ---------------------------------------------------------------------------
// serde
// ---------------------------------------------------------------------------

#[cfg(feature = "serde")]
mod serde_checks {
    use serde::Serialize;
    use serde::de::DeserializeOwned;

    use super::{Catalog, at, codes};

    fn from_json<E: DeserializeOwned>(json: &str) -> Result<E, String> {
        serde_json::from_str::<E>(json).map_err(|e| e.to_string())
    }

    /// Serialized as the integer code; deserialized from the code or the name.
    pub fn round_trip<E: Catalog + Serialize + DeserializeOwned>() {
        for &error in E::all() {
            let at = at(error);
            let code = error.code();
            let json =
                serde_json::to_string(&error).unwrap_or_else(|e| panic!("{at}: serialize: {e}"));
            assert_eq!(json, code.to_string(), "{at}: serializes as its code");
            assert_eq!(
                serde_json::to_value(error).ok(),
                Some(serde_json::Value::from(code)),
                "{at}: to_value"
            );
            assert_eq!(from_json::<E>(&json), Ok(error), "{at}: from the code");
            assert_eq!(
                from_json::<E>(&format!("{:?}", error.name())),
                Ok(error),
                "{at}: from the name"
            );
            assert_eq!(
                from_json::<E>(&format!("\"{code}\"")),
                Ok(error),
                "{at}: from the code as a string (an XML attribute)"
            );
        }
    }

    /// Unknown values and values of the wrong type are errors, never panics.
    pub fn rejects<E: Catalog + DeserializeOwned>() {
        let system = E::SYSTEM.id();
        let defined = codes::<E>();
        let unknown_code = (999_999..)
            .find(|c| !defined.contains(c))
            .expect("an undefined code");
        let cases = [
            (unknown_code.to_string(), Some(unknown_code.to_string())),
            (
                "\"NoSuchError\"".to_string(),
                Some("NoSuchError".to_string()),
            ),
            (u64::MAX.to_string(), Some(u64::MAX.to_string())),
            (i64::MIN.to_string(), Some(i64::MIN.to_string())),
            (
                (i64::from(i32::MAX) + 1).to_string(),
                Some((i64::from(i32::MAX) + 1).to_string()),
            ),
            ("1.5".to_string(), None),
            ("-0.0".to_string(), None),
            ("true".to_string(), None),
            ("null".to_string(), None),
            ("[]".to_string(), None),
            ("{}".to_string(), None),
            ("\"\"".to_string(), None),
            (
                format!("\"{unknown_code}\""),
                Some(unknown_code.to_string()),
            ),
            ("\"12abc\"".to_string(), Some("12abc".to_string())),
        ];
        for (json, named) in cases {
            let Err(message) = from_json::<E>(&json) else {
                panic!("{system}: deserialized {json}");
            };
            if let Some(value) = named {
                assert!(
                    message.contains(&value),
                    "{system}: the error for {json} does not name it: {message:?}"
                );
            }
            assert!(
                message.contains(E::SYSTEM.title()),
                "{system}: the error for {json} does not name the system: {message:?}"
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Every system
// ---------------------------------------------------------------------------

/// Instantiates every generic check for every system, as one module of tests
/// per system (fed by `errcat::for_each_system!`).
macro_rules! catalog_tests {
    ($({ id: $module:ident, error: $error:ident, $($rest:tt)* }),* $(,)?) => {
        $(mod $module {
            use errcat::$module::{BY_CODE, BY_NAME};

            type E = errcat::$module::$error;

            #[test]
            fn variants_convert_both_ways() {
                super::variants_convert_both_ways::<E>(&BY_CODE, &BY_NAME);
            }

            #[test]
            fn any_error_keeps_the_variant() {
                super::any_error_keeps_the_variant::<E>();
            }

            #[test]
            fn strum_derives_agree() {
                super::strum_derives_agree::<E>();
            }

            #[test]
            fn codes_and_names_are_unique() {
                super::codes_and_names_are_unique::<E>();
            }

            #[test]
            fn messages_are_not_empty() {
                super::messages_are_not_empty::<E>();
            }

            #[test]
            fn claims_name_their_basis() {
                super::claims_name_their_basis::<E>();
            }

            #[test]
            fn success_is_a_success_kind() {
                super::success_is_a_success_kind::<E>();
            }

            #[test]
            fn unknown_codes_are_rejected() {
                super::unknown_codes_are_rejected::<E>(&BY_CODE);
            }

            #[test]
            fn unknown_names_are_rejected() {
                super::unknown_names_are_rejected::<E>(&BY_NAME);
            }

            #[cfg(feature = "serde")]
            #[test]
            fn serde_round_trip() {
                super::serde_checks::round_trip::<E>();
            }

            #[cfg(feature = "serde")]
            #[test]
            fn serde_rejects_other_values() {
                super::serde_checks::rejects::<E>();
            }
        })*
    };
}

errcat::for_each_system!(catalog_tests);

// ---------------------------------------------------------------------------
// What the sources single out
// ---------------------------------------------------------------------------

#[test]
fn i4scada_license_error_is_two_codes_with_one_message() {
    use errcat::i4scada::I4scadaError;

    let six = I4scadaError::try_from(-6_i32).expect("i4scada -6");
    let seven = I4scadaError::try_from(-7_i32).expect("i4scada -7");
    assert_ne!(six, seven, "i4scada -6 and -7 are two variants");
    assert_eq!(six.message(), "License Error", "i4scada -6");
    assert_eq!(seven.message(), "License Error", "i4scada -7");
    assert_eq!(i32::from(six), -6);
    assert_eq!(i32::from(seven), -7);
}

#[test]
fn neuron_ethernet_ip_range_is_44_codes() {
    use errcat::neuron::NeuronError;

    let range = 10701..=10744;
    // The catalog's codes in the range, counted from the enum itself.
    let in_catalog = NeuronError::ALL
        .iter()
        .filter(|e| range.contains(&e.code()))
        .count();
    assert_eq!(
        in_catalog, 44,
        "neuron: codes of the EtherNet/IP range in the enum"
    );
    let generic = NeuronError::ALL
        .iter()
        .filter(|e| e.message() == "EtherNet/IP error")
        .count();
    assert_eq!(
        generic, 43,
        "neuron: codes reading \"EtherNet/IP error\" (all but 10704)"
    );
    for code in range {
        let error = NeuronError::try_from(code).unwrap_or_else(|e| panic!("neuron {code}: {e}"));
        assert_eq!(error.code(), code, "neuron {code}: code");
        assert_eq!(i32::from(error), code, "neuron {code}: i32::from");
        assert_eq!(
            NeuronError::try_from(i32::from(error)),
            Ok(error),
            "neuron {code}: back again"
        );
        let expected = if code == 10704 {
            "Incorrect tag address"
        } else {
            "EtherNet/IP error"
        };
        assert_eq!(error.message(), expected, "neuron {code}: message");
        assert_eq!(error.to_string(), expected, "neuron {code}: Display");
    }
}

/// 1017 and 1018 keep the NeuronEX page's message as `Display`, and say
/// first thing what today's upstream Neuron means by them; each symbol, old
/// and new, finds the code.
#[test]
fn neuron_1017_and_1018_say_what_they_mean_today() {
    use errcat::neuron::NeuronError;

    for (code, today, former, message, meaning) in [
        (
            1017,
            "NEU_ERR_BODY_TOO_BIG",
            "NEU_ERR_INVALID_USER",
            "Username is invalid",
            "request body is too large",
        ),
        (
            1018,
            "NEU_ERR_INVALID_CID",
            "NEU_ERR_INVALID_PASSWORD",
            "Password is invalid",
            "CID, EDE or TPY file",
        ),
    ] {
        let error = NeuronError::try_from(code).expect("a Neuron code");
        assert_eq!(
            NeuronError::from_symbol(today),
            Some(error),
            "{code}: {today}"
        );
        assert_eq!(
            NeuronError::from_symbol(former),
            Some(error),
            "{code}: {former}"
        );
        assert_eq!(error.upstream_symbol(), Some(today));
        assert_eq!(
            error.to_string(),
            message,
            "{code}: Display stays the page's"
        );
        let description = error.description().expect("a description");
        let first = description.split(". ").next().unwrap_or_default();
        assert!(
            first.starts_with("Today's upstream Neuron")
                && first.contains(today)
                && first.contains(meaning),
            "{code}: the first sentence must say today's meaning: {first:?}"
        );
        assert!(error.basis().is_some(), "{code}: a basis");
    }
}

#[test]
fn neuron_2003_is_node_does_not_exist() {
    let error = errcat::neuron::NeuronError::try_from(2003_i32).expect("neuron 2003");
    assert_eq!(error.to_string(), "Node does not exist");
    assert_eq!(error.upstream_symbol(), Some("NEU_ERR_NODE_NOT_EXIST"));
}

// ---------------------------------------------------------------------------
// AnyError and the lookups across systems
// ---------------------------------------------------------------------------

fn assert_std_error<T: std::error::Error + Send + Sync + 'static>() {}

#[test]
fn any_error_is_a_plain_error_with_the_vendor_message() {
    use std::error::Error as _;

    assert_std_error::<AnyError>();
    assert_std_error::<errcat::UnknownCodeError>();
    assert_std_error::<UnknownNameError>();
    let mut count = 0;
    for any in AnyError::iter() {
        count += 1;
        let at = format!("{} {} ({})", any.system().id(), any.code(), any.name());
        assert_eq!(any.to_string(), any.message(), "{at}: Display");
        assert!(any.source().is_none(), "{at}: source()");
        let boxed: Box<dyn std::error::Error> = Box::new(any);
        assert_eq!(boxed.to_string(), any.message(), "{at}: as dyn Error");
    }
    macro_rules! total {
        ($({ id: $id:ident, error: $error:ident, $($rest:tt)* }),* $(,)?) => {
            0 $(+ errcat::$id::$error::ALL.len())*
        };
    }
    let total = errcat::for_each_system!(total);
    assert_eq!(
        count, total,
        "AnyError::iter covers every variant of every system once"
    );
}

#[test]
fn lookup_all_zero_finds_the_successes() {
    let found: Vec<AnyError> = lookup_all(0).collect();
    let systems: Vec<System> = found.iter().map(|e| e.system()).collect();
    let defining: Vec<System> = System::ALL
        .into_iter()
        .filter(|&system| lookup(system, 0).is_some())
        .collect();
    assert_eq!(
        systems, defining,
        "lookup_all(0): every system that defines 0, in order"
    );
    // The sources: 0 means success to Neuron, SuperOffice and Viewtron.
    for system in [System::Neuron, System::SuperOffice, System::Viewtron] {
        assert!(systems.contains(&system), "lookup_all(0) lacks {system}");
    }
    for any in found {
        assert!(any.is_success(), "{} 0 means success", any.system().id());
        assert_eq!(any.kind(), Kind::Ok, "{} 0 has kind Ok", any.system().id());
    }
}

// ---------------------------------------------------------------------------
// Kind
// ---------------------------------------------------------------------------

/// `NotFound` -> `not_found`.
fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[test]
fn kind_names_parse_in_any_case() {
    for kind in Kind::ALL {
        let name = kind.name();
        let snake = snake_case(name);
        for spelling in [
            name.to_string(),
            name.to_lowercase(),
            name.to_uppercase(),
            snake.clone(),
            snake.to_uppercase(),
            snake.replace('_', "-"),
        ] {
            assert_eq!(
                Kind::from_name(&spelling),
                Some(kind),
                "Kind::from_name({spelling:?})"
            );
            assert_eq!(
                spelling.parse::<Kind>(),
                Ok(kind),
                "Kind::from_str({spelling:?})"
            );
        }
    }
    for bad in ["", "teapot", "Not Found", "NotFoundd", "OkOk"] {
        assert_eq!(Kind::from_name(bad), None, "Kind::from_name({bad:?})");
        let Err(error) = bad.parse::<Kind>() else {
            panic!("Kind::from_str accepted {bad:?}");
        };
        assert_eq!(error.name(), bad, "UnknownKindError::name for {bad:?}");
    }
}

#[test]
fn kind_http_status_is_an_http_status() {
    assert_eq!(
        Kind::ALL.len(),
        <Kind as EnumCount>::COUNT,
        "Kind::ALL lists every kind"
    );
    for kind in Kind::ALL {
        let status = kind.http_status();
        assert!(
            (200..=599).contains(&status),
            "{kind}: http_status {status}"
        );
        assert_eq!(
            status == 200,
            matches!(kind, Kind::Ok | Kind::OkWithRemark),
            "{kind}: 200 only for the kinds of success"
        );
        assert_eq!(kind.is_success(), status == 200, "{kind}: is_success");
    }
}

/// Every code's record holds what its catalog says of it, field by field:
/// the checked catalog (errcat-codegen's front end, reading `data/*.toml`)
/// against `entry()` of the library's `AnyError`, a path to the record that
/// no generated accessor stands in.
#[test]
fn every_record_holds_what_its_catalog_says() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for &system in &System::ALL {
        let file = format!("data/{}.toml", system.id());
        let text = std::fs::read_to_string(data.join(format!("{}.toml", system.id())))
            .expect("the catalog");
        let catalog = errcat_codegen::frontend::parse(&file, &text).expect("valid");
        let labels = |indexes: &[usize]| -> Vec<String> {
            let scope = catalog.scope.as_ref().expect("a scope");
            indexes
                .iter()
                .map(|&i| scope.values[i].text.clone())
                .collect()
        };
        for entry in &catalog.entries {
            let at = format!("{file} {}", entry.code);
            let record = AnyError::from_code(system, entry.code)
                .expect("known")
                .entry();
            assert_eq!(record.name, entry.name, "{at}");
            assert_eq!(record.message, entry.message, "{at}");
            assert_eq!(record.description, entry.description.as_deref(), "{at}");
            assert_eq!(record.explanation, entry.explanation.as_deref(), "{at}");
            assert_eq!(record.basis, entry.basis.as_deref(), "{at}");
            assert_eq!(record.kind.name(), entry.kind, "{at}");
            assert_eq!(
                record.is_retryable,
                entry.retryable.unwrap_or(record.kind.is_retryable()),
                "{at}"
            );
            assert_eq!(record.provenance.name(), entry.provenance, "{at}");
            assert_eq!(record.upstream_symbol, entry.symbol.as_deref(), "{at}");
            assert_eq!(record.former_symbols, entry.former_symbols, "{at}");
            assert_eq!(
                record.category.name, catalog.categories[entry.category].name,
                "{at}"
            );
            if !entry.applies_to.is_empty() {
                assert_eq!(record.applies_to, labels(&entry.applies_to), "{at}");
            } else {
                assert!(record.applies_to.is_empty(), "{at}");
            }
            let meanings: Vec<(String, String)> = entry
                .meanings
                .iter()
                .map(|(value, meaning)| (labels(&[*value]).remove(0), meaning.clone()))
                .collect();
            let recorded: Vec<(String, String)> = record
                .meanings
                .iter()
                .map(|&(label, meaning)| (label.to_string(), meaning.to_string()))
                .collect();
            assert_eq!(recorded, meanings, "{at}");
            assert_eq!(record.other_readings.len(), entry.readings.len(), "{at}");
            for (read, given) in record.other_readings.iter().zip(&entry.readings) {
                assert_eq!(read.page.id, catalog.pages[given.page].id, "{at}");
                assert_eq!(read.text, given.text, "{at}");
                if given.applies_to.is_empty() {
                    assert!(read.applies_to.is_empty(), "{at}");
                } else {
                    assert_eq!(read.applies_to, labels(&given.applies_to), "{at}");
                }
                assert_eq!(read.kind.map(Kind::name), given.kind.as_deref(), "{at}");
            }
            assert_eq!(
                record.wire_http_status,
                entry.wire_http_status.or(catalog.system.wire_http_status),
                "{at}"
            );
        }
    }
}
