//! Attaché at scale: loading and saving plans of 1,000 to 100,000 people, one frame of each view,
//! and the bookkeeping of one edit. Plans come from `attache::model::generate` (the same plans as
//! `cargo run --release --example generate_plan`). Run with `cargo bench --bench scale`.

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use attache::app::View;
use attache::app::{AttacheApp, NativeDialogs, Settings};
use attache::model::Change;
use attache::model::generate::{PlanSize, generate};
use attache::model::{Action, Event, Organisation, Person, Plan, Topic, Visit};
use attache::window::Window;
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
        // What opening a plan costs before the window can show it: parsing, then what is
        // derived from it (indexes, day order, search text, counts, and a small plan's problems).
        // A large plan's check starts on the other core meanwhile; it is let finish outside the
        // measurement, so that one open does not compete with the check of the one before.
        let wake = egui::Context::default();
        let problems_found = |mut document: attache::app::Document| {
            document.refresh_derived(&wake);
            while document.derived().checking {
                std::thread::sleep(Duration::from_micros(50));
                document.refresh_derived(&wake);
            }
            document
        };
        group.bench_with_input(BenchmarkId::new("open", people), &text, |b, text| {
            b.iter_custom(|iterations| {
                let mut measured = Duration::ZERO;
                for _ in 0..iterations {
                    let started = Instant::now();
                    let plan = attache::file::from_text(black_box(text)).unwrap();
                    let document = black_box(attache::app::Document::new(plan, None));
                    measured += started.elapsed();
                    drop(problems_found(document));
                }
                measured
            })
        });
        // ... and until its problems are listed too.
        group.bench_with_input(
            BenchmarkId::new("open, problems found", people),
            &text,
            |b, text| {
                b.iter(|| {
                    let plan = attache::file::from_text(black_box(text)).unwrap();
                    problems_found(attache::app::Document::new(plan, None))
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("save", people), &plan, |b, plan| {
            b.iter(|| attache::file::to_text(black_box(plan)))
        });
    }
    group.finish();
}

/// A window on a plan of `people`, drawn once so that fonts and layouts are warm.
fn window_on(people: usize, folder: &std::path::Path) -> Harness<'static, Window> {
    let path = folder.join(format!("plan-{people}.ron"));
    attache::file::save(&plan_of(people), &path).unwrap();
    let app = AttacheApp::new(Settings::default(), Some(path), Box::new(NativeDialogs));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, window: &mut Window| window.show(ui), Window::new(app));
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
            harness.state_mut().app.settings.view = view;
            harness.run_steps(3);
            group.bench_function(BenchmarkId::new(view.label(), people), |b| {
                b.iter(|| harness.step())
            });
        }
    }
    group.finish();
}

/// One frame of each view of the sample plan with the window in English and in Arabic: the
/// Arabic window mirrors its layout and lays every right-to-left text out in visual order, and
/// should cost about what the English one does.
fn frames_by_language(c: &mut Criterion) {
    use attache::app::LanguageSetting;
    use attache::lang::Language;

    let mut group = c.benchmark_group("frame by language");
    group.sample_size(20);
    let sample =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/sample-plan.ron");
    for language in [Language::English, Language::Arabic] {
        let settings = Settings {
            language: LanguageSetting::Chosen(language),
            ..Settings::default()
        };
        let app = AttacheApp::new(settings, Some(sample.clone()), Box::new(NativeDialogs));
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1280.0, 800.0))
            .build_ui_state(|ui, window: &mut Window| window.show(ui), Window::new(app));
        for view in View::ALL {
            harness.state_mut().app.settings.view = view;
            harness.run_steps(3);
            group.bench_function(
                BenchmarkId::new(format!("{view:?}"), language.code()),
                |b| b.iter(|| harness.step()),
            );
        }
    }
    group.finish();
}

/// The same frames as `frames_by_language`, drawn as the window draws them for a planner who
/// uses no screen reader: egui builds its accessibility tree only while one reads it (the test
/// harness always does, and egui then looks up each Arabic letter's word boundaries every frame).
fn frames_by_language_without_a_screen_reader(c: &mut Criterion) {
    use attache::app::LanguageSetting;
    use attache::lang::Language;

    let mut group = c.benchmark_group("frame by language, no screen reader");
    group.sample_size(20);
    let sample =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/sample-plan.ron");
    let screen = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    for language in [Language::English, Language::Arabic] {
        let settings = Settings {
            language: LanguageSetting::Chosen(language),
            ..Settings::default()
        };
        let app = AttacheApp::new(settings, Some(sample.clone()), Box::new(NativeDialogs));
        let mut window = Window::new(app);
        let ctx = egui::Context::default();
        for view in View::ALL {
            window.app.settings.view = view;
            for _ in 0..3 {
                let _ = ctx.run_ui(screen(), |ui| window.show(ui));
            }
            group.bench_function(
                BenchmarkId::new(format!("{view:?}"), language.code()),
                |b| b.iter(|| ctx.run_ui(screen(), |ui| window.show(ui))),
            );
        }
    }
    group.finish();
}

/// The edits a planner makes most, each one change of one record as the window makes it.
const EDITS: [&str; 3] = [
    "rename a person",
    "retitle an event",
    "move an event by an hour",
];

/// The `n`th edit of the kind `EDITS[which]`.
fn edit(plan: &Plan, which: usize, n: u64) -> Change {
    let middle = plan.events.len() / 2;
    match which {
        0 => {
            let mut person = (*plan.people[plan.people.len() / 2]).clone();
            person.name = format!("Renamed {n}");
            Change::Person(Arc::new(person))
        }
        1 => {
            let mut event = (*plan.events[middle]).clone();
            event.title = format!("Retitled {n}");
            Change::Event(Arc::new(event))
        }
        _ => {
            // Back and forth, so that the plan keeps its shape however many times it runs.
            let hours = if n.is_multiple_of(2) { 1 } else { -1 };
            let mut event = (*plan.events[middle / 2]).clone();
            for end in [&mut event.start, &mut event.end] {
                end.wall = end
                    .wall
                    .checked_add(jiff::Span::new().hours(hours))
                    .unwrap();
            }
            Change::Event(Arc::new(event))
        }
    }
}

fn edit_bookkeeping(c: &mut Criterion) {
    let folder = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("edit");
    for people in [100, 10_000] {
        let mut harness = window_on(people, folder.path());
        let ctx = harness.ctx.clone();
        let app = &mut harness.state_mut().app;
        for (which, label) in EDITS.into_iter().enumerate() {
            let mut n = 0u64;
            // One edit's bookkeeping on the window's thread: the change, its undo snapshot, the
            // dirty state, and what is derived from the plan brought up to date. A large plan's
            // checks are handed to their thread here, not waited for.
            group.bench_function(BenchmarkId::new(label, people), |b| {
                b.iter(|| {
                    n += 1;
                    let change = edit(app.document.plan(), which, n);
                    app.document.apply(change, label, None, 0.0);
                    app.document.refresh_derived(&ctx);
                    black_box(app.document.is_dirty())
                })
            });
        }
        // How long until the problem list shows the edit: with a large plan, the time until the
        // background check of the new state arrives.
        let mut n = 0u64;
        group.bench_function(
            BenchmarkId::new("problems up to date after an edit", people),
            |b| {
                b.iter(|| {
                    n += 1;
                    let change = edit(app.document.plan(), 0, n);
                    app.document.apply(change, EDITS[0], None, 0.0);
                    app.document.refresh_derived(&ctx);
                    while app.document.derived().checking {
                        std::thread::sleep(Duration::from_micros(50));
                        app.document.refresh_derived(&ctx);
                    }
                })
            },
        );
    }
    group.finish();
}

/// What a planner waits for after a keystroke: the edit and the frame that shows it, in each
/// view (the views keep rows and layouts per revision of the plan, built again after an edit).
fn frames_after_an_edit(c: &mut Criterion) {
    let folder = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("edit and frame");
    group.sample_size(20);
    for people in [100, 10_000] {
        let mut harness = window_on(people, folder.path());
        let mut n = 0u64;
        for view in View::ALL {
            harness.state_mut().app.settings.view = view;
            harness.run_steps(3);
            group.bench_function(BenchmarkId::new(view.label(), people), |b| {
                b.iter(|| {
                    n += 1;
                    let app = &mut harness.state_mut().app;
                    let change = edit(app.document.plan(), 0, n);
                    app.document.apply(change, EDITS[0], None, 0.0);
                    harness.step();
                })
            });
        }
    }
    group.finish();
}

criterion_group!(
    benches,
    load_and_save,
    frames,
    frames_by_language,
    frames_by_language_without_a_screen_reader,
    edit_bookkeeping,
    frames_after_an_edit
);
criterion_main!(benches);
