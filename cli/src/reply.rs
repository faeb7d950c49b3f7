//! `errcat reply SYSTEM [FILE]`: what a reply body says (success, a failure
//! and its code, per-item results, or a body that is no reply at all), for
//! every system errcat has a reply checker for (`errcat::reply::CHECKERS`);
//! nothing here names a system.
//!
//! Exit status: 0 for a success, 1 for a failure, 2 for a malformed reply or
//! an input that cannot be read.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

use clap::ValueEnum;
use errcat::reply::{self, Checker, CodeFacts, Detail, Item, Outcome, Verdict};
use errcat::{MalformedReply, System};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::error::{CliError, CliResult};
use crate::format::{one_line, terminal_width, wrap};

/// The most of a reply errcat reads, in bytes (16 MiB).
pub const MAX_REPLY_BYTES: u64 = 16 * 1024 * 1024;

/// The narrowest label column, as in `errcat explain`.
const LABEL_WIDTH: usize = 16;

/// The narrowest a wrapped value gets, however narrow the terminal.
const MIN_VALUE_WIDTH: usize = 30;

/// Exit status for a reply that reports success.
const EXIT_SUCCESS: u8 = 0;

/// Exit status for a reply that reports a failure.
const EXIT_FAILURE: u8 = 1;

/// Parses the system of `errcat reply` for clap: any system with a reply
/// checker, in any case; any other system is refused, saying why.
pub fn parse_system(text: &str) -> Result<&'static Checker, String> {
    let documented = format!(
        "only {} replies are documented",
        reply::CHECKERS
            .iter()
            .map(|checker| checker.system().id())
            .collect::<Vec<_>>()
            .join(", ")
    );
    match System::from_id(text.trim()) {
        Some(system) => reply::checker(system).ok_or_else(|| {
            format!(
                "{} replies have no documented envelope for errcat to read; {documented}",
                system.id()
            )
        }),
        None => Err(format!(
            "not a system errcat reads replies of; {documented}"
        )),
    }
}

/// The help text after `errcat reply --help`: examples and the systems
/// whose replies errcat reads, from the checkers.
pub fn help() -> String {
    let mut help = String::from("Examples:\n");
    if let Some(first) = reply::CHECKERS.first() {
        let id = first.system().id();
        help.push_str(&format!("  errcat reply {id} body.txt\n"));
        help.push_str(&format!(
            "  curl -s URL | errcat reply {id} --format json\n"
        ));
    }
    for checker in reply::CHECKERS {
        help.push_str(&format!(
            "  echo '{}' | errcat reply {}\n",
            checker.example(),
            checker.system().id()
        ));
    }
    help.push_str("\nThe systems that document a reply envelope:\n");
    for checker in reply::CHECKERS {
        help.push_str(&format!(
            "  {:<13}{}\n",
            checker.system().id(),
            checker.envelope()
        ));
    }
    help.push_str(&format!(
        "A reply over {} MiB is refused.\n\
         Exit status: 0 the reply reports success, 1 it reports a failure,\n\
         2 a malformed reply, an unreadable input or a bad argument,\n\
         74 (EX_IOERR) standard output could not be written.",
        MAX_REPLY_BYTES / (1024 * 1024)
    ));
    help
}

/// How `errcat reply` writes its verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReplyFormat {
    /// Aligned label: value lines, for people
    #[value(alias = "table")]
    Text,
    /// One JSON object with a fixed set of keys, for programs
    Json,
}

/// Everything `errcat reply` says about a reply: the verdict, and the
/// checker that gave it (for the keys of its details).
struct Report<'a> {
    checker: &'static Checker,
    verdict: &'a Verdict,
}

impl Serialize for Report<'_> {
    /// One JSON object. Every key is always present, `null` where it does
    /// not apply: the code's facts, the [`reply::SHARED_DETAILS`], the
    /// checker's own details, the items and the problem.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let verdict = self.verdict;
        let code = verdict.code();
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("system", verdict.system().id())?;
        map.serialize_entry("outcome", verdict.outcome().name())?;
        map.serialize_entry("code", &code.map(CodeFacts::code))?;
        map.serialize_entry("name", &code.and_then(CodeFacts::name))?;
        map.serialize_entry("message", &code.map(CodeFacts::message))?;
        map.serialize_entry("description", &code.and_then(CodeFacts::description))?;
        map.serialize_entry("kind", &code.map(|c| c.kind().name()))?;
        map.serialize_entry("retryable", &code.map(CodeFacts::is_retryable))?;
        map.serialize_entry(
            "wire_http_status",
            &code.and_then(CodeFacts::wire_http_status),
        )?;
        for key in reply::SHARED_DETAILS.iter().chain(self.checker.own_keys()) {
            let value = verdict.detail(key).and_then(Detail::value);
            map.serialize_entry(key, &value)?;
        }
        let items = (!verdict.items().is_empty()).then(|| {
            verdict
                .items()
                .iter()
                .map(ReportItem::from)
                .collect::<Vec<_>>()
        });
        map.serialize_entry("items", &items)?;
        map.serialize_entry("problem", &verdict.problem().map(MalformedReply::problem))?;
        map.end()
    }
}

/// One per-item result: a batch item, a signal's result.
#[derive(Debug, Serialize)]
struct ReportItem<'a> {
    /// Where it stands among the items, from 1.
    position: usize,
    /// The index the reply gives it, where it gives one.
    index: Option<u32>,
    /// The system whose code it is (another than the reply's where an OPC
    /// server's code comes through i4scada).
    system: &'static str,
    /// Its code, exactly as the reply carries it.
    code: i32,
    /// The code's variant name; `null` for a code errcat does not know.
    name: Option<&'static str>,
    /// The vendor's message, or `unknown ... code N`.
    message: &'a str,
    /// Whether the item succeeded.
    success: bool,
}

impl<'a> From<&'a Item> for ReportItem<'a> {
    fn from(item: &'a Item) -> Self {
        ReportItem {
            position: item.position(),
            index: item.index(),
            system: item.code().system().id(),
            code: item.code().code(),
            name: item.code().name(),
            message: item.code().message(),
            success: item.succeeded(),
        }
    }
}

/// The text output's value for an item.
fn item_line(item: &Item) -> String {
    let index = item
        .index()
        .map_or_else(String::new, |i| format!("index {i}, "));
    let code = item.code();
    if code.name().is_none() && code.kind() == errcat::Kind::Ok {
        return format!(
            "item {}: {index}code {}: {}",
            item.position(),
            code.code(),
            code.message()
        );
    }
    let name = code.name().unwrap_or("unknown");
    format!(
        "item {}: {index}code {} ({name}): {}",
        item.position(),
        code.code(),
        code.message()
    )
}

/// The labelled lines of the text output of a success or failure.
fn facts(verdict: &Verdict) -> Vec<(&'static str, String)> {
    let mut facts = Vec::new();
    facts.push(("reply", verdict.outcome().name().to_string()));
    let system = verdict.system();
    facts.push(("system", format!("{} — {}", system.id(), system.title())));
    let items = verdict.items();
    if !items.is_empty() {
        let failed = items.iter().filter(|item| !item.succeeded()).count();
        let warned = items.iter().filter(|item| item.is_warning()).count();
        let mut summary = format!("{failed} of {} failed", items.len());
        if warned > 0 {
            summary.push_str(&format!(", {warned} with a warning"));
        }
        summary.push_str(" (a batch reply)");
        facts.push(("items", summary));
        for item in items {
            let label = match (item.succeeded(), item.is_warning()) {
                (false, _) => "failed",
                (true, true) => "warning",
                (true, false) => "succeeded",
            };
            facts.push((label, item_line(item)));
        }
        return facts;
    }
    if verdict.outcome() != Outcome::Failure {
        return facts;
    }
    if let Some(code) = verdict.code() {
        facts.push(("code", code.code().to_string()));
        facts.push(("name", code.name().unwrap_or("unknown").to_string()));
        facts.push(("message", code.message().to_string()));
        if let Some(description) = code.description() {
            facts.push(("description", description.to_string()));
        }
        facts.push(("kind", code.kind().name().to_string()));
        facts.push((
            "retryable",
            if code.is_retryable() { "yes" } else { "no" }.to_string(),
        ));
        if let Some(status) = code.wire_http_status() {
            let mut value = status.to_string();
            if code.name().is_none() {
                value.push_str(" (the server's default for a code it does not list)");
            }
            facts.push(("HTTP status sent", value));
        }
    }
    for detail in verdict.details() {
        if let Some(shown) = detail.shown_value() {
            facts.push((detail.label(), one_line(shown)));
        }
    }
    facts
}

/// Says what the reply that `checker` reads in `file` (standard input where
/// there is none, or it is `-`) means, in `format`. Returns the exit status:
/// 0 for a success, 1 for a failure; a malformed reply or an unreadable
/// input is an error (exit status 2).
pub fn run(
    out: &mut dyn Write,
    checker: &'static Checker,
    file: Option<&Path>,
    format: ReplyFormat,
) -> CliResult<u8> {
    let body = read_input(file)?;
    let verdict = checker.check(&body);
    let report = Report {
        checker,
        verdict: &verdict,
    };
    let status = match verdict.outcome() {
        Outcome::Success => EXIT_SUCCESS,
        Outcome::Failure => EXIT_FAILURE,
        Outcome::Malformed => {
            if format == ReplyFormat::Json {
                write_json(out, &report)?;
            }
            let problem = verdict.problem().map_or("", MalformedReply::problem);
            return Err(CliError::BadArgument(format!(
                "malformed {} reply: {}",
                verdict.system().id(),
                one_line(problem)
            )));
        }
    };
    match format {
        ReplyFormat::Text => write_text(out, &facts(&verdict))?,
        ReplyFormat::Json => write_json(out, &report)?,
    }
    Ok(status)
}

/// Writes the report as one JSON object and flushes it. A reader that went
/// away is no failure: the exit status still tells the verdict.
fn write_json(out: &mut dyn Write, report: &Report<'_>) -> CliResult {
    let written = serde_json::to_writer_pretty(&mut *out, report)
        .map_err(io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush());
    quiet_on_broken_pipe(written)
}

/// Writes the facts as `label: value` lines, values wrapped to the terminal
/// width under each other, and flushes them.
fn write_text(out: &mut dyn Write, facts: &[(&str, String)]) -> CliResult {
    let label_width = facts
        .iter()
        .map(|(label, _)| label.len() + 2)
        .max()
        .unwrap_or(0)
        .max(LABEL_WIDTH);
    let value_width = terminal_width()
        .saturating_sub(label_width)
        .max(MIN_VALUE_WIDTH);
    let written = (|| {
        for (label, value) in facts {
            let label = format!("{label}:");
            let lines = wrap(value, value_width);
            let mut lines = lines.iter();
            match lines.next() {
                Some(first) => writeln!(out, "{label:<label_width$}{first}")?,
                None => writeln!(out, "{label}")?,
            }
            for line in lines {
                writeln!(out, "{:label_width$}{line}", "")?;
            }
        }
        out.flush()
    })();
    quiet_on_broken_pipe(written)
}

/// `Ok` for a write that worked or whose reader went away (`| head -1`).
fn quiet_on_broken_pipe(written: io::Result<()>) -> CliResult {
    match written {
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => Err(CliError::Io(error)),
        _ => Ok(()),
    }
}

/// Reads the reply from `file`, or standard input where there is none or it
/// is `-`, refusing more than [`MAX_REPLY_BYTES`].
fn read_input(file: Option<&Path>) -> CliResult<Vec<u8>> {
    match file {
        Some(path) if path != Path::new("-") => {
            let named = format!("{:?}", path.display().to_string());
            let file = File::open(path)
                .map_err(|e| CliError::BadArgument(format!("cannot open {named}: {e}")))?;
            read_bounded(file, &named)
        }
        _ => read_bounded(io::stdin().lock(), "standard input"),
    }
}

/// Reads all of `input`, named `named` in messages, up to [`MAX_REPLY_BYTES`].
fn read_bounded(input: impl Read, named: &str) -> CliResult<Vec<u8>> {
    let mut body = Vec::new();
    input
        .take(MAX_REPLY_BYTES + 1)
        .read_to_end(&mut body)
        .map_err(|e| CliError::BadArgument(format!("cannot read {named}: {e}")))?;
    if body.len() as u64 > MAX_REPLY_BYTES {
        return Err(CliError::BadArgument(format!(
            "{named} holds more than {} MiB, the most of a reply errcat reads",
            MAX_REPLY_BYTES / (1024 * 1024)
        )));
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_checker_is_read_and_no_other_system() {
        for checker in reply::CHECKERS {
            let id = checker.system().id();
            let found = parse_system(&format!(" {} ", id.to_uppercase())).expect(id);
            assert_eq!(found.system(), checker.system());
        }
        for other in System::ALL {
            if reply::checker(other).is_none() {
                let error = parse_system(other.id()).expect_err(other.id());
                assert!(error.contains("only "), "{error}");
            }
        }
        let error = parse_system("modbus").expect_err("modbus");
        for checker in reply::CHECKERS {
            assert!(error.contains(checker.system().id()), "{error}");
        }
    }

    #[test]
    fn the_help_names_every_checker() {
        let help = help();
        for checker in reply::CHECKERS {
            assert!(help.contains(checker.envelope()), "{help}");
            assert!(
                help.contains(&format!("errcat reply {}", checker.system().id())),
                "{help}"
            );
        }
    }

    #[test]
    fn the_bound_is_enforced() {
        let big = io::repeat(b' ').take(MAX_REPLY_BYTES + 1);
        assert!(read_bounded(big, "x").is_err());
        let fits = io::repeat(b' ').take(MAX_REPLY_BYTES);
        assert_eq!(
            read_bounded(fits, "x").map(|body| body.len() as u64).ok(),
            Some(MAX_REPLY_BYTES)
        );
    }

    #[test]
    fn viewtron_meaning_is_shown_only_where_it_differs() {
        let checker = parse_system("viewtron").expect("viewtron");
        let verdict = checker.check(br#"<config status="failed" errorCode="9"/>"#);
        let facts = facts(&verdict);
        assert!(
            facts.iter().all(|(label, _)| *label != "meaning"),
            "{facts:?}"
        );
    }
}
