//! Upgrading plan files written by older versions of Attaché.
//!
//! Every format version after the first adds one step here that turns a document of version `n`
//! into version `n + 1` (renaming a field, splitting one, ...), working on the parsed `ron::Value`
//! so that it does not depend on today's types. Version 1 is the first, so there is no step yet;
//! `from_text` parses the current version straight into the model, which keeps loading fast.

use super::format::CURRENT_FORMAT_VERSION;

/// What to do with a file that declares `version`.
pub(crate) enum VersionVerdict {
    /// Parse it directly into the model.
    Current,
    /// Written by a newer Attaché: refuse rather than lose what we do not understand.
    Newer,
    /// No Attaché ever wrote this version.
    Unknown,
}

pub(crate) fn verdict(version: u64) -> VersionVerdict {
    match version {
        CURRENT_FORMAT_VERSION => VersionVerdict::Current,
        v if v > CURRENT_FORMAT_VERSION => VersionVerdict::Newer,
        _ => VersionVerdict::Unknown,
    }
}
