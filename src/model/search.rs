//! Text folding for search: what a planner types should find a record however it is spelt.
//!
//! [`fold`] lower-cases, strips Latin diacritics ("Tõnis" → "tonis"), turns dashes into spaces
//! ("Al-Sudani" → "al sudani") and, for Arabic, drops the vowel marks (harakat) and the tatweel and
//! unifies the letters that are spelt either way (أ إ آ ٱ → ا, ى → ي, ة → ه), so a search typed
//! without vowel marks finds a name written with them. Fold both the text searched and the query,
//! then compare with [`matches`].

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

use std::collections::HashMap;
use std::sync::Arc;

use super::diff::PlanDiff;
use super::{
    Choice, EventKind, GiftParty, Organisation, OrganisationId, Person, PersonId, Plan, PlanIndex,
};

/// `text` in the form that search compares: see the module documentation.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends `text`, folded, to `out`.
fn fold_into(text: &str, out: &mut String) {
    let start = out.len();
    // Whether the last character pushed was a space (or nothing was pushed yet), so that runs of
    // white space and dashes collapse into one space and leading ones vanish.
    let mut after_space = true;
    let mut push = |c: char| {
        if !c.is_ascii() && (is_combining_mark(c) || c == '\u{0640}') {
            // Accents, Arabic harakat and the superscript alef; tatweel (the kashida).
            return;
        }
        if c.is_whitespace() || is_dash(c) {
            if !after_space {
                out.push(' ');
                after_space = true;
            }
            return;
        }
        after_space = false;
        match c {
            // Latin letters that carry their mark in the letter itself, so NFKD leaves them.
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            'đ' | 'ð' => out.push('d'),
            'ħ' => out.push('h'),
            'ı' => out.push('i'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'þ' => out.push_str("th"),
            // Arabic letters written either way (after NFKD has split off any hamza or madda).
            'ٱ' => out.push('ا'),
            'ى' | 'ی' => out.push('ي'),
            'ة' => out.push('ه'),
            'ک' => out.push('ك'),
            other => out.push(other),
        }
    };
    // Character by character rather than through an NFKD iterator over the whole text: most
    // characters are ASCII and need nothing, and the reordering of combining marks that NFKD
    // would do cannot matter, since every combining mark is dropped.
    for c in text.chars() {
        if c.is_ascii() {
            push(c.to_ascii_lowercase());
        } else {
            decompose_compatible(c, |part| part.to_lowercase().for_each(&mut push));
        }
    }
    if out.len() > start && out.ends_with(' ') {
        out.pop();
    }
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '_' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// Whether every word of `folded_query` occurs in `folded_text` (both already [`fold`]ed), in any
/// order: "sudani minister" finds "Minister … Al-Sudani". An empty query matches everything.
pub fn matches(folded_text: &str, folded_query: &str) -> bool {
    folded_query
        .split(' ')
        .filter(|word| !word.is_empty())
        .all(|word| folded_text.contains(word))
}

/// The folded text of every field of each person and organisation, in plan order, so that a
/// search compares a query against ready-made strings instead of folding the plan per keystroke.
/// Kept up to date edit by edit: only the text of the records a change touched is folded again.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    /// One entry per `plan.people`, including the names of the person's organisation.
    pub people: Vec<String>,
    /// One entry per `plan.organisations`.
    pub organisations: Vec<String>,
    /// What the events and the visit say of each person and organisation.
    pub protocol: ProtocolTexts,
    /// The records each entry was folded from, to know which entries a change left valid.
    people_sources: Vec<(Arc<Person>, Option<Arc<Organisation>>)>,
    organisation_sources: Vec<Arc<Organisation>>,
}

impl SearchIndex {
    pub fn new(plan: &Plan, index: &PlanIndex) -> Self {
        Self {
            protocol: ProtocolTexts::of(plan, index),
            ..Self::rebuild(Self::default(), plan, index)
        }
    }

    /// Whether the person at `position` in `plan.people` has every word of `folded_query` in
    /// their own fields, their organisation's names or the protocol records naming them.
    pub fn person_matches(&self, position: usize, folded_query: &str) -> bool {
        let Some(text) = self.people.get(position) else {
            return false;
        };
        let protocol = self
            .people_sources
            .get(position)
            .and_then(|(person, _)| self.protocol.people.get(&person.id));
        matches_either(text, protocol, folded_query)
    }

    /// Whether the organisation at `position` in `plan.organisations` has every word of
    /// `folded_query` in its fields or the gifts it gives or receives.
    pub fn organisation_matches(&self, position: usize, folded_query: &str) -> bool {
        let Some(text) = self.organisations.get(position) else {
            return false;
        };
        let protocol = self
            .organisation_sources
            .get(position)
            .and_then(|organisation| self.protocol.organisations.get(&organisation.id));
        matches_either(text, protocol, folded_query)
    }

    /// Brings the index of an earlier state of the plan up to date with `plan`, where `diff`
    /// says what changed since: an edit of one person folds one person, and an edit of an
    /// organisation folds it and its people, not ten thousand.
    pub fn update(&mut self, plan: &Plan, index: &PlanIndex, diff: &PlanDiff) {
        // Rooms, rides and gifts live in the events, vehicles in the visit.
        if diff.visit_changed || diff.events.is_rearranged() || !diff.events.replaced().is_empty() {
            self.protocol = ProtocolTexts::of(plan, index);
        }
        if diff.people.is_rearranged() || diff.organisations.is_rearranged() {
            *self = Self::rebuild(std::mem::take(self), plan, index);
            return;
        }
        let mut people: Vec<usize> = diff.people.replaced().to_vec();
        let mut changed_organisations = Vec::new();
        for &position in diff.organisations.replaced() {
            let organisation = &plan.organisations[position];
            self.organisations[position] = organisation_text(organisation);
            self.organisation_sources[position] = organisation.clone();
            changed_organisations.push(organisation.id);
        }
        // A person's text holds the names of their organisation.
        if !changed_organisations.is_empty() {
            people.extend(
                plan.people
                    .iter()
                    .enumerate()
                    .filter_map(|(position, person)| {
                        person
                            .organisation
                            .is_some_and(|id| changed_organisations.contains(&id))
                            .then_some(position)
                    }),
            );
        }
        for position in people {
            let source = person_source(plan, index, &plan.people[position]);
            self.people[position] = person_text(&source.0, source.1.as_deref());
            self.people_sources[position] = source;
        }
    }

    /// The index of `plan`, taking from `previous` (the index of an earlier state of the plan)
    /// the text of every record that is still the same record, found by address where records
    /// were added, removed or reordered.
    fn rebuild(previous: Self, plan: &Plan, index: &PlanIndex) -> Self {
        fn reuse<R, S>(
            previous_sources: &[S],
            previous_texts: &mut [String],
            source: &S,
            position: usize,
            by_record: &HashMap<*const R, usize>,
            same: impl Fn(&S, &S) -> bool,
            record: impl Fn(&S) -> &Arc<R>,
        ) -> Option<String> {
            let at = if previous_sources
                .get(position)
                .is_some_and(|old| same(old, source))
            {
                position
            } else {
                let old = *by_record.get(&Arc::as_ptr(record(source)))?;
                if !same(&previous_sources[old], source) {
                    return None;
                }
                old
            };
            // Taken, not copied; a record listed twice is folded again the second time.
            let text = std::mem::take(&mut previous_texts[at]);
            (!text.is_empty()).then_some(text)
        }

        let Self {
            people: mut old_people,
            organisations: mut old_organisations,
            protocol,
            people_sources: old_people_sources,
            organisation_sources: old_organisation_sources,
        } = previous;

        // Records that moved (an insertion, a deletion, a new order) are found by address.
        let moved =
            |count: usize, same_place: &dyn Fn(usize) -> bool| (0..count).any(|i| !same_place(i));
        let organisations_moved = moved(plan.organisations.len(), &|i| {
            old_organisation_sources
                .get(i)
                .is_some_and(|old| Arc::ptr_eq(old, &plan.organisations[i]))
        });
        let organisation_addresses: HashMap<*const Organisation, usize> = if organisations_moved {
            old_organisation_sources
                .iter()
                .enumerate()
                .map(|(i, o)| (Arc::as_ptr(o), i))
                .collect()
        } else {
            HashMap::new()
        };
        let organisation_sources: Vec<Arc<Organisation>> = plan.organisations.clone();
        let organisations: Vec<String> = organisation_sources
            .iter()
            .enumerate()
            .map(|(i, organisation)| {
                reuse(
                    &old_organisation_sources,
                    &mut old_organisations,
                    organisation,
                    i,
                    &organisation_addresses,
                    Arc::ptr_eq,
                    |o| o,
                )
                .unwrap_or_else(|| organisation_text(organisation))
            })
            .collect();

        let people_sources: Vec<(Arc<Person>, Option<Arc<Organisation>>)> = plan
            .people
            .iter()
            .map(|person| person_source(plan, index, person))
            .collect();
        let same = |a: &(Arc<Person>, Option<Arc<Organisation>>),
                    b: &(Arc<Person>, Option<Arc<Organisation>>)| {
            Arc::ptr_eq(&a.0, &b.0)
                && match (&a.1, &b.1) {
                    (None, None) => true,
                    (Some(a), Some(b)) => Arc::ptr_eq(a, b),
                    _ => false,
                }
        };
        let people_moved = moved(people_sources.len(), &|i| {
            old_people_sources
                .get(i)
                .is_some_and(|old| Arc::ptr_eq(&old.0, &people_sources[i].0))
        });
        let people_addresses: HashMap<*const Person, usize> = if people_moved {
            old_people_sources
                .iter()
                .enumerate()
                .map(|(i, (p, _))| (Arc::as_ptr(p), i))
                .collect()
        } else {
            HashMap::new()
        };
        let people: Vec<String> = people_sources
            .iter()
            .enumerate()
            .map(|(i, source)| {
                reuse(
                    &old_people_sources,
                    &mut old_people,
                    source,
                    i,
                    &people_addresses,
                    same,
                    |(p, _)| p,
                )
                .unwrap_or_else(|| person_text(&source.0, source.1.as_deref()))
            })
            .collect();

        Self {
            people,
            organisations,
            protocol,
            people_sources,
            organisation_sources,
        }
    }
}

/// Whether every word of `folded_query` occurs in `text` or in `more`.
fn matches_either(text: &str, more: Option<&String>, folded_query: &str) -> bool {
    folded_query
        .split(' ')
        .filter(|word| !word.is_empty())
        .all(|word| text.contains(word) || more.is_some_and(|more| more.contains(word)))
}

/// The folded protocol facts that name each person or organisation, for a planner who searches
/// by them: the number of a room they sleep in ("room 401"), the name and plate of a vehicle
/// they ride in, the description of a gift they give or receive. They come from the events and
/// the visit, so they are folded again, all together, when an event or the visit changes: in
/// time linear in the protocol records, not in the people.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProtocolTexts {
    people: HashMap<PersonId, String>,
    organisations: HashMap<OrganisationId, String>,
}

impl ProtocolTexts {
    pub fn of(plan: &Plan, index: &PlanIndex) -> Self {
        let mut texts = Self::default();
        for event in &plan.events {
            if let EventKind::Stay(stay) = &event.kind {
                for room in stay.rooms.iter().filter(|r| !r.number.trim().is_empty()) {
                    let fact = format!("room {}", room.number);
                    for &guest in &room.guests {
                        add_fact(&mut texts.people, guest, &fact);
                    }
                }
            }
            for ride in &event.rides {
                let Some(vehicle) = index.vehicle(plan, ride.vehicle) else {
                    continue;
                };
                for &passenger in &ride.passengers {
                    add_fact(&mut texts.people, passenger, &vehicle.name);
                    add_fact(&mut texts.people, passenger, &vehicle.plate);
                }
            }
            for gift in &event.gifts {
                for party in [gift.from, gift.to] {
                    match party {
                        GiftParty::Person(person) => {
                            add_fact(&mut texts.people, person, &gift.description)
                        }
                        GiftParty::Organisation(organisation) => {
                            add_fact(&mut texts.organisations, organisation, &gift.description)
                        }
                    }
                }
            }
        }
        texts
    }
}

/// Appends `fact`, folded, to the text of `key`, a line of its own.
fn add_fact<K: std::hash::Hash + Eq>(texts: &mut HashMap<K, String>, key: K, fact: &str) {
    if fact.trim().is_empty() {
        return;
    }
    let text = texts.entry(key).or_default();
    if !text.is_empty() {
        text.push('\n');
    }
    fold_into(fact, text);
}

/// What a person's search text is folded from: the person and their organisation.
fn person_source(
    plan: &Plan,
    index: &PlanIndex,
    person: &Arc<Person>,
) -> (Arc<Person>, Option<Arc<Organisation>>) {
    let organisation = person
        .organisation
        .and_then(|id| index.organisations.get(&id))
        .map(|&i| plan.organisations[i].clone());
    (person.clone(), organisation)
}

/// Folds each field and joins them with line breaks, which no folded query word contains, so a
/// word never matches across two fields.
fn joined<'a>(fields: impl IntoIterator<Item = &'a str> + Clone) -> String {
    // Folding rarely makes text longer: one allocation instead of one per doubling.
    let length = fields
        .clone()
        .into_iter()
        .map(|field| field.len() + 1)
        .sum();
    let mut text = String::with_capacity(length);
    for field in fields {
        if field.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push('\n');
        }
        fold_into(field, &mut text);
    }
    text
}

/// What a search for a person looks through: every field, and the names of their organisation.
pub fn person_text(person: &Person, organisation: Option<&Organisation>) -> String {
    let deadline = person
        .travel_document
        .deadline
        .map(|date| date.to_string())
        .unwrap_or_default();
    let fields = [
        person.name.as_str(),
        &person.native_name,
        &person.form_of_address,
        &person.title,
        &person.position,
        person.side.code(),
        person.role.code(),
        &person.dietary_needs,
        &person.accessibility_needs,
        person.travel_document.status.code(),
        &deadline,
        &person.notes,
        organisation.map_or("", |o| o.name.as_str()),
        organisation.map_or("", |o| o.native_name.as_str()),
    ];
    joined(
        fields
            .into_iter()
            .chain(person.languages.iter().map(String::as_str))
            // Every address and number, not only the preferred ones: a planner searches for the
            // number that called.
            .chain(
                person
                    .emails
                    .iter()
                    .chain(&person.phones)
                    .map(|entry| entry.value.as_str()),
            ),
    )
}

/// What a search for an organisation looks through: every field.
pub fn organisation_text(organisation: &Organisation) -> String {
    joined([
        organisation.name.as_str(),
        &organisation.native_name,
        organisation.kind.code(),
        &organisation.country,
        &organisation.address,
        &organisation.website,
        &organisation.notes,
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    proptest! {
        /// Folding character by character gives what folding the whole text's NFKD form gives
        /// (the combining marks NFKD would reorder are dropped either way).
        #[test]
        fn folding_by_character_is_folding_the_nfkd_text(
            text in "(\\PC|[\u{0300}-\u{036f}\u{064b}-\u{065f}أإآؤئةىـ]){0,40}"
        ) {
            let normalized: String = text.chars().flat_map(char::to_lowercase).nfkd().collect();
            prop_assert_eq!(fold(&text), fold(&normalized));
        }
    }

    #[test]
    fn lower_cases_and_strips_latin_diacritics() {
        assert_eq!(fold("Tõnis"), "tonis");
        assert_eq!(fold("JÜRI Ševčenko"), "juri sevcenko");
        assert_eq!(fold("Ærøskøbing Łódź"), "aeroskobing lodz");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn dashes_and_white_space_become_one_space() {
        assert_eq!(fold("  Al-Sudani\t–  Office "), "al sudani office");
        assert!(matches(&fold("Mohammed Shia' Al-Sudani"), &fold("sudani")));
        assert!(matches(
            &fold("Mohammed Shia' Al-Sudani"),
            &fold("al-sudani")
        ));
        assert!(matches(
            &fold("Mohammed Shia' Al-Sudani"),
            &fold("AL SUDANI")
        ));
    }

    #[test]
    fn arabic_is_kept_without_vowel_marks_or_tatweel() {
        // "Muḥammad" with a shadda and fatḥas, and a tatweel.
        let voweled = "مُحَمَّـد";
        assert_eq!(fold(voweled), "محمد");
        assert!(matches(&fold("رئيس الوفد، وزارة الاتصالات"), &fold("وزارة")));
        assert!(matches(&fold("مُحَمَّد شياع السوداني"), &fold("محمد السوداني")));
    }

    #[test]
    fn arabic_letters_spelt_either_way_match() {
        assert_eq!(fold("أحمد"), fold("احمد"));
        assert_eq!(fold("إبراهيم"), fold("ابراهيم"));
        assert_eq!(fold("آمنة"), fold("امنه"));
        assert_eq!(fold("مصطفى"), fold("مصطفي"));
        // Presentation forms (as pasted from some PDFs) fold to the ordinary letters.
        assert_eq!(fold("\u{FEE3}\u{FEA4}\u{FEE4}\u{FEAA}"), "محمد");
    }

    #[test]
    fn every_query_word_must_occur_in_any_order() {
        let text = fold("Minister Tõnis Saar, Ministry of Economic Affairs");
        assert!(matches(&text, &fold("saar tonis")));
        assert!(matches(&text, &fold("")));
        assert!(matches(&text, &fold("   ")));
        assert!(!matches(&text, &fold("saar kask")));
    }

    #[test]
    fn the_index_finds_a_person_by_any_field_and_by_their_organisation() {
        let mut plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
        let mut organisation = Organisation::new("Information System Authority");
        organisation.native_name = "Riigi Infosüsteemi Amet".to_owned();
        let mut person = Person::new("Tõnis Saar");
        person.native_name = "تونيس سار".to_owned();
        person.emails = vec![crate::model::ContactEntry::new(
            "tonis.saar@ria.ee",
            crate::model::ContactKind::Work,
        )];
        // The second number is found too, not only the preferred one.
        person.phones = vec![
            crate::model::ContactEntry::new("+372 640 0000", crate::model::ContactKind::Work)
                .preferred(),
            crate::model::ContactEntry::new("+372 5301 4478", crate::model::ContactKind::Mobile),
        ];
        person.languages = vec!["Estonian".to_owned()];
        person.organisation = Some(organisation.id);
        plan.organisations.push(std::sync::Arc::new(organisation));
        plan.people.push(std::sync::Arc::new(person));
        let index = SearchIndex::new(&plan, &PlanIndex::new(&plan));
        for query in [
            "tonis",
            "TÕNIS",
            "سار",
            "ria.ee",
            "estonian",
            "infosusteemi",
            "visiting",
            "5301 4478",
        ] {
            assert!(matches(&index.people[0], &fold(query)), "{query}");
        }
        assert!(
            !matches(&index.people[0], &fold("saar@ria")) || index.people[0].contains("saar@ria")
        );
        assert!(!matches(&index.people[0], &fold("kallas")));
        assert!(matches(&index.organisations[0], &fold("amet")));
    }

    #[test]
    fn an_updated_index_is_the_index_of_the_changed_plan() {
        let mut plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
        let ria = Organisation::new("RIA");
        let ria_id = ria.id;
        plan.organisations.push(Arc::new(ria));
        plan.organisations.push(Arc::new(Organisation::new("PRIA")));
        for name in ["Tõnis", "Kadri", "Ahmed", "Zainab"] {
            let mut person = Person::new(name);
            person.organisation = Some(ria_id);
            plan.people.push(Arc::new(person));
        }
        let fresh = |plan: &Plan| SearchIndex::new(plan, &PlanIndex::new(plan));
        let mut index = fresh(&plan);
        let mut indexed = plan.clone();
        let mut check = |plan: &Plan, index: &mut SearchIndex| {
            let diff = PlanDiff::between(&indexed, plan);
            index.update(plan, &PlanIndex::new(plan), &diff);
            indexed = plan.clone();
            let expected = fresh(plan);
            assert_eq!(index.people, expected.people);
            assert_eq!(index.organisations, expected.organisations);
        };

        Arc::make_mut(&mut plan.people[1]).name = "Kadri Tamm".to_owned();
        check(&plan, &mut index);
        plan.people.swap(0, 3);
        plan.people.remove(1);
        check(&plan, &mut index);
        plan.people.insert(0, Arc::new(Person::new("Mariam")));
        check(&plan, &mut index);
        Arc::make_mut(&mut plan.organisations[0]).name = "Information System Authority".to_owned();
        check(&plan, &mut index);
        assert!(matches(&index.people[1], &fold("information system")));
        Arc::make_mut(&mut plan.people[2]).organisation = None;
        Arc::make_mut(&mut plan.organisations[1]).name = "Agricultural Registers".to_owned();
        check(&plan, &mut index);
        plan.organisations.reverse();
        check(&plan, &mut index);
    }

    #[test]
    fn a_person_is_found_by_their_room_vehicle_and_gifts_and_an_organisation_by_its_gifts() {
        use crate::model::{
            Event, Gift, LocalTime, Ride, Room, RoomKind, Stay, Vehicle, VehicleKind,
        };
        let at = |hour| {
            LocalTime::new(
                jiff::civil::date(2027, 3, 22).at(hour, 0, 0, 0),
                "Europe/Tallinn",
            )
        };
        let mut plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
        let ministry = Organisation::new("Ministry of Agriculture");
        let (guest, host) = (Person::new("Ahmed"), Person::new("Kadri"));
        let mut minibus = Vehicle::new("Minibus", VehicleKind::Minibus, 8);
        minibus.plate = "123 ABC".to_owned();
        let mut room = Room::new(RoomKind::Single, at(0).wall.date(), at(0).wall.date());
        room.number = "401".to_owned();
        room.guests = vec![guest.id];
        let stay = Stay {
            rooms: vec![room],
            ..Stay::default()
        };
        let hotel = Event::new(EventKind::Stay(stay), "Hotel", at(16), at(17));
        let mut meeting = Event::new(EventKind::Meeting, "Opening", at(9), at(10));
        let mut ride = Ride::new(minibus.id);
        ride.passengers = vec![guest.id];
        meeting.rides = vec![ride];
        meeting.gifts = vec![
            Gift::new(
                GiftParty::Person(guest.id),
                GiftParty::Person(host.id),
                "Silver tray",
            ),
            Gift::new(
                GiftParty::Organisation(ministry.id),
                GiftParty::Person(guest.id),
                "Book of Tartu",
            ),
        ];
        plan.visit.vehicles.push(minibus);
        plan.organisations.push(Arc::new(ministry));
        plan.people.extend([Arc::new(guest), Arc::new(host)]);
        plan.events.extend([Arc::new(hotel), Arc::new(meeting)]);
        let index = SearchIndex::new(&plan, &PlanIndex::new(&plan));
        let people = |query: &str| -> Vec<usize> {
            (0..2)
                .filter(|&i| index.person_matches(i, &fold(query)))
                .collect()
        };
        assert_eq!(people("401"), [0], "by room number");
        assert_eq!(people("room 401"), [0]);
        assert_eq!(people("minibus"), [0], "by the vehicle they ride in");
        assert_eq!(people("123 abc"), [0], "by its plate");
        assert_eq!(people("silver tray"), [0, 1], "the giver and the recipient");
        assert_eq!(people("ahmed tray"), [0], "a field and a fact together");
        assert_eq!(people("tartu"), [0]);
        assert!(people("402").is_empty());
        assert!(index.organisation_matches(0, &fold("book")));
        assert!(!index.organisation_matches(0, &fold("tray")));
    }

    #[test]
    fn an_event_edit_brings_the_protocol_facts_up_to_date() {
        use crate::model::{Event, Gift, LocalTime};
        let at = |hour| {
            LocalTime::new(
                jiff::civil::date(2027, 3, 22).at(hour, 0, 0, 0),
                "Europe/Tallinn",
            )
        };
        let mut plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
        let guest = Person::new("Ahmed");
        let mut meeting = Event::new(EventKind::Meeting, "Opening", at(9), at(10));
        meeting.gifts = vec![Gift::new(
            GiftParty::Person(guest.id),
            GiftParty::Person(guest.id),
            "Silver tray",
        )];
        plan.people.push(Arc::new(guest));
        plan.events.push(Arc::new(meeting));
        let before = plan.clone();
        let mut index = SearchIndex::new(&before, &PlanIndex::new(&before));
        assert!(index.person_matches(0, &fold("tray")));
        Arc::make_mut(&mut plan.events[0]).gifts[0].description = "Carpet".to_owned();
        index.update(
            &plan,
            &PlanIndex::new(&plan),
            &PlanDiff::between(&before, &plan),
        );
        assert!(!index.person_matches(0, &fold("tray")));
        assert!(index.person_matches(0, &fold("carpet")));
    }
}
