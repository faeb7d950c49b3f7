//! Reading a CODE argument: a number, a variant name or an upstream symbol,
//! and saying what exists when nothing matches.

use errcat::{AnyError, System};

use crate::catalog::{self, entries};
use crate::error::{CliError, CliResult};
use crate::format::{code_text, hex};

/// The longest part of a user's argument that error messages repeat.
const QUOTED_CHARS: usize = 64;

/// How many similar names an "unknown name" error suggests at most.
const SUGGESTIONS: usize = 5;

/// Quotes a user's argument for an error message, cut to [`QUOTED_CHARS`]
/// characters, with control characters escaped.
pub fn quote(text: &str) -> String {
    let mut kept: String = text.chars().take(QUOTED_CHARS).collect();
    let cut = kept.len() < text.len();
    kept = format!("{kept:?}");
    if cut {
        kept.push('…');
    }
    kept
}

/// Reads a decimal integer with an optional sign; digits beyond `i128` saturate
/// (such a code exists nowhere anyway). `None` if `text` is not a number.
pub fn parse_number(text: &str) -> Option<i128> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Only an overflow can fail here: the text is all digits.
    let value = digits.parse::<i128>().unwrap_or(i128::MAX);
    Some(if negative { -value } else { value })
}

/// The most hexadecimal digits a code has, leading zeros aside: 32 bits.
const HEX_DIGITS: usize = 8;

/// Reads a code written in hexadecimal, `0x` (or `0X`) and digits in either
/// case, at most 8 of them after any leading zeros, as its 32 bits: a value above `i32::MAX` is the negative
/// `i32` with those bits, as an HRESULT is (`0xC0040006` is `-1073479674`).
/// `Ok(None)` for text that does not start with `0x`; an error for a sign
/// before it, a digit that is not hexadecimal, or more than 32 bits.
pub fn parse_hex(text: &str) -> CliResult<Option<i32>> {
    let prefixed = |text: &str| text.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("0x"));
    if text.strip_prefix(['-', '+']).is_some_and(prefixed) {
        return Err(CliError::BadArgument(format!(
            "{}: a hex code takes no sign; give its 32 bits, like 0xC0040006 for -1073479674",
            quote(text)
        )));
    }
    if !prefixed(text) {
        return Ok(None);
    }
    let digits = &text[2..];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(CliError::BadArgument(format!(
            "{} is not a hex code: expected 0x and hexadecimal digits (0-9, A-F, any case), \
             like 0xC0040006",
            quote(text)
        )));
    }
    let significant = digits.trim_start_matches('0');
    if significant.len() > HEX_DIGITS {
        return Err(CliError::BadArgument(format!(
            "{} is outside the range of codes: a hex code is 32 bits, 0x0 to 0xFFFFFFFF",
            quote(text)
        )));
    }
    // At most 8 hex digits: the value fits a u32 (an empty string is 0).
    let bits = u32::from_str_radix(significant, 16).unwrap_or(0);
    Ok(Some(bits as i32))
}

/// The entries `text` names, within `system` or across every system: the
/// entries with that code (decimal, or hexadecimal after `0x`), or whose
/// variant name, upstream symbol or former symbol is `text` ignoring ASCII
/// case.
///
/// Fails with [`CliError::NotFound`] for a number no system (or not `system`)
/// defines, naming the nearest codes that exist, and with
/// [`CliError::BadArgument`] for text that is neither a number nor a known
/// name, or a hex code that is not 32 bits of hexadecimal digits.
pub fn resolve(system: Option<System>, text: &str) -> CliResult<Vec<AnyError>> {
    let text = text.trim();
    if text.is_empty() {
        return Err(CliError::BadArgument(
            "the code is empty; expected a code number (like 2003 or -4095), a variant name \
             (like NodeNotExist) or an upstream symbol (like NEU_ERR_NODE_NOT_EXIST)"
                .to_string(),
        ));
    }
    let code = match (parse_hex(text)?, parse_number(text)) {
        (Some(code), _) => Some((code, format!("{} ({code})", hex(code)))),
        (None, Some(number)) => {
            // Every system's codes are `i32`s: a number outside is a bad
            // argument, not a code that happens to be undefined.
            let Ok(code) = i32::try_from(number) else {
                return Err(CliError::BadArgument(format!(
                    "{} is outside the range of codes: every system's codes are 32-bit signed \
                     integers, {} to {}",
                    quote(text),
                    i32::MIN,
                    i32::MAX
                )));
            };
            Some((code, code.to_string()))
        }
        (None, None) => None,
    };
    if let Some((code, shown)) = code {
        let found: Vec<AnyError> = match system {
            Some(system) => errcat::lookup(system, code).into_iter().collect(),
            None => errcat::lookup_all(code).collect(),
        };
        return if found.is_empty() {
            Err(CliError::NotFound(unknown_code(system, code, &shown)))
        } else {
            Ok(found)
        };
    }
    let found = by_name(system, text);
    if found.is_empty() {
        Err(CliError::BadArgument(unknown_name(system, text)))
    } else {
        Ok(found)
    }
}

/// The entries whose name or symbol is `text`, ignoring ASCII case.
fn by_name(system: Option<System>, text: &str) -> Vec<AnyError> {
    entries(system)
        .filter(|&error| {
            error.name().eq_ignore_ascii_case(text)
                || catalog::symbols(error).any(|symbol| symbol.eq_ignore_ascii_case(text))
        })
        .collect()
}

/// The message for a code that `system` (or no system) does not define,
/// `shown` as the user wrote it (a hex code with its decimal); the nearest
/// codes are shown as their systems read them (`format::code_text`).
fn unknown_code(system: Option<System>, code: i32, shown: &str) -> String {
    let near: Vec<String> = nearest(system, i128::from(code))
        .into_iter()
        .map(|error| {
            format!(
                "{} {} ({})",
                error.system().id(),
                code_text(error),
                error.message()
            )
        })
        .collect();
    let subject = match system {
        Some(system) => format!("{} does not define code {shown}", system.id()),
        None => format!("no system defines code {shown}"),
    };
    if near.is_empty() {
        subject
    } else {
        format!("{subject}; nearest: {}", near.join(", "))
    }
}

/// The codes closest to `code`, `code` itself left out: in each system, the
/// nearest one below and the nearest one above where the code falls inside
/// the system's range, else the system's code at the near end; closest first.
pub fn nearest(system: Option<System>, code: i128) -> Vec<AnyError> {
    let systems: Vec<System> = match system {
        Some(system) => vec![system],
        None => System::ALL.to_vec(),
    };
    let code_of = |error: &AnyError| i128::from(error.code());
    let mut near: Vec<AnyError> = Vec::new();
    for system in systems {
        // A system's codes are distinct: no two tie for nearest.
        let below = entries(Some(system))
            .filter(|error| code_of(error) < code)
            .max_by_key(code_of);
        let above = entries(Some(system))
            .filter(|error| code_of(error) > code)
            .min_by_key(code_of);
        near.extend(below);
        near.extend(above);
    }
    let distance = |error: &AnyError| i128::from(error.code()).abs_diff(code);
    near.sort_by_key(|error| (distance(error), error.system(), error.code()));
    near
}

/// The message for text that is neither a number nor a name or symbol.
fn unknown_name(system: Option<System>, text: &str) -> String {
    let quoted = quote(text);
    if let (None, Some(named)) = (system, System::from_id(text)) {
        let id = named.id();
        return format!(
            "{quoted} is a system, not a code: give a code after it (errcat {id} CODE), \
             or list its codes (errcat list {id})"
        );
    }
    let scope = match system {
        Some(system) => format!("of {}", system.id()),
        None => "of any system".to_string(),
    };
    let mut message = format!(
        "{quoted} is not a code number, nor a variant name or upstream symbol {scope}; \
         expected a number (like 2003 or -4095), a variant name (like NodeNotExist) or a symbol \
         (like NEU_ERR_NODE_NOT_EXIST)"
    );
    if system.is_some() {
        let elsewhere: Vec<&str> = by_name(None, text)
            .iter()
            .map(|e| e.system().id())
            .collect();
        if let Some(other) = elsewhere.first() {
            message.push_str(&format!("\n  {} defines it", elsewhere.join(", ")));
            if let Some(word) = shell_word(text) {
                message.push_str(&format!(": errcat {other} {word}"));
            }
            return message;
        }
    }
    let needle = text.to_lowercase();
    let similar: Vec<String> = entries(system)
        .filter(|&error| {
            error.name().to_lowercase().contains(&needle)
                || catalog::symbols(error).any(|s| s.to_lowercase().contains(&needle))
        })
        .take(SUGGESTIONS)
        .map(|error| format!("{} {}", error.system().id(), error.name()))
        .collect();
    if !similar.is_empty() {
        message.push_str(&format!("\n  similar names: {}", similar.join(", ")));
    }
    if let Some(word) = shell_word(text) {
        message.push_str(&format!(
            "\n  to search messages and descriptions: errcat search {word}"
        ));
    }
    message
}

/// `text` as one POSIX shell word that, pasted into a shell, is that text
/// and runs nothing: bare where it is plain, else in single quotes (a `'`
/// inside written `'\''`). `None` for text too long to repeat whole
/// ([`QUOTED_CHARS`]) or holding control characters: no command is then
/// suggested.
pub fn shell_word(text: &str) -> Option<String> {
    if text.is_empty()
        || text.chars().take(QUOTED_CHARS + 1).count() > QUOTED_CHARS
        || text.chars().any(char::is_control)
    {
        return None;
    }
    let plain = text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':' | ','));
    Some(if plain {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_codes_leave_the_code_itself_out() {
        // Neuron defines 2002, 2003 and 2004: the neighbours of 2003 are the
        // other two, nearest first (a tie in distance goes to the lower code).
        let near: Vec<i32> = nearest(Some(System::Neuron), 2003)
            .iter()
            .map(|error| error.code())
            .collect();
        assert_eq!(near, [2002, 2004]);
    }
}
