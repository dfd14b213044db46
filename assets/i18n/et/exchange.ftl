# Andmevahetus: isikute ja organisatsioonide import (eelvaade sellest, mida import teeb,
# välja jäetud read ja kaardid ning põhjused, importimata väärtused) ja eksport.
# Failist tulevad väärtused (nimed, lahtrid, reanumbrid) on tekstina, nagu failis.

## Väljad, nagu eelvaade neid nimetab (CSV päised ja vCardi väärtused jäävad oma kujule)

import-field-id = ID
import-field-name = Nimi
import-field-native-name = Nimi omas kirjas
import-field-form-of-address = Pöördumine
import-field-title = Tiitel
import-field-position = Ametikoht
import-field-organisation = Organisatsioon
import-field-side = Pool
import-field-role = Roll
import-field-email = E-post
import-field-phone = Telefon
import-field-languages = Keeled
import-field-dietary-needs = Toitumisvajadused
import-field-accessibility-needs = Ligipääsetavuse vajadused
import-field-travel-document = Reisidokument
import-field-travel-document-deadline = Reisidokumendi tähtaeg
import-field-notes = Märkused
import-field-kind = Liik
import-field-country = Riik
import-field-address = Aadress
import-field-website = Veebileht
import-field-given-name = Eesnimi
import-field-middle-name = Keskmine nimi
import-field-family-name = Perekonnanimi
import-field-work-email = Töö e-post
import-field-home-email = Kodune e-post
import-field-mobile-email = Mobiilne e-post
import-field-work-phone = Töötelefon
import-field-home-phone = Kodutelefon
import-field-mobile-phone = Mobiiltelefon
import-field-email-kind = E-posti liik
import-field-phone-kind = Telefoni liik
import-field-fax = faks
import-field-name-parts = nimeosad
import-field-name-suffix = nimejärelliide
import-field-department = osakond
import-field-nickname = hüüdnimi
import-field-birthday = sünnipäev
import-field-anniversary = tähtpäev
import-field-address-lower = aadress
import-field-web-address = veebiaadress
import-field-photo = foto
import-field-logo = logo
import-field-email-lower = e-post
import-field-phone-lower = telefon
import-field-chat-address = vestlusaadress
import-field-groups = rühmad
import-field-gender = sugu
import-field-related-person = seotud isik
import-field-location = asukoht
import-field-time-zone = ajavöönd
import-field-name-lower = nimi
import-field-column = veerg
import-field-as-written = { $name }
import-field-another = veel üks väli „{ $field }“

## Välja jäetud kirjed

import-too-long = väljal „{ $field }“ on { $found } märki, rohkem kui plaan lubab ({ $most }) väljale, kus on { $examples }; jäetud välja
import-examples-short = nimi, tiitel, koht või muu üherealine väärtus
import-examples-long = märkused või muu pikk tekst
import-person-without-name = nimeta isik jäeti välja
import-organisation-without-name = nimeta organisatsioon jäeti välja
import-organisation-again = „{ $name }“ esineb uuesti (esimest korda real { $first }); jäetud välja
import-person-again = { $name } esineb uuesti (esimest korda real { $first }); jäetud välja
import-row-unreadable = ei õnnestunud lugeda ({ $error }); jäetud välja
import-row-not-utf8 = ei ole UTF-8 tekst; salvestage fail kujul „CSV UTF-8“; jäetud välja
import-row-cells = real on { $cells } lahtrit, päisereal aga { $headers }; jäetud välja
import-no-name-column = ükski veerg ei sisalda nimesid: valige veerg väljale Nimi
import-row-without-name = nimi puudub; jäetud välja
import-line-outside-vcard = see rida ei kuulu ühegi vCardi juurde (BEGIN:VCARD … END:VCARD); jäetud välja
import-vcard-unended-before = sellel vCardil puudub END:VCARD enne järgmise algust real { $next }; jäetud välja
import-vcard-unended = sellel vCardil puudub END:VCARD; jäetud välja
import-vcard-unreadable = seda vCardi ei õnnestunud lugeda; jäetud välja
import-vcard-other-kind = „{ $name }“ on rühma, koha või seadme kaart, mitte isik ega organisatsioon; jäetud välja

## Importimata väärtused

import-left-out = { $field } „{ $value }“: { $why }
import-id-not-hexadecimal-by-name = ei ole 1–16 kuueteistkümnendnumbrit; rida seotakse nime järgi
import-id-not-hexadecimal = ei ole 1–16 kuueteistkümnendnumbrit; rida seotakse ilma selleta
import-unknown-organisation-kind = Attaché ei tunne sellist organisatsiooni liiki; jäetud tühjaks
import-column-not-chosen = sellele ei ole valitud välja ({ $filled } { $count ->
    [one] väärtus
   *[other] väärtust
})
import-row-is-organisation = rida ei nimeta ühtegi isikut, seega loetakse see organisatsiooniks „{ $organisation }“, millel pole selle jaoks kohta
import-another-column-gives = teine veerg annab väärtuse „{ $value }“; plaan jätab selle
import-another-column-too = ka teine veerg annab selle välja; plaan jätab esimese
import-not-one-of = ei ole üks järgmistest: { $known }; jäetud tühjaks
import-fax-not-a-phone = faksinumber ei ole telefon; plaan hoiab telefone
import-not-a-date = ei ole kuupäev kujul { $forms }; jäetud tühjaks
import-one-of-several = üks mitmest väärtusest; plaan jätab esimese
import-name-from-parts = nimi võetakse nimeosade veergudest: „{ $name }“
import-name-from-name-column = nimi võetakse veerust Nimi: „{ $name }“
import-no-place = plaanis pole selle jaoks kohta
import-plan-keeps-one = plaan hoiab ühte
import-department = plaan hoiab organisatsiooni, mitte selle osakondi
