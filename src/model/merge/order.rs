//! The order of a list merged by moves: what moved on one side only moves in the merge, and
//! what both sides moved to different places is a clash for the planner.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

/// One item both sides moved, to different places: the item each side put it after (`None`: the
/// first place).
pub(super) struct Clash<K> {
    pub item: K,
    pub ours: Option<K>,
    pub theirs: Option<K>,
}

/// The merged order of a list: ours, with what moved on their side only moved too, and what
/// they added after the item it follows on their side. Only `kept` items are in the result. An
/// item both sides moved to different places stays where ours has it and is returned as a clash.
pub(super) fn merge_order<K: Clone + Eq + Hash>(
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
