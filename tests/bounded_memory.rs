//! Memory in proportion to the input, whatever its shape: the most memory `check`, `fmt`, every
//! export and every import holds at once stays within a small multiple of the input's size plus a
//! constant, on inputs made to defeat that (long names named by thousands of events, a name
//! longer than a plan holds, many tiny records).
//!
//! A counting allocator, the global allocator of this test binary only, keeps the bytes held by
//! each thread and the most held at once; each test measures the work on its own thread, so tests
//! running side by side do not count each other's memory. Nothing here depends on the clock.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::Arc;

use attache::check::check;
use attache::file::{self, RecordPositions};
use attache::interop::{self, ExportFormat, ImportOptions, csv, plan_import, vcard};
use attache::model::generate::delegation_on_the_move;
use attache::model::limits::SHORT_TEXT_CHARACTERS;
use attache::model::{Event, EventKind, EventStatus, LocalTime, Organisation, Person, Plan, Side};
use jiff::Timestamp;
use jiff::civil::date;

struct Counting;

thread_local! {
    /// Bytes this thread holds, and the most it has held since [`peak_of`] last began.
    static HELD: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

fn held(change: impl FnOnce(usize) -> usize) {
    // `try_with`: allocations while a thread is being torn down are not counted.
    let _ = HELD.try_with(|held| {
        let now = change(held.get());
        held.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: every call is passed to the system allocator unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            held(|bytes| bytes + layout.size());
        }
        pointer
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let pointer = unsafe { System.alloc_zeroed(layout) };
        if !pointer.is_null() {
            held(|bytes| bytes + layout.size());
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        unsafe { System.dealloc(pointer, layout) };
        // Memory freed by another thread than the one that took it may take this below zero.
        held(|bytes| bytes.saturating_sub(layout.size()));
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            held(|bytes| (bytes + new_size).saturating_sub(layout.size()));
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most memory `work` holds at once beyond what its thread held before, what it returns
/// included.
fn peak_of<R>(work: impl FnOnce() -> R) -> usize {
    let before = HELD.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let result = work();
    let peak = PEAK.with(Cell::get) - before;
    drop(result);
    peak
}

/// Text repeated at references (names in an event's list of participants) is bounded, so the
/// output of a command is a small multiple of its input.
const PER_INPUT_BYTE: usize = 32;
/// A record of a few bytes in a file (a CSV row of two short cells) becomes a whole record in
/// memory: imports may hold more per byte of input, still in proportion.
const PER_IMPORTED_BYTE: usize = 128;
/// What any command holds whatever its input: tables, time zones, buffers.
const CONSTANT: usize = 4 << 20;

fn assert_within(what: &str, peak: usize, input: usize, per_byte: usize) {
    let bound = per_byte * input + CONSTANT;
    eprintln!(
        "{what}: {peak} bytes at most for {input} bytes of input ({:.1} per byte)",
        peak as f64 / input as f64
    );
    assert!(
        peak <= bound,
        "{what}: held {peak} bytes at once for {input} bytes of input, more than \
         {per_byte} × input + {CONSTANT} = {bound}"
    );
}

fn at(hour: i8, minute: i8) -> LocalTime {
    LocalTime::new(date(2027, 3, 22).at(hour, minute, 0, 0), "Europe/Tallinn")
}

fn empty_plan() -> Plan {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.title = "Study visit to Estonia".into();
    plan.visit.home_zone = "Asia/Baghdad".into();
    plan
}

/// The shape the issue measured: a delegation whose names are as long as a plan allows (in a
/// script of four bytes a letter), every one of them in each of thousands of meetings held at
/// the same hour, so that every meeting clashes with the one before it and every description
/// lists everyone. The organisation's name, as long, is named by every person.
fn long_names_in_many_events(people: usize, events: usize) -> Plan {
    let mut plan = empty_plan();
    let letter = '𠜎';
    let ministry = Organisation::new(String::from(letter).repeat(SHORT_TEXT_CHARACTERS));
    let ministry_id = ministry.id;
    plan.organisations.push(Arc::new(ministry));
    for number in 0..people {
        let mut person = Person::new(format!(
            "{number} {}",
            String::from(letter).repeat(SHORT_TEXT_CHARACTERS - 6)
        ));
        person.title = String::from(letter).repeat(SHORT_TEXT_CHARACTERS);
        person.organisation = Some(ministry_id);
        person.side = if number == 0 {
            Side::Host
        } else {
            Side::Visiting
        };
        plan.people.push(Arc::new(person));
    }
    let host = plan.people[0].id;
    let delegation: Vec<_> = plan.people[1..].iter().map(|p| p.id).collect();
    for number in 0..events {
        let mut event = Event::new(
            EventKind::Meeting,
            format!("Meeting {number}"),
            at(10, 0),
            at(11, 0),
        );
        event.status = EventStatus::Confirmed;
        // Every other member of the delegation: listed by name, not as "the delegation" or "the
        // delegation except …", which would be shorter.
        event.participants = delegation.iter().copied().step_by(2).collect();
        event.hosts = vec![host];
        event.host_organisation = Some(ministry_id);
        plan.events.push(Arc::new(event));
    }
    plan
}

/// Many records with almost nothing in them.
fn many_small_records(people: usize, events: usize) -> Plan {
    let mut plan = empty_plan();
    for number in 0..people {
        plan.people
            .push(Arc::new(Person::new(format!("P{number}"))));
    }
    for number in 0..events {
        let mut event = Event::new(
            EventKind::Meeting,
            format!("E{number}"),
            at(9 + (number % 8) as i8, 0),
            at(9 + (number % 8) as i8, 30),
        );
        event.participants = vec![plan.people[number % people].id];
        plan.events.push(Arc::new(event));
    }
    plan
}

fn adversarial_plans() -> [(&'static str, String); 3] {
    [
        (
            "long names in many events",
            file::to_text(&long_names_in_many_events(12, 2_000)),
        ),
        (
            "many small records",
            file::to_text(&many_small_records(20_000, 20_000)),
        ),
        (
            "a delegation on the move",
            file::to_text(&delegation_on_the_move(1_000)),
        ),
    ]
}

/// What `attache check` does with a plan's text: load it, check it, find each record's place.
fn check_text(text: &str) -> usize {
    match file::from_text(text) {
        Ok(plan) => {
            let problems = check(&plan, date(2027, 3, 1));
            let positions = RecordPositions::scan(text);
            problems.len() + usize::from(positions.visit().is_some())
        }
        Err(error) => error.to_string().len(),
    }
}

#[test]
fn check_holds_memory_in_proportion_to_the_plan() {
    for (shape, text) in adversarial_plans() {
        let peak = peak_of(|| check_text(&text));
        assert_within(&format!("check, {shape}"), peak, text.len(), PER_INPUT_BYTE);
    }
}

#[test]
fn a_name_longer_than_a_plan_holds_is_refused_before_it_is_repeated() {
    // One person whose name is far longer than a plan holds, host of a thousand meetings that
    // each clash with the one before.
    let mut plan = long_names_in_many_events(2, 1_000);
    Arc::make_mut(&mut plan.people[0]).name = "ن".repeat(100_000);
    let text = file::to_text(&plan);
    let peak = peak_of(|| check_text(&text));
    assert_within("check, a name too long", peak, text.len(), PER_INPUT_BYTE);
    let error = file::from_text(&text).expect_err("refused");
    assert!(error.to_string().contains("expected at most"), "{error}");
}

#[test]
fn fmt_holds_memory_in_proportion_to_the_plan() {
    for (shape, text) in adversarial_plans() {
        let peak = peak_of(|| file::to_text(&file::from_text(&text).expect("loads")));
        assert_within(&format!("fmt, {shape}"), peak, text.len(), PER_INPUT_BYTE);
    }
}

#[test]
fn every_export_holds_memory_in_proportion_to_the_plan() {
    let now = Timestamp::from_second(1_800_000_000).unwrap();
    for (shape, text) in adversarial_plans() {
        for format in ExportFormat::ALL {
            let peak = peak_of(|| {
                let plan = file::from_text(&text).expect("loads");
                interop::export(&plan, format, None, now).expect("exported")
            });
            assert_within(
                &format!("export {format:?}, {shape}"),
                peak,
                text.len(),
                PER_INPUT_BYTE,
            );
        }
    }
}

/// `old` with every event moved a day and its first participant gone: a sentence or two each.
fn with_every_event_changed(old: &Plan) -> Plan {
    let mut new = old.clone();
    for event in &mut new.events {
        let event = Arc::make_mut(event);
        event.start.wall = event.start.wall.tomorrow().expect("in range");
        event.end.wall = event.end.wall.tomorrow().expect("in range");
        if !event.participants.is_empty() {
            event.participants.remove(0);
        }
    }
    new
}

#[test]
fn diff_holds_memory_in_proportion_to_the_plans() {
    for (shape, text) in adversarial_plans() {
        let peak = peak_of(|| {
            let old = file::from_text(&text).expect("loads");
            let new = with_every_event_changed(&old);
            interop::changes::changes(&old, &new).to_text()
        });
        assert_within(&format!("diff, {shape}"), peak, text.len(), PER_INPUT_BYTE);
    }
}

#[test]
fn marking_every_change_holds_memory_in_proportion_to_the_plans() {
    let now = Timestamp::from_second(1_800_000_000).unwrap();
    for (shape, text) in adversarial_plans() {
        // The input is both versions, as `--changes-since` reads them: the plan and the earlier
        // one.
        let changed = file::to_text(&with_every_event_changed(
            &file::from_text(&text).expect("loads"),
        ));
        let input = text.len() + changed.len();
        for format in [ExportFormat::BriefingBook, ExportFormat::Programme] {
            let peak = peak_of(|| {
                let old = file::from_text(&text).expect("loads");
                let new = with_every_event_changed(&old);
                let since = interop::changes::EarlierVersion {
                    plan: old,
                    day: date(2027, 3, 1),
                };
                interop::export_marking(&new, format, None, now, Some(&since)).expect("exported")
            });
            assert_within(
                &format!("export {format:?} marking changes, {shape}"),
                peak,
                input,
                PER_INPUT_BYTE,
            );
        }
    }
}

/// The plan's people as a CSV file and as vCards, the way an address book would send them back.
fn import_files(plan: &Plan) -> [(&'static str, Vec<u8>); 2] {
    [
        ("csv", csv::people(plan)),
        ("vcard", vcard::contacts(plan).into_bytes()),
    ]
}

fn import(kind: &str, bytes: &[u8], into: &Plan) -> interop::ImportPreview {
    let incoming = match kind {
        "csv" => {
            let table = csv::read_table(bytes).expect("a table");
            let mapping = csv::guess_mapping(&table.headers);
            csv::incoming(&table, &mapping, Default::default())
        }
        _ => vcard::read(std::str::from_utf8(bytes).expect("text")),
    };
    plan_import(into, &incoming, ImportOptions::default())
}

#[test]
fn every_import_holds_memory_in_proportion_to_the_file() {
    let two_columns: Vec<u8> = std::iter::once("Name,Email\n".to_owned())
        .chain((0..40_000).map(|n| format!("P{n},p{n}@example.org\n")))
        .collect::<String>()
        .into_bytes();
    let mut cases = vec![(
        "csv of two short columns into an empty plan".to_owned(),
        "csv",
        two_columns,
        empty_plan(),
    )];
    let small = many_small_records(20_000, 1);
    for (kind, bytes) in import_files(&small) {
        cases.push((
            format!("{kind} of many small records into an empty plan"),
            kind,
            bytes.clone(),
            empty_plan(),
        ));
        // Everyone is found again, by id.
        cases.push((
            format!("{kind} of many small records into the plan it came from"),
            kind,
            bytes,
            small.clone(),
        ));
    }
    for (kind, bytes) in import_files(&long_names_in_many_events(200, 0)) {
        cases.push((
            format!("{kind} of long names into an empty plan"),
            kind,
            bytes,
            empty_plan(),
        ));
    }
    for (what, kind, bytes, into) in &cases {
        let peak = peak_of(|| import(kind, bytes, into));
        assert_within(
            &format!("import {what}"),
            peak,
            bytes.len(),
            PER_IMPORTED_BYTE,
        );
    }
}

/// The window on a generated plan of `people`, showing `view`, drawn until what it keeps per
/// revision of the plan is built.
fn window_on(
    people: usize,
    view: attache::app::View,
) -> egui_kittest::Harness<'static, attache::window::Window> {
    use attache::app::{AttacheApp, Document, NativeDialogs, Settings};
    let plan = attache::model::generate::generate(attache::model::generate::PlanSize {
        people,
        events: people / 2,
        topics: 40,
        seed: 1,
    });
    let mut app = AttacheApp::new(Settings::default(), None, Box::new(NativeDialogs));
    app.document = Document::new(plan, None);
    app.settings.view = view;
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(
            |ui, window: &mut attache::window::Window| window.show(ui),
            attache::window::Window::new(app),
        );
    harness.run_steps(3);
    harness
}

/// A frame draws what is in sight and reads what is derived from the plan once per revision:
/// the memory it takes on the way is the same for 10,000 people as for 100, in every view (a
/// frame that copied every person's name, as the closed Publish dialog's did, takes a hundred
/// times more).
#[test]
fn a_frame_holds_no_more_memory_for_a_large_plan_than_for_a_small_one() {
    for view in attache::app::View::ALL {
        let [small, large] = [100, 10_000].map(|people| {
            let mut harness = window_on(people, view);
            (0..3)
                .map(|_| peak_of(|| harness.step()))
                .min()
                .unwrap_or(0)
        });
        eprintln!(
            "{}: {small} bytes at most in a frame of 100 people, {large} of 10,000",
            view.label()
        );
        assert!(
            large <= small * 3 / 2 + (64 << 10),
            "{}: a frame of 10,000 people held {large} bytes at once, of 100 people {small}",
            view.label()
        );
    }
}
