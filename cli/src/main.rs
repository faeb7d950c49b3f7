//! `errcat`: explain, search and list the error codes of i4scada, EMQ Neuron /
//! NeuronEX, OPC Data Access, SuperOffice Service and Viewtron, from the errcat
//! catalogs; and say what a reply of a system whose reply envelope is
//! documented means.
//!
//! Exit status: 0 on success, 1 when nothing matches (an unknown code, a search
//! or a list without hits), 2 for a bad argument. `errcat reply`: 0 for a reply
//! that reports success, 1 for one that reports a failure, 2 for a malformed
//! reply. Any command: 74 (sysexits' `EX_IOERR`) when standard output cannot be
//! written; a reader that went away (`errcat list | head`) is no failure.

mod catalog;
mod error;
mod explain;
mod format;
mod json;
mod list;
mod query;
mod reply;
mod search;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use errcat::{Kind, System};

use crate::error::{CliError, CliResult};
use crate::format::Format;
use crate::reply::ReplyFormat;

/// Examples shown after `errcat --help`.
const MAIN_EXAMPLES: &str = "\
Examples:
  errcat 2003                     every system that defines code 2003
  errcat neuron 2003              what code 2003 means in Neuron
  errcat i4scada -4095            negative codes work as they are
  errcat 0xC0040006               a code in hex (OPC DA's HRESULTs are shown so too)
  errcat NEU_ERR_NODE_NOT_EXIST   a variant name or upstream symbol, any case
  errcat search timeout           codes whose text mentions \"timeout\"
  errcat list viewtron --format tsv
  errcat reply neuron body.json   what a Neuron reply body says

Systems: i4scada, neuron, opcda, superoffice, viewtron.
Exit status: 0 found, 1 no such code or no match, 2 bad argument;
for reply: 0 success, 1 failure, 2 malformed reply or unreadable input;
74 (EX_IOERR) standard output could not be written (a closed pipe is no error).";

/// The help layout of `errcat` and `errcat explain`: the two positional
/// arguments described by hand, as clap cannot show an optional argument
/// before a required one.
const CODE_HELP_TEMPLATE: &str = "\
{about-with-newline}
{usage-heading} {usage}

Arguments:
  [SYSTEM]  i4scada, neuron, opcda, superoffice or viewtron; without it, every system
  <CODE>    a code number (2003, -4095, or in hex 0xC0040006: its 32 bits), a variant
            name (NodeNotExist) or an upstream symbol (NEU_ERR_NODE_NOT_EXIST); names
            and symbols in any case

{all-args}{after-help}";

/// Examples shown after `errcat explain --help`.
const EXPLAIN_EXAMPLES: &str = "\
Examples:
  errcat explain neuron 2003
  errcat explain -4095
  errcat explain superoffice unknownticket";

/// Examples shown after `errcat search --help`.
const SEARCH_EXAMPLES: &str = "\
Examples:
  errcat search password
  errcat search 'not exist' --system neuron --format tsv";

/// Examples shown after `errcat list --help`.
const LIST_EXAMPLES: &str = "\
Examples:
  errcat list
  errcat list i4scada
  errcat list --kind unauthenticated
  errcat list neuron --category node --format json

Exit status: 0 entries listed, 1 no entry matches the filters, 2 bad argument,
74 (EX_IOERR) standard output could not be written.";

/// The command line.
#[derive(Debug, Parser)]
#[command(
    name = "errcat",
    version,
    about = "Explain, search and list the error codes of i4scada, EMQ Neuron / NeuronEX, \
             OPC Data Access, SuperOffice and Viewtron",
    override_usage = "errcat [SYSTEM] <CODE>\n       errcat <COMMAND>",
    after_help = MAIN_EXAMPLES,
    help_template = CODE_HELP_TEMPLATE,
    args_conflicts_with_subcommands = true,
    arg_required_else_help = true
)]
struct Cli {
    /// What to do; without one, explain CODE.
    #[command(subcommand)]
    command: Option<Command>,

    /// The code to explain, like `errcat explain`.
    #[command(flatten)]
    code: CodeArgs,
}

/// A code, optionally preceded by the system.
#[derive(Debug, Args)]
struct CodeArgs {
    /// `[SYSTEM] CODE`, described in the help template
    #[arg(
        value_name = "CODE",
        hide = true,
        num_args = 1..=2,
        allow_negative_numbers = true
    )]
    args: Vec<String>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
enum Command {
    /// Explain a code: its message, category, kind, retry advice and more
    #[command(
        override_usage = "errcat explain [SYSTEM] <CODE>",
        after_help = EXPLAIN_EXAMPLES,
        help_template = CODE_HELP_TEMPLATE
    )]
    Explain(ExplainArgs),

    /// Find codes whose message, name, description or symbol contains TEXT
    #[command(after_help = SEARCH_EXAMPLES)]
    Search(SearchArgs),

    /// List every code, or those of one system, category or kind
    #[command(after_help = LIST_EXAMPLES)]
    List(ListArgs),

    /// Say what a reply means: success, failure or malformed (its help lists the systems)
    Reply(ReplyArgs),
}

/// `errcat explain`.
#[derive(Debug, Args)]
struct ExplainArgs {
    /// `[SYSTEM] CODE`, described in the help template
    #[arg(
        value_name = "CODE",
        hide = true,
        required = true,
        num_args = 1..=2,
        allow_negative_numbers = true
    )]
    args: Vec<String>,

    /// Output format: text for people, or json (an array of the entries found,
    /// with the keys of `errcat list --format json`)
    #[arg(short, long, value_enum, default_value_t = ExplainFormat::Text)]
    format: ExplainFormat,
}

/// How `errcat explain` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ExplainFormat {
    /// Labelled facts, wrapped to the terminal.
    Text,
    /// A JSON array of objects.
    Json,
}

/// `errcat search`.
#[derive(Debug, Args)]
struct SearchArgs {
    /// The text to look for, ignoring case
    #[arg(allow_hyphen_values = true)]
    text: String,

    /// Search only this system (i4scada, neuron, opcda, superoffice, viewtron)
    #[arg(short, long, value_parser = parse_system)]
    system: Option<System>,

    /// Output format
    #[arg(short, long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// `errcat list`.
#[derive(Debug, Args)]
struct ListArgs {
    /// Only this system (i4scada, neuron, opcda, superoffice, viewtron)
    #[arg(value_parser = parse_system)]
    system: Option<System>,

    /// Only this category: its name or title, ignoring case
    #[arg(short, long)]
    category: Option<String>,

    /// Only this kind, like unauthenticated or not_found
    #[arg(short, long, value_parser = parse_kind)]
    kind: Option<Kind>,

    /// Output format
    #[arg(short, long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// `errcat reply`.
#[derive(Debug, Args)]
struct ReplyArgs {
    /// A system whose reply envelope is documented (listed below)
    #[arg(value_parser = reply::parse_system)]
    system: &'static errcat::reply::Checker,

    /// The file holding the reply body; standard input without one, or with -
    file: Option<PathBuf>,

    /// Output format
    #[arg(short, long, value_enum, default_value_t = ReplyFormat::Text)]
    format: ReplyFormat,
}

/// Parses a system id for clap, listing the ids on failure.
fn parse_system(text: &str) -> Result<System, String> {
    text.trim().parse::<System>().map_err(|e| e.to_string())
}

/// Parses a kind name for clap, listing the kinds on failure.
fn parse_kind(text: &str) -> Result<Kind, String> {
    text.trim().parse::<Kind>().map_err(|e| e.to_string())
}

/// Splits `[SYSTEM] CODE` into the system and the code.
fn split_code_args(args: &[String]) -> CliResult<(Option<System>, &str)> {
    match args {
        [code] => Ok((None, code)),
        [system, code] => match System::from_id(system.trim()) {
            Some(system) => Ok((Some(system), code)),
            None => {
                let mut message = format!(
                    "unknown system {}; expected one of: {}",
                    query::quote(system),
                    System::ALL.map(System::id).join(", ")
                );
                if let Some(named) = System::from_id(code.trim()) {
                    message.push_str(&format!(
                        "\n  the system goes first: errcat {} {}",
                        named.id(),
                        system.trim()
                    ));
                }
                Err(CliError::BadArgument(message))
            }
        },
        _ => Err(CliError::BadArgument(
            "expected [SYSTEM] CODE: a code, optionally preceded by a system".to_string(),
        )),
    }
}

/// Runs the command the arguments ask for, writing to `out`; returns the exit
/// status (not 0 only for `errcat reply` on a failed reply).
fn run(cli: Cli, out: &mut dyn Write) -> CliResult<u8> {
    let done = match cli.command {
        Some(Command::Explain(args)) => {
            let (system, code) = split_code_args(&args.args)?;
            match args.format {
                ExplainFormat::Text => explain::run(out, system, code),
                ExplainFormat::Json => explain::run_json(out, system, code),
            }
        }
        Some(Command::Search(args)) => search::run(out, &args.text, args.system, args.format),
        Some(Command::List(args)) => list::run(
            out,
            &list::ListOptions {
                system: args.system,
                category: args.category,
                kind: args.kind,
                format: args.format,
            },
        ),
        Some(Command::Reply(args)) => {
            return reply::run(out, args.system, args.file.as_deref(), args.format);
        }
        None => {
            let (system, code) = split_code_args(&cli.code.args)?;
            explain::run(out, system, code)
        }
    };
    done.map(|()| 0)
}

/// Parses the command line. `errcat reply --help` lists the reply checkers,
/// which the library registers: its text is built here, not written down.
fn parse() -> Result<Cli, clap::Error> {
    Cli::command()
        .mut_subcommand("reply", |reply| reply.after_help(reply::help()))
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches))
}

fn main() -> ExitCode {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = match parse() {
        Ok(cli) => run(cli, &mut out),
        // Help and version go to stdout and exit 0, so a failure to write
        // them is an output error like any other; usage errors go to stderr
        // and exit 2.
        Err(error) => match error.print() {
            Err(failed) if !error.use_stderr() => Err(CliError::from(failed)),
            _ => Ok(u8::try_from(error.exit_code()).unwrap_or(2)),
        },
    };
    // A reader that went away while the output was flushed changes nothing:
    // the exit status still tells what `errcat reply` found.
    let result = result.and_then(|status| match out.flush() {
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => Err(CliError::from(error)),
        _ => Ok(status),
    });
    // The one place a failure becomes an exit status (CliError::exit_status).
    match result {
        Ok(status) => ExitCode::from(status),
        Err(error) if error.is_broken_pipe() => ExitCode::SUCCESS,
        Err(error) => {
            // Whatever was written before the failure goes out first; a closed
            // stdout cannot be helped.
            let _ = out.flush();
            let _ = writeln!(io::stderr(), "error: {error}");
            ExitCode::from(error.exit_status())
        }
    }
}
