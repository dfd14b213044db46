//! Where an event takes place, read from the free text a planner writes ("Ministry of Foreign
//! Affairs, Islandi väljak 1, 15049 Tallinn", "Hotel London, Tartu", "Tallinn Airport (TLL)").
//!
//! Locations are free text, so this errs on the side of silence: a city is only recognised when
//! the plan itself names it as one, in an address with a postal code ("15049 Tallinn") or as the
//! last part of a location ("Old Town, Tallinn"). A location naming no known city has an unknown
//! city, and the travel rules say nothing about it.

use std::collections::{HashMap, HashSet};

use crate::model::{EventKind, Plan};

/// The cities a plan names, by their lowercased name, with the name as first written.
#[derive(Debug, Default)]
pub(super) struct Gazetteer {
    cities: HashMap<String, String>,
    /// The longest city name, in words, so that lookups try no longer phrases.
    longest: usize,
}

/// The longest city name looked for, in words ("Kohtla-Järve" is one, "Den Haag" two).
const MAX_CITY_WORDS: usize = 3;

impl Gazetteer {
    pub fn of<'p>(plan: &'p Plan) -> Self {
        let mut gazetteer = Self::default();
        let mut countries = HashSet::new();
        let mut learn = |text: &str, last_part_counts: bool, gazetteer: &mut Self| {
            let parts = parts(text);
            let mut after_postal_code = false;
            for part in &parts {
                if after_postal_code {
                    // "51009 Tartu, Estonia": what follows the city is its country.
                    countries.insert(part.to_lowercase());
                }
                if let Some(city) = after_postal_code_in(part) {
                    gazetteer.add(city);
                    after_postal_code = true;
                }
            }
            if last_part_counts
                && let Some(last) = parts.last()
                && is_single_proper_name(last)
            {
                gazetteer.add(last);
            }
        };
        // Many events share a location: each distinct text is read once.
        let mut read: HashSet<(&'p str, bool)> = HashSet::new();
        let mut learn_once = |text: &'p str, last_part_counts: bool, gazetteer: &mut Self| {
            if read.insert((text, last_part_counts)) {
                learn(text, last_part_counts, gazetteer);
            }
        };
        for event in &plan.events {
            learn_once(&event.location, true, &mut gazetteer);
            if let EventKind::Travel(leg) = &event.kind {
                learn_once(&leg.from, true, &mut gazetteer);
                learn_once(&leg.to, true, &mut gazetteer);
            }
        }
        for organisation in &plan.organisations {
            learn_once(&organisation.address, false, &mut gazetteer);
        }
        gazetteer.cities.retain(|name, _| !countries.contains(name));
        gazetteer.longest = gazetteer
            .cities
            .keys()
            .map(|name| name.split_whitespace().count())
            .max()
            .unwrap_or(0);
        gazetteer
    }

    fn add(&mut self, name: &str) {
        let key = name.to_lowercase();
        if key.split_whitespace().count() <= MAX_CITY_WORDS {
            self.cities.entry(key).or_insert_with(|| name.to_owned());
        }
    }

    /// The city a location is in, as first written in the plan: the one after a postal code,
    /// else the last known city the text names; `None` when it names none.
    pub fn city_of<'g>(&'g self, location: &str) -> Option<&'g str> {
        let parts = parts(location);
        for part in &parts {
            if let Some(city) = after_postal_code_in(part)
                && let Some(name) = self.cities.get(&city.to_lowercase())
            {
                return Some(name);
            }
        }
        let words: Vec<String> = parts
            .iter()
            .flat_map(|part| part.split_whitespace())
            .map(|word| {
                word.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|word| !word.is_empty())
            .collect();
        let mut found = None;
        for start in 0..words.len() {
            for length in 1..=self.longest.min(words.len() - start) {
                if let Some(name) = self.cities.get(&words[start..start + length].join(" ")) {
                    found = Some(name.as_str());
                }
            }
        }
        found
    }
}

/// A location in the form compared for "the same place": lowercased, without remarks in
/// parentheses, with single spaces.
pub(super) fn venue_key(location: &str) -> String {
    parts(location).join(", ").to_lowercase()
}

/// Whether two locations name the same place: one is the other or a part of it ("Ülemiste City,
/// Tallinn" and "e-Estonia Briefing Centre, Ülemiste City, Tallinn").
pub(super) fn same_venue(a: &str, b: &str) -> bool {
    a == b || a.contains(b) || b.contains(a)
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

/// "15049 Tallinn" → "Tallinn": a postal code (a word with digits) followed by words without.
fn after_postal_code_in(part: &str) -> Option<&str> {
    let (code, rest) = part.split_once(' ')?;
    let is_code = code.chars().any(|c| c.is_ascii_digit())
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

    #[test]
    fn cities_come_from_postal_addresses_and_last_parts() {
        let plan = plan_naming(
            &["Pärnu mnt 139a, 15169 Tallinn", "Hotel London, Tartu"],
            &["Narva mnt 3, 51009 Tartu, Estonia", "Helsinki, Finland"],
        );
        let places = Gazetteer::of(&plan);
        assert_eq!(places.city_of("Tallinn Airport (TLL)"), Some("Tallinn"));
        assert_eq!(
            places.city_of("Tallinn Airport, Tartu mnt 101, 10112 Tallinn"),
            Some("Tallinn"),
            "the postal address wins over a street named after another city"
        );
        assert_eq!(places.city_of("Tartu Science Park"), Some("Tartu"));
        assert_eq!(
            places.city_of("Tallinn, Old City Harbour (D-terminal)"),
            Some("Tallinn")
        );
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
            "organisation addresses only teach cities with a postal code"
        );
    }

    #[test]
    fn travel_legs_teach_cities_too() {
        let mut plan = plan_naming(&[], &[]);
        let time = LocalTime::new(date(2027, 3, 22).at(9, 0, 0, 0), "Europe/Tallinn");
        let leg = TravelLeg {
            from: "Old Town, Tallinn".into(),
            to: "Hotel London, Tartu".into(),
            ..TravelLeg::default()
        };
        plan.events.push(Arc::new(Event::new(
            EventKind::Travel(leg),
            "Bus",
            time.clone(),
            time,
        )));
        let places = Gazetteer::of(&plan);
        assert_eq!(places.city_of("University of Tartu"), Some("Tartu"));
        assert_eq!(places.city_of("tallinn old town"), Some("Tallinn"));
    }

    #[test]
    fn venues_match_when_one_names_a_part_of_the_other() {
        let a = venue_key("e-Estonia Briefing Centre, Ülemiste City, Tallinn");
        let b = venue_key("Ülemiste  City,Tallinn");
        assert!(same_venue(&a, &b) && same_venue(&b, &a));
        assert!(same_venue(
            &venue_key("Tallinn Airport (TLL)"),
            &venue_key("Tallinn Airport, Tartu mnt 101, 10112 Tallinn")
        ));
        assert!(!same_venue(
            &venue_key("Lai 39, 15056 Tallinn"),
            &venue_key("Old Town, Tallinn")
        ));
    }
}
