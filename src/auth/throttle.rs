//! Sign-in limits, counted per (e-mail typed, client address), whether or not the account
//! exists, so the limit says nothing about existence, and per client address. A stranger's
//! failures from another address never lock an account (the security drill locked any
//! account for 15 minutes with 10 wrong passwords, which also blocked its owner's step-up
//! and reset); a signed-in session's step-up and the reset flow have counters of their own.
//! Each attempt is counted before the password is checked (`limits::take`, atomic on both
//! backends); a right password clears its (account, address) count. Kept in the database so
//! every app node sees the same counts.

use chrono::Duration;
use diesel::prelude::*;

use crate::auth::limits::{self, Rule, minutes};
use crate::db::DbConn;
use crate::db::schema::sign_in_failures;
use crate::error::AppResult;
use crate::ids::{new_id, now};

/// The window failures are counted in.
pub const WINDOW_MINUTES: i64 = 15;
/// Failures per (account, address) allowed without delay.
pub const FREE_FAILURES: i64 = 4;
/// Per (account, address): four free tries, then 2, 4, 8... seconds between tries, and after
/// ten the rest of the window (at most 4 windows an hour: well under 100 guesses an hour).
pub const SIGN_IN: Rule = Rule {
    limit: FREE_FAILURES as i32,
    window: minutes(WINDOW_MINUTES),
    backoff: &[
        Duration::seconds(2),
        Duration::seconds(4),
        Duration::seconds(8),
        Duration::seconds(16),
        Duration::seconds(32),
        Duration::seconds(64),
        minutes(WINDOW_MINUTES),
    ],
};
/// Failures per client address in the window, whatever the account, before it is refused.
pub const ADDRESS: Rule = Rule {
    limit: 50,
    window: minutes(WINDOW_MINUTES),
    backoff: &[],
};
/// The reset flow (code and second factor), per (address typed, client address).
pub const RESET: Rule = SIGN_IN;

fn refused(wait: &str) -> String {
    format!("Too many failed sign-ins. Try again in {wait}.")
}

/// Counts a sign-in attempt before the password is checked, or refuses it.
pub fn begin(conn: &mut DbConn, email: &str, ip: &str) -> AppResult<()> {
    limits::take(conn, &address_key(ip), &ADDRESS)?.or_refuse(refused)?;
    limits::take(conn, &account_key("sign-in", email, ip), &SIGN_IN)?.or_refuse(refused)?;
    Ok(())
}

/// The reset flow's own count (a stranger's wrong sign-ins never block a reset).
pub fn begin_reset(conn: &mut DbConn, email: &str, ip: &str) -> AppResult<()> {
    limits::take(conn, &address_key(ip), &ADDRESS)?.or_refuse(refused)?;
    limits::take(conn, &account_key("reset", email, ip), &RESET)?.or_refuse(refused)?;
    Ok(())
}

/// A wrong password or an unknown account: kept for the admins' security overview and the
/// failed-sign-in notice (the limit already counted it).
pub fn record_failure(conn: &mut DbConn, email: &str, ip: &str) -> AppResult<()> {
    diesel::insert_into(sign_in_failures::table)
        .values((
            sign_in_failures::id.eq(new_id()),
            sign_in_failures::email.eq(email),
            sign_in_failures::ip.eq(ip),
            sign_in_failures::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// A right password: the (account, address) count starts again, and the address gets its
/// try back (an office behind one address is not limited by its colleagues' sign-ins).
pub fn record_success(conn: &mut DbConn, email: &str, ip: &str) -> AppResult<()> {
    limits::clear(conn, &account_key("sign-in", email, ip))?;
    limits::refund(conn, &address_key(ip))?;
    let old = now() - Duration::hours(24);
    diesel::delete(sign_in_failures::table.filter(sign_in_failures::created_at.lt(old)))
        .execute(conn)?;
    Ok(())
}

/// A reset that went through.
pub fn reset_done(conn: &mut DbConn, email: &str, ip: &str) -> AppResult<()> {
    limits::clear(conn, &account_key("reset", email, ip))?;
    limits::refund(conn, &address_key(ip))
}

fn account_key(what: &str, email: &str, ip: &str) -> String {
    format!("{what}:{email}|{}", client_net(ip))
}

fn address_key(ip: &str) -> String {
    format!("sign-in-address:{}", client_net(ip))
}

/// The client as limits count it: an IPv4 address, or an IPv6 /64 (one subscriber's
/// network; counting single IPv6 addresses would give anyone 2^64 fresh counters).
pub fn client_net(ip: &str) -> String {
    match ip.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Ok(std::net::IpAddr::V6(v6)) => v6
            .to_ipv4_mapped()
            .map(|v4| v4.to_string())
            .unwrap_or_default(),
        _ => ip.to_string(),
    }
}

/// Whether the (account, address) pair is over its free tries (tests, overview).
pub fn is_slowed(conn: &mut DbConn, email: &str, ip: &str) -> AppResult<bool> {
    Ok(limits::count(conn, &account_key("sign-in", email, ip), &SIGN_IN)? >= SIGN_IN.limit)
}

#[cfg(test)]
mod tests {
    #[test]
    fn ipv6_clients_count_by_64() {
        use super::client_net;
        assert_eq!(client_net("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(
            client_net("2001:db8:1:2:bbbb::9"),
            client_net("2001:db8:1:2:aaaa::1")
        );
        assert_ne!(client_net("2001:db8:1:3::1"), client_net("2001:db8:1:2::1"));
        assert_eq!(client_net("203.0.113.7"), "203.0.113.7");
        assert_eq!(client_net("::ffff:203.0.113.7"), "203.0.113.7");
    }
}
