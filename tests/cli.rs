//! The command line, run as the real `attache` binary: `check` and `fmt`, their exit codes and the
//! exact shape of what they print.
//!
//! Every fixture is the bundled sample plan, written to a scratch folder as is or with one record
//! edited, so that each broken plan differs from a valid one by exactly the mistake under test.
//! The commands run inside the scratch folder and are given relative paths, so that the expected
//! output can be written out in full.

mod support;

use std::ops::Range;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use attache::app::SAMPLE_PLAN;
use attache::file;
use attache::model::Plan;
use predicates::prelude::*;
use support::command_line::read;
use tempfile::TempDir;

// ---------------------------------------------------------------------------------------------
// Helpers

/// The `attache` binary, run in `folder`.
fn attache(folder: &Path) -> Command {
    let mut command = support::command_line::attache(folder);
    // `check` finds overdue actions and questions left unasked as of today; these tests check the
    // sample as of a day before its visit, so that they pass whatever the date.
    command.env("ATTACHE_TODAY", "2027-03-01");
    command
}

fn scratch() -> TempDir {
    tempfile::tempdir().expect("a scratch folder")
}

/// Writes `text` to `name` in `folder` and returns the file's full path.
fn write(folder: &Path, name: &str, text: &str) -> PathBuf {
    let path = folder.join(name);
    std::fs::write(&path, text).expect("the fixture is written");
    path
}

fn sample() -> Plan {
    file::from_text(SAMPLE_PLAN).expect("the sample plan loads")
}

/// Replaces the one occurrence of `from` in `text`, refusing to guess when there are more or none.
fn replace_one(text: &str, from: &str, to: &str) -> String {
    assert_eq!(
        text.matches(from).count(),
        1,
        "expected exactly one {from:?} in the text being edited"
    );
    text.replacen(from, to, 1)
}

/// The byte range of the top-level record (organisation, person, event, topic, action) whose id
/// is `id`: from its opening `(` line to its closing `),` line, both included.
fn record_span(text: &str, id: &str) -> Range<usize> {
    const OPEN: &str = "        (\n";
    const CLOSE: &str = "\n        ),\n";
    let id_line = text
        .find(&format!("\n            id: \"{id}\",\n"))
        .unwrap_or_else(|| panic!("no record with id {id}"));
    // `id_line` is the newline that ends the opening line.
    let start = text[..=id_line]
        .rfind(OPEN)
        .expect("the record's opening line");
    let end = id_line
        + text[id_line..]
            .find(CLOSE)
            .expect("the record's closing line")
        + CLOSE.len();
    start..end
}

/// `text` with the record whose id is `id` replaced by `edit` of it.
fn edit_record(text: &str, id: &str, edit: impl FnOnce(&str) -> String) -> String {
    let span = record_span(text, id);
    format!(
        "{}{}{}",
        &text[..span.start],
        edit(&text[span.clone()]),
        &text[span.end..]
    )
}

/// Line and column (from 1, columns in characters) of the `occurrence`-th (from 0) `id: "ID"`
/// field in `text`: where `attache check` should place a problem with that record.
fn place_of_id(text: &str, id: &str, occurrence: usize) -> (usize, usize) {
    let field = format!("id: \"{id}\"");
    let (offset, _) = text
        .match_indices(&field)
        .filter(|(offset, _)| text[..*offset].ends_with(' '))
        .nth(occurrence)
        .unwrap_or_else(|| panic!("no {occurrence}-th {field} in the text"));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    (line, column)
}

/// A zone name the IANA database does not know.
const NO_SUCH_ZONE: &str = "Europe/Atlantis";

fn unknown_zone_message(zone: &str) -> String {
    format!(
        "\"{zone}\" is not a time zone known to the IANA database (expected a name like \"Europe/Tallinn\")"
    )
}

/// The sample with some mistakes, each made by editing one record, and the lines
/// `attache check NAME` must print for it, in order (by rule: duplicated ids, then references,
/// then the visit's times, then each event's times in file order).
struct Broken {
    text: String,
    expected: Vec<String>,
}

/// A record's id and which of the records with that id (0 for the first) a problem points at.
type RecordOccurrence = (String, usize);

/// Builds the sample with the named mistakes and the exact lines expected for `name`.
fn broken_sample(name: &str, mistakes: &[Mistake]) -> Broken {
    let plan = sample();
    let mut text = SAMPLE_PLAN.to_owned();
    // Where each problem is placed is computed after all edits, from the final text.
    let mut pending: Vec<(Mistake, String, Option<RecordOccurrence>)> = Vec::new();
    for &mistake in mistakes {
        match mistake {
            Mistake::DuplicateId => {
                // A copy of the first organisation, renamed, right after it: the copy is the
                // second record with the id, so it is the one reported.
                let original = &plan.organisations[0];
                let id = original.id.to_string();
                let span = record_span(&text, &id);
                let copy = replace_one(
                    &text[span.clone()],
                    &format!("name: \"{}\",", original.name),
                    "name: \"Ministry of Communications (second copy)\",",
                );
                text.insert_str(span.end, &copy);
                pending.push((
                    mistake,
                    "organisation \"Ministry of Communications (second copy)\" has the same id as \
                     an earlier record; each record needs its own id"
                        .into(),
                    Some((id, 1)),
                ));
            }
            Mistake::DanglingReference => {
                // The first person now works for an organisation that is not in the plan.
                let person = &plan.people[0];
                let id = person.id.to_string();
                let organisation = person.organisation.expect("the first person has one");
                text = edit_record(&text, &id, |record| {
                    replace_one(
                        record,
                        &format!("organisation: \"{organisation}\","),
                        "organisation: \"00000000deadbeef\",",
                    )
                });
                pending.push((
                    mistake,
                    format!(
                        "person \"{}\" refers to organisation 00000000deadbeef, which is not in \
                         the plan",
                        person.name
                    ),
                    Some((id, 0)),
                ));
            }
            Mistake::UnknownZone => {
                // The second event lands in a zone that does not exist.
                let event = &plan.events[1];
                let id = event.id.to_string();
                text = edit_record(&text, &id, |record| {
                    let (head, tail) = record
                        .split_at(record.find("            end: (\n").expect("the end field"));
                    let tail = tail.replacen(
                        &format!("zone: \"{}\"", event.end.zone),
                        &format!("zone: \"{NO_SUCH_ZONE}\""),
                        1,
                    );
                    format!("{head}{tail}")
                });
                pending.push((
                    mistake,
                    format!(
                        "event \"{}\", its end: {}",
                        event.title,
                        unknown_zone_message(NO_SUCH_ZONE)
                    ),
                    Some((id, 0)),
                ));
            }
            Mistake::EndBeforeStart => {
                // The first event (04:30 in Baghdad, UTC+3) now lands at 03:00 in Istanbul (also
                // UTC+3): an hour and a half before it took off.
                let event = &plan.events[0];
                assert_eq!(
                    (event.start.zone.as_str(), event.end.zone.as_str()),
                    ("Asia/Baghdad", "Europe/Istanbul"),
                    "the sample's first event is the flight from Baghdad to Istanbul"
                );
                let id = event.id.to_string();
                text = edit_record(&text, &id, |record| {
                    replace_one(
                        record,
                        &format!("wall: \"{}\",", event.end.wall),
                        "wall: \"2027-03-21T03:00:00\",",
                    )
                });
                pending.push((
                    mistake,
                    format!(
                        "event \"{}\" ends (Sun 21 Mar 03:00 Istanbul) before it starts \
                         ({} Baghdad)",
                        event.title,
                        event.start.wall.strftime("%a %-d %b %H:%M")
                    ),
                    Some((id, 0)),
                ));
            }
            Mistake::UnknownHomeZone => {
                text = replace_one(
                    &text,
                    "        home_zone: \"Asia/Baghdad\",",
                    &format!("        home_zone: \"{NO_SUCH_ZONE}\","),
                );
                // The visit has no id: the problem is placed at the `visit:` field.
                pending.push((
                    mistake,
                    format!(
                        "the visit's home zone: {}",
                        unknown_zone_message(NO_SUCH_ZONE)
                    ),
                    None,
                ));
            }
        }
    }
    pending.sort_by_key(|(mistake, _, _)| *mistake);
    let expected = pending
        .into_iter()
        .map(|(_, message, record)| match record {
            Some((id, occurrence)) => {
                let (line, column) = place_of_id(&text, &id, occurrence);
                format!("{name}:{line}:{column}: error: {message}")
            }
            None => {
                // Problems with the visit are placed at its `visit:` field.
                let offset = text.find("\n    visit: (").expect("the plan has a visit") + 1;
                let line = text[..offset].lines().count() + 1;
                format!("{name}:{line}:5: error: {message}")
            }
        })
        .collect();
    Broken { text, expected }
}

/// The mistakes `broken_sample` can make, in the order `check` reports them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Mistake {
    DuplicateId,
    DanglingReference,
    UnknownHomeZone,
    /// In the first event.
    EndBeforeStart,
    /// In the second event.
    UnknownZone,
}

fn lines(lines: &[String]) -> String {
    lines.iter().map(|line| format!("{line}\n")).collect()
}

// ---------------------------------------------------------------------------------------------
// attache check: clean plans

#[test]
fn check_passes_the_sample_plan_with_at_most_warnings() {
    let folder = scratch();
    write(folder.path(), "sample.ron", SAMPLE_PLAN);
    let output = attache(folder.path())
        .args(["check", "sample.ron"])
        .assert()
        .code(0)
        .stderr("")
        .get_output()
        .stdout
        .clone();
    let stdout = String::from_utf8(output).expect("check prints UTF-8");
    let warning = predicate::str::is_match(r"^sample\.ron(:[1-9][0-9]*:[1-9][0-9]*)?: warning: \S")
        .expect("a valid pattern");
    for line in stdout.lines() {
        assert!(
            warning.eval(line),
            "every line about the sample is a warning: {line:?}"
        );
    }
}

#[test]
fn check_passes_a_plan_given_by_its_full_path() {
    let folder = scratch();
    let path = write(folder.path(), "sample.ron", SAMPLE_PLAN);
    attache(folder.path())
        .arg("check")
        .arg(&path)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("error").not())
        .stderr("");
}

#[test]
fn check_as_of_a_day_after_the_visit_warns_of_overdue_actions() {
    let folder = scratch();
    write(folder.path(), "sample.ron", SAMPLE_PLAN);
    let output = attache(folder.path())
        .args(["check", "--today", "2027-04-21", "sample.ron"])
        .assert()
        .code(0)
        .stderr("")
        .get_output()
        .stdout
        .clone();
    let stdout = String::from_utf8(output).expect("check prints UTF-8");
    let overdue: Vec<&str> = stdout
        .lines()
        .filter(|line| line.contains(" was due on "))
        .collect();
    assert_eq!(overdue.len(), 2, "{stdout}");
    assert!(
        overdue[0].contains(": warning: action \"Prepare the terms of reference")
            && overdue[0].ends_with("was due on 2027-04-15 and is still in progress"),
        "{stdout}"
    );
    assert!(
        stdout.lines().all(|line| line.contains(": warning: ")),
        "{stdout}"
    );
}

// ---------------------------------------------------------------------------------------------
// attache check: plans with errors

/// Runs `attache check plan.ron` on the sample with one mistake and expects exit 1 and exactly
/// the expected line.
fn assert_single_error(mistake: Mistake) -> Broken {
    let folder = scratch();
    let broken = broken_sample("plan.ron", &[mistake]);
    assert_eq!(broken.expected.len(), 1);
    write(folder.path(), "plan.ron", &broken.text);
    attache(folder.path())
        .args(["check", "plan.ron"])
        .assert()
        .code(1)
        .stdout(lines(&broken.expected))
        .stderr("");
    broken
}

#[test]
fn check_places_a_duplicate_id_at_the_second_record() {
    let broken = assert_single_error(Mistake::DuplicateId);
    let id = sample().organisations[0].id.to_string();
    let first = place_of_id(&broken.text, &id, 0);
    let second = place_of_id(&broken.text, &id, 1);
    assert!(second.0 > first.0);
    // Spelled out once, so that a wrong computation in the helpers cannot hide a wrong place:
    // top-level records' ids stand in column 13.
    assert!(broken.expected[0].starts_with(&format!("plan.ron:{}:13: error: ", second.0)));
}

#[test]
fn check_reports_a_reference_to_a_missing_record_at_the_referring_record() {
    assert_single_error(Mistake::DanglingReference);
}

#[test]
fn check_reports_an_unknown_zone_at_the_event() {
    assert_single_error(Mistake::UnknownZone);
}

#[test]
fn check_reports_an_unknown_visit_zone_at_the_visit() {
    let broken = assert_single_error(Mistake::UnknownHomeZone);
    assert!(broken.expected[0].starts_with("plan.ron:4:5: error: the visit's home zone: "));
}

#[test]
fn check_reports_an_event_ending_before_it_starts() {
    assert_single_error(Mistake::EndBeforeStart);
}

#[test]
fn check_reports_every_error_in_a_plan() {
    let folder = scratch();
    let broken = broken_sample(
        "plan.ron",
        &[
            Mistake::EndBeforeStart,
            Mistake::UnknownZone,
            Mistake::DanglingReference,
            Mistake::DuplicateId,
            Mistake::UnknownHomeZone,
        ],
    );
    assert_eq!(broken.expected.len(), 5);
    write(folder.path(), "plan.ron", &broken.text);
    attache(folder.path())
        .args(["check", "plan.ron"])
        .assert()
        .code(1)
        .stdout(lines(&broken.expected))
        .stderr("");
}

#[test]
fn check_of_a_duplicate_id_far_from_the_first_places_it_at_the_second() {
    // A renamed copy of the first person, after the last person.
    let folder = scratch();
    let plan = sample();
    let first = &plan.people[0];
    let last = plan.people.last().expect("the sample has people");
    let copy = replace_one(
        &SAMPLE_PLAN[record_span(SAMPLE_PLAN, &first.id.to_string())],
        &format!("name: \"{}\",", first.name),
        "name: \"Head of delegation (copy)\",",
    );
    let mut text = SAMPLE_PLAN.to_owned();
    text.insert_str(record_span(SAMPLE_PLAN, &last.id.to_string()).end, &copy);
    let (line, column) = place_of_id(&text, &first.id.to_string(), 1);
    assert!(line > place_of_id(&text, &last.id.to_string(), 0).0);
    write(folder.path(), "plan.ron", &text);
    attache(folder.path())
        .args(["check", "plan.ron"])
        .assert()
        .code(1)
        .stdout(format!(
            "plan.ron:{line}:{column}: error: person \"Head of delegation (copy)\" has the same \
             id as an earlier record; each record needs its own id\n"
        ))
        .stderr("");
}

#[test]
fn check_reports_each_file_under_its_own_name() {
    let folder = scratch();
    write(folder.path(), "good.ron", SAMPLE_PLAN);
    let bad = broken_sample("bad.ron", &[Mistake::DuplicateId]);
    write(folder.path(), "bad.ron", &bad.text);
    attache(folder.path())
        .args(["check", "good.ron", "bad.ron", "good.ron"])
        .assert()
        .code(1)
        .stdout(lines(&bad.expected))
        .stderr("");
}

// ---------------------------------------------------------------------------------------------
// attache check: files that cannot be loaded

/// Runs `attache check` on one file and expects exit 2 and exactly one line starting with
/// `prefix`; returns that line.
fn assert_unloadable(folder: &Path, name: &str, prefix: &str) -> String {
    let assert = attache(folder)
        .args(["check", name])
        .assert()
        .code(2)
        .stderr("");
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    assert_eq!(
        stdout.lines().count(),
        1,
        "one line for one file: {stdout:?}"
    );
    assert!(stdout.ends_with('\n'));
    assert!(
        stdout.starts_with(prefix),
        "{stdout:?} should start with {prefix:?}"
    );
    assert!(
        stdout.trim_end().len() > prefix.len(),
        "the line goes on to say what is wrong: {stdout:?}"
    );
    stdout.trim_end().to_owned()
}

#[test]
fn check_refuses_malformed_ron_with_its_line_and_column() {
    let folder = scratch();
    // A bare word before the visit's title, which must be a string.
    let text = replace_one(
        SAMPLE_PLAN,
        "    visit: (\n        title: \"",
        "    visit: (\n        title: oops \"",
    );
    let line = text[..text.find("oops").expect("the mistake")]
        .matches('\n')
        .count()
        + 1;
    write(folder.path(), "plan.ron", &text);
    assert_unloadable(
        folder.path(),
        "plan.ron",
        &format!("plan.ron:{line}:15: error: "),
    );
}

#[test]
fn check_refuses_an_unknown_variant_with_its_line_and_column() {
    let folder = scratch();
    let plan = sample();
    let text = edit_record(SAMPLE_PLAN, &plan.people[0].id.to_string(), |record| {
        replace_one(record, "side: Visiting,", "side: Visitng,")
    });
    let offset = text.find("Visitng").expect("the typo");
    let line = text[..offset].matches('\n').count() + 1;
    write(folder.path(), "plan.ron", &text);
    let printed = assert_unloadable(
        folder.path(),
        "plan.ron",
        &format!("plan.ron:{line}:19: error: "),
    );
    assert!(printed.contains("Visitng"), "{printed}");
}

#[test]
fn check_refuses_a_truncated_file_with_its_place() {
    let folder = scratch();
    let cut = SAMPLE_PLAN.len() / 2;
    let cut = (cut..SAMPLE_PLAN.len())
        .find(|&i| SAMPLE_PLAN.is_char_boundary(i))
        .expect("a character boundary");
    write(folder.path(), "plan.ron", &SAMPLE_PLAN[..cut]);
    let printed = assert_unloadable(folder.path(), "plan.ron", "plan.ron:");
    let predicate = predicate::str::is_match(r"^plan\.ron:[1-9][0-9]*:[1-9][0-9]*: error: \S")
        .expect("a valid pattern");
    assert!(predicate.eval(&printed), "{printed}");
}

#[test]
fn check_refuses_a_missing_file_without_a_place() {
    let folder = scratch();
    let printed = assert_unloadable(folder.path(), "missing.ron", "missing.ron: error: ");
    assert!(printed.contains("cannot be read"), "{printed}");
}

#[test]
fn check_refuses_a_folder() {
    let folder = scratch();
    std::fs::create_dir(folder.path().join("plans.ron")).expect("a folder");
    let printed = assert_unloadable(folder.path(), "plans.ron", "plans.ron: error: ");
    assert_eq!(printed, "plans.ron: error: is a folder, not a plan file");
}

#[test]
fn check_refuses_a_newer_format_version_without_a_place() {
    let folder = scratch();
    let text = replace_one(SAMPLE_PLAN, "format_version: 3,", "format_version: 99,");
    write(folder.path(), "plan.ron", &text);
    let printed = assert_unloadable(folder.path(), "plan.ron", "plan.ron: error: ");
    assert_eq!(
        printed,
        "plan.ron: error: was written in plan format version 99, newer than version 3 that this \
         Attaché understands; open it with a newer Attaché"
    );
}

#[test]
fn check_refuses_format_version_zero_at_its_place() {
    let folder = scratch();
    let text = replace_one(SAMPLE_PLAN, "format_version: 3,", "format_version: 0,");
    write(folder.path(), "plan.ron", &text);
    let printed = assert_unloadable(folder.path(), "plan.ron", "plan.ron:3:21: error: ");
    assert_eq!(
        printed,
        "plan.ron:3:21: error: format version 0 does not exist (expected 1 to 3)"
    );
}

#[test]
fn check_refuses_bytes_that_are_not_utf8_at_their_place() {
    let folder = scratch();
    let mut bytes = SAMPLE_PLAN.as_bytes().to_vec();
    // Latin-1 "é" in the visit's title, line 5.
    let at = SAMPLE_PLAN.find("Iraqi government").expect("the title");
    bytes.insert(at, 0xe9);
    std::fs::write(folder.path().join("plan.ron"), bytes).expect("written");
    assert_unloadable(folder.path(), "plan.ron", "plan.ron:5:17: error: ");
}

#[test]
fn check_of_several_files_exits_2_when_one_is_unloadable_and_reports_all() {
    let folder = scratch();
    let broken = broken_sample("errors.ron", &[Mistake::DanglingReference]);
    write(folder.path(), "errors.ron", &broken.text);
    write(folder.path(), "clean.ron", SAMPLE_PLAN);
    write(
        folder.path(),
        "malformed.ron",
        "(format_version: 1, visit: (\n",
    );
    let assert = attache(folder.path())
        .args(["check", "malformed.ron", "clean.ron", "errors.ron"])
        .assert()
        .code(2)
        .stderr("");
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    let printed: Vec<&str> = stdout.lines().collect();
    assert_eq!(printed.len(), 2, "{stdout}");
    assert!(
        printed[0].starts_with("malformed.ron:1:29: error: "),
        "{stdout}"
    );
    assert_eq!(printed[1], broken.expected[0]);

    // The order of the files does not change the exit code.
    attache(folder.path())
        .args(["check", "errors.ron", "missing.ron"])
        .assert()
        .code(2)
        .stdout(predicate::str::starts_with(lines(&broken.expected)).and(
            predicate::str::contains("\nmissing.ron: error: cannot be read"),
        ));
}

// ---------------------------------------------------------------------------------------------
// attache fmt

/// The sample in a form `fmt` must rewrite: a comment, two-space indents and two of the visit's
/// fields swapped. It still loads as the same plan.
fn non_canonical_sample() -> String {
    let text = SAMPLE_PLAN.replacen(
        "#![enable(implicit_some)]\n",
        "#![enable(implicit_some)]\n// Draft for the protocol office; do not send yet.\n",
        1,
    );
    let text = replace_one(
        &text,
        "        first_day: \"2027-03-21\",\n        last_day: \"2027-03-28\",\n",
        "        last_day: \"2027-03-28\",\n        first_day: \"2027-03-21\",\n",
    );
    let text: String = text
        .lines()
        .map(|line| {
            let indent = line.len() - line.trim_start_matches(' ').len();
            format!(
                "{}{}\n",
                " ".repeat(indent / 2),
                line.trim_start_matches(' ')
            )
        })
        .collect();
    assert_eq!(
        file::from_text(&text).expect("still a valid plan"),
        sample(),
        "only the form changed"
    );
    text
}

#[test]
fn fmt_check_accepts_a_canonical_file_silently() {
    let folder = scratch();
    let path = write(folder.path(), "plan.ron", SAMPLE_PLAN);
    attache(folder.path())
        .args(["fmt", "--check", "plan.ron"])
        .assert()
        .code(0)
        .stdout("")
        .stderr("");
    assert_eq!(read(&path), SAMPLE_PLAN);
    assert!(!file::backup_path(&path).exists());
}

#[test]
fn fmt_leaves_a_canonical_file_alone() {
    let folder = scratch();
    let path = write(folder.path(), "plan.ron", SAMPLE_PLAN);
    attache(folder.path())
        .args(["fmt", "plan.ron"])
        .assert()
        .code(0)
        .stdout("")
        .stderr("");
    assert_eq!(read(&path), SAMPLE_PLAN);
    assert!(
        !file::backup_path(&path).exists(),
        "no backup when nothing was rewritten"
    );
}

#[test]
fn fmt_check_names_a_non_canonical_file_and_leaves_it_unchanged() {
    let folder = scratch();
    let text = non_canonical_sample();
    let path = write(folder.path(), "plan.ron", &text);
    attache(folder.path())
        .args(["fmt", "--check", "plan.ron"])
        .assert()
        .code(1)
        .stdout("plan.ron: not in canonical form (attache fmt would rewrite it)\n")
        .stderr("");
    assert_eq!(read(&path), text);
    assert!(!file::backup_path(&path).exists());
}

#[test]
fn fmt_check_names_only_the_files_that_would_change() {
    let folder = scratch();
    write(folder.path(), "canonical.ron", SAMPLE_PLAN);
    let commented = SAMPLE_PLAN.replacen("(\n", "( // the visit\n", 1);
    write(folder.path(), "commented.ron", &commented);
    let reordered = replace_one(
        SAMPLE_PLAN,
        "        home_zone: \"Asia/Baghdad\",\n        host_zone: \"Europe/Tallinn\",\n",
        "        host_zone: \"Europe/Tallinn\",\n        home_zone: \"Asia/Baghdad\",\n",
    );
    write(folder.path(), "reordered.ron", &reordered);
    attache(folder.path())
        .args([
            "fmt",
            "--check",
            "canonical.ron",
            "commented.ron",
            "reordered.ron",
        ])
        .assert()
        .code(1)
        .stdout(
            "commented.ron: not in canonical form (attache fmt would rewrite it)\n\
             reordered.ron: not in canonical form (attache fmt would rewrite it)\n",
        )
        .stderr("");
    assert_eq!(read(&folder.path().join("commented.ron")), commented);
    assert_eq!(read(&folder.path().join("reordered.ron")), reordered);
}

#[test]
fn fmt_rewrites_a_non_canonical_file_and_keeps_the_original_as_bak() {
    let folder = scratch();
    let text = non_canonical_sample();
    let path = write(folder.path(), "plan.ron", &text);
    attache(folder.path())
        .args(["fmt", "plan.ron"])
        .assert()
        .code(0)
        .stdout("plan.ron: rewritten in canonical form\n")
        .stderr("");
    let plan = file::from_text(&text).expect("the original loads");
    assert_eq!(read(&path), file::to_text(&plan));
    assert_eq!(read(&path), SAMPLE_PLAN, "the sample is canonical");
    let backup = file::backup_path(&path);
    assert_eq!(backup, folder.path().join("plan.ron.bak"));
    assert_eq!(read(&backup), text);

    // Now canonical, so a second run changes nothing.
    attache(folder.path())
        .args(["fmt", "--check", "plan.ron"])
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn fmt_rewrites_a_plan_with_errors_too() {
    // Errors are `check`'s business; `fmt` only needs the file to load.
    let folder = scratch();
    let broken = broken_sample("plan.ron", &[Mistake::DuplicateId]);
    let text = format!("// two copies of one ministry\n{}", broken.text);
    let path = write(folder.path(), "plan.ron", &text);
    attache(folder.path())
        .args(["fmt", "plan.ron"])
        .assert()
        .code(0)
        .stdout("plan.ron: rewritten in canonical form\n");
    assert_eq!(read(&path), broken.text);
    assert_eq!(read(&file::backup_path(&path)), text);
}

#[test]
fn fmt_leaves_a_broken_file_untouched() {
    let folder = scratch();
    // A bare word where the visit's title should be a string.
    let broken = replace_one(
        SAMPLE_PLAN,
        "        title: \"Iraqi",
        "        title: oops \"Iraqi",
    );
    let path = write(folder.path(), "plan.ron", &broken);
    for check in [false, true] {
        let mut command = attache(folder.path());
        command.arg("fmt");
        if check {
            command.arg("--check");
        }
        command
            .arg("plan.ron")
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::starts_with("plan.ron:5:15: "));
        assert_eq!(
            read(&path),
            broken,
            "fmt --check={check} left the file alone"
        );
        assert!(!file::backup_path(&path).exists());
    }
}

#[test]
fn fmt_leaves_a_file_from_a_newer_attache_untouched() {
    let folder = scratch();
    let text = replace_one(SAMPLE_PLAN, "format_version: 3,", "format_version: 99,");
    let text = format!("// written by Attaché 9\n{text}");
    let path = write(folder.path(), "plan.ron", &text);
    attache(folder.path())
        .args(["fmt", "plan.ron"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "plan.ron: error: was written in plan format version 99",
        ));
    assert_eq!(read(&path), text);
    assert!(!file::backup_path(&path).exists());
}

#[test]
fn fmt_refuses_a_version_not_in_plain_digits_and_leaves_the_file_alone() {
    // `1_000` is a thousand to ron, and was once read as version 1 and rewritten as 1.
    let folder = scratch();
    let text = replace_one(SAMPLE_PLAN, "format_version: 3,", "format_version: 1_000,");
    let path = write(folder.path(), "plan.ron", &text);
    attache(folder.path())
        .args(["fmt", "plan.ron"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "plan.ron:3:21: error: expected the format version as a whole number in plain digits \
             (like 1), found \"1_000\"\n",
        );
    assert_eq!(read(&path), text);
    assert!(!file::backup_path(&path).exists());
}

#[test]
fn fmt_of_several_files_rewrites_the_loadable_ones_and_exits_2() {
    let folder = scratch();
    let text = non_canonical_sample();
    let good = write(folder.path(), "good.ron", &text);
    let bad = write(folder.path(), "bad.ron", "(format_version: 1, visit: (\n");
    attache(folder.path())
        .args(["fmt", "bad.ron", "good.ron"])
        .assert()
        .code(2)
        .stdout("good.ron: rewritten in canonical form\n")
        .stderr(predicate::str::starts_with("bad.ron:1:29: "));
    assert_eq!(read(&good), SAMPLE_PLAN);
    assert_eq!(read(&bad), "(format_version: 1, visit: (\n");
}

// ---------------------------------------------------------------------------------------------
// Help and usage

/// Help text with runs of whitespace made single spaces, so that wrapping does not matter.
fn words(output: &[u8]) -> String {
    String::from_utf8_lossy(output)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn help_lists_check_and_fmt() {
    let folder = scratch();
    let assert = attache(folder.path())
        .arg("--help")
        .assert()
        .code(0)
        .stderr("");
    let help = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    let command = |name: &str| {
        help.lines()
            .any(|line| line.trim_start().starts_with(&format!("{name} ")))
    };
    assert!(command("check"), "{help}");
    assert!(command("fmt"), "{help}");
    assert!(help.contains("Usage: attache"), "{help}");
}

#[test]
fn check_help_explains_the_exit_codes() {
    let folder = scratch();
    let assert = attache(folder.path())
        .args(["check", "--help"])
        .assert()
        .code(0)
        .stderr("");
    let help = words(&assert.get_output().stdout);
    assert!(
        help.contains("PATH[:LINE:COL]: error|warning: message"),
        "{help}"
    );
    assert!(
        help.contains(
            "Exits with 0 when every file loads and has no errors, 1 when a file has errors, 2 \
             when a file cannot be loaded at all"
        ),
        "{help}"
    );
}

#[test]
fn fmt_help_describes_check_and_the_backup() {
    let folder = scratch();
    let assert = attache(folder.path())
        .args(["fmt", "--help"])
        .assert()
        .code(0)
        .stderr("");
    let help = words(&assert.get_output().stdout);
    assert!(help.contains("--check"), "{help}");
    assert!(help.contains("NAME.ron.bak"), "{help}");
}

#[test]
fn check_and_fmt_without_a_file_are_usage_errors() {
    let folder = scratch();
    for command in [&["check"][..], &["fmt"], &["fmt", "--check"]] {
        attache(folder.path())
            .args(command)
            .assert()
            .code(2)
            .stdout("")
            .stderr(
                predicate::str::starts_with(
                    "error: the following required arguments were not provided:",
                )
                .and(predicate::str::contains("<PLANS>..."))
                .and(predicate::str::contains(format!(
                    "Usage: attache {}",
                    command[0]
                ))),
            );
    }
}

#[test]
fn an_unknown_option_is_a_usage_error() {
    let folder = scratch();
    write(folder.path(), "plan.ron", SAMPLE_PLAN);
    attache(folder.path())
        .args(["check", "--strict", "plan.ron"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--strict"));
}
