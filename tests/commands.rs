//! The one command table and the command queue, as a planner meets them: every menu shows the
//! table's entries with their keys, Help lists every key of the table, the keys do what the table
//! says, and answers to prompts and clicks on problems take effect through the commands the
//! window runs after each frame.

mod support;

use std::sync::Arc;

use attache::app::{COMMAND_TABLE, Command, Entry, Menu, UnsavedAnswer, View};
use attache::check::Subject;
use attache::model::Organisation;
use attache::window::Window;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use support::{
    ScriptedDialogs, app_on, app_showing, click, click_menu, harness, plan_titled, press,
    press_with, shortcut, text_shown_containing, type_into, write_plan,
};

/// The entries the table places in `menu`, in order.
fn entries_of(menu: Menu) -> Vec<&'static Entry> {
    COMMAND_TABLE
        .iter()
        .filter(|entry| entry.place.is_some_and(|place| place.menu == menu))
        .collect()
}

/// The keys a screen reader reads with a menu item, if it has any.
fn item_keys(harness: &Harness<'_, Window>, entry: &Entry) -> Option<String> {
    entry
        .shortcut
        .as_ref()
        .map(|keys| harness.ctx.format_shortcut(keys))
}

#[test]
fn every_menu_shows_the_entries_the_table_places_in_it() {
    let mut harness = harness(app_on(None, ScriptedDialogs::none()));
    for (path, menu) in [
        (&["File"][..], Menu::File),
        (&["Edit"], Menu::Edit),
        (&["View"], Menu::View),
        (&["Help"], Menu::Help),
        (&["File", "Export"], Menu::Export),
        (&["File", "Export", "Protocol"], Menu::Protocol),
        (&["File", "Import"], Menu::Import),
    ] {
        click_menu(&mut harness, path);
        let entries = entries_of(menu);
        assert!(!entries.is_empty(), "{menu:?} has entries");
        for entry in entries {
            let text = entry.label();
            let item = harness.query_all_by_label(text).find(|item| {
                item.accesskit_node()
                    .data()
                    .keyboard_shortcut()
                    .map(str::to_owned)
                    == item_keys(&harness, entry)
            });
            assert!(item.is_some(), "{menu:?} shows “{text}” with its keys");
            // A group's heading is shown above its first entry ("Theme" in View).
            if let Some(heading) = entry.place.and_then(|place| place.heading) {
                let heading = harness.get_by_label(attache::lang::text(heading)).rect();
                // Two groups may have an entry of the same name ("Follow the system" under Theme
                // and under Language): the group's own is the first below its heading.
                let first = harness
                    .query_all_by_label(text)
                    .map(|item| item.rect())
                    .filter(|item| heading.bottom() <= item.top() + 1.0)
                    .min_by(|a, b| a.top().total_cmp(&b.top()))
                    .unwrap_or_else(|| panic!("“{text}” below {heading:?}"));
                assert!(
                    first.top() - heading.bottom() < first.height(),
                    "{heading:?} right above {first:?}"
                );
            }
        }
        press(&mut harness, Key::Escape);
    }
}

#[test]
fn help_lists_every_key_of_the_table_with_its_command() {
    let mut harness = harness(app_on(None, ScriptedDialogs::none()));
    click_menu(&mut harness, &["Help", "Keyboard shortcuts"]);
    let keyed: Vec<&Entry> = COMMAND_TABLE
        .iter()
        .filter(|entry| entry.shortcut.is_some())
        .collect();
    assert!(keyed.len() >= 14, "file, edit and view keys");
    for entry in keyed {
        let keys = harness
            .ctx
            .format_shortcut(entry.shortcut.as_ref().unwrap());
        assert!(
            harness.query_all_by_label(&keys).next().is_some(),
            "{keys} is listed"
        );
        assert!(
            text_shown_containing(&harness, entry.tooltip()),
            "{keys}: {}",
            entry.tooltip()
        );
    }
    // Redo has two keys, each listed on a row of its own.
    assert_eq!(harness.query_all_by_label("Redo").count(), 2);
}

#[test]
fn each_view_key_of_the_table_shows_its_view() {
    let mut harness = harness(app_showing(plan_titled("Visit"), View::Overview));
    let view_keys: Vec<(View, egui::KeyboardShortcut)> = COMMAND_TABLE
        .iter()
        .filter_map(|entry| match (entry.command(), entry.shortcut) {
            (Some(Command::ShowView(view)), Some(keys)) => Some((*view, keys)),
            _ => None,
        })
        .collect();
    assert_eq!(view_keys.len(), View::ALL.len(), "every view has a key");
    // From the last to the first, so that each key changes what is shown.
    for (view, keys) in view_keys.into_iter().rev() {
        press_with(&mut harness, keys.modifiers, keys.logical_key);
        assert_eq!(harness.state().app.settings.view, view);
    }
}

#[test]
fn a_button_that_sends_a_command_of_the_menus_says_its_key() {
    let mut harness = harness(app_showing(plan_titled("Visit"), View::Overview));
    harness.get_by_label("0 errors · 0 warnings").hover();
    harness.run();
    let keys = harness.ctx.format_shortcut(&egui::KeyboardShortcut::new(
        egui::Modifiers::COMMAND,
        Key::Num7,
    ));
    assert!(
        text_shown_containing(&harness, &format!("Show Problems ({keys})")),
        "the status bar's problem count names the view it opens and its key"
    );
}

/// The window on an untitled plan with an edit in it, asking whether to save before New.
fn asking_before_new() -> Harness<'static, Window> {
    let mut harness = harness(app_showing(plan_titled("Visit"), View::Overview));
    type_into(&mut harness, "Title", " (draft)");
    shortcut(&mut harness, Key::N);
    assert!(text_shown_containing(&harness, "Save the changes to"));
    harness
}

#[test]
fn dont_save_in_the_unsaved_prompt_runs_once_the_frame_is_drawn() {
    let mut harness = asking_before_new();
    harness.get_by_label("Don't save").click();
    // One frame: the prompt sends its answer while it draws; the answer runs after the frame.
    harness.step();
    let app = &harness.state().app;
    assert!(app.unsaved_prompt.is_none());
    assert!(!app.document.is_dirty());
    assert_eq!(app.document.plan().visit.title, "", "a new, empty plan");
    harness.run();
    assert!(!text_shown_containing(&harness, "Save the changes to"));
}

#[test]
fn an_answer_sent_as_a_command_is_the_same_as_the_click() {
    let mut harness = asking_before_new();
    harness
        .state_mut()
        .app
        .send(Command::AnswerUnsaved(UnsavedAnswer::Cancel));
    harness.run();
    assert!(!text_shown_containing(&harness, "Save the changes to"));
    let app = &harness.state().app;
    assert!(app.document.is_dirty(), "the edits stay");
    assert_eq!(app.document.plan().visit.title, "Visit (draft)");
}

#[test]
fn a_problem_far_down_a_long_list_opens_its_record_in_sight() {
    let mut plan = plan_titled("Visit");
    for number in 0..300 {
        let mut organisation = Organisation::new(format!("Agency {number:03}"));
        if number == 299 {
            // An invisible right-to-left override: a problem about this organisation.
            organisation.website = "https://agency.example/\u{202E}".to_owned();
        }
        plan.organisations.push(Arc::new(organisation));
    }
    let last = plan.organisations[299].id;
    let mut harness = harness(app_showing(plan, View::Problems));
    let problem = harness.get_by_label_contains("invisible character");
    problem.click();
    harness.run();

    let app = &harness.state().app;
    assert_eq!(app.settings.view, View::Organisations);
    assert_eq!(app.selection.subject, Some(Subject::Organisation(last)));
    assert!(!app.selection.scroll_to, "scrolled once, then left alone");
    assert!(
        harness.query_by_label("Agency 298").is_some(),
        "the list has scrolled to the end"
    );
    assert!(harness.query_by_label("Agency 000").is_none());
}

#[test]
fn the_views_start_afresh_for_another_plan_and_not_for_an_edit() {
    let folder = tempfile::tempdir().unwrap();
    let next = write_plan(folder.path(), "next.ron", "Next visit");
    let mut harness = harness(app_showing(plan_titled("Visit"), View::People));
    type_into(&mut harness, "Search people", "Zeta");
    harness.state_mut().app.send(Command::edit(
        attache::model::Change::Person(Arc::new(attache::model::Person::new("Zeta Ali"))),
        "add person",
    ));
    harness.run();
    assert_eq!(
        harness.get_by_label("Search people").value().as_deref(),
        Some("Zeta"),
        "an edit keeps what the planner typed"
    );

    harness.state_mut().app.send(Command::OpenPath(next));
    harness.run();
    click(&mut harness, "Don't save");
    assert_eq!(
        harness.state().app.document.plan().visit.title,
        "Next visit"
    );
    assert_eq!(
        harness
            .get_by_label("Search people")
            .value()
            .unwrap_or_default(),
        "",
        "another plan starts with no search"
    );
}
