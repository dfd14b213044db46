//! Upgrading plan files written by older versions of Attaché.
//!
//! Every format version after the first adds one step here that turns the text of a document of
//! an older version into one of the current version, which `from_text` then parses straight into
//! the model. The steps work on the file's text, guided by its structure (see
//! [`super::positions`]), not on today's types, and not through `ron::Value`, which forgets the
//! names of enum variants (`Visiting`, `Stay(...)`). A step changes only what it must, on the
//! lines where it is, so that an error in the rest of an old file is still reported at its line.
//!
//! - Version 2 added the protocol records: an event's seating tables, rides and gifts, a stay's
//!   rooms and the visit's vehicles. Each is a new field that may be left out, and version 1 had
//!   none of them, so a version 1 file needs no change for them.
//! - Version 3 gave a person several email addresses and phone numbers: `email: "…"` becomes
//!   `emails: [(value: "…", kind: Other, preferred: true)]`, and `phone` likewise. The kind is
//!   Other because an old plan never said which kind its one address or number was.
//!
//! The next save writes the current version (the `.bak` keeps the file as it was).

use std::borrow::Cow;

use super::format::CURRENT_FORMAT_VERSION;
use super::positions::{RecordList, record_string_fields};

/// The first version, before the protocol records.
const FIRST_FORMAT_VERSION: u64 = 1;

/// What to do with a file that declares `version`.
pub(crate) enum VersionVerdict {
    /// Parse it directly into the model.
    Current,
    /// Written by an older Attaché: upgrade it with [`upgrade`], then parse it.
    Older,
    /// Written by a newer Attaché: refuse rather than lose what we do not understand.
    Newer,
    /// No Attaché ever wrote this version.
    Unknown,
}

pub(crate) fn verdict(version: u64) -> VersionVerdict {
    match version {
        CURRENT_FORMAT_VERSION => VersionVerdict::Current,
        FIRST_FORMAT_VERSION..CURRENT_FORMAT_VERSION => VersionVerdict::Older,
        v if v > CURRENT_FORMAT_VERSION => VersionVerdict::Newer,
        _ => VersionVerdict::Unknown,
    }
}

/// The text of an older file (of a version [`verdict`] calls `Older`) as a current one would
/// say it.
pub(crate) fn upgrade(text: &str) -> Cow<'_, str> {
    contact_lists(text)
}

/// Version 2 → 3: a person's one `email` and one `phone` become lists of one entry, preferred.
/// An empty one becomes no entry.
fn contact_lists(text: &str) -> Cow<'_, str> {
    let fields = record_string_fields(text, RecordList::People, &["email", "phone"]);
    if fields.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut upgraded = String::with_capacity(text.len() + fields.len() * 48);
    let mut copied = 0;
    for field in fields {
        upgraded.push_str(&text[copied..field.span.start]);
        let list = if field.literal == "\"\"" {
            String::new()
        } else {
            format!("(value: {}, kind: Other, preferred: true)", field.literal)
        };
        upgraded.push_str(&format!("{}s: [{list}]", field.name));
        copied = field.span.end;
    }
    upgraded.push_str(&text[copied..]);
    Cow::Owned(upgraded)
}
