//! The one write layer, under faults: whatever step of a save fails, the plan and its backup are
//! each a whole version, no temporary file is left, and the message says what is on disk. Links
//! and special files at a backup's or an export's name are never written through, and writers of
//! one plan wait for each other instead of losing an update.
//!
//! Failures are injected (CI runs as root, which ignores permissions).

use std::collections::BTreeSet;
use std::io::{Error, ErrorKind, Write};
use std::path::{Path, PathBuf};

use attache::file::{
    self, Expect, Faults, Fingerprint, LockedPlan, SaveError, WriteStep, backup_path, load, save,
    save_expecting, save_with, to_text,
};
use attache::model::Plan;

fn plan(title: &str) -> Plan {
    let mut plan = Plan::empty(jiff::civil::date(2027, 2, 15), "Europe/Tallinn");
    plan.visit.title = title.into();
    plan.visit.home_zone = "Asia/Baghdad".into();
    plan
}

fn names_in(folder: &Path) -> BTreeSet<String> {
    std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|name| name.to_string()).collect()
}

/// A folder with `plan.ron` saved twice: the plan holds "second", its backup "first".
fn saved_twice() -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    save(&plan("first"), &path).unwrap();
    save(&plan("second"), &path).unwrap();
    (folder, path)
}

/// Fails `step`: at once, or (for the steps that write bytes) once `after_bytes` are written.
struct FailAt {
    step: WriteStep,
    after_bytes: Option<usize>,
    written: usize,
}

impl FailAt {
    fn step(step: WriteStep) -> Self {
        Self {
            step,
            after_bytes: None,
            written: 0,
        }
    }

    /// Fails no step.
    fn nothing() -> Self {
        Self::after(WriteStep::CopyBackup, usize::MAX)
    }

    fn after(step: WriteStep, bytes: usize) -> Self {
        Self {
            step,
            after_bytes: Some(bytes),
            written: 0,
        }
    }
}

impl Faults for FailAt {
    fn before(&mut self, step: WriteStep) -> std::io::Result<()> {
        if step == self.step && self.after_bytes.is_none() {
            return Err(Error::other("injected failure"));
        }
        Ok(())
    }

    fn write(
        &mut self,
        step: WriteStep,
        file: &mut dyn Write,
        bytes: &[u8],
    ) -> std::io::Result<()> {
        let Some(limit) = self.after_bytes.filter(|_| step == self.step) else {
            return file.write_all(bytes);
        };
        let room = limit.saturating_sub(self.written).min(bytes.len());
        file.write_all(&bytes[..room])?;
        self.written += room;
        if room < bytes.len() {
            return Err(Error::from(ErrorKind::StorageFull));
        }
        Ok(())
    }
}

/// Makes links fail, as on file systems that have none, so that the backup is copied.
struct NoLinks(FailAt);

impl Faults for NoLinks {
    fn before(&mut self, step: WriteStep) -> std::io::Result<()> {
        if step == WriteStep::LinkBackup {
            return Err(Error::from(ErrorKind::Unsupported));
        }
        self.0.before(step)
    }

    fn write(
        &mut self,
        step: WriteStep,
        file: &mut dyn Write,
        bytes: &[u8],
    ) -> std::io::Result<()> {
        self.0.write(step, file, bytes)
    }
}

/// After a failed save of "third": the plan and its backup are whole, nothing else is left, and
/// the message is true to what is on disk.
fn assert_whole_after_failure(folder: &Path, path: &Path, error: SaveError) {
    assert_eq!(load(path).unwrap(), plan("second"), "the plan is whole");
    let backup = load(&backup_path(path)).unwrap();
    assert!(
        backup == plan("first") || backup == plan("second"),
        "the backup is a whole earlier version: {backup:?}"
    );
    assert_eq!(names_in(folder), set(&["plan.ron", "plan.ron.bak"]));
    let shown = error.to_string();
    if backup == plan("first") {
        assert!(shown.contains("nothing on disk was changed"), "{shown}");
    } else {
        assert!(
            shown.contains("its backup now holds that same version"),
            "{shown}"
        );
    }
}

#[test]
fn a_failure_at_any_step_of_a_save_leaves_plan_and_backup_whole() {
    let steps = [
        WriteStep::WriteTemporary,
        WriteStep::SyncTemporary,
        WriteStep::RenameBackup,
        WriteStep::Replace,
    ];
    for step in steps {
        let (folder, path) = saved_twice();
        let error = save_with(
            &plan("third"),
            &path,
            Expect::Anything,
            &mut FailAt::step(step),
        )
        .expect_err("the injected failure stops the save");
        assert_whole_after_failure(folder.path(), &path, error);
    }
}

#[test]
fn a_failure_while_copying_the_backup_leaves_plan_and_backup_whole() {
    for step in [
        WriteStep::CopyBackup,
        WriteStep::SyncBackup,
        WriteStep::RenameBackup,
        WriteStep::Replace,
    ] {
        let (folder, path) = saved_twice();
        let error = save_with(
            &plan("third"),
            &path,
            Expect::Anything,
            &mut NoLinks(FailAt::step(step)),
        )
        .expect_err("the injected failure stops the save");
        assert_whole_after_failure(folder.path(), &path, error);
    }
    // Without a failure, the copied backup is the version replaced.
    let (_folder, path) = saved_twice();
    save_with(
        &plan("third"),
        &path,
        Expect::Anything,
        &mut NoLinks(FailAt::nothing()),
    )
    .unwrap();
    assert_eq!(load(&backup_path(&path)).unwrap(), plan("second"));
}

#[test]
fn a_disk_that_fills_up_after_any_number_of_bytes_leaves_plan_and_backup_whole() {
    let length = to_text(&plan("third")).len();
    for step in [WriteStep::WriteTemporary, WriteStep::CopyBackup] {
        for after in [0, 1, length / 3, length / 2, length - 1] {
            let (folder, path) = saved_twice();
            let mut faults = NoLinks(FailAt::after(step, after));
            let error = save_with(&plan("third"), &path, Expect::Anything, &mut faults)
                .expect_err("the disk is full");
            assert_whole_after_failure(folder.path(), &path, error);
        }
    }
}

#[test]
fn temporary_files_left_by_a_crashed_save_are_removed_by_the_next_save() {
    let (folder, path) = saved_twice();
    for stray in [".plan.ron.attache-Ab12Cd.tmp", ".plan.ron.attache-zz99.tmp"] {
        std::fs::write(folder.path().join(stray), "half a plan").unwrap();
    }
    // Another file's temporary file is not this save's to remove.
    std::fs::write(folder.path().join(".other.ron.attache-x1.tmp"), "").unwrap();
    save(&plan("third"), &path).unwrap();
    assert_eq!(
        names_in(folder.path()),
        set(&["plan.ron", "plan.ron.bak", ".other.ron.attache-x1.tmp"])
    );
}

#[test]
fn a_save_refuses_to_overwrite_a_change_made_since_the_plan_was_read() {
    let (_folder, path) = saved_twice();
    let read_as = Fingerprint::of_file(&path).unwrap();
    std::fs::write(&path, to_text(&plan("theirs"))).unwrap();

    let error = save_expecting(&plan("mine"), &path, Expect::Version(read_as)).unwrap_err();
    assert!(
        matches!(&error, SaveError::ChangedOnDisk { path: named } if named == &path),
        "{error:?}"
    );
    assert!(error.to_string().contains("was changed by another program"));
    assert_eq!(load(&path).unwrap(), plan("theirs"));

    // A file that appears where none was expected is not overwritten either.
    let new = path.with_file_name("new.ron");
    std::fs::write(&new, to_text(&plan("theirs"))).unwrap();
    assert!(matches!(
        save_expecting(&plan("mine"), &new, Expect::Nothing),
        Err(SaveError::ChangedOnDisk { .. })
    ));
    // The version read is saved over without a word.
    let read_as = Fingerprint::of_file(&new).unwrap();
    save_expecting(&plan("mine"), &new, Expect::Version(read_as)).unwrap();
    assert_eq!(load(&new).unwrap(), plan("mine"));
}

#[test]
fn writers_of_one_plan_in_threads_never_lose_an_update() {
    let (_folder, path) = saved_twice();
    let writers: Vec<_> = (0..8)
        .map(|n| {
            let path = path.clone();
            std::thread::spawn(move || {
                let locked = LockedPlan::open(&path).unwrap();
                let mut plan = locked.plan().clone();
                plan.visit.purpose.push_str(&format!("[{n}]"));
                locked.save(&plan).unwrap();
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
    let purpose = load(&path).unwrap().visit.purpose;
    for n in 0..8 {
        assert!(purpose.contains(&format!("[{n}]")), "{purpose}");
    }
}

#[cfg(unix)]
mod links_and_special_files {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn a_backup_that_is_a_link_is_replaced_not_written_through() {
        let (folder, path) = saved_twice();
        let victim = folder.path().join("colleague's notes.txt");
        std::fs::write(&victim, "my own notes").unwrap();
        std::fs::remove_file(backup_path(&path)).unwrap();
        symlink(&victim, backup_path(&path)).unwrap();

        save(&plan("third"), &path).unwrap();

        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "my own notes");
        let backup = backup_path(&path);
        assert!(!std::fs::symlink_metadata(&backup).unwrap().is_symlink());
        assert_eq!(load(&backup).unwrap(), plan("second"));
        assert_eq!(load(&path).unwrap(), plan("third"));
    }

    #[test]
    fn a_link_left_at_a_temporary_name_is_removed_not_written_through() {
        let (folder, path) = saved_twice();
        let victim = folder.path().join("victim.txt");
        std::fs::write(&victim, "untouched").unwrap();
        symlink(&victim, folder.path().join(".plan.ron.attache-AAAAAA.tmp")).unwrap();
        save(&plan("third"), &path).unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
        assert_eq!(
            names_in(folder.path()),
            set(&["plan.ron", "plan.ron.bak", "victim.txt"])
        );
    }

    #[test]
    fn special_files_and_link_loops_are_refused_as_targets() {
        let folder = tempfile::tempdir().unwrap();
        let fifo = folder.path().join("pipe.ron");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        let error = save(&plan("first"), &fifo).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with(&format!("{}: is a named pipe (FIFO)", fifo.display())),
            "{error}"
        );
        let error = file::write_file(&fifo, b"BEGIN:VCALENDAR", &[]).unwrap_err();
        assert!(matches!(error, SaveError::NotRegular { .. }), "{error:?}");
        assert!(
            std::os::unix::fs::FileTypeExt::is_fifo(
                &std::fs::symlink_metadata(&fifo).unwrap().file_type()
            ),
            "the pipe is still a pipe"
        );

        let error = file::write_file(Path::new("/dev/null"), b"x", &[]).unwrap_err();
        assert!(matches!(error, SaveError::NotRegular { .. }), "{error:?}");

        let looped = folder.path().join("loop.ics");
        symlink("loop.ics", &looped).unwrap();
        let error = file::write_file(&looped, b"x", &[]).unwrap_err();
        assert!(matches!(error, SaveError::LinkLoop { .. }), "{error:?}");
        assert!(std::fs::symlink_metadata(&looped).unwrap().is_symlink());
    }
}

#[test]
fn an_export_is_refused_over_any_file_holding_a_plan() {
    let folder = tempfile::tempdir().unwrap();
    let written_by_hand = folder.path().join("by hand.ron");
    let text = "\u{feff}// a plan written by hand\n(\n    visit: (title: \"Visit\"),\n    format_version: 1,\n)\n";
    std::fs::write(&written_by_hand, text).unwrap();
    let saved = folder.path().join("saved.ron");
    save(&plan("first"), &saved).unwrap();
    for target in [&written_by_hand, &saved, &backup_path(&saved)] {
        if !target.exists() {
            save(&plan("second"), &saved).unwrap();
        }
        let before = std::fs::read(target).unwrap();
        let error = file::write_file(target, b"Id,Name\n", &[]).unwrap_err();
        assert!(
            matches!(error, SaveError::WouldOverwritePlan { .. }),
            "{}: {error:?}",
            target.display()
        );
        assert_eq!(std::fs::read(target).unwrap(), before);
    }
    // Any other file is replaced, whole.
    let notes = folder.path().join("notes.csv");
    std::fs::write(&notes, "old").unwrap();
    file::write_file(&notes, b"Id,Name\n", &[]).unwrap();
    assert_eq!(std::fs::read(&notes).unwrap(), b"Id,Name\n");
    assert_eq!(
        names_in(folder.path()).len(),
        4,
        "no backup or temporary file for an export"
    );
}

#[test]
fn a_save_after_one_stopped_between_backup_and_replace_leaves_no_temporary_file() {
    let (folder, path) = saved_twice();
    // The state a save killed after renewing the backup leaves: the backup a link to the plan.
    std::fs::remove_file(backup_path(&path)).unwrap();
    std::fs::hard_link(&path, backup_path(&path)).unwrap();

    save(&plan("third"), &path).unwrap();
    assert_eq!(load(&path).unwrap(), plan("third"));
    assert_eq!(load(&backup_path(&path)).unwrap(), plan("second"));
    assert_eq!(names_in(folder.path()), set(&["plan.ron", "plan.ron.bak"]));
}
