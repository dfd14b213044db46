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
