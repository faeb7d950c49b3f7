//! Drives `errcat reply` and checks what it says about replies against the
//! library's `check_reply`.

mod common;

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::Stdio;

use assert_cmd::cargo::cargo_bin;
use common::{Run, run_errcat};
use errcat::Code;
use errcat::neuron::{self, NeuronError};
use errcat::viewtron::{self, Firmware, ViewtronError};
use serde_json::Value;

/// Exit status of a reply that reports success.
const SUCCESS: i32 = 0;
/// Exit status of a reply that reports a failure.
const FAILURE: i32 = 1;
/// Exit status of a malformed reply or a bad argument.
const BAD: i32 = 2;

/// The keys of the JSON object, every one always present.
const JSON_KEYS: [&str; 14] = [
    "system",
    "outcome",
    "code",
    "name",
    "message",
    "description",
    "kind",
    "retryable",
    "wire_http_status",
    "error_desc",
    "firmware",
    "meaning",
    "items",
    "problem",
];

/// Runs `errcat` with `args`, `stdin` as standard input and `COLUMNS` set to
/// `columns`.
fn run_with(args: &[&str], stdin: &[u8], columns: &str) -> Run {
    run_errcat(args, Some(stdin), Some(columns))
}

/// Runs `errcat` with `args` and `stdin`, wide enough that no value wraps.
fn run(args: &[&str], stdin: &[u8]) -> Run {
    run_with(args, stdin, "1000")
}

/// Runs `errcat reply SYSTEM` on `body` through standard input, expecting
/// `status`, output on stdout and nothing on stderr; returns stdout.
fn reply(system: &str, body: &str, status: i32) -> String {
    let run = run(&["reply", system], body.as_bytes());
    assert_eq!(run.status, status, "{system} {body:?}: {run:?}");
    assert_eq!(run.stderr, "", "{system} {body:?}");
    run.stdout
}

/// Runs `errcat reply SYSTEM` on a malformed `body`: exit status 2, nothing
/// on stdout, the problem on stderr; returns stderr.
fn malformed(system: &str, body: &[u8]) -> String {
    let run = run(&["reply", system], body);
    assert_eq!(run.status, BAD, "{system} {body:?}: {run:?}");
    assert_eq!(run.stdout, "", "{system} {body:?}");
    let prefix = format!("error: malformed {system} reply: ");
    assert!(run.stderr.starts_with(&prefix), "{}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    run.stderr
}

/// Runs `errcat ARGS` expecting exit status 2, nothing on stdout and an
/// `error:` on stderr; returns stderr.
fn fails(args: &[&str], stdin: &[u8]) -> String {
    let run = run(args, stdin);
    assert_eq!(run.status, BAD, "errcat {args:?}: {run:?}");
    assert_eq!(run.stdout, "", "errcat {args:?}");
    assert!(run.stderr.starts_with("error:"), "{}", run.stderr);
    run.stderr
}

/// The `label: value` lines of the text output, in order.
fn facts(output: &str) -> Vec<(String, String)> {
    output
        .lines()
        .map(|line| {
            let (label, value) = line
                .split_once(": ")
                .unwrap_or_else(|| panic!("not a label: value line: {line:?}"));
            (label.to_string(), value.trim().to_string())
        })
        .collect()
}

/// The value of `label` in the text output, if the line is there.
fn fact(output: &str, label: &str) -> Option<String> {
    facts(output)
        .into_iter()
        .find(|(l, _)| l == label)
        .map(|(_, value)| value)
}

/// The labels of the text output, in order.
fn labels(output: &str) -> Vec<String> {
    facts(output).into_iter().map(|(label, _)| label).collect()
}

/// Runs `errcat reply SYSTEM --format json` on `body`, expecting `status`;
/// returns the object after checking it has exactly the fixed keys.
fn reply_json(system: &str, body: &str, status: i32) -> serde_json::Map<String, Value> {
    let run = run(&["reply", system, "--format", "json"], body.as_bytes());
    assert_eq!(run.status, status, "{system} {body:?}: {run:?}");
    let value: Value = serde_json::from_str(&run.stdout).expect("the output is JSON");
    let Value::Object(object) = value else {
        panic!("not a JSON object: {}", run.stdout);
    };
    let keys: BTreeSet<&str> = object.keys().map(String::as_str).collect();
    // Neuron's and Viewtron's keys are exactly those of before the seam;
    // a checker's own details add keys to its own system's object only.
    let own = errcat::System::from_id(system)
        .and_then(errcat::reply::checker)
        .expect("a checker")
        .own_keys();
    let mut want = BTreeSet::from(JSON_KEYS);
    want.extend(own.iter().copied());
    if ["neuron", "viewtron"].contains(&system) {
        assert!(own.is_empty(), "{system}: {own:?}");
    }
    assert_eq!(keys, want, "{}", run.stdout);
    assert_eq!(object["system"], system);
    object
}

/// A file under the test's scratch directory holding `body`.
fn scratch_file(name: &str, body: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, body).expect("writes the scratch file");
    path
}

#[test]
fn a_neuron_success_exits_0() {
    for body in [
        r#"{"error": 0}"#,
        r#"{"nodes": []}"#,
        "{}",
        r#"{"data": {"error": 2003}, "error": 0}"#,
    ] {
        let output = reply("neuron", body, SUCCESS);
        assert_eq!(labels(&output), ["reply", "system"], "{output}");
        assert_eq!(fact(&output, "reply").as_deref(), Some("success"));
        assert!(
            fact(&output, "system").is_some_and(|s| s.starts_with("neuron")),
            "{output}"
        );
    }
}

#[test]
fn a_neuron_failure_exits_1_with_the_code_and_the_status_the_server_sends() {
    let output = reply("neuron", r#"{"error": 2003}"#, FAILURE);
    let expected = [
        ("reply", "failure".to_string()),
        ("system", "neuron — EMQ Neuron / NeuronEX".to_string()),
        ("code", "2003".to_string()),
        ("name", "NodeNotExist".to_string()),
        ("message", NeuronError::NodeNotExist.to_string()),
        (
            "description",
            NeuronError::NodeNotExist
                .description()
                .expect("2003 is described")
                .to_string(),
        ),
        ("kind", NeuronError::NodeNotExist.kind().name().to_string()),
        ("retryable", "no".to_string()),
        (
            "HTTP status sent",
            NeuronError::NodeNotExist
                .wire_http_status()
                .expect("Neuron records its statuses")
                .to_string(),
        ),
    ];
    let expected: Vec<(String, String)> = expected
        .into_iter()
        .map(|(label, value)| (label.to_string(), value))
        .collect();
    assert_eq!(facts(&output), expected, "{output}");
    assert!(output.contains("\nHTTP status sent: 404\n"), "{output}");

    let output = reply("neuron", r#"{"error": 2002}"#, FAILURE);
    assert_eq!(fact(&output, "HTTP status sent").as_deref(), Some("409"));
    assert_eq!(
        Code::<NeuronError>::from(2002).wire_http_status(),
        Some(409),
        "the library agrees"
    );
}

#[test]
fn every_neuron_code_is_explained_as_the_library_reads_it() {
    for &error in NeuronError::ALL {
        let body = format!(r#"{{"nodes": [], "error": {}}}"#, error.code());
        let status = if error.is_success() { SUCCESS } else { FAILURE };
        let output = reply("neuron", &body, status);
        let Err(neuron::ReplyError::Failed(code)) = neuron::check_reply(body.as_bytes()) else {
            assert_eq!(fact(&output, "reply").as_deref(), Some("success"));
            continue;
        };
        assert_eq!(code.known(), Some(error));
        assert_eq!(fact(&output, "code"), Some(error.code().to_string()));
        assert_eq!(fact(&output, "name").as_deref(), Some(error.name()));
        assert_eq!(fact(&output, "message"), Some(error.to_string()));
        assert_eq!(fact(&output, "kind").as_deref(), Some(error.kind().name()));
        let retryable = if error.is_retryable() { "yes" } else { "no" };
        assert_eq!(fact(&output, "retryable").as_deref(), Some(retryable));
        assert_eq!(
            fact(&output, "HTTP status sent"),
            code.wire_http_status().map(|status| status.to_string()),
            "{output}"
        );
    }
}

#[test]
fn an_unknown_neuron_code_exits_1_as_unknown() {
    let output = reply("neuron", r#"{"error": 123456}"#, FAILURE);
    assert_eq!(fact(&output, "code").as_deref(), Some("123456"));
    assert_eq!(fact(&output, "name").as_deref(), Some("unknown"));
    assert_eq!(
        fact(&output, "message").as_deref(),
        Some("unknown EMQ Neuron / NeuronEX code 123456")
    );
    assert_eq!(fact(&output, "kind").as_deref(), Some("Unknown"));
    assert_eq!(fact(&output, "retryable").as_deref(), Some("no"));
    let status = Code::<NeuronError>::from(123456)
        .wire_http_status()
        .expect("Neuron's catalog records statuses");
    assert!(
        fact(&output, "HTTP status sent").is_some_and(|s| s.starts_with(&status.to_string())),
        "{output}"
    );
    // Negative codes and the ends of the i32 range are codes too.
    for code in [i32::MIN, -1, i32::MAX] {
        let output = reply("neuron", &format!(r#"{{"error": {code}}}"#), FAILURE);
        assert_eq!(fact(&output, "code"), Some(code.to_string()));
    }
}

#[test]
fn a_malformed_neuron_reply_exits_2_naming_the_problem() {
    let stderr = malformed("neuron", br#"{"error":"2003"}"#);
    assert!(
        stderr.contains("2003") && stderr.contains("string"),
        "{stderr}"
    );
    let stderr = malformed("neuron", br#"{"error": 2003.5}"#);
    assert!(stderr.contains("2003.5"), "{stderr}");
    for body in [
        &b""[..],
        b"<html>",
        b"[]",
        b"\"text\"",
        br#"{"error": 2147483648}"#,
        br#"{"error": 1, "error": 2}"#,
        br#"{"error": 2003"#,
        b"\xff\xfe",
    ] {
        malformed("neuron", body);
    }
}

#[test]
fn viewtron_code_5_without_error_desc_shows_both_meanings() {
    let output = reply(
        "viewtron",
        r#"<config status="failed" errorCode="5"/>"#,
        FAILURE,
    );
    let error = ViewtronError::try_from(5).expect("code 5 is known");
    assert_eq!(fact(&output, "code").as_deref(), Some("5"));
    assert_eq!(fact(&output, "name").as_deref(), Some(error.name()));
    assert_eq!(fact(&output, "message"), Some(error.to_string()));
    assert_eq!(
        fact(&output, "firmware").as_deref(),
        Some("not shown (no errorDesc, no version)")
    );
    assert_eq!(fact(&output, "errorDesc"), None, "{output}");
    let meaning = fact(&output, "meaning").expect("a meaning line");
    for firmware in Firmware::ALL {
        let on = error
            .meaning_on(*firmware)
            .expect("code 5 means one thing per firmware");
        assert!(meaning.contains(on), "{firmware:?}: {output}");
        assert!(meaning.contains(firmware.label()), "{firmware:?}: {output}");
    }
}

#[test]
fn viewtron_firmware_is_read_from_the_config_version() {
    let body = r#"<config version="1.7" status="failed" errorCode="5"/>"#;
    let output = reply("viewtron", body, FAILURE);
    assert_eq!(
        fact(&output, "firmware").as_deref(),
        Some("v1.9 (the reply's <config version>)")
    );
    let error = ViewtronError::try_from(5).expect("code 5 is known");
    assert_eq!(
        fact(&output, "meaning").as_deref(),
        error.meaning_on(Firmware::V1_9)
    );
    let object = reply_json("viewtron", body, FAILURE);
    assert_eq!(object["firmware"], "v1.9");
}

#[test]
fn viewtron_code_5_with_error_desc_shows_the_v2_0_meaning() {
    let output = reply(
        "viewtron",
        r#"<config status="failed" errorCode="5" errorDesc="Network Port Error"/>"#,
        FAILURE,
    );
    let error = ViewtronError::try_from(5).expect("code 5 is known");
    assert_eq!(
        fact(&output, "errorDesc").as_deref(),
        Some("Network Port Error")
    );
    assert_eq!(
        fact(&output, "firmware").as_deref(),
        Some("v2.0 (the reply carries errorDesc)")
    );
    assert_eq!(
        fact(&output, "meaning").as_deref(),
        error.meaning_on(Firmware::V2_0)
    );
    let v1_9 = error.meaning_on(Firmware::V1_9).expect("a v1.9 meaning");
    assert!(!output.contains(v1_9), "{output}");
}

#[test]
fn every_viewtron_code_is_explained_as_the_library_reads_it() {
    for &error in ViewtronError::ALL {
        if error.is_success() {
            continue;
        }
        for desc in [None, Some("Device & text")] {
            let body = match desc {
                Some(_) => format!(
                    r#"<config status="failed" errorCode="{}" errorDesc="Device &amp; text"/>"#,
                    error.code()
                ),
                None => format!(r#"<config status="failed" errorCode="{}"/>"#, error.code()),
            };
            let output = reply("viewtron", &body, FAILURE);
            let Err(viewtron::ReplyError::Failed(failure)) = viewtron::check_reply(body.as_bytes())
            else {
                panic!("the library reads a failure: {body}");
            };
            assert_eq!(failure.code().known(), Some(error));
            assert_eq!(fact(&output, "name").as_deref(), Some(error.name()));
            assert_eq!(fact(&output, "message"), Some(error.to_string()));
            assert_eq!(fact(&output, "kind").as_deref(), Some(error.kind().name()));
            assert_eq!(fact(&output, "errorDesc").as_deref(), desc, "{output}");
            let meaning = failure.meaning().expect("a known code has a meaning");
            let shown = fact(&output, "meaning");
            if meaning == error.message() {
                assert_eq!(shown, None, "{output}");
            } else {
                assert_eq!(shown.as_deref(), Some(meaning), "{output}");
            }
            assert_eq!(fact(&output, "HTTP status sent"), None, "{output}");
        }
    }
}

#[test]
fn a_viewtron_batch_reply_lists_every_item() {
    let item = |index: u32, code: i32| {
        format!("<item><index>{index}</index><errorCode>{code}</errorCode></item>")
    };
    let body = format!(
        "<config><licensePlatesReply>{}{}{}</licensePlatesReply></config>",
        item(1, 0),
        item(2, 203),
        item(3, 4242)
    );
    let output = reply("viewtron", &body, FAILURE);
    assert_eq!(
        labels(&output),
        ["reply", "system", "items", "succeeded", "failed", "failed"],
        "{output}"
    );
    assert_eq!(
        fact(&output, "items").as_deref(),
        Some("2 of 3 failed (a batch reply)")
    );
    let plate = ViewtronError::LicensePlateAlreadyExists;
    assert!(
        output.contains(&format!(
            "item 2: index 2, code 203 ({}): {plate}",
            plate.name()
        )),
        "{output}"
    );
    assert!(
        output.contains("item 3: index 3, code 4242 (unknown): unknown"),
        "{output}"
    );

    let object = reply_json("viewtron", &body, FAILURE);
    // The code is the library's `ReplyError::code()`: the first failed item's.
    let Err(error) = viewtron::check_reply(&body) else {
        panic!("a failed batch")
    };
    let first = error.code().expect("a failed item's code");
    assert_eq!(object["code"], first.code(), "{object:?}");
    assert_eq!(object["code"], 203);
    assert_eq!(object["name"], plate.name());
    let items = object["items"].as_array().expect("the items");
    let codes: Vec<(i64, bool)> = items
        .iter()
        .map(|i| (i["code"].as_i64().unwrap(), i["success"].as_bool().unwrap()))
        .collect();
    assert_eq!(codes, [(0, true), (203, false), (4242, false)]);
    assert_eq!(items[1]["name"], plate.name());
    assert!(items[2]["name"].is_null());

    // Every item added: a success, as the vendor's client reads it.
    let added = format!(
        "<config><licensePlatesReply>{}</licensePlatesReply></config>",
        item(1, 0)
    );
    assert_eq!(
        reply_json("viewtron", &added, SUCCESS)["items"],
        Value::Null
    );
}

#[test]
fn viewtron_code_20_says_what_the_vendor_client_makes_of_it() {
    let body = r#"<config status="failed" errorCode="20" errorDesc="Resources Not Exist"/>"#;
    let output = reply("viewtron", body, FAILURE);
    let description = fact(&output.replace(&format!("\n{:16}", ""), " "), "description")
        .expect("the code's description");
    assert_eq!(
        Some(description.as_str()),
        ViewtronError::ResourcesNotExist.description()
    );
    assert!(description.contains("GetLicensePlates") && description.contains("empty list"));
    let object = reply_json("viewtron", body, FAILURE);
    assert_eq!(object["description"], description);
}

#[test]
fn an_unknown_viewtron_code_exits_1_as_unknown() {
    let output = reply(
        "viewtron",
        r#"<config status="failed" errorCode="999"/>"#,
        FAILURE,
    );
    assert_eq!(fact(&output, "code").as_deref(), Some("999"));
    assert_eq!(fact(&output, "name").as_deref(), Some("unknown"));
    assert_eq!(fact(&output, "meaning"), None, "{output}");
}

#[test]
fn a_viewtron_success_exits_0() {
    for body in [
        r#"<config status="success"/>"#,
        r#"<?xml version="1.0" encoding="UTF-8"?><config status="success" errorCode="0"/>"#,
        "<config version=\"2.0\"><channel>1</channel></config>\n",
        "\u{FEFF}<config status='success'/>",
    ] {
        let output = reply("viewtron", body, SUCCESS);
        assert_eq!(labels(&output), ["reply", "system"], "{output}");
        assert!(
            fact(&output, "system").is_some_and(|s| s.starts_with("viewtron")),
            "{output}"
        );
    }
}

#[test]
fn a_malformed_viewtron_reply_exits_2_naming_the_problem() {
    let stderr = malformed("viewtron", b"not XML at all");
    assert!(stderr.len() > "error: malformed viewtron reply: ".len() + 1);
    let stderr = malformed("viewtron", br#"<reply status="failed"/>"#);
    assert!(stderr.contains("reply"), "{stderr}");
    for body in [
        &b""[..],
        br#"{"error": 0}"#,
        br#"<config status="failed"/>"#,
        br#"<config status="failed" errorCode="0"/>"#,
        br#"<config status="failed" errorCode="five"/>"#,
        br#"<config status="maybe"/>"#,
        b"<config>",
        b"<config/><config/>",
    ] {
        malformed("viewtron", body);
    }
}

#[test]
fn the_device_text_is_kept_on_one_line() {
    let body = r#"<config status="failed" errorCode="9" errorDesc="line&#10;break&#9;tab"/>"#;
    let output = reply("viewtron", body, FAILURE);
    assert_eq!(
        fact(&output, "errorDesc").as_deref(),
        Some("line break tab")
    );
    assert!(output.lines().all(|line| line.contains(": ")), "{output}");
}

#[test]
fn values_line_up_and_wrap_to_the_terminal() {
    let body = r#"<config status="failed" errorCode="5"/>"#;
    let output = run_with(&["reply", "viewtron"], body.as_bytes(), "60").stdout;
    let starts: BTreeSet<usize> = output
        .lines()
        .map(|line| {
            let after_label = line.find(": ").map_or(0, |at| at + 1);
            after_label + line[after_label..].len() - line[after_label..].trim_start().len()
        })
        .collect();
    assert_eq!(starts.len(), 1, "{output}");
    assert!(
        output.lines().all(|line| line.chars().count() <= 60),
        "{output}"
    );
}

#[test]
fn standard_input_a_dash_and_a_file_read_the_same() {
    let body = br#"{"error": 2003}"#;
    let from_stdin = run(&["reply", "neuron"], body);
    let from_dash = run(&["reply", "neuron", "-"], body);
    let path = scratch_file("reply-2003.json", body);
    let path = path.to_str().expect("a UTF-8 path");
    let from_file = run(&["reply", "neuron", path], b"{\"error\": 0}");
    for run in [&from_stdin, &from_dash, &from_file] {
        assert_eq!(run.status, FAILURE, "{run:?}");
        assert_eq!(run.stdout, from_stdin.stdout);
    }
    assert_eq!(
        fact(&from_file.stdout, "name").as_deref(),
        Some("NodeNotExist")
    );
}

#[test]
fn json_has_every_key_for_every_outcome() {
    let object = reply_json("neuron", r#"{"error": 0}"#, SUCCESS);
    assert_eq!(object["outcome"], "success");
    for key in JSON_KEYS
        .iter()
        .filter(|k| !["system", "outcome"].contains(k))
    {
        assert!(object[*key].is_null(), "{key}: {object:?}");
    }

    let object = reply_json("neuron", r#"{"error": 2002}"#, FAILURE);
    assert_eq!(object["outcome"], "failure");
    assert_eq!(object["code"], 2002);
    assert_eq!(object["name"], NeuronError::NodeExists.name());
    assert_eq!(object["message"], NeuronError::NodeExists.to_string());
    assert_eq!(object["kind"], NeuronError::NodeExists.kind().name());
    assert_eq!(object["retryable"], NeuronError::NodeExists.is_retryable());
    assert_eq!(object["wire_http_status"], 409);
    assert!(object["error_desc"].is_null() && object["firmware"].is_null());
    assert!(object["problem"].is_null());

    let object = reply_json("neuron", r#"{"error": 123456}"#, FAILURE);
    assert!(object["name"].is_null(), "{object:?}");
    assert_eq!(object["kind"], "Unknown");
    assert_eq!(object["wire_http_status"], 200);

    let object = reply_json(
        "viewtron",
        r#"<config status="failed" errorCode="5"/>"#,
        FAILURE,
    );
    assert_eq!(object["code"], 5);
    assert!(object["firmware"].is_null() && object["error_desc"].is_null());
    assert!(object["wire_http_status"].is_null());
    let meaning = object["meaning"].as_str().expect("a meaning");
    assert!(
        meaning.contains("v1.9") && meaning.contains("v2.0"),
        "{meaning}"
    );

    let object = reply_json(
        "viewtron",
        r#"<config status="failed" errorCode="5" errorDesc="Network Port Error"/>"#,
        FAILURE,
    );
    assert_eq!(object["firmware"], "v2.0");
    assert_eq!(object["error_desc"], "Network Port Error");
    let error = ViewtronError::try_from(5).expect("code 5 is known");
    assert_eq!(object["meaning"].as_str(), error.meaning_on(Firmware::V2_0));

    let object = reply_json("neuron", r#"{"error":"2003"}"#, BAD);
    assert_eq!(object["outcome"], "malformed");
    assert!(
        object["problem"]
            .as_str()
            .is_some_and(|p| p.contains("2003"))
    );
    assert!(object["code"].is_null());

    let object = reply_json("viewtron", "not XML", BAD);
    assert_eq!(object["outcome"], "malformed");
    assert!(object["problem"].is_string());
}

#[test]
fn only_systems_with_a_checker_are_read() {
    let stderr = fails(&["reply", "modbus"], br#"{"error": 0}"#);
    assert!(
        stderr.contains("not a system errcat reads replies of"),
        "{stderr}"
    );
    for checker in errcat::reply::CHECKERS {
        assert!(stderr.contains(checker.system().id()), "{stderr}");
    }
    fails(&["reply"], b"");
    fails(&["reply", "neuron", "--format", "tsv"], b"{}");
    fails(&["reply", "neuron", "a.json", "b.json"], b"{}");
}

#[test]
fn an_unreadable_file_exits_2_with_the_path_and_the_os_error() {
    let missing = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("no-such-reply.json");
    let missing = missing.to_str().expect("a UTF-8 path");
    let stderr = fails(&["reply", "neuron", missing], b"");
    assert!(
        stderr.contains(missing) && stderr.contains("os error"),
        "{stderr}"
    );
    let directory = env!("CARGO_TARGET_TMPDIR");
    let stderr = fails(&["reply", "viewtron", directory], b"");
    assert!(stderr.contains(directory), "{stderr}");
}

#[test]
fn a_reply_over_16_mib_is_refused() {
    let mut body = br#"{"error": 0, "pad": ""#.to_vec();
    body.resize(16 * 1024 * 1024 + 1, b' ');
    let stderr = fails(&["reply", "neuron"], &body);
    assert!(stderr.contains("16 MiB"), "{stderr}");
    let path = scratch_file("reply-too-big.xml", &body);
    let stderr = fails(&["reply", "viewtron", path.to_str().expect("UTF-8")], b"");
    assert!(stderr.contains("16 MiB"), "{stderr}");
}

#[test]
fn help_describes_the_reply_command() {
    let help = run(&["--help"], b"");
    assert_eq!(help.status, 0);
    assert!(help.stdout.contains("reply"), "{}", help.stdout);
    let help = run(&["reply", "--help"], b"");
    assert_eq!(help.status, 0);
    assert!(
        help.stdout.contains("Examples:") && help.stdout.contains("errcat reply neuron"),
        "{}",
        help.stdout
    );
}

#[test]
fn a_closed_stdout_keeps_the_verdict_in_the_exit_status() {
    for (args, body, status) in [
        (
            &["reply", "neuron"][..],
            &br#"{"error": 2003}"#[..],
            FAILURE,
        ),
        (
            &["reply", "neuron", "--format", "json"],
            br#"{"error": 2003}"#,
            FAILURE,
        ),
        (
            &["reply", "viewtron"],
            br#"<config status="success"/>"#,
            SUCCESS,
        ),
    ] {
        let mut child = std::process::Command::new(cargo_bin!("errcat"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary starts");
        drop(child.stdout.take());
        let mut stdin = child.stdin.take().expect("piped stdin");
        stdin.write_all(body).expect("writes the reply");
        drop(stdin);
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .expect("piped stderr")
            .read_to_string(&mut stderr)
            .expect("reads stderr");
        let exit = child.wait().expect("the binary ends");
        assert_eq!(exit.code(), Some(status), "errcat {args:?}: {stderr}");
        assert_eq!(stderr, "", "errcat {args:?}");
    }
}

#[test]
fn a_superoffice_failure_exits_1_and_a_fault_shows_its_code_and_text() {
    let body = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>\
                <m:loginResponse xmlns:m=\"urn:customer\"><errorCode>1</errorCode>\
                <sessionKey/></m:loginResponse></s:Body></s:Envelope>";
    let output = reply("superoffice", body, FAILURE);
    let Err(error) = errcat::superoffice::check_reply(body) else {
        panic!("a failure")
    };
    let code = error.code().expect("a code");
    assert_eq!(fact(&output, "code").as_deref(), Some("1"));
    assert_eq!(fact(&output, "message"), Some(code.to_string()));
    let object = reply_json("superoffice", body, FAILURE);
    assert_eq!(object["code"], 1);
    assert!(object["fault_code"].is_null() && object["fault_string"].is_null());

    let ok = body.replace(">1<", ">0<");
    assert_eq!(
        reply_json("superoffice", &ok, SUCCESS)["outcome"],
        "success"
    );

    let fault = "<Envelope><Body><Fault><faultcode>Server</faultcode>\
                 <faultstring>Session expired</faultstring></Fault></Body></Envelope>";
    let output = reply("superoffice", fault, FAILURE);
    assert_eq!(
        labels(&output),
        ["reply", "system", "faultcode", "faultstring"],
        "{output}"
    );
    assert_eq!(
        fact(&output, "faultstring").as_deref(),
        Some("Session expired")
    );
    let object = reply_json("superoffice", fault, FAILURE);
    assert!(object["code"].is_null());
    assert_eq!(object["fault_code"], "Server");
    assert_eq!(object["fault_string"], "Session expired");

    let stderr = malformed("superoffice", b"<Envelope><Body/></Envelope>");
    assert!(
        stderr.contains("errorCode") && stderr.contains("Fault"),
        "{stderr}"
    );
}

#[test]
fn i4scada_per_signal_results_are_shown_as_batch_items_are() {
    let body = r#"{"d": [0, -4088, 0]}"#;
    let output = reply("i4scada", body, FAILURE);
    assert_eq!(
        labels(&output),
        [
            "reply",
            "system",
            "items",
            "succeeded",
            "failed",
            "succeeded"
        ],
        "{output}"
    );
    assert_eq!(
        fact(&output, "items").as_deref(),
        Some("1 of 3 failed (a batch reply)")
    );
    let object = reply_json("i4scada", body, FAILURE);
    let Err(error) = errcat::i4scada::check_reply(body) else {
        panic!("a failure")
    };
    assert_eq!(object["code"], error.code().expect("a code").code());
    let items = object["items"].as_array().expect("the items");
    let codes: Vec<(i64, bool)> = items
        .iter()
        .map(|i| (i["code"].as_i64().unwrap(), i["success"].as_bool().unwrap()))
        .collect();
    assert_eq!(codes, [(0, true), (-4088, false), (0, true)]);
    assert_eq!(items[1]["system"], "i4scada");

    // An OPC server's code among the results is shown as OPC's.
    let opc = r#"{"d": [0, -1073479674]}"#;
    let object = reply_json("i4scada", opc, FAILURE);
    assert_eq!(object["items"][1]["system"], "opcda");
    assert_eq!(object["code"], -1_073_479_674);
    assert!(object["name"].is_string(), "{object:?}");

    // RegisterSignals' warning: a success, and the warning shown.
    let warned = r#"{"d": [0, 2]}"#;
    let output = reply("i4scada", warned, SUCCESS);
    assert_eq!(
        fact(&output, "items").as_deref(),
        Some("0 of 2 failed, 1 with a warning (a batch reply)")
    );
    assert!(fact(&output, "warning").is_some(), "{output}");

    let login = r#"{"d": "[-4091]"}"#;
    let object = reply_json("i4scada", login, FAILURE);
    assert_eq!(object["code"], -4091);
    assert_eq!(object["error_codes"], "-4091");
    reply("i4scada", r#"{"d": "a-token"}"#, SUCCESS);
    let stderr = malformed("i4scada", br#"{"error": 0}"#);
    assert!(stderr.contains("\"d\""), "{stderr}");
}

#[test]
fn a_utf16_reply_is_refused_saying_so() {
    let utf16: Vec<u8> = "\u{feff}{\"error\": 2003}"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    for checker in errcat::reply::CHECKERS {
        let stderr = malformed(checker.system().id(), &utf16);
        assert!(stderr.contains("UTF-16 (little-endian)"), "{stderr}");
    }
}
