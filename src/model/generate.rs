//! Realistic synthetic plans of any size, for benchmarks and for trying Attaché on a large plan
//! (`cargo run --release --example generate_plan`). The same size and seed always give the same
//! plan.
//!
//! The plan is many delegations of about a dozen people (visiting members and their liaison
//! officers) each with its own programme moving between cities, so it is as valid as a real plan:
//! nobody is in two places at once, every meeting has a host, every reference resolves.

use std::sync::Arc;

use jiff::civil::{Date, DateTime, date};
use jiff::{Span, ToSpan};

use super::{
    Action, ActionSource, ActionStatus, ContactEntry, ContactKind, DelegationRole, DocumentStatus,
    Event, EventKind, EventStatus, Id, LocalTime, Organisation, OrganisationKind, Party, Person,
    Plan, Question, Ride, Room, RoomKind, Side, Stay, Table, TableShape, Topic, TravelDocument,
    TravelLeg, TravelMode, Vehicle, VehicleKind, Visit,
};

/// How large a plan to make.
#[derive(Clone, Copy, Debug)]
pub struct PlanSize {
    pub people: usize,
    pub events: usize,
    pub topics: usize,
    pub seed: u64,
}

const GROUP_SIZE: usize = 12;
const LIAISONS_PER_GROUP: usize = 3;

const VISITING_FIRST_NAMES: [(&str, &str); 12] = [
    ("Ahmed", "أحمد"),
    ("Mohammed", "محمد"),
    ("Ali", "علي"),
    ("Hussein", "حسين"),
    ("Fatima", "فاطمة"),
    ("Zainab", "زينب"),
    ("Omar", "عمر"),
    ("Layla", "ليلى"),
    ("Karim", "كريم"),
    ("Noor", "نور"),
    ("Mustafa", "مصطفى"),
    ("Sara", "سارة"),
];
const VISITING_FAMILY_NAMES: [(&str, &str); 8] = [
    ("Al-Hashimi", "الهاشمي"),
    ("Al-Jubouri", "الجبوري"),
    ("Al-Tamimi", "التميمي"),
    ("Al-Obaidi", "العبيدي"),
    ("Al-Rubaie", "الربيعي"),
    ("Al-Sudani", "السوداني"),
    ("Al-Khafaji", "الخفاجي"),
    ("Al-Musawi", "الموسوي"),
];
const HOST_FIRST_NAMES: [&str; 10] = [
    "Tõnis",
    "Kadri",
    "Mart",
    "Liis",
    "Jaan",
    "Kristiina",
    "Priit",
    "Triin",
    "Märt",
    "Ülle",
];
const HOST_FAMILY_NAMES: [&str; 10] = [
    "Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Lõhmus",
];

/// Cities a programme moves between, with their zones and venues.
const CITIES: [(&str, &str, [&str; 3]); 5] = [
    (
        "Tallinn",
        "Europe/Tallinn",
        [
            "e-Estonia Briefing Centre",
            "Information System Authority",
            "Stenbock House",
        ],
    ),
    (
        "Tartu",
        "Europe/Tallinn",
        [
            "Estonian University of Life Sciences",
            "Tartu Science Park",
            "Agricultural Registers and Information Board",
        ],
    ),
    (
        "Helsinki",
        "Europe/Helsinki",
        [
            "Embassy of the Republic of Iraq",
            "Ministry for Foreign Affairs",
            "Digital and Population Data Services Agency",
        ],
    ),
    (
        "Istanbul",
        "Europe/Istanbul",
        [
            "Consulate General",
            "Istanbul Technical University",
            "Airport business lounge",
        ],
    ),
    (
        "Berlin",
        "Europe/Berlin",
        [
            "Federal Foreign Office",
            "Federal Office for Information Security",
            "Embassy of the Republic of Iraq",
        ],
    ),
];

const TOPIC_TITLES: [&str; 8] = [
    "E-government and digital identity",
    "IT infrastructure and cybersecurity",
    "AI in agriculture",
    "Data exchange between ministries",
    "Cyber incident response",
    "Precision farming and remote sensing",
    "Digital public services for citizens",
    "Training of civil servants",
];

pub fn generate(size: PlanSize) -> Plan {
    let mut random = fastrand::Rng::with_seed(size.seed);
    let first_day = date(2027, 3, 1);

    let organisations: Vec<Arc<Organisation>> = CITIES
        .iter()
        .flat_map(|(city, _, venues)| venues.iter().map(move |venue| (city, venue)))
        .map(|(city, venue)| {
            let mut organisation = Organisation::new(*venue);
            organisation.id = Id::from_value(random.u64(..));
            organisation.kind = OrganisationKind::Agency;
            organisation.address = format!("{venue}, {city}");
            Arc::new(organisation)
        })
        .collect();

    let topics: Vec<Arc<Topic>> = (0..size.topics)
        .map(|n| {
            let mut topic = Topic::new(format!(
                "{} ({})",
                TOPIC_TITLES[n % TOPIC_TITLES.len()],
                n + 1
            ));
            topic.id = Id::from_value(random.u64(..));
            topic.summary = "What the delegation came to learn, and from whom.".to_owned();
            topic.objectives = vec![
                "Understand how it is governed".into(),
                "Bring back a plan".into(),
            ];
            topic.questions = (0..3)
                .map(|q| {
                    let mut question = Question::new(format!("Question {} on this topic?", q + 1));
                    question.id = Id::from_value(random.u64(..));
                    if q == 0 {
                        question.answer = "Answered in the first briefing.".to_owned();
                    }
                    question
                })
                .collect();
            Arc::new(topic)
        })
        .collect();

    let groups = size.people.div_ceil(GROUP_SIZE).max(1);
    let mut people = Vec::with_capacity(size.people);
    let mut events = Vec::with_capacity(size.events);
    for group in 0..groups {
        let members_from = people.len();
        let in_group = GROUP_SIZE.min(size.people - members_from.min(size.people));
        for member in 0..in_group {
            people.push(Arc::new(person(&mut random, group, member, &organisations)));
        }
        let members = &people[members_from..];
        let (liaisons, visitors) = members.split_at(LIAISONS_PER_GROUP.min(members.len()));
        let events_in_group = size.events / groups + usize::from(group < size.events % groups);
        programme(
            &mut random,
            first_day,
            events_in_group,
            visitors.iter().map(|p| p.id).collect(),
            liaisons.iter().map(|p| p.id).collect(),
            &organisations,
            &topics,
            &mut events,
        );
    }

    let actions = (0..size.topics * 2)
        .map(|n| {
            let mut action =
                Action::new(format!("Follow-up {} for the bilateral committee", n + 1));
            action.id = Id::from_value(random.u64(..));
            action.owner = people
                .get(random.usize(..people.len().max(1)))
                .map(|p| p.id);
            action.due = Some(date(2027, 6, 1).saturating_add((n as i64 % 60).days()));
            action.status = [
                ActionStatus::Open,
                ActionStatus::InProgress,
                ActionStatus::Done,
            ][n % 3];
            action.source = match (topics.get(n % topics.len().max(1)), events.get(n)) {
                (Some(topic), _) if n % 2 == 0 => Some(ActionSource::Topic(topic.id)),
                (_, Some(event)) => Some(ActionSource::Event(event.id)),
                _ => None,
            };
            Arc::new(action)
        })
        .collect();

    let last_day = events
        .iter()
        .map(|event: &Arc<Event>| event.end.wall.date())
        .max()
        .unwrap_or(first_day);
    Plan {
        visit: Visit {
            title: format!(
                "Study visits programme ({} people, {} events)",
                size.people, size.events
            ),
            purpose: "A generated plan for trying Attaché at scale.".to_owned(),
            visiting: Party {
                country: "IQ".into(),
                name: "Republic of Iraq".into(),
            },
            host: Party {
                country: "EE".into(),
                name: "Republic of Estonia".into(),
            },
            first_day,
            last_day,
            home_zone: "Asia/Baghdad".to_owned(),
            host_zone: "Europe/Tallinn".to_owned(),
            vehicles: Vec::new(),
            identity: None,
        },
        organisations,
        people,
        events,
        topics,
        actions,
        merge_conflicts: Vec::new(),
    }
}

fn person(
    random: &mut fastrand::Rng,
    group: usize,
    member: usize,
    organisations: &[Arc<Organisation>],
) -> Person {
    let liaison = member < LIAISONS_PER_GROUP;
    let mut person = if liaison {
        let first = HOST_FIRST_NAMES[random.usize(..HOST_FIRST_NAMES.len())];
        let family = HOST_FAMILY_NAMES[random.usize(..HOST_FAMILY_NAMES.len())];
        let mut person = Person::new(format!("{first} {family}"));
        person.side = Side::Host;
        person.role = if member == 0 {
            DelegationRole::Host
        } else {
            DelegationRole::Liaison
        };
        person.languages = vec!["Estonian".into(), "English".into()];
        person.emails = vec![ContactEntry::new(
            format!(
                "{}.{}.{group}@example.ee",
                first.to_lowercase(),
                family.to_lowercase()
            ),
            ContactKind::Work,
        )];
        // An office line, and the mobile to call during the visit.
        person.phones = vec![
            ContactEntry::new(
                format!("+372 6{:03} {:04}", group % 1000, member * 111),
                ContactKind::Work,
            ),
            ContactEntry::new(
                format!("+372 5{:03} {:04}", group % 1000, member * 111),
                ContactKind::Mobile,
            )
            .preferred(),
        ];
        person
    } else {
        let (first, first_native) =
            VISITING_FIRST_NAMES[random.usize(..VISITING_FIRST_NAMES.len())];
        let (family, family_native) =
            VISITING_FAMILY_NAMES[random.usize(..VISITING_FAMILY_NAMES.len())];
        let mut person = Person::new(format!("{first} {family}"));
        person.native_name = format!("{first_native} {family_native}");
        person.side = Side::Visiting;
        person.role = match member - LIAISONS_PER_GROUP {
            0 => DelegationRole::Head,
            1 => DelegationRole::Deputy,
            2 => DelegationRole::Interpreter,
            _ => DelegationRole::Member,
        };
        person.form_of_address = if person.role == DelegationRole::Head {
            "His Excellency".into()
        } else {
            String::new()
        };
        person.languages = vec!["Arabic".into(), "English".into()];
        person.dietary_needs = if random.bool() {
            "Halal".into()
        } else {
            String::new()
        };
        person.travel_document = TravelDocument {
            status: DocumentStatus::Issued,
            deadline: Some(date(2027, 2, 1)),
        };
        person
    };
    person.id = Id::from_value(random.u64(..));
    person.position = format!("Delegation {} member {}", group + 1, member + 1);
    person.organisation = organisations
        .get(random.usize(..organisations.len()))
        .map(|o| o.id);
    person
}

/// One delegation's programme: days of meetings in a city, then a flight to the next city, with a
/// hotel stay for each city.
#[allow(clippy::too_many_arguments, reason = "a private helper of generate")]
fn programme(
    random: &mut fastrand::Rng,
    first_day: Date,
    count: usize,
    visitors: Vec<super::PersonId>,
    liaisons: Vec<super::PersonId>,
    organisations: &[Arc<Organisation>],
    topics: &[Arc<Topic>],
    events: &mut Vec<Arc<Event>>,
) {
    let mut city = random.usize(..CITIES.len());
    let mut at = first_day
        .saturating_add(random.i64(0..28).days())
        .at(9, 0, 0, 0);
    let mut stay_from = at;
    let mut made = 0;
    let push = |event: Event, events: &mut Vec<Arc<Event>>| events.push(Arc::new(event));
    while made < count {
        let (name, zone, venues) = CITIES[city];
        let leaving = made + 2 < count && random.u8(..100) < 8;
        if leaving {
            // Check out, fly on, check in: the stay covers the days in this city.
            let mut stay = Event::new(
                EventKind::Stay(Stay::default()),
                format!("Hotel in {name}"),
                LocalTime::new(stay_from, zone),
                LocalTime::new(at, zone),
            );
            stay.id = Id::from_value(random.u64(..));
            stay.location = format!("Hotel, {name}");
            stay.participants = visitors.iter().chain(&liaisons).copied().collect();
            stay.status = EventStatus::Confirmed;
            push(stay, events);
            let next = (city + 1 + random.usize(..CITIES.len() - 1)) % CITIES.len();
            let (next_name, next_zone, _) = CITIES[next];
            let arrival = arrival_wall_time(at, zone, next_zone, 3.hours());
            let mut flight = Event::new(
                EventKind::Travel(TravelLeg {
                    mode: TravelMode::Flight,
                    from: name.to_owned(),
                    to: next_name.to_owned(),
                    carrier: "Turkish Airlines".to_owned(),
                    booking_reference: format!("{:06X}", random.u32(..0xFF_FFFF)),
                }),
                format!("Flight {name} to {next_name}"),
                LocalTime::new(at, zone),
                LocalTime::new(arrival, next_zone),
            );
            flight.id = Id::from_value(random.u64(..));
            // The liaison officers travel with their delegation.
            flight.participants = visitors.iter().chain(&liaisons).copied().collect();
            flight.status = EventStatus::Confirmed;
            push(flight, events);
            made += 2;
            city = next;
            at = next_slot(arrival.saturating_add(2.hours()));
            stay_from = arrival;
            continue;
        }
        let venue = random.usize(..venues.len());
        let kind = match random.u8(..10) {
            0..=4 => EventKind::Meeting,
            5 | 6 => EventKind::SiteVisit,
            7 => EventKind::Briefing,
            8 => EventKind::Meal,
            _ => EventKind::Ceremony,
        };
        let minutes = [45, 60, 90, 120][random.usize(..4)];
        let end = at.saturating_add(minutes.minutes());
        let mut event = Event::new(
            kind,
            format!(
                "{} at {}",
                ["Meeting", "Working session", "Visit", "Briefing"][made % 4],
                venues[venue]
            ),
            LocalTime::new(at, zone),
            LocalTime::new(end, zone),
        );
        event.id = Id::from_value(random.u64(..));
        event.location = format!("{}, {name}", venues[venue]);
        event.participants = visitors.clone();
        event.hosts = liaisons
            .iter()
            .take(1 + random.usize(..2))
            .copied()
            .collect();
        event.host_organisation = organisations.get(city * 3 + venue).map(|o| o.id);
        if !topics.is_empty() {
            event.topics = vec![topics[random.usize(..topics.len())].id];
        }
        event.status = [
            EventStatus::Confirmed,
            EventStatus::Confirmed,
            EventStatus::Requested,
            EventStatus::Proposed,
        ][made % 4];
        event.interpretation_needed = true;
        push(event, events);
        made += 1;
        at = next_slot(end.saturating_add([15, 30, 45][random.usize(..3)].minutes()));
    }
}

/// Moves a programme's next item to the next morning once the working day is over.
fn next_slot(at: DateTime) -> DateTime {
    if at.hour() >= 18 {
        at.date().saturating_add(1.days()).at(9, 0, 0, 0)
    } else {
        at
    }
}

/// The local time in `to_zone` after travelling `duration` from `departure` in `from_zone`.
fn arrival_wall_time(
    departure: DateTime,
    from_zone: &str,
    to_zone: &str,
    duration: Span,
) -> DateTime {
    let arrival = LocalTime::new(departure, from_zone)
        .zoned()
        .and_then(|zoned| {
            Ok(zoned
                .saturating_add(duration)
                .with_time_zone(super::zone_named(to_zone)?))
        });
    arrival.map(|zoned| zoned.datetime()).unwrap_or(departure)
}

/// What the protocol office's lists go through, for measuring them (not a realistic plan): a delegation with names in two scripts and needs
/// of many parts, on `count` flights into the host country, at `count` seated meals, riding on
/// `count` legs by road, and in a stay of `count` rooms each booked for other nights (every room
/// number twice).
pub fn delegation_on_the_move(count: usize) -> Plan {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.home_zone = "Asia/Baghdad".into();
    let at = |hour| LocalTime::new(date(2027, 3, 22).at(hour, 0, 0, 0), "Europe/Tallinn");
    let mut car = Vehicle::new("Car", VehicleKind::Car, 12);
    car.driver = "Margus Tamm".into();
    let car_id = car.id;
    plan.visit.vehicles.push(car);
    for number in 0..12 {
        let mut person = Person::new(format!("Delegate {number} Al-Hashimi"));
        person.native_name = "عبد الرحمن الهاشمي".into();
        person.side = Side::Visiting;
        person.dietary_needs = "Halal; no nuts; ".repeat(20);
        person.accessibility_needs = "Wheelchair".into();
        plan.people.push(Arc::new(person));
    }
    let everyone: Vec<_> = plan.people.iter().map(|p| p.id).collect();
    let mut rooms = Vec::new();
    for number in 0..count {
        let first = date(2027, 3, 21) + jiff::Span::new().days((number * 7 % 400) as i64);
        let mut room = Room::new(RoomKind::Twin, first, first);
        room.number = (number / 2).to_string();
        room.guests = everyone[number % 12..].iter().copied().take(2).collect();
        rooms.push(room);
    }
    let mut stay = Event::new(
        EventKind::Stay(Stay {
            booking_reference: String::new(),
            rooms,
        }),
        "Hotel",
        at(12),
        LocalTime::new(date(2027, 4, 30).at(11, 0, 0, 0), "Europe/Tallinn"),
    );
    stay.participants = everyone.clone();
    plan.events.push(Arc::new(stay));
    for number in 0..count {
        let kinds = [
            EventKind::Travel(TravelLeg {
                mode: TravelMode::Flight,
                from: "Baghdad".into(),
                to: "Tallinn".into(),
                ..TravelLeg::default()
            }),
            EventKind::Meal,
            EventKind::Travel(TravelLeg {
                mode: TravelMode::Car,
                from: "Airport".into(),
                to: "Hotel".into(),
                ..TravelLeg::default()
            }),
        ];
        for kind in kinds {
            let mut event = Event::new(kind, format!("E{number}"), at(10), at(11));
            if matches!(
                event.kind,
                EventKind::Travel(TravelLeg {
                    mode: TravelMode::Flight,
                    ..
                })
            ) {
                event.start.zone = "Asia/Baghdad".into();
            }
            event.participants = everyone.clone();
            if event.is_seated() {
                let mut table = Table::new("Table", TableShape::Round, everyone.len());
                for (seat, &person) in table.seats.iter_mut().zip(&everyone) {
                    seat.person = Some(person);
                }
                event.tables.push(table);
            }
            if event.is_by_road() {
                let mut ride = Ride::new(car_id);
                ride.passengers = everyone.clone();
                event.rides.push(ride);
            }
            plan.events.push(Arc::new(event));
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_plan_of_the_asked_size() {
        let size = PlanSize {
            people: 100,
            events: 50,
            topics: 5,
            seed: 7,
        };
        let plan = generate(size);
        assert_eq!(plan, generate(size));
        assert_eq!(plan.people.len(), 100);
        assert_eq!(plan.events.len(), 50);
        assert_eq!(plan.topics.len(), 5);
        assert_ne!(plan, generate(PlanSize { seed: 8, ..size }));
    }
}
