//! `attache diff`: what changed between two versions of a plan, for a reader: by day, with names
//! and times in host time beside home time; exit 0 when nothing changed, 1 when something did,
//! 2 when a version cannot be read; `--since REV` for a plan in git.

mod support;

use std::process::Command;
use std::sync::Arc;

use attache::app::sample_plan;
use attache::interop::changes::changes;
use attache::model::{Event, EventKind, EventStatus, LocalTime, Person, Plan, Side};
use jiff::ToSpan;
use support::command_line::attache;

fn find(plan: &Plan, wanted: impl Fn(&Event) -> bool) -> usize {
    plan.events
        .iter()
        .position(|e| wanted(e))
        .expect("the sample has one")
}

/// The sample, then the sample after a week of planning: a meeting moved to the next afternoon
/// and given another place, the welcome dinner cancelled, a briefing added, the head left out of
/// a site visit, the rooms and cars of the hotel and the transfer changed, a person added.
fn before_and_after() -> (Plan, Plan) {
    let old = sample_plan();
    let mut new = old.clone();
    let meeting = find(&new, |e| matches!(e.kind, EventKind::Meeting) && !e.all_day);
    {
        let event = Arc::make_mut(&mut new.events[meeting]);
        let day = 1.day();
        event.start.wall = event
            .start
            .wall
            .checked_add(day)
            .unwrap()
            .date()
            .at(14, 0, 0, 0);
        event.end.wall = event
            .end
            .wall
            .checked_add(day)
            .unwrap()
            .date()
            .at(15, 0, 0, 0);
        event.location = "Stenbock House".into();
    }
    let dinner = find(&new, |e| e.title.starts_with("Welcome dinner"));
    Arc::make_mut(&mut new.events[dinner]).status = EventStatus::Cancelled;
    let head = new.people[0].id;
    let visit = find(&new, |e| {
        matches!(e.kind, EventKind::SiteVisit) && e.participants.contains(&head)
    });
    Arc::make_mut(&mut new.events[visit])
        .participants
        .retain(|&p| p != head);
    let stay = find(
        &new,
        |e| matches!(&e.kind, EventKind::Stay(s) if !s.rooms.is_empty()),
    );
    if let EventKind::Stay(booking) = &mut Arc::make_mut(&mut new.events[stay]).kind {
        booking.rooms[1].number = "502".into();
    }
    let transfer = find(&new, |e| !e.rides.is_empty());
    let moved = Arc::make_mut(&mut new.events[transfer]).rides[1]
        .passengers
        .pop()
        .unwrap();
    Arc::make_mut(&mut new.events[transfer]).rides[0]
        .passengers
        .push(moved);
    let tallinn = |hour| {
        LocalTime::new(
            jiff::civil::date(2027, 3, 23).at(hour, 0, 0, 0),
            "Europe/Tallinn",
        )
    };
    new.events.push(Arc::new(Event::new(
        EventKind::Briefing,
        "Security briefing",
        tallinn(8),
        tallinn(9),
    )));
    let mut guest = Person::new("Zainab Al-Musawi");
    guest.native_name = "زينب الموسوي".into();
    guest.side = Side::Visiting;
    new.people.push(Arc::new(guest));
    (old, new)
}

#[test]
fn the_changes_are_told_by_day_with_names_and_both_clocks() {
    let (old, new) = before_and_after();
    let text = changes(&old, &new).to_text();
    let meeting = &new.events[find(&new, |e| e.location == "Stenbock House")];
    let title = &meeting.title;
    assert!(text.contains(&format!("Moved: “{title}” to ")), "{text}");
    // Host time with home time beside, old and new: Tallinn is an hour behind Baghdad in March.
    assert!(
        text.contains(" 14:00–15:00 (15:00–16:00 Baghdad), from "),
        "{text}"
    );
    assert!(
        text.contains(&format!("Place of “{title}”: “Stenbock House” (was “")),
        "{text}"
    );
    assert!(text.contains("Cancelled: “Welcome dinner hosted by the Ministry of Foreign Affairs”"));
    assert!(
        text.contains("Added: “Security briefing”, Tue 23 Mar 08:00–09:00 (09:00–10:00 Baghdad)")
    );
    let head = &old.people[0].name;
    assert!(text.contains(&format!(": removed {head}")), "{text}");
    assert!(
        text.contains("Rooms at “Swissôtel Tallinn”: room 502: number “502” (was “402”)"),
        "{text}"
    );
    assert!(
        text.contains("Cars on “Welcome at the airport and transfer to the hotel”: "),
        "{text}"
    );
    assert!(text.contains("Person added: Zainab Al-Musawi (زينب الموسوي)"));
    // Grouped by day: the briefing under Tuesday, the people after the days.
    let tuesday = text.find("Tuesday 23 March 2027").unwrap();
    assert!(tuesday < text.find("Security briefing").unwrap());
    assert!(text.find("Not tied to a day").unwrap() > text.find("Security briefing").unwrap());
    // No ids.
    assert!(!text.contains(&old.events[0].id.to_string()));
}

#[test]
fn the_same_plan_has_no_changes() {
    let plan = sample_plan();
    assert!(changes(&plan, &plan.clone()).is_empty());
}

#[test]
fn the_command_exits_0_1_or_2() {
    let folder = tempfile::tempdir().unwrap();
    let (old, new) = before_and_after();
    let (old_path, new_path) = (folder.path().join("old.ron"), folder.path().join("new.ron"));
    attache::file::save(&old, &old_path).unwrap();
    attache::file::save(&new, &new_path).unwrap();
    let run = |args: &[&str]| {
        attache(folder.path())
            .arg("diff")
            .args(args)
            .output()
            .unwrap()
    };

    let same = run(&["old.ron", "old.ron"]);
    assert_eq!(same.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&same.stdout), "No changes.\n");

    let changed = run(&["old.ron", "new.ron"]);
    assert_eq!(changed.status.code(), Some(1));
    let text = String::from_utf8_lossy(&changed.stdout);
    assert!(text.contains("Cancelled: “Welcome dinner"), "{text}");

    std::fs::write(
        folder.path().join("broken.ron"),
        "(format_version: 3, visit: ",
    )
    .unwrap();
    let broken = run(&["old.ron", "broken.ron"]);
    assert_eq!(broken.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("broken.ron"));
    let missing = run(&["old.ron", "nowhere.ron"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn since_compares_with_the_version_git_holds() {
    let folder = tempfile::tempdir().unwrap();
    let plans = folder.path().join("plans");
    std::fs::create_dir(&plans).unwrap();
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .current_dir(folder.path())
            .args([
                "-c",
                "user.name=Planner",
                "-c",
                "user.email=planner@example.org",
            ])
            .args(args)
            .output()
            .unwrap();
        assert!(status.status.success(), "{status:?}");
    };
    let (old, new) = before_and_after();
    let path = plans.join("visit.ron");
    attache::file::save(&old, &path).unwrap();
    git(&["init", "-q"]);
    git(&["add", "plans/visit.ron"]);
    git(&["commit", "-q", "-m", "first"]);
    attache::file::save(&new, &path).unwrap();

    let output = attache(&plans)
        .args(["diff", "--since", "HEAD", "visit.ron"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("Added: “Security briefing”"));

    let unknown = attache(&plans)
        .args(["diff", "--since", "no-such-revision", "visit.ron"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("visit.ron at no-such-revision"));
}

#[test]
fn a_night_flight_moved_across_midnight_is_told_in_both_clocks_with_its_dates() {
    use attache::model::{TravelLeg, TravelMode, Vehicle, VehicleKind};
    let mut old = Plan::empty(jiff::civil::date(2027, 1, 10), "Europe/Tallinn");
    old.visit.home_zone = "Asia/Baghdad".into();
    old.visit
        .vehicles
        .push(Vehicle::new("Car 1", VehicleKind::Car, 3));
    let flight = Event::new(
        EventKind::Travel(TravelLeg {
            mode: TravelMode::Flight,
            from: "Baghdad".into(),
            to: "Tallinn".into(),
            ..TravelLeg::default()
        }),
        "IA 231",
        LocalTime::new(
            jiff::civil::date(2027, 1, 10).at(23, 50, 0, 0),
            "Asia/Baghdad",
        ),
        LocalTime::new(
            jiff::civil::date(2027, 1, 11).at(3, 40, 0, 0),
            "Europe/Tallinn",
        ),
    );
    old.events.push(Arc::new(flight));
    let mut new = old.clone();
    {
        let flight = Arc::make_mut(&mut new.events[0]);
        flight.start.wall = jiff::civil::date(2027, 1, 11).at(0, 50, 0, 0);
        flight.end.wall = jiff::civil::date(2027, 1, 11).at(4, 40, 0, 0);
    }
    new.visit.vehicles[0].driver = "Margus Tamm".into();
    let text = changes(&old, &new).to_text();
    // It now takes off after midnight in Baghdad but still before it in Tallinn: told under
    // the host's day, the home clock beside with its own date, each end dated where the day
    // changes.
    assert!(text.starts_with("Sunday 10 January 2027\n"), "{text}");
    assert!(
        text.contains(
            "Moved: “IA 231” to Sun 10 Jan 23:50–11 Jan 04:40 (Mon 11 Jan 00:50–05:40 Baghdad), \
             from Sun 10 Jan 22:50–11 Jan 03:40 (23:50–11 Jan 04:40 Baghdad)"
        ),
        "{text}"
    );
    assert!(text.contains("Vehicle “Car 1”: driver changed"), "{text}");
}
