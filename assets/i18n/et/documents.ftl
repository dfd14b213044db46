# Trükitavad dokumendid (taustamaterjal, delegatsiooniliikmete programmid, protokolliosakonna
# nimekirjad, lauakaardid ja nimesildid) ning kalendriekspordi tekstiväljad, mida inimene loeb.
# Nimed ja väärtused plaanist pannakse sisse nii, nagu need on kirjutatud. Kohanimesid ja nimesid
# ei käänata: lause on seatud nii, et need jäävad nimetavasse (koolon, nool, sulud).
#
# Sõnastik (vt ka window.ftl): briefing book = taustamaterjal, programme = programm,
# host = vastuvõtja, delegation = delegatsioon, contact officer = kontaktametnik,
# seating chart = istumisplaan, place card = lauakaart, badge = nimesilt,
# rooming list = majutusnimekiri, rooming grid = majutusplaan,
# arrivals and departures manifest = saabumiste ja lahkumiste nimekiri, driver = autojuht,
# interpretation = tõlge, interpreter = tõlk, diet = toitumisvajadus.

## Kõigile trükistele ühine

doc-page-of-pages = lk { $page } / { $pages }
doc-all-day = Terve päev
doc-time-in-zone = { $time } ({ $zone })
doc-date-range = { $first } – { $last }
doc-version-of = Seisuga { $date }
doc-comma = { ", " }
doc-journey = { $mode }: { $from } → { $to }
doc-booking = broneering { $reference }
doc-booking-start = Broneering { $reference }
doc-no-events-yet = Sündmusi veel ei ole.
doc-column-rank = Nr
doc-column-name = Nimi
doc-column-position = Ametikoht
doc-column-role = Roll
doc-column-email = E-post
doc-column-phone = Telefon

## Muudatused varasema versiooniga võrreldes (teatmik ja programmid)

doc-changes-since = Muudatused { $date } versiooniga võrreldes
doc-changes-none = Vahepeal pole midagi muutunud.
doc-changes-not-on-a-day = Päevaga sidumata
doc-change-added = Uus
doc-change-cancelled = Tühistatud
doc-change-moved = Aeg muutunud, varem { $was }
doc-change-renamed = Nimi muutunud
doc-change-place = Koht muutunud
doc-change-people = Osalejad muutunud
doc-change-details = Üksikasjad muutunud

## Nimede loetelud: kes sündmusel osaleb

doc-names-delegation = delegatsioon
doc-names-delegation-except = delegatsioon, välja arvatud { $missing }
doc-names-separator = { "; " }
doc-names-and = { " ja " }
doc-names-delegation-and-others = { $delegation }; { $others }

## Taustamaterjal

doc-briefing-book = Taustamaterjal
doc-briefing-page-title = { $title } — taustamaterjal
doc-briefing-draft =
    { $count ->
        [one] MUSTAND — { $count } lahendamata probleem
       *[other] MUSTAND — { $count } lahendamata probleemi
    }
doc-briefing-problems = Plaanis on veel probleeme, mis tuleb enne taustamaterjali üleandmist lahendada:
doc-briefing-problems-first =
    { $count ->
        [one] Plaanis on veel probleeme, mis tuleb enne taustamaterjali üleandmist lahendada; esimene neist:
       *[other] Plaanis on veel probleeme, mis tuleb enne taustamaterjali üleandmist lahendada; esimesed { $count }:
    }
doc-briefing-party = { $name } ({ $country })
doc-briefing-parties = Külaline: { $visiting } · Vastuvõtja: { $host }
doc-briefing-times = Kellaajad on vastuvõtja ajavööndis – { $host } ({ $host_zone }); kõrval on delegatsiooni koduaeg – { $home } ({ $home_zone }).
doc-briefing-contents = Sisukord
doc-briefing-delegation = Delegatsioon
doc-briefing-programme = Programm
doc-briefing-contacts = Kontaktid
doc-briefing-topics = Arutatavad teemad
doc-briefing-actions = Lahtised järeltegevused
doc-briefing-prepared-with = Koostatud rakendusega Attaché.
doc-briefing-nobody-yet = Veel pole kedagi.
doc-briefing-in-order-of-precedence = Protokollilises järjekorras.
doc-briefing-hosts = Vastuvõtjad
doc-briefing-column-event = Sündmus
doc-briefing-interpretation = Tõlge
doc-briefing-local-times = Kohalik aeg: { $times }
doc-briefing-hosted-by = Vastuvõtjad: { $hosts }
doc-briefing-with = Osalejad: { $names }
doc-briefing-topics-of-event = Teemad: { $topics }
doc-briefing-without-organisation = Organisatsioonita
doc-briefing-no-topics-yet = Teemasid veel ei ole.
doc-briefing-lead = Vastutaja: { $name }
doc-briefing-objectives = Eesmärgid
doc-briefing-open-questions = Lahtised küsimused
doc-briefing-covered-at = Käsitletakse: { $events }
doc-briefing-no-open-actions = Lahtisi järeltegevusi ei ole.
doc-briefing-column-action = Järeltegevus
doc-briefing-column-owner = Vastutaja
doc-briefing-column-due = Tähtaeg
doc-briefing-column-status = Olek
doc-briefing-column-from = Allikas

## Delegatsiooniliikmete programmid

doc-programme-page-title = { $title } — programm
doc-programme-no-delegation = Plaanis ei ole veel külalisdelegatsiooni.
doc-programme-kicker = Programm · { $title }
doc-programme-version-of = seisuga { $date }
doc-programme-times = Kellaajad: { $host } (kõrval hallis kirjas { $home }).
doc-programme-hotel = Hotell
doc-programme-none-booked = Broneerimata.
doc-programme-contact-officer = Kontaktametnik
doc-programme-none-named = Plaanis määramata.
doc-programme-emergency-contacts = Hädaolukorra kontaktid
doc-programme-contact-role = { $name } ({ $role })
doc-programme-column-time = Aeg
doc-programme-column-event = Sündmus, koht ja kohtumine
doc-programme-meeting = kohtumine: { $whom }
doc-programme-local-times = kohalik aeg { $times }
doc-programme-you-host = Teie võõrustate
doc-programme-room = tuba { $number }

## Lauakaardid ja nimesildid

doc-cards-page-title = Lauakaardid
doc-badges-page-title = Nimesildid

## Istumisplaanid

doc-seating-page-title = Istumisplaan — { $title }
doc-seating-when = { $date }, kell { $time }
doc-seating-table =
    { $count ->
        [one] ({ $shape }, { $count } koht)
       *[other] ({ $shape }, { $count } kohta)
    }
doc-seating-diet = Toitumisvajadus: { $needs }
doc-seating-empty = (vaba)
doc-seating-interpreter-behind = Tõlk selja taga: { $name }

## Transpordinimekiri

doc-transport-title = Transport — { $title }
doc-transport-vehicle = Sõiduk
doc-transport-passengers = Sõitjad
doc-transport-driver = Autojuht: { $name } { $phone }
doc-transport-vehicle-gone = (sõidukit plaanis enam ei ole)

## Toitlustaja lehed

doc-catering-page-title = Toitlustus — { $title }
doc-catering-when = { $date }, kell { $time } (kohalik aeg, { $city })
doc-catering-count =
    { $count ->
        [one] { $number } külaline
       *[other] { $number } külalist
    }
doc-catering-count-and-interpreters =
    { $count ->
        [one] { $number } külaline
       *[other] { $number } külalist
    } ning { $interpreters ->
        [one] { $interpreters } tõlk
       *[other] { $interpreters } tõlki
    } tööl (lauas ei teenindata)
doc-catering-needs = Toitumis- ja allergiavajadused
doc-catering-no-needs = Ühelgi külalisel ei ole toitumisvajadusi.
doc-catering-need = Vajadus
doc-catering-guests = Külalised
doc-catering-place = — { $table }, koht { $seat }
doc-catering-without-needs =
    { $count ->
        [one] { $count } külaline ilma toitumisvajaduseta.
       *[other] { $count } külalist ilma toitumisvajaduseta.
    }
doc-catering-interpretation = Tõlge
doc-catering-equipment = { $needed } (kõrvaklapid ning iga peamise osaleja taha tool tõlgile).
doc-catering-equipment-needed = Vaja on tõlkeseadmeid
doc-catering-interpreters = Tõlgid: { $names }
doc-catering-no-interpretation = Sellel söögikorral tõlget ei ole.

## Autojuhi lehed

doc-drivers-page-title = Autojuhi lehed — { $title }
doc-drivers-seats =
    { $count ->
        [one] { $count } koht
       *[other] { $count } kohta
    }
doc-drivers-driver = Autojuht { $name } { $phone }
doc-drivers-time = Aeg
doc-drivers-pick-up-drop-off = Peale → maha
doc-drivers-passengers = Sõitjad
doc-drivers-contact-officer = Kontaktametnik
doc-drivers-none-named = määramata
doc-drivers-no-vehicle = Ühegi sõidukiga ei sõideta.
doc-seats-taken =
    { $seats ->
        [one] Kohti täidetud: { $taken } / { $seats }
       *[other] Kohti täidetud: { $taken } / { $seats }
    }

## Majutusplaanid (toad öö kaupa)

doc-rooming-page-title = Majutusplaan — { $title }
doc-rooming-check-in-out = Sisseregistreerimine { $check_in } · väljaregistreerimine { $check_out }
doc-rooming-room = Tuba
doc-rooming-type = Tüüp
doc-rooming-no-number = (numbrita)
doc-rooming-no-guest = (külaline määramata)
doc-rooming-rooms-booked = Broneeritud tube
doc-rooming-none = puudub
doc-rooming-cut =
    { $count ->
        [one] Majutus on pikem; näidatud on esimene öö.
       *[other] Majutus on pikem; näidatud on esimesed { $count } ööd.
    }
doc-rooming-outside = Broneeritud väljaspool näidatud öid:
doc-rooming-booked-outside = Tuba { $number } ({ $kind }), { $first } – { $last }
doc-rooming-without-room = Toata:
doc-rooming-every-night = iga öö

## Saabumiste ja lahkumiste nimekiri

doc-manifest-page-title = Saabumised ja lahkumised — { $title }
doc-manifest-times = Kellaajad: { $host }; kõrval { $home }.
doc-manifest-arrivals = Saabumised
doc-manifest-departures = Lahkumised
doc-manifest-arrival = Saabumine
doc-manifest-departure = Lahkumine
doc-manifest-met-by = Lennujaamas vastas: { $names }
doc-manifest-seen-off-by = Ärasaatjad: { $names }
doc-manifest-nobody-named = keegi pole määratud
doc-manifest-passenger = Reisija
doc-manifest-travel-document = Reisidokument
doc-manifest-needs = Vajadused
doc-manifest-car = Auto
doc-manifest-access = Erivajadused: { $needs }
doc-manifest-document-due = { $status } (tähtaeg { $deadline })
doc-manifest-no-passengers = Reisijaid pole määratud.
doc-manifest-no-flights = Vastuvõtjariiki saabuvaid ega sealt lahkuvaid lende ei ole.

## Kalender (iCalendar): sündmuse kirjeldus

doc-ics-kind-and-status = { $kind } · { $status }
doc-ics-host-organisation = Vastuvõttev organisatsioon: { $name }
doc-ics-hosts = Vastuvõtjad: { $names }
doc-ics-participants = Osalejad: { $names }
doc-ics-topics = Teemad: { $topics }
doc-ics-interpretation-needed = Vaja on tõlget

## Kuidas imporditud faili kuupäeva 03/04/2027 loetakse

doc-date-order-day-first = päev enne kuud (26/02/2027)
doc-date-order-month-first = kuu enne päeva (02/26/2027)

## Protokolliekspordid lauses ("Ekspordi istumisplaanid")

doc-protocol-seating-charts = istumisplaanid
doc-protocol-place-cards = lauakaardid
doc-protocol-rooming-lists = majutusnimekirjad
doc-protocol-transport-list = transpordinimekiri
doc-protocol-name-badges = nimesildid
doc-protocol-rooming-grids = majutusplaanid
doc-protocol-manifest = saabumiste ja lahkumiste nimekiri
doc-protocol-catering-sheets = toitlustaja lehed
doc-protocol-driver-sheets = autojuhi lehed

## Eksporditud faili liik failidialoogi filtris

doc-format-spreadsheet = CSV-tabel
doc-format-briefing-book = Taustamaterjal (HTML)
doc-format-programme = Programm (HTML)
doc-format-printable-page = Trükitav leht (HTML)

## Miks eksport keelduti tegemast

doc-error-unknown-person = plaanis ei ole isikut tunnusega { $id }
doc-error-unknown-event = plaanis ei ole sündmust tunnusega { $id }
doc-error-unknown-zone = sündmus „{ $event }“ on ajavööndis „{ $zone }“, mis ei ole tuntud IANA ajavöönd; parandage see (probleemide vaade näitab seda) ja eksportige uuesti
doc-error-unknown-visit-zone = visiidi { $which ->
        [host] vastuvõtja
       *[home] delegatsiooni kodune
    } ajavöönd „{ $zone }“ ei ole tuntud IANA ajavöönd; parandage see ülevaates ja eksportige uuesti
doc-error-not-applicable = „{ $title }“ ei ole { $what }; valige { $which }
doc-error-seated-what = söögikord ega tseremoonia
doc-error-seated-which = laudadega sündmus
doc-error-stays-what = tubadega majutus
doc-error-stays-which = hotellimajutus
doc-error-flights-what = vastuvõtjariiki saabuv ega sealt lahkuv lend
doc-error-flights-which = saabumine või lahkumine
doc-error-meals-what = söögikord
doc-error-meals-which = lõuna- või õhtusöök
doc-error-rides-what = sõidukitega sõit
doc-error-rides-which = autosõit

## Muudatuste laused dokumendi esilehe kastis

change-added = Lisatud: { $event }, { $when }
change-removed = Välja jäetud: { $event }, varem { $when }
change-cancelled = Tühistatud: { $event }, { $when }
change-reinstated = Taastatud: { $event }, nüüd olekus { $status }
change-status = { $event }: { $status } (varem { $was })
change-moved = Aeg muutunud: { $event } nüüd { $when }, varem { $was }
change-renamed = Uus nimetus: { $change }
change-place = Sündmuse { $event } koht: { $change }
change-people = Sündmuse { $event } osalejad: { $change }
change-hosts = Sündmuse { $event } võõrustajad: { $change }
change-host-organisation = Sündmuse { $event } võõrustav asutus: { $change }
change-also = Sündmusel { $event } muutunud ka: { $fields }
change-travel = Sõit { $event }: { $changes }
change-travel-mode = liik { $change }
change-travel-from = lähtekoht { $change }
change-travel-to = sihtkoht { $change }
change-travel-carrier = vedaja { $change }
change-travel-booking = broneering { $change }
change-booking = Majutuse { $event } broneering: { $change }
change-rooms = Majutuse { $event } toad: { $changes }
change-kind = { $event } on nüüd { $kind } (varem { $was })
change-event-kind = { $kind ->
    [Meeting] kohtumine
    [SiteVisit] külastus
    [Briefing] briifing
    [Meal] söögikord
    [Ceremony] tseremoonia
    [Travel] sõit
    [Stay] majutus
   *[FreeTime] vaba aeg
}
change-cars = Sündmuse { $event } autod: { $changes }
change-car-added = { $vehicle } lisatud, sõitjad: { $names }
change-car-removed = { $vehicle } välja jäetud
change-car-moved = { $names } nüüd autos { $vehicle } (varem { $was })
change-car-people = { $vehicle }: { $change }
change-a-vehicle = sõiduk
change-room-of-kind = { $kind ->
    [Single] ühene tuba
    [Twin] kahe voodiga tuba
    [Suite] sviit
   *[Double] kaheinimesetuba
}
change-room-numbered = tuba { $number }
change-nights = ööd { $first } kuni { $last }
change-room-added = { $room } lisatud ({ $kind }, { $nights }), majutatud: { $names }
change-room-removed = { $room } välja jäetud
change-room-changed = { $room }: { $changes }
change-room-nights = { $nights } (varem { $was })
change-room-kind = nüüd { $kind } (varem { $was })
change-room-number = number { $change }
change-room-notes = märkused
change-people-added = lisatud { $names }
change-people-removed = välja jäetud { $names }
change-now-was = { $now } (varem { $was })
change-none = (puudub)
change-nobody = mitte keegi
change-quoted = „{ $text }“
change-untitled = pealkirjata sündmus
change-separator = { "; " }
change-precedence = Protokollijärjestus on muutunud
change-visit = Visiidi andmed muutunud: { $fields }
change-record-added = { $record } lisatud: { $name }
change-record-removed = { $record } välja jäetud: { $name }
change-record-changed = { $record } { $name }: muutunud { $fields }
change-record-person = Isik
change-record-vehicle = Sõiduk
change-record-organisation = Asutus
change-record-topic = Õppeteema
change-record-action = Ülesanne
