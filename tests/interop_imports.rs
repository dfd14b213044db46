//! Imports of the files address books really write: Google Contacts and Outlook CSV (CRLF line
//! ends, their own headers), Apple Contacts and Android vCards. Nothing the plan has is
//! overwritten without the planner's choice, and what is not imported is listed.

mod support;

use std::collections::HashSet;
use std::sync::Arc;

use attache::interop::csv::{self, Target};
use attache::interop::dates::DateOrder;
use attache::interop::encoding::decode;
use attache::interop::preview::{ImportOptions, ImportPreview, PersonField, plan_import};
use attache::interop::{ChosenMatches, MatchChoice, vcard};
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
    let additions: Vec<String> = planned.additions.iter().map(|a| a.render()).collect();
    assert_eq!(
        additions,
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

/// A file of `tests/imports/`, byte for byte as the program named in its name wrote it.
fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/imports")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The two Ali Hassans of the Ministry of Communications: the Minister, and the IT Director, who
/// has no email in the plan yet.
fn plan_with_two_ali_hassans() -> Plan {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    let ministry = Organisation::new("Ministry of Communications");
    let mut minister = Person::new("Ali Hassan");
    minister.position = "Minister of Communications".into();
    minister.emails = vec![ContactEntry::new("minister@moc.gov.iq", ContactKind::Work)];
    minister.organisation = Some(ministry.id);
    let mut director = Person::new("Ali Hassan");
    director.position = "IT Director".into();
    director.phones = vec![ContactEntry::new("+964 770 412 9001", ContactKind::Mobile)];
    director.organisation = Some(ministry.id);
    plan.organisations.push(Arc::new(ministry));
    plan.people.push(Arc::new(minister));
    plan.people.push(Arc::new(director));
    plan
}

fn csv_incoming(text: &str) -> attache::interop::Incoming {
    let table = csv::read_table(text.as_bytes()).expect("the file is read");
    csv::incoming(
        &table,
        &csv::guess_mapping(&table.headers),
        DateOrder::DayMonth,
    )
}

#[test]
fn a_name_that_fits_two_people_gives_neither_a_value_until_the_planner_chooses() {
    let plan = plan_with_two_ali_hassans();
    let incoming = csv_incoming("Name,Email\r\nAli Hassan,ali.hassan.it@moc.gov.iq\r\n");
    let preview = plan_import(&plan, &incoming, ImportOptions::default());
    assert!(preview.is_empty(), "{preview:#?}");
    let ambiguity = &preview.ambiguous[0];
    assert_eq!((ambiguity.line, ambiguity.chosen), (2, None));
    let candidates: Vec<String> = ambiguity.candidates.iter().map(|c| c.to_string()).collect();
    assert_eq!(
        candidates,
        [
            format!(
                "Ali Hassan (Minister of Communications, Ministry of Communications, \
                 minister@moc.gov.iq; id {})",
                plan.people[0].id
            ),
            format!(
                "Ali Hassan (IT Director, Ministry of Communications; id {})",
                plan.people[1].id
            ),
        ]
    );
    assert_eq!(
        preview.summary(),
        "1 entry may be several people in the plan (left out unless you choose which)"
    );

    // The planner says which: the address goes to the IT Director, and to no one else.
    let options = ImportOptions {
        matches: ChosenMatches::from([(2, MatchChoice::Person(plan.people[1].id))]),
        ..ImportOptions::default()
    };
    let preview = plan_import(&plan, &incoming, options);
    let mut after = plan.clone();
    preview.apply(&mut after, &HashSet::new());
    assert_eq!(after.people[0].emails, plan.people[0].emails);
    assert_eq!(
        after.people[1].preferred_email(),
        "ali.hassan.it@moc.gov.iq"
    );
    assert_eq!(preview.unsettled().count(), 0);

    // Or a third Ali Hassan.
    let options = ImportOptions {
        matches: ChosenMatches::from([(2, MatchChoice::New)]),
        ..ImportOptions::default()
    };
    let preview = plan_import(&plan, &incoming, options);
    assert_eq!(preview.people_added(), 1);
}

#[test]
fn an_address_or_number_only_one_of_the_namesakes_has_finds_that_one() {
    let plan = plan_with_two_ali_hassans();
    // The Minister's address; the IT Director's mobile as dialled from abroad.
    let incoming = csv_incoming(
        "Name,Email,Phone,Job title\r\n\
         Ali Hassan,minister@moc.gov.iq,,Minister\r\n\
         Ali Hassan,,00964 770 412 9001,Director of Information Technology\r\n",
    );
    let preview = plan_import(&plan, &incoming, ImportOptions::default());
    assert_eq!(preview.ambiguous, []);
    let conflicts: Vec<(usize, &str)> = preview
        .conflicts()
        .map(|(line, conflict)| (line, conflict.file.as_str()))
        .collect();
    assert_eq!(
        conflicts,
        [(2, "Minister"), (3, "Director of Information Technology")]
    );
    assert_eq!(preview.people[0].record.id, plan.people[0].id);
    assert_eq!(preview.people[1].record.id, plan.people[1].id);
    // The number is the one the plan has, not one to add.
    assert_eq!(preview.people[1].additions, Vec::new());
}

#[test]
fn two_people_of_one_name_in_one_file_are_both_imported() {
    // Apple Contacts' export of both Ali Hassans: one name, two UIDs, two addresses.
    let file = fixture("apple-contacts-two-ali-hassan.vcf");
    let empty = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    let (incoming, _) = vcard::read_bytes(&file, None);
    let preview = plan_import(&empty, &incoming, ImportOptions::default());
    assert_eq!(preview.problems, []);
    let added: Vec<(&str, &str)> = preview
        .people
        .iter()
        .map(|p| (p.record.name.as_str(), p.record.position.as_str()))
        .collect();
    assert_eq!(
        added,
        [
            ("Ali Hassan", "Minister of Communications"),
            ("Ali Hassan", "IT Director")
        ]
    );

    // The same person twice is still one.
    let mut twice = file.clone();
    twice.extend_from_slice(&file);
    let (incoming, _) = vcard::read_bytes(&twice, None);
    let preview = plan_import(&empty, &incoming, ImportOptions::default());
    assert_eq!(preview.people_added(), 2);
    let problems: Vec<String> = preview.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "line 25: Ali Hassan appears again (first on line 1); left out",
            "line 37: Ali Hassan appears again (first on line 13); left out",
        ]
    );

    // Into a plan that has one Ali Hassan: which of the two he is is the planner's choice.
    let mut plan = empty.clone();
    plan.people.push(Arc::new(Person::new("Ali Hassan")));
    let preview = plan_import(&plan, &incoming_of(&file), ImportOptions::default());
    let lines: Vec<usize> = preview.unsettled().map(|a| a.line).collect();
    assert_eq!(lines, [1, 13]);
    assert!(preview.is_empty());
}

fn incoming_of(vcard_file: &[u8]) -> attache::interop::Incoming {
    vcard::read_bytes(vcard_file, None).0
}

#[test]
fn a_row_with_only_a_name_in_arabic_is_a_person_and_no_value_is_dropped_unreported() {
    let incoming = csv_incoming(
        "Name,Arabic name,Job title,Organisation,Email\r\n\
         ,علي حسن الجبوري,Director General of IT,Ministry of Communications,a.aljubouri@moc.gov.iq\r\n\
         ,,Visitor centre,e-Estonia Briefing Centre,briefing@e-estonia.com\r\n",
    );
    let person = &incoming.people[0];
    assert_eq!(person.name, "علي حسن الجبوري");
    assert_eq!(person.position, "Director General of IT");
    assert_eq!(person.emails[0].value, "a.aljubouri@moc.gov.iq");
    // A row naming no one is the organisation, and what it says beyond that is listed.
    assert_eq!(incoming.organisations[0].name, "e-Estonia Briefing Centre");
    assert_eq!(
        left_out_of(&incoming),
        [
            "3: Position “Visitor centre”: the row names no one, so it is read as the organisation \
             “e-Estonia Briefing Centre”, which has no place for this",
            "3: Email “briefing@e-estonia.com”: the row names no one, so it is read as the \
             organisation “e-Estonia Briefing Centre”, which has no place for this",
        ]
    );
}

#[test]
fn a_name_filed_as_family_comma_given_beside_its_parts_is_said_in_order() {
    let incoming = csv_incoming(
        "Name,Given Name,Family Name,E-mail 1 - Value\r\n\
         \"Hassan, Noor\",Noor,Hassan,noor.hassan@moa.gov.iq\r\n",
    );
    assert_eq!(incoming.people[0].name, "Noor Hassan");
    assert_eq!(incoming.left_out, []);

    // A name that says less than its parts keeps its own, and the parts are listed.
    let incoming = csv_incoming("Name,Given Name,Family Name\r\nDr. Ali,Ali,Hassan\r\n");
    assert_eq!(incoming.people[0].name, "Dr. Ali");
    assert_eq!(
        left_out_of(&incoming),
        ["2: name parts “Ali Hassan”: the name is taken from the Name column: “Dr. Ali”"]
    );
}

#[test]
fn a_second_column_chosen_for_one_field_is_listed_not_dropped() {
    let table = csv::read_table(
        "Name,Job title,Function,Side,Party\r\n\
         Kadri Tamm,Protocol officer,Chief of protocol,host,visiting\r\n"
            .as_bytes(),
    )
    .unwrap();
    let mut mapping = csv::guess_mapping(&table.headers);
    mapping[2] = Some(Target::Field(PersonField::Position));
    mapping[4] = Some(Target::Field(PersonField::Side));
    let incoming = csv::incoming(&table, &mapping, DateOrder::DayMonth);
    assert_eq!(incoming.people[0].position, "Protocol officer");
    assert_eq!(
        left_out_of(&incoming),
        [
            "2: Position “Chief of protocol”: another column gives “Protocol officer”; the plan \
             keeps that one",
            "2: Side “visiting”: another column gives this field too; the plan keeps the first",
        ]
    );
}

#[test]
fn a_fax_number_is_not_imported_as_a_phone_and_is_listed() {
    let incoming = csv_incoming(
        "Name,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value\r\n\
         Kadri Tamm,Work Fax,+372 663 0201,Mobile,+372 5555 0001\r\n",
    );
    assert_eq!(
        incoming.people[0].phones,
        [ContactEntry::new("+372 5555 0001", ContactKind::Mobile)]
    );
    assert_eq!(
        left_out_of(&incoming),
        ["2: fax “+372 663 0201”: a fax number is not a phone; the plan keeps phones"]
    );
}

fn left_out_of(incoming: &attache::interop::Incoming) -> Vec<String> {
    incoming
        .left_out
        .iter()
        .map(|l| format!("{}: {l}", l.line))
        .collect()
}

#[test]
fn a_google_vcard_folded_inside_an_arabic_letter_is_read_whole() {
    // Google Contacts folds lines at 75 octets, inside a two-byte letter where one falls there.
    let file = fixture("google-contacts-vcard3-folded-arabic.vcf");
    let (incoming, decoded) = vcard::read_bytes(&file, None);
    assert_eq!(decoded.encoding, encoding_rs::UTF_8);
    assert!(!decoded.had_errors);
    assert_eq!(incoming.problems, []);
    let [ali, zainab] = incoming.people.as_slice() else {
        panic!("{incoming:#?}")
    };
    assert_eq!(ali.name, "علي حسن الجبوري");
    assert_eq!(
        ali.position,
        "المدير العام لدائرة تكنولوجيا المعلومات والاتصالات"
    );
    assert_eq!(
        ali.notes,
        "يرأس فريق الحكومة الإلكترونية في الوفد ويحتاج إلى مترجم في الاجتماعات الفنية"
    );
    assert_eq!(
        ali.phones,
        [ContactEntry::new("+964 770 412 3386", ContactKind::Mobile)]
    );
    // Lines are the file's, folds and all.
    assert_eq!((ali.line, zainab.line), (1, 15));
    assert_eq!(
        left_out_of(&incoming)
            .into_iter()
            .filter(|line| line.contains("fax"))
            .collect::<Vec<_>>(),
        ["1: fax “+964 1 717 0000”: a fax number is not a phone; the plan keeps phones"]
    );
}

/// The sheet of fixture `name`, after checking that its encoding is detected as `encoding` and
/// its columns are read as `fields`.
fn excel_sheet(
    name: &str,
    encoding: &'static encoding_rs::Encoding,
    fields: &[Target],
) -> (csv::Table, Vec<Option<Target>>) {
    let decoded = decode(&fixture(name), None);
    assert_eq!(decoded.encoding, encoding);
    let table = csv::read_table(decoded.text.as_bytes()).unwrap();
    let mapping = csv::guess_mapping(&table.headers);
    assert_eq!(
        mapping,
        fields.iter().copied().map(Some).collect::<Vec<_>>()
    );
    (table, mapping)
}

#[test]
fn an_estonian_excel_csv_in_windows_1257_is_read_with_its_headers() {
    // Excel on an Estonian Windows: "CSV (semicolon delimited)", Windows-1257, no byte-order mark.
    let (table, mapping) = excel_sheet(
        "estonian-excel-windows-1257.csv",
        encoding_rs::WINDOWS_1257,
        &[
            Target::GivenName,
            Target::FamilyName,
            Target::Field(PersonField::Position),
            Target::Field(PersonField::Organisation),
            Target::Email(ContactKind::Other),
            Target::Phone(ContactKind::Other),
            Target::Phone(ContactKind::Mobile),
            Target::Field(PersonField::Notes),
        ],
    );
    let incoming = csv::incoming(&table, &mapping, DateOrder::DayMonth);
    let names: Vec<&str> = incoming.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Tõnis Saar",
            "Žanna Šiškina",
            "Ülle Õunapuu",
            "Märt Tšernõšov"
        ]
    );
    assert_eq!(
        incoming.people[1].notes,
        "Vene ja inglise keel; tõlk pole vajalik"
    );
    assert_eq!(incoming.left_out, []);
}

#[test]
fn an_arabic_excel_csv_in_windows_1256_is_read_with_its_arabic_headers() {
    // Excel on an Arabic Windows: "CSV (comma delimited)", Windows-1256.
    let (table, mapping) = excel_sheet(
        "arabic-excel-windows-1256.csv",
        encoding_rs::WINDOWS_1256,
        &[
            Target::Field(PersonField::Name),
            Target::Field(PersonField::Position),
            Target::Field(PersonField::Organisation),
            Target::Email(ContactKind::Other),
            Target::Phone(ContactKind::Other),
            Target::Phone(ContactKind::Mobile),
            Target::Field(PersonField::Notes),
        ],
    );
    // Into a plan that has the first of them with his mobile written the international way.
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    let mut ali = Person::new("علي حسن الجبوري");
    ali.phones = vec![ContactEntry::new("+964 770 412 3386", ContactKind::Mobile)];
    plan.people.push(Arc::new(ali));
    let incoming = csv::incoming(&table, &mapping, DateOrder::DayMonth);
    let preview = plan_import(&plan, &incoming, ImportOptions::default());
    assert_eq!(preview.people_added(), 2);
    let ali = &preview.people[0];
    assert_eq!(ali.record.id, plan.people[0].id);
    assert_eq!(
        ali.changed_fields(),
        ["Position", "Email", "Notes", "Organisation"]
    );
    assert_eq!(ali.record.phones.len(), 1, "00964 … is +964 …");
    assert_eq!(preview.people[1].record.notes, "نباتية، لا تأكل اللحوم");
}

#[test]
fn the_command_line_leaves_out_a_row_that_fits_two_people_with_its_line_and_both() {
    let folder = tempfile::tempdir().unwrap();
    let plan = plan_with_two_ali_hassans();
    let plan_path = folder.path().join("plan.ron");
    attache::file::save(&plan, &plan_path).unwrap();
    std::fs::write(
        folder.path().join("it.csv"),
        "Name,Email\r\nAli Hassan,ali.hassan.it@moc.gov.iq\r\nKadri Tamm,kadri.tamm@vm.ee\r\n",
    )
    .unwrap();
    let output = support::command_line::attache(folder.path())
        .args(["import", "csv", "plan.ron", "it.csv"])
        .output()
        .unwrap();
    // Some of the file was left out: 1, and the rest imported.
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let expected = format!(
        "it.csv:2: error: “Ali Hassan” may be any of 2 people in the plan: Ali Hassan (Minister \
         of Communications, Ministry of Communications, minister@moc.gov.iq; id {}), Ali Hassan \
         (IT Director, Ministry of Communications; id {}); left out",
        plan.people[0].id, plan.people[1].id
    );
    assert!(stdout.contains(&expected), "{stdout}");
    let after = attache::file::load(&plan_path).unwrap();
    assert_eq!(after.people.len(), 3);
    assert_eq!(after.people[0].emails, plan.people[0].emails);
    assert_eq!(after.people[1].emails, []);
}
