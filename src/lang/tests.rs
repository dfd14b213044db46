use crate::{msg, t};
use jiff::civil::{date, time};

use super::format::{self, DateFormat};
use super::*;

#[test]
fn every_language_file_parses_and_defines_each_message_once() {
    for language in Language::CHOOSABLE {
        let errors = bundles::parse_errors(language);
        assert!(errors.is_empty(), "{}: {errors:#?}", language.code());
    }
}

#[test]
fn every_message_is_in_every_language_with_the_same_values() {
    let english = bundles::message_ids(Language::English);
    for language in Language::CHOOSABLE {
        let translated = bundles::message_ids(language);
        let missing: Vec<_> = english
            .iter()
            .filter(|(id, _)| !translated.iter().any(|(other, _)| other == id))
            .map(|(id, _)| id)
            .collect();
        let extra: Vec<_> = translated
            .iter()
            .filter(|(id, _)| !english.iter().any(|(other, _)| other == id))
            .map(|(id, _)| id)
            .collect();
        assert!(
            missing.is_empty(),
            "missing in {}: {missing:?}",
            language.code()
        );
        assert!(extra.is_empty(), "only in {}: {extra:?}", language.code());
        for ((id, english_values), (_, values)) in english.iter().zip(&translated) {
            assert_eq!(
                english_values,
                values,
                "{id}: the values differ in {}",
                language.code()
            );
        }
    }
}

#[test]
fn a_day_is_written_in_each_languages_words() {
    let day = date(2027, 3, 22);
    assert_eq!(
        format::date(day, DateFormat::WeekdayDayMonthYear),
        "Mon 22 Mar 2027"
    );
    assert_eq!(
        format::date(day, DateFormat::FullWeekdayDayMonth),
        "Monday 22 March"
    );
    assert_eq!(format::time(time(9, 5, 0, 0)), "09:05");
    in_language(Language::Estonian, || {
        assert_eq!(
            format::date(day, DateFormat::WeekdayDayMonthYear),
            "E 22. märts 2027"
        );
        assert_eq!(
            format::date(day, DateFormat::FullWeekdayDayMonth),
            "esmaspäev, 22. märts"
        );
        assert_eq!(format::date(day, DateFormat::MonthYear), "märts 2027");
    });
    assert_eq!(
        current(),
        Language::English,
        "the language spoken before comes back"
    );
}

#[test]
fn numbers_and_lists_follow_the_language() {
    assert_eq!(format::number(10_000), "10,000");
    assert_eq!(format::list(&["Ali", "Mari", "Jaan"]), "Ali, Mari and Jaan");
    in_language(Language::Estonian, || {
        assert_eq!(format::number(10_000), "10\u{a0}000");
        assert_eq!(format::list(&["Ali", "Mari", "Jaan"]), "Ali, Mari ja Jaan");
        assert_eq!(format::either(&["E", "T", "K"]), "E, T või K");
    });
}

#[test]
fn a_message_kept_as_data_is_rendered_in_the_language_where_it_is_shown() {
    let message = msg!("choice-DelegationRole-Head");
    assert_eq!(message.render(), "Head of delegation");
    assert_eq!(
        in_language(Language::Estonian, || message.render()),
        "Delegatsiooni juht"
    );
    assert_eq!(t!("choice-Side-Host"), "Host");
}

#[test]
fn parts_joined_in_a_message_take_the_separator_of_the_language_where_it_is_shown() {
    let parts = Arg::Joined(
        vec![
            msg!("change-people-added", names = "Ali Hassan").into(),
            msg!("change-people-removed", names = "Mari Tamm").into(),
        ],
        "change-separator",
    );
    let message = msg!("change-people", event = "“Talks”", change = parts);
    assert_eq!(
        message.render(),
        "People at “Talks”: added Ali Hassan; removed Mari Tamm"
    );
    assert_eq!(
        in_language(Language::Estonian, || message.render()),
        "Sündmuse “Talks” osalejad: lisatud Ali Hassan; välja jäetud Mari Tamm"
    );
    assert_eq!(
        in_language(Language::Arabic, || message.render()),
        "المشاركون في “Talks”: أُضيف Ali Hassan؛ حُذف Mari Tamm"
    );
}

#[test]
fn the_pseudo_language_marks_and_lengthens_messages_and_marks_dates_written_in_english() {
    in_language(Language::Pseudo, || {
        let shown = t!("choice-Side-Host");
        assert!(
            shown.starts_with(pseudo::OPEN) && shown.ends_with(pseudo::CLOSE),
            "{shown}"
        );
        assert!(shown.chars().count() > "Host".len() + 2, "{shown}");
        assert_eq!(
            format::date(date(2027, 3, 22), DateFormat::DayMonth),
            "⟦22 Mar⟧"
        );
    });
}

#[test]
fn languages_are_known_by_their_codes_and_the_systems_locale_names() {
    assert_eq!(Language::from_code("et_EE.UTF-8"), Some(Language::Estonian));
    assert_eq!(Language::from_code("en-GB"), Some(Language::English));
    assert_eq!(Language::from_code("ar_IQ.UTF-8"), Some(Language::Arabic));
    assert_eq!(Language::from_code("fr-FR"), None);
    assert_eq!(Language::from_code("en-XA"), Some(Language::Pseudo));
}

#[test]
fn every_choice_has_its_text_in_every_language() {
    use crate::model::*;
    fn all<C: Choice>() -> Vec<&'static str> {
        C::ALL.iter().map(|choice| choice.message_id()).collect()
    }
    let ids = [
        all::<ActionStatus>(),
        all::<GiftStatus>(),
        all::<TableShape>(),
        all::<RoomKind>(),
        all::<ContactKind>(),
        all::<TravelMode>(),
        all::<EventStatus>(),
        all::<EventKindTag>(),
        all::<OrganisationKind>(),
        all::<VehicleKind>(),
        all::<Side>(),
        all::<DelegationRole>(),
        all::<DocumentStatus>(),
    ]
    .concat();
    for language in Language::CHOOSABLE {
        let missing: Vec<_> = ids
            .iter()
            .filter(|id| !bundles::has_message(language, id))
            .collect();
        assert!(missing.is_empty(), "{}: {missing:?}", language.code());
    }
}

/// The ids the code names literally (`t!("…")`, `msg!("…")`, `lang::text("…")`), each with the
/// file that names it.
fn ids_named_in_the_code() -> Vec<(String, String)> {
    fn walk(folder: &std::path::Path, found: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(folder)
            .expect("the source folder is readable")
            .flatten()
        {
            let path = entry.path();
            // This layer's own files show the macros with made-up ids.
            if path.is_dir() && !path.ends_with("src/lang") {
                walk(&path, found);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                let source = std::fs::read_to_string(&path).expect("a source file is readable");
                for opening in ["t!(\"", "msg!(\"", "lang::text(\"", "Message::new(\""] {
                    for (at, _) in source.match_indices(opening) {
                        // `format!("` is not `t!("`.
                        let before = source[..at].chars().next_back();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        let rest = &source[at + opening.len()..];
                        let id = &rest[..rest.find('"').unwrap_or(0)];
                        let is_an_id = id.starts_with(|c: char| c.is_ascii_alphabetic())
                            && id
                                .chars()
                                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                        if is_an_id {
                            found.push((id.to_owned(), path.display().to_string()));
                        }
                    }
                }
            }
        }
    }
    let mut found = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    found
}

#[test]
fn every_message_the_code_names_is_in_english() {
    let named = ids_named_in_the_code();
    assert!(!named.is_empty(), "the scan finds the code's messages");
    let missing: Vec<_> = named
        .iter()
        .filter(|(id, _)| !bundles::has_message(Language::English, id))
        .collect();
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn a_message_formatted_again_with_the_same_values_reads_the_same_in_each_language() {
    let first = t!("choice-Side-Host");
    for _ in 0..2 {
        assert_eq!(
            text_with(
                "format-date-time",
                &[("date", Arg::from("Mon")), ("time", Arg::from("10:00"))]
            ),
            "Mon 10:00"
        );
    }
    // Kept per language: the same id and values in Estonian are Estonian.
    let day = Arg::Date(date(2027, 3, 22));
    let english = text_with(
        "format-date-time",
        &[("date", day.clone()), ("time", Arg::from("10:00"))],
    );
    let estonian = in_language(Language::Estonian, || {
        text_with(
            "format-date-time",
            &[("date", day.clone()), ("time", Arg::from("10:00"))],
        )
    });
    assert_eq!(
        (english.as_str(), estonian.as_str()),
        ("Mon 22 Mar 10:00", "E 22. märts 10:00")
    );
    assert_eq!(first, "Host");
}

#[test]
fn arabic_writes_days_as_iraq_does_with_the_digits_the_planner_chooses() {
    let day = date(2027, 1, 25);
    in_language(Language::Arabic, || {
        // Iraq's month names (CLDR ar-IQ), not the Egyptian يناير, and Arabic-Indic digits.
        assert_eq!(
            format::date(day, DateFormat::DayMonthYear),
            "٢٥ كانون الثاني ٢٠٢٧"
        );
        assert_eq!(format::time(time(9, 5, 0, 0)), "٠٩:٠٥");
        assert_eq!(format::number(10_000), "١٠٬٠٠٠");
        assert_eq!(format::with_digits("24:00"), "٢٤:٠٠");
        set_digits(Digits::Western);
        let western = (
            format::date(day, DateFormat::DayMonthYear),
            format::number(10_000),
            t!("status-problems", errors = 3, warnings = 0),
            format::with_digits("24:00"),
        );
        set_digits(Digits::OfLanguage);
        assert_eq!(western.0, "25 كانون الثاني 2027");
        assert_eq!(western.1, "10,000");
        assert_eq!(western.3, "24:00");
        assert!(western.2.contains('3'), "{}", western.2);
        // The same message with the language's digits is not the one kept for Western digits.
        assert!(t!("status-problems", errors = 3, warnings = 0).contains('٣'));
    });
}

#[test]
fn a_week_starts_on_the_day_of_the_languages_country() {
    assert_eq!(format::first_weekday(), jiff::civil::Weekday::Monday);
    in_language(Language::Arabic, || {
        assert_eq!(format::first_weekday(), jiff::civil::Weekday::Saturday);
    });
}

#[test]
fn arabic_counts_take_all_six_plural_forms() {
    in_language(Language::Arabic, || {
        let forms: Vec<String> = [0, 1, 2, 3, 11, 100]
            .into_iter()
            .map(|errors| t!("status-problems", errors = errors, warnings = 1))
            .collect();
        let first_parts: std::collections::HashSet<&str> = forms
            .iter()
            .map(|form| form.split('·').next().unwrap_or_default().trim())
            .collect();
        assert_eq!(first_parts.len(), 6, "{forms:#?}");
    });
}

#[test]
fn only_arabic_reads_from_right_to_left() {
    for language in Language::CHOOSABLE {
        assert_eq!(
            language.direction().is_right_to_left(),
            language == Language::Arabic,
            "{}",
            language.code()
        );
    }
}
