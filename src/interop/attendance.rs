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

/// How to write `people` given the `delegation` (its members in order of precedence): as "the
/// delegation" when all of it is there; as "the delegation except …" when that names fewer
/// people than listing those who are there; otherwise name by name. A delegation of one is
/// always named, and so is a single member.
pub fn attendance(people: &[PersonId], delegation: &[PersonId]) -> Attendance {
    let members: HashSet<PersonId> = delegation.iter().copied().collect();
    let present: HashSet<PersonId> = people
        .iter()
        .copied()
        .filter(|id| members.contains(id))
        .collect();
    if delegation.len() < 2 || present.len() < 2 {
        return Attendance::Named(people.to_vec());
    }
    let others: Vec<PersonId> = people
        .iter()
        .copied()
        .filter(|id| !members.contains(id))
        .collect();
    let missing: Vec<PersonId> = delegation
        .iter()
        .copied()
        .filter(|id| !present.contains(id))
        .collect();
    if missing.is_empty() {
        Attendance::Delegation { others }
    } else if 1 + missing.len() < present.len() {
        Attendance::DelegationExcept { missing, others }
    } else {
        Attendance::Named(people.to_vec())
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
            attendance(&present, &delegation),
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
            attendance(&present, &delegation),
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
            attendance(&present, &delegation),
            Attendance::Named(present.clone())
        );
        // Four present, two missing: one phrase and two names beat four names.
        let present = delegation[..4].to_vec();
        assert!(matches!(
            attendance(&present, &delegation),
            Attendance::DelegationExcept { .. }
        ));
    }

    #[test]
    fn one_member_or_a_delegation_of_one_is_named() {
        let delegation = people(1);
        assert_eq!(
            attendance(&delegation, &delegation),
            Attendance::Named(delegation.clone())
        );
        let delegation = people(5);
        let guest = GUEST;
        let present = vec![delegation[2], guest];
        assert_eq!(
            attendance(&present, &delegation),
            Attendance::Named(present.clone())
        );
        assert_eq!(attendance(&[], &delegation), Attendance::Named(vec![]));
    }
}
