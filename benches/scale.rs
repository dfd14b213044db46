//! Attaché at scale: loading and saving plans of 1,000 to 100,000 people, one frame of each view,
//! and the bookkeeping of one edit. Plans come from `attache::model::generate` (the same plans as
//! `cargo run --release --example generate_plan`). Run with `cargo bench --bench scale`.

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use attache::app::{AttacheApp, Change, NativeDialogs, Settings};
use attache::model::generate::{PlanSize, generate};
use attache::model::{Action, Event, Organisation, Person, Plan, Topic, Visit};
use attache::ui::View;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;

fn plan_of(people: usize) -> Plan {
    generate(PlanSize {
        people,
        events: people / 2,
        topics: 40,
        seed: 1,
    })
}

/// The same file parsed by ron alone into the same types, with no version check, migration or
/// anything else of ours: what `file::from_text` is measured against.
#[derive(serde::Deserialize)]
#[allow(dead_code, reason = "only parsed, never read")]
struct BareFile {
    format_version: u64,
    visit: Visit,
    organisations: Vec<Arc<Organisation>>,
    people: Vec<Arc<Person>>,
    events: Vec<Arc<Event>>,
    topics: Vec<Arc<Topic>>,
    actions: Vec<Arc<Action>>,
}

fn load_and_save(c: &mut Criterion) {
    let mut group = c.benchmark_group("file");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    for people in [1_000, 10_000, 100_000] {
        let plan = plan_of(people);
        let text = attache::file::to_text(&plan);
        group.bench_with_input(BenchmarkId::new("load", people), &text, |b, text| {
            b.iter(|| attache::file::from_text(black_box(text)).unwrap())
        });
        group.bench_with_input(
            BenchmarkId::new("bare ron parse", people),
            &text,
            |b, text| {
                let options = ron::Options::default()
                    .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
                b.iter(|| options.from_str::<BareFile>(black_box(text)).unwrap())
            },
        );
        // What opening a plan in the window costs: parsing, then everything derived from it
        // (indexes, day order, the problem list).
        group.bench_with_input(BenchmarkId::new("open", people), &text, |b, text| {
            b.iter(|| {
                let plan = attache::file::from_text(black_box(text)).unwrap();
                attache::app::Document::new(plan, None)
            })
        });
        group.bench_with_input(BenchmarkId::new("save", people), &plan, |b, plan| {
            b.iter(|| attache::file::to_text(black_box(plan)))
        });
    }
    group.finish();
}

/// A window on a plan of `people`, drawn once so that fonts and layouts are warm.
fn window_on(people: usize, folder: &std::path::Path) -> Harness<'static, AttacheApp> {
    let path = folder.join(format!("plan-{people}.ron"));
    attache::file::save(&plan_of(people), &path).unwrap();
    let app = AttacheApp::new(Settings::default(), Some(path), Box::new(NativeDialogs));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut AttacheApp| app.show(ui), app);
    harness.run_steps(3);
    harness
}

fn frames(c: &mut Criterion) {
    let folder = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("frame");
    group.sample_size(20);
    for people in [100, 10_000] {
        let mut harness = window_on(people, folder.path());
        for view in View::ALL {
            harness.state_mut().settings.view = view;
            harness.run_steps(3);
            group.bench_function(BenchmarkId::new(view.label(), people), |b| {
                b.iter(|| harness.step())
            });
        }
    }
    group.finish();
}

fn edit_bookkeeping(c: &mut Criterion) {
    let folder = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("edit");
    for people in [100, 10_000] {
        let mut harness = window_on(people, folder.path());
        let app = harness.state_mut();
        let mut person = (*app.document.plan().people[people / 2]).clone();
        let mut n = 0u64;
        // One edit as the window makes it: the change, its undo snapshot, the dirty state, and
        // what is derived from the plan brought up to date.
        group.bench_function(BenchmarkId::new("rename a person", people), |b| {
            b.iter(|| {
                n += 1;
                person.name = format!("Renamed {n}");
                app.document.apply(
                    Change::Person(Arc::new(person.clone())),
                    "rename",
                    None,
                    0.0,
                );
                app.document.refresh_derived();
                black_box(app.document.is_dirty())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, load_and_save, frames, edit_bookkeeping);
criterion_main!(benches);
