//! Plans written in format version 1 (before the protocol records) open in this Attaché, are
//! saved as version 2 with their previous text kept as the `.bak`, and a file from a version after
//! this one is still refused.

use attache::file::{CURRENT_FORMAT_VERSION, LoadError, from_text, load, save, to_text};

/// A plan as Attaché 1 wrote it: an event with participants, a stay, no protocol records.
const VERSION_1: &str = r#"#![enable(implicit_some)]
(
    format_version: 1,
    visit: (
        title: "Study visit to Estonia",
        visiting: (
            country: "IQ",
            name: "Republic of Iraq",
        ),
        host: (
            country: "EE",
            name: "Republic of Estonia",
        ),
        first_day: "2027-03-21",
        last_day: "2027-03-28",
        home_zone: "Asia/Baghdad",
        host_zone: "Europe/Tallinn",
    ),
    organisations: [],
    people: [
        (
            id: "3f9a2c1d5b7e4a08",
            name: "Head of delegation",
            native_name: "رئيس الوفد",
            side: Visiting,
            role: Head,
        ),
    ],
    events: [
        (
            id: "8c41e0d2a7b95f13",
            kind: Stay((
                booking_reference: "HTL-1",
            )),
            title: "Hotel Telegraaf",
            start: (
                wall: "2027-03-21T15:00:00",
                zone: "Europe/Tallinn",
            ),
            end: (
                wall: "2027-03-28T11:00:00",
                zone: "Europe/Tallinn",
            ),
            participants: [
                "3f9a2c1d5b7e4a08",
            ],
            status: Confirmed,
        ),
    ],
    topics: [],
    actions: [],
)
"#;

#[test]
fn this_build_writes_version_2() {
    assert_eq!(CURRENT_FORMAT_VERSION, 2);
}

#[test]
fn a_version_1_plan_opens_with_no_protocol_records() {
    let plan = from_text(VERSION_1).unwrap();
    assert_eq!(plan.people[0].native_name, "رئيس الوفد");
    assert!(plan.visit.vehicles.is_empty());
    let stay = &plan.events[0];
    assert!(stay.tables.is_empty() && stay.rides.is_empty() && stay.gifts.is_empty());
    // Everything else it said is kept: written again, only the version differs.
    assert_eq!(
        to_text(&plan),
        VERSION_1.replace("format_version: 1,", "format_version: 2,")
    );
}

#[test]
fn a_version_1_plan_is_saved_as_version_2_and_its_backup_keeps_version_1() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("visit.ron");
    std::fs::write(&path, VERSION_1).unwrap();

    let plan = load(&path).unwrap();
    save(&plan, &path).unwrap();

    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("\n    format_version: 2,\n"), "{saved}");
    assert_eq!(load(&path).unwrap(), plan);
    let backup = std::fs::read_to_string(folder.path().join("visit.ron.bak")).unwrap();
    assert_eq!(backup, VERSION_1);
}

#[test]
fn a_file_from_a_later_version_is_refused_with_a_newer_attache() {
    let later = VERSION_1.replace("format_version: 1,", "format_version: 3,");
    let error = from_text(&later).unwrap_err();
    assert!(
        matches!(error, LoadError::NewerVersion { found: 3, .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("newer Attaché"), "{error}");
}

#[test]
fn version_0_was_never_written() {
    let never = VERSION_1.replace("format_version: 1,", "format_version: 0,");
    assert!(matches!(
        from_text(&never),
        Err(LoadError::UnknownVersion { found: 0, .. })
    ));
}
