//! The caterer's sheet for each meal: how many guests, each dietary or allergy need with the
//! guests who have it (and their table and seat where the meal is seated), and whether
//! interpretation equipment is needed.
//!
//! A need is one part of a guest's dietary needs as the planner writes them, split at ";":
//! "Halal; no nuts" is two needs, and the guest is named under each (under at most
//! [`MAX_NEEDS`]; the last holds the rest).

use std::collections::{HashMap, HashSet};

use maud::html;

use super::page;
use super::sheet::{person, person_with, repeated};
use crate::interop::Directory;
use crate::interop::printed::{Clocks, long_date, value};
use crate::model::label::label;
use crate::model::search::fold;
use crate::model::{DelegationRole, Event, EventStatus, Person, PersonId, Plan};

/// The most needs one guest is listed under.
const MAX_NEEDS: usize = 6;

const STYLE: &str = r#"
@page { size: A4 portrait; margin: 15mm; }
section.meal { break-after: page; }
section.meal:last-child { break-after: auto; }
p.count { font-size: 13pt; margin: 4pt 0 8pt; }
td.need { width: 35%; font-weight: 600; }
div.guest { margin-bottom: 3pt; }
"#;

/// Where a guest sits: the table's name and the seat's number along it.
struct Place<'p> {
    table: &'p str,
    seat: usize,
}

/// One meal's sheet, worked out before it is written.
struct Sheet<'p> {
    guests: Vec<&'p Person>,
    interpreters: Vec<&'p Person>,
    /// The event asks for interpretation, or an interpreter sits behind a guest.
    interpreting: bool,
    /// Each need as first written, and who has it, in the order of precedence.
    needs: Vec<(String, Vec<&'p Person>)>,
    places: HashMap<PersonId, Place<'p>>,
}

impl<'p> Sheet<'p> {
    fn of(directory: &Directory<'p>, meal: &'p Event) -> Self {
        let mut places = HashMap::new();
        let mut seated_interpreters = HashSet::new();
        for table in &meal.tables {
            for (n, seat) in table.seats.iter().enumerate() {
                if let Some(guest) = seat.person {
                    places.entry(guest).or_insert(Place {
                        table: table.name.trim(),
                        seat: n + 1,
                    });
                }
                seated_interpreters.extend(seat.interpreter);
            }
        }
        let named: Vec<PersonId> = meal
            .participants
            .iter()
            .chain(&meal.hosts)
            .copied()
            .chain(places.keys().copied())
            .chain(seated_interpreters.iter().copied())
            .collect();
        // Interpreters at work, behind a chair or standing by, are not served at the table;
        // one given a seat of their own is a guest.
        let (interpreters, guests): (Vec<&Person>, Vec<&Person>) =
            directory.in_order(&named).into_iter().partition(|person| {
                !places.contains_key(&person.id)
                    && (seated_interpreters.contains(&person.id)
                        || person.role == DelegationRole::Interpreter)
            });
        let mut needs: Vec<(String, Vec<&Person>)> = Vec::new();
        let mut position_of: HashMap<String, usize> = HashMap::new();
        for &guest in &guests {
            // At most a few needs a guest, the last holding the rest: a note of many ";" is
            // not a guest named a thousand times.
            let written = repeated(&guest.dietary_needs);
            let mut listed_under = Vec::new();
            for need in written.splitn(MAX_NEEDS, ';').map(str::trim) {
                if need.is_empty() {
                    continue;
                }
                let key = fold(need);
                let position = *position_of.entry(key).or_insert_with(|| {
                    needs.push((need.to_owned(), Vec::new()));
                    needs.len() - 1
                });
                // "Halal; halal" names the guest once.
                if !listed_under.contains(&position) {
                    listed_under.push(position);
                    needs[position].1.push(guest);
                }
            }
        }
        Self {
            guests,
            interpreters,
            interpreting: meal.interpretation_needed || !seated_interpreters.is_empty(),
            needs,
            places,
        }
    }

    fn without_needs(&self) -> usize {
        self.guests
            .iter()
            .filter(|guest| {
                guest
                    .dietary_needs
                    .trim()
                    .trim_matches(';')
                    .trim()
                    .is_empty()
            })
            .count()
    }
}

fn plural(count: usize, one: &'static str, many: &'static str) -> &'static str {
    if count == 1 { one } else { many }
}

/// The caterer's sheets of `meals`, one A4 page a meal, in order of time.
pub(super) fn page_of(plan: &Plan, directory: &Directory, meals: &[&Event]) -> String {
    let clocks = Clocks::of(plan).ok();
    let mut meals = meals.to_vec();
    // The key is worked out once a meal: an instant costs a time-zone lookup.
    meals.sort_by_cached_key(|meal| (meal.start.instant().ok(), meal.start.wall));
    let title = format!("Catering — {}", label(&plan.visit.title));
    page(
        &title,
        STYLE,
        html! {
            @for meal in meals {
                @let sheet = Sheet::of(directory, meal);
                section.meal {
                    h1 { (value(&label(&meal.title))) }
                    p {
                        (long_date(meal.start.wall.date()))
                        @if let Some(clocks) = &clocks {
                            ", " (clocks.times(meal).host) " " (value(&clocks.host_name())) " time"
                        }
                        @if !meal.location.trim().is_empty() { " · " (value(&meal.location)) }
                        @if meal.status == EventStatus::Cancelled { " " span.badge { "Cancelled" } }
                    }
                    p.count {
                        b { (sheet.guests.len()) } (plural(sheet.guests.len(), " guest", " guests"))
                        @if !sheet.interpreters.is_empty() {
                            ", and " (sheet.interpreters.len())
                            (plural(sheet.interpreters.len(), " interpreter", " interpreters"))
                            " at work (not served at the table)"
                        }
                    }
                    h2 { "Dietary and allergy needs" }
                    @if sheet.needs.is_empty() {
                        p.muted { "No guest has a dietary need." }
                    } @else {
                        table {
                            tr { th { "Need" } th { "Guests" } }
                            @for (need, guests) in &sheet.needs {
                                tr {
                                    td.need { (value(need)) " " span.muted { "× " (guests.len()) } }
                                    td {
                                        @for guest in guests {
                                            @let place = html! {
                                                @if let Some(place) = sheet.places.get(&guest.id) {
                                                    " " span.muted { "— " (value(place.table)) ", seat " (place.seat) }
                                                }
                                            };
                                            div.guest { (person_with(guest, place)) }
                                        }
                                    }
                                }
                            }
                        }
                        @let without = sheet.without_needs();
                        p.muted { (without) (plural(without, " guest", " guests")) " without a dietary need." }
                    }
                    h2 { "Interpretation" }
                    @if sheet.interpreting {
                        p {
                            b { "Interpretation equipment needed" }
                            " (receivers, and a chair behind each principal for the interpreter)."
                        }
                        @if !sheet.interpreters.is_empty() {
                            p { "Interpreters: "
                                @for (n, interpreter) in sheet.interpreters.iter().enumerate() {
                                    @if n > 0 { "; " }
                                    (person(interpreter))
                                }
                            }
                        }
                    } @else {
                        p.muted { "No interpretation at this meal." }
                    }
                }
            }
        },
    )
}
