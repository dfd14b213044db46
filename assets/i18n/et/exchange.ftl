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

## Impordi eelvaade

import-heading = Import failist { $file }
import-nothing-changed-until = Midagi ei muudeta enne, kui valite Impordi; kogu import on siis üks samm, mille saab tagasi võtta.
import-button = Impordi
import-cancel = Loobu
import-columns = Veerud
import-columns-hint = Faili iga veergu loetakse siin valitud väljana.
import-column-number = Veerg { $number }
import-leave-out = (jäta välja)
import-text-encoding = Teksti kodeering
import-file-was = Fail on { $encoding }.
import-dates-like = Kuupäevad kujul 03/04/2027
import-side-of-new-people = Uute isikute pool
import-where-file-does-not-say = (kui failis seda pole)
preview-section-organisations-to-add = Lisatavad organisatsioonid
preview-section-organisations-to-change = Muudetavad organisatsioonid
preview-section-people-to-add = Lisatavad isikud
preview-section-people-to-change = Muudetavad isikud
preview-section-different = Plaanis ja failis erinev (plaani väärtus jääb, kui te ei märgi teisiti)
preview-section-which-person = Milline isik? Need kirjed sobivad plaanis mitmele isikule ja jäetakse välja, kui te ei vali
preview-section-left-out = Välja jäetud
preview-section-not-imported = Importimata: plaanis pole neile kohta
preview-all-in-plan = Kõik selle faili andmed on plaanis juba olemas.
preview-line = Rida { $line }: { $text }
preview-line-number = rida { $line }
preview-take-file = Rida { $line }, { $field }: võta faili väärtus „{ $file }“ plaani väärtuse „{ $plan }“ asemel
preview-new-person = Uus isik
preview-which = Rida { $line }: milline „{ $name }“?
preview-values-differ-below = erinevad väärtused, vt allpool
preview-new-fields = uus: { $fields }
preview-field-separator = {", "}
preview-field-value = { $field }: { $value }
preview-adds = lisab: { $additions }
preview-addition = { $what } { $value }
preview-candidate = { $name } (ID { $id })
preview-candidate-with-details = { $name } ({ $details }; ID { $id })
preview-candidate-separator = {", "}
preview-ambiguous-one = „{ $name }“ võib olla plaanis { $candidate }, nagu võib ka teine sama nimega kirje failis
preview-ambiguous = „{ $name }“ võib olla ükskõik kes plaani { $n } isikust: { $candidates }

## Impordi kokkuvõte: osad eraldajaga ühendatud, esimene täht suur

preview-people-to-add = lisada { $count ->
    [one] { $n } isik
   *[other] { $n } isikut
}
preview-people-to-change = muuta { $count ->
    [one] { $n } isik
   *[other] { $n } isikut
}
preview-organisations-to-add = lisada { $count ->
    [one] { $n } organisatsioon
   *[other] { $n } organisatsiooni
}
preview-organisations-to-change = muuta { $count ->
    [one] { $n } organisatsioon
   *[other] { $n } organisatsiooni
}
preview-added-and-changed = { $added }, muuta { $n }
preview-already-in-plan = { $n } juba plaanis
preview-entries-left-out = { $count ->
    [one] { $n } kirje jäetud
   *[other] { $n } kirjet jäetud
} välja
preview-entries-ambiguous = { $count ->
    [one] { $n } kirje võib
   *[other] { $n } kirjet võivad
} vastata mitmele plaanis olevale isikule (jäetakse välja, kui te ei vali)
preview-values-differ = { $count ->
    [one] { $n } väärtus erineb
   *[other] { $n } väärtust erinevad
} plaanis olevast (plaani väärtus jääb, kui te ei vali)
preview-values-not-imported = { $count ->
    [one] { $n } väärtus jääb
   *[other] { $n } väärtust jäävad
} importimata
preview-part-separator = {"; "}
preview-nothing = Midagi ei ole importida

## Valitud faili lugemine

import-encoding-failed = { $was }; kodeeringus { $encoding } lugemine ebaõnnestus: { $error }

## Eksport

export-replace-heading = Kas asendada see fail?
export-replace-body = { $path } ei ole Attaché varasem eksport. Asendamisel läheb selle sisu kaotsi.
export-replace = Asenda
export-cancel = Loobu
export-ok = OK
export-changes-since-heading = Märgi muudatused alates…
export-changes-since-hint = Taustamaterjal ja programmid loetlevad esimesel lehel, mis on siin valitud versiooniga võrreldes muutunud, ja märgivad iga muutunud rea.
export-changes-since-last-issued = Viimane väljastatud versioon ({ $when })
export-changes-since-no-issued = Viimane väljastatud versioon (veel puudub: selle jätab alles Fail → Märgi väljastatuks)
export-changes-since-issued = Väljastatud { $when }
export-changes-since-file = Plaanifail { $file }
export-changes-since-nothing = Ära märgi
export-changes-since-choose-file = Vali plaanifail…
export-close = Sulge
export-whose-programme = Kelle programm?
export-whose-programme-hint = Kalendrisse tulevad ainult sündmused, kus see isik osaleb või on vastuvõtja.
export-find-person = Otsi isikut

## Kuidas faili loeti

import-read-as = loetud kodeeringus { $name }
import-read-as-by-mark = loetud kodeeringus { $name } (nii ütleb baidijärjestuse märk)
import-read-as-guessed = loetud kodeeringus { $name } (fail ei ole UTF-8; kodeering on oletatud, { $choose })
import-read-as-chosen = loetud valitud kodeeringus { $name }
import-read-with-errors = { $how }; mõni bait ei ole { $name } tekst ja on näidatud kui �, { $choose }
import-choose-another-encoding = valige muu väljal Teksti kodeering
import-day-first = päev enne (26/02/2027)
import-month-first = kuu enne (02/26/2027)
