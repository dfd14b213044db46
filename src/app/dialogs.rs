//! File dialogs and the system's browser, behind a trait so that tests can stand in for the user
//! and nothing outside the test is opened.
//!
//! A native dialog is made on the window's thread, as rfd asks (macOS allows dialogs to be made
//! there only), and awaited on a thread of its own, answering through a channel, so the window
//! keeps drawing while it is open.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

/// What the user answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogAnswer {
    Chosen(PathBuf),
    Cancelled,
    /// No dialog could be shown (a Linux desktop with neither a portal nor zenity).
    Unavailable,
}

pub trait FileDialogs {
    /// Asks for a plan to open.
    fn pick_plan(&mut self, repaint: egui::Context) -> Receiver<DialogAnswer>;
    /// Asks where to save a plan, suggesting a file name.
    fn pick_save_path(
        &mut self,
        suggested_name: String,
        repaint: egui::Context,
    ) -> Receiver<DialogAnswer>;
    /// Asks for a file of `kind` to read (an import). A stand-in that answers every dialog alike
    /// need not override this; it is asked as for [`Self::pick_plan`].
    fn pick_file_to_read(
        &mut self,
        kind: FileKind,
        repaint: egui::Context,
    ) -> Receiver<DialogAnswer> {
        let _ = kind;
        self.pick_plan(repaint)
    }
    /// Asks where to write a file of `kind` (an export), suggesting a file name. A stand-in need
    /// not override this; it is asked as for [`Self::pick_save_path`].
    fn pick_file_to_write(
        &mut self,
        kind: FileKind,
        suggested_name: String,
        repaint: egui::Context,
    ) -> Receiver<DialogAnswer> {
        let _ = kind;
        self.pick_save_path(suggested_name, repaint)
    }
    /// Opens the file at `path` (a page to print) in the system's browser. Every stand-in must
    /// say what it does instead, so that no test opens a browser.
    fn show_in_browser(&mut self, path: &Path) -> std::io::Result<()>;
}

/// What a dialog for another file than a plan asks for: its title and its filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileKind {
    /// The dialog's title, e.g. "Export the itinerary as iCalendar".
    pub title: String,
    /// The filter's name, e.g. "iCalendar (*.ics)".
    pub filter: String,
    /// The extensions the filter shows, without dots.
    pub extensions: Vec<&'static str>,
}

/// The operating system's dialogs, through rfd.
pub struct NativeDialogs;

impl FileKind {
    /// A delegation plan, with the dialog's `title`.
    fn plan(title: &str) -> Self {
        Self {
            title: title.to_owned(),
            filter: crate::t!("app-dialog-filter-plan").to_owned(),
            extensions: vec!["ron"],
        }
    }
}

impl FileDialogs for NativeDialogs {
    fn show_in_browser(&mut self, path: &Path) -> std::io::Result<()> {
        // Detached: the browser may keep running after Attaché quits.
        open::that_detached(path)
    }

    fn pick_plan(&mut self, repaint: egui::Context) -> Receiver<DialogAnswer> {
        self.pick_file_to_read(FileKind::plan(crate::t!("app-dialog-open-plan")), repaint)
    }

    fn pick_save_path(
        &mut self,
        suggested_name: String,
        repaint: egui::Context,
    ) -> Receiver<DialogAnswer> {
        let kind = FileKind::plan(crate::t!("app-dialog-save-plan"));
        self.pick_file_to_write(kind, suggested_name, repaint)
    }

    fn pick_file_to_read(
        &mut self,
        kind: FileKind,
        repaint: egui::Context,
    ) -> Receiver<DialogAnswer> {
        await_on_thread(repaint, || {
            rfd::AsyncFileDialog::new()
                .set_title(kind.title)
                .add_filter(kind.filter, &kind.extensions)
                .pick_file()
        })
    }

    fn pick_file_to_write(
        &mut self,
        kind: FileKind,
        suggested_name: String,
        repaint: egui::Context,
    ) -> Receiver<DialogAnswer> {
        await_on_thread(repaint, || {
            rfd::AsyncFileDialog::new()
                .set_title(kind.title)
                .add_filter(kind.filter, &kind.extensions)
                .set_file_name(suggested_name)
                .save_file()
        })
    }
}

/// Makes the dialog here, on the window's thread, and waits for its answer on another.
fn await_on_thread<Answer>(
    repaint: egui::Context,
    make: impl FnOnce() -> Answer,
) -> Receiver<DialogAnswer>
where
    Answer: std::future::Future<Output = Option<rfd::FileHandle>> + Send + 'static,
{
    let (sender, receiver) = channel();
    // rfd panics or returns nothing when no dialog backend exists; tell those apart from a
    // user's Cancel by whether a backend is there at all.
    if !dialog_backend_available() {
        let _ = sender.send(DialogAnswer::Unavailable);
        return receiver;
    }
    let answer = std::panic::catch_unwind(std::panic::AssertUnwindSafe(make));
    std::thread::spawn(move || {
        let answer = answer.and_then(|answer| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| pollster::block_on(answer)))
        });
        let _ = sender.send(match answer {
            Ok(Some(file)) => DialogAnswer::Chosen(file.path().to_owned()),
            Ok(None) => DialogAnswer::Cancelled,
            Err(_) => DialogAnswer::Unavailable,
        });
        repaint.request_repaint();
    });
    receiver
}

/// On Linux, rfd needs the desktop portal on the session bus or the zenity program.
fn dialog_backend_available() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let has_session_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .map(|dir| std::path::Path::new(&dir).join("bus").exists())
            .unwrap_or(false);
    let has_zenity = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()))
        .unwrap_or(false);
    has_session_bus || has_zenity
}

/// Makes sure a chosen save path ends in `.ron`, as the filter promises.
pub fn with_plan_extension(mut path: PathBuf) -> PathBuf {
    if path.extension().is_none() {
        path.set_extension("ron");
    }
    path
}

/// A path typed by the planner where no dialog could be shown: `~` stands for their home folder,
/// as it does in a terminal.
pub fn typed_path(text: &str) -> PathBuf {
    expand_home(text.trim(), std::env::home_dir().as_deref())
}

fn expand_home(text: &str, home: Option<&Path>) -> PathBuf {
    let rest = match text.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with(std::path::is_separator) => rest,
        _ => return PathBuf::from(text),
    };
    match home {
        Some(home) => home.join(rest.trim_start_matches(std::path::is_separator)),
        None => PathBuf::from(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tilde_stands_for_the_home_folder() {
        let home = Path::new("/home/planner");
        assert_eq!(
            expand_home("~/plans/visit.ron", Some(home)),
            Path::new("/home/planner/plans/visit.ron")
        );
        assert_eq!(expand_home("~", Some(home)), home);
        // Only at the start and as a whole: "~other" is another user's, left as typed.
        assert_eq!(
            expand_home("~other/x.ron", Some(home)),
            Path::new("~other/x.ron")
        );
        assert_eq!(
            expand_home("/tmp/~/x.ron", Some(home)),
            Path::new("/tmp/~/x.ron")
        );
        assert_eq!(expand_home("~/x.ron", None), Path::new("~/x.ron"));
    }
}
