//! What Attaché writes into each calendar entry besides the event, and reads back from it: the
//! plan the entry came from, whose calendar it is part of, and a digest of what was written, so
//! that a publish recognises its own entries and an entry edited on the server since.

use sha2::{Digest, Sha256};

use crate::model::{PersonId, PlanId};

const PLAN_PROPERTY: &str = "X-ATTACHE-PLAN";
const CALENDAR_OF_PROPERTY: &str = "X-ATTACHE-CALENDAR-OF";
const DIGEST_PROPERTY: &str = "X-ATTACHE-DIGEST";
/// Every property Attaché adds starts so; none of them counts in the digest.
const OWN_PROPERTIES: &str = "X-ATTACHE-";

/// Whose entries a publish owns: one plan's, for everyone or for one person's calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Owner {
    pub plan: PlanId,
    pub person: Option<PersonId>,
}

impl Owner {
    /// The UID of `event_uid`'s entry in this calendar: a person's calendar has its own, so
    /// that two persons' calendars can share one collection.
    pub fn uid(&self, event_uid: &str) -> String {
        match self.person {
            None => event_uid.to_owned(),
            Some(person) => match event_uid.split_once('@') {
                Some((local, domain)) => format!("{local}.{person}@{domain}"),
                None => format!("{event_uid}.{person}"),
            },
        }
    }

    /// The calendar text to write: `calendar` (one event, with `event_uid`) marked with its
    /// owner and the digest of its content.
    pub fn marked(&self, calendar: &str, event_uid: &str) -> String {
        let calendar = calendar.replace(
            &format!("\r\nUID:{event_uid}\r\n"),
            &format!("\r\nUID:{}\r\n", self.uid(event_uid)),
        );
        let mut marks = format!("{PLAN_PROPERTY}:{}\r\n", self.plan);
        if let Some(person) = self.person {
            marks.push_str(&format!("{CALENDAR_OF_PROPERTY}:{person}\r\n"));
        }
        marks.push_str(&format!(
            "{DIGEST_PROPERTY}:{}\r\n",
            content_digest(&calendar)
        ));
        match calendar.find("VERSION:2.0\r\n") {
            Some(at) => {
                let at = at + "VERSION:2.0\r\n".len();
                format!("{}{marks}{}", &calendar[..at], &calendar[at..])
            }
            None => calendar,
        }
    }
}

/// An entry's calendar text as read back from the server.
#[derive(Debug, Default)]
pub struct EntryText {
    pub uid: Option<String>,
    pub summary: Option<String>,
    plan: Option<String>,
    calendar_of: Option<String>,
    /// The digest Attaché stored when it wrote the entry.
    stored_digest: Option<String>,
    /// The digest of the content as it is now.
    digest: String,
}

/// How an entry listed in the calendar stands to this publish.
#[derive(Debug, PartialEq, Eq)]
pub enum Standing {
    /// Another plan's, another person's calendar's, or not Attaché's at all.
    NotOurs,
    /// This calendar's, as Attaché last wrote it.
    Ours { digest: String },
    /// This calendar's, edited on the server since Attaché wrote it.
    EditedOnServer,
    /// Written by an Attaché that did not yet name the plan: recognised by its UID (made of the
    /// event's random id) alone, and updated.
    OursFromBefore,
}

impl EntryText {
    pub fn read(calendar: &str) -> Self {
        let unfolded = unfold(calendar);
        let property = |name: &str| {
            unfolded.lines().find_map(|line| {
                let (head, value) = line.trim_end_matches('\r').split_once(':')?;
                let property = head.split(';').next().unwrap_or_default();
                property
                    .eq_ignore_ascii_case(name)
                    .then(|| value.to_owned())
            })
        };
        Self {
            uid: property("UID"),
            summary: property("SUMMARY").map(|text| unescape(&text)),
            plan: property(PLAN_PROPERTY),
            calendar_of: property(CALENDAR_OF_PROPERTY),
            stored_digest: property(DIGEST_PROPERTY),
            digest: content_digest(calendar),
        }
    }

    pub fn standing(&self, owner: &Owner, uid_of_ours: impl Fn(&str) -> bool) -> Standing {
        let Some(plan) = &self.plan else {
            let from_attache = self.stored_digest.is_some() && owner.person.is_none();
            return if from_attache && self.uid.as_deref().is_some_and(uid_of_ours) {
                Standing::OursFromBefore
            } else {
                Standing::NotOurs
            };
        };
        let calendar_of = owner.person.map(|person| person.to_string());
        if *plan != owner.plan.to_string() || self.calendar_of != calendar_of {
            return Standing::NotOurs;
        }
        if self.stored_digest.as_deref() == Some(self.digest.as_str()) {
            Standing::Ours {
                digest: self.digest.clone(),
            }
        } else {
            Standing::EditedOnServer
        }
    }
}

/// SHA-256 of an entry's content: its content lines unfolded, without the time stamp (new at
/// each publish) and without Attaché's own marks, in hexadecimal. Servers store an entry in
/// their own order of properties (Radicale sorts them), so each line counts with the components
/// it is in, and the lines in sorted order.
pub fn content_digest(calendar: &str) -> String {
    let mut within: Vec<&str> = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    let unfolded = unfold(calendar);
    for line in unfolded.lines() {
        let line = line.trim_end_matches('\r');
        let name = line.split([':', ';']).next().unwrap_or_default();
        if let Some(component) = line.strip_prefix("BEGIN:") {
            within.push(component);
        } else if line.starts_with("END:") {
            within.pop();
        } else if !line.is_empty()
            && !name.eq_ignore_ascii_case("DTSTAMP")
            && !name.to_ascii_uppercase().starts_with(OWN_PROPERTIES)
        {
            lines.push(format!("{}/{line}", within.join("/")));
        }
    }
    lines.sort_unstable();
    let mut hasher = Sha256::new();
    for line in &lines {
        hasher.update(line.as_bytes());
        hasher.update(b"\n");
    }
    hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Content lines as one line each (RFC 5545 §3.1).
fn unfold(text: &str) -> String {
    text.replace("\r\n ", "")
        .replace("\r\n\t", "")
        .replace("\n ", "")
        .replace("\n\t", "")
}

/// A TEXT value as written (RFC 5545 §3.3.11).
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            },
            (c, false) => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Id;

    const EVENT: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:00aa@attache\r\nDTSTAMP:20270301T120000Z\r\nSUMMARY:Talks\\, then lunch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    fn owner(plan: u64, person: Option<u64>) -> Owner {
        Owner {
            plan: Id::from_value(plan),
            person: person.map(Id::from_value),
        }
    }

    #[test]
    fn an_entry_written_is_ours_until_edited_on_the_server() {
        let owner = owner(1, None);
        let written = owner.marked(EVENT, "00aa@attache");
        let read = EntryText::read(&written);
        assert_eq!(read.summary.as_deref(), Some("Talks, then lunch"));
        assert!(matches!(
            read.standing(&owner, |_| true),
            Standing::Ours { .. }
        ));
        // A new time stamp, or the server folding lines differently or writing the properties in
        // another order, is no edit.
        let restamped = written
            .replace("DTSTAMP:20270301T120000Z", "DTSTAMP:20270402T000000Z")
            .replace("SUMMARY:Talks", "SUMMARY:Ta\r\n lks")
            .replace(
                "UID:00aa@attache\r\nDTSTAMP:20270402T000000Z\r\n",
                "DTSTAMP:20270402T000000Z\r\nUID:00aa@attache\r\n",
            );
        assert!(restamped.contains("\r\nDTSTAMP:20270402T000000Z\r\nUID:"));
        assert!(matches!(
            EntryText::read(&restamped).standing(&owner, |_| true),
            Standing::Ours { .. }
        ));
        let edited = written.replace("Talks", "Talks, moved");
        assert_eq!(
            EntryText::read(&edited).standing(&owner, |_| true),
            Standing::EditedOnServer
        );
    }

    #[test]
    fn another_plans_or_persons_entry_is_not_ours() {
        let written = owner(1, Some(7)).marked(EVENT, "00aa@attache");
        assert!(written.contains("UID:00aa.0000000000000007@attache\r\n"));
        let read = EntryText::read(&written);
        assert!(matches!(
            read.standing(&owner(1, Some(7)), |_| true),
            Standing::Ours { .. }
        ));
        for other in [owner(2, Some(7)), owner(1, Some(8)), owner(1, None)] {
            assert_eq!(read.standing(&other, |_| true), Standing::NotOurs);
        }
    }

    #[test]
    fn an_entry_from_before_plans_had_an_identity_is_recognised_by_its_uid() {
        let before = EVENT.replace(
            "VERSION:2.0\r\n",
            "VERSION:2.0\r\nX-ATTACHE-DIGEST:00ff\r\n",
        );
        let read = EntryText::read(&before);
        let everyone = owner(1, None);
        assert_eq!(
            read.standing(&everyone, |uid| uid == "00aa@attache"),
            Standing::OursFromBefore
        );
        assert_eq!(read.standing(&everyone, |_| false), Standing::NotOurs);
        assert_eq!(
            read.standing(&owner(1, Some(7)), |_| true),
            Standing::NotOurs
        );
        // Not written by Attaché at all: never ours, whatever its UID.
        assert_eq!(
            EntryText::read(EVENT).standing(&everyone, |_| true),
            Standing::NotOurs
        );
    }

    #[test]
    fn the_digest_is_sha_256_of_the_content_lines() {
        // Fixed forever: entries written by one release are recognised by the next.
        assert_eq!(
            content_digest(
                "BEGIN:VCALENDAR\r\nX-ATTACHE-PLAN:1\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\n\
                 DTSTAMP:1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            ),
            "f747bedea89c3eedc81972f23d0b038f7c5dac82c2cdeda595a82c0b37d5aec4"
        );
    }
}
