# The itinerary: the agenda and the timeline, the event editor and its protocol parts (seating,
# rooms, rides, gifts), the vehicles, the date and zone pickers, and how times and clock changes
# are told.

## Times and clocks

clock-range = { $start }–{ $end }
clock-range-overnight = { $start }–{ $end } +1
clock-range-to-day = { $start } → { $day } { $end }
# A time or a range of times on a city's clock: "10:00–11:30 Tallinn".
clock-at-place = { $time } { $city }
clock-same-in = same in { $city }
# A flight's local departure and arrival: "dep 03:10 Baghdad → arr 08:25 Tallinn"; $days is how
# many days later it arrives.
clock-departure-arrival = dep { $start } → arr { $end }{ $days ->
        [0] {""}
       *[other] {" "}+{ $days }
    }
clock-local-times = local { $start } – { $end }{ $days ->
        [0] {""}
       *[other] {" "}+{ $days }
    }
clock-duration-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
clock-duration-hours = { $hours } h
clock-duration-minutes = { $minutes } min
clock-duration-negative = minus { $duration }
# $what is "start" or "end".
clock-in-gap = There is no { $asked } in { $city } on { $day }: the clocks go forward from { $from } to { $to }. The { $what ->
        [start] start
       *[end] end
    } is set to { $moved_to } ({ $offset }).
clock-in-fold = { $asked } happens twice in { $city } on { $day }: the clocks go back from { $from } to { $to }. Attaché takes the first { $asked } ({ $first }); the second comes { $later } later ({ $second }).
clock-last-day-before-first = The last day, { $last }, would come before the first, { $first }: the change was not made.
clock-moment-in = { $date } { $time } in { $city }
clock-end-before-start = The end, { $end }, would come before the start, { $start }: the change was not made.
clock-end-before-start-elsewhere = The end, { $end }, would come before the start, { $start } (the end is { $end_there }): the change was not made.
clock-offsets = { $before } → { $after }
clock-end-of-day = 24:00

## The itinerary's toolbar and filters

itinerary-heading = Itinerary
itinerary-mode-agenda = Agenda
itinerary-mode-timeline = Timeline
itinerary-times-in = Times in
itinerary-clock-host = { $city } (host)
itinerary-clock-home = { $city } (home)
itinerary-first-day = First day
itinerary-first-day-tooltip = Show { $date }, the first day of the visit
itinerary-today = Today
itinerary-today-tooltip = Show today, { $date }
itinerary-today-not-in-itinerary = Today, { $date }, is not a day of this itinerary
itinerary-new-event = New event
    .tooltip = Add an hour's meeting after the last event of the selected event's day, or of the day in sight
itinerary-show-only = Show only
itinerary-filter-person = Person
itinerary-filter-anyone = Anyone
itinerary-filter-any-topic = Any topic
itinerary-filter-topic = Topic: { $title }
itinerary-filter-missing-topic = Missing topic
itinerary-filter-by-topic = Filter by topic
itinerary-filter-any-kind = Any kind
itinerary-filter-kind = Kind: { $kind }
itinerary-filter-by-kind = Filter by kind
itinerary-filter-any-status = Any status
itinerary-filter-status = Status: { $status }
itinerary-filter-by-status = Filter by status
itinerary-clear-filters = Clear filters
itinerary-filtered-count = { $count ->
       *[other] { $shown } of { $total } events
    }

## The agenda

agenda-nothing-matches = Nothing that matches the filters.
agenda-nothing-planned = Nothing planned.
agenda-no-days = This itinerary has no days.
# A day's heading: "Monday 22 March 2027 · day 2 of 5".
agenda-day-of-visit = { $date } · day { $day } of { $days }
agenda-day-before-visit = { $date } · before the visit
agenda-day-after-visit = { $date } · after the visit
agenda-all-day = All day
agenda-all-day-to = All day, to { $last }
agenda-route = { $mode } { $from } → { $to }
agenda-participants = { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }
agenda-interpretation = interpretation
# An event's time on the chosen clock, then on the other one.
agenda-both-clocks = { $first } · { $second }
# What a screen reader says of an event's row (event-problems-… follows it when it has problems).
agenda-event-label = { $title }, { $time }, { $detail }, { $status }
# $direction is "forward" or "back".
agenda-clocks-change = Clocks go { $direction ->
        [forward] forward
       *[back] back
    } { $hours } in { $city } at { $time } ({ $offsets })
# $direction is "ahead" or "behind".
agenda-arrival = Arrival in { $to }: clocks { $hours } { $direction ->
        [ahead] ahead of
       *[behind] behind
    } { $from } ({ $offsets })
agenda-arrival-after = Arrival in { $to }: clocks { $hours } { $direction ->
        [ahead] ahead of
       *[behind] behind
    } { $from } ({ $offsets }), after { $title }
agenda-clocks-now-same = ; { $here } and { $there } now read the same
agenda-clocks-now-apart = ; { $there } is now { $gap } { $direction ->
        [ahead] ahead of
       *[behind] behind
    } { $here }

## Events

event-untitled = Untitled event
event-undo-add = add event
# Said after an event by a screen reader: ", 1 problem (an error)".
event-problems-errors = , { $count } { $count ->
        [one] problem (an error)
       *[other] problems (errors among them)
    }
event-problems-warnings = , { $count } { $count ->
        [one] problem (a warning)
       *[other] problems (warnings)
    }
# Said after an event's problems when someone is in it and in other events at once: ", clashing
# with 2 events: "Lunch" (12:00–13:30) and "Briefing" (13:00–14:00)". $events is the list of
# event-clash, $count how many there are.
event-clashes = { $count ->
        [one] , clashing with { $events }
       *[other] , clashing with { $count } events: { $events }
    }
# One event clashed with: its title and its time on the clock shown.
event-clash = "{ $title }" ({ $range })

## The timeline

timeline-zoom-out = Zoom out
    .tooltip = Show more hours
timeline-zoom-in = Zoom in
    .tooltip = Show the hours larger
timeline-hint = Ctrl + scroll zooms too. Click a block to edit it.
timeline-crowded-hint = Busy days show how many events each hour holds: zoom in or filter to see them.
# $count chooses the words; $shown is the count as written.
timeline-hidden = { $count ->
       *[other] { $shown } events lie too far from the visit to be drawn.
    }
# What a screen reader says of an event's block. $cancelled is "yes" or "no"; $others is how many
# other events share its time (event-problems-… follows it when it has problems).
timeline-block-label = { $title }, { $day }, { $range }{ $cancelled ->
        [yes] , cancelled
       *[no] {""}
    }{ $others ->
        [0] {""}
        [one] , at the same time as another event
       *[other] , at the same time as { $others } other events
    }
timeline-block-label-no-day = { $title }, { $range }{ $cancelled ->
        [yes] , cancelled
       *[no] {""}
    }{ $others ->
        [0] {""}
        [one] , at the same time as another event
       *[other] , at the same time as { $others } other events
    }
timeline-band-label = { $title }, { $range }
timeline-stay-band-label = { $title } at { $hotel }, { $range }
# Where the clocks change: "03:00 clocks +1 h".
timeline-clock-change = { $time } clocks { $direction ->
        [forward] +
       *[back] −
    }{ $shift }
timeline-now = now { $time }
timeline-now-label = Now, { $date } { $time }
timeline-more-bands = { $count ->
       *[other] +{ $shown } more
    }
timeline-more-bands-label = { $count ->
       *[other] { $shown } more stays and all-day items on { $day }; click to show the day in the agenda
    }
timeline-more-bands-label-no-day = { $count ->
       *[other] { $shown } more stays and all-day items; click to show the day in the agenda
    }
timeline-clocks-both = Hours on the { $chosen } clock, and on the { $other } clock, { $shift } { $direction ->
        [ahead] ahead
       *[behind] behind
    }
timeline-clocks-one = Hours on the { $chosen } clock
timeline-crowded-hour = { $day }, { $range }: { $count ->
        [one] { $shown } event
       *[other] { $shown } events
    }. Zoom in or filter to see them; click to show the day in the agenda.
timeline-crowded-hour-no-day = { $range }: { $count ->
        [one] { $shown } event
       *[other] { $shown } events
    }. Zoom in or filter to see them; click to show the day in the agenda.
timeline-events = { $count ->
        [one] { $shown } event
       *[other] { $shown } events
    }

## The date picker

clock-type-a-date = Type a date
    .hint = 25.03.2027
clock-date-not-read = "{ $typed }" is not a date Attaché reads: type it as 2027-02-26, 2027/02/26, 26.02.2027 or 26/02/2027.
clock-date-today = Today
clock-previous-year = Previous year
clock-previous-month = Previous month
clock-next-month = Next month
clock-next-year = Next year

## The zone picker

clock-zone-with-offset = { $zone } ({ $offset })
clock-zone-unknown = { $zone } (unknown zone)
# The zone on the picker's button: "Tallinn · UTC+2".
clock-zone-shown = { $city } · { $offset }
# $field is the field's name, in lower case: "start zone".
clock-zone-search = Search time zones for the { $field }
# A zone offered first, and why: "Europe/Tallinn (UTC+2) — host zone".
clock-zone-suggested = { $zone } — { $why }
clock-zone-tooltip = { $zone }: click to choose another time zone

## The event editor

event-duplicate = Duplicate
    .tooltip = Add a copy of this event
# The title of an event's copy.
event-copy-title = { $title } (copy)
event-day-earlier = Day earlier
    .tooltip = Move this event to the day before, same clock times
event-day-later = Day later
    .tooltip = Move this event to the day after, same clock times
event-kind = Kind
event-title = Title
    .hint = What it is, e.g. Meeting with the Government CIO
event-mode = Mode
event-from = From
event-to = To
event-carrier = Carrier
event-booking-reference = Booking reference
event-hours = Hours
event-all-day = All day (no fixed hours)
# The two ends of an event, and the names of their fields for screen readers.
event-start = Start
    .date = Start date
    .time = Start time
    .zone = Start zone
event-end = End
    .date = End date
    .time = End time
    .zone = End zone
event-first-day = First day
    .date = First day date
    .time = First day time
    .zone = First day zone
event-last-day = Last day
    .date = Last day date
    .time = Last day time
    .zone = Last day zone
event-departure = Departure
    .date = Departure date
    .time = Departure time
    .zone = Departure zone
event-arrival = Arrival
    .date = Arrival date
    .time = Arrival time
    .zone = Arrival zone
event-check-in = Check-in
    .date = Check-in date
    .time = Check-in time
    .zone = Check-in zone
event-check-out = Check-out
    .date = Check-out date
    .time = Check-out time
    .zone = Check-out zone
event-time-field =
    .hint = hh:mm
    .tooltip = Clock time in the zone beside it, e.g. 09:30
# Why a zone is offered first.
event-zone-host = host zone
event-zone-home = home zone
event-zone-this-event = this event
event-place = Place
event-location = Location
event-host-organisation = Host organisation
# .list names the list in its search field and remove buttons ("Add to participants…").
event-participants = Participants
    .list = participants
event-hosts = Hosts
    .list = hosts
event-topics = Topics
    .list = topics
event-missing-topic = Missing topic { $id }
event-add-delegation = Add the whole delegation
    .tooltip = Every member of the visiting delegation takes part
    .disabled = The whole visiting delegation takes part already
event-add-delegation-except = Add the delegation except…
event-everyone-but = Everyone but { $name }
event-status = Status
event-interpretation = Interpretation
event-interpretation-needed = Interpretation needed
event-notes = Notes
event-all-day-length = { $days ->
        [one] One day, no fixed hours
       *[other] { $days } days, no fixed hours
    }
event-lasts = Lasts { $length }
event-lasts-between-zones = Lasts { $length }, from { $from } to { $to } time
event-ends-before-start = This event ends before it starts: change its end or its start.
event-zone-unknown = A zone of this event is not in the time-zone database: choose another.
# $what is "start" or "end".
event-move-out-of-gap = Move the { $what ->
        [start] start
       *[end] end
    } to { $time }

## Undo steps of the event editor (Edit → Undo …)

event-undo-change = change event
event-undo-edit = edit event
event-undo-notes = edit event notes
event-undo-duplicate = duplicate event
event-undo-day-earlier = move event a day earlier
event-undo-day-later = move event a day later
event-undo-kind = change event kind
event-undo-all-day = make event all day
event-undo-fixed-hours = give event fixed hours
event-undo-out-of-gap = move event out of the DST gap
event-undo-start = change event start
event-undo-end = change event end
event-undo-host-organisation = change host organisation
event-undo-participants = change participants
event-undo-hosts = change hosts
event-undo-topics = change topics
event-undo-add-delegation = add the whole delegation
event-undo-delegation-but-one = add the delegation but one

## Gifts

gifts-heading = Gifts
gifts-nobody-takes-part = Name who takes part first: gifts are given and received by them.
gifts-add = Add gift
gifts-description = Gift { $number } description
    .hint = e.g. Silver tray engraved with the Ishtar Gate
gifts-from = Gift { $number } from
gifts-to = Gift { $number } to
gifts-not-taking-part = (not taking part)
gifts-value = Gift { $number } value
gifts-currency = currency
    .hint = EUR
gifts-status = Gift { $number } status
gifts-remove = Remove gift
gifts-remove-numbered = Remove gift { $number }
gifts-undo-add = add gift
gifts-undo-edit = edit gift
gifts-undo-party = change gift giver or recipient
gifts-undo-edit-value = edit gift value
gifts-undo-value = change gift value
gifts-undo-status = change gift status
gifts-undo-remove = remove gift

## Rooms of a stay

rooms-heading = Rooms
rooms-add = Add room
    .tooltip = A single room for every night of the stay
rooms-number = Room { $number } number
rooms-type = Room { $number } type
rooms-first-night = Room { $number } first night
rooms-last-night = Room { $number } last night
rooms-guests = Room { $number } guests
    .list = guests
rooms-remove = Remove room
rooms-remove-numbered = Remove room { $number }
rooms-undo-add = add room
rooms-undo-number = edit room number
rooms-undo-type = change room type
rooms-undo-nights = change room nights
rooms-undo-guests = change room guests
rooms-undo-remove = remove room

## Vehicles of a leg

rides-heading = Vehicles
rides-no-vehicles = Add the visit's cars and buses in the Overview, then assign them here.
rides-add = Add vehicle to this leg
rides-vehicle = Vehicle { $number }
rides-not-in-plan = (not in the plan)
rides-seats-taken = { $taken } of { $seats } seats
rides-remove = Remove
rides-remove-numbered = Remove vehicle { $number } from this leg
rides-passengers = Passengers of vehicle { $number }
    .list = passengers
rides-undo-add = add vehicle to leg
rides-undo-vehicle = change vehicle
rides-undo-passengers = change passengers
rides-undo-remove = remove vehicle from leg

## Seating

seating-heading = Seating
seating-propose = Propose seating
    .tooltip = Seat everyone taking part by precedence: the host at the centre of the head table, the guest of honour at the host's right, interpreters behind
seating-add-table = Add table
# The name a new table is given.
seating-new-table-name = Table { $number }
seating-table-name = Name of table { $number }
seating-table-shape = Shape of table { $number }
seating-add-seat = + seat
seating-add-seat-to = Add a seat to table { $number }
seating-remove-seat = − seat
seating-remove-seat-of = Remove the last seat of table { $number }
seating-remove-table = Remove table
seating-remove-table-numbered = Remove table { $number }
seating-not-seated-yet = Not seated yet (drag onto a seat):
seating-person-not-seated = { $name }, not seated
# A seat as a planner names it.
seating-place = Seat { $seat } at Table { $table }
seating-choose-seat = Seat…
    .search = Search seats
seating-empty = empty
# A seat found by the seat picker: "Seat 3 at Table 1 (Head table): Ali Hassan".
seating-seat-found = { $place } ({ $table }): { $occupant }
seating-choose-seat-for = Choose a seat for { $name }
seating-seat-someone = (empty) Seat someone…
    .search = Search participants not seated
seating-who-sits-here = { $seat }: choose who sits here
seating-seat-of-table = seat { $seat } of table { $table }
seating-empty-seat = Empty { $seat }
seating-person-at = { $name }, at { $place }
seating-move-left = Move { $seat } left
seating-move-right = Move { $seat } right
seating-move-to-table = Move { $seat } to table { $table }
seating-diet = Diet: { $needs }
seating-interpreter-behind = interpreter behind: { $name }
seating-undo-propose = propose seating
seating-undo-add-table = add table
seating-undo-rename-table = rename table
seating-undo-table-shape = change table shape
seating-undo-add-seat = add seat
seating-undo-remove-seat = remove seat
seating-undo-remove-table = remove table
seating-undo-move-seat = move seat
seating-undo-seat-person = seat person
seating-undo-empty-seat = empty seat

## The visit's vehicles (in the Overview)

vehicles-heading = Vehicles
vehicles-add = Add vehicle
# The name a new car is given.
vehicles-new-car-name = Car { $number }
vehicles-name = Vehicle { $number } name
vehicles-plate = Vehicle { $number } plate
vehicles-driver = Vehicle { $number } driver
vehicles-driver-phone = Vehicle { $number } driver's phone
vehicles-kind = Vehicle { $number } kind
vehicles-seats = Vehicle { $number } seats
vehicles-remove = Remove vehicle
    .tooltip = The legs it drives lose their ride in it too
vehicles-search = Search vehicles
    .hint = Name, plate, driver…
vehicles-undo-change = change vehicles
vehicles-undo-add = add vehicle
vehicles-undo-edit = edit vehicle
vehicles-undo-remove = remove vehicle
