//! How a command fails, and the exit status each failure maps to.

use std::fmt;
use std::io;

/// Why a command could not do what was asked.
#[derive(Debug)]
pub enum CliError {
    /// The arguments were fine, but nothing matches them (an unknown code, a
    /// search without hits): exit status 1.
    NotFound(String),
    /// An argument is not acceptable (unknown system, name or category, empty
    /// text): exit status 2, like clap's own usage errors.
    BadArgument(String),
    /// Writing the output failed (a full disk, a device error): exit status
    /// [`EXIT_OUTPUT_ERROR`]. A closed pipe ends the program quietly instead.
    Io(io::Error),
}

/// The exit status of a failure to write standard output: sysexits' `EX_IOERR`,
/// distinct from 1 (no match; for `errcat reply`, a reply that reports a
/// failure) and 2 (a bad argument), so that a script can tell a lost output
/// from an answer.
pub const EXIT_OUTPUT_ERROR: u8 = 74;

impl CliError {
    /// The process exit status for this failure.
    pub fn exit_status(&self) -> u8 {
        match self {
            CliError::NotFound(_) => 1,
            CliError::BadArgument(_) => 2,
            CliError::Io(_) => EXIT_OUTPUT_ERROR,
        }
    }

    /// Whether the failure is a reader that went away (`errcat list | head`),
    /// which is no failure at all.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, CliError::Io(error) if error.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::NotFound(message) | CliError::BadArgument(message) => f.write_str(message),
            CliError::Io(error) => write!(f, "cannot write the output: {error}"),
        }
    }
}

impl From<io::Error> for CliError {
    fn from(error: io::Error) -> Self {
        CliError::Io(error)
    }
}

/// The result of a command.
pub type CliResult<T = ()> = Result<T, CliError>;
