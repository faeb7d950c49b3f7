//! Checks a Viewtron HTTP API reply: `cargo run --example viewtron_reply
//! --features xml [FILE]` (a built-in failure reply without a file).

use errcat::viewtron::{ReplyError, check_reply};

fn main() -> std::io::Result<()> {
    let body = match std::env::args_os().nth(1) {
        Some(path) => std::fs::read(path)?,
        None => br#"<config version="1.7" status="failed" errorCode="5"/>"#.to_vec(),
    };
    match check_reply(&body) {
        Ok(()) => println!("success"),
        Err(ReplyError::Failed(failure)) => {
            println!("failed: {failure}");
            match failure.firmware() {
                Some(firmware) => println!("  firmware shown: {firmware}"),
                None => println!("  the reply does not show the firmware"),
            }
            if let Some(meaning) = failure.meaning() {
                println!("  meaning here: {meaning}");
            }
        }
        Err(ReplyError::ItemsFailed(batch)) => {
            for item in batch.items() {
                let verdict = if item.is_success() { "ok" } else { "FAILED" };
                println!("  {verdict}: {item}");
            }
        }
        Err(error @ ReplyError::Malformed(_)) => println!("{error}"),
    }
    Ok(())
}
