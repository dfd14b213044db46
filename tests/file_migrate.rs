//! Plans written in format version 1 (before the protocol records) and 2 (one email and one phone
//! per person) open in this Attaché, are saved as version 3 with their previous text kept as the
//! `.bak`, and a file from a version after this one is still refused.

use attache::file::{CURRENT_FORMAT_VERSION, LoadError, from_text, load, save, to_text};

/// A plan as Attaché 1 wrote it: an event with participants, a stay, no protocol records, one
/// email address and one phone number per person.
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
            email: "head@moc.gov.iq",
            phone: "+964 770 412 3386",
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

/// The person of [`VERSION_1`] as version 3 writes them: each list of one entry, preferred, of
/// the kind Other (the old plan never said which kind).
const PERSON_IN_VERSION_3: &str = r#"            role: Head,
            emails: [
                (
                    value: "head@moc.gov.iq",
                    kind: Other,
                    preferred: true,
                ),
            ],
            phones: [
                (
                    value: "+964 770 412 3386",
                    kind: Other,
                    preferred: true,
                ),
            ],
"#;

/// `VERSION_1` as Attaché 3 writes it.
fn in_version_3() -> String {
    VERSION_1
        .replace("format_version: 1,", "format_version: 3,")
        .replace(
            "            role: Head,\n            email: \"head@moc.gov.iq\",\n            phone: \"+964 770 412 3386\",\n",
            PERSON_IN_VERSION_3,
        )
}

fn version_2() -> String {
    VERSION_1.replace("format_version: 1,", "format_version: 2,")
}

#[test]
fn this_build_writes_version_3() {
    assert_eq!(CURRENT_FORMAT_VERSION, 3);
}

#[test]
fn a_version_2_plan_opens_with_its_email_and_phone_as_lists_of_one() {
    let plan = from_text(&version_2()).unwrap();
    let head = &plan.people[0];
    assert_eq!(head.emails.len(), 1);
    assert_eq!(head.preferred_email(), "head@moc.gov.iq");
    assert_eq!(head.phones.len(), 1);
    assert_eq!(head.preferred_phone(), "+964 770 412 3386");
    assert_eq!(to_text(&plan), in_version_3());
}

#[test]
fn an_empty_email_of_version_2_becomes_no_entry() {
    let text = version_2().replace("\"head@moc.gov.iq\"", "\"\"");
    let plan = from_text(&text).unwrap();
    assert!(plan.people[0].emails.is_empty());
    assert_eq!(plan.people[0].phones.len(), 1);
}

#[test]
fn a_version_3_plan_with_a_single_email_is_refused_at_its_line() {
    let text = VERSION_1.replace("format_version: 1,", "format_version: 3,");
    let error = from_text(&text).unwrap_err();
    assert!(
        matches!(error, LoadError::Syntax { line: 27, .. }),
        "{error:?}"
    );
}

#[test]
fn a_version_2_plan_is_saved_as_version_3_and_its_backup_keeps_version_2() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("visit.ron");
    std::fs::write(&path, version_2()).unwrap();

    let plan = load(&path).unwrap();
    save(&plan, &path).unwrap();

    assert_eq!(std::fs::read_to_string(&path).unwrap(), in_version_3());
    assert_eq!(load(&path).unwrap(), plan);
    let backup = std::fs::read_to_string(folder.path().join("visit.ron.bak")).unwrap();
    assert_eq!(backup, version_2());
}

#[test]
fn a_version_1_plan_opens_with_no_protocol_records() {
    let plan = from_text(VERSION_1).unwrap();
    assert_eq!(plan.people[0].native_name, "رئيس الوفد");
    assert!(plan.visit.vehicles.is_empty());
    let stay = &plan.events[0];
    assert!(stay.tables.is_empty() && stay.rides.is_empty() && stay.gifts.is_empty());
    // Everything else it said is kept: written again, only the version and the contact lists
    // differ.
    assert_eq!(to_text(&plan), in_version_3());
}

#[test]
fn a_version_1_plan_is_saved_as_version_3_and_its_backup_keeps_version_1() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("visit.ron");
    std::fs::write(&path, VERSION_1).unwrap();

    let plan = load(&path).unwrap();
    save(&plan, &path).unwrap();

    let saved = std::fs::read_to_string(&path).unwrap();
    assert_eq!(saved, in_version_3());
    assert_eq!(load(&path).unwrap(), plan);
    let backup = std::fs::read_to_string(folder.path().join("visit.ron.bak")).unwrap();
    assert_eq!(backup, VERSION_1);
}

#[test]
fn a_file_from_a_later_version_is_refused_with_a_newer_attache() {
    let later = VERSION_1.replace("format_version: 1,", "format_version: 4,");
    let error = from_text(&later).unwrap_err();
    assert!(
        matches!(error, LoadError::NewerVersion { found: 4, .. }),
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

#[test]
fn a_list_with_two_preferred_entries_is_refused_at_its_place() {
    let two_preferred = in_version_3().replace(
        "            phones: [\n",
        "            phones: [\n                (value: \"+372 5555 0001\", kind: Mobile, preferred: true),\n",
    );
    let error = from_text(&two_preferred).unwrap_err();
    let LoadError::Syntax { line, message, .. } = &error else {
        panic!("{error:?}");
    };
    assert!(message.contains("at most one entry"), "{message}");
    let phones_line = two_preferred
        .lines()
        .position(|line| line.contains("phones: ["))
        .unwrap()
        + 1;
    assert!(*line > phones_line, "{error:?}");
}

#[test]
fn a_hand_written_version_2_email_in_a_raw_string_or_beside_a_comment_is_upgraded() {
    let text = version_2().replace(
        "            email: \"head@moc.gov.iq\",\n",
        "            // email: \"old@moc.gov.iq\",\n            email: r#\"head@moc.gov.iq\"#,\n",
    );
    let plan = from_text(&text).unwrap();
    assert_eq!(plan.people[0].emails.len(), 1);
    assert_eq!(plan.people[0].preferred_email(), "head@moc.gov.iq");
}

// ---- The upgrade reads comments, strings and identifiers exactly as ron does -----------------

#[test]
fn a_note_after_a_nested_comment_keeps_the_email_written_in_it() {
    // `/* a /* b */ " */` is one comment to ron: the quote in it opens no string.
    let text = version_2().replace(
        "            role: Head,\n",
        "            role: Head,\n            /* a /* b */ \" */\n            notes: r#\"email: \"x@y\"\"#,\n",
    );
    let plan = from_text(&text).unwrap();
    let person = &plan.people[0];
    assert_eq!(person.notes, "email: \"x@y\"");
    assert_eq!(person.preferred_email(), "head@moc.gov.iq");
    assert_eq!(person.emails.len(), 1);
}

#[test]
fn a_version_2_plan_with_nested_comments_and_raw_names_opens() {
    let text = version_2()
        .replace(
            "            email: \"head@moc.gov.iq\",\n",
            "            /* /* */ \" */ r#email: /* \"no\" */ \"head@moc.gov.iq\",\n",
        )
        .replace("            phone:", "            /**/ /* /**/ */ phone:");
    let plan = from_text(&text).unwrap();
    assert_eq!(plan.people[0].preferred_email(), "head@moc.gov.iq");
    assert_eq!(plan.people[0].phones[0].value, "+964 770 412 3386");
}

mod generated {
    //! Version 2 plans written in every way ron reads: comments of all kinds (nested ones too)
    //! between any two tokens, plain strings with escapes, raw strings, raw field names, and text
    //! that looks like an email field inside notes and comments. Upgrading one gives exactly the
    //! plan that the same text in version 3 gives, whose emails and phones are written as lists.

    use attache::file::from_text;
    use proptest::prelude::*;

    /// Pieces of text that a careless reader would take for structure.
    const TRICKY: &[&str] = &[
        "email: \"x@y\"",
        "phone: \"1\"",
        "/*",
        "*/",
        "//",
        "\"",
        "\\",
        "r#\"",
        "\"#",
        "'",
        "(",
        ")]",
        ",",
        "عليّ",
        "a",
        " ",
    ];

    fn text(line_breaks: bool) -> impl Strategy<Value = String> {
        let pieces: Vec<&str> = TRICKY
            .iter()
            .copied()
            .chain(line_breaks.then_some("\n"))
            .collect();
        prop::collection::vec(prop::sample::select(pieces), 0..6).prop_map(|pieces| pieces.concat())
    }

    /// A string literal for `value`: plain (escaping what must be, and at times more) or raw.
    fn literal(value: String) -> impl Strategy<Value = String> {
        (any::<bool>(), any::<bool>()).prop_map(move |(raw, escape_more)| {
            if raw {
                let hashes = "#".repeat(value.matches('#').count() + 1);
                return format!("r{hashes}\"{value}\"{hashes}");
            }
            let mut written = String::from("\"");
            for c in value.chars() {
                match c {
                    '"' => written.push_str("\\\""),
                    '\\' => written.push_str("\\\\"),
                    '\n' => written.push_str("\\n"),
                    'a' if escape_more => written.push_str("\\u{61}"),
                    c => written.push(c),
                }
            }
            written.push('"');
            written
        })
    }

    /// Text that ron skips: a comment (its body free of what would end it early), nested
    /// comments, or whitespace.
    fn trivia() -> impl Strategy<Value = String> {
        let body = || text(true).prop_map(|body| body.replace("*/", "* /").replace("/*", "/ *"));
        let line = text(false).prop_map(|body| format!("// {body}\n"));
        let block = body().prop_map(|body| format!("/* {body} */"));
        let nested =
            (body(), body(), body()).prop_map(|(a, b, c)| format!("/* {a} /* {b} /* */ */ {c} */"));
        prop_oneof![
            Just(String::new()),
            Just(" ".to_owned()),
            Just("\n".to_owned()),
            line,
            block,
            nested,
        ]
    }

    #[derive(Clone, Debug)]
    struct Person {
        name: String,
        notes: String,
        email: String,
        phone: String,
        raw_names: bool,
    }

    fn person() -> impl Strategy<Value = Person> {
        (
            text(false),
            text(true),
            text(false),
            text(false),
            any::<bool>(),
        )
            .prop_flat_map(|(name, notes, email, phone, raw_names)| {
                (
                    literal(name),
                    literal(notes),
                    literal(email.clone()),
                    literal(phone.clone()),
                )
                    .prop_map(
                        move |(name, notes, email_literal, phone_literal)| Person {
                            name,
                            notes,
                            email: if email.is_empty() {
                                String::new()
                            } else {
                                email_literal
                            },
                            phone: if phone.is_empty() {
                                String::new()
                            } else {
                                phone_literal
                            },
                            raw_names,
                        },
                    )
            })
    }

    /// The plan's text in `version`, with `gaps` between its tokens (taken in turn).
    fn write(version: u64, people: &[Person], gaps: &[String]) -> String {
        let mut gaps = gaps.iter().cycle();
        let mut out = String::new();
        let mut put = |out: &mut String, token: &str| {
            out.push_str(gaps.next().map_or("", String::as_str));
            out.push_str(token);
        };
        put(&mut out, "(");
        for token in [
            "format_version",
            ":",
            &version.to_string(),
            ",",
            "visit",
            ":",
            "(",
            "title",
            ":",
            "\"Visit\"",
            ",",
            "visiting",
            ":",
            "(",
            "country",
            ":",
            "\"IQ\"",
            ",",
            "name",
            ":",
            "\"Iraq\"",
            ")",
            ",",
            "host",
            ":",
            "(",
            "country",
            ":",
            "\"EE\"",
            ",",
            "name",
            ":",
            "\"Estonia\"",
            ")",
            ",",
            "first_day",
            ":",
            "\"2027-03-21\"",
            ",",
            "last_day",
            ":",
            "\"2027-03-28\"",
            ",",
            "home_zone",
            ":",
            "\"Asia/Baghdad\"",
            ",",
            "host_zone",
            ":",
            "\"Europe/Tallinn\"",
            ",",
            ")",
            ",",
            "people",
            ":",
            "[",
        ] {
            put(&mut out, token);
        }
        for (number, person) in people.iter().enumerate() {
            let field = |name: &str| match person.raw_names {
                true => format!("r#{name}"),
                false => name.to_owned(),
            };
            let id = format!("\"{:016x}\"", number + 1);
            put(&mut out, "(");
            for (name, value) in [
                ("id", &id),
                ("name", &person.name),
                ("notes", &person.notes),
            ] {
                for token in [&field(name), ":", value, ","] {
                    put(&mut out, token);
                }
            }
            for (name, value) in [("email", &person.email), ("phone", &person.phone)] {
                if version == 2 {
                    let value = if value.is_empty() { "\"\"" } else { value };
                    for token in [&field(name), ":", value, ","] {
                        put(&mut out, token);
                    }
                } else if !value.is_empty() {
                    for token in [
                        &field(&format!("{name}s")),
                        ":",
                        "[",
                        "(",
                        "value",
                        ":",
                        value,
                        ",",
                        "kind",
                        ":",
                        "Other",
                        ",",
                        "preferred",
                        ":",
                        "true",
                        ")",
                        "]",
                        ",",
                    ] {
                        put(&mut out, token);
                    }
                }
            }
            put(&mut out, ")");
            put(&mut out, ",");
        }
        for token in ["]", ",", ")"] {
            put(&mut out, token);
        }
        out.push('\n');
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        #[test]
        fn upgrading_version_2_changes_nothing_but_emails_and_phones(
            people in prop::collection::vec(person(), 0..4),
            gaps in prop::collection::vec(trivia(), 1..40),
        ) {
            let current = write(3, &people, &gaps);
            let expected = from_text(&current);
            prop_assert!(expected.is_ok(), "the generated version 3 text is RON: {expected:?}\n{current}");
            let older = write(2, &people, &gaps);
            let upgraded = from_text(&older);
            prop_assert!(upgraded.is_ok(), "a valid version 2 plan opens: {upgraded:?}\n{older}");
            prop_assert_eq!(upgraded.unwrap(), expected.unwrap(), "{}", older);
        }
    }
}
