//! Finds the plan's problems after each change. A small plan is checked at once; a large one on a
//! thread of its own, so that typing into a plan of ten thousand people never waits for the
//! checks (11 to 15 ms there). Until the new problems arrive the window shows the ones before:
//! problems name their records by id, so an old problem still opens the right record.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, OnceLock};
use std::thread;

use jiff::civil::Date;

use super::Revision;
use crate::check::{self, Problem};
use crate::model::Plan;

/// From how many records (people, events, organisations, topics and actions together) the checks
/// run in the background. Their time grows with the plan (about 1 ms per thousand records), so
/// below this they run at once and what an edit causes is listed in the same frame.
const BACKGROUND_FROM_RECORDS: usize = 2_000;

/// The problems of one state of the plan.
#[derive(Clone, Debug)]
pub struct Findings {
    pub problems: Vec<Problem>,
    pub error_count: usize,
}

impl Findings {
    /// The problems of `plan` on `today` (which decides what is overdue).
    pub fn of(plan: &Plan, today: Date) -> Self {
        let problems = check::check(plan, today);
        Self {
            error_count: check::count_errors(&problems),
            problems,
        }
    }
}

struct Job {
    /// Which request this is, counting from 1.
    request: u64,
    plan: Arc<Plan>,
    today: Date,
}

/// The thread that checks large plans, started with the first one.
struct Worker {
    jobs: Sender<Job>,
    /// Findings with the number of the request they answer.
    findings: Receiver<(u64, Findings)>,
}

/// The window to wake when findings are ready: not known yet while a plan is being opened, which
/// is when its first check starts.
type Waker = Arc<OnceLock<egui::Context>>;

impl Worker {
    fn start(wake: Waker) -> Self {
        let (jobs, job_queue) = mpsc::channel::<Job>();
        let (found, findings) = mpsc::channel();
        thread::Builder::new()
            .name("plan checks".to_owned())
            .spawn(move || {
                // Ends when the document is closed (its end of the channel is dropped).
                while let Ok(mut job) = job_queue.recv() {
                    // Only the newest state matters: states typed past meanwhile are skipped.
                    while let Ok(newer) = job_queue.try_recv() {
                        job = newer;
                    }
                    let findings = Findings::of(&job.plan, job.today);
                    if found.send((job.request, findings)).is_err() {
                        break;
                    }
                    // Before there is a window, the first frame takes the findings itself.
                    if let Some(window) = wake.get() {
                        window.request_repaint();
                    }
                }
            })
            .expect("the system can start a thread");
        Self { jobs, findings }
    }
}

#[derive(Default)]
pub struct Checker {
    worker: Option<Worker>,
    wake: Waker,
    /// The revision and day last asked for, so that each state is checked once.
    requested: Option<(Revision, Date)>,
    /// How many requests were made. Revisions cannot order findings (undo goes back to an
    /// earlier revision), so requests are numbered.
    asked: u64,
    /// The number of the request the newest findings taken in answer.
    answered: u64,
}

impl Checker {
    /// The window to wake when a background check ends.
    pub fn wake(&self, window: &egui::Context) {
        if self.wake.get().is_none() {
            // Set once: there is one window per document.
            let _ = self.wake.set(window.clone());
        }
    }

    /// Asks for the problems of `plan` as of `revision` and `today`, unless they were asked for
    /// already. A small plan is checked at once and its findings returned; a large one is sent to
    /// the worker, which wakes the window (see [`Self::wake`]) when it is done.
    pub fn request(
        &mut self,
        plan: &Arc<Plan>,
        revision: Revision,
        today: Date,
    ) -> Option<Findings> {
        let state = (revision, today);
        if self.requested == Some(state) {
            return None;
        }
        self.requested = Some(state);
        self.asked += 1;
        if record_count(plan) >= BACKGROUND_FROM_RECORDS && self.send_to_worker(plan, today) {
            return None;
        }
        self.answered = self.asked;
        Some(Findings::of(plan, today))
    }

    /// Whether the worker took the job; `false` if its thread is gone (it panicked), in which
    /// case the plan is checked here rather than left without problems.
    fn send_to_worker(&mut self, plan: &Arc<Plan>, today: Date) -> bool {
        let wake = &self.wake;
        let worker = self
            .worker
            .get_or_insert_with(|| Worker::start(Arc::clone(wake)));
        let job = Job {
            request: self.asked,
            plan: Arc::clone(plan),
            today,
        };
        let sent = worker.jobs.send(job).is_ok();
        if !sent {
            self.worker = None;
        }
        sent
    }

    /// The newest findings the worker has sent since the last call, unless newer ones were
    /// taken meanwhile (a plan that shrank below the limit is checked at once).
    pub fn receive(&mut self) -> Option<Findings> {
        let (request, findings) = self.worker.as_ref()?.findings.try_iter().last()?;
        if request <= self.answered {
            return None;
        }
        self.answered = request;
        Some(findings)
    }

    /// Whether the problems shown are of another state than the newest one asked for, or none
    /// have been found yet.
    pub fn is_checking(&self) -> bool {
        self.answered == 0 || self.answered != self.asked
    }
}

fn record_count(plan: &Plan) -> usize {
    plan.people.len()
        + plan.events.len()
        + plan.organisations.len()
        + plan.topics.len()
        + plan.actions.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::{PlanSize, generate};
    use std::time::{Duration, Instant};

    fn large_plan() -> Arc<Plan> {
        let plan = generate(PlanSize {
            people: 1_600,
            events: 800,
            topics: 20,
            seed: 11,
        });
        assert!(record_count(&plan) >= BACKGROUND_FROM_RECORDS);
        Arc::new(plan)
    }

    fn wait_for(checker: &mut Checker) -> Findings {
        let started = Instant::now();
        loop {
            if let Some(findings) = checker.receive() {
                return findings;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "no findings from the background check"
            );
            thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn a_large_plan_is_checked_in_the_background() {
        let plan = large_plan();
        let today = jiff::civil::date(2027, 3, 1);
        let mut checker = Checker::default();
        assert!(
            checker
                .request(&plan, Revision::numbered(1), today)
                .is_none()
        );
        assert!(checker.is_checking());
        let findings = wait_for(&mut checker);
        assert!(!checker.is_checking());
        assert_eq!(findings.problems, check::check(&plan, today));

        // The same state is not checked twice; the next day is.
        assert!(
            checker
                .request(&plan, Revision::numbered(1), today)
                .is_none()
        );
        assert!(!checker.is_checking());
        // Once there is a window, it is woken when the findings are ready.
        let window = egui::Context::default();
        checker.wake(&window);
        let tomorrow = today.tomorrow().unwrap();
        assert!(
            checker
                .request(&plan, Revision::numbered(1), tomorrow)
                .is_none()
        );
        assert!(checker.is_checking());
        assert_eq!(
            wait_for(&mut checker).problems,
            check::check(&plan, tomorrow)
        );
        let started = Instant::now();
        while !window.has_requested_repaint() {
            assert!(started.elapsed() < Duration::from_secs(10), "never woken");
            thread::sleep(Duration::from_millis(1));
        }
    }

    #[test]
    fn findings_of_an_earlier_state_never_replace_newer_ones() {
        let today = jiff::civil::date(2027, 3, 1);
        let mut checker = Checker::default();
        assert!(
            checker
                .request(&large_plan(), Revision::numbered(1), today)
                .is_none()
        );
        // The planner deletes most of the plan while it is being checked: the small plan left
        // is checked at once, and the large one's findings must not come back after.
        let small = Arc::new(crate::app::sample_plan());
        assert!(
            checker
                .request(&small, Revision::numbered(2), today)
                .is_some()
        );
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(2) {
            assert!(checker.receive().is_none());
            thread::sleep(Duration::from_millis(10));
        }
        assert!(!checker.is_checking());
    }

    #[test]
    fn a_small_plan_is_checked_at_once() {
        let plan = Arc::new(crate::app::sample_plan());
        let today = jiff::civil::date(2027, 3, 1);
        let mut checker = Checker::default();
        let findings = checker
            .request(&plan, Revision::numbered(4), today)
            .expect("checked at once");
        assert_eq!(findings.problems, check::check(&plan, today));
        assert!(!checker.is_checking());
        assert!(checker.worker.is_none(), "no thread for a small plan");
    }
}
