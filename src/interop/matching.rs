//! Which person of the plan an entry of an imported file is, if any, and whether two entries of
//! one file are the same person.
//!
//! An entry is the plan's person with the same id (a vCard written by Attaché carries it), else
//! the one person with one of its email addresses, else the one person of its name (or name in
//! their own script, accents, case and Arabic vowel marks set aside); among several people of
//! that name, the one with one of its phone numbers. Where that still leaves several people, the
//! entry is [`Found::Several`]: the import attaches nothing to any of them until the planner
//! chooses ([`MatchChoice`]). Two entries of one file that name one person of the plan by their
//! name alone, but are different people by the file's own account, are several too: which of
//! them is the plan's is the planner's choice.
//!
//! Within one file, two entries are one person when they carry the same id or share an email
//! address, or have one name and nothing that tells them apart: different addresses, different
//! vCard UIDs, or an address or number of two different people of the plan make them two people
//! of one name.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use super::preview::IncomingPerson;
use crate::model::contact::phone_digits;
use crate::model::search::fold;
use crate::model::{Person, PersonId};

/// How many people of one name, address or number an index keeps: more than one is already a
/// choice for the planner, and a bound keeps a file of thousands of namesakes linear.
const MOST_CANDIDATES: usize = 16;

/// What the planner chose for an entry that fits several people: one of them, or a new person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchChoice {
    Person(PersonId),
    New,
}

/// The planner's choices, by the line of the entry they are for.
pub type ChosenMatches = BTreeMap<usize, MatchChoice>;

/// Who in the plan an entry of the file is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// Nobody: a new person.
    Nobody,
    /// The plan's person at this position, and whether only the name said so.
    One { position: usize, by_name_only: bool },
    /// Any of the plan's people at these positions (in the plan's order).
    Several(Vec<usize>),
}

/// The plan's people indexed by what an entry of a file is matched on, so that each entry is
/// matched in constant time, not by going through everyone.
pub struct PlanPeople<'p> {
    people: &'p [Arc<Person>],
    by_id: HashMap<PersonId, usize>,
    /// By email, trimmed and in lower case.
    by_email: HashMap<String, Vec<usize>>,
    /// By [`fold`]ed name and folded name in their own script.
    by_name: HashMap<String, Vec<usize>>,
}

impl<'p> PlanPeople<'p> {
    pub fn new(people: &'p [Arc<Person>]) -> Self {
        let mut index = Self {
            people,
            by_id: HashMap::new(),
            by_email: HashMap::new(),
            by_name: HashMap::new(),
        };
        for (position, person) in people.iter().enumerate() {
            index.by_id.entry(person.id).or_insert(position);
            for email in person.emails.iter().filter_map(|e| email_key(&e.value)) {
                add(&mut index.by_email, email, position);
            }
            for name in names(&person.name, &person.native_name) {
                add(&mut index.by_name, name, position);
            }
        }
        index
    }

    pub fn person(&self, position: usize) -> &'p Arc<Person> {
        &self.people[position]
    }

    pub fn position_of(&self, id: PersonId) -> Option<usize> {
        self.by_id.get(&id).copied()
    }

    /// Who `incoming` is, as the module documentation says.
    pub fn find(&self, incoming: &IncomingPerson) -> Found {
        if let Some(position) = incoming.id.and_then(|id| self.position_of(id)) {
            return Found::One {
                position,
                by_name_only: false,
            };
        }
        let by_email = positions(
            &self.by_email,
            incoming.emails.iter().filter_map(|e| email_key(&e.value)),
        );
        let named = positions(
            &self.by_name,
            names(&incoming.name, &incoming.native_name).into_iter(),
        );
        if !by_email.is_empty() {
            // Several people with the file's addresses: the one among them of its name, if one.
            let of_the_name: Vec<usize> = by_email
                .iter()
                .copied()
                .filter(|position| named.contains(position))
                .collect();
            return match (by_email.as_slice(), of_the_name.as_slice()) {
                ([position], _) | (_, [position]) => Found::One {
                    position: *position,
                    by_name_only: false,
                },
                _ => Found::Several(by_email),
            };
        }
        let phones: Vec<String> = incoming
            .phones
            .iter()
            .map(|p| phone_digits(&p.value))
            .filter(|p| !p.is_empty())
            .collect();
        let with_a_phone: Vec<usize> = named
            .iter()
            .copied()
            .filter(|&position| {
                self.people[position]
                    .phones
                    .iter()
                    .any(|known| phones.contains(&phone_digits(&known.value)))
            })
            .collect();
        match (named.as_slice(), with_a_phone.as_slice()) {
            ([], _) => Found::Nobody,
            (_, [position]) => Found::One {
                position: *position,
                by_name_only: false,
            },
            ([position], _) => Found::One {
                position: *position,
                by_name_only: true,
            },
            _ => Found::Several(named),
        }
    }
}

/// Adds `position` under `key`, up to [`MOST_CANDIDATES`] a key.
fn add(index: &mut HashMap<String, Vec<usize>>, key: String, position: usize) {
    let positions = index.entry(key).or_default();
    if positions.len() < MOST_CANDIDATES && positions.last() != Some(&position) {
        positions.push(position);
    }
}

/// The positions under any of `keys`, in the plan's order, each once.
fn positions(
    index: &HashMap<String, Vec<usize>>,
    keys: impl Iterator<Item = String>,
) -> Vec<usize> {
    let mut found: Vec<usize> = keys
        .filter_map(|key| index.get(&key))
        .flatten()
        .copied()
        .collect();
    found.sort_unstable();
    found.dedup();
    found.truncate(MOST_CANDIDATES);
    found
}

/// The folded name and name in own script, those that are not empty.
fn names(name: &str, native_name: &str) -> Vec<String> {
    let mut keys: Vec<String> = [name, native_name]
        .into_iter()
        .map(fold)
        .filter(|folded| !folded.is_empty())
        .collect();
    keys.dedup();
    keys
}

/// An email address as it is compared: trimmed, in lower case (the domain is case-blind, and so
/// in practice is the rest); `None` for an empty one.
fn email_key(email: &str) -> Option<String> {
    let email = email.trim();
    (!email.is_empty()).then(|| email.to_lowercase())
}

/// The entries of one file read so far, for telling whether a later one is the same person.
#[derive(Default)]
pub struct FileEntries {
    by_id: HashMap<PersonId, usize>,
    by_email: HashMap<String, usize>,
    by_name: HashMap<String, Namesakes>,
}

impl FileEntries {
    /// The line of an earlier entry that is the same person as `incoming`, as the module
    /// documentation says.
    pub fn same_person(&self, incoming: &IncomingPerson) -> Option<usize> {
        if let Some(id) = incoming.id {
            // Entries that carry ids are one person only by their id.
            return self.by_id.get(&id).copied();
        }
        let by_email = incoming
            .emails
            .iter()
            .filter_map(|e| email_key(&e.value))
            .filter_map(|email| self.by_email.get(&email).copied())
            .min();
        let uid = uid_of(incoming);
        let has_emails = !incoming.emails.is_empty();
        let by_name = names(&incoming.name, &incoming.native_name)
            .iter()
            .filter_map(|name| self.by_name.get(name)?.same_person(uid, has_emails))
            .min();
        by_email.or(by_name)
    }

    /// Remembers `incoming`, a person not seen before in the file.
    pub fn insert(&mut self, incoming: &IncomingPerson) {
        let line = incoming.line;
        if let Some(id) = incoming.id {
            self.by_id.entry(id).or_insert(line);
        }
        for email in incoming.emails.iter().filter_map(|e| email_key(&e.value)) {
            self.by_email.entry(email).or_insert(line);
        }
        let uid = uid_of(incoming);
        let has_emails = !incoming.emails.is_empty();
        for name in names(&incoming.name, &incoming.native_name) {
            self.by_name
                .entry(name)
                .or_default()
                .insert(uid, has_emails, line);
        }
    }
}

fn uid_of(incoming: &IncomingPerson) -> Option<&str> {
    Some(incoming.uid.trim()).filter(|uid| !uid.is_empty())
}

/// The entries of one name in a file, kept so that whether a later entry of that name is one of
/// them is answered at once: it is unless both have a UID and they differ, or both have email
/// addresses (none shared, or the address would have found it). The first line of each kind.
#[derive(Default)]
struct Namesakes {
    any: Option<usize>,
    without_uid: Option<usize>,
    without_emails: Option<usize>,
    without_uid_or_emails: Option<usize>,
    by_uid: HashMap<String, usize>,
    without_emails_by_uid: HashMap<String, usize>,
}

impl Namesakes {
    fn same_person(&self, uid: Option<&str>, has_emails: bool) -> Option<usize> {
        let by_uid = |index: &HashMap<String, usize>| uid.and_then(|uid| index.get(uid).copied());
        match (uid, has_emails) {
            (None, false) => self.any,
            (Some(_), false) => self
                .without_uid
                .into_iter()
                .chain(by_uid(&self.by_uid))
                .min(),
            (None, true) => self.without_emails,
            (Some(_), true) => self
                .without_uid_or_emails
                .into_iter()
                .chain(by_uid(&self.without_emails_by_uid))
                .min(),
        }
    }

    fn insert(&mut self, uid: Option<&str>, has_emails: bool, line: usize) {
        let first = |slot: &mut Option<usize>| {
            slot.get_or_insert(line);
        };
        let first_of_uid = |index: &mut HashMap<String, usize>| {
            if let Some(uid) = uid {
                index.entry(uid.to_owned()).or_insert(line);
            }
        };
        first(&mut self.any);
        first_of_uid(&mut self.by_uid);
        if uid.is_none() {
            first(&mut self.without_uid);
        }
        if !has_emails {
            first(&mut self.without_emails);
            first_of_uid(&mut self.without_emails_by_uid);
            if uid.is_none() {
                first(&mut self.without_uid_or_emails);
            }
        }
    }
}
