//! Time in proportion to the input, whatever its shape: the 10,000-person plan pretty and on one
//! line, a plan behind many attributes, long names named by thousands of events, a delegation on
//! thousands of flights, meals, rides and rooms (the protocol office's lists, and the briefing
//! book and programmes marking every event changed since an earlier version), imports of 10,000
//! to 100,000 rows and cards, and merges of versions carrying 10,000 to 40,000 unresolved
//! conflicts each. Each measure runs at several sizes, so that the ratio of two medians can be set
//! beside the ratio of the sizes. Run with `cargo bench --bench bounded` (add `-- --quick` for a
//! shorter run).

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use attache::check::check;
use attache::file::{self, RecordPositions};
use attache::interop::protocol::ProtocolExport;
use attache::interop::{self, ExportFormat, ImportOptions, Incoming, csv, plan_import, vcard};
use attache::model::generate::{PlanSize, delegation_on_the_move, generate};
use attache::model::limits::SHORT_TEXT_CHARACTERS;
use attache::model::merge::{ConflictValue, MergeConflict, merge};
use attache::model::{
    ContactEntry, ContactKind, Event, EventKind, EventStatus, LocalTime, Organisation, Person,
    PersonId, Plan, Side, Subject,
};
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use jiff::civil::date;

fn group<'c>(
    c: &'c mut Criterion,
    name: &str,
) -> BenchmarkGroup<'c, criterion::measurement::WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    group
}

/// What `attache check` does with a plan's text: load it, check it, find each record's place.
fn check_text(text: &str) -> usize {
    let plan = file::from_text(text).expect("the plan loads");
    let problems = check(&plan, date(2027, 3, 1));
    let positions = RecordPositions::scan(text);
    problems.len() + usize::from(positions.visit().is_some())
}

/// The same plan with every line's indent taken off and the lines joined into one.
fn on_one_line(text: &str) -> String {
    let mut line = text.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    line.push('\n');
    line
}

fn one_line(c: &mut Criterion) {
    let mut group = group(c, "10,000 people");
    let pretty = file::to_text(&generate(PlanSize {
        people: 10_000,
        events: 5_000,
        topics: 40,
        seed: 1,
    }));
    for (shape, text) in [
        ("pretty", pretty.clone()),
        ("one line", on_one_line(&pretty)),
    ] {
        group.bench_with_input(BenchmarkId::new("check", shape), &text, |b, text| {
            b.iter(|| check_text(black_box(text)))
        });
        group.bench_with_input(BenchmarkId::new("open", shape), &text, |b, text| {
            b.iter(|| {
                let plan = file::from_text(black_box(text)).unwrap();
                attache::app::Document::new(plan, None)
            })
        });
    }
}

/// A small plan behind `count` attributes, all on its first line.
fn behind_attributes(count: usize) -> String {
    let plan = file::to_text(&Plan::empty(date(2027, 3, 21), "Europe/Tallinn"));
    format!(
        "{}{}",
        "#![enable(implicit_some)]".repeat(count),
        on_one_line(&plan)
    )
}

fn attributes(c: &mut Criterion) {
    let mut group = group(c, "attributes");
    for count in [100_000, 200_000, 400_000] {
        let text = behind_attributes(count);
        group.bench_with_input(BenchmarkId::new("check", count), &text, |b, text| {
            b.iter(|| check_text(black_box(text)))
        });
    }
}

fn at(hour: i8) -> LocalTime {
    LocalTime::new(date(2027, 3, 22).at(hour, 0, 0, 0), "Europe/Tallinn")
}

/// Twelve people whose names are as long as a plan allows, all in each of `events` meetings held
/// at the same hour: every meeting clashes with the one before and lists everyone.
fn long_names_in(events: usize) -> Plan {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.home_zone = "Asia/Baghdad".into();
    let long = |number: usize| format!("{number} {}", "ع".repeat(SHORT_TEXT_CHARACTERS - 6));
    let ministry = Organisation::new(long(0));
    let ministry_id = ministry.id;
    plan.organisations.push(Arc::new(ministry));
    for number in 0..12 {
        let mut person = Person::new(long(number));
        person.organisation = Some(ministry_id);
        person.side = if number == 0 {
            Side::Host
        } else {
            Side::Visiting
        };
        plan.people.push(Arc::new(person));
    }
    for number in 0..events {
        let mut event = Event::new(
            EventKind::Meeting,
            format!("Meeting {number}"),
            at(10),
            at(11),
        );
        event.status = EventStatus::Confirmed;
        event.participants = plan.people[2..].iter().map(|p| p.id).collect();
        event.hosts = vec![plan.people[0].id];
        event.host_organisation = Some(ministry_id);
        plan.events.push(Arc::new(event));
    }
    plan
}

fn long_names(c: &mut Criterion) {
    let mut group = group(c, "long names");
    let now = Timestamp::from_second(1_800_000_000).unwrap();
    for events in [1_000, 2_000, 4_000] {
        let plan = long_names_in(events);
        let text = file::to_text(&plan);
        group.bench_with_input(BenchmarkId::new("check", events), &text, |b, text| {
            b.iter(|| check_text(black_box(text)))
        });
        for format in [ExportFormat::Calendar, ExportFormat::BriefingBook] {
            group.bench_with_input(
                BenchmarkId::new(format!("export {}", format.extension()), events),
                &plan,
                |b, plan| b.iter(|| interop::export(black_box(plan), format, None, now).unwrap()),
            );
        }
    }
}

fn protocol_lists(c: &mut Criterion) {
    let mut group = group(c, "protocol lists");
    for count in [500, 1_000, 2_000] {
        let plan = delegation_on_the_move(count);
        for kind in [
            ProtocolExport::RoomingGrid,
            ProtocolExport::RoomingGridSpreadsheet,
            ProtocolExport::ArrivalsManifest,
            ProtocolExport::ArrivalsManifestSpreadsheet,
            ProtocolExport::CateringSheets,
            ProtocolExport::DriverSheets,
        ] {
            group.bench_with_input(
                BenchmarkId::new(format!("export {kind:?}"), count),
                &plan,
                |b, plan| {
                    b.iter(|| interop::protocol::export(black_box(plan), kind, None).unwrap())
                },
            );
        }
        // `attache diff` of the plan and a copy with every event a day later.
        let mut moved = plan.clone();
        for event in &mut moved.events {
            let event = Arc::make_mut(event);
            event.start.wall = event.start.wall.tomorrow().unwrap();
            event.end.wall = event.end.wall.tomorrow().unwrap();
        }
        group.bench_with_input(
            BenchmarkId::new("diff", count),
            &(&plan, &moved),
            |b, (old, new)| b.iter(|| interop::changes::changes(black_box(old), new).to_text()),
        );
        // The briefing book and the programmes of the moved copy, every event marked.
        let since = interop::changes::EarlierVersion {
            plan,
            day: date(2027, 3, 1),
        };
        let now = Timestamp::from_second(1_800_000_000).unwrap();
        for format in [ExportFormat::BriefingBook, ExportFormat::Programme] {
            group.bench_with_input(
                BenchmarkId::new(format!("export {format:?} marking changes"), count),
                &moved,
                |b, moved| {
                    b.iter(|| {
                        interop::export_marking(black_box(moved), format, None, now, Some(&since))
                            .unwrap()
                    })
                },
            );
        }
    }
}

/// A spreadsheet of `rows` people, a name and an email each.
fn two_columns(rows: usize) -> Vec<u8> {
    std::iter::once("Name,Email\n".to_owned())
        .chain((0..rows).map(|n| format!("Person {n},person.{n}@example.org\n")))
        .collect::<String>()
        .into_bytes()
}

fn incoming_csv(bytes: &[u8]) -> Incoming {
    let table = csv::read_table(bytes).unwrap();
    let mapping = csv::guess_mapping(&table.headers);
    csv::incoming(&table, &mapping, Default::default())
}

/// What `attache import … --dry-run` does: read the file, match it against the plan.
fn dry_run(plan: &Plan, incoming: Incoming) -> usize {
    let preview = plan_import(plan, &incoming, ImportOptions::default());
    preview.people.len() + preview.unchanged_people
}

fn imports(c: &mut Criterion) {
    let mut group = group(c, "import");
    let empty = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    for rows in [10_000, 20_000, 40_000, 100_000] {
        let bytes = two_columns(rows);
        group.bench_with_input(BenchmarkId::new("csv", rows), &bytes, |b, bytes| {
            b.iter(|| dry_run(&empty, incoming_csv(black_box(bytes))))
        });
        let mut people = empty.clone();
        people.people = (0..rows)
            .map(|n| {
                let mut person = Person::new(format!("Person {n}"));
                person.emails = vec![ContactEntry::new(
                    format!("person.{n}@example.org"),
                    ContactKind::Work,
                )];
                Arc::new(person)
            })
            .collect();
        let cards = vcard::contacts(&people);
        group.bench_with_input(BenchmarkId::new("vcard", rows), &cards, |b, cards| {
            b.iter(|| dry_run(&empty, vcard::read(black_box(cards))))
        });
    }
    // Everyone found again: the 10,000-person plan's people, by email and name, into that plan.
    let plan = generate(PlanSize {
        people: 10_000,
        events: 5_000,
        topics: 40,
        seed: 1,
    });
    let rows: String = std::iter::once("Name,Email\n".to_owned())
        .chain(
            plan.people
                .iter()
                .map(|p| format!("\"{}\",{}\n", p.name, p.preferred_email())),
        )
        .collect();
    group.bench_function("csv of its own people into the 10,000-person plan", |b| {
        b.iter(|| dry_run(&plan, incoming_csv(black_box(rows.as_bytes()))))
    });
}

/// `count` conflicts of a merge left in a plan, each about its own person, named `side`.
fn conflicts(count: usize, side: &str) -> Vec<MergeConflict> {
    (0..count)
        .map(|n| MergeConflict {
            record: Subject::Person(PersonId::from_value(n as u64)),
            field: "name".to_owned(),
            ours: ConflictValue::Value(format!("{side} {n}").into()),
            theirs: ConflictValue::Value(format!("other {n}").into()),
        })
        .collect()
}

/// Merging two versions that each carry unresolved conflicts, half of them the same on both
/// sides: each is kept once.
fn merge_conflicts(c: &mut Criterion) {
    let mut group = group(c, "merge");
    let base = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    for count in [10_000, 20_000, 40_000] {
        let mut ours = base.clone();
        ours.merge_conflicts = conflicts(count, "ours");
        let mut theirs = base.clone();
        theirs.merge_conflicts = conflicts(count / 2, "ours");
        theirs
            .merge_conflicts
            .extend(conflicts(count / 2, "theirs"));
        group.bench_with_input(
            BenchmarkId::new("conflicts a side", count),
            &(ours, theirs),
            |b, (ours, theirs)| b.iter(|| merge(&base, black_box(ours), black_box(theirs))),
        );
    }
}

criterion_group!(
    benches,
    one_line,
    attributes,
    long_names,
    protocol_lists,
    imports,
    merge_conflicts
);
criterion_main!(benches);
