# Programm: päevakava ja ajatelg, sündmuse redaktor ja selle protokolliosad (istumiskord, toad,
# sõidud, kingitused), sõidukid, kuupäeva- ja ajavööndivalija ning kellaajad ja kellakeeramised.
# Linnanimesid ei käänata: need on sulgudes või nimetavas käändes ("asukohas Tallinn").

## Kellaajad

clock-range = { $start }–{ $end }
clock-range-overnight = { $start }–{ $end } +1
clock-range-to-day = { $start } → { $day } { $end }
clock-at-place = { $time } { $city }
clock-same-in = { $city }: sama aeg
clock-departure-arrival = väljub { $start } → saabub { $end }{ $days ->
        [0] {""}
       *[other] {" "}+{ $days }
    }
clock-local-times = kohalik aeg { $start } – { $end }{ $days ->
        [0] {""}
       *[other] {" "}+{ $days }
    }
clock-duration-days = { $days ->
        [one] { $days } päev
       *[other] { $days } päeva
    }
clock-duration-hours = { $hours } h
clock-duration-minutes = { $minutes } min
clock-duration-negative = miinus { $duration }
clock-in-gap = Kellaaega { $asked } ei ole asukohas { $city } { $day }: kellad keeratakse { $from } pealt edasi { $to } peale. { $what ->
        [start] Algus
       *[end] Lõpp
    } on seatud kellaajale { $moved_to } ({ $offset }).
clock-in-fold = Kellaaeg { $asked } on asukohas { $city } { $day } kaks korda: kellad keeratakse { $from } pealt tagasi { $to } peale. Attaché võtab esimese kellaaja { $asked } ({ $first }); teine tuleb { $later } hiljem ({ $second }).
clock-last-day-before-first = Viimane päev, { $last }, oleks enne esimest, { $first }: muudatust ei tehtud.
clock-moment-in = { $date } { $time } ({ $city })
clock-end-before-start = Lõpp, { $end }, oleks enne algust, { $start }: muudatust ei tehtud.
clock-end-before-start-elsewhere = Lõpp, { $end }, oleks enne algust, { $start } (lõpp on siis { $end_there }): muudatust ei tehtud.
clock-offsets = { $before } → { $after }
clock-end-of-day = 24:00

## Programmi tööriistariba ja filtrid

itinerary-heading = Programm
itinerary-mode-agenda = Päevakava
itinerary-mode-timeline = Ajatelg
itinerary-times-in = Kellaajad
itinerary-clock-host = { $city } (vastuvõtja)
itinerary-clock-home = { $city } (kodumaa)
itinerary-first-day = Esimene päev
itinerary-first-day-tooltip = Näita visiidi esimest päeva, { $date }
itinerary-today = Täna
itinerary-today-tooltip = Näita tänast päeva, { $date }
itinerary-today-not-in-itinerary = Täna, { $date }, ei ole selle programmi päev
itinerary-new-event = Uus sündmus
    .tooltip = Lisa tunnine kohtumine valitud sündmuse päeva või nähtava päeva viimase sündmuse järele
itinerary-show-only = Näita ainult
itinerary-filter-person = Isik
itinerary-filter-anyone = Kõik isikud
itinerary-filter-any-topic = Kõik teemad
itinerary-filter-topic = Teema: { $title }
itinerary-filter-missing-topic = Puuduv teema
itinerary-filter-by-topic = Filtreeri teema järgi
itinerary-filter-any-kind = Kõik liigid
itinerary-filter-kind = Liik: { $kind }
itinerary-filter-by-kind = Filtreeri liigi järgi
itinerary-filter-any-status = Kõik olekud
itinerary-filter-status = Olek: { $status }
itinerary-filter-by-status = Filtreeri oleku järgi
itinerary-clear-filters = Tühista filtrid
itinerary-filtered-count = { $count ->
       *[other] { $shown } / { $total } sündmusest
    }

## Päevakava

agenda-nothing-matches = Filtritele vastavaid sündmusi pole.
agenda-nothing-planned = Midagi pole kavandatud.
agenda-no-days = Selles programmis pole päevi.
agenda-day-of-visit = { $date } · visiidi { $day }. päev { $days }-st
agenda-day-before-visit = { $date } · enne visiiti
agenda-day-after-visit = { $date } · pärast visiiti
agenda-all-day = Terve päev
agenda-all-day-to = Terve päev, kuni { $last }
agenda-route = { $mode } { $from } → { $to }
agenda-participants = { $count ->
        [one] { $count } osaleja
       *[other] { $count } osalejat
    }
agenda-interpretation = tõlge
agenda-both-clocks = { $first } · { $second }
agenda-event-label = { $title }, { $time }, { $detail }, { $status }
agenda-clocks-change = Kellad keeratakse { $hours } { $direction ->
        [forward] edasi
       *[back] tagasi
    } asukohas { $city } kell { $time } ({ $offsets })
agenda-arrival = Saabumine asukohta { $to }: kell on { $hours } { $direction ->
        [ahead] ees
       *[behind] taga
    } võrreldes asukohaga { $from } ({ $offsets })
agenda-arrival-after = Saabumine asukohta { $to }: kell on { $hours } { $direction ->
        [ahead] ees
       *[behind] taga
    } võrreldes asukohaga { $from } ({ $offsets }), pärast sündmust „{ $title }“
agenda-clocks-now-same = ; { $here } ja { $there } näitavad nüüd sama aega
agenda-clocks-now-apart = ; { $there } on nüüd { $gap } { $direction ->
        [ahead] ees
       *[behind] taga
    } võrreldes asukohaga { $here }

## Sündmused

event-untitled = Nimetu sündmus
event-undo-add = sündmuse lisamine
event-problems-errors = , { $count } { $count ->
        [one] probleem (viga)
       *[other] probleemi (nende seas vigu)
    }
event-problems-warnings = , { $count } { $count ->
        [one] probleem (hoiatus)
       *[other] probleemi (hoiatused)
    }
# Sündmuse probleemide järel, kui keegi on samal ajal ka teistel sündmustel: ", kattub 2
# sündmusega: „Lõuna“ (12:00–13:30) ja „Briifing“ (13:00–14:00)". $events on event-clash'ide loetelu, $count nende arv.
event-clashes = { $count ->
        [one] , kattub sündmusega { $events }
       *[other] , kattub { $count } sündmusega: { $events }
    }
# Üks kattuv sündmus: pealkiri ja aeg näidatud kella järgi.
event-clash = „{ $title }“ ({ $range })

## Ajatelg

timeline-zoom-out = Vähenda
    .tooltip = Näita rohkem tunde
timeline-zoom-in = Suurenda
    .tooltip = Näita tunde suuremalt
timeline-hint = Ctrl + kerimine muudab samuti suurust. Klõpsa plokil, et seda muuta.
timeline-crowded-hint = Tihedatel päevadel on näha, mitu sündmust igas tunnis on: nende nägemiseks suurenda või filtreeri.
timeline-hidden = { $count ->
        [one] { $shown } sündmus on visiidist liiga kaugel, et seda joonistada.
       *[other] { $shown } sündmust on visiidist liiga kaugel, et neid joonistada.
    }
timeline-block-label = { $title }, { $day }, { $range }{ $cancelled ->
        [yes] , tühistatud
       *[no] {""}
    }{ $others ->
        [0] {""}
        [one] , samal ajal veel ühe sündmusega
       *[other] , samal ajal veel { $others } sündmusega
    }
timeline-block-label-no-day = { $title }, { $range }{ $cancelled ->
        [yes] , tühistatud
       *[no] {""}
    }{ $others ->
        [0] {""}
        [one] , samal ajal veel ühe sündmusega
       *[other] , samal ajal veel { $others } sündmusega
    }
timeline-band-label = { $title }, { $range }
timeline-stay-band-label = { $title }, { $hotel }, { $range }
timeline-clock-change = { $time } kellad { $direction ->
        [forward] +
       *[back] −
    }{ $shift }
timeline-now = praegu { $time }
timeline-now-label = Praegu, { $date } { $time }
timeline-more-bands = { $count ->
       *[other] +{ $shown } veel
    }
timeline-more-bands-label = { $count ->
        [one] { $day } veel { $shown } majutus või terve päeva sündmus; klõpsa, et näha päeva päevakavas
       *[other] { $day } veel { $shown } majutust või terve päeva sündmust; klõpsa, et näha päeva päevakavas
    }
timeline-more-bands-label-no-day = { $count ->
        [one] Veel { $shown } majutus või terve päeva sündmus; klõpsa, et näha päeva päevakavas
       *[other] Veel { $shown } majutust või terve päeva sündmust; klõpsa, et näha päeva päevakavas
    }
timeline-clocks-both = Tunnid asukoha { $chosen } kella järgi ning asukoha { $other } kella järgi, mis on { $shift } { $direction ->
        [ahead] ees
       *[behind] taga
    }
timeline-clocks-one = Tunnid asukoha { $chosen } kella järgi
timeline-crowded-hour = { $day }, { $range }: { $count ->
        [one] { $shown } sündmus
       *[other] { $shown } sündmust
    }. Nende nägemiseks suurenda või filtreeri; klõpsa, et näha päeva päevakavas.
timeline-crowded-hour-no-day = { $range }: { $count ->
        [one] { $shown } sündmus
       *[other] { $shown } sündmust
    }. Nende nägemiseks suurenda või filtreeri; klõpsa, et näha päeva päevakavas.
timeline-events = { $count ->
        [one] { $shown } sündmus
       *[other] { $shown } sündmust
    }

## Kuupäevavalija

clock-type-a-date = Kirjuta kuupäev
    .hint = 25.03.2027
clock-date-not-read = „{ $typed }“ ei ole kuupäev, mida Attaché loeb: kirjuta see kujul 2027-02-26, 2027/02/26, 26.02.2027 või 26/02/2027.
clock-date-today = Täna
clock-previous-year = Eelmine aasta
clock-previous-month = Eelmine kuu
clock-next-month = Järgmine kuu
clock-next-year = Järgmine aasta

## Ajavööndivalija

clock-zone-with-offset = { $zone } ({ $offset })
clock-zone-unknown = { $zone } (tundmatu ajavöönd)
clock-zone-shown = { $city } · { $offset }
clock-zone-search = Otsi ajavööndit: { $field }
clock-zone-suggested = { $zone } — { $why }
clock-zone-tooltip = { $zone }: klõpsa, et valida teine ajavöönd

## Sündmuse redaktor

event-duplicate = Tee koopia
    .tooltip = Lisa sellest sündmusest koopia
event-copy-title = { $title } (koopia)
event-day-earlier = Päev varem
    .tooltip = Vii sündmus eelmisele päevale, samadele kellaaegadele
event-day-later = Päev hiljem
    .tooltip = Vii sündmus järgmisele päevale, samadele kellaaegadele
event-kind = Liik
event-title = Pealkiri
    .hint = Mis see on, nt kohtumine valitsuse infojuhiga
event-mode = Transpordiliik
event-from = Kust
event-to = Kuhu
event-carrier = Vedaja
event-booking-reference = Broneeringu number
event-hours = Kellaajad
event-all-day = Terve päev (kindlate kellaaegadeta)
event-start = Algus
    .date = Alguse kuupäev
    .time = Alguse kellaaeg
    .zone = Alguse ajavöönd
event-end = Lõpp
    .date = Lõpu kuupäev
    .time = Lõpu kellaaeg
    .zone = Lõpu ajavöönd
event-first-day = Esimene päev
    .date = Esimese päeva kuupäev
    .time = Esimese päeva kellaaeg
    .zone = Esimese päeva ajavöönd
event-last-day = Viimane päev
    .date = Viimase päeva kuupäev
    .time = Viimase päeva kellaaeg
    .zone = Viimase päeva ajavöönd
event-departure = Väljumine
    .date = Väljumise kuupäev
    .time = Väljumise kellaaeg
    .zone = Väljumise ajavöönd
event-arrival = Saabumine
    .date = Saabumise kuupäev
    .time = Saabumise kellaaeg
    .zone = Saabumise ajavöönd
event-check-in = Sisseregistreerimine
    .date = Sisseregistreerimise kuupäev
    .time = Sisseregistreerimise kellaaeg
    .zone = Sisseregistreerimise ajavöönd
event-check-out = Väljaregistreerimine
    .date = Väljaregistreerimise kuupäev
    .time = Väljaregistreerimise kellaaeg
    .zone = Väljaregistreerimise ajavöönd
event-time-field =
    .hint = tt:mm
    .tooltip = Kellaaeg kõrvaloleva ajavööndi järgi, nt 09:30
event-zone-host = vastuvõtja ajavöönd
event-zone-home = kodumaa ajavöönd
event-zone-this-event = see sündmus
event-place = Koht
event-location = Asukoht
event-host-organisation = Vastuvõttev organisatsioon
event-participants = Osalejad
    .list = osalejad
event-hosts = Vastuvõtjad
    .list = vastuvõtjad
event-topics = Teemad
    .list = teemad
event-missing-topic = Puuduv teema { $id }
event-add-delegation = Lisa kogu delegatsioon
    .tooltip = Osaleb iga külalisdelegatsiooni liige
    .disabled = Kogu külalisdelegatsioon juba osaleb
event-add-delegation-except = Lisa delegatsioon, välja arvatud…
event-everyone-but = Kõik peale isiku { $name }
event-status = Olek
event-interpretation = Tõlge
event-interpretation-needed = Tõlget on vaja
event-notes = Märkused
event-all-day-length = { $days ->
        [one] Üks päev, kindlate kellaaegadeta
       *[other] { $days } päeva, kindlate kellaaegadeta
    }
event-lasts = Kestab { $length }
event-lasts-between-zones = Kestab { $length }, asukoha { $from } ajast asukoha { $to } aega
event-ends-before-start = See sündmus lõpeb enne, kui algab: muuda selle lõppu või algust.
event-zone-unknown = Selle sündmuse ajavööndit pole ajavööndite andmebaasis: vali mõni teine.
event-move-out-of-gap = Vii { $what ->
        [start] algus
       *[end] lõpp
    } kellaajale { $time }

## Sündmuse redaktori tagasivõetavad sammud (Muuda → Võta tagasi …)

event-undo-change = sündmuse muutmine
event-undo-edit = sündmuse muutmine
event-undo-notes = sündmuse märkuste muutmine
event-undo-duplicate = sündmuse kopeerimine
event-undo-day-earlier = sündmuse viimine päev varasemaks
event-undo-day-later = sündmuse viimine päev hilisemaks
event-undo-kind = sündmuse liigi muutmine
event-undo-all-day = sündmuse muutmine terve päeva sündmuseks
event-undo-fixed-hours = sündmusele kellaaegade andmine
event-undo-out-of-gap = sündmuse viimine välja kellakeeramise vahelt
event-undo-start = sündmuse alguse muutmine
event-undo-end = sündmuse lõpu muutmine
event-undo-host-organisation = vastuvõtva organisatsiooni muutmine
event-undo-participants = osalejate muutmine
event-undo-hosts = vastuvõtjate muutmine
event-undo-topics = teemade muutmine
event-undo-add-delegation = kogu delegatsiooni lisamine
event-undo-delegation-but-one = delegatsiooni lisamine ühe liikmeta

## Kingitused

gifts-heading = Kingitused
gifts-nobody-takes-part = Lisa kõigepealt osalejad: kingitusi annavad ja saavad nemad.
gifts-add = Lisa kingitus
gifts-description = Kingituse { $number } kirjeldus
    .hint = nt Ištari väravaga graveeritud hõbekandik
gifts-from = Kingituse { $number } andja
gifts-to = Kingituse { $number } saaja
gifts-not-taking-part = (ei osale)
gifts-value = Kingituse { $number } väärtus
gifts-currency = valuuta
    .hint = EUR
gifts-status = Kingituse { $number } olek
gifts-remove = Eemalda kingitus
gifts-remove-numbered = Eemalda kingitus { $number }
gifts-undo-add = kingituse lisamine
gifts-undo-edit = kingituse muutmine
gifts-undo-party = kingituse andja või saaja muutmine
gifts-undo-edit-value = kingituse väärtuse muutmine
gifts-undo-value = kingituse väärtuse muutmine
gifts-undo-status = kingituse oleku muutmine
gifts-undo-remove = kingituse eemaldamine

## Majutuse toad

rooms-heading = Toad
rooms-add = Lisa tuba
    .tooltip = Ühene tuba majutuse igaks ööks
rooms-number = Toa { $number } number
rooms-type = Toa { $number } tüüp
rooms-first-night = Toa { $number } esimene öö
rooms-last-night = Toa { $number } viimane öö
rooms-guests = Toa { $number } külalised
    .list = külalised
rooms-remove = Eemalda tuba
rooms-remove-numbered = Eemalda tuba { $number }
rooms-undo-add = toa lisamine
rooms-undo-number = toa numbri muutmine
rooms-undo-type = toa tüübi muutmine
rooms-undo-nights = toa ööde muutmine
rooms-undo-guests = toa külaliste muutmine
rooms-undo-remove = toa eemaldamine

## Sõidu sõidukid

rides-heading = Sõidukid
rides-no-vehicles = Lisa visiidi autod ja bussid ülevaates, seejärel määra need siin.
rides-add = Lisa sõidule sõiduk
rides-vehicle = Sõiduk { $number }
rides-not-in-plan = (plaanis pole)
rides-seats-taken = { $taken } / { $seats } kohta
rides-remove = Eemalda
rides-remove-numbered = Eemalda sõiduk { $number } sellelt sõidult
rides-passengers = Sõiduki { $number } reisijad
    .list = reisijad
rides-undo-add = sõidule sõiduki lisamine
rides-undo-vehicle = sõiduki muutmine
rides-undo-passengers = reisijate muutmine
rides-undo-remove = sõidult sõiduki eemaldamine

## Istumiskord

seating-heading = Istumiskord
seating-propose = Koosta istumiskord
    .tooltip = Paiguta kõik osalejad protokollilise järjekorra järgi: vastuvõtja pealaua keskele, aukülaline vastuvõtjast paremale, tõlgid taha
seating-add-table = Lisa laud
seating-new-table-name = Laud { $number }
seating-table-name = Laua { $number } nimi
seating-table-shape = Laua { $number } kuju
seating-add-seat = + koht
seating-add-seat-to = Lisa lauale { $number } koht
seating-remove-seat = − koht
seating-remove-seat-of = Eemalda laua { $number } viimane koht
seating-remove-table = Eemalda laud
seating-remove-table-numbered = Eemalda laud { $number }
seating-not-seated-yet = Veel kohata (lohista kohale):
seating-person-not-seated = { $name }, kohata
seating-place = Koht { $seat }, laud { $table }
seating-choose-seat = Koht…
    .search = Otsi kohta
seating-empty = vaba
seating-seat-found = { $place } ({ $table }): { $occupant }
seating-choose-seat-for = Vali koht: { $name }
seating-seat-someone = (vaba) Paiguta keegi…
    .search = Otsi kohata osalejaid
seating-who-sits-here = { $seat }: vali, kes siin istub
seating-seat-of-table = laua { $table } koht { $seat }
seating-empty-seat = Vabasta { $seat }
seating-person-at = { $name }, { $place }
seating-move-left = Vii { $seat } vasakule
seating-move-right = Vii { $seat } paremale
seating-move-to-table = Vii { $seat } lauda { $table }
seating-diet = Toitumine: { $needs }
seating-interpreter-behind = tõlk taga: { $name }
seating-undo-propose = istumiskorra koostamine
seating-undo-add-table = laua lisamine
seating-undo-rename-table = laua ümbernimetamine
seating-undo-table-shape = laua kuju muutmine
seating-undo-add-seat = koha lisamine
seating-undo-remove-seat = koha eemaldamine
seating-undo-remove-table = laua eemaldamine
seating-undo-move-seat = koha vahetamine
seating-undo-seat-person = isiku paigutamine
seating-undo-empty-seat = koha vabastamine

## Visiidi sõidukid (ülevaates)

vehicles-heading = Sõidukid
vehicles-add = Lisa sõiduk
vehicles-new-car-name = Auto { $number }
vehicles-name = Sõiduki { $number } nimi
vehicles-plate = Sõiduki { $number } numbrimärk
vehicles-driver = Sõiduki { $number } juht
vehicles-driver-phone = Sõiduki { $number } juhi telefon
vehicles-kind = Sõiduki { $number } liik
vehicles-seats = Sõiduki { $number } kohad
vehicles-remove = Eemalda sõiduk
    .tooltip = Sõidud, mida see teeb, kaotavad ka selle sõiduki
vehicles-search = Otsi sõidukeid
    .hint = Nimi, numbrimärk, juht…
vehicles-undo-change = sõidukite muutmine
vehicles-undo-add = sõiduki lisamine
vehicles-undo-edit = sõiduki muutmine
vehicles-undo-remove = sõiduki eemaldamine
