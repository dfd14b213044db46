//! Where the timeline puts its blocks: events that overlap sit side by side in lanes, the way a
//! wall calendar shows two meetings at the same hour. Pure, so it is tested without a window.

/// The lane of one interval among those it overlaps with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    /// 0 for the leftmost lane.
    pub lane: usize,
    /// How many lanes the group of intervals that overlap it (directly or through others)
    /// needs: the block is `1 / lanes` of the column wide.
    pub lanes: usize,
}

/// Places half-open intervals `[start, end)` in lanes: each takes the leftmost lane free at its
/// start; intervals that overlap, directly or through a chain of others, form a group whose
/// members share the group's lane count, so blocks in a group are equally wide. An empty interval
/// (or one ending before it starts) sits beside an interval that contains its instant, but not
/// beside one that ends there. Placements are returned in the order of `intervals`.
pub fn place<T: Ord + Copy>(intervals: &[(T, T)]) -> Vec<Placement> {
    let mut order: Vec<usize> = (0..intervals.len()).collect();
    // Earlier starts first; of two starting together, the longer first so it gets the left lane.
    order.sort_by(|&a, &b| {
        let (a_start, a_end) = intervals[a];
        let (b_start, b_end) = intervals[b];
        a_start.cmp(&b_start).then(b_end.cmp(&a_end))
    });
    let mut placements = vec![Placement { lane: 0, lanes: 1 }; intervals.len()];
    // The end of the interval last placed in each lane.
    let mut lane_ends: Vec<T> = Vec::new();
    let mut group: Vec<usize> = Vec::new();
    let mut group_end: Option<T> = None;
    let finish = |group: &mut Vec<usize>, lanes: usize, placements: &mut Vec<Placement>| {
        for &i in group.iter() {
            placements[i].lanes = lanes;
        }
        group.clear();
    };
    for i in order {
        let (start, end) = intervals[i];
        let end = end.max(start);
        // A new group begins when nothing placed so far reaches past this start.
        if group_end.is_some_and(|group_end| start >= group_end) {
            finish(&mut group, lane_ends.len(), &mut placements);
            lane_ends.clear();
            group_end = None;
        }
        let free = lane_ends.iter().position(|&lane_end| lane_end <= start);
        let lane = match free {
            Some(lane) => {
                lane_ends[lane] = end;
                lane
            }
            None => {
                lane_ends.push(end);
                lane_ends.len() - 1
            }
        };
        placements[i].lane = lane;
        group.push(i);
        group_end = Some(group_end.map_or(end, |group_end| group_end.max(end)));
    }
    finish(&mut group, lane_ends.len(), &mut placements);
    placements
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lanes(intervals: &[(i32, i32)]) -> Vec<(usize, usize)> {
        place(intervals)
            .into_iter()
            .map(|p| (p.lane, p.lanes))
            .collect()
    }

    #[test]
    fn apart_events_each_take_the_whole_column() {
        assert_eq!(lanes(&[(9, 10), (11, 12), (14, 15)]), [(0, 1); 3]);
    }

    #[test]
    fn back_to_back_events_do_not_overlap() {
        assert_eq!(lanes(&[(9, 10), (10, 11)]), [(0, 1), (0, 1)]);
    }

    #[test]
    fn two_overlapping_events_sit_side_by_side() {
        assert_eq!(lanes(&[(10, 12), (9, 11)]), [(1, 2), (0, 2)]);
    }

    #[test]
    fn a_lane_is_reused_once_free_and_the_whole_chain_shares_the_width() {
        // 9–11 and 10–13 overlap; 11–12 takes the lane 9–11 left; all three form one group.
        assert_eq!(
            lanes(&[(9, 11), (10, 13), (11, 12), (15, 16)]),
            [(0, 2), (1, 2), (0, 2), (0, 1)]
        );
    }

    #[test]
    fn three_at_once_need_three_lanes() {
        assert_eq!(
            lanes(&[(9, 12), (9, 10), (10, 11), (9, 11)]),
            // Longest first at 9: 9–12, 9–11, 9–10; then 10–11 takes the lane 9–10 left.
            [(0, 3), (2, 3), (2, 3), (1, 3)]
        );
    }

    #[test]
    fn the_longer_of_two_starting_together_goes_left() {
        assert_eq!(lanes(&[(9, 10), (9, 17)]), [(1, 2), (0, 2)]);
    }

    #[test]
    fn an_instant_overlaps_what_contains_it_and_what_starts_with_it() {
        assert_eq!(lanes(&[(9, 11), (10, 10)]), [(0, 2), (1, 2)]);
        assert_eq!(lanes(&[(10, 10), (10, 11)]), [(1, 2), (0, 2)]);
        assert_eq!(lanes(&[(9, 10), (10, 10)]), [(0, 1), (0, 1)]);
    }

    #[test]
    fn an_end_before_the_start_counts_as_an_instant() {
        assert_eq!(lanes(&[(12, 9), (8, 13)]), [(1, 2), (0, 2)]);
    }

    #[test]
    fn nothing_to_place() {
        assert!(place::<i32>(&[]).is_empty());
    }
}
