//! What an import would do to a plan, worked out before anything is applied.
//!
//! The readers ([`super::vcard`], [`super::csv`]) turn a file into [`Incoming`] records: the
//! values the file gives, with the line each came from. [`plan_import`] matches them against the
//! plan and returns an [`ImportPreview`]: the organisations and people to add, those to change
//! (with the fields that change) and the rows that cannot be imported, each with its line.
//!
//! Matching, so that importing the same file twice adds nothing the second time, and a value
//! goes to a person only when the match is unambiguous: see [`super::matching`] for people. An
//! entry that fits several people of the plan is an [`Ambiguity`], left out until the planner
//! chooses which one it is (or a new person). An organisation is the same when it has the same
//! id or name. A value the file leaves empty never clears what the plan has.
//!
//! Nothing the plan has is overwritten unasked: for a record the plan has, a field it has empty
//! is filled in, notes are added to, email addresses and phone numbers it lacks are added (its
//! preferred ones staying preferred), and a field it has with another value becomes a
//! [`Conflict`] that keeps the plan's value unless the planner chooses the file's
//! ([`TakenFromFile`]). What the file says that the plan has no place for is listed as
//! [`LeftOut`].

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use jiff::civil::Date;

use super::matching::{ChosenMatches, FileEntries, Found, MatchChoice, PlanPeople};

use crate::lang::{Arg, Message};
use crate::model::contact::{same_email, same_phone};
use crate::model::limits::TextKind;
use crate::model::search::fold;
use crate::model::{
    Choice, ContactEntry, DelegationRole, DocumentStatus, Organisation, OrganisationId,
    OrganisationKind, Person, PersonId, Plan, Side,
};
use crate::msg;

/// A person as a file describes them. Empty text and `None` mean the file does not say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IncomingPerson {
    /// Where the person starts in the file (1-based), for the preview and for problems.
    pub line: usize,
    pub id: Option<PersonId>,
    /// The file's own identifier of the entry (a vCard's UID), which tells two people of one
    /// name apart; empty when it has none.
    pub uid: String,
    pub name: String,
    pub native_name: String,
    pub form_of_address: String,
    pub title: String,
    pub position: String,
    /// The organisation's name; matched to the plan's organisations by name.
    pub organisation: String,
    pub side: Option<Side>,
    pub role: Option<DelegationRole>,
    /// Every address and number the file gives, with their kinds; at most one of each list is
    /// preferred.
    pub emails: Vec<ContactEntry>,
    pub phones: Vec<ContactEntry>,
    pub languages: Vec<String>,
    pub dietary_needs: String,
    pub accessibility_needs: String,
    pub document_status: Option<DocumentStatus>,
    pub document_deadline: Option<Date>,
    pub notes: String,
}

/// An organisation as a file describes it. Empty text and `None` mean the file does not say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IncomingOrganisation {
    pub line: usize,
    pub id: Option<OrganisationId>,
    pub name: String,
    pub native_name: String,
    pub kind: Option<OrganisationKind>,
    pub country: String,
    pub address: String,
    pub website: String,
    pub notes: String,
}

impl IncomingPerson {
    /// Every text the entry gives, with its field's label and how long it may be in a plan.
    fn texts(&self) -> Vec<(&'static str, &str, TextKind)> {
        use PersonField as F;
        let mut texts = vec![
            (F::Name.label(), self.name.as_str(), TextKind::Short),
            (F::NativeName.label(), &self.native_name, TextKind::Short),
            (
                F::FormOfAddress.label(),
                &self.form_of_address,
                TextKind::Short,
            ),
            (F::Title.label(), &self.title, TextKind::Short),
            (F::Position.label(), &self.position, TextKind::Short),
            (F::Organisation.label(), &self.organisation, TextKind::Short),
            (F::DietaryNeeds.label(), &self.dietary_needs, TextKind::Long),
            (
                F::AccessibilityNeeds.label(),
                &self.accessibility_needs,
                TextKind::Long,
            ),
            (F::Notes.label(), &self.notes, TextKind::Long),
        ];
        texts.extend(
            self.languages
                .iter()
                .map(|language| (F::Languages.label(), language.as_str(), TextKind::Short)),
        );
        for (field, entries) in [(F::Email, &self.emails), (F::Phone, &self.phones)] {
            texts.extend(
                entries
                    .iter()
                    .map(|entry| (field.label(), entry.value.as_str(), TextKind::Short)),
            );
        }
        texts
    }

    /// Every value the entry gives, with its field's label, for saying what is not imported.
    pub fn values(&self) -> Vec<(&'static str, String)> {
        use PersonField as F;
        let mut values: Vec<(&'static str, String)> = self
            .texts()
            .into_iter()
            .map(|(field, text, _)| (field, text.trim().to_owned()))
            .collect();
        values.extend(
            [
                (F::Side.label(), self.side.map(|c| c.code().to_owned())),
                (F::Role.label(), self.role.map(|c| c.code().to_owned())),
                (
                    F::DocumentStatus.label(),
                    self.document_status.map(|c| c.code().to_owned()),
                ),
                (
                    F::DocumentDeadline.label(),
                    self.document_deadline.map(|date| date.to_string()),
                ),
            ]
            .into_iter()
            .filter_map(|(field, value)| Some((field, value?))),
        );
        values.retain(|(_, value)| !value.is_empty());
        values
    }
}

impl IncomingOrganisation {
    /// Every text the entry gives, with its field's label and how long it may be in a plan.
    fn texts(&self) -> [(&'static str, &str, TextKind); 6] {
        [
            ("Name", &self.name, TextKind::Short),
            ("Name in own script", &self.native_name, TextKind::Short),
            ("Country", &self.country, TextKind::Short),
            ("Address", &self.address, TextKind::Long),
            ("Website", &self.website, TextKind::Short),
            ("Notes", &self.notes, TextKind::Long),
        ]
    }
}

/// Why an entry is left out when one of its texts is longer than a plan may hold (the plan could
/// not be opened again), or `None`.
fn too_long(texts: &[(&'static str, &str, TextKind)]) -> Option<Message> {
    texts.iter().find_map(|&(field, text, kind)| {
        let found = kind.excess(text.trim())?;
        Some(msg!(
            "import-too-long",
            field = field_message(field),
            found = found.to_string(),
            most = kind.max_characters().to_string(),
            examples = Arg::message(match kind {
                TextKind::Short => "import-examples-short",
                TextKind::Long => "import-examples-long",
            })
        ))
    })
}

/// A field's name for the planner, in the current language, by the name CSV headers and vCard
/// exports give it ("Phone"): the name the preview keeps as a field's key.
pub fn field_text(label: &str) -> std::borrow::Cow<'static, str> {
    match field_message_id(label) {
        Some(id) => std::borrow::Cow::Borrowed(crate::lang::text(id)),
        None => std::borrow::Cow::Owned(label.to_owned()),
    }
}

/// [`field_text`] as a message, for a sentence rendered where it is shown.
pub fn field_message(label: &str) -> Message {
    match field_message_id(label) {
        Some(id) => Message::new(id),
        None => msg!("import-field-as-written", name = label),
    }
}

fn field_message_id(label: &str) -> Option<&'static str> {
    Some(match label {
        "Id" => "import-field-id",
        "Name" => "import-field-name",
        "Name in own script" => "import-field-native-name",
        "Form of address" => "import-field-form-of-address",
        "Title" => "import-field-title",
        "Position" => "import-field-position",
        "Organisation" => "import-field-organisation",
        "Side" => "import-field-side",
        "Role" => "import-field-role",
        "Email" => "import-field-email",
        "Phone" => "import-field-phone",
        "Languages" => "import-field-languages",
        "Dietary needs" => "import-field-dietary-needs",
        "Accessibility needs" => "import-field-accessibility-needs",
        "Travel document" => "import-field-travel-document",
        "Travel document deadline" => "import-field-travel-document-deadline",
        "Notes" => "import-field-notes",
        "Kind" => "import-field-kind",
        "Country" => "import-field-country",
        "Address" => "import-field-address",
        "Website" => "import-field-website",
        "Given name" => "import-field-given-name",
        "Middle name" => "import-field-middle-name",
        "Family name" => "import-field-family-name",
        "Work email" => "import-field-work-email",
        "Home email" => "import-field-home-email",
        "Mobile email" => "import-field-mobile-email",
        "Work phone" => "import-field-work-phone",
        "Home phone" => "import-field-home-phone",
        "Mobile phone" => "import-field-mobile-phone",
        "Email kind" => "import-field-email-kind",
        "Phone kind" => "import-field-phone-kind",
        // What address books hold that the plan does not, as a planner calls it.
        "fax" => "import-field-fax",
        "name parts" => "import-field-name-parts",
        "name suffix" => "import-field-name-suffix",
        "department" => "import-field-department",
        "nickname" => "import-field-nickname",
        "birthday" => "import-field-birthday",
        "anniversary" => "import-field-anniversary",
        "address" => "import-field-address-lower",
        "web address" => "import-field-web-address",
        "photo" => "import-field-photo",
        "logo" => "import-field-logo",
        "email" => "import-field-email-lower",
        "phone" => "import-field-phone-lower",
        "chat address" => "import-field-chat-address",
        "groups" => "import-field-groups",
        "gender" => "import-field-gender",
        "related person" => "import-field-related-person",
        "location" => "import-field-location",
        "time zone" => "import-field-time-zone",
        "name" => "import-field-name-lower",
        _ => return None,
    })
}

/// A row or card that cannot be imported, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportProblem {
    /// The line of the file it starts on (1-based).
    pub line: usize,
    /// Why it cannot be imported, rendered where it is shown.
    pub message: Message,
}

impl std::fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// A value of the file that the plan has no place for (a nickname, a birthday, a second email),
/// so that the preview can say what an import leaves behind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOut {
    pub line: usize,
    /// What it is, as a planner would say it: "nickname", "column “Birthday”".
    pub field: Message,
    pub value: String,
    /// Why it is not imported.
    pub why: Message,
}

impl std::fmt::Display for LeftOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!(
            "import-left-out",
            field = self.field.clone(),
            value = self.value.as_str(),
            why = self.why.clone()
        ))
    }
}

/// An entry of the file that fits several people of the plan. Nothing is attached to any of
/// them: the entry is left out unless the planner chooses which person it is, or a new one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ambiguity {
    pub line: usize,
    /// The name the file gives.
    pub name: String,
    /// The people it may be, in the plan's order.
    pub candidates: Vec<Candidate>,
    /// What the planner chose; `None` leaves the entry out.
    pub chosen: Option<MatchChoice>,
}

/// A person of the plan an [`Ambiguity`] may be, as the planner tells them apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub id: PersonId,
    pub name: String,
    /// Position, organisation and preferred email, those the plan has, joined by ", ".
    pub details: String,
}

impl std::fmt::Display for Candidate {
    /// "Ali Hassan (IT Director, Ministry of Communications; id 3f2a)".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = if self.details.is_empty() {
            crate::t!(
                "preview-candidate",
                name = self.name.as_str(),
                id = self.id.to_string()
            )
        } else {
            crate::t!(
                "preview-candidate-with-details",
                name = self.name.as_str(),
                details = self.details.as_str(),
                id = self.id.to_string()
            )
        };
        f.write_str(&text)
    }
}

impl std::fmt::Display for Ambiguity {
    /// "“Ali Hassan” may be any of 2 people in the plan: Ali Hassan (Minister …), …".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let candidates: Vec<String> = self.candidates.iter().map(ToString::to_string).collect();
        let text = match candidates.as_slice() {
            [one] => crate::t!(
                "preview-ambiguous-one",
                name = self.name.as_str(),
                candidate = one.as_str()
            ),
            all => crate::t!(
                "preview-ambiguous",
                name = self.name.as_str(),
                n = all.len().to_string(),
                candidates = all.join(crate::lang::text("preview-candidate-separator"))
            ),
        };
        f.write_str(&text)
    }
}

/// Everything read from one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Incoming {
    pub organisations: Vec<IncomingOrganisation>,
    pub people: Vec<IncomingPerson>,
    pub problems: Vec<ImportProblem>,
    /// Values read but not imported, by line.
    pub left_out: Vec<LeftOut>,
}

/// What happens to one record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A record the plan does not have yet.
    Add,
    /// A record the plan has; these fields (by their labels) get new values.
    Update { fields: Vec<&'static str> },
}

/// A field that the plan and the file give different values for. The plan's value stays unless
/// the planner chooses the file's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The field's label ("Phone").
    pub field: &'static str,
    pub plan: String,
    pub file: String,
}

/// The conflicts settled for the file's value, each by the line of its record and the field's
/// label. Every other conflict keeps the plan's value.
pub type TakenFromFile = HashSet<(usize, &'static str)>;

/// One record the import adds or changes, as it will be after the import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Planned<R> {
    pub line: usize,
    /// The record with the plan's values in every conflicting field.
    pub record: Arc<R>,
    pub change: Change,
    pub conflicts: Vec<Conflict>,
    /// What is added to a record the plan has, in words ("phone +372 5301 4478"): the
    /// addresses and numbers it did not have.
    pub additions: Vec<Message>,
    /// The record with the file's values in every conflicting field.
    theirs: Option<Arc<R>>,
}

impl<R: Fields> Planned<R> {
    /// The record with each conflict settled as `taken` says.
    pub fn resolved(&self, taken: &TakenFromFile) -> Arc<R> {
        let Some(theirs) = &self.theirs else {
            return self.record.clone();
        };
        let chosen: Vec<&Conflict> = self
            .conflicts
            .iter()
            .filter(|conflict| taken.contains(&(self.line, conflict.field)))
            .collect();
        if chosen.is_empty() {
            return self.record.clone();
        }
        let mut record = R::clone(&self.record);
        for conflict in chosen {
            record.copy_field(theirs, conflict.field);
        }
        Arc::new(record)
    }
}

impl<R> Planned<R> {
    pub fn is_new(&self) -> bool {
        self.change == Change::Add
    }

    /// The labels of the fields that change; empty for a record that is added.
    pub fn changed_fields(&self) -> &[&'static str] {
        match &self.change {
            Change::Add => &[],
            Change::Update { fields, .. } => fields,
        }
    }
}

/// What an import would do: apply it with the records of [`Self::organisations`] first, then
/// [`Self::people`], each replacing the record with the same id or added at the end.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportPreview {
    pub organisations: Vec<Planned<Organisation>>,
    pub people: Vec<Planned<Person>>,
    /// Records found in the plan already, exactly as the file has them.
    pub unchanged_people: usize,
    pub unchanged_organisations: usize,
    /// Rows or cards that are left out, by line.
    pub problems: Vec<ImportProblem>,
    /// Entries that fit several people of the plan, by line: left out until the planner
    /// chooses.
    pub ambiguous: Vec<Ambiguity>,
    /// Values of the file the plan has no place for, by line.
    pub left_out: Vec<LeftOut>,
    /// The names of the organisations that the people of [`Self::people`] belong to.
    organisation_names: HashMap<OrganisationId, String>,
}

impl ImportPreview {
    /// Whether applying the import would change the plan at all.
    pub fn is_empty(&self) -> bool {
        self.organisations.is_empty() && self.people.is_empty()
    }

    pub fn people_added(&self) -> usize {
        self.people.iter().filter(|p| p.is_new()).count()
    }

    pub fn people_changed(&self) -> usize {
        self.people.len() - self.people_added()
    }

    pub fn organisations_added(&self) -> usize {
        self.organisations.iter().filter(|o| o.is_new()).count()
    }

    pub fn organisations_changed(&self) -> usize {
        self.organisations.len() - self.organisations_added()
    }

    /// The entries that fit several people and are left out, as no choice was made for them.
    pub fn unsettled(&self) -> impl Iterator<Item = &Ambiguity> {
        self.ambiguous.iter().filter(|a| a.chosen.is_none())
    }

    /// One sentence for the planner, e.g. "2 people to add, 1 to change; 1 organisation to add;
    /// 4 already in the plan; 1 row left out".
    pub fn summary(&self) -> String {
        // A count as it is written (never grouped: the command line prints it) and as the
        // message chooses its words by.
        let counted =
            |id: &'static str, n: usize| Message::new(id).with("n", n.to_string()).with("count", n);
        let mut parts: Vec<Message> = Vec::new();
        let mut records =
            |added: usize, changed: usize, to_add: &'static str, to_change: &'static str| {
                if added > 0 && changed > 0 {
                    parts.push(
                        counted("preview-added-and-changed", changed)
                            .with("added", counted(to_add, added)),
                    );
                } else if added > 0 {
                    parts.push(counted(to_add, added));
                } else if changed > 0 {
                    parts.push(counted(to_change, changed));
                }
            };
        records(
            self.people_added(),
            self.people_changed(),
            "preview-people-to-add",
            "preview-people-to-change",
        );
        records(
            self.organisations_added(),
            self.organisations_changed(),
            "preview-organisations-to-add",
            "preview-organisations-to-change",
        );
        let unchanged = self.unchanged_people + self.unchanged_organisations;
        if unchanged > 0 {
            parts.push(counted("preview-already-in-plan", unchanged));
        }
        if !self.problems.is_empty() {
            parts.push(counted("preview-entries-left-out", self.problems.len()));
        }
        let unsettled = self.unsettled().count();
        if unsettled > 0 {
            parts.push(counted("preview-entries-ambiguous", unsettled));
        }
        let differing = self.conflicts().count();
        if differing > 0 {
            parts.push(counted("preview-values-differ", differing));
        }
        if !self.left_out.is_empty() {
            parts.push(counted("preview-values-not-imported", self.left_out.len()));
        }
        if parts.is_empty() {
            crate::lang::text("preview-nothing").to_owned()
        } else {
            let parts: Vec<String> = parts.iter().map(Message::render).collect();
            let mut sentence = parts.join(crate::lang::text("preview-part-separator"));
            if let Some(first) = sentence.chars().next() {
                let upper: String = first.to_uppercase().collect();
                sentence.replace_range(..first.len_utf8(), &upper);
            }
            sentence
        }
    }

    /// The import as one change to the plan, each conflict settled as `taken` says: each record
    /// replaces the one with the same id, or is added at the end. The window and the command
    /// line both apply this change.
    pub fn change(&self, taken: &TakenFromFile) -> crate::model::Change {
        crate::model::Change::Records {
            organisations: self
                .organisations
                .iter()
                .map(|planned| planned.resolved(taken))
                .collect(),
            people: self
                .people
                .iter()
                .map(|planned| planned.resolved(taken))
                .collect(),
        }
    }

    /// Applies the import to `plan`: [`Self::change`], applied.
    pub fn apply(&self, plan: &mut Plan, taken: &TakenFromFile) {
        self.change(taken).apply(plan);
    }

    /// Every conflict of the import, each with the line of its record.
    pub fn conflicts(&self) -> impl Iterator<Item = (usize, &Conflict)> {
        fn of<R>(planned: &Planned<R>) -> impl Iterator<Item = (usize, &Conflict)> {
            planned
                .conflicts
                .iter()
                .map(|conflict| (planned.line, conflict))
        }
        self.organisations
            .iter()
            .flat_map(of)
            .chain(self.people.iter().flat_map(of))
    }

    /// The name of the organisation a person of [`Self::people`] belongs to: one the import adds,
    /// or one in the plan.
    pub fn organisation_name(&self, id: OrganisationId) -> Option<&str> {
        self.organisation_names.get(&id).map(String::as_str)
    }
}

/// How new records are filled in where the file does not say, and whom the entries that fit
/// several people are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportOptions {
    /// The side of new people whose side the file does not give: the host's contact list is
    /// `Host`, the delegation's own is `Visiting`.
    pub side_for_new_people: Side,
    /// The planner's choices for entries that fit several people ([`ImportPreview::ambiguous`]).
    pub matches: ChosenMatches,
}

impl Default for ImportOptions {
    fn default() -> Self {
        Self {
            side_for_new_people: Side::Visiting,
            matches: ChosenMatches::new(),
        }
    }
}

/// Works out what importing `incoming` into `plan` would do. See the module documentation for how
/// records are matched.
pub fn plan_import(plan: &Plan, incoming: &Incoming, options: ImportOptions) -> ImportPreview {
    let mut work = Work::new(plan);
    work.preview.problems = incoming.problems.clone();
    work.preview.left_out = incoming.left_out.clone();
    for organisation in &incoming.organisations {
        work.organisation(organisation);
    }
    let whom = whom(&work.plan_people, &incoming.people);
    for (person, whom) in incoming.people.iter().zip(whom) {
        work.person(person, whom, &options);
    }
    let organisation_names = work.organisation_names_of_people();
    let mut preview = work.preview;
    preview.organisation_names = organisation_names;
    preview.problems.sort_by_key(|problem| problem.line);
    preview
}

/// Who an entry of the file is.
enum Whom {
    /// Nobody: it cannot be imported, for this reason.
    LeftOut(Message),
    /// The person of an earlier entry, on this line.
    Again(usize),
    /// A person of the file not seen before, and whom of the plan's it is.
    Found(Found),
}

/// Whom each of `people` is, as [`super::matching`] says.
fn whom(plan_people: &PlanPeople, people: &[IncomingPerson]) -> Vec<Whom> {
    let mut file = FileEntries::default();
    // The plan's person each entry of the file seen so far is, by the entry's line.
    let mut found_at: HashMap<usize, usize> = HashMap::new();
    let mut whom: Vec<Whom> = people
        .iter()
        .map(|person| {
            if person.name.trim().is_empty() {
                return Whom::LeftOut(Message::new("import-person-without-name"));
            }
            if let Some(reason) = too_long(&person.texts()) {
                return Whom::LeftOut(reason);
            }
            let found = plan_people.find(person);
            let position = match found {
                Found::One { position, .. } => Some(position),
                _ => None,
            };
            if let Some(earlier) = file.same_person(person) {
                // Namesakes the plan knows as two people (by address or number) are two.
                let told_apart = position
                    .zip(found_at.get(&earlier))
                    .is_some_and(|(this, &that)| this != that);
                if !told_apart {
                    return Whom::Again(earlier);
                }
            }
            file.insert(person);
            if let Some(position) = position {
                found_at.insert(person.line, position);
            }
            Whom::Found(found)
        })
        .collect();
    // Different people of the file whom only their name makes one person of the plan: which of
    // them that person is, if any, is the planner's choice.
    let name_only = |whom: &Whom| match whom {
        Whom::Found(Found::One {
            position,
            by_name_only: true,
        }) => Some(*position),
        _ => None,
    };
    let mut claims: HashMap<usize, usize> = HashMap::new();
    for position in whom.iter().filter_map(name_only) {
        *claims.entry(position).or_default() += 1;
    }
    for entry in &mut whom {
        if let Some(position) = name_only(entry)
            && claims[&position] > 1
        {
            *entry = Whom::Found(Found::Several(vec![position]));
        }
    }
    whom
}

/// The state of [`plan_import`] while it goes through the file.
struct Work<'p> {
    plan: &'p Plan,
    preview: ImportPreview,
    /// Organisations by folded name (and folded name in their own script), in the plan and
    /// planned: their id.
    organisation_names: HashMap<String, OrganisationId>,
    /// The plan's organisations by id: their position.
    plan_organisations: HashMap<OrganisationId, usize>,
    /// Organisation ids the file has already spoken about, with the line it did so on.
    organisations_seen: HashMap<OrganisationId, usize>,
    /// The organisations of the preview by id: their position in it.
    planned_organisations: HashMap<OrganisationId, usize>,
    /// The plan's people, for matching each entry of the file against them.
    plan_people: PlanPeople<'p>,
    /// People ids the file has already spoken about, with the line it did so on.
    people_seen: HashMap<PersonId, usize>,
}

impl<'p> Work<'p> {
    fn new(plan: &'p Plan) -> Self {
        let mut organisation_names = HashMap::new();
        for organisation in &plan.organisations {
            for name in [&organisation.name, &organisation.native_name] {
                let folded = fold(name);
                if !folded.is_empty() {
                    organisation_names.entry(folded).or_insert(organisation.id);
                }
            }
        }
        Self {
            plan,
            preview: ImportPreview::default(),
            organisation_names,
            // Collected from the last to the first, so that where an id is duplicated the first
            // organisation with it is found.
            plan_organisations: plan
                .organisations
                .iter()
                .enumerate()
                .rev()
                .map(|(position, organisation)| (organisation.id, position))
                .collect(),
            organisations_seen: HashMap::new(),
            planned_organisations: HashMap::new(),
            plan_people: PlanPeople::new(&plan.people),
            people_seen: HashMap::new(),
        }
    }

    fn plan_organisation(&self, id: OrganisationId) -> Option<&'p Arc<Organisation>> {
        let plan = self.plan;
        self.plan_organisations
            .get(&id)
            .map(|&position| &plan.organisations[position])
    }

    /// The names of the organisations the planned people belong to, planned or in the plan.
    fn organisation_names_of_people(&self) -> HashMap<OrganisationId, String> {
        let planned: HashMap<OrganisationId, &Arc<Organisation>> = self
            .preview
            .organisations
            .iter()
            .map(|planned| (planned.record.id, &planned.record))
            .collect();
        self.preview
            .people
            .iter()
            .filter_map(|planned| planned.record.organisation)
            .filter_map(|id| {
                let organisation = planned
                    .get(&id)
                    .copied()
                    .or_else(|| self.plan_organisation(id))?;
                Some((id, organisation.name.clone()))
            })
            .collect()
    }

    fn problem(&mut self, line: usize, message: Message) {
        self.preview.problems.push(ImportProblem { line, message });
    }

    /// The plan's person at `position`, as the planner tells them from their namesakes.
    fn candidate(&self, position: usize) -> Candidate {
        let person = self.plan_people.person(position);
        let organisation = person
            .organisation
            .and_then(|id| self.plan_organisation(id))
            .map(|organisation| organisation.name.as_str())
            .unwrap_or_default();
        let details: Vec<&str> = [
            person.position.as_str(),
            organisation,
            person.preferred_email(),
        ]
        .into_iter()
        .map(str::trim)
        .filter(|detail| !detail.is_empty())
        .collect();
        Candidate {
            id: person.id,
            name: person.name.clone(),
            details: details.join(", "),
        }
    }

    fn organisation(&mut self, incoming: &IncomingOrganisation) {
        let name = incoming.name.trim();
        if name.is_empty() {
            self.problem(
                incoming.line,
                Message::new("import-organisation-without-name"),
            );
            return;
        }
        if let Some(reason) = too_long(&incoming.texts()) {
            self.problem(incoming.line, reason);
            return;
        }
        let existing = incoming
            .id
            .and_then(|id| self.plan_organisation(id))
            .or_else(|| {
                let id = self.organisation_by_name(name, &incoming.native_name)?;
                self.plan_organisation(id)
            });
        let planned_id = existing.map(|o| o.id).or_else(|| {
            // An organisation planned earlier in the same file, under the same name.
            let id = self.organisation_by_name(name, &incoming.native_name)?;
            self.organisations_seen.contains_key(&id).then_some(id)
        });
        if let Some(id) = planned_id
            && let Some(&first) = self.organisations_seen.get(&id)
        {
            self.problem(
                incoming.line,
                msg!(
                    "import-organisation-again",
                    name = name,
                    first = first.to_string()
                ),
            );
            return;
        }
        match existing {
            Some(existing) => {
                self.organisations_seen.insert(existing.id, incoming.line);
                let mut merge = Merge::new(Organisation::clone(existing), true);
                merge_organisation(&mut merge, incoming);
                if merge.changed.is_empty() && merge.conflicts.is_empty() {
                    self.preview.unchanged_organisations += 1;
                } else {
                    self.plan_organisation_record(merge.finish(incoming.line, None));
                }
            }
            None => {
                let mut organisation = Organisation::new(name);
                organisation.kind = OrganisationKind::Other;
                if let Some(id) = incoming.id {
                    organisation.id = id;
                }
                let mut merge = Merge::new(organisation, false);
                merge_organisation(&mut merge, incoming);
                self.add_organisation(merge.record, incoming.line);
            }
        }
    }

    fn add_organisation(&mut self, organisation: Organisation, line: usize) -> OrganisationId {
        let id = organisation.id;
        for name in [&organisation.name, &organisation.native_name] {
            let folded = fold(name);
            if !folded.is_empty() {
                self.organisation_names.entry(folded).or_insert(id);
            }
        }
        self.organisations_seen.insert(id, line);
        self.plan_organisation_record(
            Merge::new(organisation, false).finish(line, Some(Change::Add)),
        );
        id
    }

    /// Adds an organisation to the preview, indexed by its id.
    fn plan_organisation_record(&mut self, planned: Planned<Organisation>) {
        self.planned_organisations
            .insert(planned.record.id, self.preview.organisations.len());
        self.preview.organisations.push(planned);
    }

    /// The name of an organisation planned or in the plan.
    fn organisation_name_by_id(&self, id: OrganisationId) -> Option<String> {
        self.planned_organisations
            .get(&id)
            .map(|&position| &self.preview.organisations[position].record)
            .or_else(|| self.plan_organisation(id))
            .map(|organisation| organisation.name.clone())
    }

    fn organisation_by_name(&self, name: &str, native_name: &str) -> Option<OrganisationId> {
        [name, native_name]
            .into_iter()
            .map(fold)
            .filter(|folded| !folded.is_empty())
            .find_map(|folded| self.organisation_names.get(&folded).copied())
    }

    /// The id of the organisation named `name`: one in the plan, one planned, or a new one.
    fn organisation_named(&mut self, name: &str, line: usize) -> OrganisationId {
        match self.organisation_by_name(name, "") {
            Some(id) => id,
            None => {
                let mut organisation = Organisation::new(name.trim());
                organisation.kind = OrganisationKind::Other;
                self.add_organisation(organisation, line)
            }
        }
    }

    fn person(&mut self, incoming: &IncomingPerson, whom: Whom, options: &ImportOptions) {
        let name = incoming.name.trim();
        let found = match whom {
            Whom::LeftOut(reason) => return self.problem(incoming.line, reason),
            Whom::Again(earlier) => {
                return self.problem(
                    incoming.line,
                    msg!(
                        "import-person-again",
                        name = name,
                        first = earlier.to_string()
                    ),
                );
            }
            Whom::Found(found) => found,
        };
        let position = match found {
            Found::Nobody => None,
            Found::One { position, .. } => Some(position),
            Found::Several(positions) => {
                let chosen = options
                    .matches
                    .get(&incoming.line)
                    .copied()
                    .filter(|choice| match choice {
                        MatchChoice::New => true,
                        MatchChoice::Person(id) => self
                            .plan_people
                            .position_of(*id)
                            .is_some_and(|position| positions.contains(&position)),
                    });
                self.preview.ambiguous.push(Ambiguity {
                    line: incoming.line,
                    name: name.to_owned(),
                    candidates: positions.iter().map(|&p| self.candidate(p)).collect(),
                    chosen,
                });
                match chosen {
                    None => return,
                    Some(MatchChoice::New) => None,
                    Some(MatchChoice::Person(id)) => self.plan_people.position_of(id),
                }
            }
        };
        let existing = position.map(|position| self.plan_people.person(position));
        if let Some(earlier) = existing.and_then(|p| self.people_seen.get(&p.id).copied()) {
            self.problem(
                incoming.line,
                msg!(
                    "import-person-again",
                    name = name,
                    first = earlier.to_string()
                ),
            );
            return;
        }
        let organisation = (!incoming.organisation.trim().is_empty())
            .then(|| self.organisation_named(&incoming.organisation, incoming.line));
        match existing {
            Some(existing) => {
                self.people_seen.insert(existing.id, incoming.line);
                let mut merge = Merge::new(Person::clone(existing), true);
                merge_person(&mut merge, incoming);
                let planned_organisation = merge.record.organisation;
                merge.field(
                    PersonField::Organisation.label(),
                    Field {
                        get: |p| &mut p.organisation,
                        same: |a, b| a == b,
                        is_empty: Option::is_none,
                        show: |_| String::new(),
                    },
                    organisation.map(Some),
                );
                // Organisations are shown by name, which the record does not hold.
                if let Some(conflict) = merge
                    .conflicts
                    .iter_mut()
                    .find(|c| c.field == PersonField::Organisation.label())
                {
                    let name_of = |id: Option<OrganisationId>| {
                        id.and_then(|id| self.organisation_name_by_id(id))
                            .unwrap_or_default()
                    };
                    conflict.plan = name_of(planned_organisation);
                    conflict.file = name_of(organisation);
                }
                if merge.changed.is_empty() && merge.conflicts.is_empty() {
                    self.preview.unchanged_people += 1;
                } else {
                    self.preview.people.push(merge.finish(incoming.line, None));
                }
            }
            None => {
                let mut person = Person::new(name);
                if let Some(id) = incoming.id {
                    person.id = id;
                }
                person.side = options.side_for_new_people;
                let mut merge = Merge::new(person, false);
                merge_person(&mut merge, incoming);
                merge.record.organisation = organisation;
                self.people_seen.insert(merge.record.id, incoming.line);
                let planned = merge.finish(incoming.line, Some(Change::Add));
                self.preview.people.push(planned);
            }
        }
    }
}

/// Merges what a file says into one record, field by field. A new record takes every value the
/// file gives. A record the plan has keeps its values: where it has none the file's is filled
/// in; where it has another, the two are a [`Conflict`] for the planner to settle (the plan's
/// value stays unless they choose the file's), and notes are added to, never replaced.
struct Merge<R> {
    record: R,
    /// Whether `record` is in the plan already (conflicts are possible) or new.
    existing: bool,
    /// The record with the file's value in every conflicting field.
    theirs: Option<R>,
    changed: Vec<&'static str>,
    conflicts: Vec<Conflict>,
    additions: Vec<Message>,
}

impl<R: Clone> Merge<R> {
    fn new(record: R, existing: bool) -> Self {
        Self {
            record,
            existing,
            theirs: None,
            changed: Vec::new(),
            conflicts: Vec::new(),
            additions: Vec::new(),
        }
    }

    /// Merges one field: `incoming` is what the file says (`None`: nothing).
    fn field<T: Clone>(&mut self, label: &'static str, field: Field<R, T>, incoming: Option<T>) {
        let Some(value) = incoming else { return };
        let current = (field.get)(&mut self.record);
        if (field.same)(current, &value) {
            return;
        }
        if self.existing && !(field.is_empty)(current) {
            let shown = ((field.show)(current), (field.show)(&value));
            let theirs = self.theirs.get_or_insert_with(|| self.record.clone());
            *(field.get)(theirs) = value;
            self.conflicts.push(Conflict {
                field: label,
                plan: shown.0,
                file: shown.1,
            });
        } else {
            *current = value;
            self.changed.push(label);
        }
    }

    fn text(
        &mut self,
        label: &'static str,
        get: fn(&mut R) -> &mut String,
        incoming: &str,
        same: fn(&str, &str) -> bool,
    ) {
        let incoming = incoming.trim();
        let plan = get(&mut self.record).trim();
        let incoming = (!incoming.is_empty() && !same(plan, incoming)).then(|| incoming.to_owned());
        self.field(
            label,
            Field {
                get,
                same: |a, b| a == b,
                is_empty: |a| a.trim().is_empty(),
                show: String::clone,
            },
            incoming,
        );
    }

    /// Addresses or numbers are merged, never replaced: each of the file's that the plan lacks
    /// (compared by `same`) is added. The plan's preferred entry stays preferred; the file's
    /// preference counts only where the plan had none of these.
    fn contacts(
        &mut self,
        label: &'static str,
        noun: &str,
        get: fn(&mut R) -> &mut Vec<ContactEntry>,
        incoming: &[ContactEntry],
        same: fn(&str, &str) -> bool,
    ) {
        let entries = get(&mut self.record);
        let plan_had_none = entries.is_empty();
        let before = entries.len();
        for entry in incoming {
            let value = entry.value.trim();
            if value.is_empty() || entries.iter().any(|known| same(&known.value, value)) {
                continue;
            }
            entries.push(ContactEntry {
                value: value.to_owned(),
                kind: entry.kind,
                preferred: entry.preferred && plan_had_none,
            });
            if self.existing {
                self.additions.push(msg!(
                    "preview-addition",
                    what = field_message(noun),
                    value = value
                ));
            }
        }
        if entries.len() > before {
            self.changed.push(label);
        }
    }

    /// Notes are added to: the file's notes go after the plan's, unless the plan has them already.
    fn notes(&mut self, label: &'static str, get: fn(&mut R) -> &mut String, incoming: &str) {
        let incoming = incoming.trim();
        let notes = get(&mut self.record);
        if incoming.is_empty() || notes.contains(incoming) {
            return;
        }
        if notes.trim().is_empty() {
            *notes = incoming.to_owned();
        } else {
            *notes = format!("{}\n\n{incoming}", notes.trim_end());
        }
        self.changed.push(label);
    }

    fn choice<T: Choice + PartialEq>(
        &mut self,
        label: &'static str,
        get: fn(&mut R) -> &mut T,
        incoming: Option<T>,
    ) {
        self.field(
            label,
            Field {
                get,
                same: |a, b| a == b,
                // A choice always has a value; the plan's is the planner's.
                is_empty: |_| false,
                show: |value| value.code().to_owned(),
            },
            incoming,
        );
    }

    /// The record as planned (with the plan's values where they conflict), and the conflicts.
    fn finish(self, line: usize, change: Option<Change>) -> Planned<R> {
        let change = change.unwrap_or(Change::Update {
            fields: self.changed,
        });
        Planned {
            line,
            record: Arc::new(self.record),
            change,
            conflicts: self.conflicts,
            additions: self.additions,
            theirs: self.theirs.map(Arc::new),
        }
    }
}

/// How one field of `R` is read, compared and shown.
struct Field<R, T> {
    get: fn(&mut R) -> &mut T,
    same: fn(&T, &T) -> bool,
    is_empty: fn(&T) -> bool,
    show: fn(&T) -> String,
}

fn exact(a: &str, b: &str) -> bool {
    a == b
}

fn folded(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// Merges what `incoming` gives into `merge` (not the id or the organisation).
fn merge_person(merge: &mut Merge<Person>, incoming: &IncomingPerson) {
    use PersonField as F;
    merge.text(F::Name.label(), |p| &mut p.name, &incoming.name, folded);
    merge.text(
        F::NativeName.label(),
        |p| &mut p.native_name,
        &incoming.native_name,
        folded,
    );
    merge.text(
        F::FormOfAddress.label(),
        |p| &mut p.form_of_address,
        &incoming.form_of_address,
        exact,
    );
    merge.text(F::Title.label(), |p| &mut p.title, &incoming.title, exact);
    merge.text(
        F::Position.label(),
        |p| &mut p.position,
        &incoming.position,
        exact,
    );
    merge.contacts(
        F::Email.label(),
        "email",
        |p| &mut p.emails,
        &incoming.emails,
        same_email,
    );
    merge.contacts(
        F::Phone.label(),
        "phone",
        |p| &mut p.phones,
        &incoming.phones,
        same_phone,
    );
    merge.text(
        F::DietaryNeeds.label(),
        |p| &mut p.dietary_needs,
        &incoming.dietary_needs,
        exact,
    );
    merge.text(
        F::AccessibilityNeeds.label(),
        |p| &mut p.accessibility_needs,
        &incoming.accessibility_needs,
        exact,
    );
    merge.notes(F::Notes.label(), |p| &mut p.notes, &incoming.notes);
    merge.choice(F::Side.label(), |p| &mut p.side, incoming.side);
    merge.choice(F::Role.label(), |p| &mut p.role, incoming.role);
    let languages: Vec<String> = incoming
        .languages
        .iter()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect();
    merge.field(
        F::Languages.label(),
        Field {
            get: |p| &mut p.languages,
            same: |a, b| {
                let folded = |list: &[String]| list.iter().map(|l| fold(l)).collect::<Vec<_>>();
                folded(a) == folded(b)
            },
            is_empty: Vec::is_empty,
            show: |list| list.join("; "),
        },
        (!languages.is_empty()).then_some(languages),
    );
    merge.choice(
        F::DocumentStatus.label(),
        |p| &mut p.travel_document.status,
        incoming.document_status,
    );
    merge.field(
        F::DocumentDeadline.label(),
        Field {
            get: |p| &mut p.travel_document.deadline,
            same: |a, b| a == b,
            is_empty: Option::is_none,
            show: |date| date.map(|date| date.to_string()).unwrap_or_default(),
        },
        incoming.document_deadline.map(Some),
    );
}

fn merge_organisation(merge: &mut Merge<Organisation>, incoming: &IncomingOrganisation) {
    use OrganisationField as F;
    merge.text(F::Name.label(), |o| &mut o.name, &incoming.name, folded);
    merge.text(
        F::NativeName.label(),
        |o| &mut o.native_name,
        &incoming.native_name,
        folded,
    );
    merge.text(
        F::Country.label(),
        |o| &mut o.country,
        &incoming.country,
        same_email,
    );
    merge.text(
        F::Address.label(),
        |o| &mut o.address,
        &incoming.address,
        exact,
    );
    merge.text(
        F::Website.label(),
        |o| &mut o.website,
        &incoming.website,
        exact,
    );
    merge.notes(F::Notes.label(), |o| &mut o.notes, &incoming.notes);
    merge.choice(F::Kind.label(), |o| &mut o.kind, incoming.kind);
}

/// The fields of an organisation that files carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OrganisationField {
    Name,
    NativeName,
    Kind,
    Country,
    Address,
    Website,
    Notes,
}

impl OrganisationField {
    pub const ALL: [OrganisationField; 7] = [
        Self::Name,
        Self::NativeName,
        Self::Kind,
        Self::Country,
        Self::Address,
        Self::Website,
        Self::Notes,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Name => "Name",
            Self::NativeName => "Name in own script",
            Self::Kind => "Kind",
            Self::Country => "Country",
            Self::Address => "Address",
            Self::Website => "Website",
            Self::Notes => "Notes",
        }
    }

    /// The field's value in `organisation`, as text.
    pub fn text(self, organisation: &Organisation) -> String {
        match self {
            Self::Name => organisation.name.clone(),
            Self::NativeName => organisation.native_name.clone(),
            Self::Kind => organisation.kind.code().to_owned(),
            Self::Country => organisation.country.clone(),
            Self::Address => organisation.address.clone(),
            Self::Website => organisation.website.clone(),
            Self::Notes => organisation.notes.clone(),
        }
    }
}

/// Records whose fields can be copied one by one, so that a conflict settled for the file's
/// value takes only that field.
pub trait Fields: Clone {
    /// Copies the field labelled `label` from `from`.
    fn copy_field(&mut self, from: &Self, label: &str);
}

impl Fields for Person {
    fn copy_field(&mut self, from: &Self, label: &str) {
        use PersonField as F;
        let Some(field) = F::ALL.into_iter().find(|field| field.label() == label) else {
            return;
        };
        match field {
            F::Id => {}
            F::Name => self.name.clone_from(&from.name),
            F::NativeName => self.native_name.clone_from(&from.native_name),
            F::FormOfAddress => self.form_of_address.clone_from(&from.form_of_address),
            F::Title => self.title.clone_from(&from.title),
            F::Position => self.position.clone_from(&from.position),
            F::Organisation => self.organisation = from.organisation,
            F::Side => self.side = from.side,
            F::Role => self.role = from.role,
            F::Email => self.emails.clone_from(&from.emails),
            F::Phone => self.phones.clone_from(&from.phones),
            F::Languages => self.languages.clone_from(&from.languages),
            F::DietaryNeeds => self.dietary_needs.clone_from(&from.dietary_needs),
            F::AccessibilityNeeds => self
                .accessibility_needs
                .clone_from(&from.accessibility_needs),
            F::DocumentStatus => self.travel_document.status = from.travel_document.status,
            F::DocumentDeadline => self.travel_document.deadline = from.travel_document.deadline,
            F::Notes => self.notes.clone_from(&from.notes),
        }
    }
}

impl Fields for Organisation {
    fn copy_field(&mut self, from: &Self, label: &str) {
        use OrganisationField as F;
        let Some(field) = F::ALL.into_iter().find(|field| field.label() == label) else {
            return;
        };
        match field {
            F::Name => self.name.clone_from(&from.name),
            F::NativeName => self.native_name.clone_from(&from.native_name),
            F::Kind => self.kind = from.kind,
            F::Country => self.country.clone_from(&from.country),
            F::Address => self.address.clone_from(&from.address),
            F::Website => self.website.clone_from(&from.website),
            F::Notes => self.notes.clone_from(&from.notes),
        }
    }
}

/// The fields of a person that files carry, in the order of the CSV export's columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonField {
    Id,
    Name,
    NativeName,
    FormOfAddress,
    Title,
    Position,
    Organisation,
    Side,
    Role,
    Email,
    Phone,
    Languages,
    DietaryNeeds,
    AccessibilityNeeds,
    DocumentStatus,
    DocumentDeadline,
    Notes,
}

impl PersonField {
    pub const ALL: [PersonField; 17] = [
        Self::Id,
        Self::Name,
        Self::NativeName,
        Self::FormOfAddress,
        Self::Title,
        Self::Position,
        Self::Organisation,
        Self::Side,
        Self::Role,
        Self::Email,
        Self::Phone,
        Self::Languages,
        Self::DietaryNeeds,
        Self::AccessibilityNeeds,
        Self::DocumentStatus,
        Self::DocumentDeadline,
        Self::Notes,
    ];

    /// The field's name, as the CSV header and the preview write it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Id => "Id",
            Self::Name => "Name",
            Self::NativeName => "Name in own script",
            Self::FormOfAddress => "Form of address",
            Self::Title => "Title",
            Self::Position => "Position",
            Self::Organisation => "Organisation",
            Self::Side => "Side",
            Self::Role => "Role",
            Self::Email => "Email",
            Self::Phone => "Phone",
            Self::Languages => "Languages",
            Self::DietaryNeeds => "Dietary needs",
            Self::AccessibilityNeeds => "Accessibility needs",
            Self::DocumentStatus => "Travel document",
            Self::DocumentDeadline => "Travel document deadline",
            Self::Notes => "Notes",
        }
    }

    /// The field's value in `person`, as text (the organisation by `organisation_name`).
    pub fn text(
        self,
        person: &Person,
        organisation_name: impl Fn(OrganisationId) -> String,
    ) -> String {
        match self {
            Self::Id => person.id.to_string(),
            Self::Name => person.name.clone(),
            Self::NativeName => person.native_name.clone(),
            Self::FormOfAddress => person.form_of_address.clone(),
            Self::Title => person.title.clone(),
            Self::Position => person.position.clone(),
            Self::Organisation => person
                .organisation
                .map(organisation_name)
                .unwrap_or_default(),
            Self::Side => person.side.code().to_owned(),
            Self::Role => person.role.code().to_owned(),
            Self::Email => entry_values(&person.emails),
            Self::Phone => entry_values(&person.phones),
            Self::Languages => person.languages.join("; "),
            Self::DietaryNeeds => person.dietary_needs.clone(),
            Self::AccessibilityNeeds => person.accessibility_needs.clone(),
            Self::DocumentStatus => person.travel_document.status.code().to_owned(),
            Self::DocumentDeadline => person
                .travel_document
                .deadline
                .map(|date| date.to_string())
                .unwrap_or_default(),
            Self::Notes => person.notes.clone(),
        }
    }
}

/// Every value of a list of addresses or numbers, preferred first, as one text.
fn entry_values(entries: &[ContactEntry]) -> String {
    let mut values: Vec<&str> = entries.iter().map(|entry| entry.value.as_str()).collect();
    if let Some(preferred) = entries.iter().position(|entry| entry.preferred) {
        let value = values.remove(preferred);
        values.insert(0, value);
    }
    values.join("; ")
}

/// The value of `C` whose label is `text`, ignoring case, accents and spacing; also accepts the
/// variant's name as written in plan files ("InProgress").
pub fn choice_from_label<C: Choice + std::fmt::Debug>(text: &str) -> Option<C> {
    let wanted = fold(text).replace(' ', "");
    if wanted.is_empty() {
        return None;
    }
    C::ALL.iter().copied().find(|choice| {
        fold(choice.code()).replace(' ', "") == wanted || fold(&format!("{choice:?}")) == wanted
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ContactKind;

    fn plan() -> Plan {
        let mut plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
        let mut ministry = Organisation::new("Ministry of Communications");
        ministry.native_name = "وزارة الاتصالات".into();
        let mut person = Person::new("Tõnis Saar");
        person.emails = vec![ContactEntry::new(
            "tonis.saar@example.ee",
            ContactKind::Work,
        )];
        person.phones = vec![ContactEntry::new("+372 5555 1234", ContactKind::Mobile)];
        person.position = "Adviser".into();
        person.organisation = Some(ministry.id);
        plan.organisations.push(Arc::new(ministry));
        plan.people.push(Arc::new(person));
        plan
    }

    fn incoming(name: &str) -> IncomingPerson {
        IncomingPerson {
            line: 2,
            name: name.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_person_found_by_name_without_accents_is_not_added_again() {
        let plan = plan();
        let mut file = Incoming::default();
        let mut same = incoming("Tonis SAAR");
        same.phones = vec![ContactEntry::new("+3725555-1234", ContactKind::Other)];
        file.people.push(same);
        let preview = plan_import(&plan, &file, ImportOptions::default());
        assert!(preview.is_empty(), "{preview:?}");
        assert_eq!(preview.unchanged_people, 1);
        assert_eq!(preview.summary(), "1 already in the plan");
    }

    #[test]
    fn another_email_is_added_and_another_position_is_a_conflict_that_keeps_the_plans() {
        let plan = plan();
        let mut file = Incoming::default();
        let mut changed = incoming("Tõnis Saar");
        changed.emails = vec![ContactEntry::new("saar@example.ee", ContactKind::Home).preferred()];
        changed.organisation = "وزارة الاتصالات".into();
        changed.position = "Head of unit".into();
        changed.title = "Dr.".into();
        file.people.push(changed);
        let preview = plan_import(&plan, &file, ImportOptions::default());
        assert_eq!(preview.people.len(), 1);
        // The plan had no title: filled in. The email is added to the plan's. It had a
        // position: the file's is a conflict.
        assert_eq!(preview.people[0].changed_fields(), ["Title", "Email"]);
        assert_eq!(
            preview.people[0].additions[0].render(),
            "email saar@example.ee"
        );
        assert_eq!(preview.people[0].additions.len(), 1);
        assert_eq!(
            preview.people[0].conflicts,
            [Conflict {
                field: "Position",
                plan: "Adviser".into(),
                file: "Head of unit".into(),
            }]
        );
        assert_eq!(
            preview.summary(),
            "1 person to change; 1 value differs from the plan's (the plan's kept unless chosen)"
        );

        let mut kept = plan.clone();
        preview.apply(&mut kept, &TakenFromFile::new());
        // Both addresses, the plan's still the one to write to.
        assert_eq!(
            kept.people[0].emails,
            [
                ContactEntry::new("tonis.saar@example.ee", ContactKind::Work),
                ContactEntry::new("saar@example.ee", ContactKind::Home),
            ]
        );
        assert_eq!(kept.people[0].preferred_email(), "tonis.saar@example.ee");
        assert_eq!(kept.people[0].preferred_phone(), "+372 5555 1234");
        assert_eq!(kept.people[0].position, "Adviser");

        let mut taken = plan.clone();
        preview.apply(&mut taken, &TakenFromFile::from([(2, "Position")]));
        assert_eq!(taken.people[0].position, "Head of unit");
        assert_eq!(taken.people[0].emails.len(), 2);
    }

    #[test]
    fn notes_are_added_to_and_a_number_among_the_files_is_kept() {
        let mut plan = plan();
        Arc::make_mut(&mut plan.people[0]).notes =
            "Passport renewed; visa applied 2027-02-01.".into();
        let mut file = Incoming::default();
        let mut card = incoming("Tõnis Saar");
        card.notes = "Prefers tea.".into();
        card.phones = vec![
            ContactEntry::new("+372 600 0000", ContactKind::Work).preferred(),
            ContactEntry::new("+372 5555-1234", ContactKind::Mobile),
        ];
        file.people.push(card);
        let preview = plan_import(&plan, &file, ImportOptions::default());
        assert_eq!(preview.people[0].changed_fields(), ["Phone", "Notes"]);
        assert_eq!(
            preview.people[0].additions[0].render(),
            "phone +372 600 0000"
        );
        assert_eq!(preview.people[0].additions.len(), 1);
        assert!(preview.people[0].conflicts.is_empty(), "{preview:#?}");
        let mut after = plan.clone();
        preview.apply(&mut after, &TakenFromFile::new());
        assert_eq!(
            after.people[0].notes,
            "Passport renewed; visa applied 2027-02-01.\n\nPrefers tea."
        );
        // The number the plan had is not added again, and stays the one to call.
        assert_eq!(after.people[0].phones.len(), 2);
        assert_eq!(after.people[0].preferred_phone(), "+372 5555 1234");
        // Importing the same card again adds the note no second time.
        let again = plan_import(&after, &file, ImportOptions::default());
        assert!(again.is_empty(), "{again:#?}");
    }

    #[test]
    fn new_people_get_the_chosen_side_and_new_organisations_by_name() {
        let plan = plan();
        let mut file = Incoming::default();
        let mut new = incoming("Kadri Tamm");
        new.organisation = "Information System Authority".into();
        file.people.push(new.clone());
        let mut again = new.clone();
        again.line = 3;
        file.people.push(again);
        let preview = plan_import(
            &plan,
            &file,
            ImportOptions {
                side_for_new_people: Side::Host,
                ..ImportOptions::default()
            },
        );
        assert_eq!(preview.people.len(), 1);
        assert_eq!(preview.people[0].record.side, Side::Host);
        assert_eq!(preview.organisations.len(), 1);
        assert_eq!(
            preview.people[0].record.organisation,
            Some(preview.organisations[0].record.id)
        );
        let problems: Vec<(usize, String)> = preview
            .problems
            .iter()
            .map(|problem| (problem.line, problem.message.render()))
            .collect();
        assert_eq!(
            problems,
            [(
                3,
                "Kadri Tamm appears again (first on line 2); left out".to_owned()
            )]
        );
        assert_eq!(
            preview.summary(),
            "1 person to add; 1 organisation to add; 1 entry left out"
        );
    }

    #[test]
    fn the_preview_is_said_in_estonian_in_an_estonian_window_and_in_english_elsewhere() {
        use crate::lang::{Language, in_language};
        let plan = plan();
        let mut file = Incoming::default();
        let mut new = incoming("Kadri Tamm");
        new.organisation = "Information System Authority".into();
        file.people.push(new.clone());
        let mut again = new.clone();
        again.line = 3;
        file.people.push(again);
        file.left_out.push(LeftOut {
            line: 2,
            field: field_message("nickname"),
            value: "Kadi".into(),
            why: Message::new("import-no-place"),
        });
        let preview = plan_import(&plan, &file, ImportOptions::default());
        let estonian = in_language(Language::Estonian, || {
            (
                preview.summary(),
                preview.problems[0].message.render(),
                preview.left_out[0].to_string(),
            )
        });
        assert_eq!(
            estonian,
            (
                "Lisada 1 isik; lisada 1 organisatsioon; 1 kirje jäetud välja; 1 väärtus jääb \
                 importimata"
                    .to_owned(),
                "Kadri Tamm esineb uuesti (esimest korda real 2); jäetud välja".to_owned(),
                "hüüdnimi „Kadi“: plaanis pole selle jaoks kohta".to_owned(),
            )
        );
        // The command line's thread: English, as before.
        assert_eq!(
            preview.summary(),
            "1 person to add; 1 organisation to add; 1 entry left out; 1 value not imported"
        );
        assert_eq!(
            preview.left_out[0].to_string(),
            "nickname “Kadi”: the plan has no place for it"
        );
    }

    #[test]
    fn labels_are_read_leniently() {
        assert_eq!(
            choice_from_label::<DelegationRole>("head of delegation"),
            Some(DelegationRole::Head)
        );
        assert_eq!(choice_from_label::<Side>("HOST"), Some(Side::Host));
        assert_eq!(
            choice_from_label::<DocumentStatus>("ToApply"),
            Some(DocumentStatus::ToApply)
        );
        assert_eq!(choice_from_label::<Side>("sideways"), None);
    }
}
