//! What changed between two versions of a plan, record by record and field by field: records are
//! matched by id, as the merge matches them, and fields are compared through their serde form
//! and named as the plan file names them (`start`, `participants`, `kind`), as a merge conflict
//! names them, so that every field of every record, present and future, is seen without a
//! hand-written case for each.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use serde::Serialize;
use serde_json::Value;

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

/// The records of `old` and `new` that were added, removed or changed, matched by `id`: the
/// new version's order first, then what was removed in the old one's order. Records shared
/// between the versions (the same `Arc`) are not compared field by field.
pub fn compare_records<'p, T: Serialize + PartialEq, K: Hash + Eq>(
    old: &'p [Arc<T>],
    new: &'p [Arc<T>],
    id: impl Fn(&T) -> K,
) -> Vec<RecordChange<'p, T>> {
    let old_by_id: HashMap<K, &'p Arc<T>> = old.iter().map(|record| (id(record), record)).collect();
    let new_ids: std::collections::HashSet<K> = new.iter().map(|record| id(record)).collect();
    let mut changes = Vec::new();
    for record in new {
        match old_by_id.get(&id(record)).copied() {
            None => changes.push(RecordChange::Added(record.as_ref())),
            Some(before) if Arc::ptr_eq(before, record) || before.as_ref() == record.as_ref() => {}
            Some(before) => changes.push(RecordChange::Changed {
                old: before.as_ref(),
                new: record.as_ref(),
                fields: changed_fields(before.as_ref(), record.as_ref()),
            }),
        }
    }
    changes.extend(
        old.iter()
            .filter(|record| !new_ids.contains(&id(record)))
            .map(|record| RecordChange::Removed(record.as_ref())),
    );
    changes
}

/// The names of the fields whose values differ between `old` and `new`, in the order the record
/// writes them (a field left empty in one version counts as changed).
pub fn changed_fields<T: Serialize>(old: &T, new: &T) -> Vec<String> {
    let (Ok(Value::Object(old)), Ok(Value::Object(new))) =
        (serde_json::to_value(old), serde_json::to_value(new))
    else {
        return Vec::new();
    };
    let mut fields: Vec<String> = new
        .iter()
        .filter(|(key, value)| old.get(*key) != Some(value))
        .map(|(key, _)| key.clone())
        .collect();
    fields.extend(old.keys().filter(|key| !new.contains_key(*key)).cloned());
    fields
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
