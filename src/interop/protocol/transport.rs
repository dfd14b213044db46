//! The daily transport list for drivers and liaison officers: for each day, each leg by road with
//! its vehicles, drivers and their phones, and who rides in each.

use maud::html;

use super::page;
use crate::interop::printed::{long_date, native};
use crate::interop::{Directory, person_label};
use crate::model::label::label;
use crate::model::{Event, EventKind, Plan};

const STYLE: &str = r#"
@page { size: A4 portrait; margin: 15mm; }
h2 { font-size: 13pt; border-bottom: 1.5pt solid #1f3b5a; color: #1f3b5a; margin-top: 14pt; }
h3 { font-size: 11pt; margin: 10pt 0 3pt; }
table { width: 100%; }
td.vehicle { width: 35%; }
"#;

pub(super) fn list(plan: &Plan, directory: &Directory, legs: &[&Event]) -> String {
    let mut legs = legs.to_vec();
    legs.sort_by_key(|event| event.start.wall);
    let title = format!("Transport — {}", label(&plan.visit.title));
    page(
        &title,
        STYLE,
        html! {
            h1 { (title) }
            @for (position, leg) in legs.iter().enumerate() {
                @let day = leg.start.wall.date();
                @if position == 0 || legs[position - 1].start.wall.date() != day {
                    h2 { (long_date(day)) }
                }
                h3 {
                    (leg.start.wall.strftime("%H:%M")) " "
                    @if let EventKind::Travel(route) = &leg.kind {
                        (route.from.trim()) " → " (route.to.trim())
                    }
                    " · " (leg.title.trim())
                }
                table {
                    tr { th { "Vehicle" } th { "Passengers" } }
                    @for ride in &leg.rides {
                        tr {
                            td.vehicle {
                                @if let Some(car) = directory.vehicle(ride.vehicle) {
                                    div { b { (car.name.trim()) } " " (car.plate.trim()) }
                                    div { "Driver: " (car.driver.trim()) " " (car.driver_phone.trim()) }
                                    div.muted { (ride.passengers.len()) " of " (car.seats) " seats" }
                                } @else {
                                    span.muted { "(a vehicle no longer in the plan)" }
                                }
                            }
                            td {
                                @for person in ride.passengers.iter().filter_map(|&id| directory.person(id)) {
                                    div { (person_label(person)) " " (native(&person.native_name)) " " span.muted { (person.preferred_phone().trim()) } }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}
