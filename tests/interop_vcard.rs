//! vCard 4.0: exporting a plan's people and organisations and importing them again gives the same
//! people; importing the same file twice adds nothing; cards from other programs are read.

use std::sync::Arc;

use attache::interop::preview::{ImportOptions, plan_import};
use attache::interop::{self, ExportFormat, vcard};
use attache::model::{ContactEntry, ContactKind, DelegationRole, Organisation, Person, Plan, Side};
use jiff::Timestamp;

fn sample() -> Plan {
    attache::app::sample_plan()
}

fn contacts(plan: &Plan) -> String {
    let bytes = interop::export(plan, ExportFormat::Contacts, None, Timestamp::now()).unwrap();
    String::from_utf8(bytes).unwrap()
}

/// A person as vCard carries them: every field, the organisation by its name.
fn as_carried(person: &Person, plan: &Plan) -> (Person, String) {
    let mut person = person.clone();
    let organisation = person
        .organisation
        .and_then(|id| plan.organisations.iter().find(|o| o.id == id))
        .map(|o| o.name.clone())
        .unwrap_or_default();
    person.organisation = None;
    (person, organisation)
}

#[test]
fn export_then_import_gives_the_same_people_and_organisations() {
    let original = sample();
    let text = contacts(&original);
    assert!(text.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"));

    let mut empty = Plan::empty(original.visit.first_day, &original.visit.host_zone);
    let preview = plan_import(&empty, &vcard::read(&text), ImportOptions::default());
    assert_eq!(preview.problems, []);
    assert_eq!(preview.people_added(), original.people.len());
    assert_eq!(preview.organisations_added(), original.organisations.len());
    preview.apply(&mut empty, &Default::default());

    let organisations: Vec<&Organisation> = empty.organisations.iter().map(|o| &**o).collect();
    let expected: Vec<&Organisation> = original.organisations.iter().map(|o| &**o).collect();
    assert_eq!(
        organisations, expected,
        "organisations come back whole, ids included"
    );

    assert_eq!(empty.people.len(), original.people.len());
    for (imported, person) in empty.people.iter().zip(&original.people) {
        assert_eq!(
            as_carried(imported, &empty),
            as_carried(person, &original),
            "{} comes back the same, in the same order",
            person.name
        );
    }
}

#[test]
fn importing_the_export_into_the_same_plan_adds_nothing() {
    let plan = sample();
    let preview = plan_import(
        &plan,
        &vcard::read(&contacts(&plan)),
        ImportOptions::default(),
    );
    assert!(preview.is_empty(), "{:#?}", preview.people.first());
    assert_eq!(preview.unchanged_people, plan.people.len());
    assert_eq!(preview.unchanged_organisations, plan.organisations.len());
    assert_eq!(preview.problems, []);
}

#[test]
fn reimport_after_an_import_adds_nothing() {
    let mut plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tõnis Saar\r\nN:Saar;Tõnis;;;\r\n\
                ORG:Information System Authority\r\nEMAIL:tonis.saar@example.ee\r\nEND:VCARD\r\n";
    let first = plan_import(&plan, &vcard::read(card), ImportOptions::default());
    assert_eq!((first.people_added(), first.organisations_added()), (1, 1));
    first.apply(&mut plan, &Default::default());
    let second = plan_import(&plan, &vcard::read(card), ImportOptions::default());
    assert!(second.is_empty(), "{second:#?}");
    assert_eq!(second.summary(), "1 already in the plan");
}

#[test]
fn a_changed_card_changes_nothing_without_the_planners_choice() {
    let plan = sample();
    let person = plan.people.iter().find(|p| !p.phones.is_empty()).unwrap();
    // The same person, known by email only, with a new position and no phone.
    let card = format!(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:{}\r\nEMAIL:{}\r\nTITLE:Chief adviser\r\nEND:VCARD\r\n",
        person.name,
        person.preferred_email().to_uppercase()
    );
    let preview = plan_import(&plan, &vcard::read(&card), ImportOptions::default());
    assert_eq!(preview.people.len(), 1);
    let planned = &preview.people[0];
    assert!(planned.changed_fields().is_empty());
    assert_eq!(planned.conflicts.len(), 1);
    assert_eq!(planned.conflicts[0].field, "Position");
    assert_eq!(planned.conflicts[0].plan, person.position);
    assert_eq!(planned.conflicts[0].file, "Chief adviser");
    assert_eq!(planned.record.id, person.id);
    assert_eq!(planned.record.position, person.position);
    assert_eq!(planned.record.phones, person.phones);
    let chosen = std::collections::HashSet::from([(planned.line, "Position")]);
    assert_eq!(planned.resolved(&chosen).position, "Chief adviser");
    assert_eq!(planned.resolved(&chosen).phones, person.phones);
}

/// A card as Google Contacts exports it (vCard 3.0): two addresses, two numbers, the preferred
/// one marked TYPE=pref, grouped items with Apple's labels.
const GOOGLE_CARD: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tõnis Saar\r\nN:Saar;Tõnis;;;\r\n\
    EMAIL;TYPE=INTERNET;TYPE=HOME:tonis.private@example.ee\r\n\
    EMAIL;TYPE=INTERNET;TYPE=WORK:Tonis.Saar@RIA.ee\r\n\
    TEL;TYPE=CELL;TYPE=pref:+372 5301-4478\r\n\
    item1.TEL:+372 663 0200\r\nitem1.X-ABLabel:Office\r\n\
    END:VCARD\r\n";

#[test]
fn a_google_card_found_by_its_second_email_adds_what_the_plan_lacks_and_keeps_its_numbers() {
    let mut plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
    let mut person = Person::new("T. Saar, Information System Authority");
    person.emails = vec![ContactEntry::new("tonis.saar@ria.ee", ContactKind::Work)];
    person.phones = vec![
        ContactEntry::new("+372 663 0200", ContactKind::Work).preferred(),
        ContactEntry::new("+372 5555 0000", ContactKind::Mobile),
    ];
    plan.people.push(Arc::new(person.clone()));

    let preview = plan_import(&plan, &vcard::read(GOOGLE_CARD), ImportOptions::default());
    assert_eq!(preview.people_added(), 0, "found by the work address");
    let planned = &preview.people[0];
    assert_eq!(planned.record.id, person.id);
    assert_eq!(planned.changed_fields(), ["Email", "Phone"]);
    let additions: Vec<String> = planned.additions.iter().map(|a| a.render()).collect();
    assert_eq!(
        additions,
        ["email tonis.private@example.ee", "phone +372 5301-4478"]
    );
    // Only the single-valued name is the planner's choice; addresses and numbers never are.
    let conflicts: Vec<&str> = planned.conflicts.iter().map(|c| c.field).collect();
    assert_eq!(conflicts, ["Name"]);
    preview.apply(&mut plan, &Default::default());
    let after = &plan.people[0];
    assert_eq!(
        after.emails,
        [
            ContactEntry::new("tonis.saar@ria.ee", ContactKind::Work),
            ContactEntry::new("tonis.private@example.ee", ContactKind::Home),
        ]
    );
    // The plan's numbers are all kept, its preferred one still preferred; the card's mobile
    // (preferred on the card) is added without taking that place.
    assert_eq!(
        after.phones,
        [
            ContactEntry::new("+372 663 0200", ContactKind::Work).preferred(),
            ContactEntry::new("+372 5555 0000", ContactKind::Mobile),
            ContactEntry::new("+372 5301-4478", ContactKind::Mobile),
        ]
    );
    let again = plan_import(&plan, &vcard::read(GOOGLE_CARD), ImportOptions::default());
    assert!(
        again.people[0].changed_fields().is_empty() && again.people[0].additions.is_empty(),
        "imported again, the card adds nothing: {again:#?}"
    );
}

#[test]
fn every_email_and_phone_is_exported_with_its_kind_and_preference_and_read_back() {
    let mut plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
    let mut person = Person::new("Hiyam Al-Rubaie");
    person.emails = vec![
        ContactEntry::new("h.alrubaie@moc.gov.iq", ContactKind::Work),
        ContactEntry::new("hiyam@example.iq", ContactKind::Home).preferred(),
    ];
    // A number written in Arabic-Indic digits, as typed on an Arabic keyboard.
    person.phones = vec![
        ContactEntry::new("+964 ٧٧٠ ١٢٣ ٤٥٦٧", ContactKind::Mobile).preferred(),
        ContactEntry::new("+964 1 717 0000", ContactKind::Work),
        ContactEntry::new("+964 780 000 0000", ContactKind::Other),
    ];
    plan.people.push(Arc::new(person.clone()));
    let text = contacts(&plan);
    assert!(
        text.contains("EMAIL;TYPE=HOME;PREF=1:hiyam@example.iq")
            || text.contains("EMAIL;TYPE=home;PREF=1:hiyam@example.iq"),
        "{text}"
    );

    let mut other = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
    plan_import(&other, &vcard::read(&text), ImportOptions::default())
        .apply(&mut other, &Default::default());
    assert_eq!(other.people[0].emails, person.emails);
    assert_eq!(other.people[0].phones, person.phones);
    assert_eq!(other.people[0].preferred_email(), "hiyam@example.iq");
}

#[test]
fn an_arabic_kind_on_a_card_is_understood() {
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:علي حسن\r\n\
                TEL;TYPE=جوال:+964 ٧٨٠ ٠٠٠ ٠٠٠١\r\nTEL;TYPE=عمل:+964 1 717 0000\r\nEND:VCARD\r\n";
    let incoming = vcard::read(card);
    let phones = &incoming.people[0].phones;
    assert_eq!(
        *phones,
        [
            ContactEntry::new("+964 ٧٨٠ ٠٠٠ ٠٠٠١", ContactKind::Mobile),
            ContactEntry::new("+964 1 717 0000", ContactKind::Work),
        ]
    );
}

#[test]
fn names_in_their_own_script_and_awkward_text_survive() {
    let mut plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
    let mut person = Person::new("Ali, Hassan; \"the Younger\" \\ Jr.");
    person.native_name = "علي حسن".into();
    person.role = DelegationRole::Interpreter;
    person.side = Side::Other;
    person.languages = vec!["Arabic".into(), "Sorani Kurdish".into(), "Klingon".into()];
    person.notes = "Line one\nLine two, with a comma; and a semicolon".into();
    plan.people.push(Arc::new(person.clone()));
    let text = contacts(&plan);
    assert!(text.contains("LANGUAGE=ar"), "{text}");
    for line in text.split_terminator("\r\n") {
        assert!(line.len() <= 75, "{line:?}");
    }

    let mut other = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
    let preview = plan_import(&other, &vcard::read(&text), ImportOptions::default());
    preview.apply(&mut other, &Default::default());
    assert_eq!(*other.people[0], person);
}

#[test]
fn cards_that_are_not_people_or_are_broken_are_reported_by_line() {
    let text = "BEGIN:VCARD\nVERSION:4.0\nKIND:group\nFN:Delegation list\nEND:VCARD\n\
                BEGIN:VCARD\nVERSION:4.0\nN:;;;;\nEND:VCARD\n\
                BEGIN:VCARD\nVERSION:4.0\nFN:Kadri Tamm\nEND:VCARD\n\
                BEGIN:VCARD\nVERSION:4.0\nFN:Never finished\n";
    let plan = sample();
    let preview = plan_import(&plan, &vcard::read(text), ImportOptions::default());
    let problems: Vec<(usize, String)> = preview
        .problems
        .iter()
        .map(|p| (p.line, p.message.render()))
        .collect();
    let problems: Vec<(usize, &str)> = problems.iter().map(|(l, m)| (*l, m.as_str())).collect();
    assert_eq!(
        problems,
        [
            (
                1,
                "“Delegation list” is a card for a group, place or device, not a person or an organisation; left out"
            ),
            (6, "a person without a name was left out"),
            (14, "this vCard has no END:VCARD; left out"),
        ]
    );
    assert_eq!(preview.people_added(), 1);
}
