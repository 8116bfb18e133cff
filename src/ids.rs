//! Ids are UUIDv7 (time-ordered, so the primary key doubles as the keyset cursor) stored as
//! lowercase hyphenated TEXT.

use uuid::Uuid;

pub fn new_id() -> String {
    Uuid::now_v7().to_string()
}

/// Parses an id from a client; anything that is not a UUID is simply "not found".
pub fn parse(raw: &str) -> Option<String> {
    Uuid::parse_str(raw).ok().map(|u| u.to_string())
}

pub fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}
