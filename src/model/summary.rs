//! The counts the overview shows, computed once per change of the plan rather than every frame,
//! and kept up to date record by record.

use std::sync::Arc;

use super::diff::{PlanDiff, Records};
use super::{Action, Choice, Event, EventStatus, Person, Plan, Side};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanSummary {
    /// How many events have each status, in the order of `EventStatus::ALL`.
    pub events_by_status: Vec<(EventStatus, usize)>,
    /// How many people are on each side, in the order of `Side::ALL`.
    pub people_by_side: Vec<(Side, usize)>,
    pub open_actions: usize,
}

impl PlanSummary {
    pub fn of(plan: &Plan) -> Self {
        let mut summary = Self {
            events_by_status: EventStatus::ALL.iter().map(|&status| (status, 0)).collect(),
            people_by_side: Side::ALL.iter().map(|&side| (side, 0)).collect(),
            open_actions: 0,
        };
        for event in &plan.events {
            summary.count_event(event, Count::Add);
        }
        for person in &plan.people {
            summary.count_person(person, Count::Add);
        }
        for action in &plan.actions {
            summary.count_action(action, Count::Add);
        }
        summary
    }

    /// Brings the counts of `before` up to date with `after`, where `diff` is how the plan
    /// changed: an edited record is taken out of the counts and counted again.
    pub fn update(&mut self, before: &Plan, after: &Plan, diff: &PlanDiff) {
        if [&diff.events, &diff.people, &diff.actions]
            .into_iter()
            .any(Records::is_rearranged)
        {
            *self = Self::of(after);
            return;
        }
        self.recount(
            &diff.events,
            &before.events,
            &after.events,
            Self::count_event,
        );
        self.recount(
            &diff.people,
            &before.people,
            &after.people,
            Self::count_person,
        );
        self.recount(
            &diff.actions,
            &before.actions,
            &after.actions,
            Self::count_action,
        );
    }

    fn recount<R>(
        &mut self,
        change: &Records,
        before: &[Arc<R>],
        after: &[Arc<R>],
        count: fn(&mut Self, &R, Count),
    ) {
        for &position in change.replaced() {
            count(self, &before[position], Count::Remove);
            count(self, &after[position], Count::Add);
        }
    }

    fn count_event(&mut self, event: &Event, count: Count) {
        count.apply(tally(&mut self.events_by_status, event.status));
    }

    fn count_person(&mut self, person: &Person, count: Count) {
        count.apply(tally(&mut self.people_by_side, person.side));
    }

    fn count_action(&mut self, action: &Action, count: Count) {
        if action.status.is_open() {
            count.apply(&mut self.open_actions);
        }
    }
}

#[derive(Clone, Copy)]
enum Count {
    Add,
    Remove,
}

impl Count {
    fn apply(self, total: &mut usize) {
        match self {
            Self::Add => *total += 1,
            Self::Remove => *total -= 1,
        }
    }
}

fn tally<K: PartialEq>(counts: &mut [(K, usize)], key: K) -> &mut usize {
    let at = counts
        .iter()
        .position(|(k, _)| *k == key)
        .expect("every value of the choice has a count");
    &mut counts[at].1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActionStatus;
    use crate::model::generate::{PlanSize, generate};

    #[test]
    fn updated_counts_are_the_counts_of_the_changed_plan() {
        let before = generate(PlanSize {
            people: 40,
            events: 20,
            topics: 4,
            seed: 3,
        });
        let mut after = before.clone();
        Arc::make_mut(&mut after.events[2]).status = EventStatus::Cancelled;
        Arc::make_mut(&mut after.people[5]).side = Side::Other;
        Arc::make_mut(&mut after.actions[0]).status = ActionStatus::Done;
        let mut summary = PlanSummary::of(&before);
        summary.update(&before, &after, &PlanDiff::between(&before, &after));
        assert_eq!(summary, PlanSummary::of(&after));
        assert_ne!(summary, PlanSummary::of(&before));

        let mut removed = after.clone();
        removed.people.pop();
        summary.update(&after, &removed, &PlanDiff::between(&after, &removed));
        assert_eq!(summary, PlanSummary::of(&removed));
    }
}
