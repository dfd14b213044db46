//! The rooming list in the form hotels ask for: one row a guest, the room, its type, the guest's
//! form of address and name (in columns of their own, as in the other printouts: a title is
//! never glued before a name that may be a role), who shares it, arrival and departure dates and
//! the number of nights.

use jiff::ToSpan;

use crate::interop::Directory;
use crate::interop::csv::neutralise;
use crate::model::{Choice, Event, EventKind};

const HEADERS: [&str; 11] = [
    "Hotel",
    "Booking reference",
    "Room",
    "Room type",
    "Form of address",
    "Guest",
    "Name in own script",
    "Sharing with",
    "Arrival",
    "Departure",
    "Nights",
];

pub(super) fn list(directory: &Directory, stays: &[&Event]) -> Vec<u8> {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = ::csv::Writer::from_writer(&mut bytes);
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(HEADERS);
        for stay in stays {
            let EventKind::Stay(booking) = &stay.kind else {
                continue;
            };
            for room in &booking.rooms {
                let guests: Vec<_> = room
                    .guests
                    .iter()
                    .filter_map(|&id| directory.person(id))
                    .collect();
                let departure = room
                    .last_night
                    .checked_add(1.day())
                    .map_or_else(|_| String::new(), |date| date.to_string());
                // Dates as typed: a last night before the first is left for the planner to see.
                let nights = match room.first_night.until(room.last_night) {
                    Ok(span) if room.last_night >= room.first_night => {
                        (span.get_days() + 1).to_string()
                    }
                    _ => String::new(),
                };
                for guest in &guests {
                    let sharing: Vec<&str> = guests
                        .iter()
                        .filter(|other| other.id != guest.id)
                        .map(|other| other.name.trim())
                        .collect();
                    let row = [
                        stay.title.trim().to_owned(),
                        booking.booking_reference.trim().to_owned(),
                        room.number.trim().to_owned(),
                        room.kind.code().to_owned(),
                        guest.forms_of_address().collect::<Vec<_>>().join(" "),
                        guest.name.trim().to_owned(),
                        guest.native_name.trim().to_owned(),
                        sharing.join("; "),
                        room.first_night.to_string(),
                        departure.clone(),
                        nights.clone(),
                    ];
                    let _ =
                        writer.write_record(row.iter().map(|cell| neutralise(cell).into_owned()));
                }
            }
        }
        let _ = writer.flush();
    }
    bytes
}
