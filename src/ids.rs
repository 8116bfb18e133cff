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

/// How far test builds have moved the clock forward, in seconds (always 0 in production:
/// nothing but `advance_clock`, compiled only with the `test-clock` feature, changes it).
static CLOCK_SKEW_SECS: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

/// The portal's time (UTC), for every business rule: expiry, cooling-off, "today". Protocol
/// times that another party checks against its own clock (JWT expiry, TOTP steps) use the
/// system clock directly.
pub fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
        + chrono::Duration::seconds(CLOCK_SKEW_SECS.load(std::sync::atomic::Ordering::Relaxed))
}

/// Today's date (UTC) on the portal's clock.
pub fn today() -> chrono::NaiveDate {
    now().date()
}

/// Moves the portal's clock forward by `by`, for every test of this process: a test that
/// uses it has a test binary of its own.
#[cfg(feature = "test-clock")]
pub fn advance_clock(by: chrono::Duration) {
    CLOCK_SKEW_SECS.fetch_add(by.num_seconds(), std::sync::atomic::Ordering::SeqCst);
}

/// Letters and digits that cannot be mistaken for each other when read aloud or typed from
/// paper (Crockford's base32: no I, L, O or U).
const CODE_ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A short verification code for a document of record, e.g. `7KQ2M-XW9TD` (50 bits).
pub fn verification_code() -> String {
    crate::auth::human_code::generate(crate::auth::human_code::VERIFICATION)
}

/// A code as a person typed it: upper case, without spaces, with the dash where it belongs,
/// and the look-alike letters read as the digits they resemble.
pub fn normalize_code(raw: &str) -> Option<String> {
    let cleaned: String = raw
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    (cleaned.len() == 10 && cleaned.bytes().all(|b| CODE_ALPHABET.contains(&b)))
        .then(|| format!("{}-{}", &cleaned[..5], &cleaned[5..]))
}

/// A closed set of values stored as TEXT. `text_enum!` writes the enum, its stored names
/// (`as_str`, `parse`, `ALL`), serde as the stored name, and diesel's TEXT mapping on every
/// backend: a state or a kind is a type in Rust and the same TEXT as before in the database
/// (no data migration), and a `match` on it must decide about every value.
#[macro_export]
macro_rules! text_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal,)* }) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
            diesel::AsExpression, diesel::FromSqlRow,
        )]
        #[diesel(sql_type = diesel::sql_types::Text)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant,)*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }

            pub fn parse(s: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s)
            }
        }

        // By hand: utoipa's derive does not read a `rename` that comes from a macro, and would
        // document the variants' Rust names instead of the stored ones.
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($text,)*]))
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {}

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, DB>,
            ) -> diesel::serialize::Result {
                <str as diesel::serialize::ToSql<diesel::sql_types::Text, DB>>::to_sql(
                    self.as_str(),
                    out,
                )
            }
        }

        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                let s = <String as diesel::deserialize::FromSql<
                    diesel::sql_types::Text,
                    DB,
                >>::from_sql(bytes)?;
                Self::parse(&s)
                    .ok_or_else(|| format!("unknown {} {s:?}", stringify!($name)).into())
            }
        }
    };
}
