//! The shape of every name a catalog gives: Rust identifiers for what becomes
//! an item, C identifiers for upstream symbols, texts that must say something.

use toml::Spanned;

use super::super::error::{Problem, Quoted, problem};

/// Rust's keywords (strict and reserved, all editions).
pub(super) const KEYWORDS: [&str; 52] = [
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Checks that `name` can be a type or a variant of a generated enum.
pub(super) fn check_ident(
    name: &Spanned<String>,
    what: &str,
    allow_underscore: bool,
) -> Result<(), Problem> {
    let text = name.get_ref();
    if KEYWORDS.contains(&text.as_str()) {
        return problem(
            name.span(),
            format!("{what} `{text}` is a Rust keyword; pick another name"),
        );
    }
    let mut chars = text.chars();
    let starts_upper = chars.next().is_some_and(|c| c.is_ascii_uppercase());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || (allow_underscore && c == '_'));
    if !starts_upper || !rest_ok {
        let rule = if allow_underscore {
            "an ASCII capital letter followed by ASCII letters, digits or `_`"
        } else {
            "an ASCII capital letter followed by ASCII letters and digits (UpperCamelCase)"
        };
        return problem(
            name.span(),
            format!(
                "{what} {} is not a valid name: it must be {rule}",
                Quoted(text)
            ),
        );
    }
    Ok(())
}

/// Checks that `name` is a lowercase Rust identifier that is not a keyword:
/// a method name (`allow_underscore`) or a module name that is also a file
/// name (letters and digits only). The refusal reads `{what} `name` must be
/// {rule}`.
pub(super) fn check_lowercase_ident(
    name: &Spanned<String>,
    allow_underscore: bool,
    what: &str,
    rule: &str,
) -> Result<(), Problem> {
    let text = name.get_ref();
    let mut chars = text.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_lowercase())
        || !chars
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || (allow_underscore && c == '_'))
        || KEYWORDS.contains(&text.as_str())
    {
        return problem(
            name.span(),
            format!("{what} {} must be {rule}", Quoted(text)),
        );
    }
    Ok(())
}

/// An upstream symbol is a C identifier (`NEU_ERR_NODE_EXIST`,
/// `SoapErrorNoError`): it becomes a `doc(alias)` and a search key.
pub(super) fn check_symbol(symbol: &Spanned<String>) -> Result<(), Problem> {
    let text = symbol.get_ref();
    let mut chars = text.chars();
    let starts = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if !starts || !chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return problem(
            symbol.span(),
            format!(
                "symbol {} is not an identifier: it must be ASCII letters, digits and `_`, not starting with a digit",
                Quoted(text)
            ),
        );
    }
    Ok(())
}

/// Refuses a text that says nothing.
pub(super) fn check_text(text: &Spanned<String>, what: &str) -> Result<(), Problem> {
    if text.get_ref().trim().is_empty() {
        return problem(text.span(), format!("{what} is empty"));
    }
    Ok(())
}

/// `items` joined by `, `, or `none`.
pub(super) fn list_or_none(items: &[&str]) -> String {
    if items.is_empty() {
        "none".to_string()
    } else {
        items.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spanned(text: &str) -> Spanned<String> {
        Spanned::new(0..text.len(), text.to_string())
    }

    #[test]
    fn variant_names_are_upper_camel_case_and_only_some_names_take_underscores() {
        assert!(check_ident(&spanned("UpperCamel9"), "variant name", false).is_ok());
        for bad in ["Not_Camel", "lower", "9Lives", "", "Ünï"] {
            let (_, problem) = check_ident(&spanned(bad), "variant name", false).unwrap_err();
            assert!(problem.contains("(UpperCamelCase)"), "{bad}: {problem}");
        }
        assert!(check_ident(&spanned("V1_9"), "scope value", true).is_ok());
        for bad in ["V1-9", "V1 9", "_V"] {
            let (_, problem) = check_ident(&spanned(bad), "scope value", true).unwrap_err();
            assert!(
                problem.contains("letters, digits or `_`"),
                "{bad}: {problem}"
            );
        }
    }

    #[test]
    fn a_lowercase_name_starts_with_a_letter_and_is_no_keyword() {
        let check =
            |name: &str, underscore| check_lowercase_ident(&spanned(name), underscore, "x", "y");
        for good in ["firmware", "web_method", "v2", "a_1_b"] {
            assert!(check(good, true).is_ok(), "{good}");
        }
        for bad in [
            "Firmware",
            "9lives",
            "_x",
            "web-method",
            "webMethod",
            "fn",
            "gen",
            "",
        ] {
            let (_, problem) = check(bad, true).unwrap_err();
            assert_eq!(problem, format!("x `{bad}` must be y"));
        }
        assert!(check("neuron2", false).is_ok());
        assert!(check("web_method", false).is_err());
    }

    #[test]
    fn a_symbol_is_a_c_identifier() {
        for good in ["NEU_ERR_NODE_EXIST", "_private", "SoapErrorNoError", "x9"] {
            assert!(check_symbol(&spanned(good)).is_ok(), "{good}");
        }
        for bad in ["9LIVES", "A-B", "A B", "", "É"] {
            assert!(check_symbol(&spanned(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_empty_or_blank_text_is_refused() {
        assert!(check_text(&spanned("m"), "message").is_ok());
        for bad in ["", "  \t"] {
            let (_, problem) = check_text(&spanned(bad), "message").unwrap_err();
            assert_eq!(problem, "message is empty");
        }
    }
}
