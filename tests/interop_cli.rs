//! `attache export` and `attache import`, run as the real binary in a scratch folder.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use attache::app::SAMPLE_PLAN;
use attache::file;
use predicates::prelude::*;
use tempfile::TempDir;

fn attache(folder: &Path) -> Command {
    let mut command = Command::cargo_bin("attache").expect("the attache binary is built");
    command.current_dir(folder);
    command
}

/// A scratch folder holding the sample plan as `plan.ron`.
fn scratch() -> (TempDir, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let plan = folder.path().join("plan.ron");
    std::fs::write(&plan, SAMPLE_PLAN).unwrap();
    (folder, plan)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn exports_each_format_to_the_chosen_file() {
    let (folder, _) = scratch();
    for (format, out, start) in [
        ("ics", "out.ics", "BEGIN:VCALENDAR\r\n"),
        ("vcard", "out.vcf", "BEGIN:VCARD\r\nVERSION:4.0\r\n"),
        ("csv", "out.csv", "\u{feff}Id,Name,"),
        ("briefing", "out.html", "<!DOCTYPE html>"),
    ] {
        attache(folder.path())
            .args(["export", format, "plan.ron", "-o", out])
            .assert()
            .success()
            .stdout(format!("{out}: written\n"));
        assert!(
            read(&folder.path().join(out)).starts_with(start),
            "{format}"
        );
    }
    let names: Vec<String> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".attache"))
        .collect();
    assert_eq!(
        names,
        Vec::<String>::new(),
        "no temporary files are left behind"
    );
}

#[test]
fn one_persons_calendar_by_id_or_name_and_to_standard_output() {
    let (folder, _) = scratch();
    let plan = attache::app::sample_plan();
    let person = plan
        .people
        .iter()
        .find(|p| plan.events.iter().any(|e| e.people().any(|id| id == p.id)))
        .unwrap();
    let theirs = plan
        .events
        .iter()
        .filter(|e| e.people().any(|id| id == person.id))
        .count();
    let by_id = attache(folder.path())
        .args(["export", "ics", "plan.ron", "-o", "-", "--person"])
        .arg(person.id.to_string())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let by_id = String::from_utf8(by_id).unwrap();
    assert_eq!(by_id.matches("BEGIN:VEVENT").count(), theirs);
    assert!(theirs < plan.events.len());

    let by_name = attache(folder.path())
        .args([
            "export",
            "ics",
            "plan.ron",
            "-o",
            "-",
            "--person",
            &person.name,
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(by_name)
            .unwrap()
            .matches("BEGIN:VEVENT")
            .count(),
        theirs
    );
}

#[test]
fn programmes_for_the_whole_delegation_or_one_person_by_name() {
    let (folder, _) = scratch();
    let plan = attache::app::sample_plan();
    let delegation = plan
        .people
        .iter()
        .filter(|p| p.side == attache::model::Side::Visiting)
        .count();
    attache(folder.path())
        .args(["export", "programme", "plan.ron", "-o", "all.html"])
        .assert()
        .success()
        .stdout(predicate::str::contains("all.html: written"));
    let all = read(&folder.path().join("all.html"));
    assert!(delegation > 1);
    assert_eq!(
        all.matches("<section class=\"delegate\">").count(),
        delegation
    );

    let head = &plan.people[0];
    attache(folder.path())
        .args([
            "export",
            "programme",
            "plan.ron",
            "-o",
            "head.html",
            "--person",
        ])
        .arg(&head.name)
        .assert()
        .success();
    let one = read(&folder.path().join("head.html"));
    assert_eq!(one.matches("<section class=\"delegate\">").count(), 1);
    assert!(one.contains(&format!("<h1>{} <bdi", head.name)));
}

#[test]
fn export_mistakes_are_explained() {
    let (folder, _) = scratch();
    attache(folder.path())
        .args([
            "export",
            "ics",
            "plan.ron",
            "-o",
            "x.ics",
            "--person",
            "Nobody Atall",
        ])
        .assert()
        .code(2)
        .stderr("plan.ron: error: no person with the id or name “Nobody Atall”\n");
    attache(folder.path())
        .args([
            "export", "csv", "plan.ron", "-o", "x.csv", "--person", "0123",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--person applies only to ics (one person's calendar) and programme",
        ));
    attache(folder.path())
        .args(["export", "ics", "missing.ron", "-o", "x.ics"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "missing.ron: error: cannot be read",
        ));
    attache(folder.path())
        .args(["export", "pdf", "plan.ron", "-o", "x.pdf"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid value 'pdf'"));
    assert!(!folder.path().join("x.ics").exists());
    assert!(!folder.path().join("x.csv").exists());

    // The plan itself as the output, by another name: refused, the plan kept.
    attache(folder.path())
        .args(["export", "csv", "plan.ron", "-o", "./plan.ron"])
        .assert()
        .code(2)
        .stderr(
            "./plan.ron: error: holds an Attaché plan (or its backup); an export is never written \
             over a plan. Choose another file name\n",
        );
    assert_eq!(read(&folder.path().join("plan.ron")), SAMPLE_PLAN);

    // Another plan, even one whose version is not in plain digits (which no Attaché reads).
    let other = SAMPLE_PLAN.replacen("format_version: 1,", "format_version: 1_000,", 1);
    std::fs::write(folder.path().join("other.ron"), &other).unwrap();
    attache(folder.path())
        .args(["export", "csv", "plan.ron", "-o", "other.ron"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "other.ron: error: holds an Attaché plan",
        ));
    assert_eq!(read(&folder.path().join("other.ron")), other);
}

const CONTACTS: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tõnis Saar\r\nN:Saar;Tõnis;;;\r\n\
    ORG:Information System Authority\r\nTITLE:Adviser\r\nEMAIL:tonis.saar@example.ee\r\n\
    END:VCARD\r\n";

#[test]
fn imports_vcard_into_the_plan_and_adds_nothing_the_second_time() {
    let (folder, plan) = scratch();
    std::fs::write(folder.path().join("in.vcf"), CONTACTS).unwrap();
    let before = attache::app::sample_plan();

    attache(folder.path())
        .args(["import", "vcard", "plan.ron", "in.vcf", "--side", "host"])
        .assert()
        .success()
        .stdout(
            "in.vcf:1: add organisation Information System Authority\n\
             in.vcf:1: add person Tõnis Saar (Information System Authority)\n\
             in.vcf: 1 person to add; 1 organisation to add\n\
             plan.ron: saved with the import\n",
        );
    let after = file::load(&plan).unwrap();
    assert_eq!(after.people.len(), before.people.len() + 1);
    let added = after.people.last().unwrap();
    assert_eq!(added.name, "Tõnis Saar");
    assert_eq!(added.side, attache::model::Side::Host);
    assert_eq!(
        file::load(&file::backup_path(&plan)).unwrap(),
        before,
        "the previous version is kept"
    );

    attache(folder.path())
        .args(["import", "vcard", "plan.ron", "in.vcf"])
        .assert()
        .success()
        .stdout("in.vcf: 1 already in the plan\n");
    assert_eq!(file::load(&plan).unwrap(), after);
}

#[test]
fn imports_csv_reporting_bad_rows_by_line() {
    let (folder, plan) = scratch();
    std::fs::write(
        folder.path().join("people.csv"),
        "Full name,E-mail,Role\nKadri Tamm,kadri@example.ee,Adviser\nJaan Kask,jaan@example.ee,Boss\n,x@example.ee,\n",
    )
    .unwrap();
    let before = attache::app::sample_plan();
    attache(folder.path())
        .args(["import", "csv", "plan.ron", "people.csv"])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(
            "people.csv: columns: Name ← “Full name”, Email ← “E-mail”, Role ← “Role”\n\
             people.csv:2: add person Kadri Tamm\n\
             people.csv:3: error: the role “Boss” is not one of ",
        ))
        .stdout(predicate::str::contains(
            "people.csv:4: error: has no name; left out\n\
             people.csv: 1 person to add; 2 entries left out\n\
             plan.ron: saved with the import\n",
        ));
    assert_eq!(
        file::load(&plan).unwrap().people.len(),
        before.people.len() + 1
    );
}

#[test]
fn a_dry_run_changes_nothing() {
    let (folder, plan) = scratch();
    std::fs::write(folder.path().join("in.vcf"), CONTACTS).unwrap();
    attache(folder.path())
        .args(["import", "vcard", "plan.ron", "in.vcf", "--dry-run"])
        .assert()
        .success()
        .stdout(predicate::str::contains("1 person to add"));
    assert_eq!(read(&plan), SAMPLE_PLAN);
    assert!(!file::backup_path(&plan).exists());
}

#[test]
fn an_import_file_that_cannot_be_read_leaves_the_plan_alone() {
    let (folder, plan) = scratch();
    std::fs::write(
        folder.path().join("latin1.vcf"),
        b"BEGIN:VCARD\nFN:T\xf5nis\nEND:VCARD\n",
    )
    .unwrap();
    attache(folder.path())
        .args(["import", "vcard", "plan.ron", "latin1.vcf"])
        .assert()
        .code(2)
        .stderr("latin1.vcf: error: not UTF-8 text; vCard files are written in UTF-8\n");
    std::fs::write(folder.path().join("empty.csv"), "").unwrap();
    attache(folder.path())
        .args(["import", "csv", "plan.ron", "empty.csv"])
        .assert()
        .code(2)
        .stderr("empty.csv: error: the file is empty; expected a header row naming the columns\n");
    assert_eq!(read(&plan), SAMPLE_PLAN);
}
