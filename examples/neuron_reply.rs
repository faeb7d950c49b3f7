//! Checks a Neuron HTTP API reply body: `cargo run --example neuron_reply
//! --features json [FILE]` (a built-in failure reply without a file).

use errcat::neuron::{ReplyError, check_reply};

fn main() -> std::io::Result<()> {
    let body = match std::env::args_os().nth(1) {
        Some(path) => std::fs::read(path)?,
        None => br#"{"error": 2003}"#.to_vec(),
    };
    match check_reply(&body) {
        Ok(()) => println!("success"),
        Err(ReplyError::Failed(code)) => {
            println!("failed with code {}: {code}", code.code());
            println!("  kind {}, retry: {}", code.kind(), code.is_retryable());
            if let Some(status) = code.wire_http_status() {
                println!("  the server sends it with HTTP {status}");
            }
        }
        Err(error @ ReplyError::Malformed(_)) => println!("{error}"),
    }
    Ok(())
}
