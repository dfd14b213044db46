//! The window as a screen reader and a keyboard alone meet it, read from its AccessKit tree: the
//! record tables are tables of rows and cells under column headers that tell the sort, each one
//! Tab stop whose arrow keys open records, and nothing takes the keyboard focus without a name.

mod support;

use attache::app::{View, sample_plan};
use attache::check::Subject;
use attache::model::{Choice, EventStatus};
use attache::window::Window;
use egui::accesskit::{Action, Live, Role, SortDirection};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use support::{click, harness_on, press};

/// The divider between a list and its record editor.
const DIVIDER: &str = "Divider between the list and the editor";

/// The views that show their records in a table, with the table's name.
const TABLES: [(View, &str); 4] = [
    (View::People, "People"),
    (View::Organisations, "Organisations"),
    (View::Topics, "Topics"),
    (View::Actions, "Actions"),
];

fn takes_focus(node: &egui_kittest::Node<'_>) -> bool {
    node.accesskit_node().data().supports_action(Action::Focus)
}

/// The first text inside `cell`.
fn first_text(cell: &egui_kittest::Node<'_>) -> String {
    cell.children_recursive()
        .find_map(|node| node.accesskit_node().value())
        .unwrap_or_default()
}

#[test]
fn record_tables_are_tables_of_rows_and_cells_under_column_headers() {
    for (view, name) in TABLES {
        let harness = harness_on(sample_plan(), view);
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
            header.len() >= 3 && header.iter().all(|&role| role == Role::ColumnHeader),
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
    }
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

#[test]
fn views_and_record_editors_have_headings() {
    let plan = sample_plan();
    for (view, name) in [
        (View::Itinerary, "Itinerary"),
        (View::Organisations, "Organisations"),
        (View::Topics, "Topics"),
        (View::Actions, "Actions"),
        (View::Problems, "Problems"),
    ] {
        let harness = harness_on(plan.clone(), view);
        let heading = harness.get_by_role_and_label(Role::Heading, name);
        assert_eq!(heading.accesskit_node().data().level(), Some(1), "{name}");
    }
    let mut harness = harness_on(plan.clone(), View::Organisations);
    click(&mut harness, &plan.organisations[0].name);
    let titles: Vec<_> = harness
        .get_all_by_role(Role::Heading)
        .filter(|heading| heading.accesskit_node().data().level() == Some(2))
        .filter_map(|heading| heading.accesskit_node().label())
        .collect();
    assert!(
        titles
            .iter()
            .any(|title| title.contains(&plan.organisations[0].name)),
        "the editor's title is a heading: {titles:?}"
    );
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
