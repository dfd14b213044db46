//! What a protocol office prints and sends from a plan: seating charts, fold-over place cards,
//! name badges, the daily transport list (HTML for print, A4) and the rooming list hotels ask for
//! (CSV). Every text from the plan goes through maud or the csv crate, which escape it.

mod cards;
mod catering;
mod driver_sheets;
mod manifest;
mod rooming;
mod rooming_grid;
mod seating;
mod sheet;
mod transport;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::Directory;
use super::printed::{base_style, direction, language};
use crate::lang::{Language, in_language};
use crate::model::label::label;
use crate::model::{Event, EventId, Plan};
use crate::t;

/// The protocol exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProtocolExport {
    /// Each seated event's tables, drawn, with who sits where (HTML).
    SeatingChart,
    /// A fold-over card for each seated guest (HTML, one A4 card a page).
    PlaceCards,
    /// The rooming list of each stay, one row a guest (CSV).
    RoomingList,
    /// Who rides in which vehicle, day by day (HTML).
    TransportList,
    /// Name badges, eight to an A4 sheet (HTML).
    Badges,
    /// Each stay's rooms × nights: who sleeps where each night, the nights with no room booked
    /// and the guests without a room (HTML, A4 landscape).
    RoomingGrid,
    /// The rooming grids as a spreadsheet (CSV).
    RoomingGridSpreadsheet,
    /// Each flight into or out of the host country with its passengers, for the airport's VIP
    /// service and the meet-and-greet team (HTML).
    ArrivalsManifest,
    /// The arrivals and departures manifest as a spreadsheet (CSV).
    ArrivalsManifestSpreadsheet,
    /// The caterer's sheet of each meal: guests, needs, interpretation (HTML).
    CateringSheets,
    /// Each vehicle's legs of each day, for its driver (HTML).
    DriverSheets,
}

impl ProtocolExport {
    /// What the export holds, for sentences: "the seating charts", in the language spoken.
    pub fn what(self) -> &'static str {
        match self {
            Self::SeatingChart => t!("doc-protocol-seating-charts"),
            Self::PlaceCards => t!("doc-protocol-place-cards"),
            Self::RoomingList => t!("doc-protocol-rooming-lists"),
            Self::TransportList => t!("doc-protocol-transport-list"),
            Self::Badges => t!("doc-protocol-name-badges"),
            Self::RoomingGrid | Self::RoomingGridSpreadsheet => t!("doc-protocol-rooming-grids"),
            Self::ArrivalsManifest | Self::ArrivalsManifestSpreadsheet => {
                t!("doc-protocol-manifest")
            }
            Self::CateringSheets => t!("doc-protocol-catering-sheets"),
            Self::DriverSheets => t!("doc-protocol-driver-sheets"),
        }
    }

    /// Whether the export is a spreadsheet (CSV) rather than a printable page.
    pub fn is_spreadsheet(self) -> bool {
        matches!(
            self,
            Self::RoomingList | Self::RoomingGridSpreadsheet | Self::ArrivalsManifestSpreadsheet
        )
    }

    /// The word a suggested file name ends with: "seating", "place-cards".
    pub fn file_word(self) -> &'static str {
        match self {
            Self::SeatingChart => "seating",
            Self::PlaceCards => "place-cards",
            Self::RoomingList => "rooming",
            Self::TransportList => "transport",
            Self::Badges => "badges",
            Self::RoomingGrid | Self::RoomingGridSpreadsheet => "rooming-grid",
            Self::ArrivalsManifest | Self::ArrivalsManifestSpreadsheet => "manifest",
            Self::CateringSheets => "catering",
            Self::DriverSheets => "driver-sheets",
        }
    }
}

/// Why a protocol export could not be made. Nothing is written when one of these is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
/// Said in the language spoken (English on the command line).
pub enum ProtocolExportError {
    #[error("{}", t!("doc-error-unknown-event", id = .0.to_string()))]
    UnknownEvent(EventId),
    /// `what` says what the export takes and `which` which event to choose, as English says them
    /// (one of the pairs of [`export`]); said in the language spoken by their messages.
    #[error("{}", not_applicable(.title, .what, .which))]
    NotApplicable {
        title: String,
        what: &'static str,
        which: &'static str,
    },
}

fn not_applicable(title: &str, what: &'static str, which: &'static str) -> String {
    let said = |phrase: &'static str| match PHRASES.iter().find(|(english, _)| *english == phrase) {
        Some((_, id)) => crate::lang::Arg::message(id),
        None => crate::lang::Arg::from(phrase),
    };
    t!(
        "doc-error-not-applicable",
        title = title,
        what = said(what),
        which = said(which)
    )
}

/// What an export takes and which event to choose for it, as English says them, with the ids of
/// the messages that say them in the language spoken.
const PHRASES: [(&str, &str); 10] = [
    (SEATED.0, "doc-error-seated-what"),
    (SEATED.1, "doc-error-seated-which"),
    (STAYS.0, "doc-error-stays-what"),
    (STAYS.1, "doc-error-stays-which"),
    (FLIGHTS.0, "doc-error-flights-what"),
    (FLIGHTS.1, "doc-error-flights-which"),
    (MEALS.0, "doc-error-meals-what"),
    (MEALS.1, "doc-error-meals-which"),
    (RIDES.0, "doc-error-rides-what"),
    (RIDES.1, "doc-error-rides-which"),
];
const SEATED: (&str, &str) = ("a meal or ceremony", "one with tables");
const STAYS: (&str, &str) = ("a stay with rooms", "a hotel stay");
const FLIGHTS: (&str, &str) = (
    "a flight into or out of the host country",
    "an arrival or departure",
);
const MEALS: (&str, &str) = ("a meal", "a lunch or dinner");
const RIDES: (&str, &str) = ("a leg with vehicles", "a transfer by road");

/// The export `kind` of `plan`, as the bytes of the file; `event` limits it to that one event.
pub fn export(
    plan: &Plan,
    kind: ProtocolExport,
    event: Option<EventId>,
) -> Result<Vec<u8>, ProtocolExportError> {
    let directory = Directory::new(plan);
    let only = match event {
        Some(id) => Some(
            directory
                .event(id)
                .ok_or(ProtocolExportError::UnknownEvent(id))?,
        ),
        None => None,
    };
    let events = |fits: &dyn Fn(&Event) -> bool, what, which| -> Result<Vec<&Event>, _> {
        match only {
            Some(event) if fits(event) => Ok(vec![event]),
            Some(event) => Err(ProtocolExportError::NotApplicable {
                title: label(&event.title).into_owned(),
                what,
                which,
            }),
            None => Ok(plan
                .events
                .iter()
                .map(AsRef::as_ref)
                .filter(|e| fits(e))
                .collect()),
        }
    };
    let flight = |event: &Event| manifest::is_flight_across(plan, event);
    // A spreadsheet is read by programs as much as by people: its headers and cells are the
    // same whatever the language the pages are written in.
    let spreadsheet = |write: &dyn Fn() -> Vec<u8>| in_language(Language::English, write);
    let seated = |event: &Event| event.is_seated() && !event.tables.is_empty();
    Ok(match kind {
        ProtocolExport::SeatingChart => {
            seating::chart(plan, &directory, &events(&seated, SEATED.0, SEATED.1)?).into_bytes()
        }
        ProtocolExport::PlaceCards => {
            cards::place_cards(&directory, &events(&seated, SEATED.0, SEATED.1)?).into_bytes()
        }
        ProtocolExport::RoomingList => {
            let stays = events(&has_rooms, STAYS.0, STAYS.1)?;
            spreadsheet(&|| rooming::list(&directory, &stays))
        }
        ProtocolExport::RoomingGrid => {
            rooming_grid::page_of(plan, &directory, &events(&has_rooms, STAYS.0, STAYS.1)?)
                .into_bytes()
        }
        ProtocolExport::RoomingGridSpreadsheet => {
            let stays = events(&has_rooms, STAYS.0, STAYS.1)?;
            spreadsheet(&|| rooming_grid::spreadsheet(plan, &directory, &stays))
        }
        ProtocolExport::ArrivalsManifest => {
            manifest::page_of(plan, &directory, &events(&flight, FLIGHTS.0, FLIGHTS.1)?)
                .into_bytes()
        }
        ProtocolExport::ArrivalsManifestSpreadsheet => {
            let flights = events(&flight, FLIGHTS.0, FLIGHTS.1)?;
            spreadsheet(&|| manifest::spreadsheet(plan, &directory, &flights))
        }
        ProtocolExport::CateringSheets => {
            catering::page_of(plan, &directory, &events(&is_meal, MEALS.0, MEALS.1)?).into_bytes()
        }
        ProtocolExport::DriverSheets => {
            driver_sheets::page_of(plan, &directory, &events(&has_rides, RIDES.0, RIDES.1)?)
                .into_bytes()
        }
        ProtocolExport::TransportList => {
            transport::list(plan, &directory, &events(&has_rides, RIDES.0, RIDES.1)?).into_bytes()
        }
        ProtocolExport::Badges => {
            let people: Vec<_> = match only {
                Some(event) => {
                    let named: Vec<_> = event.people().collect();
                    plan.people
                        .iter()
                        .filter(|p| named.contains(&p.id))
                        .map(AsRef::as_ref)
                        .collect()
                }
                None => plan.people.iter().map(AsRef::as_ref).collect(),
            };
            cards::badges(&directory, &people).into_bytes()
        }
    })
}

fn has_rooms(event: &Event) -> bool {
    matches!(&event.kind, crate::model::EventKind::Stay(stay) if !stay.rooms.is_empty())
}

fn is_meal(event: &Event) -> bool {
    matches!(event.kind, crate::model::EventKind::Meal)
}

fn has_rides(event: &Event) -> bool {
    !event.rides.is_empty()
}

/// A whole printable page: the style the printed documents share, then the export's own. A value
/// from the plan in `title` comes isolated by [`value_text`](super::printed::value_text).
fn page(title: &str, style: &str, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang=(language()) dir=(direction()) {
            head {
                meta charset="utf-8";
                meta name="generator" content=(format!("Attaché {}", env!("CARGO_PKG_VERSION")));
                title { (title) }
                style { (PreEscaped(base_style())) (PreEscaped(style)) }
            }
            body { (body) }
        }
    }
    .into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Language, in_language};

    #[test]
    fn a_refusal_is_said_in_the_language_spoken() {
        let refused = ProtocolExportError::NotApplicable {
            title: "Opening".into(),
            what: SEATED.0,
            which: SEATED.1,
        };
        assert_eq!(
            refused.to_string(),
            "“Opening” is not a meal or ceremony; choose one with tables"
        );
        assert_eq!(
            in_language(Language::Estonian, || refused.to_string()),
            "„Opening“ ei ole söögikord ega tseremoonia; valige laudadega sündmus"
        );
    }
}
