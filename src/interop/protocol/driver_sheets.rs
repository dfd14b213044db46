//! The driver's day sheet: for each vehicle and each day it drives, one A4 page with every leg
//! in order, its times, where to pick up and where to drop off, who rides and their phones, and
//! the contact officer to call when something changes.

use std::collections::BTreeMap;

use jiff::civil::Date;
use maud::html;

use super::page;
use super::sheet::{person_with, phone};
use crate::interop::Directory;
use crate::interop::printed::{Clocks, long_date, route_arrow, sentence, value, words};
use crate::lang::format;
use crate::model::label::label;
use crate::model::{
    Choice, DelegationRole, Event, EventKind, EventStatus, Person, Plan, Ride, Vehicle, VehicleId,
};
use crate::t;

const STYLE: &str = r#"
@page { size: A4 portrait; margin: 15mm; }
section.sheet { break-after: page; }
section.sheet:last-child { break-after: auto; }
p.vehicle { font-size: 11pt; margin: 0 0 8pt; }
td.time { font-weight: 600; }
td.where { width: 30%; }
div.passenger { margin-bottom: 3pt; }
"#;

/// One leg a vehicle drives: the event and the ride in that vehicle.
struct Leg<'p> {
    event: &'p Event,
    ride: &'p Ride,
}

/// Where a leg picks up and drops off: a road leg's from and to, or an event's place.
fn ends(event: &Event) -> (&str, &str) {
    match &event.kind {
        EventKind::Travel(route) => (route.from.trim(), route.to.trim()),
        _ => (event.location.trim(), ""),
    }
}

/// Whom the driver calls about a leg: the liaison or protocol officer riding along, else one
/// taking part in or hosting the event.
fn contact_officer<'p>(directory: &Directory<'p>, leg: &Leg<'p>) -> Option<&'p Person> {
    let officer = |person: &&Person| {
        matches!(
            person.role,
            DelegationRole::Liaison | DelegationRole::Protocol
        )
    };
    directory
        .in_order(&leg.ride.passengers)
        .into_iter()
        .find(officer)
        .or_else(|| {
            let named: Vec<_> = leg.event.people().collect();
            directory.in_order(&named).into_iter().find(officer)
        })
}

/// The sheets of the vehicles ridden in on `legs`, a page for each vehicle and day (in host
/// time), vehicles in the order the visit lists them.
pub(super) fn page_of(plan: &Plan, directory: &Directory, legs: &[&Event]) -> String {
    let clocks = Clocks::of(plan).ok();
    let day_of = |event: &Event| -> Date {
        match (&clocks, event.start.instant()) {
            (Some(clocks), Ok(instant)) => instant.to_zoned(clocks.host.clone()).date(),
            _ => event.start.wall.date(),
        }
    };
    let mut sheets: BTreeMap<(usize, Date), Vec<Leg>> = BTreeMap::new();
    let order: std::collections::HashMap<VehicleId, usize> = plan
        .visit
        .vehicles
        .iter()
        .enumerate()
        .map(|(n, vehicle)| (vehicle.id, n))
        .collect();
    for &event in legs {
        for ride in &event.rides {
            if let Some(&n) = order.get(&ride.vehicle) {
                sheets
                    .entry((n, day_of(event)))
                    .or_default()
                    .push(Leg { event, ride });
            }
        }
    }
    for legs in sheets.values_mut() {
        // The key is worked out once a leg: an instant costs a time-zone lookup.
        legs.sort_by_cached_key(|leg| (leg.event.start.instant().ok(), leg.event.start.wall));
    }
    let title = words(
        "doc-drivers-page-title",
        &[("title", &label(&plan.visit.title))],
    );
    page(
        &title,
        STYLE,
        html! {
            @for ((n, day), legs) in &sheets {
                @let vehicle: &Vehicle = &plan.visit.vehicles[*n];
                section.sheet {
                    h1 { (value(&vehicle.name)) " — " (long_date(*day)) }
                    p.vehicle {
                        (vehicle.kind.text())
                        @if !vehicle.plate.trim().is_empty() { " · " (value(&vehicle.plate)) }
                        " · " (t!("doc-drivers-seats", count = vehicle.seats))
                        @if !vehicle.driver.trim().is_empty() {
                            " · "
                            (sentence("doc-drivers-driver", vec![
                                ("name", html! { (value(&vehicle.driver)) }.into()),
                                ("phone", html! { (value(&vehicle.driver_phone)) }.into()),
                            ]))
                        }
                    }
                    table {
                        tr {
                            th { (t!("doc-drivers-time")) }
                            th { (t!("doc-drivers-pick-up-drop-off")) }
                            th { (t!("doc-drivers-passengers")) }
                            th { (t!("doc-drivers-contact-officer")) }
                        }
                        @for leg in legs {
                            @let (from, to) = ends(leg.event);
                            tr {
                                td.time.time {
                                    @if let Some(clocks) = &clocks { (clocks.times(leg.event).host) }
                                    @else { (format::time(leg.event.start.wall.time())) }
                                }
                                td.where {
                                    div.title { (value(&label(&leg.event.title))) }
                                    (value(from))
                                    @if !to.is_empty() { (route_arrow()) (value(to)) }
                                    @if leg.event.status == EventStatus::Cancelled {
                                        " " span.badge { (EventStatus::Cancelled.text()) }
                                    }
                                }
                                td {
                                    @for passenger in directory.in_order(&leg.ride.passengers) {
                                        div.passenger { (person_with(passenger, phone(passenger))) }
                                    }
                                    div.muted.small {
                                        (t!("doc-seats-taken", taken = leg.ride.passengers.len(), seats = vehicle.seats))
                                    }
                                }
                                td {
                                    @if let Some(officer) = contact_officer(directory, leg) {
                                        (person_with(officer, phone(officer)))
                                    } @else { span.muted { (t!("doc-drivers-none-named")) } }
                                }
                            }
                        }
                    }
                }
            }
            @if sheets.is_empty() {
                p.muted { (t!("doc-drivers-no-vehicle")) }
            }
        },
    )
}
