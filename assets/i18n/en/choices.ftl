# What a planner picks from a list, as the picker shows it. The ids are fixed: each names the
# choice's type and its value in the file (choice-DelegationRole-Head).

choice-ActionStatus-Open = Open
choice-ActionStatus-InProgress = In progress
choice-ActionStatus-Done = Done
choice-ActionStatus-Dropped = Dropped

choice-GiftStatus-Planned = Planned
choice-GiftStatus-Bought = Bought
choice-GiftStatus-HandedOver = Handed over
choice-GiftStatus-Received = Received
choice-GiftStatus-Declared = Declared

choice-TableShape-Round = Round
choice-TableShape-Rectangular = Rectangular
choice-TableShape-Head = Head table
choice-TableShape-UShape = U-shape

choice-RoomKind-Single = Single
choice-RoomKind-Double = Double
choice-RoomKind-Twin = Twin
choice-RoomKind-Suite = Suite

choice-ContactKind-Work = Work
choice-ContactKind-Home = Home
choice-ContactKind-Mobile = Mobile
choice-ContactKind-Other = Other

choice-TravelMode-Flight = Flight
choice-TravelMode-Train = Train
choice-TravelMode-Car = Car
choice-TravelMode-Bus = Bus
choice-TravelMode-Ferry = Ferry
choice-TravelMode-Walk = Walk

choice-EventStatus-Proposed = Proposed
choice-EventStatus-Requested = Requested
choice-EventStatus-Confirmed = Confirmed
choice-EventStatus-Cancelled = Cancelled

choice-OrganisationKind-Ministry = Ministry
choice-OrganisationKind-Agency = Agency
choice-OrganisationKind-Company = Company
choice-OrganisationKind-University = University
choice-OrganisationKind-Embassy = Embassy
choice-OrganisationKind-International = International body
choice-OrganisationKind-Other = Other

choice-VehicleKind-Car = Car
choice-VehicleKind-Van = Van
choice-VehicleKind-Minibus = Minibus
choice-VehicleKind-Bus = Bus

choice-Side-Visiting = Visiting
choice-Side-Host = Host
choice-Side-Other = Other

choice-DelegationRole-Head = Head of delegation
choice-DelegationRole-Deputy = Deputy head
choice-DelegationRole-Member = Member
choice-DelegationRole-Adviser = Adviser
choice-DelegationRole-Interpreter = Interpreter
choice-DelegationRole-Liaison = Liaison officer
choice-DelegationRole-Protocol = Protocol officer
choice-DelegationRole-Security = Security
choice-DelegationRole-Media = Media
choice-DelegationRole-Host = Host
choice-DelegationRole-Speaker = Speaker
choice-DelegationRole-Support = Support staff

choice-DocumentStatus-NotNeeded = Not needed
choice-DocumentStatus-ToApply = To apply for
choice-DocumentStatus-Applied = Applied
choice-DocumentStatus-Issued = Issued
choice-DocumentStatus-Refused = Refused

choice-EventKindTag-Meeting = Meeting
choice-EventKindTag-SiteVisit = Site visit
choice-EventKindTag-Briefing = Briefing
choice-EventKindTag-Meal = Meal
choice-EventKindTag-Ceremony = Ceremony
choice-EventKindTag-Travel = Travel
choice-EventKindTag-Stay = Stay
choice-EventKindTag-FreeTime = Free time
