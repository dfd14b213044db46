//! The rooming grid of each stay, as a hotel's room-block view shows it: a row for each room, a
//! column for each night, and who sleeps where each night. Nights on which no room is booked
//! and the guests left without a room on some night are marked, so the gaps are seen before the
//! delegation stands at the desk.
//!
//! A room number booked twice on nights that follow each other (one guest leaves, another comes)
//! is one row; bookings of one number on the same night are rows of their own, so a double
//! booking shows. A grid has at most [`MAX_NIGHTS`] columns and a row a cell for each booking,
//! so the page grows in proportion to the plan whatever the dates typed.

use std::collections::HashMap;

use jiff::ToSpan;
use jiff::civil::Date;
use maud::html;

use super::page;
use super::sheet::{csv_file, person, person_text};
use crate::interop::Directory;
use crate::interop::printed::{day, name_of, sentence, short_date, value, words};
use crate::model::label::label;
use crate::model::{Choice, Event, EventKind, Person, PersonId, Plan, Room, RoomKind};
use crate::t;

/// The most nights one grid shows: a month, more than any visit's stay in one hotel.
const MAX_NIGHTS: usize = 31;

const STYLE: &str = r#"
@page { size: A4 landscape; margin: 12mm; }
h2 { font-size: 13pt; margin-top: 12pt; }
table.grid { table-layout: fixed; }
table.grid th, table.grid td { border: 0.5pt solid #999; font-size: 8.5pt; padding: 2pt 3pt; }
table.grid th.room, table.grid td.room { width: 12%; }
table.grid td.booked { background: #e8eef5; }
table.grid td.none, table.grid th.none { background: #f6dede; color: #800; }
table.grid tr.count td { font-weight: 600; text-align: center; }
"#;

/// One stay's grid, worked out once for both the page and the spreadsheet.
struct Grid<'p> {
    stay: &'p Event,
    nights: Vec<Date>,
    /// The stay has nights past the last one shown.
    cut: bool,
    lines: Vec<Line<'p>>,
    /// How many rooms are booked on each night shown.
    booked: Vec<usize>,
    /// The stay's guests who have no room on some night shown, with those nights.
    without_room: Vec<(&'p Person, Vec<Date>)>,
}

/// A row of the grid: one room number and its bookings, none on the same night.
struct Line<'p> {
    number: &'p str,
    bookings: Vec<Booking<'p>>,
}

/// One room of the plan on the nights it is booked within those shown: `nights` are positions
/// in [`Grid::nights`], empty when none of its nights is shown.
struct Booking<'p> {
    room: &'p Room,
    nights: std::ops::Range<usize>,
    guests: Vec<&'p Person>,
}

impl<'p> Grid<'p> {
    fn of(plan: &'p Plan, directory: &Directory<'p>, stay: &'p Event) -> Self {
        let rooms: &[Room] = match &stay.kind {
            EventKind::Stay(booking) => &booking.rooms,
            _ => &[],
        };
        let (first, count) = nights_of(stay, rooms);
        let nights: Vec<Date> = (0..count.min(MAX_NIGHTS))
            .filter_map(|n| first.checked_add((n as i64).days()).ok())
            .collect();
        let position = |date: Date| -> i64 {
            first
                .until(date)
                .map_or(i64::MIN, |span| i64::from(span.get_days()))
        };
        let shown = nights.len() as i64;
        let mut sorted: Vec<&Room> = rooms.iter().collect();
        sorted.sort_by_key(|room| room.first_night);
        let mut lines: Vec<Line> = Vec::new();
        let mut last_line_of: HashMap<&str, usize> = HashMap::new();
        for room in sorted {
            let from = position(room.first_night).clamp(0, shown) as usize;
            let to = position(room.last_night)
                .saturating_add(1)
                .clamp(from as i64, shown) as usize;
            let booking = Booking {
                room,
                nights: from..to,
                guests: room
                    .guests
                    .iter()
                    .filter_map(|&id| directory.person(id))
                    .collect(),
            };
            let number = room.number.trim();
            let free = (!number.is_empty())
                .then(|| last_line_of.get(number).copied())
                .flatten()
                .filter(|&line| {
                    lines[line]
                        .bookings
                        .last()
                        .is_none_or(|last| last.nights.end <= booking.nights.start)
                });
            match free {
                Some(line) => lines[line].bookings.push(booking),
                None => {
                    last_line_of.insert(number, lines.len());
                    lines.push(Line {
                        number,
                        bookings: vec![booking],
                    });
                }
            }
        }
        lines.sort_by(|a, b| natural(a.number).cmp(&natural(b.number)));
        let mut booked = vec![0; nights.len()];
        let mut housed: HashMap<PersonId, u64> = HashMap::new();
        for booking in lines.iter().flat_map(|line| &line.bookings) {
            let mask = booking
                .nights
                .clone()
                .fold(0u64, |mask, night| mask | 1 << night);
            for night in booking.nights.clone() {
                booked[night] += 1;
            }
            for guest in &booking.guests {
                *housed.entry(guest.id).or_default() |= mask;
            }
        }
        let guests: Vec<&Person> = if stay.participants.is_empty() {
            plan.delegation().collect()
        } else {
            stay.participants
                .iter()
                .filter_map(|&id| directory.person(id))
                .collect()
        };
        let without_room = guests
            .into_iter()
            .filter_map(|guest| {
                let mask = housed.get(&guest.id).copied().unwrap_or(0);
                let missing: Vec<Date> = nights
                    .iter()
                    .enumerate()
                    .filter(|(n, _)| mask & (1 << n) == 0)
                    .map(|(_, &night)| night)
                    .collect();
                (!missing.is_empty()).then_some((guest, missing))
            })
            .collect();
        Self {
            stay,
            cut: count > nights.len(),
            nights,
            lines,
            booked,
            without_room,
        }
    }

    /// The room types of a row, each once: "Twin", or "Single / Suite" when a number was let as
    /// two kinds.
    fn kinds(line: &Line, name: fn(RoomKind) -> &'static str) -> String {
        let mut kinds: Vec<&str> = Vec::new();
        for booking in &line.bookings {
            let kind = name(booking.room.kind);
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        kinds.join(" / ")
    }
}

/// A cell of a row: nights with no booking, or one booking over its nights.
enum Cell<'l, 'p> {
    Empty(usize),
    Booked(&'l Booking<'p>),
}

/// The cells of `line` across `nights` columns, in order.
fn cells<'l, 'p>(line: &'l Line<'p>, nights: usize) -> Vec<Cell<'l, 'p>> {
    let mut cells = Vec::new();
    let mut next = 0;
    for booking in line.bookings.iter().filter(|b| !b.nights.is_empty()) {
        if booking.nights.start > next {
            cells.push(Cell::Empty(booking.nights.start - next));
        }
        cells.push(Cell::Booked(booking));
        next = booking.nights.end;
    }
    if next < nights {
        cells.push(Cell::Empty(nights - next));
    }
    cells
}

/// The first night of the stay and how many there are: check-in to the night before
/// check-out, or, where those are not in order, the nights its rooms are booked.
fn nights_of(stay: &Event, rooms: &[Room]) -> (Date, usize) {
    let days = |from: Date, to: Date| {
        from.until(to)
            .map_or(0, |span| span.get_days().max(0) as usize)
    };
    let check_in = stay.start.wall.date();
    let check_out = stay.end.wall.date();
    if check_out > check_in {
        return (check_in, days(check_in, check_out));
    }
    let first = rooms.iter().map(|room| room.first_night).min();
    let last = rooms.iter().map(|room| room.last_night).max();
    match (first, last) {
        (Some(first), Some(last)) if last >= first => (first, days(first, last) + 1),
        _ => (check_in, 1),
    }
}

/// Room numbers in the order a hotel walks them: "2" before "10", then by text.
fn natural(number: &str) -> (bool, u64, &str) {
    let digits: String = number.chars().take_while(char::is_ascii_digit).collect();
    match digits.parse::<u64>() {
        Ok(n) => (false, n, number),
        Err(_) => (true, 0, number),
    }
}

fn stays_of<'p>(plan: &'p Plan, directory: &Directory<'p>, stays: &[&'p Event]) -> Vec<Grid<'p>> {
    let mut stays = stays.to_vec();
    stays.sort_by_key(|stay| stay.start.wall);
    stays
        .into_iter()
        .map(|stay| Grid::of(plan, directory, stay))
        .collect()
}

/// The grids of `stays` as a printable page, A4 landscape.
pub(super) fn page_of(plan: &Plan, directory: &Directory, stays: &[&Event]) -> String {
    let title = words(
        "doc-rooming-page-title",
        &[("title", &label(&plan.visit.title))],
    );
    page(
        &title,
        STYLE,
        html! {
            h1 {
                (sentence("doc-rooming-page-title", vec![
                    ("title", html! { (value(&label(&plan.visit.title))) }.into()),
                ]))
            }
            @for grid in stays_of(plan, directory, stays) {
                h2 { (value(&label(&grid.stay.title))) }
                p.muted {
                    @if let EventKind::Stay(booking) = &grid.stay.kind {
                        @if !booking.booking_reference.trim().is_empty() {
                            (sentence("doc-booking-start", vec![
                                ("reference", html! { (value(&booking.booking_reference)) }.into()),
                            ]))
                            " · "
                        }
                    }
                    @if !grid.stay.location.trim().is_empty() {
                        (value(&grid.stay.location)) " · "
                    }
                    (t!(
                        "doc-rooming-check-in-out",
                        check_in = short_date(grid.stay.start.wall.date()),
                        check_out = short_date(grid.stay.end.wall.date())
                    ))
                }
                table.grid {
                    tr {
                        th.room { (t!("doc-rooming-room")) }
                        th.room { (t!("doc-rooming-type")) }
                        @for (night, &count) in grid.nights.iter().zip(&grid.booked) {
                            th class=[(count == 0).then_some("none")] {
                                (day(*night))
                            }
                        }
                    }
                    @for line in &grid.lines {
                        tr {
                            td.room {
                                @if line.number.is_empty() { span.muted { (t!("doc-rooming-no-number")) } }
                                @else { (value(line.number)) }
                            }
                            td.room { (Grid::kinds(line, RoomKind::text)) }
                            @for cell in cells(line, grid.nights.len()) {
                                @match cell {
                                    Cell::Empty(nights) => td colspan=(nights) {},
                                    Cell::Booked(booking) => td.booked colspan=(booking.nights.len()) {
                                        @for (n, guest) in booking.guests.iter().enumerate() {
                                            @if n > 0 { br; }
                                            (person(guest))
                                        }
                                        @if booking.guests.is_empty() { span.muted { (t!("doc-rooming-no-guest")) } }
                                    },
                                }
                            }
                        }
                    }
                    tr.count {
                        td colspan="2" { (t!("doc-rooming-rooms-booked")) }
                        @for &count in &grid.booked {
                            td class=[(count == 0).then_some("none")] {
                                @if count == 0 { (t!("doc-rooming-none")) } @else { (count) }
                            }
                        }
                    }
                }
                @if grid.cut {
                    p.muted { (t!("doc-rooming-cut", count = MAX_NIGHTS)) }
                }
                @let outside: Vec<&Booking> = grid.lines.iter().flat_map(|l| &l.bookings)
                    .filter(|b| b.nights.is_empty()).collect();
                @if !outside.is_empty() {
                    p { b { (t!("doc-rooming-outside")) " " } }
                    ul {
                        @for booking in outside {
                            li {
                                (sentence("doc-rooming-booked-outside", vec![
                                    ("number", html! { (value(&booking.room.number)) }.into()),
                                    ("kind", html! { (booking.room.kind.text()) }.into()),
                                    ("first", html! { (short_date(booking.room.first_night)) }.into()),
                                    ("last", html! { (short_date(booking.room.last_night)) }.into()),
                                ]))
                            }
                        }
                    }
                }
                @if !grid.without_room.is_empty() {
                    p { b { (t!("doc-rooming-without-room")) } }
                    ul {
                        @for (guest, nights) in &grid.without_room {
                            li {
                                (person(guest)) " — "
                                @if nights.len() == grid.nights.len() { (t!("doc-rooming-every-night")) }
                                @else { (nights.iter().map(|night| day(*night)).collect::<Vec<_>>().join(t!("doc-comma"))) }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// The grids of `stays` as a spreadsheet: for each stay, a row of its nights' dates, a row for
/// each room with its guests and the guests of each night in that night's column, a row of how
/// many rooms are booked each night, and a row for each guest without a room, "no room" in the
/// nights they lack one.
pub(super) fn spreadsheet(plan: &Plan, directory: &Directory, stays: &[&Event]) -> Vec<u8> {
    let grids = stays_of(plan, directory, stays);
    let widest = grids
        .iter()
        .map(|grid| grid.nights.len())
        .max()
        .unwrap_or(0);
    let headers: Vec<String> = ["Hotel", "Room", "Room type", "Guests"]
        .into_iter()
        .map(str::to_owned)
        .chain((1..=widest).map(|n| format!("Night {n}")))
        .collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for grid in &grids {
        let hotel = grid.stay.title.trim().to_owned();
        rows.push(
            [
                hotel.clone(),
                String::new(),
                String::new(),
                "Night of".to_owned(),
            ]
            .into_iter()
            .chain(grid.nights.iter().map(Date::to_string))
            .collect(),
        );
        for line in &grid.lines {
            let guests = line.bookings.iter().flat_map(|booking| &booking.guests);
            let everyone = guests
                .map(|guest| person_text(guest))
                .collect::<Vec<_>>()
                .join("; ");
            // Each night's cell names its guests in Latin letters, the Guests cell in both
            // scripts once.
            let mut cells = vec![String::new(); grid.nights.len()];
            for booking in &line.bookings {
                let names = booking
                    .guests
                    .iter()
                    .map(|guest| name_of(guest))
                    .collect::<Vec<_>>()
                    .join("; ");
                for night in booking.nights.clone() {
                    cells[night].clone_from(&names);
                }
            }
            rows.push(
                [
                    hotel.clone(),
                    line.number.to_owned(),
                    Grid::kinds(line, RoomKind::code),
                    everyone,
                ]
                .into_iter()
                .chain(cells)
                .collect(),
            );
        }
        rows.push(
            [
                hotel.clone(),
                String::new(),
                String::new(),
                "Rooms booked".to_owned(),
            ]
            .into_iter()
            .chain(grid.booked.iter().map(usize::to_string))
            .collect(),
        );
        for (guest, missing) in &grid.without_room {
            let mut cells = vec![String::new(); grid.nights.len()];
            for (cell, night) in cells.iter_mut().zip(&grid.nights) {
                if missing.contains(night) {
                    *cell = "no room".to_owned();
                }
            }
            rows.push(
                [
                    hotel.clone(),
                    String::new(),
                    String::new(),
                    format!("Without a room: {}", person_text(guest)),
                ]
                .into_iter()
                .chain(cells)
                .collect(),
            );
        }
    }
    csv_file(&headers, rows)
}
