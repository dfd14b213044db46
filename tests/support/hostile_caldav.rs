//! A calendar server that is not to be trusted, for the publishing tests: a small HTTP server on
//! 127.0.0.1 that answers each request as its test scripts it (listings that point elsewhere,
//! redirects, slow answers, malformed ETags) and records every request it receives, so that a
//! test can say where Attaché's requests went and with which credentials.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One request as the server received it.
#[derive(Clone, Debug)]
pub struct Received {
    pub method: String,
    /// The request target as sent: a path, with its query if any.
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(known, _)| known.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// The answer to one request.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// How long the server waits before answering.
    pub delay: Duration,
}

impl Reply {
    pub fn status(status: u16) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: String::new(),
            delay: Duration::ZERO,
        }
    }

    /// A WebDAV multistatus answer made of `responses`.
    pub fn multistatus(responses: &str) -> Self {
        Self {
            body: format!(
                r#"<?xml version="1.0"?><D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">{responses}</D:multistatus>"#
            ),
            headers: vec![(
                "Content-Type".to_owned(),
                "application/xml; charset=utf-8".to_owned(),
            )],
            ..Self::status(207)
        }
    }

    /// The answer to `PROPFIND` saying that `href` is a calendar collection.
    pub fn a_calendar(href: &str) -> Self {
        Self::multistatus(&format!(
            "<D:response><D:href>{href}</D:href><D:propstat><D:prop><D:resourcetype><D:collection/><C:calendar/></D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>"
        ))
    }

    pub fn redirect(to: &str) -> Self {
        Self {
            headers: vec![("Location".to_owned(), to.to_owned())],
            ..Self::status(301)
        }
    }

    pub fn after(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }
}

/// One `<response>` of a calendar listing: an entry at `href` with `etag` and calendar text.
pub fn listed(href: &str, etag: &str, calendar: &str) -> String {
    let calendar = calendar
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('\r', "&#13;");
    let etag = etag
        .replace('&', "&amp;")
        .replace('\r', "&#13;")
        .replace('\n', "&#10;");
    format!(
        "<D:response><D:href>{href}</D:href><D:propstat><D:prop><D:getetag>{etag}</D:getetag><C:calendar-data>{calendar}</C:calendar-data></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>"
    )
}

type Script = dyn Fn(&Received) -> Reply + Send + Sync;

/// The server; it stops when dropped.
pub struct HostileServer {
    port: u16,
    received: Arc<Mutex<Vec<Received>>>,
    stopping: Arc<AtomicBool>,
}

impl HostileServer {
    pub fn start(script: impl Fn(&Received) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let stopping = Arc::new(AtomicBool::new(false));
        let script: Arc<Script> = Arc::new(script);
        {
            let received = received.clone();
            let stopping = stopping.clone();
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stopping.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let (received, script) = (received.clone(), script.clone());
                    std::thread::spawn(move || serve(stream, &received, &*script));
                }
            });
        }
        Self {
            port,
            received,
            stopping,
        }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Every request received so far, in order.
    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

impl Drop for HostileServer {
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        // Wakes the accepting thread so that it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// Reads one request, records it, answers it and closes the connection.
fn serve(stream: TcpStream, received: &Mutex<Vec<Received>>, script: &Script) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let target = parts.next().unwrap_or_default().to_owned();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        }
    }
    let length = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let request = Received {
        method,
        target,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    };
    received.lock().unwrap().push(request.clone());
    let reply = script(&request);
    std::thread::sleep(reply.delay);
    let mut answer = format!(
        "HTTP/1.1 {} Scripted\r\nContent-Length: {}\r\nConnection: close\r\n",
        reply.status,
        reply.body.len()
    );
    for (name, value) in &reply.headers {
        answer.push_str(&format!("{name}: {value}\r\n"));
    }
    answer.push_str("\r\n");
    answer.push_str(&reply.body);
    let mut stream = stream;
    let _ = stream.write_all(answer.as_bytes());
    let _ = stream.flush();
}
