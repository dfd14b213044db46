//! The one table of the planner's commands: each one's label, keyboard shortcut, tooltip and
//! place in the menus. The menu bar, the keyboard's shortcuts, Help → Keyboard shortcuts and the
//! tooltips of buttons that send the same command are all made from it, so that a label or a key
//! is written once.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::command::{Command, ViewAction};
use super::exchange::{ExportRequest, ImportFormat};
use super::view::View;
use crate::interop::ExportFormat;
use crate::interop::protocol::ProtocolExport;

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

    pub fn label(self) -> &'static str {
        match self {
            Menu::File => "File",
            Menu::Edit => "Edit",
            Menu::View => "View",
            Menu::Help => "Help",
            Menu::Export => "Export",
            Menu::Protocol => "Protocol",
            Menu::Import => "Import",
        }
    }
}

/// Where an entry is in the menus: its menu, and whether a separator comes before it. Entries of
/// one menu are shown in the table's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MenuPlace {
    pub menu: Menu,
    pub separator_before: bool,
    /// A few words naming the group this entry starts (after its separator), e.g. "Theme".
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
    pub label: &'static str,
    pub does: Does,
    pub shortcut: Option<KeyboardShortcut>,
    /// What it does, in a sentence: shown on hover and in Help → Keyboard shortcuts.
    pub tooltip: &'static str,
    /// `None`: a key only, e.g. the second key for Redo.
    pub place: Option<MenuPlace>,
}

impl Entry {
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
    label: &'static str,
    command: Command,
    shortcut: Option<KeyboardShortcut>,
    tooltip: &'static str,
    place: Option<MenuPlace>,
) -> Entry {
    Entry {
        label,
        does: Does::Run(command),
        shortcut,
        tooltip,
        place,
    }
}

const fn menu(label: &'static str, does: Does, place: Option<MenuPlace>) -> Entry {
    Entry {
        label,
        does,
        shortcut: None,
        tooltip: "",
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
    let tooltip = match view {
        View::Overview => "Show Overview",
        View::Itinerary => "Show Itinerary",
        View::People => "Show People",
        View::Organisations => "Show Organisations",
        View::Topics => "Show Topics",
        View::Actions => "Show Actions",
        View::Problems => "Show Problems",
    };
    run(
        view.label(),
        Command::ShowView(view),
        keys(CTRL, key),
        tooltip,
        item(Menu::View),
    )
}

/// Every command of the menus and the keyboard, in the menus' order.
pub static COMMAND_TABLE: [Entry; 51] = [
    // File
    run(
        "New",
        Command::New,
        keys(CTRL, Key::N),
        "Start a new plan",
        item(Menu::File),
    ),
    run(
        "Open…",
        Command::Open,
        keys(CTRL, Key::O),
        "Open a plan",
        item(Menu::File),
    ),
    menu(
        "Open Recent",
        Does::OpenPanel(Panel::OpenRecent),
        item(Menu::File),
    ),
    run(
        "Save",
        Command::Save,
        keys(CTRL, Key::S),
        "Save the plan",
        after_separator(Menu::File),
    ),
    run(
        "Save As…",
        Command::SaveAs,
        keys(CTRL_SHIFT, Key::S),
        "Save the plan under another name",
        item(Menu::File),
    ),
    run(
        "Revert to Saved",
        Command::Revert,
        None,
        "Go back to the plan as saved; Undo takes this back",
        item(Menu::File),
    ),
    menu(
        "Export",
        Does::OpenMenu(Menu::Export),
        after_separator(Menu::File),
    ),
    menu("Import", Does::OpenMenu(Menu::Import), item(Menu::File)),
    run(
        "Publish to a Calendar…",
        Command::Publish,
        None,
        "The itinerary to a CalDAV calendar the delegation subscribes to",
        item(Menu::File),
    ),
    run(
        "Print briefing book…",
        Command::Print(ExportRequest::of(ExportFormat::BriefingBook)),
        None,
        "Opens the briefing book in your browser, to print or save as a PDF",
        after_separator(Menu::File),
    ),
    run(
        "Print programme…",
        Command::Print(ExportRequest::of(ExportFormat::Programme)),
        None,
        "Opens every delegate's one-page programme in your browser, one person a page",
        item(Menu::File),
    ),
    run(
        "Quit",
        Command::Quit,
        keys(CTRL, Key::Q),
        "Quit",
        after_separator(Menu::File),
    ),
    // File → Export
    run(
        "iCalendar…",
        export(ExportFormat::Calendar),
        None,
        "The itinerary for calendars and phones (.ics)",
        item(Menu::Export),
    ),
    run(
        "iCalendar for one person…",
        Command::ChoosePersonToExport,
        None,
        "Only the events one person takes part in or hosts (.ics)",
        item(Menu::Export),
    ),
    run(
        "vCard…",
        export(ExportFormat::Contacts),
        None,
        "People and organisations for address books (.vcf)",
        item(Menu::Export),
    ),
    run(
        "CSV…",
        export(ExportFormat::Spreadsheet),
        None,
        "People as a spreadsheet (.csv)",
        item(Menu::Export),
    ),
    run(
        "Organisations as CSV…",
        export(ExportFormat::OrganisationSpreadsheet),
        None,
        "Organisations as a spreadsheet of their own (.csv), every field",
        item(Menu::Export),
    ),
    run(
        "Briefing book…",
        export(ExportFormat::BriefingBook),
        None,
        "One HTML file to print or share: delegation, programme, contacts, topics, actions",
        item(Menu::Export),
    ),
    run(
        "Programmes…",
        export(ExportFormat::Programme),
        None,
        "Every delegate's one-page programme, one person a page (.html)",
        item(Menu::Export),
    ),
    menu(
        "Protocol",
        Does::OpenMenu(Menu::Protocol),
        item(Menu::Export),
    ),
    // File → Export → Protocol
    run(
        "Seating charts…",
        protocol(ProtocolExport::SeatingChart),
        None,
        "Each seated meal or ceremony's tables, drawn, with who sits where (.html)",
        item(Menu::Protocol),
    ),
    run(
        "Place cards…",
        protocol(ProtocolExport::PlaceCards),
        None,
        "A fold-over card for each seated guest, in both scripts (.html)",
        item(Menu::Protocol),
    ),
    run(
        "Rooming lists…",
        protocol(ProtocolExport::RoomingList),
        None,
        "Who sleeps in which room, as hotels ask for it (.csv)",
        item(Menu::Protocol),
    ),
    run(
        "Transport list…",
        protocol(ProtocolExport::TransportList),
        None,
        "Who rides in which vehicle, day by day, for drivers and liaison officers (.html)",
        item(Menu::Protocol),
    ),
    run(
        "Name badges…",
        protocol(ProtocolExport::Badges),
        None,
        "Badges with name, own-script name, organisation and side, eight a sheet (.html)",
        item(Menu::Protocol),
    ),
    run(
        "Rooming grid…",
        protocol(ProtocolExport::RoomingGrid),
        None,
        "Each stay's rooms by night: who sleeps where, nights and guests without a room (.html)",
        item(Menu::Protocol),
    ),
    run(
        "Rooming grid for spreadsheets…",
        protocol(ProtocolExport::RoomingGridSpreadsheet),
        None,
        "The rooming grid with a column a night, for the hotel's room block (.csv)",
        item(Menu::Protocol),
    ),
    run(
        "Arrivals and departures…",
        protocol(ProtocolExport::ArrivalsManifest),
        None,
        "Each flight in or out with its passengers, needs and cars, for the airport (.html)",
        item(Menu::Protocol),
    ),
    run(
        "Arrivals and departures for spreadsheets…",
        protocol(ProtocolExport::ArrivalsManifestSpreadsheet),
        None,
        "The manifest with a row a passenger of each flight (.csv)",
        item(Menu::Protocol),
    ),
    run(
        "Caterer's sheets…",
        protocol(ProtocolExport::CateringSheets),
        None,
        "Each meal's guests, dietary and allergy needs with seats, and interpretation (.html)",
        item(Menu::Protocol),
    ),
    run(
        "Drivers' sheets…",
        protocol(ProtocolExport::DriverSheets),
        None,
        "Each vehicle's legs of each day with passengers, phones and contact officer (.html)",
        item(Menu::Protocol),
    ),
    // File → Import
    run(
        "vCard…",
        Command::Import(ImportFormat::Contacts),
        None,
        "People and organisations from an address book (.vcf)",
        item(Menu::Import),
    ),
    run(
        "CSV…",
        Command::Import(ImportFormat::Spreadsheet),
        None,
        "People from a spreadsheet (.csv)",
        item(Menu::Import),
    ),
    // Edit
    run(
        "Undo",
        Command::Undo,
        keys(CTRL, Key::Z),
        "Undo the last change",
        item(Menu::Edit),
    ),
    run(
        "Redo",
        Command::Redo,
        keys(CTRL_SHIFT, Key::Z),
        "Redo the change undone last",
        item(Menu::Edit),
    ),
    run(
        "Redo",
        Command::Redo,
        keys(CTRL, Key::Y),
        "Redo the change undone last",
        None,
    ),
    run(
        "Add (New event, Add person …)",
        Command::InView(ViewAction::Add),
        keys(CTRL_SHIFT, Key::N),
        "Add to the view shown: New event in the Itinerary, Add person in People, and an \
         organisation, a topic or an action in theirs",
        after_separator(Menu::Edit),
    ),
    run(
        "Find",
        Command::InView(ViewAction::Find),
        keys(CTRL, Key::F),
        "Put the cursor in the search box of the view shown",
        item(Menu::Edit),
    ),
    run(
        "Delete…",
        Command::InView(ViewAction::Delete),
        keys(Modifiers::NONE, Key::Delete),
        "Ask whether to delete the record open in the editor (while no text field has the \
         cursor)",
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
        "Follow the system",
        Command::SetTheme(egui::ThemePreference::System),
        None,
        "Light or dark as the system is",
        group(Menu::View, "Theme"),
    ),
    run(
        "Light",
        Command::SetTheme(egui::ThemePreference::Light),
        None,
        "Dark text on a light background",
        item(Menu::View),
    ),
    run(
        "Dark",
        Command::SetTheme(egui::ThemePreference::Dark),
        None,
        "Light text on a dark background",
        item(Menu::View),
    ),
    // Help
    menu(
        "Keyboard shortcuts",
        Does::OpenPanel(Panel::KeyboardShortcuts),
        item(Menu::Help),
    ),
    menu(
        "Getting started",
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
