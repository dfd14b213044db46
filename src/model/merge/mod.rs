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
//!   the item it follows there; an item both sides moved to different places is a conflict
//!   ([`order`]).
//! - Changes that are fine apart but not together are conflicts too: a guest given two rooms for
//!   one night, a record deleted on one side and named on the other ([`possible`]).
//! - A conflict is resolved by the planner's choice ([`resolve`]).
//!
//! Records and fields are compared as `attache diff` compares them ([`super::compare`]): by id,
//! shared versions known without a look inside, fields through their serde form, so that every
//! field of every record, present and future, merges the same way without a hand-written case.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::compare::{by_id, field_names, record_tree, same_version};
use super::label::label;
use super::{Plan, Subject};

mod order;
mod possible;
mod resolve;

use order::merge_order;
pub use possible::{double_booking, keep_ours_whole};

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

/// Each conflict once, in the order first met: linear, however many there are.
fn without_repeats<'c>(conflicts: impl Iterator<Item = &'c MergeConflict>) -> Vec<MergeConflict> {
    let mut seen = HashSet::new();
    conflicts
        .filter(|conflict| seen.insert(*conflict))
        .cloned()
        .collect()
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

/// [`describe_field`] as a message, in the language where it is shown: the record's fields by
/// name, any other field as [`describe_field`] writes it.
pub fn describe_field_message(field: &str) -> crate::lang::Message {
    let name = ["kind.Stay.", "kind.Travel."]
        .iter()
        .find_map(|kind| field.strip_prefix(kind))
        .unwrap_or(field);
    let id = match name {
        "name" => "problem-merge-field-name",
        "native_name" => "problem-merge-field-native-name",
        "form_of_address" => "problem-merge-field-form-of-address",
        "title" => "problem-merge-field-title",
        "position" => "problem-merge-field-position",
        "organisation" => "problem-merge-field-organisation",
        "side" => "problem-merge-field-side",
        "role" => "problem-merge-field-role",
        "emails" => "problem-merge-field-emails",
        "phones" => "problem-merge-field-phones",
        "languages" => "problem-merge-field-languages",
        "dietary_needs" => "problem-merge-field-dietary-needs",
        "accessibility_needs" => "problem-merge-field-accessibility-needs",
        "travel_document" => "problem-merge-field-travel-document",
        "notes" => "problem-merge-field-notes",
        "kind" => "problem-merge-field-kind",
        "start" => "problem-merge-field-start",
        "end" => "problem-merge-field-end",
        "all_day" => "problem-merge-field-all-day",
        "location" => "problem-merge-field-location",
        "participants" => "problem-merge-field-participants",
        "hosts" => "problem-merge-field-hosts",
        "host_organisation" => "problem-merge-field-host-organisation",
        "topics" => "problem-merge-field-topics",
        "status" => "problem-merge-field-status",
        "interpretation_needed" => "problem-merge-field-interpretation-needed",
        "tables" => "problem-merge-field-tables",
        "rides" => "problem-merge-field-rides",
        "gifts" => "problem-merge-field-gifts",
        "country" => "problem-merge-field-country",
        "address" => "problem-merge-field-address",
        "website" => "problem-merge-field-website",
        "summary" => "problem-merge-field-summary",
        "objectives" => "problem-merge-field-objectives",
        "questions" => "problem-merge-field-questions",
        "findings" => "problem-merge-field-findings",
        "lead" => "problem-merge-field-lead",
        "text" => "problem-merge-field-text",
        "owner" => "problem-merge-field-owner",
        "due" => "problem-merge-field-due",
        "source" => "problem-merge-field-source",
        "rooms" => "problem-merge-field-rooms",
        _ => {
            return crate::msg!(
                "problem-merge-field-as-written",
                name = describe_field(field)
            );
        }
    };
    crate::lang::Message::new(id)
}

/// The text of a conflict's value for people to read: `"Dr Ahmed Ali"`, `3 items`, `(empty)`.
pub fn describe_conflict_value(value: &ConflictValue) -> String {
    describe_conflict_value_message(value).render()
}

/// [`describe_conflict_value`] as a message, rendered where it is shown.
pub fn describe_conflict_value_message(value: &ConflictValue) -> crate::lang::Message {
    use crate::lang::Message;
    use crate::msg;
    match value {
        ConflictValue::Deleted => Message::new("problem-merge-value-deleted"),
        ConflictValue::Changed => Message::new("problem-merge-value-changed"),
        ConflictValue::Empty | ConflictValue::Value(Value::Null) => {
            Message::new("problem-merge-value-empty")
        }
        ConflictValue::Value(Value::String(text)) if text.is_empty() => {
            Message::new("problem-merge-value-empty")
        }
        ConflictValue::Value(Value::String(text)) => {
            msg!("problem-merge-value-text", text = text)
        }
        ConflictValue::Value(Value::Array(items)) => {
            let texts: Option<Vec<&str>> = items.iter().map(Value::as_str).collect();
            match texts {
                // Values as the plan holds them, joined as the plan's lists are.
                Some(texts) => msg!("problem-merge-value-texts", texts = texts.join(", ")),
                None => msg!("problem-merge-value-items", count = items.len()),
            }
        }
        // A whole record: named by its name or title, not spelled out field by field.
        ConflictValue::Value(Value::Object(fields)) => {
            let name = ["name", "title", "text", "description"]
                .iter()
                .find_map(|key| fields.get(*key).and_then(Value::as_str));
            match name {
                Some(name) => msg!("problem-merge-value-version-of", name = label(name)),
                None => Message::new("problem-merge-value-version"),
            }
        }
        ConflictValue::Value(other) => {
            msg!("problem-merge-value-text-plain", text = other.to_string())
        }
    }
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
            let base_tree = base.map(record_tree);
            let mut found = Vec::new();
            let merged = merge_values(
                base_tree.as_ref(),
                Some(&record_tree(ours)),
                Some(&record_tree(theirs)),
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
                        ours: ConflictValue::Value(record_tree(ours)),
                        theirs: ConflictValue::Value(record_tree(theirs)),
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
    let mut merged = Map::new();
    for key in field_names(&[ours, theirs, base]) {
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
    let (base_records, our_records, their_records) = (
        by_id(base, &subject),
        by_id(ours, &subject),
        by_id(theirs, &subject),
    );
    let order = |records: &[Arc<T>]| -> Vec<Subject> {
        records.iter().map(|record| subject(record)).collect()
    };
    let mut merged: HashMap<Subject, Arc<T>> = HashMap::new();
    for key in order(ours).into_iter().chain(order(theirs)) {
        if merged.contains_key(&key) {
            continue;
        }
        let (b, o, t) = (
            base_records.get(&key).copied(),
            our_records.get(&key).copied(),
            their_records.get(&key).copied(),
        );
        // Unchanged records are shared, not copied: a merge of large plans stays cheap.
        let same = |a: Option<&Arc<T>>, b: Option<&Arc<T>>| match (a, b) {
            (Some(a), Some(b)) => same_version(a, b),
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
