//! The window walked with the keyboard alone, read from its AccessKit tree: a control that takes
//! the focus is scrolled into sight wherever it lies, and Tab, in every view and record editor,
//! comes back round after reaching every control, each named and on screen when it has the focus.

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
    let menu_bar = harness
        .get_all_by_role(Role::MenuItem)
        .next()
        .unwrap()
        .rect();
    let status_bar = harness
        .get_by_role(Role::Status)
        .children_recursive()
        .filter_map(|node| node.accesskit_node().bounding_box().map(|_| node.rect()))
        .fold(Rect::NOTHING, Rect::union);
    let window = harness.ctx.content_rect();
    Rect::from_x_y_ranges(window.x_range(), menu_bar.bottom()..=status_bar.top())
}

/// Where a record's editor is in sight: from its divider to the window's edge (the left one in
/// Arabic), between the menu bar and the status bar.
fn editor_in_sight(harness: &Harness<'_, Window>) -> Rect {
    let divider = harness.get_by_role(Role::Splitter).rect();
    let window = view_in_sight(harness);
    let across = if harness
        .state()
        .app
        .settings
        .language
        .language()
        .direction()
        .is_right_to_left()
    {
        window.left()..=divider.center().x
    } else {
        divider.center().x..=window.right()
    };
    Rect::from_x_y_ranges(across, window.y_range())
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

/// A control that can take the keyboard focus, as a screen reader lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Control {
    id: u128,
    role: Role,
    name: String,
}

fn control(node: &egui_kittest::Node<'_>) -> Control {
    let node = node.accesskit_node();
    // A text's name is the text itself, as a screen reader reads it.
    let name = if node.label_comes_from_value() {
        node.value()
    } else {
        node.label()
    };
    Control {
        id: node.id().into(),
        role: node.role(),
        name: name.unwrap_or_default(),
    }
}

/// The controls in the window that take the keyboard focus and are drawn (a disabled one, as in
/// any desktop program, is passed over).
fn focusable(harness: &Harness<'_, Window>) -> Vec<Control> {
    harness
        .root()
        .children_recursive()
        .filter(|node| {
            let data = node.accesskit_node();
            data.data().supports_action(egui::accesskit::Action::Focus)
                && !data.is_disabled()
                && data.bounding_box().is_some()
        })
        .map(|node| control(&node))
        .collect()
}

/// Tab presses after which a walk that has not come back round is stuck.
const MOST_PRESSES: usize = 400;

/// Walks the window with Tab from the first control to the first again, and checks what a
/// keyboard user meets on the way: every control that can take the focus does, each is on
/// screen when it has it, and each has a name.
fn walk(harness: &mut Harness<'_, Window>, what: &str) {
    let window = harness.ctx.content_rect();
    let mut seen: Vec<Control> = focusable(harness);
    let mut reached: Vec<Control> = Vec::new();
    let mut first = None;
    let mut came_back = false;
    for _ in 0..MOST_PRESSES {
        press(harness, egui::Key::Tab);
        let node = harness
            .root()
            .children_recursive()
            .find(|node| node.accesskit_node().is_focused_in_tree())
            .unwrap_or_else(|| panic!("{what}: Tab leaves nothing with the focus"));
        let now = control(&node);
        let rect = node.rect();
        // A record's editor (the window's one region of that role) shows what it holds in its
        // own part of the window.
        let in_editor = std::iter::successors(node.accesskit_node().parent(), |node| node.parent())
            .any(|node| node.role() == Role::Region);
        let shown = if in_editor {
            editor_in_sight(harness)
        } else {
            window
        };
        assert!(
            in_sight(rect, shown),
            "{what}: {now:?} has the focus at {rect:?}, out of sight of {shown:?}"
        );
        for control in focusable(harness) {
            if !seen.contains(&control) {
                seen.push(control);
            }
        }
        if first.as_ref() == Some(&now) {
            came_back = true;
            break;
        }
        first.get_or_insert_with(|| now.clone());
        if !reached.contains(&now) {
            reached.push(now);
        }
    }
    assert!(
        came_back,
        "{what}: Tab does not come back round in {MOST_PRESSES} presses: {reached:#?}"
    );
    let unnamed: Vec<&Control> = seen
        .iter()
        .filter(|control| control.name.trim().is_empty())
        .collect();
    assert!(unnamed.is_empty(), "{what}: no name: {unnamed:#?}");
    let missed: Vec<&Control> = seen
        .iter()
        .filter(|control| !reached.iter().any(|reached| reached.id == control.id))
        .collect();
    assert!(
        missed.is_empty(),
        "{what}: Tab never reaches {missed:#?}\n(reached {} controls)",
        reached.len()
    );
}

#[test]
fn tab_reaches_every_control_of_every_view_and_editor_on_screen() {
    let plan = sample_plan();
    let keys = [
        egui::Key::Num1,
        egui::Key::Num2,
        egui::Key::Num3,
        egui::Key::Num4,
        egui::Key::Num5,
        egui::Key::Num6,
        egui::Key::Num7,
    ];
    for (view, key) in View::ALL.into_iter().zip(keys) {
        let mut harness = support::harness_on(plan.clone(), View::Overview);
        support::shortcut(&mut harness, key);
        assert_eq!(harness.state().app.settings.view, view);
        walk(&mut harness, &format!("{view:?}"));

        let record = match view {
            View::Itinerary => Some(Subject::Event(plan.events[0].id)),
            View::People => Some(Subject::Person(plan.people[0].id)),
            View::Organisations => Some(Subject::Organisation(plan.organisations[0].id)),
            View::Topics => Some(Subject::Topic(plan.topics[0].id)),
            View::Actions => Some(Subject::Action(plan.actions[0].id)),
            View::Overview | View::Problems => None,
        };
        if let Some(record) = record {
            harness
                .state_mut()
                .app
                .send(attache::app::Command::Select(record));
            harness.run();
            walk(&mut harness, &format!("{view:?} with {record:?} open"));
        }
    }
}

#[test]
fn tab_reaches_every_control_of_a_person_in_arabic_on_screen() {
    let plan = sample_plan();
    let app = support::app_showing_in(support::arabic_settings(), plan.clone(), View::People);
    let mut harness = support::harness_sized(app, 1400.0, 900.0);
    harness
        .state_mut()
        .app
        .send(attache::app::Command::Select(Subject::Person(
            plan.people[0].id,
        )));
    harness.run();
    walk(&mut harness, "People in Arabic with a person open");
}
