# What the plan's own rules say: why a typed address or number is doubtful, how a seat is named,
# and the names Propose seating gives the tables it adds (plan data from then on, which the
# planner may rename).

## Contacts

contact-email-no-spaces = An email address has no spaces.
contact-email-no-at = An email address has an @, as in name@ministry.gov.iq.
contact-email-one-at = An email address has one @ with a name before it.
contact-email-domain = The part after @ should be a domain such as ministry.gov.iq.
contact-phone-characters = A phone number has only digits, spaces, dashes and brackets.
contact-phone-country-code = Write the number with its country code, e.g. +964 770 123 4567.
contact-phone-digits = An international number has 7 to 15 digits.

## Seating

seat-place = Seat { $seat } at Table { $table }
seating-new-head-table = Head table
seating-new-table = Table { $number }
