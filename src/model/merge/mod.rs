//! Three-way merge of two versions of a plan and the version they came from, by record id and by
//! field: what `attache merge` does as git's merge driver.
//!
//! - A record changed on one side only takes that side's version; records added on either side
//!   are kept; a record deleted on one side and left alone on the other is deleted.
//! - Two sides that changed different fields of one record both count. Lists of ids (the
//!   participants of an event, say) and of texts merge as sets: what either side added is added,
//!   what either side removed is removed. Lists of records inside a record (a topic's questions)
//!   merge by id, like the plan's own lists.
//! - Both sides changing one field differently, or one side deleting a record the other changed,
//!   is a conflict: the merged plan keeps our value (or the changed record) and records the
//!   conflict in [`Plan::merge_conflicts`], which `check` reports as errors and the window lists
//!   for the planner to resolve.
//! - The order of each list (the people's order is the order of precedence) merges by moves: an
//!   item moved on their side only moves in ours too, and an item added on their side goes after
//!   the item it follows there.
//!
//! Fields are compared through their serde form (`serde_json::Value`), so that every field of every
//! record, present and future, merges the same way without a hand-written case for each.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::label::label;
use super::{Plan, Subject};

mod possible;

pub use possible::double_booking;

/// A field both sides of a merge changed differently, or a record one side deleted and the other
/// changed, left in the merged plan until the planner chooses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MergeConflict {
    pub record: Subject,
    /// Where in the record, as field names joined with dots (`start.wall`), with a record's id for
    /// an item of a list of records (`questions.5a0c9d2e7b1f4a63.answer`); empty when the whole
    /// record is in question (one side deleted it).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub field: String,
    pub ours: ConflictValue,
    pub theirs: ConflictValue,
}

/// Hashed by record and field only (values are JSON, which has no hash): conflicts that are equal
/// hash alike, which is all a set of them needs.
impl std::hash::Hash for MergeConflict {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.record.hash(state);
        self.field.hash(state);
    }
}

/// The field of a conflict over where a record goes in its list, when the two sides moved it to
/// different places (a person in the order of precedence). Its values are the id of the record
/// it follows on each side, or empty for the first place. Of a record inside another (a topic's
/// question) it is the last segment of the field: `questions.5a0c9d2e7b1f4a63.place in the list`.
pub const PLACE_FIELD: &str = "place in the list";

/// One side's value in a conflict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConflictValue {
    /// The field's value, in the form the plan file writes it.
    Value(Value),
    /// The field was left empty.
    Empty,
    /// The record was changed (and the other side deleted it).
    Changed,
    /// The record was deleted.
    Deleted,
}

/// The planner's choice for a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    Ours,
    Theirs,
    /// Keep the record as it is now (the planner edited it by hand).
    AsItIs,
}

/// Merges `ours` and `theirs`, both descended from `base`. Conflicts already recorded in either
/// side are kept, and new ones are added.
pub fn merge(base: &Plan, ours: &Plan, theirs: &Plan) -> Plan {
    let mut conflicts = Vec::new();
    let visit = merge_record(
        Some(&base.visit),
        Some(&ours.visit),
        Some(&theirs.visit),
        Subject::Visit,
        &mut conflicts,
    )
    .unwrap_or_else(|| ours.visit.clone());
    let mut merged = Plan {
        visit,
        organisations: merge_list(
            &base.organisations,
            &ours.organisations,
            &theirs.organisations,
            |record| Subject::Organisation(record.id),
            &mut conflicts,
        ),
        people: merge_list(
            &base.people,
            &ours.people,
            &theirs.people,
            |record| Subject::Person(record.id),
            &mut conflicts,
        ),
        events: merge_list(
            &base.events,
            &ours.events,
            &theirs.events,
            |record| Subject::Event(record.id),
            &mut conflicts,
        ),
        topics: merge_list(
            &base.topics,
            &ours.topics,
            &theirs.topics,
            |record| Subject::Topic(record.id),
            &mut conflicts,
        ),
        actions: merge_list(
            &base.actions,
            &ours.actions,
            &theirs.actions,
            |record| Subject::Action(record.id),
            &mut conflicts,
        ),
        merge_conflicts: Vec::new(),
    };
    // Ours taken back for a seating plan may name people their side deleted: records named
    // are kept after that.
    possible::keep_placements_single(base, ours, theirs, &mut merged, &mut conflicts);
    possible::keep_named_records(ours, theirs, &mut merged, &mut conflicts);
    merged.merge_conflicts = without_repeats(
        ours.merge_conflicts
            .iter()
            .chain(&theirs.merge_conflicts)
            .chain(&conflicts),
    );
    merged
}

/// After a merge: puts our version of each of `records` back in `merged` where the merge made it
/// something else, and makes each such record as a whole a conflict, in place of those the merge
/// found in its fields. For combined changes that make the plan wrong in a way only a check of
/// the whole plan sees (an event that now ends before it starts): whether anything changed.
/// Nothing does for a record our side has no more (it deleted it, and that is a conflict
/// already). Linear in the plan, however many records are taken back.
pub fn keep_ours_whole(
    merged: &mut Plan,
    ours: &Plan,
    theirs: &Plan,
    records: &HashSet<Subject>,
) -> bool {
    let mut whole = Vec::new();
    if records.contains(&Subject::Visit) && merged.visit != ours.visit {
        merged.visit = ours.visit.clone();
        whole.push(MergeConflict {
            record: Subject::Visit,
            field: String::new(),
            ours: ConflictValue::Value(to_value(&ours.visit)),
            theirs: ConflictValue::Value(to_value(&theirs.visit)),
        });
    }
    take_ours(
        &mut merged.organisations,
        &ours.organisations,
        &theirs.organisations,
        |r| Subject::Organisation(r.id),
        |r| r.id.value(),
        records,
        &mut whole,
    );
    take_ours(
        &mut merged.people,
        &ours.people,
        &theirs.people,
        |r| Subject::Person(r.id),
        |r| r.id.value(),
        records,
        &mut whole,
    );
    take_ours(
        &mut merged.events,
        &ours.events,
        &theirs.events,
        |r| Subject::Event(r.id),
        |r| r.id.value(),
        records,
        &mut whole,
    );
    take_ours(
        &mut merged.topics,
        &ours.topics,
        &theirs.topics,
        |r| Subject::Topic(r.id),
        |r| r.id.value(),
        records,
        &mut whole,
    );
    take_ours(
        &mut merged.actions,
        &ours.actions,
        &theirs.actions,
        |r| Subject::Action(r.id),
        |r| r.id.value(),
        records,
        &mut whole,
    );
    if whole.is_empty() {
        return false;
    }
    // Conflicts either side brought along stay; those this merge found in the records' fields
    // are part of the whole.
    let taken: HashSet<Subject> = whole.iter().map(|conflict| conflict.record).collect();
    let brought: HashSet<&MergeConflict> = ours
        .merge_conflicts
        .iter()
        .chain(&theirs.merge_conflicts)
        .collect();
    merged
        .merge_conflicts
        .retain(|conflict| !taken.contains(&conflict.record) || brought.contains(conflict));
    // Our versions may name records their side deleted.
    possible::keep_named_records(ours, theirs, merged, &mut whole);
    let conflicts = std::mem::take(&mut merged.merge_conflicts);
    merged.merge_conflicts = without_repeats(conflicts.iter().chain(&whole));
    true
}

/// Our version of each record of one list that is in `records` and that the merge made
/// something else, with a whole-record conflict for each.
fn take_ours<T: PartialEq + Serialize>(
    merged: &mut Vec<Arc<T>>,
    ours: &[Arc<T>],
    theirs: &[Arc<T>],
    subject: impl Fn(&T) -> Subject,
    id: impl Fn(&T) -> u64,
    records: &HashSet<Subject>,
    whole: &mut Vec<MergeConflict>,
) {
    let wanted = |record: &Arc<T>| records.contains(&subject(record));
    if !ours.iter().any(wanted) {
        return;
    }
    let our_versions: HashMap<Subject, &Arc<T>> = ours
        .iter()
        .filter(|r| wanted(r))
        .map(|r| (subject(r), r))
        .collect();
    let their_versions: HashMap<Subject, &Arc<T>> = theirs
        .iter()
        .filter(|r| wanted(r))
        .map(|r| (subject(r), r))
        .collect();
    let conflict = |record: Subject, ours: &Arc<T>| MergeConflict {
        record,
        field: String::new(),
        ours: ConflictValue::Value(to_value(ours.as_ref())),
        theirs: their_versions
            .get(&record)
            .map_or(ConflictValue::Deleted, |r| {
                ConflictValue::Value(to_value(r.as_ref()))
            }),
    };
    let mut present = HashSet::new();
    for record in merged.iter_mut() {
        let key = subject(record);
        present.insert(key);
        if let Some(&our) = our_versions.get(&key)
            && record != our
        {
            whole.push(conflict(key, our));
            *record = Arc::clone(our);
        }
    }
    // Records the merge deleted and our side kept come back where ours has them.
    let missing: HashMap<u64, (Subject, &Arc<T>)> = our_versions
        .iter()
        .filter(|(key, _)| !present.contains(*key))
        .map(|(&key, &our)| (id(our), (key, our)))
        .collect();
    if missing.is_empty() {
        return;
    }
    let wanted_ids: HashSet<u64> = missing.keys().copied().collect();
    for back in possible::insert_from(merged, ours, &wanted_ids, |r| id(r)) {
        let (key, our) = missing[&back];
        whole.push(conflict(key, our));
    }
}

/// Each conflict once, in the order first met: linear, however many there are.
fn without_repeats<'c>(conflicts: impl Iterator<Item = &'c MergeConflict>) -> Vec<MergeConflict> {
    let mut seen = HashSet::new();
    conflicts
        .filter(|conflict| seen.insert(*conflict))
        .cloned()
        .collect()
}

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
                    .and_then(super::VehicleId::parse);
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

/// A conflict's field for people to read: words, not code (`rooms`, not `kind.Stay.rooms`;
/// `date of birth`, not `date_of_birth`).
pub fn describe_field(field: &str) -> String {
    let field = ["kind.Stay.", "kind.Travel."]
        .iter()
        .find_map(|kind| field.strip_prefix(kind))
        .unwrap_or(field);
    field.replace('_', " ")
}

/// The text of a conflict's value for people to read: `"Dr Ahmed Ali"`, `3 items`, `(empty)`.
pub fn describe_conflict_value(value: &ConflictValue) -> String {
    match value {
        ConflictValue::Deleted => "deleted".to_owned(),
        ConflictValue::Changed => "changed".to_owned(),
        ConflictValue::Empty | ConflictValue::Value(Value::Null) => "(empty)".to_owned(),
        ConflictValue::Value(Value::String(text)) if text.is_empty() => "(empty)".to_owned(),
        ConflictValue::Value(Value::String(text)) => format!("“{text}”"),
        ConflictValue::Value(Value::Array(items)) => {
            let texts: Option<Vec<&str>> = items.iter().map(Value::as_str).collect();
            match texts {
                Some(texts) => texts.join(", "),
                None => format!("{} items", items.len()),
            }
        }
        // A whole record: named by its name or title, not spelled out field by field.
        ConflictValue::Value(Value::Object(fields)) => {
            let name = ["name", "title", "text", "description"]
                .iter()
                .find_map(|key| fields.get(*key).and_then(Value::as_str));
            match name {
                Some(name) => format!("its version of “{}”", label(name)),
                None => "its version".to_owned(),
            }
        }
        ConflictValue::Value(other) => other.to_string(),
    }
}

fn to_value<T: Serialize>(record: &T) -> Value {
    serde_json::to_value(record).expect("plan records are plain data that serde always writes")
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
    let mut tree = to_value(record);
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

/// Merges one record. `None` when the merge deletes it.
fn merge_record<T>(
    base: Option<&T>,
    ours: Option<&T>,
    theirs: Option<&T>,
    subject: Subject,
    conflicts: &mut Vec<MergeConflict>,
) -> Option<T>
where
    T: Clone + PartialEq + Serialize + DeserializeOwned,
{
    match (base, ours, theirs) {
        (_, None, None) => None,
        (None, Some(one), None) | (None, None, Some(one)) => Some(one.clone()),
        (Some(base), None, Some(theirs)) if base == theirs => None,
        (Some(base), Some(ours), None) if base == ours => None,
        (Some(_), None, Some(kept)) => {
            conflicts.push(deleted_and_changed(subject, true));
            Some(kept.clone())
        }
        (Some(_), Some(kept), None) => {
            conflicts.push(deleted_and_changed(subject, false));
            Some(kept.clone())
        }
        (base, Some(ours), Some(theirs)) => {
            if ours == theirs || base == Some(theirs) {
                return Some(ours.clone());
            }
            if base == Some(ours) {
                return Some(theirs.clone());
            }
            // Both changed it: field by field.
            let base_tree = base.map(to_value);
            let mut found = Vec::new();
            let merged = merge_values(
                base_tree.as_ref(),
                Some(&to_value(ours)),
                Some(&to_value(theirs)),
                "",
                &mut found,
            );
            match merged.and_then(|tree| serde_json::from_value(tree).ok()) {
                Some(record) => {
                    conflicts.extend(found.into_iter().map(|(field, ours, theirs)| {
                        MergeConflict {
                            record: subject,
                            field,
                            ours,
                            theirs,
                        }
                    }));
                    Some(record)
                }
                // The fields merged do not make a valid record together (should not happen):
                // ours stands, and the whole record is in question.
                None => {
                    conflicts.push(MergeConflict {
                        record: subject,
                        field: String::new(),
                        ours: ConflictValue::Value(to_value(ours)),
                        theirs: ConflictValue::Value(to_value(theirs)),
                    });
                    Some(ours.clone())
                }
            }
        }
    }
}

fn deleted_and_changed(subject: Subject, deleted_by_us: bool) -> MergeConflict {
    let (ours, theirs) = if deleted_by_us {
        (ConflictValue::Deleted, ConflictValue::Changed)
    } else {
        (ConflictValue::Changed, ConflictValue::Deleted)
    };
    MergeConflict {
        record: subject,
        field: String::new(),
        ours,
        theirs,
    }
}

type FoundConflict = (String, ConflictValue, ConflictValue);

/// Merges one field's values (`None`: the field is absent). Conflicts are pushed with their path;
/// the result holds ours for each.
fn merge_values(
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    path: &str,
    conflicts: &mut Vec<FoundConflict>,
) -> Option<Value> {
    if ours == theirs || base == theirs {
        return ours.cloned();
    }
    if base == ours {
        return theirs.cloned();
    }
    match (base, ours, theirs) {
        (Some(Value::Object(base)), Some(Value::Object(ours)), Some(Value::Object(theirs)))
            if same_variant(base, ours) && same_variant(base, theirs) =>
        {
            Some(Value::Object(merge_objects(
                base, ours, theirs, path, conflicts,
            )))
        }
        (None, Some(Value::Object(ours)), Some(Value::Object(theirs)))
            if same_variant(ours, theirs) =>
        {
            Some(Value::Object(merge_objects(
                &Map::new(),
                ours,
                theirs,
                path,
                conflicts,
            )))
        }
        (base, Some(Value::Array(ours)), Some(Value::Array(theirs))) => {
            let empty = Vec::new();
            let base = match base {
                Some(Value::Array(base)) => base,
                _ => &empty,
            };
            merge_arrays(base, ours, theirs, path, conflicts).map(Value::Array)
        }
        _ => {
            conflicts.push((path.to_owned(), side(ours), side(theirs)));
            ours.cloned()
        }
    }
}

fn side(value: Option<&Value>) -> ConflictValue {
    match value {
        Some(value) => ConflictValue::Value(value.clone()),
        None => ConflictValue::Empty,
    }
}

/// Whether two objects can be merged field by field: records and structs can; two values of an
/// enum (serde writes `{"Travel": {...}}`, one key named after the variant) only if they are the
/// same variant.
fn same_variant(a: &Map<String, Value>, b: &Map<String, Value>) -> bool {
    let is_variant = |map: &Map<String, Value>| {
        map.len() == 1
            && map
                .keys()
                .next()
                .is_some_and(|key| key.starts_with(|c: char| c.is_ascii_uppercase()))
    };
    match (is_variant(a), is_variant(b)) {
        (false, false) => true,
        (true, true) => a.keys().eq(b.keys()),
        _ => false,
    }
}

fn merge_objects(
    base: &Map<String, Value>,
    ours: &Map<String, Value>,
    theirs: &Map<String, Value>,
    path: &str,
    conflicts: &mut Vec<FoundConflict>,
) -> Map<String, Value> {
    let mut keys: Vec<&String> = ours.keys().collect();
    keys.extend(theirs.keys().filter(|key| !ours.contains_key(*key)));
    keys.extend(
        base.keys()
            .filter(|key| !ours.contains_key(*key) && !theirs.contains_key(*key)),
    );
    let mut merged = Map::new();
    for key in keys {
        let at = join(path, key);
        if let Some(value) = merge_values(
            base.get(key),
            ours.get(key),
            theirs.get(key),
            &at,
            conflicts,
        ) {
            merged.insert(key.clone(), value);
        }
    }
    merged
}

fn join(path: &str, segment: &str) -> String {
    if path.is_empty() {
        segment.to_owned()
    } else {
        format!("{path}.{segment}")
    }
}

/// Lists of texts or ids merge as sets; lists of records (objects with an `id`) by id; other lists
/// only if one side left them alone (handled by the caller), else they conflict.
fn merge_arrays(
    base: &[Value],
    ours: &[Value],
    theirs: &[Value],
    path: &str,
    conflicts: &mut Vec<FoundConflict>,
) -> Option<Vec<Value>> {
    let all = || base.iter().chain(ours).chain(theirs);
    if all().all(Value::is_string) {
        return Some(merge_sets(base, ours, theirs));
    }
    let id_of = |value: &Value| value.get("id").and_then(Value::as_str).map(str::to_owned);
    if all().all(|value| id_of(value).is_some()) {
        let by_id = |items: &[Value]| -> HashMap<String, Value> {
            items
                .iter()
                .map(|item| (id_of(item).expect("checked above"), item.clone()))
                .collect()
        };
        let (base_items, our_items, their_items) = (by_id(base), by_id(ours), by_id(theirs));
        let ids = |items: &[Value]| -> Vec<String> { items.iter().filter_map(id_of).collect() };
        let mut kept = HashSet::new();
        let mut merged_items = HashMap::new();
        for id in ids(ours).into_iter().chain(ids(theirs)) {
            if merged_items.contains_key(&id) {
                continue;
            }
            let at = join(path, &id);
            let (b, o, t) = (
                base_items.get(&id),
                our_items.get(&id),
                their_items.get(&id),
            );
            let item = match (b, o, t) {
                (Some(b), None, Some(t)) | (Some(b), Some(t), None) if b == t => None,
                (Some(_), None, Some(kept)) | (Some(_), Some(kept), None) => {
                    let deleted_by_us = o.is_none();
                    conflicts.push(if deleted_by_us {
                        (
                            at,
                            ConflictValue::Deleted,
                            ConflictValue::Value(kept.clone()),
                        )
                    } else {
                        (
                            at,
                            ConflictValue::Value(kept.clone()),
                            ConflictValue::Deleted,
                        )
                    });
                    Some(kept.clone())
                }
                _ => merge_values(b, o, t, &at, conflicts),
            };
            if let Some(item) = item {
                kept.insert(id.clone());
                merged_items.insert(id, item);
            }
        }
        let (order, clashes) = merge_order(&ids(base), &ids(ours), &ids(theirs), &kept);
        let place =
            |after: Option<String>| ConflictValue::Value(after.map_or(Value::Null, Value::String));
        conflicts.extend(clashes.into_iter().map(|clash| {
            (
                join(&join(path, &clash.item), PLACE_FIELD),
                place(clash.ours),
                place(clash.theirs),
            )
        }));
        return Some(
            order
                .into_iter()
                .filter_map(|id| merged_items.remove(&id))
                .collect(),
        );
    }
    conflicts.push((
        path.to_owned(),
        ConflictValue::Value(Value::Array(ours.to_vec())),
        ConflictValue::Value(Value::Array(theirs.to_vec())),
    ));
    Some(ours.to_vec())
}

/// What either side added is added, what either side removed is removed, in our order with
/// their additions after.
fn merge_sets(base: &[Value], ours: &[Value], theirs: &[Value]) -> Vec<Value> {
    let removed_by_them: Vec<&Value> = base.iter().filter(|item| !theirs.contains(item)).collect();
    let mut merged: Vec<Value> = ours
        .iter()
        .filter(|item| !removed_by_them.contains(item))
        .cloned()
        .collect();
    for item in theirs {
        if !base.contains(item) && !merged.contains(item) {
            merged.push(item.clone());
        }
    }
    merged
}

/// Merges a plan's list of records by id.
fn merge_list<T>(
    base: &[Arc<T>],
    ours: &[Arc<T>],
    theirs: &[Arc<T>],
    subject: impl Fn(&T) -> Subject,
    conflicts: &mut Vec<MergeConflict>,
) -> Vec<Arc<T>>
where
    T: Clone + PartialEq + Serialize + DeserializeOwned,
{
    let index = |records: &[Arc<T>]| -> HashMap<Subject, Arc<T>> {
        records
            .iter()
            .map(|record| (subject(record), Arc::clone(record)))
            .collect()
    };
    let (base_records, our_records, their_records) = (index(base), index(ours), index(theirs));
    let order = |records: &[Arc<T>]| -> Vec<Subject> {
        records.iter().map(|record| subject(record)).collect()
    };
    let mut merged: HashMap<Subject, Arc<T>> = HashMap::new();
    for key in order(ours).into_iter().chain(order(theirs)) {
        if merged.contains_key(&key) {
            continue;
        }
        let (b, o, t) = (
            base_records.get(&key),
            our_records.get(&key),
            their_records.get(&key),
        );
        // Unchanged records are shared, not copied: a merge of large plans stays cheap.
        let same = |a: Option<&Arc<T>>, b: Option<&Arc<T>>| match (a, b) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b) || a == b,
            (None, None) => true,
            _ => false,
        };
        let record = if same(o, t) || same(b, t) {
            o.cloned()
        } else if same(b, o) {
            t.cloned()
        } else {
            merge_record(
                b.map(Arc::as_ref),
                o.map(Arc::as_ref),
                t.map(Arc::as_ref),
                key,
                conflicts,
            )
            .map(Arc::new)
        };
        if let Some(record) = record {
            merged.insert(key, record);
        }
    }
    let kept: HashSet<Subject> = merged.keys().copied().collect();
    let (order, clashes) = merge_order(&order(base), &order(ours), &order(theirs), &kept);
    let place = |after: Option<Subject>| {
        ConflictValue::Value(
            after
                .and_then(subject_id)
                .map_or(Value::Null, Value::String),
        )
    };
    conflicts.extend(clashes.into_iter().map(|clash| MergeConflict {
        record: clash.item,
        field: PLACE_FIELD.to_owned(),
        ours: place(clash.ours),
        theirs: place(clash.theirs),
    }));
    order
        .into_iter()
        .filter_map(|key| merged.remove(&key))
        .collect()
}

/// A record's id as the file writes it (the visit has none).
fn subject_id(subject: Subject) -> Option<String> {
    match subject {
        Subject::Visit => None,
        Subject::Organisation(id) => Some(id.to_string()),
        Subject::Person(id) => Some(id.to_string()),
        Subject::Event(id) => Some(id.to_string()),
        Subject::Topic(id) => Some(id.to_string()),
        Subject::Action(id) => Some(id.to_string()),
    }
}

/// One item both sides moved, to different places: the item each side put it after (`None`: the
/// first place).
struct Clash<K> {
    item: K,
    ours: Option<K>,
    theirs: Option<K>,
}

/// The merged order of a list: ours, with what moved on their side only moved too, and what
/// they added after the item it follows on their side. Only `kept` items are in the result. An
/// item both sides moved to different places stays where ours has it and is returned as a clash.
fn merge_order<K: Clone + Eq + Hash>(
    base: &[K],
    ours: &[K],
    theirs: &[K],
    kept: &HashSet<K>,
) -> (Vec<K>, Vec<Clash<K>>) {
    let moved_ours = moved(base, ours);
    let moved_theirs = moved(base, theirs);
    let clashes = clashes(ours, theirs, &moved_ours, &moved_theirs, kept);
    let in_base: HashSet<&K> = base.iter().collect();
    let mut order: Vec<K> = ours.iter().filter(|k| kept.contains(*k)).cloned().collect();
    let mut placed: HashSet<K> = order.iter().cloned().collect();
    for (position, item) in theirs.iter().enumerate() {
        if !kept.contains(item) {
            continue;
        }
        let added = !in_base.contains(item) && !placed.contains(item);
        let moved = moved_theirs.contains(item) && !moved_ours.contains(item);
        if !added && !moved {
            continue;
        }
        if placed.contains(item) {
            order.retain(|other| other != item);
        }
        // After the nearest item before it on their side that is already in place.
        let after = theirs[..position]
            .iter()
            .rev()
            .find_map(|before| order.iter().position(|other| other == before));
        order.insert(after.map_or(0, |at| at + 1), item.clone());
        placed.insert(item.clone());
    }
    // Kept items that neither order placed (ours dropped, theirs kept without moving).
    for item in theirs {
        if kept.contains(item) && !placed.contains(item) {
            order.push(item.clone());
            placed.insert(item.clone());
        }
    }
    (order, clashes)
}

/// The items both sides moved to different places. An item's place on a side is the item it
/// follows there among those both sides have, so that what one side added or removed around it
/// does not count as a different place.
fn clashes<K: Clone + Eq + Hash>(
    ours: &[K],
    theirs: &[K],
    moved_ours: &HashSet<K>,
    moved_theirs: &HashSet<K>,
    kept: &HashSet<K>,
) -> Vec<Clash<K>> {
    let both_moved =
        |item: &K| moved_ours.contains(item) && moved_theirs.contains(item) && kept.contains(item);
    if !ours.iter().any(both_moved) {
        return Vec::new();
    }
    let (in_ours, in_theirs): (HashSet<&K>, HashSet<&K>) =
        (ours.iter().collect(), theirs.iter().collect());
    let places = |side: &[K]| -> HashMap<K, Option<K>> {
        let mut places = HashMap::new();
        let mut last_common: Option<&K> = None;
        for item in side {
            if both_moved(item) {
                places.insert(item.clone(), last_common.cloned());
            }
            if in_ours.contains(item) && in_theirs.contains(item) {
                last_common = Some(item);
            }
        }
        places
    };
    let (our_places, their_places) = (places(ours), places(theirs));
    ours.iter()
        .filter(|item| both_moved(item))
        .filter_map(|item| {
            let (our_place, their_place) = (our_places.get(item)?, their_places.get(item)?);
            (our_place != their_place).then(|| Clash {
                item: item.clone(),
                ours: our_place.clone(),
                theirs: their_place.clone(),
            })
        })
        .collect()
}

/// The items of `side` that moved relative to `base`: those outside a longest run of items kept
/// in their base order (a longest increasing subsequence of base positions, n log n).
fn moved<K: Clone + Eq + Hash>(base: &[K], side: &[K]) -> HashSet<K> {
    let position: HashMap<&K, usize> = base.iter().enumerate().map(|(i, k)| (k, i)).collect();
    let common: Vec<(usize, &K)> = side
        .iter()
        .filter_map(|k| position.get(k).map(|&p| (p, k)))
        .collect();
    // Patience sorting: tails[i] is the index into `common` ending the best run of length i + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; common.len()];
    for (i, &(p, _)) in common.iter().enumerate() {
        let length = tails.partition_point(|&t| common[t].0 < p);
        previous[i] = length.checked_sub(1).map(|l| tails[l]);
        if length == tails.len() {
            tails.push(i);
        } else {
            tails[length] = i;
        }
    }
    let mut in_order = HashSet::new();
    let mut at = tails.last().copied();
    while let Some(i) = at {
        in_order.insert(common[i].1);
        at = previous[i];
    }
    common
        .iter()
        .filter(|(_, k)| !in_order.contains(k))
        .map(|(_, k)| (*k).clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(list: &[u32]) -> Vec<u32> {
        list.to_vec()
    }

    #[test]
    fn an_item_moved_on_their_side_moves_in_ours() {
        let base = keys(&[1, 2, 3, 4, 5]);
        let ours = keys(&[1, 2, 3, 4, 5, 6]);
        let theirs = keys(&[4, 1, 2, 3, 5]);
        let kept: HashSet<u32> = [1, 2, 3, 4, 5, 6].into();
        assert_eq!(
            merge_order(&base, &ours, &theirs, &kept).0,
            [4, 1, 2, 3, 5, 6]
        );
    }

    #[test]
    fn their_additions_follow_their_predecessor() {
        let base = keys(&[1, 2, 3]);
        let ours = keys(&[3, 1, 2]);
        let theirs = keys(&[1, 7, 2, 3]);
        let kept: HashSet<u32> = [1, 2, 3, 7].into();
        assert_eq!(merge_order(&base, &ours, &theirs, &kept).0, [3, 1, 7, 2]);
    }

    #[test]
    fn sets_take_both_sides_additions_and_removals() {
        let v = |items: &[&str]| -> Vec<Value> { items.iter().map(|s| Value::from(*s)).collect() };
        assert_eq!(
            merge_sets(&v(&["a", "b"]), &v(&["a", "b", "c"]), &v(&["b", "d"])),
            v(&["b", "c", "d"])
        );
    }
}
