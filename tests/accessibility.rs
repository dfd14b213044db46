//! The window as a screen reader and a keyboard alone meet it, read from its AccessKit tree: the
//! record tables are tables of rows and cells under column headers that tell the sort, each one
//! Tab stop whose arrow keys open records, and nothing takes the keyboard focus without a name.

mod support;

use attache::app::{Command, View, sample_plan};
use attache::check::Subject;
use attache::model::{Choice, EventKindTag, EventStatus};
use attache::ui::Tokens;
use attache::window::Window;
use egui::accesskit::{Action, Live, Role, SortDirection};
use egui::{Color32, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use support::{click, click_menu, harness_on, press};

/// The divider between a list and its record editor.
const DIVIDER: &str = "Divider between the list and the editor";

/// The views that show their records in a table, with the table's name.
const TABLES: [(View, &str); 4] = [
    (View::People, "People"),
    (View::Organisations, "Organisations"),
    (View::Topics, "Topics"),
    (View::Actions, "Actions"),
];

/// The problems view's table, whose rows are problems rather than records.
const PROBLEMS: (View, &str) = (View::Problems, "List of problems");

fn takes_focus(node: &egui_kittest::Node<'_>) -> bool {
    node.accesskit_node().data().supports_action(Action::Focus)
}

/// Where `node` is drawn, if it is.
fn drawn_at(node: &egui_kittest::Node<'_>) -> Option<egui::Rect> {
    node.accesskit_node()
        .bounding_box()
        .is_some()
        .then(|| node.rect())
}

/// The sample with problems of several kinds of record: an event that ends before it starts (an
/// error) and an organisation whose website hides an invisible character (a warning).
fn plan_with_problems() -> attache::model::Plan {
    let mut plan = sample_plan();
    let event = std::sync::Arc::make_mut(&mut plan.events[0]);
    event.end = event.start.clone();
    event.end.wall = event
        .start
        .wall
        .checked_sub(jiff::Span::new().hours(1))
        .unwrap();
    let organisation = std::sync::Arc::make_mut(&mut plan.organisations[0]);
    organisation.website = "https://agency.example/\u{202E}".to_owned();
    plan
}

/// The first text inside `cell`.
fn first_text(cell: &egui_kittest::Node<'_>) -> String {
    cell.children_recursive()
        .find_map(|node| node.accesskit_node().value())
        .unwrap_or_default()
}

#[test]
fn record_tables_are_tables_of_rows_and_cells_under_column_headers() {
    for (view, name) in TABLES.into_iter().chain([PROBLEMS]) {
        let harness = harness_on(plan_with_problems(), view);
        let table = harness.get_by_role_and_label(Role::Table, name);
        let rows: Vec<_> = table
            .children_recursive()
            .filter(|node| node.accesskit_node().role() == Role::Row)
            .collect();
        assert!(rows.len() >= 3, "{name}: a header row and records");
        let roles = |row: &egui_kittest::Node<'_>| -> Vec<Role> {
            row.children()
                .map(|cell| cell.accesskit_node().role())
                .collect()
        };
        let header = roles(&rows[0]);
        assert!(
            header.len() >= 2 && header.iter().all(|&role| role == Role::ColumnHeader),
            "{name}: the first row is the column headers, {header:?}"
        );
        for row in &rows[1..] {
            let cells = roles(row);
            assert!(
                !cells.is_empty() && cells.iter().all(|&role| role == Role::Cell),
                "{name}: a row holds its cells, {cells:?}"
            );
        }
        assert_eq!(
            table.accesskit_node().data().column_count(),
            Some(header.len()),
            "{name}"
        );
        assert!(
            harness
                .root()
                .children()
                .all(|node| node.accesskit_node().role() != Role::Row),
            "{name}: no row is left at the window's top"
        );
    }
}

#[test]
fn a_column_header_tells_how_the_table_is_sorted() {
    let mut harness = harness_on(sample_plan(), View::People);
    let sorted = |harness: &Harness<'_, Window>| -> Vec<SortDirection> {
        harness
            .get_all_by_role(Role::ColumnHeader)
            .filter_map(|header| header.accesskit_node().sort_direction())
            .collect()
    };
    assert_eq!(sorted(&harness), []);
    click(&mut harness, "Sort by Name");
    assert_eq!(sorted(&harness), [SortDirection::Ascending]);
    click(&mut harness, "Sort by Name");
    assert_eq!(sorted(&harness), [SortDirection::Descending]);
}

#[test]
fn a_record_table_is_one_tab_stop_whose_arrow_keys_open_records() {
    for (view, name) in TABLES {
        let mut harness = harness_on(sample_plan(), view);
        let table = harness.get_by_role_and_label(Role::Table, name);
        assert!(takes_focus(&table), "{name}: the table is a Tab stop");
        let inside: Vec<String> = table
            .children_recursive()
            .filter(|node| takes_focus(node))
            .map(|node| {
                let node = node.accesskit_node();
                node.label()
                    .unwrap_or_else(|| format!("unnamed {:?}", node.role()))
            })
            .filter(|name| !name.starts_with("Sort by"))
            .collect();
        assert!(
            inside.is_empty(),
            "{name}: nothing in the table but its sort headings takes the focus: {inside:#?}"
        );

        // The names of the records in the rows, in the table's order (a group's heading
        // is a row of one cell).
        let names: Vec<String> = table
            .children_recursive()
            .filter(|node| node.accesskit_node().role() == Role::Row)
            .skip(1)
            .filter(|row| row.children().count() > 1)
            .map(|row| first_text(&row.children().next().unwrap()))
            .collect();
        let opened = |harness: &Harness<'_, Window>| -> String {
            let app = &harness.state().app;
            let plan = app.document.plan();
            match app.selection.subject {
                Some(Subject::Person(id)) => plan
                    .people
                    .iter()
                    .find(|p| p.id == id)
                    .unwrap()
                    .name
                    .clone(),
                Some(Subject::Organisation(id)) => plan
                    .organisations
                    .iter()
                    .find(|o| o.id == id)
                    .unwrap()
                    .name
                    .clone(),
                Some(Subject::Topic(id)) => plan
                    .topics
                    .iter()
                    .find(|t| t.id == id)
                    .unwrap()
                    .title
                    .clone(),
                Some(Subject::Action(id)) => plan
                    .actions
                    .iter()
                    .find(|a| a.id == id)
                    .unwrap()
                    .text
                    .clone(),
                other => panic!("{name}: {other:?} is open"),
            }
        };
        // The row a screen reader announces: the table has the focus, its selected row is
        // the active one.
        let focused_row = |harness: &Harness<'_, Window>| -> String {
            let table = harness.get_by_role_and_label(Role::Table, name);
            assert!(table.accesskit_node().is_focused_in_tree(), "{name}");
            let row = table
                .children_recursive()
                .find(|node| node.accesskit_node().role() == Role::Row && node.is_focused())
                .expect("a row has the focus");
            assert_eq!(row.accesskit_node().is_selected(), Some(true), "{name}");
            first_text(&row.children().next().unwrap())
        };
        click(&mut harness, &names[0]);
        assert_eq!(opened(&harness), names[0], "{name}");
        assert_eq!(focused_row(&harness), names[0], "{name}");
        press(&mut harness, Key::ArrowDown);
        assert_eq!(opened(&harness), names[1], "{name}: Down opens the next");
        assert_eq!(focused_row(&harness), names[1], "{name}");
        press(&mut harness, Key::ArrowUp);
        assert_eq!(opened(&harness), names[0], "{name}: Up the one before");
        press(&mut harness, Key::End);
        assert_ne!(opened(&harness), names[0], "{name}: End the last");
        press(&mut harness, Key::Home);
        assert_eq!(opened(&harness), names[0], "{name}: Home the first");
        assert_eq!(focused_row(&harness), names[0], "{name}");
        press(&mut harness, Key::Enter);
        let first_field = match view {
            View::Topics => "Topic title",
            View::Actions => "Action text",
            _ => "Name",
        };
        assert_eq!(
            focused(&harness).as_deref(),
            Some(first_field),
            "{name}: Enter takes the keyboard into the record"
        );
        assert_eq!(opened(&harness), names[0], "{name}");
    }
}

#[test]
fn the_problems_table_is_one_tab_stop_whose_arrows_move_and_enter_opens_the_record() {
    let mut harness = harness_on(plan_with_problems(), View::Problems);
    let problems = harness.state().app.document.derived().problems.clone();
    assert!(problems.len() >= 2, "{problems:#?}");
    let (_, name) = PROBLEMS;
    let table = harness.get_by_role_and_label(Role::Table, name);
    assert!(takes_focus(&table), "the table is a Tab stop");
    let inside: Vec<String> = table
        .children_recursive()
        .filter(|node| takes_focus(node))
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    assert!(
        inside.is_empty(),
        "nothing in it takes the focus: {inside:?}"
    );
    let sentence = |row: usize| problems[row].message.render();
    let focused_row = |harness: &Harness<'_, Window>| -> String {
        let table = harness.get_by_role_and_label(Role::Table, name);
        assert!(table.accesskit_node().is_focused_in_tree());
        let row = table
            .children_recursive()
            .find(|node| node.accesskit_node().role() == Role::Row && node.is_focused())
            .expect("a row has the focus");
        assert_eq!(row.accesskit_node().is_selected(), Some(true));
        first_text(&row.children().next().unwrap())
    };

    harness.get_by_role_and_label(Role::Table, name).focus();
    harness.run();
    press(&mut harness, Key::ArrowDown);
    assert_eq!(focused_row(&harness), sentence(0));
    press(&mut harness, Key::ArrowDown);
    assert_eq!(focused_row(&harness), sentence(1));
    let app = &harness.state().app;
    assert_eq!(app.settings.view, View::Problems, "the arrows only move");
    assert_eq!(app.selection.subject, None);

    press(&mut harness, Key::Enter);
    let app = &harness.state().app;
    assert_eq!(app.selection.subject, Some(problems[1].subject));
    assert_eq!(app.settings.view, View::of(problems[1].subject));
}

/// The name of the control with the keyboard focus.
fn focused(harness: &Harness<'_, Window>) -> Option<String> {
    harness
        .root()
        .children_recursive()
        .find(|node| node.accesskit_node().is_focused_in_tree())
        .and_then(|node| node.accesskit_node().label())
}

#[test]
fn a_record_opened_from_a_problem_has_the_keyboard_in_its_first_field() {
    let mut harness = harness_on(plan_with_problems(), View::Problems);
    let problems = harness.state().app.document.derived().problems.clone();
    assert!(problems.len() >= 2, "{problems:#?}");
    for (row, problem) in problems.iter().enumerate().take(4) {
        harness.state_mut().app.settings.view = View::Problems;
        harness.run();
        harness
            .get_by_role_and_label(Role::Table, PROBLEMS.1)
            .focus();
        harness.run();
        press(&mut harness, Key::Home);
        for _ in 0..row {
            press(&mut harness, Key::ArrowDown);
        }
        press(&mut harness, Key::Enter);
        let first = match problem.subject {
            Subject::Person(_) | Subject::Organisation(_) => "Name",
            Subject::Event(_) => "Kind",
            Subject::Topic(_) => "Topic title",
            Subject::Action(_) => "Action text",
            other => panic!("{other:?}"),
        };
        assert_eq!(
            focused(&harness).as_deref(),
            Some(first),
            "{:?}",
            problem.subject
        );
    }
}

#[test]
fn escape_in_a_menu_gives_the_keyboard_back_to_where_it_was() {
    let plan = sample_plan();
    let mut harness = harness_on(plan.clone(), View::People);
    click(&mut harness, &plan.people[0].name);
    click(&mut harness, "Position");
    assert_eq!(focused(&harness).as_deref(), Some("Position"));

    press(&mut harness, Key::F10);
    assert_eq!(focused(&harness).as_deref(), Some("File"));
    press(&mut harness, Key::Escape);
    assert_eq!(
        focused(&harness).as_deref(),
        Some("Position"),
        "Escape on the menu bar"
    );

    press(&mut harness, Key::F10);
    press(&mut harness, Key::Enter);
    assert!(
        harness
            .query_by_role_and_label(Role::MenuItem, "Save")
            .is_some()
    );
    press(&mut harness, Key::Escape);
    assert!(
        harness
            .query_by_role_and_label(Role::MenuItem, "Save")
            .is_none()
    );
    assert_eq!(
        focused(&harness).as_deref(),
        Some("Position"),
        "Escape in an open menu"
    );
}

#[test]
fn a_closed_dialog_gives_the_keyboard_back_to_the_control_that_opened_it() {
    let plan = sample_plan();
    let mut harness = harness_on(plan.clone(), View::People);
    click(&mut harness, &plan.people[0].name);
    click(&mut harness, "Delete person…");
    assert_eq!(focused(&harness).as_deref(), Some("Cancel"));
    press(&mut harness, Key::Enter);
    assert_eq!(focused(&harness).as_deref(), Some("Delete person…"));

    // A dialog opened from a menu gives it back to where it was before the menu.
    click(&mut harness, "Position");
    click_menu(&mut harness, &["File", "Publish to a Calendar…"]);
    harness.get_by_role_and_label(Role::Heading, "Publish to a calendar");
    // The dialog's Close, not the editor's behind it.
    harness
        .get_all_by_role_and_label(Role::Button, "Close")
        .last()
        .unwrap()
        .click();
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, "Publish to a calendar")
            .is_none()
    );
    assert_eq!(focused(&harness).as_deref(), Some("Position"));
}

#[test]
fn drop_downs_and_pickers_tell_their_value_and_whether_they_are_open() {
    let plan = sample_plan();
    let person = plan
        .people
        .iter()
        .find(|person| person.organisation.is_some())
        .unwrap();
    let organisation = plan
        .organisations
        .iter()
        .find(|organisation| Some(organisation.id) == person.organisation)
        .unwrap();
    let mut harness = harness_on(plan.clone(), View::People);
    click(&mut harness, &person.name);
    for (label, value) in [
        ("Side", person.side.text()),
        ("Delegation role", person.role.text()),
        ("Organisation", organisation.name.as_str()),
    ] {
        let field = harness.get_by_role_and_label(Role::ComboBox, label);
        assert_eq!(field.value().as_deref(), Some(value), "{label}");
        assert_ne!(
            field.accesskit_node().data().is_expanded(),
            Some(true),
            "{label}"
        );
    }
    harness
        .get_by_role_and_label(Role::ComboBox, "Organisation")
        .click();
    harness.run();
    let picker = harness.get_by_role_and_label(Role::ComboBox, "Organisation");
    assert_eq!(picker.accesskit_node().data().is_expanded(), Some(true));

    let mut harness = harness_on(plan.clone(), View::Organisations);
    click(&mut harness, &organisation.name);
    let kind = harness.get_by_role_and_label(Role::ComboBox, "Kind");
    assert_eq!(kind.value().as_deref(), Some(organisation.kind.text()));
}

#[test]
fn the_participants_picker_tells_who_is_chosen() {
    let plan = sample_plan();
    let event = plan
        .events
        .iter()
        .find(|event| event.participants.len() >= 2)
        .unwrap();
    let name_of = |id| {
        plan.people
            .iter()
            .find(|person| person.id == id)
            .unwrap()
            .name
            .clone()
    };
    let names: Vec<String> = event.participants.iter().map(|&id| name_of(id)).collect();
    let mut harness = harness_on(plan.clone(), View::Itinerary);
    harness
        .state_mut()
        .app
        .send(Command::Select(Subject::Event(event.id)));
    harness.run();
    // The group that holds the Participants field.
    let chosen = |harness: &Harness<'_, Window>| {
        harness
            .get_all_by_role(Role::Group)
            .rfind(|group| {
                group.children_recursive().any(|node| {
                    node.accesskit_node().role() == Role::TextInput
                        && node.accesskit_node().label().as_deref() == Some("Participants")
                })
            })
            .expect("the participants picker")
            .value()
    };
    assert_eq!(chosen(&harness), Some(attache::lang::format::list(&names)));
    // Where the keyboard lands, the search field, tells them too.
    let field = harness.get_by_role_and_label(Role::TextInput, "Participants");
    assert_eq!(
        field.accesskit_node().description(),
        Some(format!("Chosen: {}", attache::lang::format::list(&names)))
    );

    click(
        &mut harness,
        &format!("Remove {} from participants", names[0]),
    );
    assert_eq!(
        chosen(&harness),
        Some(attache::lang::format::list(&names[1..]))
    );
}

#[test]
fn menus_are_menus_whose_items_carry_their_shortcuts() {
    let mut harness = harness_on(sample_plan(), View::Overview);
    let bar = harness.get_by_role_and_label(Role::MenuBar, "Menu bar");
    let menus: Vec<String> = bar
        .children_recursive()
        .filter(|node| node.accesskit_node().role() == Role::MenuItem)
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    assert!(
        menus.starts_with(&["File".to_owned(), "Edit".to_owned()]),
        "{menus:?}"
    );
    let file = harness.get_by_role_and_label(Role::MenuItem, "File");
    assert_eq!(file.accesskit_node().data().is_expanded(), Some(false));

    press(&mut harness, Key::F10);
    assert!(
        harness
            .get_by_role_and_label(Role::MenuItem, "File")
            .is_focused(),
        "F10 takes the keyboard to the menu bar"
    );
    press(&mut harness, Key::Enter);
    let file = harness.get_by_role_and_label(Role::MenuItem, "File");
    assert_eq!(file.accesskit_node().data().is_expanded(), Some(true));
    let save = harness.get_by_role_and_label(Role::MenuItem, "Save");
    assert_eq!(
        save.accesskit_node().data().keyboard_shortcut(),
        Some("Ctrl+S")
    );
    assert!(harness.query_by_label_contains("Save Ctrl").is_none());
}

#[test]
fn alt_pressed_and_let_go_alone_takes_the_keyboard_to_the_menu_bar() {
    let mut harness = harness_on(sample_plan(), View::People);
    let file_focused = |harness: &Harness<'_, Window>| {
        harness
            .get_by_role_and_label(Role::MenuItem, "File")
            .is_focused()
    };
    // Alt held for a shortcut with a key is not a tap.
    harness.event(egui::Event::ModifiersChanged(Modifiers::ALT));
    harness.key_press_modifiers(Modifiers::ALT, Key::Z);
    harness.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
    assert!(!file_focused(&harness));
    // Ctrl+Alt let go is not a tap either.
    harness.event(egui::Event::ModifiersChanged(Modifiers::ALT));
    harness.event(egui::Event::ModifiersChanged(
        Modifiers::ALT | Modifiers::CTRL,
    ));
    harness.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
    assert!(!file_focused(&harness));

    // As a window system reports it: the Alt key's own press and release, and the modifiers.
    let alt_key = |pressed, modifiers| egui::Event::Key {
        key: Key::AltLeft,
        physical_key: Some(Key::AltLeft),
        pressed,
        repeat: false,
        modifiers,
    };
    harness.event(alt_key(true, Modifiers::NONE));
    harness.event(egui::Event::ModifiersChanged(Modifiers::ALT));
    harness.run();
    harness.event(alt_key(false, Modifiers::ALT));
    harness.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
    assert!(
        file_focused(&harness),
        "Alt takes the keyboard to the menu bar"
    );
    press(&mut harness, Key::Enter);
    let file = harness.get_by_role_and_label(Role::MenuItem, "File");
    assert_eq!(file.accesskit_node().data().is_expanded(), Some(true));
}

#[test]
fn the_window_its_regions_and_its_status_are_named() {
    let plan = sample_plan();
    let mut harness = harness_on(plan.clone(), View::People);
    let title = harness.state().app.title().to_owned();
    assert!(title.contains("Attaché"), "{title}");
    assert_eq!(harness.root().accesskit_node().label(), Some(title));

    harness.get_by_role_and_label(Role::Navigation, "Views");
    harness.get_by_role_and_label(Role::Main, "People");
    let status = harness.get_by_role_and_label(Role::Status, "Status bar");
    assert_eq!(status.accesskit_node().data().live(), Some(Live::Polite));
    let messages = harness.get_by_role_and_label(Role::Log, "Messages");
    assert_eq!(messages.accesskit_node().data().live(), Some(Live::Polite));

    click(&mut harness, &plan.people[0].name);
    harness.get_by_role_and_label(Role::Region, "Editor");
}

#[test]
fn the_delete_dialog_is_named_by_its_question_and_opens_on_cancel() {
    let plan = sample_plan();
    let person = &plan.people[0];
    let mut harness = harness_on(plan.clone(), View::People);
    click(&mut harness, &person.name);
    click(&mut harness, "Delete person…");
    let question = harness
        .get_by_role(Role::Dialog)
        .accesskit_node()
        .label()
        .unwrap_or_default();
    assert!(
        question.starts_with("Delete ")
            && question.contains(&person.name)
            && question.ends_with('?'),
        "{question}"
    );
    let heading = harness.get_by_role_and_label(Role::Heading, &question);
    assert_eq!(heading.accesskit_node().data().level(), Some(1));
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "Cancel")
            .is_focused()
    );

    // Enter on the focused Cancel deletes nothing and closes the question.
    press(&mut harness, Key::Enter);
    assert!(
        harness
            .query_by_role_and_label(Role::Dialog, &question)
            .is_none()
    );
    assert_eq!(
        harness.state().app.document.plan().people.len(),
        plan.people.len()
    );
}

/// The heading a sighted planner reads at the top of `view`.
fn view_heading(plan: &attache::model::Plan, view: View) -> &str {
    match view {
        View::Overview => &plan.visit.title,
        View::Itinerary => "Itinerary",
        View::People => "People",
        View::Organisations => "Organisations",
        View::Topics => "Topics",
        View::Actions => "Actions",
        View::Problems => "Problems",
    }
}

/// The levels of the headings drawn in the window named `name`.
fn heading_levels(harness: &Harness<'_, Window>, name: &str) -> Vec<Option<usize>> {
    harness
        .get_all_by_role_and_label(Role::Heading, name)
        .filter(|heading| drawn_at(heading).is_some())
        .map(|heading| heading.accesskit_node().data().level())
        .collect()
}

#[test]
fn every_view_its_sections_and_record_editors_have_headings_named_as_shown() {
    let plan = sample_plan();
    for view in View::ALL {
        let harness = harness_on(plan.clone(), view);
        let name = view_heading(&plan, view);
        assert_eq!(
            heading_levels(&harness, name),
            [Some(1)],
            "{view:?}: {name}"
        );
    }

    // A title in Arabic is read as written, not in the order it is drawn.
    let mut arabic = plan.clone();
    arabic.visit.title = "زيارة الوفد العراقي إلى تالين 2027".to_owned();
    let harness = harness_on(arabic.clone(), View::Overview);
    assert_eq!(heading_levels(&harness, &arabic.visit.title), [Some(1)]);

    let harness = harness_on(plan.clone(), View::Overview);
    for section in ["Summary", "Vehicles"] {
        assert_eq!(heading_levels(&harness, section), [Some(2)], "{section}");
    }
    // The agenda's days, under the itinerary's heading.
    let harness = harness_on(plan.clone(), View::Itinerary);
    let first_day = attache::lang::format::date(
        plan.visit.first_day,
        attache::lang::format::DateFormat::FullWeekdayDayMonth,
    );
    let days: Vec<String> = harness
        .get_all_by_role(Role::Heading)
        .filter(|heading| heading.accesskit_node().data().level() == Some(2))
        .filter_map(|heading| heading.accesskit_node().label())
        .collect();
    assert!(
        days.iter().any(|day| day.contains(&first_day)),
        "{first_day} among {days:?}"
    );
    let mut harness = harness_on(plan.clone(), View::People);
    click(&mut harness, "Delegation list");
    let delegation = harness
        .get_all_by_role(Role::Heading)
        .filter_map(|heading| heading.accesskit_node().label())
        .find(|name| name.contains("Delegation of the"));
    assert!(delegation.is_some(), "the delegation list's heading");

    // A record's editor: its title (level 2) over its sections (level 3).
    let person = plan
        .people
        .iter()
        .find(|person| {
            plan.events
                .iter()
                .any(|e| e.participants.contains(&person.id))
        })
        .unwrap();
    let topic = &plan.topics[0];
    for (view, subject, title, section) in [
        (
            View::People,
            Subject::Person(person.id),
            person.name.as_str(),
            "Schedule",
        ),
        (
            View::Organisations,
            Subject::Organisation(plan.organisations[0].id),
            plan.organisations[0].name.as_str(),
            "People",
        ),
        (
            View::Topics,
            Subject::Topic(topic.id),
            topic.title.as_str(),
            "Objectives",
        ),
    ] {
        let mut harness = harness_on(plan.clone(), view);
        harness.state_mut().app.send(Command::Select(subject));
        harness.run();
        assert_eq!(heading_levels(&harness, title), [Some(2)], "{title}");
        assert!(
            heading_levels(&harness, section).contains(&Some(3)),
            "{title}: {section}"
        );
    }
}

#[test]
fn nothing_takes_the_focus_without_a_name_in_any_view() {
    for view in View::ALL {
        let harness = harness_on(sample_plan(), view);
        let unnamed: Vec<String> = harness
            .root()
            .children_recursive()
            .filter(|node| takes_focus(node))
            .filter(|node| {
                let node = node.accesskit_node();
                node.label().is_none_or(|label| label.trim().is_empty())
            })
            .map(|node| {
                let node = node.accesskit_node();
                format!("{:?} at {:?}", node.role(), node.data().bounds())
            })
            .collect();
        assert!(unnamed.is_empty(), "{view:?}: {unnamed:#?}");
    }
}

#[test]
fn the_focused_divider_moves_with_the_arrow_keys_and_tells_the_editors_share() {
    let plan = sample_plan();
    let mut harness = harness_on(plan.clone(), View::People);
    click(&mut harness, &plan.people[0].name);
    let share = |harness: &Harness<'_, Window>| harness.state().app.settings.editor_share.get();
    let before = share(&harness);
    harness
        .get_by_role_and_label(Role::Splitter, DIVIDER)
        .focus();
    harness.run();
    press(&mut harness, Key::ArrowLeft);
    let wider = share(&harness);
    assert!((wider - before - 0.05).abs() < 1e-4, "{before} → {wider}");
    let divider = harness.get_by_role_and_label(Role::Splitter, DIVIDER);
    assert!(divider.is_focused());
    assert_eq!(
        divider.value(),
        Some(format!("editor {}% of the width", (wider * 100.0).round()))
    );
    press(&mut harness, Key::ArrowRight);
    assert!((share(&harness) - before).abs() < 1e-4);
}

#[test]
fn the_timeline_says_each_blocks_day_time_and_cancellation_and_reads_its_grid() {
    let mut plan = sample_plan();
    let first = plan
        .events
        .iter()
        .position(|event| event.title.contains("X-Road"))
        .unwrap_or(0);
    let event = std::sync::Arc::make_mut(&mut plan.events[first]);
    event.status = EventStatus::Cancelled;
    let title = event.title.clone();
    let mut harness = harness_on(plan, View::Itinerary);
    click(&mut harness, "Timeline");
    let names: Vec<String> = harness
        .query_all_by_label_contains(&format!("{title}, "))
        .filter_map(|block| block.accesskit_node().label())
        .collect();
    assert!(
        names.iter().any(|name| name.contains(", cancelled")
            && [
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday"
            ]
            .iter()
            .any(|day| name.contains(day))),
        "{names:?}"
    );
    assert!(
        harness.query_all_by_value("12:00").next().is_some(),
        "the hours are read"
    );
}

/// A day of a visit to Tallinn with two meetings for one person, the second beginning before the
/// first ends, and a third of theirs that day clashing with nothing.
fn plan_with_a_clash() -> attache::model::Plan {
    use attache::model::{Event, EventKind, LocalTime, Person, Plan, Side};
    let day = jiff::civil::date(2027, 3, 22);
    let mut plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.last_day = jiff::civil::date(2027, 3, 24);
    let mut minister = Person::new("علي حسن الجبوري");
    minister.side = Side::Visiting;
    let at = |hour, minute| LocalTime::new(day.at(hour, minute, 0, 0), "Europe/Tallinn");
    let meeting = |title: &str, from, to| {
        let mut event = Event::new(EventKind::Meeting, title, from, to);
        event.status = EventStatus::Confirmed;
        event.participants = vec![minister.id];
        std::sync::Arc::new(event)
    };
    plan.events = vec![
        meeting("Briefing on X-Road", at(10, 0), at(11, 30)),
        meeting("غداء عمل مع الوزير", at(11, 0), at(12, 30)),
        meeting(
            "Visit to the e-Estonia Briefing Centre",
            at(14, 0),
            at(15, 0),
        ),
    ];
    plan.people.push(std::sync::Arc::new(minister));
    plan
}

#[test]
fn a_clashing_timeline_block_names_the_event_it_clashes_with_and_its_time() {
    let mut harness = harness_on(plan_with_a_clash(), View::Itinerary);
    // The agenda's row says it as its block does.
    let row = harness
        .query_all_by_label_contains("Briefing on X-Road, ")
        .find_map(|node| node.accesskit_node().label())
        .expect("the agenda's row");
    assert!(
        row.ends_with(", clashing with \"غداء عمل مع الوزير\" (11:00–12:30)"),
        "{row}"
    );
    click(&mut harness, "Timeline");
    let block = |harness: &Harness<'_, Window>, title: &str| -> String {
        harness
            .get_all_by_role(Role::Button)
            .filter_map(|node| node.accesskit_node().label())
            .find(|name| name.starts_with(title))
            .unwrap_or_else(|| panic!("the block of {title}"))
    };
    let briefing = block(&harness, "Briefing on X-Road");
    assert!(
        briefing.ends_with(", clashing with \"غداء عمل مع الوزير\" (11:00–12:30)"),
        "{briefing}"
    );
    let lunch = block(&harness, "غداء عمل مع الوزير");
    assert!(
        lunch.ends_with(", clashing with \"Briefing on X-Road\" (10:00–11:30)"),
        "{lunch}"
    );
    let visit = block(&harness, "Visit to the e-Estonia Briefing Centre");
    assert!(!visit.contains("clashing"), "{visit}");

    // The tooltip says it too.
    harness
        .query_all_by_label(&briefing)
        .next()
        .unwrap()
        .hover();
    harness.run();
    assert!(
        harness.query_all_by_label(&briefing).count() >= 2,
        "the block and its tooltip"
    );

    // On the home clock, Baghdad's, the times are Baghdad's.
    let mut plan = plan_with_a_clash();
    plan.visit.home_zone = "Asia/Baghdad".to_owned();
    let mut harness = harness_on(plan, View::Itinerary);
    click(&mut harness, "Timeline");
    click(&mut harness, "Baghdad (home)");
    let briefing = block(&harness, "Briefing on X-Road");
    assert!(briefing.ends_with("(12:00–13:30)"), "{briefing}");

    // In Arabic, in the ministry's words (the time in the window's digits).
    let app = support::app_showing_in(
        support::arabic_settings(),
        plan_with_a_clash(),
        View::Itinerary,
    );
    let mut harness = support::harness_sized(app, 1400.0, 900.0);
    click(&mut harness, &support::arabic("itinerary-mode-timeline"));
    let lunch = block(&harness, "غداء عمل مع الوزير");
    assert!(
        lunch.contains("، وتتعارض مع فعالية أخرى: «Briefing on X-Road» ("),
        "{lunch}"
    );
}

use attache::ui::contrast_ratio as contrast;

/// `over` painted on `under`, as egui blends them (premultiplied alpha, in gamma space).
fn painted_on(over: Color32, under: Color32) -> Color32 {
    let kept = 1.0 - over.a() as f32 / 255.0;
    let mix = |over: u8, under: u8| (over as f32 + under as f32 * kept).round().min(255.0) as u8;
    Color32::from_rgb(
        mix(over.r(), under.r()),
        mix(over.g(), under.g()),
        mix(over.b(), under.b()),
    )
}

/// Egui's look in each theme as the window installs it.
fn styles() -> Vec<(egui::Theme, egui::Style)> {
    let ctx = egui::Context::default();
    attache::ui::install_tokens(&ctx);
    [egui::Theme::Dark, egui::Theme::Light]
        .into_iter()
        .map(|theme| (theme, (*ctx.style_of(theme)).clone()))
        .collect()
}

fn assert_contrast(what: &str, theme: egui::Theme, a: Color32, b: Color32, least: f32) {
    let ratio = contrast(a, b);
    assert!(
        ratio >= least,
        "{what} in the {theme:?} theme: {a:?} on {b:?} is {ratio:.2}:1, under {least}:1"
    );
}

#[test]
fn every_focus_indicator_stands_out_three_to_one_in_both_themes() {
    for (theme, style) in styles() {
        let visuals = &style.visuals;
        let panel = visuals.panel_fill;
        // A focused button is drawn as egui draws a pressed one.
        let button = visuals.widgets.active;
        assert!(button.bg_stroke.width >= 1.0);
        for under in [panel, button.weak_bg_fill] {
            assert_contrast(
                "a button's focus",
                theme,
                button.bg_stroke.color,
                under,
                3.0,
            );
        }
        let mut menu_bar = style.clone();
        attache::ui::menu_bar_style(&mut menu_bar);
        let menu = menu_bar.visuals.widgets.active;
        assert!(menu.bg_stroke.width >= 1.0, "{theme:?}");
        for under in [panel, menu.weak_bg_fill] {
            assert_contrast("a menu's focus", theme, menu.bg_stroke.color, under, 3.0);
        }
        // Table rows (striped, selected), column headings, agenda rows, timeline blocks.
        let focus = Tokens::for_visuals(visuals).color.focus_stroke();
        assert!(focus.width >= 2.0);
        let striped = painted_on(visuals.faint_bg_color, panel);
        for under in [panel, striped, visuals.selection.bg_fill] {
            assert_contrast("the focus ring", theme, focus.color, under, 3.0);
        }
    }
}

#[test]
fn times_on_timeline_blocks_read_and_radio_rings_show_in_both_themes() {
    for (theme, style) in styles() {
        let visuals = &style.visuals;
        let palette = Tokens::for_visuals(visuals).color;
        let time = attache::ui::block_time(visuals);
        // Days outside the visit are shaded; a block may lie on either.
        let shaded = painted_on(visuals.faint_bg_color, visuals.panel_fill);
        for ground in [visuals.panel_fill, shaded] {
            for &kind in EventKindTag::ALL {
                for &status in EventStatus::ALL {
                    for hovered in [false, true] {
                        let fill = painted_on(palette.block_fill(kind, status, hovered), ground);
                        let what =
                            format!("a {kind:?} {status:?} block's time (hovered {hovered})");
                        assert_contrast(&what, theme, time, fill, 4.5);
                    }
                }
            }
        }
        // A radio button's ring, around its disc, at rest and under the pointer.
        for widget in [visuals.widgets.inactive, visuals.widgets.hovered] {
            for under in [visuals.panel_fill, widget.bg_fill] {
                assert_contrast("a radio ring", theme, widget.bg_stroke.color, under, 3.0);
            }
        }
    }
}

/// Whether a ring in the focus colour is drawn around `rect` (give or take a few points).
fn ringed(harness: &Harness<'_, Window>, rect: egui::Rect) -> bool {
    ringed_where(harness, |ring| {
        (ring.center() - rect.center()).length() < 6.0
            && (ring.size() - rect.size()).abs().max_elem() < 12.0
    })
}

/// Whether a ring in the focus colour is drawn whose rectangle `fits`.
fn ringed_where(harness: &Harness<'_, Window>, fits: impl Fn(egui::Rect) -> bool) -> bool {
    fn rects(shape: &egui::Shape, found: &mut Vec<egui::epaint::RectShape>) {
        match shape {
            egui::Shape::Rect(rect) => found.push(rect.clone()),
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|shape| rects(shape, found)),
            _ => {}
        }
    }
    let focus = Tokens::for_visuals(&harness.ctx.global_style().visuals)
        .color
        .focus;
    let mut found = Vec::new();
    for clipped in &harness.output().shapes {
        rects(&clipped.shape, &mut found);
    }
    found
        .iter()
        .any(|shape| shape.stroke.color == focus && shape.stroke.width >= 2.0 && fits(shape.rect))
}

#[test]
fn agenda_rows_table_rows_headings_and_menus_show_the_focus() {
    let plan = sample_plan();
    let mut harness = harness_on(plan.clone(), View::Itinerary);
    let event = plan
        .events
        .iter()
        .min_by_key(|event| event.start.wall)
        .unwrap();
    let row = harness
        .query_all_by_label_contains(&event.title)
        .find(|node| takes_focus(node) && drawn_at(node).is_some())
        .expect("the agenda row of the first event");
    let rect = row.rect();
    row.focus();
    harness.run();
    assert!(ringed(&harness, rect), "an agenda row");

    let mut harness = harness_on(plan.clone(), View::People);
    let heading = harness.get_by_label("Sort by Name");
    let rect = heading.rect();
    heading.focus();
    harness.run();
    assert!(ringed(&harness, rect), "a column heading");

    click(&mut harness, &plan.people[0].name);
    let table = harness.get_by_role_and_label(Role::Table, "People");
    let row = table
        .children_recursive()
        .find(|node| node.accesskit_node().role() == Role::Row && node.is_focused())
        .expect("the selected row");
    // The ring spans the row: around its name, no taller than a row.
    let name = row
        .children_recursive()
        .find_map(|node| drawn_at(&node))
        .expect("the row's name is drawn");
    assert!(
        ringed_where(&harness, |ring| ring.contains(name.center())
            && ring.height() < 2.0 * name.height() + 8.0),
        "a table's row"
    );

    press(&mut harness, Key::F10);
    let file = harness.get_by_role_and_label(Role::MenuItem, "File");
    assert!(ringed(&harness, file.rect()), "a menu in the bar");
}

#[test]
fn at_200_percent_zoom_every_editors_controls_scroll_into_sight() {
    let plan = sample_plan();
    let person = plan
        .people
        .iter()
        .find(|person| person.travel_document.deadline.is_some())
        .unwrap_or(&plan.people[0]);
    for (view, subject) in [
        (View::People, Subject::Person(person.id)),
        (
            View::Organisations,
            Subject::Organisation(plan.organisations[0].id),
        ),
        (View::Itinerary, Subject::Event(plan.events[0].id)),
        (View::Topics, Subject::Topic(plan.topics[0].id)),
        (View::Actions, Subject::Action(plan.actions[0].id)),
    ] {
        // A 1280 × 800 window zoomed to 200 % (Ctrl+= up to 2.0) lays out 640 × 400 points.
        let app = support::app_showing(plan.clone(), view);
        let mut harness = support::harness_sized(app, 1280.0, 800.0);
        harness.ctx.set_zoom_factor(2.0);
        harness.run();
        assert_eq!(harness.ctx.content_rect().width(), 640.0);
        harness.state_mut().app.send(Command::Select(subject));
        harness.run();

        // The editor runs from its divider to the window's right edge.
        let divider = harness
            .get_by_role_and_label(Role::Splitter, DIVIDER)
            .rect();
        let shown = egui::Rect::from_x_y_ranges(
            divider.center().x..=harness.ctx.content_rect().right(),
            divider.y_range(),
        );
        let width = shown.x_range();
        let editor = harness.get_by_role_and_label(Role::Region, "Editor");
        let controls: Vec<(String, egui::Rect)> = editor
            .children_recursive()
            .filter(|node| takes_focus(node))
            .filter_map(|node| {
                let name = node.accesskit_node().label().unwrap_or_default();
                Some((name, drawn_at(&node)?))
            })
            .collect();
        // Every control out of sight sideways, and the last one, scroll into sight. Each is
        // known by its name and which of the controls of that name it is.
        let wanted: Vec<(&String, usize)> = controls
            .iter()
            .enumerate()
            .filter(|(i, (_, rect))| {
                *i + 1 == controls.len()
                    || rect.right() > width.max + 1.0
                    || rect.left() < width.min - 1.0
            })
            .map(|(i, (name, _))| {
                let same = controls[..i].iter().filter(|(other, _)| other == name);
                (name, same.count())
            })
            .collect();
        let control = |harness: &Harness<'_, Window>, name: &str, nth: usize, scroll: bool| {
            let editor = harness.get_by_role_and_label(Role::Region, "Editor");
            let node = editor
                .children_recursive()
                .filter(|node| takes_focus(node) && drawn_at(node).is_some())
                .filter(|node| node.accesskit_node().label().unwrap_or_default() == name)
                .nth(nth)
                .unwrap();
            if scroll {
                node.scroll_to_me();
            }
            node.rect()
        };
        for (name, nth) in wanted {
            // Twice: scrolling sideways can change how the rows above wrap.
            for _ in 0..2 {
                control(&harness, name, nth, true);
                harness.run();
            }
            let rect = control(&harness, name, nth, false);
            // Its middle in sight: a control taller or wider than the editor cannot be whole.
            let in_sight = shown.contains(rect.center());
            assert!(
                in_sight,
                "{view:?}: {name} at {rect:?}, out of the editor's {shown:?}"
            );
        }
    }
}

#[test]
fn the_agenda_is_walked_with_the_arrow_keys_beyond_the_rows_in_sight() {
    let plan = sample_plan();
    let mut harness = harness_on(plan.clone(), View::Itinerary);
    let window = harness.ctx.content_rect();
    let opened = |harness: &Harness<'_, Window>| match harness.state().app.selection.subject {
        Some(Subject::Event(id)) => id,
        other => panic!("{other:?} is open"),
    };
    harness
        .query_all_by_label_contains(&plan.events[0].title)
        .find(|node| takes_focus(node) && drawn_at(node).is_some())
        .expect("an agenda row")
        .focus();
    harness.run();
    press(&mut harness, Key::Home);
    let first = opened(&harness);
    let mut walked = vec![first];
    for _ in 1..plan.events.len() {
        press(&mut harness, Key::ArrowDown);
        let focused = harness
            .root()
            .children_recursive()
            .find(|node| node.is_focused())
            .expect("a row has the focus");
        let event = opened(&harness);
        let title = &plan.events.iter().find(|e| e.id == event).unwrap().title;
        let label = focused.accesskit_node().label().unwrap_or_default();
        assert!(
            label.contains(title.as_str()),
            "{label} has the focus, {title} is open"
        );
        assert!(
            window.contains_rect(focused.rect()),
            "the focused row {label} is in sight"
        );
        walked.push(event);
    }
    // Each Down opened the next event, until every one of them had been reached.
    let mut distinct = walked.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), plan.events.len(), "{walked:?}");
    press(&mut harness, Key::ArrowDown);
    assert_eq!(opened(&harness), *walked.last().unwrap(), "the last stays");
    press(&mut harness, Key::Home);
    assert_eq!(opened(&harness), first, "Home goes back to the first");
}
