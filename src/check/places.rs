//! Where an event takes place, read from the free text a planner writes ("Ministry of Foreign
//! Affairs, Islandi väljak 1, 15049 Tallinn", "Ballroom, Swissôtel", "Tallinn Airport (TLL)").
//!
//! Locations are free text, so this errs on the side of silence, by two rules a planner can
//! predict:
//!
//! - **A city** is only recognised when the place names a city the plan knows: the city of a time
//!   zone the plan uses (`Europe/Tallinn` → Tallinn), a city written after a postal code in any
//!   location or address ("15049 Tallinn"), or one a travel leg leaves from or goes to, written
//!   alone or last after a comma ("Old Town, Tallinn"). The city after a postal code is the
//!   place's; otherwise the known city the text names. A place naming no known city, or two
//!   (a street named after another town), has no city, and the travel rules say nothing about it.
//!   Other names are never taken for cities: "Ballroom, Swissôtel" names no city.
//! - **The same venue**: two places are one venue when their texts are the same, or when they share
//!   a name: a part between commas, compared without case, remarks in parentheses, the postal
//!   code with what follows it, and the names of known cities ("Swissôtel Tallinn, meeting room",
//!   "Ballroom, Swissôtel" and "Swissôtel Tallinn, Tornimäe 3, 10145 Tallinn" share "Swissôtel").
//!   A place that names nothing but a city is no particular venue, and is taken as the same as
//!   any other there.

use std::collections::{HashMap, HashSet};

use crate::model::schedule::zone_city;
use crate::model::{EventKind, Plan};

/// The cities a plan knows, by their name in [`words`], with the name as first written.
#[derive(Debug, Default)]
pub(super) struct Gazetteer {
    cities: HashMap<String, String>,
    /// The longest city name, in words, so that lookups try no longer phrases.
    longest: usize,
    /// Names written after a city and its postal code ("Estonia"), which are neither cities nor
    /// venues.
    countries: HashSet<String>,
}

/// The fewest digits of a postal code: 4 (Switzerland, Latvia) or 5 (Estonia, Iraq, Germany).
const MIN_POSTAL_CODE_DIGITS: usize = 4;

/// The longest city name looked for, in words ("Kohtla-Järve" is one, "Den Haag" two).
const MAX_CITY_WORDS: usize = 3;

impl Gazetteer {
    pub fn of(plan: &Plan) -> Self {
        let mut gazetteer = Self::default();
        // Many events share a location and a zone: each distinct text is read once.
        let mut addresses: HashSet<&str> = HashSet::new();
        let mut leg_ends: HashSet<&str> = HashSet::new();
        let mut zones: HashSet<&str> = HashSet::new();
        zones.extend([plan.visit.home_zone.as_str(), plan.visit.host_zone.as_str()]);
        for event in &plan.events {
            addresses.insert(&event.location);
            zones.extend([event.start.zone.as_str(), event.end.zone.as_str()]);
            if let EventKind::Travel(leg) = &event.kind {
                leg_ends.extend([leg.from.as_str(), leg.to.as_str()]);
            }
        }
        addresses.extend(leg_ends.iter().copied());
        addresses.extend(plan.organisations.iter().map(|o| o.address.as_str()));
        for zone in zones {
            // "Europe/Tallinn" names a city; "UTC" and "Etc/GMT+3" do not.
            if zone.contains('/') && !zone.starts_with("Etc/") {
                gazetteer.add(&zone_city(zone));
            }
        }
        for address in addresses {
            let mut after_postal_code = false;
            for part in parts(address) {
                if after_postal_code {
                    // "51009 Tartu, Estonia": what follows the city is its country.
                    gazetteer.countries.insert(words(&part).join(" "));
                } else if let Some(city) = after_postal_code_in(&part) {
                    gazetteer.add(city);
                    after_postal_code = true;
                }
            }
        }
        for end in leg_ends {
            if let Some(last) = parts(end).last()
                && is_single_proper_name(last)
            {
                gazetteer.add(last);
            }
        }
        let countries = &gazetteer.countries;
        gazetteer.cities.retain(|name, _| !countries.contains(name));
        gazetteer.longest = gazetteer
            .cities
            .keys()
            .map(|name| name.split(' ').count())
            .max()
            .unwrap_or(0);
        gazetteer
    }

    fn add(&mut self, name: &str) {
        let key = words(name).join(" ");
        let count = key.split(' ').count();
        if !key.is_empty() && count <= MAX_CITY_WORDS {
            self.cities.entry(key).or_insert_with(|| name.to_owned());
        }
    }

    /// The city a location is in, as first written in the plan: the one after a postal code,
    /// else the one known city the text names; `None` when it names none, or more than one.
    pub fn city_of<'g>(&'g self, location: &str) -> Option<&'g str> {
        let parts = parts(location);
        for part in &parts {
            if let Some(city) = after_postal_code_in(part) {
                return self.cities.get(&words(city).join(" ")).map(String::as_str);
            }
        }
        let mut named = parts
            .iter()
            .flat_map(|part| self.cities_in(&words(part)).0)
            .map(|key| self.cities[&key].as_str());
        let first = named.next()?;
        named.all(|other| other == first).then_some(first)
    }

    /// The known cities a run of words names, by key, and the words left when they are taken out.
    fn cities_in(&self, words: &[String]) -> (Vec<String>, Vec<String>) {
        let (mut cities, mut rest) = (Vec::new(), Vec::new());
        let mut start = 0;
        while start < words.len() {
            let longest = self.longest.min(words.len() - start);
            let found = (1..=longest)
                .rev()
                .map(|length| (length, words[start..start + length].join(" ")))
                .find(|(_, phrase)| self.cities.contains_key(phrase));
            match found {
                Some((length, city)) => {
                    cities.push(city);
                    start += length;
                }
                None => {
                    rest.push(words[start].clone());
                    start += 1;
                }
            }
        }
        (cities, rest)
    }

    /// The names a place shares with others of the same venue (see the module's notes).
    pub fn venue_names(&self, location: &str) -> Vec<String> {
        let mut names = Vec::new();
        for part in parts(location) {
            if after_postal_code_in(&part).is_some() {
                break; // The postal code, the city and the country name no venue.
            }
            let rest = self.cities_in(&words(&part)).1;
            if !rest.is_empty() && !self.countries.contains(&rest.join(" ")) {
                names.push(rest.join(" "));
            }
        }
        names.sort_unstable();
        names.dedup();
        names
    }
}

/// A location in the form compared for "the same place": lowercased, without remarks in
/// parentheses, with single spaces.
pub(super) fn venue_key(location: &str) -> String {
    parts(location).join(", ").to_lowercase()
}

/// Whether two places, each given by its [`venue_key`] and its sorted
/// [`Gazetteer::venue_names`], are one venue: the same text, a name in common, or one of them
/// naming no venue at all.
pub(super) fn same_venue(a: (&str, &[String]), b: (&str, &[String])) -> bool {
    let ((a_key, a_names), (b_key, b_names)) = (a, b);
    a_key == b_key
        || a_names.is_empty()
        || b_names.is_empty()
        || a_names
            .iter()
            .any(|name| b_names.binary_search(name).is_ok())
}

/// The words of a text as compared: lowercased, without the punctuation around them.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|word| !word.is_empty())
        .collect()
}

/// The comma-separated parts of a location, trimmed, without remarks in parentheses.
fn parts(text: &str) -> Vec<String> {
    let mut plain = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
        .split(',')
        .map(|part| part.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|part| !part.is_empty())
        .collect()
}

/// "15049 Tallinn" → "Tallinn": a postal code (a word of four digits or more, "LV-1050" too)
/// followed by words without. A house number before its street ("12 Ahtri Street") is shorter.
fn after_postal_code_in(part: &str) -> Option<&str> {
    let (code, rest) = part.split_once(' ')?;
    let is_code = code.chars().filter(char::is_ascii_digit).count() >= MIN_POSTAL_CODE_DIGITS
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    let rest = rest.trim();
    let is_name = !rest.is_empty()
        && rest.chars().all(|c| !c.is_ascii_digit())
        && rest.chars().next().is_some_and(char::is_uppercase);
    (is_code && is_name).then_some(rest)
}

/// One capitalised word of letters, like "Tallinn" (not "meeting room", not "Old Town").
fn is_single_proper_name(part: &str) -> bool {
    !part.contains(' ')
        && part.chars().next().is_some_and(char::is_uppercase)
        && part.chars().all(|c| c.is_alphabetic() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event, LocalTime, Organisation, TravelLeg};
    use jiff::civil::date;
    use std::sync::Arc;

    fn plan_naming(locations: &[&str], addresses: &[&str]) -> Plan {
        let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
        plan.visit.home_zone = "Asia/Baghdad".into();
        let time = LocalTime::new(date(2027, 3, 22).at(9, 0, 0, 0), "Europe/Tallinn");
        for location in locations {
            let mut event = Event::new(EventKind::Meeting, "m", time.clone(), time.clone());
            event.location = (*location).to_owned();
            plan.events.push(Arc::new(event));
        }
        for address in addresses {
            let mut organisation = Organisation::new("o");
            organisation.address = (*address).to_owned();
            plan.organisations.push(Arc::new(organisation));
        }
        plan
    }

    fn leg(plan: &mut Plan, from: &str, to: &str) {
        let time = LocalTime::new(date(2027, 3, 22).at(9, 0, 0, 0), "Europe/Tallinn");
        let leg = TravelLeg {
            from: from.into(),
            to: to.into(),
            ..TravelLeg::default()
        };
        plan.events.push(Arc::new(Event::new(
            EventKind::Travel(leg),
            "Bus",
            time.clone(),
            time,
        )));
    }

    #[test]
    fn cities_come_from_zones_postal_addresses_and_travel_legs() {
        let mut plan = plan_naming(
            &["Pärnu mnt 139a, 15169 Tallinn", "Hotel London, Tartu"],
            &["Narva mnt 3, 51009 Tartu, Estonia", "Helsinki, Finland"],
        );
        leg(&mut plan, "Old Town, Tallinn", "Rakvere");
        let places = Gazetteer::of(&plan);
        assert_eq!(places.city_of("Tallinn Airport (TLL)"), Some("Tallinn"));
        assert_eq!(
            places.city_of("Tallinn Airport, Tartu mnt 101, 10112 Tallinn"),
            Some("Tallinn"),
            "the postal address wins over a street named after another city"
        );
        assert_eq!(
            places.city_of("Tallinn Airport, Tartu mnt 101"),
            None,
            "two cities and no postal code to choose between them"
        );
        assert_eq!(places.city_of("Tartu Science Park"), Some("Tartu"));
        assert_eq!(
            places.city_of("Baghdad International Airport"),
            Some("Baghdad")
        );
        assert_eq!(places.city_of("Rakvere Castle"), Some("Rakvere"));
        assert_eq!(
            places.city_of("Swissôtel Tallinn, meeting room"),
            Some("Tallinn")
        );
        assert_eq!(places.city_of("Istanbul Airport (IST)"), None);
        assert_eq!(
            places.city_of("Estonia"),
            None,
            "a country after a postal address is no city"
        );
        assert_eq!(
            places.city_of("Helsinki, West Harbour"),
            None,
            "an address without a postal code teaches no city"
        );
    }

    #[test]
    fn the_last_part_of_an_events_location_is_not_taken_for_a_city() {
        let plan = plan_naming(
            &[
                "Ballroom, Swissôtel",
                "Office of the President, Kadriorg",
                "Swissôtel Tallinn, Tornimäe 3, 10145 Tallinn",
            ],
            &[],
        );
        let places = Gazetteer::of(&plan);
        assert_eq!(places.city_of("Ballroom, Swissôtel"), None);
        assert_eq!(places.city_of("Office of the President, Kadriorg"), None);
        assert_eq!(places.city_of("Kadriorg Palace, Tallinn"), Some("Tallinn"));

        let places = Gazetteer::of(&plan_naming(&["Harbour office, 12 Ahtri Street"], &[]));
        assert_eq!(
            places.city_of("Ahtri Street"),
            None,
            "a house number is no postal code"
        );
    }

    #[test]
    fn travel_legs_teach_cities_too() {
        let mut plan = plan_naming(&[], &[]);
        leg(&mut plan, "Old Town, Tallinn", "Hotel London, Tartu");
        let places = Gazetteer::of(&plan);
        assert_eq!(places.city_of("University of Tartu"), Some("Tartu"));
        assert_eq!(places.city_of("tallinn old town"), Some("Tallinn"));
    }

    fn same(places: &Gazetteer, a: &str, b: &str) -> bool {
        let (a_names, b_names) = (places.venue_names(a), places.venue_names(b));
        let (a_key, b_key) = (venue_key(a), venue_key(b));
        let there = same_venue((&a_key, &a_names), (&b_key, &b_names));
        let back = same_venue((&b_key, &b_names), (&a_key, &a_names));
        assert_eq!(there, back, "{a} / {b}: the same both ways");
        there
    }

    #[test]
    fn venues_match_when_they_share_a_name_without_the_citys() {
        let places = Gazetteer::of(&plan_naming(&[], &[]));
        assert!(same(
            &places,
            "e-Estonia Briefing Centre, Ülemiste City, Tallinn",
            "Ülemiste  City,Tallinn"
        ));
        assert!(same(
            &places,
            "Tallinn Airport (TLL)",
            "Tallinn Airport, Tartu mnt 101, 10112 Tallinn"
        ));
        let hotel = "Swissôtel Tallinn, Tornimäe 3, 10145 Tallinn";
        assert!(same(&places, hotel, "Swissôtel Tallinn, meeting room"));
        assert!(same(&places, hotel, "Ballroom, Swissôtel"));
        assert!(same(
            &places,
            "Ballroom, Swissôtel",
            "Swissôtel Tallinn, meeting room"
        ));
        assert!(
            same(&places, "Tornimäe 3, 10145 Tallinn", hotel),
            "one address"
        );
        assert!(
            same(&places, "Tallinn", "Old Town, Tallinn"),
            "a city is no venue"
        );
        assert!(!same(&places, "Lai 39, 15056 Tallinn", "Old Town, Tallinn"));
        assert!(!same(
            &places,
            "Office of the President, Kadriorg",
            "Ballroom, Swissôtel"
        ));
        assert!(
            !same(
                &places,
                "Narva mnt 3, 51009 Tartu, Estonia",
                "Lai 39, 15056 Tallinn, Estonia"
            ),
            "a country in common is no venue in common"
        );
    }
}
