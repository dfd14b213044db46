//! Publishing the itinerary to a calendar on a CalDAV server (RFC 4791), so that the delegation
//! sees it on their phones and sees it change: each event is a calendar object resource of its
//! own, named and identified by the event's id.
//!
//! A publish reads what the collection holds (one REPORT), then adds the events that are new,
//! replaces those that changed (`If-Match` with the ETag read, so that a change made meanwhile on
//! the server is not overwritten) and deletes the ones Attaché published that left the plan.
//! Entries that Attaché did not publish are never touched. Whether an event changed is told by a
//! digest of its calendar text written into the resource (`X-ATTACHE-DIGEST`), since the text
//! itself differs at each publish by its time stamp.

use std::collections::{HashMap, HashSet};
use std::hash::Hasher;
use std::time::Duration;

use base64::Engine;
use jiff::Timestamp;
use thiserror::Error;

use super::ExportError;
use super::ics::{event_resources, uid};
use crate::model::{Event, PersonId, Plan};

/// How long a request may take before the publish gives up with a sentence.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

const DIGEST_PROPERTY: &str = "X-ATTACHE-DIGEST";

/// The calendar to publish to.
#[derive(Clone, Debug)]
pub struct CalendarServer {
    /// The calendar collection's address, e.g. `https://cal.example.org/dav/delegation/visit/`.
    pub url: String,
    pub user: Option<String>,
    pub password: Option<String>,
}

/// What a publish changed on the server, by event title.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PublishReport {
    pub added: Vec<String>,
    pub updated: Vec<String>,
    pub removed: usize,
    pub unchanged: usize,
}

impl PublishReport {
    /// "Events: 3 added, 1 updated, 2 removed, 40 unchanged".
    pub fn summary(&self) -> String {
        format!(
            "Events: {} added, {} updated, {} removed, {} unchanged",
            self.added.len(),
            self.updated.len(),
            self.removed,
            self.unchanged
        )
    }
}

#[derive(Debug, Error)]
pub enum PublishError {
    #[error("{0}")]
    Export(#[from] ExportError),
    #[error("{url}: {sentence}")]
    Server { url: String, sentence: String },
    #[error("{url}: the server could not be reached: {reason}")]
    Unreachable { url: String, reason: String },
    #[error("{url}: the server's answer could not be read: {reason}")]
    BadAnswer { url: String, reason: String },
}

/// Publishes the plan's events (with `person`, only theirs) to `server`.
pub fn publish(
    plan: &Plan,
    person: Option<PersonId>,
    server: &CalendarServer,
    now: Timestamp,
) -> Result<PublishReport, PublishError> {
    let collection = with_trailing_slash(&server.url);
    let client = Client::new(server);
    let published = client.read_collection(&collection)?;
    let mut by_uid: HashMap<&str, &Resource> = HashMap::new();
    for resource in &published {
        if let Some(uid) = &resource.uid {
            by_uid.insert(uid, resource);
        }
    }
    let mut report = PublishReport::default();
    let mut in_plan = HashSet::new();
    let events: Vec<&Event> = plan
        .events
        .iter()
        .filter(|event| person.is_none_or(|person| event.people().any(|p| p == person)))
        .map(|event| &**event)
        .collect();
    let bodies = event_resources(plan, events.iter().copied(), now)?;
    // The same text but for its time stamp: what tells a changed event from an unchanged one.
    let unstamped = event_resources(plan, events.iter().copied(), Timestamp::UNIX_EPOCH)?;
    for ((event, body), unstamped) in events.iter().zip(bodies).zip(unstamped) {
        let uid = uid(event);
        let digest = digest(&unstamped);
        let body = with_digest(&body, &digest);
        match by_uid.get(uid.as_str()) {
            Some(resource) if resource.digest.as_deref() == Some(digest.as_str()) => {
                report.unchanged += 1;
            }
            Some(resource) => {
                client.put(&resource.href, &body, Precondition::IfMatch(&resource.etag))?;
                report.updated.push(event.title.clone());
            }
            None => {
                let href = format!("{collection}{}.ics", event.id);
                client.put(&href, &body, Precondition::IfNoneMatch)?;
                report.added.push(event.title.clone());
            }
        }
        in_plan.insert(uid);
    }
    for resource in &published {
        let ours = resource.digest.is_some();
        let left_the_plan = resource
            .uid
            .as_ref()
            .is_some_and(|uid| !in_plan.contains(uid));
        if ours && left_the_plan {
            client.delete(&resource.href, &resource.etag)?;
            report.removed += 1;
        }
    }
    Ok(report)
}

fn digest(text: &str) -> String {
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write(text.as_bytes());
    format!("{:016x}", hasher.finish())
}

/// The resource's text with the digest as a property of its calendar.
fn with_digest(calendar: &str, digest: &str) -> String {
    let line = format!("{DIGEST_PROPERTY}:{digest}\r\n");
    match calendar.find("VERSION:2.0\r\n") {
        Some(at) => {
            let at = at + "VERSION:2.0\r\n".len();
            format!("{}{line}{}", &calendar[..at], &calendar[at..])
        }
        None => calendar.to_owned(),
    }
}

fn with_trailing_slash(url: &str) -> String {
    let url = url.trim();
    if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    }
}

/// A calendar object resource found on the server.
#[derive(Debug)]
struct Resource {
    href: String,
    etag: String,
    uid: Option<String>,
    /// Set on resources Attaché published.
    digest: Option<String>,
}

enum Precondition<'a> {
    IfMatch(&'a str),
    IfNoneMatch,
}

struct Client {
    agent: ureq::Agent,
    authorization: Option<String>,
}

impl Client {
    fn new(server: &CalendarServer) -> Self {
        let agent = ureq::Agent::config_builder()
            .tls_config(tls())
            .timeout_global(Some(REQUEST_TIMEOUT))
            .http_status_as_error(false)
            .allow_non_standard_methods(true)
            .build()
            .new_agent();
        let authorization = server.user.as_ref().map(|user| {
            let password = server.password.as_deref().unwrap_or_default();
            let token =
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
            format!("Basic {token}")
        });
        Self {
            agent,
            authorization,
        }
    }

    fn request(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> Result<(u16, String), PublishError> {
        let unreachable = |reason: String| PublishError::Unreachable {
            url: url.to_owned(),
            reason,
        };
        let mut request = ureq::http::Request::builder().method(method).uri(url);
        if let Some(authorization) = &self.authorization {
            request = request.header("Authorization", authorization);
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request
            .body(body.to_owned())
            .map_err(|error| unreachable(format!("not a web address ({error})")))?;
        let mut response = self.agent.run(request).map_err(|error| match error {
            ureq::Error::Timeout(_) => unreachable(format!(
                "no answer within {} seconds",
                REQUEST_TIMEOUT.as_secs()
            )),
            other => unreachable(other.to_string()),
        })?;
        let status = response.status().as_u16();
        let text =
            response
                .body_mut()
                .read_to_string()
                .map_err(|error| PublishError::BadAnswer {
                    url: url.to_owned(),
                    reason: error.to_string(),
                })?;
        Ok((status, text))
    }

    /// The collection's calendar objects, with their ETags, UIDs and digests.
    fn read_collection(&self, collection: &str) -> Result<Vec<Resource>, PublishError> {
        const QUERY: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><D:getetag/><C:calendar-data/></D:prop>
  <C:filter><C:comp-filter name="VCALENDAR"/></C:filter>
</C:calendar-query>"#;
        let (status, text) = self.request(
            "REPORT",
            collection,
            &[
                ("Depth", "1"),
                ("Content-Type", "application/xml; charset=utf-8"),
            ],
            QUERY,
        )?;
        if status != 207 {
            return Err(server_error(collection, status));
        }
        let found = parse_multistatus(&text).map_err(|reason| PublishError::BadAnswer {
            url: collection.to_owned(),
            reason,
        })?;
        Ok(found
            .into_iter()
            .map(|resource| resource.absolute(collection))
            .collect())
    }

    fn put(&self, href: &str, body: &str, when: Precondition) -> Result<(), PublishError> {
        let precondition = match when {
            Precondition::IfMatch(etag) => ("If-Match", etag),
            Precondition::IfNoneMatch => ("If-None-Match", "*"),
        };
        let (status, _) = self.request(
            "PUT",
            href,
            &[
                ("Content-Type", "text/calendar; charset=utf-8"),
                precondition,
            ],
            body,
        )?;
        match status {
            200..=299 => Ok(()),
            status => Err(server_error(href, status)),
        }
    }

    fn delete(&self, href: &str, etag: &str) -> Result<(), PublishError> {
        let (status, _) = self.request("DELETE", href, &[("If-Match", etag)], "")?;
        match status {
            200..=299 | 404 => Ok(()),
            status => Err(server_error(href, status)),
        }
    }
}

/// The system's own TLS and trusted certificates on Windows and macOS; elsewhere rustls with the
/// system's certificate store (see Cargo.toml), so that a ministry's own authority is trusted.
#[cfg(any(windows, target_os = "macos"))]
fn tls() -> ureq::tls::TlsConfig {
    ureq::tls::TlsConfig::builder()
        .provider(ureq::tls::TlsProvider::NativeTls)
        .root_certs(ureq::tls::RootCerts::PlatformVerifier)
        .build()
}

#[cfg(not(any(windows, target_os = "macos")))]
fn tls() -> ureq::tls::TlsConfig {
    ureq::tls::TlsConfig::builder()
        .root_certs(ureq::tls::RootCerts::PlatformVerifier)
        .build()
}

/// The server's refusal as a sentence a planner can act on.
fn server_error(url: &str, status: u16) -> PublishError {
    let sentence = match status {
        401 => "the server refused the user name or password (401)".to_owned(),
        403 => "the server does not allow this user to change this calendar (403)".to_owned(),
        404 => "there is no calendar at this address (404); check the address".to_owned(),
        412 => "the calendar entry was changed on the server since it was read (412); publish \
                again to bring it up to date"
            .to_owned(),
        status => format!("the server refused the request ({status})"),
    };
    PublishError::Server {
        url: url.to_owned(),
        sentence,
    }
}

/// Hrefs become absolute against the collection's address when the server gives a path.
fn absolute(collection: &str, href: &str) -> String {
    if href.starts_with("http://") || href.starts_with("https://") {
        return href.to_owned();
    }
    // scheme://host[:port] of the collection.
    let origin_end = collection
        .find("://")
        .and_then(|scheme| collection[scheme + 3..].find('/').map(|at| scheme + 3 + at))
        .unwrap_or(collection.len());
    format!("{}{href}", &collection[..origin_end])
}

/// The calendar objects of a WebDAV multistatus answer.
fn parse_multistatus(text: &str) -> Result<Vec<Resource>, String> {
    use quick_xml::events::Event as Xml;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut resources = Vec::new();
    let (mut href, mut etag, mut data) = (String::new(), String::new(), String::new());
    let mut open: Option<&'static str> = None;
    loop {
        match reader.read_event().map_err(|error| error.to_string())? {
            Xml::Start(element) => {
                open = match element.local_name().as_ref() {
                    b"href" => Some("href"),
                    b"getetag" => Some("getetag"),
                    b"calendar-data" => Some("calendar-data"),
                    b"response" => {
                        href.clear();
                        etag.clear();
                        data.clear();
                        None
                    }
                    _ => None,
                };
            }
            Xml::End(element) => {
                if element.local_name().as_ref() == b"response" && !data.is_empty() {
                    let unfolded = data.replace("\r\n ", "").replace("\n ", "");
                    let property = |name: &str| {
                        unfolded.lines().find_map(|line| {
                            line.trim_end_matches('\r')
                                .strip_prefix(name)
                                .and_then(|rest| rest.strip_prefix(':'))
                                .map(str::to_owned)
                        })
                    };
                    resources.push(Resource {
                        href: href.trim().to_owned(),
                        etag: etag.trim().to_owned(),
                        uid: property("UID"),
                        digest: property(DIGEST_PROPERTY),
                    });
                }
                open = None;
            }
            Xml::Text(part) => {
                let part = part.decode().map_err(|error| error.to_string())?;
                push_text(open, &part, &mut href, &mut etag, &mut data);
            }
            Xml::CData(part) => {
                let part = part.decode().map_err(|error| error.to_string())?;
                push_text(open, &part, &mut href, &mut etag, &mut data);
            }
            Xml::GeneralRef(reference) => {
                let name = reference.decode().map_err(|error| error.to_string())?;
                let reference = format!("&{name};");
                let part =
                    quick_xml::escape::unescape(&reference).map_err(|error| error.to_string())?;
                push_text(open, &part, &mut href, &mut etag, &mut data);
            }
            Xml::Eof => break,
            _ => {}
        }
    }
    Ok(resources)
}

fn push_text(
    open: Option<&str>,
    part: &str,
    href: &mut String,
    etag: &mut String,
    data: &mut String,
) {
    match open {
        Some("href") => href.push_str(part),
        Some("getetag") => etag.push_str(part),
        Some("calendar-data") => data.push_str(part),
        _ => {}
    }
}

impl Resource {
    fn absolute(mut self, collection: &str) -> Self {
        self.href = absolute(collection, &self.href);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_multistatus_answer_gives_each_object_with_its_etag_uid_and_digest() {
        let answer = r#"<?xml version="1.0"?>
<multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <response><href>/cal/visit/a.ics</href><propstat><prop>
    <getetag>"e1"</getetag>
    <C:calendar-data>BEGIN:VCALENDAR&#13;
X-ATTACHE-DIGEST:00ff&#13;
BEGIN:VEVENT&#13;
UID:1234@attache&#13;
SUMMARY:Talks &amp; lunch&#13;
END:VEVENT&#13;
END:VCALENDAR&#13;
</C:calendar-data></prop></propstat></response>
  <response><href>/cal/visit/other.ics</href><propstat><prop>
    <getetag>"e2"</getetag>
    <C:calendar-data>BEGIN:VCALENDAR
BEGIN:VEVENT
UID:someone-else
END:VEVENT
END:VCALENDAR
</C:calendar-data></prop></propstat></response>
</multistatus>"#;
        let found = parse_multistatus(answer).unwrap();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].href, "/cal/visit/a.ics");
        assert_eq!(found[0].etag, "\"e1\"");
        assert_eq!(found[0].uid.as_deref(), Some("1234@attache"));
        assert_eq!(found[0].digest.as_deref(), Some("00ff"));
        assert_eq!(found[1].digest, None);
        assert_eq!(
            absolute("http://127.0.0.1:5232/cal/visit/", "/cal/visit/a.ics"),
            "http://127.0.0.1:5232/cal/visit/a.ics"
        );
    }
}
