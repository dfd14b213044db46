//! The window in Arabic reads from the right: the navigation, the list and its editor, the menu
//! bar, forms and tables start at the right edge (issue 29, "What mirrors"). Each test would fail
//! with the window laid out from the left.

mod support;

use attache::app::{View, sample_plan};
use attache::window::Window;
use egui::accesskit::Role;
use egui::{Key, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use support::*;

/// The window on the sample plan in Arabic, showing `view`.
fn arabic_window(view: View) -> Harness<'static, Window> {
    harness_sized(
        app_showing_in(arabic_settings(), sample_plan(), view),
        1400.0,
        900.0,
    )
}

/// Where the region `label` (a panel, which has no bounds of its own) draws: around what it holds.
fn rect_of(harness: &Harness<'_, Window>, role: Role, label: &str) -> Rect {
    harness
        .get_by_role_and_label(role, label)
        .query_all(egui_kittest::kittest::by())
        .filter_map(|node| node.accesskit_node().bounding_box())
        .map(|bounds| {
            Rect::from_min_max(
                egui::pos2(bounds.x0 as f32, bounds.y0 as f32),
                egui::pos2(bounds.x1 as f32, bounds.y1 as f32),
            )
        })
        .reduce(|all, one| all.union(one))
        .expect("the region holds something")
}

/// The People view with the first person's editor open.
fn person_open() -> Harness<'static, Window> {
    let mut harness = arabic_window(View::People);
    click(&mut harness, &sample_plan().people[0].name);
    harness
}

#[test]
fn the_navigation_is_right_of_the_view() {
    let harness = arabic_window(View::Overview);
    let navigation = rect_of(&harness, Role::Navigation, &arabic("frame-region-views"));
    let main = rect_of(&harness, Role::Main, &arabic("view-overview"));
    assert!(navigation.left() >= main.right(), "{navigation:?} {main:?}");
}

#[test]
fn the_editor_is_left_of_its_list_and_left_arrow_widens_it() {
    let mut harness = person_open();
    let divider = harness
        .get_by_role_and_label(Role::Splitter, &arabic("frame-divider"))
        .rect();
    let editor = rect_of(&harness, Role::Region, &arabic("frame-editor-region"));
    let name = sample_plan().people[0].name.clone();
    let rows: Vec<Rect> = harness
        .query_all_by_label(&name)
        .map(|node| node.rect())
        .collect();
    assert!(editor.left() < divider.left(), "{editor:?} {divider:?}");
    assert!(
        rows.iter().any(|row| row.center().x > divider.right()),
        "the person's row right of the divider: {rows:?} {divider:?}"
    );

    let share = |harness: &Harness<'_, Window>| harness.state().app.settings.editor_share.get();
    let before = share(&harness);
    harness
        .get_by_role_and_label(Role::Splitter, &arabic("frame-divider"))
        .focus();
    harness.run();
    press(&mut harness, Key::ArrowLeft);
    assert!(share(&harness) < before, "Left widens the list on the left");
}

#[test]
fn the_menu_bar_starts_at_the_right_and_file_opens_leftwards() {
    let mut harness = arabic_window(View::Overview);
    let file = arabic("menu-file");
    let bar: Vec<Rect> = ["menu-file", "menu-edit", "menu-view", "menu-help"]
        .into_iter()
        .map(|id| {
            harness
                .get_by_role_and_label(Role::MenuItem, &arabic(id))
                .rect()
        })
        .collect();
    assert!(
        bar.windows(2).all(|pair| pair[0].left() > pair[1].right()),
        "File rightmost, then Edit, View, Help leftwards: {bar:?}"
    );
    click(&mut harness, &file);
    let new = harness.get_by_label(&arabic("command-new")).rect();
    assert!(
        (new.right() - bar[0].right()).abs() < 12.0,
        "{new:?} {:?}",
        bar[0]
    );
    assert!(new.left() < bar[0].left());
    // With File open, pointing at View opens View, as in any menu bar.
    harness
        .get_by_role_and_label(Role::MenuItem, &arabic("menu-view"))
        .hover();
    harness.run();
    harness.run();
    assert!(shown(&harness, &arabic("view-people")) && !shown(&harness, &arabic("command-new")));
}

#[test]
fn a_form_s_labels_lie_right_of_their_fields() {
    let harness = person_open();
    let first_email = attache::lang::in_language(attache::lang::Language::Arabic, || {
        attache::t!("person-contact-entry", kind = "email", number = 1)
    });
    let labels = [
        "person-name",
        "person-title",
        "person-side",
        "person-document-deadline",
        "person-notes",
    ]
    .map(|id| (id, arabic(id)));
    for (id, label) in labels.into_iter().chain([("an email", first_email)]) {
        let field = harness.get_by_label(&label).rect();
        let label_rect = harness
            .query_all_by_value(&label)
            .chain(harness.query_all_by_label_contains(&label))
            .map(|node| node.rect())
            .find(|rect| rect.left() >= field.right())
            .unwrap_or_else(|| panic!("{id}: its label right of its field {field:?}"));
        assert!(label_rect.center().y < field.bottom(), "{id}");
    }
}

#[test]
fn an_input_narrower_than_its_column_sits_beside_its_label() {
    let harness = arabic_window(View::Overview);
    // The first day's date button ends where the title's field, as wide as the column, ends:
    // at the labels' column.
    let date = harness.get_by_label(&arabic("overview-first-day")).rect();
    let title = harness.get_by_label(&arabic("overview-title")).rect();
    assert!(
        (date.right() - title.right()).abs() < 2.0,
        "the date {date:?} ends with the title's field {title:?}"
    );
}

#[test]
fn a_field_of_several_lines_starts_at_its_row_s_top_and_ends_above_the_next() {
    let harness = arabic_window(View::Overview);
    let purpose = harness.get_by_label(&arabic("overview-purpose")).rect();
    let next = harness
        .get_by_label(&arabic("overview-visiting-party"))
        .rect();
    let title = harness.get_by_label(&arabic("overview-title")).rect();
    assert!(
        purpose.top() - title.bottom() < 12.0,
        "the purpose {purpose:?} right under the title {title:?}"
    );
    assert!(
        next.top() >= purpose.bottom(),
        "the visiting party {next:?} below the purpose {purpose:?}"
    );
}

#[test]
fn a_view_s_headings_buttons_and_summary_start_at_the_right() {
    let harness = arabic_window(View::Overview);
    let main = rect_of(&harness, Role::Main, &arabic("view-overview"));
    for id in ["overview-summary", "vehicles-add", "overview-days"] {
        let text = arabic(id);
        let rect = harness
            .query_all_by_value(&text)
            .chain(harness.query_all_by_label(&text))
            .map(|node| node.rect())
            .next()
            .unwrap_or_else(|| panic!("{id} is shown"));
        assert!(
            main.right() - rect.right() < 24.0,
            "{id} {rect:?} at the right of the view {main:?}"
        );
    }
}

#[test]
fn an_editor_s_buttons_start_at_its_right() {
    let harness = person_open();
    let divider = harness
        .get_by_role_and_label(Role::Splitter, &arabic("frame-divider"))
        .rect();
    let close = harness.get_by_label(&arabic("record-close")).rect();
    assert!(
        divider.left() - close.right() < 24.0,
        "Close {close:?} at the editor's right, by the divider {divider:?}"
    );
}

#[test]
fn a_table_s_first_column_is_rightmost_and_its_cells_follow() {
    let harness = arabic_window(View::People);
    let sort_by = |id: &'static str| {
        let column = arabic(id);
        let name = attache::lang::in_language(attache::lang::Language::Arabic, || {
            attache::t!("record-sort-by", column = column.as_str())
        });
        harness.get_by_label(&name).rect()
    };
    let name = sort_by("people-column-name");
    let native = sort_by("people-column-native-name");
    assert!(name.left() > native.right(), "{name:?} {native:?}");
    // The headings in sight run from the right in the columns' order.
    let in_sight: Vec<f32> = [
        "people-column-name",
        "people-column-native-name",
        "people-column-side",
    ]
    .into_iter()
    .map(|id| sort_by(id).center().x)
    .collect();
    assert!(
        in_sight.windows(2).all(|pair| pair[0] > pair[1]),
        "{in_sight:?}"
    );
    // The first person's name sits under its heading.
    let person = harness
        .get_all_by_label(&sample_plan().people[0].name)
        .next()
        .unwrap()
        .rect();
    assert!(person.center().x > native.right(), "{person:?} {native:?}");
}

#[test]
fn a_dialog_s_buttons_run_from_the_right() {
    let mut harness = person_open();
    click(&mut harness, &arabic("record-delete-person"));
    let confirm = attache::lang::in_language(attache::lang::Language::Arabic, || {
        attache::t!("delete-confirm", kind = "person")
    });
    let delete = harness.get_by_label(&confirm).rect();
    let cancel = harness.get_by_label(&arabic("delete-cancel")).rect();
    assert!(delete.left() > cancel.right(), "{delete:?} {cancel:?}");
}

/// Where Help → Getting started lies in its menu, and where the first step it opens lies, in the
/// window with `settings` (`said` gives its texts).
fn getting_started_and_its_steps(
    settings: attache::app::Settings,
    said: fn(&'static str) -> String,
) -> (Rect, Rect) {
    let app = app_showing_in(settings, sample_plan(), View::Overview);
    let mut harness = harness_sized(app, 1400.0, 900.0);
    click(&mut harness, &said("menu-help"));
    click(&mut harness, &said("menu-getting-started"));
    harness.run();
    let item = harness
        .get_by_role_and_label(Role::MenuItem, &said("menu-getting-started"))
        .rect();
    let step = harness
        .get_by_label(&said("help-getting-started-overview"))
        .rect();
    (item, step)
}

#[test]
fn a_submenu_opens_left_of_its_menu_in_arabic_and_right_of_it_in_english() {
    let (item, step) = getting_started_and_its_steps(arabic_settings(), arabic);
    assert!(step.right() <= item.left(), "{step:?} {item:?}");
    let english = |id: &'static str| {
        attache::lang::in_language(attache::lang::Language::English, || {
            attache::lang::text(id).to_owned()
        })
    };
    let (item, step) = getting_started_and_its_steps(english_settings(), english);
    assert!(step.left() >= item.right(), "{step:?} {item:?}");
}

#[test]
fn a_person_s_labels_and_fields_are_in_sight_in_the_editor() {
    // The window's size on a first start, where the editor is narrow.
    let mut harness = harness_sized(
        app_showing_in(arabic_settings(), sample_plan(), View::People),
        1200.0,
        800.0,
    );
    click(&mut harness, &sample_plan().people[3].name);
    // The editor lies left of the divider, from the window's left edge.
    let divider = harness.get_by_label(&arabic("frame-divider")).rect();
    for id in [
        "person-name",
        "person-title",
        "person-side",
        "person-document-deadline",
        "person-notes",
    ] {
        let label = arabic(id);
        let field = harness.get_by_label(&label).rect();
        let label_rect = harness
            .query_all_by_value(&label)
            .chain(harness.query_all_by_label(&label))
            .map(|node| node.rect())
            .find(|rect| *rect != field)
            .unwrap_or_else(|| panic!("{id}: no label drawn"));
        for (what, rect) in [("label", label_rect), ("field", field)] {
            assert!(
                rect.left() >= 0.0 && rect.right() <= divider.left(),
                "{id}: its {what} {rect:?} is not in sight left of the divider {divider:?}"
            );
        }
    }
}

#[test]
fn the_publish_dialog_s_checkbox_stands_under_its_fields() {
    let mut harness = arabic_window(View::Itinerary);
    let (file, publish) = (arabic("menu-file"), arabic("command-publish"));
    click_menu(&mut harness, &[file.as_str(), publish.as_str()]);
    let address = harness
        .get_by_label(&arabic("publish-calendar-address"))
        .rect();
    let checkbox = harness
        .get_by_label(&arabic("publish-replace-changed"))
        .rect();
    // Right to left, the inputs' column is left of the labels': the checkbox ends where the
    // fields end, not out in the labels' column at the right.
    assert!(
        checkbox.right() <= address.right() + 0.5,
        "{checkbox:?} runs into the labels' column right of {address:?}"
    );
}

/// In the File menu, with the keyboard on "Export": `opens` opens its menu and takes the
/// keyboard to its first item, and `back` brings the keyboard back to "Export".
fn the_arrow_keys_open_a_submenu_and_come_back(
    settings: attache::app::Settings,
    said: fn(&'static str) -> String,
    opens: egui::Key,
    back: egui::Key,
) {
    let app = app_showing_in(settings, sample_plan(), View::Overview);
    let mut harness = harness_sized(app, 1400.0, 900.0);
    click(&mut harness, &said("menu-file"));
    let export = said("menu-export");
    let calendar = said("command-export-icalendar");
    harness
        .get_by_role_and_label(Role::MenuItem, &export)
        .focus();
    harness.run();
    assert!(
        harness.query_by_label(&calendar).is_none(),
        "Export is closed"
    );
    press(&mut harness, opens);
    assert!(
        harness
            .query_by_label(&calendar)
            .is_some_and(|item| item.is_focused()),
        "{opens:?} opens Export at its first item"
    );
    press(&mut harness, back);
    assert!(
        harness
            .get_by_role_and_label(Role::MenuItem, &export)
            .is_focused(),
        "{back:?} comes back to {export}"
    );
}

#[test]
fn in_arabic_left_opens_a_submenu_and_right_comes_back_as_the_submenu_lies() {
    the_arrow_keys_open_a_submenu_and_come_back(
        arabic_settings(),
        arabic,
        egui::Key::ArrowLeft,
        egui::Key::ArrowRight,
    );
    let english = |id: &'static str| {
        attache::lang::in_language(attache::lang::Language::English, || {
            attache::lang::text(id).to_owned()
        })
    };
    the_arrow_keys_open_a_submenu_and_come_back(
        english_settings(),
        english,
        egui::Key::ArrowRight,
        egui::Key::ArrowLeft,
    );
}

#[test]
fn an_organisation_s_website_warning_stands_under_its_field() {
    let mut plan = sample_plan();
    let mut ministry = (*plan.organisations[0]).clone();
    ministry.website = "ministry gov iq".to_owned();
    let name = ministry.name.clone();
    plan.organisations[0] = std::sync::Arc::new(ministry);
    let app = app_showing_in(arabic_settings(), plan, View::Organisations);
    let mut harness = harness_sized(app, 1400.0, 900.0);
    click(&mut harness, &name);
    let website = harness.get_by_label(&arabic("organisation-website")).rect();
    let warning = harness
        .query_all_by_label_contains(&arabic("organisation-website-warning"))
        .next()
        .expect("the website's warning")
        .rect();
    // Right to left, under the website's field, not out in the labels' column at the right.
    assert!(
        warning.top() >= website.bottom() - 0.5,
        "{warning:?} {website:?}"
    );
    assert!(
        warning.right() <= website.right() + 0.5,
        "{warning:?} runs into the labels' column right of {website:?}"
    );
}
