//! Problems found in a plan, like a compiler's diagnostics. Pure functions over the model, shared
//! by the window's problem list and `attache check`.
//!
//! Each rule is a small module. They share one [`Context`]: the plan, the date the plan is
//! checked on, an index of records by id and each event's instants, computed once. Every rule is
//! linear or n log n in the size of the plan, so that a plan of thousands of events and people is
//! checked in milliseconds.

mod actions;
mod conflicts;
mod context;
mod coverage;
mod documents;
mod gifts;
mod hidden_characters;
mod hosts;
mod integrity;
mod merge_conflicts;
mod places;
mod rooming;
mod seating;
mod sweep;
mod transport;
mod travel;
mod visit_bounds;
mod wall_times;

use jiff::Timestamp;
use jiff::civil::Date;

use crate::lang::Message;
use crate::model::Plan;
pub use crate::model::Subject;
use context::Context;
pub use merge_conflicts::merge;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// The severity's word in the current language ("error" on the command line).
    pub fn label(self) -> &'static str {
        crate::lang::text(self.message_id())
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Self::Error => "severity-error",
            Self::Warning => "severity-warning",
        }
    }
}

/// Which rule found a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Two records of one kind share an id.
    DuplicateId,
    /// A record refers to a record that is not in the plan.
    MissingRecord,
    /// A zone name the IANA database does not know.
    UnknownZone,
    /// The visit's last day is before its first.
    VisitDates,
    /// A visit of more than a year: a mistyped date, most likely.
    LongVisit,
    /// An event ends before it starts.
    EndBeforeStart,
    /// A start or end at a time the clocks skip (a DST gap).
    TimeInGap,
    /// A start or end at a time the clocks pass twice (a DST fold).
    TimeInFold,
    /// A person is in two events at once.
    Conflict,
    /// An event outside the visit's first and last day.
    OutsideVisit,
    /// A meeting or site visit with nobody named to receive the delegation.
    NoHost,
    /// A topic that no event covers.
    TopicNotCovered,
    /// An unanswered question with no event left that covers its topic.
    QuestionLeft,
    /// A travel document due after the person's first departure.
    DocumentTooLate,
    /// An open action past its due date.
    OverdueAction,
    /// Consecutive events in different cities with no travel leg between them.
    NoTravelLeg,
    /// Consecutive events at different places with too little time to get from one to the other.
    TightTransfer,
    /// A name or title holding a control character or an invisible bidirectional override.
    HiddenCharacters,
    /// A field two planners changed differently, left by `attache merge`.
    MergeConflict,
    /// Someone taking part in a seated meal or ceremony has no seat.
    Unseated,
    /// Someone has a seat at an event they do not take part in.
    SeatedNotTakingPart,
    /// Someone has more than one seat at one event.
    SeatedTwice,
    /// An interpreter seated away from anyone of their side, or behind the other side's
    /// principal.
    InterpreterSeat,
    /// A member of the delegation with no room for a night of a stay.
    NoRoom,
    /// More passengers in a vehicle than it has seats.
    VehicleOverfull,
    /// Someone going on a road leg with a seat in no vehicle.
    NoRide,
    /// A room with more guests than its kind sleeps.
    RoomOverfull,
    /// Someone with a room at a stay they are not staying at.
    RoomGuestNotStaying,
    /// Someone in two rooms of one stay on one night.
    TwoRoomsOneNight,
    /// Someone riding on a leg they are not going on.
    RidingNotGoing,
    /// Someone with seats in two vehicles on one leg.
    RidingTwice,
    /// A vehicle on two legs at once.
    VehicleOnTwoLegs,
    /// A driver on two legs at once, driving two vehicles.
    DriverOnTwoLegs,
    /// A gift planned for an event its giver or recipient does not attend.
    GiftPartyAbsent,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub rule: Rule,
    pub subject: Subject,
    /// Which of the records sharing the subject's id is meant (0 but for duplicated ids).
    pub occurrence: usize,
    /// A sentence naming the records concerned: the rule's message and its values, rendered
    /// where it is shown (in the window's language there, in English on the command line).
    pub message: Message,
    /// Another record the problem concerns, marked beside it too (the first of two clashing
    /// events, whose second is the subject).
    pub also: Option<Subject>,
    /// When the problem happens (an event's start, an action's due date), for ordering; `None`
    /// for problems with the plan's structure, which come first.
    pub when: Option<Timestamp>,
}

impl Problem {
    pub(crate) fn new(
        severity: Severity,
        rule: Rule,
        subject: Subject,
        mut message: Message,
    ) -> Self {
        compact(&mut message);
        Self {
            severity,
            rule,
            subject,
            occurrence: 0,
            message,
            also: None,
            when: None,
        }
    }

    pub(crate) fn error(rule: Rule, subject: Subject, message: Message) -> Self {
        Self::new(Severity::Error, rule, subject, message)
    }

    pub(crate) fn warning(rule: Rule, subject: Subject, message: Message) -> Self {
        Self::new(Severity::Warning, rule, subject, message)
    }

    pub(crate) fn at(self, when: Option<Timestamp>) -> Self {
        Self { when, ..self }
    }

    pub(crate) fn also_about(self, also: Subject) -> Self {
        Self {
            also: Some(also),
            ..self
        }
    }
}

/// Gives back the room a message was built with and does not use: a check of a large plan keeps
/// tens of thousands of problems, and a message's values grow their lists one at a time.
fn compact(message: &mut Message) {
    fn compact_arg(arg: &mut crate::lang::Arg) {
        use crate::lang::Arg;
        match arg {
            Arg::Text(text) => text.shrink_to_fit(),
            Arg::Message(message) => compact(message),
            Arg::List(items) => {
                items.shrink_to_fit();
                items.iter_mut().for_each(compact_arg);
            }
            _ => {}
        }
    }
    message.args.shrink_to_fit();
    for (_, arg) in &mut message.args {
        compact_arg(arg);
    }
}

/// Every problem in the plan as of `today` (which decides what is overdue and which events are
/// still to come): errors first, then in time order, problems without a time first.
pub fn check(plan: &Plan, today: Date) -> Vec<Problem> {
    let context = Context::new(plan, today);
    let mut problems = Vec::new();
    integrity::duplicate_ids(&context, &mut problems);
    integrity::dangling_references(&context, &mut problems);
    integrity::time_problems(&context, &mut problems);
    wall_times::check(&context, &mut problems);
    hidden_characters::check(&context, &mut problems);
    merge_conflicts::check(&context, &mut problems);
    conflicts::check(&context, &mut problems);
    visit_bounds::check(&context, &mut problems);
    hosts::check(&context, &mut problems);
    coverage::check(&context, &mut problems);
    documents::check(&context, &mut problems);
    actions::check(&context, &mut problems);
    travel::check(&context, &mut problems);
    seating::check(&context, &mut problems);
    rooming::check(&context, &mut problems);
    transport::check(&context, &mut problems);
    gifts::check(&context, &mut problems);
    for problem in &mut problems {
        if problem.when.is_none()
            && let Subject::Event(id) = problem.subject
        {
            problem.when = context.event_position(id).map(|i| context.sort_time(i));
        }
    }
    // Stable: problems of one severity and time stay in the order of the rules above.
    problems.sort_by_key(|problem| (problem.severity, problem.when));
    problems
}

pub fn count_errors(problems: &[Problem]) -> usize {
    problems
        .iter()
        .filter(|problem| problem.severity == Severity::Error)
        .count()
}
