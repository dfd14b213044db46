//! Never losing a plan: recovery after a crash, files changed by other programs, a second window
//! on the same plan, and saves that fail. Driven through the window with egui_kittest.

mod support;

use support::shortcut;

use std::path::Path;

use attache::app::{AttacheApp, RECOVERY_DELAY_SECONDS};
use attache::file;
use attache::window::Window;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use support::*;

fn app_with_data(plan: Option<&Path>, data: &Path) -> AttacheApp {
    app_on(plan.map(Path::to_owned), ScriptedDialogs::none()).with_data_folder(data)
}

/// Lets the plan be quiet long enough for the recovery file to be written, and waits for it.
fn wait_for_recovery(harness: &mut Harness<'_, Window>) {
    let steps = (RECOVERY_DELAY_SECONDS / 0.25).ceil() as usize + 2;
    harness.run_steps(steps);
    harness.state().app.flush_recovery();
}

fn recovery_files(data: &Path) -> usize {
    std::fs::read_dir(data.join("recovery"))
        .map(|entries| entries.count())
        .unwrap_or(0)
}

#[test]
fn after_a_crash_the_unsaved_edits_are_offered_back() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");

    let mut harness = support::harness(app_with_data(Some(&path), data.path()));
    type_into(&mut harness, "Title", " to Tartu");
    assert_eq!(
        recovery_files(data.path()),
        0,
        "nothing is written while the planner types"
    );
    wait_for_recovery(&mut harness);
    assert!(recovery_files(data.path()) > 0);
    // The crash: the window goes away without saving or asking.
    drop(harness);

    let mut harness = support::harness(app_with_data(None, data.path()));
    harness.get_by_label("Restore unsaved changes?");
    assert!(text_shown_containing(&harness, "visit.ron, as it was on"));
    harness.get_by_label("Restore").click();
    harness.run();

    assert_eq!(field_value(&harness, "Title"), "Visit to Tartu");
    let app = &harness.state().app;
    assert_eq!(app.document.path(), Some(path.as_path()));
    assert!(
        app.document.is_dirty(),
        "restored edits are unsaved changes"
    );
    assert_eq!(
        file::load(&path).unwrap().visit.title,
        "Visit",
        "the file is untouched"
    );
    assert_eq!(
        recovery_files(data.path()),
        0,
        "the restored copy is not offered twice"
    );
}

#[test]
fn discarding_a_recovered_plan_deletes_it() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut harness = support::harness(app_with_data(Some(&path), data.path()));
    type_into(&mut harness, "Title", " (draft)");
    wait_for_recovery(&mut harness);
    drop(harness);

    let mut harness = support::harness(app_with_data(Some(&path), data.path()));
    harness.get_by_label("Discard").click();
    harness.run();
    assert_eq!(field_value(&harness, "Title"), "Visit");
    assert_eq!(recovery_files(data.path()), 0);
    assert!(harness.query_by_label("Restore unsaved changes?").is_none());
}

#[test]
fn an_untitled_plan_is_recovered_too() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = support::harness(app_with_data(None, data.path()));
    shortcut(&mut harness, Key::N);
    type_into(&mut harness, "Title", "Return visit to Baghdad");
    wait_for_recovery(&mut harness);
    drop(harness);

    let mut harness = support::harness(app_with_data(None, data.path()));
    assert!(text_shown_containing(
        &harness,
        "An untitled plan, as it was on"
    ));
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(field_value(&harness, "Title"), "Return visit to Baghdad");
    assert_eq!(harness.state().app.document.path(), None);
    assert!(harness.state().app.document.is_dirty());
}

#[test]
fn a_clean_save_removes_the_recovery_file() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut harness = support::harness(app_with_data(Some(&path), data.path()));
    type_into(&mut harness, "Title", " (draft)");
    wait_for_recovery(&mut harness);
    assert!(recovery_files(data.path()) > 0);

    shortcut(&mut harness, Key::S);
    harness.state().app.flush_recovery();
    assert_eq!(recovery_files(data.path()), 0);
}

#[test]
fn dont_save_removes_the_recovery_file() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut harness = support::harness(app_with_data(Some(&path), data.path()));
    type_into(&mut harness, "Title", " (draft)");
    wait_for_recovery(&mut harness);

    shortcut(&mut harness, Key::N);
    harness.get_by_label("Don't save").click();
    harness.run();
    harness.state().app.flush_recovery();
    assert_eq!(recovery_files(data.path()), 0);
}

#[test]
fn quitting_without_saving_leaves_no_recovery_file() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut harness = support::harness(app_with_data(Some(&path), data.path()));
    type_into(&mut harness, "Title", " (draft)");
    wait_for_recovery(&mut harness);
    assert!(recovery_files(data.path()) > 0, "written before quitting");

    shortcut(&mut harness, Key::Q);
    harness.get_by_label("Don't save").click();
    // The window closes with the edits still in the document: they must not be written again.
    wait_for_recovery(&mut harness);
    assert_eq!(recovery_files(data.path()), 0);
}

#[test]
fn saving_over_a_file_another_program_changed_asks_first() {
    let folder = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut harness = support::harness(app_on(Some(path.clone()), ScriptedDialogs::none()));
    type_into(&mut harness, "Title", " (mine)");
    file::save(&plan_titled("Theirs"), &path).unwrap();

    shortcut(&mut harness, Key::S);
    harness.get_by_label("The file changed on disk");
    assert_eq!(
        file::load(&path).unwrap().visit.title,
        "Theirs",
        "not overwritten yet"
    );
    harness.get_by_label("Overwrite").click();
    harness.run();
    assert_eq!(file::load(&path).unwrap().visit.title, "Visit (mine)");
    assert!(!harness.state().app.document.is_dirty());
}

#[test]
fn reloading_their_version_keeps_ours_one_undo_away() {
    let folder = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut harness = support::harness(app_on(Some(path.clone()), ScriptedDialogs::none()));
    type_into(&mut harness, "Title", " (mine)");
    file::save(&plan_titled("Theirs"), &path).unwrap();

    shortcut(&mut harness, Key::S);
    harness.get_by_label("Reload from disk").click();
    harness.run();
    assert_eq!(field_value(&harness, "Title"), "Theirs");
    assert!(!harness.state().app.document.is_dirty());
    shortcut(&mut harness, Key::Z);
    assert_eq!(field_value(&harness, "Title"), "Visit (mine)");
}

fn lose_and_regain_focus(harness: &mut Harness<'_, Window>) {
    harness.input_mut().focused = false;
    harness.run();
    harness.input_mut().focused = true;
    harness.run();
}

#[test]
fn an_outside_change_reloads_at_once_when_there_are_no_edits() {
    let folder = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut harness = support::harness(app_on(Some(path.clone()), ScriptedDialogs::none()));
    file::save(&plan_titled("Changed elsewhere"), &path).unwrap();

    lose_and_regain_focus(&mut harness);
    assert_eq!(field_value(&harness, "Title"), "Changed elsewhere");
    assert!(text_shown_containing(
        &harness,
        "was changed by another program and has been reloaded"
    ));
}

#[test]
fn an_outside_change_during_edits_offers_to_reload() {
    let folder = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut harness = support::harness(app_on(Some(path.clone()), ScriptedDialogs::none()));
    type_into(&mut harness, "Title", " (mine)");
    file::save(&plan_titled("Theirs"), &path).unwrap();

    lose_and_regain_focus(&mut harness);
    harness.get_by_label("The file changed on disk");
    harness.get_by_label("Keep my version").click();
    harness.run();
    assert_eq!(field_value(&harness, "Title"), "Visit (mine)");
    lose_and_regain_focus(&mut harness);
    assert!(
        harness.query_by_label("The file changed on disk").is_none(),
        "not asked again for the same change"
    );
    shortcut(&mut harness, Key::S);
    assert_eq!(
        file::load(&path).unwrap().visit.title,
        "Visit (mine)",
        "the planner chose theirs to go"
    );
}

/// The notice a window shows when its plan is open in another window too.
const OPEN_ELSEWHERE: &str = "is also open in another Attaché window";

#[test]
fn a_plan_open_in_another_window_is_warned_about() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "shared.ron", "Shared");
    let first = support::harness(app_with_data(Some(&path), data.path()));
    assert!(!text_shown_containing(&first, OPEN_ELSEWHERE));

    let second = support::harness(app_with_data(Some(&path), data.path()));
    assert!(text_shown_containing(&second, OPEN_ELSEWHERE));
    drop(first);
}

#[test]
fn the_warning_stays_true_when_a_third_window_on_the_plan_quits() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "shared.ron", "Shared");
    let first = support::harness(app_with_data(Some(&path), data.path()));
    let third = support::harness(app_with_data(Some(&path), data.path()));
    drop(third);

    // The first window still has the plan open: a window opened now is warned.
    let fourth = support::harness(app_with_data(Some(&path), data.path()));
    assert!(text_shown_containing(&fourth, OPEN_ELSEWHERE));
    drop(first);
}

#[test]
fn a_window_that_was_killed_is_not_a_warning() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "shared.ron", "Shared");
    let mut killed = ChildWindow::start(&path, data.path());
    let while_running = support::harness(app_with_data(Some(&path), data.path()));
    assert!(text_shown_containing(&while_running, OPEN_ELSEWHERE));
    drop(while_running);

    killed.kill();
    let harness = support::harness(app_with_data(Some(&path), data.path()));
    assert!(!text_shown_containing(&harness, OPEN_ELSEWHERE));
}

#[test]
fn a_running_windows_edits_are_not_offered_to_another_window() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let other = write_plan(folder.path(), "other.ron", "Other");
    let mut running = support::harness(app_with_data(Some(&path), data.path()));
    type_into(&mut running, "Title", " to Tartu");
    wait_for_recovery(&mut running);
    let written = recovery_files(data.path());
    assert!(written > 0);

    let second = support::harness(app_with_data(Some(&other), data.path()));
    assert!(second.query_by_label("Restore unsaved changes?").is_none());
    assert!(second.state().app.safeguards.leftovers.is_empty());
    drop(second);
    assert_eq!(recovery_files(data.path()), written);
    assert_eq!(field_value(&running, "Title"), "Visit to Tartu");
}

#[test]
fn a_killed_windows_edits_are_offered_back() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut killed = ChildWindow::start(&path, data.path());
    // Running: its recovery file is its own.
    let while_running = support::harness(app_with_data(None, data.path()));
    assert!(while_running.state().app.safeguards.leftovers.is_empty());
    drop(while_running);

    killed.kill();
    let mut harness = support::harness(app_with_data(None, data.path()));
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(
        field_value(&harness, "Title"),
        "Visit (edited in a window that was killed)"
    );
    assert_eq!(recovery_files(data.path()), 0);
}

/// An Attaché window in another process, with unsaved edits in its recovery file and its plan
/// open: this test binary run again for [`child_window`] alone.
struct ChildWindow(std::process::Child);

const CHILD_SETUP: &str = "ATTACHE_TEST_CHILD_WINDOW";

impl ChildWindow {
    fn start(plan: &Path, data: &Path) -> Self {
        Self::start_with(plan, data, true)
    }

    /// A window with the plan open and no edits: it writes no recovery file.
    fn start_idle(plan: &Path, data: &Path) -> Self {
        Self::start_with(plan, data, false)
    }

    fn start_with(plan: &Path, data: &Path, edits: bool) -> Self {
        use std::io::BufRead;
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["child_window", "--exact", "--ignored", "--nocapture"])
            .env(
                CHILD_SETUP,
                format!("{}\n{}\n{edits}", plan.display(), data.display()),
            )
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let output = std::io::BufReader::new(child.stdout.take().unwrap());
        let ready = output
            .lines()
            .map_while(Result::ok)
            .any(|line| line == "window ready");
        assert!(ready, "the child window started");
        Self(child)
    }

    /// Stops the window's process at once, as a crash or `kill -9` would.
    fn kill(&mut self) {
        self.0.kill().unwrap();
        self.0.wait().unwrap();
    }
}

impl Drop for ChildWindow {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
#[ignore = "a window in a child process, started and killed by the tests above"]
fn child_window() {
    let setup = std::env::var(CHILD_SETUP).expect("started by ChildWindow::start");
    let mut lines = setup.lines();
    let (plan, data) = (lines.next().unwrap(), lines.next().unwrap());
    let mut harness = support::harness(app_with_data(Some(Path::new(plan)), Path::new(data)));
    if lines.next() == Some("true") {
        type_into(
            &mut harness,
            "Title",
            " (edited in a window that was killed)",
        );
        wait_for_recovery(&mut harness);
    }
    println!("window ready");
    // Until killed; bounded so that a child whose parent died does not linger.
    std::thread::sleep(std::time::Duration::from_secs(120));
}

/// The claims and notes of windows in the data folder.
fn window_files(data: &Path) -> usize {
    std::fs::read_dir(data.join("windows"))
        .unwrap()
        .filter(|entry| {
            let name = entry.as_ref().unwrap().file_name();
            let name = name.to_string_lossy();
            name.ends_with(".lock") || name.ends_with(".open")
        })
        .count()
}

#[test]
fn what_killed_windows_leave_behind_is_cleared_by_the_next_window() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut killed: Vec<ChildWindow> = (0..3)
        .map(|_| ChildWindow::start_idle(&path, data.path()))
        .collect();
    let _running = ChildWindow::start_idle(&path, data.path());
    assert_eq!(window_files(data.path()), 8, "a claim and a note each");
    for window in &mut killed {
        window.kill();
    }
    assert_eq!(
        window_files(data.path()),
        8,
        "a killed window cleans nothing"
    );

    let harness = support::harness(app_with_data(Some(&path), data.path()));
    assert_eq!(
        window_files(data.path()),
        4,
        "only the running window's and this one's are left"
    );
    assert!(
        text_shown_containing(&harness, OPEN_ELSEWHERE),
        "the window still running is still seen"
    );
}

/// Restores the one plan a crashed window left, in a new window on `data`.
fn restore(data: &Path) -> Harness<'static, Window> {
    let mut harness = support::harness(app_with_data(None, data));
    harness.get_by_label("Restore").click();
    harness.run();
    harness
}

/// A window on `path` that typed " to Tartu" into the title and crashed.
fn crash_with_edits(path: &Path, data: &Path) {
    let mut harness = support::harness(app_with_data(Some(path), data));
    type_into(&mut harness, "Title", " to Tartu");
    wait_for_recovery(&mut harness);
}

#[test]
fn a_restored_plan_is_never_saved_over_another_plan_at_its_path_unasked() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    crash_with_edits(&path, data.path());
    // Meanwhile another plan took the file's place.
    file::save(&plan_titled("Another plan"), &path).unwrap();

    let mut harness = restore(data.path());
    assert_eq!(field_value(&harness, "Title"), "Visit to Tartu");
    shortcut(&mut harness, Key::S);
    harness.get_by_label("The file changed on disk");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("The file changed on disk").is_none());
    assert_eq!(file::load(&path).unwrap().visit.title, "Another plan");
    assert!(
        harness.state().app.document.is_dirty(),
        "the edits are kept"
    );

    // Asked again, the planner may overwrite it.
    shortcut(&mut harness, Key::S);
    harness.get_by_label("Overwrite").click();
    harness.run();
    assert_eq!(file::load(&path).unwrap().visit.title, "Visit to Tartu");
}

#[test]
fn a_restored_plan_whose_file_is_unchanged_saves_without_asking() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    crash_with_edits(&path, data.path());

    let mut harness = restore(data.path());
    shortcut(&mut harness, Key::S);
    assert!(harness.query_by_label("The file changed on disk").is_none());
    assert_eq!(file::load(&path).unwrap().visit.title, "Visit to Tartu");
}

#[test]
fn a_recovery_note_names_the_plan_by_its_absolute_path() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    std::fs::create_dir(folder.path().join("sub")).unwrap();
    let roundabout = folder.path().join("sub").join("..").join("visit.ron");
    crash_with_edits(&roundabout, data.path());
    let note = std::fs::read_dir(data.path().join("recovery"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| path.to_string_lossy().ends_with(".about.ron"))
        .unwrap();
    let note = std::fs::read_to_string(note).unwrap();
    let canonical = path.canonicalize().unwrap();
    assert!(
        note.contains(&format!("{:?}", canonical.display().to_string())),
        "{note}"
    );
}

#[test]
fn an_older_recovery_note_opens_and_its_restored_plan_asks_before_saving() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Someone else's plan");
    // What an older Attaché wrote: the path, no version of the file.
    let recovery = data.path().join("recovery");
    std::fs::create_dir_all(&recovery).unwrap();
    std::fs::write(
        recovery.join("00000000000000aa.plan.ron"),
        file::to_text(&plan_titled("Recovered")),
    )
    .unwrap();
    std::fs::write(
        recovery.join("00000000000000aa.about.ron"),
        format!(
            "(original: Some({:?}), written_at: \"2026-11-27T18:40:00Z\")",
            path.display().to_string()
        ),
    )
    .unwrap();

    let mut harness = restore(data.path());
    assert_eq!(field_value(&harness, "Title"), "Recovered");
    shortcut(&mut harness, Key::S);
    harness.get_by_label("The file changed on disk");
    assert_eq!(
        file::load(&path).unwrap().visit.title,
        "Someone else's plan"
    );
}

#[test]
fn an_export_over_a_file_that_is_not_an_earlier_export_asks_first() {
    let folder = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let budget = folder.path().join("budget.csv");
    std::fs::write(&budget, "Item,Cost\nFlights,4000\n").unwrap();
    let dialogs = ScriptedDialogs::answering(
        [budget.clone(), budget.clone()].map(attache::app::DialogAnswer::Chosen),
    );
    let mut harness = support::harness(app_on(Some(path), dialogs));

    click_menu(&mut harness, &["File", "Export", "CSV…"]);
    harness.get_by_label("Replace this file?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Replace this file?").is_none());
    assert_eq!(
        std::fs::read_to_string(&budget).unwrap(),
        "Item,Cost\nFlights,4000\n"
    );

    click_menu(&mut harness, &["File", "Export", "CSV…"]);
    harness.get_by_label("Replace").click();
    harness.run();
    assert!(
        std::fs::read_to_string(&budget)
            .unwrap()
            .starts_with("\u{feff}Id,Name,")
    );
    // Now it is an earlier export: the next one replaces it without asking.
    let dialogs = ScriptedDialogs::answering([attache::app::DialogAnswer::Chosen(budget.clone())]);
    let mut harness = support::harness(app_on(Some(folder.path().join("visit.ron")), dialogs));
    click_menu(&mut harness, &["File", "Export", "CSV…"]);
    assert!(harness.query_by_label("Replace this file?").is_none());
    assert!(text_shown_containing(&harness, "Exported the people to"));
}

#[test]
fn a_save_into_a_removed_folder_fails_keeps_the_edits_and_can_be_retried() {
    let folder = tempfile::tempdir().unwrap();
    let plans = folder.path().join("plans");
    std::fs::create_dir(&plans).unwrap();
    let path = write_plan(&plans, "visit.ron", "Visit");
    let mut harness = support::harness(app_on(Some(path.clone()), ScriptedDialogs::none()));
    type_into(&mut harness, "Title", " (draft)");

    std::fs::remove_dir_all(&plans).unwrap();
    shortcut(&mut harness, Key::S);
    // The file is gone, which counts as an outside change: the planner chooses to write it again.
    harness.get_by_label("Overwrite").click();
    harness.run();
    assert!(text_shown_starting_with(
        &harness,
        &format!("{}: could not be saved", path.display())
    ));
    assert!(harness.state().app.document.is_dirty());
    assert_eq!(field_value(&harness, "Title"), "Visit (draft)");

    std::fs::create_dir(&plans).unwrap();
    shortcut(&mut harness, Key::S);
    assert!(!harness.state().app.document.is_dirty());
    assert_eq!(file::load(&path).unwrap().visit.title, "Visit (draft)");
}

#[test]
fn a_save_over_a_target_that_became_a_folder_is_refused() {
    let folder = tempfile::tempdir().unwrap();
    let path = write_plan(folder.path(), "visit.ron", "Visit");
    let mut harness = support::harness(app_on(Some(path.clone()), ScriptedDialogs::none()));
    type_into(&mut harness, "Title", " (draft)");
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();

    shortcut(&mut harness, Key::S);
    harness.get_by_label("Overwrite").click();
    harness.run();
    assert!(text_shown_starting_with(
        &harness,
        &format!("{}: is a folder", path.display())
    ));
    assert!(harness.state().app.document.is_dirty());
}

/// A plan large enough that reading and parsing it takes a while, so that the window can be
/// seen at work meanwhile.
fn write_large_plan(folder: &Path) -> std::path::PathBuf {
    let plan = attache::model::generate::generate(attache::model::generate::PlanSize {
        people: 40_000,
        events: 20_000,
        topics: 20,
        seed: 3,
    });
    let path = folder.join("large.ron");
    file::save(&plan, &path).unwrap();
    path
}

#[test]
fn a_plan_opens_on_its_own_thread_while_the_window_keeps_drawing() {
    let folder = tempfile::tempdir().unwrap();
    let large = write_large_plan(folder.path());
    let small = write_plan(folder.path(), "visit.ron", "Visit");
    let app = app_on(Some(small.clone()), ScriptedDialogs::none())
        .showing_progress_after(std::time::Duration::ZERO);
    let mut harness = support::harness(app);
    harness
        .state_mut()
        .app
        .send(attache::app::Command::OpenPath(large.clone()));
    // The command runs, then the dialog appears (measured on its first frame, shown on the next).
    for _ in 0..3 {
        harness.step();
    }

    // The window draws while the plan is read, and the plan open stays open.
    assert!(text_shown_containing(&harness, "Opening large.ron"));
    assert_eq!(harness.state().app.document.path(), Some(small.as_path()));
    let started = std::time::Instant::now();
    while harness.state().app.loading.is_some() {
        assert!(started.elapsed().as_secs() < 120, "the plan never opened");
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(harness.state().app.document.path(), Some(large.as_path()));
    assert_eq!(harness.state().app.document.plan().people.len(), 40_000);
}

#[test]
fn cancelling_the_opening_of_a_plan_keeps_the_plan_open() {
    let folder = tempfile::tempdir().unwrap();
    let large = write_large_plan(folder.path());
    let small = write_plan(folder.path(), "visit.ron", "Visit");
    let app = app_on(Some(small.clone()), ScriptedDialogs::none())
        .showing_progress_after(std::time::Duration::ZERO);
    let mut harness = support::harness(app);
    type_into(&mut harness, "Title", " (draft)");
    harness
        .state_mut()
        .app
        .send(attache::app::Command::OpenPath(large));
    for _ in 0..3 {
        harness.step();
    }
    harness.get_by_label("Cancel").click();
    harness.step();
    harness.step();

    assert!(harness.state().app.loading.is_none());
    assert!(!text_shown_containing(&harness, "Opening large.ron"));
    assert_eq!(harness.state().app.document.path(), Some(small.as_path()));
    assert_eq!(field_value(&harness, "Title"), "Visit (draft)");
    assert!(harness.state().app.document.is_dirty());
}
