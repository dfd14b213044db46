//! The one table of the planner's commands: each one's label, keyboard shortcut, tooltip and
//! place in the menus. The menu bar, the keyboard's shortcuts, Help → Keyboard shortcuts and the
//! tooltips of buttons that send the same command are all made from it, so that a label or a key
//! is written once.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::command::{Command, ViewAction};
use super::exchange::{ExportRequest, ImportFormat};
use super::settings::LanguageSetting;
use super::view::View;
use crate::interop::ExportFormat;
use crate::interop::protocol::ProtocolExport;
use crate::lang::{Digits, Language};

/// The menus of the menu bar, and the menus inside them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    File,
    Edit,
    View,
    Help,
    /// File → Export.
    Export,
    /// File → Export → Protocol.
    Protocol,
    /// File → Import.
    Import,
}

impl Menu {
    /// The menus of the menu bar, left to right.
    pub const BAR: [Menu; 4] = [Menu::File, Menu::Edit, Menu::View, Menu::Help];

    /// The menu's name in the language spoken.
    pub fn label(self) -> &'static str {
        crate::lang::text(match self {
            Menu::File => "menu-file",
            Menu::Edit => "menu-edit",
            Menu::View => "menu-view",
            Menu::Help => "menu-help",
            Menu::Export => "menu-export",
            Menu::Protocol => "menu-protocol",
            Menu::Import => "menu-import",
        })
    }
}

/// Where an entry is in the menus: its menu, and whether a separator comes before it. Entries of
/// one menu are shown in the table's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MenuPlace {
    pub menu: Menu,
    pub separator_before: bool,
    /// The message naming the group this entry starts (after its separator), e.g. "Theme".
    pub heading: Option<&'static str>,
}

/// What choosing an entry does.
#[derive(Clone, Debug)]
pub enum Does {
    Run(Command),
    /// Opens one of the table's menus.
    OpenMenu(Menu),
    /// Opens a menu the window fills itself (the recent plans, the shortcuts list).
    OpenPanel(Panel),
}

/// The menus whose items are not commands of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    OpenRecent,
    KeyboardShortcuts,
    GettingStarted,
}

/// One row of the table.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The message naming the entry; its `tooltip` attribute says what it does.
    pub message: &'static str,
    pub does: Does,
    pub shortcut: Option<KeyboardShortcut>,
    /// `None`: a key only, e.g. the second key for Redo.
    pub place: Option<MenuPlace>,
}

impl Entry {
    /// The entry's name in the language spoken.
    pub fn label(&self) -> &'static str {
        crate::lang::text(self.message)
    }

    /// What it does, in a sentence: shown on hover and in Help → Keyboard shortcuts. Empty for
    /// a menu that opens another.
    pub fn tooltip(&self) -> &'static str {
        match self.does {
            Does::Run(_) => crate::lang::attribute(self.message, "tooltip"),
            Does::OpenMenu(_) | Does::OpenPanel(_) => "",
        }
    }

    /// The command the entry runs, if it runs one.
    pub fn command(&self) -> Option<&Command> {
        match &self.does {
            Does::Run(command) => Some(command),
            Does::OpenMenu(_) | Does::OpenPanel(_) => None,
        }
    }
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

const fn keys(modifiers: Modifiers, key: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(modifiers, key))
}

const fn item(menu: Menu) -> Option<MenuPlace> {
    Some(MenuPlace {
        menu,
        separator_before: false,
        heading: None,
    })
}

const fn after_separator(menu: Menu) -> Option<MenuPlace> {
    Some(MenuPlace {
        menu,
        separator_before: true,
        heading: None,
    })
}

/// The first entry of a group named `heading`, after a separator.
const fn group(menu: Menu, heading: &'static str) -> Option<MenuPlace> {
    Some(MenuPlace {
        menu,
        separator_before: true,
        heading: Some(heading),
    })
}

const fn run(
    message: &'static str,
    command: Command,
    shortcut: Option<KeyboardShortcut>,
    place: Option<MenuPlace>,
) -> Entry {
    Entry {
        message,
        does: Does::Run(command),
        shortcut,
        place,
    }
}

const fn menu(message: &'static str, does: Does, place: Option<MenuPlace>) -> Entry {
    Entry {
        message,
        does,
        shortcut: None,
        place,
    }
}

const fn export(format: ExportFormat) -> Command {
    Command::Export(ExportRequest::of(format))
}

const fn protocol(kind: ProtocolExport) -> Command {
    export(ExportFormat::Protocol(kind))
}

const fn view(view: View, key: Key) -> Entry {
    run(
        view.message_id(),
        Command::ShowView(view),
        keys(CTRL, key),
        item(Menu::View),
    )
}

/// Every command of the menus and the keyboard, in the menus' order.
pub static COMMAND_TABLE: [Entry; 59] = [
    // File
    run(
        "command-new",
        Command::New,
        keys(CTRL, Key::N),
        item(Menu::File),
    ),
    run(
        "command-open",
        Command::Open,
        keys(CTRL, Key::O),
        item(Menu::File),
    ),
    menu(
        "menu-open-recent",
        Does::OpenPanel(Panel::OpenRecent),
        item(Menu::File),
    ),
    run(
        "command-save",
        Command::Save,
        keys(CTRL, Key::S),
        after_separator(Menu::File),
    ),
    run(
        "command-save-as",
        Command::SaveAs,
        keys(CTRL_SHIFT, Key::S),
        item(Menu::File),
    ),
    run(
        "command-revert-to-saved",
        Command::Revert,
        None,
        item(Menu::File),
    ),
    menu(
        "menu-export",
        Does::OpenMenu(Menu::Export),
        after_separator(Menu::File),
    ),
    menu(
        "menu-import",
        Does::OpenMenu(Menu::Import),
        item(Menu::File),
    ),
    run("command-publish", Command::Publish, None, item(Menu::File)),
    run(
        "command-mark-as-issued",
        Command::MarkAsIssued,
        None,
        item(Menu::File),
    ),
    run(
        "command-print-briefing-book",
        Command::Print(ExportRequest::of(ExportFormat::BriefingBook)),
        None,
        after_separator(Menu::File),
    ),
    run(
        "command-print-programme",
        Command::Print(ExportRequest::of(ExportFormat::Programme)),
        None,
        item(Menu::File),
    ),
    run(
        "command-quit",
        Command::Quit,
        keys(CTRL, Key::Q),
        after_separator(Menu::File),
    ),
    // File → Export
    run(
        "command-export-icalendar",
        export(ExportFormat::Calendar),
        None,
        item(Menu::Export),
    ),
    run(
        "command-export-icalendar-for-one-person",
        Command::ChoosePersonToExport,
        None,
        item(Menu::Export),
    ),
    run(
        "command-export-vcard",
        export(ExportFormat::Contacts),
        None,
        item(Menu::Export),
    ),
    run(
        "command-export-csv",
        export(ExportFormat::Spreadsheet),
        None,
        item(Menu::Export),
    ),
    run(
        "command-organisations-as-csv",
        export(ExportFormat::OrganisationSpreadsheet),
        None,
        item(Menu::Export),
    ),
    run(
        "command-briefing-book",
        export(ExportFormat::BriefingBook),
        None,
        item(Menu::Export),
    ),
    run(
        "command-programmes",
        export(ExportFormat::Programme),
        None,
        item(Menu::Export),
    ),
    run(
        "command-mark-changes-since",
        Command::ChooseChangesSince,
        None,
        item(Menu::Export),
    ),
    menu(
        "menu-protocol",
        Does::OpenMenu(Menu::Protocol),
        item(Menu::Export),
    ),
    // File → Export → Protocol
    run(
        "command-seating-charts",
        protocol(ProtocolExport::SeatingChart),
        None,
        item(Menu::Protocol),
    ),
    run(
        "command-place-cards",
        protocol(ProtocolExport::PlaceCards),
        None,
        item(Menu::Protocol),
    ),
    run(
        "command-rooming-lists",
        protocol(ProtocolExport::RoomingList),
        None,
        item(Menu::Protocol),
    ),
    run(
        "command-transport-list",
        protocol(ProtocolExport::TransportList),
        None,
        item(Menu::Protocol),
    ),
    run(
        "command-name-badges",
        protocol(ProtocolExport::Badges),
        None,
        item(Menu::Protocol),
    ),
    run(
        "command-rooming-grid",
        protocol(ProtocolExport::RoomingGrid),
        None,
        item(Menu::Protocol),
    ),
    run(
        "command-rooming-grid-for-spreadsheets",
        protocol(ProtocolExport::RoomingGridSpreadsheet),
        None,
        item(Menu::Protocol),
    ),
    run(
        "command-arrivals-and-departures",
        protocol(ProtocolExport::ArrivalsManifest),
        None,
        item(Menu::Protocol),
    ),
    run(
        "command-arrivals-and-departures-for-spreadsheets",
        protocol(ProtocolExport::ArrivalsManifestSpreadsheet),
        None,
        item(Menu::Protocol),
    ),
    run(
        "command-caterers-sheets",
        protocol(ProtocolExport::CateringSheets),
        None,
        item(Menu::Protocol),
    ),
    run(
        "command-drivers-sheets",
        protocol(ProtocolExport::DriverSheets),
        None,
        item(Menu::Protocol),
    ),
    // File → Import
    run(
        "command-import-vcard",
        Command::Import(ImportFormat::Contacts),
        None,
        item(Menu::Import),
    ),
    run(
        "command-import-csv",
        Command::Import(ImportFormat::Spreadsheet),
        None,
        item(Menu::Import),
    ),
    // Edit
    run(
        "command-undo",
        Command::Undo,
        keys(CTRL, Key::Z),
        item(Menu::Edit),
    ),
    run(
        "command-redo",
        Command::Redo,
        keys(CTRL_SHIFT, Key::Z),
        item(Menu::Edit),
    ),
    run("command-redo", Command::Redo, keys(CTRL, Key::Y), None),
    run(
        "command-add",
        Command::InView(ViewAction::Add),
        keys(CTRL_SHIFT, Key::N),
        after_separator(Menu::Edit),
    ),
    run(
        "command-find",
        Command::InView(ViewAction::Find),
        keys(CTRL, Key::F),
        item(Menu::Edit),
    ),
    run(
        "command-delete",
        Command::InView(ViewAction::Delete),
        keys(Modifiers::NONE, Key::Delete),
        item(Menu::Edit),
    ),
    // View
    view(View::Overview, Key::Num1),
    view(View::Itinerary, Key::Num2),
    view(View::People, Key::Num3),
    view(View::Organisations, Key::Num4),
    view(View::Topics, Key::Num5),
    view(View::Actions, Key::Num6),
    view(View::Problems, Key::Num7),
    run(
        "command-theme-system",
        Command::SetTheme(egui::ThemePreference::System),
        None,
        group(Menu::View, "menu-heading-theme"),
    ),
    run(
        "command-theme-light",
        Command::SetTheme(egui::ThemePreference::Light),
        None,
        item(Menu::View),
    ),
    run(
        "command-theme-dark",
        Command::SetTheme(egui::ThemePreference::Dark),
        None,
        item(Menu::View),
    ),
    run(
        "command-language-system",
        Command::SetLanguage(LanguageSetting::System),
        None,
        group(Menu::View, "menu-heading-language"),
    ),
    run(
        "command-language-english",
        Command::SetLanguage(LanguageSetting::Chosen(Language::English)),
        None,
        item(Menu::View),
    ),
    run(
        "command-language-estonian",
        Command::SetLanguage(LanguageSetting::Chosen(Language::Estonian)),
        None,
        item(Menu::View),
    ),
    run(
        "command-language-arabic",
        Command::SetLanguage(LanguageSetting::Chosen(Language::Arabic)),
        None,
        item(Menu::View),
    ),
    run(
        "command-digits-of-language",
        Command::SetDigits(Digits::OfLanguage),
        None,
        after_separator(Menu::View),
    ),
    run(
        "command-digits-western",
        Command::SetDigits(Digits::Western),
        None,
        item(Menu::View),
    ),
    // Help
    menu(
        "menu-keyboard-shortcuts",
        Does::OpenPanel(Panel::KeyboardShortcuts),
        item(Menu::Help),
    ),
    menu(
        "menu-getting-started",
        Does::OpenPanel(Panel::GettingStarted),
        item(Menu::Help),
    ),
];

/// The entry that runs `command` from the menus, for a button's tooltip.
pub fn entry_of(command: &Command) -> Option<&'static Entry> {
    COMMAND_TABLE
        .iter()
        .find(|entry| entry.place.is_some() && entry.command() == Some(command))
}
