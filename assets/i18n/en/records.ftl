# The record views (people, organisations, topics, actions, the overview), their tables and
# editors, the pickers they choose records with, and the delete dialog.

## Record tables: search, counts, sorting

record-clear-search = Clear search
record-no-name = (no name)
record-sort-hint = Click to sort by this column; again to reverse; again for plan order
record-sort-by = Sort by { $column }
record-sorted-ascending = sorted A to Z
record-sorted-descending = sorted Z to A
record-not-sorted = not sorted
# Before a table's filters.
record-filter-show = Show

## The editor frame: Close and Delete, undo steps

record-close = Close
    .tooltip = Close the editor
record-delete-person = Delete person…
    .tooltip = Delete this person, after showing what refers to it
record-delete-organisation = Delete organisation…
    .tooltip = Delete this organisation, after showing what refers to it
record-delete-event = Delete event…
    .tooltip = Delete this event, after showing what refers to it
record-delete-topic = Delete topic…
    .tooltip = Delete this topic, after showing what refers to it
record-delete-action = Delete action…
    .tooltip = Delete this action, after showing what refers to it
record-delete-visit = Delete visit…
    .tooltip = Delete this visit, after showing what refers to it
# Undo step: Escape on a record just added and not changed.
record-undo-remove-new = remove new record

## Shared fields: the organisation picker

field-missing-organisation = (missing organisation)
field-no-organisation = No organisation
field-find-organisation = Find an organisation

## Pickers: finding a record by typing

picker-type-to-search = Type to search
picker-nothing-matches = Nothing matches.
picker-nobody-else-matches = Nobody else matches.
# $list is the list's name, e.g. "participants".
picker-remove-from = Remove { $name } from { $list }
picker-add-to = Add to { $list }
picker-add-to-hint = Add to { $list }…
picker-open = Open
picker-chosen = Chosen: { $names }
picker-none-chosen = None chosen
picker-more = and { $count } more: type more of the name
picker-unnamed-person = Unnamed person
# A person of the other side among the matches: "Visiting side · Minister, Ministry of Agriculture".
picker-other-side = { $side } side · { $detail }
picker-missing-person = Missing person { $id }
picker-search-people = Search people

## The delete dialog
# $kind is the kind of record: person, organisation, event, topic, action (or record).

delete-question = Delete { $name }?
delete-undo-reminder = Undo brings the { $kind ->
        [person] person
        [organisation] organisation
        [event] event
        [topic] topic
        [action] action
       *[other] record
    } back with every reference.
# $keys is Undo's keyboard shortcut, e.g. "Ctrl+Z".
delete-undo-reminder-keys = Undo ({ $keys }) brings the { $kind ->
        [person] person
        [organisation] organisation
        [event] event
        [topic] topic
        [action] action
       *[other] record
    } back with every reference.
delete-confirm = Delete { $kind ->
        [person] person
        [organisation] organisation
        [event] event
        [topic] topic
        [action] action
       *[other] record
    }
delete-cancel = Cancel
# Undo step.
delete-undo-name = delete { $name }
delete-not-referenced = This { $kind ->
        [person] person
        [organisation] organisation
        [event] event
        [topic] topic
        [action] action
       *[other] record
    } is not named anywhere else in the plan.
delete-person-named-elsewhere = This person is named elsewhere in the plan:

## The delete dialog: headings of what refers to the record

delete-section-seated-at = Has a seat at
delete-section-sleeps-in = Sleeps in
delete-section-rides-in = Rides in a vehicle on
delete-section-gifts = Gifts
delete-section-hosts = Hosts
delete-section-leads-topics = Leads the topics
delete-section-owns-actions = Owns the actions
delete-section-takes-part-in = Takes part in
delete-section-its-people = Its people
delete-section-events-it-hosts = Events it hosts
delete-section-actions-from-it = Actions that came from it
delete-section-covered-by = Covered by

## The delete dialog: lines of what refers to the record

delete-room-of-kind = a { $kind } room
delete-room-number = room { $number }
delete-room = { $room } at { $stay }
delete-room-shared = { $room } at { $stay }, shared with { $others }
delete-gift-gives = gives “{ $gift }” to { $party } at { $event }
delete-gift-receives = receives “{ $gift }” from { $party } at { $event }
delete-someone-not-in-plan = someone not in the plan

## The delete dialog: what deleting changes
# One sentence: $changes is the list of the parts below, joined as the language lists them.

delete-sentence = Deleting { $changes }.
delete-person-participant = removes them from the participants of { $count ->
        [one] { $count } event
       *[other] { $count } events
    }
delete-person-host = removes them from the hosts of { $count ->
        [one] { $count } event
       *[other] { $count } events
    }
delete-person-lead = leaves { $count ->
        [one] { $count } topic
       *[other] { $count } topics
    } without a lead
delete-person-owner = leaves { $count ->
        [one] { $count } action
       *[other] { $count } actions
    } without an owner
delete-person-seat = empties their seat at { $count ->
        [one] { $count } event
       *[other] { $count } events
    }
delete-person-rooms = takes them out of { $count ->
        [one] { $count } room
       *[other] { $count } rooms
    }
delete-person-rides = takes them off the vehicles of { $count ->
        [one] { $count } leg
       *[other] { $count } legs
    }
delete-person-gifts = removes the { $count ->
        [one] { $count } gift
       *[other] { $count } gifts
    } they give or receive
delete-organisation-people = leaves { $count ->
        [one] { $count } person
       *[other] { $count } people
    } without an organisation (they stay in the plan)
delete-organisation-hosted = leaves { $count ->
        [one] { $count } event
       *[other] { $count } events
    } without a host organisation
delete-organisation-gifts = removes the { $count ->
        [one] { $count } gift
       *[other] { $count } gifts
    } it gives or receives
delete-topic-covered = takes it off the topics of { $count ->
        [one] { $count } event
       *[other] { $count } events
    }
delete-actions-without-source = leaves { $count ->
        [one] { $count } action
       *[other] { $count } actions
    } that came from it without a source
delete-event-seating = removes its seating plan ({ $tables ->
        [one] { $tables } table
       *[other] { $tables } tables
    }, { $seated } seated)
delete-event-rooming = removes its rooming list ({ $count ->
        [one] { $count } room
       *[other] { $count } rooms
    })
delete-event-rides = removes its rides ({ $vehicles ->
        [one] { $vehicles } vehicle
       *[other] { $vehicles } vehicles
    }, { $passengers } riding)
delete-event-gifts = removes the { $count ->
        [one] { $count } gift
       *[other] { $count } gifts
    } of its gifts register

## The people view

people-heading = People
people-tab-everyone = Everyone
people-tab-delegation = Delegation list
people-add = Add person
    .tooltip = Add a person to the plan and open them in the editor
# Undo step.
people-undo-add = add person
people-search = Search people
    .hint = name in any script, organisation, email, language…
people-filter-side = Filter by side
    .any = Any side
people-filter-role = Filter by role
    .any = Any role
people-filter-organisation = Filter by organisation
    .any = Any organisation
people-show-everyone = Show everyone
people-count = { $total ->
        [one] { $total } person
       *[other] { $total } people
    }
people-count-shown = { $shown } of { $total } people
people-empty = No people yet. Add the delegation's members and their hosts with Add person.
people-none-match = Nobody matches the search and filters.
# The table's name for screen readers.
people-table = People

## The people table's columns

people-column-name = Name
people-column-native-name = Name in own script
people-column-side = Side
people-column-role = Delegation role
people-column-organisation = Organisation
people-column-position = Position
people-column-languages = Languages
people-column-email = Email
people-column-phone = Phone
# A column heading's tooltip: $state is how the table is sorted by it ("sorted A to Z").
people-column-sort-hint = { $column }: { $state }. Click to sort by this column.

## The delegation list

people-delegation-heading-unnamed = The visiting delegation
# $party is the visiting party's name.
people-delegation-heading = Delegation of the { $party }
people-delegation-explanation = In order of precedence, as printed in the briefing book. Drag a row by its handle or use the arrows to change the order.
people-delegation-empty = No visiting members yet. Add a person and set their side to Visiting.
people-delegation-column-number = No.
people-delegation-column-order = Order
people-delegation-column-form-of-address = Form of address
people-delegation-column-name = Name
people-delegation-column-native-name = Name in own script
people-delegation-column-role = Delegation role
people-delegation-column-position = Position and organisation
people-delegation-drag = Drag { $name }
    .tooltip = Drag to change the order of precedence
people-delegation-move-up = Move { $name } up
people-delegation-move-down = Move { $name } down
people-delegation-open = Open in the editor
people-delegation-form-of-address = Form of address of { $name }
people-delegation-form-of-address-hint = e.g. His Excellency
# Undo steps.
people-delegation-undo-move = move { $name } in the delegation list
people-delegation-undo-form-of-address = edit form of address of { $name }

## The person editor

person-kind = Person
person-name = Name
person-native-name = Name in own script
person-form-of-address = Form of address
    .tooltip = How the person is addressed, e.g. His Excellency
person-title = Title
    .tooltip = An honorific or academic title, e.g. Dr or Eng.
person-position = Position
person-organisation = Organisation
person-side = Side
person-role = Delegation role
person-languages = Languages
    .tooltip = Separated by commas, e.g. Arabic, English
person-dietary-needs = Dietary needs
person-accessibility-needs = Accessibility needs
person-travel-document = Travel document
person-notes = Notes
# Undo step.
person-undo-edit = edit { $name }
person-print-programme = Print programme…
    .tooltip = Opens this person's one-page programme in your browser, to print or save as a PDF

## The person editor: the travel document's deadline

person-document-deadline = Document deadline
person-deadline = Deadline
    .tooltip = Whether the visa or passport must be ready by a date
person-deadline-today = today
person-deadline-tomorrow = tomorrow
person-deadline-yesterday = yesterday
person-deadline-in-days = in { $count } days
person-deadline-days-ago = { $count } days ago
# $when is one of the above.
person-deadline-passed = passed { $when }

## The person editor: email addresses and phone numbers
# $kind is email or phone; $number counts the entries from 1.

person-contact-email = Email
person-contact-phone = Phone
person-contact-add-email = Add email
person-contact-add-phone = Add phone
person-contact-entry = { $kind ->
        [email] Email
       *[phone] Phone
    } { $number }
person-contact-entry-kind = { $kind ->
        [email] Email
       *[phone] Phone
    } { $number } kind
person-contact-entry-preferred = { $kind ->
        [email] Email
       *[phone] Phone
    } { $number } preferred
person-contact-preferred = Preferred
person-contact-preferred-tooltip = Use this { $kind ->
        [email] email
       *[phone] phone
    } when only one is shown
person-contact-remove = Remove { $kind ->
        [email] email
       *[phone] phone
    } { $number }

## The person editor: doubtful contact details

person-contact-warning-email-spaces = An email address has no spaces.
person-contact-warning-email-at = An email address has an @, as in name@ministry.gov.iq.
person-contact-warning-email-one-at = An email address has one @ with a name before it.
person-contact-warning-email-domain = The part after @ should be a domain such as ministry.gov.iq.
person-contact-warning-phone-characters = A phone number has only digits, spaces, dashes and brackets.
person-contact-warning-phone-country-code = Write the number with its country code, e.g. +964 770 123 4567.
person-contact-warning-phone-digits = An international number has 7 to 15 digits.

## The person editor: the schedule

person-schedule = Schedule
person-schedule-all-day = all day
person-schedule-open-event = Open this event in the itinerary
# Beside an event the person hosts.
person-schedule-host = host
person-schedule-empty = Not taking part in any event yet.
person-leads-topics = Leads the topics
person-owns-actions = Owns the actions

## The organisations view

organisations-heading = Organisations
organisations-add = Add organisation
    .tooltip = Add an organisation and open it in the editor
# Undo step.
organisations-undo-add = add organisation
organisations-search = Search organisations
    .hint = name in any script, address, website…
organisations-filter-kind = Filter by kind
    .any = Any kind
organisations-filter-country = Filter by country
    .any = Any country
organisations-count = { $total ->
        [one] { $total } organisation
       *[other] { $total } organisations
    }
organisations-count-shown = { $shown } of { $total } organisations
organisations-empty = No organisations yet. Add the ministries, agencies and companies of the visit.
organisations-none-match = No organisation matches the search and filters.
organisations-table = Organisations
organisations-column-name = Name
organisations-column-native-name = Name in own script
organisations-column-kind = Kind
organisations-column-country = Country
organisations-column-people = People
organisations-column-website = Website

## The organisation editor

organisation-kind = Organisation
organisation-name = Name
organisation-native-name = Name in own script
organisation-field-kind = Kind
organisation-country-code = Country code
organisation-country-warning = Use the two-letter ISO country code, e.g. IQ or EE.
organisation-address = Address
organisation-website = Website
organisation-website-warning = A website looks like https://ministry.gov.iq.
organisation-notes = Notes
# Undo step.
organisation-undo-edit = edit { $name }
organisation-people = People
organisation-add-person = Add a person here
    .tooltip = Add a person to this organisation and open them
organisation-open-person = Open this person in the people view
organisation-people-empty = Nobody from this organisation yet.
organisation-hosts = Hosts
organisation-open-event = Open this event in the itinerary

## The topics view

topics-heading = Topics
topics-add = Add topic
    .tooltip = Add a study topic and open it in the editor
# Undo step.
topics-undo-add = add topic
topics-empty = No topics yet. A topic is something the delegation came to learn about.
topics-table = Topics
topics-column-topic = Topic
topics-column-covered-by = Covered by
topics-column-questions = Questions
topics-column-lead = Lead
topics-column-problems = Problems
topics-covering-events = { $count ->
        [one] { $count } event
       *[other] { $count } events
    }
topics-questions-answered = { $answered } of { $total } answered
topics-problems = { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }

## The topic editor

topic-untitled = Untitled topic
topic-kind = Topic
topic-title = Topic title
topic-summary = Summary
topic-lead = Lead
topic-no-lead = No lead
topic-objectives = Objectives
topic-questions = Questions
topic-findings = Findings
topic-covered-by = Covered by
topic-remove = Remove
# An objective or a finding: $kind is objective or finding, $number counts from 1.
topic-item = { $kind ->
        [objective] Objective
       *[finding] Finding
    } { $number }
topic-item-remove = Remove { $kind ->
        [objective] objective
       *[finding] finding
    } { $number }
topic-add-objective = Add objective
topic-add-finding = Add finding
topic-questions-answered = { $answered } of { $total } answered
topic-question = Question { $number }
topic-question-remove = Remove question { $number }
topic-answered = Answered
topic-unanswered = Unanswered
topic-answer = Answer to question { $number }
topic-answer-hint = Not answered yet
topic-add-question = Add question
# Undo steps.
topic-undo-edit = edit topic
topic-undo-lead = change topic lead
topic-undo-add-objective = add objective
topic-undo-remove-objective = remove objective
topic-undo-add-finding = add finding
topic-undo-remove-finding = remove finding
topic-undo-add-question = add question
topic-undo-remove-question = remove question

## The topic editor: the events that cover it

topic-coverage-none = No event covers this topic yet.
topic-coverage-remove = Remove
topic-coverage-stop = Stop covering in { $event }
topic-coverage-open = Open in the itinerary
topic-coverage-cover = Cover in event
    .tooltip = Add this topic to an event of the itinerary
topic-coverage-choose = Choose an event…
topic-coverage-search = Search events
# Undo steps.
topic-coverage-undo-stop = stop covering topic
topic-coverage-undo-cover = cover topic in event

## The actions view

actions-heading = Actions
actions-add = Add action
    .tooltip = Add a follow-up action and open it in the editor
# Undo step.
actions-undo-add = add action
actions-empty = No actions yet. An action is a follow-up someone owns, with a due date.
actions-table = Actions
actions-group-by = Group by
actions-group-by-due-date = Due date
actions-group-by-owner = Owner
actions-group-by-status = Status
actions-group-no-owner = No owner
actions-group-done = Done or dropped
actions-group-overdue = Overdue
actions-group-due-within-week = Due within a week
actions-group-due-later = Due later
actions-group-no-due-date = No due date
actions-column-action = Action
actions-column-status = Status
actions-column-owner = Owner
actions-column-due = Due
actions-no-owner = no owner
actions-no-due-date = no due date
actions-due = due { $date }
actions-overdue-since = overdue since { $date }

## The action editor

action-untitled = New action
action-kind = Action
action-text = Action text
    .hint = What is to be done
action-owner = Owner
action-no-owner = No owner
action-due-date = Due date
action-no-due-date = No due date
action-set-due-date = Set a due date
action-overdue = Overdue
action-status = Status
action-came-from = Came from
action-search-sources = Search topics and events
action-open-source = Open
    .tooltip = Open where it came from
action-source-none = Nothing in particular
action-source-topic = Topic: { $title }
action-source-event = Event: { $title }
action-source-missing-topic = Missing topic { $id }
action-source-missing-event = Missing event { $id }
# Undo steps.
action-undo-edit = edit action
action-undo-owner = change action owner
action-undo-clear-due = clear due date
action-undo-set-due = set due date
action-undo-source = change action source

## The overview

overview-untitled-visit = Untitled visit
overview-title = Title
overview-purpose = Purpose
overview-visiting-party = Visiting party
overview-visiting-country = Visiting country code
overview-host-party = Host party
overview-host-country = Host country code
overview-first-day = First day
overview-last-day = Last day
overview-first-day-refused = The first day cannot be { $first }, after the last day ({ $last }): move the last day first.
overview-last-day-refused = The last day cannot be { $last }, before the first day ({ $first }): move the first day first.
overview-home-zone = Home time zone
overview-host-zone = Host time zone
# Beside a suggested zone in the zone picker.
overview-suggested-host-zone = host zone
overview-suggested-home-zone = home zone
# $offset is a UTC offset, e.g. "UTC+3".
overview-offset-during-visit = { $offset } during the visit
overview-offset-from = { $offset } from { $day }
# Undo step.
overview-undo-edit = edit visit

## The overview: the summary

overview-summary = Summary
overview-days = Days
overview-days-value = { $count } ({ $first } to { $last })
overview-events = Events
overview-people = People
# "3 confirmed", "4 visiting": $what is a status or a side, in lower case.
overview-count-of = { $count } { $what }
overview-events-value = { $count ->
        [one] { $count } event
       *[other] { $count } events
    }: { $by_status }
overview-people-value = { $count ->
        [one] { $count } person
       *[other] { $count } people
    }: { $by_side }
overview-open-actions = Open actions
overview-open-actions-value = { $open } of { $total }
overview-problems = Problems
# $checking is yes while the checks are still running on the latest changes.
overview-problems-value = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }{ $checking ->
        [yes] {" "}(checking the latest changes…)
       *[no] {""}
    }
