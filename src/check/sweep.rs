//! Every overlapping pair among intervals, found by one sweep: the intervals in order of start,
//! with the set of those still open. An interval overlaps each open one that ends after it starts,
//! and no interval before those. What has ended leaves the set once, so a sweep costs the
//! intervals plus the pairs it reports, after the sort that puts them in order.

/// Calls `overlap(earlier, later)` for each pair of `items` whose half-open spans `[start, end)`
/// overlap (touching is no overlap). `items` come in order of start, then end.
pub(super) fn overlapping_pairs<T: Copy, K: Ord + Copy>(
    items: impl IntoIterator<Item = T>,
    span: impl Fn(T) -> (K, K),
    mut overlap: impl FnMut(T, T),
) {
    // The items that have begun and not yet ended, with their ends.
    let mut open: Vec<(K, T)> = Vec::new();
    for item in items {
        let (start, end) = span(item);
        open.retain(|&(open_end, _)| open_end > start);
        for &(_, earlier) in &open {
            overlap(earlier, item);
        }
        open.push((end, item));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(spans: &[(u32, u32)]) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        overlapping_pairs(0..spans.len(), |i| spans[i], |a, b| found.push((a, b)));
        found
    }

    #[test]
    fn a_long_interval_overlaps_each_short_one_within_it_and_those_overlap_each_other() {
        // 09–17, 10–11, 10:30–11:30, 12–13, 17–18 (touching the first).
        let spans = [(9, 17), (10, 11), (10, 12), (12, 13), (17, 18)];
        assert_eq!(pairs(&spans), [(0, 1), (0, 2), (1, 2), (0, 3)]);
    }
}
