//! The seating chart: each table drawn to scale (round tables as circles, the others as long
//! tables) with numbered seats, and beside it who sits in each seat, their name in their own
//! script and their dietary needs.

use std::f64::consts::PI;

use maud::{Markup, html};

use super::page;
use crate::interop::Directory;
use crate::interop::printed::{
    addressed, long_date, name_of, native, sentence, value, value_text, words,
};
use crate::lang::format;
use crate::model::label::label;
use crate::model::{Choice, Event, Plan, Table, TableShape};
use crate::t;

const STYLE: &str = r#"
@page { size: A4 landscape; margin: 12mm; }
section { break-after: page; }
.table { display: flex; gap: 10mm; break-inside: avoid; margin-bottom: 8mm; }
svg { flex: none; }
svg text { font-size: 9px; text-anchor: middle; dominant-baseline: middle; }
.seats td.seat { width: 8mm; color: #555; }
.dietary { color: #8a3b00; font-size: 9pt; }
"#;

/// Millimetres of table edge per seat: a chair's width at a formal table.
const MM_PER_SEAT: f64 = 60.0;
/// How many millimetres of table one pixel of the drawing stands for.
const MM_PER_PIXEL: f64 = 3.0;

pub(super) fn chart(plan: &Plan, directory: &Directory, events: &[&Event]) -> String {
    page(
        &words(
            "doc-seating-page-title",
            &[("title", &value_text(&label(&plan.visit.title)))],
        ),
        STYLE,
        html! {
            @for event in events {
                section {
                    h1 { (value(&event.title)) }
                    p.muted {
                        (t!(
                            "doc-seating-when",
                            date = long_date(event.start.wall.date()),
                            time = format::time(event.start.wall.time())
                        ))
                        " · " (value(&event.location))
                    }
                    @for table in &event.tables {
                        (table_figure(directory, table))
                    }
                }
            }
        },
    )
}

fn table_figure(directory: &Directory, table: &Table) -> Markup {
    html! {
        div.table {
            (drawing(table))
            div {
                h2 {
                    (value(&table.name)) " "
                    span.muted {
                        (t!("doc-seating-table", shape = table.shape.text(), count = table.seats.len()))
                    }
                }
                table.seats {
                    @for (number, seat) in table.seats.iter().enumerate() {
                        tr {
                            td.seat { (number + 1) }
                            td {
                                @if let Some(person) = seat.person.and_then(|id| directory.person(id)) {
                                    (addressed(person))
                                    div { (native(&person.native_name)) }
                                    @if !person.dietary_needs.trim().is_empty() {
                                        div.dietary {
                                            (sentence("doc-seating-diet", vec![
                                                ("needs", html! { (value(&person.dietary_needs)) }.into()),
                                            ]))
                                        }
                                    }
                                } @else {
                                    span.muted { (t!("doc-seating-empty")) }
                                }
                                @if let Some(interpreter) = seat.interpreter.and_then(|id| directory.person(id)) {
                                    div.muted {
                                        (sentence("doc-seating-interpreter-behind", vec![
                                            ("name", html! { (value(&name_of(interpreter))) }.into()),
                                        ]))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The table seen from above, at one pixel for [`MM_PER_PIXEL`] millimetres: the seats' numbers
/// round a circle whose circumference gives each seat its width, or along a long table's edge.
fn drawing(table: &Table) -> Markup {
    let seats = table.seats.len().max(1) as f64;
    let edge = seats * MM_PER_SEAT / MM_PER_PIXEL;
    match table.shape {
        TableShape::Round => {
            let radius = (edge / (2.0 * PI)).max(12.0);
            let size = 2.0 * radius + 40.0;
            let centre = size / 2.0;
            html! {
                svg width=(size) height=(size) viewBox=(format!("0 0 {size} {size}")) role="img" aria-label=(table.name.trim()) {
                    circle cx=(centre) cy=(centre) r=(radius) fill="#f4efe6" stroke="#555" {}
                    @for number in 0..table.seats.len() {
                        @let angle = 2.0 * PI * number as f64 / seats - PI / 2.0;
                        text x=(centre + (radius + 10.0) * angle.cos()) y=(centre + (radius + 10.0) * angle.sin()) { (number + 1) }
                    }
                }
            }
        }
        TableShape::Rectangular | TableShape::Head | TableShape::UShape => {
            let width = edge.max(24.0);
            let height = 40.0;
            html! {
                svg width=(width + 20.0) height=(height + 30.0) viewBox=(format!("0 0 {} {}", width + 20.0, height + 30.0)) role="img" aria-label=(table.name.trim()) {
                    rect x="10" y="20" width=(width) height=(height / 2.0) fill="#f4efe6" stroke="#555" {}
                    @for number in 0..table.seats.len() {
                        text x=(10.0 + (number as f64 + 0.5) * width / seats) y="10" { (number + 1) }
                    }
                }
            }
        }
    }
}
