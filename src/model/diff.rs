//! Which records differ between two states of a plan. An edit replaces a record's `Arc` and
//! leaves the others shared, so comparing addresses finds what changed without comparing fields:
//! what is derived from the plan can then be brought up to date record by record instead of
//! being computed again for ten thousand people.

use std::sync::Arc;

use super::Plan;

/// How one list of records changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Records {
    Same,
    /// The same records in the same order, with the same ids, except that the records at these
    /// positions were replaced (edited).
    Replaced(Vec<usize>),
    /// Records were added, removed or reordered, or an id changed: positions by id are not what
    /// they were.
    Rearranged,
}

impl Records {
    fn between<R, K: PartialEq>(before: &[Arc<R>], after: &[Arc<R>], id: impl Fn(&R) -> K) -> Self {
        if before.len() != after.len() {
            return Self::Rearranged;
        }
        let mut replaced = Vec::new();
        for (position, (old, new)) in before.iter().zip(after).enumerate() {
            if Arc::ptr_eq(old, new) {
                continue;
            }
            if id(old) != id(new) {
                return Self::Rearranged;
            }
            replaced.push(position);
        }
        if replaced.is_empty() {
            Self::Same
        } else {
            Self::Replaced(replaced)
        }
    }

    pub fn is_rearranged(&self) -> bool {
        *self == Self::Rearranged
    }

    /// The positions of the records that were replaced (none when the list is the same or was
    /// rearranged).
    pub fn replaced(&self) -> &[usize] {
        match self {
            Self::Replaced(positions) => positions,
            Self::Same | Self::Rearranged => &[],
        }
    }
}

/// How a plan changed from one state to another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanDiff {
    pub visit_changed: bool,
    pub organisations: Records,
    pub people: Records,
    pub events: Records,
    pub topics: Records,
    pub actions: Records,
}

impl PlanDiff {
    /// Compares by address, so a record edited back to what it was still counts as replaced;
    /// that only costs recomputing what depends on it.
    pub fn between(before: &Plan, after: &Plan) -> Self {
        Self {
            visit_changed: before.visit != after.visit,
            organisations: Records::between(&before.organisations, &after.organisations, |r| r.id),
            people: Records::between(&before.people, &after.people, |r| r.id),
            events: Records::between(&before.events, &after.events, |r| r.id),
            topics: Records::between(&before.topics, &after.topics, |r| r.id),
            actions: Records::between(&before.actions, &after.actions, |r| r.id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::{PlanSize, generate};

    fn plan() -> Plan {
        generate(PlanSize {
            people: 20,
            events: 10,
            topics: 3,
            seed: 7,
        })
    }

    #[test]
    fn an_edited_person_is_replaced_in_place() {
        let before = plan();
        let mut after = before.clone();
        Arc::make_mut(&mut after.people[3]).name.push_str(" Jr.");
        let diff = PlanDiff::between(&before, &after);
        assert_eq!(diff.people, Records::Replaced(vec![3]));
        assert_eq!(diff.events, Records::Same);
        assert!(!diff.visit_changed);
    }

    #[test]
    fn an_added_removed_or_renumbered_record_rearranges_its_list() {
        let before = plan();
        let mut added = before.clone();
        added.events.push(before.events[0].clone());
        assert!(PlanDiff::between(&before, &added).events.is_rearranged());

        let mut moved = before.clone();
        moved.people.swap(0, 1);
        assert!(PlanDiff::between(&before, &moved).people.is_rearranged());

        let mut renumbered = before.clone();
        Arc::make_mut(&mut renumbered.topics[0]).id = crate::model::TopicId::random();
        assert!(
            PlanDiff::between(&before, &renumbered)
                .topics
                .is_rearranged()
        );
    }

    #[test]
    fn a_clone_is_no_change() {
        let before = plan();
        let diff = PlanDiff::between(&before, &before.clone());
        assert!(!diff.visit_changed);
        for records in [
            &diff.organisations,
            &diff.people,
            &diff.events,
            &diff.topics,
            &diff.actions,
        ] {
            assert_eq!(*records, Records::Same);
        }
    }
}
