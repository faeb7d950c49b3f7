//! Reads status codes as a conveyor controller would send them, and acts on
//! each through the generated enum and errcat's `Code`.

use errcat::{Code, ErrorCode, Kind};
use own_catalog::conveyor::ConveyorError;

/// What to do about one status code from the wire.
fn advice(raw: i32) -> String {
    // `Code` keeps every number: a known one typed, any other raw.
    let code = Code::<ConveyorError>::from(raw);
    if code.is_success() {
        return format!("{raw}: done");
    }
    match code.known() {
        Some(ConveyorError::InterlockOpen) => format!("{raw}: close the guard, then start again"),
        Some(error) if error.is_retryable() => format!("{raw}: {error}; retry later"),
        Some(error) => format!(
            "{raw}: {error} ({}, {}); call maintenance",
            error.kind(),
            error.category()
        ),
        None => format!("{raw}: {code} ({})", Kind::Unknown),
    }
}

fn main() {
    for raw in [0, 11, 20, 21, 92, 4711] {
        println!("{}", advice(raw));
    }
    // The generic interface, as for errcat's built-in systems.
    let system = <ConveyorError as ErrorCode>::SYSTEM;
    println!(
        "{} ({}): {} codes",
        system.title,
        system.id,
        ConveyorError::ALL.len()
    );
    assert_eq!(
        ConveyorError::try_from(20),
        Ok(ConveyorError::DriveOverheated)
    );
    // A controller's status word is a u16; any integer that fits i64 goes
    // through from_int, which refuses what is outside i32 rather than cut it.
    let status_word: u16 = 20;
    assert_eq!(
        ConveyorError::from_int(status_word),
        Ok(ConveyorError::DriveOverheated)
    );
    assert!(ConveyorError::from_int((1_i64 << 32) + 20).is_err());
    assert_eq!("BeltJammed".parse(), Ok(ConveyorError::BeltJammed));
}
