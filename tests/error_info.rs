//! `ErrorInfo`: one object-safe view of every generated enum, `AnyError` and
//! `Code<E>`, answering as the types' own methods do, for unknown codes too.

use errcat::i4scada::I4scadaError;
use errcat::neuron::NeuronError;
use errcat::superoffice::SuperOfficeError;
use errcat::viewtron::ViewtronError;
use errcat::{AnyError, Code, ErrorCode, ErrorInfo, Kind};

/// Every view of every code of `E` answers what the enum's own methods say;
/// codes the catalog lacks answer through `Code<E>` as unknown.
fn every_view_agrees<E: ErrorCode + Into<AnyError>>() {
    for &error in E::all() {
        // With ErrorInfo in scope, a call on the value still picks the
        // by-value method: no ambiguity, the enum's own types.
        let name: &'static str = error.name();
        let code = Code::from(error);
        let any: AnyError = error.into();
        let views: [(&str, &dyn ErrorInfo); 3] =
            [("enum", &error), ("Code", &code), ("AnyError", &any)];
        for (view, info) in views {
            let at = format!("{} {} via {view}", E::SYSTEM.id, error.code());
            assert_eq!(info.system(), E::SYSTEM, "{at}");
            assert_eq!(info.code(), error.code(), "{at}");
            assert_eq!(info.name(), Some(name), "{at}");
            assert_eq!(info.message(), Some(error.message()), "{at}");
            assert_eq!(info.description(), error.description(), "{at}");
            assert_eq!(info.kind(), error.kind(), "{at}");
            assert_eq!(info.is_retryable(), error.is_retryable(), "{at}");
            assert_eq!(info.is_success(), error.is_success(), "{at}");
            assert_eq!(info.http_status(), error.http_status(), "{at}");
            assert_eq!(info.wire_http_status(), error.wire_http_status(), "{at}");
            assert_eq!(info.to_string(), error.to_string(), "{at}");
            assert!(
                info.entry()
                    .is_some_and(|entry| core::ptr::eq(entry, error.entry())),
                "{at}: the enum's own record"
            );
        }
        assert_eq!(code.entry(), Some(error.entry()));
    }
    let mut unknown = 0;
    for raw in [i32::MIN, -1, 1, 99_999, 123_456, i32::MAX] {
        if E::from_code(raw).is_some() {
            continue;
        }
        unknown += 1;
        let code = Code::<E>::from(raw);
        let info: &dyn ErrorInfo = &code;
        let at = format!("{} {raw}", E::SYSTEM.id);
        assert_eq!(info.system(), E::SYSTEM, "{at}");
        assert_eq!(info.code(), raw, "{at}");
        assert_eq!(info.name(), None, "{at}");
        assert_eq!(info.message(), None, "{at}");
        assert_eq!(info.description(), None, "{at}");
        assert_eq!(info.kind(), Kind::Unknown, "{at}");
        assert_eq!(info.is_retryable(), Kind::Unknown.is_retryable(), "{at}");
        assert!(!info.is_success(), "{at}");
        assert_eq!(info.http_status(), Kind::Unknown.http_status(), "{at}");
        assert_eq!(info.wire_http_status(), E::DEFAULT_WIRE_HTTP_STATUS, "{at}");
        assert_eq!(info.to_string(), code.to_string(), "{at}");
        assert!(info.to_string().contains(&raw.to_string()), "{at}");
        assert_eq!(code.entry(), None, "{at}");
        assert_eq!(info.entry(), None, "{at}");
    }
    assert!(unknown > 0, "{}: some sample code is unknown", E::SYSTEM.id);
}

#[test]
fn every_view_of_every_code_agrees() {
    every_view_agrees::<I4scadaError>();
    every_view_agrees::<NeuronError>();
    every_view_agrees::<SuperOfficeError>();
    every_view_agrees::<ViewtronError>();
}

#[test]
fn boxed_and_mixed_errors_go_through_one_function() {
    fn summary(errors: &[Box<dyn ErrorInfo>]) -> Vec<(String, i32, Option<u16>)> {
        errors
            .iter()
            .map(|e| (e.system().id.to_string(), e.code(), e.wire_http_status()))
            .collect()
    }
    let errors: Vec<Box<dyn ErrorInfo>> = vec![
        Box::new(NeuronError::NodeNotExist),
        Box::new(AnyError::from(ViewtronError::SystemBusy)),
        Box::new(Code::<NeuronError>::from(123_456)),
    ];
    let neuron_2003 = NeuronError::NodeNotExist.wire_http_status();
    assert!(neuron_2003.is_some());
    assert_eq!(
        summary(&errors),
        [
            ("neuron".to_string(), 2003, neuron_2003),
            ("viewtron".to_string(), 7, None),
            (
                "neuron".to_string(),
                123_456,
                NeuronError::DEFAULT_WIRE_HTTP_STATUS
            ),
        ]
    );
}

#[cfg(feature = "http")]
#[test]
fn status_codes_through_the_trait_match_the_numbers() {
    for error in AnyError::iter() {
        let info: &dyn ErrorInfo = &error;
        assert_eq!(info.http_status_code().as_u16(), info.http_status());
        assert_eq!(
            info.wire_http_status_code().map(|s| s.as_u16()),
            info.wire_http_status()
        );
    }
}
