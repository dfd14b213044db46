//! Resolving a conflict as the planner chose: taking one side's value of a field, one side's
//! version of a whole record, one side's place in a list, or deleting the record.

use std::collections::HashSet;
use std::sync::Arc;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{ConflictValue, PLACE_FIELD, Resolution, subject_id};
use crate::model::compare::record_tree;
use crate::model::{Plan, Subject, VehicleId};

impl Plan {
    /// Resolves the conflict at `index` as the planner chose, as one change. Returns `false` (and
    /// changes nothing) if there is no such conflict or its value no longer fits the record.
    pub fn resolve_merge_conflict(&mut self, index: usize, choice: Resolution) -> bool {
        let Some(conflict) = self.merge_conflicts.get(index).cloned() else {
            return false;
        };
        let chosen = match choice {
            Resolution::Ours => Some(&conflict.ours),
            Resolution::Theirs => Some(&conflict.theirs),
            Resolution::AsItIs => None,
        };
        match chosen {
            None => {}
            Some(ConflictValue::Deleted) if conflict.field.is_empty() => {
                self.remove(conflict.record)
            }
            // A vehicle goes with its rides, as when it is deleted in the window.
            Some(ConflictValue::Deleted) if conflict.record == Subject::Visit => {
                let vehicle = conflict
                    .field
                    .strip_prefix("vehicles.")
                    .and_then(VehicleId::parse);
                match vehicle {
                    Some(vehicle) => self.remove_vehicle(vehicle),
                    None => return false,
                }
            }
            // The record as kept is the side that changed it.
            Some(ConflictValue::Changed) => {}
            Some(value) if !self.set_field(conflict.record, &conflict.field, value) => {
                return false;
            }
            Some(_) => {}
        }
        self.merge_conflicts.remove(index);
        // A deleted record's other conflicts went with it.
        let records = self.subjects();
        self.merge_conflicts
            .retain(|conflict| records.contains(&conflict.record));
        true
    }

    fn remove(&mut self, record: Subject) {
        match record {
            Subject::Visit => {}
            Subject::Organisation(id) => self.remove_organisation(id),
            Subject::Person(id) => self.remove_person(id),
            Subject::Event(id) => self.remove_event(id),
            Subject::Topic(id) => self.remove_topic(id),
            Subject::Action(id) => self.remove_action(id),
        }
    }

    /// Moves `record` in its list to just after the record whose id `value` holds, or to the
    /// front for an empty value.
    fn place_after(&mut self, record: Subject, value: &ConflictValue) -> bool {
        fn in_list<T>(
            records: &mut Vec<Arc<T>>,
            id: impl Fn(&T) -> String,
            item: Subject,
            after: Option<&str>,
        ) -> bool {
            let Some(item) = subject_id(item) else {
                return false;
            };
            move_after(records, |record, wanted| id(record) == wanted, &item, after).is_some()
        }
        let after = match value {
            ConflictValue::Value(Value::Null) => None,
            ConflictValue::Value(Value::String(id)) => Some(id.as_str()),
            _ => return false,
        };
        match record {
            Subject::Visit => false,
            Subject::Organisation(_) => {
                in_list(&mut self.organisations, |r| r.id.to_string(), record, after)
            }
            Subject::Person(_) => in_list(&mut self.people, |r| r.id.to_string(), record, after),
            Subject::Event(_) => in_list(&mut self.events, |r| r.id.to_string(), record, after),
            Subject::Topic(_) => in_list(&mut self.topics, |r| r.id.to_string(), record, after),
            Subject::Action(_) => in_list(&mut self.actions, |r| r.id.to_string(), record, after),
        }
    }

    fn subjects(&self) -> HashSet<Subject> {
        let mut subjects = HashSet::from([Subject::Visit]);
        subjects.extend(
            self.organisations
                .iter()
                .map(|r| Subject::Organisation(r.id)),
        );
        subjects.extend(self.people.iter().map(|r| Subject::Person(r.id)));
        subjects.extend(self.events.iter().map(|r| Subject::Event(r.id)));
        subjects.extend(self.topics.iter().map(|r| Subject::Topic(r.id)));
        subjects.extend(self.actions.iter().map(|r| Subject::Action(r.id)));
        subjects
    }

    /// Sets the field at `path` of `record` to `value`; `false` if the result is not a valid
    /// record.
    fn set_field(&mut self, record: Subject, path: &str, value: &ConflictValue) -> bool {
        if path == PLACE_FIELD {
            return self.place_after(record, value);
        }
        fn in_list<T: Serialize + DeserializeOwned>(
            records: &mut [Arc<T>],
            is_it: impl Fn(&T) -> bool,
            path: &str,
            value: &ConflictValue,
        ) -> bool {
            let Some(record) = records.iter_mut().find(|record| is_it(record)) else {
                return false;
            };
            match with_field_set(record.as_ref(), path, value) {
                Some(changed) => {
                    *record = Arc::new(changed);
                    true
                }
                None => false,
            }
        }
        match record {
            Subject::Visit => match with_field_set(&self.visit, path, value) {
                Some(visit) => {
                    self.visit = visit;
                    true
                }
                None => false,
            },
            Subject::Organisation(id) => {
                in_list(&mut self.organisations, |r| r.id == id, path, value)
            }
            Subject::Person(id) => in_list(&mut self.people, |r| r.id == id, path, value),
            Subject::Event(id) => in_list(&mut self.events, |r| r.id == id, path, value),
            Subject::Topic(id) => in_list(&mut self.topics, |r| r.id == id, path, value),
            Subject::Action(id) => in_list(&mut self.actions, |r| r.id == id, path, value),
        }
    }
}

/// `record` with the field at `path` set to `value`; `None` if that is not a valid record. An
/// empty path is the whole record; a path ending in [`PLACE_FIELD`] moves an item of a list.
fn with_field_set<T: Serialize + DeserializeOwned>(
    record: &T,
    path: &str,
    value: &ConflictValue,
) -> Option<T> {
    if path.is_empty() {
        // The whole record was in question: one side's version of it.
        return match value {
            ConflictValue::Value(whole) => serde_json::from_value(whole.clone()).ok(),
            _ => None,
        };
    }
    let mut tree = record_tree(record);
    let item_id = |item: &Value, id: &str| item.get("id").and_then(Value::as_str) == Some(id);
    if let Some(item_path) = path
        .strip_suffix(PLACE_FIELD)
        .and_then(|rest| rest.strip_suffix('.'))
    {
        let (list_path, item) = item_path.rsplit_once('.')?;
        let Value::Array(items) = node_at(&mut tree, list_path)? else {
            return None;
        };
        let after = match value {
            ConflictValue::Value(Value::Null) => None,
            ConflictValue::Value(Value::String(id)) => Some(id.as_str()),
            _ => return None,
        };
        move_after(items, item_id, item, after)?;
    } else {
        let (parent, last) = path.rsplit_once('.').unwrap_or(("", path));
        match node_at(&mut tree, parent)? {
            Value::Object(fields) => match value {
                ConflictValue::Value(value) => {
                    fields.insert(last.to_owned(), value.clone());
                }
                _ => {
                    fields.remove(last);
                }
            },
            // An item of a list of records (a topic's question), by its id.
            Value::Array(items) => {
                let position = items.iter().position(|item| item_id(item, last))?;
                match value {
                    ConflictValue::Value(value) => items[position] = value.clone(),
                    _ => {
                        items.remove(position);
                    }
                }
            }
            _ => return None,
        }
    }
    serde_json::from_value(tree).ok()
}

/// The value at `path` (field names, and ids for items of lists of records) in `tree`.
fn node_at<'v>(tree: &'v mut Value, path: &str) -> Option<&'v mut Value> {
    let mut node = tree;
    for segment in path.split('.').filter(|segment| !segment.is_empty()) {
        node = match node {
            Value::Object(fields) => fields.get_mut(segment)?,
            Value::Array(items) => items
                .iter_mut()
                .find(|item| item.get("id").and_then(Value::as_str) == Some(segment))?,
            _ => return None,
        };
    }
    Some(node)
}

/// Moves the item that `is` `item` to just after the one that `is` `after` (the front for
/// `None`); `None`, changing nothing, if either is not in the list.
fn move_after<T>(
    items: &mut Vec<T>,
    is: impl Fn(&T, &str) -> bool,
    item: &str,
    after: Option<&str>,
) -> Option<()> {
    let from = items.iter().position(|x| is(x, item))?;
    if after.is_some_and(|after| !items.iter().any(|x| is(x, after)) || after == item) {
        return None;
    }
    let moving = items.remove(from);
    let to = match after {
        None => 0,
        Some(after) => items.iter().position(|x| is(x, after))? + 1,
    };
    items.insert(to, moving);
    Some(())
}
