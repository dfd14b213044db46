//! Saving is atomic: a save that fails leaves the file on disk exactly as it was and no temporary
//! file behind; a save that succeeds keeps the previous version as `NAME.ron.bak`. The one write
//! layer under faults: whatever step of a save fails, the plan and its backup are each a whole
//! version and the message says what is on disk. Links and special files at a backup's or an
//! export's name are never written through, and writers of one plan wait for each other instead
//! of losing an update.
//!
//! Failures are injected with `save_with` and provoked with the shape of the file system (a file
//! where a folder should be, a folder where the file should be), never with permissions: CI runs
//! as root.

use std::collections::BTreeSet;
use std::io::{Error, ErrorKind, Write};
use std::path::{Path, PathBuf};

use attache::file::{
    self, Expect, Faults, Fingerprint, LockedPlan, Replace, SaveError, WriteStep, backup_path,
    load, save, save_expecting, save_with, to_text,
};
use attache::model::Plan;

fn plan(title: &str) -> Plan {
    let mut plan = Plan::empty(jiff::civil::date(2027, 2, 15), "Europe/Tallinn");
    plan.visit.title = title.into();
    plan.visit.home_zone = "Asia/Baghdad".into();
    plan
}

/// The names in `folder`, hidden ones (such as temporary files) included.
fn names_in(folder: &Path) -> BTreeSet<String> {
    std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|name| name.to_string()).collect()
}

/// A folder holding `plan.ron` with the text of `plan("first")`, written directly (no backup).
fn folder_with_a_plan() -> (tempfile::TempDir, PathBuf, Vec<u8>) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    let bytes = to_text(&plan("first")).into_bytes();
    std::fs::write(&path, &bytes).unwrap();
    (folder, path, bytes)
}

/// Puts the new plan's bytes into the temporary file with the closure, to fail it midway.
struct WriteWith<F>(F);

impl<F: FnMut(&mut dyn Write, &[u8]) -> std::io::Result<()>> Faults for WriteWith<F> {
    fn write(
        &mut self,
        step: WriteStep,
        file: &mut dyn Write,
        bytes: &[u8],
    ) -> std::io::Result<()> {
        match step {
            WriteStep::WriteTemporary => (self.0)(file, bytes),
            _ => file.write_all(bytes),
        }
    }
}

fn io_error_kind(error: &SaveError, path: &Path) -> ErrorKind {
    match error {
        SaveError::Io {
            path: named,
            source,
            ..
        } => {
            assert_eq!(named, path);
            source.kind()
        }
        other => panic!("expected an I/O error, got {other:?}"),
    }
}

fn assert_says_unchanged(error: &SaveError, path: &Path) {
    let shown = error.to_string();
    let prefix = format!(
        "{}: could not be saved, nothing on disk was changed: ",
        path.display()
    );
    assert!(shown.starts_with(&prefix), "{shown:?}");
}

#[test]
fn a_save_writes_the_canonical_text_and_nothing_else() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    save(&plan("first"), &path).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        to_text(&plan("first"))
    );
    // No backup of a file that did not exist, and no temporary file left.
    assert_eq!(names_in(folder.path()), set(&["plan.ron"]));
}

#[test]
fn after_two_saves_the_backup_holds_the_first_version() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    assert_eq!(backup_path(&path), folder.path().join("plan.ron.bak"));

    save(&plan("first"), &path).unwrap();
    save(&plan("second"), &path).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        to_text(&plan("second"))
    );
    assert_eq!(
        std::fs::read_to_string(backup_path(&path)).unwrap(),
        to_text(&plan("first"))
    );
    assert_eq!(load(&backup_path(&path)).unwrap(), plan("first"));

    save(&plan("third"), &path).unwrap();
    assert_eq!(
        std::fs::read_to_string(backup_path(&path)).unwrap(),
        to_text(&plan("second"))
    );
    assert_eq!(names_in(folder.path()), set(&["plan.ron", "plan.ron.bak"]));
}

#[test]
fn a_writer_failing_midway_leaves_the_file_whole_and_no_temporary_file() {
    let (folder, path, original) = folder_with_a_plan();
    let mut written = 0;
    let result = save_with(
        &plan("second"),
        &path,
        Expect::Anything,
        &mut WriteWith(|file: &mut dyn Write, bytes: &[u8]| {
            let half = &bytes[..bytes.len() / 2];
            file.write_all(half)?;
            file.flush()?;
            written = half.len();
            Err(Error::other("the cable was pulled"))
        }),
    );
    let error = result.unwrap_err();
    assert!(
        written > 0,
        "the writer wrote half the bytes before failing"
    );
    assert_eq!(io_error_kind(&error, &path), ErrorKind::Other);
    assert_says_unchanged(&error, &path);
    assert!(
        error.to_string().ends_with("the cable was pulled"),
        "{error}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), original);
    assert_eq!(names_in(folder.path()), set(&["plan.ron"]));
}

#[test]
fn a_full_disk_leaves_the_file_and_its_backup_as_they_were() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    save(&plan("first"), &path).unwrap();
    save(&plan("second"), &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let backup_before = std::fs::read(backup_path(&path)).unwrap();

    let result = save_with(
        &plan("third"),
        &path,
        Expect::Anything,
        &mut WriteWith(|file: &mut dyn Write, bytes: &[u8]| {
            file.write_all(&bytes[..100])?;
            Err(Error::from(ErrorKind::StorageFull))
        }),
    );
    let error = result.unwrap_err();
    assert_eq!(io_error_kind(&error, &path), ErrorKind::StorageFull);
    assert_says_unchanged(&error, &path);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), backup_before);
    assert_eq!(names_in(folder.path()), set(&["plan.ron", "plan.ron.bak"]));
}

#[test]
fn a_full_disk_on_a_new_file_leaves_nothing_behind() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("new plan.ron");
    let result = save_with(
        &plan("first"),
        &path,
        Expect::Anything,
        &mut WriteWith(|_: &mut dyn Write, _: &[u8]| Err(Error::from(ErrorKind::StorageFull))),
    );
    assert_eq!(
        io_error_kind(&result.unwrap_err(), &path),
        ErrorKind::StorageFull
    );
    assert_eq!(names_in(folder.path()), set(&[]));
}

#[test]
fn a_failed_save_can_be_retried() {
    let (folder, path, _) = folder_with_a_plan();
    let failing = save_with(
        &plan("second"),
        &path,
        Expect::Anything,
        &mut WriteWith(|_: &mut dyn Write, _: &[u8]| Err(Error::from(ErrorKind::StorageFull))),
    );
    assert!(failing.is_err());
    // The edits are still in memory; once there is room the same plan saves.
    save(&plan("second"), &path).unwrap();
    assert_eq!(load(&path).unwrap(), plan("second"));
    assert_eq!(load(&backup_path(&path)).unwrap(), plan("first"));
    assert_eq!(names_in(folder.path()), set(&["plan.ron", "plan.ron.bak"]));
}

#[test]
fn a_folder_that_is_a_regular_file_fails_and_writes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let not_a_folder = folder.path().join("visits");
    std::fs::write(&not_a_folder, "a file, not a folder").unwrap();
    let path = not_a_folder.join("plan.ron");

    let error = save(&plan("first"), &path).unwrap_err();
    let kind = io_error_kind(&error, &path);
    assert!(
        matches!(kind, ErrorKind::NotADirectory | ErrorKind::NotFound),
        "{kind:?}"
    );
    assert_says_unchanged(&error, &path);
    assert_eq!(
        std::fs::read_to_string(&not_a_folder).unwrap(),
        "a file, not a folder"
    );
    assert_eq!(names_in(folder.path()), set(&["visits"]));
}

#[test]
fn a_missing_folder_fails_and_is_not_created() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("no such folder").join("plan.ron");
    let error = save(&plan("first"), &path).unwrap_err();
    assert_eq!(io_error_kind(&error, &path), ErrorKind::NotFound);
    assert_eq!(names_in(folder.path()), set(&[]));
    // The sentence names the planner's file, never the temporary one it would have written.
    let shown = error.to_string();
    assert!(
        !shown.contains(".attache-") && !shown.contains("at path"),
        "{shown}"
    );
    assert!(
        shown.ends_with("No such file or directory (os error 2)"),
        "{shown}"
    );
}

#[test]
fn a_target_that_is_a_folder_is_refused() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    std::fs::create_dir(&path).unwrap();
    let error = save(&plan("first"), &path).unwrap_err();
    assert!(
        matches!(&error, SaveError::TargetIsFolder { path: named } if named == &path),
        "{error:?}"
    );
    assert!(
        error
            .to_string()
            .starts_with(&format!("{}: is a folder", path.display())),
        "{error}"
    );
    assert!(path.is_dir());
    assert_eq!(names_in(&path), set(&[]));
    assert_eq!(names_in(folder.path()), set(&["plan.ron"]));
}

#[test]
fn a_backup_that_cannot_be_written_fails_the_save_and_leaves_the_file() {
    let (folder, path, original) = folder_with_a_plan();
    // A folder where the backup should go.
    std::fs::create_dir(backup_path(&path)).unwrap();
    let error = save(&plan("second"), &path).unwrap_err();
    io_error_kind(&error, &path);
    assert_says_unchanged(&error, &path);
    assert_eq!(std::fs::read(&path).unwrap(), original);
    assert!(backup_path(&path).is_dir());
    assert_eq!(names_in(folder.path()), set(&["plan.ron", "plan.ron.bak"]));
}

#[test]
fn a_file_from_a_newer_attache_is_not_overwritten() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    let newer = "#![enable(implicit_some)]\n// written by Attaché 9\n(\n    format_version: 99,\n    visit: Visit { something: @new },\n)\n";
    std::fs::write(&path, newer).unwrap();

    let error = save(&plan("first"), &path).unwrap_err();
    assert!(
        matches!(&error, SaveError::WouldOverwriteNewer { path: named, found: 99 } if named == &path),
        "{error:?}"
    );
    let shown = error.to_string();
    assert!(
        shown.starts_with(&format!("{}: ", path.display())),
        "{shown}"
    );
    assert!(shown.contains("was not overwritten"), "{shown}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
    assert_eq!(names_in(folder.path()), set(&["plan.ron"]));

    // Save As, under another name, works.
    let other = folder.path().join("plan (older format).ron");
    save(&plan("first"), &other).unwrap();
    assert_eq!(load(&other).unwrap(), plan("first"));
}

#[test]
fn a_file_that_is_not_a_plan_is_overwritten_and_kept_as_the_backup() {
    // Save As over some other file: it is replaced, and its bytes stay in the backup.
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("notes.ron");
    let junk = b"PK\x03\x04 not a plan \xff\xfe";
    std::fs::write(&path, junk).unwrap();
    save(&plan("first"), &path).unwrap();
    assert_eq!(load(&path).unwrap(), plan("first"));
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), junk);
}

#[test]
fn paths_with_spaces_and_other_scripts_work() {
    let folder = tempfile::tempdir().unwrap();
    for (sub, name) in [
        ("زيارة تالين", "خطة الوفد.ron"),
        ("Визит в Таллин", "план визита.ron"),
        ("訪問", "計画 2027.ron"),
        ("Delegation visits (2027)", "Iraq – Estonia, draft #2.ron"),
    ] {
        let sub = folder.path().join(sub);
        std::fs::create_dir(&sub).unwrap();
        let path = sub.join(name);
        save(&plan("first"), &path).unwrap();
        save(&plan(name), &path).unwrap();
        assert_eq!(load(&path).unwrap(), plan(name));
        assert_eq!(load(&backup_path(&path)).unwrap(), plan("first"));
        let backup = format!("{name}.bak");
        assert_eq!(names_in(&sub), set(&[name, backup.as_str()]));
    }
}

#[cfg(unix)]
mod symlinks {
    //! A planner who keeps a link to a plan (on the desktop, say, to a file in a shared folder)
    //! expects Save to update the plan the link points to. Replacing the link with a copy would
    //! leave the shared plan behind without a word. So saving follows the link: the linked file is
    //! replaced atomically in its own folder, its backup sits beside it, and the link stays.

    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn saving_through_a_link_updates_the_file_it_points_to() {
        let folder = tempfile::tempdir().unwrap();
        let shared = folder.path().join("shared");
        let desktop = folder.path().join("desktop");
        std::fs::create_dir(&shared).unwrap();
        std::fs::create_dir(&desktop).unwrap();
        let real = shared.join("plan.ron");
        save(&plan("first"), &real).unwrap();
        let link = desktop.join("plan.ron");
        symlink(&real, &link).unwrap();

        save(&plan("second"), &link).unwrap();

        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_link(&link).unwrap(), real);
        assert_eq!(load(&real).unwrap(), plan("second"));
        assert_eq!(load(&link).unwrap(), plan("second"));
        assert_eq!(load(&backup_path(&real)).unwrap(), plan("first"));
        assert_eq!(names_in(&shared), set(&["plan.ron", "plan.ron.bak"]));
        assert_eq!(names_in(&desktop), set(&["plan.ron"]));
    }

    #[test]
    fn a_relative_link_and_a_chain_of_links_are_followed() {
        let folder = tempfile::tempdir().unwrap();
        let shared = folder.path().join("shared");
        std::fs::create_dir(&shared).unwrap();
        save(&plan("first"), &shared.join("plan.ron")).unwrap();
        // desktop/plan.ron -> current.ron -> ../shared/plan.ron, all relative.
        let desktop = folder.path().join("desktop");
        std::fs::create_dir(&desktop).unwrap();
        symlink("../shared/plan.ron", desktop.join("current.ron")).unwrap();
        symlink("current.ron", desktop.join("plan.ron")).unwrap();

        save(&plan("second"), &desktop.join("plan.ron")).unwrap();

        assert_eq!(load(&shared.join("plan.ron")).unwrap(), plan("second"));
        assert_eq!(load(&shared.join("plan.ron.bak")).unwrap(), plan("first"));
        assert_eq!(names_in(&desktop), set(&["current.ron", "plan.ron"]));
        for name in ["current.ron", "plan.ron"] {
            let link = desktop.join(name);
            assert!(
                std::fs::symlink_metadata(&link)
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
        }
    }

    #[test]
    fn a_link_to_a_file_not_yet_there_creates_it() {
        let folder = tempfile::tempdir().unwrap();
        let real = folder.path().join("plan.ron");
        let link = folder.path().join("link.ron");
        symlink("plan.ron", &link).unwrap();

        save(&plan("first"), &link).unwrap();

        assert_eq!(load(&real).unwrap(), plan("first"));
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(names_in(folder.path()), set(&["link.ron", "plan.ron"]));
    }

    #[test]
    fn a_failed_save_through_a_link_leaves_both_alone() {
        let folder = tempfile::tempdir().unwrap();
        let real = folder.path().join("plan.ron");
        save(&plan("first"), &real).unwrap();
        let original = std::fs::read(&real).unwrap();
        let link = folder.path().join("link.ron");
        symlink(&real, &link).unwrap();

        let result = save_with(
            &plan("second"),
            &link,
            Expect::Anything,
            &mut WriteWith(|_: &mut dyn Write, _: &[u8]| Err(Error::from(ErrorKind::StorageFull))),
        );
        // The error names the path the planner chose.
        assert_eq!(
            io_error_kind(&result.unwrap_err(), &link),
            ErrorKind::StorageFull
        );
        assert_eq!(std::fs::read(&real).unwrap(), original);
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(names_in(folder.path()), set(&["link.ron", "plan.ron"]));
    }

    #[test]
    fn a_link_to_a_newer_plan_is_not_overwritten() {
        let folder = tempfile::tempdir().unwrap();
        let real = folder.path().join("plan.ron");
        std::fs::write(&real, "(format_version: 99)").unwrap();
        let link = folder.path().join("link.ron");
        symlink(&real, &link).unwrap();
        let error = save(&plan("first"), &link).unwrap_err();
        assert!(
            matches!(error, SaveError::WouldOverwriteNewer { found: 99, .. }),
            "{error:?}"
        );
        assert_eq!(
            std::fs::read_to_string(&real).unwrap(),
            "(format_version: 99)"
        );
    }

    #[test]
    fn a_plan_in_a_linked_folder_is_saved_in_the_real_folder() {
        let folder = tempfile::tempdir().unwrap();
        let real_folder = folder.path().join("real");
        std::fs::create_dir(&real_folder).unwrap();
        let linked_folder = folder.path().join("linked");
        symlink(&real_folder, &linked_folder).unwrap();

        save(&plan("first"), &linked_folder.join("plan.ron")).unwrap();
        save(&plan("second"), &linked_folder.join("plan.ron")).unwrap();

        assert_eq!(load(&real_folder.join("plan.ron")).unwrap(), plan("second"));
        assert_eq!(
            load(&real_folder.join("plan.ron.bak")).unwrap(),
            plan("first")
        );
        assert!(
            std::fs::symlink_metadata(&linked_folder)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_plans_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let (_folder, path, _) = folder_with_a_plan();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    save(&plan("Edited"), &path).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(
        mode, 0o640,
        "a shared plan stays readable by the group, not private to the saver"
    );
}

#[cfg(unix)]
#[test]
fn a_new_plan_is_readable_by_others_as_the_umask_allows() {
    use std::os::unix::fs::PermissionsExt;
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("new.ron");
    save(&plan("New"), &path).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    // What any program creating a file here gets: 0666 less the umask.
    let usual = folder.path().join("usual");
    std::fs::File::create(&usual).unwrap();
    let usual = std::fs::metadata(&usual).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, usual, "not private to the saver");
}

// ---- Faults at every step, concurrent writers, links and special files ------------------------

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

/// After a failed save of "third": the plan and its backup are as they were (the backup is
/// renewed only once the plan is replaced), nothing else is left, and the message says so.
fn assert_whole_after_failure(folder: &Path, path: &Path, error: SaveError) {
    assert_eq!(load(path).unwrap(), plan("second"), "the plan is whole");
    assert_eq!(load(&backup_path(path)).unwrap(), plan("first"));
    assert_eq!(names_in(folder), set(&["plan.ron", "plan.ron.bak"]));
    let shown = error.to_string();
    assert!(shown.contains("nothing on disk was changed"), "{shown}");
}

#[test]
fn a_failure_at_any_step_of_a_save_leaves_plan_and_backup_whole() {
    let steps = [
        WriteStep::CompareWithRead,
        WriteStep::WriteTemporary,
        WriteStep::SyncTemporary,
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
fn a_backup_that_cannot_be_renewed_after_the_plan_is_replaced_stays_the_earlier_version() {
    for faults in [
        &mut FailAt::step(WriteStep::RenameBackup) as &mut dyn Faults,
        &mut NoLinks(FailAt::step(WriteStep::RenameBackup)),
    ] {
        let (folder, path) = saved_twice();
        save_with(&plan("third"), &path, Expect::Anything, faults)
            .expect("the plan is saved; only its backup is not renewed");
        assert_eq!(load(&path).unwrap(), plan("third"));
        assert_eq!(load(&backup_path(&path)).unwrap(), plan("first"));
        assert_eq!(
            names_in(folder.path()),
            set(&["plan.ron", "plan.ron.bak"]),
            "the version replaced is not left under a temporary name"
        );
    }
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
    // The version far beyond the head, after a long comment.
    let commented = folder.path().join("commented.ron");
    let long_comment = format!("/* {} */\n{}", "x".repeat(100_000), to_text(&plan("c")));
    std::fs::write(&commented, long_comment).unwrap();
    let saved = folder.path().join("saved.ron");
    save(&plan("first"), &saved).unwrap();
    save(&plan("second"), &saved).unwrap();
    let anything = |_: &[u8]| true;
    for target in [&written_by_hand, &commented, &saved, &backup_path(&saved)] {
        let before = std::fs::read(target).unwrap();
        for replace in [Replace::Confirmed, Replace::EarlierExport(&anything)] {
            let error = file::write_export(target, b"Id,Name\n", &[], replace).unwrap_err();
            assert!(
                matches!(error, SaveError::WouldOverwritePlan { .. }),
                "{}: {error:?}",
                target.display()
            );
        }
        assert_eq!(std::fs::read(target).unwrap(), before);
    }
    // Any other file is replaced, whole, when the planner confirmed it or it is recognised.
    let notes = folder.path().join("notes.csv");
    std::fs::write(&notes, "old").unwrap();
    let nothing = |_: &[u8]| false;
    let error = file::write_export(&notes, b"Id\n", &[], Replace::EarlierExport(&nothing));
    assert!(matches!(
        error,
        Err(SaveError::WouldReplaceOtherFile { .. })
    ));
    assert_eq!(std::fs::read(&notes).unwrap(), b"old");
    let recognised = |head: &[u8]| head == b"old";
    file::write_export(
        &notes,
        b"Id,Name\n",
        &[],
        Replace::EarlierExport(&recognised),
    )
    .unwrap();
    assert_eq!(std::fs::read(&notes).unwrap(), b"Id,Name\n");
    file::write_export(&notes, b"Id\n", &[], Replace::Confirmed).unwrap();
    assert_eq!(std::fs::read(&notes).unwrap(), b"Id\n");
    assert_eq!(
        names_in(folder.path()).len(),
        5,
        "no backup or temporary file for an export"
    );
}

#[test]
fn a_save_after_an_older_attache_left_the_backup_a_link_to_the_plan_separates_them() {
    let (folder, path) = saved_twice();
    // What an older Attaché, killed after renewing the backup and before replacing the plan,
    // left: the backup a second link to the plan.
    std::fs::remove_file(backup_path(&path)).unwrap();
    std::fs::hard_link(&path, backup_path(&path)).unwrap();

    save(&plan("third"), &path).unwrap();
    assert_eq!(load(&path).unwrap(), plan("third"));
    assert_eq!(load(&backup_path(&path)).unwrap(), plan("second"));
    assert_eq!(names_in(folder.path()), set(&["plan.ron", "plan.ron.bak"]));
}
