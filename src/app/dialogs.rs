//! File dialogs, behind a trait so that tests can stand in for the user.
//!
//! A dialog runs on its own thread and answers through a channel, so the window keeps drawing
//! while it is open.

use std::path::PathBuf;
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
}

/// The operating system's dialogs, through rfd.
pub struct NativeDialogs;

const FILTER_NAME: &str = "Delegation plan (*.ron)";

impl FileDialogs for NativeDialogs {
    fn pick_plan(&mut self, repaint: egui::Context) -> Receiver<DialogAnswer> {
        run_on_thread(repaint, || {
            rfd::FileDialog::new()
                .set_title("Open a delegation plan")
                .add_filter(FILTER_NAME, &["ron"])
                .pick_file()
        })
    }

    fn pick_save_path(
        &mut self,
        suggested_name: String,
        repaint: egui::Context,
    ) -> Receiver<DialogAnswer> {
        run_on_thread(repaint, move || {
            rfd::FileDialog::new()
                .set_title("Save the delegation plan")
                .add_filter(FILTER_NAME, &["ron"])
                .set_file_name(suggested_name)
                .save_file()
        })
    }
}

fn run_on_thread(
    repaint: egui::Context,
    show: impl FnOnce() -> Option<PathBuf> + Send + 'static,
) -> Receiver<DialogAnswer> {
    let (sender, receiver) = channel();
    std::thread::spawn(move || {
        // rfd panics or returns nothing when no dialog backend exists; tell those apart from a
        // user's Cancel by whether a backend is there at all.
        let answer = if !dialog_backend_available() {
            DialogAnswer::Unavailable
        } else {
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(show)) {
                Ok(Some(path)) => DialogAnswer::Chosen(path),
                Ok(None) => DialogAnswer::Cancelled,
                Err(_) => DialogAnswer::Unavailable,
            }
        };
        let _ = sender.send(answer);
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
