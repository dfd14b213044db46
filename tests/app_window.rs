//! The window as a planner uses it, driven through egui_kittest by accessible labels: open, edit,
//! undo, save, the unsaved-changes guard, errors, recent files and view shortcuts.

mod support;

use attache::app::{AttacheApp, DialogAnswer, Settings};
use attache::file;
use attache::window::Window;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use support::*;

#[test]
fn opens_a_plan_through_the_file_dialog() {
    let folder = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "tartu.ron", "Visit to Tartu");
    let app = app_on(
        None,
        ScriptedDialogs::answering([DialogAnswer::Chosen(path.clone())]),
    );
    let mut harness = harness(app);

    click_menu(&mut harness, &["File", "Open…"]);

    assert_eq!(field_value(&harness, "Title"), "Visit to Tartu");
    assert_eq!(harness.state().app.document.path(), Some(path.as_path()));
    assert!(harness.state().app.title().contains("tartu.ron"));
    assert_eq!(harness.state().app.settings.recent_files, vec![path]);
}

#[test]
fn typing_is_one_undo_step_and_saving_writes_what_was_typed() {
    let folder = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut harness = harness(app_on(Some(path.clone()), ScriptedDialogs::answering([])));

    harness.get_by_label("Title").click();
    harness.run();
    harness.get_by_label("Title").type_text(" to Tallinn");
    harness.run();
    assert_eq!(field_value(&harness, "Title"), "Visit to Tallinn");
    assert!(harness.state().app.document.is_dirty());
    assert!(
        harness.state().app.title().starts_with('●'),
        "{}",
        harness.state().app.title()
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        field_value(&harness, "Title"),
        "Visit",
        "one undo takes back the whole word"
    );
    assert!(
        !harness.state().app.document.is_dirty(),
        "undone back to the saved state"
    );

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(field_value(&harness, "Title"), "Visit to Tallinn");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(
        field_value(&harness, "Title"),
        "Visit to Tallinn",
        "Ctrl+Y redoes too"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!harness.state().app.document.is_dirty());
    assert_eq!(file::load(&path).unwrap().visit.title, "Visit to Tallinn");
    assert_eq!(
        file::load(&file::backup_path(&path)).unwrap().visit.title,
        "Visit",
        "the previous version is kept"
    );
}

#[test]
fn leaving_a_field_ends_its_undo_step_even_when_typing_resumes_at_once() {
    // A quick planner: each frame a fiftieth of a second after the last.
    let app: Window = app_showing(plan_titled("Visit"), attache::app::View::Overview).into();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .with_step_dt(0.02)
        .build_ui_state(|ui, window: &mut Window| window.show(ui), app);
    harness.run();
    type_into(&mut harness, "Title", " to Tallinn");
    // Into the purpose to read it, and straight back.
    click(&mut harness, "Purpose");
    type_into(&mut harness, "Title", " and Tartu");
    assert_eq!(field_value(&harness, "Title"), "Visit to Tallinn and Tartu");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        field_value(&harness, "Title"),
        "Visit to Tallinn",
        "Undo takes back what was typed since coming back to the field, and no more"
    );
}

#[test]
fn undo_and_redo_are_in_the_edit_menu() {
    let folder = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut harness = harness(app_on(Some(path), ScriptedDialogs::answering([])));
    harness.get_by_label("Host party").click();
    harness.run();
    harness
        .get_by_label("Host party")
        .type_text("Republic of Estonia");
    harness.run();

    click_menu(&mut harness, &["Edit", "Undo edit visit"]);
    assert_eq!(harness.state().app.document.plan().visit.host.name, "");
    click_menu(&mut harness, &["Edit", "Redo edit visit"]);
    assert_eq!(
        harness.state().app.document.plan().visit.host.name,
        "Republic of Estonia"
    );
}

fn close_requested(harness: &mut Harness<'_, Window>) -> bool {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    let commands = &harness.output().viewport_output[&egui::ViewportId::ROOT].commands;
    !commands.contains(&egui::ViewportCommand::CancelClose)
}

fn make_an_edit(harness: &mut Harness<'_, Window>) {
    harness.get_by_label("Title").click();
    harness.run();
    harness.get_by_label("Title").type_text(" (draft)");
    harness.run();
    assert!(harness.state().app.document.is_dirty());
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let folder = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut harness = harness(app_on(Some(path.clone()), ScriptedDialogs::answering([])));
    make_an_edit(&mut harness);

    assert!(!close_requested(&mut harness), "the close is cancelled");
    harness.run();
    assert!(
        harness
            .query_all_by_value("Save the changes to visit.ron before closing?")
            .next()
            .is_some()
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(
        harness.query_by_label("Don't save").is_none(),
        "Cancel keeps the window open"
    );

    assert!(!close_requested(&mut harness));
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.step();
    let commands = &harness.output().viewport_output[&egui::ViewportId::ROOT].commands;
    assert!(
        commands.contains(&egui::ViewportCommand::Close),
        "{commands:?}"
    );
    assert_eq!(
        file::load(&path).unwrap().visit.title,
        "Visit",
        "nothing was saved"
    );
}

#[test]
fn closing_without_changes_does_not_ask() {
    let folder = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut harness = harness(app_on(Some(path), ScriptedDialogs::answering([])));
    assert!(close_requested(&mut harness));
}

#[test]
fn new_with_unsaved_changes_can_save_first() {
    let folder = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut harness = harness(app_on(Some(path.clone()), ScriptedDialogs::answering([])));
    make_an_edit(&mut harness);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert_eq!(
        field_value(&harness, "Title"),
        "Visit (draft)",
        "nothing replaced yet"
    );
    harness.get_by_label("Save").click();
    harness.run();

    assert_eq!(file::load(&path).unwrap().visit.title, "Visit (draft)");
    assert_eq!(
        field_value(&harness, "Title"),
        "",
        "then the new, empty plan"
    );
    assert_eq!(harness.state().app.document.path(), None);
}

#[test]
fn open_with_unsaved_changes_can_discard_them() {
    let folder = tempfile::tempdir().unwrap();
    let first = write_plan(folder.path(), "first.ron", "First");
    let second = write_plan(folder.path(), "second.ron", "Second");
    let dialogs = ScriptedDialogs::answering([DialogAnswer::Chosen(second)]);
    let mut harness = harness(app_on(Some(first.clone()), dialogs));
    make_an_edit(&mut harness);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();

    assert_eq!(field_value(&harness, "Title"), "Second");
    assert_eq!(file::load(&first).unwrap().visit.title, "First");
}

#[test]
fn an_untitled_plan_is_saved_where_the_planner_chooses() {
    let folder = tempfile::tempdir().unwrap();
    let chosen = folder.path().join("Delegation to Tallinn");
    let dialogs = ScriptedDialogs::answering([DialogAnswer::Chosen(chosen.clone())]);
    let mut harness = harness(app_on(None, dialogs));
    make_an_edit(&mut harness);

    click_menu(&mut harness, &["File", "Save"]);

    let saved = chosen.with_extension("ron");
    assert_eq!(harness.state().app.document.path(), Some(saved.as_path()));
    assert!(file::load(&saved).unwrap().visit.title.contains("(draft)"));
}

#[test]
fn opening_a_bad_file_keeps_the_plan_and_shows_where_the_file_is_wrong() {
    let folder = tempfile::tempdir().unwrap();
    let good = write_plan(folder.path(), "good.ron", "Good");
    let bad = folder.path().join("bad.ron");
    std::fs::write(&bad, "(\n    format_version: 1,\n    visit: 12,\n)\n").unwrap();
    let dialogs = ScriptedDialogs::answering([DialogAnswer::Chosen(bad.clone())]);
    let mut harness = harness(app_on(Some(good.clone()), dialogs));
    make_an_edit(&mut harness);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();

    // ron points at the value that should have been a struct.
    let expected_start = format!("{}:3:11: ", bad.display());
    assert!(text_shown_starting_with(&harness, &expected_start));
    assert_eq!(
        field_value(&harness, "Title"),
        "Good (draft)",
        "the open plan and its edits stay"
    );
    assert_eq!(harness.state().app.document.path(), Some(good.as_path()));

    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(!text_shown_starting_with(&harness, &expected_start));
}

#[test]
fn recent_files_show_missing_ones_and_can_forget_them() {
    let folder = tempfile::tempdir().unwrap();
    let present = write_plan(folder.path(), "present.ron", "Present");
    let missing = folder.path().join("moved-away.ron");
    let mut settings = english_settings();
    settings.remember(&missing);
    settings.remember(&present);
    let app = AttacheApp::new(
        settings,
        Some(write_plan(folder.path(), "other.ron", "Other")),
        ScriptedDialogs::answering([]),
    );
    let mut harness = harness(app);

    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open Recent").click();
    harness.run();
    harness.get_by_label_contains("moved-away.ron (missing)");
    harness.get_by_label("Remove").click();
    harness.run();
    assert!(!harness.state().app.settings.recent_files.contains(&missing));

    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open Recent").click();
    harness.run();
    harness.get_by_label(&present.display().to_string()).click();
    harness.run();
    assert_eq!(field_value(&harness, "Title"), "Present");
}

#[test]
fn ctrl_and_a_number_switch_views() {
    let mut harness = harness(app_on(None, ScriptedDialogs::answering([])));
    for (key, heading) in [
        (Key::Num3, "People"),
        (Key::Num7, "Problems"),
        (Key::Num1, "Title"),
    ] {
        harness.key_press_modifiers(Modifiers::COMMAND, key);
        harness.run();
        assert!(
            harness.query_all_by_label(heading).count() >= 1,
            "{heading} shows after Ctrl+{key:?}"
        );
    }
    assert_eq!(
        harness.state().app.settings.view,
        attache::app::View::Overview
    );
}

#[test]
fn without_a_file_dialog_the_planner_can_type_a_path() {
    let folder = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "typed.ron", "Typed");
    let mut harness = harness(app_on(
        None,
        ScriptedDialogs::answering([DialogAnswer::Unavailable]),
    ));

    click_menu(&mut harness, &["File", "Open…"]);
    harness.get_by_label("File path").click();
    harness.run();
    harness
        .get_by_label("File path")
        .type_text(&path.display().to_string());
    harness.run();
    harness.get_by_label("Open").click();
    harness.run();

    assert_eq!(field_value(&harness, "Title"), "Typed");
}

/// A file dropped on the window, as the operating system hands it over.
#[derive(Debug)]
struct DroppedPlan(std::path::PathBuf);

impl egui::DroppedFile for DroppedPlan {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|error| error.to_string())
    }
}

#[test]
fn dropping_a_plan_on_the_window_opens_it_after_asking_about_changes() {
    let folder = tempfile::tempdir().unwrap();
    let first = write_plan(folder.path(), "first.ron", "First");
    let dropped = write_plan(folder.path(), "dropped.ron", "Dropped");
    let mut harness = harness(app_on(Some(first.clone()), ScriptedDialogs::none()));
    make_an_edit(&mut harness);

    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPlan(dropped.clone())));
    harness.run();
    assert_eq!(
        field_value(&harness, "Title"),
        "First (draft)",
        "not replaced before asking"
    );
    harness.get_by_label("Don't save").click();
    harness.run();

    assert_eq!(field_value(&harness, "Title"), "Dropped");
    assert_eq!(harness.state().app.document.path(), Some(dropped.as_path()));
    assert_eq!(file::load(&first).unwrap().visit.title, "First");
}

#[test]
fn settings_survive_a_restart_through_the_apps_storage() {
    let mut settings = english_settings();
    settings.remember(std::path::Path::new("/plans/visit.ron"));
    settings.theme = egui::ThemePreference::Light;
    settings.view = attache::app::View::People;
    let stored = ron::to_string(&settings).unwrap();
    let restored: Settings = ron::from_str(&stored).unwrap();
    assert_eq!(restored.recent_files, settings.recent_files);
    assert_eq!(restored.theme, egui::ThemePreference::Light);
    assert_eq!(restored.view, attache::app::View::People);

    // A window started with them shows the remembered view and theme.
    let harness = harness(AttacheApp::new(restored, None, ScriptedDialogs::none()));
    assert_eq!(
        harness.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Light
    );
    harness.get_by_label("Search people");
}

#[test]
fn an_idle_window_asks_for_no_repaint_in_any_view() {
    let mut harness = harness(app_on(None, ScriptedDialogs::none()));
    for key in [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
    ] {
        harness.key_press_modifiers(Modifiers::COMMAND, key);
        harness.run();
        harness.step();
        let delay = harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
        assert_eq!(
            delay,
            std::time::Duration::MAX,
            "{:?} keeps repainting while nothing happens",
            harness.state().app.settings.view
        );
    }
}

#[test]
fn every_control_of_an_open_date_picker_has_a_name() {
    let mut harness = harness(app_on(None, ScriptedDialogs::none()));
    click(&mut harness, "First day");
    let unnamed = harness
        .query_all(egui_kittest::kittest::by().predicate(|node| {
            matches!(
                node.role(),
                egui::accesskit::Role::ComboBox | egui::accesskit::Role::Button
            ) && node.label().is_none_or(|label| label.trim().is_empty())
                && node.value().is_none_or(|value| value.trim().is_empty())
        }))
        .count();
    assert_eq!(unnamed, 0, "buttons or drop-downs without a name");
}

#[test]
fn help_names_the_time_zone_database_every_time_is_computed_with() {
    let folder = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut harness = harness(app_on(Some(path), ScriptedDialogs::answering([])));
    harness.get_by_label("Help").click();
    harness.run();
    let version = attache::model::zone_database_version();
    assert!(version.starts_with("20"), "{version}");
    harness.get_by_label(&format!(
        "Time zones: IANA database {version}, built in, so every machine computes the same times."
    ));
}

#[test]
fn the_typed_path_prompt_takes_the_keys_at_once() {
    let mut harness = harness(app_on(
        None,
        ScriptedDialogs::answering([DialogAnswer::Unavailable]),
    ));
    click_menu(&mut harness, &["File", "Open…"]);
    harness.run();
    assert!(harness.get_by_label("File path").is_focused());
}

#[test]
fn save_as_suggests_the_plans_own_name_or_a_short_one() {
    let folder = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit to tallinn.ron", "Typed");
    let dialogs = ScriptedDialogs::answering([DialogAnswer::Cancelled, DialogAnswer::Cancelled]);
    let asked = dialogs.asked();
    let mut harness = harness(app_on(Some(path), dialogs));
    click_menu(&mut harness, &["File", "Save As…"]);
    assert_eq!(
        asked.lock().unwrap().last().unwrap(),
        "save a plan as visit to tallinn.ron"
    );

    // An untitled plan with the sample's long title: whole words, not a hundred characters.
    harness.state_mut().app.document =
        attache::app::Document::new(attache::app::sample_plan(), None);
    click_menu(&mut harness, &["File", "Save As…"]);
    let suggested = asked.lock().unwrap().last().unwrap().clone();
    assert_eq!(
        suggested,
        "save a plan as iraqi-government-delegation-study-visit.ron"
    );
}

#[test]
fn the_overview_gives_each_zones_offset_during_the_visit_not_today() {
    let mut plan = attache::model::Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.last_day = jiff::civil::date(2027, 3, 28);
    plan.visit.home_zone = "Asia/Baghdad".into();
    let window = harness(app_showing(plan.clone(), attache::app::View::Overview));
    assert!(
        text_shown_containing(&window, "UTC+3 during the visit"),
        "Baghdad"
    );
    assert!(
        text_shown_containing(&window, "UTC+2, UTC+3 from Sun 28 Mar"),
        "Tallinn moves its clocks on the visit's last day"
    );

    plan.visit.first_day = jiff::civil::date(2027, 7, 5);
    plan.visit.last_day = jiff::civil::date(2027, 7, 9);
    let window = harness(app_showing(plan, attache::app::View::Overview));
    assert!(
        !text_shown_containing(&window, "UTC+2"),
        "summer in Tallinn"
    );
}

#[test]
fn help_lists_the_keyboard_shortcuts_and_how_to_start() {
    let mut harness = harness(app_on(None, ScriptedDialogs::none()));
    click_menu(&mut harness, &["Help", "Keyboard shortcuts"]);
    for (keys, what) in [
        ("Ctrl+Shift+S", "Save the plan under another name"),
        ("Ctrl+Z", "Undo the last change"),
        ("Ctrl+7", "Show Problems"),
    ] {
        assert!(text_shown_containing(&harness, keys), "{keys}");
        assert!(text_shown_containing(&harness, what), "{what}");
    }
    harness.key_press(Key::Escape);
    harness.run();
    click_menu(&mut harness, &["Help", "Getting started"]);
    assert!(text_shown_containing(&harness, "1. Overview"));
}

#[test]
fn the_visit_s_zones_are_picked_by_searching_any_part_of_their_name() {
    let mut plan = plan_titled("Visit");
    plan.visit.home_zone = "Europe/Tallinn".into();
    let mut harness = harness(app_showing(plan, attache::app::View::Overview));
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Home time zone")
        .click();
    harness.run();
    harness
        .get_by_label("Search time zones for the home time zone")
        .type_text("bagh");
    harness.run();
    harness.get_by_label_contains("Asia/Baghdad").click();
    harness.run();
    assert_eq!(plan_of(&harness).visit.home_zone, "Asia/Baghdad");
    assert!(text_shown_containing(&harness, "UTC+3 during the visit"));
}

#[test]
fn a_date_field_takes_a_typed_date_in_the_common_forms() {
    let mut harness = harness(app_showing(
        plan_titled("Visit"),
        attache::app::View::Overview,
    ));
    for (typed, day) in [("2027-03-29", 29), ("30.03.2027", 30), ("31/03/2027", 31)] {
        click(&mut harness, "Last day");
        // The calendar opens with the cursor in its date field.
        type_at_focus(&mut harness, typed);
        press(&mut harness, Key::Enter);
        assert_eq!(
            plan_of(&harness).visit.last_day,
            jiff::civil::date(2027, 3, day),
            "{typed}"
        );
    }
    click(&mut harness, "Last day");
    type_at_focus(&mut harness, "next Tuesday");
    press(&mut harness, Key::Enter);
    assert!(text_shown_containing(
        &harness,
        "\"next Tuesday\" is not a date Attaché reads"
    ));
    assert_eq!(
        plan_of(&harness).visit.last_day,
        jiff::civil::date(2027, 3, 31)
    );
}

#[test]
fn a_first_day_after_the_last_is_refused_with_a_sentence() {
    let mut harness = harness(app_showing(
        plan_titled("Visit"),
        attache::app::View::Overview,
    ));
    let before = plan_of(&harness).visit.clone();
    click(&mut harness, "First day");
    type_at_focus(&mut harness, "25.12.2027");
    press(&mut harness, Key::Enter);
    assert_eq!(plan_of(&harness).visit.first_day, before.first_day);
    assert!(text_shown_containing(
        &harness,
        "The first day cannot be Sat 25 Dec 2027, after the last day"
    ));
    assert!(!harness.state().app.document.is_dirty());

    // Another plan opened does not inherit the sentence.
    harness.state_mut().app.document =
        attache::app::Document::new(plan_titled("Another visit"), None);
    harness.run();
    assert!(!text_shown_containing(
        &harness,
        "The first day cannot be Sat 25 Dec 2027"
    ));
}

// ---- The window's language ---------------------------------------------------------------------

#[test]
fn view_language_eesti_speaks_estonian_at_once_keeps_the_edits_and_is_remembered_in_settings_only()
{
    use attache::app::LanguageSetting;
    use attache::lang::Language;
    use egui::accesskit::Role;

    let folder = tempfile::tempdir().unwrap();
    let in_estonian = folder.path().join("eesti.ron");
    let in_english = folder.path().join("english.ron");
    let app = app_on(
        None,
        ScriptedDialogs::answering([
            DialogAnswer::Chosen(in_estonian.clone()),
            DialogAnswer::Chosen(in_english.clone()),
        ]),
    );
    let mut harness = harness(app);
    // The sample, with an edit not saved yet.
    type_into(&mut harness, "Title", " (draft)");
    let edited = plan_of(&harness);
    assert_ne!(edited, attache::app::sample_plan());
    assert!(harness.state().app.document.is_dirty());

    click_menu(&mut harness, &["View", "Eesti"]);

    for menu in ["Fail", "Muuda", "Vaade", "Abi"] {
        harness.get_by_role_and_label(Role::MenuItem, menu);
    }
    assert!(
        harness
            .query_by_role_and_label(Role::MenuItem, "File")
            .is_none()
    );
    assert!(
        harness
            .query_all_by_label_contains("Isikud  (")
            .next()
            .is_some(),
        "the navigation names the views in Estonian"
    );
    harness.get_by_role_and_label(Role::Navigation, "Vaated");
    assert!(shown(&harness, "Salvestamata muudatused"), "the status bar");
    assert_eq!(plan_of(&harness), edited, "the edit is still there");
    assert!(harness.state().app.document.is_dirty());
    assert_eq!(
        harness.state().app.settings.language,
        LanguageSetting::Chosen(Language::Estonian),
        "the choice is the settings'"
    );
    // Undo names its step in the window's language.
    click_menu(&mut harness, &["Muuda"]);
    assert!(
        harness
            .query_all_by_label_contains("Võta tagasi: ")
            .next()
            .is_some()
    );
    press(&mut harness, Key::Escape);

    // Saved in Estonian, then in English: the plan's file is the same, byte for byte.
    click_menu(&mut harness, &["Fail", "Salvesta nimega…"]);
    assert!(shown(&harness, "Kõik muudatused on salvestatud"));
    click_menu(&mut harness, &["Vaade", "English"]);
    harness.get_by_role_and_label(Role::MenuItem, "File");
    assert!(shown(&harness, "All changes saved"));
    click_menu(&mut harness, &["File", "Save As…"]);
    let estonian_bytes = std::fs::read(&in_estonian).unwrap();
    assert_eq!(estonian_bytes, std::fs::read(&in_english).unwrap());
    assert_eq!(file::load(&in_estonian).unwrap(), edited);
}

#[test]
fn the_questions_and_the_errors_of_the_window_are_asked_in_estonian_and_follow_a_switch() {
    use attache::app::LanguageSetting;
    use attache::lang::Language;

    let folder = tempfile::tempdir().unwrap();
    let not_a_plan = folder.path().join("kaust.ron");
    std::fs::create_dir(&not_a_plan).unwrap();
    let mut settings = english_settings();
    settings.language = LanguageSetting::Chosen(Language::Estonian);
    let app = AttacheApp::new(
        settings,
        None,
        ScriptedDialogs::answering([DialogAnswer::Chosen(not_a_plan.clone())]),
    );
    let mut harness = harness(app);

    // A file that is not a plan is refused in Estonian, with its path.
    click_menu(&mut harness, &["Fail", "Ava…"]);
    let refused = format!("{}: on kaust, mitte plaanifail", not_a_plan.display());
    assert!(shown(&harness, &refused), "{refused}");
    // The message is kept as data: switched to English, it is said in English.
    click_menu(&mut harness, &["Vaade", "English"]);
    let in_english = format!("{}: is a folder, not a plan file", not_a_plan.display());
    assert!(shown(&harness, &in_english), "{in_english}");
    click_menu(&mut harness, &["View", "Eesti"]);
    harness.get_by_label("Peida").click();
    harness.run();
    assert!(!shown(&harness, &refused));

    // Unsaved changes are asked about in Estonian.
    let mut visit = plan_of(&harness).visit;
    visit.title.push_str(" 2");
    harness.state_mut().app.send(attache::app::Command::edit(
        attache::model::Change::Visit(visit),
        "edit visit",
    ));
    harness.run();
    assert!(harness.state().app.document.is_dirty());
    click_menu(&mut harness, &["Fail", "Uus"]);
    assert!(shown(&harness, "Salvestamata muudatused"));
    assert!(shown(
        &harness,
        "Kui te ei salvesta, lähevad muudatused kaotsi."
    ));
    harness.get_by_label("Ära salvesta");
    harness.get_by_label("Loobu").click();
    harness.run();
    assert!(harness.state().app.document.is_dirty(), "nothing was lost");
}

#[test]
fn in_the_pseudo_language_the_frame_and_its_questions_show_only_messages() {
    use attache::app::{Command, LanguageSetting};
    use attache::lang::Language;
    use egui::accesskit::Role;
    use egui_kittest::kittest::NodeT;

    fn unmarked<'t>(nodes: impl Iterator<Item = egui_kittest::Node<'t>>) -> Vec<String> {
        nodes
            .filter_map(|node| node.accesskit_node().label())
            .filter(|label| !label.trim().is_empty() && !label.contains('⟦'))
            .collect()
    }

    let mut settings = english_settings();
    settings.language = LanguageSetting::Chosen(Language::Pseudo);
    let mut harness = harness(AttacheApp::new(settings, None, ScriptedDialogs::none()));

    let menus = harness.get_all_by_role(Role::MenuItem);
    assert_eq!(unmarked(menus), Vec::<String>::new(), "the menu bar");
    for region in [Role::MenuBar, Role::Navigation, Role::Status, Role::Log] {
        let node = harness.get_by_role(region);
        assert_eq!(
            unmarked([node].into_iter()),
            Vec::<String>::new(),
            "{region:?}"
        );
        let inside = harness.get_by_role(region).children_recursive();
        assert_eq!(unmarked(inside), Vec::<String>::new(), "in {region:?}");
    }

    // The question before a new plan replaces unsaved changes.
    let mut visit = plan_of(&harness).visit;
    visit.title.push_str(" 2");
    let edit = Command::edit(attache::model::Change::Visit(visit), "edit visit");
    harness.state_mut().app.send(edit);
    harness.run();
    harness.state_mut().app.send(Command::New);
    harness.run();
    let buttons = harness.get_all_by_role(Role::Button);
    let dialog: Vec<String> = buttons
        .filter_map(|button| button.accesskit_node().label())
        .filter(|label| label.contains("ávé") || label.contains("Çáñç"))
        .collect();
    assert_eq!(dialog.len(), 3, "Save, Don't save, Cancel: {dialog:?}");
    assert!(
        dialog.iter().all(|label| label.starts_with('⟦')),
        "{dialog:?}"
    );
}

#[test]
fn in_arabic_the_window_speaks_arabic_with_arabic_indic_digits_until_western_ones_are_chosen() {
    use attache::app::LanguageSetting;
    use attache::lang::{Digits, Language, in_language};
    use egui::accesskit::Role;

    let mut harness = harness(app_on(None, ScriptedDialogs::answering([])));
    let arabic = |id: &'static str| in_language(Language::Arabic, || attache::lang::text(id));
    click_menu(&mut harness, &["View", "العربية"]);
    assert_eq!(
        harness.state().app.settings.language,
        LanguageSetting::Chosen(Language::Arabic)
    );
    harness.get_by_role_and_label(Role::MenuItem, arabic("menu-file"));
    assert!(
        harness
            .query_by_role_and_label(Role::MenuItem, "File")
            .is_none()
    );
    // The navigation counts the sample's records in Arabic-Indic digits.
    let counts = |harness: &Harness<'_, Window>, digits: &str| {
        harness
            .query_all_by_label_contains("  (")
            .filter_map(|node| node.accesskit_node().label())
            .filter(|label| label.chars().any(|c| digits.contains(c)))
            .count()
    };
    assert!(counts(&harness, "٠١٢٣٤٥٦٧٨٩") >= 5, "every view's count");
    assert_eq!(counts(&harness, "0123456789"), 0);

    click_menu(
        &mut harness,
        &[arabic("menu-view"), arabic("command-digits-western")],
    );
    assert_eq!(harness.state().app.settings.digits, Digits::Western);
    assert!(counts(&harness, "0123456789") >= 5);
    assert_eq!(counts(&harness, "٠١٢٣٤٥٦٧٨٩"), 0);
}
