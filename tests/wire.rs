//! From the wire to a typed result: `Code<E>`, the serde policy, and the two
//! reply checkers against realistic replies (`tests/fixtures/replies/`).

#![cfg(all(feature = "serde", feature = "json", feature = "xml"))]

use std::collections::BTreeMap;
use std::path::Path;

use errcat::i4scada::I4scadaError;
use errcat::neuron::{self, NeuronError};
use errcat::viewtron::{self, Firmware, ViewtronError};
use errcat::{AnyError, Code, ErrorCode, Kind, System, WrongSystemError, reply};
use serde::Deserialize;
use serde::de::DeserializeOwned;

// ---------------------------------------------------------------------------
// Replies
// ---------------------------------------------------------------------------

/// What a fixture must give.
#[derive(Debug, PartialEq)]
enum Outcome {
    Success,
    /// Code, `errorDesc`, firmware shown, meaning.
    Failed(
        i32,
        Option<&'static str>,
        Option<Firmware>,
        Option<&'static str>,
    ),
    /// Every item of a batch reply with a failed item: (position, index, code).
    ItemsFailed(Vec<(usize, Option<u32>, i32)>),
    /// Success with per-item warnings: (position, index, code).
    Warned(Vec<(usize, Option<u32>, i32)>),
    /// A failure without a code (a SOAP Fault): its code and text.
    Fault(Option<&'static str>, Option<&'static str>),
    /// A piece of the problem's text.
    Malformed(&'static str),
}

/// Every fixture and what it must give; a fixture not listed here fails the
/// test, so none is silently unchecked.
fn expected() -> BTreeMap<&'static str, Outcome> {
    use Outcome::*;
    let port = "network port number error (v1.9) / client restricted by blacklist/whitelist (v2.0)";
    BTreeMap::from([
        ("neuron-success.json", Success),
        ("neuron-no-error-member.json", Success),
        ("neuron-nested-error.json", Success),
        ("neuron-failed-2003.json", Failed(2003, None, None, None)),
        (
            "neuron-failed-unknown-123456.json",
            Failed(123456, None, None, None),
        ),
        (
            "neuron-error-string.json",
            Malformed("the string \"2003\", not an integer"),
        ),
        ("neuron-error-fraction.json", Malformed("2003.5")),
        ("neuron-truncated.json", Malformed("EOF")),
        ("viewtron-success-with-data.xml", Success),
        ("viewtron-success.xml", Success),
        ("viewtron-success-bom.xml", Success),
        (
            "viewtron-failed.xml",
            Failed(
                1,
                Some("Invalid Request"),
                Some(Firmware::V2_0),
                Some("Invalid Request"),
            ),
        ),
        (
            "viewtron-failed-v1.9.xml",
            Failed(1, None, None, Some("Invalid Request")),
        ),
        (
            "viewtron-failed-unknown-999.xml",
            Failed(999, Some("Something New"), Some(Firmware::V2_0), None),
        ),
        (
            "viewtron-failed-5-v2.0.xml",
            Failed(
                5,
                Some("Network Port Error"),
                Some(Firmware::V2_0),
                Some("client restricted by blacklist/whitelist"),
            ),
        ),
        ("viewtron-failed-5.xml", Failed(5, None, None, Some(port))),
        (
            "viewtron-failed-entity.xml",
            Failed(
                2,
                Some("Method & Not Allowed"),
                Some(Firmware::V2_0),
                Some("Invalid XML Format"),
            ),
        ),
        (
            "viewtron-failed-prefixed-single-quotes.xml",
            Failed(7, None, None, Some("System Busy")),
        ),
        ("viewtron-truncated.xml", Malformed("ends inside <config>")),
        ("viewtron-success-no-error.xml", Success),
        ("viewtron-batch-all-added.xml", Success),
        (
            "viewtron-batch-one-failed.xml",
            ItemsFailed(vec![(1, Some(1), 0), (2, Some(2), 203), (3, Some(3), 999)]),
        ),
        (
            "viewtron-nothing-found-20.xml",
            Failed(
                20,
                Some("Resources Not Exist"),
                Some(Firmware::V2_0),
                Some("Resources Not Exist"),
            ),
        ),
        ("viewtron-success-items-without-codes.xml", Success),
        // Issue 24, items 8 to 11: the encoding, character references,
        // namespace declarations, and what may follow the root.
        ("neuron-bom.json", Failed(2003, None, None, None)),
        ("neuron-utf16le.json", Malformed("UTF-16 (little-endian)")),
        ("viewtron-utf16be.xml", Malformed("UTF-16 (big-endian)")),
        (
            "viewtron-utf16le-no-bom.xml",
            Malformed("UTF-16 (little-endian)"),
        ),
        (
            "viewtron-failed-char-ref.xml",
            Failed(
                9,
                Some("Unauthorized"),
                Some(Firmware::V2_0),
                Some("Unauthorized"),
            ),
        ),
        (
            "viewtron-batch-char-ref.xml",
            ItemsFailed(vec![(1, Some(1), 0), (2, Some(2), 203)]),
        ),
        ("viewtron-xmlns-errorcode.xml", Success),
        (
            "viewtron-cdata-after-root.xml",
            Malformed("a CDATA section outside the root element at byte 27, after"),
        ),
        (
            "viewtron-reference-after-root.xml",
            Malformed("a reference outside the root element at byte 27, after"),
        ),
        (
            "viewtron-doctype-after-root.xml",
            Malformed("a DOCTYPE at byte 27, after the root element"),
        ),
        (
            "viewtron-text-after-root.xml",
            Malformed("text outside the root element at byte 26, after"),
        ),
        // SuperOffice: the SOAP response forms of soap-envelope.txt, the
        // Body's layout inferred (no WSDL or captured reply is public).
        ("superoffice-login-success.xml", Success),
        (
            "superoffice-login-incorrect.xml",
            Failed(1, None, None, None),
        ),
        (
            "superoffice-getticket-failed-unknown-99.xml",
            Failed(99, None, None, None),
        ),
        ("superoffice-no-prefixes.xml", Success),
        ("superoffice-char-ref.xml", Failed(1, None, None, None)),
        (
            "superoffice-fault.xml",
            Fault(
                Some("SOAP-ENV:Client"),
                Some("Method 'logn' not implemented"),
            ),
        ),
        (
            "superoffice-fault-soap12.xml",
            Fault(Some("env:Receiver"), Some("Internal error")),
        ),
        (
            "superoffice-geterrormessage.xml",
            Malformed("\"getErrorMessageResponse\" has no <errorCode> child"),
        ),
        (
            "superoffice-empty-body.xml",
            Malformed("the SOAP <Body> is empty"),
        ),
        (
            "superoffice-not-a-code.xml",
            Malformed("<errorCode> is \"OK\", not a code"),
        ),
        (
            "superoffice-not-soap.xml",
            Malformed("the root element is <\"config\">, not a SOAP <Envelope>"),
        ),
        // i4scada: every form of wcf-envelope.txt, all in {"d": ...}.
        ("i4scada-login-token.json", Success),
        (
            "i4scada-login-codes-string.json",
            Failed(-4091, None, None, None),
        ),
        (
            "i4scada-login-object-failed.json",
            Failed(-4091, None, None, None),
        ),
        // A Login failure whose code is 0, which i4scada's catalog lacks:
        // the failure keeps it, as an unknown code (fuzzing found it shown
        // as a success's facts).
        ("i4scada-login-codes-zero.json", Failed(0, None, None, None)),
        (
            "i4scada-login-object-failed-no-code.json",
            Fault(None, None),
        ),
        ("i4scada-login-object-success.json", Success),
        ("i4scada-write-success.json", Success),
        (
            "i4scada-write-one-failed.json",
            ItemsFailed(vec![(1, None, 0), (2, None, -4088), (3, None, 0)]),
        ),
        (
            "i4scada-register-warning.json",
            Warned(vec![(1, None, 0), (2, None, 1), (3, None, 0)]),
        ),
        (
            "i4scada-read-signals.json",
            ItemsFailed(vec![(1, None, 0), (2, None, -4088)]),
        ),
        ("i4scada-read-signals-success.json", Success),
        // An OPC server's code as a per-signal result (0xC0040006,
        // OPC_E_BADRIGHTS; 0x0004000E, OPC_S_CLAMP: a warning).
        (
            "i4scada-write-opc-badrights.json",
            ItemsFailed(vec![(1, None, 0), (2, None, -1_073_479_674), (3, None, 0)]),
        ),
        (
            "i4scada-write-opc-clamp.json",
            Warned(vec![(1, None, 0), (2, None, 262_158)]),
        ),
        (
            "i4scada-acknowledge-failed.json",
            Failed(-4095, None, None, None),
        ),
        ("i4scada-acknowledge-success.json", Success),
        ("i4scada-connect.json", Success),
        ("i4scada-connect-with-token.json", Success),
        (
            "i4scada-mixed-array.json",
            Malformed("element 2 of \"d\" is an object, while those before it are a number"),
        ),
        ("i4scada-no-d.json", Malformed("no \"d\" member")),
        (
            "i4scada-d-twice.json",
            Malformed("the \"d\" member appears twice"),
        ),
        // Issue 21, item 4: the firmware from <config version>.
        (
            "viewtron-failed-version-1.7.xml",
            Failed(
                5,
                None,
                Some(Firmware::V1_9),
                Some("network port number error"),
            ),
        ),
    ])
}

/// What the checker of the system the fixture's name begins with
/// (`neuron-...`) makes of it, through the one shape every checker gives.
fn outcome_of(file: &str, bytes: &[u8]) -> Outcome {
    let id = file.split('-').next().expect("a fixture name");
    let system = System::from_id(id).unwrap_or_else(|| panic!("{file}: no system {id}"));
    let checker = reply::checker(system).unwrap_or_else(|| panic!("{file}: no checker"));
    let verdict = checker.check(bytes);
    let leak = |text: &str| -> &'static str { Box::leak(text.to_owned().into_boxed_str()) };
    let detail = |key: &str| verdict.detail(key).and_then(|d| d.value()).map(leak);
    let items = || {
        verdict
            .items()
            .iter()
            .map(|item| (item.position(), item.index(), item.code().code()))
            .collect()
    };
    match verdict.outcome() {
        reply::Outcome::Success if verdict.items().is_empty() => Outcome::Success,
        reply::Outcome::Success => Outcome::Warned(items()),
        reply::Outcome::Failure if !verdict.items().is_empty() => Outcome::ItemsFailed(items()),
        reply::Outcome::Failure => match verdict.code() {
            Some(code) => Outcome::Failed(
                code.code(),
                detail("error_desc"),
                detail("firmware").map(|label| {
                    *Firmware::ALL
                        .iter()
                        .find(|f| f.label() == label)
                        .expect("a firmware errcat knows")
                }),
                detail("meaning"),
            ),
            None => Outcome::Fault(detail("fault_code"), detail("fault_string")),
        },
        reply::Outcome::Malformed => Outcome::Malformed(leak(
            verdict
                .problem()
                .expect("a malformed reply's problem")
                .problem(),
        )),
    }
}

/// The folder of the reply fixtures, `<system id>-<what it shows>.<ext>`.
fn replies_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/replies")
}

/// The verdicts of `checker` on every reply fixture of its system, each
/// with the fixture's file name.
fn fixture_verdicts(checker: &reply::Checker) -> Vec<(String, reply::Verdict)> {
    let prefix = format!("{}-", checker.system().id());
    let mut verdicts = Vec::new();
    for entry in std::fs::read_dir(replies_dir()).expect("the replies folder") {
        let path = entry.expect("a directory entry").path();
        let name = path
            .file_name()
            .and_then(|f| f.to_str())
            .expect("a UTF-8 name");
        if name.starts_with(&prefix) {
            let verdict = checker.check(std::fs::read(&path).expect("a readable fixture"));
            verdicts.push((name.to_owned(), verdict));
        }
    }
    verdicts
}

#[test]
fn every_reply_fixture_gives_its_outcome() {
    let dir = replies_dir();
    let mut expected = expected();
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("the replies folder") {
        let path = entry.expect("a directory entry").path();
        let file = path
            .file_name()
            .and_then(|f| f.to_str())
            .expect("a UTF-8 name")
            .to_owned();
        let bytes = std::fs::read(&path).expect("a readable fixture");
        let want = expected
            .remove(file.as_str())
            .unwrap_or_else(|| panic!("{file}: a fixture with no expected outcome"));
        let got = outcome_of(&file, &bytes);
        match (&want, &got) {
            (Outcome::Malformed(part), Outcome::Malformed(problem)) => {
                assert!(problem.contains(part), "{file}: {problem:?} lacks {part:?}");
            }
            _ => assert_eq!(got, want, "{file}"),
        }
        seen += 1;
    }
    assert!(
        expected.is_empty(),
        "expected fixtures missing: {:?}",
        expected.keys()
    );
    assert!(seen > 0, "no fixture read");
    // Every registered checker has a fixture of each outcome.
    for checker in reply::CHECKERS {
        let id = checker.system().id();
        for outcome in [
            reply::Outcome::Success,
            reply::Outcome::Failure,
            reply::Outcome::Malformed,
        ] {
            let found = fixture_verdicts(checker)
                .iter()
                .any(|(_, verdict)| verdict.outcome() == outcome);
            assert!(
                found,
                "{id}: no fixture with the outcome {}",
                outcome.name()
            );
        }
    }
}

#[test]
fn neuron_reply_errors_keep_the_code_and_say_what_is_wrong() {
    let failed =
        neuron::check_reply(br#"{"error": 2002, "nodes": [1, 2, {"error": 0}]}"#).unwrap_err();
    assert_eq!(failed.code(), Some(Code::Known(NeuronError::NodeExists)));
    assert_eq!(
        failed.to_string(),
        "the request failed with EMQ Neuron / NeuronEX code 2002 (NodeExists): Node already exists"
    );
    let cases: [(&[u8], &str); 8] = [
        (b"", "EOF"),
        (b"[0]", "a JSON object"),
        (b"0", "a JSON object"),
        (br#"{"error": null}"#, "null"),
        (
            br#"{"error": 2147483648}"#,
            "2147483648, outside the i32 range",
        ),
        (
            br#"{"error": -2147483649}"#,
            "-2147483649, outside the i32 range",
        ),
        (br#"{"error": 1, "error": 1}"#, "appears twice"),
        (b"<html>", "expected value"),
    ];
    for (body, part) in cases {
        let Err(neuron::ReplyError::Malformed(m)) = neuron::check_reply(body) else {
            panic!("{:?}: not malformed", String::from_utf8_lossy(body));
        };
        assert!(
            m.problem().contains(part),
            "{:?}: {m}",
            String::from_utf8_lossy(body)
        );
        assert_eq!(neuron::ReplyError::Malformed(m).code(), None);
    }
    assert_eq!(
        neuron::check_reply(br#"{"error": -2147483648}"#)
            .unwrap_err()
            .code(),
        Some(Code::Unknown(i32::MIN))
    );
}

#[test]
fn huge_replies_are_read_with_bounded_errors() {
    let huge = "x".repeat(1 << 20);
    let string_code = format!(r#"{{"error": "{huge}"}}"#);
    let Err(neuron::ReplyError::Malformed(m)) = neuron::check_reply(string_code.as_bytes()) else {
        panic!("a string code is malformed");
    };
    assert!(
        m.problem().len() < 300,
        "the problem quotes {} bytes",
        m.problem().len()
    );
    let big_body = format!(r#"{{"log": "{huge}", "error": 3002}}"#);
    assert_eq!(
        neuron::check_reply(big_body.as_bytes()).unwrap_err().code(),
        Some(Code::from(3002))
    );

    let xml = format!(r#"<config status="failed" errorCode="9" errorDesc="{huge}"/>"#);
    let Err(viewtron::ReplyError::Failed(f)) = viewtron::check_reply(xml.as_bytes()) else {
        panic!("a failure");
    };
    let desc = f.error_desc().expect("the device's text");
    assert_eq!(desc.len(), viewtron::MAX_ERROR_DESC + "…".len());
    assert!(desc.ends_with('…'));
    let many = format!(
        "<config>{}</config>",
        "<item><a>1</a></item>".repeat(50_000)
    );
    assert_eq!(viewtron::check_reply(many.as_bytes()), Ok(()));
}

#[test]
fn viewtron_refuses_what_is_not_a_reply() {
    let cases: [(&[u8], &str); 10] = [
        (b"", "no root element"),
        (b"   ", "no root element"),
        (b"{\"error\": 0}", "text outside the root element"),
        (
            b"<reply status=\"failed\" errorCode=\"1\"/>",
            "not <config>",
        ),
        (b"<config status=\"failed\"/>", "without an errorCode"),
        (
            b"<config status=\"failed\" errorCode=\" 1\"/>",
            "is not a code",
        ),
        (
            b"<config status=\"failed\" errorCode=\"0\"/>",
            "means success",
        ),
        (b"<config status=\"busy\"/>", "neither"),
        (b"<config/><config/>", "a second root element"),
        (b"<config><a></b></config>", "not well-formed"),
    ];
    for (xml, part) in cases {
        let Err(viewtron::ReplyError::Malformed(m)) = viewtron::check_reply(xml) else {
            panic!("{:?}: not malformed", String::from_utf8_lossy(xml));
        };
        assert!(
            m.problem().contains(part),
            "{:?}: {m}",
            String::from_utf8_lossy(xml)
        );
    }
    // A non-zero code without a status is a failure, as the vendor's client reads it.
    assert_eq!(
        viewtron::check_reply(b"<config errorCode=\"7\"/>")
            .unwrap_err()
            .code(),
        Some(Code::Known(ViewtronError::SystemBusy))
    );
    assert_eq!(
        viewtron::check_reply(br#"<config status="success" errorCode="0" errorDesc="No Error"/>"#),
        Ok(())
    );
}

#[test]
fn viewtron_batch_items_are_each_reported() {
    let item = |index: &str, code: &str| {
        format!(
            "<item><index type=\"uint32\">{index}</index><errorCode type=\"uint32\">{code}</errorCode></item>"
        )
    };
    let batch = |items: &[String]| {
        format!(
            "<config><licensePlatesReply>{}</licensePlatesReply></config>",
            items.concat()
        )
    };

    // Every item is kept, in order, with its position, its index and its code.
    let xml = batch(&[item("7", "0"), item(" 8 ", "\n202\n"), item("9", "0")]);
    let Err(viewtron::ReplyError::ItemsFailed(failure)) = viewtron::check_reply(xml.as_bytes())
    else {
        panic!("a failed item");
    };
    let items: Vec<_> = failure
        .items()
        .iter()
        .map(|i| (i.position(), i.index(), i.code().code(), i.is_success()))
        .collect();
    assert_eq!(
        items,
        [
            (1, Some(7), 0, true),
            (2, Some(8), 202, false),
            (3, Some(9), 0, true)
        ]
    );
    assert_eq!(failure.succeeded().count(), 2);
    let error = viewtron::ReplyError::ItemsFailed(failure.clone());
    assert_eq!(
        error.code(),
        Some(Code::Known(ViewtronError::LicensePlateLibraryLimitExceeded))
    );
    assert_eq!(
        error.to_string(),
        "the batch request failed in part: 1 of 3 items failed: item 2 (index 8): code 202 \
         (LicensePlateLibraryLimitExceeded): Exceeding maximum license plate library limit"
    );

    // An item without an index is still reported; an unknown code is kept.
    let xml = batch(&["<item><errorCode>4242</errorCode></item>".to_owned()]);
    let Err(viewtron::ReplyError::ItemsFailed(failure)) = viewtron::check_reply(xml.as_bytes())
    else {
        panic!("a failed item");
    };
    assert_eq!(failure.items()[0].index(), None);
    assert_eq!(failure.items()[0].code(), Code::Unknown(4242));
    assert!(
        failure.to_string().contains("item 1: code 4242: unknown"),
        "{failure}"
    );

    // Many failures: the message names the first few and counts the rest.
    let many: Vec<String> = (1..=20).map(|i| item(&i.to_string(), "201")).collect();
    let Err(viewtron::ReplyError::ItemsFailed(failure)) =
        viewtron::check_reply(batch(&many).as_bytes())
    else {
        panic!("failed items");
    };
    let shown = viewtron::BatchFailure::SHOWN_FAILURES;
    assert_eq!(failure.failed().count(), 20);
    assert_eq!(failure.to_string().matches("code 201").count(), shown);
    assert!(
        failure
            .to_string()
            .ends_with(&format!("; and {} more", 20 - shown)),
        "{failure}"
    );

    // The root's own failure wins: the request as a whole failed.
    let root_failed = format!(
        "<config status=\"failed\" errorCode=\"4\"><x>{}</x></config>",
        item("1", "203")
    );
    assert!(matches!(
        viewtron::check_reply(root_failed.as_bytes()),
        Err(viewtron::ReplyError::Failed(_))
    ));

    // Nested items are read as their own items; items without a code are data.
    let nested = "<config><item><errorCode>0</errorCode><item><errorCode>3</errorCode></item></item><item><name>x</name></item></config>";
    let Err(viewtron::ReplyError::ItemsFailed(failure)) = viewtron::check_reply(nested.as_bytes())
    else {
        panic!("the inner item failed");
    };
    let codes: Vec<i32> = failure.items().iter().map(|i| i.code().code()).collect();
    assert_eq!(codes, [3, 0], "an item is reported when it closes");
}

#[test]
fn viewtron_batch_items_that_are_not_numbers_are_malformed() {
    let cases: [(&str, &str); 8] = [
        (
            "<item><errorCode>&undeclared;</errorCode></item>",
            "\"&undeclared;\"",
        ),
        (
            "<item><errorCode>1</errorCode><errorCode>2</errorCode></item>",
            "item 1 has two <errorCode> elements",
        ),
        (
            "<item><index>1</index><index>2</index><errorCode>0</errorCode></item>",
            "item 1 has two <index> elements",
        ),
        (
            "<item><errorCode/></item>",
            "item 1 has an empty <errorCode> element",
        ),
        (
            "<item><errorCode>x1</errorCode></item>",
            "item 1's <errorCode> is \"x1\", not a number",
        ),
        (
            "<item><errorCode>2147483648</errorCode></item>",
            "in i32 range",
        ),
        (
            "<item><index>-1</index><errorCode>0</errorCode></item>",
            "item 1's <index> is \"-1\"",
        ),
        (
            "<item><errorCode><b>1</b></errorCode></item>",
            "holds an element",
        ),
    ];
    for (items, part) in cases {
        let xml =
            format!("<config><r><item><errorCode>0</errorCode></item></r><r>{items}</r></config>");
        let Err(viewtron::ReplyError::Malformed(m)) = viewtron::check_reply(xml.as_bytes()) else {
            panic!("{items}: not malformed");
        };
        let part = part.replace("item 1", "item 2");
        assert!(m.problem().contains(&part), "{items}: {m}");
    }
    let long = format!(
        "<config><item><errorCode>{}</errorCode></item></config>",
        "7".repeat(100_000)
    );
    let Err(viewtron::ReplyError::Malformed(m)) = viewtron::check_reply(long.as_bytes()) else {
        panic!("a long code is malformed");
    };
    assert!(
        m.problem().len() < 300,
        "the problem quotes {} bytes",
        m.problem().len()
    );
}

/// What the vendor's own Python client (`viewtron_client.py`) makes of a
/// reply, by its rule as `../shared/sources/viewtron/request-response-format.txt`
/// describes it.
#[derive(Debug, Clone, PartialEq)]
enum VendorClient {
    /// The call returns normally.
    Success,
    /// GetLicensePlates with code 20: an empty list.
    EmptyList,
    /// The client raises, with `errorDesc` ("Unknown error" where there is
    /// none); `None` where the source gives no text (a failed batch item).
    Raises(Option<String>),
}

/// The vendor client's rule: it strips the default namespace and decides by
/// the root's `errorCode` attribute alone, absent or "0" being success;
/// AddLicensePlates also raises when an item's `<errorCode>` is not 0, and
/// GetLicensePlates reads code 20 as an empty list. A model for the test's
/// fixtures, not an XML parser.
fn vendor_client(command: &str, xml: &str) -> VendorClient {
    let start = xml.find("<config").expect("a <config> root");
    let root = &xml[start..start + xml[start..].find('>').expect("a closed root tag")];
    let attribute = |name: &str| {
        let from = root.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(root[from..from + root[from..].find('"')?].to_owned())
    };
    match attribute("errorCode").as_deref() {
        None | Some("0") => {
            let item_failed = xml
                .split("<errorCode")
                .skip(1)
                .map(|rest| {
                    rest[rest.find('>').unwrap() + 1..rest.find("</errorCode>").unwrap()].trim()
                })
                .any(|code| code != "0");
            if command == "AddLicensePlates" && item_failed {
                VendorClient::Raises(None)
            } else {
                VendorClient::Success
            }
        }
        Some("20") if command == "GetLicensePlates" => VendorClient::EmptyList,
        Some(_) => VendorClient::Raises(Some(
            attribute("errorDesc").unwrap_or_else(|| "Unknown error".to_owned()),
        )),
    }
}

#[test]
fn each_reply_shape_side_by_side_with_the_vendor_client() {
    use VendorClient::*;
    type Check = fn(&Result<(), viewtron::ReplyError>);
    let raises = |text: &str| Raises(Some(text.to_owned()));
    // (fixture, the command it answers, what the vendor's client does, what
    // errcat gives, and what errcat says beyond the client, checked)
    let shapes: [(&str, &str, VendorClient, Check); 10] = [
        // Shape 1: success with data.
        (
            "viewtron-success-with-data.xml",
            "GetDeviceInfo",
            Success,
            |r| assert_eq!(r, &Ok(())),
        ),
        // Shape 2: success, no data.
        ("viewtron-success.xml", "PtzControl", Success, |r| {
            assert_eq!(r, &Ok(()))
        }),
        // Shape 3: failure with errorDesc (v2.0). errcat says more: the firmware.
        (
            "viewtron-failed.xml",
            "PtzControl",
            raises("Invalid Request"),
            |r| {
                let Err(viewtron::ReplyError::Failed(f)) = r else {
                    panic!("{r:?}")
                };
                assert_eq!(
                    (f.code(), f.firmware()),
                    (
                        Code::Known(ViewtronError::InvalidRequest),
                        Some(Firmware::V2_0)
                    )
                );
            },
        ),
        // Shape 3 on v1.9, no errorDesc: the client can only say "Unknown
        // error"; errcat says more: the code's message from the catalog.
        (
            "viewtron-failed-v1.9.xml",
            "PtzControl",
            raises("Unknown error"),
            |r| {
                let Err(viewtron::ReplyError::Failed(f)) = r else {
                    panic!("{r:?}")
                };
                assert_eq!(f.code().to_string(), "Invalid Request");
            },
        ),
        // Shape 3, a code no page lists: errcat says more: the number, kept raw.
        (
            "viewtron-failed-unknown-999.xml",
            "GetImageConfig",
            raises("Something New"),
            |r| {
                assert_eq!(r.as_ref().unwrap_err().code(), Some(Code::Unknown(999)));
            },
        ),
        // Shape 3, code 5 on v2.0: errcat says more: what 5 means on that firmware.
        (
            "viewtron-failed-5-v2.0.xml",
            "GetDeviceInfo",
            raises("Network Port Error"),
            |r| {
                let Err(viewtron::ReplyError::Failed(f)) = r else {
                    panic!("{r:?}")
                };
                assert_eq!(
                    f.meaning(),
                    Some("client restricted by blacklist/whitelist")
                );
            },
        ),
        // Shape 4: success that carries errorCode="0" errorDesc="No Error".
        (
            "viewtron-success-no-error.xml",
            "ModifyLicensePlate",
            Success,
            |r| assert_eq!(r, &Ok(())),
        ),
        // Shape 5, every plate added.
        (
            "viewtron-batch-all-added.xml",
            "AddLicensePlates",
            Success,
            |r| assert_eq!(r, &Ok(())),
        ),
        // Shape 5, one plate refused: the client raises without saying which;
        // errcat says more: which items failed, with what, and which were added.
        (
            "viewtron-batch-one-failed.xml",
            "AddLicensePlates",
            Raises(None),
            |r| {
                let Err(viewtron::ReplyError::ItemsFailed(batch)) = r else {
                    panic!("{r:?}")
                };
                let failed: Vec<_> = batch.failed().map(|i| (i.index(), i.code())).collect();
                assert_eq!(
                    failed,
                    [
                        (
                            Some(2),
                            Code::Known(ViewtronError::LicensePlateAlreadyExists)
                        ),
                        (Some(3), Code::Unknown(999))
                    ]
                );
                assert_eq!(
                    batch.succeeded().map(|i| i.index()).collect::<Vec<_>>(),
                    [Some(1)]
                );
            },
        ),
        // Shape 6: "nothing found". errcat keeps it a failure (code 20 fails
        // every other command); its docs say what the client does here.
        (
            "viewtron-nothing-found-20.xml",
            "GetLicensePlates",
            EmptyList,
            |r| {
                assert_eq!(
                    r.as_ref().unwrap_err().code(),
                    Some(Code::Known(ViewtronError::ResourcesNotExist))
                );
                let description = ViewtronError::ResourcesNotExist
                    .description()
                    .unwrap_or_default();
                assert!(
                    description.contains("GetLicensePlates") && description.contains("empty list"),
                    "{description}"
                );
            },
        ),
    ];
    let dir = replies_dir();
    for (fixture, command, vendor, errcat_says) in shapes {
        let xml = std::fs::read_to_string(dir.join(fixture)).expect("a fixture");
        assert_eq!(
            vendor_client(command, &xml),
            vendor,
            "{fixture}: the vendor client's rule"
        );
        let ours = viewtron::check_reply(xml.as_bytes());
        // Where the client succeeds, so does errcat; where it raises, errcat fails.
        assert_eq!(ours.is_ok(), vendor == Success, "{fixture}: {ours:?}");
        errcat_says(&ours);
    }
    // The same code 20 from another command: the client raises, as errcat fails.
    let xml =
        std::fs::read_to_string(dir.join("viewtron-nothing-found-20.xml")).expect("a fixture");
    assert_eq!(
        vendor_client("GetImageConfig", &xml),
        raises("Resources Not Exist")
    );
}

// ---------------------------------------------------------------------------
// Code<E>
// ---------------------------------------------------------------------------

/// The same pseudo-random sample on every run (a 64-bit LCG).
fn sample(count: usize) -> impl Iterator<Item = i32> {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    (0..count).map(move |_| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 32) as u32 as i32
    })
}

fn round_trips<E: ErrorCode + std::fmt::Debug>() {
    let edges = [i32::MIN, i32::MIN + 1, -1, 0, 1, i32::MAX - 1, i32::MAX];
    let near_codes = E::all().iter().flat_map(|e| {
        [
            e.code().saturating_sub(1),
            e.code(),
            e.code().saturating_add(1),
        ]
    });
    let mut checked = 0;
    for value in sample(100_000).chain(edges).chain(near_codes) {
        let code = Code::<E>::from(value);
        assert_eq!(code.code(), value);
        let json = serde_json::to_string(&code).expect("serializes");
        assert_eq!(
            json,
            value.to_string(),
            "{}: serializes as the integer",
            E::SYSTEM.id()
        );
        let back: Code<E> = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(back.code(), value);
        assert_eq!(back.known(), E::from_code(value));
        let text: Code<E> =
            serde_json::from_str(&format!("\"{value}\"")).expect("from a decimal string");
        assert_eq!(text.code(), value);
        checked += 1;
    }
    assert!(checked >= 100_000 + E::all().len() * 3);
}

#[test]
fn every_sampled_code_round_trips_through_serde_json() {
    macro_rules! each {
        ($({ id: $id:ident, error: $error:ident, $($rest:tt)* }),* $(,)?) => {
            $(round_trips::<errcat::$id::$error>();)*
        };
    }
    errcat::for_each_system!(each);
}

#[test]
fn code_says_what_a_code_means() {
    let success = Code::<NeuronError>::from(0);
    assert_eq!(success, Code::Known(NeuronError::Success));
    assert!(success.is_success());
    assert_eq!(success.kind(), Kind::Ok);
    assert_eq!(success.into_result(), Ok(()));
    assert_eq!(
        NeuronError::Success.provenance(),
        errcat::Provenance::UpstreamHeader
    );
    assert_eq!(
        NeuronError::Success.upstream_symbol(),
        Some("NEU_ERR_SUCCESS")
    );

    let unknown = Code::<ViewtronError>::from(999);
    assert_eq!(unknown.known(), None);
    assert!(!unknown.is_success());
    assert_eq!(
        (
            unknown.kind(),
            unknown.is_retryable(),
            unknown.http_status()
        ),
        (Kind::Unknown, false, 500)
    );
    assert_eq!(unknown.into_result(), Err(unknown));
    assert_eq!(
        unknown.to_string(),
        "unknown Viewtron IP camera / NVR HTTP API code 999"
    );
    assert_eq!(i32::from(unknown), 999);

    let busy = Code::from(ViewtronError::SystemBusy);
    assert!(busy.is_retryable());
    assert_eq!(busy.http_status(), 503);
    assert_eq!(busy.to_string(), "System Busy");
    // Equality and order go by the number.
    assert_eq!(Code::<ViewtronError>::Unknown(7), busy);
    let mut codes: Vec<Code<I4scadaError>> =
        [-1, -4095, 5, -9].into_iter().map(Code::from).collect();
    codes.sort();
    assert_eq!(
        codes.iter().map(|c| c.code()).collect::<Vec<_>>(),
        [-4095, -9, -1, 5]
    );
}

#[test]
fn a_reply_struct_decodes_every_code() {
    #[derive(Deserialize)]
    struct NeuronReply {
        error: Code<NeuronError>,
    }
    #[derive(Deserialize)]
    struct Optional {
        error: Option<NeuronError>,
    }
    let ok: NeuronReply = serde_json::from_str(r#"{"error": 0}"#).unwrap();
    assert!(ok.error.is_success());
    let newer: NeuronReply = serde_json::from_str(r#"{"error": 123456}"#).unwrap();
    assert_eq!(newer.error, Code::Unknown(123456));
    let optional: Optional = serde_json::from_str(r#"{"error": 0}"#).unwrap();
    assert_eq!(optional.error, Some(NeuronError::Success));
    let by_name: NeuronReply = serde_json::from_str(r#"{"error": "NodeNotExist"}"#).unwrap();
    assert_eq!(by_name.error, Code::Known(NeuronError::NodeNotExist));
    let too_big = serde_json::from_str::<NeuronReply>(r#"{"error": 4294967296}"#)
        .err()
        .unwrap();
    assert!(
        too_big.to_string().contains("integer 4294967296"),
        "{too_big}"
    );
}

// ---------------------------------------------------------------------------
// The strict serde policy for strings
// ---------------------------------------------------------------------------

fn rejection<T: DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
    serde_json::from_str::<T>(json).expect_err(json).to_string()
}

#[test]
fn strings_are_an_optional_minus_and_digits_only() {
    assert_eq!(
        serde_json::from_str::<NeuronError>(r#""2003""#).unwrap(),
        NeuronError::NodeNotExist
    );
    assert_eq!(
        serde_json::from_str::<I4scadaError>(r#""-4095""#)
            .unwrap()
            .code(),
        -4095
    );
    for given in [
        r#"" 2003""#,
        r#""2003 ""#,
        r#""+2003""#,
        r#""\n2003\t""#,
        r#""0x7d3""#,
        r#""""#,
    ] {
        let shown: String = serde_json::from_str(given).unwrap();
        for message in [
            rejection::<NeuronError>(given),
            rejection::<Code<NeuronError>>(given),
        ] {
            assert!(
                message.contains(&format!("string {shown:?}")),
                "{given}: {message}"
            );
            assert!(!message.contains("integer 2003"), "{given}: {message}");
        }
    }
    let message = rejection::<NeuronError>("9999");
    assert!(
        message.contains("integer 9999, expected an EMQ Neuron / NeuronEX error code"),
        "{message}"
    );
    let huge = format!("\"{}\"", "9".repeat(1 << 20));
    for message in [
        rejection::<NeuronError>(&huge),
        rejection::<Code<NeuronError>>(&huge),
        rejection::<Kind>(&huge),
        rejection::<System>(&huge),
    ] {
        assert!(
            message.len() < 300,
            "a rejection of {} bytes",
            message.len()
        );
        assert!(message.contains('…'), "{message}");
    }
}

// ---------------------------------------------------------------------------
// The traits users reach for
// ---------------------------------------------------------------------------

#[test]
fn kind_system_and_any_error_read_what_they_write() {
    for kind in Kind::ALL {
        let json = serde_json::to_string(&kind).unwrap();
        assert_eq!(json, format!("\"{}\"", kind.name()));
        assert_eq!(serde_json::from_str::<Kind>(&json).unwrap(), kind);
    }
    for system in System::ALL {
        let json = serde_json::to_string(&system).unwrap();
        assert_eq!(json, format!("\"{}\"", system.id()));
        assert_eq!(serde_json::from_str::<System>(&json).unwrap(), system);
    }
    let mut count = 0;
    for error in AnyError::iter() {
        let json = serde_json::to_string(&error).unwrap();
        assert_eq!(
            json,
            format!(
                r#"{{"system":"{}","code":{}}}"#,
                error.system().id(),
                error.code()
            )
        );
        assert_eq!(serde_json::from_str::<AnyError>(&json).unwrap(), error);
        count += 1;
    }
    macro_rules! total {
        ($({ id: $id:ident, error: $error:ident, $($rest:tt)* }),* $(,)?) => {
            0 $(+ errcat::$id::$error::ALL.len())*
        };
    }
    assert_eq!(count, errcat::for_each_system!(total));
    let reordered: AnyError =
        serde_json::from_str(r#"{"code": "2003", "system": "neuron"}"#).unwrap();
    assert_eq!(reordered, AnyError::Neuron(NeuronError::NodeNotExist));
    let unknown = rejection::<AnyError>(r#"{"system": "neuron", "code": 7}"#);
    assert!(
        unknown.contains("7 is not a known EMQ Neuron / NeuronEX error code"),
        "{unknown}"
    );
    assert!(rejection::<AnyError>(r#"{"system": "neuron"}"#).contains("missing field `code`"));
    assert!(rejection::<AnyError>(r#"{"system": "modbus", "code": 1}"#).contains("\"modbus\""));
}

#[test]
fn conversions_between_the_enums_and_wider_integers() {
    let any = AnyError::from(NeuronError::NodeNotExist);
    assert_eq!(NeuronError::try_from(any), Ok(NeuronError::NodeNotExist));
    let wrong: WrongSystemError = ViewtronError::try_from(any).unwrap_err();
    assert_eq!((wrong.expected(), wrong.error()), (System::Viewtron, any));
    assert_eq!(
        wrong.to_string(),
        "neuron code 2003 (NodeNotExist) is not a Viewtron IP camera / NVR HTTP API error"
    );

    assert_eq!(
        NeuronError::from_int(2003_i64),
        Ok(NeuronError::NodeNotExist)
    );
    assert_eq!(
        NeuronError::from_int(2003_u32),
        Ok(NeuronError::NodeNotExist)
    );
    let wide = NeuronError::from_int(i64::from(u32::MAX) + 2003).unwrap_err();
    assert_eq!(wide.code(), i64::from(u32::MAX) + 2003);
    assert_eq!(
        NeuronError::from_int(u32::MAX).unwrap_err().code(),
        i64::from(u32::MAX)
    );
    assert_eq!(
        I4scadaError::from_int(-4095_i64).map(|e| e.code()),
        Ok(-4095)
    );
}

#[test]
fn every_enum_orders_by_code() {
    fn by_code<E: ErrorCode>() {
        let mut sorted = E::all().to_vec();
        sorted.sort();
        assert!(
            sorted.windows(2).all(|w| w[0].code() < w[1].code()),
            "{}",
            E::SYSTEM.id()
        );
    }
    macro_rules! each {
        ($({ id: $id:ident, error: $error:ident, $($rest:tt)* }),* $(,)?) => {
            $(by_code::<errcat::$id::$error>();)*
        };
    }
    errcat::for_each_system!(each);
    assert!(Kind::Ok < Kind::Unauthenticated);
    assert!(System::I4scada < System::Viewtron);
}

#[test]
fn messages_read_an_before_a_vowel() {
    let neuron = "x".parse::<NeuronError>().unwrap_err().to_string();
    assert!(
        neuron.ends_with("is not the name of an EMQ Neuron / NeuronEX error"),
        "{neuron}"
    );
    let i4scada = "x".parse::<I4scadaError>().unwrap_err().to_string();
    assert!(i4scada.contains("of an i4scada"), "{i4scada}");
    let viewtron = "x".parse::<ViewtronError>().unwrap_err().to_string();
    assert!(viewtron.contains("of a Viewtron"), "{viewtron}");
    assert_eq!(format!("[{:<18}]", Kind::NotFound), "[NotFound          ]");
    assert_eq!(format!("[{:>6}]", Kind::Ok), "[    Ok]");
}

/// A reply that is one long JSON string (found by the `neuron_reply` fuzz
/// target): the problem quotes it cut, not whole.
#[test]
fn a_string_reply_is_quoted_cut() {
    let body = format!("\"{}\"", "a".repeat(5000));
    let Err(neuron::ReplyError::Malformed(m)) = neuron::check_reply(body.as_bytes()) else {
        panic!("a string is not a reply");
    };
    assert!(m.problem().len() < 300, "{} bytes", m.problem().len());
    assert!(m.problem().contains("not a JSON object"), "{m}");
}

/// quick-xml quotes names from the document in its errors; a problem repeats
/// at most a bounded part of them (found by the `viewtron_reply` fuzz target).
#[test]
fn a_parser_error_about_a_long_name_is_cut() {
    let long = "n".repeat(100_000);
    for xml in [
        format!("<config><{long}></config>"),
        format!("<config {long}/>"),
        format!("<config></{long}>"),
    ] {
        let Err(viewtron::ReplyError::Malformed(m)) = viewtron::check_reply(xml.as_bytes()) else {
            panic!("not malformed");
        };
        assert!(m.problem().len() < 400, "{} bytes", m.problem().len());
    }
}

/// An `errorDesc` is read with attribute-value normalization whether or not
/// it holds anything to normalize: tab, line feed and carriage return read as
/// spaces, references decoded, plain text kept as it stands.
#[test]
fn error_desc_is_normalized_only_where_it_needs_to_be() {
    let desc = |value: &str| {
        let xml = format!("<config status=\"failed\" errorCode=\"9\" errorDesc=\"{value}\"/>");
        match viewtron::check_reply(xml.as_bytes()) {
            Err(viewtron::ReplyError::Failed(failure)) => failure.error_desc().map(str::to_owned),
            other => panic!("{value:?}: {other:?}"),
        }
    };
    assert_eq!(desc("Unauthorized").as_deref(), Some("Unauthorized"));
    assert_eq!(
        desc("two\twords\nhere\r").as_deref(),
        Some("two words here ")
    );
    assert_eq!(desc("a &amp; b&#33;").as_deref(), Some("a & b!"));
    assert_eq!(desc("Überlast").as_deref(), Some("Überlast"));
    let long = "x".repeat(viewtron::MAX_ERROR_DESC + 10);
    let kept = desc(&long).expect("an errorDesc");
    assert_eq!(kept, format!("{}…", &long[..viewtron::MAX_ERROR_DESC]));
}

/// Each reply error says what happened, in full, and keeps its source.
#[test]
fn reply_errors_say_what_happened_and_keep_their_source() {
    use std::error::Error as _;

    let shown = |body: &[u8]| neuron::check_reply(body).unwrap_err().to_string();
    assert_eq!(
        shown(br#"{"error": true}"#),
        "malformed Neuron reply: invalid type: boolean `true`, expected an integer code in i32 range as the `error` member at line 1 column 14"
    );
    assert_eq!(
        shown(b"[]"),
        "malformed Neuron reply: invalid type: sequence, expected a JSON object (a Neuron reply) at line 1 column 2"
    );
    let failed = neuron::check_reply(br#"{"error": 2003}"#).unwrap_err();
    assert_eq!(
        failed.source().map(ToString::to_string).as_deref(),
        Some("Node does not exist")
    );
    let malformed = neuron::check_reply(b"[]").unwrap_err();
    let neuron::ReplyError::Malformed(problem) = &malformed else {
        panic!("{malformed:?}");
    };
    assert_eq!(problem.to_string(), problem.problem());
    assert_eq!(
        malformed.source().map(ToString::to_string),
        Some(problem.problem().to_owned())
    );

    let failure = viewtron::check_reply(
        br#"<config status="failed" errorCode="9" errorDesc="Unauthorized"/>"#,
    )
    .unwrap_err();
    let viewtron::ReplyError::Failed(failed) = &failure else {
        panic!("{failure:?}");
    };
    assert_eq!(failed.to_string(), "code 9 (Unauthorized): Unauthorized");
    // Neuron's and Viewtron's failure lines are worded alike.
    assert_eq!(
        failure.to_string(),
        "the request failed with Viewtron IP camera / NVR HTTP API code 9 (Unauthorized): Unauthorized"
    );
    assert!(failure.source().is_none());
    let malformed = viewtron::check_reply(b"<config").unwrap_err();
    assert!(malformed.source().is_some());
    let viewtron::ReplyError::Malformed(problem) = &malformed else {
        panic!("{malformed:?}");
    };
    let prefix = "not well-formed XML at byte 0: ";
    assert!(
        problem.problem().starts_with(prefix) && problem.problem().len() > prefix.len() + 10,
        "the parser's own words follow: {problem}"
    );
}

/// What the serde impls say they expected, for each type.
#[test]
fn serde_rejections_say_what_was_expected() {
    let error = |result: Result<(), serde_json::Error>| result.unwrap_err().to_string();
    assert_eq!(
        error(serde_json::from_str::<Code<NeuronError>>("true").map(drop)),
        "invalid type: boolean `true`, expected an EMQ Neuron / NeuronEX code (an i32) or variant name at line 1 column 4"
    );
    assert_eq!(
        error(serde_json::from_str::<System>("1").map(drop)),
        "invalid type: integer `1`, expected a system id at line 1 column 1"
    );
    assert_eq!(
        error(serde_json::from_str::<AnyError>("1").map(drop)),
        "invalid type: integer `1`, expected an error as {\"system\": \"<id>\", \"code\": <code>} at line 1 column 1"
    );
    assert_eq!(
        error(serde_json::from_str::<AnyError>(r#"{"system":"neuron","code":true}"#).map(drop)),
        "invalid type: boolean `true`, expected a code in i32 range, as an integer or a decimal string at line 1 column 30"
    );
    assert_eq!(
        error(
            serde_json::from_str::<AnyError>(r#"{"system":"neuron","system":"neuron","code":1}"#)
                .map(drop)
        ),
        "duplicate field `system` at line 1 column 27"
    );
    assert_eq!(
        error(
            serde_json::from_str::<AnyError>(r#"{"system":"neuron","code":2003,"code":2003}"#)
                .map(drop)
        ),
        "duplicate field `code` at line 1 column 37"
    );
}

/// The root's attributes: each deciding one at most once, prefixes read,
/// and a kept `errorDesc` cut at a character boundary.
#[test]
fn viewtron_root_attributes_are_read_strictly() {
    let problem = |xml: &str| match viewtron::check_reply(xml.as_bytes()) {
        Err(viewtron::ReplyError::Malformed(m)) => m.problem().to_owned(),
        other => panic!("{xml}: {other:?}"),
    };
    for name in ["status", "errorCode", "errorDesc"] {
        let xml = format!(r#"<config status="failed" errorCode="9" {name}="x" errorDesc="y"/>"#);
        let xml = if name == "errorDesc" {
            xml
        } else {
            xml.replacen(" errorDesc=\"y\"", "", 1)
        };
        assert_eq!(
            problem(&xml),
            format!("<config> has two {name} attributes"),
            "{xml}"
        );
    }
    let prefixed = viewtron::check_reply(
        br#"<config xmlns:v="x" v:status="failed" v:errorCode="7" v:errorDesc="Busy"/>"#,
    );
    let Err(viewtron::ReplyError::Failed(failure)) = prefixed else {
        panic!("{prefixed:?}");
    };
    assert_eq!(
        (failure.code().code(), failure.error_desc()),
        (7, Some("Busy"))
    );

    // Three bytes a character: the cut falls inside one and steps back.
    let euros = "€".repeat(100);
    let xml = format!(r#"<config status="failed" errorCode="9" errorDesc="{euros}"/>"#);
    let Err(viewtron::ReplyError::Failed(failure)) = viewtron::check_reply(xml.as_bytes()) else {
        panic!("a failure");
    };
    let kept = (viewtron::MAX_ERROR_DESC / 3) * 3;
    assert_eq!(
        failure.error_desc(),
        Some(format!("{}…", &euros[..kept]).as_str())
    );
}

/// Batch items: codes in CDATA, data nested inside an item, an index that
/// must be plain digits, and a message that names at most
/// `SHOWN_FAILURES` failed items and counts the rest.
#[test]
fn viewtron_batch_items_are_read_through_nesting_and_cdata() {
    let items = |body: &str| format!("<config><reply>{body}</reply></config>");
    let nested = items(
        "<item><plate><number>AB 123</number></plate><index>1</index>\
         <errorCode><![CDATA[203]]></errorCode></item>\
         <item><index>2</index><errorCode>0</errorCode></item>",
    );
    let Err(viewtron::ReplyError::ItemsFailed(batch)) = viewtron::check_reply(nested.as_bytes())
    else {
        panic!("{nested}");
    };
    let read: Vec<(Option<u32>, i32)> = batch
        .items()
        .iter()
        .map(|i| (i.index(), i.code().code()))
        .collect();
    assert_eq!(read, [(Some(1), 203), (Some(2), 0)]);

    let signed = items("<item><index>+5</index><errorCode>1</errorCode></item>");
    assert!(
        matches!(
            viewtron::check_reply(signed.as_bytes()),
            Err(viewtron::ReplyError::Malformed(_))
        ),
        "an index of +5 is refused"
    );

    let shown = viewtron::BatchFailure::SHOWN_FAILURES;
    let failing = |count: usize| {
        let body: String = (1..=count)
            .map(|i| format!("<item><index>{i}</index><errorCode>1</errorCode></item>"))
            .collect();
        match viewtron::check_reply(items(&body).as_bytes()) {
            Err(viewtron::ReplyError::ItemsFailed(batch)) => batch.to_string(),
            other => panic!("{other:?}"),
        }
    };
    assert!(!failing(shown).contains("more"), "{}", failing(shown));
    assert!(
        failing(shown + 2).ends_with("; and 2 more"),
        "{}",
        failing(shown + 2)
    );
}

/// The vendor's own connector reads a Login reply so (security.service.ts @
/// 7ce322dc, `executeAfterLogin`, as `i4scada/wcf-envelope.txt` gives it):
/// an object is the object form (`Succeeded` false: failure with
/// `ErrorCodes[0]`, "-1" when empty); a bracketed string holds codes, the
/// first the failure's; any other string is the token. `Err` is its code.
fn connector_login(d: &serde_json::Value) -> Result<(), i64> {
    match d {
        serde_json::Value::String(text) if text.starts_with('[') && text.ends_with(']') => {
            let codes: Vec<i64> = serde_json::from_str(text).expect("the connector parses it");
            Err(codes[0])
        }
        serde_json::Value::String(_) => Ok(()),
        object => match object["Succeeded"].as_bool() {
            Some(true) => Ok(()),
            _ => Err(object["ErrorCodes"][0].as_i64().unwrap_or(-1)),
        },
    }
}

#[test]
fn i4scada_login_is_read_as_the_vendor_connector_reads_it() {
    use errcat::i4scada::{self, ReplyError};
    let forms = [
        r#""8f14e45f-ceea-467f-a0e6-2b5c3b0a9d12""#,
        r#""token-with-[brackets]""#,
        r#""[not-closed""#,
        r#""not-opened]""#,
        r#""[-4091]""#,
        r#""[-4095, -4091]""#,
        r#""[123]""#,
        r#"{"Result": "tok", "ErrorCodes": [], "Succeeded": true}"#,
        r#"{"Result": null, "ErrorCodes": [-4094], "Succeeded": false}"#,
        r#"{"Result": null, "ErrorCodes": [-4094, -4091], "Succeeded": false}"#,
        r#"{"Result": null, "ErrorCodes": [], "Succeeded": false}"#,
    ];
    for d in forms {
        let body = format!(r#"{{"d": {d}}}"#);
        let value: serde_json::Value = serde_json::from_str(d).expect("JSON");
        let connector = connector_login(&value);
        let ours = i4scada::check_reply(&body);
        match (connector, &ours) {
            (Ok(()), Ok(success)) => assert_eq!(success.warnings().count(), 0, "{d}"),
            // The connector logs "-1" for an empty ErrorCodes; errcat
            // invents no code: a failure without one.
            (Err(-1), Err(ReplyError::Failed(codes))) if codes.is_empty() => {}
            (Err(code), Err(error)) => {
                assert_eq!(error.code().map(|c| i64::from(c.code())), Some(code), "{d}");
            }
            (connector, ours) => panic!("{d}: the connector says {connector:?}, errcat {ours:?}"),
        }
    }
}

#[test]
fn i4scada_writes_fail_where_the_vendor_connector_says_so() {
    use errcat::i4scada;
    // The connector: a write failed where any element is non-zero. errcat
    // reads a negative element as a failure and a positive one as a warning
    // (a success with a remark), so the connector's verdict is errcat's
    // failure or a warning.
    let values = [0, -4088, -1, 1, 262_157, -1_073_479_674, i32::MIN, i32::MAX];
    let mut checked = 0;
    for a in values {
        for b in values {
            for written in [vec![], vec![a], vec![a, b], vec![b, 0, a]] {
                let body = serde_json::json!({ "d": written }).to_string();
                let connector_failed = written.iter().any(|&code| code != 0);
                let ours = i4scada::check_reply(&body);
                let ours_failed = match &ours {
                    Ok(success) => success.warnings().next().is_some(),
                    Err(i4scada::ReplyError::SignalsFailed(signals)) => {
                        let codes: Vec<i32> = signals.results().map(|r| r.code().code()).collect();
                        assert_eq!(codes, written, "every result kept, in order");
                        true
                    }
                    Err(other) => panic!("{body}: {other}"),
                };
                assert_eq!(ours_failed, connector_failed, "{body}: {ours:?}");
                assert_eq!(
                    ours.is_err(),
                    written.iter().any(|&code| code < 0),
                    "{body}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, values.len() * values.len() * 4);
}

/// Every checker's failure line names the system, the code and its name
/// alike, and every checker takes `&str`, `String`, `Vec<u8>` and `&[u8]`.
#[test]
// The owned containers are the point: each must be accepted as it is.
#[allow(clippy::unnecessary_to_owned)]
fn every_checker_reads_any_byte_container_and_words_failures_alike() {
    for checker in reply::CHECKERS {
        let example = checker.example();
        let verdicts = [
            checker.check(example),
            checker.check(example.to_owned()),
            checker.check(example.as_bytes().to_vec()),
            checker.check(example.as_bytes()),
        ];
        assert!(
            verdicts.iter().all(|v| *v == verdicts[0]),
            "{}",
            checker.system()
        );
        assert_eq!(verdicts[0].outcome(), reply::Outcome::Failure);
    }
    let neuron = neuron::check_reply(r#"{"error": 2003}"#.to_owned()).unwrap_err();
    let viewtron =
        viewtron::check_reply(br#"<config status="failed" errorCode="9"/>"#.to_vec()).unwrap_err();
    let superoffice = errcat::superoffice::check_reply(
        "<Envelope><Body><r><errorCode>1</errorCode></r></Body></Envelope>",
    )
    .unwrap_err();
    for (line, code, title) in [
        (
            neuron.to_string(),
            "2003 (NodeNotExist)",
            System::Neuron.title(),
        ),
        (
            viewtron.to_string(),
            "9 (Unauthorized)",
            System::Viewtron.title(),
        ),
        (superoffice.to_string(), "1 (", System::SuperOffice.title()),
    ] {
        let prefix = format!("the request failed with {title} code {code}");
        assert!(
            line.starts_with(&prefix),
            "{line:?} does not start {prefix:?}"
        );
    }
}

/// A per-signal result in OPC's range is reported as an OPC Data Access code,
/// through the typed API and the seam alike; the rest as i4scada's.
#[test]
fn i4scada_per_signal_opc_codes_are_reported_as_opc_codes() {
    use errcat::i4scada::{ReplyError, ResultCode, check_reply};
    use errcat::opcda::OpcdaError;

    let body = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/replies/i4scada-write-opc-badrights.json"),
    )
    .expect("the fixture");
    let Err(ReplyError::SignalsFailed(signals)) = check_reply(&body) else {
        panic!("a failed write")
    };
    let failed: Vec<ResultCode> = signals.failed().map(|r| r.code()).collect();
    let badrights = OpcdaError::from_symbol("OPC_E_BADRIGHTS").expect("an OPC DA symbol");
    assert_eq!(failed, [ResultCode::Opc(Code::Known(badrights))]);
    let verdict = reply::checker(System::I4scada)
        .expect("a checker")
        .check(&body);
    let code = verdict.code().expect("the failed signal's code");
    assert_eq!(code.system().id(), System::Opcda.id());
    assert_eq!(code.name(), Some(badrights.name()));

    // Every OPC DA code is read as OPC's, every i4scada code as i4scada's.
    for error in OpcdaError::ALL {
        assert_eq!(
            ResultCode::from_code(error.code()),
            ResultCode::Opc(Code::Known(*error))
        );
    }
    for error in I4scadaError::ALL {
        assert_eq!(
            ResultCode::from_code(error.code()),
            ResultCode::I4scada(Code::Known(*error))
        );
    }
    // OPC_S_CLAMP: the write succeeded with a remark.
    let clamp = check_reply(r#"{"d": [0, 262158]}"#).expect("a success");
    let warnings: Vec<ResultCode> = clamp.warnings().map(|r| r.code()).collect();
    assert!(matches!(warnings[..], [ResultCode::Opc(Code::Known(e))] if e.is_success()));
}

/// What the seam tells a tool about each checker holds for its replies: its
/// own detail keys are the keys its verdicts carry beyond the shared ones,
/// its envelope a description of its own, and each outcome names itself.
#[test]
fn every_checker_describes_its_replies() {
    let mut envelopes = std::collections::BTreeSet::new();
    for checker in reply::CHECKERS {
        let id = checker.system().id();
        assert!(!checker.envelope().trim().is_empty(), "{id}");
        assert!(
            envelopes.insert(checker.envelope()),
            "{id}: an envelope of its own"
        );
        for key in checker.own_keys() {
            assert!(!reply::SHARED_DETAILS.contains(key), "{id}: {key}");
        }
        let mut own_seen = std::collections::BTreeSet::new();
        for (name, verdict) in fixture_verdicts(checker) {
            for detail in verdict.details() {
                let key = detail.key();
                assert!(
                    reply::SHARED_DETAILS.contains(&key) || checker.own_keys().contains(&key),
                    "{name}: the detail {key} is neither shared nor {id}'s own"
                );
                if checker.own_keys().contains(&key) {
                    own_seen.insert(key);
                }
            }
        }
        // Each own key is carried by some fixture's verdict.
        let own: std::collections::BTreeSet<&str> = checker.own_keys().iter().copied().collect();
        assert_eq!(own_seen, own, "{id}");
    }
    let names: Vec<&str> = [
        reply::Outcome::Success,
        reply::Outcome::Failure,
        reply::Outcome::Malformed,
    ]
    .iter()
    .map(|outcome| outcome.name())
    .collect();
    assert_eq!(names, ["success", "failure", "malformed"]);
}

#[test]
fn a_system_read_in_hex_says_so() {
    use errcat::opcda::OpcdaError;
    assert!(OpcdaError::SYSTEM.hex_codes);
    assert!(System::Opcda.info().hex_codes);
    assert!(!NeuronError::SYSTEM.hex_codes);
    assert!(
        errcat::SystemInfo::new("plc", "A PLC")
            .with_hex_codes()
            .hex_codes
    );
}

/// A verdict's code carries the facts of `Code<E>`: the known code's and the
/// unknown one's alike.
#[test]
fn a_verdicts_code_carries_the_codes_facts() {
    for (body, code) in [
        (&br#"{"error": 2003}"#[..], Code::<NeuronError>::from(2003)),
        (br#"{"error": 123456}"#, Code::<NeuronError>::from(123_456)),
        // A code whose request may succeed later.
        (br#"{"error": 1010}"#, Code::<NeuronError>::from(1010)),
    ] {
        let checker = reply::checker(System::Neuron).expect("Neuron replies are read");
        let verdict = checker.check(body);
        let facts = verdict.code().expect("a failure carries its code");
        assert_eq!(facts.code(), code.code());
        assert_eq!(facts.name(), code.name());
        assert_eq!(facts.message(), code.to_string());
        assert_eq!(facts.description(), code.description());
        assert_eq!(facts.kind(), code.kind());
        assert_eq!(facts.is_retryable(), code.is_retryable());
        assert_eq!(facts.wire_http_status(), code.wire_http_status());
        assert_eq!(facts.system(), NeuronError::SYSTEM);
    }
    assert!(Code::<NeuronError>::from(1010).is_retryable());
}

/// The per-item results and the details of every fixture's verdict say what
/// they hold: an item succeeded when its code is 0 or a warning (a positive
/// RegisterSignals result), a detail is labelled for a reader, and the
/// server's own texts are shown as they came.
#[test]
fn items_and_details_say_what_they_hold() {
    let (mut warnings, mut failed_items, mut details) = (0, 0, 0);
    for checker in reply::CHECKERS {
        for (name, verdict) in fixture_verdicts(checker) {
            for item in verdict.items() {
                let code = item.code().code();
                assert_eq!(item.is_warning(), item.succeeded() && code != 0, "{name}");
                if code == 0 {
                    assert!(item.succeeded() && !item.is_warning(), "{name}");
                }
                warnings += usize::from(item.is_warning());
                failed_items += usize::from(!item.succeeded());
            }
            let mut labels = std::collections::BTreeSet::new();
            for detail in verdict.details() {
                let at = format!("{name}: {}", detail.key());
                assert!(labels.insert(detail.label()), "{at}: a label of its own");
                assert!(detail.label().len() > 2, "{at}: a label for a reader");
                if ["error_desc", "fault_code", "fault_string"].contains(&detail.key()) {
                    assert_eq!(detail.shown_value(), detail.value(), "{at}");
                }
                details += usize::from(detail.value().is_some());
            }
        }
    }
    assert!(warnings > 0 && failed_items > 0 && details > 0);
}

/// A reply in UTF-32, with its byte-order mark or without, is refused by
/// name, before any parser sees it.
#[test]
fn a_utf32_reply_is_refused_by_name() {
    for (body, encoding) in [
        (&b"\x00\x00\xFE\xFF\x00\x00\x00{"[..], "UTF-32 (big-endian)"),
        (b"\x00\x00\x00{\x00\x00\x00}", "UTF-32 (big-endian)"),
        (b"\xFF\xFE\x00\x00{\x00\x00\x00", "UTF-32 (little-endian)"),
        (b"{\x00\x00\x00}\x00\x00\x00", "UTF-32 (little-endian)"),
    ] {
        let Err(neuron::ReplyError::Malformed(malformed)) = neuron::check_reply(body) else {
            panic!("{encoding}: refused as malformed");
        };
        assert!(
            malformed.problem().contains(encoding),
            "{encoding}: {malformed}"
        );
    }
}

/// What may stand before the root is not what may stand after it: a DOCTYPE
/// and an XML declaration before, neither after; a bad attribute is named
/// with its element.
#[test]
fn the_xml_prolog_and_what_follows_the_root() {
    let ok = r#"<?xml version="1.0"?><!DOCTYPE config><config status="success"/>"#;
    assert!(
        viewtron::check_reply(ok).is_ok(),
        "a DOCTYPE before the root"
    );
    for (body, problem) in [
        (
            r#"<config status="success"/><?xml version="1.0"?>"#,
            "an XML declaration at byte 26, after the root element",
        ),
        (
            r#"<config status="failed" errorCode=9/>"#,
            "a bad attribute on <config>: ",
        ),
    ] {
        let Err(viewtron::ReplyError::Malformed(malformed)) = viewtron::check_reply(body) else {
            panic!("{body}: refused as malformed");
        };
        assert!(malformed.problem().contains(problem), "{body}: {malformed}");
    }
}
