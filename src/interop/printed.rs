//! What the printed documents (the briefing book and the delegates' programmes) share: their
//! base style, dates written for people, names in their own script, addresses that do not break
//! inside, and the times of events in the host's and the home clock.

use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};
use maud::{Markup, html};

use super::ExportError;
use super::languages::tag_of_script;
use crate::model::label::label;
use crate::model::{Event, LocalTime, Person, Plan, zone_named};

/// The style both documents start from: A4 pages numbered "page X of Y" in the bottom margin
/// (Chromium and Firefox draw `@page` margin boxes, which take no font from the body), fonts
/// with Arabic, and cells that take their direction from their first letter.
pub(super) const BASE_STYLE: &str = r#"
@page { size: A4; margin: 16mm 15mm 18mm;
  @bottom-right { content: "page " counter(page) " of " counter(pages); font-size: 8pt;
    font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #555; } }
:root { color-scheme: light; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt;
  line-height: 1.4; color: #111; margin: 0; }
h1 { font-size: 22pt; margin: 0 0 6pt; line-height: 1.2; }
h2 { font-size: 15pt; border-bottom: 2px solid #1f3b5a; padding-bottom: 3pt; margin: 0 0 10pt;
  color: #1f3b5a; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 14pt 0 4pt; break-after: avoid; }
/* Each paragraph, item and cell takes its direction from its first letter, as dir="auto" does:
   an Arabic title reads right to left, and one shortened with "…" ends on its left. */
p, li, td, th, h1, h2, h3, div.title { unicode-bidi: plaintext; }
.muted { color: #555; }
.small { font-size: 9pt; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; font-size: 10pt; }
th, td { text-align: start; vertical-align: top; padding: 3pt 4pt; border-bottom: 0.5pt solid #bbb; }
th { font-size: 9pt; color: #444; border-bottom: 1pt solid #444; }
tr { break-inside: avoid; }
td.time, td.home { white-space: nowrap; width: 1%; font-variant-numeric: tabular-nums; }
td.home { color: #555; }
td .native { display: block; font-size: 10.5pt; line-height: 1.3; }
.native { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans", serif;
  font-size: 11.5pt; }
/* An e-mail address or a website is never broken inside a word ("briefing@e-" / "estonia.com"):
   a long address may break only after its "@". */
.unbroken { white-space: nowrap; }
.address { font-size: 9pt; color: #444; font-style: italic; }
.title { font-weight: 600; }
.cancelled .title { text-decoration: line-through; }
.badge { display: inline-block; font-size: 8pt; padding: 0 4pt; border: 0.5pt solid #888;
  border-radius: 3pt; color: #333; margin-inline-start: 4pt; }
.cancelled .badge.status { border-color: #a00; color: #a00; }
ul { margin: 2pt 0 6pt; padding-left: 1.2em; }
"#;

/// "Monday 22 March 2027".
pub(super) fn long_date(date: Date) -> String {
    date.strftime("%A %-d %B %Y").to_string()
}

/// "Mon 22 Mar 2027": a date in a table.
pub(super) fn short_date(date: Date) -> String {
    date.strftime("%a %-d %b %Y").to_string()
}

/// A name in its own script: isolated, so right-to-left text does not reorder what is around it.
pub(super) fn native(text: &str) -> Markup {
    html! {
        @if !text.trim().is_empty() {
            bdi.native dir="auto" lang=[tag_of_script(text)] { (text.trim()) }
        }
    }
}

/// An e-mail address or a website that breaks, if it must, only after its "@".
pub(super) fn unbroken(text: &str) -> Markup {
    let text = text.trim();
    html! {
        @match text.split_once('@') {
            Some((user, domain)) => {
                span.unbroken { (user) "@" } wbr; span.unbroken { (domain) }
            }
            None => span.unbroken { (text) },
        }
    }
}

/// A person where a list refers to them: their name alone, cut to a [`label`]. The title is
/// left to the tables of people, where it stands with the form of address: plans often name
/// people by their role ("Head of delegation, Ministry of Communications"), and "Dr Head of
/// delegation" reads wrong.
pub(super) fn name_of(person: &Person) -> String {
    label(person.name.trim()).into_owned()
}

/// "Europe/Tallinn" → "Tallinn".
pub(super) fn city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

/// When an event happens, as printed.
pub(super) struct Times {
    /// In the host clock, e.g. "09:00–10:30" or "All day".
    pub host: String,
    /// In the home clock; empty for all-day events and unknown zones.
    pub home: String,
    /// The event's own wall times where they are in neither clock (a flight from Auckland to
    /// Los Angeles): "09:45 Auckland – 21:00 Los Angeles".
    pub local: Option<String>,
}

/// The visit's two clocks: the host's, which the programme is in, and the delegation's home.
pub(super) struct Clocks {
    pub host: TimeZone,
    pub home: TimeZone,
    pub host_zone: String,
    pub home_zone: String,
}

impl Clocks {
    /// Refused when the visit's zones are unknown: every time printed is shown in them.
    pub fn of(plan: &Plan) -> Result<Self, ExportError> {
        let zone = |which, name: &str| {
            zone_named(name).map_err(|_| ExportError::UnknownVisitZone {
                which,
                zone: name.to_owned(),
            })
        };
        Ok(Self {
            host: zone("host", &plan.visit.host_zone)?,
            home: zone("home", &plan.visit.home_zone)?,
            host_zone: plan.visit.host_zone.clone(),
            home_zone: plan.visit.home_zone.clone(),
        })
    }

    pub fn host_name(&self) -> String {
        city(&self.host_zone)
    }

    pub fn home_name(&self) -> String {
        city(&self.home_zone)
    }

    /// Today in the host clock.
    pub fn today(&self, now: Timestamp) -> Date {
        now.to_zoned(self.host.clone()).date()
    }

    fn in_host(&self, time: &LocalTime, all_day: bool) -> Option<Zoned> {
        (!all_day)
            .then(|| time.instant().ok())
            .flatten()
            .map(|instant| instant.to_zoned(self.host.clone()))
    }

    /// `events` by their day in host time, each day's in order, all-day events first.
    pub fn days<'e>(
        &self,
        events: impl IntoIterator<Item = &'e Event>,
    ) -> BTreeMap<Date, Vec<&'e Event>> {
        let mut days: BTreeMap<Date, Vec<(Option<Zoned>, &Event)>> = BTreeMap::new();
        for event in events {
            let start = self.in_host(&event.start, event.all_day);
            let day = start
                .as_ref()
                .map(|start| start.date())
                .unwrap_or(event.start.wall.date());
            days.entry(day).or_default().push((start, event));
        }
        days.into_iter()
            .map(|(day, mut events)| {
                events.sort_by_key(|(start, event)| {
                    (
                        !event.all_day,
                        start.as_ref().map(|s| s.timestamp()),
                        event.start.wall,
                    )
                });
                (day, events.into_iter().map(|(_, event)| event).collect())
            })
            .collect()
    }

    /// When `event` happens in the host clock, the home clock and, where it is in neither, its
    /// own. A time on another day than the event's start is written with its date.
    pub fn times(&self, event: &Event) -> Times {
        if event.all_day {
            return Times {
                host: "All day".to_owned(),
                home: String::new(),
                local: None,
            };
        }
        let Some(start) = self.in_host(&event.start, false) else {
            // A zone this machine does not know: the wall time as written.
            return Times {
                host: format!(
                    "{} ({})",
                    event.start.wall.strftime("%H:%M"),
                    event.start.zone
                ),
                home: String::new(),
                local: None,
            };
        };
        let end = self.in_host(&event.end, false);
        let clock = |time: &Zoned, zone: &TimeZone, day: Date| {
            let there = time.with_time_zone(zone.clone());
            if there.date() == day {
                there.strftime("%H:%M").to_string()
            } else {
                there.strftime("%-d %b %H:%M").to_string()
            }
        };
        let span = |zone: &TimeZone| {
            let day = start.with_time_zone(zone.clone()).date();
            match &end {
                Some(end) => format!("{}–{}", clock(&start, zone, day), clock(end, zone, day)),
                None => clock(&start, zone, day),
            }
        };
        let elsewhere = |zone: &str| zone != self.host_zone && zone != self.home_zone;
        let local = (elsewhere(&event.start.zone) || elsewhere(&event.end.zone)).then(|| {
            let wall = |time: &LocalTime, day: Date| {
                let format = if time.wall.date() == day {
                    "%H:%M"
                } else {
                    "%-d %b %H:%M"
                };
                format!("{} {}", time.wall.strftime(format), city(&time.zone))
            };
            let day = event.start.wall.date();
            format!("{} – {}", wall(&event.start, day), wall(&event.end, day))
        });
        Times {
            host: span(&self.host),
            home: span(&self.home),
            local,
        }
    }
}
