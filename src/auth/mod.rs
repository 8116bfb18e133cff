//! Authentication: passwords, tokens, sessions, CSRF, and the extractors that turn a request
//! into an `Actor`.

pub mod actor;
pub mod alerts;
pub mod cache;
pub mod csrf;
pub mod human_code;
pub mod jwt;
pub mod keys;
pub mod limits;
pub mod password;
pub mod sealed;
pub mod second_factor;
pub mod secrets;
pub mod session;
mod sign_in;
pub mod stepup;
pub mod throttle;
pub mod totp;
