use crate::{msg, t};
use jiff::civil::{date, time};

use super::format::{self, DateFormat};
use super::*;

#[test]
fn every_language_file_parses_and_defines_each_message_once() {
    for language in [Language::English, Language::Estonian] {
        let errors = bundles::parse_errors(language);
        assert!(errors.is_empty(), "{}: {errors:#?}", language.code());
    }
}

#[test]
fn every_message_is_in_every_language_with_the_same_values() {
    let english = bundles::message_ids(Language::English);
    for language in [Language::Estonian] {
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
    for language in [Language::English, Language::Estonian] {
        let missing: Vec<_> = ids
            .iter()
            .filter(|id| !bundles::has_message(language, id))
            .collect();
        assert!(missing.is_empty(), "{}: {missing:?}", language.code());
    }
}
