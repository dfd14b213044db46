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
menu-keyboard-shortcuts = Kiirklahvid
menu-getting-started = Alustamine
