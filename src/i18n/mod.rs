//! The one translation layer: one Project Fluent catalogue per language (`src/i18n/*.ftl`,
//! embedded in the binary), with CLDR plural rules, used by templates through the `t`
//! function and by code through `I18n::text`. A missing message is an error in tests, never
//! a silent fallback to the key.
//!
//! Code and templates name a message by its key (`orders.title`); the catalogue's id is the
//! same key with `.` written `-` and `:` written `_` (Fluent ids allow neither).

use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;

pub mod format;

/// The languages, one line each: variant, tag, the language's own name, writing direction
/// and catalogue. A new language is a line here and its `.ftl` file.
macro_rules! languages {
    ($($variant:ident => $tag:literal, $name:literal, $dir:ident, $file:literal;)*) => {
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize,
            diesel::AsExpression, diesel::FromSqlRow,
        )]
        #[diesel(sql_type = diesel::sql_types::Text)]
        pub enum Locale {
            $(#[serde(rename = $tag)] $variant,)*
        }

        impl Locale {
            pub const ALL: &'static [Locale] = &[$(Locale::$variant,)*];

            /// The BCP 47 tag, as stored in a person's setting and sent as `lang`.
            pub const fn code(self) -> &'static str {
                match self {
                    $(Locale::$variant => $tag,)*
                }
            }

            /// The language's name in itself, for the language menu.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Locale::$variant => $name,)*
                }
            }

            /// `ltr` or `rtl`, for the `dir` attribute of pages and mails.
            pub const fn dir(self) -> &'static str {
                match self {
                    $(Locale::$variant => stringify!($dir),)*
                }
            }

            fn catalogue(self) -> &'static str {
                match self {
                    $(Locale::$variant => include_str!($file),)*
                }
            }
        }
    };
}

languages! {
    En => "en", "English", ltr, "en.ftl";
    ZhCn => "zh-CN", "简体中文", ltr, "zh-CN.ftl";
    Es => "es", "Español", ltr, "es.ftl";
    Fr => "fr", "Français", ltr, "fr.ftl";
    De => "de", "Deutsch", ltr, "de.ftl";
    PtBr => "pt-BR", "Português (Brasil)", ltr, "pt-BR.ftl";
    Ru => "ru", "Русский", ltr, "ru.ftl";
    Tr => "tr", "Türkçe", ltr, "tr.ftl";
    Ar => "ar", "العربية", rtl, "ar.ftl";
}

// Stored as its tag; a tag no longer offered reads as the nearest language, else English.
crate::stored_as_text!(Locale, |l| l.code(), |text| Ok(Locale::of(&text)));

impl Locale {
    /// The language of a stored tag (a person's setting, a mail's locale); English when the
    /// tag names none we have.
    pub fn of(tag: &str) -> Locale {
        Locale::parse(tag).unwrap_or(Locale::En)
    }

    /// The language a tag asks for, by its primary subtag (`fr-CA` is French, `pt` and
    /// `pt-PT` Brazilian Portuguese, the nearest we have). Chinese only in the simplified
    /// script: a reader of traditional characters (`zh-TW`, `zh-Hant`) is better served by
    /// a language they chose than by a script they did not.
    pub fn parse(tag: &str) -> Option<Locale> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = tag.split('-');
        let primary = parts.next().unwrap_or("");
        if primary == "zh" {
            let rest: Vec<&str> = parts.collect();
            let traditional = rest
                .iter()
                .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
            return (!traditional).then_some(Locale::ZhCn);
        }
        Locale::ALL
            .iter()
            .copied()
            .find(|l| l.code().split('-').next() == Some(primary))
    }

    /// The language a form or API field chose: `None` when it was left empty; a tag the
    /// portal does not speak is an error a person understands.
    pub fn chosen(tag: &str) -> crate::error::AppResult<Option<Locale>> {
        match tag.trim() {
            "" => Ok(None),
            t => Locale::parse(t).map(Some).ok_or_else(|| {
                crate::error::AppError::invalid(
                    "language_invalid",
                    "Choose one of the languages offered.",
                )
            }),
        }
    }

    /// Picks the best supported language from an Accept-Language header, by q-value.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut best: Option<(f32, Locale)> = None;
        for part in header.split(',') {
            let mut it = part.split(';');
            let tag = it.next().unwrap_or("").trim();
            let q = it
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(l) = Locale::parse(tag)
                && q > 0.0
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, l));
            }
        }
        best.map(|(_, l)| l)
    }
}

/// A language as the language menu lists it.
#[derive(Debug, Clone, Serialize)]
pub struct MenuItem {
    pub code: &'static str,
    pub name: &'static str,
}

/// Every language, in its own name, for the language menu.
pub fn menu() -> Vec<MenuItem> {
    Locale::ALL
        .iter()
        .map(|l| MenuItem {
            code: l.code(),
            name: l.name(),
        })
        .collect()
}

/// Every argument name the catalogues use (for `sample_texts`).
const ARGUMENT_NAMES: &[&str] = &[
    "account", "amount", "browser", "by", "code", "count", "customer", "date", "day", "detail",
    "device", "differs", "email", "event", "field", "from", "host", "inviter", "ip", "kind",
    "lead", "max", "mb", "min", "minutes", "n", "name", "new", "old", "orders", "os", "percent",
    "period", "phrase", "ref", "status", "supplier", "tenant", "title", "to", "url", "wait",
    "what", "who",
];

/// The catalogue id of a key (`orders.title` → `orders-title`).
fn fluent_id(key: &str) -> String {
    key.replace('.', "-").replace(':', "_")
}

/// An argument as Fluent sees it: a whole number (without a leading zero) is a number, so
/// that plural rules apply to it; anything else is text.
fn fluent_value(v: &str) -> FluentValue<'_> {
    let numeric = !v.is_empty()
        && v.len() <= 15
        && v.bytes().all(|b| b.is_ascii_digit())
        && !(v.len() > 1 && v.starts_with('0'));
    match v.parse::<i64>() {
        Ok(n) if numeric => FluentValue::from(n),
        _ => FluentValue::from(v),
    }
}

/// The catalogues, loaded once per process (for code that holds no `AppState`: the mail
/// queue, the job worker).
pub fn catalogue() -> &'static I18n {
    static LOADED: std::sync::OnceLock<I18n> = std::sync::OnceLock::new();
    LOADED.get_or_init(I18n::load)
}

#[derive(Clone)]
pub struct I18n {
    bundles: Arc<HashMap<Locale, FluentBundle<FluentResource>>>,
    /// Error messages by their English text (the `err-` messages of en.ftl): the code raises
    /// an error in English, the person reads it in their language.
    errors: Arc<HashMap<String, String>>,
    /// The `err-` messages with values in them, as English text and arguments in turn
    /// ("{ $field } is required."): matched against a raised message to recover the values.
    patterns: Arc<Vec<(String, Vec<Piece>)>>,
}

/// A piece of an English error message: text, or the name of an argument.
#[derive(Debug, Clone)]
enum Piece {
    Text(String),
    Arg(String),
}

/// The values of `pieces` in `text`, if the text is that message.
fn match_pieces(pieces: &[Piece], text: &str) -> Option<Vec<(String, String)>> {
    let mut rest = text;
    let mut args = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        match &pieces[i] {
            Piece::Text(t) => rest = rest.strip_prefix(t.as_str())?,
            Piece::Arg(name) => {
                // The argument runs to the next piece of text (or to the end).
                let value = match pieces.get(i + 1) {
                    Some(Piece::Text(next)) => {
                        let at = rest.find(next.as_str())?;
                        let v = &rest[..at];
                        rest = &rest[at..];
                        v
                    }
                    _ => std::mem::take(&mut rest),
                };
                if value.is_empty() {
                    return None;
                }
                args.push((name.clone(), value.to_string()));
            }
        }
        i += 1;
    }
    rest.is_empty().then_some(args)
}

impl I18n {
    pub fn load() -> Self {
        let mut bundles = HashMap::new();
        for &locale in Locale::ALL {
            let resource = FluentResource::try_new(locale.catalogue().to_string()).unwrap_or_else(
                |(_, errors)| panic!("catalogue {} does not parse: {errors:?}", locale.code()),
            );
            let tag = locale
                .code()
                .parse()
                .expect("every language tag of the table parses");
            let mut bundle = FluentBundle::new_concurrent(vec![tag]);
            // No Unicode isolation marks around arguments: they would end up in mail
            // subjects, CSV cells and PDF text; pages set `dir` on the element instead.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .unwrap_or_else(|e| panic!("catalogue {}: {e:?}", locale.code()));
            bundles.insert(locale, bundle);
        }
        let mut i18n = Self {
            bundles: Arc::new(bundles),
            errors: Arc::default(),
            patterns: Arc::default(),
        };
        let (mut errors, mut patterns) = (HashMap::new(), Vec::new());
        let en = fluent_syntax::parser::parse(Locale::En.catalogue()).unwrap_or_else(|(r, _)| r);
        for entry in en.body {
            let fluent_syntax::ast::Entry::Message(m) = entry else {
                continue;
            };
            let (id, Some(value)) = (m.id.name, m.value) else {
                continue;
            };
            if !id.starts_with("err-") {
                continue;
            }
            let mut pieces = Vec::new();
            for el in value.elements {
                match el {
                    fluent_syntax::ast::PatternElement::TextElement { value } => {
                        pieces.push(Piece::Text(value.to_string()))
                    }
                    fluent_syntax::ast::PatternElement::Placeable {
                        expression:
                            fluent_syntax::ast::Expression::Inline(
                                fluent_syntax::ast::InlineExpression::VariableReference { id: v },
                            ),
                    } => pieces.push(Piece::Arg(v.name.to_string())),
                    _ => {}
                }
            }
            if pieces.iter().any(|p| matches!(p, Piece::Arg(_))) {
                patterns.push((id.to_string(), pieces));
            } else {
                let text: String = pieces
                    .iter()
                    .map(|p| match p {
                        Piece::Text(t) => t.as_str(),
                        Piece::Arg(_) => "",
                    })
                    .collect();
                errors.insert(text, id.to_string());
            }
        }
        i18n.errors = Arc::new(errors);
        i18n.patterns = Arc::new(patterns);
        i18n
    }

    /// An error message in the reader's language: the English text the code raised, found
    /// among the `err-` messages; as it is when the catalogue does not have it (a message
    /// with values in it).
    pub fn error_text(&self, locale: Locale, english: &str) -> String {
        if locale == Locale::En {
            return english.to_string();
        }
        if let Some(text) = self
            .errors
            .get(english)
            .and_then(|id| self.format(locale, id, &FluentArgs::new()))
        {
            return text;
        }
        // A message with values: the values back out of the English, a field's name in the
        // reader's words (`field.quantity`), the rest as it was typed.
        for (id, pieces) in self.patterns.iter() {
            let Some(values) = match_pieces(pieces, english) else {
                continue;
            };
            let mut args = FluentArgs::new();
            let mut known = true;
            for (name, value) in values {
                let value = if name == "field" {
                    // A field the catalogue does not name: not this message after all (or a
                    // half-translated sentence), so the English stands.
                    let key = format!("field.{}", value.to_lowercase().replace(' ', "_"));
                    match self.format(locale, &key, &FluentArgs::new()) {
                        Some(label) => label,
                        None => {
                            known = false;
                            break;
                        }
                    }
                } else if name == "wait" {
                    // "5 minutes", as the rate limits write it.
                    self.wait(locale, &value).unwrap_or(value)
                } else if name == "from" || name == "to" {
                    // An order's state, by its code.
                    self.format(locale, &format!("status.{value}"), &FluentArgs::new())
                        .unwrap_or(value)
                } else {
                    value
                };
                args.set(name, fluent_value(&value).into_owned());
            }
            if !known {
                continue;
            }
            if let Some(text) = self.format(locale, id, &args) {
                return text;
            }
        }
        english.to_string()
    }

    /// How long to wait ("5 minutes", as `auth::limits::wait_text` writes it) in `locale`.
    fn wait(&self, locale: Locale, english: &str) -> Option<String> {
        let (n, unit) = english.split_once(' ')?;
        let n: i64 = n.parse().ok()?;
        let unit = unit.strip_suffix('s').unwrap_or(unit);
        if !matches!(unit, "second" | "minute" | "hour") {
            return None;
        }
        let mut args = FluentArgs::new();
        args.set("n", n);
        self.format(locale, &format!("wait.{unit}"), &args)
    }

    /// The text of `key` in `locale`, with its arguments; `None` when no catalogue has it.
    /// A message missing from a language falls back to English (the tests keep every
    /// catalogue complete).
    pub fn text(&self, locale: Locale, key: &str, args: &[(&str, String)]) -> Option<String> {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, fluent_value(v));
        }
        self.format(locale, key, &fa)
            .or_else(|| self.format(Locale::En, key, &fa))
    }

    fn format(&self, locale: Locale, key: &str, args: &FluentArgs) -> Option<String> {
        let bundle = self.bundles.get(&locale)?;
        let message = bundle.get_message(&fluent_id(key))?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(args), &mut errors);
        if errors.is_empty() {
            Some(text.into_owned())
        } else {
            tracing::warn!(
                key,
                locale = locale.code(),
                ?errors,
                "message did not format"
            );
            None
        }
    }

    /// Every message of a language as it reads with each argument set to 3 (its "other"
    /// form), by id: what the language checks search pages for.
    pub fn sample_texts(&self, locale: Locale) -> Vec<(String, String)> {
        let bundle = &self.bundles[&locale];
        self.ids(locale)
            .into_iter()
            .filter_map(|id| {
                let pattern = bundle.get_message(&id)?.value()?;
                let mut args = FluentArgs::new();
                for name in ARGUMENT_NAMES {
                    args.set(*name, 3);
                }
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                Some((id, text.into_owned()))
            })
            .collect()
    }

    /// The fixed pieces of every message of a language, by id: the message with each argument
    /// replaced by a cut, split there ("{ $inviter } invites you to follow your orders with
    /// { $tenant } on Portico." gives " invites you to follow your orders with " and
    /// " on Portico."). What the language checks search mails and PDFs for, where the values
    /// around a sentence differ from any sample.
    pub fn sample_fragments(&self, locale: Locale) -> Vec<(String, String)> {
        const CUT: &str = "\u{1}";
        let bundle = &self.bundles[&locale];
        let mut out = Vec::new();
        for id in self.ids(locale) {
            let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
                continue;
            };
            let mut args = FluentArgs::new();
            for name in ARGUMENT_NAMES {
                args.set(*name, CUT);
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            for piece in text.split(CUT) {
                let piece = piece.trim();
                if !piece.is_empty() {
                    out.push((id.clone(), piece.to_string()));
                }
            }
        }
        out
    }

    /// Every message id of a language's catalogue, sorted.
    pub fn ids(&self, locale: Locale) -> Vec<String> {
        let mut v: Vec<String> = FluentResource::try_new(locale.catalogue().to_string())
            .map(|r| {
                r.entries()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    }
}

/// `{{ t(key="orders.title", lang=lang, name=x) }}` in templates; output is escaped by tera.
impl tera::Function for I18n {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args
            .get("key")
            .and_then(|v| v.as_str())
            .ok_or("t() needs key=")?;
        let lang = Locale::of(args.get("lang").and_then(|v| v.as_str()).unwrap_or("en"));
        let extra: Vec<(&str, String)> = args
            .iter()
            .filter(|(k, _)| k.as_str() != "key" && k.as_str() != "lang")
            .map(|(k, v)| {
                (
                    k.as_str(),
                    v.as_str()
                        .map(String::from)
                        .unwrap_or_else(|| v.to_string()),
                )
            })
            .collect();
        self.text(lang, key, &extra)
            .map(tera::Value::String)
            .ok_or_else(|| format!("missing translation {key:?} for {}", lang.code()).into())
    }

    fn is_safe(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests;
