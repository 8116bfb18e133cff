//! Secrets at rest that the portal must read back (a webhook's signing secret, a stored API
//! response that may carry a token shown once): sealed with AES-256-GCM under a key derived
//! from the server secret, so a copy of the database alone reveals none of them. Each value is
//! bound to where it is stored (`context`, e.g. the row's id): a sealed value copied to another
//! row does not open there.

use aws_lc_rs::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::auth::keys::Keys;
use crate::auth::secrets::hmac_sha256;
use crate::error::{AppError, AppResult};

/// The format's version, first in every sealed value (a later key or cipher gets `v2.`).
const VERSION: &str = "v1.";

/// The sealing key: derived from the JWT key as `Keys` derives each purpose's key from the
/// server secret (HMAC with a label), so every node holding the key file derives the same one
/// and `Keys` needs no field of its own. No JWT signing input can equal the label (they all
/// begin with `eyJ`), so the two keys are independent.
fn key(keys: &Keys) -> LessSafeKey {
    let bytes = hmac_sha256(&keys.jwt, b"portico/sealed/v1");
    LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &bytes).expect("AES-256 takes a 32-byte key"))
}

/// `plain` sealed for `context`: `v1.` and base64url of a random nonce, the ciphertext and the
/// tag.
pub fn seal(keys: &Keys, context: &str, plain: &[u8]) -> String {
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::fill(&mut nonce).expect("the OS random generator failed");
    let mut buf = plain.to_vec();
    key(keys)
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(context.as_bytes()),
            &mut buf,
        )
        .expect("sealing a buffer in memory cannot fail");
    let mut out = nonce.to_vec();
    out.extend_from_slice(&buf);
    format!("{VERSION}{}", URL_SAFE_NO_PAD.encode(out))
}

/// The value sealed by `seal` for the same `context`; an error when it was sealed elsewhere,
/// changed, or sealed under another server secret.
pub fn open(keys: &Keys, context: &str, sealed: &str) -> AppResult<Vec<u8>> {
    let broken = || AppError::internal("a sealed value does not open with this server's key");
    let raw = sealed
        .strip_prefix(VERSION)
        .and_then(|b| URL_SAFE_NO_PAD.decode(b).ok())
        .filter(|r| r.len() >= NONCE_LEN)
        .ok_or_else(broken)?;
    let (nonce, body) = raw.split_at(NONCE_LEN);
    let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| broken())?;
    let mut buf = body.to_vec();
    let plain = key(keys)
        .open_in_place(nonce, Aad::from(context.as_bytes()), &mut buf)
        .map_err(|_| broken())?;
    Ok(plain.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(seed: u8) -> Keys {
        Keys::from_secret(&[seed; 64]).unwrap()
    }

    #[test]
    fn opens_only_where_and_with_the_key_it_was_sealed() {
        let k = keys(1);
        let s = seal(&k, "row-1", b"whsec_secret");
        assert!(s.starts_with("v1."));
        assert!(!s.contains("whsec"));
        assert_ne!(
            s,
            seal(&k, "row-1", b"whsec_secret"),
            "a fresh nonce each time"
        );
        assert_eq!(open(&k, "row-1", &s).unwrap(), b"whsec_secret");
        assert!(open(&k, "row-2", &s).is_err(), "bound to its row");
        assert!(
            open(&keys(2), "row-1", &s).is_err(),
            "bound to the server secret"
        );
        let mut changed = s.clone().into_bytes();
        let last = changed.len() - 1;
        changed[last] = if changed[last] == b'A' { b'B' } else { b'A' };
        assert!(open(&k, "row-1", &String::from_utf8(changed).unwrap()).is_err());
        assert!(open(&k, "row-1", "v1.").is_err());
    }
}
