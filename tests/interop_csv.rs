//! CSV: the export has a header row and is UTF-8; cells a spreadsheet would run as formulas are
//! neutralised; the import maps columns by their headers, reports bad rows by line, and importing
//! the export again adds nothing.

use std::sync::Arc;

use attache::interop::csv::{self, Target};
use attache::interop::preview::{ImportOptions, PersonField, plan_import};
use attache::interop::{self, ExportFormat};
use attache::model::limits::{LONG_TEXT_CHARACTERS, SHORT_TEXT_CHARACTERS};
use attache::model::{
    ContactEntry, ContactKind, DelegationRole, DocumentStatus, Person, Plan, Side,
};
use jiff::Timestamp;

fn export(plan: &Plan) -> Vec<u8> {
    interop::export(plan, ExportFormat::Spreadsheet, None, Timestamp::now()).unwrap()
}

/// The export's rows as a spreadsheet program reads them (the byte-order mark taken off).
fn rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let bytes = bytes
        .strip_prefix("\u{feff}".as_bytes())
        .expect("a byte-order mark");
    ::csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn the_export_has_a_header_and_a_row_per_person_in_utf8() {
    let plan = attache::app::sample_plan();
    let rows = rows(&export(&plan));
    // Emails and phones in Google Contacts' numbered columns, as many as the person with the
    // most needs: the sample's protocol officer has two phones.
    let mut expected = Vec::new();
    for field in PersonField::ALL {
        match field {
            PersonField::Email => expected.extend(["E-mail 1 - Type", "E-mail 1 - Value"]),
            PersonField::Phone => expected.extend([
                "Phone 1 - Type",
                "Phone 1 - Value",
                "Phone 2 - Type",
                "Phone 2 - Value",
            ]),
            field => expected.push(field.label()),
        }
    }
    assert_eq!(rows[0], expected);
    assert_eq!(rows.len(), plan.people.len() + 1);
    let arabic = plan
        .people
        .iter()
        .position(|p| !p.native_name.is_empty())
        .unwrap();
    assert_eq!(rows[arabic + 1][2], plan.people[arabic].native_name);
}

fn hostile_person() -> Person {
    let mut person = Person::new("=HYPERLINK(\"http://evil.example\",\"Click\")");
    person.native_name = "\r=1+1".into();
    person.position = "+Adviser".into();
    person.emails = vec![ContactEntry::new("@SUM(1+1)", ContactKind::Work)];
    person.phones = vec![ContactEntry::new("+372 5555 1234", ContactKind::Mobile)];
    person.notes = "-2+3".into();
    person.dietary_needs = "\t=cmd|' /C calc'!A0".into();
    person.form_of_address = "Mr".into();
    person
}

#[test]
fn cells_that_would_run_as_formulas_are_neutralised() {
    let mut plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
    plan.people.push(Arc::new(hostile_person()));
    let rows = rows(&export(&plan));
    let row = &rows[1];
    for cell in row {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "{cell:?} would run as a formula"
        );
    }
    let cell = |header: &str| row[rows[0].iter().position(|h| h == header).unwrap()].as_str();
    assert_eq!(
        cell("Name"),
        "'=HYPERLINK(\"http://evil.example\",\"Click\")"
    );
    assert_eq!(cell("Name in own script"), "'\r=1+1");
    assert_eq!(cell("Position"), "'+Adviser");
    assert_eq!(cell("E-mail 1 - Value"), "'@SUM(1+1)");
    assert_eq!(cell("Phone 1 - Value"), "'+372 5555 1234");
    assert_eq!(cell("Notes"), "'-2+3");
    assert_eq!(cell("Dietary needs"), "'\t=cmd|' /C calc'!A0");
    assert_eq!(cell("Form of address"), "Mr", "other cells are left alone");
}

#[test]
fn the_export_imports_back_unchanged_and_adds_nothing_the_second_time() {
    let mut plan = attache::app::sample_plan();
    plan.people.push(Arc::new(hostile_person()));
    let bytes = export(&plan);

    let table = csv::read_table(&bytes).unwrap();
    let mapping = csv::guess_mapping(&table.headers);
    assert!(
        mapping.iter().all(Option::is_some),
        "every column of our own export is known"
    );
    let incoming = csv::incoming(&table, &mapping, Default::default());
    assert_eq!(incoming.problems, []);
    let preview = plan_import(&plan, &incoming, ImportOptions::default());
    assert!(preview.is_empty(), "{:#?}", preview.people.first());
    assert_eq!(preview.unchanged_people, plan.people.len());

    // Into an empty plan, the people come back as they were (organisations by name).
    let mut empty = Plan::empty(plan.visit.first_day, "Europe/Tallinn");
    let preview = plan_import(&empty, &incoming, ImportOptions::default());
    preview.apply(&mut empty, &Default::default());
    assert_eq!(empty.people.len(), plan.people.len());
    for (imported, person) in empty.people.iter().zip(&plan.people) {
        let mut expected = Person::clone(person);
        let mut got = Person::clone(imported);
        expected.organisation = None;
        got.organisation = None;
        // The import trims white space around values, also the tab and carriage return that
        // made two of the hostile cells formulas.
        for field in [&mut expected.native_name, &mut expected.dietary_needs] {
            *field = field.trim().to_owned();
        }
        assert_eq!(got, expected);
    }
    let organisation_names: Vec<String> = empty
        .people
        .iter()
        .map(|p| {
            preview
                .organisation_name(
                    p.organisation
                        .unwrap_or(attache::model::OrganisationId::from_value(0)),
                )
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    let expected_names: Vec<String> = plan
        .people
        .iter()
        .map(|p| {
            p.organisation
                .and_then(|id| plan.organisations.iter().find(|o| o.id == id))
                .map(|o| o.name.clone())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(organisation_names, expected_names);
}

#[test]
fn bad_rows_are_reported_by_line_and_a_bad_value_costs_only_its_field() {
    let text = "Name,Email,Role,Side,Travel document deadline,Notes\n\
                Kadri Tamm,kadri@example.ee,Liaison officer,Host,2027-03-01,\n\
                Only two,cells\n\
                Jaan Kask,jaan@example.ee,Chief of everything,Host,,\n\
                Mari Mets,mari@example.ee,,host,,\"A note\n\
                over two lines\"\n\
                ,nobody@example.ee,,,,\n\
                Peeter Puu,peeter@example.ee,,,31 February,\n\
                Liis Lepp,liis@example.ee,Member,Sideways,,\n";
    let table = csv::read_table(text.as_bytes()).unwrap();
    let mapping = csv::guess_mapping(&table.headers);
    let plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
    let preview = plan_import(
        &plan,
        &csv::incoming(&table, &mapping, Default::default()),
        ImportOptions::default(),
    );
    let problems: Vec<String> = preview.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "line 3: has 2 cells where the header row has 6; left out",
            "line 7: has no name; left out",
        ]
    );
    let warnings: Vec<String> = preview
        .left_out
        .iter()
        .map(|left_out| format!("line {}: {left_out}", left_out.line))
        .collect();
    assert_eq!(
        warnings,
        [
            "line 4: Role “Chief of everything”: not one of Head of delegation, Deputy head, \
             Member, Adviser, Interpreter, Liaison officer, Protocol officer, Security, Media, \
             Host, Speaker, Support staff; left empty",
            "line 8: Travel document deadline “31 February”: not a date like 2027-02-26, \
             2027/02/26, 26.02.2027 or 26/02/2027; left empty",
            "line 9: Side “Sideways”: not one of Visiting, Host, Other; left empty",
        ]
    );
    let added: Vec<(&str, usize)> = preview
        .people
        .iter()
        .map(|p| (p.record.name.as_str(), p.line))
        .collect();
    assert_eq!(
        added,
        [
            ("Kadri Tamm", 2),
            ("Jaan Kask", 4),
            ("Mari Mets", 5),
            ("Peeter Puu", 8),
            ("Liis Lepp", 9)
        ]
    );
    assert_eq!(
        preview.people[1].record.preferred_email(),
        "jaan@example.ee"
    );
    let kadri = &preview.people[0].record;
    assert_eq!(kadri.role, DelegationRole::Liaison);
    assert_eq!(kadri.side, Side::Host);
    assert_eq!(
        kadri.travel_document.deadline,
        Some(jiff::civil::date(2027, 3, 1))
    );
    assert_eq!(kadri.travel_document.status, DocumentStatus::NotNeeded);
    assert_eq!(preview.people[2].record.notes, "A note\nover two lines");
    assert_eq!(
        preview.summary(),
        "5 people to add; 2 entries left out; 3 values not imported"
    );
}

#[test]
fn a_row_with_more_text_than_a_plan_holds_is_left_out_so_the_plan_still_opens() {
    let long_name = "ع".repeat(SHORT_TEXT_CHARACTERS + 1);
    let long_notes = "n".repeat(LONG_TEXT_CHARACTERS + 1);
    let text = format!(
        "Name,Email,Notes\n\
         {long_name},long@example.iq,\n\
         Kadri Tamm,kadri@example.ee,{long_notes}\n\
         Mari Mets,mari@example.ee,{}\n",
        "n".repeat(LONG_TEXT_CHARACTERS)
    );
    let table = csv::read_table(text.as_bytes()).unwrap();
    let mapping = csv::guess_mapping(&table.headers);
    let mut plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
    let preview = plan_import(
        &plan,
        &csv::incoming(&table, &mapping, Default::default()),
        ImportOptions::default(),
    );
    let problems: Vec<String> = preview.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            format!(
                "line 2: “Name” has {} characters, more than the {SHORT_TEXT_CHARACTERS} a plan \
                 holds for a name, title, place or other one-line value; left out",
                SHORT_TEXT_CHARACTERS + 1
            ),
            format!(
                "line 3: “Notes” has {} characters, more than the {LONG_TEXT_CHARACTERS} a plan \
                 holds for notes and other long text; left out",
                LONG_TEXT_CHARACTERS + 1
            ),
        ]
    );
    preview.apply(&mut plan, &Default::default());
    assert_eq!(plan.people.len(), 1);
    let saved = attache::file::to_text(&plan);
    assert_eq!(attache::file::from_text(&saved).unwrap(), plan);
}

#[test]
fn a_spreadsheet_from_elsewhere_is_mapped_by_its_headers() {
    let text = "\u{feff}First Name;Last Name;Organization;Job Title;E-mail Address;Shoe size\r\n\
                Kadri;Tamm;Information System Authority;Adviser;kadri@example.ee;38\r\n";
    let table = csv::read_table(text.as_bytes()).unwrap();
    let mapping = csv::guess_mapping(&table.headers);
    assert_eq!(
        mapping,
        [
            Some(Target::GivenName),
            Some(Target::FamilyName),
            Some(Target::Field(PersonField::Organisation)),
            Some(Target::Field(PersonField::Position)),
            Some(Target::Email(ContactKind::Other)),
            None,
        ]
    );
    let plan = attache::app::sample_plan();
    let preview = plan_import(
        &plan,
        &csv::incoming(&table, &mapping, Default::default()),
        ImportOptions {
            side_for_new_people: Side::Host,
            ..ImportOptions::default()
        },
    );
    let person = &preview.people[0].record;
    assert_eq!(person.name, "Kadri Tamm");
    assert_eq!(person.side, Side::Host);
    assert_eq!(person.position, "Adviser");
    let organisation = preview
        .organisation_name(person.organisation.unwrap())
        .unwrap();
    assert_eq!(organisation, "Information System Authority");
}

#[test]
fn without_a_name_column_nothing_is_imported_and_the_planner_is_told() {
    let table = csv::read_table(b"Delegate,Mail\nKadri Tamm,kadri@example.ee\n").unwrap();
    let mut mapping = csv::guess_mapping(&table.headers);
    assert_eq!(mapping, [None, Some(Target::Email(ContactKind::Other))]);
    let plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
    let preview = plan_import(
        &plan,
        &csv::incoming(&table, &mapping, Default::default()),
        ImportOptions::default(),
    );
    assert!(preview.is_empty());
    assert_eq!(
        preview.problems[0].message.render(),
        "no column holds the names: choose the column for Name"
    );
    mapping[0] = Some(Target::Field(PersonField::Name));
    let preview = plan_import(
        &plan,
        &csv::incoming(&table, &mapping, Default::default()),
        ImportOptions::default(),
    );
    assert_eq!(preview.people_added(), 1);
}

#[test]
fn files_that_are_not_csv_text_are_refused_or_reported() {
    assert_eq!(csv::read_table(b""), Err(csv::CsvError::Empty));
    let latin1 = b"Name,Notes\nT\xf5nis Saar,ok\nKadri Tamm,ok\n";
    let table = csv::read_table(latin1).unwrap();
    assert_eq!(table.rows.len(), 1);
    assert_eq!(table.problems[0].line, 2);
    assert!(table.problems[0].message.render().contains("UTF-8"));
}

#[test]
fn several_emails_and_phones_go_out_in_googles_columns_and_come_back_with_kinds() {
    let mut plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
    let mut person = Person::new("Kadri Tamm");
    person.emails = vec![
        ContactEntry::new("kadri.tamm@vm.ee", ContactKind::Work),
        ContactEntry::new("kadri@example.ee", ContactKind::Home),
    ];
    person.phones = vec![
        ContactEntry::new("+372 637 7000", ContactKind::Work),
        ContactEntry::new("+372 5555 0001", ContactKind::Mobile).preferred(),
    ];
    plan.people.push(Arc::new(person.clone()));
    let bytes = export(&plan);
    let rows = rows(&bytes);
    let cell = |header: &str| rows[1][rows[0].iter().position(|h| h == header).unwrap()].clone();
    assert_eq!(
        cell("Phone 2 - Type"),
        "* Mobile",
        "the preferred one starred"
    );
    assert_eq!(cell("Phone 1 - Type"), "Work");
    assert_eq!(cell("E-mail 2 - Value"), "kadri@example.ee");

    let table = csv::read_table(&bytes).unwrap();
    let mapping = csv::guess_mapping(&table.headers);
    let incoming = csv::incoming(&table, &mapping, Default::default());
    assert_eq!(incoming.people[0].emails, person.emails);
    assert_eq!(incoming.people[0].phones, person.phones);
}

#[test]
fn outlooks_phone_columns_give_their_kinds_and_googles_type_cells_theirs() {
    let outlook = "First Name,Last Name,E-mail Address,E-mail 2 Address,Business Phone,Home Phone,Mobile Phone\r\n\
                   Jaan,Kask,jaan@mkm.ee,jaan@example.ee,+372 625 6342,+372 600 0000,+372 5555 0002\r\n";
    let table = csv::read_table(outlook.as_bytes()).unwrap();
    let mapping = csv::guess_mapping(&table.headers);
    let jaan = &csv::incoming(&table, &mapping, Default::default()).people[0];
    assert_eq!(
        jaan.emails,
        [
            ContactEntry::new("jaan@mkm.ee", ContactKind::Other),
            ContactEntry::new("jaan@example.ee", ContactKind::Other),
        ]
    );
    assert_eq!(
        jaan.phones,
        [
            ContactEntry::new("+372 625 6342", ContactKind::Work),
            ContactEntry::new("+372 600 0000", ContactKind::Home),
            ContactEntry::new("+372 5555 0002", ContactKind::Mobile),
        ]
    );

    // Google: a type cell for each value cell, "*" for the primary one, " ::: " for several.
    let google = "Name,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value\r\n\
                  Mari Mets,* Work,mari@ria.ee ::: mari.mets@ria.ee,Mobile,+372 5555 0003,* Work,+372 663 0200\r\n";
    let table = csv::read_table(google.as_bytes()).unwrap();
    let mapping = csv::guess_mapping(&table.headers);
    assert_eq!(mapping[1], Some(Target::EmailKind));
    assert_eq!(mapping[4], Some(Target::Phone(ContactKind::Other)));
    let mari = &csv::incoming(&table, &mapping, Default::default()).people[0];
    assert_eq!(
        mari.emails,
        [
            ContactEntry::new("mari@ria.ee", ContactKind::Work).preferred(),
            ContactEntry::new("mari.mets@ria.ee", ContactKind::Work),
        ]
    );
    assert_eq!(
        mari.phones,
        [
            ContactEntry::new("+372 5555 0003", ContactKind::Mobile),
            ContactEntry::new("+372 663 0200", ContactKind::Work).preferred(),
        ]
    );
}
