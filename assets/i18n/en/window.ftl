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
