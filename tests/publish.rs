//! `attache publish` against a real CalDAV server: Radicale, from PyPI, in a virtual environment
//! under `target/` (made on first use, by `.ci/run` or by the first test that needs it), started
//! on 127.0.0.1 on a free port for each test, and stopped after it (or after five minutes at
//! most). The calendar is read back with a CalDAV REPORT and its instants compared with the
//! plan's. A server that cannot be installed or started fails the tests; it is not skipped.

mod support;

use std::collections::HashMap;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use attache::app::{SAMPLE_PLAN, sample_plan};
use attache::file;
use attache::model::Plan;
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

/// The calendar's events as an independent parser reads them, by UID.
fn read_back(calendar: &str) -> HashMap<String, icalendar::Event> {
    let (status, body) = request(
        "REPORT",
        calendar,
        &[("Depth", "1"), ("Content-Type", "application/xml")],
        r#"<?xml version="1.0"?><C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><C:calendar-data/></D:prop><C:filter><C:comp-filter name="VCALENDAR"/></C:filter></C:calendar-query>"#,
    );
    assert_eq!(status, 207, "{body}");
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
    let mut plan = sample_plan();
    let folder = scratch(&plan);
    assert!(
        attache_publish(folder.path(), &calendar, &[], PASSWORD)
            .status
            .success()
    );
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
    let gone = plan.events.remove(5).id;
    file::save(&plan, &folder.path().join("plan.ron")).unwrap();
    let output = attache_publish(folder.path(), &calendar, &[], PASSWORD);
    assert!(output.status.success(), "{output:?}");
    let said = stdout(&output);
    assert!(
        said.contains("updated Briefing, moved to the ministry"),
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
    assert!(!published.contains_key(&format!("{gone}@attache")));
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
        .map(|event| format!("{}@attache", event.id))
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

#[test]
fn the_window_publishes_and_remembers_the_calendar_for_the_plan() {
    use egui_kittest::kittest::Queryable;
    let server = Server::start();
    let calendar = server.calendar("visit");
    let plan = sample_plan();
    let folder = scratch(&plan);
    let path = folder.path().join("plan.ron");
    let app = support::app_on(Some(path.clone()), support::ScriptedDialogs::none());
    let mut harness = support::harness(app);

    support::click_menu(&mut harness, &["File", "Publish to a Calendar…"]);
    support::type_into(&mut harness, "Calendar address", &calendar);
    support::type_into(&mut harness, "User name", USER);
    support::type_into(&mut harness, "Password", PASSWORD);
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
