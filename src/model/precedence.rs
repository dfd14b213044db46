//! "Propose seating": a first seating plan for a meal or ceremony, by order of precedence, that the
//! planner then adjusts seat by seat.
//!
//! - Precedence is the order of the plan's people: the visiting delegation's list, and the host
//!   side's own order; the first of each side is its principal.
//! - The host sits at the centre of the first table (the head table), the guest of honour at the
//!   host's right and the second guest at the host's left; then the next two hosts beside them,
//!   the next two guests beyond, and so on outwards, so that guests and hosts alternate along the
//!   table on both sides.
//! - Interpreters sit behind the principals of their own side, the first interpreter behind the
//!   first principal.
//! - The event's tables are kept (shapes, names, seat counts, ids) and filled in order, the head
//!   table first; when they are too few, round tables of at most ten are added with the rest
//!   shared out evenly among them. An event with no tables gets a head table first, which takes
//!   a few more rather than leave one or two people alone at a table of their own.

use std::collections::HashSet;

use super::{DelegationRole, Event, Person, PersonId, Plan, Seat, Side, Table, TableShape};

/// Seats at the head table proposed for an event that has no tables yet.
const HEAD_TABLE_SEATS: usize = 8;
/// Seats at most at each round table added when the event's tables are full.
const ROUND_TABLE_SEATS: usize = 10;
/// Fewest people given a table of their own when a head table Propose seating made is full.
const FEWEST_AT_A_TABLE: usize = 4;

/// The event's tables with everyone who takes part seated by precedence.
pub fn propose_seating(plan: &Plan, event: &Event) -> Vec<Table> {
    let taking_part: HashSet<PersonId> = event.people().collect();
    let attending = |side: Side| -> Vec<&Person> {
        plan.people
            .iter()
            .map(AsRef::as_ref)
            .filter(|person| person.side == side && taking_part.contains(&person.id))
            .collect()
    };
    let (guests, guest_interpreters) = principals_and_interpreters(attending(Side::Visiting));
    let (hosts, host_interpreters) = principals_and_interpreters(attending(Side::Host));
    let (others, other_interpreters) = principals_and_interpreters(attending(Side::Other));

    let (guests_behind, guest_interpreters_at_table) = pair_up(&guests, &guest_interpreters);
    let (hosts_behind, host_interpreters_at_table) = pair_up(&hosts, &host_interpreters);
    let mut in_order = order_of_precedence(&hosts, &guests);
    in_order.extend(others);
    in_order.extend(other_interpreters);
    in_order.extend(guest_interpreters_at_table);
    in_order.extend(host_interpreters_at_table);
    let behind = |principal: PersonId| {
        guests_behind
            .iter()
            .chain(&hosts_behind)
            .find(|(of, _)| *of == principal)
            .map(|&(_, interpreter)| interpreter)
    };

    let mut tables = event.tables.clone();
    for seat in tables.iter_mut().flat_map(|table| &mut table.seats) {
        seat.person = None;
        seat.interpreter = None;
    }
    let made_a_head_table = tables.is_empty() && !in_order.is_empty();
    if made_a_head_table {
        let seats = in_order.len().min(HEAD_TABLE_SEATS);
        tables.push(Table::new(
            crate::t!("seating-new-head-table"),
            TableShape::Head,
            seats,
        ));
    }
    let free_seats: usize = tables.iter().map(|table| table.seats.len()).sum();
    add_tables_for(
        in_order.len().saturating_sub(free_seats),
        made_a_head_table,
        &mut tables,
    );

    let mut people = in_order.into_iter();
    'tables: for table in &mut tables {
        for position in places_of_honour(table) {
            let Some(person) = people.next() else {
                break 'tables;
            };
            let seat = &mut table.seats[position];
            seat.person = Some(person);
            seat.interpreter = behind(person);
        }
    }
    tables
}

/// Room for `left` more people after the tables are full, the head table first: a few more than
/// a head table Propose seating made itself sit at it (nobody sits alone at a table of ten), and
/// more than that at round tables of at most ten, shared out evenly (22 people: 8, 7 and 7).
fn add_tables_for(left: usize, made_a_head_table: bool, tables: &mut Vec<Table>) {
    if left == 0 {
        return;
    }
    if left < FEWEST_AT_A_TABLE && made_a_head_table {
        let head = tables.last_mut().expect("the head table was made");
        head.seats.extend((0..left).map(|_| Seat::empty()));
        return;
    }
    let count = left.div_ceil(ROUND_TABLE_SEATS);
    for index in 0..count {
        let share = left / count + usize::from(index < left % count);
        let name = crate::t!("seating-new-table", number = tables.len() + 1);
        tables.push(Table::new(name, TableShape::Round, share));
    }
}

fn principals_and_interpreters(people: Vec<&Person>) -> (Vec<PersonId>, Vec<PersonId>) {
    let (interpreters, principals): (Vec<&Person>, Vec<&Person>) = people
        .into_iter()
        .partition(|person| person.role == DelegationRole::Interpreter);
    let ids = |people: Vec<&Person>| people.into_iter().map(|person| person.id).collect();
    (ids(principals), ids(interpreters))
}

/// Interpreters paired with principals in order (principal, interpreter), and those left over,
/// who take a seat at a table.
fn pair_up(
    principals: &[PersonId],
    interpreters: &[PersonId],
) -> (Vec<(PersonId, PersonId)>, Vec<PersonId>) {
    let pairs = principals
        .iter()
        .copied()
        .zip(interpreters.iter().copied())
        .collect();
    let left_over = interpreters
        .iter()
        .skip(principals.len())
        .copied()
        .collect();
    (pairs, left_over)
}

/// The order in which people take the places of honour: the host, then two guests, two hosts,
/// two guests ... by precedence (the places alternate right and left of the centre, so each pair
/// sits one on each side), and whoever of the larger side is left after the smaller is used up.
fn order_of_precedence(hosts: &[PersonId], guests: &[PersonId]) -> Vec<PersonId> {
    let mut order = Vec::with_capacity(hosts.len() + guests.len());
    order.extend(hosts.first());
    let mut guest_pairs = guests.chunks(2);
    let mut host_pairs = hosts.get(1..).unwrap_or_default().chunks(2);
    loop {
        let (guest_pair, host_pair) = (guest_pairs.next(), host_pairs.next());
        if guest_pair.is_none() && host_pair.is_none() {
            return order;
        }
        order.extend(guest_pair.into_iter().flatten());
        order.extend(host_pair.into_iter().flatten());
    }
}

/// The table's seat positions from the most to the least honoured: the centre, then outwards,
/// the right of the centre before the left (seats run from the right-hand end).
pub fn places_of_honour(table: &Table) -> Vec<usize> {
    let count = table.seats.len();
    let centre = table.centre();
    let mut positions = Vec::with_capacity(count);
    if count > 0 {
        positions.push(centre);
    }
    for distance in 1..=count {
        if let Some(right) = centre.checked_sub(distance) {
            positions.push(right);
        }
        if centre + distance < count {
            positions.push(centre + distance);
        }
    }
    positions
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::model::{EventKind, LocalTime};

    fn person(name: &str, side: Side, role: DelegationRole) -> Arc<Person> {
        let mut person = Person::new(name);
        person.side = side;
        person.role = role;
        Arc::new(person)
    }

    /// A plan whose people are, in order: guests G1..Gn, hosts H1..Hm, in precedence order,
    /// and a dinner all of them attend.
    fn dinner(guests: usize, hosts: usize, interpreters: &[Side]) -> (Plan, Event) {
        let mut plan = Plan::empty(jiff::civil::date(2027, 3, 1), "Europe/Tallinn");
        for n in 1..=guests {
            let role = if n == 1 {
                DelegationRole::Head
            } else {
                DelegationRole::Member
            };
            plan.people
                .push(person(&format!("G{n}"), Side::Visiting, role));
        }
        for n in 1..=hosts {
            plan.people
                .push(person(&format!("H{n}"), Side::Host, DelegationRole::Host));
        }
        for (n, side) in interpreters.iter().enumerate() {
            let name = format!("I{} ({side})", n + 1);
            plan.people
                .push(person(&name, *side, DelegationRole::Interpreter));
        }
        let wall = jiff::civil::date(2027, 3, 22).at(19, 30, 0, 0);
        let time = LocalTime::new(wall, "Europe/Tallinn");
        let mut event = Event::new(EventKind::Meal, "Welcome dinner", time.clone(), time);
        // The event lists them in another order than precedence, which must not matter.
        event.participants = plan.people.iter().rev().map(|p| p.id).collect();
        (plan, event)
    }

    fn names(plan: &Plan, table: &Table) -> Vec<String> {
        let name = |id: Option<PersonId>| {
            id.and_then(|id| plan.people.iter().find(|p| p.id == id))
                .map_or("-".to_owned(), |p| p.name.clone())
        };
        table
            .seats
            .iter()
            .map(|seat| match seat.interpreter {
                Some(_) => format!("{}+{}", name(seat.person), name(seat.interpreter)),
                None => name(seat.person),
            })
            .collect()
    }

    #[test]
    fn host_at_the_centre_guest_of_honour_at_the_right_then_alternating() {
        let (plan, event) = dinner(3, 3, &[]);
        let tables = propose_seating(&plan, &event);
        assert_eq!(tables.len(), 1);
        assert_eq!(tables[0].shape, TableShape::Head);
        // Seats run from the host's right-hand end: G1 is at the host's right.
        assert_eq!(
            names(&plan, &tables[0]),
            ["G3", "H2", "G1", "H1", "G2", "H3"]
        );
    }

    #[test]
    fn at_a_table_of_two_the_guest_of_honour_is_at_the_hosts_right() {
        let (plan, event) = dinner(1, 1, &[]);
        assert_eq!(
            names(&plan, &propose_seating(&plan, &event)[0]),
            ["G1", "H1"]
        );
    }

    #[test]
    fn the_places_of_honour_go_outwards_right_before_left() {
        let table = Table::new("Head table", TableShape::Head, 7);
        assert_eq!(places_of_honour(&table), [3, 2, 4, 1, 5, 0, 6]);
        let table = Table::new("Head table", TableShape::Head, 4);
        assert_eq!(places_of_honour(&table), [2, 1, 3, 0]);
        assert!(places_of_honour(&Table::new("None", TableShape::Round, 0)).is_empty());
    }

    #[test]
    fn interpreters_sit_behind_the_principals_of_their_side() {
        let (plan, event) = dinner(2, 2, &[Side::Host, Side::Visiting]);
        let tables = propose_seating(&plan, &event);
        assert_eq!(
            names(&plan, &tables[0]),
            ["H2", "G1+I2 (Visiting)", "H1+I1 (Host)", "G2"]
        );
    }

    #[test]
    fn interpreters_beyond_their_principals_take_a_seat_at_the_table() {
        let (plan, event) = dinner(1, 0, &[Side::Visiting, Side::Visiting]);
        let tables = propose_seating(&plan, &event);
        assert_eq!(
            names(&plan, &tables[0]),
            ["I2 (Visiting)", "G1+I1 (Visiting)"]
        );
    }

    #[test]
    fn the_events_tables_are_kept_and_round_tables_added_when_full() {
        let (plan, mut event) = dinner(8, 6, &[]);
        let head = Table::new("Top table", TableShape::Rectangular, 4);
        event.tables = vec![head.clone()];
        let tables = propose_seating(&plan, &event);
        assert_eq!(tables.len(), 2);
        assert_eq!((tables[0].id, &*tables[0].name), (head.id, "Top table"));
        assert_eq!(
            tables[0].seats.iter().map(|s| s.id).collect::<Vec<_>>(),
            head.seats.iter().map(|s| s.id).collect::<Vec<_>>()
        );
        assert_eq!(
            (tables[1].shape, tables[1].seats.len()),
            (TableShape::Round, 10)
        );
        let seated: Vec<PersonId> = tables
            .iter()
            .flat_map(|t| &t.seats)
            .filter_map(|s| s.person)
            .collect();
        assert_eq!(seated.len(), 14);
        assert_eq!(seated.iter().collect::<HashSet<_>>().len(), 14, "each once");
    }

    /// How many people sit at each table, and whether any seat is left empty.
    fn filled(tables: &[Table]) -> Vec<(usize, usize)> {
        tables
            .iter()
            .map(|table| {
                let seated = table.seats.iter().filter(|s| s.person.is_some()).count();
                (seated, table.seats.len())
            })
            .collect()
    }

    #[test]
    fn a_few_more_than_the_head_table_holds_sit_at_it_not_alone_at_a_table_of_ten() {
        let (plan, event) = dinner(5, 4, &[]);
        assert_eq!(filled(&propose_seating(&plan, &event)), [(9, 9)]);
        let (plan, event) = dinner(6, 5, &[]);
        assert_eq!(filled(&propose_seating(&plan, &event)), [(11, 11)]);
    }

    #[test]
    fn the_head_table_is_filled_first_and_the_rest_shared_evenly_among_round_tables() {
        let (plan, event) = dinner(16, 14, &[]);
        let tables = propose_seating(&plan, &event);
        assert_eq!(filled(&tables), [(8, 8), (8, 8), (7, 7), (7, 7)]);
        assert_eq!(tables[0].shape, TableShape::Head);
        assert!(tables[1..].iter().all(|t| t.shape == TableShape::Round));
        // The principals are at the head table.
        let head: HashSet<_> = tables[0].seats.iter().filter_map(|s| s.person).collect();
        assert!(head.contains(&plan.people[0].id) && head.contains(&plan.people[16].id));
    }

    #[test]
    fn people_not_taking_part_are_not_seated() {
        let (plan, mut event) = dinner(3, 2, &[]);
        event.participants.retain(|id| *id != plan.people[1].id);
        let tables = propose_seating(&plan, &event);
        assert!(
            !tables
                .iter()
                .flat_map(|t| &t.seats)
                .any(|s| s.person == Some(plan.people[1].id))
        );
        assert_eq!(names(&plan, &tables[0]), ["H2", "G1", "H1", "G3"]);
    }

    #[test]
    fn an_event_with_nobody_gets_no_tables() {
        let (plan, mut event) = dinner(2, 2, &[]);
        event.participants.clear();
        assert!(propose_seating(&plan, &event).is_empty());
    }
}
