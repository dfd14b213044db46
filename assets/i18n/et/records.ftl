# Kirjete vaated (isikud, organisatsioonid, teemad, järeltegevused, ülevaade), nende tabelid ja
# redaktorid, valijad, millega kirjeid valitakse, ning kustutamise dialoog.
# Terminid: vt sõnastikku failis window.ftl.

## Kirjete tabelid: otsing, arvud, sortimine

record-clear-search = Tühjenda otsing
record-no-name = (nimeta)
record-sort-hint = Klõpsa, et sortida selle veeru järgi; uuesti, et järjekord ümber pöörata; veel kord, et taastada plaani järjekord
record-sort-by = Sordi veeru „{ $column }“ järgi
record-sorted-ascending = sorditud A–Z
record-sorted-descending = sorditud Z–A
record-not-sorted = sortimata
record-filter-show = Näita

## Redaktori raam: sulgemine ja kustutamine, tagasivõetavad sammud

record-close = Sulge
    .tooltip = Sulge redaktor
record-delete-person = Kustuta isik…
    .tooltip = Kustuta see isik, näidates enne, mis talle viitab
record-delete-organisation = Kustuta organisatsioon…
    .tooltip = Kustuta see organisatsioon, näidates enne, mis sellele viitab
record-delete-event = Kustuta sündmus…
    .tooltip = Kustuta see sündmus, näidates enne, mis sellele viitab
record-delete-topic = Kustuta teema…
    .tooltip = Kustuta see teema, näidates enne, mis sellele viitab
record-delete-action = Kustuta järeltegevus…
    .tooltip = Kustuta see järeltegevus, näidates enne, mis sellele viitab
record-delete-visit = Kustuta visiit…
    .tooltip = Kustuta see visiit, näidates enne, mis sellele viitab
record-undo-remove-new = uue kirje eemaldamine

## Ühised väljad: organisatsiooni valija

field-missing-organisation = (puuduv organisatsioon)
field-no-organisation = Organisatsioonita
field-find-organisation = Otsi organisatsiooni

## Valijad: kirje leidmine trükkides

picker-type-to-search = Otsimiseks trüki
picker-nothing-matches = Midagi ei leitud.
picker-nobody-else-matches = Rohkem kedagi ei leitud.
picker-remove-from = Eemalda { $name } loendist „{ $list }“
picker-add-to = Lisa loendisse „{ $list }“
picker-add-to-hint = Lisa loendisse „{ $list }“…
picker-open = Ava
picker-chosen = Valitud: { $names }
picker-none-chosen = Ühtegi pole valitud
picker-more = ja veel { $count }: trüki nimest rohkem
picker-unnamed-person = Nimeta isik
picker-other-side = { $side } pool · { $detail }
picker-missing-person = Puuduv isik { $id }
picker-search-people = Otsi isikuid

## Kustutamise dialoog
# $kind on kirje liik: person, organisation, event, topic, action (või record).

delete-question = Kas kustutada „{ $name }“?
delete-undo-reminder = Tagasivõtmine toob { $kind ->
        [person] isiku
        [organisation] organisatsiooni
        [event] sündmuse
        [topic] teema
        [action] järeltegevuse
       *[other] kirje
    } tagasi koos kõigi viidetega.
delete-undo-reminder-keys = Tagasivõtmine ({ $keys }) toob { $kind ->
        [person] isiku
        [organisation] organisatsiooni
        [event] sündmuse
        [topic] teema
        [action] järeltegevuse
       *[other] kirje
    } tagasi koos kõigi viidetega.
delete-confirm = Kustuta { $kind ->
        [person] isik
        [organisation] organisatsioon
        [event] sündmus
        [topic] teema
        [action] järeltegevus
       *[other] kirje
    }
delete-cancel = Loobu
delete-undo-name = „{ $name }“ kustutamine
delete-not-referenced = { $kind ->
        [person] Seda isikut
        [organisation] Seda organisatsiooni
        [event] Seda sündmust
        [topic] Seda teemat
        [action] Seda järeltegevust
       *[other] Seda kirjet
    } ei ole plaanis mujal nimetatud.
delete-person-named-elsewhere = See isik on plaanis nimetatud ka mujal:

## Kustutamise dialoog: mis kirjele viitab (pealkirjad)

delete-section-seated-at = Istekoht sündmusel
delete-section-sleeps-in = Majutatud
delete-section-rides-in = Sõidab sõidukis
delete-section-gifts = Kingitused
delete-section-hosts = Võtab vastu
delete-section-leads-topics = Juhib teemasid
delete-section-owns-actions = Vastutab järeltegevuste eest
delete-section-takes-part-in = Osaleb
delete-section-its-people = Selle isikud
delete-section-events-it-hosts = Sündmused, mida see korraldab
delete-section-actions-from-it = Sellest tulenenud järeltegevused
delete-section-covered-by = Käsitletakse sündmustel

## Kustutamise dialoog: mis kirjele viitab (read)

delete-room-of-kind = { $kind }
delete-room-number = tuba { $number }
delete-room = { $room } ({ $stay })
delete-room-shared = { $room } ({ $stay }), toakaaslased: { $others }
delete-gift-gives = annab „{ $gift }“, saaja { $party } ({ $event })
delete-gift-receives = saab „{ $gift }“, andja { $party } ({ $event })
delete-someone-not-in-plan = keegi, keda plaanis ei ole

## Kustutamise dialoog: mida kustutamine muudab
# Üks lause: $changes on allolevate osade loend, ühendatud nii, nagu keel loendeid ühendab.

delete-sentence = Kustutamine { $changes }.
delete-person-participant = eemaldab ta { $count ->
        [one] ühe sündmuse
       *[other] { $count } sündmuse
    } osalejate seast
delete-person-host = eemaldab ta { $count ->
        [one] ühe sündmuse
       *[other] { $count } sündmuse
    } vastuvõtjate seast
delete-person-lead = jätab { $count ->
        [one] ühe teema
       *[other] { $count } teemat
    } juhita
delete-person-owner = jätab { $count ->
        [one] ühe järeltegevuse
       *[other] { $count } järeltegevust
    } vastutajata
delete-person-seat = vabastab tema koha { $count ->
        [one] ühel sündmusel
       *[other] { $count } sündmusel
    }
delete-person-rooms = eemaldab ta { $count ->
        [one] ühest toast
       *[other] { $count } toast
    }
delete-person-rides = eemaldab ta { $count ->
        [one] ühe sõidu
       *[other] { $count } sõidu
    } sõidukitest
delete-person-gifts = eemaldab { $count ->
        [one] ühe kingituse
       *[other] { $count } kingitust
    }, mida ta annab või saab
delete-organisation-people = jätab { $count ->
        [one] ühe isiku organisatsioonita (ta jääb plaani)
       *[other] { $count } isikut organisatsioonita (nad jäävad plaani)
    }
delete-organisation-hosted = jätab { $count ->
        [one] ühe sündmuse
       *[other] { $count } sündmust
    } vastuvõtva organisatsioonita
delete-organisation-gifts = eemaldab { $count ->
        [one] ühe kingituse
       *[other] { $count } kingitust
    }, mida see annab või saab
delete-topic-covered = eemaldab selle { $count ->
        [one] ühe sündmuse
       *[other] { $count } sündmuse
    } teemade seast
delete-actions-without-source = jätab { $count ->
        [one] ühe sellest tulenenud järeltegevuse
       *[other] { $count } sellest tulenenud järeltegevust
    } allikata
delete-event-seating = eemaldab selle istumiskorra ({ $tables ->
        [one] { $tables } laud
       *[other] { $tables } lauda
    }, istujaid { $seated })
delete-event-rooming = eemaldab selle majutusnimekirja ({ $count ->
        [one] { $count } tuba
       *[other] { $count } tuba
    })
delete-event-rides = eemaldab selle sõidud ({ $vehicles ->
        [one] { $vehicles } sõiduk
       *[other] { $vehicles } sõidukit
    }, sõitjaid { $passengers })
delete-event-gifts = eemaldab { $count ->
        [one] ühe kingituse
       *[other] { $count } kingitust
    } selle kingituste registrist

## Isikute vaade

people-heading = Isikud
people-tab-everyone = Kõik
people-tab-delegation = Delegatsiooni nimekiri
people-add = Lisa isik
    .tooltip = Lisa plaani isik ja ava ta redaktoris
people-undo-add = isiku lisamine
people-search = Otsi isikuid
    .hint = nimi mis tahes kirjas, organisatsioon, e-post, keel…
people-filter-side = Filtreeri poole järgi
    .any = Kõik pooled
people-filter-role = Filtreeri rolli järgi
    .any = Kõik rollid
people-filter-organisation = Filtreeri organisatsiooni järgi
    .any = Kõik organisatsioonid
people-show-everyone = Näita kõiki
people-count = { $total ->
        [one] { $total } isik
       *[other] { $total } isikut
    }
people-count-shown = { $shown ->
        [one] { $shown } isik
       *[other] { $shown } isikut
    } { $total }-st
people-empty = Isikuid veel pole. Lisa delegatsiooni liikmed ja nende vastuvõtjad nupuga „Lisa isik“.
people-none-match = Otsingule ja filtritele ei vasta keegi.
people-table = Isikud

## Isikute tabeli veerud

people-column-name = Nimi
people-column-native-name = Nimi omas kirjas
people-column-side = Pool
people-column-role = Roll delegatsioonis
people-column-organisation = Organisatsioon
people-column-position = Ametikoht
people-column-languages = Keeled
people-column-email = E-post
people-column-phone = Telefon
people-column-sort-hint = { $column }: { $state }. Klõpsa, et sortida selle veeru järgi.

## Delegatsiooni nimekiri

people-delegation-heading-unnamed = Külaline delegatsioon
people-delegation-heading = Delegatsioon: { $party }
people-delegation-explanation = Protokollilises järjekorras, nagu taustamaterjalis trükitud. Järjekorra muutmiseks lohista rida pidemest või kasuta nooli.
people-delegation-empty = Külalise poole liikmeid veel pole. Lisa isik ja määra tema pooleks „Külaline“.
people-delegation-column-number = Nr
people-delegation-column-order = Järjekord
people-delegation-column-form-of-address = Pöördumine
people-delegation-column-name = Nimi
people-delegation-column-native-name = Nimi omas kirjas
people-delegation-column-role = Roll delegatsioonis
people-delegation-column-position = Ametikoht ja organisatsioon
people-delegation-drag = Lohista: { $name }
    .tooltip = Lohista, et muuta protokollilist järjekorda
people-delegation-move-up = Tõsta { $name } ülespoole
people-delegation-move-down = Tõsta { $name } allapoole
people-delegation-open = Ava redaktoris
people-delegation-form-of-address = Pöördumine: { $name }
people-delegation-form-of-address-hint = nt Tema Ekstsellents
people-delegation-undo-move = „{ $name }“ ümberpaigutamine delegatsiooni nimekirjas
people-delegation-undo-form-of-address = „{ $name }“ pöördumise muutmine

## Isiku redaktor

person-kind = Isik
person-name = Nimi
person-native-name = Nimi omas kirjas
person-form-of-address = Pöördumine
    .tooltip = Kuidas isiku poole pöördutakse, nt Tema Ekstsellents
person-title = Tiitel
    .tooltip = Aunimetus või teaduskraad, nt dr või ins.
person-position = Ametikoht
person-organisation = Organisatsioon
person-side = Pool
person-role = Roll delegatsioonis
person-languages = Keeled
    .tooltip = Komadega eraldatud, nt araabia, inglise
person-dietary-needs = Toitumisvajadused
person-accessibility-needs = Ligipääsetavuse vajadused
person-travel-document = Reisidokument
person-notes = Märkused
person-undo-edit = „{ $name }“ muutmine
person-print-programme = Prindi programm…
    .tooltip = Avab selle isiku üheleheküljelise programmi brauseris, et see printida või PDF-ina salvestada

## Isiku redaktor: reisidokumendi tähtaeg

person-document-deadline = Dokumendi tähtaeg
person-deadline = Tähtaeg
    .tooltip = Kas viisa või pass peab olema valmis kindlaks kuupäevaks
person-deadline-today = täna
person-deadline-tomorrow = homme
person-deadline-yesterday = eile
person-deadline-in-days = { $count ->
        [one] { $count } päeva pärast
       *[other] { $count } päeva pärast
    }
person-deadline-days-ago = { $count ->
        [one] { $count } päev tagasi
       *[other] { $count } päeva tagasi
    }
person-deadline-passed = möödus { $when }

## Isiku redaktor: e-posti aadressid ja telefoninumbrid
# $kind on email või phone; $number loendab kirjeid alates 1-st.

person-contact-email = E-post
person-contact-phone = Telefon
person-contact-add-email = Lisa e-post
person-contact-add-phone = Lisa telefon
person-contact-entry = { $kind ->
        [email] E-post
       *[phone] Telefon
    } { $number }
person-contact-entry-kind = { $kind ->
        [email] E-posti
       *[phone] Telefoni
    } { $number } liik
person-contact-entry-preferred = { $kind ->
        [email] E-post
       *[phone] Telefon
    } { $number } eelistatud
person-contact-preferred = Eelistatud
person-contact-preferred-tooltip = Kasuta seda { $kind ->
        [email] aadressi
       *[phone] numbrit
    }, kui näidatakse ainult üht
person-contact-remove = Eemalda { $kind ->
        [email] e-post
       *[phone] telefon
    } { $number }

## Isiku redaktor: kahtlased kontaktandmed

person-contact-warning-email-spaces = E-posti aadressis ei ole tühikuid.
person-contact-warning-email-at = E-posti aadressis on @, nagu nimi@ministry.gov.iq.
person-contact-warning-email-one-at = E-posti aadressis on üks @ ja selle ees nimi.
person-contact-warning-email-domain = @-märgi järel peab olema domeen, nt ministry.gov.iq.
person-contact-warning-phone-characters = Telefoninumbris on ainult numbrid, tühikud, sidekriipsud ja sulud.
person-contact-warning-phone-country-code = Kirjuta number koos riigikoodiga, nt +964 770 123 4567.
person-contact-warning-phone-digits = Rahvusvahelises numbris on 7 kuni 15 numbrit.

## Isiku redaktor: ajakava

person-schedule = Ajakava
person-schedule-all-day = terve päev
person-schedule-open-event = Ava see sündmus programmis
person-schedule-host = vastuvõtja
person-schedule-empty = Ei osale veel üheski sündmuses.
person-leads-topics = Juhib teemasid
person-owns-actions = Vastutab järeltegevuste eest

## Organisatsioonide vaade

organisations-heading = Organisatsioonid
organisations-add = Lisa organisatsioon
    .tooltip = Lisa organisatsioon ja ava see redaktoris
organisations-undo-add = organisatsiooni lisamine
organisations-search = Otsi organisatsioone
    .hint = nimi mis tahes kirjas, aadress, veebileht…
organisations-filter-kind = Filtreeri liigi järgi
    .any = Kõik liigid
organisations-filter-country = Filtreeri riigi järgi
    .any = Kõik riigid
organisations-count = { $total ->
        [one] { $total } organisatsioon
       *[other] { $total } organisatsiooni
    }
organisations-count-shown = { $shown ->
        [one] { $shown } organisatsioon
       *[other] { $shown } organisatsiooni
    } { $total }-st
organisations-empty = Organisatsioone veel pole. Lisa visiidiga seotud ministeeriumid, ametid ja ettevõtted.
organisations-none-match = Otsingule ja filtritele ei vasta ükski organisatsioon.
organisations-table = Organisatsioonid
organisations-column-name = Nimi
organisations-column-native-name = Nimi omas kirjas
organisations-column-kind = Liik
organisations-column-country = Riik
organisations-column-people = Isikuid
organisations-column-website = Veebileht

## Organisatsiooni redaktor

organisation-kind = Organisatsioon
organisation-name = Nimi
organisation-native-name = Nimi omas kirjas
organisation-field-kind = Liik
organisation-country-code = Riigikood
organisation-country-warning = Kasuta kahetähelist ISO riigikoodi, nt IQ või EE.
organisation-address = Aadress
organisation-website = Veebileht
organisation-website-warning = Veebiaadress näeb välja nagu https://ministry.gov.iq.
organisation-notes = Märkused
organisation-undo-edit = „{ $name }“ muutmine
organisation-people = Isikud
organisation-add-person = Lisa siia isik
    .tooltip = Lisa sellesse organisatsiooni isik ja ava ta
organisation-open-person = Ava see isik isikute vaates
organisation-people-empty = Sellest organisatsioonist pole veel kedagi.
organisation-hosts = Võtab vastu
organisation-open-event = Ava see sündmus programmis

## Teemade vaade

topics-heading = Teemad
topics-add = Lisa teema
    .tooltip = Lisa õppeteema ja ava see redaktoris
topics-undo-add = teema lisamine
topics-empty = Teemasid veel pole. Teema on see, mille kohta delegatsioon tuli teadmisi saama.
topics-table = Teemad
topics-column-topic = Teema
topics-column-covered-by = Käsitletakse
topics-column-questions = Küsimused
topics-column-lead = Juht
topics-column-problems = Probleemid
topics-covering-events = { $count ->
        [one] { $count } sündmusel
       *[other] { $count } sündmusel
    }
topics-questions-answered = { $answered }/{ $total } vastatud
topics-problems = { $count ->
        [one] { $count } probleem
       *[other] { $count } probleemi
    }

## Teema redaktor

topic-untitled = Pealkirjata teema
topic-kind = Teema
topic-title = Teema pealkiri
topic-summary = Kokkuvõte
topic-lead = Juht
topic-no-lead = Juhita
topic-objectives = Eesmärgid
topic-questions = Küsimused
topic-findings = Järeldused
topic-covered-by = Käsitletakse sündmustel
topic-remove = Eemalda
topic-item = { $kind ->
        [objective] Eesmärk
       *[finding] Järeldus
    } { $number }
topic-item-remove = Eemalda { $kind ->
        [objective] eesmärk
       *[finding] järeldus
    } { $number }
topic-add-objective = Lisa eesmärk
topic-add-finding = Lisa järeldus
topic-questions-answered = { $answered }/{ $total } vastatud
topic-question = Küsimus { $number }
topic-question-remove = Eemalda küsimus { $number }
topic-answered = Vastatud
topic-unanswered = Vastamata
topic-answer = Vastus küsimusele { $number }
topic-answer-hint = Veel vastamata
topic-add-question = Lisa küsimus
topic-undo-edit = teema muutmine
topic-undo-lead = teema juhi muutmine
topic-undo-add-objective = eesmärgi lisamine
topic-undo-remove-objective = eesmärgi eemaldamine
topic-undo-add-finding = järelduse lisamine
topic-undo-remove-finding = järelduse eemaldamine
topic-undo-add-question = küsimuse lisamine
topic-undo-remove-question = küsimuse eemaldamine

## Teema redaktor: sündmused, mis teemat käsitlevad

topic-coverage-none = Ükski sündmus ei käsitle veel seda teemat.
topic-coverage-remove = Eemalda
topic-coverage-stop = Lõpeta käsitlemine sündmusel { $event }
topic-coverage-open = Ava programmis
topic-coverage-cover = Käsitle sündmusel
    .tooltip = Lisa see teema programmi sündmusele
topic-coverage-choose = Vali sündmus…
topic-coverage-search = Otsi sündmusi
topic-coverage-undo-stop = teema käsitlemise lõpetamine
topic-coverage-undo-cover = teema lisamine sündmusele

## Järeltegevuste vaade

actions-heading = Järeltegevused
actions-add = Lisa järeltegevus
    .tooltip = Lisa järeltegevus ja ava see redaktoris
actions-undo-add = järeltegevuse lisamine
actions-empty = Järeltegevusi veel pole. Järeltegevus on ülesanne, millel on vastutaja ja tähtaeg.
actions-table = Järeltegevused
actions-group-by = Rühmita
actions-group-by-due-date = Tähtaja järgi
actions-group-by-owner = Vastutaja järgi
actions-group-by-status = Oleku järgi
actions-group-no-owner = Vastutajata
actions-group-done = Tehtud või loobutud
actions-group-overdue = Tähtaeg ületatud
actions-group-due-within-week = Tähtaeg nädala jooksul
actions-group-due-later = Tähtaeg hiljem
actions-group-no-due-date = Tähtajata
actions-column-action = Järeltegevus
actions-column-status = Olek
actions-column-owner = Vastutaja
actions-column-due = Tähtaeg
actions-no-owner = vastutajata
actions-no-due-date = tähtajata
actions-due = tähtaeg { $date }
actions-overdue-since = tähtaeg ületatud alates { $date }

## Järeltegevuse redaktor

action-untitled = Uus järeltegevus
action-kind = Järeltegevus
action-text = Järeltegevuse tekst
    .hint = Mida on vaja teha
action-owner = Vastutaja
action-no-owner = Vastutajata
action-due-date = Tähtaeg
action-no-due-date = Tähtajata
action-set-due-date = Määra tähtaeg
action-overdue = Tähtaeg ületatud
action-status = Olek
action-came-from = Allikas
action-search-sources = Otsi teemasid ja sündmusi
action-open-source = Ava
    .tooltip = Ava allikas
action-source-none = Ei midagi konkreetset
action-source-topic = Teema: { $title }
action-source-event = Sündmus: { $title }
action-source-missing-topic = Puuduv teema { $id }
action-source-missing-event = Puuduv sündmus { $id }
action-undo-edit = järeltegevuse muutmine
action-undo-owner = järeltegevuse vastutaja muutmine
action-undo-clear-due = tähtaja eemaldamine
action-undo-set-due = tähtaja määramine
action-undo-source = järeltegevuse allika muutmine

## Ülevaade

overview-untitled-visit = Pealkirjata visiit
overview-title = Pealkiri
overview-purpose = Eesmärk
overview-visiting-party = Külaline pool
overview-visiting-country = Külalise poole riigikood
overview-host-party = Vastuvõttev pool
overview-host-country = Vastuvõtva poole riigikood
overview-first-day = Esimene päev
overview-last-day = Viimane päev
overview-first-day-refused = Esimene päev ei saa olla { $first }, pärast viimast päeva ({ $last }): nihuta kõigepealt viimast päeva.
overview-last-day-refused = Viimane päev ei saa olla { $last }, enne esimest päeva ({ $first }): nihuta kõigepealt esimest päeva.
overview-home-zone = Kodune ajavöönd
overview-host-zone = Vastuvõtja ajavöönd
overview-suggested-host-zone = vastuvõtja ajavöönd
overview-suggested-home-zone = kodune ajavöönd
overview-offset-during-visit = visiidi ajal { $offset }
overview-offset-from = { $offset } alates { $day }
overview-undo-edit = visiidi muutmine

## Ülevaade: kokkuvõte

overview-summary = Kokkuvõte
overview-days = Päevad
overview-days-value = { $count } ({ $first } – { $last })
overview-events = Sündmused
overview-people = Isikud
overview-count-of = { $what }: { $count }
overview-events-value = { $count ->
        [one] { $count } sündmus
       *[other] { $count } sündmust
    }: { $by_status }
overview-people-value = { $count ->
        [one] { $count } isik
       *[other] { $count } isikut
    }: { $by_side }
overview-open-actions = Avatud järeltegevused
overview-open-actions-value = { $open }/{ $total }
overview-problems = Probleemid
overview-problems-value = { $errors ->
        [one] { $errors } viga
       *[other] { $errors } viga
    }, { $warnings ->
        [one] { $warnings } hoiatus
       *[other] { $warnings } hoiatust
    }{ $checking ->
        [yes] {" "}(viimaseid muudatusi kontrollitakse…)
       *[no] {""}
    }
