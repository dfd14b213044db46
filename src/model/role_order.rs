//! Where a new person stands in the order of precedence, until the planner orders it by hand.
//!
//! The order of precedence is the order of the plan's people (the briefing book, the delegation
//! list and Propose seating read it so). A delegation entered in any order should still read head
//! first, then the deputy, the members, the advisers, the interpreters, liaison and security. So
//! a person added, or whose role or side changes, takes the place of their role among their
//! side: after everyone of their side with the same or a higher role, before the first with a
//! lower one. That holds only while the side's list is in role order: once the planner has put
//! someone out of that order by hand (dragging a row of the delegation list), the list is theirs,
//! and a new person goes at its end and a changed role moves no one.

use std::sync::Arc;

use super::{DelegationRole, Person, Plan};

/// How high a role stands in a delegation: 0 first.
fn rank(role: DelegationRole) -> u8 {
    match role {
        DelegationRole::Head => 0,
        DelegationRole::Deputy => 1,
        DelegationRole::Host | DelegationRole::Member | DelegationRole::Speaker => 2,
        DelegationRole::Adviser => 3,
        DelegationRole::Interpreter => 4,
        DelegationRole::Liaison | DelegationRole::Protocol => 5,
        DelegationRole::Media => 6,
        DelegationRole::Security => 7,
        DelegationRole::Support => 8,
    }
}

impl Plan {
    /// Puts `person` in place of the person with the same id, or adds them; a new person, or one
    /// whose role or side changed, takes their role's place (see the module's notes).
    pub fn put_person(&mut self, person: Arc<Person>) {
        let existing = self.people.iter().position(|p| p.id == person.id);
        if let Some(at) = existing {
            let before = &self.people[at];
            if before.role == person.role && before.side == person.side {
                self.people[at] = person;
                return;
            }
        }
        let others_in_role_order = self.in_role_order(&person, existing);
        match (existing, others_in_role_order) {
            (Some(at), false) => self.people[at] = person,
            (None, false) => self.people.push(person),
            (existing, true) => {
                if let Some(at) = existing {
                    self.people.remove(at);
                }
                let place = self
                    .people
                    .iter()
                    .position(|p| p.side == person.side && rank(p.role) > rank(person.role))
                    .unwrap_or(self.people.len());
                self.people.insert(place, person);
            }
        }
    }

    /// Whether the people of `person`'s side other than the one at `skip` stand in role order.
    fn in_role_order(&self, person: &Person, skip: Option<usize>) -> bool {
        let ranks = self
            .people
            .iter()
            .enumerate()
            .filter(|&(at, p)| Some(at) != skip && p.side == person.side)
            .map(|(_, p)| rank(p.role));
        ranks
            .clone()
            .zip(ranks.skip(1))
            .all(|(earlier, later)| earlier <= later)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Side;

    fn visiting(name: &str, role: DelegationRole) -> Arc<Person> {
        let mut person = Person::new(name);
        person.side = Side::Visiting;
        person.role = role;
        Arc::new(person)
    }

    fn names(plan: &Plan) -> Vec<&str> {
        plan.people.iter().map(|p| p.name.as_str()).collect()
    }

    fn plan() -> Plan {
        Plan::empty(jiff::civil::date(2027, 3, 22), "Europe/Tallinn")
    }

    #[test]
    fn people_entered_in_any_order_stand_by_role() {
        let mut plan = plan();
        plan.put_person(visiting("Member", DelegationRole::Member));
        plan.put_person(visiting("Interpreter", DelegationRole::Interpreter));
        plan.put_person(visiting("Deputy", DelegationRole::Deputy));
        plan.put_person(visiting("Head", DelegationRole::Head));
        plan.put_person(visiting("Security", DelegationRole::Security));
        plan.put_person(visiting("Adviser", DelegationRole::Adviser));
        assert_eq!(
            names(&plan),
            [
                "Head",
                "Deputy",
                "Member",
                "Adviser",
                "Interpreter",
                "Security"
            ]
        );
    }

    #[test]
    fn a_role_changed_to_deputy_moves_up_and_a_renamed_person_stays() {
        let mut plan = plan();
        plan.put_person(visiting("Head", DelegationRole::Head));
        plan.put_person(visiting("First member", DelegationRole::Member));
        let newcomer = visiting("Newcomer", DelegationRole::Member);
        plan.put_person(newcomer.clone());
        let mut deputy = Person::clone(&newcomer);
        deputy.role = DelegationRole::Deputy;
        plan.put_person(Arc::new(deputy.clone()));
        assert_eq!(names(&plan), ["Head", "Newcomer", "First member"]);
        deputy.name = "Deputy".into();
        plan.put_person(Arc::new(deputy));
        assert_eq!(names(&plan), ["Head", "Deputy", "First member"]);
    }

    #[test]
    fn once_ordered_by_hand_the_list_is_left_as_the_planner_made_it() {
        let mut plan = plan();
        plan.put_person(visiting("Head", DelegationRole::Head));
        let member = visiting("Member", DelegationRole::Member);
        plan.put_person(member.clone());
        plan.put_person(visiting("Adviser", DelegationRole::Adviser));
        // The planner puts the adviser before the member.
        plan.move_person(plan.people[2].id, 1);
        plan.put_person(visiting("Deputy", DelegationRole::Deputy));
        assert_eq!(names(&plan), ["Head", "Adviser", "Member", "Deputy"]);
        let mut head_now = Person::clone(&member);
        head_now.role = DelegationRole::Head;
        plan.put_person(Arc::new(head_now));
        assert_eq!(names(&plan), ["Head", "Adviser", "Member", "Deputy"]);
    }

    #[test]
    fn each_side_is_ordered_on_its_own() {
        let mut plan = plan();
        let mut host = Person::new("Host");
        host.side = Side::Host;
        host.role = DelegationRole::Host;
        plan.put_person(Arc::new(host));
        plan.put_person(visiting("Member", DelegationRole::Member));
        plan.put_person(visiting("Head", DelegationRole::Head));
        assert_eq!(names(&plan), ["Host", "Head", "Member"]);
    }
}
