//! Drives the real `errcat` binary and checks what it prints against the
//! library.

mod common;

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::process::Stdio;

use assert_cmd::cargo::cargo_bin;
use common::{Run, run_errcat};
use errcat::i4scada::{I4scadaMethod, UNNUMBERED};
use errcat::viewtron::{Firmware, ViewtronError};
use errcat::{AnyError, Kind, System};

/// Runs `errcat` with `args` and `COLUMNS` set to `columns` (or unset).
fn run_with(args: &[&str], columns: Option<&str>) -> Run {
    run_errcat(args, None, columns)
}

/// Runs `errcat` with `args` and no `COLUMNS`.
fn run(args: &[&str]) -> Run {
    run_with(args, None)
}

/// Runs `errcat` with `args`, expecting exit status 0 and nothing on stderr.
fn ok(args: &[&str]) -> String {
    let run = run(args);
    assert_eq!(run.status, 0, "errcat {args:?}: {}", run.stderr);
    assert_eq!(run.stderr, "", "errcat {args:?}");
    run.stdout
}

/// Runs `errcat` with `args`, expecting exit status `status`, nothing on
/// stdout and an `error:` on stderr; returns stderr.
fn fails(args: &[&str], status: i32) -> String {
    let run = run(args);
    assert_eq!(run.status, status, "errcat {args:?}: {run:?}");
    assert_eq!(run.stdout, "", "errcat {args:?}");
    assert!(
        run.stderr.starts_with("error:"),
        "errcat {args:?}: {}",
        run.stderr
    );
    run.stderr
}

/// Text with every run of whitespace made one space, so that wrapped output
/// can be searched.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The `Display` of the typed enum inside `error`.
fn typed_display(error: AnyError) -> String {
    match error {
        AnyError::I4scada(e) => e.to_string(),
        AnyError::Neuron(e) => e.to_string(),
        AnyError::SuperOffice(e) => e.to_string(),
        AnyError::Viewtron(e) => e.to_string(),
        other => other.to_string(),
    }
}

/// `code`'s 32 bits as an HRESULT is written: `0x` and 8 upper-case digits.
fn hex(code: i32) -> String {
    format!("0x{code:08X}")
}

/// The code as the tool shows it: the decimal, and the hex beside it for a
/// system whose codes are read in hex.
fn shown(error: AnyError) -> String {
    if error.system().info().hex_codes {
        format!("{} ({})", error.code(), hex(error.code()))
    } else {
        error.code().to_string()
    }
}

/// The former upstream symbols of `error`.
fn former_symbols(error: AnyError) -> &'static [&'static str] {
    match error {
        AnyError::Neuron(e) => e.former_symbols(),
        AnyError::SuperOffice(e) => e.former_symbols(),
        _ => &[],
    }
}

/// The current and former upstream symbols of `error`.
fn symbols(error: AnyError) -> Vec<&'static str> {
    let mut symbols: Vec<&str> = error.upstream_symbol().into_iter().collect();
    symbols.extend(former_symbols(error));
    symbols
}

/// Text that the explanation of `error` must contain (whitespace squashed).
fn expected_fragments(error: AnyError) -> Vec<String> {
    let mut fragments = vec![
        error.system().id().to_string(),
        format!("code: {}", shown(error)),
        error.name().to_string(),
        typed_display(error),
        // The title, and the variant's name where it reads otherwise.
        if error.category_title() == error.category_name() {
            format!("category: {}", error.category_title())
        } else {
            format!(
                "category: {} ({})",
                error.category_title(),
                error.category_name()
            )
        },
        error.kind().name().to_string(),
        format!(
            "retryable: {}",
            if error.is_retryable() { "yes" } else { "no" }
        ),
        format!("HTTP status: {}", error.http_status()),
        error.provenance().describe().to_string(),
    ];
    fragments.extend(
        error
            .wire_http_status()
            .map(|status| format!("HTTP status sent: {status}")),
    );
    fragments.extend(error.description().map(str::to_string));
    fragments.extend(error.basis().map(|basis| format!("basis: {basis}")));
    fragments.extend(symbols(error).into_iter().map(str::to_string));
    match error {
        AnyError::I4scada(e) => {
            fragments.extend(e.explanation().map(str::to_string));
            fragments.extend(e.methods().iter().map(|m| m.label().to_string()));
            for method in I4scadaMethod::ALL {
                if let Some(meaning) = e.meaning_on(*method) {
                    fragments.push(format!("on {}: {meaning}", method.label()));
                }
            }
        }
        AnyError::Viewtron(e) => {
            fragments.extend(e.explanation().map(str::to_string));
            fragments.extend(e.firmware().iter().map(|f| f.label().to_string()));
            for firmware in Firmware::ALL {
                if let Some(meaning) = e.meaning_on(*firmware) {
                    fragments.push(format!("on {}: {meaning}", firmware.label()));
                }
            }
        }
        _ => {}
    }
    if error.is_success() {
        fragments.push("success: yes".to_string());
    }
    fragments.into_iter().map(|f| squash(&f)).collect()
}

/// Asserts that `output` explains `error`.
fn assert_explains(output: &str, error: AnyError) {
    let output = squash(output);
    for fragment in expected_fragments(error) {
        assert!(
            output.contains(&fragment),
            "the explanation of {} {} lacks {fragment:?}:\n{output}",
            error.system().id(),
            error.code()
        );
    }
}

/// The header line of `--format tsv`.
const TSV_HEADER: &str = "system\tcode\tname\tmessage\tcategory\tdescription\tkind\tretryable\thttp_status\twire_http_status";

/// The `(system, code)` pairs of a TSV output, checking the header.
fn tsv_keys(output: &str) -> Vec<(String, i32)> {
    let mut lines = output.lines();
    assert_eq!(lines.next(), Some(TSV_HEADER));
    lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 10, "{line:?}");
            let key: (String, i32) = (fields[0].to_string(), fields[1].parse().expect("a code"));
            let system: System = fields[0].parse().expect("a system id");
            let error = errcat::lookup(system, key.1).expect("a code of the system");
            assert_eq!(
                (fields[6], fields[7], fields[8], fields[9]),
                (
                    error.kind().name(),
                    error.is_retryable().to_string().as_str(),
                    error.http_status().to_string().as_str(),
                    error
                        .wire_http_status()
                        .map_or(String::new(), |s| s.to_string())
                        .as_str()
                ),
                "{line:?}: kind, retryable, http_status, wire_http_status"
            );
            key
        })
        .collect()
}

/// The `(system, code)` pairs of library entries.
fn keys(entries: impl Iterator<Item = AnyError>) -> Vec<(String, i32)> {
    entries
        .map(|e| (e.system().id().to_string(), e.code()))
        .collect()
}

/// Undoes the TSV escapes `\\`, `\t`, `\n` and `\r`.
fn unescape(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('\\') => out.push('\\'),
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                other => panic!("invalid escape \\{other:?} in {field:?}"),
            }
        } else {
            assert!(
                c != '\t' && c != '\n' && c != '\r',
                "raw {c:?} in {field:?}"
            );
            out.push(c);
        }
    }
    out
}

/// Whether the search for `needle` should find `error`.
fn search_hit(error: AnyError, needle: &str) -> bool {
    let needle = needle.to_lowercase();
    let has = |text: &str| text.to_lowercase().contains(&needle);
    has(&typed_display(error))
        || has(error.name())
        || error.description().is_some_and(has)
        || symbols(error).into_iter().any(has)
}

/// The nearest code to `code` in `system`, per the library.
fn nearest_in(system: System, code: i64) -> AnyError {
    AnyError::iter()
        .filter(|e| e.system() == system)
        .min_by_key(|e| ((i64::from(e.code()) - code).abs(), e.code()))
        .expect("every system has codes")
}

#[test]
fn explains_neuron_2003_by_code_with_or_without_explain() {
    let error = errcat::lookup(System::Neuron, 2003).expect("Neuron defines 2003");
    let plain = ok(&["neuron", "2003"]);
    assert_explains(&plain, error);
    assert_eq!(ok(&["explain", "neuron", "2003"]), plain);
    assert_eq!(ok(&["NEURON", "2003"]), plain);
    assert!(!plain.contains("viewtron"));
}

#[test]
fn explains_every_code_of_every_system() {
    for error in AnyError::iter() {
        let code = error.code().to_string();
        let output = ok(&[error.system().id(), &code]);
        assert_explains(&output, error);
    }
}

#[test]
fn finds_every_entry_by_name_and_symbol_in_any_case() {
    for (i, error) in AnyError::iter().enumerate() {
        let system = error.system().id();
        let name = if i % 2 == 0 {
            error.name().to_lowercase()
        } else {
            error.name().to_uppercase()
        };
        let output = ok(&[system, &name]);
        assert_explains(&output, error);
        for symbol in symbols(error) {
            let output = ok(&["explain", system, &symbol.to_lowercase()]);
            assert_explains(&output, error);
        }
    }
}

#[test]
fn a_code_alone_shows_every_system_that_defines_it() {
    let mut shared = 0;
    for error in AnyError::iter() {
        let all: Vec<AnyError> = errcat::lookup_all(error.code()).collect();
        if all.len() < 2 || all[0] != error {
            continue;
        }
        shared += 1;
        let output = ok(&[&error.code().to_string()]);
        for each in &all {
            assert_explains(&output, *each);
        }
        let shown = output.lines().filter(|l| l.starts_with("system:")).count();
        assert_eq!(shown, all.len(), "{output}");
    }
    assert!(shared > 0, "the catalogs share no code; pick another test");
}

#[test]
fn a_code_alone_in_one_system_shows_just_that() {
    let error = AnyError::iter()
        .find(|e| errcat::lookup_all(e.code()).count() == 1)
        .expect("a code only one system defines");
    let output = ok(&[&error.code().to_string()]);
    assert_explains(&output, error);
    assert_eq!(
        output.lines().filter(|l| l.starts_with("system:")).count(),
        1
    );
}

#[test]
fn a_name_without_a_system_searches_every_system() {
    let output = ok(&["NEU_ERR_NODE_NOT_EXIST"]);
    assert_explains(&output, errcat::lookup(System::Neuron, 2003).expect("2003"));
    // Names shared by several systems show every one of them.
    for error in AnyError::iter() {
        let same: Vec<AnyError> = AnyError::iter()
            .filter(|e| e.name().eq_ignore_ascii_case(error.name()))
            .collect();
        if same.len() > 1 && same[0] == error {
            let output = ok(&[&error.name().to_lowercase()]);
            for each in same {
                assert_explains(&output, each);
            }
        }
    }
}

#[test]
fn negative_codes_work_as_arguments() {
    let error = errcat::lookup(System::I4scada, -4095).expect("i4scada defines -4095");
    for args in [
        &["-4095"][..],
        &["i4scada", "-4095"],
        &["explain", "-4095"],
        &["explain", "i4scada", "-4095"],
    ] {
        assert_explains(&ok(args), error);
    }
    for error in AnyError::iter().filter(|e| e.code() < 0) {
        assert_explains(&ok(&[&error.code().to_string()]), error);
    }
}

#[test]
fn an_unknown_code_exits_1_naming_the_nearest_codes_of_each_system() {
    assert_eq!(errcat::lookup_all(2019).count(), 0, "2019 is defined now");
    let stderr = fails(&["2019"], 1);
    assert!(stderr.contains("no system defines code 2019"), "{stderr}");
    for system in System::ALL {
        let near = nearest_in(system, 2019);
        let mention = format!("{} {} ({})", system.id(), shown(near), typed_display(near));
        assert!(stderr.contains(&mention), "{stderr} lacks {mention}");
    }
}

#[test]
fn an_unknown_code_in_one_system_names_that_system_only() {
    for system in System::ALL {
        let undefined = (0..)
            .map(|n| 2001 + n)
            .find(|&code| errcat::lookup(system, code).is_none())
            .expect("an undefined code");
        let stderr = fails(&[system.id(), &undefined.to_string()], 1);
        assert!(stderr.contains(&undefined.to_string()), "{stderr}");
        let near = nearest_in(system, i64::from(undefined));
        assert!(
            stderr.contains(&format!("{} {}", system.id(), near.code())),
            "{stderr}"
        );
        for other in System::ALL.into_iter().filter(|&o| o != system) {
            assert!(
                !stderr.contains(other.id()),
                "{stderr} mentions {}",
                other.id()
            );
        }
    }
    fails(&["i4scada", "-5000"], 1);
    fails(&["explain", "-5000"], 1);
}

#[test]
fn codes_are_read_in_hex_in_any_case_as_their_32_bits() {
    // Every code of a system read in hex, as the tool shows it and in lower case.
    let hex_systems: Vec<System> = System::ALL
        .into_iter()
        .filter(|system| system.info().hex_codes)
        .collect();
    assert!(
        hex_systems.contains(&System::Opcda),
        "OPC DA's codes are read in hex"
    );
    for error in AnyError::iter().filter(|e| hex_systems.contains(&e.system())) {
        let upper = hex(error.code());
        let output = ok(&[&upper]);
        assert_explains(&output, error);
        assert_eq!(
            output.lines().filter(|l| l.starts_with("system:")).count(),
            1
        );
        let lower = format!("0X{}", upper[2..].to_lowercase());
        assert_eq!(ok(&[error.system().id(), &lower]), output, "{lower}");
        assert_eq!(ok(&["explain", &upper]), output);
    }
    // Any system's code: a value above i32::MAX is the negative i32 with
    // those bits, and leading zeros change nothing.
    let neuron = errcat::lookup(System::Neuron, 2003).expect("Neuron defines 2003");
    let i4scada = errcat::lookup(System::I4scada, -4095).expect("i4scada defines -4095");
    assert_explains(&ok(&["neuron", "0x7d3"]), neuron);
    assert_explains(&ok(&["0x00000000000007D3"]), neuron);
    assert_explains(&ok(&["0xFFFFF001"]), i4scada);
    // A system read in decimal shows no hex.
    assert!(!ok(&["0x7D3"]).contains("0x"));
}

#[test]
fn a_hex_code_no_system_defines_exits_1_shown_in_hex_and_decimal() {
    let code = 0xC004_0099_u32 as i32;
    assert!(
        errcat::lookup_all(code).next().is_none(),
        "0xC0040099 is defined now"
    );
    let stderr = fails(&["0xc0040099"], 1);
    assert!(
        stderr.contains(&format!("no system defines code 0xC0040099 ({code})")),
        "{stderr}"
    );
    let near = nearest_in(System::Opcda, i64::from(code));
    assert!(
        stderr.contains(&format!("opcda {} ({})", shown(near), typed_display(near))),
        "{stderr}"
    );
}

#[test]
fn a_bad_hex_code_exits_2_saying_what_a_hex_code_is() {
    for (args, words) in [
        (&["0x"][..], "is not a hex code"),
        (&["0xC004G006"], "is not a hex code"),
        (&["opcda", "0x-5"], "is not a hex code"),
        (&["0x1C0040006"], "a hex code is 32 bits, 0x0 to 0xFFFFFFFF"),
        (&["0xFFFFFFFFFFFFFFFFFFFFFFFF"], "a hex code is 32 bits"),
        (&["--", "-0xC0040006"], "a hex code takes no sign"),
        (&["explain", "--", "+0x7D3"], "a hex code takes no sign"),
    ] {
        let stderr = fails(args, 2);
        assert!(stderr.contains(words), "errcat {args:?}: {stderr}");
        let argument = args.last().expect("an argument");
        assert!(stderr.contains(&format!("{argument:?}")), "{stderr}");
    }
    let long = format!("0x{}", "F".repeat(100_000));
    let stderr = fails(&[&long], 2);
    assert!(stderr.len() < 400, "{} bytes of stderr", stderr.len());
}

#[test]
fn list_and_search_show_hex_beside_the_decimal_where_the_system_reads_hex() {
    let table = |args: &[&str]| {
        let run = run_with(args, Some("1000"));
        assert_eq!(run.status, 0, "errcat {args:?}: {}", run.stderr);
        run.stdout
    };
    let row_of = |table: &str, error: AnyError| -> String {
        table
            .lines()
            .find(|line| {
                line.starts_with(&format!("{} ", error.system().id()))
                    && line.contains(&format!(" {} ", error.name()))
            })
            .unwrap_or_else(|| panic!("{table} lacks {}", error.name()))
            .to_string()
    };
    let everything = table(&["list"]);
    let words = |line: &str| {
        line.split_whitespace()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let header = words(everything.lines().next().expect("a header"));
    assert_eq!(
        header[..3],
        ["SYSTEM", "CODE", "HEX"],
        "the hex beside the code"
    );
    for system in System::ALL {
        let own = table(&["list", system.id()]);
        let header = words(own.lines().next().expect("a header"));
        assert_eq!(header[2] == "HEX", system.info().hex_codes, "{header:?}");
        for error in AnyError::iter().filter(|e| e.system() == system) {
            for table in [&own, &everything] {
                let row = row_of(table, error);
                let code = format!(" {} ", error.code());
                assert!(row.contains(&code), "{row}");
                let after_code = &row[row.find(&code).expect("the code") + code.len()..];
                if system.info().hex_codes {
                    assert!(
                        after_code.starts_with(&format!(" {} ", hex(error.code()))),
                        "{row}"
                    );
                } else {
                    assert!(!row.contains("0x"), "{row}");
                }
            }
        }
    }
    let hits = table(&["search", "clamped"]);
    assert!(hits.contains("262158  0x0004000E"), "{hits}");
    assert!(!table(&["search", "node"]).contains("HEX"));
}

#[test]
fn numbers_outside_i32_are_range_errors_not_crashes() {
    let huge = "9".repeat(100_000);
    let huge_negative = format!("-{huge}");
    for number in [
        "99999999999",
        "-99999999999",
        "2147483648",
        "-2147483649",
        "10000000000000000000000000000000000000000000",
        "-100000000000000000000000000000000000000000",
        &huge,
        &huge_negative,
    ] {
        for args in [&[number][..], &["neuron", number]] {
            let stderr = fails(args, 2);
            assert!(stderr.contains("outside the range of codes"), "{stderr}");
            assert!(
                stderr.len() < 400,
                "errcat {} echoes {} bytes",
                &number[..number.len().min(20)],
                stderr.len()
            );
        }
    }
    // The edges of i32 are codes no system defines: not found, exit 1.
    fails(&["2147483647"], 1);
    fails(&["-2147483648"], 1);
}

#[test]
fn a_long_argument_is_echoed_cut() {
    let long = "x".repeat(100_000);
    let stderr = fails(&[&long], 2);
    assert!(stderr.len() < 1_000, "{} bytes of stderr", stderr.len());
    assert!(stderr.contains('…'), "{stderr}");
    assert!(
        !stderr.contains("errcat search"),
        "no command for an argument cut short: {stderr}"
    );
}

#[test]
fn suggested_commands_run_nothing_else_when_pasted() {
    for (argument, word) in [
        ("x$(id)", "'x$(id)'"),
        ("a`b`", "'a`b`'"),
        ("it's", "'it'\\''s'"),
        ("x; rm -rf y", "'x; rm -rf y'"),
        ("plain_word", "plain_word"),
    ] {
        let stderr = fails(&[argument], 2);
        assert!(
            stderr.contains(&format!("errcat search {word}\n")),
            "{argument}: {stderr}"
        );
    }
}

#[test]
fn bad_arguments_exit_2_saying_what_is_accepted() {
    let stderr = fails(&["modbus", "2003"], 2);
    assert!(
        stderr.contains("modbus") && stderr.contains("neuron"),
        "{stderr}"
    );
    let stderr = fails(&["2003", "neuron"], 2);
    assert!(stderr.contains("errcat neuron 2003"), "{stderr}");
    let stderr = fails(&["neuron", "twenty"], 2);
    assert!(
        stderr.contains("\"twenty\"") && stderr.contains("number"),
        "{stderr}"
    );
    let stderr = fails(&["NoSuchNameAnywhere"], 2);
    assert!(stderr.contains("NoSuchNameAnywhere"), "{stderr}");
    let stderr = fails(&["neuron"], 2);
    assert!(stderr.contains("errcat list neuron"), "{stderr}");
    let stderr = fails(&["viewtron", "NodeNotExist"], 2);
    assert!(stderr.contains("errcat neuron NodeNotExist"), "{stderr}");
    for args in [
        &[""][..],
        &["  "],
        &["neuron", ""],
        &["", "2003"],
        &["explain", ""],
        &["20o3"],
        &["0x"],
        &["0xC004G006"],
        &["0x1C0040006"],
        &["neuron", "0x7D3.0"],
        &["--", "-0x7D3"],
        &["search", ""],
        &["search", "x", "--system", "modbus"],
        &["list", "modbus"],
        &["list", "--format", "xml"],
        &["list", "--kind", ""],
        &["list", "--category", ""],
        &["neuron", "2003", "extra"],
        &["explain"],
        &["search"],
        &["--no-such-flag"],
        &["-4095x"],
    ] {
        fails(args, 2);
    }
    let no_args = run(&[]);
    assert_eq!(no_args.status, 2);
    assert!(no_args.stderr.contains("Usage"), "{no_args:?}");
}

#[test]
fn help_shows_examples() {
    for args in [
        &["--help"][..],
        &["explain", "--help"],
        &["search", "--help"],
        &["list", "--help"],
        &["help", "list"],
    ] {
        let output = ok(args);
        assert!(output.contains("Examples:"), "errcat {args:?}: {output}");
        assert!(output.contains("errcat "), "errcat {args:?}: {output}");
    }
    assert!(ok(&["--version"]).starts_with("errcat "));
}

#[test]
fn list_tsv_round_trips_every_code_of_every_system() {
    let output = ok(&["list", "--format", "tsv"]);
    let mut lines = output.lines();
    assert_eq!(lines.next(), Some(TSV_HEADER));
    let mut seen = Vec::new();
    for line in lines {
        let fields: Vec<String> = line.split('\t').map(unescape).collect();
        assert_eq!(fields.len(), 10, "{line:?}");
        let system: System = fields[0].parse().expect("a system id");
        let code: i32 = fields[1].parse().expect("a code");
        let error = errcat::lookup(system, code).expect("a code the system defines");
        assert_eq!(fields[2], error.name());
        assert_eq!(fields[3], typed_display(error));
        assert_eq!(fields[3], error.message());
        assert_eq!(fields[4], error.category_name());
        assert_eq!(fields[5], error.description().unwrap_or_default());
        seen.push(error);
    }
    let all: Vec<AnyError> = AnyError::iter().collect();
    assert_eq!(seen, all, "one row per entry, in catalog order");
}

#[test]
fn list_tsv_of_one_system_has_all_of_its_codes_and_no_other() {
    for system in System::ALL {
        let output = ok(&["list", system.id(), "--format", "tsv"]);
        let expected = keys(AnyError::iter().filter(|e| e.system() == system));
        assert!(!expected.is_empty());
        assert_eq!(tsv_keys(&output), expected);
    }
}

#[test]
fn list_json_has_one_object_per_entry_with_its_facts() {
    let output = ok(&["list", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&output).expect("valid JSON");
    let objects = value.as_array().expect("an array");
    let all: Vec<AnyError> = AnyError::iter().collect();
    assert_eq!(objects.len(), all.len());
    for (object, error) in objects.iter().zip(all) {
        let field = |key: &str| {
            object
                .get(key)
                .unwrap_or_else(|| panic!("{key} in {object}"))
        };
        assert_eq!(field("system"), error.system().id());
        assert_eq!(field("code"), error.code());
        assert_eq!(field("name"), error.name());
        assert_eq!(field("message"), typed_display(error).as_str());
        assert_eq!(field("category"), error.category_name());
        match error.description() {
            Some(description) => assert_eq!(field("description"), description),
            None => assert!(field("description").is_null()),
        }
        assert_eq!(field("kind"), error.kind().name());
        assert_eq!(field("retryable"), error.is_retryable());
        assert_eq!(field("http_status"), error.http_status());
        match error.wire_http_status() {
            Some(status) => assert_eq!(field("wire_http_status"), status),
            None => assert!(field("wire_http_status").is_null()),
        }
        assert_eq!(field("success"), error.is_success());
        assert!(field("provenance").as_str().is_some_and(|p| !p.is_empty()));
        match error.upstream_symbol() {
            Some(symbol) => assert_eq!(field("symbol"), symbol),
            None => assert!(field("symbol").is_null()),
        }
        let readings = field("other_readings").as_array().expect("a list");
        assert_eq!(readings.len(), error.other_readings().len(), "{object}");
        for (json, reading) in readings.iter().zip(error.other_readings()) {
            assert_eq!(json["text"], reading.text);
            assert_eq!(json["page"], reading.page.id);
            assert_eq!(json["page_title"], reading.page.title);
            assert_eq!(json["applies_to"], serde_json::json!(reading.applies_to));
            assert_eq!(
                json["kind"],
                serde_json::json!(reading.kind.map(Kind::name))
            );
        }
    }
    // Every object has the same keys, null where a fact is missing.
    let key_set = |object: &serde_json::Value| -> BTreeSet<String> {
        object
            .as_object()
            .expect("an object")
            .keys()
            .cloned()
            .collect()
    };
    let first = key_set(&objects[0]);
    assert_eq!(first.len(), 21, "{first:?}");
    for object in objects {
        assert_eq!(key_set(object), first, "{object}");
    }
}

#[test]
fn explain_shows_the_status_sent_where_the_catalog_records_it() {
    for error in AnyError::iter().filter(|e| errcat::lookup_all(e.code()).count() == 1) {
        let output = ok(&[error.system().id(), &error.code().to_string()]);
        let sent = output
            .lines()
            .find_map(|line| line.strip_prefix("HTTP status sent: "));
        assert_eq!(
            sent,
            error.wire_http_status().map(|s| s.to_string()).as_deref(),
            "{output}"
        );
    }
    // Both answers occur.
    assert!(AnyError::iter().any(|e| e.wire_http_status().is_some()));
    assert!(AnyError::iter().any(|e| e.wire_http_status().is_none()));
}

#[test]
fn explain_shows_every_other_reading_with_its_page() {
    // Viewtron 151: the face-library table reads it otherwise, with another kind.
    let output = ok(&["explain", "viewtron", "151"]);
    let error = ViewtronError::FaceLibraryLimitExceeded;
    let [reading] = error.other_readings() else {
        panic!("one reading")
    };
    let shown = output.replace(&format!("\n{:18}", ""), " ");
    let line = shown
        .lines()
        .find(|line| line.starts_with("other reading:"))
        .unwrap_or_else(|| panic!("no other reading in {output}"));
    assert!(line.contains(&format!("\"{}\"", reading.text)), "{line}");
    assert!(line.contains(reading.page.title), "{line}");
    assert!(
        line.contains("that reading would be AlreadyExists"),
        "{line}"
    );
    assert!(
        shown.contains(&format!("message:          {error}")),
        "the message stays: {output}"
    );
    assert!(
        reading.applies_to.is_empty() && !line.contains(") on "),
        "{line}"
    );
    // Code 5: one reading per firmware table of the API guide, each saying
    // which firmware it is for.
    let output = ok(&["explain", "viewtron", "5"]);
    let shown = output.replace(&format!("\n{:18}", ""), " ");
    let readings: Vec<&str> = shown
        .lines()
        .filter(|l| l.starts_with("other reading:"))
        .collect();
    assert_eq!(readings.len(), 2, "{output}");
    for (line, reading) in readings
        .iter()
        .zip(ViewtronError::NetworkPortError.other_readings())
    {
        assert!(!reading.applies_to.is_empty());
        assert!(
            line.contains(&format!(") on {}", reading.applies_to.join(", "))),
            "{line}"
        );
    }
    // A code no other page reads: no line.
    assert!(!ok(&["explain", "viewtron", "9"]).contains("other reading"));
}

#[test]
fn explain_json_is_the_list_json_of_the_entries_found() {
    let explained: serde_json::Value =
        serde_json::from_str(&ok(&["explain", "neuron", "2003", "--format", "json"]))
            .expect("JSON");
    let listed: serde_json::Value =
        serde_json::from_str(&ok(&["list", "neuron", "--format", "json"])).expect("JSON");
    let from_list = listed
        .as_array()
        .expect("an array")
        .iter()
        .find(|o| o["code"] == 2003)
        .expect("2003 in the list");
    assert_eq!(explained.as_array().map(Vec::len), Some(1));
    assert_eq!(&explained[0], from_list);
    let zero: serde_json::Value =
        serde_json::from_str(&ok(&["explain", "0", "--format", "json"])).expect("JSON");
    let systems: Vec<&str> = zero
        .as_array()
        .expect("an array")
        .iter()
        .map(|o| o["system"].as_str().expect("a system"))
        .collect();
    let defining: Vec<&str> = errcat::lookup_all(0).map(|e| e.system().id()).collect();
    assert_eq!(systems, defining);
    assert!(
        systems.contains(&"neuron") && systems.contains(&"viewtron"),
        "{systems:?}"
    );
    fails(&["explain", "4294967296", "--format", "json"], 2);
}

#[test]
fn list_filters_by_kind_in_any_spelling() {
    for (i, kind) in Kind::ALL.into_iter().enumerate() {
        let spelling = if i % 2 == 0 {
            kind.name().to_lowercase()
        } else {
            kind.name().to_uppercase()
        };
        let expected = keys(AnyError::iter().filter(|e| e.kind() == kind));
        if expected.is_empty() {
            fails(&["list", "--kind", &spelling, "--format", "tsv"], 1);
            continue;
        }
        let output = ok(&["list", "--kind", &spelling, "--format", "tsv"]);
        assert_eq!(tsv_keys(&output), expected, "--kind {spelling}");
    }
    let stderr = fails(&["list", "--kind", "teapot"], 2);
    for kind in Kind::ALL {
        assert!(stderr.contains(kind.name()), "{stderr}");
    }
    let output = ok(&["list", "neuron", "--kind", "not_found", "--format", "tsv"]);
    let expected = keys(
        AnyError::iter().filter(|e| e.system() == System::Neuron && e.kind() == Kind::NotFound),
    );
    assert_eq!(tsv_keys(&output), expected);
}

#[test]
fn list_without_a_match_exits_1_as_its_help_says() {
    let help = ok(&["list", "--help"]);
    assert!(help.contains("1 no entry matches the filters"), "{help}");
    // Every system and kind with no entry of that kind in that system, from
    // the library: none of them lists anything, in any format.
    let mut empty = 0;
    for system in System::ALL {
        for kind in Kind::ALL {
            if AnyError::iter().any(|e| e.system() == system && e.kind() == kind) {
                continue;
            }
            empty += 1;
            for format in ["table", "tsv", "json"] {
                let stderr = fails(
                    &[
                        "list",
                        system.id(),
                        "--kind",
                        kind.name(),
                        "--format",
                        format,
                    ],
                    1,
                );
                assert_eq!(
                    stderr,
                    format!("error: no {} entry has kind {kind}\n", system.id()),
                );
            }
        }
    }
    assert!(empty > 0, "some system has no code of some kind");
    // A category and a kind that exist, but not together in any system
    // (the command names no system).
    let error = AnyError::iter()
        .find(|e| e.system() == System::Neuron)
        .expect("a neuron code");
    let other_kind = Kind::ALL
        .into_iter()
        .find(|&kind| {
            !AnyError::iter()
                .any(|e| e.category_name() == error.category_name() && e.kind() == kind)
        })
        .expect("a kind the category lacks");
    let stderr = fails(
        &[
            "list",
            "--category",
            error.category_name(),
            "--kind",
            other_kind.name(),
        ],
        1,
    );
    assert!(
        stderr.starts_with(&format!(
            "error: no entry has kind {other_kind} and category"
        )),
        "{stderr}"
    );
}

#[test]
fn list_filters_by_category_name_or_title_in_any_case() {
    let mut categories: Vec<(System, &str, &str)> = Vec::new();
    for error in AnyError::iter() {
        let category = (
            error.system(),
            error.category_name(),
            error.category_title(),
        );
        if !categories.contains(&category) {
            categories.push(category);
        }
    }
    for (i, (system, name, title)) in categories.into_iter().enumerate() {
        let wanted = if i % 2 == 0 {
            name.to_lowercase()
        } else {
            title.to_uppercase()
        };
        let output = ok(&[
            "list",
            system.id(),
            "--category",
            &wanted,
            "--format",
            "tsv",
        ]);
        let expected =
            keys(AnyError::iter().filter(|e| e.system() == system && e.category_name() == name));
        assert_eq!(
            tsv_keys(&output),
            expected,
            "{} --category {wanted}",
            system.id()
        );
    }
    let stderr = fails(&["list", "viewtron", "--category", "no such category"], 2);
    for error in AnyError::iter().filter(|e| e.system() == System::Viewtron) {
        assert!(stderr.contains(error.category_name()), "{stderr}");
    }
    assert!(!stderr.contains("neuron"), "{stderr}");
}

#[test]
fn list_table_fits_the_terminal_width() {
    let all: Vec<AnyError> = AnyError::iter().collect();
    for (columns, width) in [
        (None, 100),
        (Some("60"), 60),
        (Some("132"), 132),
        (Some("wide"), 100),
        (Some("0"), 100),
    ] {
        let run = run_with(&["list"], columns);
        assert_eq!(run.status, 0);
        for line in run.stdout.lines() {
            assert!(
                line.chars().count() <= width,
                "COLUMNS={columns:?}: {line:?}"
            );
        }
        let table: Vec<&str> = run.stdout.lines().take_while(|l| !l.is_empty()).collect();
        assert!(table[0].starts_with("SYSTEM"), "{}", table[0]);
        assert_eq!(table.len(), all.len() + 1, "a header and one row per entry");
        for (line, error) in table[1..].iter().zip(&all) {
            let cells: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(cells[0], error.system().id(), "{line}");
            assert_eq!(cells[1], error.code().to_string(), "{line}");
        }
    }
    let narrow = run_with(&["list"], Some("60")).stdout;
    assert!(narrow.contains('…'), "long messages are cut with a marker");
    let wide = run_with(&["list", "superoffice"], Some("1000")).stdout;
    for error in AnyError::iter().filter(|e| e.system() == System::SuperOffice) {
        assert!(
            wide.contains(&typed_display(error)),
            "uncut at 1000 columns"
        );
    }
}

#[test]
fn list_i4scada_notes_the_unnumbered_messages_in_the_table_only() {
    assert!(!UNNUMBERED.is_empty());
    let table = ok(&["list", "i4scada"]);
    let note = table.split("\n\n").nth(1).expect("a note after the table");
    assert!(
        note.contains(&format!("{} message", UNNUMBERED.len())),
        "{note}"
    );
    for item in UNNUMBERED {
        assert!(squash(note).contains(item.message), "{note}");
    }
    for format in ["tsv", "json"] {
        let output = ok(&["list", "i4scada", "--format", format]);
        for item in UNNUMBERED {
            assert!(!output.contains(item.message), "--format {format}");
        }
    }
    assert!(!ok(&["list", "neuron"]).contains("note:"));
}

#[test]
fn search_finds_text_in_messages_names_descriptions_and_symbols() {
    let samples = [
        "node",
        "TIMEOUT",
        "Password",
        "neu_err_",
        "soaperror",
        "not exist",
    ];
    for needle in samples {
        let expected = keys(AnyError::iter().filter(|&e| search_hit(e, needle)));
        assert!(
            !expected.is_empty(),
            "{needle} matches nothing in the catalogs"
        );
        let output = ok(&["search", needle, "--format", "tsv"]);
        assert_eq!(tsv_keys(&output), expected, "search {needle}");
    }
    // Every entry is found by its own name.
    for error in AnyError::iter().step_by(7) {
        let output = ok(&["search", &error.name().to_lowercase(), "--format", "tsv"]);
        let found: BTreeSet<(String, i32)> = tsv_keys(&output).into_iter().collect();
        assert!(found.contains(&(error.system().id().to_string(), error.code())));
    }
}

#[test]
fn search_within_one_system() {
    for system in System::ALL {
        let expected =
            keys(AnyError::iter().filter(|&e| e.system() == system && search_hit(e, "error")));
        let run = run(&[
            "search",
            "error",
            "--system",
            system.id(),
            "--format",
            "tsv",
        ]);
        if expected.is_empty() {
            assert_eq!(run.status, 1);
        } else {
            assert_eq!(run.status, 0, "{run:?}");
            assert_eq!(tsv_keys(&run.stdout), expected);
        }
    }
}

#[test]
fn search_json_and_table_formats() {
    let expected = keys(AnyError::iter().filter(|&e| search_hit(e, "token")));
    let output = ok(&["search", "token", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&output).expect("valid JSON");
    let found: Vec<(String, i32)> = value
        .as_array()
        .expect("an array")
        .iter()
        .map(|o| {
            let system = o["system"].as_str().expect("system").to_string();
            let code = o["code"].as_i64().expect("code");
            (system, i32::try_from(code).expect("an i32 code"))
        })
        .collect();
    assert_eq!(found, expected);
    let table = ok(&["search", "token"]);
    assert_eq!(table.lines().count(), expected.len() + 1);
    assert!(table.starts_with("SYSTEM"));
}

#[test]
fn search_without_hits_exits_1_and_notes_unnumbered_hits() {
    let stderr = fails(&["search", "qqqzzzxxx"], 1);
    assert!(stderr.contains("qqqzzzxxx"), "{stderr}");
    fails(&["search", "NEU_ERR", "--system", "viewtron"], 1);
    // A message documented without a number is found, in the table only.
    let item = &UNNUMBERED[0];
    let output = ok(&["search", item.message, "--system", "i4scada"]);
    assert!(squash(&output).contains(item.message), "{output}");
    assert!(
        output.starts_with("\nnote: 1 message that i4scada"),
        "no empty table before the note: {output}"
    );
}

#[test]
fn closed_stdout_is_not_an_error() {
    for args in [
        &["list", "--format", "json"][..],
        &["list", "--format", "tsv"],
        &["search", "a", "--format", "json"],
        &["search", "e", "--format", "tsv"],
    ] {
        // More than a pipe holds, so that the pipe really breaks.
        assert!(
            ok(args).len() > 1 << 16,
            "errcat {args:?} prints too little to break a pipe"
        );
        // The reader goes away after the first line, or before anything.
        for read_first_line in [true, false] {
            let mut child = std::process::Command::new(cargo_bin!("errcat"))
                .args(args)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("the binary starts");
            let mut stdout = child.stdout.take().expect("piped stdout");
            if read_first_line {
                let mut byte = [0u8; 1];
                while stdout.read(&mut byte).expect("reads") == 1 && byte[0] != b'\n' {}
            }
            drop(stdout);
            let mut stderr = String::new();
            child
                .stderr
                .take()
                .expect("piped stderr")
                .read_to_string(&mut stderr)
                .expect("reads stderr");
            let status = child.wait().expect("the binary ends");
            assert_eq!(status.code(), Some(0), "errcat {args:?}: {stderr}");
            assert_eq!(stderr, "", "errcat {args:?}");
        }
    }
}

#[test]
fn several_entries_get_a_header_and_a_blank_line_between() {
    let all: Vec<AnyError> = errcat::lookup_all(0).collect();
    assert!(all.len() > 1, "0 is a code of several systems");
    let ids: Vec<&str> = all.iter().map(|e| e.system().id()).collect();
    let output = ok(&["0"]);
    let head = format!("0: {} entries ({})\n\nsystem:", all.len(), ids.join(", "));
    assert!(output.starts_with(&head), "{output}");
    assert_eq!(output.matches("\n\nsystem:").count(), all.len(), "{output}");
    // One entry: no header, nothing before it.
    assert!(ok(&["neuron", "2003"]).starts_with("system:"));
}

#[test]
fn an_unwritable_stdout_exits_74_whatever_the_answer() {
    // Any failure to write but a closed pipe is reported, with a status of
    // its own: /dev/full says "no space left". Without the failure the
    // commands below would exit 0 (found, help, a successful reply), 1 (a
    // reply that reports a failure, a search without hits never gets here).
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // not a Linux-like system
    };
    // `list` fails while it writes, an explanation when the buffered output
    // is flushed at the end, `reply` when it flushes its own, help and
    // version inside clap.
    for (args, stdin) in [
        (&["list"][..], ""),
        (&["neuron", "2003"], ""),
        (&["--help"], ""),
        (&["list", "--help"], ""),
        (&["--version"], ""),
        (&["reply", "neuron"], r#"{"error": 0}"#),
        (&["reply", "neuron"], r#"{"error": 2003}"#),
        (
            &["reply", "neuron", "--format", "json"],
            r#"{"error": 2003}"#,
        ),
        (
            &["reply", "viewtron"],
            r#"<config status="failed" errorCode="5"/>"#,
        ),
    ] {
        let mut child = std::process::Command::new(cargo_bin!("errcat"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(full.try_clone().expect("clone /dev/full"))
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary starts");
        {
            let mut stdin_pipe = child.stdin.take().expect("piped stdin");
            let _ = stdin_pipe.write_all(stdin.as_bytes());
        }
        let output = child.wait_with_output().expect("the binary ends");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(74), "errcat {args:?}: {stderr}");
        assert!(
            stderr.starts_with("error: cannot write the output: "),
            "errcat {args:?} says why it failed: {stderr}"
        );
    }
}

#[test]
fn a_usage_error_exits_2_even_when_stderr_cannot_be_written() {
    // The usage message goes to stderr; when that fails too, the status is
    // still the usage error's, not the output error's (74, for stdout).
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // not a Linux-like system
    };
    let output = std::process::Command::new(cargo_bin!("errcat"))
        .arg("--no-such-flag")
        .stdout(Stdio::piped())
        .stderr(full)
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
}

#[test]
fn help_documents_the_output_error_status() {
    for args in [&["--help"][..], &["reply", "--help"]] {
        let help = ok(args);
        assert!(
            help.contains("74 (EX_IOERR) standard output could not be written"),
            "errcat {args:?}: {help}"
        );
    }
}

#[test]
fn a_cut_table_uses_the_whole_width() {
    for width in [60_usize, 100] {
        let stdout = run_with(&["list"], Some(&width.to_string())).stdout;
        let widest = stdout
            .lines()
            .take_while(|l| !l.is_empty())
            .map(|l| l.chars().count())
            .max();
        assert_eq!(
            widest,
            Some(width),
            "COLUMNS={width}: cut no more than needed"
        );
    }
}

#[test]
fn the_nearest_codes_are_the_nearest_below_and_above() {
    // i4scada's codes are listed in the catalog from -1 down; the nearest
    // above -50 is not the first listed above it.
    let code = -50;
    assert!(errcat::lookup(System::I4scada, code).is_none());
    let codes: Vec<i32> = AnyError::iter()
        .filter(|e| e.system() == System::I4scada)
        .map(AnyError::code)
        .collect();
    let below = codes
        .iter()
        .filter(|&&c| c < code)
        .max()
        .expect("a code below");
    let above = codes
        .iter()
        .filter(|&&c| c > code)
        .min()
        .expect("a code above");
    let stderr = fails(&["i4scada", &code.to_string()], 1);
    assert!(stderr.contains(&format!("i4scada {above} (")), "{stderr}");
    assert!(stderr.contains(&format!("i4scada {below} (")), "{stderr}");
}

#[test]
fn an_unknown_name_suggests_names_by_symbol_and_a_search() {
    let stderr = fails(&["neuron", "ERR_NODE_NOT_EXI"], 2);
    assert!(
        stderr.contains("similar names: neuron NodeNotExist"),
        "found by its symbol: {stderr}"
    );
    assert!(stderr.contains("\"ERR_NODE_NOT_EXI\""), "{stderr}");
    assert!(!stderr.contains('…'), "a short name is not cut: {stderr}");
    let stderr = fails(&["neuron", "Qqqqq"], 2);
    assert!(!stderr.contains("similar names"), "{stderr}");
    // A plain word of exactly 64 characters is still offered to search.
    let word = "q".repeat(64);
    let stderr = fails(&["neuron", &word], 2);
    assert!(
        stderr.contains(&format!("errcat search {word}")),
        "{stderr}"
    );
    let longer = "q".repeat(65);
    assert!(!fails(&["neuron", &longer], 2).contains("errcat search"));
}

#[test]
fn the_unnumbered_note_counts_and_lists_them_unless_filtered() {
    let table = ok(&["list", "i4scada"]);
    assert!(
        table.contains(&format!(
            "note: {} {} that i4scada documents without a number (so no table row has {}):",
            UNNUMBERED.len(),
            if UNNUMBERED.len() == 1 {
                "message"
            } else {
                "messages"
            },
            if UNNUMBERED.len() == 1 { "it" } else { "them" },
        )),
        "{table}"
    );
    for item in UNNUMBERED {
        assert!(table.contains(&format!("  - {}", item.message)), "{table}");
    }
    // A filtered table is not about every entry: no note.
    let filtered = ok(&["list", "i4scada", "--kind", "Unauthenticated"]);
    assert!(filtered.contains("i4scada"), "{filtered}");
    assert!(!filtered.contains("note:"), "{filtered}");
}
