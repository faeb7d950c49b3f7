//! Integer conversions a user reaches for: `try_from` of a literal in every
//! position, and `from_int` for the other integer types, which refuses what is
//! outside `i32` instead of cutting it to 32 bits.

use errcat::i4scada::I4scadaError;
use errcat::neuron::NeuronError;
use errcat::superoffice::SuperOfficeError;
use errcat::viewtron::ViewtronError;
use errcat::{Code, ErrorCode, UnknownCodeError};

/// The literal's type is inferred before a method call on the result: this
/// did not compile (E0282) while the enums also implemented `TryFrom<i64>`
/// and `TryFrom<u32>`.
#[test]
fn try_from_a_literal_compiles_in_every_position() {
    assert_eq!(
        NeuronError::try_from(99_999).unwrap_err().to_string(),
        "99999 is not a known EMQ Neuron / NeuronEX error code"
    );
    assert_eq!(NeuronError::try_from(2003).map(|e| e.code()), Ok(2003));
    assert!(NeuronError::try_from(2003).is_ok_and(|e| e.name() == "NodeNotExist"));
    assert_eq!(I4scadaError::try_from(-4095).unwrap().code(), -4095);
    let _: Result<ViewtronError, _> = 9.try_into();
    assert_eq!(
        SuperOfficeError::try_from(0).ok().map(ErrorCode::kind),
        Some(errcat::Kind::Ok)
    );
    assert_eq!(Code::<NeuronError>::from(123_456).code(), 123_456);
}

/// `from_int` agrees with `TryFrom<i32>` inside `i32`, and outside it
/// refuses the value whole: for every code `c` of the catalog, `c + 2^32` and
/// `c - 2^32` (which `as i32` would turn into `c`) are refused with their
/// own value, as are the ends of `i64`.
fn from_int_never_truncates<E: ErrorCode + std::fmt::Debug>() {
    const WRAP: i64 = 1 << 32;
    for &error in E::all() {
        let code = error.code();
        assert_eq!(E::from_int(code), Ok(error));
        assert_eq!(E::from_int(i64::from(code)), Ok(error));
        assert_eq!(Code::<E>::from_int(i64::from(code)), Ok(Code::Known(error)));
        for wide in [i64::from(code) + WRAP, i64::from(code) - WRAP] {
            // What a truncating conversion would have taken it for.
            assert_eq!(wide as i32, code);
            let refused = E::from_int(wide).unwrap_err();
            assert_eq!(refused, UnknownCodeError::new(E::SYSTEM, wide));
            assert_eq!(Code::<E>::from_int(wide).unwrap_err().code(), wide);
            assert!(refused.to_string().starts_with(&format!("{wide} is not")));
        }
        // The narrower types, where the code fits them.
        if let Ok(narrow) = u16::try_from(code) {
            assert_eq!(E::from_int(narrow), Ok(error));
        }
        if let Ok(narrow) = i16::try_from(code) {
            assert_eq!(E::from_int(narrow), Ok(error));
        }
        if let Ok(narrow) = u32::try_from(code) {
            assert_eq!(E::from_int(narrow), Ok(error));
        }
        if let Ok(narrow) = i8::try_from(code) {
            assert_eq!(E::from_int(narrow), Ok(error));
        }
        if let Ok(narrow) = u8::try_from(code) {
            assert_eq!(E::from_int(narrow), Ok(error));
        }
    }
    for wide in [
        i64::MIN,
        i64::MAX,
        i64::from(i32::MAX) + 1,
        i64::from(i32::MIN) - 1,
    ] {
        assert_eq!(E::from_int(wide).unwrap_err().code(), wide);
        assert_eq!(Code::<E>::from_int(wide).unwrap_err().code(), wide);
    }
    // Every u32 above i32::MAX is refused, not wrapped to a negative code.
    for wide in [u32::MAX, 1 << 31, (1 << 31) + 1] {
        assert_eq!(E::from_int(wide).unwrap_err().code(), i64::from(wide));
        assert_eq!(
            Code::<E>::from_int(wide).unwrap_err().code(),
            i64::from(wide)
        );
    }
    // The ends of i32 are codes to Code, known or not.
    for edge in [i32::MIN, i32::MAX] {
        assert_eq!(
            Code::<E>::from_int(i64::from(edge)).map(Code::code),
            Ok(edge)
        );
        assert_eq!(E::from_int(edge).ok(), E::from_code(edge));
    }
}

#[test]
fn from_int_never_truncates_in_any_system() {
    from_int_never_truncates::<I4scadaError>();
    from_int_never_truncates::<NeuronError>();
    from_int_never_truncates::<SuperOfficeError>();
    from_int_never_truncates::<ViewtronError>();
}

#[test]
fn the_inherent_from_int_is_the_traits() {
    for wide in [2003_i64, 1 << 40, -1, i64::from(i32::MIN)] {
        assert_eq!(
            NeuronError::from_int(wide),
            <NeuronError as ErrorCode>::from_int(wide)
        );
    }
    assert_eq!(
        NeuronError::from_int(2003_u16),
        Ok(NeuronError::NodeNotExist)
    );
}

/// The gRPC number a tonic `Code::from(i32)` takes, and usable in `const`.
#[test]
fn kinds_give_their_grpc_number_as_an_i32() {
    const NOT_FOUND: i32 = errcat::Kind::NotFound.grpc_code();
    assert_eq!(NOT_FOUND, 5);
    // Each kind's number is the vocabulary's (the whole table is in
    // tests/kinds.rs); here, as the i32 tonic takes.
    for (kind, row) in errcat::Kind::ALL.iter().zip(errcat_core::vocabulary::KINDS) {
        assert_eq!(kind.grpc_code(), i32::from(row.grpc_code), "{kind}");
    }
}

#[cfg(feature = "http")]
#[test]
fn status_codes_match_the_numbers_everywhere() {
    use errcat::{AnyError, ErrorInfo};
    for error in AnyError::iter() {
        assert_eq!(error.http_status_code().as_u16(), error.http_status());
        assert_eq!(
            error.wire_http_status_code().map(|s| s.as_u16()),
            error.wire_http_status()
        );
    }
    fn each<E: ErrorCode>() {
        for &error in E::all() {
            assert_eq!(error.http_status_code().as_u16(), error.http_status());
            assert_eq!(
                error.wire_http_status_code().map(|s| s.as_u16()),
                error.wire_http_status()
            );
            let code = Code::from(error);
            assert_eq!(code.http_status_code().as_u16(), code.http_status());
            assert_eq!(
                code.wire_http_status_code().map(|s| s.as_u16()),
                code.wire_http_status()
            );
        }
        let unknown = Code::<E>::Unknown(i32::MIN);
        assert_eq!(unknown.http_status_code().as_u16(), unknown.http_status());
        assert_eq!(
            unknown.wire_http_status_code().map(|s| s.as_u16()),
            E::DEFAULT_WIRE_HTTP_STATUS
        );
    }
    each::<I4scadaError>();
    each::<NeuronError>();
    each::<SuperOfficeError>();
    each::<ViewtronError>();
}
