# Aken: menüüd, menüü- ja klahvikäsud (igaühel lause, mida näitavad vihje ning Abi → Kiirklahvid),
# navigeerimine ja olekuriba.
#
# Sõnastik (kogu tõlke ühtsed terminid):
#   visit = visiit            delegation = delegatsioon        itinerary = programm
#   programme = programm      host = vastuvõtja                 visiting side = külaline pool
#   plan = plaan              event = sündmus                   briefing book = taustamaterjal
#   topic = teema             action = järeltegevus             problem = probleem
#   organisation = organisatsioon    person = isik              participant = osaleja
#   seating = istumiskord     place card = lauakaart            badge = nimesilt
#   stay = majutus            room = tuba                       vehicle = sõiduk
#   travel leg = sõit         clock = kell                      time zone = ajavöönd
#   undo = võta tagasi        redo = tee uuesti                 save = salvesta

## Menüüd

menu-file = Fail
menu-edit = Muuda
menu-view = Vaade
menu-help = Abi
menu-import = Impordi
menu-heading-theme = Kujundus
menu-heading-language = Keel

## Vaated

view-overview = Ülevaade
    .tooltip = Näita ülevaadet
view-itinerary = Programm
    .tooltip = Näita programmi
view-people = Isikud
    .tooltip = Näita isikuid
view-organisations = Organisatsioonid
    .tooltip = Näita organisatsioone
view-topics = Teemad
    .tooltip = Näita teemasid
view-actions = Järeltegevused
    .tooltip = Näita järeltegevusi
view-problems = Probleemid
    .tooltip = Näita probleeme

## Käsud

command-new = Uus
    .tooltip = Alusta uut plaani
command-open = Ava…
    .tooltip = Ava plaan
menu-open-recent = Ava hiljutine
command-save = Salvesta
    .tooltip = Salvesta plaan
command-save-as = Salvesta nimega…
    .tooltip = Salvesta plaan teise nime all
command-revert-to-saved = Taasta salvestatud
    .tooltip = Mine tagasi salvestatud plaani juurde; „Võta tagasi“ tühistab selle
menu-export = Ekspordi
command-publish = Avalda kalendris…
    .tooltip = Programm CalDAV-kalendrisse, mida delegatsioon tellib
command-mark-as-issued = Märgi väljastatuks
    .tooltip = Hoiab plaanist praeguse, välja antud versiooni koopia selle kõrval kaustas; järgmine programm märgib, mis on sestpeale muutunud
command-print-briefing-book = Prindi taustamaterjal…
    .tooltip = Avab taustamaterjali brauseris, et see printida või PDF-ina salvestada
command-print-programme = Prindi programm…
    .tooltip = Avab iga delegaadi üheleheküljelise programmi brauseris, üks isik lehel
command-quit = Välju
    .tooltip = Välju
command-export-icalendar = iCalendar…
    .tooltip = Programm kalendritele ja telefonidele (.ics)
command-export-icalendar-for-one-person = iCalendar ühele isikule…
    .tooltip = Ainult sündmused, kus isik osaleb või on vastuvõtja (.ics)
command-export-vcard = vCard…
    .tooltip = Isikud ja organisatsioonid aadressiraamatutele (.vcf)
command-export-csv = CSV…
    .tooltip = Isikud tabelina (.csv)
command-organisations-as-csv = Organisatsioonid CSV-na…
    .tooltip = Organisatsioonid eraldi tabelina (.csv), kõik väljad
command-briefing-book = Taustamaterjal…
    .tooltip = Üks HTML-fail printimiseks või jagamiseks: delegatsioon, programm, kontaktid, teemad, järeltegevused
command-programmes = Programmid…
    .tooltip = Iga delegaadi üheleheküljeline programm, üks isik lehel (.html)
command-mark-changes-since = Märgi muudatused alates…
    .tooltip = Millise varasema versiooniga võrreldes märgivad taustamaterjal ja programmid muudatusi
menu-protocol = Protokoll
command-seating-charts = Istumiskorrad…
    .tooltip = Iga istumisega söögikorra või tseremoonia lauad joonisel, kes kus istub (.html)
command-place-cards = Lauakaardid…
    .tooltip = Kokkumurtav kaart igale istuvale külalisele, mõlemas kirjas (.html)
command-rooming-lists = Majutusnimekirjad…
    .tooltip = Kes millises toas magab, nagu hotellid seda küsivad (.csv)
command-transport-list = Transpordinimekiri…
    .tooltip = Kes millises sõidukis sõidab, päevade kaupa, autojuhtidele ja kontaktametnikele (.html)
command-name-badges = Nimesildid…
    .tooltip = Nimesildid nime, omakirjalise nime, organisatsiooni ja poolega, kaheksa lehel (.html)
command-rooming-grid = Majutustabel…
    .tooltip = Iga majutuse toad öö kaupa: kes kus magab, ööd ja külalised ilma toata (.html)
command-rooming-grid-for-spreadsheets = Majutustabel tabelarvutusele…
    .tooltip = Majutustabel, igal ööl oma veerg, hotelli toabloki jaoks (.csv)
command-arrivals-and-departures = Saabumised ja lahkumised…
    .tooltip = Iga saabuv või lahkuv lend reisijate, vajaduste ja autodega, lennujaamale (.html)
command-arrivals-and-departures-for-spreadsheets = Saabumised ja lahkumised tabelarvutusele…
    .tooltip = Nimekiri, igal lennu reisijal oma rida (.csv)
command-caterers-sheets = Toitlustaja lehed…
    .tooltip = Iga söögikorra külalised, toitumis- ja allergiavajadused istekohtadega ning tõlge (.html)
command-drivers-sheets = Autojuhtide lehed…
    .tooltip = Iga sõiduki päeva sõidud reisijate, telefonide ja kontaktametnikuga (.html)
command-import-vcard = vCard…
    .tooltip = Isikud ja organisatsioonid aadressiraamatust (.vcf)
command-import-csv = CSV…
    .tooltip = Isikud tabelist (.csv)
command-undo = Võta tagasi
    .tooltip = Võta viimane muudatus tagasi
command-redo = Tee uuesti
    .tooltip = Tee uuesti viimati tagasi võetud muudatus
command-add = Lisa (uus sündmus, lisa isik …)
    .tooltip = Lisa näidatud vaatesse: programmis uus sündmus, isikute all isik, omas vaates organisatsioon, teema või järeltegevus
command-find = Otsi
    .tooltip = Vii kursor näidatud vaate otsingukasti
command-delete = Kustuta…
    .tooltip = Küsi, kas kustutada redaktoris avatud kirje (kui ükski tekstiväli pole aktiivne)
command-theme-system = Järgi süsteemi
    .tooltip = Hele või tume, nagu süsteem
command-theme-light = Hele
    .tooltip = Tume tekst heledal taustal
command-theme-dark = Tume
    .tooltip = Hele tekst tumedal taustal
command-language-system = Süsteemi keel
    .tooltip = Süsteemi keel, kui Attaché seda räägib; muidu inglise keel
command-language-english = English
    .tooltip = Inglise keel
command-language-estonian = Eesti
    .tooltip = Eesti keel
command-language-arabic = العربية
    .tooltip = Araabia keel, loetakse paremalt vasakule
command-digits-of-language = Keele numbrid
    .tooltip = Arvud, kuupäevad ja kellaajad keele enda numbritega (araabia keeles ٠١٢٣)
command-digits-western = Lääne numbrid 0123
    .tooltip = Arvud, kuupäevad ja kellaajad igas keeles lääne numbritega (0123)
menu-keyboard-shortcuts = Kiirklahvid
menu-getting-started = Alustamine

## Raam: orientiirid, navigeerimine ja menüü „Muuda“ sammud

frame-menu-bar = Menüüriba
frame-region-views = Vaated
frame-region-status-bar = Olekuriba
frame-region-messages = Teated
frame-editor-region = Redaktor
frame-divider = Loendi ja redaktori vaheline eraldaja
frame-divider-value = redaktor { $percent }% laiusest
frame-navigation-count = { $view }  ({ $count })
frame-undo-step = Võta tagasi: { $step }
frame-redo-step = Tee uuesti: { $step }
frame-no-recent-plans = Hiljutisi plaane pole
frame-recent-missing = { $path } (puudub)
frame-recent-remove = Eemalda
    .tooltip = Eemalda see puuduv plaan loendist
frame-command-tooltip = { $tooltip } ({ $keys })
frame-message-dismiss = Peida

## Olekuriba

status-untitled = Nimetu, veel salvestamata
status-unsaved-changes = Salvestamata muudatused
status-all-changes-saved = Kõik muudatused on salvestatud
status-problems = { $errors ->
        [one] 1 viga
       *[other] { $errors } viga
    } · { $warnings ->
        [one] 1 hoiatus
       *[other] { $warnings } hoiatust
    }
status-problems-checking = { $errors ->
        [one] 1 viga
       *[other] { $errors } viga
    } · { $warnings ->
        [one] 1 hoiatus
       *[other] { $warnings } hoiatust
    } · kontrollin…
status-file-dialog-open = Failidialoog on avatud…

## Abi: alustamine ja teave

help-getting-started-overview = 1. Ülevaade: visiidi pealkiri, osapooled, päevad ja kaks ajavööndit.
help-getting-started-people = 2. Isikud ja organisatsioonid: delegatsioon protokollilises järjekorras (Isikud → Delegatsiooni nimekiri) ja vastuvõtjad; omakirjas nimed näidatakse nii, nagu need on sisestatud.
help-getting-started-itinerary = 3. Programm: „Uus sündmus“ lisab tunni pärast päeva viimast sündmust; lennud väljuvad ühes ajavööndis ja saabuvad teises.
help-getting-started-topics = 4. Teemad ja järeltegevused: mida delegatsioon uurib ja mis järgneb.
help-getting-started-problems = 5. Probleemid: kattuvused, puuduvad vastuvõtjad ja hilinenud dokumendid, igaüks ühe klõpsu kaugusel oma kirjest ja märgitud päevakavas.
help-getting-started-documents = 6. Fail → Ekspordi või Prindi kalendrite, kontaktide ja taustamaterjali jaoks; Fail → Avalda kalendris delegatsiooni telefonide jaoks.
help-about-version = Versioon { $version }
help-about-time-zones = Ajavööndid: IANA andmebaas { $version }, programmi sisse ehitatud, nii et iga arvuti arvutab samad ajad.
help-about-purpose = Ametlike delegatsioonivisiitide kavandamiseks. Plaanid salvestatakse .ron-failidena.

## Dialoogid: ühised vastused

dialog-save = Salvesta
dialog-dont-save = Ära salvesta
dialog-cancel = Loobu
dialog-close = Sulge
dialog-ok = OK

## Dialoog: salvestamata muudatused

dialog-unsaved-heading = Salvestamata muudatused
dialog-unsaved-question-closing = Kas salvestada plaani { $name } muudatused enne sulgemist?
dialog-unsaved-question-new = Kas salvestada plaani { $name } muudatused enne uue plaani alustamist?
dialog-unsaved-question-open = Kas salvestada plaani { $name } muudatused enne teise plaani avamist?
dialog-unsaved-warning = Kui te ei salvesta, lähevad muudatused kaotsi.

## Dialoog: plaani avamine

dialog-opening-heading = Avan faili { $name }
dialog-reading-again-heading = Loen faili { $name } uuesti
dialog-opening-progress = { $read } / { $total } MB loetud
dialog-opening-reading = Loen plaani…
dialog-opening-stays-open = Praegu avatud plaan jääb avatuks, kuni see plaan on valmis.

## Dialoog: tee sisestamine, kui failidialoogi ei saa näidata

dialog-path-open-heading = Ava plaan
dialog-path-open = Ava
dialog-path-save-heading = Salvesta plaan nimega
dialog-path-save = Salvesta
dialog-path-export-heading = Ekspordi faili
dialog-path-export = Ekspordi
dialog-path-import-heading = Impordi failist
dialog-path-import = Impordi
dialog-path-explanation-plan = Sellel töölaual ei saa failidialoogi näidata. Sisestage plaanifaili täielik tee.
dialog-path-explanation-file = Sellel töölaual ei saa failidialoogi näidata. Sisestage faili täielik tee.
dialog-path-field = Faili tee

## Dialoogid: taastamine pärast krahhi, teise programmi muudetud fail

dialog-restore-heading = Kas taastada salvestamata muudatused?
dialog-restore-explanation = Attaché suleti enne, kui need muudatused salvestati:
dialog-restore = Taasta
dialog-discard = Loobu muudatustest
dialog-outside-change-heading = Fail muutus kettal
dialog-outside-change-explanation = Teine programm muutis faili { $name } pärast seda, kui Attaché selle avas või salvestas.
dialog-outside-change-while-editing = Uuesti laadimine asendab teie salvestamata muudatused; „Võta tagasi“ toob need tagasi.
dialog-outside-change-on-save = Ülekirjutamine asendab teise programmi muudatused teie omadega.
dialog-reload-from-disk = Laadi kettalt uuesti
dialog-keep-my-version = Jäta minu versioon
dialog-overwrite = Kirjuta üle

## Kalendris avaldamine

publish-heading = Avalda kalendris
publish-explanation = Iga sündmus saab kirjeks CalDAV-serveri (Nextcloud, Radicale, Fastmail…) kalendris, mida delegatsioon saab tellida. Uuesti avaldamine uuendab muutunud kirjed ja eemaldab need, mis plaanist välja jäid. Teiste plaanide ja isikute kirjed ning serveris muudetud kirjed jäävad, nagu need on.
publish-calendar-address = Kalendri aadress
    .hint = https://calendar.example.org/dav/visit/
publish-user-name = Kasutajanimi
publish-password = Parool
publish-events-of = Kelle sündmused
publish-everyone = Kõik
publish-replace-changed = Asenda serveris muudetud kirjed
publish-password-never-saved = Parooli kasutatakse ainult selleks avaldamiseks ja seda ei salvestata kunagi.
publish-publishing = Avaldan…
publish-publish = Avalda
publish-nothing-more-published = Rohkem ei avaldatud. { $reason }
publish-published = Avaldatud. Sündmused: lisatud { $added }, uuendatud { $updated }, eemaldatud { $removed }, muutmata { $unchanged }.
publish-sentences = { $first } { $next }
publish-removed = Eemaldatud: { $titles }.
publish-changed-on-server = Serveris muudetud ja muutmata jäetud: { $titles } (nende asendamiseks märkige „{ $replace }“).
publish-outside = { $count ->
        [one] Server loetles 1 kirje väljaspool kalendrit; see jäeti puutumata.
       *[other] Server loetles { $count } kirjet väljaspool kalendrit; need jäeti puutumata.
    }

## Akna pealkiri, plaani nimi

app-window-title = { $mark }{ $name } — Attaché
app-untitled-plan = Nimetu plaan
app-unsaved-title = { $title } (salvestamata)

## Rakenduse enda tagasivõetavad sammud

app-step-revert = taasta salvestatud
app-step-reload-from-disk = laadi kettalt uuesti
app-step-restore-unsaved-changes = taasta salvestamata muudatused
app-step-calendar-identity = anna plaanile kalendritunnus
app-step-import = import failist { $file }

## Teated

app-notice-reloaded = Teine programm muutis faili { $path } ja see laaditi uuesti. „Võta tagasi“ toob tagasi teie varasema versiooni.
app-notice-gone-from-disk = Faili { $path } pole enam kettal (teine programm teisaldas või kustutas selle). Salvestamine toob selle tagasi.
app-notice-open-in-another-window = Fail { $path } on avatud ka teises Attaché aknas. Attaché küsib enne, kui ühes aknas salvestamine kirjutab üle teises aknas salvestatu.
app-leftover = { $name }, seisuga { $date } kell { $time }
app-leftover-untitled = Nimetu plaan, seisuga { $date } kell { $time }

## Plaani ei saanud avada (tee ning võimaluse korral rida ja veerg)

app-load-io = { $path }: ei saa lugeda: { $reason }
app-load-is-folder = { $path }: on kaust, mitte plaanifail
app-load-not-regular = { $path }: on { $kind }, mitte plaanifail; loetakse ainult tavalisi faile
app-load-busy = { $path }: teine programm (teine salvestav või importiv Attaché) kirjutab seda parajasti; proovige hetke pärast uuesti
app-load-cancelled = { $path }: jäi avamata: avamine katkestati
app-load-too-large = { $path }: on { $size } baiti, suurem kui plaanifaili lubatud { $limit } MiB; tõenäoliselt pole see plaan
app-load-not-utf8 = { $path }:{ $line }:{ $column }: oodati UTF-8 teksti, leiti baidid, mis seda pole
app-load-syntax = { $path }:{ $line }:{ $column }: { $detail }
app-load-newer-version = { $path }: on kirjutatud plaanivormingu versioonis { $found }, mis on uuem kui selle Attaché mõistetav versioon { $current }; avage see uuema Attachéga
app-load-unknown-version = { $path }:{ $line }:{ $column }: vormingu versiooni { $found } pole olemas (oodati 1 kuni { $current })
app-load-unreadable-version = { $path }:{ $line }:{ $column }: vormingu versioon oodati täisarvuna tavaliste numbritega (nt 1), leiti „{ $found }“

## Faili ei saanud kirjutada

app-save-io = { $path }: salvestamine ebaõnnestus, kettal ei muudetud midagi: { $reason }
app-save-target-is-folder = { $path }: on kaust; valige failinimi, mille all plaan salvestada
app-save-not-regular = { $path }: on { $kind }, mitte tavaline fail; sinna ei kirjutatud midagi
app-save-link-loop = { $path }: on nimeviit, mis viib ringiga tagasi; midagi ei kirjutatud
app-save-would-overwrite-newer = { $path }: sisaldab plaani vormingu versioonis { $found }, mis on uuem kui see, mida see Attaché kirjutab ({ $current }); seda ei kirjutatud üle. Salvestage teise nime all käsuga „Salvesta nimega“
app-save-would-overwrite-plan = { $path }: sisaldab Attaché plaani (või selle varukoopiat); eksport ei kirjuta kunagi plaani üle. Valige teine failinimi
app-save-would-replace-other-file = { $path }: on juba olemas ega ole Attaché varasem sama liiki eksport; midagi ei kirjutatud, nii et selle sisu ei läinud kaotsi. Valige teine failinimi või kinnitage, et selle võib asendada
app-save-changed-on-disk = { $path }: teine programm on seda pärast lugemist muutnud; midagi ei kirjutatud, nii et see muudatus ei läinud kaotsi
app-save-busy = { $path }: teine programm (teine salvestav või importiv Attaché) kirjutab seda parajasti; midagi ei kirjutatud, proovige hetke pärast uuesti

## Faili ei saanud importimiseks lugeda

app-read-io = ei saa lugeda: { $reason }
app-read-is-folder = on kaust, mitte fail
app-read-not-regular = on { $kind }, mitte tavaline fail
app-read-too-large = on { $size } baiti, suurem kui lubatud { $limit } baiti
app-read-cancelled = jäi lugemata: lugemine katkestati

## Failid, mis pole tavalised failid

app-file-kind-fifo = nimega toru (FIFO)
app-file-kind-device = seade
app-file-kind-socket = sokkel
app-file-kind-symbolic-link = nimeviit
app-file-kind-special = erifail
app-file-kind-other = { $kind }

## Eksport, import ja printimine

app-not-exported = { $path }: jäi eksportimata: { $reason }
app-nothing-exported = Midagi ei eksporditud. { $reason }
app-exported = Eksporditi { $what } faili { $path }
app-issued = Väljastatud: plaani praeguse seisu koopia on failis { $path }
app-not-issued = Plaani ei märgitud väljastatuks. { $reason }
app-changes-since-unreadable = Midagi ei eksporditud: varasemat versiooni, millega muudatusi võrrelda, ei õnnestunud lugeda. { $reason }
app-nothing-imported = { $path }: { $reason }; midagi ei imporditud
app-import-not-csv = { $path }: ei õnnestunud lugeda CSV-na: { $reason }
app-nothing-printed-export = Midagi ei prinditud: { $reason }
app-nothing-printed-no-folder = Midagi ei prinditud: ajutist kausta ei õnnestunud luua ({ $reason })
app-nothing-printed = Midagi ei prinditud. { $reason }
app-opened-in-browser = Fail { $path } avati brauseris: printige see sealt või salvestage PDF-ina.
app-browser-not-opened = Fail { $path } on printimiseks valmis, kuid brauserit ei õnnestunud avada ({ $reason }); avage fail ise.
app-export-what-calendar = kalender
app-export-what-contacts = kontaktid
app-export-what-people = isikud
app-export-what-organisations = organisatsioonid
app-export-what-briefing-book = taustamaterjal
app-export-what-programmes = programmid
app-export-what-seating-charts = istumiskorrad
app-export-what-place-cards = lauakaardid
app-export-what-rooming-lists = majutusnimekirjad
app-export-what-transport-list = transpordinimekiri
app-export-what-name-badges = nimesildid
app-export-what-rooming-grids = majutustabelid
app-export-what-arrivals-manifest = saabumiste ja lahkumiste nimekiri
app-export-what-caterers-sheets = toitlustaja lehed
app-export-what-drivers-sheets = autojuhtide lehed

## Failidialoogid: pealkirjad ja filtrid

app-dialog-open-plan = Ava delegatsiooni plaan
app-dialog-save-plan = Salvesta delegatsiooni plaan
app-dialog-filter-plan = Delegatsiooni plaan (*.ron)
app-dialog-export-person-calendar = Ekspordi ühe isiku programm iCalendarina
app-dialog-export-calendar = Ekspordi programm iCalendarina
app-dialog-export-contacts = Ekspordi isikud ja organisatsioonid vCardina
app-dialog-export-people-csv = Ekspordi isikud CSV-na
app-dialog-export-organisations-csv = Ekspordi organisatsioonid CSV-na
app-dialog-export-briefing-book = Ekspordi taustamaterjal
app-dialog-export-person-programme = Ekspordi ühe isiku programm
app-dialog-export-programmes = Ekspordi delegaatide programmid
app-dialog-export-protocol = Ekspordi { $what }
app-dialog-filter = { $kind } (*.{ $extension })
app-dialog-import-vcard = Impordi isikud ja organisatsioonid vCardist
app-dialog-filter-vcard = vCard (*.vcf, *.vcard)
app-dialog-import-csv = Impordi isikud CSV-tabelist
app-dialog-filter-csv = CSV-tabel (*.csv, *.txt)
app-file-type-icalendar = iCalendar
app-file-type-vcard = vCard
app-file-type-csv = CSV-tabel
app-file-type-briefing-book = Taustamaterjal (HTML)
app-file-type-programme = Programm (HTML)
app-file-type-printable-page = Prinditav leht (HTML)
