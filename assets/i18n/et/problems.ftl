# Probleemid: mida kontroll plaanist leiab (iga reegli kohta üks sõnum koos nimede, aegade ja
# arvudega), vaade Probleemid ning selle kohal loetletud ühendamiskonfliktid.
# Nimed ja pealkirjad tulevad plaanist väärtustena; jutumärgid („…“) on sõnumi omad.
# $people on nimede loend; $count näitab, mitu isikut see nimetab.

## Raskusaste

severity-error = viga
severity-warning = hoiatus

## Kirjete liigid, nagu probleem neid nimetab

record-kind-person = isik
record-kind-organisation = organisatsioon
record-kind-event = sündmus
record-kind-topic = teema
record-kind-action = järeltegevus
record-kind-vehicle = sõiduk
record-kind-lead-person = vastutav isik
record-kind-owner = vastutaja
record-kind-record = kirje
record-kind-named = { $kind } „{ $name }“
record-kind-unnamed-person = nimeta isik
record-kind-unnamed-organisation = nimeta organisatsioon
record-kind-untitled-event = pealkirjata sündmus
record-kind-untitled-topic = pealkirjata teema
record-kind-untitled-action = tekstita järeltegevus
record-kind-untitled-vehicle = nimeta sõiduk
record-kind-untitled-record = nimeta kirje
record-kind-gone = { $kind }, mida plaanis enam ei ole
record-kind-the-visit = visiit
record-kind-vehicle-named = sõiduk „{ $name }“
record-kind-table-of = laud „{ $name }“ ({ $of })
record-kind-seat-of = laua „{ $table }“ koht { $number } ({ $of })
record-kind-ride-of = sõit ({ $of })
record-kind-gift-of = kingitus „{ $name }“ ({ $of })
record-kind-room-of = tuba ({ $of })
record-kind-numbered-room-of = tuba { $number } ({ $of })
record-kind-question-of = küsimus „{ $text }“ ({ $of })

## Probleemide osad

problem-quoted = „{ $name }“
problem-nobody = mitte keegi
problem-others = { $count ->
    [one] { $count } muu
   *[other] { $count } muud
}
problem-time-in-city = { $at } { $city }

## Plaani ülesehitus

problem-duplicate-id = { $record }: sama ID on juba varasemal kirjel; igal kirjel peab olema oma ID
problem-missing-record = { $record } viitab kirjele, mida plaanis ei ole: { $kind } { $id }
problem-visit-home-zone = visiidi koduajavöönd: { $error }
problem-visit-host-zone = vastuvõtja ajavöönd: { $error }
problem-visit-dates = visiidi viimane päev ({ $last }) on enne esimest päeva ({ $first })
problem-long-visit = visiit kestab { $days } { $count ->
    [one] päeva
   *[other] päeva
}, { $first } kuni { $last }; kas mõni kuupäev on valesti sisestatud?
problem-event-start-zone = sündmus „{ $title }“, algus: { $error }
problem-event-end-zone = sündmus „{ $title }“, lõpp: { $error }
problem-end-before-start = sündmus „{ $title }“ lõpeb ({ $end }) enne, kui algab ({ $start })

## Kellakeeramine

problem-field-start = algus
problem-field-end = lõpp
problem-wall-time = sündmus „{ $title }“, { $field }: { $explanation }
problem-wall-time-swallowed = sündmus „{ $title }“, { $field }: { $explanation }, nii et sündmus ei kesta üldse
problem-time-in-gap = kohas { $city } ei ole { $day } kellaaega { $asked } (kellad keeratakse edasi { $from } pealt { $to } peale); Attaché võtab { $taken } ({ $offset })
problem-time-in-fold = kohas { $city } on { $day } kellaaeg { $asked } kaks korda (kellad keeratakse tagasi { $from } pealt { $to } peale); Attaché võtab esimese, { $asked } { $first }, mitte teise, { $asked } { $second }

## Nähtamatud märgid

problem-hidden-characters = väljas „{ $field }“ olev tekst „{ $text }“ sisaldab nähtamatut märki ({ $character }), mis võib panna selle näitama muud, kui seal kirjas on; sisestage see uuesti
problem-hidden-characters-action = järeltegevus „{ $text }“ sisaldab nähtamatut märki ({ $character }), mis võib panna selle näitama muud, kui seal kirjas on; sisestage see uuesti
problem-hidden-named = U+{ $code } { $name }
problem-hidden-control = U+{ $code } (juhtmärk)
problem-field-visit-title = visiidi pealkiri
problem-field-visiting-party-name = külalise poole nimi
problem-field-host-party-name = vastuvõtja poole nimi
problem-field-vehicle-name = sõiduki nimi
problem-field-driver-name = juhi nimi
problem-field-driver-phone = juhi telefon
problem-field-organisation-name = organisatsiooni nimi
problem-field-organisation-native-name = organisatsiooni nimi omas kirjas
problem-field-organisation-website = organisatsiooni veebileht
problem-field-person-name = isiku nimi
problem-field-person-native-name = isiku nimi omas kirjas
problem-field-form-of-address = pöördumine
problem-field-person-title = isiku tiitel
problem-field-position = ametikoht
problem-field-email-address = e-posti aadress
problem-field-phone-number = telefoninumber
problem-field-event-title = sündmuse pealkiri
problem-field-location = asukoht
problem-field-table-name = laua nimi
problem-field-gift-description = kingituse kirjeldus
problem-field-room-number = toa number
problem-field-place-of-departure = lähtekoht
problem-field-destination = sihtkoht
problem-field-carrier = vedaja
problem-field-topic-title = teema pealkiri

## Kattuvused

problem-conflict = { $people } { $count ->
    [one] on
   *[other] on
} korraga kahel sündmusel: „{ $first }“ (kuni { $until }) ja „{ $second }“ (alates { $from })
problem-conflict-more = { $people } { $count ->
    [one] on
   *[other] on
} sündmusega „{ $title }“ (alates { $from }) samal ajal veel { $more ->
    [one] { $more } sündmusel
   *[other] { $more } sündmusel
} lisaks koos sellega nimetatud { $named } sündmusele
problem-outside-visit-on = sündmus „{ $title }“ on { $day }, väljaspool visiiti ({ $first } kuni { $last })
problem-outside-visit-from-to = sündmus „{ $title }“ on { $start } kuni { $end }, väljaspool visiiti ({ $first } kuni { $last })

## Vastuvõtjad, teemad, dokumendid, järeltegevused

problem-no-host-meeting = kohtumisel „{ $title }“ ei ole vastuvõtjat: märkige isik, kes delegatsiooni vastu võtab
problem-no-host-site-visit = külastusel „{ $title }“ ei ole vastuvõtjat: märkige isik, kes delegatsiooni vastu võtab
problem-no-host-meeting-at = kohtumisel „{ $title }“ ({ $at }) ei ole vastuvõtjat: märkige isik, kes delegatsiooni vastu võtab
problem-no-host-site-visit-at = külastusel „{ $title }“ ({ $at }) ei ole vastuvõtjat: märkige isik, kes delegatsiooni vastu võtab
problem-topic-not-covered = { $topic } ei ole ühegi sündmuse kavas: lisage see kohtumistele või külastustele, kus seda arutatakse
problem-question-left = küsimus „{ $question }“ ({ $topic }) on vastamata ja ükski ees ootav sündmus seda teemat ei käsitle
problem-first-departure = esimest lahkumist, „{ $title }“
problem-first-day-of-visit = visiidi esimest päeva
problem-document-to-apply = taotlemata
problem-document-applied = taotletud
problem-document-too-late = isik „{ $person }“: reisidokumendi ({ $status }) tähtaeg on { $deadline }, pärast { $leaving } ({ $departure })
problem-action-open = avatud
problem-action-in-progress = töös
problem-action-done = tehtud
problem-action-dropped = loobutud
problem-overdue-action = järeltegevuse „{ $text }“ tähtaeg oli { $due }, kuid see on endiselt { $status }
problem-overdue-action-of-owner = järeltegevuse „{ $text }“ (vastutaja „{ $owner }“) tähtaeg oli { $due }, kuid see on endiselt { $status }

## Liikumine sündmuste vahel

problem-no-travel-leg = { $people } { $count ->
    [one] liigub
   *[other] liiguvad
} sündmuselt „{ $first }“ ({ $from }) sündmusele „{ $second }“ ({ $to }), kuid nende vahel ei ole sõitu
problem-tight-transfer = { $people } { $count ->
    [one] jõuab
   *[other] jõuavad
} sündmuselt „{ $first }“ ({ $from }) sündmusele „{ $second }“ ({ $to }) vaid { $minutes } minutiga

## Istumiskord

problem-unseated = { $people } { $count ->
    [one] osaleb
   *[other] osalevad
} sündmusel „{ $title }“, kuid { $count ->
    [one] tal
   *[other] neil
} ei ole istekohta
problem-seated-not-taking-part = { $people } { $count ->
    [one] on
   *[other] on
} sündmuse „{ $title }“ istumiskorras, kuid ei osale
problem-seated-twice = { $people } { $count ->
    [one] on
   *[other] on
} sündmuse „{ $title }“ istumiskorras rohkem kui ühel kohal
problem-interpreter-behind-other-side = tõlk „{ $interpreter }“ istub sündmusel „{ $title }“ teise poole isiku „{ $principal }“ taga: paigutage tõlk oma poole juhi taha
problem-interpreter-away = tõlk „{ $interpreter }“ istub sündmusel „{ $title }“ eemal neist, kelle jaoks ta tõlgib: paigutage tõlk oma poole juhi taha või kõrvale

## Majutus

problem-room-single = ühekohaline tuba
problem-room-double = kahekohaline tuba ühe voodiga
problem-room-twin = kahekohaline tuba kahe voodiga
problem-room-suite = sviit
problem-room-in-list = loendi tuba { $position }
problem-room-number = tuba nr { $number }
problem-nights = öö { $first }{ $more ->
    [0] {""}
    [one] {" "}ja veel { $more } öö
   *[other] {" "}ja veel { $more } ööd
}
problem-no-room = isikul „{ $person }“ ei ole majutuses „{ $title }“ tuba: { $nights }
problem-room-overfull = majutuses „{ $title }“ on { $room } ({ $kind }, mahutab { $sleeps }) paigutatud { $count ->
    [one] { $count } isik
   *[other] { $count } isikut
}: { $people }
problem-room-guest-not-staying = { $people } { $count ->
    [one] on
   *[other] on
} majutuses „{ $title }“ toas, kuid ei ööbi seal
problem-two-rooms-one-night = { $people } { $count ->
    [one] on
   *[other] on
} majutuses „{ $title }“ kahes toas ({ $nights }): { $first } ja { $second }
problem-two-rooms-more = isikul „{ $person }“ on majutuses „{ $title }“ toa { $room } öödel veel { $more ->
    [one] { $more } tuba
   *[other] { $more } tuba
} lisaks koos sellega nimetatud { $named } toale

## Transport

problem-vehicle-overfull = sõidukis „{ $vehicle }“ on { $seats } kohta, kuid sõidul „{ $title }“ on { $riding } sõitjat
problem-no-ride = { $people } { $count ->
    [one] on
   *[other] on
} sõidul „{ $title }“ ilma sõidukikohata
problem-riding-not-going = { $people } { $count ->
    [one] on
   *[other] on
} sõidul „{ $title }“ sõidukis, kuid ei ole sõidul osaleja
problem-riding-twice = { $people } { $count ->
    [one] on
   *[other] on
} sõidul „{ $title }“ rohkem kui ühes sõidukis
problem-vehicle-on-two-legs = sõiduk „{ $vehicle }“ on korraga kahel sõidul: „{ $first }“ (kuni { $until }) ja „{ $second }“ (alates { $from })
problem-driver-on-two-legs = juht „{ $driver }“ on korraga kahel sõidul: „{ $first }“ sõidukiga „{ $first_vehicle }“ (kuni { $until }) ja „{ $second }“ sõidukiga „{ $second_vehicle }“ (alates { $from })
problem-vehicle-on-more-legs = sõiduk „{ $vehicle }“ on sõiduga „{ $title }“ (alates { $from }) samal ajal veel { $more ->
    [one] { $more } sõidul
   *[other] { $more } sõidul
} lisaks koos sellega nimetatud { $named } sõidule
problem-driver-on-more-legs = juht „{ $driver }“ on sõiduga „{ $title }“ (alates { $from }) samal ajal veel { $more ->
    [one] { $more } sõidul
   *[other] { $more } sõidul
} lisaks koos sellega nimetatud { $named } sõidule

## Kingitused

problem-gift-giver-absent = kingitus „{ $gift }“ on kavandatud sündmusele „{ $title }“, kuid selle üleandja { $party } ei osale
problem-gift-recipient-absent = kingitus „{ $gift }“ on kavandatud sündmusele „{ $title }“, kuid selle saaja { $party } ei osale

## Ühendamiskonfliktid

problem-merge-deleted-ours = ühendamiskonflikt: { $record } kustutati meie poolel, kuid teisel poolel seda muudeti või sellele viidatakse; säilitage või kustutage see
problem-merge-deleted-theirs = ühendamiskonflikt: { $record } muudeti meie poolel või sellele viidatakse, kuid teisel poolel see kustutati; säilitage või kustutage see
problem-merge-misfit = ühendamiskonflikt: kirje { $record } kahe poole versioonid ei sobi ülejäänud plaaniga kokku; kuni valite, kehtib meie versioon
problem-merge-place = ühendamiskonflikt: mõlemad pooled tõstsid kirje { $record } eri kohta: meie { $ours }, nende { $theirs }; valige üks
problem-merge-place-precedence = ühendamiskonflikt: mõlemad pooled tõstsid kirje { $record } protokollijärjestuses eri kohta: meie { $ours }, nende { $theirs }; valige üks
problem-merge-place-item = ühendamiskonflikt: mõlemad pooled tõstsid kirje { $record } (loendi „{ $list }“ elemendi { $item }) eri kohta: meie { $ours }, nende { $theirs }; valige üks
problem-merge-field = ühendamiskonflikt: mõlemad pooled muutsid kirje { $record } välja „{ $field }“: meie { $ours }, nende { $theirs }; valige üks
problem-merge-field-clash = ühendamiskonflikt: mõlemad pooled muutsid kirje { $record } välja „{ $field }“ ja koos muudatused { $clash }: meie { $ours }, nende { $theirs }; valige üks
problem-merge-clash-seat-twice = paneksid kellegi istuma kahele kohale
problem-merge-clash-two-rooms = annaksid kellelegi ühel ööl kaks tuba
problem-merge-clash-two-vehicles = paneksid kellegi kahte sõidukisse
problem-merge-first = esimeseks
problem-merge-after = { $record } järele
problem-merge-after-item = elemendi { $item } järele
problem-merge-value-deleted = kustutatud
problem-merge-value-changed = muudetud
problem-merge-value-empty = (tühi)
problem-merge-value-text = „{ $text }“
problem-merge-value-texts = { $texts }
problem-merge-value-items = { $count ->
    [one] { $count } element
   *[other] { $count } elementi
}
problem-merge-value-version-of = selle versioon kirjest „{ $name }“
problem-merge-value-version = selle versioon
problem-merge-value-text-plain = { $text }

## Vaade Probleemid

problems-heading = Probleemid
problems-filter-all = Kõik ({ $count })
problems-filter-errors = { $count ->
    [one] { $count } viga
   *[other] { $count } viga
}
problems-filter-warnings = { $count ->
    [one] { $count } hoiatus
   *[other] { $count } hoiatust
}
problems-checking = Viimaseid muudatusi kontrollitakse…
problems-order-hint = Kõigepealt vead, seejärel ajalises järjekorras. Klõpsake probleemil või vajutage sellel Enter, et avada kirje, mida see nimetab.
problems-table = Probleemide loetelu
problems-column-problem = Probleem
problems-column-severity = Raskusaste
problems-looking = Plaanist otsitakse probleeme…
problems-none = Plaanist probleeme ei leitud.
problems-none-of-kind = Seda liiki probleeme ei ole.
problems-tag-error = Viga
problems-tag-warning = Hoiatus
problems-merge-heading = Ühendamiskonfliktid ({ $count })
problems-merge-hint = Kaks planeerijat muutsid neid välju erinevalt. Valige iga välja jaoks üks versioon või muutke kirjet ja jätke see nii, nagu see on.
problems-merge-resolve = Lahenda ühendamiskonflikt
problems-merge-whole-record = kogu kirje
problems-merge-row = { $record } · { $field }
problems-merge-ours = Meie: { $value }
problems-merge-theirs = Nende: { $value }
problems-merge-take-ours = Võta meie
problems-merge-take-ours-delete = Võta meie (kustuta)
problems-merge-take-theirs = Võta nende
problems-merge-take-theirs-delete = Võta nende (kustuta)
problems-merge-keep = Jäta nii, nagu on
    .tooltip = Kirje praegusel kujul: meie versioon või see, mida muutsite käsitsi

## Kirjete väljad, nagu ühendamiskonflikt neid nimetab

problem-merge-field-name = nimi
problem-merge-field-native-name = nimi omas kirjas
problem-merge-field-form-of-address = pöördumine
problem-merge-field-title = nimetus
problem-merge-field-position = ametikoht
problem-merge-field-organisation = organisatsioon
problem-merge-field-side = pool
problem-merge-field-role = roll
problem-merge-field-emails = e-posti aadressid
problem-merge-field-phones = telefoninumbrid
problem-merge-field-languages = keeled
problem-merge-field-dietary-needs = toitumisvajadused
problem-merge-field-accessibility-needs = ligipääsetavuse vajadused
problem-merge-field-travel-document = reisidokument
problem-merge-field-notes = märkused
problem-merge-field-kind = liik
problem-merge-field-start = algus
problem-merge-field-end = lõpp
problem-merge-field-all-day = terve päev
problem-merge-field-location = asukoht
problem-merge-field-participants = osalejad
problem-merge-field-hosts = vastuvõtjad
problem-merge-field-host-organisation = vastuvõttev organisatsioon
problem-merge-field-topics = teemad
problem-merge-field-status = olek
problem-merge-field-interpretation-needed = tõlke vajadus
problem-merge-field-tables = lauad ja istumiskord
problem-merge-field-rides = sõidukid ja sõitjad
problem-merge-field-gifts = kingitused
problem-merge-field-country = riik
problem-merge-field-address = aadress
problem-merge-field-website = veebileht
problem-merge-field-summary = kokkuvõte
problem-merge-field-objectives = eesmärgid
problem-merge-field-questions = küsimused
problem-merge-field-findings = tähelepanekud
problem-merge-field-lead = vastutav isik
problem-merge-field-text = tekst
problem-merge-field-owner = vastutaja
problem-merge-field-due = tähtaeg
problem-merge-field-source = allikas
problem-merge-field-rooms = toad
problem-merge-field-as-written = { $name }
