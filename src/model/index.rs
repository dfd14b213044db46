use std::collections::HashMap;

use super::{ActionId, EventId, OrganisationId, PersonId, Plan, TopicId};

/// Positions of records by id, for lookups that would otherwise scan the plan. Built once per
/// change of the plan, never per frame. Where an id is duplicated, the first record wins (the
/// check reports the duplicate).
#[derive(Clone, Debug, Default)]
pub struct PlanIndex {
    pub organisations: HashMap<OrganisationId, usize>,
    pub people: HashMap<PersonId, usize>,
    pub events: HashMap<EventId, usize>,
    pub topics: HashMap<TopicId, usize>,
    pub actions: HashMap<ActionId, usize>,
}

impl PlanIndex {
    pub fn new(plan: &Plan) -> Self {
        fn positions<K: std::hash::Hash + Eq, R>(
            records: &[std::sync::Arc<R>],
            id: impl Fn(&R) -> K,
        ) -> HashMap<K, usize> {
            let mut map = HashMap::with_capacity(records.len());
            for (position, record) in records.iter().enumerate() {
                map.entry(id(record)).or_insert(position);
            }
            map
        }
        Self {
            organisations: positions(&plan.organisations, |r| r.id),
            people: positions(&plan.people, |r| r.id),
            events: positions(&plan.events, |r| r.id),
            topics: positions(&plan.topics, |r| r.id),
            actions: positions(&plan.actions, |r| r.id),
        }
    }
}
