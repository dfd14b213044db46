//! Tab takes the keyboard through the window in the order it is read: from a list to the editor
//! of its record beside it, left to right in English and right to left in Arabic.

mod support;

use attache::app::{View, sample_plan};
use attache::window::Window;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use support::{
    app_showing_in, arabic, arabic_settings, english_settings, harness, press, press_with,
};

/// The views with a list and a record editor, with the list's name in English and the message id
/// of its name.
const LISTS: [(View, &str, &str); 4] = [
    (View::People, "People", "people-table"),
    (View::Organisations, "Organisations", "organisations-table"),
    (View::Topics, "Topics", "topics-table"),
    (View::Actions, "Actions", "actions-table"),
];

/// Where the focused control is drawn: a table's focused row, which has no place of its own,
/// is where its table is.
fn focused_rect(harness: &Harness<'_, Window>) -> egui::Rect {
    let mut node = harness
        .root()
        .children_recursive()
        .find(|node| node.is_focused())
        .expect("something has the focus");
    while node.accesskit_node().bounding_box().is_none() {
        node = node.parent().expect("a focused row lies in its table");
    }
    node.rect()
}

/// Opens the list's first record from the keyboard, then presses Tab: the keyboard goes into the
/// record's editor, on the side of the divider the editor is on; Shift+Tab brings it back.
fn tab_goes_from_the_list_into_its_editor(
    settings: attache::app::Settings,
    view: View,
    list: &str,
    divider: &str,
) {
    let mut harness = harness(app_showing_in(settings, sample_plan(), view));
    harness.get_by_role_and_label(Role::Table, list).focus();
    harness.run();
    press(&mut harness, Key::Home);
    assert!(
        harness.state().app.selection.subject.is_some(),
        "{list}: Home opens the first record"
    );
    let right_to_left = harness.state().app.settings.language.language().direction()
        == attache::lang::Direction::RightToLeft;
    let edge = harness.get_by_label(divider).rect().center().x;
    let in_editor = |rect: egui::Rect| {
        if right_to_left {
            rect.max.x < edge
        } else {
            rect.min.x > edge
        }
    };
    // The table's sort headings come first, then the editor.
    let mut presses = 0;
    while !in_editor(focused_rect(&harness)) {
        assert!(
            presses < 20,
            "{list}: Tab from the list does not reach its editor ({:?}, divider at {edge})",
            focused_rect(&harness)
        );
        press(&mut harness, Key::Tab);
        presses += 1;
    }
    assert!(
        presses > 0,
        "{list}: the list keeps the focus until Tab is pressed"
    );
    press_with(&mut harness, Modifiers::SHIFT, Key::Tab);
    let back = focused_rect(&harness);
    assert!(
        !in_editor(back)
            && harness
                .get_by_role_and_label(Role::Table, list)
                .rect()
                .contains_rect(back),
        "{list}: Shift+Tab from the editor's first control goes back into the list ({back:?})"
    );
}

#[test]
fn tab_goes_from_a_list_into_the_editor_beside_it() {
    for (view, list, _) in LISTS {
        tab_goes_from_the_list_into_its_editor(
            english_settings(),
            view,
            list,
            "Divider between the list and the editor",
        );
    }
}

#[test]
fn in_arabic_tab_goes_from_a_list_into_the_editor_on_its_left() {
    for (view, _, list_id) in LISTS {
        tab_goes_from_the_list_into_its_editor(
            arabic_settings(),
            view,
            &arabic(list_id),
            &arabic("frame-divider"),
        );
    }
}
