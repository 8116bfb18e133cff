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

/// An id of one kind of row, so that an order's id cannot be passed where a tenant's is
/// expected. It is made from text only by `parse` (a client's text, checked as a UUID), `new`
/// or the database; reading it as text (`Deref<Target = str>`, `Display`, serde) is always
/// fine, which is what templates, URLs and logs do.
macro_rules! id_types {
    ($($(#[$meta:meta])* $name:ident,)*) => {$(
        $(#[$meta])*
        #[derive(
            Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize,
            diesel::AsExpression, diesel::FromSqlRow,
        )]
        #[serde(transparent)]
        #[diesel(sql_type = diesel::sql_types::Text)]
        pub struct $name(String);

        impl $name {
            /// A fresh id (UUIDv7, so rows sort by creation).
            #[allow(clippy::new_without_default)]
            pub fn new() -> Self {
                Self(new_id())
            }

            /// A client's text as an id: `None` (which callers answer with 404) when it is
            /// not a UUID.
            pub fn parse(raw: &str) -> Option<Self> {
                parse(raw).map(Self)
            }

            /// Text that is an id of this kind because the portal wrote it (a signed
            /// token's claim, a job's payload, a column diesel cannot type).
            pub fn trusted(stored: String) -> Self {
                Self(stored)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.0
            }
        }

        /// Unit tests name ids by short literals ("o", "u").
        #[cfg(test)]
        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_string())
            }
        }

        impl From<$name> for serde_json::Value {
            fn from(id: $name) -> serde_json::Value {
                serde_json::Value::String(id.0)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = String::deserialize(d)?;
                Self::parse(&raw).ok_or_else(|| {
                    serde::de::Error::custom(format!("{raw:?} is not an id"))
                })
            }
        }

        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .format(Some(utoipa::openapi::schema::SchemaFormat::Custom(
                        "uuid".into(),
                    )))
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {}

        // Unchecked when read: the portal wrote every id it reads back.
        $crate::stored_as_text!($name, |id| &id.0, |text| Ok(Self(text)));
    )*};
}

id_types! {
    /// A supplier: the tenant every row and every query is scoped by.
    TenantId,
    /// A person's account (one per e-mail address, across tenants).
    UserId,
    /// An order of a tenant.
    OrderId,
    /// A stored file (photo, video or document).
    FileId,
    /// A customer organisation (the buyer's company) of a tenant.
    OrgId,
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

        $crate::stored_as_text!($name, |v| v.as_str(), |text| {
            Self::parse(&text).ok_or_else(|| format!("unknown {} {text:?}", stringify!($name)).into())
        });
    };
}

/// diesel's TEXT mapping on every backend for a type stored as text: `$as_text` reads a value
/// as `&str`, `$from_text` makes one from the stored `String` (for `id_types!` and
/// `text_enum!`).
#[doc(hidden)]
#[macro_export]
macro_rules! stored_as_text {
    ($name:ident, |$v:ident| $as_text:expr, |$text:ident| $from_text:expr) => {
        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, DB>,
            ) -> diesel::serialize::Result {
                let $v = self;
                <str as diesel::serialize::ToSql<diesel::sql_types::Text, DB>>::to_sql(
                    $as_text, out,
                )
            }
        }

        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                let $text = <String as diesel::deserialize::FromSql<
                    diesel::sql_types::Text,
                    DB,
                >>::from_sql(bytes)?;
                $from_text
            }
        }
    };
}

/// Stored times as the API writes them: RFC 3339 in UTC with a `Z`, in whole microseconds
/// (what both databases keep), e.g. `2026-12-07T16:37:55.123456Z`. Every stored
/// `NaiveDateTime` is UTC (`now()`); without the offset a client cannot know that. Read back
/// with or without an offset (an offset is converted to UTC). Use on a field:
/// `#[serde(with = "crate::ids::utc")]`, or `crate::ids::utc::option` for an `Option`.
pub mod utc {
    use chrono::{DateTime, NaiveDateTime, SecondsFormat};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn format(t: &NaiveDateTime) -> String {
        t.and_utc().to_rfc3339_opts(SecondsFormat::Micros, true)
    }

    pub fn parse(s: &str) -> Option<NaiveDateTime> {
        DateTime::parse_from_rfc3339(s)
            .map(|t| t.naive_utc())
            .ok()
            .or_else(|| crate::i18n::format::parse_stored(s))
    }

    pub fn serialize<S: Serializer>(t: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format(t))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
        let s = String::deserialize(d)?;
        parse(&s).ok_or_else(|| {
            serde::de::Error::custom("a time in RFC 3339 form, e.g. 2026-12-07T16:37:55Z")
        })
    }

    pub mod option {
        use chrono::NaiveDateTime;
        use serde::{Deserialize, Deserializer, Serializer};

        pub fn serialize<S: Serializer>(
            t: &Option<NaiveDateTime>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match t {
                Some(t) => s.serialize_str(&super::format(t)),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<NaiveDateTime>, D::Error> {
            match Option::<String>::deserialize(d)? {
                None => Ok(None),
                Some(s) => super::parse(&s).map(Some).ok_or_else(|| {
                    serde::de::Error::custom("a time in RFC 3339 form, e.g. 2026-12-07T16:37:55Z")
                }),
            }
        }
    }
}

/// A field stored and written as text whose values are a fixed set: a schema-only type for
/// `#[schema(value_type = …)]`, so that the OpenAPI document lists the values as an enum
/// (a client generator makes a type of it) while the Rust field stays a string.
#[macro_export]
macro_rules! schema_enum {
    ($(#[$meta:meta])* $name:ident: $($text:literal),+ $(,)?) => {
        $(#[$meta])*
        pub struct $name;

        impl $name {
            pub const VALUES: &'static [&'static str] = &[$($text),+];
        }

        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($text),+]))
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {}
    };
}
