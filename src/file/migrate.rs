//! Upgrading plan files written by older versions of Attaché.
//!
//! Every format version after the first adds one step here that turns a document of version `n`
//! into version `n + 1` (renaming a field, splitting one, ...), working on the parsed `ron::Value`
//! so that it does not depend on today's types. `from_text` parses the current version straight
//! into the model, which keeps loading fast.
//!
//! Version 2 added the protocol records: an event's seating tables, rides and gifts, a stay's
//! rooms and the visit's vehicles. Each is a new field that may be left out, and version 1 had
//! none of them, so a version 1 file reads as a version 2 file that has no protocol records yet:
//! its step changes nothing but the version, which the next save writes as 2 (the `.bak` keeps
//! the file as it was).

use super::format::CURRENT_FORMAT_VERSION;

/// The first version, before the protocol records.
const FIRST_FORMAT_VERSION: u64 = 1;

/// What to do with a file that declares `version`.
pub(crate) enum VersionVerdict {
    /// Parse it directly into the model.
    Current,
    /// Written by an older Attaché, in a version whose every file is also a current one.
    Older,
    /// Written by a newer Attaché: refuse rather than lose what we do not understand.
    Newer,
    /// No Attaché ever wrote this version.
    Unknown,
}

pub(crate) fn verdict(version: u64) -> VersionVerdict {
    match version {
        CURRENT_FORMAT_VERSION => VersionVerdict::Current,
        FIRST_FORMAT_VERSION => VersionVerdict::Older,
        v if v > CURRENT_FORMAT_VERSION => VersionVerdict::Newer,
        _ => VersionVerdict::Unknown,
    }
}
