//! File → Import and File → Export in the window, driven through egui_kittest by accessible
//! labels: the import preview shows what will be added and changed before anything is applied,
//! the import is one undo step, and exports are written where the planner chooses.

mod support;

use std::path::{Path, PathBuf};

use attache::app::DialogAnswer;
use attache::file;
use attache::model::Side;
use attache::window::Window;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use support::{
    Asked, ScriptedDialogs, app_on, click_menu, harness_sized, text_shown_containing as shows,
};

/// The window on a copy of the sample plan saved in `folder`, answering the dialogs with `paths`.
fn window(folder: &Path, paths: &[PathBuf]) -> (Harness<'static, Window>, Asked) {
    let plan = folder.join("plan.ron");
    std::fs::write(&plan, attache::app::SAMPLE_PLAN).unwrap();
    let dialogs = ScriptedDialogs::answering(paths.iter().cloned().map(DialogAnswer::Chosen));
    let asked = dialogs.asked();
    let app = app_on(Some(plan), dialogs);
    (harness_sized(app, 1200.0, 900.0), asked)
}

const CONTACTS: &str = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Tõnis Saar\r\n\
    ORG:Tallinn University of Technology\r\nTITLE:Professor of cyber security\r\n\
    EMAIL:tonis.saar@example.ee\r\nEND:VCARD\r\n\
    BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Kadri Tamm\r\nEMAIL:kadri.tamm@example.ee\r\nEND:VCARD\r\n\
    BEGIN:VCARD\r\nVERSION:4.0\r\nN:;;;;\r\nEND:VCARD\r\n";

#[test]
fn a_vcard_import_is_previewed_then_applied_as_one_undo_step() {
    let folder = tempfile::tempdir().unwrap();
    let contacts = folder.path().join("contacts.vcf");
    std::fs::write(&contacts, CONTACTS).unwrap();
    let (mut harness, asked) = window(folder.path(), std::slice::from_ref(&contacts));
    let people_before = harness.state().app.document.plan().people.len();
    let organisations_before = harness.state().app.document.plan().organisations.len();

    click_menu(&mut harness, &["File", "Import", "vCard…"]);
    assert_eq!(
        asked.lock().unwrap().as_slice(),
        ["Import people and organisations from vCard [vCard (*.vcf, *.vcard)]"]
    );

    // The preview, before anything changes.
    assert!(shows(&harness, "Import from contacts.vcf"));
    assert!(shows(
        &harness,
        "2 people to add; 1 organisation to add; 1 entry left out"
    ));
    assert!(shows(&harness, "People to add"));
    assert!(shows(&harness, "Tõnis Saar"));
    assert!(shows(&harness, "Tallinn University of Technology"));
    assert!(shows(
        &harness,
        "Line 13: a person without a name was left out"
    ));
    assert_eq!(
        harness.state().app.document.plan().people.len(),
        people_before
    );
    assert!(!harness.state().app.document.is_dirty());

    // New people from this file are hosts.
    harness.get_by_label("Side of new people").click();
    harness.run();
    harness.get_by_label("Host").click();
    harness.run();

    harness.get_by_label("Import").click();
    harness.run();
    let plan = harness.state().app.document.plan();
    assert_eq!(plan.people.len(), people_before + 2);
    assert_eq!(plan.organisations.len(), organisations_before + 1);
    assert!(
        plan.people
            .iter()
            .rev()
            .take(2)
            .all(|p| p.side == Side::Host)
    );
    assert!(
        !shows(&harness, "Import from contacts.vcf"),
        "the preview closes"
    );

    click_menu(&mut harness, &["Edit", "Undo import from contacts.vcf"]);
    let plan = harness.state().app.document.plan();
    assert_eq!(
        plan.people.len(),
        people_before,
        "one undo takes the whole import back"
    );
    assert_eq!(plan.organisations.len(), organisations_before);
}

#[test]
fn importing_the_same_file_again_offers_nothing_to_import() {
    let folder = tempfile::tempdir().unwrap();
    let contacts = folder.path().join("contacts.vcf");
    std::fs::write(&contacts, CONTACTS).unwrap();
    let (mut harness, _) = window(folder.path(), &[contacts.clone(), contacts]);
    click_menu(&mut harness, &["File", "Import", "vCard…"]);
    harness.get_by_label("Import").click();
    harness.run();
    let after_first = harness.state().app.document.plan().clone();

    click_menu(&mut harness, &["File", "Import", "vCard…"]);
    assert!(shows(&harness, "2 already in the plan; 1 entry left out"));
    assert!(shows(&harness, "Left out"));
    assert!(!shows(&harness, "People to add"));
    assert!(
        harness
            .get_by_label("Import")
            .accesskit_node()
            .is_disabled(),
        "nothing to import"
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(*harness.state().app.document.plan(), after_first);
}

#[test]
fn a_cancelled_import_changes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let contacts = folder.path().join("contacts.vcf");
    std::fs::write(&contacts, CONTACTS).unwrap();
    let (mut harness, _) = window(folder.path(), &[contacts]);
    let before = harness.state().app.document.plan().clone();
    click_menu(&mut harness, &["File", "Import", "vCard…"]);
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(*harness.state().app.document.plan(), before);
    assert!(!harness.state().app.document.is_dirty());
    assert!(harness.state().app.document.undo_label().is_none());
}

#[test]
fn a_csv_import_lets_the_planner_map_the_columns() {
    let folder = tempfile::tempdir().unwrap();
    let sheet = folder.path().join("hosts.csv");
    std::fs::write(
        &sheet,
        "Delegate;E-mail;Role\nKadri Tamm;kadri@example.ee;Liaison officer\nJaan Kask;jaan@example.ee;Chief\n",
    )
    .unwrap();
    let (mut harness, _) = window(folder.path(), &[sheet]);
    let people_before = harness.state().app.document.plan().people.len();
    click_menu(&mut harness, &["File", "Import", "CSV…"]);

    assert!(shows(&harness, "Import from hosts.csv"));
    assert!(shows(
        &harness,
        "no column holds the names: choose the column for Name"
    ));
    assert!(
        harness
            .get_by_label("Import")
            .accesskit_node()
            .is_disabled()
    );

    // "Delegate" is not a header Attaché knows: the planner says it holds the names.
    harness.get_by_label("Delegate").click();
    harness.run();
    harness.get_by_label("Name").click();
    harness.run();

    // A role Attaché does not know costs the role, not the person.
    assert!(shows(&harness, "2 people to add; 1 value not imported"));
    assert!(shows(&harness, "Line 3: Role “Chief”: not one of"));
    harness.get_by_label("Import").click();
    harness.run();
    let plan = harness.state().app.document.plan();
    assert_eq!(plan.people.len(), people_before + 2);
    let kadri = &plan.people[people_before];
    assert_eq!(kadri.name, "Kadri Tamm");
    assert_eq!(kadri.preferred_email(), "kadri@example.ee");
    assert_eq!(kadri.role, attache::model::DelegationRole::Liaison);
    let jaan = plan.people.last().unwrap();
    assert_eq!(jaan.name, "Jaan Kask");
    assert_eq!(jaan.preferred_email(), "jaan@example.ee");
}

#[test]
fn exports_are_written_where_the_planner_chooses() {
    let folder = tempfile::tempdir().unwrap();
    let chosen = folder.path().join("people");
    let (mut harness, asked) = window(folder.path(), std::slice::from_ref(&chosen));
    click_menu(&mut harness, &["File", "Export", "CSV…"]);
    let asked = asked.lock().unwrap().clone();
    assert_eq!(asked.len(), 1);
    assert!(asked[0].starts_with("Export people as CSV [CSV spreadsheet (*.csv)] as "));
    assert!(asked[0].ends_with(".csv"), "{}", asked[0]);

    let written = chosen.with_extension("csv");
    let text = std::fs::read_to_string(&written).unwrap();
    assert!(text.starts_with("\u{feff}Id,Name,"));
    assert!(shows(&harness, "Exported the people to"));
    harness.get_by_label("OK").click();
    harness.run();
    assert!(!shows(&harness, "Exported the people to"));
    assert!(
        !harness.state().app.document.is_dirty(),
        "an export is not an edit"
    );
}

#[test]
fn one_persons_calendar_is_chosen_from_the_people() {
    let folder = tempfile::tempdir().unwrap();
    let chosen = folder.path().join("mine.ics");
    let (mut harness, asked) = window(folder.path(), std::slice::from_ref(&chosen));
    let plan = file::load(&folder.path().join("plan.ron")).unwrap();
    let person = plan
        .people
        .iter()
        .find(|p| p.name.starts_with("Security officer"))
        .unwrap()
        .clone();
    let theirs = plan
        .events
        .iter()
        .filter(|e| e.people().any(|id| id == person.id))
        .count();

    click_menu(
        &mut harness,
        &["File", "Export", "iCalendar for one person…"],
    );
    assert!(shows(&harness, "Whose programme?"));
    harness.get_by_label("Find a person").click();
    harness.run();
    harness.get_by_label("Find a person").type_text("security");
    harness.run();
    harness.get_by_label(&person.name).click();
    harness.run();

    let asked = asked.lock().unwrap().clone();
    assert!(
        asked[0].starts_with("Export one person's programme as iCalendar [iCalendar (*.ics)] as "),
        "{}",
        asked[0]
    );
    assert!(
        asked[0].ends_with("-security-officer-ministry-of-communications.ics"),
        "{}",
        asked[0]
    );
    let text = std::fs::read_to_string(&chosen).unwrap();
    assert_eq!(text.matches("BEGIN:VEVENT").count(), theirs);
    assert!(theirs > 0);
}

#[test]
fn an_export_is_never_written_over_a_plan() {
    let folder = tempfile::tempdir().unwrap();
    let plan = folder.path().join("plan.ron");
    let backup = file::backup_path(&plan);
    let other_plan = folder.path().join("last year.ron");
    std::fs::write(&other_plan, attache::app::SAMPLE_PLAN).unwrap();
    // The open plan, its backup and another plan, each chosen in turn.
    let (mut harness, _) = window(
        folder.path(),
        &[plan.clone(), backup.clone(), other_plan.clone()],
    );
    std::fs::write(&backup, attache::app::SAMPLE_PLAN).unwrap();
    let before: Vec<Vec<u8>> = [&plan, &backup, &other_plan]
        .iter()
        .map(|path| std::fs::read(path).unwrap())
        .collect();

    for (chosen, menu) in [(&plan, "CSV…"), (&backup, "vCard…"), (&other_plan, "CSV…")] {
        click_menu(&mut harness, &["File", "Export", menu]);
        assert!(
            shows(
                &harness,
                &format!(
                    "Nothing was exported. {}: holds an Attaché plan",
                    chosen.display()
                )
            ),
            "{}",
            chosen.display()
        );
        assert!(!shows(&harness, "Exported the"));
    }
    let after: Vec<Vec<u8>> = [&plan, &backup, &other_plan]
        .iter()
        .map(|path| std::fs::read(path).unwrap())
        .collect();
    assert_eq!(before, after, "no plan was touched");
    assert!(!harness.state().app.document.is_dirty());
}

#[test]
fn a_differing_field_is_kept_unless_the_planner_ticks_the_files_value() {
    let folder = tempfile::tempdir().unwrap();
    let person = attache::app::sample_plan()
        .people
        .iter()
        .find(|p| !p.emails.is_empty() && !p.position.is_empty())
        .map(|p| (**p).clone())
        .unwrap();
    let cards = folder.path().join("card.vcf");
    std::fs::write(
        &cards,
        format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{}\r\nEMAIL:{}\r\nTITLE:Chief adviser\r\nEND:VCARD\r\n",
            person.name,
            person.preferred_email()
        ),
    )
    .unwrap();
    let (mut harness, _) = window(folder.path(), &[cards]);
    click_menu(&mut harness, &["File", "Import", "vCard…"]);
    let choice = format!(
        "Line 1, Position: take the file's “Chief adviser” instead of the plan's “{}”",
        person.position
    );
    assert!(
        !harness
            .get_by_label(&choice)
            .accesskit_node()
            .is_selected()
            .unwrap_or(false)
    );
    harness.get_by_label(&choice).click();
    harness.run();
    harness.get_by_label("Import").click();
    harness.run();
    let plan = harness.state().app.document.plan();
    let after = plan.people.iter().find(|p| p.id == person.id).unwrap();
    assert_eq!(after.position, "Chief adviser");
}

#[test]
fn an_arabic_outlook_csv_is_read_as_windows_1256_and_another_encoding_can_be_chosen() {
    let folder = tempfile::tempdir().unwrap();
    let sheet = folder.path().join("outlook.csv");
    let (bytes, _, _) = encoding_rs::WINDOWS_1256
        .encode("First Name,Last Name,E-mail Address\r\nعلي,العامري,ali.alamiri@moa.gov.iq\r\n");
    std::fs::write(&sheet, &bytes).unwrap();
    let (mut harness, _) = window(folder.path(), &[sheet]);
    let people_before = harness.state().app.document.plan().people.len();
    click_menu(&mut harness, &["File", "Import", "CSV…"]);
    assert!(shows(
        &harness,
        "The file was read as windows-1256 (it is not UTF-8; the encoding was guessed, choose \
         another under Text encoding)."
    ));

    harness.get_by_label("Text encoding").click();
    harness.run();
    harness.get_by_label("windows-1252").click();
    harness.run();
    assert!(shows(
        &harness,
        "The file was read as windows-1252, as chosen."
    ));
    harness.get_by_label("Text encoding").click();
    harness.run();
    harness.get_by_label("windows-1256").click();
    harness.run();

    harness.get_by_label("Import").click();
    harness.run();
    let plan = harness.state().app.document.plan();
    assert_eq!(plan.people.len(), people_before + 1);
    assert_eq!(plan.people.last().unwrap().name, "علي العامري");
}

/// The page the browser was last asked to show, and what it holds.
fn shown_in_browser(asked: &Asked) -> (PathBuf, String) {
    let asked = asked.lock().unwrap();
    let path = asked
        .last()
        .and_then(|last| last.strip_prefix("show in browser "))
        .expect("the browser was asked to show a page");
    let path = PathBuf::from(path);
    let html = std::fs::read_to_string(&path).expect("the page is written before it is shown");
    (path, html)
}

#[test]
fn print_opens_the_book_and_the_programmes_in_the_browser_from_a_temporary_file() {
    let folder = tempfile::tempdir().unwrap();
    let (mut harness, asked) = window(folder.path(), &[]);
    let plan = harness.state().app.document.plan().clone();
    let delegation = plan
        .people
        .iter()
        .filter(|p| p.side == Side::Visiting)
        .count();

    click_menu(&mut harness, &["File", "Print briefing book…"]);
    let (book, html) = shown_in_browser(&asked);
    assert_eq!(book.extension().unwrap(), "html");
    assert!(
        !book.starts_with(folder.path()),
        "printing leaves nothing beside the plan"
    );
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<p class=\"kicker\">Briefing book</p>"));
    assert!(html.contains(&format!("<h1><bdi>{}</bdi></h1>", plan.visit.title)));
    assert!(shows(&harness, "in your browser"));

    click_menu(&mut harness, &["File", "Print programme…"]);
    let (programmes, html) = shown_in_browser(&asked);
    assert_ne!(programmes, book);
    assert_eq!(
        html.matches("<section class=\"delegate\">").count(),
        delegation
    );

    // From a person's schedule: that person's page alone.
    let head = &plan.people[0];
    harness.state_mut().app.settings.view = attache::app::View::People;
    harness.state_mut().app.send(attache::app::Command::Select(
        attache::check::Subject::Person(head.id),
    ));
    harness.run();
    // The button stands under the person's form, scrolled to as a planner would.
    harness.get_by_label("Print programme…").scroll_to_me();
    harness.run();
    harness.get_by_label("Print programme…").click();
    harness.run();
    let (_, html) = shown_in_browser(&asked);
    assert_eq!(html.matches("<section class=\"delegate\">").count(), 1);
    assert!(html.contains(&format!("<h1><bdi>{}</bdi> <bdi", head.name)));
    assert_eq!(asked.lock().unwrap().len(), 3, "no file dialog was asked");
}

#[test]
fn the_protocol_documents_are_exported_from_the_window() {
    let folder = tempfile::tempdir().unwrap();
    let seating = folder.path().join("dinner seating.html");
    let rooming = folder.path().join("rooms.csv");
    let (mut harness, asked) = window(folder.path(), &[seating.clone(), rooming.clone()]);
    click_menu(
        &mut harness,
        &["File", "Export", "Protocol", "Seating charts…"],
    );
    click_menu(
        &mut harness,
        &["File", "Export", "Protocol", "Rooming lists…"],
    );

    let asked = asked.lock().unwrap().clone();
    assert!(asked[0].starts_with("Export the seating charts [Printable page (HTML) (*.html)]"));
    assert!(asked[1].starts_with("Export the rooming lists [CSV spreadsheet (*.csv)]"));
    let html = std::fs::read_to_string(&seating).unwrap();
    let plan = harness.state().app.document.plan().clone();
    let seated = plan
        .events
        .iter()
        .find(|event| !event.tables.is_empty())
        .expect("the sample seats a dinner");
    assert!(html.contains(&seated.title), "the seated dinner's chart");
    let csv = std::fs::read_to_string(&rooming).unwrap();
    assert!(csv.starts_with('\u{feff}'), "{csv}");
    assert!(csv.lines().count() > 1, "a row for each guest: {csv}");
    assert!(
        !harness.state().app.document.is_dirty(),
        "an export is not an edit"
    );
}

#[test]
fn the_protocol_offices_lists_are_exported_from_the_window() {
    let folder = tempfile::tempdir().unwrap();
    let entries = [
        ("Rooming grid…", "grid.html", "the rooming grids", "html"),
        (
            "Rooming grid for spreadsheets…",
            "grid.csv",
            "the rooming grids",
            "csv",
        ),
        (
            "Arrivals and departures…",
            "manifest.html",
            "the arrivals and departures manifest",
            "html",
        ),
        (
            "Arrivals and departures for spreadsheets…",
            "manifest.csv",
            "the arrivals and departures manifest",
            "csv",
        ),
        (
            "Caterer's sheets…",
            "catering.html",
            "the caterer's sheets",
            "html",
        ),
        (
            "Drivers' sheets…",
            "drivers.html",
            "the drivers' sheets",
            "html",
        ),
    ];
    let paths: Vec<_> = entries
        .iter()
        .map(|(_, name, _, _)| folder.path().join(name))
        .collect();
    let (mut harness, asked) = window(folder.path(), &paths);
    for (entry, ..) in &entries {
        click_menu(&mut harness, &["File", "Export", "Protocol", entry]);
    }
    let asked = asked.lock().unwrap().clone();
    for (((_, _, what, extension), path), question) in entries.iter().zip(&paths).zip(&asked) {
        assert!(
            question.starts_with(&format!("Export {what} ["))
                && question.contains(&format!("(*.{extension})]")),
            "{question}"
        );
        let written = std::fs::read_to_string(path).unwrap();
        assert!(
            written.contains("Swissôtel") || written.contains("Tallinn"),
            "{path:?}"
        );
    }
    assert!(!harness.state().app.document.is_dirty());
}

#[test]
fn a_row_that_fits_two_people_waits_for_the_planner_to_say_which() {
    let folder = tempfile::tempdir().unwrap();
    let mut plan = support::plan_titled("Study visit");
    let ministry = attache::model::Organisation::new("Ministry of Communications");
    let mut minister = attache::model::Person::new("Ali Hassan");
    minister.position = "Minister of Communications".into();
    minister.organisation = Some(ministry.id);
    let mut director = attache::model::Person::new("Ali Hassan");
    director.position = "IT Director".into();
    director.organisation = Some(ministry.id);
    let director_id = director.id;
    plan.organisations.push(std::sync::Arc::new(ministry));
    plan.people.push(std::sync::Arc::new(minister));
    plan.people.push(std::sync::Arc::new(director));
    let plan_path = folder.path().join("plan.ron");
    file::save(&plan, &plan_path).unwrap();
    let sheet = folder.path().join("it.csv");
    std::fs::write(
        &sheet,
        "Name,Email\r\nAli Hassan,ali.hassan.it@moc.gov.iq\r\n",
    )
    .unwrap();
    let dialogs = ScriptedDialogs::answering([DialogAnswer::Chosen(sheet)]);
    let mut harness = harness_sized(app_on(Some(plan_path), dialogs), 1200.0, 900.0);

    click_menu(&mut harness, &["File", "Import", "CSV…"]);
    assert!(shows(
        &harness,
        "1 entry may be several people in the plan (left out unless you choose which)"
    ));
    assert!(
        harness
            .get_by_label("Import")
            .accesskit_node()
            .is_disabled(),
        "nothing is attached to either until the planner chooses"
    );

    harness.get_by_label("Line 2: which “Ali Hassan”?").click();
    harness.run();
    harness
        .get_by_label(&format!(
            "Ali Hassan (IT Director, Ministry of Communications; id {director_id})"
        ))
        .click();
    harness.run();
    assert!(shows(&harness, "1 person to change"));
    harness.get_by_label("Import").click();
    harness.run();

    let after = harness.state().app.document.plan();
    assert_eq!(after.people[0].emails, []);
    assert_eq!(
        after.people[1].preferred_email(),
        "ali.hassan.it@moc.gov.iq"
    );
}

/// The import preview of a long vCard (the sample's people with other positions, so that each
/// has a choice of value), in a window `width` by `height`.
fn long_preview(width: f32, height: f32) -> Harness<'static, Window> {
    let folder = tempfile::tempdir().unwrap();
    let mut cards = String::new();
    for person in attache::app::sample_plan()
        .people
        .iter()
        .filter(|p| !p.emails.is_empty())
    {
        cards.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{}\r\nEMAIL:{}\r\nTITLE:Adviser to the minister \
             for communications and information technology\r\nEND:VCARD\r\n",
            person.name,
            person.preferred_email()
        ));
    }
    let path = folder.path().join("long.vcf");
    std::fs::write(&path, cards).unwrap();
    let plan = folder.path().join("plan.ron");
    std::fs::write(&plan, attache::app::SAMPLE_PLAN).unwrap();
    let app = app_on(
        Some(plan),
        ScriptedDialogs::answering([DialogAnswer::Chosen(path)]),
    );
    let mut harness = harness_sized(app, width, height);
    click_menu(&mut harness, &["File", "Import", "vCard…"]);
    std::mem::forget(folder);
    harness
}

#[test]
fn the_import_preview_fits_the_window_and_its_buttons_are_in_sight() {
    for (width, height) in [(1280.0, 800.0), (700.0, 500.0)] {
        let harness = long_preview(width, height);
        let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width, height));
        for label in [
            "Import long.vcf",
            "Import from long.vcf",
            "Import",
            "Cancel",
        ] {
            let Some(node) = harness.query_by_label(label) else {
                continue;
            };
            let rect = node.rect();
            assert!(
                window.contains_rect(rect),
                "{width}×{height}: \"{label}\" at {rect:?} is not inside the window"
            );
        }
        let heading = harness.get_by_label("Import from long.vcf").rect();
        assert!(window.contains_rect(heading));
        assert!(window.contains_rect(harness.get_by_label("Import").rect()));
    }
}

/// Drags with the pointer from `from` by `distance` to the left, in four moves.
fn drag_left(harness: &mut Harness<'_, Window>, from: egui::Pos2, distance: f32) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=4 {
        harness.hover_at(from - egui::vec2(distance * step as f32 / 4.0, 0.0));
        harness.run();
    }
    harness.drop_at(from - egui::vec2(distance, 0.0));
    harness.run();
}

#[test]
fn the_import_preview_is_moved_by_its_heading_and_stays_inside_the_window() {
    let mut harness = long_preview(1280.0, 800.0);
    let before = harness.get_by_label("Import from long.vcf").rect();
    drag_left(&mut harness, before.center(), 240.0);
    let after = harness.get_by_label("Import from long.vcf").rect();
    assert!(
        after.left() < before.left() - 100.0,
        "the dialog moved left: {before:?} → {after:?}"
    );
    // Dragged far beyond the window's edge, it stops at the edge.
    drag_left(&mut harness, after.center(), 2400.0);
    harness.run();
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0));
    assert!(window.contains_rect(harness.get_by_label("Import from long.vcf").rect()));
}

#[test]
fn mark_as_issued_saves_the_plan_and_keeps_a_copy_beside_it() {
    let folder = tempfile::tempdir().unwrap();
    let (mut harness, _) = window(folder.path(), &[]);
    let (moved, _, _) = support::sample_with_a_moved_event();
    let edit = attache::model::Change::Plan(moved);
    harness
        .state_mut()
        .app
        .send(attache::app::Command::edit(edit, "move an event"));
    harness.run();

    click_menu(&mut harness, &["File", "Mark as issued"]);
    let plan_path = folder.path().join("plan.ron");
    let issued = file::issued_versions(&plan_path);
    assert_eq!(issued.len(), 1);
    assert_eq!(
        issued[0].path.parent().unwrap(),
        folder.path().join("plan-issued")
    );
    let plan = support::plan_of(&harness);
    assert_eq!(
        file::load(&issued[0].path).unwrap(),
        plan,
        "the copy is the plan as shown"
    );
    assert_eq!(
        file::load(&plan_path).unwrap(),
        plan,
        "the plan was saved first"
    );
    assert!(!harness.state().app.document.is_dirty());
    assert!(shows(
        &harness,
        "Issued: a copy of the plan as it is now is kept in"
    ));
    assert!(shows(&harness, "plan-issued"));
}

#[test]
fn the_programme_marks_changes_since_the_last_issued_version_unless_told_otherwise() {
    let folder = tempfile::tempdir().unwrap();
    let (mut harness, asked) = window(folder.path(), &[]);
    // An older issued version, of another plan altogether: not the one marked against.
    let older = folder
        .path()
        .join("plan-issued/plan-issued-2020-01-06-0800.ron");
    std::fs::create_dir(older.parent().unwrap()).unwrap();
    file::save(&support::plan_titled("Another visit"), &older).unwrap();
    click_menu(&mut harness, &["File", "Mark as issued"]);
    let (moved, before, _) = support::sample_with_a_moved_event();
    harness.state_mut().app.send(attache::app::Command::edit(
        attache::model::Change::Plan(moved),
        "move an event",
    ));
    harness.run();

    click_menu(&mut harness, &["File", "Print programme…"]);
    let (_, html) = shown_in_browser(&asked);
    assert!(html.contains("<h3>Changes since the version of "));
    assert!(!html.contains("Monday 6 January 2020"));
    assert!(
        !html.contains("Added:"),
        "marked against the last issued version"
    );
    assert!(html.contains(&format!(
        "<span class=\"change\">Moved, was <bdi>{}",
        before.start.wall.strftime("%a %-d %b")
    )));

    click_menu(&mut harness, &["File", "Export", "Mark changes since…"]);
    assert!(shows(&harness, "Issued Mon 6 Jan 2020"));
    harness.get_by_label("No marks").click();
    harness.run();
    click_menu(&mut harness, &["File", "Print programme…"]);
    let (_, html) = shown_in_browser(&asked);
    assert!(!html.contains("Changes since the version of"));
    assert!(!html.contains("class=\"change\""));
}

#[test]
fn an_untitled_plan_is_saved_where_the_planner_chooses_then_issued() {
    let folder = tempfile::tempdir().unwrap();
    let chosen = folder.path().join("riga.ron");
    let dialogs = ScriptedDialogs::answering([DialogAnswer::Chosen(chosen.clone())]);
    let asked = dialogs.asked();
    let mut harness = harness_sized(app_on(None, dialogs), 1200.0, 900.0);

    click_menu(&mut harness, &["File", "Mark as issued"]);
    assert!(asked.lock().unwrap()[0].starts_with("save a plan as"));
    let issued = file::issued_versions(&chosen);
    assert_eq!(issued.len(), 1);
    assert_eq!(
        issued[0].path.parent().unwrap(),
        folder.path().join("riga-issued")
    );
    assert_eq!(
        file::load(&issued[0].path).unwrap(),
        file::load(&chosen).unwrap()
    );
}

#[test]
fn mark_changes_since_a_plan_file_the_planner_chooses() {
    let folder = tempfile::tempdir().unwrap();
    let sent = folder.path().join("sent to the embassy.ron");
    let (moved, _, after) = support::sample_with_a_moved_event();
    file::save(&moved, &sent).unwrap();
    let (mut harness, asked) = window(folder.path(), std::slice::from_ref(&sent));

    click_menu(&mut harness, &["File", "Export", "Mark changes since…"]);
    assert!(
        shows(&harness, "none yet"),
        "the plan has no issued version"
    );
    harness.get_by_label("Choose a plan file…").click();
    harness.run();
    harness.run();
    assert_eq!(asked.lock().unwrap()[0], "open a plan");
    assert!(
        !shows(&harness, "Choose a plan file…"),
        "the choice closes it"
    );

    click_menu(&mut harness, &["File", "Print briefing book…"]);
    let (_, html) = shown_in_browser(&asked);
    assert!(html.contains("<h3>Changes since the version of "));
    assert!(html.contains(&format!("Moved: “{}” to ", after.title)));

    click_menu(&mut harness, &["File", "Export", "Mark changes since…"]);
    assert!(shows(&harness, "The plan file "));
    assert!(shows(&harness, "sent to the embassy.ron"));
}
