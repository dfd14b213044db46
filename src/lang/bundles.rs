//! The Fluent bundles, one per language, made once from the `.ftl` files embedded in the binary.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use super::{Arg, Language, pseudo};

/// The message files of one language, by the part of Attaché they speak for.
macro_rules! message_files {
    ($language:literal: $($file:literal),+ $(,)?) => {
        &[$(
            (concat!($language, "/", $file), include_str!(concat!("../../assets/i18n/", $language, "/", $file))),
        )+]
    };
}

/// Each language's files: (name, contents). Every language has the same files.
pub(super) fn files(language: Language) -> &'static [(&'static str, &'static str)] {
    match language {
        Language::English | Language::Pseudo | Language::PseudoRightToLeft => message_files!("en":
            "window.ftl", "choices.ftl", "format.ftl", "records.ftl", "itinerary.ftl",
            "problems.ftl", "exchange.ftl", "documents.ftl", "model.ftl"),
        Language::Estonian => message_files!("et":
            "window.ftl", "choices.ftl", "format.ftl", "records.ftl", "itinerary.ftl",
            "problems.ftl", "exchange.ftl", "documents.ftl", "model.ftl"),
        Language::Arabic => message_files!("ar":
            "window.ftl", "choices.ftl", "format.ftl", "records.ftl", "itinerary.ftl",
            "problems.ftl", "exchange.ftl", "documents.ftl", "model.ftl"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(language: Language) -> &'static Bundle {
    static ENGLISH: OnceLock<Bundle> = OnceLock::new();
    static ESTONIAN: OnceLock<Bundle> = OnceLock::new();
    static ARABIC: OnceLock<Bundle> = OnceLock::new();
    static PSEUDO: OnceLock<Bundle> = OnceLock::new();
    static PSEUDO_RIGHT_TO_LEFT: OnceLock<Bundle> = OnceLock::new();
    let cell = match language {
        Language::English => &ENGLISH,
        Language::Estonian => &ESTONIAN,
        Language::Arabic => &ARABIC,
        Language::Pseudo => &PSEUDO,
        Language::PseudoRightToLeft => &PSEUDO_RIGHT_TO_LEFT,
    };
    cell.get_or_init(|| make_bundle(language))
}

/// The language's bundle. A file that does not parse is used as far as it parses (the tests
/// refuse it: see `parse_errors`).
fn make_bundle(language: Language) -> Bundle {
    let id: LanguageIdentifier = match language {
        Language::Pseudo | Language::PseudoRightToLeft => "en".parse(),
        _ => language.code().parse(),
    }
    .expect("every language's code is a valid language identifier");
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Values are isolated where they are shown (the window's bidi layer, the printouts' `<bdi>`);
    // isolation marks inside the text would only get in the way of matching it.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(number_in_language));
    if language.is_pseudo() {
        bundle.set_transform(Some(pseudo::transform));
    }
    for (_, contents) in files(language) {
        let resource =
            FluentResource::try_new((*contents).to_owned()).unwrap_or_else(|(partial, _)| partial);
        // A message defined twice keeps its first definition; the tests refuse the file.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Numbers put into messages are written with the language's digits and grouping.
fn number_in_language<M>(value: &fluent_bundle::FluentValue, _: &M) -> Option<String> {
    match value {
        fluent_bundle::FluentValue::Number(number) if number.value.fract() == 0.0 => {
            Some(super::format::number(number.value as i64))
        }
        _ => None,
    }
}

#[cfg(test)]
/// What is wrong with the language's files: parse errors and messages defined twice, each named
/// by its file. Empty when they are well formed.
pub(super) fn parse_errors(language: Language) -> Vec<String> {
    let mut errors = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (name, contents) in files(language) {
        match FluentResource::try_new((*contents).to_owned()) {
            Ok(resource) => {
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(message) = entry
                        && !seen.insert(message.id.name.to_owned())
                    {
                        errors.push(format!("{name}: `{}` is defined twice", message.id.name));
                    }
                }
            }
            Err((_, parse_errors)) => {
                errors.extend(
                    parse_errors
                        .iter()
                        .map(|error| format!("{name}: {error:?}")),
                );
            }
        }
    }
    errors
}

/// The message's text in `language` with `args`; in English when the language lacks it, and
/// the id itself when English lacks it too (a debug build stops there, so that a test finds it).
pub(super) fn format<'a>(
    language: Language,
    id: &str,
    args: impl IntoIterator<Item = (&'a str, &'a Arg)> + Clone,
) -> String {
    formatted::remembered(language, id, args.clone()).unwrap_or_else(|| {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args.clone() {
            fluent_args.set(name, value.to_fluent());
        }
        let text = resolve(language, id, None, &fluent_args);
        formatted::remember(language, id, args, &text);
        text
    })
}

/// Messages with values already formatted, by language, id and values: the counts in the
/// navigation, the status bar and a view's filters are the same frame after frame, and a
/// map lookup costs less than Fluent and ICU4X writing them again.
mod formatted {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::hash::{DefaultHasher, Hash, Hasher};

    use super::{Arg, Language};
    use crate::lang::{Digits, digits};

    /// Past this many, the texts kept are dropped and kept afresh: bounded memory.
    const MOST_KEPT: usize = 4096;

    struct Kept {
        language: Language,
        digits: Digits,
        id: String,
        args: Vec<(String, Arg)>,
        text: String,
    }

    thread_local! {
        static KEPT: RefCell<(usize, HashMap<u64, Vec<Kept>>)> = RefCell::default();
    }

    fn hash<'a>(
        language: Language,
        id: &str,
        args: impl IntoIterator<Item = (&'a str, &'a Arg)>,
    ) -> u64 {
        let mut hasher = DefaultHasher::new();
        (language, digits(), id).hash(&mut hasher);
        for arg in args {
            arg.hash(&mut hasher);
        }
        hasher.finish()
    }

    pub(super) fn remembered<'a>(
        language: Language,
        id: &str,
        args: impl IntoIterator<Item = (&'a str, &'a Arg)> + Clone,
    ) -> Option<String> {
        let key = hash(language, id, args.clone());
        KEPT.with(|kept| {
            let kept = kept.borrow();
            let entries = kept.1.get(&key)?;
            entries.iter().find_map(|entry| {
                let same_args = entry.args.len() == args.clone().into_iter().count()
                    && entry.args.iter().zip(args.clone()).all(
                        |((name, value), (given_name, given))| name == given_name && value == given,
                    );
                let same = entry.language == language
                    && entry.digits == digits()
                    && entry.id == id
                    && same_args;
                same.then(|| entry.text.clone())
            })
        })
    }

    pub(super) fn remember<'a>(
        language: Language,
        id: &str,
        args: impl IntoIterator<Item = (&'a str, &'a Arg)> + Clone,
        text: &str,
    ) {
        let key = hash(language, id, args.clone());
        KEPT.with(|kept| {
            let (count, map) = &mut *kept.borrow_mut();
            if *count >= MOST_KEPT {
                map.clear();
                *count = 0;
            }
            *count += 1;
            map.entry(key).or_default().push(Kept {
                language,
                digits: digits(),
                id: id.to_owned(),
                args: args
                    .into_iter()
                    .map(|(name, value)| (name.to_owned(), value.clone()))
                    .collect(),
                text: text.to_owned(),
            });
        });
    }
}

/// A message attribute's text, as [`format`] finds a message's.
fn format_attribute(language: Language, id: &str, attribute: &str) -> String {
    resolve(language, id, Some(attribute), &FluentArgs::new())
}

fn resolve(language: Language, id: &str, attribute: Option<&str>, args: &FluentArgs) -> String {
    let found = try_format(language, id, attribute, args)
        .or_else(|| try_format(Language::English, id, attribute, args));
    match found {
        Some(text) if language.is_pseudo() => pseudo::mark(&text),
        Some(text) => text,
        None => {
            debug_assert!(false, "no message `{id}` ({attribute:?}) in English");
            id.to_owned()
        }
    }
}

fn try_format(
    language: Language,
    id: &str,
    attribute: Option<&str>,
    args: &FluentArgs,
) -> Option<String> {
    let bundle = bundle(language);
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text: Cow<str> = bundle.format_pattern(pattern, Some(args), &mut errors);
    Some(text.into_owned())
}

/// The text of a message without values (or of its attribute), kept once per language: labels
/// drawn every frame cost a map lookup, not a Fluent formatting.
pub(super) fn static_text(
    language: Language,
    id: &'static str,
    attribute: Option<&'static str>,
) -> &'static str {
    type Key = (Language, &'static str, Option<&'static str>);
    static TEXTS: OnceLock<Mutex<HashMap<Key, &'static str>>> = OnceLock::new();
    let texts = TEXTS.get_or_init(Default::default);
    let mut texts = texts
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    texts.entry((language, id, attribute)).or_insert_with(|| {
        let text = match attribute {
            Some(attribute) => format_attribute(language, id, attribute),
            None => format(language, id, []),
        };
        // Bounded: one string per message, attribute and language.
        Box::leak(text.into_boxed_str())
    })
}

pub(super) fn static_attribute(
    language: Language,
    id: &'static str,
    attribute: &'static str,
) -> &'static str {
    static_text(language, id, Some(attribute))
}

#[cfg(test)]
/// Whether the language's own files define `id` (without falling back to English).
pub(super) fn has_message(language: Language, id: &str) -> bool {
    bundle(language).has_message(id)
}

#[cfg(test)]
/// The ids of every message defined in the language's own files, with the names of the values
/// each one uses, sorted.
pub(super) fn message_ids(language: Language) -> Vec<(String, Vec<String>)> {
    let mut ids = Vec::new();
    for (_, contents) in files(language) {
        let Ok(resource) = FluentResource::try_new((*contents).to_owned()) else {
            continue;
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                let mut variables = Vec::new();
                if let Some(value) = &message.value {
                    collect_variables(value, &mut variables);
                }
                for attribute in &message.attributes {
                    collect_variables(&attribute.value, &mut variables);
                }
                variables.sort();
                variables.dedup();
                ids.push((message.id.name.to_owned(), variables));
            }
        }
    }
    ids.sort();
    ids
}

#[cfg(test)]
fn collect_variables(pattern: &fluent_syntax::ast::Pattern<&str>, variables: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(expression: &InlineExpression<&str>, variables: &mut Vec<String>) {
        match expression {
            InlineExpression::VariableReference { id } => variables.push(id.name.to_owned()),
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline(argument, variables);
                }
            }
            InlineExpression::Placeable { expression } => expr(expression, variables),
            _ => {}
        }
    }
    fn expr(expression: &Expression<&str>, variables: &mut Vec<String>) {
        match expression {
            Expression::Inline(expression) => inline(expression, variables),
            Expression::Select { selector, variants } => {
                inline(selector, variables);
                for variant in variants {
                    collect_variables(&variant.value, variables);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expr(expression, variables);
        }
    }
}

/// A format's pattern in `language`: the message's text as written, never pseudo-marked (the
/// pseudo-language writes dates as English does).
pub(super) fn pattern(language: Language, id: &str) -> String {
    let language = match language {
        Language::Pseudo | Language::PseudoRightToLeft => Language::English,
        other => other,
    };
    format(language, id, [])
}
