//! What the app remembers between runs, in eframe's storage (never in the plan).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::app::View;

pub const STORAGE_KEY: &str = "attache-settings";
const RECENT_LIMIT: usize = 10;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Most recent first.
    pub recent_files: Vec<PathBuf>,
    pub theme: egui::ThemePreference,
    pub view: View,
    /// The calendar each plan was last published to (never the password).
    pub calendars: BTreeMap<PathBuf, PublishedCalendar>,
}

/// Where a plan was published: the calendar's address and the user name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PublishedCalendar {
    pub url: String,
    pub user: String,
}

impl Settings {
    pub fn remember(&mut self, path: &Path) {
        self.recent_files.retain(|known| known != path);
        self.recent_files.insert(0, path.to_owned());
        self.recent_files.truncate(RECENT_LIMIT);
    }

    pub fn forget(&mut self, path: &Path) {
        self.recent_files.retain(|known| known != path);
    }

    pub fn calendar_for(&self, plan: &Path) -> Option<&PublishedCalendar> {
        self.calendars.get(plan)
    }

    pub fn remember_calendar(&mut self, plan: &Path, url: String, user: String) {
        self.calendars
            .insert(plan.to_owned(), PublishedCalendar { url, user });
    }

    /// The plan to open when the app starts with no file named.
    pub fn last_plan(&self) -> Option<&Path> {
        self.recent_files.first().map(PathBuf::as_path)
    }
}
