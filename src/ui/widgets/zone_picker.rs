//! Picking an IANA time zone: every zone of jiff's database, searched by any part of its name
//! ("tallinn", "new york", "america"), with the plan's own zones offered first.

use crate::app::Revision;
use std::sync::OnceLock;

use egui::Ui;
use jiff::Timestamp;

use crate::model::schedule::{utc_offset, zone_city};
use crate::model::search::{self, fold};
use crate::model::{zone_named, zone_names};
use crate::t;
use crate::ui::pickers::{Found, search_select};

struct Zone {
    name: String,
    /// The name folded for search, "/" read as a space: "europe tallinn".
    folded: String,
}

/// Every zone the database knows, sorted, read once.
fn all_zones() -> &'static [Zone] {
    static ZONES: OnceLock<Vec<Zone>> = OnceLock::new();
    ZONES.get_or_init(|| {
        let mut names: Vec<String> = zone_names().collect();
        names.sort();
        names.dedup();
        names
            .into_iter()
            .map(|name| Zone {
                folded: fold(&name.replace('/', " ")),
                name,
            })
            .collect()
    })
}

/// A zone with its offset at `at`: "Europe/Tallinn (UTC+2)".
fn with_offset(name: &str, at: Timestamp) -> String {
    match zone_named(name) {
        Ok(zone) => t!(
            "clock-zone-with-offset",
            zone = name,
            offset = utc_offset(zone.to_offset(at))
        ),
        Err(_) => t!("clock-zone-unknown", zone = name),
    }
}

/// A button showing `zone` ("Tallinn · UTC+2" at the instant `at`); clicking it opens a search
/// over all zones, `suggested` first. Named `name` for screen readers. Returns whether the zone
/// changed.
pub fn zone_picker(
    ui: &mut Ui,
    id_salt: &str,
    name: &str,
    zone: &mut String,
    suggested: &[(&str, &str)],
    at: Timestamp,
    revision: Revision,
) -> bool {
    let shown = match zone_named(zone) {
        Ok(tz) => t!(
            "clock-zone-shown",
            city = zone_city(zone),
            offset = utc_offset(tz.to_offset(at))
        ),
        Err(_) => t!("clock-zone-unknown", zone = zone.as_str()),
    };
    let select = search_select(
        ui,
        id_salt,
        shown,
        &t!("clock-zone-search", field = name.to_lowercase()),
        revision,
        |query| {
            let mut found: Vec<Found<String>> = Vec::new();
            for (zone, why) in suggested {
                if search::matches(&fold(&zone.replace('/', " ")), query)
                    && !found.iter().any(|f| f.key == *zone)
                {
                    found.push(Found {
                        key: (*zone).to_owned(),
                        text: t!(
                            "clock-zone-suggested",
                            zone = with_offset(zone, at),
                            why = *why
                        ),
                        detail: String::new(),
                    });
                }
            }
            found.extend(
                all_zones()
                    .iter()
                    .filter(|z| search::matches(&z.folded, query))
                    .filter(|z| !suggested.iter().any(|(s, _)| *s == z.name))
                    .map(|z| Found {
                        key: z.name.clone(),
                        text: z.name.clone(),
                        detail: String::new(),
                    }),
            );
            found
        },
    );
    select
        .button
        .accessible_name(name)
        .on_hover_text(t!("clock-zone-tooltip", zone = zone.as_str()));
    match select.picked {
        Some(picked) if picked != *zone => {
            *zone = picked;
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_is_searched_by_any_part_of_a_zone_name() {
        let zones = all_zones();
        assert!(zones.len() > 300, "{} zones", zones.len());
        let find = |query: &str| -> Vec<&str> {
            let query = fold(query);
            zones
                .iter()
                .filter(|z| search::matches(&z.folded, &query))
                .map(|z| z.name.as_str())
                .collect()
        };
        assert!(find("tallinn").contains(&"Europe/Tallinn"));
        assert!(find("new york").contains(&"America/New_York"));
        assert!(find("BAGHDAD").contains(&"Asia/Baghdad"));
        assert!(find("argentina buenos").contains(&"America/Argentina/Buenos_Aires"));
    }
}
