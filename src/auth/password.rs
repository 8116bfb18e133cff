//! Password hashing with argon2id at the crate's defaults (the OWASP minimum: 19 MiB, t=2,
//! p=1) and the length rule. Callers run these off the async workers: a hash costs tens of
//! milliseconds of CPU by design.

use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

use crate::error::AppError;

pub const MIN_LEN: usize = 12;
pub const MAX_LEN: usize = 128;

/// A hash of a random password, verified against when the e-mail is unknown so that a
/// sign-in for a missing account costs the same time as one with a wrong password.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash(&crate::auth::secrets::random_token()).expect("hashing a random token"));

/// Checks the rule for a new password; the message is shown to the person as is.
pub fn validate_new(password: &str) -> Result<(), AppError> {
    let n = password.chars().count();
    if n < MIN_LEN {
        return Err(AppError::invalid(
            "password_too_short",
            format!("The password must have at least {MIN_LEN} characters."),
        ));
    }
    if n > MAX_LEN {
        return Err(AppError::invalid(
            "password_too_long",
            format!("The password must have at most {MAX_LEN} characters."),
        ));
    }
    // zxcvbn ships the leaked-password and common-word lists and estimates how many guesses
    // a password takes; under 10^8 (score < 3) it is refused.
    let estimate = zxcvbn::zxcvbn(password, &[]);
    if u8::from(estimate.score()) < 3 {
        let why = estimate
            .feedback()
            .and_then(|f| f.warning())
            .map(|w| format!(" ({w})"))
            .unwrap_or_default();
        return Err(AppError::invalid(
            "password_common",
            format!(
                "This password is too easy to guess{why}: it is on lists of leaked or common passwords, or follows a common pattern. Use a longer phrase of unrelated words."
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod common_tests {
    use super::*;

    #[test]
    fn common_and_leaked_passwords_are_refused() {
        for p in [
            "password1234",
            "123456789012",
            "qwertyuiopasdf",
            "iloveyou12345",
            "passwordpassword",
            "aaaaaaaaaaaa",
        ] {
            let e = validate_new(p).unwrap_err();
            assert_eq!(e.code(), "password_common", "{p}");
        }
        validate_new("correct horse battery staple").unwrap();
        validate_new("Harbour lamps 7 north ridge").unwrap();
        assert_eq!(
            validate_new("short").unwrap_err().code(),
            "password_too_short"
        );
    }
}

pub fn hash(password: &str) -> Result<String, AppError> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(AppError::internal)
}

/// Constant-effort verification: a malformed stored hash simply fails.
pub fn verify(password: &str, stored: &str) -> bool {
    // Refuse absurd input before spending memory on it.
    if password.len() > MAX_LEN * 4 {
        return false;
    }
    Argon2::default()
        .verify_password(password.as_bytes(), stored)
        .is_ok()
}

/// Spends the same effort as `verify` and always fails.
pub fn verify_dummy(password: &str) -> bool {
    let _ = verify(password, &DUMMY_HASH);
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_and_verify() {
        let h = hash("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", &h));
        assert!(!verify("correct horse batterx", &h));
        assert!(!verify("x", "not a hash"));
        assert!(!verify_dummy("anything at all"));
    }

    #[test]
    fn length_rule_counts_characters() {
        assert!(validate_new("short").is_err());
        assert!(validate_new("宁波港周三装船蓝色衬衫好").is_ok()); // 12 characters, 36 bytes
        let long = crate::auth::secrets::random_token().repeat(4);
        assert!(validate_new(&long[..129]).is_err());
        assert!(validate_new(&long[..128]).is_ok());
    }
}

/// Checks a new password and hashes it on the blocking pool, with no database connection
/// held (argon2 takes tens of milliseconds and 19 MiB: a burst must not starve the pool).
pub async fn validate_and_hash(new: String, confirm: String) -> crate::error::AppResult<String> {
    validate_new(&new)?;
    if new != confirm {
        return Err(crate::error::AppError::invalid(
            "password_mismatch",
            "The two passwords are not the same.",
        ));
    }
    actix_web::web::block(move || hash(&new))
        .await
        .map_err(crate::error::AppError::internal)?
}
