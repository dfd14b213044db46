use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::Vehicle;

/// The visit as a whole: who travels where, when, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Visit {
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub title: String,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::long_text"
    )]
    pub purpose: String,
    pub visiting: Party,
    pub host: Party,
    pub first_day: Date,
    pub last_day: Date,
    /// The visiting party's zone, e.g. `Asia/Baghdad`.
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub home_zone: String,
    /// The zone the visit takes place in, e.g. `Europe/Tallinn`.
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub host_zone: String,
    /// The cars and buses at the delegation's disposal; each leg by road says who rides in which.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vehicles: Vec<Vehicle>,
    /// Names this plan in the calendar entries it publishes, so that a publish changes only the
    /// entries of its own plan. Random, given when the plan is first published and saved with
    /// it; copies of the file and branches merged from it keep it. Absent in plans never
    /// published, which therefore load and save unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<PlanId>,
}

/// A plan's identity in the calendars it publishes to.
pub type PlanId = super::Id<Visit>;

/// One side of the visit: a country and the government or body it represents.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// ISO 3166-1 alpha-2 code, e.g. `IQ`.
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub country: String,
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub name: String,
}

impl Visit {
    /// A visit with nothing filled in yet, a week from `today`, with both zones set to `zone`.
    pub fn untitled(today: Date, zone: &str) -> Self {
        Self {
            title: String::new(),
            purpose: String::new(),
            visiting: Party::default(),
            host: Party::default(),
            first_day: today,
            last_day: today.saturating_add(jiff::Span::new().days(6)),
            home_zone: zone.to_owned(),
            host_zone: zone.to_owned(),
            vehicles: Vec::new(),
            identity: None,
        }
    }

    /// Number of calendar days from the first to the last day, both included (0 if reversed).
    pub fn day_count(&self) -> i64 {
        let days = (self.last_day - self.first_day).get_days() as i64;
        if days < 0 { 0 } else { days + 1 }
    }
}
