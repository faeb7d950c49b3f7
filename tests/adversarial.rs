//! Catalogs that once broke the build: what the generator accepts compiles
//! and behaves, what it cannot generate it refuses with `file:line:column`.
//!
//! Every text field is text: a carriage return, a fenced or indented code
//! block, HTML, links and format braces in a message or a description must
//! come out verbatim in `Display` and as plain words in the docs, never as a
//! doctest or a broken doc comment.

mod support;

use errcat_codegen as codegen;

/// A catalog whose every text field holds something a naive generator would
/// turn into code, markup or a broken literal.
const HOSTILE: &str = r#"
[system]
id = "hostile"
title = "Hostile <b>System</b> `with` [links](http://x) {braces}"
enum = "HostileError"
category_enum = "HostileCategory"
source = "a page\r\nwith ```fences```"
doc = """
A system doc with a fenced block:
```
panic!("a doctest from catalog text");
```
    and an indented one: panic!()
# and a heading
"""

[[category]]
name = "Plain"
title = "Plain\rcodes"
description = """
```rust
compile_error!("catalog text became code");
```
"""

[[code]]
code = -2147483648
name = "Lowest"
message = "carriage\rreturn and line\nfeed"
category = "Plain"
kind = "Unknown"
description = "    indented: assert!(false);\n\n```\nassert!(false);\n```"

[[code]]
code = 2147483647
name = "Highest"
message = "{} {0} {name} \"quoted\" \\ backslash `tick` <script>alert(1)</script>"
category = "Plain"
kind = "Internal"
explanation = "first line\r\n```\nnot code\n```\r\nlast <line>"
symbol = "HOSTILE_HIGHEST"

[[code]]
code = 0
name = "Errors"
message = "Ok with a #heading and - a list\n1. item"
category = "Plain"
kind = "Ok"

[[range]]
first = 10
last = 12
name = "Ranged{code}"
message = "ünïcödé ✓ and \t tab"
category = "Plain"
kind = "Unavailable"
"#;

/// Refused catalogs: the lines after `[[code]]`, the line and column of the
/// error (in the whole text), and words of the problem.
const REFUSED: &[(&str, &str, usize, usize, &str)] = &[
    (
        "a variant named Error",
        "code = 1\nname = \"Error\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Unknown\"",
        15,
        8,
        "variant name `Error` is taken by a generated item",
    ),
    (
        "a variant named Err",
        "code = 1\nname = \"Err\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Unknown\"",
        15,
        8,
        "variant name `Err` is taken by a generated item",
    ),
    (
        "a symbol with a quote",
        "code = 1\nname = \"A\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Unknown\"\nsymbol = \"A\\\"B\"",
        19,
        10,
        "is not an identifier",
    ),
    (
        "a symbol with a space",
        "code = 1\nname = \"A\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Unknown\"\nsymbol = \"A B\"",
        19,
        10,
        "is not an identifier",
    ),
];

const HEADER: &str = "[system]\nid = \"refused\"\ntitle = \"T\"\nenum = \"RefusedError\"\n\
    category_enum = \"RefusedCategory\"\nsource = \"s\"\ndoc = \"d\"\n\n\
    [[category]]\nname = \"C\"\ntitle = \"C\"\n\n[[code]]\n";

#[test]
fn refusals_name_the_line_and_the_problem() {
    let mut wrong = Vec::new();
    for &(what, body, line, column, words) in REFUSED {
        let text = format!("{HEADER}{body}\n");
        let shown = match codegen::generate("refused.toml", &text) {
            Ok(_) => "(accepted)".to_string(),
            Err(error) => error.to_string(),
        };
        if !shown.starts_with(&format!("refused.toml:{line}:{column}: ")) || !shown.contains(words)
        {
            wrong.push(format!(
                "{what}: expected {line}:{column} ...{words}..., got {shown}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_range_over_the_whole_i32_is_refused_not_a_panic() {
    let text = format!(
        "{}[[range]]\nfirst = -2000000000\nlast = 2000000000\nname = \"R{{code}}\"\n\
         message = \"m\"\ncategory = \"C\"\nkind = \"Unknown\"\n",
        HEADER.trim_end_matches("[[code]]\n")
    );
    let error = codegen::generate("range.toml", &text).expect_err("too many codes");
    let shown = error.to_string();
    assert!(shown.starts_with("range.toml:15:8: "), "{shown}");
    assert!(shown.contains("more than 65534 codes"), "{shown}");
}

#[test]
fn more_codes_than_a_catalog_can_hold_are_refused_not_a_panic() {
    let mut text = HEADER.trim_end_matches("[[code]]\n").to_string();
    // Two ranges of 40,000 codes: each fits, together they do not.
    for (i, first) in [0, 100_000].into_iter().enumerate() {
        text.push_str(&format!(
            "[[range]]\nfirst = {first}\nlast = {}\nname = \"R{i}x{{code}}\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Unknown\"\n\n",
            first + 39_999
        ));
    }
    let shown = codegen::generate("many.toml", &text)
        .expect_err("80,000 codes")
        .to_string();
    assert!(shown.starts_with("many.toml:21:1: "), "{shown}");
    assert!(shown.contains("at most 65534"), "{shown}");
}

/// The generated doc comments hold no code block made from catalog text.
#[test]
fn catalog_text_never_becomes_a_code_block() {
    let source = codegen::generate("hostile.toml", HOSTILE).expect("the hostile catalog is valid");
    let mut in_example = false;
    for (number, line) in source.lines().enumerate() {
        let Some(doc) = line.trim_start().strip_prefix("///") else {
            continue;
        };
        let doc = doc.strip_prefix(' ').unwrap_or(doc);
        if doc.starts_with("```") {
            // The generator's own examples open and close with a bare fence.
            assert_eq!(
                doc,
                "```",
                "line {}: a fence from catalog text: {line}",
                number + 1
            );
            in_example = !in_example;
            continue;
        }
        if !in_example {
            assert!(
                !doc.starts_with("    "),
                "line {}: an indented code block from catalog text: {line}",
                number + 1
            );
            assert!(
                !line.contains('\r'),
                "line {}: a carriage return in a doc comment",
                number + 1
            );
        }
    }
    assert!(!in_example, "an example fence is left open");
}

/// Compiles the hostile catalog's output against errcat in a scratch crate,
/// with its docs, and runs it: every message prints to the letter.
#[test]
fn the_hostile_catalog_compiles_documents_and_prints_verbatim() {
    let catalog = codegen::model::parse("hostile.toml", HOSTILE).expect("valid");
    let source = codegen::generate("hostile.toml", HOSTILE).expect("valid");
    let scratch = support::Scratch::new("hostile-check", &source);
    scratch.assert_prints_verbatim(&catalog);
    let docs = scratch.cargo(&["doc", "--no-deps"]);
    assert!(
        docs.status.success(),
        "the hostile output's docs have warnings:\n{}",
        String::from_utf8_lossy(&docs.stderr)
    );
}
