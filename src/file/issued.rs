//! Issued versions: File → Mark as issued keeps a copy of the plan as it was handed out, so that
//! the next programme can mark what changed since. The copies live in a folder beside the plan
//! named after it, `visit-issued/`, each named with the plan and the moment it was issued,
//! `visit-issued-2027-03-15-1430.ron`: a planner sees at a glance what they are and when, they
//! sort by date, and git keeps them like any other file. Each is a whole plan, opened like one.

use std::path::{Path, PathBuf};

use jiff::civil::{Date, DateTime, Time};

use super::{Expect, OnDisk, Plan, SaveError, save_expecting};

/// One issued copy of a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IssuedVersion {
    pub path: PathBuf,
    /// When it was issued, on the clock of the machine that issued it.
    pub issued: DateTime,
}

/// What names a plan's issued versions: its file name without `.ron`.
fn stem(plan: &Path) -> String {
    plan.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan".to_owned())
}

/// The folder that holds the issued versions of the plan at `plan`.
pub fn issued_folder(plan: &Path) -> PathBuf {
    plan.with_file_name(format!("{}-issued", stem(plan)))
}

/// The moment an issued version's file name gives, `…-issued-2027-03-15-1430.ron`, and which
/// copy of that minute it is (a second adds `-2`, a third `-3`).
fn issued_at(name: &str) -> Option<(DateTime, u32)> {
    let (_, moment) = name.strip_suffix(".ron")?.rsplit_once("-issued-")?;
    let (day, rest) = (moment.get(..10)?, moment.get(10..)?);
    let (time, copy) = (rest.strip_prefix('-')?.get(..4)?, rest.get(5..)?);
    let copy = match copy {
        "" => 1,
        numbered => numbered.strip_prefix('-')?.parse().ok()?,
    };
    if !time.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let date: Date = day.parse().ok()?;
    let time = Time::new(time[..2].parse().ok()?, time[2..].parse().ok()?, 0, 0).ok()?;
    Some((date.to_datetime(time), copy))
}

/// Keeps `plan`, whose file is at `plan_path`, as issued at `at`: a new file in the plan's
/// issued folder (made if need be), written through the one write layer. Returns its path. An
/// issued version is never overwritten: a second in the same minute gets a number.
pub fn issue(plan: &Plan, plan_path: &Path, at: DateTime) -> Result<PathBuf, SaveError> {
    let folder = issued_folder(plan_path);
    std::fs::create_dir_all(&folder).map_err(|source| SaveError::Io {
        path: folder.clone(),
        on_disk: OnDisk::Unchanged,
        source,
    })?;
    let name = format!(
        "{}-issued-{}",
        stem(plan_path),
        at.strftime("%Y-%m-%d-%H%M")
    );
    let mut copy = 1;
    loop {
        let path = match copy {
            1 => folder.join(format!("{name}.ron")),
            _ => folder.join(format!("{name}-{copy}.ron")),
        };
        // Nothing there is expected: a file that appeared meanwhile is left alone.
        match path.symlink_metadata() {
            Ok(_) => copy += 1,
            Err(_) => return save_expecting(plan, &path, Expect::Nothing).map(|_| path),
        }
    }
}

/// The issued versions of the plan at `plan`, newest first; none when it has none (or its folder
/// cannot be read).
pub fn issued_versions(plan: &Path) -> Vec<IssuedVersion> {
    let prefix = format!("{}-issued-", stem(plan));
    let Ok(entries) = std::fs::read_dir(issued_folder(plan)) else {
        return Vec::new();
    };
    let mut versions: Vec<(IssuedVersion, u32)> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_file()))
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let (issued, copy) = issued_at(&name).filter(|_| name.starts_with(&prefix))?;
            let path = entry.path();
            Some((IssuedVersion { path, issued }, copy))
        })
        .collect();
    versions.sort_by(|(a, a_copy), (b, b_copy)| (b.issued, b_copy).cmp(&(a.issued, a_copy)));
    versions.into_iter().map(|(version, _)| version).collect()
}

/// The day of the version of a plan kept at `path`: the day it was issued where its name says
/// so, otherwise the day the file was last written (in this machine's time zone).
pub fn version_day(path: &Path) -> Option<Date> {
    let name = path.file_name()?.to_string_lossy();
    if let Some((issued, _)) = issued_at(&name) {
        return Some(issued.date());
    }
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    let instant = jiff::Timestamp::try_from(modified).ok()?;
    Some(instant.to_zoned(jiff::tz::TimeZone::system()).date())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn an_issued_name_gives_its_moment() {
        let moment = date(2027, 3, 15).at(14, 30, 0, 0);
        assert_eq!(
            issued_at("visit-issued-2027-03-15-1430.ron"),
            Some((moment, 1))
        );
        assert_eq!(
            issued_at("visit-issued-2027-03-15-1430-2.ron"),
            Some((moment, 2))
        );
        assert_eq!(issued_at("visit-issued-2027-03-15-1430-x.ron"), None);
        assert_eq!(issued_at("visit.ron"), None);
        assert_eq!(issued_at("visit-issued-2027-03-15x1430.ron"), None);
        assert_eq!(issued_at("visit-issued-2027-13-15-1430.ron"), None);
    }

    #[test]
    fn issued_versions_are_listed_newest_first_and_never_overwritten() {
        let folder = tempfile::tempdir().unwrap();
        let plan_path = folder.path().join("visit.ron");
        let plan = Plan::empty(date(2027, 3, 15), "Europe/Tallinn");
        let first = issue(&plan, &plan_path, date(2027, 3, 15).at(9, 5, 0, 0)).unwrap();
        let second = issue(&plan, &plan_path, date(2027, 3, 16).at(14, 30, 0, 0)).unwrap();
        let again = issue(&plan, &plan_path, date(2027, 3, 16).at(14, 30, 0, 0)).unwrap();
        assert_eq!(
            first,
            folder
                .path()
                .join("visit-issued/visit-issued-2027-03-15-0905.ron")
        );
        assert_ne!(second, again);
        let listed: Vec<PathBuf> = issued_versions(&plan_path)
            .into_iter()
            .map(|version| version.path)
            .collect();
        assert_eq!(listed, vec![again, second, first.clone()]);
        assert_eq!(super::super::load(&first).unwrap(), plan);
        assert_eq!(version_day(&first), Some(date(2027, 3, 15)));
    }
}
