# Valikud, nagu valikuloend neid näitab. Id-d on püsivad: tüüp ja väärtus failis.

choice-ActionStatus-Open = Avatud
choice-ActionStatus-InProgress = Töös
choice-ActionStatus-Done = Tehtud
choice-ActionStatus-Dropped = Loobutud

choice-GiftStatus-Planned = Kavandatud
choice-GiftStatus-Bought = Ostetud
choice-GiftStatus-HandedOver = Üle antud
choice-GiftStatus-Received = Vastu võetud
choice-GiftStatus-Declared = Deklareeritud

choice-TableShape-Round = Ümmargune
choice-TableShape-Rectangular = Ristkülikukujuline
choice-TableShape-Head = Pealaud
choice-TableShape-UShape = U-kujuline

choice-RoomKind-Single = Ühene tuba
choice-RoomKind-Double = Kaheinimesetuba (üks voodi)
choice-RoomKind-Twin = Kaheinimesetuba (kaks voodit)
choice-RoomKind-Suite = Sviit

choice-ContactKind-Work = Töö
choice-ContactKind-Home = Kodu
choice-ContactKind-Mobile = Mobiil
choice-ContactKind-Other = Muu

choice-TravelMode-Flight = Lend
choice-TravelMode-Train = Rong
choice-TravelMode-Car = Auto
choice-TravelMode-Bus = Buss
choice-TravelMode-Ferry = Praam
choice-TravelMode-Walk = Jalgsi

choice-EventStatus-Proposed = Pakutud
choice-EventStatus-Requested = Taotletud
choice-EventStatus-Confirmed = Kinnitatud
choice-EventStatus-Cancelled = Tühistatud

choice-OrganisationKind-Ministry = Ministeerium
choice-OrganisationKind-Agency = Amet
choice-OrganisationKind-Company = Ettevõte
choice-OrganisationKind-University = Ülikool
choice-OrganisationKind-Embassy = Saatkond
choice-OrganisationKind-International = Rahvusvaheline organisatsioon
choice-OrganisationKind-Other = Muu

choice-VehicleKind-Car = Sõiduauto
choice-VehicleKind-Van = Kaubik
choice-VehicleKind-Minibus = Väikebuss
choice-VehicleKind-Bus = Buss

choice-Side-Visiting = Külaline
choice-Side-Host = Vastuvõtja
choice-Side-Other = Muu

choice-DelegationRole-Head = Delegatsiooni juht
choice-DelegationRole-Deputy = Juhi asetäitja
choice-DelegationRole-Member = Liige
choice-DelegationRole-Adviser = Nõunik
choice-DelegationRole-Interpreter = Tõlk
choice-DelegationRole-Liaison = Kontaktametnik
choice-DelegationRole-Protocol = Protokolliametnik
choice-DelegationRole-Security = Turvatöötaja
choice-DelegationRole-Media = Meedia
choice-DelegationRole-Host = Vastuvõtja
choice-DelegationRole-Speaker = Esineja
choice-DelegationRole-Support = Abipersonal

choice-DocumentStatus-NotNeeded = Pole vaja
choice-DocumentStatus-ToApply = Taotleda
choice-DocumentStatus-Applied = Taotletud
choice-DocumentStatus-Issued = Väljastatud
choice-DocumentStatus-Refused = Keeldutud

choice-EventKindTag-Meeting = Kohtumine
choice-EventKindTag-SiteVisit = Külastus
choice-EventKindTag-Briefing = Briifing
choice-EventKindTag-Meal = Söögikord
choice-EventKindTag-Ceremony = Tseremoonia
choice-EventKindTag-Travel = Sõit
choice-EventKindTag-Stay = Majutus
choice-EventKindTag-FreeTime = Vaba aeg
