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
itinerary-clock-home = { $city } (kodu)
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
agenda-event-label = { $title }, { $time }, { $detail }, { $status }{ $problems }
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
    }{ $problems }
timeline-block-label-no-day = { $title }, { $range }{ $cancelled ->
        [yes] , tühistatud
       *[no] {""}
    }{ $others ->
        [0] {""}
        [one] , samal ajal veel ühe sündmusega
       *[other] , samal ajal veel { $others } sündmusega
    }{ $problems }
timeline-band-label = { $title }, { $range }
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
