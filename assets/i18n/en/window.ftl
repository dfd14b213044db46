# The window: its menus, the commands of the menus and the keyboard (each with the sentence its
# tooltip and Help → Keyboard shortcuts show), the navigation and the status bar.

## Menus

menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-import = Import
menu-heading-theme = Theme
menu-heading-language = Language

## Views

view-overview = Overview
    .tooltip = Show Overview
view-itinerary = Itinerary
    .tooltip = Show Itinerary
view-people = People
    .tooltip = Show People
view-organisations = Organisations
    .tooltip = Show Organisations
view-topics = Topics
    .tooltip = Show Topics
view-actions = Actions
    .tooltip = Show Actions
view-problems = Problems
    .tooltip = Show Problems

## Commands

command-new = New
    .tooltip = Start a new plan

command-open = Open…
    .tooltip = Open a plan

menu-open-recent = Open Recent

command-save = Save
    .tooltip = Save the plan

command-save-as = Save As…
    .tooltip = Save the plan under another name

command-revert-to-saved = Revert to Saved
    .tooltip = Go back to the plan as saved; Undo takes this back

menu-export = Export

command-publish = Publish to a Calendar…
    .tooltip = The itinerary to a CalDAV calendar the delegation subscribes to
command-mark-as-issued = Mark as issued
    .tooltip = Keeps a copy of the plan as handed out now, in a folder beside it; the next programme marks what changed since

command-print-briefing-book = Print briefing book…
    .tooltip = Opens the briefing book in your browser, to print or save as a PDF

command-print-programme = Print programme…
    .tooltip = Opens every delegate's one-page programme in your browser, one person a page

command-quit = Quit
    .tooltip = Quit

command-export-icalendar = iCalendar…
    .tooltip = The itinerary for calendars and phones (.ics)

command-export-icalendar-for-one-person = iCalendar for one person…
    .tooltip = Only the events one person takes part in or hosts (.ics)

command-export-vcard = vCard…
    .tooltip = People and organisations for address books (.vcf)

command-export-csv = CSV…
    .tooltip = People as a spreadsheet (.csv)

command-organisations-as-csv = Organisations as CSV…
    .tooltip = Organisations as a spreadsheet of their own (.csv), every field

command-briefing-book = Briefing book…
    .tooltip = One HTML file to print or share: delegation, programme, contacts, topics, actions

command-programmes = Programmes…
    .tooltip = Every delegate's one-page programme, one person a page (.html)
command-mark-changes-since = Mark changes since…
    .tooltip = Which earlier version the briefing book and the programmes mark what changed since

menu-protocol = Protocol

command-seating-charts = Seating charts…
    .tooltip = Each seated meal or ceremony's tables, drawn, with who sits where (.html)

command-place-cards = Place cards…
    .tooltip = A fold-over card for each seated guest, in both scripts (.html)

command-rooming-lists = Rooming lists…
    .tooltip = Who sleeps in which room, as hotels ask for it (.csv)

command-transport-list = Transport list…
    .tooltip = Who rides in which vehicle, day by day, for drivers and liaison officers (.html)

command-name-badges = Name badges…
    .tooltip = Badges with name, own-script name, organisation and side, eight a sheet (.html)

command-rooming-grid = Rooming grid…
    .tooltip = Each stay's rooms by night: who sleeps where, nights and guests without a room (.html)

command-rooming-grid-for-spreadsheets = Rooming grid for spreadsheets…
    .tooltip = The rooming grid with a column a night, for the hotel's room block (.csv)

command-arrivals-and-departures = Arrivals and departures…
    .tooltip = Each flight in or out with its passengers, needs and cars, for the airport (.html)

command-arrivals-and-departures-for-spreadsheets = Arrivals and departures for spreadsheets…
    .tooltip = The manifest with a row a passenger of each flight (.csv)

command-caterers-sheets = Caterer's sheets…
    .tooltip = Each meal's guests, dietary and allergy needs with seats, and interpretation (.html)

command-drivers-sheets = Drivers' sheets…
    .tooltip = Each vehicle's legs of each day with passengers, phones and contact officer (.html)

command-import-vcard = vCard…
    .tooltip = People and organisations from an address book (.vcf)

command-import-csv = CSV…
    .tooltip = People from a spreadsheet (.csv)

command-undo = Undo
    .tooltip = Undo the last change

command-redo = Redo
    .tooltip = Redo the change undone last

command-add = Add (New event, Add person …)
    .tooltip = Add to the view shown: New event in the Itinerary, Add person in People, and an organisation, a topic or an action in theirs

command-find = Find
    .tooltip = Put the cursor in the search box of the view shown

command-delete = Delete…
    .tooltip = Ask whether to delete the record open in the editor (while no text field has the cursor)

command-theme-system = Follow the system
    .tooltip = Light or dark as the system is

command-theme-light = Light
    .tooltip = Dark text on a light background

command-theme-dark = Dark
    .tooltip = Light text on a dark background

menu-keyboard-shortcuts = Keyboard shortcuts

menu-getting-started = Getting started

command-language-system = System
    .tooltip = The language of the system, when Attaché speaks it; English otherwise
command-language-english = English
    .tooltip = English
command-language-estonian = Eesti
    .tooltip = Estonian
command-language-arabic = العربية
    .tooltip = Arabic, read from right to left
command-digits-of-language = Digits of the language
    .tooltip = Numbers, dates and times in the language's own digits (Arabic-Indic ٠١٢٣ in Arabic)
command-digits-western = Western digits 0123
    .tooltip = Numbers, dates and times in Western digits (0123) in every language

## The frame: landmarks, navigation and the Edit menu's steps

frame-menu-bar = Menu bar
frame-region-views = Views
frame-region-status-bar = Status bar
frame-region-messages = Messages
frame-editor-region = Editor
frame-divider = Divider between the list and the editor
# The divider's value for screen readers: the editor's share of the width.
frame-divider-value = editor { $percent }% of the width
# A view in the navigation with how many records it holds: "People  (12)".
frame-navigation-count = { $view }  ({ $count })
# Edit menu: Undo and Redo with the name of the step they take.
frame-undo-step = Undo { $step }
frame-redo-step = Redo { $step }
frame-no-recent-plans = No recent plans
frame-recent-missing = { $path } (missing)
frame-recent-remove = Remove
    .tooltip = Remove this missing plan from the list
# A button's tooltip with the keys of its command: "Show Problems (Ctrl+7)".
frame-command-tooltip = { $tooltip } ({ $keys })
frame-message-dismiss = Dismiss

## Status bar

status-untitled = Untitled, not saved yet
status-unsaved-changes = Unsaved changes
status-all-changes-saved = All changes saved
status-problems = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    } · { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
status-problems-checking = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    } · { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } · checking…
status-file-dialog-open = A file dialog is open…

## Help: Getting started and About

help-getting-started-overview = 1. Overview: the visit's title, parties, days and the two time zones.
help-getting-started-people = 2. People and Organisations: the delegation in order of precedence (People → Delegation list) and the hosts; names in their own script are shown as typed.
help-getting-started-itinerary = 3. Itinerary: New event adds an hour after the day's last event; flights depart in one zone and land in another.
help-getting-started-topics = 4. Topics and Actions: what the delegation studies and what follows up.
help-getting-started-problems = 5. Problems: clashes, missing hosts and late documents, each one click from its record and marked on the agenda.
help-getting-started-documents = 6. File → Export or Print for calendars, contacts and the briefing book; File → Publish to a Calendar for the delegation's phones.
help-about-version = Version { $version }
help-about-time-zones = Time zones: IANA database { $version }, built in, so every machine computes the same times.
help-about-purpose = Plans official delegation visits. Plans are saved as .ron files.

## Dialogs: the answers they share

dialog-save = Save
dialog-dont-save = Don't save
dialog-cancel = Cancel
dialog-close = Close
dialog-ok = OK

## Dialog: unsaved changes

dialog-unsaved-heading = Unsaved changes
dialog-unsaved-question-closing = Save the changes to { $name } before closing?
dialog-unsaved-question-new = Save the changes to { $name } before starting a new plan?
dialog-unsaved-question-open = Save the changes to { $name } before opening another plan?
dialog-unsaved-warning = If you don't save, your changes will be lost.

## Dialog: opening a plan

dialog-opening-heading = Opening { $name }
dialog-reading-again-heading = Reading { $name } again
# Megabytes read so far and in all, e.g. "1.5 of 12.0 MB read".
dialog-opening-progress = { $read } of { $total } MB read
dialog-opening-reading = Reading the plan…
dialog-opening-stays-open = The plan you have open stays open until this one is ready.

## Dialog: a path typed where no file dialog can be shown

dialog-path-open-heading = Open a plan
dialog-path-open = Open
dialog-path-save-heading = Save the plan as
dialog-path-save = Save
dialog-path-export-heading = Export to
dialog-path-export = Export
dialog-path-import-heading = Import from
dialog-path-import = Import
dialog-path-explanation-plan = No file dialog can be shown on this desktop. Type the plan file's full path instead.
dialog-path-explanation-file = No file dialog can be shown on this desktop. Type the file's full path instead.
dialog-path-field = File path

## Dialogs: restoring after a crash, a file changed by another program

dialog-restore-heading = Restore unsaved changes?
dialog-restore-explanation = Attaché closed before these changes were saved:
dialog-restore = Restore
dialog-discard = Discard
dialog-outside-change-heading = The file changed on disk
dialog-outside-change-explanation = Another program changed { $name } since Attaché opened or saved it.
dialog-outside-change-while-editing = Reloading replaces your unsaved changes; Undo brings them back.
dialog-outside-change-on-save = Overwrite replaces the other program's changes with yours.
dialog-reload-from-disk = Reload from disk
dialog-keep-my-version = Keep my version
dialog-overwrite = Overwrite

## Publishing to a calendar

publish-heading = Publish to a calendar
publish-explanation = Each event becomes an entry of a calendar on a CalDAV server (Nextcloud, Radicale, Fastmail…) that the delegation can subscribe to. Publishing again updates what changed and removes what left the plan. Entries of other plans and people, and entries edited on the server, are left as they are.
publish-calendar-address = Calendar address
    .hint = https://calendar.example.org/dav/visit/
publish-user-name = User name
publish-password = Password
publish-events-of = Events of
publish-everyone = Everyone
publish-replace-changed = Replace entries changed on the server
publish-password-never-saved = The password is used for this publish only and is never saved.
publish-publishing = Publishing…
publish-publish = Publish
publish-nothing-more-published = Nothing more was published. { $reason }
publish-published = Published. Events: { $added } added, { $updated } updated, { $removed } removed, { $unchanged } unchanged.
# Two sentences of the notice after publishing, one after the other.
publish-sentences = { $first } { $next }
publish-removed = Removed: { $titles }.
publish-changed-on-server = Changed on the server and left as they are: { $titles } (tick “{ $replace }” to replace them).
publish-outside = { $count ->
        [one] The server listed 1 entry outside the calendar; left alone.
       *[other] The server listed { $count } entries outside the calendar; left alone.
    }

## The window's title, the plan's name

# "● " while there are unsaved changes.
app-window-title = { $mark }{ $name } — Attaché
app-untitled-plan = Untitled plan
app-unsaved-title = { $title } (unsaved)

## Undo steps the app itself makes

app-step-revert = Revert
app-step-reload-from-disk = Reload from disk
app-step-restore-unsaved-changes = Restore unsaved changes
app-step-calendar-identity = Give the plan its calendar identity
app-step-import = import from { $file }

## Notices

app-notice-reloaded = { $path } was changed by another program and has been reloaded. Undo brings back the version you had.
app-notice-gone-from-disk = { $path } is no longer on disk (moved or deleted by another program). Save puts it back.
app-notice-open-in-another-window = { $path } is also open in another Attaché window. Attaché will ask before a save in one window overwrites what the other saved.
# A plan a crashed window left: "study-visit.ron, as it was on 27 Nov 2026 at 21:40".
app-leftover = { $name }, as it was on { $date } at { $time }
app-leftover-untitled = An untitled plan, as it was on { $date } at { $time }

## A plan that could not be opened (the path, and the line and column where known)

app-load-io = { $path }: cannot be read: { $reason }
app-load-is-folder = { $path }: is a folder, not a plan file
app-load-not-regular = { $path }: is { $kind }, not a plan file; only regular files are read
app-load-busy = { $path }: is being written by another program (another Attaché saving or importing); try again in a moment
app-load-cancelled = { $path }: was not opened: the opening was cancelled
app-load-too-large = { $path }: is { $size } bytes, larger than the { $limit } MiB a plan file may be; it is probably not a plan
app-load-not-utf8 = { $path }:{ $line }:{ $column }: expected text in UTF-8, found bytes that are not
# The detail is the file reader's own description of what it expected.
app-load-syntax = { $path }:{ $line }:{ $column }: { $detail }
app-load-newer-version = { $path }: was written in plan format version { $found }, newer than version { $current } that this Attaché understands; open it with a newer Attaché
app-load-unknown-version = { $path }:{ $line }:{ $column }: format version { $found } does not exist (expected 1 to { $current })
app-load-unreadable-version = { $path }:{ $line }:{ $column }: expected the format version as a whole number in plain digits (like 1), found "{ $found }"

## A file that could not be written

app-save-io = { $path }: could not be saved, nothing on disk was changed: { $reason }
app-save-target-is-folder = { $path }: is a folder; choose a file name to save the plan as
app-save-not-regular = { $path }: is { $kind }, not a regular file; nothing was written to it
app-save-link-loop = { $path }: is a symbolic link that leads round in a circle; nothing was written
app-save-would-overwrite-newer = { $path }: holds a plan in format version { $found }, newer than this Attaché writes ({ $current }); it was not overwritten. Use Save As to save under another name
app-save-would-overwrite-plan = { $path }: holds an Attaché plan (or its backup); an export is never written over a plan. Choose another file name
app-save-would-replace-other-file = { $path }: already exists and is not an export Attaché wrote earlier of this kind; nothing was written, so what it holds is not lost. Choose another file name, or confirm that it may be replaced
app-save-changed-on-disk = { $path }: was changed by another program since it was read; nothing was written, so that change is not lost
app-save-busy = { $path }: is being written by another program (another Attaché saving or importing); nothing was written, try again in a moment

## A file that could not be read for import

app-read-io = cannot be read: { $reason }
app-read-is-folder = is a folder, not a file
app-read-not-regular = is { $kind }, not a regular file
app-read-too-large = is { $size } bytes, larger than the { $limit } bytes allowed
app-read-cancelled = was not read: the reading was cancelled

## Files that are not regular files

app-file-kind-fifo = a named pipe (FIFO)
app-file-kind-device = a device
app-file-kind-socket = a socket
app-file-kind-symbolic-link = a symbolic link
app-file-kind-special = a special file
app-file-kind-other = { $kind }

## Exports, imports and printing

app-not-exported = { $path }: was not exported: { $reason }
app-nothing-exported = Nothing was exported. { $reason }
app-exported = Exported { $what } to { $path }
app-issued = Issued: a copy of the plan as it is now is kept in { $path }
app-not-issued = The plan was not marked as issued. { $reason }
app-changes-since-unreadable = Nothing was exported: the earlier version to mark changes since could not be read. { $reason }
app-nothing-imported = { $path }: { $reason }; nothing was imported
app-import-not-csv = { $path }: could not be read as CSV: { $reason }
app-nothing-printed-export = Nothing was printed: { $reason }
app-nothing-printed-no-folder = Nothing was printed: no temporary folder could be made ({ $reason })
app-nothing-printed = Nothing was printed. { $reason }
app-opened-in-browser = Opened { $path } in your browser: print it from there, or save it as a PDF.
app-browser-not-opened = { $path } is ready to print, but the browser could not be opened ({ $reason }); open the file yourself.
app-export-what-calendar = the calendar
app-export-what-contacts = the contacts
app-export-what-people = the people
app-export-what-organisations = the organisations
app-export-what-briefing-book = the briefing book
app-export-what-programmes = the programmes
app-export-what-seating-charts = the seating charts
app-export-what-place-cards = the place cards
app-export-what-rooming-lists = the rooming lists
app-export-what-transport-list = the transport list
app-export-what-name-badges = the name badges
app-export-what-rooming-grids = the rooming grids
app-export-what-arrivals-manifest = the arrivals and departures manifest
app-export-what-caterers-sheets = the caterer's sheets
app-export-what-drivers-sheets = the drivers' sheets

## File dialogs: titles and filters

app-dialog-open-plan = Open a delegation plan
app-dialog-save-plan = Save the delegation plan
app-dialog-filter-plan = Delegation plan (*.ron)
app-dialog-export-person-calendar = Export one person's programme as iCalendar
app-dialog-export-calendar = Export the itinerary as iCalendar
app-dialog-export-contacts = Export people and organisations as vCard
app-dialog-export-people-csv = Export people as CSV
app-dialog-export-organisations-csv = Export organisations as CSV
app-dialog-export-briefing-book = Export the briefing book
app-dialog-export-person-programme = Export one person's programme
app-dialog-export-programmes = Export the delegates' programmes
app-dialog-export-protocol = Export { $what }
# A file dialog's filter: "iCalendar (*.ics)".
app-dialog-filter = { $kind } (*.{ $extension })
app-dialog-import-vcard = Import people and organisations from vCard
app-dialog-filter-vcard = vCard (*.vcf, *.vcard)
app-dialog-import-csv = Import people from a CSV spreadsheet
app-dialog-filter-csv = CSV spreadsheet (*.csv, *.txt)
app-file-type-icalendar = iCalendar
app-file-type-vcard = vCard
app-file-type-csv = CSV spreadsheet
app-file-type-briefing-book = Briefing book (HTML)
app-file-type-programme = Programme (HTML)
app-file-type-printable-page = Printable page (HTML)
