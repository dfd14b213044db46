//! The daily transport list for drivers and liaison officers: for each day, each leg by road with
//! its vehicles, drivers and their phones, and who rides in each.

use maud::html;

use super::page;
use crate::interop::Directory;
use crate::interop::printed::{
    addressed, long_date, native, route_arrow, sentence, value, value_text, words,
};
use crate::lang::format;
use crate::model::label::label;
use crate::model::{Event, EventKind, Plan};
use crate::t;

const STYLE: &str = r#"
@page { size: A4 portrait; margin: 15mm; }
h2 { font-size: 13pt; border-bottom: 1.5pt solid #1f3b5a; color: #1f3b5a; margin-top: 14pt; }
h3 { font-size: 11pt; margin: 10pt 0 3pt; }
table { width: 100%; }
td.vehicle { width: 35%; }
.passenger + .passenger { margin-top: 4pt; }
"#;

pub(super) fn list(plan: &Plan, directory: &Directory, legs: &[&Event]) -> String {
    let mut legs = legs.to_vec();
    legs.sort_by_key(|event| event.start.wall);
    let title = label(&plan.visit.title);
    page(
        &words("doc-transport-title", &[("title", &value_text(&title))]),
        STYLE,
        html! {
            h1 { (sentence("doc-transport-title", vec![("title", html! { (value(&title)) }.into())])) }
            @for (position, leg) in legs.iter().enumerate() {
                @let day = leg.start.wall.date();
                @if position == 0 || legs[position - 1].start.wall.date() != day {
                    h2 { (long_date(day)) }
                }
                h3 {
                    (format::time(leg.start.wall.time())) " "
                    @if let EventKind::Travel(route) = &leg.kind {
                        (value(&route.from)) (route_arrow()) (value(&route.to))
                    }
                    " · " (value(&leg.title))
                }
                table {
                    tr { th { (t!("doc-transport-vehicle")) } th { (t!("doc-transport-passengers")) } }
                    @for ride in &leg.rides {
                        tr {
                            td.vehicle {
                                @if let Some(car) = directory.vehicle(ride.vehicle) {
                                    div { b { (value(&car.name)) } " " (value(&car.plate)) }
                                    div {
                                        (sentence("doc-transport-driver", vec![
                                            ("name", html! { (value(&car.driver)) }.into()),
                                            ("phone", html! { (value(&car.driver_phone)) }.into()),
                                        ]))
                                    }
                                    div.muted {
                                        (t!("doc-seats-taken", taken = ride.passengers.len(), seats = car.seats))
                                    }
                                } @else {
                                    span.muted { (t!("doc-transport-vehicle-gone")) }
                                }
                            }
                            td {
                                @for person in ride.passengers.iter().filter_map(|&id| directory.person(id)) {
                                    div.passenger {
                                        (addressed(person))
                                        div { (native(&person.native_name)) " " span.muted { (value(person.preferred_phone())) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}
