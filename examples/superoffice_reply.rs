//! Checks a SuperOffice Service SOAP response: `cargo run --example
//! superoffice_reply --features xml [FILE]` (a built-in failed login without
//! a file).

use errcat::superoffice::{ReplyError, check_reply};

const FAILED_LOGIN: &str = r#"<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">
<SOAP-ENV:Body><ns1:loginResponse xmlns:ns1="urn:customer">
<errorCode>1</errorCode><sessionKey></sessionKey>
</ns1:loginResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>"#;

fn main() -> std::io::Result<()> {
    let body = match std::env::args_os().nth(1) {
        Some(path) => std::fs::read(path)?,
        None => FAILED_LOGIN.as_bytes().to_vec(),
    };
    match check_reply(&body) {
        Ok(()) => println!("success (errorCode 0)"),
        Err(ReplyError::Failed(code)) => {
            println!("failed with errorCode {}: {code}", code.code());
            println!("  ask getErrorMessage(sessionKey) for the server's own text");
        }
        Err(ReplyError::Fault(fault)) => println!("the server answered with a {fault}"),
        Err(error @ ReplyError::Malformed(_)) => println!("{error}"),
    }
    Ok(())
}
