use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Every message of a catalogue with the variables it uses.
fn messages(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    let res = fluent_syntax::parser::parse(locale.catalogue())
        .unwrap_or_else(|(_, e)| panic!("{} does not parse: {e:?}", locale.code()));
    let mut out = BTreeMap::new();
    for entry in res.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

#[test]
fn every_catalogue_has_every_message_with_the_same_arguments() {
    let en = messages(Locale::En);
    assert!(en.len() > 500, "the English catalogue is the reference");
    for &l in Locale::ALL {
        let other = messages(l);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, extra {extra:?}",
            l.code()
        );
        for (k, vars) in &en {
            assert_eq!(&other[k], vars, "{} {k}: arguments differ", l.code());
        }
    }
}

/// The language checks fill every argument: a name missing from `ARGUMENT_NAMES` would leave
/// a message unformatted there, and its English unsearched.
#[test]
fn the_checks_know_every_argument() {
    let used: BTreeSet<String> = messages(Locale::En).into_values().flatten().collect();
    let missing: Vec<&String> = used
        .iter()
        .filter(|v| !ARGUMENT_NAMES.contains(&v.as_str()))
        .collect();
    assert!(missing.is_empty(), "add to ARGUMENT_NAMES: {missing:?}");
    let fragments = I18n::load().sample_fragments(Locale::En);
    let invite: Vec<&str> = fragments
        .iter()
        .filter(|(id, _)| id == "mail-invite-intro")
        .map(|(_, f)| f.as_str())
        .collect();
    assert_eq!(
        invite,
        ["invites you to follow your orders with", "on Portico."]
    );
}

#[test]
fn no_message_is_empty_and_every_one_formats() {
    let i = I18n::load();
    for &l in Locale::ALL {
        for id in i.ids(l) {
            let bundle = &i.bundles[&l];
            let pattern = bundle.get_message(&id).and_then(|m| m.value());
            let mut errors = Vec::new();
            let mut args = FluentArgs::new();
            for name in ["n", "count", "orders", "days"] {
                args.set(name, 3);
            }
            let text = pattern
                .map(|p| {
                    bundle
                        .format_pattern(p, Some(&args), &mut errors)
                        .into_owned()
                })
                .unwrap_or_default();
            assert!(!text.trim().is_empty(), "{} {id} is empty", l.code());
        }
    }
}

/// The plural forms of Russian (one, few, many) and Arabic (zero, one, two, few, many) come
/// out for the counts that need them.
#[test]
fn plural_forms_follow_the_language() {
    let i = I18n::load();
    let uploaded = |l: Locale, n: i64| {
        i.text(l, "files.uploaded", &[("n", n.to_string())])
            .unwrap()
            .replace(&n.to_string(), "#")
    };
    // Russian: 1 and 21 are "one", 2 is "few", 0 and 5 are "many".
    let ru: Vec<String> = [0, 1, 2, 5, 21].map(|n| uploaded(Locale::Ru, n)).into();
    assert_eq!(ru[1], ru[4], "ru 1 and 21: {ru:?}");
    assert_eq!(ru[0], ru[3], "ru 0 and 5: {ru:?}");
    assert!(ru[1] != ru[2] && ru[2] != ru[3] && ru[1] != ru[3], "{ru:?}");
    // Arabic: 0 zero, 1 one, 2 two, 5 few, 21 many: five different sentences.
    let ar: BTreeSet<String> = [0, 1, 2, 5, 21].map(|n| uploaded(Locale::Ar, n)).into();
    assert_eq!(ar.len(), 5, "{ar:?}");
    // English: one and other.
    assert_eq!(uploaded(Locale::En, 1), "# file uploaded.");
    assert_eq!(uploaded(Locale::En, 21), "# files uploaded.");
    assert_eq!(uploaded(Locale::En, 0), "# files uploaded.");
}

#[test]
fn arguments_that_look_like_codes_stay_text() {
    assert!(matches!(fluent_value("0001"), FluentValue::String(_)));
    assert!(matches!(fluent_value("PO-7"), FluentValue::String(_)));
    assert!(matches!(fluent_value("21"), FluentValue::Number(_)));
    let i = I18n::load();
    let t = i
        .text(Locale::En, "share.uses", &[("n", "0001".into())])
        .unwrap();
    assert!(t.contains("0001"), "{t}");
}

#[test]
fn accept_language() {
    assert_eq!(
        Locale::from_accept_language("zh-CN,zh;q=0.9,en;q=0.8"),
        Some(Locale::ZhCn)
    );
    assert_eq!(
        Locale::from_accept_language("fr-FR, en;q=0.5, zh;q=0.4"),
        Some(Locale::Fr)
    );
    assert_eq!(
        Locale::from_accept_language("nl-NL, de;q=0.7, en;q=0.5"),
        Some(Locale::De)
    );
    assert_eq!(Locale::from_accept_language("pt-PT"), Some(Locale::PtBr));
    assert_eq!(
        Locale::from_accept_language("ar-EG,en;q=0.1"),
        Some(Locale::Ar)
    );
    assert_eq!(Locale::from_accept_language("nl"), None);
    assert_eq!(Locale::from_accept_language("zh-TW"), None);
    assert_eq!(Locale::from_accept_language("zh-Hant-HK"), None);
    assert_eq!(Locale::from_accept_language("en;q=0"), None);
}

#[test]
fn every_language_parses_back_from_its_tag() {
    for &l in Locale::ALL {
        assert_eq!(Locale::parse(l.code()), Some(l));
        assert_eq!(Locale::parse(&l.code().to_lowercase()), Some(l));
    }
    assert_eq!(Locale::Ar.dir(), "rtl");
    assert_eq!(Locale::Ru.dir(), "ltr");
}

/// Errors are raised in English and read in the person's language: a fixed message by its
/// text, a message with values by its shape (the field's name translated too), and anything
/// the catalogue does not know stays whole rather than half translated.
#[test]
fn errors_read_in_the_persons_language() {
    let i = I18n::load();
    assert_eq!(
        i.error_text(Locale::ZhCn, "Choose the customer of this order."),
        i.text(Locale::ZhCn, "err.customer_required-2", &[])
            .unwrap()
    );
    let title = i.text(Locale::Ru, "field.title", &[]).unwrap();
    assert_eq!(
        i.error_text(Locale::Ru, "Title is required."),
        i.text(Locale::Ru, "err.field.required", &[("field", title)])
            .unwrap()
    );
    let quantity = i.text(Locale::De, "field.quantity", &[]).unwrap();
    assert_eq!(
        i.error_text(Locale::De, "Quantity must be between 1 and 100000000."),
        i.text(
            Locale::De,
            "err.field.range",
            &[
                ("field", quantity),
                ("min", "1".into()),
                ("max", "100000000".into())
            ]
        )
        .unwrap()
    );
    for unknown in [
        "The password must have at most 128 characters, or so.",
        "The first day must be between today and 90 days from now.",
        "Something nobody wrote in a catalogue.",
    ] {
        assert_eq!(i.error_text(Locale::Fr, unknown), unknown);
    }
    assert_eq!(
        i.error_text(Locale::En, "Title is required."),
        "Title is required."
    );
}

/// Errors with values other than a field's name: the values come through, a wait is written
/// in the language with its plural, an order's states by their names.
#[test]
fn errors_with_values_in_the_readers_language() {
    let i18n = I18n::load();
    assert_eq!(
        i18n.error_text(Locale::Ru, "Too many wrong codes. Try again in 5 minutes."),
        "Слишком много неверных кодов. Повторите через 5 минут."
    );
    assert_eq!(
        i18n.error_text(Locale::Ru, "Too many wrong codes. Try again in 1 minute."),
        "Слишком много неверных кодов. Повторите через 1 минуту."
    );
    assert!(
        i18n.error_text(
            Locale::Ar,
            "Too many sign-ins from here. Try again in 1 hour."
        )
        .contains("ساعة واحدة")
    );
    assert_eq!(
        i18n.error_text(Locale::Es, "The password must have at least 12 characters."),
        "La contraseña debe tener al menos 12 caracteres."
    );
    assert_eq!(
        i18n.error_text(
            Locale::Fr,
            "Line 3: write the days after '|' as a whole number."
        ),
        "Ligne 3 : écrivez les jours après « | » sous forme de nombre entier."
    );
    let de = i18n.error_text(Locale::De, "An order cannot go from draft to shipped.");
    let (draft, shipped) = (
        i18n.text(Locale::De, "status.draft", &[]).unwrap(),
        i18n.text(Locale::De, "status.shipped", &[]).unwrap(),
    );
    assert!(
        de.contains(&draft) && de.contains(&shipped) && !de.contains("draft"),
        "{de}"
    );
    // A wait the catalogue cannot read stays as it was, inside the translated sentence.
    assert!(
        i18n.error_text(Locale::Tr, "Too many wrong codes. Try again in a while.")
            .contains("a while")
    );
}
