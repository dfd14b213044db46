//! Who takes part in an event, said the short way: most events of a visit are attended by the
//! whole visiting delegation, or by all of it but one or two, and a printed programme that lists
//! ten names at every event hides the few events where the company differs.

use std::collections::HashSet;

use crate::model::PersonId;

/// How a list of people is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attendance {
    /// Every member of the delegation, then `others` by name.
    Delegation { others: Vec<PersonId> },
    /// The delegation but `missing`, then `others` by name.
    DelegationExcept {
        missing: Vec<PersonId>,
        others: Vec<PersonId>,
    },
    /// Everyone by name, in the order given.
    Named(Vec<PersonId>),
}

/// The visiting delegation: its members in order of precedence, and as a set.
pub struct Delegation {
    order: Vec<PersonId>,
    members: HashSet<PersonId>,
}

impl Delegation {
    /// `order`: the members in order of precedence.
    pub fn new(order: Vec<PersonId>) -> Self {
        let members = order.iter().copied().collect();
        Self { order, members }
    }

    /// The members in order of precedence.
    pub fn order(&self) -> &[PersonId] {
        &self.order
    }

    /// How to write `people`: as "the delegation" when all of it is there; as "the delegation
    /// except …" when that names fewer people than listing those who are there; otherwise name
    /// by name. A delegation of one is always named, and so is a single member. Takes time in
    /// proportion to `people`, not to the delegation, so that a plan of many events and a large
    /// delegation is still written in time in proportion to its size.
    pub fn attendance(&self, people: &[PersonId]) -> Attendance {
        let present: HashSet<PersonId> = people
            .iter()
            .copied()
            .filter(|id| self.members.contains(id))
            .collect();
        let missing_count = self.members.len() - present.len();
        // Decided before the delegation is gone through, which then is at most twice as long
        // as `people`.
        let shorter_by_exception = missing_count == 0 || 1 + missing_count < present.len();
        if self.members.len() < 2 || present.len() < 2 || !shorter_by_exception {
            return Attendance::Named(people.to_vec());
        }
        let others: Vec<PersonId> = people
            .iter()
            .copied()
            .filter(|id| !self.members.contains(id))
            .collect();
        if missing_count == 0 {
            return Attendance::Delegation { others };
        }
        let missing = self
            .order
            .iter()
            .copied()
            .filter(|id| !present.contains(id))
            .collect();
        Attendance::DelegationExcept { missing, others }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Id;

    fn people(count: usize) -> Vec<PersonId> {
        (1..=count as u64).map(Id::from_value).collect()
    }

    const GUEST: PersonId = Id::from_value(100);

    #[test]
    fn the_whole_delegation_is_the_delegation_and_guests_follow_by_name() {
        let delegation = people(4);
        let guest = GUEST;
        let mut present = delegation.clone();
        present.insert(1, guest);
        assert_eq!(
            Delegation::new(delegation.clone()).attendance(&present),
            Attendance::Delegation {
                others: vec![guest]
            }
        );
    }

    #[test]
    fn all_but_a_few_is_the_delegation_except_those_in_order_of_precedence() {
        let delegation = people(6);
        let present = vec![delegation[5], delegation[0], delegation[2], delegation[3]];
        assert_eq!(
            Delegation::new(delegation.clone()).attendance(&present),
            Attendance::DelegationExcept {
                missing: vec![delegation[1], delegation[4]],
                others: vec![],
            }
        );
    }

    #[test]
    fn names_are_listed_when_the_exception_would_be_as_long() {
        let delegation = people(6);
        // Three present, three missing: "the delegation except" and three names is longer.
        let present = delegation[..3].to_vec();
        assert_eq!(
            Delegation::new(delegation.clone()).attendance(&present),
            Attendance::Named(present.clone())
        );
        // Four present, two missing: one phrase and two names beat four names.
        let present = delegation[..4].to_vec();
        assert!(matches!(
            Delegation::new(delegation.clone()).attendance(&present),
            Attendance::DelegationExcept { .. }
        ));
    }

    #[test]
    fn one_member_or_a_delegation_of_one_is_named() {
        let delegation = people(1);
        assert_eq!(
            Delegation::new(delegation.clone()).attendance(&delegation),
            Attendance::Named(delegation.clone())
        );
        let delegation = people(5);
        let guest = GUEST;
        let present = vec![delegation[2], guest];
        assert_eq!(
            Delegation::new(delegation.clone()).attendance(&present),
            Attendance::Named(present.clone())
        );
        assert_eq!(
            Delegation::new(delegation.clone()).attendance(&[]),
            Attendance::Named(vec![])
        );
    }
}
