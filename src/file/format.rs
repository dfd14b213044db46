use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::error::LoadError;
use super::lexer::skip_trivia;
use super::migrate::{VersionVerdict, upgrade, verdict};
use super::positions::{line_and_column, top_level_value};
use crate::model::label::shortened;
use crate::model::merge::MergeConflict;
use crate::model::{Action, Event, Organisation, Person, Plan, Topic, Visit};

/// The version of the plan format this build reads and writes.
pub const CURRENT_FORMAT_VERSION: u64 = 3;

/// Files above this size are refused before they are read: a plan of 100,000 people is about a
/// tenth of it, so anything larger is not a plan, and reading it would only exhaust memory.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// How much of a malformed version an error quotes (it may run on to the end of the line).
const WRITTEN_VERSION_SHOWN: usize = 24;

/// Nesting deeper than this is refused with a clear error instead of exhausting the stack.
const NESTING_LIMIT: usize = 64;

#[derive(Serialize)]
struct PlanFileOut<'a> {
    format_version: u64,
    visit: &'a Visit,
    organisations: &'a [Arc<Organisation>],
    people: &'a [Arc<Person>],
    events: &'a [Arc<Event>],
    topics: &'a [Arc<Topic>],
    actions: &'a [Arc<Action>],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    merge_conflicts: &'a [MergeConflict],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanFileIn {
    /// Checked before parsing where it heads the file (see [`head_format_version`]), else after.
    format_version: u64,
    visit: Visit,
    #[serde(default)]
    organisations: Vec<Arc<Organisation>>,
    #[serde(default)]
    people: Vec<Arc<Person>>,
    #[serde(default)]
    events: Vec<Arc<Event>>,
    #[serde(default)]
    topics: Vec<Arc<Topic>>,
    #[serde(default)]
    actions: Vec<Arc<Action>>,
    #[serde(default)]
    merge_conflicts: Vec<MergeConflict>,
}

fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(NESTING_LIMIT)
}

/// The canonical text of a plan: pretty RON, four-space indents, ending in a newline.
pub fn to_text(plan: &Plan) -> String {
    let file = PlanFileOut {
        format_version: CURRENT_FORMAT_VERSION,
        visit: &plan.visit,
        organisations: &plan.organisations,
        people: &plan.people,
        events: &plan.events,
        topics: &plan.topics,
        actions: &plan.actions,
        merge_conflicts: &plan.merge_conflicts,
    };
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .struct_names(false)
        // Strings are escaped (ron's default): line breaks and control characters become `\n`,
        // `\u{0}`..., so a plan stays one text file whatever line endings git or an editor uses.
        // Arabic and other printable letters are written as they are.
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut text = ron::ser::to_string_pretty(&file, config)
        .expect("a plan holds only strings, numbers and dates, which RON always writes");
    text.push('\n');
    text
}

/// Parses a plan from its text. Errors carry a line and column but no path; [`super::load`] adds it.
pub fn from_text(text: &str) -> Result<Plan, LoadError> {
    let text = without_byte_order_mark(text);
    // Read as written before anything else, so that a file from a newer Attaché is recognised
    // even when the rest of it would not parse here. A version written further down than the
    // head (by hand) is found by following the file's structure, not by searching its text.
    let declared = match head_format_version(text)? {
        Some(declared) => Some(declared),
        None => top_level_value(text, "format_version")
            .map(|offset| version_at(text, offset))
            .transpose()?,
    };
    if let Some(declared) = &declared {
        refuse_unless_current(declared)?;
    }
    let text = match declared.as_ref().map(|declared| verdict(declared.version)) {
        Some(VersionVerdict::Older) => upgrade(text),
        _ => std::borrow::Cow::Borrowed(text),
    };
    let file: PlanFileIn = ron_options().from_str(&text).map_err(|error| {
        let ron::error::Position { line, col } = error.span.start;
        LoadError::Syntax {
            path: Default::default(),
            line,
            column: col,
            message: describe(&error.code),
        }
    })?;
    if declared.is_none() {
        // ron found a version where the structure reader did not (it cannot be missing, or ron
        // would have said so): checked all the same, at the head of the file.
        refuse_unless_current(&DeclaredVersion {
            version: file.format_version,
            line: 1,
            column: 1,
        })?;
    }
    Ok(Plan {
        visit: file.visit,
        organisations: file.organisations,
        people: file.people,
        events: file.events,
        topics: file.topics,
        actions: file.actions,
        merge_conflicts: file.merge_conflicts,
    })
}

/// Refuses a file of a format version this Attaché cannot read; older versions are migrated.
fn refuse_unless_current(declared: &DeclaredVersion) -> Result<(), LoadError> {
    match verdict(declared.version) {
        VersionVerdict::Current | VersionVerdict::Older => Ok(()),
        VersionVerdict::Newer => Err(LoadError::NewerVersion {
            path: Default::default(),
            found: declared.version,
        }),
        VersionVerdict::Unknown => Err(LoadError::UnknownVersion {
            path: Default::default(),
            line: declared.line,
            column: declared.column,
            found: declared.version,
        }),
    }
}

/// ron's messages, reworded where they would puzzle a planner. The names of Rust types ron quotes
/// (the plan's own, `PlanFileIn`, first of all) become words a planner uses.
fn describe(code: &ron::Error) -> String {
    use ron::Error;
    match code {
        Error::ExceededRecursionLimit => {
            format!("nested more than {NESTING_LIMIT} levels deep; a plan is never this deep")
        }
        Error::Eof => "the file ends here, but the plan is not complete (is it cut short?)".into(),
        Error::ExpectedNamedStructLike(PLAN_FILE) => NOT_A_PLAN.into(),
        Error::ExpectedDifferentStructName {
            expected: PLAN_FILE,
            ..
        } => NOT_A_PLAN.into(),
        Error::InvalidValueForType { expected, found } => match type_named(expected) {
            Some(PLAN_FILE) => format!("{NOT_A_PLAN}; it begins with {found}"),
            Some(name) => format!("expected {} but found {found}", record(name)),
            None => code.to_string(),
        },
        Error::ExpectedNamedStructLike(name) => {
            format!("expected `(` opening {}", record(name))
        }
        Error::MissingStructField { field, outer } => {
            format!("the field `{field}` is missing{}", within(outer))
        }
        Error::DuplicateStructField { field, outer } => {
            format!("duplicate field `{field}`{}", within(outer))
        }
        Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "unexpected field `{found}`{}; expected {}",
            within(outer),
            one_of(expected)
        ),
        Error::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => format!(
            "unexpected `{found}`{}; expected {}",
            within(outer),
            one_of(expected)
        ),
        other => other.to_string(),
    }
}

/// The Rust type a plan file is read into, as ron names it.
const PLAN_FILE: &str = "PlanFileIn";

/// What a file that does not begin as a plan is told.
const NOT_A_PLAN: &str = "this is not an Attaché plan: a plan file begins with `(` and its \
                          format version, `(format_version: N, visit: (...), ...)`";

/// The type's name in serde's "struct `Visit`" or "enum `EventKind`".
fn type_named(expected: &str) -> Option<&str> {
    let name = expected
        .strip_prefix("struct `")
        .or_else(|| expected.strip_prefix("enum `"))?;
    name.strip_suffix('`')
}

/// A record of type `name` in a planner's words: `TravelLeg` → "a travel leg".
fn record(name: &str) -> String {
    if name == PLAN_FILE {
        return "the plan".into();
    }
    let mut words = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            words.push(' ');
        }
        words.extend(c.to_lowercase());
    }
    let article = if words.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {words}")
}

/// " in an event" for a field or variant found within a record of type `outer`.
fn within(outer: &Option<String>) -> String {
    match outer.as_deref() {
        Some(PLAN_FILE) => " in the plan's top level".into(),
        Some(name) => format!(" in {}", record(name)),
        None => String::new(),
    }
}

/// "`a`, `b` or `c`"; "nothing" for none.
fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    match quoted.split_last() {
        None => "nothing".into(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("one of {} or {last}", rest.join(", ")),
    }
}

pub(crate) struct DeclaredVersion {
    pub version: u64,
    pub line: usize,
    pub column: usize,
}

/// The format version a plan's text declares: at its head, or (in a plan written by hand)
/// wherever its outermost struct has it, found by following the file's structure. `None` when it
/// declares none in plain digits.
pub(crate) fn declared_format_version(text: &str) -> Option<u64> {
    let offset = match head_format_version(text) {
        Ok(Some(declared)) => return Some(declared.version),
        Ok(None) => top_level_value(text, "format_version")?,
        Err(_) => return None,
    };
    version_at(text, offset)
        .ok()
        .map(|declared| declared.version)
}

/// The version at the head of a plan file (after its attributes, the first field); `None` when
/// the file begins otherwise, an error when the version there is not written in plain digits.
fn head_format_version(text: &str) -> Result<Option<DeclaredVersion>, LoadError> {
    let text = without_byte_order_mark(text);
    let value = (|| {
        let mut rest = skip_trivia(text);
        while let Some(attribute) = rest.strip_prefix("#![") {
            rest = skip_trivia(&attribute[attribute.find(']')? + 1..]);
        }
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
        let rest = skip_trivia(rest.strip_prefix('(')?);
        let rest = skip_trivia(rest.strip_prefix("format_version")?);
        let rest = skip_trivia(rest.strip_prefix(':')?);
        Some(text.len() - rest.len())
    })();
    value.map(|offset| version_at(text, offset)).transpose()
}

/// The format version written at `offset`. Only plain decimal digits are a version: ron would
/// also read `1_000` as 1000 and `0x2` as 2, and reading the digits alone would take the `1` of
/// `1_000` for version 1, so a newer file could pass for a current one and be rewritten as one.
fn version_at(text: &str, offset: usize) -> Result<DeclaredVersion, LoadError> {
    let rest = &text[offset..];
    let end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | ')' | '/'))
        .unwrap_or(rest.len());
    let written = &rest[..end];
    let (line, column) = line_and_column(text, offset);
    let plain_digits = !written.is_empty() && written.bytes().all(|b| b.is_ascii_digit());
    match written.parse() {
        Ok(version) if plain_digits => Ok(DeclaredVersion {
            version,
            line,
            column,
        }),
        _ => Err(LoadError::UnreadableVersion {
            path: Default::default(),
            line,
            column,
            found: shortened(written, WRITTEN_VERSION_SHOWN).into_owned(),
        }),
    }
}

/// Some editors (Notepad, for one) begin a UTF-8 file with an invisible byte order mark, which RON
/// does not accept; the planner cannot see it, so it is skipped.
fn without_byte_order_mark(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}
