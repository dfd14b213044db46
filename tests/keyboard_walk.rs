//! The window walked with the keyboard alone, read from its AccessKit tree: a control that takes
//! the focus is scrolled into sight wherever it lies.

mod support;

use attache::app::{View, sample_plan};
use attache::check::Subject;
use attache::window::Window;
use egui::Rect;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use support::{click, press};

/// The control with the keyboard focus: its name and where it is drawn.
fn focused(harness: &Harness<'_, Window>) -> Option<(String, Rect)> {
    let node = harness
        .root()
        .children_recursive()
        .find(|node| node.accesskit_node().is_focused_in_tree())?;
    Some((
        node.accesskit_node().label().unwrap_or_default(),
        node.rect(),
    ))
}

/// Where what lies between the menu bar and the status bar is in sight: the view, or the list
/// and the editor.
fn view_in_sight(harness: &Harness<'_, Window>) -> Rect {
    let menu_bar = harness.get_by_role_and_label(Role::MenuItem, "File").rect();
    let status_bar = harness
        .get_by_role_and_label(Role::Status, "Status bar")
        .children_recursive()
        .filter_map(|node| node.accesskit_node().bounding_box().map(|_| node.rect()))
        .fold(Rect::NOTHING, Rect::union);
    let window = harness.ctx.content_rect();
    Rect::from_x_y_ranges(window.x_range(), menu_bar.bottom()..=status_bar.top())
}

/// Where a record's editor is in sight: from its divider to the window's edge.
fn editor_in_sight(harness: &Harness<'_, Window>) -> Rect {
    let divider = harness
        .get_by_role_and_label(Role::Splitter, "Divider between the list and the editor")
        .rect();
    let window = harness.ctx.content_rect();
    Rect::from_x_y_ranges(divider.center().x..=window.right(), divider.y_range())
}

/// Whether a control drawn at `rect` is in sight in `shown`: whole, or its middle when it is
/// larger than what is shown.
fn in_sight(rect: Rect, shown: Rect) -> bool {
    let fits = rect.width() <= shown.width() && rect.height() <= shown.height();
    if fits {
        shown.expand(1.0).contains_rect(rect)
    } else {
        shown.contains(rect.center())
    }
}

/// Presses Tab from `start` until `target` has the focus, each control on the way lying inside
/// `sight` (the region it scrolls in) when it has it.
fn tab_to(
    harness: &mut Harness<'_, Window>,
    start: &str,
    target: &str,
    sight: impl Fn(&Harness<'_, Window>) -> Rect,
) {
    click(harness, start);
    assert_eq!(
        focused(harness).map(|(name, _)| name).as_deref(),
        Some(start)
    );
    for _ in 0..200 {
        press(harness, egui::Key::Tab);
        let (name, rect) = focused(harness).expect("Tab leaves a control with the focus");
        let shown = sight(harness);
        assert!(
            in_sight(rect, shown),
            "{name} has the focus at {rect:?}, out of sight of {shown:?}"
        );
        if name == target {
            return;
        }
    }
    panic!("{target} is not reached by Tab from {start}");
}

#[test]
fn a_control_tabbed_to_below_the_fold_is_scrolled_into_sight() {
    // The overview in a small window: the vehicles lie below the fold.
    let app = support::app_showing(sample_plan(), View::Overview);
    let mut harness = support::harness_sized(app, 700.0, 500.0);
    let add_vehicle = harness
        .get_by_role_and_label(Role::Button, "Add vehicle")
        .rect();
    let below = view_in_sight(&harness).bottom();
    assert!(add_vehicle.top() > below, "{add_vehicle:?} under {below}");
    tab_to(&mut harness, "Title", "Add vehicle", view_in_sight);

    // A person's editor, whose schedule of links lies below its fields.
    let plan = sample_plan();
    let person = plan
        .people
        .iter()
        .max_by_key(|person| {
            plan.events
                .iter()
                .filter(|event| event.participants.contains(&person.id))
                .count()
        })
        .unwrap();
    let last_event = plan
        .events
        .iter()
        .filter(|event| event.participants.contains(&person.id))
        .max_by_key(|event| event.start.wall)
        .unwrap();
    let app = support::app_showing(plan.clone(), View::People);
    let mut harness = support::harness_sized(app, 1000.0, 560.0);
    harness
        .state_mut()
        .app
        .send(attache::app::Command::Select(Subject::Person(person.id)));
    harness.run();
    let link = harness
        .get_all_by_label(&last_event.title)
        .map(|node| node.rect())
        .fold(Rect::NOTHING, Rect::union);
    let below = editor_in_sight(&harness).bottom();
    assert!(link.top() > below, "{link:?} under {below}");
    tab_to(&mut harness, "Name", &last_event.title, editor_in_sight);
}
