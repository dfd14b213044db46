//! Several planners, one plan: `attache merge` merges by record and field, leaves conflicts in
//! the plan for `check` and the window, and works as git's merge driver in a real repository.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use attache::app::View;
use attache::app::{Command as AppCommand, SAMPLE_PLAN, sample_plan};
use attache::check::{Rule, Subject, check};
use attache::file;
use attache::model::contact::set_preferred;
use attache::model::label::LABEL_CHARACTERS;
use attache::model::merge::{ConflictValue, Resolution, merge};
use attache::model::{ContactEntry, ContactKind, Plan};
use egui_kittest::kittest::Queryable;
use proptest::prelude::*;

fn renamed(plan: &Plan, person: usize, name: &str) -> Plan {
    let mut plan = plan.clone();
    Arc::make_mut(&mut plan.people[person]).name = name.to_owned();
    plan
}

fn moved_by_an_hour(plan: &Plan, event: usize) -> Plan {
    let mut plan = plan.clone();
    let event = Arc::make_mut(&mut plan.events[event]);
    let hour = jiff::SignedDuration::from_hours(1);
    event.start.wall = event.start.wall.checked_add(hour).unwrap();
    event.end.wall = event.end.wall.checked_add(hour).unwrap();
    plan
}

#[test]
fn changes_to_different_records_merge_cleanly() {
    let base = sample_plan();
    let ours = renamed(&base, 1, "Deputy head, renamed here");
    let theirs = moved_by_an_hour(&base, 3);
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.merge_conflicts.is_empty());
    assert_eq!(merged.people[1].name, "Deputy head, renamed here");
    assert_eq!(merged.events[3], theirs.events[3]);
    assert_eq!(merged.people.len(), base.people.len());
}

#[test]
fn different_fields_of_one_record_and_participants_added_on_both_sides_merge() {
    let base = sample_plan();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    // Two people not taking part yet: we add one, they add the other.
    let mut newcomers = base
        .people
        .iter()
        .map(|person| person.id)
        .filter(|id| !base.events[4].participants.contains(id));
    let (first, second) = (newcomers.next().unwrap(), newcomers.next().unwrap());
    {
        let event = Arc::make_mut(&mut ours.events[4]);
        event.title = "Working lunch (ours)".to_owned();
        event.participants.push(first);
    }
    {
        let event = Arc::make_mut(&mut theirs.events[4]);
        event.location = "Stenbock House".to_owned();
        event.participants.push(second);
    }
    let merged = merge(&base, &ours, &theirs);
    assert!(
        merged.merge_conflicts.is_empty(),
        "{:?}",
        merged.merge_conflicts
    );
    let event = &merged.events[4];
    assert_eq!(event.title, "Working lunch (ours)");
    assert_eq!(event.location, "Stenbock House");
    assert!(event.participants.contains(&first) && event.participants.contains(&second));
}

#[test]
fn records_added_on_both_sides_are_both_kept() {
    let base = sample_plan();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let mut added = (*base.people[2]).clone();
    added.id = attache::model::Id::random();
    added.name = "Added here".to_owned();
    ours.people.push(Arc::new(added.clone()));
    added.id = attache::model::Id::random();
    added.name = "Added there".to_owned();
    theirs.people.insert(3, Arc::new(added));
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.merge_conflicts.is_empty());
    let names: Vec<&str> = merged.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names.len(), base.people.len() + 2);
    assert_eq!(
        names[3], "Added there",
        "after the person it follows on their side"
    );
    assert_eq!(*names.last().unwrap(), "Added here");
}

#[test]
fn the_order_of_precedence_merges_by_moves() {
    let base = sample_plan();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    // They move the fourth person to the top; we move the last one up by one.
    let fourth = theirs.people.remove(3);
    theirs.people.insert(0, fourth);
    let last = ours.people.len() - 1;
    ours.people.swap(last - 1, last);
    let merged = merge(&base, &ours, &theirs);
    let order = |plan: &Plan| plan.people.iter().map(|p| p.id).collect::<Vec<_>>();
    let mut expected = order(&base);
    let moved = expected.remove(3);
    expected.insert(0, moved);
    let n = expected.len();
    expected.swap(n - 2, n - 1);
    assert_eq!(order(&merged), expected);
}

#[test]
fn both_changing_one_field_is_a_conflict_that_check_reports_and_the_file_keeps() {
    let base = sample_plan();
    let ours = renamed(&base, 2, "Name by the embassy");
    let theirs = renamed(&base, 2, "Name by the ministry");
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.people[2].name, "Name by the embassy", "ours stands");
    assert_eq!(merged.merge_conflicts.len(), 1);
    let conflict = &merged.merge_conflicts[0];
    assert_eq!(conflict.record, Subject::Person(base.people[2].id));
    assert_eq!(conflict.field, "name");
    assert_eq!(
        conflict.theirs,
        ConflictValue::Value("Name by the ministry".into())
    );

    let problems = check(&merged, jiff::civil::date(2027, 3, 1));
    let reported: Vec<_> = problems
        .iter()
        .filter(|problem| problem.rule == Rule::MergeConflict)
        .collect();
    assert_eq!(reported.len(), 1);
    assert_eq!(
        reported[0].message,
        "merge conflict: both sides changed the name of person \"Name by the embassy\": ours \
         “Name by the embassy”, theirs “Name by the ministry”; choose one"
    );

    // The conflict is part of the plan file, valid and canonical.
    let text = file::to_text(&merged);
    assert!(text.contains("merge_conflicts: ["), "{text}");
    let read = file::from_text(&text).unwrap();
    assert_eq!(read, merged);
    assert_eq!(file::to_text(&read), text);
}

/// A person's phones changed by `change`, in a copy of `plan`.
fn with_phones(plan: &Plan, person: usize, change: impl FnOnce(&mut Vec<ContactEntry>)) -> Plan {
    let mut plan = plan.clone();
    change(&mut Arc::make_mut(&mut plan.people[person]).phones);
    plan
}

#[test]
fn a_persons_phones_merge_as_one_field_keeping_one_preferred() {
    let base = sample_plan();
    let officer = base
        .people
        .iter()
        .position(|p| p.phones.len() == 2)
        .expect("the sample's protocol officer has two phones");
    let mobile = ContactEntry::new("+372 5555 7777", ContactKind::Mobile);

    // One side adds a number and makes it the preferred one, the other renames: both count.
    let ours = with_phones(&base, officer, |phones| {
        phones.push(mobile.clone());
        set_preferred(phones, 2);
    });
    let theirs = renamed(&base, officer, "Chief of protocol");
    let merged = merge(&base, &ours, &theirs);
    assert!(
        merged.merge_conflicts.is_empty(),
        "{:?}",
        merged.merge_conflicts
    );
    assert_eq!(merged.people[officer].phones, ours.people[officer].phones);
    assert_eq!(merged.people[officer].preferred_phone(), "+372 5555 7777");
    assert_eq!(merged.people[officer].name, "Chief of protocol");

    // Both sides change the list differently: one conflict on the list, ours kept whole, so
    // the merged plan never has two preferred numbers and still opens.
    let theirs = with_phones(&base, officer, |phones| set_preferred(phones, 0));
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.merge_conflicts.len(), 1);
    assert_eq!(merged.merge_conflicts[0].field, "phones");
    assert_eq!(merged.people[officer].phones, ours.people[officer].phones);
    let read = file::from_text(&file::to_text(&merged)).unwrap();
    assert_eq!(read, merged);
    let mut resolved = merged.clone();
    assert!(resolved.resolve_merge_conflict(0, Resolution::Theirs));
    assert_eq!(
        resolved.people[officer].phones,
        theirs.people[officer].phones
    );
    assert_eq!(resolved.people[officer].preferred_phone(), "+372 637 7000");
}

#[test]
fn deleting_a_record_the_other_side_changed_is_a_conflict() {
    let base = sample_plan();
    let mut ours = base.clone();
    let gone = ours.topics.remove(1).id;
    let mut theirs = base.clone();
    Arc::make_mut(&mut theirs.topics[1]).summary = "Revised after the first visit".to_owned();
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(
        merged.topics.len(),
        base.topics.len(),
        "the changed topic is kept"
    );
    assert_eq!(merged.merge_conflicts.len(), 1);
    assert_eq!(merged.merge_conflicts[0].record, Subject::Topic(gone));
    assert_eq!(merged.merge_conflicts[0].ours, ConflictValue::Deleted);

    let mut resolved = merged.clone();
    assert!(resolved.resolve_merge_conflict(0, Resolution::Ours));
    assert!(resolved.topics.iter().all(|topic| topic.id != gone));
    assert!(resolved.merge_conflicts.is_empty());
}

#[test]
fn a_conflict_names_its_record_by_a_label() {
    // A long name (a letter with its vowel mark, many times) in conflicts about the same person.
    let mut base = sample_plan();
    let long_name = "حِ".repeat(LABEL_CHARACTERS * 2);
    Arc::make_mut(&mut base.people[0]).name = long_name.clone();
    let mut ours = base.clone();
    Arc::make_mut(&mut ours.people[0]).position = "Minister".to_owned();
    let mut theirs = base.clone();
    Arc::make_mut(&mut theirs.people[0]).position = "Deputy minister".to_owned();
    let merged = merge(&base, &ours, &theirs);
    let conflicts: Vec<String> = check(&merged, jiff::civil::date(2027, 3, 1))
        .into_iter()
        .filter(|problem| problem.rule == Rule::MergeConflict)
        .map(|problem| problem.message)
        .collect();
    assert_eq!(conflicts.len(), 1);
    let short = format!("person \"{}…\"", "حِ".repeat(LABEL_CHARACTERS - 1));
    assert!(conflicts[0].contains(&short), "{}", conflicts[0]);
    assert!(!conflicts[0].contains(&long_name));
}

#[test]
fn resolving_takes_the_chosen_side() {
    let base = sample_plan();
    let merged = merge(
        &base,
        &moved_by_an_hour(&base, 2),
        &moved_by_an_hour(&moved_by_an_hour(&base, 2), 2),
    );
    assert!(!merged.merge_conflicts.is_empty());
    let mut theirs = merged.clone();
    while !theirs.merge_conflicts.is_empty() {
        assert!(theirs.resolve_merge_conflict(0, Resolution::Theirs));
    }
    assert_eq!(
        theirs.events[2],
        moved_by_an_hour(&moved_by_an_hour(&base, 2), 2).events[2]
    );
}

fn plan_strategy() -> impl Strategy<Value = (u64, usize, usize)> {
    (any::<u64>(), 0usize..40, 0usize..20)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn merging_with_itself_or_an_unchanged_base_changes_nothing((seed, person, event) in plan_strategy()) {
        let base = attache::model::generate::generate(attache::model::generate::PlanSize {
            people: 40, events: 20, topics: 4, seed,
        });
        let edited = moved_by_an_hour(&renamed(&base, person, "Renamed"), event);
        prop_assert_eq!(merge(&base, &base, &base), base.clone());
        prop_assert_eq!(merge(&edited, &edited, &edited), edited.clone());
        prop_assert_eq!(merge(&base, &edited, &base), edited.clone());
        prop_assert_eq!(merge(&base, &base, &edited), edited.clone());
    }

    #[test]
    fn a_clean_merge_holds_both_sides_changes((seed, person, event) in plan_strategy()) {
        let base = attache::model::generate::generate(attache::model::generate::PlanSize {
            people: 40, events: 20, topics: 4, seed,
        });
        let ours = renamed(&base, person, "Renamed on our side");
        let theirs = moved_by_an_hour(&base, event);
        let merged = merge(&base, &ours, &theirs);
        prop_assert!(merged.merge_conflicts.is_empty());
        prop_assert_eq!(&merged.people[person].name, "Renamed on our side");
        prop_assert_eq!(&merged.events[event], &theirs.events[event]);
    }
}

// ---- With real git ------------------------------------------------------------------------------

fn git(repository: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .arg("-C")
        .arg(repository)
        .args(args)
        .output()
        .expect("git runs")
}

fn git_ok(repository: &Path, args: &[&str]) {
    let output = git(repository, args);
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn attache(folder: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_attache"))
        .current_dir(folder)
        .args(args)
        .output()
        .unwrap()
}

/// A repository with the sample plan committed on `main`, set up with `attache git-setup`, and
/// branch `theirs` made from it.
fn repository() -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let repository = folder.path();
    git_ok(repository, &["init", "-q", "-b", "main"]);
    git_ok(repository, &["config", "user.name", "Planner"]);
    git_ok(repository, &["config", "user.email", "planner@example.org"]);
    let setup = attache(repository, &["git-setup"]);
    assert!(setup.status.success(), "{setup:?}");
    let said = String::from_utf8_lossy(&setup.stdout);
    assert!(said.contains("added “*.ron merge=attache”"), "{said}");
    assert!(
        said.contains("git config merge.attache.driver = "),
        "{said}"
    );
    let plan = repository.join("visit.ron");
    std::fs::write(&plan, SAMPLE_PLAN).unwrap();
    git_ok(repository, &["add", "."]);
    git_ok(repository, &["commit", "-q", "-m", "The visit"]);
    git_ok(repository, &["branch", "theirs"]);
    (folder, plan)
}

fn commit(repository: &Path, plan_path: &Path, plan: &Plan, message: &str) {
    std::fs::write(plan_path, file::to_text(plan)).unwrap();
    git_ok(repository, &["commit", "-q", "-am", message]);
}

#[test]
fn git_merges_two_branches_of_a_plan_cleanly_with_the_driver() {
    let (folder, plan_path) = repository();
    let repository = folder.path();
    let base = sample_plan();
    commit(
        repository,
        &plan_path,
        &renamed(&base, 1, "Renamed on main"),
        "Rename",
    );
    git_ok(repository, &["checkout", "-q", "theirs"]);
    commit(repository, &plan_path, &moved_by_an_hour(&base, 3), "Move");
    git_ok(repository, &["checkout", "-q", "main"]);

    git_ok(repository, &["merge", "-q", "--no-edit", "theirs"]);
    let merged = file::load(&plan_path).unwrap();
    assert_eq!(merged.people[1].name, "Renamed on main");
    assert_eq!(merged.events[3], moved_by_an_hour(&base, 3).events[3]);
    // Canonical: no formatting noise from the merge, and no litter in the repository.
    assert_eq!(
        std::fs::read_to_string(&plan_path).unwrap(),
        file::to_text(&merged)
    );
    let status = git(repository, &["status", "--porcelain", "--ignored"]);
    assert_eq!(String::from_utf8_lossy(&status.stdout), "");
}

#[test]
fn a_conflict_from_git_is_checked_and_resolved_in_the_window() {
    let (folder, plan_path) = repository();
    let repository = folder.path();
    let base = sample_plan();
    commit(
        repository,
        &plan_path,
        &renamed(&base, 2, "Name on main"),
        "Ours",
    );
    git_ok(repository, &["checkout", "-q", "theirs"]);
    commit(
        repository,
        &plan_path,
        &renamed(&base, 2, "Name on theirs"),
        "Theirs",
    );
    git_ok(repository, &["checkout", "-q", "main"]);

    let merge = git(repository, &["merge", "--no-edit", "theirs"]);
    assert!(!merge.status.success(), "the conflict stops the merge");
    let checked = attache(repository, &["check", "--today", "2027-03-01", "visit.ron"]);
    assert_eq!(checked.status.code(), Some(1));
    let said = String::from_utf8_lossy(&checked.stdout);
    let line = said
        .lines()
        .find(|line| line.contains("merge conflict"))
        .expect("check reports the conflict");
    // Named by the line of the person it concerns.
    assert!(line.starts_with("visit.ron:"), "{line}");
    assert!(
        line.contains(": error: merge conflict: both sides changed the name"),
        "{line}"
    );

    let app = support::app_on(Some(plan_path.clone()), support::ScriptedDialogs::none());
    let mut harness = support::harness(app);
    harness
        .state_mut()
        .app
        .send(AppCommand::ShowView(View::Problems));
    harness.run();
    assert!(support::text_shown_containing(
        &harness,
        "Merge conflicts (1)"
    ));
    harness.get_by_label("Take theirs").click();
    harness.run();
    let plan = harness.state().app.document.plan();
    assert_eq!(plan.people[2].name, "Name on theirs");
    assert!(plan.merge_conflicts.is_empty());
    assert!(!support::text_shown_containing(&harness, "Merge conflicts"));

    // One undo step brings the conflict back.
    harness.state_mut().app.send(AppCommand::Undo);
    harness.run();
    assert_eq!(harness.state().app.document.plan().merge_conflicts.len(), 1);
    assert_eq!(
        harness.state().app.document.plan().people[2].name,
        "Name on main"
    );
}

#[test]
fn a_version_that_cannot_be_read_leaves_ours_untouched() {
    let folder = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = folder.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    write("base.ron", SAMPLE_PLAN);
    write("ours.ron", SAMPLE_PLAN);
    write("theirs.ron", "(format_version: 1, visit: (");
    let output = attache(
        folder.path(),
        &["merge", "base.ron", "ours.ron", "theirs.ron"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr).starts_with("theirs.ron:1:"),
        "{output:?}"
    );
    assert_eq!(
        std::fs::read_to_string(folder.path().join("ours.ron")).unwrap(),
        SAMPLE_PLAN
    );
}
