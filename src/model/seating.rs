//! Where each guest sits at an official meal or ceremony: the tables of one event and their seats.

use serde::{Deserialize, Serialize};

use super::{Event, Id, PersonId, choice_enum};

pub type TableId = Id<Table>;
pub type SeatId = Id<Seat>;

/// One table of an event's seating plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub id: TableId,
    /// What the table is called on the chart and the place cards ("Head table", "Table 2").
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub name: String,
    pub shape: TableShape,
    /// In order along the table from the end at the right hand of whoever sits in the middle
    /// facing the room, to the end at their left; round tables clockwise. The seat in the middle
    /// of the list ([`Table::centre`]) is the table's place of honour.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seats: Vec<Seat>,
}

/// One place at a table, with the interpreter who sits behind it if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seat {
    pub id: SeatId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonId>,
    /// Interpreters sit behind their principal, on a chair of their own away from the table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreter: Option<PersonId>,
}

choice_enum! {
    pub enum TableShape {
        #[default]
        Round => "Round",
        Rectangular => "Rectangular",
        Head => "Head table",
        UShape => "U-shape",
    }
}

impl TableShape {
    /// Whether the seats go round the table, so that its first and last seats are side by side.
    pub fn wraps(self) -> bool {
        matches!(self, Self::Round | Self::UShape)
    }
}

impl Seat {
    pub fn empty() -> Self {
        Self {
            id: Id::random(),
            person: None,
            interpreter: None,
        }
    }

    /// Whoever the seat holds, at the table and behind it.
    pub fn people(&self) -> impl Iterator<Item = PersonId> {
        self.person.into_iter().chain(self.interpreter)
    }
}

impl Table {
    /// A table of `seats` empty seats.
    pub fn new(name: impl Into<String>, shape: TableShape, seats: usize) -> Self {
        Self {
            id: Id::random(),
            name: name.into(),
            shape,
            seats: (0..seats).map(|_| Seat::empty()).collect(),
        }
    }

    /// The seats next to seat `position` along the table. Round and U-shaped tables close on
    /// themselves, so their first and last seats are neighbours; a straight table has two ends.
    pub fn neighbours(&self, position: usize) -> impl Iterator<Item = usize> {
        let count = self.seats.len();
        // Two seats are side by side once, whatever the table's shape.
        let wraps = self.shape.wraps() && count > 2;
        let before = match position {
            0 if wraps => Some(count - 1),
            0 => None,
            _ => Some(position - 1),
        };
        let after = match position + 1 {
            after if after < count => Some(after),
            _ if wraps => Some(0),
            _ => None,
        };
        // A seat the table does not have has no neighbours.
        before
            .into_iter()
            .chain(after)
            .filter(move |_| position < count)
    }

    /// The index of the table's place of honour: the middle seat, or of an even number the first
    /// past the middle, so that the guest of honour always has the seat at its right.
    pub fn centre(&self) -> usize {
        self.seats.len() / 2
    }
}

/// Where a seat is in an event's seating plan: the table's and the seat's positions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SeatPlace {
    pub table: usize,
    pub seat: usize,
}

impl Event {
    fn seat_mut(&mut self, place: SeatPlace) -> Option<&mut Seat> {
        self.tables.get_mut(place.table)?.seats.get_mut(place.seat)
    }

    /// Where `person` sits at the table (not behind it as an interpreter), if they do.
    pub fn seat_of(&self, person: PersonId) -> Option<SeatPlace> {
        self.tables.iter().enumerate().find_map(|(table, t)| {
            let seat = t.seats.iter().position(|s| s.person == Some(person))?;
            Some(SeatPlace { table, seat })
        })
    }

    /// Swaps whoever sits at two seats, each with the interpreter behind them; the seats stay
    /// where they are. Whether both seats exist and the two differ.
    pub fn swap_seats(&mut self, a: SeatPlace, b: SeatPlace) -> bool {
        if a == b || self.seat_mut(a).is_none() || self.seat_mut(b).is_none() {
            return false;
        }
        let taken = self
            .seat_mut(a)
            .map(|s| (s.person.take(), s.interpreter.take()));
        let displaced = self
            .seat_mut(b)
            .map(|s| (s.person.take(), s.interpreter.take()));
        if let (Some((person, interpreter)), Some(seat)) = (taken, self.seat_mut(b)) {
            (seat.person, seat.interpreter) = (person, interpreter);
        }
        if let (Some((person, interpreter)), Some(seat)) = (displaced, self.seat_mut(a)) {
            (seat.person, seat.interpreter) = (person, interpreter);
        }
        true
    }

    /// Seats `person` at `place`. Someone already seated elsewhere changes places with whoever
    /// sits there; someone not yet seated takes the seat, and its occupant (with the interpreter
    /// behind them) is left without one. Whether anything changed.
    pub fn seat_person(&mut self, person: PersonId, place: SeatPlace) -> bool {
        if let Some(from) = self.seat_of(person) {
            return self.swap_seats(from, place);
        }
        match self.seat_mut(place) {
            Some(seat) => {
                seat.person = Some(person);
                seat.interpreter = None;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventKind, LocalTime};

    fn dinner(seats: &[Option<PersonId>]) -> Event {
        let at = |hour| {
            LocalTime::new(
                jiff::civil::date(2027, 3, 22).at(hour, 0, 0, 0),
                "Europe/Tallinn",
            )
        };
        let mut event = Event::new(EventKind::Meal, "Dinner", at(19), at(21));
        let mut table = Table::new("Table 1", TableShape::Round, seats.len());
        for (seat, &person) in table.seats.iter_mut().zip(seats) {
            seat.person = person;
        }
        event.tables = vec![table];
        event
    }

    fn place(seat: usize) -> SeatPlace {
        SeatPlace { table: 0, seat }
    }

    fn sitting(event: &Event) -> Vec<Option<PersonId>> {
        event.tables[0].seats.iter().map(|s| s.person).collect()
    }

    #[test]
    fn round_and_u_shaped_tables_close_on_themselves_and_straight_ones_do_not() {
        let neighbours = |shape, seats, at| {
            Table::new("T", shape, seats)
                .neighbours(at)
                .collect::<Vec<_>>()
        };
        assert_eq!(neighbours(TableShape::Round, 6, 0), [5, 1]);
        assert_eq!(neighbours(TableShape::UShape, 6, 5), [4, 0]);
        assert_eq!(neighbours(TableShape::Head, 6, 0), [1]);
        assert_eq!(neighbours(TableShape::Rectangular, 6, 5), [4]);
        assert_eq!(neighbours(TableShape::Round, 6, 3), [2, 4]);
        assert_eq!(
            neighbours(TableShape::Round, 2, 0),
            [1],
            "two seats: one neighbour"
        );
        assert_eq!(neighbours(TableShape::Round, 1, 0), Vec::<usize>::new());
        assert_eq!(
            neighbours(TableShape::Round, 3, 7),
            Vec::<usize>::new(),
            "no such seat"
        );
    }

    #[test]
    fn a_guest_dropped_on_an_empty_seat_moves_there_with_their_interpreter() {
        let (guest, interpreter) = (PersonId::random(), PersonId::random());
        let mut event = dinner(&[Some(guest), None]);
        event.tables[0].seats[0].interpreter = Some(interpreter);
        let seat_ids: Vec<_> = event.tables[0].seats.iter().map(|s| s.id).collect();
        assert!(event.seat_person(guest, place(1)));
        assert_eq!(sitting(&event), [None, Some(guest)]);
        assert_eq!(event.tables[0].seats[1].interpreter, Some(interpreter));
        assert_eq!(event.tables[0].seats[0].interpreter, None);
        let after: Vec<_> = event.tables[0].seats.iter().map(|s| s.id).collect();
        assert_eq!(after, seat_ids, "the seats stay, the people move");
    }

    #[test]
    fn two_seated_guests_swap_and_an_unseated_one_takes_the_seat_of_another() {
        let (first, second, newcomer) =
            (PersonId::random(), PersonId::random(), PersonId::random());
        let mut event = dinner(&[Some(first), Some(second)]);
        assert!(event.swap_seats(place(0), place(1)));
        assert_eq!(sitting(&event), [Some(second), Some(first)]);
        assert!(event.seat_person(newcomer, place(0)));
        assert_eq!(sitting(&event), [Some(newcomer), Some(first)]);
        assert_eq!(event.seat_of(second), None, "the one displaced has no seat");
        assert!(!event.swap_seats(place(1), place(1)));
        assert!(!event.seat_person(second, place(5)), "no such seat");
    }
}
