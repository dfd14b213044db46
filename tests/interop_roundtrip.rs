//! Plan → vCard → empty plan and plan → CSV → empty plan, for people of every shape a planner
//! writes: the fields listed in `must_survive` come back exactly, whatever the text (Arabic,
//! commas, semicolons, quotes, line breaks in notes), and every email address and phone number
//! with its kind and the preferred one.

mod support;

use std::fmt::Debug;
use std::sync::Arc;

use attache::interop::csv;
use attache::interop::preview::{ImportOptions, plan_import};
use attache::interop::{self, ExportFormat, vcard};
use attache::lang::{Language, in_language};
use attache::model::{
    ContactEntry, ContactKind, DelegationRole, DocumentStatus, Organisation, Person, Plan, Side,
    TravelDocument,
};
use jiff::Timestamp;
use jiff::civil::{Date, date};
use proptest::prelude::*;
use support::strategies::choice;

/// The fields a round trip through vCard or CSV keeps, as the planner sees them (the
/// organisation by its name, as both formats carry it).
#[derive(Debug, PartialEq, Eq)]
struct Kept {
    id: String,
    name: String,
    native_name: String,
    form_of_address: String,
    title: String,
    position: String,
    organisation: String,
    side: Side,
    role: DelegationRole,
    emails: Vec<ContactEntry>,
    phones: Vec<ContactEntry>,
    languages: Vec<String>,
    dietary_needs: String,
    accessibility_needs: String,
    travel_document: TravelDocument,
    notes: String,
}

fn must_survive(person: &Person, plan: &Plan) -> Kept {
    let organisation = person
        .organisation
        .and_then(|id| plan.organisations.iter().find(|o| o.id == id))
        .map(|o| o.name.clone())
        .unwrap_or_default();
    Kept {
        id: person.id.to_string(),
        name: person.name.clone(),
        native_name: person.native_name.clone(),
        form_of_address: person.form_of_address.clone(),
        title: person.title.clone(),
        position: person.position.clone(),
        organisation,
        side: person.side,
        role: person.role,
        emails: person.emails.clone(),
        phones: person.phones.clone(),
        languages: person.languages.clone(),
        dietary_needs: person.dietary_needs.clone(),
        accessibility_needs: person.accessibility_needs.clone(),
        travel_document: person.travel_document.clone(),
        notes: person.notes.clone(),
    }
}

/// Words of Latin and Arabic names.
fn word() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "Tõnis",
        "Saar",
        "Hiyam",
        "Al-Yasiri",
        "Kadri",
        "O'Neill",
        "Müller",
        "Ali",
        "bin",
        "Hussein",
        "Mets",
    ])
    .prop_map(str::to_owned)
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(word(), 1..4).prop_map(|words| words.join(" ")),
        // A role standing for a name, as placeholders are written.
        Just("Head of delegation, Ministry of Communications".to_owned()),
    ]
}

fn native_name() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["", "هيام الياسري", "علي بن حسين", "تونيس سار"])
        .prop_map(str::to_owned)
}

/// Free text: empty, or words with the punctuation that file formats escape.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        prop::collection::vec(
            prop::sample::select(vec![
                "halal",
                "no pork",
                "wheelchair",
                "ramp, please",
                "a; b",
                "\"quoted\"",
                "نباتي",
                "=1+1",
                "+372",
                "x:y",
                "back\\slash",
            ]),
            1..4
        )
        .prop_map(|words| words.join(" ")),
    ]
}

fn notes() -> impl Strategy<Value = String> {
    (text(), text()).prop_map(|(first, second)| {
        [first, second]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn deadline() -> impl Strategy<Value = Option<Date>> {
    prop::option::of((1i16..=28, 1i8..=12).prop_map(|(day, month)| date(2027, month, day as i8)))
}

/// Some of `values` (different ones, as a plan holds them), each of any kind, none or one of
/// them preferred.
fn entries(values: Vec<&'static str>) -> impl Strategy<Value = Vec<ContactEntry>> {
    let count = values.len();
    (
        prop::sample::subsequence(values, 0..=count).prop_shuffle(),
        prop::collection::vec(choice::<ContactKind>(), count),
        prop::option::of(0..count),
    )
        .prop_map(|(values, kinds, preferred)| {
            values
                .into_iter()
                .zip(kinds)
                .enumerate()
                .map(|(position, (value, kind))| ContactEntry {
                    value: value.to_owned(),
                    kind,
                    preferred: preferred == Some(position),
                })
                .collect()
        })
}

fn emails() -> impl Strategy<Value = Vec<ContactEntry>> {
    entries(vec![
        "ali@moa.gov.iq",
        "Ali.Hussein@Example.iq",
        "a+b@mail.example.org",
        "علي@وزارة.عراق",
    ])
}

/// Numbers as planners type them, one in Arabic-Indic digits.
fn phones() -> impl Strategy<Value = Vec<ContactEntry>> {
    entries(vec![
        "+964 770 123 4567",
        "+372 5555-0001",
        "+964 ٧٨٠ ٠٠٠ ٠٠٠١",
        "00 372 (600) 0000",
    ])
}

fn person() -> impl Strategy<Value = Person> {
    (
        (
            name(),
            native_name(),
            prop::sample::select(vec!["", "His Excellency", "Ms"]),
        ),
        (
            prop::sample::select(vec!["", "Dr", "Eng."]),
            text(),
            choice::<Side>(),
        ),
        (choice::<DelegationRole>(), emails()),
        (phones(), text(), text()),
        (choice::<DocumentStatus>(), deadline(), notes()),
        prop::sample::subsequence(vec!["Arabic", "English", "Estonian"], 0..3),
    )
        .prop_map(
            |(
                (name, native_name, form_of_address),
                (title, position, side),
                (role, emails),
                (phones, dietary_needs, accessibility_needs),
                (status, deadline, notes),
                languages,
            )| {
                let mut person = Person::new(name);
                person.native_name = native_name;
                person.form_of_address = form_of_address.to_owned();
                person.title = title.to_owned();
                person.position = position;
                person.side = side;
                person.role = role;
                person.emails = emails;
                person.phones = phones;
                person.dietary_needs = dietary_needs;
                person.accessibility_needs = accessibility_needs;
                person.travel_document = TravelDocument { status, deadline };
                person.notes = notes;
                person.languages = languages.into_iter().map(str::to_owned).collect();
                person
            },
        )
}

fn plan_of(person: Person) -> Plan {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    let mut ministry = Organisation::new("Ministry of Communications");
    ministry.native_name = "وزارة الاتصالات".into();
    let mut person = person;
    person.organisation = Some(ministry.id);
    plan.organisations.push(Arc::new(ministry));
    plan.people.push(Arc::new(person));
    plan
}

/// The plan's person after exporting `plan` as `format` and importing the file into an empty
/// plan.
fn round_trip(plan: &Plan, format: ExportFormat) -> Result<Kept, TestCaseError> {
    let bytes = interop::export(plan, format, None, Timestamp::UNIX_EPOCH).unwrap();
    let incoming = match format {
        ExportFormat::Contacts => vcard::read(&String::from_utf8(bytes).unwrap()),
        _ => {
            let table = csv::read_table(&bytes).unwrap();
            let mapping = csv::guess_mapping(&table.headers);
            csv::incoming(&table, &mapping, Default::default())
        }
    };
    let mut empty = Plan::empty(plan.visit.first_day, &plan.visit.host_zone);
    let preview = plan_import(&empty, &incoming, ImportOptions::default());
    prop_assert_eq!(&preview.problems, &[]);
    prop_assert_eq!(&preview.left_out, &[]);
    preview.apply(&mut empty, &Default::default());
    prop_assert_eq!(empty.people.len(), 1);
    Ok(must_survive(&empty.people[0], &empty))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn every_field_survives_vcard(person in person()) {
        let plan = plan_of(person);
        let back = round_trip(&plan, ExportFormat::Contacts)?;
        prop_assert_eq!(back, must_survive(&plan.people[0], &plan));
    }

    #[test]
    fn every_field_survives_csv(person in person()) {
        let plan = plan_of(person);
        let back = round_trip(&plan, ExportFormat::Spreadsheet)?;
        prop_assert_eq!(back, must_survive(&plan.people[0], &plan));
    }

    /// Written by a planner whose window speaks Estonian, the contacts and the spreadsheet are
    /// the same files, and import back whole.
    #[test]
    fn every_field_survives_vcard_and_csv_written_in_estonian(person in person()) {
        let plan = plan_of(person);
        for format in [ExportFormat::Contacts, ExportFormat::Spreadsheet] {
            let english = interop::export(&plan, format, None, Timestamp::UNIX_EPOCH).unwrap();
            let estonian = in_language(Language::Estonian, || {
                interop::export(&plan, format, None, Timestamp::UNIX_EPOCH).unwrap()
            });
            prop_assert_eq!(&estonian, &english, "{:?}", format);
            let back = in_language(Language::Estonian, || round_trip(&plan, format))?;
            prop_assert_eq!(back, must_survive(&plan.people[0], &plan));
        }
    }
}

#[test]
fn a_role_standing_for_a_name_is_not_split_into_given_and_family_names() {
    let plan = plan_of(Person::new(
        "Head of delegation, Ministry of Communications",
    ));
    let bytes =
        interop::export(&plan, ExportFormat::Contacts, None, Timestamp::UNIX_EPOCH).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("\r\nN:;;;;\r\n"), "{text}");
    let named = plan_of(Person::new("Hiyam Al-Yasiri"));
    let bytes =
        interop::export(&named, ExportFormat::Contacts, None, Timestamp::UNIX_EPOCH).unwrap();
    assert!(
        String::from_utf8(bytes)
            .unwrap()
            .contains("\r\nN:Al-Yasiri;Hiyam;;;\r\n")
    );
}

#[test]
fn the_name_in_its_own_script_is_a_nickname_that_vcard_3_programs_show() {
    let mut person = Person::new("Hiyam Al-Yasiri");
    person.native_name = "هيام الياسري".into();
    let plan = plan_of(person);
    let bytes =
        interop::export(&plan, ExportFormat::Contacts, None, Timestamp::UNIX_EPOCH).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("\r\nNICKNAME:هيام الياسري\r\n"), "{text}");
    // A program that keeps one FN only still gives the name in its own script back.
    let reduced: String = text
        .split("\r\n")
        .filter(|line| !line.starts_with("FN;ALTID=1;LANGUAGE=ar"))
        .collect::<Vec<_>>()
        .join("\r\n");
    let incoming = vcard::read(&reduced);
    let hiyam = incoming
        .people
        .iter()
        .find(|p| p.name == "Hiyam Al-Yasiri")
        .unwrap();
    assert_eq!(hiyam.native_name, "هيام الياسري");
    assert!(incoming.left_out.is_empty(), "{:?}", incoming.left_out);
}

fn organisation() -> impl Strategy<Value = Organisation> {
    (
        (
            prop::sample::select(vec![
                "Ministry of Communications",
                "e-Estonia Briefing Centre",
                "Tallinn University of Technology",
            ]),
            native_name(),
            choice::<attache::model::OrganisationKind>(),
        ),
        (
            prop::sample::select(vec!["", "IQ", "EE"]),
            text(),
            prop::sample::select(vec!["", "https://moc.gov.iq"]),
            notes(),
        ),
    )
        .prop_map(
            |((name, native_name, kind), (country, address, website, notes))| {
                let mut organisation = Organisation::new(name);
                organisation.native_name = native_name;
                organisation.kind = kind;
                organisation.country = country.to_owned();
                organisation.address = address;
                organisation.website = website.to_owned();
                organisation.notes = notes;
                organisation
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Every field of an organisation, its id included, survives its own CSV export.
    #[test]
    fn every_organisation_field_survives_the_organisations_csv(organisation in organisation()) {
        let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
        plan.organisations.push(Arc::new(organisation));
        let bytes = interop::export(
            &plan,
            ExportFormat::OrganisationSpreadsheet,
            None,
            Timestamp::UNIX_EPOCH,
        )
        .unwrap();
        let table = csv::read_table(&bytes).unwrap();
        let incoming = csv::incoming_organisations(&table)
            .expect("Attaché's own organisations sheet is recognised");
        let mut empty = Plan::empty(plan.visit.first_day, &plan.visit.host_zone);
        let preview = plan_import(&empty, &incoming, ImportOptions::default());
        prop_assert_eq!(&preview.problems, &[]);
        prop_assert_eq!(&preview.left_out, &[]);
        preview.apply(&mut empty, &Default::default());
        prop_assert_eq!(&empty.organisations, &plan.organisations);
    }
}
