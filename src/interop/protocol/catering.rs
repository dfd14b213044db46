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
use crate::interop::printed::{Clocks, long_date, sentence, value, words};
use crate::model::label::label;
use crate::model::search::fold;
use crate::model::{Choice, DelegationRole, Event, EventStatus, Person, PersonId, Plan};
use crate::t;

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

/// The caterer's sheets of `meals`, one A4 page a meal, in order of time.
pub(super) fn page_of(plan: &Plan, directory: &Directory, meals: &[&Event]) -> String {
    let clocks = Clocks::of(plan).ok();
    let mut meals = meals.to_vec();
    // The key is worked out once a meal: an instant costs a time-zone lookup.
    meals.sort_by_cached_key(|meal| (meal.start.instant().ok(), meal.start.wall));
    let title = words(
        "doc-catering-page-title",
        &[("title", &label(&plan.visit.title))],
    );
    page(
        &title,
        STYLE,
        html! {
            @for meal in meals {
                @let sheet = Sheet::of(directory, meal);
                section.meal {
                    h1 { (value(&label(&meal.title))) }
                    p {
                        @match &clocks {
                            Some(clocks) => (sentence("doc-catering-when", vec![
                                ("date", html! { (long_date(meal.start.wall.date())) }.into()),
                                ("time", clocks.times(meal).host.into()),
                                ("city", html! { (value(&clocks.host_name())) }.into()),
                            ])),
                            None => (long_date(meal.start.wall.date())),
                        }
                        @if !meal.location.trim().is_empty() { " · " (value(&meal.location)) }
                        @if meal.status == EventStatus::Cancelled {
                            " " span.badge { (EventStatus::Cancelled.text()) }
                        }
                    }
                    p.count {
                        @let guests = sheet.guests.len();
                        @let number = html! { b { (guests) } };
                        @if sheet.interpreters.is_empty() {
                            (sentence("doc-catering-count", vec![
                                ("count", guests.into()),
                                ("number", number.into()),
                            ]))
                        } @else {
                            (sentence("doc-catering-count-and-interpreters", vec![
                                ("count", guests.into()),
                                ("number", number.into()),
                                ("interpreters", sheet.interpreters.len().into()),
                            ]))
                        }
                    }
                    h2 { (t!("doc-catering-needs")) }
                    @if sheet.needs.is_empty() {
                        p.muted { (t!("doc-catering-no-needs")) }
                    } @else {
                        table {
                            tr { th { (t!("doc-catering-need")) } th { (t!("doc-catering-guests")) } }
                            @for (need, guests) in &sheet.needs {
                                tr {
                                    td.need { (value(need)) " " span.muted { "× " (guests.len()) } }
                                    td {
                                        @for guest in guests {
                                            @let place = html! {
                                                @if let Some(place) = sheet.places.get(&guest.id) {
                                                    " " span.muted {
                                                        (sentence("doc-catering-place", vec![
                                                            ("table", html! { (value(place.table)) }.into()),
                                                            ("seat", html! { (place.seat) }.into()),
                                                        ]))
                                                    }
                                                }
                                            };
                                            div.guest { (person_with(guest, place)) }
                                        }
                                    }
                                }
                            }
                        }
                        @let without = sheet.without_needs();
                        p.muted { (t!("doc-catering-without-needs", count = without)) }
                    }
                    h2 { (t!("doc-catering-interpretation")) }
                    @if sheet.interpreting {
                        p {
                            (sentence("doc-catering-equipment", vec![
                                ("needed", html! { b { (t!("doc-catering-equipment-needed")) } }.into()),
                            ]))
                        }
                        @if !sheet.interpreters.is_empty() {
                            @let names = html! {
                                @for (n, interpreter) in sheet.interpreters.iter().enumerate() {
                                    @if n > 0 { (t!("doc-names-separator")) }
                                    (person(interpreter))
                                }
                            };
                            p { (sentence("doc-catering-interpreters", vec![("names", names.into())])) }
                        }
                    } @else {
                        p.muted { (t!("doc-catering-no-interpretation")) }
                    }
                }
            }
        },
    )
}
