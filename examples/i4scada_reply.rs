//! Checks an i4scada WCF JSON reply (Login, a write, ReadSignals,
//! RegisterSignals, an acknowledge, Connect): `cargo run --example
//! i4scada_reply --features json [FILE]` (a built-in write reply without a
//! file).

use errcat::i4scada::{ReplyError, check_reply};

fn main() -> std::io::Result<()> {
    let body = match std::env::args_os().nth(1) {
        Some(path) => std::fs::read(path)?,
        None => br#"{"d": [0, -4088, 0]}"#.to_vec(),
    };
    match check_reply(&body) {
        Ok(success) => {
            println!("success");
            for warning in success.warnings() {
                println!("  warning: {warning}");
            }
        }
        Err(ReplyError::SignalsFailed(signals)) => {
            println!(
                "{} of {} signals failed",
                signals.failed().count(),
                signals.results().len()
            );
            for result in signals.results() {
                println!("  {result}");
            }
        }
        Err(error) => println!("{error}"),
    }
    Ok(())
}
