//! File → Publish…: the itinerary to a CalDAV calendar, from the window. The network is used on
//! a thread of its own, so the window keeps drawing while the server answers; the plan is never
//! changed by a publish.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::AttacheApp;
use crate::interop::caldav::{CalendarServer, PublishError, PublishReport, publish};
use crate::model::PersonId;

/// The Publish dialog: where to, as whom, and the publish under way.
#[derive(Default)]
pub struct PublishDialog {
    pub url: String,
    pub user: String,
    /// Kept only while the dialog is open; never stored.
    pub password: String,
    /// Only this person's events, for their own calendar.
    pub person: Option<PersonId>,
    running: Option<Receiver<Result<PublishReport, PublishError>>>,
}

impl PublishDialog {
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }
}

impl AttacheApp {
    /// Opens the dialog with the calendar this plan was last published to.
    pub(super) fn open_publish_dialog(&mut self) {
        let remembered = self
            .document
            .path()
            .and_then(|path| self.settings.calendar_for(path))
            .cloned()
            .unwrap_or_default();
        self.publish = Some(PublishDialog {
            url: remembered.url,
            user: remembered.user,
            ..PublishDialog::default()
        });
    }

    /// Starts publishing with what the dialog holds.
    pub(super) fn start_publishing(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.publish else {
            return;
        };
        if dialog.running.is_some() || dialog.url.trim().is_empty() {
            return;
        }
        let server = CalendarServer {
            url: dialog.url.trim().to_owned(),
            user: Some(dialog.user.trim().to_owned()).filter(|user| !user.is_empty()),
            password: Some(dialog.password.clone()).filter(|password| !password.is_empty()),
        };
        let plan = self.document.plan().clone();
        let person = dialog.person;
        let (send, answer) = channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let _ = send.send(publish(&plan, person, &server, jiff::Timestamp::now()));
            ctx.request_repaint();
        });
        dialog.running = Some(answer);
        if let Some(path) = self.document.path().map(ToOwned::to_owned) {
            let (url, user) = (dialog.url.trim().to_owned(), dialog.user.trim().to_owned());
            self.settings.remember_calendar(&path, url, user);
        }
    }

    /// Once a frame: the publish's answer, when it comes.
    pub(super) fn poll_publishing(&mut self) {
        let Some(running) = self
            .publish
            .as_mut()
            .and_then(|dialog| dialog.running.as_ref())
        else {
            return;
        };
        let answer = match running.try_recv() {
            Ok(answer) => answer,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => return self.publish = None,
        };
        match answer {
            Ok(report) => {
                self.publish = None;
                self.exchange.notice = Some(format!("Published. {}", report.summary()));
            }
            Err(error) => {
                // The dialog stays open to correct the address or the password.
                if let Some(dialog) = &mut self.publish {
                    dialog.running = None;
                }
                self.messages
                    .push(format!("Nothing more was published. {error}"));
            }
        }
    }
}
