//! The window speaks the planner's language: every text it shows and every name a screen
//! reader hears is a message of the language chosen, but for the plan's own names and values.
//!
//! The proof is the pseudo-language: each message's text between ⟦ and ⟧, accented and a third
//! longer. Every view, editor, menu and dialog of the sample plan is opened in it, and any text
//! in the accessibility tree that is neither inside the marks nor the plan's own text is English
//! written in code.

mod support;

use attache::app::{AttacheApp, COMMAND_TABLE, Menu, Settings, View, sample_plan};
use attache::app::{Command, Document, Does, LanguageSetting};
use attache::lang::{Language, pseudo};
use attache::model::Plan;
use attache::model::Subject;
use attache::window::Window;
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use support::{NoDialogs, harness_sized, press};

/// Draws frames until the background check has answered, so that the problems are listed.
fn wait_for_checks(harness: &mut Harness<'_, Window>) {
    let started = std::time::Instant::now();
    while harness.state().app.document.derived().checking {
        assert!(
            started.elapsed().as_secs() < 60,
            "the background check never answered"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.run();
}

fn pseudo_window(language: Language, plan: Plan, view: View) -> Harness<'static, Window> {
    let settings = Settings {
        language: LanguageSetting::Chosen(language),
        view,
        ..Settings::default()
    };
    let mut app = AttacheApp::new(settings, None, Box::new(NoDialogs));
    app.document = Document::new(plan, None);
    harness_sized(app, 1400.0, 900.0)
}

/// Every text of the plan: the strings its file holds, longest first (so that a name is taken
/// out whole before a shorter name inside it).
fn plan_texts(plan: &Plan) -> Vec<String> {
    let file = attache::file::to_text(plan);
    let mut texts: Vec<String> = ron_strings(&file)
        .into_iter()
        .filter(|text| !text.trim().is_empty())
        .collect();
    // A time zone's city, as times name their clock ("10:00 Tallinn").
    let cities: Vec<String> = texts
        .iter()
        .filter(|text| text.contains('/') && !text.contains(' '))
        .filter_map(|zone| zone.rsplit('/').next())
        .map(|city| city.replace('_', " "))
        .collect();
    texts.extend(cities);
    texts.sort_by_key(|text| std::cmp::Reverse(text.chars().count()));
    texts.dedup();
    texts
}

/// The string literals of a RON file, unescaped.
fn ron_strings(file: &str) -> Vec<String> {
    let mut strings = Vec::new();
    let mut chars = file.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut text = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => text.push('\n'),
                    Some('t') => text.push('\t'),
                    Some(other) => text.push(other),
                    None => break,
                },
                other => text.push(other),
            }
        }
        strings.push(text);
    }
    strings
}

/// `text` without what the message layer wrote (between the marks, nested or not).
fn outside_marks(text: &str) -> String {
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in text.chars() {
        match c {
            pseudo::OPEN => depth += 1,
            pseudo::CLOSE => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside
}

/// Whether `rest` still holds a word: two letters in a row.
fn holds_a_word(rest: &str) -> bool {
    let mut letters = 0;
    for c in rest.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if letters >= 2 {
                return true;
            }
        } else {
            letters = 0;
        }
    }
    false
}

/// Whether `rest` is the start of one of the plan's texts, cut with "…" to fit its place (after
/// a bullet, say).
fn is_cut_from(rest: &str, plan: &[String]) -> bool {
    let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some(start) = rest.trim_end().strip_suffix('…') else {
        return false;
    };
    let start = start.trim_end();
    !start.is_empty() && plan.iter().any(|text| text.starts_with(start))
}

/// Texts Attaché shows the same in every language: its name, the name of universal time in an
/// offset ("UTC+3"), and the keys' names as keyboards print them ("Ctrl+Shift+Z").
const THE_SAME_IN_EVERY_LANGUAGE: [&str; 6] = ["Attaché", "UTC", "Ctrl", "Shift", "Alt", "Delete"];

/// The texts of the window's accessibility tree that are neither messages nor the plan's.
fn not_messages(harness: &Harness<'_, Window>, plan: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for node in harness.query_all(By::new().include_labels()) {
        let data = node.accesskit_node();
        let role = data.role();
        let typed_in = matches!(
            role,
            Role::TextInput | Role::MultilineTextInput | Role::SearchInput | Role::DateInput
        );
        // A label's lines, each a run of its text: the label says the whole.
        if role == Role::TextRun {
            continue;
        }
        let mut texts = vec![data.label()];
        if !typed_in {
            texts.push(data.value());
        }
        for text in texts.into_iter().flatten() {
            let mut rest = outside_marks(&text);
            if is_cut_from(&rest, plan) {
                continue;
            }
            for known in plan
                .iter()
                .map(String::as_str)
                .chain(THE_SAME_IN_EVERY_LANGUAGE)
            {
                if rest.contains(known) {
                    rest = rest.replace(known, " ");
                }
            }
            if holds_a_word(&rest) {
                found.push(format!("{role:?} «{text}»"));
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// The menus of the command table, as a path of labels from the menu bar.
fn menu_paths() -> Vec<Vec<&'static str>> {
    let mut paths: Vec<Vec<&'static str>> =
        Menu::BAR.iter().map(|menu| vec![menu.label()]).collect();
    for entry in &COMMAND_TABLE {
        let opens = matches!(entry.does, Does::OpenMenu(_) | Does::OpenPanel(_));
        if let (true, Some(place)) = (opens, entry.place) {
            let parent = menu_path_of(place.menu);
            paths.push([parent, vec![entry.label()]].concat());
        }
    }
    paths
}

fn menu_path_of(menu: Menu) -> Vec<&'static str> {
    if Menu::BAR.contains(&menu) {
        return vec![menu.label()];
    }
    let entry = COMMAND_TABLE
        .iter()
        .find(|entry| matches!(entry.does, Does::OpenMenu(inner) if inner == menu))
        .expect("every inner menu is opened from an entry");
    let place = entry.place.expect("the entry is in a menu");
    [menu_path_of(place.menu), vec![entry.label()]].concat()
}

/// The sample with problems of several kinds in it: a clash, an event that ends before it
/// starts, a topic no event covers and an overdue action.
fn sample_with_problems() -> Plan {
    let mut plan = sample_plan();
    let mut clash = (*plan.events[1]).clone();
    clash.id = attache::model::Id::random();
    clash.title = format!("{} (again)", clash.title);
    let mut backwards = (*plan.events[2]).clone();
    backwards.end = backwards.start.clone();
    backwards.end.wall = backwards
        .start
        .wall
        .checked_sub(jiff::Span::new().hours(1))
        .unwrap();
    plan.events[2] = std::sync::Arc::new(backwards);
    plan.events.push(std::sync::Arc::new(clash));
    plan.topics
        .push(std::sync::Arc::new(attache::model::Topic::new(
            "Water management",
        )));
    let mut overdue = attache::model::Action::new("Send the minutes");
    overdue.due = Some(jiff::civil::date(2020, 1, 31));
    plan.actions.push(std::sync::Arc::new(overdue));
    plan
}

#[test]
fn every_text_of_every_view_editor_menu_and_dialog_is_a_message() {
    sweep(Language::Pseudo, |_| Vec::new());
}

/// The same sweep with the window read from right to left: every view, editor, menu and dialog
/// follows the direction: each labelled input has its label at its right, the navigation is at
/// the right edge, and the menu bar starts there.
#[test]
fn every_view_editor_menu_and_dialog_reads_from_the_right_in_a_right_to_left_language() {
    sweep(Language::PseudoRightToLeft, anchored_to_the_left);
}

/// What in the window is placed as if it read from the left.
fn anchored_to_the_left(harness: &Harness<'_, Window>) -> Vec<String> {
    let mut wrong = Vec::new();
    let width = harness.ctx.content_rect().width();
    let navigation = harness
        .query_all(By::new().role(Role::Navigation))
        .flat_map(|region| region.query_all(By::new()).collect::<Vec<_>>())
        .filter_map(|node| node.accesskit_node().bounding_box());
    for bounds in navigation {
        if bounds.x0 < f64::from(width) / 2.0 {
            wrong.push(format!("navigation at the left: {bounds:?}"));
        }
    }
    let bar: Vec<f64> = Menu::BAR
        .iter()
        .filter_map(|menu| harness.query_by_role_and_label(Role::MenuItem, menu.label()))
        .filter_map(|item| item.accesskit_node().bounding_box())
        .map(|bounds| bounds.x0)
        .collect();
    if !bar.windows(2).all(|pair| pair[0] > pair[1]) {
        wrong.push(format!("menu bar from the left: {bar:?}"));
    }
    for input in harness.query_all(By::new()) {
        let node = input.accesskit_node();
        let Some(field) = node.bounding_box() else {
            continue;
        };
        for label in node.labelled_by() {
            let Some(bounds) = label.bounding_box() else {
                continue;
            };
            // A label beside its input (not one above it, as a section's heading is).
            let beside = bounds.y0 < field.y1 && bounds.y1 > field.y0;
            if beside && bounds.x0 < field.x0 {
                wrong.push(format!(
                    "{:?} left of its {:?}",
                    label.label().or(label.value()).unwrap_or_default(),
                    node.role()
                ));
            }
        }
    }
    wrong
}

/// Opens every view, its first record's editor and delete question, every menu and the dialogs
/// the menus open in the pseudo-language `language`, and fails on any text that is not a message
/// or anything `misplaced` finds.
fn sweep(language: Language, misplaced: impl Fn(&Harness<'_, Window>) -> Vec<String>) {
    let plan = sample_with_problems();
    let texts = plan_texts(&plan);
    let mut harness = pseudo_window(language, plan.clone(), View::Overview);
    let mut report = Vec::new();
    let mut look = |harness: &Harness<'_, Window>, place: &str| {
        // The place is drawn in the pseudo-language (so an empty window cannot pass).
        let messages = harness
            .query_all(By::new().include_labels())
            .filter(|node| {
                node.accesskit_node()
                    .label()
                    .is_some_and(|label| label.contains(pseudo::OPEN))
            })
            .count();
        assert!(messages >= 10, "{place}: only {messages} messages shown");
        for text in not_messages(harness, &texts)
            .into_iter()
            .chain(misplaced(harness))
        {
            report.push(format!("{place}: {text}"));
        }
    };

    for view in View::ALL {
        harness.state_mut().app.settings.view = view;
        harness.run();
        wait_for_checks(&mut harness);
        look(&harness, view.label());
        // The view's first record open in its editor, then the question before deleting it.
        let first = match view {
            View::People => plan.people.first().map(|p| Subject::Person(p.id)),
            View::Organisations => plan
                .organisations
                .first()
                .map(|o| Subject::Organisation(o.id)),
            View::Topics => plan.topics.first().map(|t| Subject::Topic(t.id)),
            View::Actions => plan.actions.first().map(|a| Subject::Action(a.id)),
            View::Itinerary => plan.events.first().map(|e| Subject::Event(e.id)),
            View::Overview | View::Problems => None,
        };
        if let Some(subject) = first {
            harness.state_mut().app.send(Command::ShowRecord(subject));
            harness.run();
            harness.run();
            look(&harness, &format!("{} editor", view.label()));
            press(&mut harness, Key::Delete);
            look(&harness, &format!("{} delete", view.label()));
            press(&mut harness, Key::Escape);
        }
    }

    for path in menu_paths() {
        for label in &path {
            harness.get_by_label(label).click();
            harness.run();
        }
        look(&harness, &path.join(" → "));
        press(&mut harness, Key::Escape);
        press(&mut harness, Key::Escape);
    }

    // The dialogs the menus open without a file dialog.
    // One after the other: each replaces the one before.
    for command in [Command::Publish, Command::ChoosePersonToExport] {
        let place = format!("{command:?}");
        harness.state_mut().app.send(command);
        harness.run();
        look(&harness, &place);
    }

    assert!(
        report.is_empty(),
        "{} texts are not messages or are misplaced:\n{}",
        report.len(),
        report.join("\n")
    );
}
