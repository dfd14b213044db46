//! Wall-clock times with their IANA zone.
//!
//! The wall time and the zone name are the truth that is stored; instants are derived with jiff
//! whenever they are needed, so a plan stays right when time-zone rules change.

use jiff::civil::DateTime;
use jiff::tz::{Disambiguation, TimeZone};
use jiff::{Timestamp, Zoned};
use serde::{Deserialize, Serialize};

/// A local wall-clock time in a named zone, e.g. 09:30 in `Europe/Tallinn`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LocalTime {
    pub wall: DateTime,
    /// An IANA zone name such as `Asia/Baghdad`. Kept as text so that a file naming a zone this
    /// machine does not know still opens; the check reports it.
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub zone: String,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ZoneError {
    #[error(
        "\"{0}\" is not a time zone known to the IANA database (expected a name like \"Europe/Tallinn\")"
    )]
    UnknownZone(String),
}

/// How a wall time maps onto real instants in its zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WallTimeFit {
    /// The wall time happens exactly once.
    Exact,
    /// The clocks jump forward over this wall time (a DST gap); it does not happen that day.
    InGap,
    /// The clocks fall back over this wall time (a DST fold); it happens twice.
    InFold,
}

impl LocalTime {
    pub fn new(wall: DateTime, zone: impl Into<String>) -> Self {
        Self {
            wall,
            zone: zone.into(),
        }
    }

    pub fn time_zone(&self) -> Result<TimeZone, ZoneError> {
        zone_named(&self.zone)
    }

    /// The instant this wall time denotes. A wall time in a DST gap or fold is resolved the way
    /// RFC 5545 and most calendars do ("compatible"): a gap moves forward, a fold takes the earlier.
    pub fn zoned(&self) -> Result<Zoned, ZoneError> {
        let zone = self.time_zone()?;
        zone.to_ambiguous_zoned(self.wall)
            .disambiguate(Disambiguation::Compatible)
            .map_err(|_| ZoneError::UnknownZone(self.zone.clone()))
    }

    pub fn instant(&self) -> Result<Timestamp, ZoneError> {
        self.zoned().map(|zoned| zoned.timestamp())
    }

    /// Whether this wall time falls in a DST gap or fold of its zone.
    pub fn fit(&self) -> Result<WallTimeFit, ZoneError> {
        let zone = self.time_zone()?;
        Ok(match zone.to_ambiguous_timestamp(self.wall).offset() {
            jiff::tz::AmbiguousOffset::Unambiguous { .. } => WallTimeFit::Exact,
            jiff::tz::AmbiguousOffset::Gap { .. } => WallTimeFit::InGap,
            jiff::tz::AmbiguousOffset::Fold { .. } => WallTimeFit::InFold,
        })
    }
}

/// Looks a zone up in the IANA database bundled with jiff (so that a machine without system
/// zone files still knows every zone).
pub fn zone_named(name: &str) -> Result<TimeZone, ZoneError> {
    TimeZone::get(name).map_err(|_| ZoneError::UnknownZone(name.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn baghdad_and_tallinn_differ_in_winter_and_agree_in_summer() {
        let winter = date(2027, 2, 15).at(10, 0, 0, 0);
        let tallinn = LocalTime::new(winter, "Europe/Tallinn").instant().unwrap();
        let baghdad = LocalTime::new(winter, "Asia/Baghdad").instant().unwrap();
        assert_eq!(
            tallinn.duration_since(baghdad),
            jiff::SignedDuration::from_hours(1)
        );

        let summer = date(2027, 7, 15).at(10, 0, 0, 0);
        let tallinn = LocalTime::new(summer, "Europe/Tallinn").instant().unwrap();
        let baghdad = LocalTime::new(summer, "Asia/Baghdad").instant().unwrap();
        assert_eq!(tallinn, baghdad);
    }

    #[test]
    fn dst_gap_and_fold_are_recognised() {
        // Europe/Tallinn springs forward at 03:00 on the last Sunday of March 2027 (28 March).
        let gap = LocalTime::new(date(2027, 3, 28).at(3, 30, 0, 0), "Europe/Tallinn");
        assert_eq!(gap.fit().unwrap(), WallTimeFit::InGap);
        // ... and falls back at 04:00 on the last Sunday of October 2027 (31 October).
        let fold = LocalTime::new(date(2027, 10, 31).at(3, 30, 0, 0), "Europe/Tallinn");
        assert_eq!(fold.fit().unwrap(), WallTimeFit::InFold);
        let plain = LocalTime::new(date(2027, 10, 31).at(12, 0, 0, 0), "Europe/Tallinn");
        assert_eq!(plain.fit().unwrap(), WallTimeFit::Exact);
    }

    #[test]
    fn unknown_zone_is_an_error_not_a_panic() {
        let time = LocalTime::new(date(2027, 2, 15).at(10, 0, 0, 0), "Mars/Olympus_Mons");
        assert_eq!(
            time.instant(),
            Err(ZoneError::UnknownZone("Mars/Olympus_Mons".into()))
        );
    }
}
