# Plaani enda reeglid: miks sisestatud aadress või number on kahtlane, kuidas istekohta nimetatakse
# ja nimed, mille „Paku istumiskord“ lisatud laudadele annab (edaspidi plaani andmed, mida
# planeerija võib muuta).

## Kontaktid

contact-email-no-spaces = E-posti aadressis ei ole tühikuid.
contact-email-no-at = E-posti aadressis on @, nagu nimi@ministry.gov.iq.
contact-email-one-at = E-posti aadressis on üks @ ja selle ees nimi.
contact-email-domain = @ järel peaks olema domeen, nagu ministry.gov.iq.
contact-phone-characters = Telefoninumbris on ainult numbrid, tühikud, sidekriipsud ja sulud.
contact-phone-country-code = Kirjutage number koos riigikoodiga, nt +964 770 123 4567.
contact-phone-digits = Rahvusvahelises numbris on 7 kuni 15 numbrit.

## Istumiskord

seat-place = Laud { $table }, koht { $seat }
seating-new-head-table = Pealaud
seating-new-table = Laud { $number }
