//! `errcat reply SYSTEM [FILE]`: what a Neuron or Viewtron reply body says:
//! success, a failure and its code, or a body that is no reply at all.
//!
//! Exit status: 0 for a success, 1 for a failure, 2 for a malformed reply or
//! an input that cannot be read.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

use clap::ValueEnum;
use errcat::neuron;
use errcat::viewtron::{self, BatchFailure, Failure};
use errcat::{Code, ErrorCode, MalformedReply, System};
use serde::Serialize;

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

/// A system whose reply envelope is documented, so that errcat can read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplySystem {
    /// A Neuron HTTP or MQTT API reply: JSON with an `"error"` member.
    Neuron,
    /// A Viewtron HTTP API reply: XML with a `<config>` root.
    Viewtron,
}

impl ReplySystem {
    /// The system in the catalog.
    fn system(self) -> System {
        match self {
            ReplySystem::Neuron => System::Neuron,
            ReplySystem::Viewtron => System::Viewtron,
        }
    }
}

/// Parses the system of `errcat reply` for clap: neuron or viewtron, in any
/// case; any other system is refused, saying why.
pub fn parse_system(text: &str) -> Result<ReplySystem, String> {
    const DOCUMENTED: &str = "only neuron and viewtron replies are documented";
    match System::from_id(text.trim()) {
        Some(System::Neuron) => Ok(ReplySystem::Neuron),
        Some(System::Viewtron) => Ok(ReplySystem::Viewtron),
        Some(other) => Err(format!(
            "{} replies have no documented envelope for errcat to read; {DOCUMENTED}",
            other.id()
        )),
        None => Err(format!(
            "not a system errcat reads replies of; {DOCUMENTED}"
        )),
    }
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

/// What the reply says, in short.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
enum Outcome {
    /// The request succeeded.
    Success,
    /// The request failed with a code.
    Failure,
    /// The body is not a reply of the system.
    Malformed,
}

/// Everything `errcat reply` says about a reply: the JSON object, and the
/// facts of the text output. Every key is always present, `null` where it does
/// not apply.
#[derive(Debug, Serialize)]
struct Report {
    /// The system's id.
    system: &'static str,
    /// Success, failure or malformed.
    outcome: Outcome,
    /// A failure's code, exactly as the reply carries it.
    code: Option<i32>,
    /// The code's variant name; `null` for a code errcat does not know.
    name: Option<&'static str>,
    /// The vendor's message, or `unknown ... code N`.
    message: Option<String>,
    /// errcat's description of a known code, where the catalog has one.
    description: Option<&'static str>,
    /// The cross-system kind's name (`Unknown` for an unknown code).
    kind: Option<&'static str>,
    /// Whether the same request may succeed later.
    retryable: Option<bool>,
    /// Neuron: the HTTP status the server sends with the code.
    wire_http_status: Option<u16>,
    /// Viewtron: the device's own text (`errorDesc`).
    error_desc: Option<String>,
    /// Viewtron: the firmware the reply shows (`v2.0` where it carries
    /// `errorDesc`); `null` where it shows none.
    firmware: Option<&'static str>,
    /// Viewtron: what the code means on the firmware the reply shows.
    meaning: Option<&'static str>,
    /// Viewtron: a batch reply's items, where one failed; every item, those
    /// that succeeded too.
    items: Option<Vec<ReportItem>>,
    /// A malformed reply: what is wrong with it.
    problem: Option<String>,
}

/// One item of a Viewtron batch reply.
#[derive(Debug, Serialize)]
struct ReportItem {
    /// Where it stands among the items, from 1.
    position: usize,
    /// Its `<index>`, where it has one.
    index: Option<u32>,
    /// Its code, exactly as the reply carries it.
    code: i32,
    /// The code's variant name; `null` for a code errcat does not know.
    name: Option<&'static str>,
    /// The vendor's message, or `unknown ... code N`.
    message: String,
    /// Whether the item succeeded (its code is 0).
    success: bool,
}

impl ReportItem {
    /// The text output's value for the item.
    fn line(&self) -> String {
        let index = self
            .index
            .map_or_else(String::new, |i| format!("index {i}, "));
        let name = self.name.unwrap_or("unknown");
        format!("{index}code {} ({name}): {}", self.code, self.message)
    }
}

impl Report {
    /// A report with only the system and outcome filled in.
    fn new(system: ReplySystem, outcome: Outcome) -> Self {
        Report {
            system: system.system().id(),
            outcome,
            code: None,
            name: None,
            message: None,
            description: None,
            kind: None,
            retryable: None,
            wire_http_status: None,
            error_desc: None,
            firmware: None,
            meaning: None,
            items: None,
            problem: None,
        }
    }

    /// A report on a failure with `code`: the facts every system has.
    fn failure<E: ErrorCode>(system: ReplySystem, code: Code<E>) -> Self {
        Report {
            code: Some(code.code()),
            name: code.known().map(ErrorCode::name),
            message: Some(code.to_string()),
            description: code.known().and_then(ErrorCode::description),
            kind: Some(code.kind().name()),
            retryable: Some(code.is_retryable()),
            ..Report::new(system, Outcome::Failure)
        }
    }

    /// A report on a malformed reply.
    fn malformed(system: ReplySystem, malformed: &MalformedReply) -> Self {
        Report {
            problem: Some(malformed.problem().to_string()),
            ..Report::new(system, Outcome::Malformed)
        }
    }

    /// A report on a Neuron reply.
    fn neuron(body: &[u8]) -> Self {
        let system = ReplySystem::Neuron;
        match neuron::check_reply(body) {
            Ok(()) => Report::new(system, Outcome::Success),
            Err(neuron::ReplyError::Failed(code)) => Report {
                wire_http_status: code.wire_http_status(),
                ..Report::failure(system, code)
            },
            Err(neuron::ReplyError::Malformed(malformed)) => Report::malformed(system, &malformed),
        }
    }

    /// A report on a Viewtron reply.
    fn viewtron(xml: &[u8]) -> Self {
        let system = ReplySystem::Viewtron;
        match viewtron::check_reply(xml) {
            Ok(()) => Report::new(system, Outcome::Success),
            Err(viewtron::ReplyError::Failed(failure)) => Report::viewtron_failure(&failure),
            Err(viewtron::ReplyError::ItemsFailed(batch)) => Report::viewtron_batch(&batch),
            Err(viewtron::ReplyError::Malformed(malformed)) => {
                Report::malformed(system, &malformed)
            }
        }
    }

    /// A report on a failed Viewtron reply.
    fn viewtron_failure(failure: &Failure) -> Self {
        Report {
            error_desc: failure.error_desc().map(str::to_string),
            firmware: failure.firmware().map(|firmware| firmware.label()),
            meaning: failure.meaning(),
            ..Report::failure(ReplySystem::Viewtron, failure.code())
        }
    }

    /// A report on a Viewtron batch reply with failed items: the items, and
    /// no code of the reply's own.
    fn viewtron_batch(batch: &BatchFailure) -> Self {
        let items = batch
            .items()
            .iter()
            .map(|item| ReportItem {
                position: item.position(),
                index: item.index(),
                code: item.code().code(),
                name: item.code().known().map(ErrorCode::name),
                message: item.code().to_string(),
                success: item.is_success(),
            })
            .collect();
        Report {
            items: Some(items),
            ..Report::new(ReplySystem::Viewtron, Outcome::Failure)
        }
    }

    /// The labelled lines of the text output of a success or failure.
    fn facts(&self, system: ReplySystem) -> Vec<(&'static str, String)> {
        let mut facts = Vec::new();
        let outcome = match self.outcome {
            Outcome::Success => "success",
            Outcome::Failure => "failure",
            Outcome::Malformed => "malformed",
        };
        facts.push(("reply", outcome.to_string()));
        let catalog = system.system();
        facts.push(("system", format!("{} — {}", catalog.id(), catalog.title())));
        if self.outcome != Outcome::Failure {
            return facts;
        }
        if let Some(items) = &self.items {
            let failed = items.iter().filter(|item| !item.success).count();
            facts.push((
                "items",
                format!("{failed} of {} failed (a batch reply)", items.len()),
            ));
            for item in items {
                let label = if item.success { "succeeded" } else { "failed" };
                facts.push((label, format!("item {}: {}", item.position, item.line())));
            }
            return facts;
        }
        if let Some(code) = self.code {
            facts.push(("code", code.to_string()));
        }
        facts.push(("name", self.name.unwrap_or("unknown").to_string()));
        if let Some(message) = &self.message {
            facts.push(("message", message.clone()));
        }
        if let Some(description) = self.description {
            facts.push(("description", description.to_string()));
        }
        if let Some(kind) = self.kind {
            facts.push(("kind", kind.to_string()));
        }
        if let Some(retryable) = self.retryable {
            facts.push((
                "retryable",
                if retryable { "yes" } else { "no" }.to_string(),
            ));
        }
        match system {
            ReplySystem::Neuron => {
                if let Some(status) = self.wire_http_status {
                    let mut value = status.to_string();
                    if self.name.is_none() {
                        value.push_str(" (the server's default for a code it does not list)");
                    }
                    facts.push(("HTTP status sent", value));
                }
            }
            ReplySystem::Viewtron => {
                if let Some(desc) = &self.error_desc {
                    facts.push(("errorDesc", one_line(desc)));
                }
                let firmware = match self.firmware {
                    Some(label) => format!("{label} (the reply carries errorDesc)"),
                    None => "not shown (no errorDesc)".to_string(),
                };
                facts.push(("firmware", firmware));
                let differs = self.meaning != self.message.as_deref();
                if let (Some(meaning), true) = (self.meaning, differs) {
                    facts.push(("meaning", meaning.to_string()));
                }
            }
        }
        facts
    }
}

/// Says what the reply of `system` in `file` (standard input where there is
/// none, or it is `-`) means, in `format`. Returns the exit status: 0 for a
/// success, 1 for a failure; a malformed reply or an unreadable input is an
/// error (exit status 2).
pub fn run(
    out: &mut dyn Write,
    system: ReplySystem,
    file: Option<&Path>,
    format: ReplyFormat,
) -> CliResult<u8> {
    let body = read_input(file)?;
    let report = match system {
        ReplySystem::Neuron => Report::neuron(&body),
        ReplySystem::Viewtron => Report::viewtron(&body),
    };
    let status = match report.outcome {
        Outcome::Success => EXIT_SUCCESS,
        Outcome::Failure => EXIT_FAILURE,
        Outcome::Malformed => {
            if format == ReplyFormat::Json {
                write_json(out, &report)?;
            }
            let problem = report.problem.as_deref().unwrap_or_default();
            return Err(CliError::BadArgument(format!(
                "malformed {} reply: {}",
                report.system,
                one_line(problem)
            )));
        }
    };
    match format {
        ReplyFormat::Text => write_text(out, &report.facts(system))?,
        ReplyFormat::Json => write_json(out, &report)?,
    }
    Ok(status)
}

/// Writes the report as one JSON object and flushes it. A reader that went
/// away is no failure: the exit status still tells the verdict.
fn write_json(out: &mut dyn Write, report: &Report) -> CliResult {
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
    fn only_neuron_and_viewtron_are_read() {
        assert_eq!(parse_system(" Neuron "), Ok(ReplySystem::Neuron));
        assert_eq!(parse_system("viewtron"), Ok(ReplySystem::Viewtron));
        for other in ["superoffice", "i4scada", "modbus", ""] {
            let error = parse_system(other).expect_err(other);
            assert!(error.contains("only neuron and viewtron"), "{error}");
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
        let report = Report::viewtron(br#"<config status="failed" errorCode="9"/>"#);
        let facts = report.facts(ReplySystem::Viewtron);
        assert!(
            facts.iter().all(|(label, _)| *label != "meaning"),
            "{facts:?}"
        );
    }
}
