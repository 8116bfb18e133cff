//! Access tokens: HS256 only, required claims, at most 5 s of leeway. A valid signature is
//! necessary but not sufficient: `session::authenticate` checks the session, the user's
//! status and token version against the database on every request.

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

pub const ALGORITHM: Algorithm = Algorithm::HS256;
pub const LEEWAY_SECS: u64 = 5;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Claims {
    /// User id.
    pub sub: String,
    /// Tenant the token acts in.
    pub tid: String,
    /// Session id.
    pub sid: String,
    /// The user's token version when the token was issued.
    pub ver: i32,
    pub iat: i64,
    pub exp: i64,
}

pub fn encode(key: &[u8; 32], claims: &Claims) -> String {
    jsonwebtoken::encode(
        &Header::new(ALGORITHM),
        claims,
        &EncodingKey::from_secret(key),
    )
    .expect("HS256 signing with an in-memory key cannot fail")
}

pub fn decode(key: &[u8; 32], token: &str) -> Option<Claims> {
    let mut v = Validation::new(ALGORITHM);
    v.leeway = LEEWAY_SECS;
    v.validate_exp = true;
    v.set_required_spec_claims(&["exp", "iat", "sub"]);
    jsonwebtoken::decode::<Claims>(token, &DecodingKey::from_secret(key), &v)
        .ok()
        .map(|d| d.claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(exp: i64) -> Claims {
        let now = chrono::Utc::now().timestamp();
        Claims {
            sub: "u".into(),
            tid: "t".into(),
            sid: "s".into(),
            ver: 0,
            iat: now,
            exp: now + exp,
        }
    }

    #[test]
    fn roundtrip_and_rejections() {
        let key = [9u8; 32];
        let c = claims(60);
        assert_eq!(decode(&key, &encode(&key, &c)), Some(c.clone()));
        assert_eq!(decode(&[8u8; 32], &encode(&key, &c)), None, "other key");
        assert_eq!(
            decode(&key, &encode(&key, &claims(-30))),
            None,
            "expired past leeway"
        );
        assert!(
            decode(&key, &encode(&key, &claims(-2))).is_some(),
            "within leeway"
        );
    }
}
