//! Writing a plan and reading it back gives the same plan; writing it again gives the same bytes.
//!
//! Plans are generated with every record type and every enum variant, optional fields both set and
//! unset, and text that RON must escape: quotes, backslashes, newlines, `#`, comment markers,
//! Arabic, right-to-left marks, emoji, control characters and arbitrary Unicode.

mod support;

use std::fmt::Debug;
use std::sync::Arc;

use attache::file::{CURRENT_FORMAT_VERSION, from_text, load, save, to_text};
use attache::model::{
    Action, ActionSource, ActionStatus, ContactEntry, ContactKind, DelegationRole, DocumentStatus,
    Event, EventKind, EventStatus, Gift, GiftParty, GiftStatus, GiftValue, Id, LocalTime,
    Organisation, OrganisationKind, Party, Person, Plan, Question, Ride, Room, RoomKind, Seat,
    Side, Stay, Table, TableShape, Topic, TravelDocument, TravelLeg, TravelMode, Vehicle,
    VehicleKind, Visit,
};
use jiff::civil::{Date, DateTime};
use proptest::prelude::*;
use support::strategies::choice;

// ---- Strategies --------------------------------------------------------------------------------

/// Pieces of text that have tripped up writers of text formats.
const AWKWARD: &[&str] = &[
    "علي عبد الله",
    "وزارة الاتصالات",
    "د.",
    "\u{200f}",
    "\u{200e}",
    "\u{200d}",
    "\"",
    "\\",
    "\\n",
    "\\u{41}",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\0",
    "\u{1b}[0m",
    "\u{7f}",
    "#",
    "#![enable(implicit_some)]",
    "r#\"",
    "\"#",
    "//",
    "/*",
    "*/",
    "'",
    "(",
    ")]}",
    ",",
    "format_version: 99,",
    "id: \"0000000000000001\"",
    "Jürgen Müller",
    "Tõnis Mägi",
    "Ўзбекистон",
    "日本語",
    "😀",
    "👩🏽‍💻",
    "e\u{301}",
    "\u{feff}",
    "\u{2028}",
    "\u{fffd}",
    " ",
    "  ",
    "Tallinn",
];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[A-Za-z0-9 .,'-]{1,24}",
        prop::collection::vec(prop::sample::select(AWKWARD), 1..6)
            .prop_map(|pieces| pieces.concat()),
        any::<String>(),
    ]
}

fn texts() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(text(), 0..4)
}

fn id<T: 'static>() -> impl Strategy<Value = Id<T>> {
    prop_oneof![Just(0u64), Just(u64::MAX), 0u64..=0xffff, any::<u64>(),].prop_map(Id::from_value)
}

fn ids<T: 'static>() -> impl Strategy<Value = Vec<Id<T>>> {
    prop::collection::vec(id(), 0..4)
}

/// Any date jiff can represent, from -9999 to 9999, including 29 February of leap years.
fn date() -> impl Strategy<Value = Date> {
    (-9999i16..=9999, 1i8..=12, 1i8..=31).prop_map(|(year, month, day)| {
        let first = Date::new(year, month, 1).unwrap();
        Date::new(year, month, day.min(first.days_in_month())).unwrap()
    })
}

fn datetime() -> impl Strategy<Value = DateTime> {
    let nanos = prop_oneof![Just(0), Just(999_999_999), 0i32..1_000_000_000];
    (date(), 0i8..24, 0i8..60, 0i8..60, nanos)
        .prop_map(|(date, hour, minute, second, nano)| date.at(hour, minute, second, nano))
}

fn zone() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(&[
            "Asia/Baghdad",
            "Europe/Tallinn",
            "UTC",
            "America/Argentina/Buenos_Aires",
            "Etc/GMT-14",
        ][..])
        .prop_map(String::from),
        // Zones are kept as text, so that a file naming an unknown zone still opens.
        1 => text(),
    ]
}

fn local_time() -> impl Strategy<Value = LocalTime> {
    (datetime(), zone()).prop_map(|(wall, zone)| LocalTime { wall, zone })
}

fn party() -> impl Strategy<Value = Party> {
    (text(), text()).prop_map(|(country, name)| Party { country, name })
}

fn vehicle() -> impl Strategy<Value = Vehicle> {
    (
        id(),
        text(),
        choice::<VehicleKind>(),
        (text(), text(), text()),
        any::<u32>(),
    )
        .prop_map(
            |(id, name, kind, (plate, driver, driver_phone), seats)| Vehicle {
                id,
                name,
                kind,
                plate,
                driver,
                driver_phone,
                seats,
            },
        )
}

fn visit() -> impl Strategy<Value = Visit> {
    (
        (text(), text(), party(), party()),
        (date(), date(), zone(), zone()),
        prop::collection::vec(vehicle(), 0..3),
        prop::option::of(id()),
    )
        .prop_map(
            |(
                (title, purpose, visiting, host),
                (first_day, last_day, home_zone, host_zone),
                vehicles,
                identity,
            )| Visit {
                title,
                purpose,
                visiting,
                host,
                first_day,
                last_day,
                home_zone,
                host_zone,
                vehicles,
                identity,
            },
        )
}

fn organisation() -> impl Strategy<Value = Organisation> {
    (
        id(),
        text(),
        text(),
        choice::<OrganisationKind>(),
        text(),
        text(),
        text(),
        text(),
    )
        .prop_map(
            |(id, name, native_name, kind, country, address, website, notes)| Organisation {
                id,
                name,
                native_name,
                kind,
                country,
                address,
                website,
                notes,
            },
        )
}

fn travel_document() -> impl Strategy<Value = TravelDocument> {
    (choice::<DocumentStatus>(), prop::option::of(date()))
        .prop_map(|(status, deadline)| TravelDocument { status, deadline })
}

/// Addresses or numbers, each of any kind, at most one preferred.
fn contact_entries() -> impl Strategy<Value = Vec<ContactEntry>> {
    (
        prop::collection::vec((text(), choice::<ContactKind>()), 0..3),
        any::<prop::sample::Index>(),
        any::<bool>(),
    )
        .prop_map(|(entries, preferred, any_preferred)| {
            let count = entries.len();
            entries
                .into_iter()
                .enumerate()
                .map(|(position, (value, kind))| ContactEntry {
                    value,
                    kind,
                    preferred: any_preferred && position == preferred.index(count),
                })
                .collect()
        })
}

fn person() -> impl Strategy<Value = Person> {
    (
        (id(), text(), text(), text(), text(), text()),
        (
            prop::option::of(id()),
            choice::<Side>(),
            choice::<DelegationRole>(),
            contact_entries(),
            contact_entries(),
            texts(),
        ),
        (text(), text(), travel_document(), text()),
    )
        .prop_map(
            |(
                (id, name, native_name, form_of_address, title, position),
                (organisation, side, role, emails, phones, languages),
                (dietary_needs, accessibility_needs, travel_document, notes),
            )| Person {
                id,
                name,
                native_name,
                form_of_address,
                title,
                position,
                organisation,
                side,
                role,
                emails,
                phones,
                languages,
                dietary_needs,
                accessibility_needs,
                travel_document,
                notes,
            },
        )
}

fn event_kind() -> impl Strategy<Value = EventKind> {
    let travel = (choice::<TravelMode>(), text(), text(), text(), text()).prop_map(
        |(mode, from, to, carrier, booking_reference)| {
            EventKind::Travel(TravelLeg {
                mode,
                from,
                to,
                carrier,
                booking_reference,
            })
        },
    );
    let stay =
        (text(), prop::collection::vec(room(), 0..3)).prop_map(|(booking_reference, rooms)| {
            EventKind::Stay(Stay {
                booking_reference,
                rooms,
            })
        });
    prop_oneof![
        Just(EventKind::Meeting),
        Just(EventKind::SiteVisit),
        Just(EventKind::Briefing),
        Just(EventKind::Meal),
        Just(EventKind::Ceremony),
        Just(EventKind::FreeTime),
        travel,
        stay,
    ]
}

fn room() -> impl Strategy<Value = Room> {
    (
        id(),
        choice::<RoomKind>(),
        text(),
        ids(),
        (date(), date()),
        text(),
    )
        .prop_map(
            |(id, kind, number, guests, (first_night, last_night), notes)| Room {
                id,
                kind,
                number,
                guests,
                first_night,
                last_night,
                notes,
            },
        )
}

fn table() -> impl Strategy<Value = Table> {
    let seat = (id(), prop::option::of(id()), prop::option::of(id())).prop_map(
        |(id, person, interpreter)| Seat {
            id,
            person,
            interpreter,
        },
    );
    (
        id(),
        text(),
        choice::<TableShape>(),
        prop::collection::vec(seat, 0..4),
    )
        .prop_map(|(id, name, shape, seats)| Table {
            id,
            name,
            shape,
            seats,
        })
}

fn ride() -> impl Strategy<Value = Ride> {
    (id(), id(), ids()).prop_map(|(id, vehicle, passengers)| Ride {
        id,
        vehicle,
        passengers,
    })
}

fn gift() -> impl Strategy<Value = Gift> {
    let party = prop_oneof![
        id().prop_map(GiftParty::Person),
        id().prop_map(GiftParty::Organisation),
    ];
    let value =
        (any::<u64>(), text()).prop_map(|(amount, currency)| GiftValue { amount, currency });
    (
        id(),
        party.clone(),
        party,
        text(),
        prop::option::of(value),
        choice::<GiftStatus>(),
    )
        .prop_map(|(id, from, to, description, value, status)| Gift {
            id,
            from,
            to,
            description,
            value,
            status,
        })
}

fn event() -> impl Strategy<Value = Event> {
    (
        (id(), event_kind(), text(), local_time(), local_time()),
        (any::<bool>(), text(), ids(), ids(), prop::option::of(id())),
        (ids(), choice::<EventStatus>(), any::<bool>(), text()),
        (
            prop::collection::vec(table(), 0..3),
            prop::collection::vec(ride(), 0..3),
            prop::collection::vec(gift(), 0..3),
        ),
    )
        .prop_map(
            |(
                (id, kind, title, start, end),
                (all_day, location, participants, hosts, host_organisation),
                (topics, status, interpretation_needed, notes),
                (tables, rides, gifts),
            )| Event {
                id,
                kind,
                title,
                start,
                end,
                all_day,
                location,
                participants,
                hosts,
                host_organisation,
                topics,
                status,
                interpretation_needed,
                notes,
                tables,
                rides,
                gifts,
            },
        )
}

fn question() -> impl Strategy<Value = Question> {
    (id(), text(), text()).prop_map(|(id, text, answer)| Question { id, text, answer })
}

fn topic() -> impl Strategy<Value = Topic> {
    (
        id(),
        text(),
        text(),
        texts(),
        prop::collection::vec(question(), 0..3),
        texts(),
        prop::option::of(id()),
    )
        .prop_map(
            |(id, title, summary, objectives, questions, findings, lead)| Topic {
                id,
                title,
                summary,
                objectives,
                questions,
                findings,
                lead,
            },
        )
}

fn action() -> impl Strategy<Value = Action> {
    let source = prop_oneof![
        id().prop_map(ActionSource::Topic),
        id().prop_map(ActionSource::Event),
    ];
    (
        id(),
        text(),
        prop::option::of(id()),
        prop::option::of(date()),
        choice::<ActionStatus>(),
        prop::option::of(source),
    )
        .prop_map(|(id, text, owner, due, status, source)| Action {
            id,
            text,
            owner,
            due,
            status,
            source,
        })
}

fn records<T: Debug>(record: impl Strategy<Value = T>) -> impl Strategy<Value = Vec<Arc<T>>> {
    prop::collection::vec(record.prop_map(Arc::new), 0..4)
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        visit(),
        records(organisation()),
        records(person()),
        records(event()),
        records(topic()),
        records(action()),
    )
        .prop_map(
            |(visit, organisations, people, events, topics, actions)| Plan {
                visit,
                organisations,
                people,
                events,
                topics,
                actions,
                // Conflicts left by a merge round-trip too: tests/merge.rs.
                merge_conflicts: Vec::new(),
            },
        )
}

// ---- Properties --------------------------------------------------------------------------------

/// The shape every written plan has: the format version at the top, a newline at the end.
fn assert_canonical_shape(text: &str) {
    let version = format!("    format_version: {CURRENT_FORMAT_VERSION},");
    let head: Vec<&str> = text.lines().take(3).collect();
    assert_eq!(
        head,
        ["#![enable(implicit_some)]", "(", version.as_str()],
        "the head of the file"
    );
    assert!(
        text.ends_with(")\n"),
        "ends with a newline: {:?}",
        &text[text.len().saturating_sub(20)..]
    );
    assert!(!text.ends_with("\n\n"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_written_plan_reads_back_the_same(plan in plan()) {
        let text = to_text(&plan);
        let back = from_text(&text).map_err(|error| {
            TestCaseError::fail(format!("{error}\n--- text ---\n{text}"))
        })?;
        prop_assert_eq!(&back, &plan);
    }

    #[test]
    fn writing_a_read_plan_again_gives_the_same_bytes(plan in plan()) {
        let text = to_text(&plan);
        let again = to_text(&from_text(&text).unwrap());
        prop_assert_eq!(again, text);
    }

    #[test]
    fn the_text_has_the_version_on_top_and_a_newline_at_the_end(plan in plan()) {
        assert_canonical_shape(&to_text(&plan));
    }
}

proptest! {
    // Each case touches the disk; fewer of them.
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn a_saved_plan_loads_back_the_same(plan in plan(), other in plan()) {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("plan.ron");
        save(&plan, &path).unwrap();
        prop_assert_eq!(std::fs::read_to_string(&path).unwrap(), to_text(&plan));
        prop_assert_eq!(&load(&path).unwrap(), &plan);
        // Over an existing file too.
        save(&other, &path).unwrap();
        prop_assert_eq!(&load(&path).unwrap(), &other);
    }
}

// ---- Examples ----------------------------------------------------------------------------------

/// The running example: the Iraqi delegation to Estonia.
fn example_plan() -> Plan {
    let mut plan = Plan::empty(jiff::civil::date(2027, 2, 15), "Asia/Baghdad");
    plan.visit.title = "Iraqi e-government delegation to Estonia".into();
    plan.visit.purpose = "Study e-government, IT infrastructure and AI in agriculture".into();
    plan.visit.visiting = Party {
        country: "IQ".into(),
        name: "Republic of Iraq".into(),
    };
    plan.visit.host = Party {
        country: "EE".into(),
        name: "Republic of Estonia".into(),
    };
    plan.visit.host_zone = "Europe/Tallinn".into();

    let mut ministry = Organisation::new("Ministry of Communications");
    ministry.native_name = "وزارة الاتصالات".into();
    ministry.country = "IQ".into();
    let mut head = Person::new("Dr. Ali Hassan");
    head.native_name = "د. علي حسن".into();
    head.role = DelegationRole::Head;
    head.organisation = Some(ministry.id);
    head.languages = vec!["Arabic".into(), "English".into()];
    head.travel_document = TravelDocument {
        status: DocumentStatus::Applied,
        deadline: Some(jiff::civil::date(2027, 1, 31)),
    };
    let mut topic = Topic::new("Digital identity and X-Road");
    topic.questions.push(Question::new(
        "How are citizens' data exchanged between agencies?",
    ));
    let flight = Event::new(
        EventKind::Travel(TravelLeg {
            mode: TravelMode::Flight,
            from: "Baghdad (BGW)".into(),
            to: "Tallinn (TLL)".into(),
            carrier: "Turkish Airlines".into(),
            booking_reference: "X7Q2LM".into(),
        }),
        "Flight to Tallinn via Istanbul",
        LocalTime::new(
            jiff::civil::date(2027, 2, 15).at(3, 40, 0, 0),
            "Asia/Baghdad",
        ),
        LocalTime::new(
            jiff::civil::date(2027, 2, 15).at(13, 5, 0, 0),
            "Europe/Tallinn",
        ),
    );
    let mut meeting = Event::new(
        EventKind::Meeting,
        "X-Road briefing",
        LocalTime::new(
            jiff::civil::date(2027, 2, 16).at(10, 0, 0, 0),
            "Europe/Tallinn",
        ),
        LocalTime::new(
            jiff::civil::date(2027, 2, 16).at(12, 0, 0, 0),
            "Europe/Tallinn",
        ),
    );
    meeting.participants.push(head.id);
    meeting.topics.push(topic.id);
    meeting.interpretation_needed = true;
    meeting.notes = "Bring \"the\" signed MoU\nC:\\Mission\\mou.pdf # not a comment".into();
    let mut action = Action::new("Send the draft memorandum to the bilateral committee");
    action.owner = Some(head.id);
    action.source = Some(ActionSource::Event(meeting.id));

    plan.organisations.push(Arc::new(ministry));
    plan.people.push(Arc::new(head));
    plan.events.push(Arc::new(flight));
    plan.events.push(Arc::new(meeting));
    plan.topics.push(Arc::new(topic));
    plan.actions.push(Arc::new(action));
    plan
}

#[test]
fn the_example_plan_survives_save_and_load() {
    let plan = example_plan();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("Iraq–Estonia 2027.ron");
    save(&plan, &path).unwrap();
    let loaded = load(&path).unwrap();
    assert_eq!(loaded, plan);

    // Loading and saving unchanged writes the same bytes, so the file diffs cleanly in git.
    let before = std::fs::read(&path).unwrap();
    save(&loaded, &path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_canonical_shape(&String::from_utf8(before).unwrap());
}

#[test]
fn the_example_plan_is_readable_text() {
    let text = to_text(&example_plan());
    // Pretty, hand-editable RON: one field per line, the Arabic as written, the choices by name.
    assert!(
        text.contains("\n            native_name: \"د. علي حسن\",\n"),
        "{text}"
    );
    assert!(text.contains("\n            role: Head,\n"), "{text}");
    assert!(
        text.contains("\n            kind: Travel((\n                mode: Flight,\n"),
        "{text}"
    );
    assert!(text.contains("\n                wall: \"2027-02-15T03:40:00\",\n                zone: \"Asia/Baghdad\",\n"), "{text}");
    assert!(
        text.contains("\n                deadline: \"2027-01-31\",\n"),
        "{text}"
    );
    // Unset optional fields are left out.
    assert!(!text.contains("native_name: \"\""), "{text}");
    assert!(!text.contains("owner: None"), "{text}");
}

#[test]
fn a_hand_edited_file_loads_and_is_rewritten_canonically() {
    // Comments, fields in another order, optional lists left out, tabs, CRLF line endings, a raw
    // string and a trailing comma missing: all things a planner may write by hand.
    let hand_written = "// Draft by the protocol office\r\n\
        (\r\n\
        \tformat_version: 1,\r\n\
        \tvisit: (\r\n\
        \t\thost_zone: \"Europe/Tallinn\", home_zone: \"Asia/Baghdad\",\r\n\
        \t\ttitle: r#\"The \"Tallinn\" visit\"#,\r\n\
        \t\tvisiting: (country: \"IQ\", name: \"Iraq\"), host: (country: \"EE\", name: \"Estonia\"),\r\n\
        \t\tfirst_day: \"2027-02-15\", last_day: \"2027-02-19\"\r\n\
        \t),\r\n\
        \tpeople: [(id: \"A1\", name: \"Kadri Tamm\", side: Host, role: Host)], /* more to come */\r\n\
        )\r\n";
    let plan = from_text(hand_written).unwrap();
    assert_eq!(plan.visit.title, "The \"Tallinn\" visit");
    assert_eq!(plan.people[0].id, Id::from_value(0xa1));
    assert!(plan.events.is_empty() && plan.topics.is_empty() && plan.actions.is_empty());

    let canonical = to_text(&plan);
    assert_canonical_shape(&canonical);
    assert!(
        canonical.contains("id: \"00000000000000a1\""),
        "{canonical}"
    );
    assert_eq!(from_text(&canonical).unwrap(), plan);
    assert_eq!(to_text(&from_text(&canonical).unwrap()), canonical);
}

#[test]
fn an_empty_plan_round_trips() {
    let plan = Plan::empty(jiff::civil::date(2027, 2, 15), "Europe/Tallinn");
    let text = to_text(&plan);
    assert_canonical_shape(&text);
    assert_eq!(from_text(&text).unwrap(), plan);
}

#[test]
fn extreme_ids_dates_and_times_round_trip() {
    let mut plan = Plan::empty(Date::MIN, "UTC");
    plan.visit.last_day = Date::MAX;
    let mut event = Event::new(
        EventKind::Stay(Stay::default()),
        "",
        LocalTime::new(DateTime::MIN, ""),
        LocalTime::new(DateTime::MAX, "Etc/GMT+12"),
    );
    event.id = Id::from_value(u64::MAX);
    plan.events.push(Arc::new(event));
    let mut person = Person::new("");
    person.id = Id::from_value(0);
    plan.people.push(Arc::new(person));
    let text = to_text(&plan);
    assert!(text.contains("id: \"ffffffffffffffff\""), "{text}");
    assert!(text.contains("id: \"0000000000000000\""), "{text}");
    assert_eq!(from_text(&text).unwrap(), plan);
    assert_eq!(to_text(&from_text(&text).unwrap()), text);
}

#[test]
fn the_sample_plan_loads_round_trips_and_is_in_canonical_form() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample-plan.ron");
    let on_disk = std::fs::read_to_string(&path).unwrap();
    let plan = load(&path).unwrap();
    assert!(!plan.people.is_empty() && !plan.events.is_empty());
    let text = to_text(&plan);
    assert_eq!(from_text(&text).unwrap(), plan);
    assert!(
        text == on_disk,
        "assets/sample-plan.ron is not in the form the app saves in; run `attache fmt` on it"
    );
}
