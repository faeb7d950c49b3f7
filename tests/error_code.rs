//! `ErrorCode` is open: an enum outside errcat implements it with its
//! required items alone, and the provided methods and constants answer as
//! documented. Also `SystemInfo`, the identity such an enum names its system
//! with.

use core::fmt;
use core::str::FromStr;

use errcat::{CatalogEntry, CategoryInfo, Code, ErrorCode, Kind, Provenance, System, SystemInfo};
use errcat::{UnknownCodeError, UnknownNameError};

/// A two-code system written by hand, with no generator and no metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Pump {
    Running = 0,
    Dry = 7,
    Jammed = 9,
}

/// Its one category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct General;

impl fmt::Display for General {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("General")
    }
}

const PUMP: SystemInfo = SystemInfo::new("pump", "Pump controller");

impl Pump {
    const ALL: &'static [Pump] = &[Pump::Running, Pump::Dry, Pump::Jammed];
}

impl fmt::Display for Pump {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl core::error::Error for Pump {}

impl TryFrom<i32> for Pump {
    type Error = UnknownCodeError;
    fn try_from(code: i32) -> Result<Self, Self::Error> {
        <Pump as ErrorCode>::from_code(code).ok_or(UnknownCodeError::new(Pump::SYSTEM, code.into()))
    }
}

impl FromStr for Pump {
    type Err = UnknownNameError;
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        <Pump as ErrorCode>::from_name(name)
            .ok_or_else(|| UnknownNameError::new(Pump::SYSTEM, name))
    }
}

impl From<Pump> for i32 {
    fn from(pump: Pump) -> i32 {
        pump as i32
    }
}

impl ErrorCode for Pump {
    type Category = General;
    const SYSTEM: &'static SystemInfo = &PUMP;

    fn all() -> &'static [Self] {
        Pump::ALL
    }
    fn from_code(code: i32) -> Option<Self> {
        Pump::ALL.iter().copied().find(|p| *p as i32 == code)
    }
    fn from_name(name: &str) -> Option<Self> {
        Pump::ALL.iter().copied().find(|p| p.name() == name)
    }
    fn code(self) -> i32 {
        self as i32
    }
    fn category(self) -> General {
        General
    }
    fn entry(self) -> &'static CatalogEntry {
        match self {
            Pump::Running => &RUNNING,
            Pump::Dry => &DRY,
            Pump::Jammed => &JAMMED,
        }
    }
}

/// The pump's one category, and what it records of each code: the record's
/// constructor alone, no other fact.
const GENERAL: CategoryInfo = CategoryInfo::new("General", "General", None);
const RUNNING: CatalogEntry = CatalogEntry::new(
    "Running",
    "running",
    &GENERAL,
    Kind::Ok,
    Provenance::VendorPage,
);
const DRY: CatalogEntry = CatalogEntry::new(
    "Dry",
    "ran dry",
    &GENERAL,
    Kind::Unavailable,
    Provenance::VendorPage,
);
const JAMMED: CatalogEntry = CatalogEntry::new(
    "Jammed",
    "impeller jammed",
    &GENERAL,
    Kind::Internal,
    Provenance::VendorPage,
);

#[test]
fn the_provided_methods_follow_the_kind_and_say_nothing_else() {
    for &pump in Pump::ALL {
        let kind = pump.kind();
        assert_eq!(pump.is_success(), kind == Kind::Ok, "{pump:?}");
        assert_eq!(pump.is_retryable(), kind.is_retryable(), "{pump:?}");
        assert_eq!(pump.http_status(), kind.http_status(), "{pump:?}");
        assert_eq!(pump.description(), None);
        assert_eq!(pump.upstream_symbol(), None);
        assert_eq!(pump.former_symbols(), &[] as &[&str]);
        assert_eq!(pump.explanation(), None);
        assert_eq!(pump.applies_to(), &[] as &[&str]);
        assert_eq!(pump.meanings(), &[] as &[(&str, &str)]);
        assert!(pump.other_readings().is_empty());
        assert_eq!(pump.wire_http_status(), None);
        assert_eq!(Code::from(pump).wire_http_status(), None);
    }
    assert_eq!(Code::<Pump>::from(4711).wire_http_status(), None);
    // Both answers occur, so a default that always said one would show.
    assert!(Pump::Running.is_success() && !Pump::Dry.is_success());
    assert!(Pump::Dry.is_retryable() && !Pump::Jammed.is_retryable());
    assert!(Pump::CATEGORIES.is_empty());
    assert_eq!(Pump::SCOPE, None);
    assert!(Pump::UNNUMBERED.is_empty());
    assert!(Pump::PAGES.is_empty());
    assert_eq!(Pump::DEFAULT_WIRE_HTTP_STATUS, None);
}

#[test]
fn a_hand_written_enum_works_in_code_and_in_the_conversion_errors() {
    assert_eq!(Code::<Pump>::from(7), Code::Known(Pump::Dry));
    assert_eq!(Code::<Pump>::from(0).into_result(), Ok(()));
    let unknown = Code::<Pump>::from(3);
    assert_eq!(unknown.kind(), Kind::Unknown);
    assert_eq!(unknown.to_string(), "unknown Pump controller code 3");

    let error = Pump::try_from(3).unwrap_err();
    assert_eq!(error.system(), &PUMP);
    assert_eq!(
        error.to_string(),
        "3 is not a known Pump controller error code"
    );
    let error = "Wet".parse::<Pump>().unwrap_err();
    assert_eq!(
        error.to_string(),
        "\"Wet\" is not the name of a Pump controller error"
    );
}

#[test]
fn a_system_info_is_its_id_and_title() {
    assert_eq!(PUMP.id(), "pump");
    assert_eq!(PUMP.title(), "Pump controller");
    assert_eq!(format!("[{PUMP:>17}]"), "[  Pump controller]");
    for system in System::ALL {
        let info = system.info();
        assert_eq!(info.id(), system.id());
        assert_eq!(info.title(), system.title());
        assert_eq!(info.to_string(), system.to_string());
        assert_eq!(system.to_string(), system.title());
        assert_eq!(format!("{system:<3}"), system.title(), "{system:?}");
        assert!(!info.id().is_empty() && !info.title().is_empty());
    }
    let article = |title| {
        let info: &'static SystemInfo = Box::leak(Box::new(SystemInfo::new("x", title)));
        UnknownNameError::new(info, "N").to_string()
    };
    assert_eq!(article("Acme"), "\"N\" is not the name of an Acme error");
    assert_eq!(article("Pump"), "\"N\" is not the name of a Pump error");
}

/// `Code` compares, orders and hashes by the raw number, known or not.
#[test]
fn codes_compare_and_hash_by_number() {
    use std::collections::HashSet;
    use std::hash::{BuildHasher, RandomState};

    let dry = Code::<Pump>::from(7);
    assert_eq!(dry, Code::Known(Pump::Dry));
    assert_ne!(dry, Code::<Pump>::from(9));
    assert_ne!(Code::<Pump>::from(3), Code::<Pump>::from(4));
    assert!(Code::<Pump>::from(3) < dry);
    let state = RandomState::new();
    assert_eq!(state.hash_one(dry), state.hash_one(Code::<Pump>::from(7)));
    assert_ne!(state.hash_one(dry), state.hash_one(Code::<Pump>::from(9)));
    let set: HashSet<Code<Pump>> = [0, 7, 7, 9, 3, 3].into_iter().map(Code::from).collect();
    assert_eq!(set.len(), 4);
}

/// The errors of errcat's own parsing name what was given, in `Display` and
/// in `Debug`.
#[test]
fn parse_errors_show_what_was_given() {
    let error = "modbus".parse::<System>().unwrap_err();
    assert_eq!(error.name(), "modbus");
    let shown = error.to_string();
    let ids: Vec<&str> = System::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(
        shown,
        format!(
            "unknown system \"modbus\"; expected one of: {}",
            ids.join(", ")
        )
    );
    let error = "teapot".parse::<Kind>().unwrap_err();
    let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
    assert_eq!(
        error.to_string(),
        format!(
            "unknown kind \"teapot\"; expected one of: {}",
            names.join(", ")
        )
    );
    let error = "Wet".parse::<Pump>().unwrap_err();
    assert!(format!("{error:?}").contains("\"Wet\""), "{error:?}");
}

/// A provenance displays as its description.
#[test]
fn provenances_display_their_description() {
    for provenance in Provenance::ALL {
        assert_eq!(provenance.to_string(), provenance.describe());
        assert!(!provenance.describe().is_empty());
    }
}

/// `Code::wire_http_status` reads the catalog's statuses for known and unknown
/// codes alike, where the catalog records them (Neuron), and says nothing
/// where it does not.
#[test]
fn a_code_reads_the_wire_status_its_catalog_records() {
    use errcat::neuron::{self, NeuronError};

    for &error in NeuronError::ALL {
        let status = error.wire_http_status();
        assert!(status.is_some(), "{error:?}: Neuron records every code's");
        assert_eq!(Code::from(error).wire_http_status(), status, "{error:?}");
        assert_eq!(ErrorCode::wire_http_status(error), status, "{error:?}");
    }
    assert_eq!(
        Code::<NeuronError>::from(2002).wire_http_status(),
        Some(409)
    );
    assert_eq!(
        Code::<NeuronError>::from(123456).wire_http_status(),
        Some(neuron::DEFAULT_WIRE_HTTP_STATUS)
    );
    assert_eq!(
        <NeuronError as ErrorCode>::DEFAULT_WIRE_HTTP_STATUS,
        Some(200)
    );
    assert_eq!(
        Code::<errcat::viewtron::ViewtronError>::from(9).wire_http_status(),
        None
    );
}

#[test]
fn a_hand_written_enum_is_error_info_and_from_int_too() {
    use errcat::ErrorInfo;

    let views: [&dyn ErrorInfo; 2] = [&Pump::Dry, &Code::<Pump>::from(3)];
    assert_eq!(views.map(|v| v.system().id), ["pump", "pump"]);
    assert_eq!(views.map(|v| v.name()), [Some("Dry"), None]);
    assert_eq!(views.map(|v| v.kind()), [Pump::Dry.kind(), Kind::Unknown]);
    assert_eq!(views.map(|v| v.wire_http_status()), [None, None]);
    assert_eq!(Pump::from_int(9_u8), Ok(Pump::Jammed));
    assert_eq!(
        Pump::from_int((1_i64 << 32) + 9).unwrap_err().code(),
        (1 << 32) + 9
    );
}
