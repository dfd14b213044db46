# Problems: what the check finds in a plan (one message per rule, with the names, times and counts
# it concerns), the Problems view, and the merge conflicts listed above it.
# Names and titles from the plan arrive as values, already shortened; quotation marks are the
# message's. $people is a list of names; $count is how many people it names, for the verb.

## Severity

severity-error = error
severity-warning = warning

## Kinds of record, as a problem names them

record-kind-person = person
record-kind-organisation = organisation
record-kind-event = event
record-kind-topic = topic
record-kind-action = action
record-kind-vehicle = vehicle
record-kind-lead-person = lead person
record-kind-owner = owner
record-kind-record = record
record-kind-named = { $kind } "{ $name }"
record-kind-unnamed-person = an unnamed person
record-kind-unnamed-organisation = an unnamed organisation
record-kind-untitled-event = an untitled event
record-kind-untitled-topic = an untitled topic
record-kind-untitled-action = an untitled action
record-kind-untitled-vehicle = an untitled vehicle
record-kind-untitled-record = an untitled record
record-kind-gone = a { $kind } no longer in the plan
record-kind-the-visit = the visit
record-kind-vehicle-named = vehicle "{ $name }"
record-kind-table-of = table "{ $name }" of { $of }
record-kind-seat-of = seat { $number } of table "{ $table }" of { $of }
record-kind-ride-of = a ride of { $of }
record-kind-gift-of = gift "{ $name }" of { $of }
record-kind-room-of = a room of { $of }
record-kind-numbered-room-of = room { $number } of { $of }
record-kind-question-of = question "{ $text }" of { $of }

## Pieces of problems

problem-quoted = "{ $name }"
problem-nobody = nobody
problem-others = { $count ->
    [one] { $count } other
   *[other] { $count } others
}
problem-time-in-city = { $at } { $city }

## The plan's structure

problem-duplicate-id = { $record } has the same id as an earlier record; each record needs its own id
problem-missing-record = { $record } refers to { $kind } { $id }, which is not in the plan
problem-visit-home-zone = the visit's home zone: { $error }
problem-visit-host-zone = the visit's host zone: { $error }
problem-visit-dates = the visit's last day ({ $last }) is before its first day ({ $first })
problem-long-visit = the visit lasts { $days } { $count ->
    [one] day
   *[other] days
}, from { $first } to { $last }; is one of its dates mistyped?
problem-event-start-zone = event "{ $title }", its start: { $error }
problem-event-end-zone = event "{ $title }", its end: { $error }
problem-end-before-start = event "{ $title }" ends ({ $end }) before it starts ({ $start })

## Clock changes

problem-field-start = start
problem-field-end = end
problem-wall-time = event "{ $title }", its { $field }: { $explanation }
problem-wall-time-swallowed = event "{ $title }", its { $field }: { $explanation }, so the event lasts no time at all
problem-time-in-gap = there is no { $asked } in { $city } on { $day } (the clocks go forward from { $from } to { $to }); Attaché takes { $taken } ({ $offset })
problem-time-in-fold = { $asked } happens twice in { $city } on { $day } (the clocks go back from { $from } to { $to }); Attaché takes the first, { $asked } { $first }, not the second, { $asked } { $second }

## Invisible characters

problem-hidden-characters = the { $field } "{ $text }" holds an invisible character ({ $character }) that can make it show something else than it says; retype it
problem-hidden-characters-action = the action "{ $text }" holds an invisible character ({ $character }) that can make it show something else than it says; retype it
problem-hidden-named = U+{ $code } { $name }
problem-hidden-control = U+{ $code } (a control character)
problem-field-visit-title = visit's title
problem-field-visiting-party-name = visiting party's name
problem-field-host-party-name = host party's name
problem-field-vehicle-name = vehicle's name
problem-field-driver-name = driver's name
problem-field-driver-phone = driver's phone
problem-field-organisation-name = organisation's name
problem-field-organisation-native-name = organisation's name in its own script
problem-field-organisation-website = organisation's website
problem-field-person-name = person's name
problem-field-person-native-name = person's name in their own script
problem-field-form-of-address = form of address
problem-field-person-title = person's title
problem-field-position = position
problem-field-email-address = email address
problem-field-phone-number = phone number
problem-field-event-title = event's title
problem-field-location = location
problem-field-table-name = table's name
problem-field-gift-description = gift's description
problem-field-room-number = room's number
problem-field-place-of-departure = place of departure
problem-field-destination = destination
problem-field-carrier = carrier
problem-field-topic-title = topic's title

## Clashes

problem-conflict = { $people } { $count ->
    [one] is
   *[other] are
} in two events at once: "{ $first }" (until { $until }) and "{ $second }" (from { $from })
problem-conflict-more = { $people } { $count ->
    [one] is
   *[other] are
} in { $more ->
    [one] { $more } more event
   *[other] { $more } more events
} at once with "{ $title }" (from { $from }) than the { $named } named with it
problem-outside-visit-on = event "{ $title }" is on { $day }, outside the visit ({ $first } to { $last })
problem-outside-visit-from-to = event "{ $title }" is from { $start } to { $end }, outside the visit ({ $first } to { $last })

## Hosts, topics, documents, actions

problem-no-host-meeting = meeting "{ $title }" has no host: name the person who receives the delegation
problem-no-host-site-visit = site visit "{ $title }" has no host: name the person who receives the delegation
problem-no-host-meeting-at = meeting "{ $title }" at { $at } has no host: name the person who receives the delegation
problem-no-host-site-visit-at = site visit "{ $title }" at { $at } has no host: name the person who receives the delegation
problem-topic-not-covered = { $topic } is not covered by any event: add it to the meetings or visits that will discuss it
problem-question-left = question "{ $question }" of { $topic } is unanswered and no remaining event covers the topic
problem-first-departure = their first departure, "{ $title }"
problem-first-day-of-visit = the first day of the visit
problem-document-to-apply = to apply for
problem-document-applied = applied
problem-document-too-late = person "{ $person }": the travel document ({ $status }) is due on { $deadline }, after { $leaving } on { $departure }
problem-action-open = open
problem-action-in-progress = in progress
problem-action-done = done
problem-action-dropped = dropped
problem-overdue-action = action "{ $text }" was due on { $due } and is still { $status }
problem-overdue-action-of-owner = action "{ $text }" (owner "{ $owner }") was due on { $due } and is still { $status }

## Travel between events

problem-no-travel-leg = { $people } { $count ->
    [one] goes
   *[other] go
} from "{ $first }" in { $from } to "{ $second }" in { $to } with no travel leg between them
problem-tight-transfer = { $people } { $count ->
    [one] has
   *[other] have
} only { $minutes } minutes to get from "{ $first }" ({ $from }) to "{ $second }" ({ $to })

## Seating

problem-unseated = { $people } { $count ->
    [one] is
   *[other] are
} taking part in "{ $title }" but not seated
problem-seated-not-taking-part = { $people } { $count ->
    [one] is
   *[other] are
} seated at "{ $title }" but not taking part
problem-seated-twice = { $people } { $count ->
    [one] is
   *[other] are
} seated more than once at "{ $title }"
problem-interpreter-behind-other-side = interpreter "{ $interpreter }" is seated at "{ $title }" behind "{ $principal }" of the other side: seat them behind their own principal
problem-interpreter-away = interpreter "{ $interpreter }" is seated at "{ $title }" away from anyone they interpret for: seat them behind or beside their principal

## Rooms

problem-room-single = single
problem-room-double = double
problem-room-twin = twin
problem-room-suite = suite
problem-room-in-list = room { $position } of the list
problem-room-number = room no. { $number }
problem-nights = the night of { $first }{ $more ->
    [0] {""}
    [one] {" "}and { $more } more night
   *[other] {" "}and { $more } more nights
}
problem-no-room = "{ $person }" has no room at "{ $title }" for { $nights }
problem-room-overfull = { $people } { $count ->
    [one] is
   *[other] are
} in { $room } at "{ $title }", a { $kind } room, which sleeps { $sleeps }
problem-room-guest-not-staying = { $people } { $count ->
    [one] is
   *[other] are
} in a room at "{ $title }" but not staying there
problem-two-rooms-one-night = { $people } { $count ->
    [one] is
   *[other] are
} in two rooms at "{ $title }" on { $nights }: { $first } and { $second }
problem-two-rooms-more = "{ $person }" is in { $more ->
    [one] { $more } more room
   *[other] { $more } more rooms
} at "{ $title }" on the nights of { $room } than the { $named } named with it

## Transport

problem-vehicle-overfull = "{ $vehicle }" has { $seats } seats but { $riding } passengers on "{ $title }"
problem-no-ride = { $people } { $count ->
    [one] is
   *[other] are
} going on "{ $title }" with no seat in a vehicle
problem-riding-not-going = { $people } { $count ->
    [one] is
   *[other] are
} in a vehicle on "{ $title }" but not going on it
problem-riding-twice = { $people } { $count ->
    [one] is
   *[other] are
} in more than one vehicle on "{ $title }"
problem-vehicle-on-two-legs = "{ $vehicle }" is on two legs at once: "{ $first }" (until { $until }) and "{ $second }" (from { $from })
problem-driver-on-two-legs = driver "{ $driver }" is on two legs at once: "{ $first }" driving "{ $first_vehicle }" (until { $until }) and "{ $second }" driving "{ $second_vehicle }" (from { $from })
problem-vehicle-on-more-legs = "{ $vehicle }" is on { $more ->
    [one] { $more } more leg
   *[other] { $more } more legs
} at once with "{ $title }" (from { $from }) than the { $named } named with it
problem-driver-on-more-legs = driver "{ $driver }" is on { $more ->
    [one] { $more } more leg
   *[other] { $more } more legs
} at once with "{ $title }" (from { $from }) than the { $named } named with it

## Gifts

problem-gift-giver-absent = the gift "{ $gift }" is planned for "{ $title }", but its giver { $party } does not attend
problem-gift-recipient-absent = the gift "{ $gift }" is planned for "{ $title }", but its recipient { $party } does not attend

## Merge conflicts

problem-merge-deleted-ours = merge conflict: { $record } was deleted on our side and changed or still named on theirs; keep it or delete it
problem-merge-deleted-theirs = merge conflict: { $record } was changed or still named on our side and deleted on theirs; keep it or delete it
problem-merge-misfit = merge conflict: the two sides' versions of { $record } do not fit together with the rest of the plan; ours is kept until you choose one
problem-merge-place = merge conflict: both sides moved { $record } to different places: ours { $ours }, theirs { $theirs }; choose one
problem-merge-place-precedence = merge conflict: both sides moved { $record } to different places in the order of precedence: ours { $ours }, theirs { $theirs }; choose one
problem-merge-place-item = merge conflict: both sides moved { $record } (its item { $item } in { $list }) to different places: ours { $ours }, theirs { $theirs }; choose one
problem-merge-field = merge conflict: both sides changed the { $field } of { $record }: ours { $ours }, theirs { $theirs }; choose one
problem-merge-field-clash = merge conflict: both sides changed the { $field } of { $record }, and together the changes would { $clash }: ours { $ours }, theirs { $theirs }; choose one
problem-merge-clash-seat-twice = seat someone twice
problem-merge-clash-two-rooms = give someone two rooms for one night
problem-merge-clash-two-vehicles = put someone in two vehicles
problem-merge-first = first
problem-merge-after = after { $record }
problem-merge-after-item = after item { $item }
problem-merge-value-deleted = deleted
problem-merge-value-changed = changed
problem-merge-value-empty = (empty)
problem-merge-value-text = “{ $text }”
problem-merge-value-texts = { $texts }
problem-merge-value-items = { $count ->
    [one] { $count } items
   *[other] { $count } items
}
problem-merge-value-version-of = its version of “{ $name }”
problem-merge-value-version = its version
problem-merge-value-text-plain = { $text }

## The Problems view

problems-heading = Problems
problems-filter-all = All ({ $count })
problems-filter-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
problems-filter-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
problems-checking = Checking the latest changes…
problems-order-hint = Errors first, then in time order. Click a problem, or press Enter on it, to open the record it names.
problems-table = List of problems
problems-column-problem = Problem
problems-column-severity = Severity
problems-looking = Looking for problems in this plan…
problems-none = No problems found in this plan.
problems-none-of-kind = None of this kind.
problems-tag-error = Error
problems-tag-warning = Warning
problems-merge-heading = Merge conflicts ({ $count })
problems-merge-hint = Two planners changed these fields differently. Choose a version for each, or edit the record and keep it as it is.
problems-merge-resolve = Resolve merge conflict
problems-merge-whole-record = the whole record
problems-merge-row = { $record } · { $field }
problems-merge-ours = Ours: { $value }
problems-merge-theirs = Theirs: { $value }
problems-merge-take-ours = Take ours
problems-merge-take-ours-delete = Take ours (delete)
problems-merge-take-theirs = Take theirs
problems-merge-take-theirs-delete = Take theirs (delete)
problems-merge-keep = Keep as it is
    .tooltip = The record as it is now: ours, or what you edited by hand

## Fields of records, as a merge conflict names them

problem-merge-field-name = name
problem-merge-field-native-name = native name
problem-merge-field-form-of-address = form of address
problem-merge-field-title = title
problem-merge-field-position = position
problem-merge-field-organisation = organisation
problem-merge-field-side = side
problem-merge-field-role = role
problem-merge-field-emails = emails
problem-merge-field-phones = phones
problem-merge-field-languages = languages
problem-merge-field-dietary-needs = dietary needs
problem-merge-field-accessibility-needs = accessibility needs
problem-merge-field-travel-document = travel document
problem-merge-field-notes = notes
problem-merge-field-kind = kind
problem-merge-field-start = start
problem-merge-field-end = end
problem-merge-field-all-day = all day
problem-merge-field-location = location
problem-merge-field-participants = participants
problem-merge-field-hosts = hosts
problem-merge-field-host-organisation = host organisation
problem-merge-field-topics = topics
problem-merge-field-status = status
problem-merge-field-interpretation-needed = interpretation needed
problem-merge-field-tables = tables
problem-merge-field-rides = rides
problem-merge-field-gifts = gifts
problem-merge-field-country = country
problem-merge-field-address = address
problem-merge-field-website = website
problem-merge-field-summary = summary
problem-merge-field-objectives = objectives
problem-merge-field-questions = questions
problem-merge-field-findings = findings
problem-merge-field-lead = lead
problem-merge-field-text = text
problem-merge-field-owner = owner
problem-merge-field-due = due
problem-merge-field-source = source
problem-merge-field-rooms = rooms
problem-merge-field-as-written = { $name }
