//! `attache export` and `attache import`, run as the real binary in a scratch folder.

mod support;

use std::path::{Path, PathBuf};

use attache::app::SAMPLE_PLAN;
use attache::file;
use attache::model::{ContactEntry, ContactKind};
use predicates::prelude::*;
use support::command_line::{attache, read};
use tempfile::TempDir;

/// A scratch folder holding the sample plan as `plan.ron`.
fn scratch() -> (TempDir, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let plan = folder.path().join("plan.ron");
    std::fs::write(&plan, SAMPLE_PLAN).unwrap();
    (folder, plan)
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
    assert!(one.contains(&format!("<h1><bdi>{}</bdi> <bdi", head.name)));
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
    let other = SAMPLE_PLAN.replacen("format_version: 3,", "format_version: 1_000,", 1);
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
fn imports_csv_reporting_bad_rows_and_values_by_line() {
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
             people.csv:3: add person Jaan Kask\n\
             people.csv:3: warning: not imported: Role “Boss”: not one of ",
        ))
        .stdout(predicate::str::contains(
            "people.csv:4: error: has no name; left out\n\
             people.csv: 2 people to add; 1 entry left out; 1 value not imported\n\
             plan.ron: saved with the import\n",
        ));
    // A bad role costs the role, not the person.
    let after = file::load(&plan).unwrap();
    assert_eq!(after.people.len(), before.people.len() + 2);
    assert!(
        after
            .people
            .iter()
            .any(|p| p.name == "Jaan Kask" && p.preferred_email() == "jaan@example.ee")
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
        .args([
            "import",
            "vcard",
            "plan.ron",
            "latin1.vcf",
            "--encoding",
            "klingon",
        ])
        .assert()
        .code(2)
        .stderr(
            "error: --encoding klingon: not an encoding name (expected one like windows-1256, \
             utf-8, utf-16le or windows-1252)\n",
        );
    std::fs::write(folder.path().join("empty.csv"), "").unwrap();
    attache(folder.path())
        .args(["import", "csv", "plan.ron", "empty.csv"])
        .assert()
        .code(2)
        .stderr("empty.csv: error: the file is empty; expected a header row naming the columns\n");
    assert_eq!(read(&plan), SAMPLE_PLAN);
}

/// A TZif file (RFC 8536, version 2) for a zone that is always `offset_hours` ahead of UTC and
/// calls itself `name`.
fn fixed_zone_tzif(offset_hours: i32, name: &str) -> Vec<u8> {
    let designations = format!("{name}\0");
    let block = |out: &mut Vec<u8>| {
        out.extend_from_slice(b"TZif2");
        out.extend_from_slice(&[0; 15]);
        // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
        for count in [0u32, 0, 0, 0, 1, designations.len() as u32] {
            out.extend_from_slice(&count.to_be_bytes());
        }
        out.extend_from_slice(&(offset_hours * 3600).to_be_bytes());
        out.extend_from_slice(&[0, 0]); // not daylight saving; designation at 0
        out.extend_from_slice(designations.as_bytes());
    };
    let mut tzif = Vec::new();
    block(&mut tzif);
    block(&mut tzif);
    tzif.extend_from_slice(format!("\n{name}-{offset_hours}\n").as_bytes());
    tzif
}

#[test]
fn the_machines_own_zone_files_change_nothing() {
    let (folder, _) = scratch();
    let export = |tzdir: Option<&Path>| {
        let mut command = attache(folder.path());
        command.args(["export", "ics", "plan.ron", "-o", "-"]);
        if let Some(tzdir) = tzdir {
            command.env("TZDIR", tzdir);
        }
        let output = command.assert().success().get_output().stdout.clone();
        String::from_utf8(output).unwrap()
    };
    let plain = export(None);
    assert!(plain.contains("TZOFFSETTO:+0300"), "{plain}");
    // A machine whose zone files say Tallinn and Baghdad are at UTC+9 all year.
    let forged = folder.path().join("zoneinfo");
    for zone in ["Europe/Tallinn", "Asia/Baghdad"] {
        let path = forged.join(zone);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, fixed_zone_tzif(9, "JST")).unwrap();
    }
    let elsewhere = export(Some(&forged));
    assert!(!elsewhere.contains("+0900"), "{elsewhere}");
    let without_stamps = |text: &str| {
        text.lines()
            .filter(|line| !line.starts_with("DTSTAMP"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(without_stamps(&plain), without_stamps(&elsewhere));
}

#[test]
fn the_version_names_the_time_zone_database() {
    let (folder, _) = scratch();
    attache(folder.path())
        .arg("--version")
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(
                r"^attache \d+\.\d+\.\d+ \(time zones: IANA database 20\d\d[a-z]\)\n$",
            )
            .unwrap(),
        );
}

/// A card for the first person of the sample with an email, a position and a phone: found by
/// the email, with another position, another phone (which is added) and a note.
fn card_differing_from_the_sample() -> (String, attache::model::Person) {
    let person = attache::app::sample_plan()
        .people
        .iter()
        .find(|p| !p.emails.is_empty() && !p.position.is_empty() && !p.phones.is_empty())
        .map(|p| (**p).clone())
        .unwrap();
    let card = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{}\r\nEMAIL:{}\r\nTITLE:Chief adviser\r\n\
         TEL:+1 555 0100\r\nNOTE:Met in Munich.\r\nEND:VCARD\r\n",
        person.name,
        person.preferred_email()
    );
    (card, person)
}

#[test]
fn an_import_keeps_the_plans_values_and_says_so_unless_told_to_take_the_files() {
    let (folder, plan) = scratch();
    let (card, person) = card_differing_from_the_sample();
    std::fs::write(folder.path().join("in.vcf"), card).unwrap();
    attache(folder.path())
        .args(["import", "vcard", "plan.ron", "in.vcf"])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "in.vcf:1: Position: kept the plan's “{}” (the file has “Chief adviser”; \
             --take-file Position takes it)\n",
            person.position
        )))
        .stdout(predicate::str::contains("(adds phone +1 555 0100)\n"));
    let kept = file::load(&plan)
        .unwrap()
        .people
        .iter()
        .find(|p| p.id == person.id)
        .map(|p| (**p).clone())
        .unwrap();
    assert_eq!(kept.position, person.position);
    // The card's number is added to the plan's, whose preferred one stays preferred.
    assert_eq!(kept.phones.len(), person.phones.len() + 1);
    assert_eq!(kept.phones[..person.phones.len()], person.phones[..]);
    assert_eq!(kept.preferred_phone(), person.preferred_phone());
    assert!(kept.notes.ends_with("Met in Munich."), "{}", kept.notes);
    assert!(
        kept.notes.starts_with(person.notes.trim()),
        "notes are added to"
    );

    attache(folder.path())
        .args([
            "import",
            "vcard",
            "plan.ron",
            "in.vcf",
            "--take-file",
            "position",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "in.vcf:1: Position: took the file's “Chief adviser” (the plan had “{}”)\n",
            person.position
        )));
    let taken = file::load(&plan)
        .unwrap()
        .people
        .iter()
        .find(|p| p.id == person.id)
        .map(|p| (**p).clone())
        .unwrap();
    assert_eq!(taken.position, "Chief adviser");
    assert_eq!(taken.phones, kept.phones, "the number is not added twice");
    assert_eq!(taken.notes, kept.notes, "the note is not added twice");
}

#[test]
fn outlooks_arabic_csv_in_windows_1256_is_detected_and_the_encoding_named() {
    let (folder, plan) = scratch();
    // Outlook on an Arabic Windows exports CSV in the ANSI code page, Windows-1256, with CRLF.
    let text = "First Name,Last Name,Company,E-mail Address\r\n\
                علي,العامري,وزارة الزراعة,ali.alamiri@moa.gov.iq\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(text);
    assert!(!unmappable);
    std::fs::write(folder.path().join("outlook.csv"), &bytes).unwrap();
    attache(folder.path())
        .args(["import", "csv", "plan.ron", "outlook.csv"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "outlook.csv: read as windows-1256 (it is not UTF-8; the encoding was guessed, \
             --encoding chooses another)\n",
        ))
        .stdout(predicate::str::contains(
            // The ministry is found in the plan by its name in Arabic.
            "outlook.csv:2: add person علي العامري (Ministry of Agriculture)\n",
        ));
    let after = file::load(&plan).unwrap();
    let ali = after.people.last().unwrap();
    assert_eq!(ali.name, "علي العامري");
    assert_eq!(ali.preferred_email(), "ali.alamiri@moa.gov.iq");

    // Chosen by the planner, the same file is read the same way, and says so.
    attache(folder.path())
        .args([
            "import",
            "csv",
            "plan.ron",
            "outlook.csv",
            "--encoding",
            "cp1256",
            "--dry-run",
        ])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "outlook.csv: read as windows-1256, as chosen\n",
        ))
        .stdout(predicate::str::contains("1 already in the plan"));
}

#[test]
fn organisations_export_to_a_csv_of_their_own_and_import_back() {
    let (folder, plan) = scratch();
    attache(folder.path())
        .args([
            "export",
            "organisations-csv",
            "plan.ron",
            "-o",
            "organisations.csv",
        ])
        .assert()
        .success();
    let text = read(&folder.path().join("organisations.csv"));
    assert_eq!(
        text.lines().next(),
        Some("\u{feff}Id,Name,Name in own script,Kind,Country,Address,Website,Notes")
    );
    let before = file::load(&plan).unwrap();
    assert!(text.contains(&before.organisations[0].native_name));
    // Into a plan without them, they come back whole, ids included.
    let mut empty = before.clone();
    empty.organisations.clear();
    file::save(&empty, &plan).unwrap();
    attache(folder.path())
        .args(["import", "csv", "plan.ron", "organisations.csv"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "organisations.csv: an organisations sheet, as Attaché exports it\n",
        ));
    assert_eq!(
        file::load(&plan).unwrap().organisations,
        before.organisations
    );
}

#[test]
fn the_column_mapping_is_chosen_on_the_command_line() {
    let (folder, plan) = scratch();
    std::fs::write(
        folder.path().join("hosts.csv"),
        "Delegate,Handy,Shoe size\r\nKadri Tamm,+372 5555 0009,38\r\n",
    )
    .unwrap();
    attache(folder.path())
        .args([
            "import",
            "csv",
            "plan.ron",
            "hosts.csv",
            "--column",
            "Delegate=Name",
        ])
        .args([
            "--column",
            "handy=mobile phone",
            "--column",
            "Shoe size=none",
        ])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "hosts.csv: columns: Name ← “Delegate”, Mobile phone ← “Handy”; left out: “Shoe size”\n\
             hosts.csv:2: add person Kadri Tamm\n",
        ));
    let kadri = file::load(&plan).unwrap().people.last().unwrap().clone();
    assert_eq!(kadri.name, "Kadri Tamm");
    assert_eq!(
        kadri.phones,
        [ContactEntry::new("+372 5555 0009", ContactKind::Mobile)]
    );

    attache(folder.path())
        .args([
            "import",
            "csv",
            "plan.ron",
            "hosts.csv",
            "--column",
            "Delegate=Boss",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: --column Delegate=Boss: “Boss” is not a field (expected one of Id, Name, ",
        ));
    attache(folder.path())
        .args([
            "import",
            "csv",
            "plan.ron",
            "hosts.csv",
            "--column",
            "Name=Name",
        ])
        .assert()
        .code(2)
        .stderr(
            "error: --column Name=Name: the file has no column “Name” (its columns: “Delegate”, \
             “Handy”, “Shoe size”)\n",
        );
}

#[test]
fn documents_are_written_in_the_language_asked_for_and_in_english_by_default() {
    let (folder, _) = scratch();
    let export = |format: &str, out: &str, lang: Option<&str>| {
        let mut command = attache(folder.path());
        command.args(["export", format, "plan.ron", "-o", out]);
        if let Some(lang) = lang {
            command.args(["--lang", lang]);
        }
        // What the command line says stays English.
        command
            .assert()
            .success()
            .stdout(format!("{out}: written\n"));
        read(&folder.path().join(out))
    };

    let estonian = export("briefing", "et.html", Some("et"));
    assert!(estonian.contains("<html lang=\"et\" dir=\"ltr\">"));
    for words in [
        "<p class=\"kicker\">Taustamaterjal</p>",
        "<h2>Delegatsioon</h2>",
        "<h3>Sisukord</h3>",
        "esmaspäev, 22. märts 2027",
        "content: \"lk \" counter(page) \" / \" counter(pages)",
    ] {
        assert!(estonian.contains(words), "{words}");
    }
    for english in [
        "Briefing book",
        "The delegation",
        "Monday 22 March",
        "page \"",
    ] {
        assert!(!estonian.contains(english), "{english}");
    }

    let default = export("briefing", "default.html", None);
    assert_eq!(default, export("briefing", "en.html", Some("en")));
    assert!(default.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(default.contains("<p class=\"kicker\">Briefing book</p>"));
    assert!(default.contains("Monday 22 March 2027"));
    assert!(default.contains("content: \"page \" counter(page) \" of \" counter(pages)"));

    let programme = export("programme", "programme-et.html", Some("et"));
    assert!(programme.contains("<html lang=\"et\" dir=\"ltr\">"));
    assert!(programme.contains("<div class=\"day\">E 22. märts</div>"));
    assert!(programme.contains("<h3>Kontaktametnik</h3>"));
    assert!(!programme.contains("Contact officer"));
    let programme = export("programme", "programme-en.html", None);
    assert!(programme.contains("<div class=\"day\">Mon 22 Mar</div>"));

    let seating = export("seating", "seating-et.html", Some("et"));
    assert!(seating.contains("<html lang=\"et\" dir=\"ltr\">"));
    assert!(seating.contains("<title>Istumisplaan — "));

    // Arabic pages read from right to left, in Arabic words, with Iraq's month names and
    // Arabic-Indic digits, page numbers included; the plan's Latin names keep their own
    // direction inside their isolates.
    let arabic = export("briefing", "ar.html", Some("ar"));
    assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"));
    for words in [
        "<p class=\"kicker\">ملف الإحاطة</p>",
        "<h2>الوفد</h2>",
        "الاثنين ٢٢ آذار ٢٠٢٧",
        "counter(page, arabic-indic)",
        "@bottom-left",
        "<bdi>Tallinn</bdi>",
    ] {
        assert!(arabic.contains(words), "{words}");
    }
    for english in [
        "Briefing book",
        "The delegation",
        "Monday 22 March",
        "@bottom-right",
    ] {
        assert!(!arabic.contains(english), "{english}");
    }
    let programme = export("programme", "programme-ar.html", Some("ar"));
    assert!(programme.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(programme.contains("<div class=\"day\">الاثنين ٢٢ آذار</div>"));
    // A journey's arrow points from its start to its end the way the line reads.
    let transport = export("transport", "transport-ar.html", Some("ar"));
    assert!(transport.contains(" ← ") && !transport.contains(" → "));
    assert!(export("transport", "transport-en.html", None).contains(" → "));

    // A spreadsheet is the same file whatever the language.
    assert_eq!(
        export("rooming-grid-csv", "grid-et.csv", Some("et")),
        export("rooming-grid-csv", "grid-en.csv", None)
    );
}

#[test]
fn a_language_attache_does_not_write_is_refused_naming_those_it_does() {
    let (folder, _) = scratch();
    attache(folder.path())
        .args(["export", "briefing", "plan.ron", "-o", "x.html", "--lang", "fr"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Attaché does not write documents in “fr”; the languages it writes are en (English), et (Eesti) and ar (العربية)",
        ));
    assert!(!folder.path().join("x.html").exists());
}

/// The part of `html` from `start` to the first `end` after it.
fn between<'h>(html: &'h str, start: &str, end: &str) -> &'h str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("{start} is in the page"));
    let to = html[from..].find(end).map_or(html.len(), |to| from + to);
    &html[from..to]
}

#[test]
fn changes_since_an_earlier_version_are_listed_first_and_marked_on_their_line() {
    let (folder, plan_path) = scratch();
    let (changed, before, after) = support::sample_with_a_moved_event();
    file::save(&changed, &plan_path).unwrap();
    // The version handed out on 1 March, kept by File → Mark as issued.
    let issued = folder
        .path()
        .join("plan-issued/plan-issued-2027-03-01-0930.ron");
    std::fs::create_dir(issued.parent().unwrap()).unwrap();
    std::fs::write(&issued, SAMPLE_PLAN).unwrap();
    let (was, is) = (support::start_time(&before), support::start_time(&after));
    for format in ["programme", "briefing"] {
        attache(folder.path())
            .args([
                "export",
                format,
                "plan.ron",
                "-o",
                "out.html",
                "--changes-since",
            ])
            .arg(&issued)
            .assert()
            .success();
        let html = read(&folder.path().join("out.html"));
        let changes = between(&html, "<div class=\"changes\">", "</div>");
        assert!(
            changes.contains("<h3>Changes since the version of Monday 1 March 2027</h3>"),
            "{format}: {changes}"
        );
        let moved = between(changes, &format!("Moved: “{}” to ", after.title), "</li>");
        let (to, from) = moved.split_once(", from ").expect("the old time is given");
        assert!(to.contains(&is) && from.contains(&was), "{format}: {moved}");
        // The event's line: marked by a bar (its class) and in words, with the old time.
        let title = format!("<span class=\"title\"><bdi>{}</bdi></span>", after.title);
        let at = html.find(&title).expect("the moved event is printed");
        let row_start = html[..at].rfind("<tr").unwrap();
        let row = &html[row_start..at + html[at..].find("</tr>").unwrap()];
        assert!(
            row.starts_with("<tr class=\"") && row[..row.find('>').unwrap()].contains("changed")
        );
        let mark = between(row, "<span class=\"change\">", "</span>");
        assert!(
            mark.starts_with("<span class=\"change\">Moved, was <bdi>") && mark.contains(&was),
            "{format}: {mark}"
        );
    }
}

#[test]
fn an_unchanged_plan_says_nothing_changed_and_marks_nothing() {
    let (folder, _) = scratch();
    std::fs::write(folder.path().join("sent.ron"), SAMPLE_PLAN).unwrap();
    for format in ["programme", "briefing"] {
        attache(folder.path())
            .args(["export", format, "plan.ron", "-o", "out.html"])
            .args(["--changes-since", "sent.ron"])
            .assert()
            .success();
        let html = read(&folder.path().join("out.html"));
        assert!(html.contains("Nothing has changed since then."), "{format}");
        assert!(!html.contains("class=\"change\""), "{format}");
        assert!(!html.contains("changed\""), "{format}");
    }
}

#[test]
fn an_earlier_version_that_cannot_be_read_is_named_and_nothing_is_written() {
    let (folder, _) = scratch();
    std::fs::write(folder.path().join("notes.ron"), "not a plan at all").unwrap();
    for old in ["missing.ron", "notes.ron"] {
        attache(folder.path())
            .args(["export", "programme", "plan.ron", "-o", "out.html"])
            .args(["--changes-since", old])
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with(old))
            .stderr(predicate::str::contains(
                "(the earlier version to mark changes since)",
            ));
        assert!(!folder.path().join("out.html").exists());
    }
    attache(folder.path())
        .args(["export", "ics", "plan.ron", "-o", "out.ics"])
        .args(["--changes-since", "plan.ron"])
        .assert()
        .code(2)
        .stderr("attache: --changes-since applies only to briefing and programme\n");
}

#[test]
fn issue_keeps_a_copy_that_changes_are_marked_against() {
    let (folder, plan_path) = scratch();
    attache(folder.path())
        .args(["issue", "plan.ron"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "plan.ron: issued as plan-issued/plan-issued-",
        ));
    let issued = file::issued_versions(&plan_path);
    assert_eq!(issued.len(), 1);
    assert_eq!(
        file::load(&issued[0].path).unwrap(),
        file::load(&plan_path).unwrap()
    );
    attache(folder.path())
        .args(["issue", "missing.ron"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("missing.ron: error: "));
}

/// The sample after a week of planning, in every way the box's sentences cover that a reader of
/// the sample meets: an event moved, given another place and one person fewer, another
/// cancelled, one added, a person added.
fn sample_with_changes_of_every_kind() -> attache::model::Plan {
    let (mut plan, _, moved) = support::sample_with_a_moved_event();
    let at = plan.events.iter().position(|e| e.id == moved.id).unwrap();
    let mut event = (*moved).clone();
    event.location = "Stenbock House".into();
    event.participants.pop();
    plan.events[at] = std::sync::Arc::new(event.clone());
    let other = (plan.events.iter())
        .position(|e| e.id != moved.id && e.status != attache::model::EventStatus::Cancelled)
        .unwrap();
    std::sync::Arc::make_mut(&mut plan.events[other]).status =
        attache::model::EventStatus::Cancelled;
    event.id = attache::model::Id::random();
    event.title = "Briefing".into();
    plan.events.push(std::sync::Arc::new(event));
    let mut person = (*plan.people[0]).clone();
    person.id = attache::model::Id::random();
    person.name = "Mari Tamm".into();
    plan.people.push(std::sync::Arc::new(person));
    plan
}

#[test]
fn the_changes_box_speaks_the_documents_language_and_attache_diff_english() {
    let (folder, plan_path) = scratch();
    file::save(&sample_with_changes_of_every_kind(), &plan_path).unwrap();
    std::fs::write(folder.path().join("sent.ron"), SAMPLE_PLAN).unwrap();
    // What English writes for the sentences themselves, around the titles, times and names.
    let english = [
        "Added:",
        "Cancelled:",
        "Moved:",
        ", from ",
        "Place of",
        "(was ",
        "People at",
        "removed",
        "Person added",
        "”",
    ];
    let openings = [
        (
            "et",
            [
                "Lisatud:",
                "Tühistatud:",
                "Aeg muutunud:",
                "koht:",
                "osalejad:",
                "Isik lisatud:",
            ],
        ),
        (
            "ar",
            [
                "أُضيفت:",
                "أُلغيت:",
                "تغيّر موعدها:",
                "مكان",
                "المشاركون في",
                "أُضيف شخص:",
            ],
        ),
    ];
    for (language, words) in openings {
        for format in ["programme", "briefing"] {
            attache(folder.path())
                .args([
                    "export", format, "plan.ron", "-o", "out.html", "--lang", language,
                ])
                .args(["--changes-since", "sent.ron"])
                .assert()
                .success();
            let html = read(&folder.path().join("out.html"));
            let changes = between(&html, "<div class=\"changes\">", "</div>");
            let sentences: Vec<&str> = changes
                .split("<li>")
                .skip(1)
                .map(|item| item.split("</li>").next().unwrap())
                .collect();
            assert_eq!(sentences.len(), 6, "{language} {format}: {changes}");
            for word in words {
                assert!(
                    sentences.iter().any(|sentence| sentence.contains(word)),
                    "{language} {format}: {word} in {sentences:#?}"
                );
            }
            for sentence in &sentences {
                for word in english {
                    assert!(!sentence.contains(word), "{language} {format}: {sentence}");
                }
            }
        }
    }
    // The command line speaks English, as before.
    attache(folder.path())
        .args(["diff", "sent.ron", "plan.ron"])
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("Person added: Mari Tamm")
                .and(predicate::str::contains("Added: “Briefing”, ")),
        );
}
