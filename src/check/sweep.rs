//! Overlapping intervals found by one sweep: the intervals in order of start, with the set of
//! those still open. An interval overlaps each open one, and no interval before those.
//!
//! However many intervals overlap at once, each is paired with at most [`OVERLAPS_NAMED`] of the
//! open ones (those the caller names first, then the first to begin), and the others are counted: a thousand meetings at one hour
//! are a thousand problems of a few clashes each, not half a million, so a check holds memory in
//! proportion to the plan whatever its shape. Closing an interval and pairing a new one cost a
//! logarithm of the open set, so a sweep costs n log n plus the pairs it names.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

/// How many of the intervals open when another begins are named as overlapping it.
pub(super) const OVERLAPS_NAMED: usize = 8;

/// Calls `overlap(earlier, later)` for each pair of `items` whose half-open spans `[start, end)`
/// overlap (touching is no overlap), for at most [`OVERLAPS_NAMED`] earlier items of each later
/// one: those for which `named_first` holds, then the first to begin; and `more(later, count)`
/// with the count of the others it overlaps. `items` come in order of start, then end.
pub(super) fn overlapping_pairs<T: Copy, K: Ord + Copy>(
    items: impl IntoIterator<Item = T>,
    span: impl Fn(T) -> (K, K),
    named_first: impl Fn(T) -> bool,
    mut overlap: impl FnMut(T, T),
    mut more: impl FnMut(T, usize),
) {
    // The open items in the order they are named in, and their ends, soonest first.
    let mut open: BTreeMap<(bool, usize), T> = BTreeMap::new();
    let mut ends: BinaryHeap<Reverse<(K, (bool, usize))>> = BinaryHeap::new();
    for (place, item) in items.into_iter().enumerate() {
        let (start, end) = span(item);
        while let Some(&Reverse((ended, earlier))) = ends.peek()
            && ended <= start
        {
            ends.pop();
            open.remove(&earlier);
        }
        for &earlier in open.values().take(OVERLAPS_NAMED) {
            overlap(earlier, item);
        }
        if open.len() > OVERLAPS_NAMED {
            more(item, open.len() - OVERLAPS_NAMED);
        }
        let key = (!named_first(item), place);
        open.insert(key, item);
        ends.push(Reverse((end, key)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (earlier, later) for each pair named, and (later, count) for each count of the others.
    type Found = (Vec<(usize, usize)>, Vec<(usize, usize)>);

    fn pairs(spans: &[(u32, u32)]) -> Found {
        let (mut found, mut counted) = (Vec::new(), Vec::new());
        overlapping_pairs(
            0..spans.len(),
            |i| spans[i],
            |i| i == 5,
            |a, b| found.push((a, b)),
            |b, count| counted.push((b, count)),
        );
        (found, counted)
    }

    #[test]
    fn a_long_interval_overlaps_each_short_one_within_it_and_those_overlap_each_other() {
        // 09–17, 10–11, 10:30–11:30, 12–13, 17–18 (touching the first).
        let spans = [(9, 17), (10, 11), (10, 12), (12, 13), (17, 18)];
        assert_eq!(
            pairs(&spans),
            (vec![(0, 1), (0, 2), (1, 2), (0, 3)], vec![])
        );
    }

    #[test]
    fn past_the_named_overlaps_the_others_are_counted() {
        let spans = vec![(10, 11); OVERLAPS_NAMED + 3];
        let (found, counted) = pairs(&spans);
        let last = spans.len() - 1;
        let named_with_last: Vec<usize> = found
            .iter()
            .filter(|&&(_, later)| later == last)
            .map(|&(earlier, _)| earlier)
            .collect();
        // The fifth is named first, then the first to begin.
        let mut expected = vec![5];
        expected.extend(
            (0..OVERLAPS_NAMED)
                .filter(|&i| i != 5)
                .take(OVERLAPS_NAMED - 1),
        );
        assert_eq!(named_with_last, expected);
        assert_eq!(counted, [(last - 1, 1), (last, 2)]);
    }
}
