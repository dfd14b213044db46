//! `attache publish` against a real CalDAV server: Radicale, from PyPI, in a virtual environment
//! under `target/` (made on first use, by `.ci/run` or by the first test that needs it), started
//! on 127.0.0.1 on a free port for each test, and stopped after it (or after five minutes at
//! most). The calendar is read back with a CalDAV REPORT and its instants compared with the
//! plan's. A server that cannot be installed or started fails the tests; it is not skipped.

#[path = "support/hostile_caldav.rs"]
mod hostile_caldav;
mod support;

use std::collections::HashMap;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use attache::app::{SAMPLE_PLAN, sample_plan};
use attache::file;
use attache::model::{Plan, PlanId};
use icalendar::{CalendarComponent, CalendarDateTime, Component, DatePerhapsTime};

const RADICALE_VERSION: &str = "3.5.4";
const USER: &str = "planner";
const PASSWORD: &str = "a shared secret";

/// The `radicale` program in `target/radicale-venv`, installed there if it is not yet.
fn radicale_program() -> PathBuf {
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let venv = target.join("radicale-venv");
    let program = venv.join("bin").join("radicale");
    std::fs::create_dir_all(&target).unwrap();
    // Tests run in parallel: one installs, the others wait for it.
    let lock = std::fs::File::create(target.join("radicale-venv.lock")).unwrap();
    lock.lock().unwrap();
    if !program.exists() {
        let made = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .expect("python3 runs");
        assert!(made.success(), "a virtual environment for Radicale");
        let installed = Command::new(venv.join("bin").join("pip"))
            .args([
                "install",
                "--quiet",
                &format!("radicale=={RADICALE_VERSION}"),
            ])
            .status()
            .expect("pip runs");
        assert!(installed.success(), "Radicale installs from PyPI");
    }
    program
}

/// A Radicale server with one user, on a free port; stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    _storage: tempfile::TempDir,
}

impl Server {
    fn start() -> Self {
        // A free port is found by binding and letting go; until Radicale holds it, another test
        // could be handed the same one, and then one server answers for both and goes away with
        // its test. So the tests of this file start their servers one at a time, and a server
        // that could not have the port (it exits) is started again on another.
        static STARTING: std::sync::Mutex<()> = std::sync::Mutex::new(());
        let _one_at_a_time = STARTING
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let started = Instant::now();
        loop {
            if let Some(server) = Self::try_start() {
                return server;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "Radicale listens within a minute"
            );
        }
    }

    /// A server on a free port, once it listens there; `None` when it exited instead.
    fn try_start() -> Option<Self> {
        let program = radicale_program();
        let storage = tempfile::tempdir().unwrap();
        let users = storage.path().join("users");
        std::fs::write(&users, format!("{USER}:{PASSWORD}\n")).unwrap();
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new("timeout")
            .arg("300")
            .arg(program)
            .args(["--server-hosts", &format!("127.0.0.1:{port}")])
            .arg("--storage-filesystem-folder")
            .arg(storage.path().join("collections"))
            .args(["--auth-type", "htpasswd"])
            .arg("--auth-htpasswd-filename")
            .arg(&users)
            .args(["--auth-htpasswd-encryption", "plain"])
            .args(["--rights-type", "owner_only"])
            .args(["--logging-level", "warning"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Radicale starts");
        let mut server = Self {
            child,
            port,
            _storage: storage,
        };
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if server.child.try_wait().ok().flatten().is_some() {
                return None;
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "Radicale listens within 30 seconds"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        // Listening, and still running: the port is this server's.
        server
            .child
            .try_wait()
            .ok()
            .flatten()
            .is_none()
            .then_some(server)
    }

    /// A new, empty calendar collection, by its address.
    fn calendar(&self, name: &str) -> String {
        let url = format!("http://127.0.0.1:{}/{USER}/{name}/", self.port);
        let (status, body) = request("MKCALENDAR", &url, &[], "");
        assert_eq!(status, 201, "{body}");
        url
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .allow_non_standard_methods(true)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .new_agent()
}

/// A request as the planner's user, for setting up and reading back.
fn request(method: &str, url: &str, headers: &[(&str, &str)], body: &str) -> (u16, String) {
    use base64::Engine;
    let token = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"));
    let mut builder = ureq::http::Request::builder()
        .method(method)
        .uri(url)
        .header("Authorization", format!("Basic {token}"));
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let mut response = agent().run(builder.body(body.to_owned()).unwrap()).unwrap();
    let status = response.status().as_u16();
    (status, response.body_mut().read_to_string().unwrap())
}

/// The calendar's entries as Radicale answers a calendar query for their calendar data.
fn calendar_query(calendar: &str) -> String {
    let (status, body) = request(
        "REPORT",
        calendar,
        &[("Depth", "1"), ("Content-Type", "application/xml")],
        r#"<?xml version="1.0"?><C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><C:calendar-data/></D:prop><C:filter><C:comp-filter name="VCALENDAR"/></C:filter></C:calendar-query>"#,
    );
    assert_eq!(status, 207, "{body}");
    body
}

/// The calendar's events as an independent parser reads them, by UID.
fn read_back(calendar: &str) -> HashMap<String, icalendar::Event> {
    let body = calendar_query(calendar);
    let mut events = HashMap::new();
    for part in body.split("BEGIN:VCALENDAR").skip(1) {
        let text = format!(
            "BEGIN:VCALENDAR{}",
            part.split("END:VCALENDAR").next().unwrap()
        ) + "END:VCALENDAR\r\n";
        let text = text
            .replace("&#13;", "\r")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"");
        let calendar: icalendar::Calendar = text.parse().expect("each entry parses");
        for component in calendar.components {
            if let CalendarComponent::Event(event) = component {
                events.insert(event.get_uid().unwrap().to_owned(), event);
            }
        }
    }
    events
}

fn attache_publish(
    folder: &Path,
    calendar: &str,
    extra: &[&str],
    password: &str,
) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_attache"))
        .current_dir(folder)
        .args([
            "publish",
            "plan.ron",
            "--calendar",
            calendar,
            "--user",
            USER,
        ])
        .args(extra)
        .env("ATTACHE_CALDAV_PASSWORD", password)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn scratch(plan: &Plan) -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    file::save(plan, &folder.path().join("plan.ron")).unwrap();
    folder
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_itinerary_is_published_and_reads_back_with_the_plans_instants() {
    let server = Server::start();
    let calendar = server.calendar("visit");
    let plan = sample_plan();
    let folder = scratch(&plan);

    let output = attache_publish(folder.path(), &calendar, &[], PASSWORD);
    assert!(output.status.success(), "{output:?}");
    assert!(
        stdout(&output).ends_with(&format!(
            "{calendar}: Events: {} added, 0 updated, 0 removed, 0 unchanged\n",
            plan.events.len()
        )),
        "{}",
        stdout(&output)
    );

    let published = read_back(&calendar);
    assert_eq!(published.len(), plan.events.len());
    let mut compared = 0;
    for event in &plan.events {
        let read = &published[&format!("{}@attache", event.id)];
        assert_eq!(read.get_summary(), Some(event.title.as_str()));
        if event.all_day {
            continue;
        }
        for (time, value) in [
            (&event.start, read.get_start()),
            (&event.end, read.get_end()),
        ] {
            let Some(DatePerhapsTime::DateTime(date_time)) = value else {
                panic!("{}: a date-time", event.title)
            };
            assert!(matches!(date_time, CalendarDateTime::WithTimezone { .. }));
            if let Some(utc) = date_time.try_into_utc() {
                assert_eq!(
                    utc.timestamp(),
                    time.instant().unwrap().as_second(),
                    "{}",
                    event.title
                );
                compared += 1;
            }
        }
    }
    assert!(compared >= plan.events.len(), "{compared}");
}

#[test]
fn publishing_again_changes_only_what_changed_and_leaves_other_entries_alone() {
    let server = Server::start();
    let calendar = server.calendar("visit");
    let folder = scratch(&sample_plan());
    assert!(
        attache_publish(folder.path(), &calendar, &[], PASSWORD)
            .status
            .success()
    );
    // The first publish gave the plan its identity, in its file: the planner edits that file.
    let mut plan = file::load(&folder.path().join("plan.ron")).unwrap();
    assert!(plan.visit.identity.is_some());
    // An entry someone else put in the same calendar.
    let (status, _) = request(
        "PUT",
        &format!("{calendar}dinner.ics"),
        &[("Content-Type", "text/calendar")],
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Someone//EN\r\nBEGIN:VEVENT\r\nUID:dinner@example.org\r\nDTSTAMP:20270301T120000Z\r\nDTSTART:20270322T180000Z\r\nSUMMARY:Embassy dinner\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    assert_eq!(status, 201);

    let output = attache_publish(folder.path(), &calendar, &[], PASSWORD);
    assert!(
        stdout(&output).ends_with(&format!(
            "Events: 0 added, 0 updated, 0 removed, {} unchanged\n",
            plan.events.len()
        )),
        "{}",
        stdout(&output)
    );

    Arc::make_mut(&mut plan.events[2]).title = "Briefing, moved to the ministry".to_owned();
    let gone = plan.events.remove(5);
    file::save(&plan, &folder.path().join("plan.ron")).unwrap();
    let output = attache_publish(folder.path(), &calendar, &[], PASSWORD);
    assert!(output.status.success(), "{output:?}");
    let said = stdout(&output);
    assert!(
        said.contains("updated Briefing, moved to the ministry"),
        "{said}"
    );
    // Removed events are named as the added and updated ones are.
    assert!(
        said.contains(&format!("{calendar}: removed {}\n", gone.title)),
        "{said}"
    );
    assert!(
        said.ends_with(&format!(
            "Events: 0 added, 1 updated, 1 removed, {} unchanged\n",
            plan.events.len() - 1
        )),
        "{said}"
    );
    let published = read_back(&calendar);
    assert!(!published.contains_key(&format!("{}@attache", gone.id)));
    assert!(
        published.contains_key("dinner@example.org"),
        "not ours: left alone"
    );
    assert_eq!(
        published[&format!("{}@attache", plan.events[2].id)].get_summary(),
        Some("Briefing, moved to the ministry")
    );
}

#[test]
fn one_persons_events_go_to_their_own_calendar() {
    let server = Server::start();
    let calendar = server.calendar("head-of-delegation");
    let plan = sample_plan();
    let person = plan.people[0].id;
    let folder = scratch(&plan);
    let output = attache_publish(
        folder.path(),
        &calendar,
        &["--person", &person.to_string()],
        PASSWORD,
    );
    assert!(output.status.success(), "{output:?}");
    let theirs: Vec<_> = plan
        .events
        .iter()
        .filter(|event| event.people().any(|p| p == person))
        // A person's calendar has UIDs of its own, so that it can share a collection.
        .map(|event| format!("{}.{person}@attache", event.id))
        .collect();
    let published = read_back(&calendar);
    assert_eq!(published.len(), theirs.len());
    assert!(theirs.iter().all(|uid| published.contains_key(uid)));
}

#[test]
fn a_refusal_is_a_sentence_naming_the_address_and_the_plan_is_untouched() {
    let server = Server::start();
    let calendar = server.calendar("visit");
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("plan.ron"), SAMPLE_PLAN).unwrap();

    let output = attache_publish(folder.path(), &calendar, &[], "not the password");
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.starts_with(&format!(
            "{calendar}: error: the server refused the user name or password (401)"
        )),
        "{said}"
    );
    let missing = format!("http://127.0.0.1:{}/{USER}/no-such-calendar/", server.port);
    let output = attache_publish(folder.path(), &missing, &[], PASSWORD);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("(404)"),
        "{output:?}"
    );
    assert_eq!(
        std::fs::read_to_string(folder.path().join("plan.ron")).unwrap(),
        SAMPLE_PLAN
    );
    assert!(read_back(&calendar).is_empty());
}

type WindowHarness = egui_kittest::Harness<'static, attache::window::Window>;

/// Clicks Publish in the open dialog and waits for the server's answer.
fn click_publish_and_wait(harness: &mut WindowHarness) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label("Publish").click();
    // The spinner repaints while the server answers.
    harness.step();
    let started = Instant::now();
    while harness.state().app.publish.is_some() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the publish ends"
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    harness.run();
}

/// A window on the sample plan, published from the Publish dialog to a new calendar on `server`:
/// the calendar's address, the plan's folder and the window.
fn window_after_first_publish(server: &Server) -> (String, tempfile::TempDir, WindowHarness) {
    let calendar = server.calendar("visit");
    let folder = scratch(&sample_plan());
    let app = support::app_on(
        Some(folder.path().join("plan.ron")),
        support::ScriptedDialogs::none(),
    );
    let mut harness = support::harness(app);
    support::click_menu(&mut harness, &["File", "Publish to a Calendar…"]);
    support::type_into(&mut harness, "Calendar address", &calendar);
    support::type_into(&mut harness, "User name", USER);
    support::type_into(&mut harness, "Password", PASSWORD);
    click_publish_and_wait(&mut harness);
    (calendar, folder, harness)
}

/// Changes the title of `event`'s entry directly on the server, as a calendar app would.
fn edit_on_server(server: &Server, calendar: &str, event: &attache::model::Event) {
    let (href, text) = entry_of(calendar, &format!("{}@attache", event.id));
    let edited = text.replace(
        &format!("SUMMARY:{}", event.title),
        &format!("SUMMARY:{} (moved by the embassy)", event.title),
    );
    assert_ne!(edited, text);
    let (status, _) = request(
        "PUT",
        &format!("http://127.0.0.1:{}{href}", server.port),
        &[("Content-Type", "text/calendar")],
        &edited,
    );
    assert!(matches!(status, 201 | 204), "{status}");
}

#[test]
fn the_window_publishes_and_remembers_the_calendar_for_the_plan() {
    use egui_kittest::kittest::Queryable;
    let server = Server::start();
    let plan = sample_plan();
    let (calendar, folder, mut harness) = window_after_first_publish(&server);
    let path = folder.path().join("plan.ron");
    assert!(support::text_shown_containing(
        &harness,
        &format!("Published. Events: {} added", plan.events.len())
    ));
    assert_eq!(read_back(&calendar).len(), plan.events.len());
    assert!(
        !harness.state().app.document.is_dirty(),
        "a publish is not an edit"
    );

    // The address and user are remembered for this plan; the password is not.
    let remembered = harness
        .state()
        .app
        .settings
        .calendar_for(&path)
        .unwrap()
        .clone();
    assert_eq!(remembered.url, calendar);
    assert_eq!(remembered.user, USER);
    harness.state_mut().app.send(attache::app::Command::Publish);
    harness.run();
    assert_eq!(
        harness.get_by_label("Calendar address").value().as_deref(),
        Some(calendar.as_str())
    );
    assert_eq!(
        harness.get_by_label("Password").value().unwrap_or_default(),
        ""
    );
}

#[test]
fn the_window_keeps_an_entry_edited_on_the_server_unless_told_to_replace_it() {
    use egui_kittest::kittest::Queryable;
    let server = Server::start();
    let plan = sample_plan();
    let (calendar, folder, mut harness) = window_after_first_publish(&server);
    let path = folder.path().join("plan.ron");
    // The plan was given its identity and, having no other changes, saved with it at once.
    let identity = harness.state().app.document.plan().visit.identity;
    assert!(identity.is_some());
    assert_eq!(file::load(&path).unwrap().visit.identity, identity);
    assert!(!harness.state().app.document.is_dirty());

    let event = &plan.events[3];
    edit_on_server(&server, &calendar, event);
    for (replace, said) in [
        (
            false,
            format!(
                "Published. Events: 0 added, 0 updated, 0 removed, {} unchanged. Changed on the \
                 server and left as they are: {}",
                plan.events.len() - 1,
                event.title
            ),
        ),
        (
            true,
            format!(
                "Published. Events: 0 added, 1 updated, 0 removed, {} unchanged.",
                plan.events.len() - 1
            ),
        ),
    ] {
        harness.state_mut().app.send(attache::app::Command::Publish);
        harness.run();
        support::type_into(&mut harness, "Password", PASSWORD);
        if replace {
            harness
                .get_by_label("Replace entries changed on the server")
                .click();
            harness.run();
        }
        click_publish_and_wait(&mut harness);
        assert!(support::text_shown_containing(&harness, &said), "{said}");
    }
    assert_eq!(
        read_back(&calendar)[&format!("{}@attache", event.id)].get_summary(),
        Some(event.title.as_str())
    );
}

// ---- A server that is not to be trusted -------------------------------------------------------

use hostile_caldav::{HostileServer, Received, Reply, listed};

/// A plan with an identity, so that entries can be made to look like its own.
fn plan_with_identity() -> Plan {
    let mut plan = sample_plan();
    plan.visit.identity = Some(PlanId::random());
    plan
}

/// Calendar text that claims to be an entry Attaché wrote for `plan` (one edited since, by its
/// digest), so that a publish with `--overwrite` would change or remove it if it could.
fn looks_like_ours(plan: &Plan, uid: &str) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-ATTACHE-PLAN:{}\r\nX-ATTACHE-DIGEST:00\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20270301T120000Z\r\nDTSTART:20270322T180000Z\r\nSUMMARY:Bait\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        plan.visit.identity.unwrap()
    )
}

/// Every request stayed inside `/cal/visit/`, carrying the planner's credentials.
fn assert_all_inside_the_calendar(received: &[Received]) {
    assert!(!received.is_empty());
    for request in received {
        let target = request.target.to_ascii_lowercase();
        assert!(
            target.starts_with("/cal/visit/")
                && !target.contains("..")
                && !target.contains("%2e")
                && !target.contains('?'),
            "{request:?}"
        );
        assert!(request.header("Authorization").is_some(), "{request:?}");
    }
}

#[test]
fn hrefs_outside_the_calendar_are_left_alone_and_no_request_leaves_it() {
    let elsewhere = HostileServer::start(|_| Reply::status(204));
    let other = elsewhere.origin();
    let plan = plan_with_identity();
    // The first claims to be one of the plan's events, so that an update would go to it; the
    // others claim to be events that left the plan, so that they would be removed.
    let hrefs = [
        format!("{other}/cal/visit/a.ics"),
        format!("//{}/cal/visit/b.ics", other.trim_start_matches("http://")),
        "/cal/other/c.ics".to_owned(),
        "/cal/visit/../other/d.ics".to_owned(),
        "/cal/visit/%2E%2E/other/e.ics".to_owned(),
        "/cal/visit/f.ics?delete=all".to_owned(),
        "/cal/visit/sub/g.ics".to_owned(),
    ];
    let listing: String = hrefs
        .iter()
        .enumerate()
        .map(|(n, href)| {
            let uid = match n {
                0 => format!("{}@attache", plan.events[0].id),
                n => format!("gone-{n}@attache"),
            };
            listed(href, &format!("\"{n}\""), &looks_like_ours(&plan, &uid))
        })
        .collect();
    let server = HostileServer::start(move |request| match request.method.as_str() {
        "PROPFIND" => Reply::a_calendar("/cal/visit/"),
        "REPORT" => Reply::multistatus(&listing),
        "PUT" => Reply::status(201),
        _ => Reply::status(204),
    });
    let folder = scratch(&plan);
    let calendar = format!("{}/cal/visit/", server.origin());

    let output = attache_publish(folder.path(), &calendar, &["--overwrite"], PASSWORD);
    assert!(output.status.success(), "{output:?}");
    let said = stdout(&output);
    assert!(
        said.contains(&format!(
            "{calendar}: the server listed 7 entries outside the calendar; left alone\n"
        )),
        "{said}"
    );
    assert!(
        said.ends_with(&format!(
            "Events: {} added, 0 updated, 0 removed, 0 unchanged\n",
            plan.events.len()
        )),
        "{said}"
    );
    assert!(
        elsewhere.received().is_empty(),
        "{:?}",
        elsewhere.received()
    );
    let received = server.received();
    assert_all_inside_the_calendar(&received);
    assert!(
        received.iter().all(|request| request.method != "DELETE"),
        "{received:?}"
    );
    // Each entry written names the plan it came from.
    let mark = format!("X-ATTACHE-PLAN:{}\r\n", plan.visit.identity.unwrap());
    for put in received.iter().filter(|request| request.method == "PUT") {
        assert!(put.body.contains(&mark), "{put:?}");
    }
}

#[test]
fn a_redirect_is_refused_and_the_password_never_goes_elsewhere() {
    let elsewhere = HostileServer::start(|_| Reply::a_calendar("/cal/visit/"));
    let other = elsewhere.origin();
    let plan = plan_with_identity();
    let folder = scratch(&plan);
    // Sent on at once, and sent on only when writing.
    let to = format!("{other}/cal/visit/");
    let at_once = HostileServer::start(move |_| Reply::redirect(&to));
    let to = format!("{other}/cal/visit/");
    let when_writing = HostileServer::start(move |request| match request.method.as_str() {
        "PROPFIND" => Reply::a_calendar("/cal/visit/"),
        "REPORT" => Reply::multistatus(""),
        _ => Reply::redirect(&to),
    });
    for server in [&at_once, &when_writing] {
        let calendar = format!("{}/cal/visit/", server.origin());
        let output = attache_publish(folder.path(), &calendar, &[], PASSWORD);
        assert_eq!(output.status.code(), Some(2), "{output:?}");
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(
            said.contains(&format!(
                "error: the server sent the request on to {other}/cal/visit/ (301); Attaché does \
                 not follow it, so that the password goes only to the address typed"
            )),
            "{said}"
        );
        assert_all_inside_the_calendar(&server.received());
    }
    assert!(
        elsewhere.received().is_empty(),
        "{:?}",
        elsewhere.received()
    );
}

#[test]
fn a_malformed_etag_stops_the_publish_before_anything_is_written() {
    let plan = plan_with_identity();
    let first = format!("{}@attache", plan.events[0].id);
    let listing = listed(
        "/cal/visit/first.ics",
        "\"1\"\r\nX-Injected: yes",
        &looks_like_ours(&plan, &first),
    );
    let server = HostileServer::start(move |request| match request.method.as_str() {
        "PROPFIND" => Reply::a_calendar("/cal/visit/"),
        "REPORT" => Reply::multistatus(&listing),
        _ => Reply::status(201),
    });
    let folder = scratch(&plan);
    let calendar = format!("{}/cal/visit/", server.origin());
    let output = attache_publish(folder.path(), &calendar, &["--overwrite"], PASSWORD);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.starts_with(&format!(
            "{calendar}first.ics: error: the server's ETag for this entry is malformed"
        )),
        "{said}"
    );
    assert!(said.contains("nothing was written"), "{said}");
    let methods: Vec<_> = server.received().into_iter().map(|r| r.method).collect();
    assert_eq!(methods, ["PROPFIND", "REPORT"]);
}

#[test]
fn an_entry_someone_else_created_meanwhile_is_named_as_such() {
    let server = HostileServer::start(|request| match request.method.as_str() {
        "PROPFIND" => Reply::a_calendar("/cal/visit/"),
        "REPORT" => Reply::multistatus(""),
        _ => Reply::status(412),
    });
    let folder = scratch(&plan_with_identity());
    let calendar = format!("{}/cal/visit/", server.origin());
    let output = attache_publish(folder.path(), &calendar, &[], PASSWORD);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains(
            "error: someone else created an entry of this name on the server meanwhile (412)"
        ),
        "{said}"
    );
}

/// What publishing the plan to `server` with `limits` says when it fails.
fn publish_error(server: &HostileServer, limits: attache::interop::caldav::Limits) -> String {
    use attache::interop::caldav::{CalendarServer, PublishOptions, publish};
    let plan = plan_with_identity();
    let calendar = CalendarServer {
        url: format!("{}/cal/visit/", server.origin()),
        user: Some(USER.to_owned()),
        password: Some(PASSWORD.to_owned()),
    };
    let identity = plan.visit.identity.unwrap();
    let options = PublishOptions::default();
    let now = jiff::Timestamp::now();
    publish(&plan, identity, options, &calendar, limits, now)
        .unwrap_err()
        .to_string()
}

#[test]
fn a_server_too_slow_to_answer_is_told_in_a_sentence() {
    use attache::interop::caldav::Limits;
    let slow =
        HostileServer::start(|_| Reply::a_calendar("/cal/visit/").after(Duration::from_secs(5)));
    let limits = Limits {
        request: Duration::from_secs(1),
        publish: Duration::from_secs(60),
    };
    assert_eq!(
        publish_error(&slow, limits),
        format!(
            "{}/cal/visit/: the server did not answer within 1 s",
            slow.origin()
        )
    );

    // Each answer in time, but the whole publish not.
    let steady = HostileServer::start(|request| {
        let reply = match request.method.as_str() {
            "PROPFIND" => Reply::a_calendar("/cal/visit/"),
            "REPORT" => Reply::multistatus(""),
            _ => Reply::status(201),
        };
        reply.after(Duration::from_millis(400))
    });
    let limits = Limits {
        request: Duration::from_secs(2),
        publish: Duration::from_secs(1),
    };
    let error = publish_error(&steady, limits);
    assert!(
        error.ends_with(
            ": the publish did not finish within 1 s; what was written before stays, publish \
             again to finish"
        ),
        "{error}"
    );
}

// ---- Sharing a calendar -----------------------------------------------------------------------

fn uids(events: &HashMap<String, icalendar::Event>) -> std::collections::BTreeSet<String> {
    events.keys().cloned().collect()
}

/// Publishes the plan in `folder` and checks the summary: `[added, updated, removed,
/// unchanged]`. Returns what was said.
fn publishes(folder: &Path, calendar: &str, extra: &[&str], counts: [usize; 4]) -> String {
    let output = attache_publish(folder, calendar, extra, PASSWORD);
    let said = stdout(&output);
    let [added, updated, removed, unchanged] = counts;
    assert!(
        output.status.success()
            && said.ends_with(&format!(
                "{calendar}: Events: {added} added, {updated} updated, {removed} removed, \
                 {unchanged} unchanged\n"
            )),
        "{output:?}"
    );
    said
}

#[test]
fn two_plans_share_a_calendar_and_neither_touches_the_others_entries() {
    let server = Server::start();
    let calendar = server.calendar("shared");
    let first = scratch(&sample_plan());
    let mut second_plan = attache::model::generate::generate(attache::model::generate::PlanSize {
        people: 12,
        events: 20,
        topics: 2,
        seed: 7,
    });
    let second = scratch(&second_plan);
    assert!(
        attache_publish(first.path(), &calendar, &[], PASSWORD)
            .status
            .success()
    );
    let first_entries = read_back(&calendar);
    assert_eq!(first_entries.len(), sample_plan().events.len());

    publishes(second.path(), &calendar, &[], [20, 0, 0, 0]);
    // The second plan drops most of its events: only its own entries go.
    second_plan = file::load(&second.path().join("plan.ron")).unwrap();
    second_plan.events.truncate(3);
    file::save(&second_plan, &second.path().join("plan.ron")).unwrap();
    publishes(second.path(), &calendar, &[], [0, 0, 17, 3]);
    let now = read_back(&calendar);
    assert_eq!(now.len(), first_entries.len() + 3);
    assert!(uids(&first_entries).is_subset(&uids(&now)));
    for (uid, event) in &first_entries {
        assert_eq!(now[uid].get_summary(), event.get_summary());
    }
    // And the first plan, published again, neither adopts nor removes the second's.
    publishes(first.path(), &calendar, &[], [0, 0, 0, first_entries.len()]);
    assert_eq!(read_back(&calendar).len(), first_entries.len() + 3);
}

#[test]
fn two_persons_calendars_share_a_collection_and_keep_apart() {
    let server = Server::start();
    let calendar = server.calendar("family");
    let plan = sample_plan();
    let folder = scratch(&plan);
    let (one, other) = (plan.people[0].id, plan.people[1].id);
    let theirs = |person| {
        plan.events
            .iter()
            .filter(|event| event.people().any(|p| p == person))
            .count()
    };
    assert!(theirs(one) > 0 && theirs(other) > 0);
    for person in [one, other] {
        let id = person.to_string();
        publishes(
            folder.path(),
            &calendar,
            &["--person", &id],
            [theirs(person), 0, 0, 0],
        );
    }
    let both = read_back(&calendar);
    assert_eq!(both.len(), theirs(one) + theirs(other));
    // The first person's calendar, published again without their events, removes only its own.
    let mut plan = file::load(&folder.path().join("plan.ron")).unwrap();
    for event in &mut plan.events {
        let event = Arc::make_mut(event);
        event.participants.retain(|p| *p != one);
        event.hosts.retain(|p| *p != one);
    }
    file::save(&plan, &folder.path().join("plan.ron")).unwrap();
    let person = one.to_string();
    publishes(
        folder.path(),
        &calendar,
        &["--person", &person],
        [0, 0, theirs(one), 0],
    );
    let left = read_back(&calendar);
    assert_eq!(left.len(), theirs(other));
    assert!(uids(&left).is_subset(&uids(&both)));
}

/// The hrefs in a multistatus answer of Radicale's (which writes DAV: as the default namespace),
/// each with the text of its response.
fn responses(multistatus: &str) -> Vec<(String, String)> {
    multistatus
        .split("<response>")
        .skip(1)
        .map(|response| {
            let href = response
                .split("<href>")
                .nth(1)
                .and_then(|rest| rest.split("</href>").next())
                .unwrap();
            (href.to_owned(), response.to_owned())
        })
        .collect()
}

/// The href of the entry with `uid` in `calendar`, and its text as stored.
fn entry_of(calendar: &str, uid: &str) -> (String, String) {
    let body = calendar_query(calendar);
    let (href, _) = responses(&body)
        .into_iter()
        .find(|(_, response)| response.contains(&format!("UID:{uid}")))
        .unwrap_or_else(|| panic!("no entry {uid} in {body}"));
    let origin = calendar.split('/').take(3).collect::<Vec<_>>().join("/");
    let (status, text) = request("GET", &format!("{origin}{href}"), &[], "");
    assert_eq!(status, 200, "{text}");
    (href, text)
}

#[test]
fn an_entry_edited_on_the_server_is_kept_and_reported_until_overwritten() {
    let server = Server::start();
    let calendar = server.calendar("visit");
    let folder = scratch(&sample_plan());
    publishes(folder.path(), &calendar, &[], [35, 0, 0, 0]);
    // Two entries are edited on the server; the event of the second then leaves the plan.
    let mut plan = file::load(&folder.path().join("plan.ron")).unwrap();
    for event in [&plan.events[3], &plan.events[4]] {
        edit_on_server(&server, &calendar, event);
    }
    let (kept, gone) = (plan.events[3].clone(), plan.events.remove(4));
    file::save(&plan, &folder.path().join("plan.ron")).unwrap();
    let summary_of = |event: &attache::model::Event| {
        read_back(&calendar)
            .get(&format!("{}@attache", event.id))
            .map(|entry| entry.get_summary().unwrap_or_default().to_owned())
    };

    let said = publishes(folder.path(), &calendar, &[], [0, 0, 0, 33]);
    // Named by the plan's title while the event is in it, by the entry's once it left.
    for named in [
        kept.title.clone(),
        format!("{} (moved by the embassy)", gone.title),
    ] {
        assert!(
            said.contains(&format!(
                "{calendar}: changed on the server, left as it is (--overwrite replaces it): \
                 {named}\n"
            )),
            "{said}"
        );
    }
    assert_eq!(
        summary_of(&kept),
        Some(format!("{} (moved by the embassy)", kept.title))
    );
    assert_eq!(
        summary_of(&gone),
        Some(format!("{} (moved by the embassy)", gone.title))
    );

    let said = publishes(folder.path(), &calendar, &["--overwrite"], [0, 1, 1, 33]);
    assert!(
        said.contains(&format!("{calendar}: updated {}\n", kept.title)),
        "{said}"
    );
    assert!(
        said.contains(&format!(
            "{calendar}: removed {} (moved by the embassy)\n",
            gone.title
        )),
        "{said}"
    );
    assert_eq!(summary_of(&kept), Some(kept.title.clone()));
    assert_eq!(summary_of(&gone), None);
    // Ours again, as written: the next publish has nothing to do.
    publishes(folder.path(), &calendar, &[], [0, 0, 0, 34]);
}

/// The hrefs directly in the folder at `url`.
fn members(url: &str) -> Vec<String> {
    let (status, body) = request("PROPFIND", url, &[("Depth", "1")], "");
    assert_eq!(status, 207, "{body}");
    responses(&body)
        .into_iter()
        .skip(1)
        .map(|(href, _)| href)
        .collect()
}

#[test]
fn a_principal_a_plain_folder_or_a_query_is_refused_before_any_write() {
    let server = Server::start();
    let calendar = server.calendar("visit");
    let origin = format!("http://127.0.0.1:{}", server.port);
    let principal = format!("{origin}/{USER}/");
    // Radicale's root: a plain WebDAV folder holding the principals.
    let folder_url = format!("{origin}/");
    let folder = scratch(&sample_plan());
    let before = members(&principal);

    for (url, what) in [
        (
            principal.as_str(),
            "this address is a user's own folder on the server (their principal), not one of \
             their calendars; nothing was written",
        ),
        (
            folder_url.as_str(),
            "this address is a folder on the server, but not a calendar; nothing was written",
        ),
        (
            &format!("{calendar}?export"),
            "this address has a query (after ? or #); nothing was sent",
        ),
    ] {
        let output = attache_publish(folder.path(), url, &[], PASSWORD);
        assert_eq!(output.status.code(), Some(2), "{output:?}");
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(said.contains(&format!("error: {what}")), "{said}");
        assert!(
            said.contains("A calendar's address names the calendar itself and has no query"),
            "{said}"
        );
    }
    assert_eq!(members(&principal), before);
    assert_eq!(members(&folder_url), [format!("/{USER}/")]);
    assert!(read_back(&calendar).is_empty());
    assert_eq!(
        file::load(&folder.path().join("plan.ron"))
            .unwrap()
            .visit
            .identity,
        None,
        "a refused publish does not touch the plan"
    );
}

// ---- The plan's identity ----------------------------------------------------------------------

#[test]
fn the_plan_is_given_its_identity_once_and_copies_and_merges_keep_it() {
    let server = Server::start();
    let calendar = server.calendar("visit");
    let folder = scratch(&sample_plan());
    let path = folder.path().join("plan.ron");
    let output = attache_publish(folder.path(), &calendar, &[], PASSWORD);
    assert!(
        stdout(&output).contains("plan.ron: the plan now has the identity "),
        "{output:?}"
    );
    let given = std::fs::read_to_string(&path).unwrap();
    let plan = file::load(&path).unwrap();
    let identity = plan.visit.identity.expect("saved in the file");
    // The file stays deterministic: loaded and saved unchanged, the same bytes.
    file::save(&plan, &path).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), given);

    // A copy of the file is the same plan: it recognises the entries and says no more.
    let copy = tempfile::tempdir().unwrap();
    std::fs::write(copy.path().join("plan.ron"), &given).unwrap();
    let said = publishes(copy.path(), &calendar, &[], [0, 0, 0, plan.events.len()]);
    assert!(!said.contains("now has the identity"), "{said}");

    // Two branches of the plan merged keep it, whichever side gave it.
    let without = sample_plan();
    let mut ours = plan.clone();
    Arc::make_mut(&mut ours.events[0]).title = "Ours".to_owned();
    let mut theirs = without.clone();
    theirs.visit.title = "Theirs".to_owned();
    for (base, ours, theirs) in [
        (&plan, &ours, &plan),
        (&without, &ours, &theirs),
        (&without, &theirs, &ours),
    ] {
        let merged = attache::model::merge::merge(base, ours, theirs);
        assert_eq!(merged.visit.identity, Some(identity));
        assert!(merged.merge_conflicts.is_empty());
    }
}
