//! Typing and editing Arabic, Latin and mixed text in every editor and search box, as a planner
//! does with the keyboard: each field keeps its focus while the layout above it changes, holds
//! exactly what was typed, and the arrow keys, Home, End, Backspace and selection act on the
//! characters where they are on screen.

mod support;

use attache::app::View;
use attache::model::EventKind;
use attache::window::Window;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use support::{click, field_value, harness_on, plan_of, plan_titled, press, press_with};

const ARABIC: &str = "السيد عبد الرحمن السوداني، مدير عام";
const LATIN: &str = "Director General of Digital Services";
const MIXED: &str = "وزارة الاتصالات (MoC) 2027 في Tallinn";

fn window(view: View) -> Harness<'static, Window> {
    harness_on(plan_titled("Study visit"), view)
}

/// Clicks the field labelled `label` and types `text` into it one character a frame, as a
/// planner types, so that a field that loses its focus on the way keeps only the first letters.
fn type_slowly(harness: &mut Harness<'_, Window>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    for c in text.chars() {
        harness.get_by_label(label).type_text(&c.to_string());
        harness.step();
    }
    harness.run();
}

/// Types `text` where the caret of the focused field is.
fn type_at_caret(harness: &mut Harness<'_, Window>, label: &str, text: &str) {
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// In the focused field `label`, holding right-to-left text: Home puts the caret at its right
/// edge, one step left passes the first letter, and "X" is typed there.
fn type_after_first_letter(harness: &mut Harness<'_, Window>, label: &str) {
    press(harness, Key::Home);
    press(harness, Key::ArrowLeft);
    type_at_caret(harness, label, "X");
}

/// `text` with "X" after its first letter.
fn after_first_letter(text: &str) -> String {
    let mut chars = text.chars();
    let first = chars.next().unwrap_or_default();
    format!("{first}X{}", chars.as_str())
}

/// The three kinds of text, one after the other for field after field.
fn texts() -> impl Iterator<Item = &'static str> {
    [ARABIC, LATIN, MIXED].into_iter().cycle()
}

#[test]
fn a_new_person_s_name_in_own_script_keeps_every_letter_typed() {
    // The heading above the field gains a line with the first letter; the field keeps its focus.
    for typed in ["abc", "كتب", "مدير عام"] {
        let mut harness = window(View::People);
        click(&mut harness, "Add person");
        type_slowly(&mut harness, "Name in own script", typed);
        assert_eq!(plan_of(&harness).people[0].native_name, typed);
    }
}

#[test]
fn every_field_of_the_person_editor_holds_what_was_typed() {
    let mut harness = window(View::People);
    click(&mut harness, "Add person");
    click(&mut harness, "Add email");
    click(&mut harness, "Add phone");
    let fields = [
        "Name",
        "Name in own script",
        "Form of address",
        "Title",
        "Position",
        "Email 1",
        "Phone 1",
        "Languages",
        "Dietary needs",
        "Accessibility needs",
        "Notes",
    ];
    let typed: Vec<(&str, &str)> = fields.into_iter().zip(texts()).collect();
    for &(field, text) in &typed {
        type_slowly(&mut harness, field, text);
    }
    let person = plan_of(&harness).people[0].clone();
    let stored = |field: &str| match field {
        "Name" => person.name.clone(),
        "Name in own script" => person.native_name.clone(),
        "Form of address" => person.form_of_address.clone(),
        "Title" => person.title.clone(),
        "Position" => person.position.clone(),
        "Email 1" => person.emails[0].value.clone(),
        "Phone 1" => person.phones[0].value.clone(),
        "Languages" => person.languages.join(", "),
        "Dietary needs" => person.dietary_needs.clone(),
        "Accessibility needs" => person.accessibility_needs.clone(),
        "Notes" => person.notes.clone(),
        _ => unreachable!(),
    };
    for (field, text) in typed {
        assert_eq!(stored(field), text, "{field}");
    }
}

#[test]
fn every_field_of_the_organisation_editor_holds_what_was_typed() {
    let mut harness = window(View::Organisations);
    click(&mut harness, "Add organisation");
    let fields = [
        "Name",
        "Name in own script",
        "Country code",
        "Address",
        "Website",
        "Notes",
    ];
    let typed: Vec<(&str, &str)> = fields.into_iter().zip(texts()).collect();
    for &(field, text) in &typed {
        type_slowly(&mut harness, field, text);
    }
    let organisation = plan_of(&harness).organisations[0].clone();
    let stored = |field: &str| match field {
        "Name" => organisation.name.clone(),
        "Name in own script" => organisation.native_name.clone(),
        "Country code" => organisation.country.clone(),
        "Address" => organisation.address.clone(),
        "Website" => organisation.website.clone(),
        "Notes" => organisation.notes.clone(),
        _ => unreachable!(),
    };
    for (field, text) in typed {
        assert_eq!(stored(field), text, "{field}");
    }
}

#[test]
fn every_field_of_the_event_editor_holds_what_was_typed() {
    let mut harness = window(View::Itinerary);
    click(&mut harness, "New event");
    type_slowly(&mut harness, "Title", MIXED);
    type_slowly(&mut harness, "Location", ARABIC);
    type_after_first_letter(&mut harness, "Location");
    type_slowly(&mut harness, "Notes", LATIN);
    let event = plan_of(&harness).events[0].clone();
    assert_eq!(event.title, MIXED);
    assert_eq!(event.location, after_first_letter(ARABIC));
    assert_eq!(event.notes, LATIN);

    // A travel leg's own fields.
    click(&mut harness, "Kind");
    click(&mut harness, "Travel");
    let fields = ["From", "To", "Carrier", "Booking reference"];
    let typed: Vec<(&str, &str)> = fields.into_iter().zip(texts()).collect();
    for &(field, text) in &typed {
        type_slowly(&mut harness, field, text);
    }
    let event = plan_of(&harness).events[0].clone();
    let EventKind::Travel(leg) = &event.kind else {
        panic!("the event is a travel leg now");
    };
    assert_eq!(
        [
            leg.from.as_str(),
            &leg.to,
            &leg.carrier,
            &leg.booking_reference
        ],
        [typed[0].1, typed[1].1, typed[2].1, typed[3].1]
    );
}

#[test]
fn every_field_of_the_topic_editor_holds_what_was_typed() {
    let mut harness = window(View::Topics);
    click(&mut harness, "Add topic");
    click(&mut harness, "Add objective");
    click(&mut harness, "Add question");
    click(&mut harness, "Add finding");
    let fields = [
        "Topic title",
        "Summary",
        "Objective 1",
        "Question 1",
        "Answer to question 1",
        "Finding 1",
    ];
    let typed: Vec<(&str, &str)> = fields.into_iter().zip(texts()).collect();
    for &(field, text) in &typed {
        type_slowly(&mut harness, field, text);
    }
    // The finding, typed last, holds mixed text in a multi-line field.
    type_after_first_letter(&mut harness, "Finding 1");
    let topic = plan_of(&harness).topics[0].clone();
    assert_eq!(topic.title, typed[0].1);
    assert_eq!(topic.summary, typed[1].1);
    assert_eq!(topic.objectives, [typed[2].1]);
    assert_eq!(topic.questions[0].text, typed[3].1);
    assert_eq!(topic.questions[0].answer, typed[4].1);
    assert_eq!(topic.findings, [after_first_letter(typed[5].1)]);
}

#[test]
fn the_action_editor_holds_what_was_typed() {
    for text in [ARABIC, LATIN, MIXED] {
        let mut harness = window(View::Actions);
        click(&mut harness, "Add action");
        type_slowly(&mut harness, "Action text", text);
        assert_eq!(plan_of(&harness).actions[0].text, text);
    }
    let mut harness = window(View::Actions);
    click(&mut harness, "Add action");
    type_slowly(&mut harness, "Action text", MIXED);
    type_after_first_letter(&mut harness, "Action text");
    assert_eq!(plan_of(&harness).actions[0].text, after_first_letter(MIXED));
}

#[test]
fn the_search_boxes_hold_what_was_typed() {
    for (view, label) in [
        (View::People, "Search people"),
        (View::Organisations, "Search organisations"),
    ] {
        for text in [ARABIC, LATIN, MIXED] {
            let mut harness = window(view);
            type_slowly(&mut harness, label, text);
            assert_eq!(field_value(&harness, label), text, "{label}");
        }
        let mut harness = window(view);
        type_slowly(&mut harness, label, ARABIC);
        type_after_first_letter(&mut harness, label);
        assert_eq!(field_value(&harness, label), after_first_letter(ARABIC));
    }
}

/// The Form of address of a new person, holding `text` typed into it, with the caret in it.
fn form_of_address_holding(text: &str) -> Harness<'static, Window> {
    let mut harness = window(View::People);
    click(&mut harness, "Add person");
    type_slowly(&mut harness, "Form of address", text);
    harness
}

fn form_of_address(harness: &Harness<'_, Window>) -> String {
    plan_of(harness).people[0].form_of_address.clone()
}

#[test]
fn in_arabic_the_left_arrow_moves_on_in_the_reading_direction() {
    let mut harness = form_of_address_holding("مدير عام");
    press(&mut harness, Key::Home);
    // Home is the start of the text: its right edge. Two steps left are two letters on.
    press(&mut harness, Key::ArrowLeft);
    press(&mut harness, Key::ArrowLeft);
    type_at_caret(&mut harness, "Form of address", "X");
    assert_eq!(form_of_address(&harness), "مدXير عام");
}

#[test]
fn in_arabic_the_right_arrow_from_the_end_moves_back_one_letter() {
    let mut harness = form_of_address_holding("مدير عام");
    press(&mut harness, Key::End);
    press(&mut harness, Key::ArrowRight);
    type_at_caret(&mut harness, "Form of address", "ب");
    assert_eq!(form_of_address(&harness), "مدير عابم");
}

#[test]
fn in_mixed_text_the_arrows_follow_the_screen() {
    let mut harness = form_of_address_holding("وزارة الاتصالات (MoC) 2027");
    press(&mut harness, Key::Home);
    press(&mut harness, Key::ArrowLeft);
    type_at_caret(&mut harness, "Form of address", "X");
    assert_eq!(form_of_address(&harness), "وXزارة الاتصالات (MoC) 2027");

    // Latin text with an Arabic word at its end: End puts the caret at the Arabic word's left
    // edge, where its next letter will appear; one step left is the end of the Latin word.
    let mut harness = form_of_address_holding("Minister وزير");
    press(&mut harness, Key::End);
    press(&mut harness, Key::ArrowLeft);
    type_at_caret(&mut harness, "Form of address", "X");
    assert_eq!(form_of_address(&harness), "MinisterX وزير");
}

#[test]
fn backspace_and_delete_act_on_the_letters_beside_the_caret() {
    let mut harness = form_of_address_holding("مدير عام");
    press(&mut harness, Key::Home);
    press(&mut harness, Key::ArrowLeft);
    // The caret is after "م" in reading order: Backspace takes "م", Delete takes "د".
    press(&mut harness, Key::Backspace);
    assert_eq!(form_of_address(&harness), "دير عام");
    press(&mut harness, Key::Delete);
    assert_eq!(form_of_address(&harness), "ير عام");
}

#[test]
fn a_word_selected_with_shift_and_the_arrows_is_deleted_whole() {
    let mut harness = form_of_address_holding("مدير عام");
    press(&mut harness, Key::Home);
    // Four steps to the left from the right edge select the first word, "مدير".
    for _ in 0..4 {
        press_with(&mut harness, Modifiers::SHIFT, Key::ArrowLeft);
    }
    press(&mut harness, Key::Delete);
    assert_eq!(form_of_address(&harness), " عام");

    // Latin words are selected the same way, rightwards.
    let mut harness = form_of_address_holding("Director General");
    press(&mut harness, Key::Home);
    for _ in 0.."Director ".len() {
        press_with(&mut harness, Modifiers::SHIFT, Key::ArrowRight);
    }
    press(&mut harness, Key::Backspace);
    assert_eq!(form_of_address(&harness), "General");
}

#[test]
fn ctrl_and_an_arrow_go_to_the_next_word_on_screen() {
    let mut harness = form_of_address_holding("مدير عام");
    press(&mut harness, Key::Home);
    press_with(&mut harness, Modifiers::CTRL, Key::ArrowLeft);
    type_at_caret(&mut harness, "Form of address", "X");
    assert_eq!(form_of_address(&harness), "مدير Xعام");

    let mut harness = form_of_address_holding("Director General");
    press(&mut harness, Key::Home);
    press_with(&mut harness, Modifiers::CTRL, Key::ArrowRight);
    type_at_caret(&mut harness, "Form of address", "X");
    assert_eq!(form_of_address(&harness), "Director XGeneral");
}

#[test]
fn tab_moves_from_field_to_field() {
    let mut harness = window(View::People);
    click(&mut harness, "Add person");
    type_slowly(&mut harness, "Name", "Ali");
    press(&mut harness, Key::Tab);
    // Letter by letter: the heading above gains a line at the first, and the field keeps focus.
    for letter in ["ع", "ل", "ي"] {
        type_at_caret(&mut harness, "Name in own script", letter);
    }
    let person = plan_of(&harness).people[0].clone();
    assert_eq!(
        (person.name.as_str(), person.native_name.as_str()),
        ("Ali", "علي")
    );
}

/// Where the caret stands after `moves` (each an arrow key) from `start` (Home or End) in a field
/// holding `text`: the char index a letter typed there lands at.
fn caret_after(text: &str, start: Key, moves: &[Key]) -> usize {
    let mut harness = window(View::People);
    click(&mut harness, "Add person");
    harness.get_by_label("Form of address").click();
    harness.run();
    type_at_caret(&mut harness, "Form of address", text);
    press(&mut harness, start);
    for &key in moves {
        press(&mut harness, key);
    }
    type_at_caret(&mut harness, "Form of address", "\u{2063}");
    let typed = form_of_address(&harness);
    typed
        .chars()
        .position(|c| c == '\u{2063}')
        .expect("the marker was typed")
}

#[test]
fn the_arrows_reach_every_place_between_the_letters_in_both_directions() {
    // ابغدادي: alef and dal do not join the letter after them, so several places between the
    // letters are drawn close together.
    for text in ["ابغدادي", "Baghdad", "وزير Tallinn", "(MoC) الاتصالات"] {
        let count = text.chars().count();
        // From the end, one arrow walks back through a right-to-left text and the other through
        // a left-to-right one: together they must pass every place.
        let mut reached: Vec<usize> = [Key::ArrowLeft, Key::ArrowRight]
            .into_iter()
            .flat_map(|arrow| {
                (0..=count).map(move |steps| caret_after(text, Key::End, &vec![arrow; steps]))
            })
            .collect();
        reached.sort_unstable();
        reached.dedup();
        assert_eq!(reached, (0..=count).collect::<Vec<_>>(), "{text}");
    }
}

#[test]
fn an_arrow_and_the_opposite_arrow_return_to_the_same_place() {
    for text in ["ابغدادي", "وزير Tallinn 2027"] {
        let count = text.chars().count();
        for steps in 0..=count {
            let there = caret_after(text, Key::End, &vec![Key::ArrowRight; steps]);
            let mut moves = vec![Key::ArrowRight; steps];
            moves.extend([Key::ArrowLeft, Key::ArrowRight]);
            let back_and_forth = caret_after(text, Key::End, &moves);
            let mut moves = vec![Key::ArrowRight; steps];
            moves.extend([Key::ArrowRight, Key::ArrowLeft]);
            let forth_and_back = caret_after(text, Key::End, &moves);
            // At an edge the first arrow does not move; otherwise the pair returns.
            assert!(
                back_and_forth == there || forth_and_back == there,
                "{text}: after {steps} steps at {there}, the pair of arrows went to \
                 {back_and_forth} and {forth_and_back}"
            );
        }
    }
}

/// Where the caret of the focused field is: the field tells the system's input method, to
/// put its suggestions beside it.
fn caret(harness: &Harness<'_, Window>) -> egui::Rect {
    harness
        .output()
        .platform_output
        .ime
        .as_ref()
        .expect("a field has the caret")
        .cursor_rect
}

#[test]
fn a_narrow_field_scrolls_to_keep_the_caret_in_view() {
    for text in [
        format!("{LATIN}, {LATIN}, {LATIN}"),
        format!("{ARABIC}، {ARABIC}، {ARABIC}"),
        format!("{MIXED}, {MIXED}, {MIXED}"),
    ] {
        let mut harness = window(View::People);
        click(&mut harness, "Add person");
        type_slowly(&mut harness, "Form of address", &text);
        assert_eq!(form_of_address(&harness), text);
        let field = harness.get_by_label("Form of address").rect();
        let check = |harness: &Harness<'_, Window>, when: &str| {
            let x = caret(harness).center().x;
            assert!(
                (field.left()..=field.right()).contains(&x),
                "{when}: the caret at {x}, out of the field {field:?} holding {text}"
            );
        };
        check(&harness, "while typing");
        press(&mut harness, Key::Home);
        check(&harness, "after Home");
        press(&mut harness, Key::End);
        check(&harness, "after End");
    }
}
