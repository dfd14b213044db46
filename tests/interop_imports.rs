//! Imports of the files address books really write: Google Contacts and Outlook CSV (CRLF line
//! ends, their own headers), Apple Contacts and Android vCards. Nothing the plan has is
//! overwritten without the planner's choice, and what is not imported is listed.

use std::collections::HashSet;
use std::sync::Arc;

use attache::interop::csv::{self, Target};
use attache::interop::dates::DateOrder;
use attache::interop::preview::{ImportOptions, ImportPreview, PersonField, plan_import};
use attache::interop::vcard;
use attache::model::{ContactEntry, ContactKind, Organisation, Person, Plan};
use jiff::civil::date;

fn plan_with_minister() -> Plan {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    let ministry = Organisation::new("Ministry of Communications");
    let mut minister = Person::new("Hiyam Al-Yasiri");
    minister.native_name = "هيام الياسري".into();
    minister.form_of_address = "His Excellency".into();
    minister.emails = vec![ContactEntry::new("minister@moc.gov.iq", ContactKind::Other)];
    minister.phones = vec![ContactEntry::new("+964 770 123 4567", ContactKind::Work)];
    minister.position = "Minister of Communications".into();
    minister.notes = "Passport renewed 2027-01-10; visa applied for 2027-02-01.".into();
    minister.organisation = Some(ministry.id);
    plan.organisations.push(Arc::new(ministry));
    plan.people.push(Arc::new(minister));
    plan
}

fn csv_preview(plan: &Plan, text: &str, order: DateOrder) -> ImportPreview {
    let table = csv::read_table(text.as_bytes()).expect("the file is read");
    let mapping = csv::guess_mapping(&table.headers);
    plan_import(
        plan,
        &csv::incoming(&table, &mapping, order),
        ImportOptions::default(),
    )
}

fn left_out(preview: &ImportPreview) -> Vec<String> {
    preview
        .left_out
        .iter()
        .map(|left_out| format!("{}: {left_out}", left_out.line))
        .collect()
}

#[test]
fn a_google_contacts_csv_is_mapped_split_and_numbered_by_its_crlf_lines() {
    // As Google Contacts exports it: CRLF, "::: " between several values, and a note over two
    // lines inside quotes.
    let text = "First Name,Middle Name,Last Name,Organization Name,Organization Title,E-mail 1 - Value,Phone 1 - Value,Notes,Birthday\r\n\
                Kadri,,Tamm,Ministry of Foreign Affairs,Protocol officer,kadri.tamm@vm.ee ::: kadri@example.ee,+372 5555 0001,,1985-05-02\r\n\
                Ali,Hussein,Al-Amiri,Ministry of Agriculture,\"Director General, Planning\",ali@moa.gov.iq,+964 780 000 0001 ::: +964 780 000 0002,\"Vegetarian.\r\nNeeds an interpreter.\",\r\n\
                \r\n\
                ,,,e-Estonia Briefing Centre,,,,,\r\n";
    let table = csv::read_table(text.as_bytes()).unwrap();
    let mapping = csv::guess_mapping(&table.headers);
    assert_eq!(
        mapping,
        [
            Some(Target::GivenName),
            Some(Target::MiddleName),
            Some(Target::FamilyName),
            Some(Target::Field(PersonField::Organisation)),
            Some(Target::Field(PersonField::Position)),
            Some(Target::Email(ContactKind::Other)),
            Some(Target::Phone(ContactKind::Other)),
            Some(Target::Field(PersonField::Notes)),
            None,
        ]
    );
    let plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    let preview = csv_preview(&plan, text, DateOrder::DayMonth);
    let values = |entries: &[ContactEntry]| -> Vec<String> {
        entries.iter().map(|entry| entry.value.clone()).collect()
    };
    /// Line, name, position, emails, phones.
    type Row<'a> = (usize, &'a str, &'a str, Vec<String>, Vec<String>);
    let people: Vec<Row> = preview
        .people
        .iter()
        .map(|p| {
            let r = &p.record;
            (
                p.line,
                r.name.as_str(),
                r.position.as_str(),
                values(&r.emails),
                values(&r.phones),
            )
        })
        .collect();
    // Every value of a " ::: " cell is kept.
    assert_eq!(
        people,
        [
            (
                2,
                "Kadri Tamm",
                "Protocol officer",
                vec!["kadri.tamm@vm.ee".to_owned(), "kadri@example.ee".to_owned()],
                vec!["+372 5555 0001".to_owned()],
            ),
            (
                3,
                "Ali Hussein Al-Amiri",
                "Director General, Planning",
                vec!["ali@moa.gov.iq".to_owned()],
                vec![
                    "+964 780 000 0001".to_owned(),
                    "+964 780 000 0002".to_owned()
                ],
            ),
        ]
    );
    // The row with only a company is that organisation, on its own line after the blank one.
    let organisations: Vec<(usize, &str)> = preview
        .organisations
        .iter()
        .map(|o| (o.line, o.record.name.as_str()))
        .collect();
    assert!(
        organisations.contains(&(6, "e-Estonia Briefing Centre")),
        "{organisations:?}"
    );
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    assert_eq!(
        left_out(&preview),
        ["1: column “Birthday”: no field is chosen for it (1 value)",]
    );
}

#[test]
fn an_outlook_csv_keeps_each_phone_column_as_its_kind() {
    let text = "Title,First Name,Middle Name,Last Name,Company,Job Title,Business Phone,Mobile Phone,E-mail Address,E-mail 2 Address,Notes\r\n\
                Dr.,Tõnis,,Saar,Information System Authority,Head of Cyber Security,,+372 5000 0002,tonis.saar@ria.ee,,\r\n\
                ,,,,Tallinn University of Technology,,+372 620 2002,,,,\r\n";
    let plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    let preview = csv_preview(&plan, text, DateOrder::DayMonth);
    assert_eq!(preview.people.len(), 1, "{preview:#?}");
    let tonis = &preview.people[0].record;
    assert_eq!(tonis.name, "Tõnis Saar");
    assert_eq!(tonis.title, "Dr.");
    assert_eq!(
        tonis.phones,
        [ContactEntry::new("+372 5000 0002", ContactKind::Mobile)]
    );
    assert_eq!(
        tonis.emails,
        [ContactEntry::new("tonis.saar@ria.ee", ContactKind::Other)]
    );
    assert_eq!(tonis.position, "Head of Cyber Security");
    assert!(
        preview
            .organisations
            .iter()
            .any(|o| o.line == 3 && o.record.name == "Tallinn University of Technology"),
        "a row with only a company is an organisation: {preview:#?}"
    );
}

#[test]
fn a_spreadsheet_date_in_another_form_is_read_and_a_bad_one_costs_only_its_field() {
    let text = "Name,Travel document deadline,Email\n\
                Kadri Tamm,2027/02/26,k@example.ee\n\
                Jaan Kask,26.02.2027,j@example.ee\n\
                Mari Mets,03/04/2027,m@example.ee\n\
                Liis Lepp,next week,l@example.ee\n";
    let plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    let deadlines = |order| {
        csv_preview(&plan, text, order)
            .people
            .iter()
            .map(|p| p.record.travel_document.deadline)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        deadlines(DateOrder::DayMonth),
        [
            Some(date(2027, 2, 26)),
            Some(date(2027, 2, 26)),
            Some(date(2027, 4, 3)),
            None
        ]
    );
    assert_eq!(deadlines(DateOrder::MonthDay)[2], Some(date(2027, 3, 4)));
    let preview = csv_preview(&plan, text, DateOrder::DayMonth);
    assert_eq!(preview.people[3].record.preferred_email(), "l@example.ee");
    assert_eq!(
        left_out(&preview),
        [
            "5: Travel document deadline “next week”: not a date like 2027-02-26, 2027/02/26, \
          26.02.2027 or 26/02/2027; left empty"
        ]
    );
}

/// A card as Apple Contacts (and Google, in vCard 3.0) writes one for a person the plan has.
const APPLE_CARD_OF_THE_MINISTER: &str = "BEGIN:VCARD\r\n\
VERSION:3.0\r\n\
PRODID:-//Apple Inc.//macOS 15.3//EN\r\n\
N:Al-Yasiri;Hiyam;;H.E. Dr;\r\n\
FN:H.E. Dr Hiyam Al-Yasiri\r\n\
NICKNAME:Abu Ahmed\r\n\
ORG:Ministry of Communications;Office of the Minister\r\n\
TITLE:Minister\r\n\
EMAIL;type=INTERNET;type=WORK;type=pref:minister@moc.gov.iq\r\n\
EMAIL;type=INTERNET;type=HOME:hiyam@example.iq\r\n\
TEL;type=CELL;type=VOICE;type=pref:+964 771 999 0000\r\n\
TEL;type=WORK;type=VOICE:+964 770 123 4567\r\n\
item1.ADR;type=WORK:;;Al-Salhiya;Baghdad;;;Iraq\r\n\
item1.X-ABADR:iq\r\n\
BDAY:1970-04-12\r\n\
item2.URL:https://moc.gov.iq\r\n\
item2.X-ABLabel:_$!<HomePage>!$_\r\n\
NOTE:Met at the Munich Security Conference.\r\n\
X-ABUID:5A0C6B8E-1111-2222-3333-444455556666:ABPerson\r\n\
END:VCARD\r\n\
BEGIN:VCARD\r\n\
VERSION:3.0\r\n\
N:;;;;\r\n\
FN:Ministry of Communications\r\n\
ORG:Ministry of Communications;\r\n\
X-ABShowAs:COMPANY\r\n\
item1.URL:https://moc.gov.iq\r\n\
END:VCARD\r\n";

#[test]
fn an_apple_card_of_someone_in_the_plan_overwrites_nothing_and_lists_what_it_leaves() {
    let plan = plan_with_minister();
    let preview = plan_import(
        &plan,
        &vcard::read(APPLE_CARD_OF_THE_MINISTER),
        ImportOptions::default(),
    );
    // The company card is the organisation the plan has, not also a person.
    assert_eq!(preview.people.len(), 1, "{preview:#?}");
    let planned = &preview.people[0];
    assert_eq!(planned.record.id, plan.people[0].id);
    let conflicts: Vec<(&str, &str, &str)> = planned
        .conflicts
        .iter()
        .map(|c| (c.field, c.plan.as_str(), c.file.as_str()))
        .collect();
    assert_eq!(
        conflicts,
        [("Position", "Minister of Communications", "Minister")]
    );
    // The title was empty in the plan: filled in. The address and number the plan lacks:
    // added. The notes: added to.
    assert_eq!(
        planned.changed_fields(),
        ["Title", "Email", "Phone", "Notes"]
    );
    assert_eq!(
        planned.additions,
        ["email hiyam@example.iq", "phone +964 771 999 0000"]
    );
    let mut after = plan.clone();
    preview.apply(&mut after, &HashSet::new());
    let minister = &after.people[0];
    assert_eq!(minister.position, "Minister of Communications");
    assert_eq!(minister.form_of_address, "His Excellency");
    assert_eq!(minister.title, "H.E. Dr");
    // The card has the plan's number among its two: the plan's is kept, and stays the one to
    // call though the card prefers its mobile.
    assert_eq!(
        minister.phones,
        [
            ContactEntry::new("+964 770 123 4567", ContactKind::Work),
            ContactEntry::new("+964 771 999 0000", ContactKind::Mobile),
        ]
    );
    assert_eq!(minister.preferred_phone(), "+964 770 123 4567");
    assert_eq!(
        minister.emails,
        [
            ContactEntry::new("minister@moc.gov.iq", ContactKind::Other),
            ContactEntry::new("hiyam@example.iq", ContactKind::Home),
        ]
    );
    assert_eq!(
        minister.notes,
        "Passport renewed 2027-01-10; visa applied for 2027-02-01.\n\n\
         Met at the Munich Security Conference."
    );
    assert_eq!(
        left_out(&preview),
        [
            "1: nickname “Abu Ahmed”: the plan has no place for it",
            "1: department “Office of the Minister”: the plan keeps the organisation, not its departments",
            "1: address “Al-Salhiya, Baghdad, Iraq”: the plan has no place for it",
            "1: birthday “1970-04-12”: the plan has no place for it",
            "1: web address “https://moc.gov.iq”: the plan has no place for it",
        ]
    );
}

#[test]
fn a_conflict_settled_for_the_file_takes_only_that_field() {
    let plan = plan_with_minister();
    let preview = plan_import(
        &plan,
        &vcard::read(APPLE_CARD_OF_THE_MINISTER),
        ImportOptions::default(),
    );
    let mut after = plan.clone();
    preview.apply(&mut after, &HashSet::from([(1, "Position")]));
    assert_eq!(after.people[0].position, "Minister");
    assert_eq!(after.people[0].preferred_phone(), "+964 770 123 4567");
    assert_eq!(after.people.len(), 1);
    assert_eq!(after.organisations.len(), 1);
}

#[test]
fn an_android_card_in_vcard_2_1_with_an_arabic_name_is_read() {
    // Android's contacts app writes vCard 2.1, non-ASCII text in quoted-printable UTF-8.
    let card = "BEGIN:VCARD\r\n\
VERSION:2.1\r\n\
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=A7=D9=84=D8=B9=D8=A7=D9=85=D8=B1=D9=8A;=D8=B9=D9=84=D9=8A;;;\r\n\
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=B9=D9=84=D9=8A =D8=A7=D9=84=D8=B9=D8=A7=D9=85=D8=B1=D9=8A\r\n\
TEL;CELL:+9647800000001\r\n\
TEL;HOME:+9641000000\r\n\
EMAIL;HOME:ali@example.iq\r\n\
END:VCARD\r\n";
    let incoming = vcard::read(card);
    assert!(incoming.problems.is_empty(), "{:?}", incoming.problems);
    assert_eq!(incoming.people.len(), 1);
    let ali = &incoming.people[0];
    assert_eq!(ali.name, "علي العامري");
    assert_eq!(
        ali.phones,
        [
            ContactEntry::new("+9647800000001", ContactKind::Mobile),
            ContactEntry::new("+9641000000", ContactKind::Home),
        ]
    );
    assert_eq!(
        ali.emails,
        [ContactEntry::new("ali@example.iq", ContactKind::Home)]
    );
}
