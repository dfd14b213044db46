//! The one comparison of versions of a plan, shared by `attache diff` (two versions) and the merge
//! (three): records are matched by id, an unchanged record is known by being shared between the
//! versions (the same `Arc`), and fields are compared through their serde form and named as the
//! plan file names them (`start`, `participants`, `kind`), so that every field of every record,
//! present and future, is seen without a hand-written case for each.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use serde::Serialize;
use serde_json::{Map, Value};

/// How one record differs between the two versions.
#[derive(Debug)]
pub enum RecordChange<'p, T> {
    Added(&'p T),
    Removed(&'p T),
    /// In both, with these fields (as the file names them) different.
    Changed {
        old: &'p T,
        new: &'p T,
        fields: Vec<String>,
    },
}

/// A record in its serde form, its fields named as the plan file names them.
pub fn record_tree<T: Serialize>(record: &T) -> Value {
    serde_json::to_value(record).expect("plan records are plain data that serde always writes")
}

/// Whether two versions of a record are the same: shared between the versions (an edit replaces
/// only the records it changes) or equal.
pub fn same_version<T: PartialEq>(a: &Arc<T>, b: &Arc<T>) -> bool {
    Arc::ptr_eq(a, b) || a == b
}

/// The records by their id.
pub fn by_id<T, K: Hash + Eq>(records: &[Arc<T>], id: impl Fn(&T) -> K) -> HashMap<K, &Arc<T>> {
    records.iter().map(|record| (id(record), record)).collect()
}

/// The names of the fields of records' trees, each once: the first tree's in its order, then the
/// fields only the next ones have.
pub fn field_names<'m>(trees: &[&'m Map<String, Value>]) -> Vec<&'m String> {
    let mut names: Vec<&String> = Vec::new();
    for (position, tree) in trees.iter().enumerate() {
        names.extend(tree.keys().filter(|name| {
            !trees[..position]
                .iter()
                .any(|earlier| earlier.contains_key(*name))
        }));
    }
    names
}

/// The records of `old` and `new` that were added, removed or changed, matched by `id`: the
/// new version's order first, then what was removed in the old one's order. Records shared
/// between the versions (the same `Arc`) are not compared field by field.
pub fn compare_records<'p, T: Serialize + PartialEq, K: Hash + Eq>(
    old: &'p [Arc<T>],
    new: &'p [Arc<T>],
    id: impl Fn(&T) -> K,
) -> Vec<RecordChange<'p, T>> {
    let old_by_id = by_id(old, &id);
    let new_by_id = by_id(new, &id);
    let mut changes = Vec::new();
    for record in new {
        match old_by_id.get(&id(record)).copied() {
            None => changes.push(RecordChange::Added(record.as_ref())),
            Some(before) if same_version(before, record) => {}
            Some(before) => changes.push(RecordChange::Changed {
                old: before.as_ref(),
                new: record.as_ref(),
                fields: changed_fields(before.as_ref(), record.as_ref()),
            }),
        }
    }
    changes.extend(
        old.iter()
            .filter(|record| !new_by_id.contains_key(&id(record)))
            .map(|record| RecordChange::Removed(record.as_ref())),
    );
    changes
}

/// The names of the fields whose values differ between `old` and `new`, in the order the record
/// writes them (a field left empty in one version counts as changed).
pub fn changed_fields<T: Serialize>(old: &T, new: &T) -> Vec<String> {
    let (Value::Object(old), Value::Object(new)) = (record_tree(old), record_tree(new)) else {
        return Vec::new();
    };
    field_names(&[&new, &old])
        .into_iter()
        .filter(|name| old.get(*name) != new.get(*name))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Person;

    #[test]
    fn a_field_filled_emptied_or_changed_is_named() {
        let mut old = Person::new("Ali Hassan");
        old.notes = "Arrives late".into();
        let mut new = old.clone();
        new.notes.clear();
        new.dietary_needs = "Halal".into();
        new.name = "Ali Hasan".into();
        let mut fields = changed_fields(&old, &new);
        fields.sort();
        assert_eq!(fields, ["dietary_needs", "name", "notes"]);
    }

    #[test]
    fn the_diff_and_the_merge_name_a_changed_field_alike() {
        let mut base = crate::model::Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
        base.people.push(Arc::new(Person::new("Ali Hassan")));
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        Arc::make_mut(&mut ours.people[0]).dietary_needs = "Halal".into();
        Arc::make_mut(&mut theirs.people[0]).dietary_needs = "Vegetarian".into();
        let merged = crate::model::merge::merge(&base, &ours, &theirs);
        let conflict_fields: Vec<&str> = merged
            .merge_conflicts
            .iter()
            .map(|c| c.field.as_str())
            .collect();
        assert_eq!(conflict_fields, ["dietary_needs"]);
        assert_eq!(
            changed_fields(base.people[0].as_ref(), ours.people[0].as_ref()),
            ["dietary_needs"]
        );
    }

    #[test]
    fn records_are_matched_by_id_whatever_their_order() {
        let a = Arc::new(Person::new("A"));
        let b = Arc::new(Person::new("B"));
        let mut b_renamed = (*b).clone();
        b_renamed.name = "Bee".into();
        let c = Arc::new(Person::new("C"));
        let old = vec![a.clone(), b.clone()];
        let new = vec![Arc::new(b_renamed), c.clone()];
        let changes = compare_records(&old, &new, |p| p.id);
        assert!(matches!(
            &changes[..],
            [
                RecordChange::Changed { fields, .. },
                RecordChange::Added(added),
                RecordChange::Removed(removed),
            ] if fields == &["name"] && added.name == "C" && removed.name == "A"
        ));
    }
}
