//! What the app remembers between runs, in eframe's storage (never in the plan).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::app::View;
use crate::lang::{Digits, Language};

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
    /// How much of a view's width its record editor takes, beside the list.
    pub editor_share: EditorShare,
    /// The language the window speaks.
    pub language: LanguageSetting,
    /// The digits it writes numbers, dates and times with.
    pub digits: Digits,
}

/// The language the planner chose under View → Language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LanguageSetting {
    /// The operating system's, when Attaché speaks it; English otherwise.
    #[default]
    System,
    Chosen(Language),
}

impl LanguageSetting {
    /// The language the window speaks with this setting.
    pub fn language(self) -> Language {
        match self {
            LanguageSetting::System => Language::of_system(),
            LanguageSetting::Chosen(language) => language,
        }
    }
}

/// The part of a view's width that the record editor takes beside its list, as the planner last
/// dragged the divider between them. A share, not a width, so that the list keeps its
/// proportion of a window made larger or smaller.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EditorShare(f32);

impl EditorShare {
    /// At most: the list keeps at least two fifths of the width.
    const MOST: f32 = 0.6;
    /// At least: a narrower editor cuts most of its labels.
    const LEAST: f32 = 0.2;

    /// The share, kept within what leaves both the list and the editor readable (a share from
    /// an older or hand-edited settings file may be anything).
    pub fn new(share: f32) -> Self {
        if share.is_finite() {
            Self(share.clamp(Self::LEAST, Self::MOST))
        } else {
            Self::default()
        }
    }

    pub fn get(self) -> f32 {
        Self::new(self.0).0
    }
}

impl Default for EditorShare {
    /// Three eighths: at 1280 by 800 the agenda's titles are read whole beside the event editor.
    fn default() -> Self {
        Self(0.375)
    }
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
