//! Running the real `errcat` binary, for `tests/cli.rs` and `tests/reply.rs`.

use assert_cmd::cargo::cargo_bin_cmd;

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `errcat` with `args`, `stdin` as standard input (none: nothing) and
/// `COLUMNS` set to `columns` (none: unset). Fails the test if it panicked.
pub fn run_errcat(args: &[&str], stdin: Option<&[u8]>, columns: Option<&str>) -> Run {
    let mut command = cargo_bin_cmd!("errcat");
    command.args(args).env_remove("COLUMNS");
    if let Some(columns) = columns {
        command.env("COLUMNS", columns);
    }
    if let Some(stdin) = stdin {
        command.write_stdin(stdin.to_vec());
    }
    let output = command.output().expect("the binary runs");
    let run = Run {
        status: output
            .status
            .code()
            .expect("the binary exits with a status"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    };
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("RUST_BACKTRACE"),
        "errcat {args:?} panicked: {}",
        run.stderr
    );
    run
}
