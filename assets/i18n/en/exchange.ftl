# Exchange: importing people and organisations (the preview of what an import does, the rows
# and cards left out and why, the values not imported) and exporting.
# Values from the file (names, cells, line numbers) arrive as text, as the file has them.

## Fields, as the preview names them (CSV headers and vCard values keep their own spelling)

import-field-id = Id
import-field-name = Name
import-field-native-name = Name in own script
import-field-form-of-address = Form of address
import-field-title = Title
import-field-position = Position
import-field-organisation = Organisation
import-field-side = Side
import-field-role = Role
import-field-email = Email
import-field-phone = Phone
import-field-languages = Languages
import-field-dietary-needs = Dietary needs
import-field-accessibility-needs = Accessibility needs
import-field-travel-document = Travel document
import-field-travel-document-deadline = Travel document deadline
import-field-notes = Notes
import-field-kind = Kind
import-field-country = Country
import-field-address = Address
import-field-website = Website
import-field-given-name = Given name
import-field-middle-name = Middle name
import-field-family-name = Family name
import-field-work-email = Work email
import-field-home-email = Home email
import-field-mobile-email = Mobile email
import-field-work-phone = Work phone
import-field-home-phone = Home phone
import-field-mobile-phone = Mobile phone
import-field-email-kind = Email kind
import-field-phone-kind = Phone kind
import-field-fax = fax
import-field-name-parts = name parts
import-field-name-suffix = name suffix
import-field-department = department
import-field-nickname = nickname
import-field-birthday = birthday
import-field-anniversary = anniversary
import-field-address-lower = address
import-field-web-address = web address
import-field-photo = photo
import-field-logo = logo
import-field-email-lower = email
import-field-phone-lower = phone
import-field-chat-address = chat address
import-field-groups = groups
import-field-gender = gender
import-field-related-person = related person
import-field-location = location
import-field-time-zone = time zone
import-field-name-lower = name
import-field-column = column
import-field-as-written = { $name }
import-field-another = another { $field }

## Entries left out

import-too-long = “{ $field }” has { $found } characters, more than the { $most } a plan holds for { $examples }; left out
import-examples-short = a name, title, place or other one-line value
import-examples-long = notes and other long text
import-person-without-name = a person without a name was left out
import-organisation-without-name = an organisation without a name was left out
import-organisation-again = “{ $name }” appears again (first on line { $first }); left out
import-person-again = { $name } appears again (first on line { $first }); left out
import-row-unreadable = could not be read ({ $error }); left out
import-row-not-utf8 = is not UTF-8 text; save the file as “CSV UTF-8”; left out
import-row-cells = has { $cells } cells where the header row has { $headers }; left out
import-no-name-column = no column holds the names: choose the column for Name
import-row-without-name = has no name; left out
import-line-outside-vcard = this line is not part of a vCard (BEGIN:VCARD … END:VCARD); left out
import-vcard-unended-before = this vCard has no END:VCARD before the next one begins on line { $next }; left out
import-vcard-unended = this vCard has no END:VCARD; left out
import-vcard-unreadable = this vCard could not be read; left out
import-vcard-other-kind = “{ $name }” is a card for a group, place or device, not a person or an organisation; left out

## Values not imported

import-left-out = { $field } “{ $value }”: { $why }
import-id-not-hexadecimal-by-name = not 1 to 16 hexadecimal digits; the row is matched by its name
import-id-not-hexadecimal = not 1 to 16 hexadecimal digits; the row is matched without it
import-unknown-organisation-kind = not a kind of organisation Attaché knows; left empty
import-column-not-chosen = no field is chosen for it ({ $filled } { $count ->
    [one] value
   *[other] values
})
import-row-is-organisation = the row names no one, so it is read as the organisation “{ $organisation }”, which has no place for this
import-another-column-gives = another column gives “{ $value }”; the plan keeps that one
import-another-column-too = another column gives this field too; the plan keeps the first
import-not-one-of = not one of { $known }; left empty
import-fax-not-a-phone = a fax number is not a phone; the plan keeps phones
import-not-a-date = not a date like { $forms }; left empty
import-one-of-several = one value of several; the plan keeps the first
import-name-from-parts = the name is taken from the name parts' columns: “{ $name }”
import-name-from-name-column = the name is taken from the Name column: “{ $name }”
import-no-place = the plan has no place for it
import-plan-keeps-one = the plan keeps one
import-department = the plan keeps the organisation, not its departments

## The import preview

import-heading = Import from { $file }
import-nothing-changed-until = Nothing is changed until you choose Import; the whole import is then one step that Undo takes back.
import-button = Import
import-cancel = Cancel
import-columns = Columns
import-columns-hint = Each column of the file is read as the field chosen here.
import-column-number = Column { $number }
import-leave-out = (leave out)
import-text-encoding = Text encoding
import-file-was = The file was { $encoding }.
import-dates-like = Dates like 03/04/2027
import-side-of-new-people = Side of new people
import-where-file-does-not-say = (where the file does not say)
preview-section-organisations-to-add = Organisations to add
preview-section-organisations-to-change = Organisations to change
preview-section-people-to-add = People to add
preview-section-people-to-change = People to change
preview-section-different = Different in the plan and the file (the plan's value is kept unless you tick)
preview-section-which-person = Which person? These fit several people in the plan and are left out unless you choose
preview-section-left-out = Left out
preview-section-not-imported = Not imported: the plan has no place for these
preview-all-in-plan = Everything in this file is in the plan already.
preview-line = Line { $line }: { $text }
preview-line-number = line { $line }
preview-take-file = Line { $line }, { $field }: take the file's “{ $file }” instead of the plan's “{ $plan }”
preview-new-person = A new person
preview-which = Line { $line }: which “{ $name }”?
preview-values-differ-below = values that differ, below
preview-new-fields = new { $fields }
preview-field-separator = {", "}
preview-field-value = { $field }: { $value }
preview-adds = adds { $additions }
preview-addition = { $what } { $value }
preview-candidate = { $name } (id { $id })
preview-candidate-with-details = { $name } ({ $details }; id { $id })
preview-candidate-separator = {", "}
preview-ambiguous-one = “{ $name }” may be { $candidate } in the plan, and so may another entry of this name in the file
preview-ambiguous = “{ $name }” may be any of { $n } people in the plan: { $candidates }

## The import's summary: parts joined by the separator, the first letter made a capital

preview-people-to-add = { $count ->
    [one] { $n } person
   *[other] { $n } people
} to add
preview-people-to-change = { $count ->
    [one] { $n } person
   *[other] { $n } people
} to change
preview-organisations-to-add = { $count ->
    [one] { $n } organisation
   *[other] { $n } organisations
} to add
preview-organisations-to-change = { $count ->
    [one] { $n } organisation
   *[other] { $n } organisations
} to change
preview-added-and-changed = { $added }, { $n } to change
preview-already-in-plan = { $n } already in the plan
preview-entries-left-out = { $count ->
    [one] { $n } entry
   *[other] { $n } entries
} left out
preview-entries-ambiguous = { $count ->
    [one] { $n } entry may be
   *[other] { $n } entries may be
} several people in the plan (left out unless you choose which)
preview-values-differ = { $count ->
    [one] { $n } value differs
   *[other] { $n } values differ
} from the plan's (the plan's kept unless chosen)
preview-values-not-imported = { $count ->
    [one] { $n } value
   *[other] { $n } values
} not imported
preview-part-separator = {"; "}
preview-nothing = Nothing to import

## Reading the file chosen

import-encoding-failed = { $was }; reading it as { $encoding } failed: { $error }

## Exports

export-replace-heading = Replace this file?
export-replace-body = { $path } is not an export Attaché wrote earlier. Replacing it loses what it holds.
export-replace = Replace
export-cancel = Cancel
export-ok = OK
# File → Export → Mark changes since…
export-changes-since-heading = Mark changes since…
export-changes-since-hint = The briefing book and the programmes list what changed since the version chosen here on their first page, and mark each changed line.
# $when: the day and time it was issued.
export-changes-since-last-issued = The last issued version ({ $when })
export-changes-since-no-issued = The last issued version (none yet: File → Mark as issued keeps one)
export-changes-since-issued = Issued { $when }
export-changes-since-file = The plan file { $file }
export-changes-since-nothing = No marks
export-changes-since-choose-file = Choose a plan file…
export-close = Close
export-whose-programme = Whose programme?
export-whose-programme-hint = The calendar will hold only the events this person takes part in or hosts.
export-find-person = Find a person

## How the file was read

import-read-as = read as { $name }
import-read-as-by-mark = read as { $name } (its byte-order mark says so)
import-read-as-guessed = read as { $name } (it is not UTF-8; the encoding was guessed, { $choose })
import-read-as-chosen = read as { $name }, as chosen
import-read-with-errors = { $how }; some bytes are not { $name } text and show as �, { $choose }
import-choose-another-encoding = choose another under Text encoding
import-day-first = day first (26/02/2027)
import-month-first = month first (02/26/2027)
