# The printed documents (the briefing book, the delegates' programmes, the protocol office's
# lists, cards and badges) and the text fields of the calendar export that a person reads.
# Names and values from the plan are put in as they are written.

## Shared by the printed documents

# The page numbers at the foot of each page; $page and $pages are numbers the browser writes.
doc-page-of-pages = page { $page } of { $pages }
# An event that lasts the whole day, where its time would be.
doc-all-day = All day
# A time in a time zone this machine does not know: "09:00 (Mars/Olympus)".
doc-time-in-zone = { $time } ({ $zone })
# From one day to another: "Monday 22 March 2027 – Wednesday 24 March 2027".
doc-date-range = { $first } – { $last }
doc-version-of = Version of { $date }
# Between the parts of a detail: "Flight from Tallinn to Riga, airBaltic, booking X7Y".
doc-comma = { ", " }
# A journey: $mode is "Flight", "Train" …
doc-journey = { $mode } from { $from } to { $to }
doc-booking = booking { $reference }
doc-booking-start = Booking { $reference }
doc-no-events-yet = No events yet.
# The place in the order of precedence, or in a list.
doc-column-rank = #
doc-column-name = Name
doc-column-position = Position
doc-column-role = Role
doc-column-email = Email
doc-column-phone = Phone

## What changed since an earlier version (the briefing book and the programmes)

# The box on the first page; $date is the day the earlier version was issued or written.
doc-changes-since = Changes since the version of { $date }
doc-changes-none = Nothing has changed since then.
# Above the changes to people, vehicles and other records that belong to no day.
doc-changes-not-on-a-day = Not tied to a day
# The marks beside a changed line, in words so that they show in black and white and are read.
doc-change-added = New
doc-change-cancelled = Cancelled
# $was: the time it had before, "Mon 22 Mar 10:00–11:00".
doc-change-moved = Moved, was { $was }
doc-change-renamed = Renamed
doc-change-place = Place changed
doc-change-people = People changed
doc-change-details = Details changed

## Lists of names: who takes part in an event

doc-names-delegation = the delegation
# $missing: the members who are not there, joined by doc-names-and.
doc-names-delegation-except = the delegation except { $missing }
# Between names (names often hold commas).
doc-names-separator = { "; " }
# Between the members who are not there ("the delegation except A and B and C"): every name,
# since names often hold commas.
doc-names-and = { " and " }
doc-names-delegation-and-others = { $delegation }; { $others }

## The briefing book

doc-briefing-book = Briefing book
doc-briefing-page-title = { $title } — briefing book
doc-briefing-draft =
    { $count ->
        [one] DRAFT — { $count } open problem
       *[other] DRAFT — { $count } open problems
    }
doc-briefing-problems = The plan still has problems to resolve before this book is handed over:
doc-briefing-problems-first =
    { $count ->
        [one] The plan still has problems to resolve before this book is handed over; the first is:
       *[other] The plan still has problems to resolve before this book is handed over; the first { $count } are:
    }
# A side of the visit and its country: "Ministry of Communications (Iraq)".
doc-briefing-party = { $name } ({ $country })
doc-briefing-parties = { $visiting } visiting { $host }
doc-briefing-times = Times are { $host } time ({ $host_zone }), with { $home } time ({ $home_zone }) beside.
doc-briefing-contents = Contents
doc-briefing-delegation = The delegation
doc-briefing-programme = Programme
doc-briefing-contacts = Contacts
doc-briefing-topics = Study topics
doc-briefing-actions = Open actions
doc-briefing-prepared-with = Prepared with Attaché.
doc-briefing-nobody-yet = Nobody yet.
doc-briefing-in-order-of-precedence = In order of precedence.
doc-briefing-hosts = Hosts
doc-briefing-column-event = Event
doc-briefing-interpretation = Interpretation
doc-briefing-local-times = Local times: { $times }
doc-briefing-hosted-by = Hosted by { $hosts }
doc-briefing-with = With { $names }
doc-briefing-topics-of-event = Topics: { $topics }
doc-briefing-without-organisation = Without an organisation
doc-briefing-no-topics-yet = No topics yet.
doc-briefing-lead = Lead: { $name }
doc-briefing-objectives = Objectives
doc-briefing-open-questions = Open questions
doc-briefing-covered-at = Covered at: { $events }
doc-briefing-no-open-actions = No open actions.
doc-briefing-column-action = Action
doc-briefing-column-owner = Owner
doc-briefing-column-due = Due
doc-briefing-column-status = Status
doc-briefing-column-from = From

## The delegates' programmes

doc-programme-page-title = { $title } — programme
doc-programme-no-delegation = The plan has no visiting delegation yet.
doc-programme-kicker = Programme · { $title }
doc-programme-version-of = version of { $date }
doc-programme-times = Times are { $host } time, with { $home } time beside them in grey.
doc-programme-hotel = Hotel
doc-programme-none-booked = None booked.
doc-programme-contact-officer = Contact officer
doc-programme-none-named = None named in the plan.
doc-programme-emergency-contacts = Emergency contacts
# An emergency contact and their part: "Kadri Tamm (Liaison officer)".
doc-programme-contact-role = { $name } ({ $role })
doc-programme-column-time = Time
doc-programme-column-event = Event, place and whom you meet
doc-programme-meeting = meeting { $whom }
doc-programme-local-times = local times { $times }
doc-programme-you-host = You host
doc-programme-room = room { $number }

## Place cards and name badges

doc-cards-page-title = Place cards
doc-badges-page-title = Name badges

## The seating charts

doc-seating-page-title = Seating — { $title }
# When a seated event begins: "Monday 22 March 2027, 19:00".
doc-seating-when = { $date }, { $time }
# After a table's name: its shape and its number of seats.
doc-seating-table =
    { $count ->
        [one] ({ $shape }, { $count } seat)
       *[other] ({ $shape }, { $count } seats)
    }
doc-seating-diet = Diet: { $needs }
doc-seating-empty = (empty)
doc-seating-interpreter-behind = Interpreter behind: { $name }

## The transport list

doc-transport-title = Transport — { $title }
doc-transport-vehicle = Vehicle
doc-transport-passengers = Passengers
doc-transport-driver = Driver: { $name } { $phone }
doc-transport-vehicle-gone = (a vehicle no longer in the plan)

## The caterer's sheets

doc-catering-page-title = Catering — { $title }
# When the meal begins, in the host's clock: "Monday 22 March 2027, 19:00–21:00 Tallinn time".
doc-catering-when = { $date }, { $time } { $city } time
# $number is $count, written in bold.
doc-catering-count =
    { $count ->
        [one] { $number } guest
       *[other] { $number } guests
    }
doc-catering-count-and-interpreters =
    { $count ->
        [one] { $number } guest
       *[other] { $number } guests
    }, and { $interpreters ->
        [one] { $interpreters } interpreter
       *[other] { $interpreters } interpreters
    } at work (not served at the table)
doc-catering-needs = Dietary and allergy needs
doc-catering-no-needs = No guest has a dietary need.
doc-catering-need = Need
doc-catering-guests = Guests
# Where a guest sits, after their name.
doc-catering-place = — { $table }, seat { $seat }
doc-catering-without-needs =
    { $count ->
        [one] { $count } guest without a dietary need.
       *[other] { $count } guests without a dietary need.
    }
doc-catering-interpretation = Interpretation
# $needed is doc-catering-equipment-needed, in bold.
doc-catering-equipment = { $needed } (receivers, and a chair behind each principal for the interpreter).
doc-catering-equipment-needed = Interpretation equipment needed
doc-catering-interpreters = Interpreters: { $names }
doc-catering-no-interpretation = No interpretation at this meal.

## The drivers' sheets

doc-drivers-page-title = Drivers' sheets — { $title }
doc-drivers-seats =
    { $count ->
        [one] { $count } seat
       *[other] { $count } seats
    }
doc-drivers-driver = Driver { $name } { $phone }
doc-drivers-time = Time
doc-drivers-pick-up-drop-off = Pick up → drop off
doc-drivers-passengers = Passengers
doc-drivers-contact-officer = Contact officer
doc-drivers-none-named = none named
doc-drivers-no-vehicle = No vehicle is ridden in.
# Who rides in a vehicle of so many seats: "3 of 7 seats".
doc-seats-taken =
    { $seats ->
        [one] { $taken } of { $seats } seat
       *[other] { $taken } of { $seats } seats
    }

## The rooming grids

doc-rooming-page-title = Rooming grid — { $title }
doc-rooming-check-in-out = Check-in { $check_in } · check-out { $check_out }
doc-rooming-room = Room
doc-rooming-type = Type
doc-rooming-no-number = (no number yet)
doc-rooming-no-guest = (no guest named)
doc-rooming-rooms-booked = Rooms booked
# A night with no room booked, in the row of rooms booked.
doc-rooming-none = none
doc-rooming-cut =
    { $count ->
        [one] The stay is longer; the first night is shown.
       *[other] The stay is longer; the first { $count } nights are shown.
    }
doc-rooming-outside = Booked outside the nights shown:
# $kind is the room's type: "Single", "Suite" …
doc-rooming-booked-outside = Room { $number } ({ $kind }), { $first } to { $last }
doc-rooming-without-room = Without a room:
doc-rooming-every-night = every night

## The arrivals and departures manifest

doc-manifest-page-title = Arrivals and departures — { $title }
doc-manifest-times = Times in { $host } time, { $home } time beside.
doc-manifest-arrivals = Arrivals
doc-manifest-departures = Departures
doc-manifest-arrival = Arrival
doc-manifest-departure = Departure
doc-manifest-met-by = Met by: { $names }
doc-manifest-seen-off-by = Seen off by: { $names }
doc-manifest-nobody-named = nobody named
doc-manifest-passenger = Passenger
doc-manifest-travel-document = Travel document
doc-manifest-needs = Needs
doc-manifest-car = Car
doc-manifest-access = Access: { $needs }
# A travel document still awaited: "Applied (due 2027-03-10)".
doc-manifest-document-due = { $status } (due { $deadline })
doc-manifest-no-passengers = No passengers named.
doc-manifest-no-flights = No flight into or out of the host country.

## The calendar (iCalendar): an event's description

# The first line: "Meeting · Confirmed".
doc-ics-kind-and-status = { $kind } · { $status }
doc-ics-host-organisation = Host organisation: { $name }
doc-ics-hosts = Hosts: { $names }
# The "participants" line: who takes part.
doc-ics-participants = Participants: { $names }
doc-ics-topics = Topics: { $topics }
doc-ics-interpretation-needed = Interpretation needed

## How a date like 03/04/2027 in an imported file is read

doc-date-order-day-first = day first (26/02/2027)
doc-date-order-month-first = month first (02/26/2027)

## The protocol exports, as sentences name them ("Export the seating charts")

doc-protocol-seating-charts = the seating charts
doc-protocol-place-cards = the place cards
doc-protocol-rooming-lists = the rooming lists
doc-protocol-transport-list = the transport list
doc-protocol-name-badges = the name badges
doc-protocol-rooming-grids = the rooming grids
doc-protocol-manifest = the arrivals and departures manifest
doc-protocol-catering-sheets = the caterer's sheets
doc-protocol-driver-sheets = the drivers' sheets

## What an exported file holds, as a file dialog's filter names it

doc-format-spreadsheet = CSV spreadsheet
doc-format-briefing-book = Briefing book (HTML)
doc-format-programme = Programme (HTML)
doc-format-printable-page = Printable page (HTML)

## Why an export was refused

doc-error-unknown-person = there is no person with id { $id } in the plan
doc-error-unknown-event = there is no event with id { $id } in the plan
doc-error-unknown-zone = the event “{ $event }” is in the time zone "{ $zone }", which is not a known IANA time zone; correct it (the Problems view lists it) and export again
# $which is "host" or "home".
doc-error-unknown-visit-zone = the visit's { $which ->
        [host] host
       *[home] home
    } time zone "{ $zone }" is not a known IANA time zone; correct it in the Overview and export again
# An event chosen for an export that does not take it: "“Free evening” is not a meal or
# ceremony; choose one with tables". $what and $which are the pairs below.
doc-error-not-applicable = “{ $title }” is not { $what }; choose { $which }
doc-error-seated-what = a meal or ceremony
doc-error-seated-which = one with tables
doc-error-stays-what = a stay with rooms
doc-error-stays-which = a hotel stay
doc-error-flights-what = a flight into or out of the host country
doc-error-flights-which = an arrival or departure
doc-error-meals-what = a meal
doc-error-meals-which = a lunch or dinner
doc-error-rides-what = a leg with vehicles
doc-error-rides-which = a transfer by road

## The sentences of what changed, in the box on a document's first page and from `attache diff`
# $event is the event's title in quotation marks (change-quoted) or change-untitled; $when is
# when it happens, "Mon 22 Mar 10:00–11:00 (11:00–12:00 Baghdad)"; $names are people's names.

change-added = Added: { $event }, { $when }
change-removed = Removed: { $event }, was { $when }
change-cancelled = Cancelled: { $event }, { $when }
# $status: the event's status now (a choice's text, "Confirmed").
change-reinstated = Reinstated: { $event }, now { $status }
change-status = { $event }: { $status } (was { $was })
# $when: the new time; $was: the old one.
change-moved = Moved: { $event } to { $when }, from { $was }
# $change: change-now-was, the new title and the old.
change-renamed = Renamed: { $change }
change-place = Place of { $event }: { $change }
# $change: who was added and who removed (change-people-added, change-people-removed).
change-people = People at { $event }: { $change }
change-hosts = Hosts of { $event }: { $change }
change-host-organisation = Host organisation of { $event }: { $change }
# $fields: the names of other fields that changed, as the plan's file writes them.
change-also = Also changed at { $event }: { $fields }
# $changes: the parts of a travel leg that changed (change-travel-mode …).
change-travel = Travel { $event }: { $changes }
change-travel-mode = mode { $change }
change-travel-from = from { $change }
change-travel-to = to { $change }
change-travel-carrier = carrier { $change }
change-travel-booking = booking { $change }
change-booking = Booking of { $event }: { $change }
# $changes: the rooms added, removed or changed (change-room-added …).
change-rooms = Rooms at { $event }: { $changes }
# $kind and $was: the kinds of event, change-event-kind.
change-kind = { $event } is now a { $kind } (was a { $was })
change-event-kind = { $kind ->
    [Meeting] meeting
    [SiteVisit] site visit
    [Briefing] briefing
    [Meal] meal
    [Ceremony] ceremony
    [Travel] travel
    [Stay] stay
   *[FreeTime] free time
}
# $changes: the cars added, removed or changed (change-car-added …).
change-cars = Cars on { $event }: { $changes }
change-car-added = { $vehicle } added for { $names }
change-car-removed = { $vehicle } removed
change-car-moved = { $names } now in { $vehicle } (was { $was })
change-car-people = { $vehicle }: { $change }
change-a-vehicle = a vehicle
# A room with no number, by its kind.
change-room-of-kind = a { $kind ->
    [Single] single
    [Twin] twin
    [Suite] suite
   *[Double] double
} room
change-room-numbered = room { $number }
# $first and $last: the first and the last night, "22 Mar".
change-nights = nights { $first } to { $last }
# $kind: the room's kind (a choice's text, "Double"); $nights: change-nights.
change-room-added = { $room } added ({ $kind }, { $nights }) for { $names }
change-room-removed = { $room } removed
change-room-changed = { $room }: { $changes }
change-room-nights = { $nights } (were { $was })
change-room-kind = now { $kind } (was { $was })
change-room-number = number { $change }
change-room-notes = notes
change-people-added = added { $names }
change-people-removed = removed { $names }
# A text that changed, each in quotation marks or change-none.
change-now-was = { $now } (was { $was })
change-none = (none)
change-nobody = nobody
change-quoted = “{ $text }”
change-untitled = an untitled event
# Between the parts of one change: "added A; removed B".
change-separator = { "; " }
change-precedence = The order of precedence changed
# $fields: the names of the visit's fields that changed, as the plan's file writes them.
change-visit = The visit's { $fields } changed
# $record: the kind of record (change-record-person …); $name: its name.
change-record-added = { $record } added: { $name }
change-record-removed = { $record } removed: { $name }
change-record-changed = { $record } { $name }: { $fields } changed
change-record-person = Person
change-record-vehicle = Vehicle
change-record-organisation = Organisation
change-record-topic = Study topic
change-record-action = Action
