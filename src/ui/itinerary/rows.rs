//! The agenda's rows as a filter leaves them: built when the plan, the clock or the filter
//! changes, then drawn a screenful at a time.

use std::sync::{Arc, OnceLock};

use crate::app::{Document, Memo, Revision};
use crate::model::schedule::{AgendaItem, ClockChangeCause};
use crate::model::{Event, EventKindTag, EventStatus, PersonId, TopicId};

use super::agenda::RowText;
use super::timeline::TimelineLayout;
use crate::lang::{self, Language};

/// Whose clock the itinerary reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Clock {
    /// The host zone, where the visit takes place.
    #[default]
    Host,
    /// The visiting party's home zone.
    Home,
}

/// Which events the itinerary shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    /// Events the person takes part in or hosts.
    pub person: Option<PersonId>,
    pub topic: Option<TopicId>,
    pub kind: Option<EventKindTag>,
    pub status: Option<EventStatus>,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        *self != Self::default()
    }

    pub fn admits(&self, event: &Event) -> bool {
        self.person
            .is_none_or(|person| event.people().any(|p| p == person))
            && self.topic.is_none_or(|topic| event.topics.contains(&topic))
            && self.kind.is_none_or(|kind| event.kind.tag() == kind)
            && self.status.is_none_or(|status| event.status == status)
    }
}

/// One line of the agenda.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    /// The heading of the agenda's day at this position.
    Day(usize),
    /// The event at position `event` in `plan.events`, on day `day`.
    Event { day: usize, event: usize },
    /// The clock change at `item` of day `day`.
    Change { day: usize, item: usize },
    /// A day with nothing (that the filter lets through) on it.
    Empty(usize),
}

impl Row {
    /// The position of the day the row belongs to, in the agenda's days.
    pub fn day(self) -> usize {
        match self {
            Row::Day(day) | Row::Empty(day) | Row::Event { day, .. } | Row::Change { day, .. } => {
                day
            }
        }
    }

    pub fn height(self) -> f32 {
        match self {
            Row::Day(_) => 36.0,
            Row::Event { .. } => 46.0,
            Row::Change { .. } => 30.0,
            Row::Empty(_) => 26.0,
        }
    }
}

/// The rows hold their texts, so they are built again in another language.
type Key = (Revision, Clock, Filter, Language);

#[derive(Clone, Debug, Default)]
pub struct Rows {
    built: Memo<Key, Arc<Built>>,
}

#[derive(Debug, Default)]
struct Built {
    rows: Vec<Row>,
    /// Where each row begins, from the top of the agenda; one more entry for the end.
    tops: Vec<f32>,
    /// The events shown, in time order.
    events: Vec<usize>,
    /// The timeline's layout of the same events, built the first time the timeline is shown.
    timeline: OnceLock<Arc<TimelineLayout>>,
    /// Each row's texts, made the first time it is drawn.
    texts: Vec<OnceLock<RowText>>,
}

/// The rows before the first refresh: none.
static NOTHING_BUILT: Built = Built {
    rows: Vec::new(),
    tops: Vec::new(),
    events: Vec::new(),
    timeline: OnceLock::new(),
    texts: Vec::new(),
};

impl Rows {
    /// Rebuilds the rows if the plan, the clock, the filter or the language changed since they
    /// were built.
    pub fn refresh(&mut self, document: &Document, clock: Clock, filter: Filter) {
        let key = (document.revision(), clock, filter, lang::current());
        self.built
            .get_or_compute(key, || Arc::new(build(document, clock, filter)));
    }

    fn built(&self) -> &Built {
        self.built.value().map_or(&NOTHING_BUILT, |built| built)
    }

    pub fn rows(&self) -> &[Row] {
        &self.built().rows
    }

    pub fn tops(&self) -> &[f32] {
        &self.built().tops
    }

    pub fn events(&self) -> &[usize] {
        &self.built().events
    }

    /// The texts of row `r`, made by `make` the first time they are asked for.
    pub fn text(&self, r: usize, make: impl FnOnce() -> RowText) -> &RowText {
        self.built().texts[r].get_or_init(make)
    }

    pub fn total_height(&self) -> f32 {
        self.built().tops.last().copied().unwrap_or(0.0)
    }

    /// The row of the heading of `day` (an index into the agenda's days).
    pub fn day_row(&self, day: usize) -> Option<usize> {
        self.built()
            .rows
            .iter()
            .position(|&row| row == Row::Day(day))
    }

    pub fn event_row(&self, event: usize) -> Option<usize> {
        self.built()
            .rows
            .iter()
            .position(|&row| matches!(row, Row::Event { event: e, .. } if e == event))
    }

    /// The rows that meet the band `from..to` (in agenda coordinates).
    pub fn visible(&self, from: f32, to: f32) -> std::ops::Range<usize> {
        let tops = &self.built().tops;
        if tops.len() < 2 {
            return 0..0;
        }
        let first = tops[1..].partition_point(|&bottom| bottom <= from);
        let last = tops[..tops.len() - 1].partition_point(|&top| top < to);
        first..last.max(first)
    }

    /// The timeline's layout for the same plan, clock and filter, built on first use.
    pub fn timeline(&self, document: &Document, clock: Clock) -> Arc<TimelineLayout> {
        let built = self.built();
        Arc::clone(
            built
                .timeline
                .get_or_init(|| Arc::new(TimelineLayout::build(document, clock, &built.events))),
        )
    }
}

fn build(document: &Document, clock: Clock, filter: Filter) -> Built {
    let plan = document.plan();
    let (agenda, _) = super::agendas(document, clock);
    let mut rows = Vec::new();
    let mut events = Vec::new();
    for (d, day) in agenda.days.iter().enumerate() {
        let start = rows.len();
        rows.push(Row::Day(d));
        let mut any = false;
        for (i, item) in day.items.iter().enumerate() {
            match item {
                AgendaItem::Event(e) => {
                    if filter.admits(&plan.events[*e]) {
                        rows.push(Row::Event { day: d, event: *e });
                        events.push(*e);
                        any = true;
                    }
                }
                AgendaItem::ClockChange(change) => {
                    let shown = match &change.cause {
                        ClockChangeCause::Zone(_) => true,
                        ClockChangeCause::Arrival { event, .. } => {
                            filter.admits(&plan.events[*event])
                        }
                    };
                    if shown {
                        rows.push(Row::Change { day: d, item: i });
                    }
                }
            }
        }
        if !any {
            if !day.in_visit && filter.is_active() && rows.len() == start + 1 {
                // A day outside the visit kept only for events the filter hides.
                rows.truncate(start);
                continue;
            }
            if rows.len() == start + 1 {
                rows.push(Row::Empty(d));
            }
        }
    }
    let mut tops = Vec::with_capacity(rows.len() + 1);
    let mut y = 0.0;
    for row in &rows {
        tops.push(y);
        y += row.height();
    }
    tops.push(y);
    Built {
        texts: rows.iter().map(|_| OnceLock::new()).collect(),
        rows,
        tops,
        events,
        timeline: OnceLock::new(),
    }
}
