//! The command line never loses a plan: several `attache` processes on one plan wait for each
//! other, a process killed at any moment leaves the plan and its backup whole, special files are
//! refused at once instead of hanging, and text from a plan cannot forge the terminal's output.
//!
//! Every process runs under a kill timer, so that a command that hangs fails its test instead of
//! stopping the run.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use attache::app::SAMPLE_PLAN;
use attache::file::{self, backup_path};
use attache::model::generate::{PlanSize, generate};

/// Long enough for any command here on a slow, shared machine; a hang is far longer.
const KILL_AFTER: Duration = Duration::from_secs(60);

fn attache(folder: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_attache"));
    command
        .current_dir(folder)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// What a finished process printed and how it ended.
struct Finished {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Waits for `child`, killing it (and failing the test) if it runs past [`KILL_AFTER`].
fn finish(mut child: Child) -> Finished {
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > KILL_AFTER {
            let _ = child.kill();
            panic!("the command hung");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let output = child.wait_with_output().unwrap();
    Finished {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn run(folder: &Path, args: &[&str]) -> Finished {
    finish(attache(folder, args).spawn().unwrap())
}

fn scratch() -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let plan = folder.path().join("plan.ron");
    std::fs::write(&plan, SAMPLE_PLAN).unwrap();
    (folder, plan)
}

/// The temporary files of `plan.ron` in `folder`.
fn temporary_files(folder: &Path) -> usize {
    std::fs::read_dir(folder)
        .unwrap()
        .filter(|entry| {
            let name = entry.as_ref().unwrap().file_name();
            let name = name.to_string_lossy();
            name.starts_with(".plan.ron.") && name.ends_with(".tmp")
        })
        .count()
}

fn names(plan: &Path) -> Vec<String> {
    file::load(plan)
        .unwrap()
        .people
        .iter()
        .map(|person| person.name.clone())
        .collect()
}

#[test]
fn two_imports_into_one_plan_at_the_same_moment_both_arrive() {
    for round in 0..10 {
        let (folder, plan) = scratch();
        for side in ["a", "b"] {
            std::fs::write(
                folder.path().join(format!("{side}.csv")),
                format!("Name,Email\nImported {side}{round},{side}{round}@example.ee\n"),
            )
            .unwrap();
        }
        let first = attache(folder.path(), &["import", "csv", "plan.ron", "a.csv"])
            .spawn()
            .unwrap();
        let second = attache(folder.path(), &["import", "csv", "plan.ron", "b.csv"])
            .spawn()
            .unwrap();
        for finished in [finish(first), finish(second)] {
            assert_eq!(finished.code, Some(0), "{}", finished.stderr);
        }
        let names = names(&plan);
        for side in ["a", "b"] {
            let expected = format!("Imported {side}{round}");
            assert!(names.contains(&expected), "round {round}: {expected} lost");
        }
    }
}

#[test]
fn fmt_and_import_at_the_same_moment_lose_nothing() {
    for round in 0..10 {
        let (folder, plan) = scratch();
        // Not in canonical form (a comment), so that fmt writes too.
        std::fs::write(&plan, format!("// draft {round}\n{SAMPLE_PLAN}")).unwrap();
        std::fs::write(
            folder.path().join("in.csv"),
            format!("Name\nImported {round}\n"),
        )
        .unwrap();
        let import = attache(folder.path(), &["import", "csv", "plan.ron", "in.csv"])
            .spawn()
            .unwrap();
        let fmt = attache(folder.path(), &["fmt", "plan.ron"])
            .spawn()
            .unwrap();
        for finished in [finish(import), finish(fmt)] {
            assert_eq!(finished.code, Some(0), "{}", finished.stderr);
        }
        assert!(names(&plan).contains(&format!("Imported {round}")));
        let text = std::fs::read_to_string(&plan).unwrap();
        assert_eq!(file::to_text(&file::from_text(&text).unwrap()), text);
    }
}

#[test]
fn an_import_waits_for_a_plan_being_written_and_imports_into_what_was_written() {
    let (folder, plan) = scratch();
    std::fs::write(folder.path().join("in.csv"), "Name\nKadri Tamm\n").unwrap();
    let holder = std::fs::File::open(&plan).unwrap();
    holder.lock().unwrap();
    let import = attache(folder.path(), &["import", "csv", "plan.ron", "in.csv"])
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    // The program holding the lock writes its version, then lets go.
    let edited = SAMPLE_PLAN.replace("Iraqi government delegation: study visit", "Edited visit");
    std::fs::write(&plan, &edited).unwrap();
    holder.unlock().unwrap();
    let finished = finish(import);
    // The import read the edited version (it waited for the lock), so nothing is lost.
    assert_eq!(finished.code, Some(0), "{}", finished.stderr);
    let saved = file::load(&plan).unwrap();
    assert!(saved.visit.title.starts_with("Edited visit"));
    assert!(names(&plan).contains(&"Kadri Tamm".to_owned()));
}

#[test]
fn fmt_killed_at_any_moment_leaves_plan_and_backup_whole() {
    let folder = tempfile::tempdir().unwrap();
    let plan_path = folder.path().join("plan.ron");
    // Large enough that a rewrite takes a while to kill it in the middle of.
    let plan = generate(PlanSize {
        people: 3000,
        events: 1500,
        topics: 20,
        seed: 7,
    });
    let canonical = file::to_text(&plan);
    let draft = format!("// draft\n{canonical}");
    std::fs::write(&plan_path, &draft).unwrap();

    // How long an uninterrupted rewrite takes here, to spread the kills over it.
    let started = Instant::now();
    assert_eq!(run(folder.path(), &["fmt", "plan.ron"]).code, Some(0));
    let whole_run = started.elapsed();

    let mut random = fastrand::Rng::with_seed(42);
    for round in 0..100 {
        if std::fs::read_to_string(&plan_path).unwrap() == canonical {
            std::fs::write(&plan_path, &draft).unwrap();
        }
        let mut child = attache(folder.path(), &["fmt", "plan.ron"])
            .spawn()
            .unwrap();
        let delay = whole_run.mul_f64(random.f64() * 1.2);
        std::thread::sleep(delay);
        let _ = child.kill();
        child.wait().unwrap();

        assert_eq!(
            file::load(&plan_path).unwrap(),
            plan,
            "round {round}: the plan is whole"
        );
        if backup_path(&plan_path).exists() {
            assert_eq!(
                file::load(&backup_path(&plan_path)).unwrap(),
                plan,
                "round {round}: the backup is whole"
            );
        }
        // At most what the process killed this round had started; earlier ones were removed.
        assert!(
            temporary_files(folder.path()) <= 2,
            "round {round}: temporary files pile up"
        );
    }
    std::fs::write(&plan_path, &draft).unwrap();
    assert_eq!(run(folder.path(), &["fmt", "plan.ron"]).code, Some(0));
    assert_eq!(temporary_files(folder.path()), 0);
}

#[cfg(unix)]
mod special_files {
    use super::*;

    fn fifo(folder: &Path, name: &str) -> PathBuf {
        let path = folder.join(name);
        let made = Command::new("mkfifo").arg(&path).status().unwrap();
        assert!(made.success());
        path
    }

    fn is_fifo(path: &Path) -> bool {
        std::os::unix::fs::FileTypeExt::is_fifo(
            &std::fs::symlink_metadata(path).unwrap().file_type(),
        )
    }

    #[test]
    fn a_named_pipe_or_a_device_as_a_plan_is_refused_at_once() {
        let (folder, _) = scratch();
        fifo(folder.path(), "pipe.ron");
        for command in [
            vec!["check", "pipe.ron"],
            vec!["fmt", "pipe.ron"],
            vec!["export", "ics", "pipe.ron", "-o", "out.ics"],
            vec!["import", "csv", "pipe.ron", "in.csv"],
        ] {
            let finished = run(folder.path(), &command);
            assert_eq!(finished.code, Some(2), "{command:?}");
            let said = format!("{}{}", finished.stdout, finished.stderr);
            assert!(
                said.contains("pipe.ron: error: is a named pipe (FIFO), not a plan file"),
                "{command:?}: {said}"
            );
        }
        let finished = run(folder.path(), &["check", "/dev/zero"]);
        assert_eq!(finished.code, Some(2));
        assert!(
            finished
                .stdout
                .contains("/dev/zero: error: is a device, not a plan file"),
            "{}",
            finished.stdout
        );
    }

    #[test]
    fn a_named_pipe_or_a_device_to_import_is_refused_at_once() {
        let (folder, plan) = scratch();
        fifo(folder.path(), "in.csv");
        for input in ["in.csv", "/dev/zero"] {
            let finished = run(folder.path(), &["import", "csv", "plan.ron", input]);
            assert_eq!(finished.code, Some(2));
            assert!(
                finished.stderr.contains("not a regular file"),
                "{}",
                finished.stderr
            );
        }
        assert_eq!(std::fs::read_to_string(plan).unwrap(), SAMPLE_PLAN);
    }

    #[test]
    fn an_export_to_a_pipe_a_device_or_a_link_loop_is_refused() {
        let (folder, _) = scratch();
        let pipe = fifo(folder.path(), "out.ics");
        std::os::unix::fs::symlink("loop.ics", folder.path().join("loop.ics")).unwrap();
        for (output, expected) in [
            (
                "out.ics",
                "out.ics: error: is a named pipe (FIFO), not a regular file",
            ),
            (
                "/dev/null",
                "/dev/null: error: is a device, not a regular file",
            ),
            (
                "loop.ics",
                "loop.ics: error: is a symbolic link that leads round in a circle",
            ),
        ] {
            let finished = run(folder.path(), &["export", "ics", "plan.ron", "-o", output]);
            assert_eq!(finished.code, Some(2), "{output}");
            assert!(
                finished.stderr.starts_with(expected),
                "{output}: {}",
                finished.stderr
            );
        }
        assert!(is_fifo(&pipe), "the pipe is still a pipe");
        assert!(Path::new("/dev/null").exists());
    }
}

#[test]
fn text_from_a_plan_cannot_forge_the_terminals_output() {
    let (folder, plan) = scratch();
    let mut sample = attache::app::sample_plan();
    let person = std::sync::Arc::make_mut(&mut sample.people[0]);
    // An escape sequence that clears the screen, and a line break that fakes a clean result.
    person.name = "Evil\u{1b}[2J\nplan.ron: all clear".to_owned();
    let title = &mut sample.events[0];
    std::sync::Arc::make_mut(title).title = "Visit \u{202E}cod.exe".to_owned();
    file::save(&sample, &plan).unwrap();

    let finished = run(
        folder.path(),
        &["check", "--today", "2027-03-01", "plan.ron"],
    );
    assert!(!finished.stdout.contains('\u{1b}'), "no raw escape");
    assert!(!finished.stdout.contains('\u{202E}'), "no raw override");
    assert!(
        finished
            .stdout
            .lines()
            .all(|line| line.starts_with("plan.ron:") && !line.starts_with("plan.ron: all clear")),
        "every line is a problem of the plan: {}",
        finished.stdout
    );
    assert!(
        finished.stdout.contains(
            "warning: the person's name \"Evil\\u{1b}[2J\\nplan.ron: all clear\" holds an \
             invisible character (U+001B (a control character))"
        ),
        "{}",
        finished.stdout
    );
    assert!(
        finished.stdout.contains(
            "warning: the event's title \"Visit \\u{202e}cod.exe\" holds an invisible character \
             (U+202E RIGHT-TO-LEFT OVERRIDE)"
        ),
        "{}",
        finished.stdout
    );
}

// ---- A save stopped between its steps; merges and exports that meet a file not theirs -------

/// Waits (a minute at most) for a process paused by `ATTACHE_PAUSE_BEFORE` to say it is there.
fn wait_for_pause(signal: &Path) {
    let started = Instant::now();
    while !signal.exists() {
        assert!(started.elapsed() < KILL_AFTER, "the process never paused");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[cfg(unix)]
fn same_inode(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(unix)]
#[test]
fn a_save_stopped_at_any_step_leaves_plan_and_backup_two_files() {
    let steps = [
        "CompareWithRead",
        "WriteTemporary",
        "SyncTemporary",
        "LinkBackup",
        "Replace",
        "RenameBackup",
    ];
    for step in steps {
        let (folder, plan) = scratch();
        // Not in canonical form, so that fmt rewrites it.
        std::fs::write(&plan, format!("// draft\n{SAMPLE_PLAN}")).unwrap();
        let stopped = finish(
            attache(folder.path(), &["fmt", "plan.ron"])
                .env("ATTACHE_ABORT_BEFORE", step)
                .spawn()
                .unwrap(),
        );
        assert_eq!(stopped.code, None, "{step}: the process was stopped");
        let backup = backup_path(&plan);
        file::load(&plan).unwrap();
        if !backup.exists() {
            continue;
        }
        assert!(!same_inode(&plan, &backup), "{step}: one file, two names");
        // An editor that saves in place changes the plan, never its backup.
        let kept = std::fs::read(&backup).unwrap();
        let mut editor = std::fs::OpenOptions::new()
            .append(true)
            .open(&plan)
            .unwrap();
        std::io::Write::write_all(&mut editor, b"// edited in place\n").unwrap();
        assert_eq!(std::fs::read(&backup).unwrap(), kept, "{step}");
        file::load(&backup).unwrap();
    }
}

/// OURS, BASE and THEIRS for a merge in `folder`: THEIRS renamed the visit.
fn merge_sides(folder: &Path) {
    std::fs::write(folder.join("base.ron"), SAMPLE_PLAN).unwrap();
    let mut theirs = file::from_text(SAMPLE_PLAN).unwrap();
    theirs.visit.title = "Their title".into();
    std::fs::write(folder.join("theirs.ron"), file::to_text(&theirs)).unwrap();
}

fn paused_merge(folder: &Path, signal: &Path) -> Child {
    attache(folder, &["merge", "base.ron", "plan.ron", "theirs.ron"])
        .env("ATTACHE_PAUSE_BEFORE", "CompareWithRead")
        .env("ATTACHE_PAUSE_SIGNAL", signal)
        .spawn()
        .unwrap()
}

#[test]
fn a_merge_never_overwrites_a_change_made_to_ours_while_it_ran() {
    let (folder, plan) = scratch();
    merge_sides(folder.path());
    let signal = folder.path().join("paused");
    let merge = paused_merge(folder.path(), &signal);
    wait_for_pause(&signal);
    // An editor, which takes no lock, saves OURS after the merge read it.
    let edited = SAMPLE_PLAN.replace("Iraqi government delegation: study visit", "Edited visit");
    std::fs::write(&plan, &edited).unwrap();
    std::fs::remove_file(&signal).unwrap();

    let finished = finish(merge);
    assert_eq!(finished.code, Some(2), "{}", finished.stdout);
    assert!(
        finished
            .stderr
            .contains("plan.ron: error: was changed by another program since it was read"),
        "{}",
        finished.stderr
    );
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), edited);
}

#[test]
fn a_save_of_ours_that_ends_during_a_merge_is_merged_not_lost() {
    let (folder, plan) = scratch();
    merge_sides(folder.path());
    // An import is saving OURS: it holds the plan's lock as the merge starts.
    let holder = std::fs::File::open(&plan).unwrap();
    holder.lock().unwrap();
    let merge = attache(
        folder.path(),
        &["merge", "base.ron", "plan.ron", "theirs.ron"],
    )
    .spawn()
    .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let mut imported = file::from_text(SAMPLE_PLAN).unwrap();
    let person = std::sync::Arc::make_mut(&mut imported.people[0]);
    person.name = "Imported name".into();
    std::fs::write(&plan, file::to_text(&imported)).unwrap();
    holder.unlock().unwrap();

    let finished = finish(merge);
    assert_eq!(finished.code, Some(0), "{}", finished.stderr);
    let saved = file::load(&plan).unwrap();
    assert_eq!(saved.visit.title, "Their title", "the merge is written");
    assert_eq!(saved.people[0].name, "Imported name", "and the import kept");
}

#[test]
fn an_export_replaces_only_an_earlier_export_of_its_kind_unless_forced() {
    let (folder, _) = scratch();
    let export = |format: &str, output: &str, force: bool| {
        let mut args = vec!["export", format, "plan.ron", "-o", output];
        if force {
            args.push("--force");
        }
        run(folder.path(), &args)
    };
    // Earlier exports of each kind are replaced without asking.
    for (format, output) in [
        ("ics", "out.ics"),
        ("vcard", "out.vcf"),
        ("csv", "people.csv"),
        ("organisations-csv", "organisations.csv"),
        ("briefing", "book.html"),
        ("programme", "programme.html"),
        ("seating", "seating.html"),
        ("place-cards", "cards.html"),
        ("rooming", "rooming.csv"),
        ("transport", "transport.html"),
        ("badges", "badges.html"),
    ] {
        for round in 0..2 {
            let finished = export(format, output, false);
            assert_eq!(
                finished.code,
                Some(0),
                "{format} {round}: {}",
                finished.stderr
            );
        }
    }
    // Another kind's export, or anyone else's file, is not.
    std::fs::write(
        folder.path().join("budget.csv"),
        "Item,Cost\nFlights,4000\n",
    )
    .unwrap();
    for (format, output) in [
        ("ics", "out.vcf"),
        ("csv", "organisations.csv"),
        ("csv", "budget.csv"),
        ("briefing", "out.ics"),
    ] {
        let before = std::fs::read(folder.path().join(output)).unwrap();
        let finished = export(format, output, false);
        assert_eq!(finished.code, Some(2), "{format} over {output}");
        assert!(
            finished.stderr.starts_with(&format!(
                "{output}: error: already exists and is not an export Attaché wrote earlier"
            )) && finished.stderr.contains("--force replaces it"),
            "{}",
            finished.stderr
        );
        assert_eq!(std::fs::read(folder.path().join(output)).unwrap(), before);
    }
    let finished = export("csv", "budget.csv", true);
    assert_eq!(finished.code, Some(0), "{}", finished.stderr);
    assert!(
        std::fs::read_to_string(folder.path().join("budget.csv"))
            .unwrap()
            .contains("Name")
    );
}

#[test]
fn an_export_never_replaces_a_plan_wherever_its_version_is_written() {
    let (folder, _) = scratch();
    let plan = file::from_text(SAMPLE_PLAN).unwrap();
    let canonical = file::to_text(&plan);
    // A comment longer than the head a reader might look at, then the plan.
    let long_comment = format!("// {}\n{canonical}", "notes ".repeat(2000));
    // The version written last, after everything else.
    let version_last = canonical
        .replacen("    format_version: 3,\n", "", 1)
        .trim_end()
        .strip_suffix(')')
        .unwrap()
        .to_owned()
        + "    format_version: 3,\n)\n";
    for (name, text) in [
        ("commented.ron", &long_comment),
        ("last.ron", &version_last),
    ] {
        let path = folder.path().join(name);
        std::fs::write(&path, text).unwrap();
        assert_eq!(file::load(&path).unwrap(), plan, "{name} is a plan");
        for force in [false, true] {
            let mut args = vec!["export", "csv", "plan.ron", "-o", name];
            if force {
                args.push("--force");
            }
            let finished = run(folder.path(), &args);
            assert_eq!(finished.code, Some(2), "{name}, force {force}");
            assert!(
                finished.stderr.contains("holds an Attaché plan"),
                "{}",
                finished.stderr
            );
            assert_eq!(&std::fs::read_to_string(&path).unwrap(), text);
        }
    }
}
