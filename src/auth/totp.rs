//! TOTP (RFC 6238) through the `totp-rs` crate: 6 digits, 30-second steps, one step of skew,
//! and a code accepted at most once (the caller stores the last accepted step). Recovery codes
//! are random, shown once and stored as hashes.

use base64::Engine;
use totp_rs::{Algorithm, Builder, Secret, Totp};

use crate::auth::secrets::hash_token;

pub const RECOVERY_CODES: usize = 10;

fn totp(secret_b32: &str, account: &str) -> Option<Totp> {
    let secret = Secret::try_from_base32(secret_b32).ok()?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret)
        .with_account_name(account.replace(':', ""))
        .with_issuer(Some("Portico"))
        .build()
        .ok()
}

/// A new 160-bit secret, base32.
pub fn new_secret() -> String {
    let mut raw = [0u8; 20];
    getrandom::fill(&mut raw).expect("the OS random generator failed");
    Secret::from(raw).to_base32()
}

/// The step the code matches when it is valid and newer than `last_step`.
pub fn verify(secret_b32: &str, code: &str, last_step: Option<i64>, now_secs: u64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let step = totp(secret_b32, "x")?.check(&code, now_secs)? as i64;
    if last_step.is_some_and(|last| step <= last) {
        None
    } else {
        Some(step)
    }
}

/// The current code (tests and tools).
pub fn current_code(secret_b32: &str, now_secs: u64) -> String {
    totp(secret_b32, "x")
        .map(|t| t.generate(now_secs).to_string())
        .unwrap_or_default()
}

/// `otpauth://` URL and the same as an inline SVG QR code (a data URI the CSP allows).
pub fn enrolment(secret_b32: &str, account: &str) -> (String, String) {
    let url = totp(secret_b32, account)
        .and_then(|t| t.to_url().ok())
        .unwrap_or_default();
    let svg = qrcode::QrCode::new(url.as_bytes())
        .map(|q| {
            q.render::<qrcode::render::svg::Color>()
                .min_dimensions(200, 200)
                .build()
        })
        .unwrap_or_default();
    let data = format!(
        "data:image/svg+xml;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(svg)
    );
    (url, data)
}

pub fn new_recovery_codes() -> Vec<String> {
    (0..RECOVERY_CODES)
        .map(|_| super::human_code::generate(super::human_code::RECOVERY))
        .collect()
}

pub fn recovery_hash(code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    hash_token(&format!("recovery:{normal}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_verify_once_and_expire() {
        let s = new_secret();
        let t = 1_800_000_000;
        let code = current_code(&s, t);
        let step = verify(&s, &code, None, t).expect("valid now");
        assert_eq!(verify(&s, &code, Some(step), t), None, "a code works once");
        assert!(
            verify(&s, &code, None, t + 30).is_some(),
            "one step of skew"
        );
        assert_eq!(verify(&s, &code, None, t + 120), None, "expired");
        assert_eq!(verify(&s, "000000x", None, t), None);
        assert_eq!(verify("not base32!", &code, None, t), None);
        let (url, qr) = enrolment(&s, "buyer@example.com");
        assert!(
            url.starts_with("otpauth://totp/Portico:buyer%40example.com?")
                && qr.starts_with("data:image/svg+xml;base64,")
        );
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        assert_eq!(
            recovery_hash(&codes[0]),
            recovery_hash(&codes[0].to_uppercase().replace('-', ""))
        );
    }
}
