//! The frame around the views: menu bar, navigation, status bar, messages and prompts.

use crate::t;
use crate::ui::tokens::{Tokens, menu_bar_style};
use egui::accesskit::{HasPopup, Live, Role, Toggled};
use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use super::dialogs::Form;
use super::modal::Dialog;
use super::{
    ViewContext, ViewState, actions, exchange, itinerary, organisations, overview, people,
    problems, topics,
};
use crate::app::{
    COMMAND_TABLE, Command, DialogPurpose, Dismissal, Does, Entry, LoadPurpose, Menu, Panel,
    UnsavedAnswer, View,
};

/// The commands the keyboard shortcuts of this frame ask for, from the command table. They are
/// taken before the views draw, so Ctrl+Z undoes in the plan even while a text field has the
/// focus.
pub fn shortcuts(egui_ctx: &egui::Context) -> Vec<Command> {
    let mut keyed: Vec<(KeyboardShortcut, &Command)> = COMMAND_TABLE
        .iter()
        .filter_map(|entry| Some((entry.shortcut?, entry.command()?)))
        .collect();
    // Most modifiers first: a plain Ctrl+Z would also match Ctrl+Shift+Z.
    keyed.sort_by_key(|(keys, _)| std::cmp::Reverse(modifier_count(keys.modifiers)));
    // A key without Ctrl or Alt (Delete) belongs to the text field that has the cursor.
    if egui_ctx.egui_wants_keyboard_input() {
        keyed.retain(|(keys, _)| !keys.modifiers.is_none());
    }
    let mut commands = Vec::new();
    egui_ctx.input_mut(|input| {
        for (keys, command) in keyed {
            if input.consume_shortcut(&keys) {
                commands.push(command.clone());
            }
        }
    });
    commands
}

fn modifier_count(modifiers: egui::Modifiers) -> usize {
    [
        modifiers.alt,
        modifiers.ctrl,
        modifiers.shift,
        modifiers.mac_cmd,
        modifiers.command,
    ]
    .into_iter()
    .filter(|&held| held)
    .count()
}

/// Whether Alt was pressed and let go with nothing else between (no key, no click, no other
/// modifier), over this frame and the frames before.
fn alt_tapped(ui: &Ui) -> bool {
    let id = egui::Id::unique("alt held alone");
    let mut held_alone: bool = ui.data(|data| data.get_temp(id)).unwrap_or_default();
    let mut tapped = false;
    ui.input(|input| {
        for event in &input.events {
            match event {
                egui::Event::ModifiersChanged(modifiers) if *modifiers == Modifiers::ALT => {
                    held_alone = true;
                }
                egui::Event::ModifiersChanged(modifiers) => {
                    tapped |= held_alone && modifiers.is_none();
                    held_alone = false;
                }
                // The Alt key's own press and release come as keys too.
                egui::Event::Key {
                    key: Key::AltLeft | Key::AltRight,
                    ..
                } => {}
                egui::Event::Key { .. }
                | egui::Event::Text(_)
                | egui::Event::PointerButton { .. }
                | egui::Event::MouseWheel { .. } => held_alone = false,
                _ => {}
            }
        }
    });
    ui.data_mut(|data| data.insert_temp(id, held_alone));
    tapped
}

/// Where it is noted that a menu's item had the keyboard focus at the end of the last frame.
fn focus_in_menu_key() -> egui::Id {
    egui::Id::unique("keyboard focus in a menu")
}

/// Notes that `item`, in a menu, has the focus, if it has.
fn note_focus_in_menu(ui: &Ui, item: &egui::Response) {
    if item.has_focus() {
        ui.data_mut(|data| data.insert_temp(focus_in_menu_key(), true));
    }
}

/// Right to left, Left and Right trade places inside a menu: egui opens a submenu with Right and
/// goes back with Left, and an Arabic submenu opens leftwards, so there Left opens it and Right
/// goes back, the way the eye goes. Along the menu bar egui already moves to the button on
/// screen in the arrow's direction, so the bar is left as it is.
fn mirror_arrows_in_menus(ctx: &ViewContext, ui: &Ui) {
    let in_menu = ui
        .data_mut(|data| data.remove_temp::<bool>(focus_in_menu_key()))
        .unwrap_or(false);
    if !(in_menu && ctx.tokens.is_right_to_left()) {
        return;
    }
    let pressed = |key| ui.input(|input| input.modifiers.is_none() && input.key_pressed(key));
    let mirrored = if pressed(Key::ArrowLeft) {
        egui::FocusDirection::Right
    } else if pressed(Key::ArrowRight) {
        egui::FocusDirection::Left
    } else {
        return;
    };
    ui.memory_mut(|memory| memory.move_focus(mirrored));
}

pub fn draw(ctx: &ViewContext, views: &mut ViewState, ui: &mut Ui) {
    super::focus::bring_focus_into_sight(ui.ctx());
    mirror_arrows_in_menus(ctx, ui);
    egui::Panel::top("menu bar").show(ui, |ui| {
        egui::MenuBar::new().style(menu_bar_style).ui(ui, |ui| {
            ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                node.set_role(Role::MenuBar);
                node.set_label(t!("frame-menu-bar"));
            });
            // F10 and Alt pressed and let go alone take the keyboard to the menu bar, as in
            // native windows: Enter or Space opens the menu, the arrow keys move along the bar.
            let f10 = ui.input_mut(|input| input.consume_key(Modifiers::NONE, Key::F10));
            let to_menu_bar = f10 | alt_tapped(ui);
            // File first, from the right in Arabic.
            let mut buttons = Vec::with_capacity(Menu::BAR.len());
            let mut open = false;
            ui.with_layout(ctx.tokens.row_layout(egui::Align::Center), |ui| {
                for (position, menu) in Menu::BAR.into_iter().enumerate() {
                    let (button, shown) = menu_button(&ctx.tokens, ui, menu.label(), |ui| {
                        menu_items(ctx, menu, ui)
                    });
                    menu_node(ui, &button, shown);
                    if position == 0 && to_menu_bar {
                        button.request_focus();
                    }
                    buttons.push(button.id);
                    open |= shown;
                }
            });
            super::focus::after_menu_bar(ui.ctx(), &buttons, open);
        });
    });
    egui::Panel::bottom("status bar").show(ui, |ui| {
        // Read out when it changes ("Unsaved changes", "All changes saved", the problems'
        // count, "checking…"), without interrupting.
        region(ui, Role::Status, t!("frame-region-status-bar"));
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_live(Live::Polite);
        });
        status_bar(ctx, ui);
    });
    ctx.tokens
        .start_panel("navigation")
        .resizable(false)
        .default_size(190.0)
        .show(ui, |ui| {
            region(ui, Role::Navigation, t!("frame-region-views"));
            navigation(ctx, ui);
        });
    egui::CentralPanel::default().show(ui, |ui| {
        region(ui, Role::Main, ctx.settings.view.label());
        // Right to left, the view's lines start at the right edge, and so do its rows (egui's
        // `horizontal` runs from the right in such a column).
        ui.with_layout(ctx.tokens.column_layout(), |ui| view(ctx, views, ui));
    });
    let egui_ctx = ui.ctx().clone();
    unsaved_prompt(ctx, &egui_ctx);
    opening_progress(ctx, &egui_ctx);
    super::safety::prompts(ctx, &egui_ctx);
    path_prompt(ctx, &mut views.dialogs.path, &egui_ctx);
    exchange::show(ctx, &mut views.dialogs.person_search, &egui_ctx);
    super::publish::show(ctx, &mut views.dialogs.publish, &egui_ctx);
    super::focus::after_dialogs(&egui_ctx);
    super::focus::note_focus_out_of_sight(&egui_ctx);
}

/// The view chosen, below the messages and notices for the planner.
fn view(ctx: &ViewContext, views: &mut ViewState, ui: &mut Ui) {
    messages(ctx, ui);
    super::safety::notices(ctx, ui);
    match ctx.settings.view {
        View::Overview => overview::show(ctx, ui),
        View::Itinerary => itinerary::show(ctx, &mut views.itinerary, ui),
        View::People => people::show(ctx, &mut views.people, ui),
        View::Organisations => {
            organisations::show(ctx, &mut views.organisations, &mut views.people, ui)
        }
        View::Topics => topics::show(ctx, &mut views.topics, ui),
        View::Actions => actions::show(ctx, &mut views.actions, ui),
        View::Problems => problems::show(ctx, ui),
    }
}

/// A menu's button, in the bar or inside another menu, and whether its menu is open: egui's own
/// left to right, and right to left one that opens leftwards.
fn menu_button(
    tokens: &Tokens,
    ui: &mut Ui,
    label: &str,
    items: impl FnOnce(&mut Ui),
) -> (egui::Response, bool) {
    if !tokens.is_right_to_left() {
        let shown = ui.menu_button(label, items);
        (shown.response, shown.inner.is_some())
    } else if egui::containers::menu::is_in_menu(ui) {
        sub_menu_leftwards(tokens, ui, label, items)
    } else {
        bar_menu_leftwards(ui, label, items)
    }
}

/// A menu of the bar, right to left: it opens leftwards, its right edge under its button's, its
/// items at the right; egui's own menu button opens rightwards only, so this one keeps its bar's
/// behaviour (hovering another menu's button while one is open opens that one) by itself.
fn bar_menu_leftwards(
    ui: &mut Ui,
    label: &str,
    items: impl FnOnce(&mut Ui),
) -> (egui::Response, bool) {
    use egui::containers::menu::{MenuConfig, find_menu_root};
    let button = ui.button(label);
    let mut menu = egui::Popup::menu(&button)
        .align(egui::RectAlign::BOTTOM_END)
        .layout(egui::Layout::top_down_justified(egui::Align::Max));
    let popup_id = menu.get_id();
    let open_in_bar = find_menu_root(ui).unique_id.with("open menu");
    if button.hovered()
        && !button.clicked()
        && let Some(open) = ui.data(|data| data.get_temp::<egui::Id>(open_in_bar))
        && open != popup_id
        && egui::Popup::is_id_open(ui.ctx(), open)
    {
        menu = menu.open_memory(Some(egui::SetOpenCommand::Bool(true)));
    }
    // The bar's configuration, for a menu rather than a bar.
    let bar = MenuConfig::find(ui);
    let config = MenuConfig::new()
        .close_behavior(bar.close_behavior)
        .style(bar.style)
        .submenu_gap(bar.submenu_gap);
    let shown = menu
        .close_behavior(config.close_behavior)
        .style(config.style.clone())
        .info(
            egui::UiStackInfo::new(egui::UiKind::Menu)
                .with_tag_value(MenuConfig::MENU_CONFIG_TAG, config),
        )
        .show(items);
    if shown.is_some() {
        ui.data_mut(|data| data.insert_temp(open_in_bar, popup_id));
    }
    (button, shown.is_some())
}

/// A menu inside a menu, right to left: it opens leftwards of its parent, the item's arrow
/// pointing left at its far end. egui's submenu opens rightwards where there is room, so it is
/// given the item's place moved left by the submenu's width, as measured the frame before (the
/// first frame only sizes it, unseen); its hovering, keys and closing stay egui's. Where the
/// window leaves no room at the left, it opens rightwards as egui's does.
fn sub_menu_leftwards(
    tokens: &Tokens,
    ui: &mut Ui,
    label: &str,
    items: impl FnOnce(&mut Ui),
) -> (egui::Response, bool) {
    use egui::containers::menu::{MenuConfig, MenuState, SubMenu};
    let popup_id = SubMenu::id_from_widget_id(ui.next_auto_id());
    let open = MenuState::from_ui(ui, |state, _| state.open_item == Some(popup_id));
    // Open, the item looks as egui's own submenu items do.
    let inactive = ui.style().visuals.widgets.inactive;
    if open {
        ui.style_mut().visuals.widgets.inactive = ui.style().visuals.widgets.open;
    }
    let button =
        ui.add(egui::Button::new(label).left_text(crate::ui::widgets::submenu_arrow(*tokens)));
    ui.style_mut().visuals.widgets.inactive = inactive;
    // egui puts the submenu `gap` right of the item's place: the place is moved so that the
    // submenu ends `gap` left of the item.
    let gap = egui::Frame::menu(ui.style()).total_margin().sum().x * 0.5
        + MenuConfig::find(ui).submenu_gap;
    let width = egui::AreaState::load(ui.ctx(), popup_id).and_then(|area| area.size);
    let mut place = button.clone();
    if let Some(size) = width {
        let submenu_left = button.interact_rect.left() - gap - size.x;
        if submenu_left >= ui.ctx().content_rect().left() {
            let shift = submenu_left - gap - button.interact_rect.right();
            place.interact_rect = button.interact_rect.translate(egui::vec2(shift, 0.0));
        }
    }
    note_focus_in_menu(ui, &button);
    let shown = SubMenu::new().show(ui, &place, items);
    (button, shown.is_some())
}

/// A menu's button, in the bar or in another menu, as a screen reader meets it: an item that
/// opens a menu, open or closed.
fn menu_node(ui: &Ui, button: &egui::Response, open: bool) {
    ui.ctx().accesskit_node_builder(button.id, |node| {
        node.set_role(Role::MenuItem);
        node.set_has_popup(HasPopup::Menu);
        node.set_expanded(open);
    });
}

/// The items of `menu`, from the command table.
fn menu_items(ctx: &ViewContext, menu: Menu, ui: &mut Ui) {
    let egui_ctx = ui.ctx().clone();
    let entries = COMMAND_TABLE
        .iter()
        .filter(|entry| entry.place.is_some_and(|place| place.menu == menu));
    for (position, entry) in entries.enumerate() {
        if let Some(place) = entry.place {
            if position > 0 && place.separator_before {
                ui.separator();
            }
            if let Some(heading) = place.heading {
                ui.weak(crate::lang::text(heading));
            }
        }
        match &entry.does {
            Does::Run(command) => {
                let label = label_of(ctx, entry);
                let current = is_current(ctx, command);
                let shortcut = entry
                    .shortcut
                    .as_ref()
                    .map(|keys| egui_ctx.format_shortcut(keys));
                let mut button = egui::Button::selectable(current, label.as_str());
                // The shortcut at the far end of the item: its left right to left, where the
                // item's name sits at the right.
                button = match (&shortcut, ctx.tokens.is_right_to_left()) {
                    (Some(shortcut), false) => button.shortcut_text(shortcut.as_str()),
                    (Some(shortcut), true) => {
                        button.left_text(RichText::new(shortcut.as_str()).weak())
                    }
                    (None, false) => button,
                    (None, true) => button.left_text(()),
                };
                let response = ui
                    .add_enabled(can_run(ctx, command), button)
                    .on_hover_text(entry.tooltip());
                note_focus_in_menu(ui, &response);
                // The item is named without its shortcut, which a screen reader reads as the
                // item's own; the view and theme items are a choice of one.
                egui_ctx.accesskit_node_builder(response.id, |node| {
                    if matches!(
                        command,
                        Command::ShowView(_)
                            | Command::SetTheme(_)
                            | Command::SetLanguage(_)
                            | Command::SetDigits(_)
                    ) {
                        node.set_role(Role::MenuItemRadio);
                        node.set_toggled(Toggled::from(current));
                    } else {
                        node.set_role(Role::MenuItem);
                    }
                    node.set_label(label);
                    if let Some(shortcut) = shortcut {
                        node.set_keyboard_shortcut(shortcut);
                    }
                });
                if response.clicked() {
                    ctx.send(command.clone());
                }
            }
            Does::OpenMenu(inner) => {
                let (button, shown) = menu_button(&ctx.tokens, ui, entry.label(), |ui| {
                    menu_items(ctx, *inner, ui)
                });
                menu_node(ui, &button, shown);
            }
            Does::OpenPanel(panel) => {
                let (button, shown) =
                    menu_button(&ctx.tokens, ui, entry.label(), |ui| match panel {
                        Panel::OpenRecent => recent_files(ctx, ui),
                        Panel::KeyboardShortcuts => keyboard_shortcuts(ui),
                        Panel::GettingStarted => getting_started(ui),
                    });
                menu_node(ui, &button, shown);
            }
        }
    }
    if menu == Menu::Help {
        about(ui);
    }
}

/// The entry's label; Undo and Redo name the step they take.
fn label_of(ctx: &ViewContext, entry: &Entry) -> String {
    let step = match entry.command() {
        Some(Command::Undo) => ctx.document.undo_label(),
        Some(Command::Redo) => ctx.document.redo_label(),
        _ => None,
    };
    match (entry.command(), step) {
        (Some(Command::Undo), Some(step)) => t!("frame-undo-step", step = step),
        (Some(Command::Redo), Some(step)) => t!("frame-redo-step", step = step),
        _ => entry.label().to_owned(),
    }
}

/// Whether `command` is what the window shows now (the view, the theme): marked in the menu.
fn is_current(ctx: &ViewContext, command: &Command) -> bool {
    match command {
        Command::ShowView(view) => ctx.settings.view == *view,
        Command::SetTheme(theme) => ctx.settings.theme == *theme,
        Command::SetLanguage(language) => ctx.settings.language == *language,
        Command::SetDigits(digits) => ctx.settings.digits == *digits,
        _ => false,
    }
}

/// Whether `command` can do anything with the plan open.
fn can_run(ctx: &ViewContext, command: &Command) -> bool {
    let plan = ctx.document.plan();
    match command {
        Command::Revert => ctx.document.path().is_some() && ctx.document.is_dirty(),
        Command::Undo => ctx.document.can_undo(),
        Command::Redo => ctx.document.can_redo(),
        Command::Export(request) => match request.format {
            crate::interop::ExportFormat::Calendar => !plan.events.is_empty(),
            _ => true,
        },
        Command::ChoosePersonToExport => !plan.events.is_empty() && !plan.people.is_empty(),
        Command::Print(request) => match request.format {
            crate::interop::ExportFormat::Programme => plan
                .people
                .iter()
                .any(|person| person.side == crate::model::Side::Visiting),
            _ => true,
        },
        _ => true,
    }
}

fn about(ui: &mut Ui) {
    ui.separator();
    ui.label(RichText::new("Attaché").strong());
    ui.label(t!(
        "help-about-version",
        version = env!("CARGO_PKG_VERSION")
    ));
    ui.label(t!(
        "help-about-time-zones",
        version = crate::model::zone_database_version()
    ));
    ui.label(t!("help-about-purpose"));
}

/// Help → Keyboard shortcuts: every shortcut of the command table, in the table's order.
fn keyboard_shortcuts(ui: &mut Ui) {
    let egui_ctx = ui.ctx().clone();
    crate::ui::widgets::grid(
        ui,
        egui::Grid::new("keyboard shortcuts")
            .num_columns(3)
            .spacing(Tokens::for_ui(ui).space.list_grid),
        |ui| {
            for entry in &COMMAND_TABLE {
                let Some(keys) = &entry.shortcut else {
                    continue;
                };
                ui.label(RichText::new(egui_ctx.format_shortcut(keys)).monospace());
                ui.label(entry.label());
                ui.weak(entry.tooltip());
                ui.end_row();
            }
        },
    );
}

/// Help → Getting started: how a plan comes together, in a few steps.
fn getting_started(ui: &mut Ui) {
    ui.set_max_width(460.0);
    for step in [
        t!("help-getting-started-overview"),
        t!("help-getting-started-people"),
        t!("help-getting-started-itinerary"),
        t!("help-getting-started-topics"),
        t!("help-getting-started-problems"),
        t!("help-getting-started-documents"),
    ] {
        ui.label(step);
    }
}

fn recent_files(ctx: &ViewContext, ui: &mut Ui) {
    if ctx.settings.recent_files.is_empty() {
        ui.label(t!("frame-no-recent-plans"));
        return;
    }
    for path in ctx.settings.recent_files.clone() {
        let shown = path.display().to_string();
        if path.exists() {
            if ui.button(&shown).clicked() {
                ctx.send(Command::OpenPath(path));
            }
        } else {
            ui.horizontal(|ui| {
                ui.add_enabled(
                    false,
                    egui::Button::new(t!("frame-recent-missing", path = shown.as_str())),
                );
                if ui
                    .button(t!("frame-recent-remove"))
                    .on_hover_text(crate::lang::attribute("frame-recent-remove", "tooltip"))
                    .clicked()
                {
                    ctx.send(Command::ForgetRecent(path.clone()));
                }
            });
        }
    }
}

fn navigation(ctx: &ViewContext, ui: &mut Ui) {
    ui.add_space(ctx.tokens.space.medium);
    let plan = ctx.document.plan();
    let problem_count = ctx.document.derived().problems.len();
    let counts = [
        None,
        Some(plan.events.len()),
        Some(plan.people.len()),
        Some(plan.organisations.len()),
        Some(plan.topics.len()),
        Some(plan.actions.len()),
        Some(problem_count),
    ];
    let mut chosen = None;
    for (view, count) in View::ALL.into_iter().zip(counts) {
        let text = match count {
            Some(count) => t!("frame-navigation-count", view = view.label(), count = count),
            None => view.label().to_owned(),
        };
        let selected = ctx.settings.view == view;
        let button = egui::Button::selectable(
            selected,
            RichText::new(text).size(ctx.tokens.text.row_title),
        )
        .min_size(egui::vec2(ui.available_width(), 28.0));
        if ui.add(button).clicked() {
            chosen = Some(view);
        }
    }
    if let Some(view) = chosen {
        ctx.send(Command::ShowView(view));
    }
}

fn status_bar(ctx: &ViewContext, ui: &mut Ui) {
    ctx.tokens.row(ui, |ui| {
        match ctx.document.path() {
            Some(path) => ui.label(path.display().to_string()),
            None => ui.label(t!("status-untitled")),
        };
        ui.separator();
        if ctx.document.is_dirty() {
            ui.label(RichText::new(t!("status-unsaved-changes")).strong());
            ui.separator();
        } else if ctx.document.path().is_some() {
            ui.label(t!("status-all-changes-saved"));
            ui.separator();
        }
        let derived = ctx.document.derived();
        let errors = derived.error_count;
        let warnings = derived.problems.len() - errors;
        let text = if derived.checking {
            t!(
                "status-problems-checking",
                errors = errors,
                warnings = warnings
            )
        } else {
            t!("status-problems", errors = errors, warnings = warnings)
        };
        let show_problems = Command::ShowView(View::Problems);
        if ui
            .link(text)
            .on_hover_text(super::widgets::command_tooltip(ui.ctx(), &show_problems))
            .clicked()
        {
            ctx.send(show_problems);
        }
        if ctx.file_dialog_open {
            ui.separator();
            ui.label(t!("status-file-dialog-open"));
        }
    });
}

/// Makes the panel `ui` is a landmark a screen reader can jump to, named `name`.
fn region(ui: &Ui, role: Role, name: &str) {
    ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
        node.set_role(role);
        node.set_label(name);
    });
}

/// The messages above the view (a file that could not be read, an import's result): read out
/// as they come.
fn messages(ctx: &ViewContext, ui: &mut Ui) {
    ui.scope_builder(egui::UiBuilder::new().id_salt("messages"), |ui| {
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_role(Role::Log);
            node.set_label(t!("frame-region-messages"));
            node.set_live(Live::Polite);
        });
        message_list(ctx, ui);
    });
}

fn message_list(ctx: &ViewContext, ui: &mut Ui) {
    let mut dismissed = None;
    for (position, message) in ctx.messages.iter().enumerate() {
        egui::Frame::new()
            .fill(ctx.tokens.color.error.gamma_multiply(0.15))
            .stroke(egui::Stroke::new(1.0, ctx.tokens.color.error))
            .corner_radius(4.0)
            .inner_margin(ctx.tokens.space.large)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    if ui.button(t!("frame-message-dismiss")).clicked() {
                        dismissed = Some(position);
                    }
                    ui.add(
                        egui::Label::new(
                            RichText::new(message.render()).color(ctx.tokens.color.error),
                        )
                        .wrap(),
                    );
                });
            });
        ui.add_space(ctx.tokens.space.small);
    }
    if let Some(position) = dismissed {
        ctx.send(Command::Dismiss(Dismissal::Message(position)));
    }
}

fn unsaved_prompt(ctx: &ViewContext, egui_ctx: &egui::Context) {
    let Some(waiting) = ctx.unsaved_prompt else {
        return;
    };
    let name = ctx.document.display_name();
    let question = match waiting {
        Command::Quit => t!("dialog-unsaved-question-closing", name = name),
        Command::New => t!("dialog-unsaved-question-new", name = name),
        _ => t!("dialog-unsaved-question-open", name = name),
    };
    let mut answer = None;
    let dialog = Dialog::new(
        egui::Id::unique("unsaved changes"),
        t!("dialog-unsaved-heading"),
    )
    .asking(&question)
    .width(420.0);
    let modal = dialog.show(egui_ctx, |dialog| {
        dialog.body(|ui| {
            ui.label(&question);
            ui.label(t!("dialog-unsaved-warning"));
        });
        dialog.buttons(|ui| {
            if ui.button(t!("dialog-save")).clicked() {
                answer = Some(UnsavedAnswer::Save);
            }
            if ui.button(t!("dialog-dont-save")).clicked() {
                answer = Some(UnsavedAnswer::DontSave);
            }
            if ui.button(t!("dialog-cancel")).clicked() {
                answer = Some(UnsavedAnswer::Cancel);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(UnsavedAnswer::Cancel);
    }
    if let Some(answer) = answer {
        ctx.send(Command::AnswerUnsaved(answer));
    }
}

/// While a plan is being read on another thread: how far it has come, and Cancel. Modal, so that
/// no edit is made to the plan about to be replaced.
fn opening_progress(ctx: &ViewContext, egui_ctx: &egui::Context) {
    let Some(loading) = ctx.loading else {
        return;
    };
    let name = loading
        .path()
        .file_name()
        .unwrap_or(loading.path().as_os_str())
        .to_string_lossy()
        .into_owned();
    let (read, total) = loading.bytes();
    let mut cancelled = false;
    let title = match loading.purpose {
        LoadPurpose::Open => t!("dialog-opening-heading", name = name),
        LoadPurpose::Reload { .. } => t!("dialog-reading-again-heading", name = name),
    };
    let dialog = Dialog::new(egui::Id::unique("opening a plan"), &title)
        .asking(&title)
        .width(420.0);
    dialog.show(egui_ctx, |dialog| {
        dialog.body(|ui| {
            if total > 0 && read < total {
                ui.add(egui::ProgressBar::new(read as f32 / total as f32).text(t!(
                    "dialog-opening-progress",
                    read = megabytes(read),
                    total = megabytes(total)
                )));
            } else {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t!("dialog-opening-reading"));
                });
            }
            ui.label(t!("dialog-opening-stays-open"));
        });
        cancelled = dialog.buttons(|ui| ui.button(t!("dialog-cancel")).clicked());
    });
    if cancelled {
        ctx.send(Command::CancelOpening);
    }
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1_000_000.0)
}

fn path_prompt(ctx: &ViewContext, form: &mut Form<String>, egui_ctx: &egui::Context) {
    let Some(prompt) = ctx.path_prompt else {
        return;
    };
    let (text, opened) = form.of(prompt.opening, || prompt.suggestion.clone());
    let (heading, action, explanation) = match prompt.purpose {
        DialogPurpose::Open | DialogPurpose::ChangesSince => (
            t!("dialog-path-open-heading"),
            t!("dialog-path-open"),
            t!("dialog-path-explanation-plan"),
        ),
        DialogPurpose::SaveAs { .. } => (
            t!("dialog-path-save-heading"),
            t!("dialog-path-save"),
            t!("dialog-path-explanation-plan"),
        ),
        DialogPurpose::Export(_) => (
            t!("dialog-path-export-heading"),
            t!("dialog-path-export"),
            t!("dialog-path-explanation-file"),
        ),
        DialogPurpose::Import(_) => (
            t!("dialog-path-import-heading"),
            t!("dialog-path-import"),
            t!("dialog-path-explanation-file"),
        ),
    };
    let mut confirmed = false;
    let mut cancelled = false;
    let dialog = Dialog::new(egui::Id::unique("type a path"), heading)
        .asking(heading)
        .width(520.0);
    dialog.show(egui_ctx, |dialog| {
        dialog.body(|ui| {
            ui.label(explanation);
            let label = ui.label(t!("dialog-path-field"));
            let field = ui
                .add(
                    crate::ui::bidi::TextField::singleline(
                        crate::ui::widgets::field_id("prompt", "File path"),
                        text,
                    )
                    .desired_width(480.0),
                )
                .labelled_by(label.id);
            // Focused when the prompt opens, so that the planner can type at once.
            if opened {
                field.request_focus();
            }
            if field.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter)) {
                confirmed = true;
            }
        });
        dialog.buttons(|ui| {
            confirmed |= ui.button(action).clicked();
            cancelled = ui.button(t!("dialog-cancel")).clicked();
        });
    });
    if cancelled {
        ctx.send(Command::CancelPathPrompt);
    } else if confirmed && !text.trim().is_empty() {
        ctx.send(Command::PathTyped(text.clone()));
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    use super::*;
    use crate::lang::Direction;

    /// Where a menu's item that opens a submenu lies, and where the submenu's one item lies, with
    /// the menu in the middle of a wide window (room for the submenu on either side).
    fn submenu_beside_its_item(direction: Direction) -> (egui::Rect, egui::Rect) {
        let tokens = Tokens {
            direction,
            ..Tokens::for_visuals(&egui::Visuals::dark())
        };
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1600.0, 600.0))
            .build_ui(move |ui| {
                egui::MenuBar::new().ui(ui, |ui| {
                    ui.add_space(700.0);
                    ui.menu_button("Menu", |ui| {
                        menu_button(&tokens, ui, "More", |ui| {
                            ui.label("Inside");
                        });
                    });
                });
            });
        harness.get_by_label("Menu").click();
        harness.run();
        harness.get_by_label("More").click();
        harness.run();
        let item = harness.get_by_label("More").rect();
        let inside = harness.get_by_label("Inside").rect();
        (item, inside)
    }

    #[test]
    fn a_submenu_opens_leftwards_right_to_left_even_with_room_at_the_right() {
        let (item, inside) = submenu_beside_its_item(Direction::RightToLeft);
        assert!(inside.right() <= item.left(), "{inside:?} {item:?}");
        let (item, inside) = submenu_beside_its_item(Direction::LeftToRight);
        assert!(inside.left() >= item.right(), "{inside:?} {item:?}");
    }
}
