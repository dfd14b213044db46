//! The counts the overview shows, computed once per change of the plan rather than every frame.

use super::{Choice, EventStatus, Plan, Side};

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
        let events_by_status = EventStatus::ALL
            .iter()
            .map(|&status| {
                (
                    status,
                    plan.events.iter().filter(|e| e.status == status).count(),
                )
            })
            .collect();
        let people_by_side = Side::ALL
            .iter()
            .map(|&side| (side, plan.people.iter().filter(|p| p.side == side).count()))
            .collect();
        let open_actions = plan.actions.iter().filter(|a| a.status.is_open()).count();
        Self {
            events_by_status,
            people_by_side,
            open_actions,
        }
    }
}
