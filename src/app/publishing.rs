//! File → Publish…: the itinerary to a CalDAV calendar, from the window. The network is used on
//! a thread of its own, so the window keeps drawing while the server answers; the plan is never
//! changed by a publish.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::AttacheApp;
use crate::interop::caldav::{CalendarServer, PublishError, PublishReport, publish};
use crate::model::PersonId;

/// What the planner fills in the Publish dialog: where to, as whom, whose events.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PublishForm {
    pub url: String,
    pub user: String,
    /// Kept only while the dialog is open; never stored.
    pub password: String,
    /// Only this person's events, for their own calendar.
    pub person: Option<PersonId>,
}

/// The Publish dialog: what it was opened with, and the publish under way.
pub struct PublishDialog {
    /// The calendar this plan was last published to, for the form to start from.
    pub remembered: PublishForm,
    /// Tells this opening of the dialog from the ones before, so that the form starts afresh.
    pub opening: u64,
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
        let opening = self.next_opening();
        self.publish = Some(PublishDialog {
            remembered: PublishForm {
                url: remembered.url,
                user: remembered.user,
                ..PublishForm::default()
            },
            opening,
            running: None,
        });
    }

    /// Starts publishing with what the planner filled in.
    pub(super) fn start_publishing(&mut self, form: PublishForm, ctx: &egui::Context) {
        let Some(dialog) = &mut self.publish else {
            return;
        };
        if dialog.running.is_some() || form.url.trim().is_empty() {
            return;
        }
        let server = CalendarServer {
            url: form.url.trim().to_owned(),
            user: Some(form.user.trim().to_owned()).filter(|user| !user.is_empty()),
            password: Some(form.password.clone()).filter(|password| !password.is_empty()),
        };
        let plan = self.document.plan().clone();
        let person = form.person;
        let (send, answer) = channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let _ = send.send(publish(&plan, person, &server, jiff::Timestamp::now()));
            ctx.request_repaint();
        });
        dialog.running = Some(answer);
        if let Some(path) = self.document.path().map(ToOwned::to_owned) {
            let (url, user) = (form.url.trim().to_owned(), form.user.trim().to_owned());
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
