//! The one translation layer: flat key → text catalogs for English and Simplified Chinese,
//! embedded in the binary, used by templates through the `t` function and by code through
//! `I18n::text`. A missing key is an error in tests, never a silent fallback to the key.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Locale {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-CN")]
    ZhCn,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::ZhCn];

    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhCn => "zh-CN",
        }
    }

    /// The language of a stored tag (a person's setting, a mail's locale); English when the
    /// tag names none we have.
    pub fn of(tag: &str) -> Locale {
        Locale::parse(tag).unwrap_or(Locale::En)
    }

    /// One of the texts written in code for each language (mails not yet in the catalogue):
    /// an exhaustive match, so that a new language cannot compile until it has its text.
    pub fn pick<T>(self, en: T, zh: T) -> T {
        match self {
            Locale::En => en,
            Locale::ZhCn => zh,
        }
    }

    pub fn parse(s: &str) -> Option<Locale> {
        let s = s.trim().to_ascii_lowercase();
        if s == "en" || s.starts_with("en-") {
            Some(Locale::En)
        } else if s == "zh" || s.starts_with("zh-cn") || s.starts_with("zh-hans") || s == "zh-sg" {
            Some(Locale::ZhCn)
        } else {
            None
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
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, l));
            }
        }
        best.map(|(_, l)| l)
    }
}

#[derive(Clone)]
pub struct I18n {
    catalogs: Arc<HashMap<&'static str, HashMap<String, String>>>,
}

impl I18n {
    pub fn load() -> Self {
        let mut catalogs = HashMap::new();
        for (code, text) in [
            ("en", include_str!("en.json")),
            ("zh-CN", include_str!("zh-CN.json")),
        ] {
            let map: HashMap<String, String> =
                serde_json::from_str(text).expect("translation catalog is valid JSON");
            catalogs.insert(code, map);
        }
        Self {
            catalogs: Arc::new(catalogs),
        }
    }

    /// The text of `key` in `locale`, with `{name}` placeholders filled from `args`.
    pub fn text(&self, locale: &str, key: &str, args: &[(&str, String)]) -> Option<String> {
        let cat = self
            .catalogs
            .get(locale)
            .or_else(|| self.catalogs.get("en"))?;
        let mut s = cat.get(key)?.clone();
        for (k, v) in args {
            s = s.replace(&format!("{{{k}}}"), v);
        }
        Some(s)
    }

    pub fn keys(&self, locale: &str) -> Vec<String> {
        let mut v: Vec<String> = self
            .catalogs
            .get(locale)
            .map(|c| c.keys().cloned().collect())
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
        let lang = args.get("lang").and_then(|v| v.as_str()).unwrap_or("en");
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
            .ok_or_else(|| format!("missing translation {key:?} for {lang}").into())
    }

    fn is_safe(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogs_have_the_same_keys_and_no_empty_text() {
        let i = I18n::load();
        assert_eq!(i.keys("en"), i.keys("zh-CN"));
        for l in ["en", "zh-CN"] {
            for k in i.keys(l) {
                assert!(!i.text(l, &k, &[]).unwrap().trim().is_empty(), "{l} {k}");
            }
        }
    }

    #[test]
    fn accept_language() {
        assert_eq!(
            Locale::from_accept_language("zh-CN,zh;q=0.9,en;q=0.8"),
            Some(Locale::ZhCn)
        );
        assert_eq!(
            Locale::from_accept_language("fr-FR, en;q=0.5, zh;q=0.4"),
            Some(Locale::En)
        );
        assert_eq!(Locale::from_accept_language("de"), None);
        assert_eq!(Locale::from_accept_language("zh-TW"), None);
    }
}
