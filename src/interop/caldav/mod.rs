//! Publishing the itinerary to a calendar on a CalDAV server (RFC 4791), so that the delegation
//! sees it on their phones and sees it change: each event is a calendar entry of its own.
//!
//! A calendar server is not trusted. Every request goes to the calendar collection the planner
//! named or to an entry directly inside it (see [`address`]); what the server lists elsewhere is
//! left alone and counted. Credentials go to that origin only: redirects are refused, never
//! followed. Before the first write the address is checked to be a calendar.
//!
//! A publish owns only the entries it wrote from this plan, for the same calendar (everyone's or
//! one person's): each entry names the plan's identity and the person, and holds the SHA-256 of
//! what was written (see [`entry`]). It adds the events that are new, replaces those that changed
//! (`If-Match` with the ETag read) and deletes the ones that left the plan; an entry edited on the
//! server since Attaché wrote it is left as it is and reported, unless the planner asks to
//! overwrite it.

mod address;
mod client;
mod entry;
mod multistatus;

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use jiff::Timestamp;
use thiserror::Error;

use self::address::{Address, AddressProblem, Collection};
use self::client::{Client, in_words};
use self::entry::{EntryText, Owner, Standing, content_digest};
use super::ExportError;
use super::ics::{event_resources, uid};
use crate::model::{Event, PersonId, Plan, PlanId};

/// The calendar to publish to.
#[derive(Clone, Debug)]
pub struct CalendarServer {
    /// The calendar collection's address, e.g. `https://cal.example.org/dav/delegation/visit/`.
    pub url: String,
    pub user: Option<String>,
    pub password: Option<String>,
}

/// How long a publish may wait for the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Each request, from sending it to the end of the answer.
    pub request: Duration,
    /// The whole publish, from the first request to the last.
    pub publish: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            request: Duration::from_secs(30),
            publish: Duration::from_secs(5 * 60),
        }
    }
}

/// What to publish, and how.
#[derive(Clone, Copy, Debug, Default)]
pub struct PublishOptions {
    /// Only this person's events, as their own calendar.
    pub person: Option<PersonId>,
    /// Replace (or remove) entries edited on the server since Attaché wrote them.
    pub overwrite: bool,
}

/// What a publish changed on the server, by event title, and what it left alone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PublishReport {
    pub added: Vec<String>,
    pub updated: Vec<String>,
    pub removed: Vec<String>,
    pub unchanged: usize,
    /// Entries of this calendar edited on the server since Attaché wrote them, left as they are.
    pub changed_on_server: Vec<String>,
    /// Entries the server listed outside the calendar collection, never requested.
    pub outside: usize,
}

impl PublishReport {
    /// "Events: 3 added, 1 updated, 2 removed, 40 unchanged".
    pub fn summary(&self) -> String {
        format!(
            "Events: {} added, {} updated, {} removed, {} unchanged",
            self.added.len(),
            self.updated.len(),
            self.removed.len(),
            self.unchanged
        )
    }

    /// "the server listed 2 entries outside the calendar; left alone", when it did.
    pub fn outside_sentence(&self) -> Option<String> {
        match self.outside {
            0 => None,
            1 => Some("the server listed 1 entry outside the calendar; left alone".to_owned()),
            n => Some(format!(
                "the server listed {n} entries outside the calendar; left alone"
            )),
        }
    }
}

#[derive(Debug, Error)]
pub enum PublishError {
    #[error("{0}")]
    Export(#[from] ExportError),
    #[error("{url}: {sentence}")]
    NotACalendar { url: String, sentence: String },
    #[error("{url}: {sentence}")]
    Server { url: String, sentence: String },
    #[error(
        "{url}: the server sent the request on to {to} ({status}); Attaché does not follow it, \
         so that the password goes only to the address typed. If the calendar is there, \
         publish to that address"
    )]
    Redirected {
        url: String,
        status: u16,
        to: String,
    },
    #[error("{url}: the server did not answer within {}", in_words(*limit))]
    TooSlow { url: String, limit: Duration },
    #[error(
        "{url}: the publish did not finish within {}; what was written before stays, publish \
         again to finish",
        in_words(*limit)
    )]
    OutOfTime { url: String, limit: Duration },
    #[error("{url}: the server could not be reached: {reason}")]
    Unreachable { url: String, reason: String },
    #[error("{url}: the server's answer could not be read: {reason}")]
    BadAnswer { url: String, reason: String },
    #[error(
        "{url}: the server's ETag for this entry is malformed ({etag:?}), so it cannot be \
         changed safely; nothing was written"
    )]
    MalformedEtag { url: String, etag: String },
}

/// A calendar collection on a server, checked to be a calendar and read, ready to publish to.
pub struct Calendar {
    collection: Collection,
    client: Client,
    listed: Vec<Listed>,
    outside: usize,
}

/// An entry the server listed inside the collection.
struct Listed {
    address: Address,
    etag: String,
    text: EntryText,
}

/// Publishes the plan's events (with `options.person`, only theirs) to `server` as the plan
/// `identity`.
pub fn publish(
    plan: &Plan,
    identity: PlanId,
    options: PublishOptions,
    server: &CalendarServer,
    limits: Limits,
    now: Timestamp,
) -> Result<PublishReport, PublishError> {
    Calendar::open(server, limits)?.publish(plan, identity, options, now)
}

impl Calendar {
    /// Checks that `server.url` is a calendar collection and reads its entries; writes nothing.
    pub fn open(server: &CalendarServer, limits: Limits) -> Result<Self, PublishError> {
        let collection =
            Collection::parse(&server.url).map_err(|problem| PublishError::NotACalendar {
                url: server.url.trim().to_owned(),
                sentence: address_sentence(problem),
            })?;
        let client = Client::new(server.user.as_deref(), server.password.as_deref(), limits);
        let mut calendar = Self {
            collection,
            client,
            listed: Vec::new(),
            outside: 0,
        };
        calendar.check_is_calendar()?;
        calendar.read_entries()?;
        Ok(calendar)
    }

    fn check_is_calendar(&self) -> Result<(), PublishError> {
        const QUERY: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/></D:prop></D:propfind>"#;
        let address = self.collection.address();
        let responses = self.ask("PROPFIND", "0", QUERY)?;
        let types = responses
            .iter()
            .find(|response| self.collection.is_itself(&response.href))
            .or(responses.first())
            .map(|response| response.resource_types.as_slice())
            .unwrap_or_default();
        let has = |name: &str| types.iter().any(|kind| kind == name);
        let what = if has("calendar") {
            return Ok(());
        } else if has("principal") {
            "a user's own folder on the server (their principal), not one of their calendars"
        } else if has("collection") {
            "a folder on the server, but not a calendar"
        } else {
            "not a folder on the server"
        };
        Err(PublishError::NotACalendar {
            url: address.as_str().to_owned(),
            sentence: format!("this address is {what}; nothing was written. {CALENDAR_ADDRESS}"),
        })
    }

    fn read_entries(&mut self) -> Result<(), PublishError> {
        const QUERY: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><D:getetag/><C:calendar-data/></D:prop>
  <C:filter><C:comp-filter name="VCALENDAR"/></C:filter>
</C:calendar-query>"#;
        for response in self.ask("REPORT", "1", QUERY)? {
            match self.collection.member(&response.href) {
                Some(member) => self.listed.push(Listed {
                    address: member,
                    etag: response.etag,
                    text: EntryText::read(&response.calendar_data),
                }),
                None if self.collection.is_itself(&response.href) => {}
                None => self.outside += 1,
            }
        }
        Ok(())
    }

    /// The collection's multistatus answer to `method` with `query`, `depth` deep.
    fn ask(
        &self,
        method: &str,
        depth: &str,
        query: &str,
    ) -> Result<Vec<multistatus::Response>, PublishError> {
        let address = self.collection.address();
        let answer = self.client.request(
            method,
            &address,
            &[
                ("Depth", depth),
                ("Content-Type", "application/xml; charset=utf-8"),
            ],
            query,
        )?;
        if answer.status != 207 {
            return Err(server_error(address.as_str(), answer.status));
        }
        multistatus::parse(&answer.text).map_err(|reason| PublishError::BadAnswer {
            url: address.as_str().to_owned(),
            reason,
        })
    }

    /// Publishes the plan's events as the plan `identity`.
    pub fn publish(
        self,
        plan: &Plan,
        identity: PlanId,
        options: PublishOptions,
        now: Timestamp,
    ) -> Result<PublishReport, PublishError> {
        let owner = Owner {
            plan: identity,
            person: options.person,
        };
        let events: Vec<&Event> = plan
            .events
            .iter()
            .filter(|event| {
                options
                    .person
                    .is_none_or(|person| event.people().any(|p| p == person))
            })
            .map(|event| &**event)
            .collect();
        let in_plan: HashSet<String> = events.iter().map(|event| owner.uid(&uid(event))).collect();
        // This calendar's entries, each with how it stands; the others are never touched.
        let ours: Vec<(&Listed, Standing)> = self
            .listed
            .iter()
            .map(|listed| {
                let standing = listed.text.standing(&owner, |uid| in_plan.contains(uid));
                (listed, standing)
            })
            .filter(|(_, standing)| *standing != Standing::NotOurs)
            .collect();
        // Checked before the first write, so that a bad one stops the publish with nothing done.
        for (listed, _) in &ours {
            if !multistatus::is_well_formed_etag(&listed.etag) {
                return Err(PublishError::MalformedEtag {
                    url: listed.address.as_str().to_owned(),
                    etag: listed.etag.clone(),
                });
            }
        }
        // By UID, the first listed of each: looked up once per event, so the publish stays
        // linear in the calendar's size.
        let mut by_uid: HashMap<&str, &(&Listed, Standing)> = HashMap::new();
        for entry in &ours {
            if let Some(uid) = entry.0.text.uid.as_deref() {
                by_uid.entry(uid).or_insert(entry);
            }
        }
        let mut report = PublishReport {
            outside: self.outside,
            ..PublishReport::default()
        };
        let bodies = event_resources(plan, events.iter().copied(), now)?;
        for (event, body) in events.iter().zip(bodies) {
            let event_uid = uid(event);
            let body = owner.marked(&body, &event_uid);
            let title = event.title.clone();
            match by_uid.get(owner.uid(&event_uid).as_str()) {
                Some((_, Standing::Ours { digest })) if *digest == content_digest(&body) => {
                    report.unchanged += 1;
                }
                Some((_, Standing::EditedOnServer)) if !options.overwrite => {
                    report.changed_on_server.push(title);
                }
                Some((listed, _)) => {
                    self.put(&listed.address, &body, Precondition::IfMatch(&listed.etag))?;
                    report.updated.push(title);
                }
                None => {
                    let uid = owner.uid(&event_uid);
                    let name = format!("{}.ics", uid.split('@').next().unwrap_or_default());
                    let address = self.collection.entry(&name);
                    self.put(&address, &body, Precondition::IfNoneMatch)?;
                    report.added.push(title);
                }
            }
        }
        for (listed, standing) in &ours {
            if listed
                .text
                .uid
                .as_ref()
                .is_some_and(|uid| in_plan.contains(uid))
            {
                continue;
            }
            let title = (listed.text.summary.clone()).unwrap_or_else(|| listed.address.name());
            if *standing == Standing::EditedOnServer && !options.overwrite {
                report.changed_on_server.push(title);
                continue;
            }
            self.delete(&listed.address, &listed.etag)?;
            report.removed.push(title);
        }
        Ok(report)
    }

    fn put(&self, address: &Address, body: &str, when: Precondition) -> Result<(), PublishError> {
        let precondition = match when {
            Precondition::IfMatch(etag) => ("If-Match", etag),
            Precondition::IfNoneMatch => ("If-None-Match", "*"),
        };
        let answer = self.client.request(
            "PUT",
            address,
            &[
                ("Content-Type", "text/calendar; charset=utf-8"),
                precondition,
            ],
            body,
        )?;
        match (answer.status, when) {
            (200..=299, _) => Ok(()),
            (412, Precondition::IfNoneMatch) => Err(PublishError::Server {
                url: address.as_str().to_owned(),
                sentence: "someone else created an entry of this name on the server meanwhile \
                           (412); it was left alone. Publish again to see how it stands"
                    .to_owned(),
            }),
            (status, _) => Err(server_error(address.as_str(), status)),
        }
    }

    fn delete(&self, address: &Address, etag: &str) -> Result<(), PublishError> {
        let answer = self
            .client
            .request("DELETE", address, &[("If-Match", etag)], "")?;
        match answer.status {
            200..=299 | 404 => Ok(()),
            status => Err(server_error(address.as_str(), status)),
        }
    }
}

#[derive(Clone, Copy)]
enum Precondition<'a> {
    IfMatch(&'a str),
    IfNoneMatch,
}

/// What a calendar's address looks like, for the planner who gave another one.
const CALENDAR_ADDRESS: &str = "A calendar's address names the calendar itself and has no \
    query, e.g. https://calendar.example.org/dav/calendars/planner/visit/ (the server's \
    calendar settings or the calendar app's \"copy link\" show it)";

fn address_sentence(problem: AddressProblem) -> String {
    let what = match problem {
        AddressProblem::NotAWebAddress => "this is not a web address",
        AddressProblem::NotHttp => "this is not an http:// or https:// address",
        AddressProblem::HasQuery => "this address has a query (after ? or #)",
        AddressProblem::HasCredentials => {
            "this address holds a user name or password; give the user name on its own and \
             the password when asked"
        }
    };
    format!("{what}; nothing was sent. {CALENDAR_ADDRESS}")
}

/// The server's refusal as a sentence a planner can act on.
fn server_error(url: &str, status: u16) -> PublishError {
    let sentence = match status {
        401 => "the server refused the user name or password (401)".to_owned(),
        403 => "the server does not allow this user to change this calendar (403)".to_owned(),
        404 => "there is no calendar at this address (404); check the address".to_owned(),
        412 => "the calendar entry was changed on the server while publishing (412); it was \
                left alone. Publish again to see how it stands"
            .to_owned(),
        status => format!("the server refused the request ({status})"),
    };
    PublishError::Server {
        url: url.to_owned(),
        sentence,
    }
}
