//! The arrivals and departures manifest for the airport's VIP service and the meet-and-greet
//! team: each flight into or out of the host country in order of its time there, with the
//! arrival (or departure) in host time and home time beside it, the flight and its booking, who
//! meets the delegation or sees it off, and each passenger in order of precedence with their
//! travel document, what they need (a wheelchair, food in the lounge), their phone and the car
//! that takes them on.

use std::collections::HashMap;

use jiff::{SignedDuration, Timestamp};
use maud::{Markup, html};

use super::page;
use super::sheet::{csv_file, person, person_text, person_with, phone, repeated};
use crate::interop::Directory;
use crate::interop::printed::{Clocks, city, route_arrow, sentence, value, words};
use crate::lang::format::{self, DateFormat};
use crate::model::label::label;
use crate::model::{
    Choice, DelegationRole, DocumentStatus, Event, EventKind, EventStatus, LocalTime, Person,
    PersonId, Plan, TravelLeg, TravelMode, Vehicle,
};
use crate::t;

/// How long after landing (or before take-off) a ride still counts as the car to or from the
/// airport.
const TRANSFER_WINDOW: SignedDuration = SignedDuration::from_hours(6);

const STYLE: &str = r#"
@page { size: A4 portrait; margin: 14mm; }
h2 { font-size: 14pt; margin-top: 10pt; }
h3 { font-size: 11pt; margin: 12pt 0 2pt; border-top: 1pt solid #1f3b5a; padding-top: 4pt; }
p.flight { margin: 0 0 3pt; }
td.n { width: 1%; color: #555; }
td.phone { white-space: nowrap; }
table { font-size: 9pt; }
"#;

/// Whether a flight brings the delegation into the host country or takes it out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Arrival,
    Departure,
}

impl Direction {
    fn heading(self) -> &'static str {
        match self {
            Self::Arrival => t!("doc-manifest-arrivals"),
            Self::Departure => t!("doc-manifest-departures"),
        }
    }

    fn word(self) -> &'static str {
        match self {
            Self::Arrival => t!("doc-manifest-arrival"),
            Self::Departure => t!("doc-manifest-departure"),
        }
    }
}

/// One flight of the manifest, with what is printed for it.
struct Flight<'p> {
    event: &'p Event,
    leg: &'p TravelLeg,
    direction: Direction,
    /// The arrival (or the departure) in the host country: when the team is at the airport.
    at: Option<Timestamp>,
    passengers: Vec<Passenger<'p>>,
}

struct Passenger<'p> {
    person: &'p Person,
    car: Option<Transfer<'p>>,
}

/// The car that takes a passenger on from a flight (or to it), and the leg it drives.
#[derive(Clone, Copy)]
struct Transfer<'p> {
    vehicle: &'p Vehicle,
    leg: &'p Event,
}

/// Each person's rides by road, in order of time, to find the car that meets a flight.
struct Rides<'p> {
    of: HashMap<PersonId, Vec<(Timestamp, Timestamp, Transfer<'p>)>>,
}

impl<'p> Rides<'p> {
    fn new(plan: &'p Plan) -> Self {
        let vehicles: HashMap<_, &Vehicle> =
            plan.visit.vehicles.iter().map(|v| (v.id, v)).collect();
        let mut of: HashMap<PersonId, Vec<_>> = HashMap::new();
        for event in plan
            .events
            .iter()
            .filter(|e| e.status != EventStatus::Cancelled)
        {
            let (Ok(start), Ok(end)) = (event.start.instant(), event.end.instant()) else {
                continue;
            };
            for ride in &event.rides {
                let Some(&vehicle) = vehicles.get(&ride.vehicle) else {
                    continue;
                };
                let transfer = Transfer {
                    vehicle,
                    leg: event,
                };
                for &passenger in &ride.passengers {
                    of.entry(passenger)
                        .or_default()
                        .push((start, end, transfer));
                }
            }
        }
        for rides in of.values_mut() {
            rides.sort_by_key(|&(start, _, _)| start);
        }
        Self { of }
    }

    /// The car `person` rides in from the airport (the first ride starting within the window
    /// after landing) or to it (the last ride ending within the window before take-off).
    fn car(&self, person: PersonId, direction: Direction, at: Timestamp) -> Option<Transfer<'p>> {
        let rides = self.of.get(&person)?;
        let after = rides.partition_point(|&(start, _, _)| start < at);
        match direction {
            Direction::Arrival => rides
                .get(after)
                .filter(|&&(start, _, _)| start.duration_since(at) <= TRANSFER_WINDOW)
                .map(|&(_, _, transfer)| transfer),
            Direction::Departure => rides[..after]
                .iter()
                .rev()
                .find(|&&(_, end, _)| end <= at)
                .filter(|&&(_, end, _)| at.duration_since(end) <= TRANSFER_WINDOW)
                .map(|&(_, _, transfer)| transfer),
        }
    }
}

fn flights<'p>(plan: &'p Plan, directory: &Directory<'p>, legs: &[&'p Event]) -> Vec<Flight<'p>> {
    let host = plan.visit.host_zone.as_str();
    let rides = Rides::new(plan);
    let mut flights: Vec<Flight> = legs
        .iter()
        .filter_map(|&event| {
            let EventKind::Travel(leg) = &event.kind else {
                return None;
            };
            let (direction, time) = if event.end.zone == host {
                (Direction::Arrival, &event.end)
            } else {
                (Direction::Departure, &event.start)
            };
            let at = time.instant().ok();
            let passengers = directory
                .in_order(&event.participants)
                .into_iter()
                .map(|person| Passenger {
                    person,
                    car: at.and_then(|at| rides.car(person.id, direction, at)),
                })
                .collect();
            Some(Flight {
                event,
                leg,
                direction,
                at,
                passengers,
            })
        })
        .collect();
    flights.sort_by_key(|flight| {
        let direction = flight.direction == Direction::Departure;
        let time = match flight.direction {
            Direction::Arrival => &flight.event.end,
            Direction::Departure => &flight.event.start,
        };
        (direction, flight.at, time.wall)
    });
    flights
}

/// Who meets the flight (or sees it off): its own hosts, else the hosts of the legs that take
/// its passengers on, in the order of precedence.
fn meeters<'p>(directory: &Directory<'p>, flight: &Flight<'p>) -> Vec<&'p Person> {
    if !flight.event.hosts.is_empty() {
        return directory.in_order(&flight.event.hosts);
    }
    let mut legs = std::collections::HashSet::new();
    let hosts: Vec<PersonId> = flight
        .passengers
        .iter()
        .filter_map(|passenger| passenger.car)
        .filter(|transfer| legs.insert(transfer.leg.id))
        .flat_map(|transfer| transfer.leg.hosts.iter().copied())
        .collect();
    directory.in_order(&hosts)
}

/// Whether `event` is a flight into or out of the host country.
pub(super) fn is_flight_across(plan: &Plan, event: &Event) -> bool {
    let host = plan.visit.host_zone.as_str();
    matches!(&event.kind, EventKind::Travel(leg) if leg.mode == TravelMode::Flight)
        && (event.start.zone == host) != (event.end.zone == host)
}

/// A time with the city whose clock it is on: "22 Mar 23:50" and "Baghdad" (no city for the
/// host's clock, which the page names once).
struct Clocked {
    time: String,
    city: String,
}

impl Clocked {
    /// For a spreadsheet: "22 Mar 23:50 Baghdad".
    fn text(&self) -> String {
        format!("{} {}", self.time, self.city).trim_end().to_owned()
    }

    /// For the page: the city, a zone's name from the plan, isolated like every value.
    fn markup(&self) -> Markup {
        html! { (self.time) @if !self.city.is_empty() { " " (value(&self.city)) } }
    }
}

/// A time in the host clock with the home clock beside it, "Tue 23 Mar 01:35" and "Tue 23 Mar
/// 02:35 Baghdad"; as written, with its zone's city, where the zones are not known.
fn in_clocks(clocks: Option<&Clocks>, time: &LocalTime) -> (Clocked, Option<Clocked>) {
    let format = |at| format::date_time(at, DateFormat::WeekdayDayMonth);
    match (clocks, time.instant()) {
        (Some(clocks), Ok(instant)) => (
            Clocked {
                time: format(instant.to_zoned(clocks.host.clone()).datetime()),
                city: String::new(),
            },
            Some(Clocked {
                time: format(instant.to_zoned(clocks.home.clone()).datetime()),
                city: clocks.home_name(),
            }),
        ),
        _ => (
            Clocked {
                time: format(time.wall),
                city: city(&time.zone),
            },
            None,
        ),
    }
}

/// A time as the clock where it happens shows it: "22 Mar 23:50 Baghdad".
fn local(time: &LocalTime) -> Clocked {
    Clocked {
        time: format::date_time(time.wall, DateFormat::DayMonth),
        city: city(&time.zone),
    }
}

/// The flight as the airport names it, in a spreadsheet: carrier and title, "Qatar Airways QR
/// 301".
fn flight_name(flight: &Flight) -> String {
    [flight.leg.carrier.trim(), flight.event.title.trim()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the VIP service must have ready for `person`: their access needs and, for the lounge,
/// their diet.
fn needs(person: &Person) -> Markup {
    html! {
        @if !person.accessibility_needs.trim().is_empty() {
            div {
                (sentence("doc-manifest-access", vec![
                    ("needs", html! { (value(&repeated(&person.accessibility_needs))) }.into()),
                ]))
            }
        }
        @if !person.dietary_needs.trim().is_empty() {
            div {
                (sentence("doc-seating-diet", vec![
                    ("needs", html! { (value(&repeated(&person.dietary_needs))) }.into()),
                ]))
            }
        }
    }
}

/// The travel document's state, with its deadline while it is still awaited; its state named by
/// `name` (its code in a spreadsheet, its text on the page).
fn document(person: &Person, name: fn(DocumentStatus) -> &'static str) -> String {
    let document = &person.travel_document;
    let awaited = matches!(
        document.status,
        DocumentStatus::ToApply | DocumentStatus::Applied
    );
    match document.deadline {
        Some(deadline) if awaited => t!(
            "doc-manifest-document-due",
            status = name(document.status),
            deadline = deadline.to_string()
        ),
        _ => name(document.status).to_owned(),
    }
}

/// The person's part and position; the part named by `name`, as [`document`]'s state is.
fn role(person: &Person, name: fn(DelegationRole) -> &'static str) -> String {
    [name(person.role), label(person.position.trim()).as_ref()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A car in a spreadsheet: its name and plate.
fn car_text(vehicle: &Vehicle) -> String {
    [vehicle.name.trim(), vehicle.plate.trim()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The manifest of the flights among `legs` as a printable page.
pub(super) fn page_of(plan: &Plan, directory: &Directory, legs: &[&Event]) -> String {
    let clocks = Clocks::of(plan).ok();
    let flights = flights(plan, directory, legs);
    let title = words(
        "doc-manifest-page-title",
        &[("title", &label(&plan.visit.title))],
    );
    page(
        &title,
        STYLE,
        html! {
            h1 {
                (sentence("doc-manifest-page-title", vec![
                    ("title", html! { (value(&label(&plan.visit.title))) }.into()),
                ]))
            }
            @if let Some(clocks) = &clocks {
                p.muted {
                    (sentence("doc-manifest-times", vec![
                        ("host", html! { (value(&clocks.host_name())) }.into()),
                        ("home", html! { (value(&clocks.home_name())) }.into()),
                    ]))
                }
            }
            @for (n, flight) in flights.iter().enumerate() {
                @if n == 0 || flights[n - 1].direction != flight.direction {
                    h2 { (flight.direction.heading()) }
                }
                @let time = match flight.direction {
                    Direction::Arrival => &flight.event.end,
                    Direction::Departure => &flight.event.start,
                };
                @let (host, home) = in_clocks(clocks.as_ref(), time);
                h3 {
                    (flight.direction.word()) " " (host.markup())
                    @if let Some(home) = home { " " span.muted { "(" (home.markup()) ")" } }
                    " · " (value(&flight.leg.carrier)) " " (value(&flight.event.title))
                    @if flight.event.status == EventStatus::Cancelled {
                        " " span.badge { (EventStatus::Cancelled.text()) }
                    }
                }
                p.flight {
                    (value(&flight.leg.from)) " " (local(&flight.event.start).markup()) (route_arrow())
                    (value(&flight.leg.to)) " " (local(&flight.event.end).markup())
                    @if !flight.leg.booking_reference.trim().is_empty() {
                        " · "
                        (sentence("doc-booking-start", vec![
                            ("reference", html! { (value(&flight.leg.booking_reference)) }.into()),
                        ]))
                    }
                }
                p.flight {
                    @let meeters = meeters(directory, flight);
                    @let names = html! {
                        @if meeters.is_empty() { span.muted { (t!("doc-manifest-nobody-named")) } }
                        @else {
                            @for (n, host) in meeters.into_iter().enumerate() {
                                @if n > 0 { (t!("doc-names-separator")) }
                                (person_with(host, phone(host)))
                            }
                        }
                    };
                    (sentence(
                        match flight.direction {
                            Direction::Arrival => "doc-manifest-met-by",
                            Direction::Departure => "doc-manifest-seen-off-by",
                        },
                        vec![("names", names.into())],
                    ))
                }
                table {
                    tr {
                        th { (t!("doc-column-rank")) }
                        th { (t!("doc-manifest-passenger")) }
                        th { (t!("doc-manifest-travel-document")) }
                        th { (t!("doc-manifest-needs")) }
                        th { (t!("doc-column-phone")) }
                        th { (t!("doc-manifest-car")) }
                    }
                    @for (n, passenger) in flight.passengers.iter().enumerate() {
                        tr {
                            td.n { (n + 1) }
                            td {
                                (person(passenger.person))
                                div.muted.small { (value(&role(passenger.person, DelegationRole::text))) }
                            }
                            td { (document(passenger.person, DocumentStatus::text)) }
                            td { (needs(passenger.person)) }
                            td.phone { (value(&repeated(passenger.person.preferred_phone()))) }
                            td {
                                @if let Some(Transfer { vehicle: car, .. }) = passenger.car {
                                    (value(&car.name)) " " (value(&car.plate))
                                    @if !car.driver.trim().is_empty() {
                                        div.muted.small {
                                            (sentence("doc-drivers-driver", vec![
                                                ("name", html! { (value(&car.driver)) }.into()),
                                                ("phone", html! { (value(&car.driver_phone)) }.into()),
                                            ]))
                                        }
                                    }
                                } @else { span.muted { "—" } }
                            }
                        }
                    }
                    @if flight.passengers.is_empty() {
                        tr { td colspan="6" { span.muted { (t!("doc-manifest-no-passengers")) } } }
                    }
                }
            }
            @if flights.is_empty() {
                p.muted { (t!("doc-manifest-no-flights")) }
            }
        },
    )
}

const HEADERS: [&str; 20] = [
    "Direction",
    "Host time",
    "Home time",
    "Flight",
    "From",
    "Departure (local)",
    "To",
    "Arrival (local)",
    "Booking reference",
    "Status",
    "Met or seen off by",
    "Passenger",
    "Role",
    "Travel document",
    "Access needs",
    "Dietary needs",
    "Phone",
    "Car",
    "Driver",
    "Driver phone",
];

/// The manifest as a spreadsheet: a row for each passenger of each flight.
pub(super) fn spreadsheet(plan: &Plan, directory: &Directory, legs: &[&Event]) -> Vec<u8> {
    let clocks = Clocks::of(plan).ok();
    let headers: Vec<String> = HEADERS.iter().map(|h| (*h).to_owned()).collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for flight in flights(plan, directory, legs) {
        let time = match flight.direction {
            Direction::Arrival => &flight.event.end,
            Direction::Departure => &flight.event.start,
        };
        let (host, home) = in_clocks(clocks.as_ref(), time);
        // Cut to a label: it is repeated on every passenger's row.
        let meeters: Vec<PersonId> = meeters(directory, &flight).iter().map(|p| p.id).collect();
        let meeters = label(&directory.names_of(&meeters)).into_owned();
        let flight_cells = [
            flight.direction.word().to_owned(),
            host.text(),
            home.map(|home| home.text()).unwrap_or_default(),
            flight_name(&flight),
            flight.leg.from.trim().to_owned(),
            local(&flight.event.start).text(),
            flight.leg.to.trim().to_owned(),
            local(&flight.event.end).text(),
            flight.leg.booking_reference.trim().to_owned(),
            flight.event.status.code().to_owned(),
            meeters,
        ];
        if flight.passengers.is_empty() {
            rows.push(flight_cells.to_vec());
        }
        for passenger in &flight.passengers {
            let who = passenger.person;
            let car = passenger.car.map(|transfer| transfer.vehicle);
            rows.push(
                flight_cells
                    .iter()
                    .cloned()
                    .chain([
                        person_text(who),
                        role(who, DelegationRole::code),
                        document(who, DocumentStatus::code),
                        repeated(&who.accessibility_needs).into_owned(),
                        repeated(&who.dietary_needs).into_owned(),
                        repeated(who.preferred_phone()).into_owned(),
                        car.map(car_text).unwrap_or_default(),
                        car.map(|c| c.driver.trim().to_owned()).unwrap_or_default(),
                        car.map(|c| c.driver_phone.trim().to_owned())
                            .unwrap_or_default(),
                    ])
                    .collect(),
            );
        }
    }
    csv_file(&headers, rows)
}
