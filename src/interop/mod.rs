//! A plan for people who do not run Attaché: iCalendar for their calendars and phones, vCard and
//! CSV for contact lists and spreadsheets, and the printable briefing book. Imports of vCard and
//! CSV come back as an [`ImportPreview`]: what would be added and changed, for the planner to look
//! at before anything is applied.
//!
//! No egui and no file system here: every function takes a plan (and text or bytes) and returns
//! text, bytes or plain data, so the window and the command line share them and tests need
//! neither.

mod attendance;
pub mod briefing;
pub mod caldav;
pub mod changes;
mod contact_kinds;
pub mod csv;
pub mod dates;
mod earlier_export;
pub mod encoding;
pub mod ics;
mod languages;
pub mod matching;
pub mod preview;
mod printed;
pub mod programme;
pub mod protocol;
pub mod vcard;

use attendance::{Attendance, Delegation};
pub use matching::{ChosenMatches, MatchChoice};
pub use preview::{
    Ambiguity, Candidate, Conflict, ImportOptions, ImportPreview, ImportProblem, Incoming,
    IncomingOrganisation, IncomingPerson, LeftOut, OrganisationField, PersonField, Planned,
    TakenFromFile, plan_import,
};

use jiff::Timestamp;

use crate::model::label::label;
use crate::model::{
    Event, EventId, Organisation, OrganisationId, Person, PersonId, Plan, PlanIndex, Side, Topic,
    TopicId, Vehicle, VehicleId,
};

/// The file formats a plan can be exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// The itinerary as iCalendar (`.ics`).
    Calendar,
    /// People and organisations as vCard 4.0 (`.vcf`).
    Contacts,
    /// People as a CSV spreadsheet (`.csv`).
    Spreadsheet,
    /// Organisations as a CSV spreadsheet of their own (`.csv`).
    OrganisationSpreadsheet,
    /// The printable briefing book (`.html`).
    BriefingBook,
    /// The delegates' one-page programmes, printable (`.html`).
    Programme,
    /// A protocol document: seating charts, place cards, the rooming list, the transport list or
    /// name badges.
    Protocol(protocol::ProtocolExport),
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 17] = [
        Self::Calendar,
        Self::Contacts,
        Self::Spreadsheet,
        Self::OrganisationSpreadsheet,
        Self::BriefingBook,
        Self::Programme,
        Self::Protocol(protocol::ProtocolExport::SeatingChart),
        Self::Protocol(protocol::ProtocolExport::PlaceCards),
        Self::Protocol(protocol::ProtocolExport::RoomingList),
        Self::Protocol(protocol::ProtocolExport::TransportList),
        Self::Protocol(protocol::ProtocolExport::Badges),
        Self::Protocol(protocol::ProtocolExport::RoomingGrid),
        Self::Protocol(protocol::ProtocolExport::RoomingGridSpreadsheet),
        Self::Protocol(protocol::ProtocolExport::ArrivalsManifest),
        Self::Protocol(protocol::ProtocolExport::ArrivalsManifestSpreadsheet),
        Self::Protocol(protocol::ProtocolExport::CateringSheets),
        Self::Protocol(protocol::ProtocolExport::DriverSheets),
    ];

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Calendar => "ics",
            Self::Contacts => "vcf",
            Self::Spreadsheet | Self::OrganisationSpreadsheet => "csv",
            Self::Protocol(kind) if kind.is_spreadsheet() => "csv",
            Self::BriefingBook | Self::Programme | Self::Protocol(_) => "html",
        }
    }

    /// What the file holds, for dialog filters: "iCalendar", "vCard", ..., in the language spoken.
    pub fn label(self) -> &'static str {
        match self {
            Self::Calendar => "iCalendar",
            Self::Contacts => "vCard",
            Self::Spreadsheet | Self::OrganisationSpreadsheet => {
                crate::t!("doc-format-spreadsheet")
            }
            Self::BriefingBook => crate::t!("doc-format-briefing-book"),
            Self::Programme => crate::t!("doc-format-programme"),
            Self::Protocol(kind) if kind.is_spreadsheet() => crate::t!("doc-format-spreadsheet"),
            Self::Protocol(_) => crate::t!("doc-format-printable-page"),
        }
    }
}

/// Why a plan could not be exported, said in the language spoken (English on the command line).
/// Nothing is written when one of these is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    #[error("{}", crate::t!("doc-error-unknown-person", id = .0.to_string()))]
    UnknownPerson(PersonId),
    #[error("{}", crate::t!("doc-error-unknown-zone", event = .event, zone = .zone))]
    UnknownZone { event: String, zone: String },
    /// `which` is "host" or "home".
    #[error("{}", crate::t!("doc-error-unknown-visit-zone", which = *.which, zone = .zone))]
    UnknownVisitZone { which: &'static str, zone: String },
    #[error("{0}")]
    Protocol(#[from] protocol::ProtocolExportError),
}

/// The plan in `format`, as the bytes of the file. `person` limits a calendar to the events that
/// person takes part in or hosts, and the programmes to that person's page (the other formats
/// hold everyone; it must still name a person of the plan). `now` is written as the calendar's
/// time stamp and the briefing book's date.
pub fn export(
    plan: &Plan,
    format: ExportFormat,
    person: Option<PersonId>,
    now: Timestamp,
) -> Result<Vec<u8>, ExportError> {
    export_marking(plan, format, person, now, None)
}

/// [`export`], the briefing book and the programmes marking what changed since `since` (the
/// other formats have no lines to mark and ignore it).
pub fn export_marking(
    plan: &Plan,
    format: ExportFormat,
    person: Option<PersonId>,
    now: Timestamp,
    since: Option<&changes::EarlierVersion>,
) -> Result<Vec<u8>, ExportError> {
    if let Some(person) = person
        && !plan.people.iter().any(|p| p.id == person)
    {
        return Err(ExportError::UnknownPerson(person));
    }
    Ok(match format {
        ExportFormat::Calendar => ics::calendar(plan, person, now)?.into_bytes(),
        ExportFormat::Contacts => vcard::contacts(plan).into_bytes(),
        ExportFormat::Spreadsheet => csv::people(plan),
        ExportFormat::OrganisationSpreadsheet => csv::organisations(plan),
        ExportFormat::BriefingBook => briefing::book(plan, now, since)?.into_bytes(),
        ExportFormat::Programme => programme::programmes(plan, person, now, since)?.into_bytes(),
        ExportFormat::Protocol(kind) => protocol::export(plan, kind, None)?,
    })
}

/// A person as exports name them: the title and the name, e.g. "Dr. Kadri Tamm".
pub fn person_label(person: &Person) -> String {
    [person.title.trim(), person.name.trim()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A person where a list refers to them (an event's participants, an action's owner): their
/// [`person_label`], cut to a [`label`] so that a long name repeated at every reference cannot
/// make the file many times the size of the plan.
pub fn person_reference(person: &Person) -> String {
    let title = label(person.title.trim());
    let name = label(person.name.trim());
    let whole = [title.as_ref(), name.as_ref()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    label(&whole).into_owned()
}

/// The plan's records by id and its visiting delegation, gathered once per export so that every
/// reference is followed in constant time, however large the plan.
pub(crate) struct Directory<'p> {
    plan: &'p Plan,
    index: PlanIndex,
    delegation: Delegation,
}

impl<'p> Directory<'p> {
    pub fn new(plan: &'p Plan) -> Self {
        Self {
            plan,
            index: PlanIndex::new(plan),
            delegation: Delegation::new(
                plan.people
                    .iter()
                    .filter(|p| p.side == Side::Visiting)
                    .map(|p| p.id)
                    .collect(),
            ),
        }
    }

    /// The members of the visiting delegation in order of precedence.
    pub fn delegation(&self) -> &[PersonId] {
        self.delegation.order()
    }

    pub fn person(&self, id: PersonId) -> Option<&'p Person> {
        let plan = self.plan;
        self.index.people.get(&id).map(|&i| &*plan.people[i])
    }

    pub fn organisation(&self, id: OrganisationId) -> Option<&'p Organisation> {
        let plan = self.plan;
        self.index
            .organisations
            .get(&id)
            .map(|&i| &*plan.organisations[i])
    }

    pub fn topic(&self, id: TopicId) -> Option<&'p Topic> {
        let plan = self.plan;
        self.index.topics.get(&id).map(|&i| &*plan.topics[i])
    }

    /// The people `wanted` picks, in the plan's order (the order of precedence).
    pub fn people_in_order(&self, wanted: impl Fn(&Person) -> bool) -> Vec<&'p Person> {
        self.plan
            .people
            .iter()
            .map(AsRef::as_ref)
            .filter(|person| wanted(person))
            .collect()
    }

    /// The people of `ids` the plan has, each once, in the order of precedence (the plan's
    /// order of people).
    pub fn in_order(&self, ids: &[PersonId]) -> Vec<&'p Person> {
        let plan = self.plan;
        let mut positions: Vec<usize> = ids
            .iter()
            .filter_map(|id| self.index.people.get(id).copied())
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions.into_iter().map(|i| &*plan.people[i]).collect()
    }

    pub fn event(&self, id: EventId) -> Option<&'p Event> {
        let plan = self.plan;
        self.index.events.get(&id).map(|&i| &*plan.events[i])
    }

    pub fn vehicle(&self, id: VehicleId) -> Option<&'p Vehicle> {
        self.index.vehicle(self.plan, id)
    }

    /// The names of `ids` for reading, joined by "; " (names often hold commas), each as
    /// [`person_reference`] writes it. See [`Self::names_with`].
    pub fn names_of(&self, ids: &[PersonId]) -> String {
        self.names_with(ids, person_reference)
    }

    /// The names of `ids` for reading, each written by `name`; see [`Self::name_pieces`].
    pub fn names_with(&self, ids: &[PersonId], name: impl Fn(&Person) -> String) -> String {
        self.name_pieces(ids)
            .into_iter()
            .map(|piece| match piece {
                NamePiece::Words(words) => words,
                NamePiece::Person(person) => name(person),
            })
            .collect()
    }

    /// What the names of `ids` are written with, in order: the visiting delegation as "the
    /// delegation" or "the delegation except …" where that is shorter (see
    /// [`Delegation::attendance`]), then the others, joined by "; " (names often hold commas).
    pub fn name_pieces(&self, ids: &[PersonId]) -> Vec<NamePiece<'p>> {
        // The sentence is the language's, written with a slot for each person named in it,
        // then split at the slots.
        let mut named: Vec<&'p Person> = Vec::new();
        let mut slots = |ids: &[PersonId]| -> Vec<String> {
            ids.iter()
                .filter_map(|&id| self.person(id))
                .map(|person| {
                    named.push(person);
                    printed::slot(named.len() - 1)
                })
                .collect()
        };
        let (delegation, others) = match self.delegation.attendance(ids) {
            Attendance::Delegation { others } => {
                (Some(crate::t!("doc-names-delegation").to_owned()), others)
            }
            Attendance::DelegationExcept { missing, others } => {
                // Joined by "and" at every name, not by the language's list pattern: names
                // often hold commas, and "A, B and C" would not show where one ends.
                let missing = slots(&missing).join(crate::t!("doc-names-and"));
                (
                    Some(crate::t!("doc-names-delegation-except", missing = missing)),
                    others,
                )
            }
            Attendance::Named(named) => (None, named),
        };
        let others = slots(&others).join(crate::t!("doc-names-separator"));
        let text = match delegation {
            Some(delegation) if !others.is_empty() => {
                crate::t!(
                    "doc-names-delegation-and-others",
                    delegation = delegation,
                    others = others
                )
            }
            Some(delegation) => delegation,
            None => others,
        };
        printed::parts(&text)
            .into_iter()
            .filter_map(|part| match part {
                printed::Part::Words("") => None,
                printed::Part::Words(words) => Some(NamePiece::Words(words.to_owned())),
                printed::Part::Slot(i) => named.get(i).map(|&person| NamePiece::Person(person)),
            })
            .collect()
    }
}

/// A piece of a list of names: words of the sentence, or a person to name.
#[derive(Clone, Debug)]
pub(crate) enum NamePiece<'p> {
    Words(String),
    Person(&'p Person),
}
