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
    /// Writing the output failed; a closed pipe ends the program quietly.
    Io(io::Error),
}

impl CliError {
    /// The process exit status for this failure.
    pub fn exit_status(&self) -> u8 {
        match self {
            CliError::NotFound(_) | CliError::Io(_) => 1,
            CliError::BadArgument(_) => 2,
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
