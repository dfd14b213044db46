use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use super::diff::{PlanDiff, Records};
use super::{ActionId, EventId, OrganisationId, PersonId, Plan, TopicId, Vehicle, VehicleId};

/// Positions of records by id, for lookups that would otherwise scan the plan. Built once per
/// change of the plan, never per frame. Where an id is duplicated, the first record wins (the
/// check reports the duplicate), as in every other lookup by id ([`first_positions`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanIndex {
    pub organisations: HashMap<OrganisationId, usize>,
    pub people: HashMap<PersonId, usize>,
    pub events: HashMap<EventId, usize>,
    pub topics: HashMap<TopicId, usize>,
    pub actions: HashMap<ActionId, usize>,
    /// The visit's vehicles, which rides name.
    pub vehicles: HashMap<VehicleId, usize>,
}

impl PlanIndex {
    pub fn new(plan: &Plan) -> Self {
        Self {
            organisations: positions(&plan.organisations, |r| r.id),
            people: positions(&plan.people, |r| r.id),
            events: positions(&plan.events, |r| r.id),
            topics: positions(&plan.topics, |r| r.id),
            actions: positions(&plan.actions, |r| r.id),
            vehicles: first_positions(&plan.visit.vehicles, |r| r.id),
        }
    }

    /// The vehicle a ride names, if the visit has it.
    pub fn vehicle<'p>(&self, plan: &'p Plan, id: VehicleId) -> Option<&'p Vehicle> {
        self.vehicles
            .get(&id)
            .and_then(|&position| plan.visit.vehicles.get(position))
    }

    /// Brings the index of an earlier state of the plan up to date with `plan`. Replacing a
    /// record keeps its id and position, so only a list that was rearranged is indexed again.
    pub fn update(&mut self, plan: &Plan, diff: &PlanDiff) {
        fn reindex<K: Hash + Eq, R>(
            map: &mut HashMap<K, usize>,
            change: &Records,
            records: &[Arc<R>],
            id: impl Fn(&R) -> K,
        ) {
            if change.is_rearranged() {
                *map = positions(records, id);
            }
        }
        reindex(
            &mut self.organisations,
            &diff.organisations,
            &plan.organisations,
            |r| r.id,
        );
        reindex(&mut self.people, &diff.people, &plan.people, |r| r.id);
        reindex(&mut self.events, &diff.events, &plan.events, |r| r.id);
        reindex(&mut self.topics, &diff.topics, &plan.topics, |r| r.id);
        reindex(&mut self.actions, &diff.actions, &plan.actions, |r| r.id);
        if diff.visit_changed {
            self.vehicles = first_positions(&plan.visit.vehicles, |r| r.id);
        }
    }
}

fn positions<K: Hash + Eq, R>(records: &[Arc<R>], id: impl Fn(&R) -> K) -> HashMap<K, usize> {
    first_positions(records, |record| id(record))
}

/// The position of the first record with each id. Every lookup by id goes through this (or the
/// [`PlanIndex`] built with it), so that where a file holds two records with one id, which
/// `check` reports as an error, the window, the checks and the printed lists all mean the same
/// record.
pub fn first_positions<'r, K: Hash + Eq, R: 'r>(
    records: impl IntoIterator<Item = &'r R>,
    id: impl Fn(&R) -> K,
) -> HashMap<K, usize> {
    let mut map = HashMap::new();
    for (position, record) in records.into_iter().enumerate() {
        map.entry(id(record)).or_insert(position);
    }
    map
}
