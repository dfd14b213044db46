//! File → Publish…: the itinerary to a CalDAV calendar, from the window. The network is used on
//! a thread of its own, so the window keeps drawing while the server answers. A publish changes
//! nothing in the plan but giving it its identity, the first time.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::AttacheApp;
use crate::interop::caldav::{
    CalendarServer, Limits, PublishError, PublishOptions, PublishReport, publish,
};
use crate::lang::Message;
use crate::model::{Change, PersonId, PlanId};
use crate::msg;

/// What the planner fills in the Publish dialog: where to, as whom, whose events.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PublishForm {
    pub url: String,
    pub user: String,
    /// Kept only while the dialog is open; never stored.
    pub password: String,
    /// Only this person's events, for their own calendar.
    pub person: Option<PersonId>,
    /// Replace the entries edited on the server since Attaché wrote them.
    pub overwrite: bool,
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
        let idle = self
            .publish
            .as_ref()
            .is_some_and(|dialog| !dialog.is_running());
        if !idle || form.url.trim().is_empty() {
            return;
        }
        let server = CalendarServer {
            url: form.url.trim().to_owned(),
            user: Some(form.user.trim().to_owned()).filter(|user| !user.is_empty()),
            password: Some(form.password.clone()).filter(|password| !password.is_empty()),
        };
        let identity = self.plan_identity();
        let plan = self.document.plan().clone();
        let options = PublishOptions {
            person: form.person,
            overwrite: form.overwrite,
        };
        let (send, answer) = channel();
        let ctx = ctx.clone();
        // The events' descriptions are written in the window's language, which is this
        // thread's; the publishing thread is told it.
        let language = crate::lang::current();
        std::thread::spawn(move || {
            let published = crate::lang::in_language(language, || {
                publish(
                    &plan,
                    identity,
                    options,
                    &server,
                    Limits::default(),
                    jiff::Timestamp::now(),
                )
            });
            let _ = send.send(published);
            ctx.request_repaint();
        });
        if let Some(dialog) = &mut self.publish {
            dialog.running = Some(answer);
        }
        if let Some(path) = self.document.path().map(ToOwned::to_owned) {
            let (url, user) = (form.url.trim().to_owned(), form.user.trim().to_owned());
            self.settings.remember_calendar(&path, url, user);
        }
    }

    /// The identity that marks this plan's calendar entries. A plan without one yet is given
    /// one, as an edit; a plan that was saved as it is is saved again with it at once, so that the
    /// next publish, even after the window is closed, recognises the entries of this one.
    fn plan_identity(&mut self) -> PlanId {
        if let Some(identity) = self.document.plan().visit.identity {
            return identity;
        }
        let identity = PlanId::random();
        let mut visit = self.document.plan().visit.clone();
        visit.identity = Some(identity);
        let saved_as_it_is = !self.document.is_dirty();
        self.document.apply(
            Change::Visit(visit),
            msg!("app-step-calendar-identity"),
            None,
            0.0,
        );
        if let Some(path) = self.document.path().map(ToOwned::to_owned)
            && saved_as_it_is
        {
            self.save_to(path);
        }
        identity
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
                self.exchange.notice = Some(published_notice(&report));
            }
            Err(error) => {
                // The dialog stays open to correct the address or the password.
                if let Some(dialog) = &mut self.publish {
                    dialog.running = None;
                }
                self.messages.push(msg!(
                    "publish-nothing-more-published",
                    reason = error.to_string()
                ));
            }
        }
    }
}

/// "Published. Events: 3 added, …", with what was left alone and why.
fn published_notice(report: &PublishReport) -> Message {
    let mut notice = msg!(
        "publish-published",
        added = report.added.len(),
        updated = report.updated.len(),
        removed = report.removed.len(),
        unchanged = report.unchanged
    );
    let mut then = |next: Message| {
        notice = msg!("publish-sentences", first = notice.clone(), next = next);
    };
    if !report.removed.is_empty() {
        then(msg!("publish-removed", titles = report.removed.join(", ")));
    }
    if !report.changed_on_server.is_empty() {
        then(msg!(
            "publish-changed-on-server",
            titles = report.changed_on_server.join(", "),
            replace = msg!("publish-replace-changed")
        ));
    }
    if report.outside > 0 {
        then(msg!("publish-outside", count = report.outside));
    }
    notice
}
