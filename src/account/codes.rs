//! One-time codes sent by e-mail (password reset, address confirmation): stored only as a
//! hash, one live code per person and purpose, with an expiry and a try limit.

use chrono::Duration;
use diesel::prelude::*;

use crate::auth::secrets::{constant_time_eq, hash_token};
use crate::db::DbConn;
use crate::db::schema::user_codes;
use crate::error::AppResult;
use crate::ids::{UserId, new_id, now};

/// Stores a new code (its hash), ending the person's earlier codes of the same purpose.
pub fn issue(
    conn: &mut DbConn,
    user_id: &UserId,
    purpose: &str,
    code: &str,
    new_email: Option<&str>,
    minutes: i64,
) -> AppResult<()> {
    diesel::update(
        user_codes::table
            .filter(user_codes::user_id.eq(user_id))
            .filter(user_codes::purpose.eq(purpose))
            .filter(user_codes::used_at.is_null()),
    )
    .set(user_codes::used_at.eq(Some(now())))
    .execute(conn)?;
    diesel::insert_into(user_codes::table)
        .values((
            user_codes::id.eq(new_id()),
            user_codes::user_id.eq(user_id),
            user_codes::purpose.eq(purpose),
            user_codes::code_hash.eq(hash_token(code)),
            user_codes::new_email.eq(new_email),
            user_codes::attempts.eq(0),
            user_codes::created_at.eq(now()),
            user_codes::expires_at.eq(now() + Duration::minutes(minutes)),
        ))
        .execute(conn)?;
    Ok(())
}

/// A live code that matched.
pub struct Matched {
    pub id: String,
    pub new_email: Option<String>,
}

/// Checks `code` against the person's live code of `purpose`; a miss counts a try. `None`
/// when there is no live code, it ran out of tries, or the code is wrong.
pub fn check(
    conn: &mut DbConn,
    user_id: &UserId,
    purpose: &str,
    code: &str,
    tries: i32,
) -> AppResult<Option<Matched>> {
    let row: Option<(String, String, Option<String>)> = user_codes::table
        .filter(user_codes::user_id.eq(user_id))
        .filter(user_codes::purpose.eq(purpose))
        .filter(user_codes::used_at.is_null())
        .filter(user_codes::expires_at.gt(now()))
        .order(user_codes::created_at.desc())
        .select((user_codes::id, user_codes::code_hash, user_codes::new_email))
        .first(conn)
        .optional()?;
    let Some((id, hash, new_email)) = row else {
        return Ok(None);
    };
    // Every check spends a try first, in one statement: parallel guesses cannot go past the
    // limit.
    let spent = diesel::update(
        user_codes::table
            .find(&id)
            .filter(user_codes::attempts.lt(tries))
            .filter(user_codes::used_at.is_null()),
    )
    .set(user_codes::attempts.eq(user_codes::attempts + 1))
    .execute(conn)?;
    if spent != 1 || !constant_time_eq(hash_token(code).as_bytes(), hash.as_bytes()) {
        return Ok(None);
    }
    Ok(Some(Matched { id, new_email }))
}

pub fn count_miss(conn: &mut DbConn, id: &str) -> AppResult<()> {
    diesel::update(user_codes::table.find(id))
        .set(user_codes::attempts.eq(user_codes::attempts + 1))
        .execute(conn)?;
    Ok(())
}

/// Marks the code used; `false` when another request used it first.
pub fn use_up(conn: &mut DbConn, id: &str) -> AppResult<bool> {
    Ok(diesel::update(
        user_codes::table
            .find(id)
            .filter(user_codes::used_at.is_null()),
    )
    .set(user_codes::used_at.eq(Some(now())))
    .execute(conn)?
        == 1)
}
