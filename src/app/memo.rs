//! One way to keep what is worked out from the plan until what it depends on changes, instead of
//! each view comparing its own key by hand.

/// A value and the key it was computed for. Asked with the same key, it answers from what it
/// kept; with another key, it computes (or updates) the value again.
///
/// Keys built on [`super::Revision`] name the document as well as its state, so a memo kept
/// across a document swap never answers for the new plan with what it found in the old one.
#[derive(Clone, Debug)]
pub struct Memo<K, V> {
    kept: Option<(K, V)>,
}

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Self { kept: None }
    }
}

impl<K: PartialEq, V> Memo<K, V> {
    /// A memo that already holds `value`, computed for `key`.
    pub fn new(key: K, value: V) -> Self {
        Self {
            kept: Some((key, value)),
        }
    }

    /// The value for `key`: the one kept if it was computed for `key`, else `compute()`'s.
    pub fn get_or_compute(&mut self, key: K, compute: impl FnOnce() -> V) -> &V {
        if !self.is_for(&key) {
            self.kept = Some((key, compute()));
        }
        &self.kept.as_ref().expect("kept just above").1
    }

    /// Brings the kept value up to date for `key` with `update`, which changes it in place
    /// (cheaper than computing it again when only part of what it depends on changed); computes
    /// it with `compute` when nothing is kept.
    pub fn update(&mut self, key: K, compute: impl FnOnce() -> V, update: impl FnOnce(&mut V)) {
        match &mut self.kept {
            Some((kept_key, _)) if *kept_key == key => {}
            Some((kept_key, value)) => {
                update(value);
                *kept_key = key;
            }
            None => self.kept = Some((key, compute())),
        }
    }

    /// Whether the kept value was computed for `key`.
    fn is_for(&self, key: &K) -> bool {
        self.kept.as_ref().is_some_and(|(kept, _)| kept == key)
    }

    /// The value kept, whatever it was computed for.
    pub fn value(&self) -> Option<&V> {
        self.kept.as_ref().map(|(_, value)| value)
    }

    /// The value kept, to change what the key does not cover.
    pub fn value_mut(&mut self) -> Option<&mut V> {
        self.kept.as_mut().map(|(_, value)| value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn computes_once_per_key_and_again_when_the_key_changes() {
        let computed = Cell::new(0);
        let mut memo = Memo::default();
        let mut square = |n: u32| {
            *memo.get_or_compute(n, || {
                computed.set(computed.get() + 1);
                n * n
            })
        };
        assert_eq!(square(3), 9);
        assert_eq!(square(3), 9);
        assert_eq!(computed.get(), 1, "the same key answers from the memo");
        assert_eq!(square(4), 16);
        assert_eq!(computed.get(), 2, "another key computes again");
        assert_eq!(square(3), 9);
        assert_eq!(computed.get(), 3, "only the last key is kept");
    }

    #[test]
    fn updates_in_place_only_when_the_key_changes() {
        let mut memo = Memo::new(1, vec!["a"]);
        memo.update(1, Vec::new, |v| v.push("never"));
        assert_eq!(
            memo.value(),
            Some(&vec!["a"]),
            "the same key leaves the value alone"
        );
        memo.update(2, Vec::new, |v| v.push("b"));
        assert_eq!(
            memo.value(),
            Some(&vec!["a", "b"]),
            "another key updates it in place"
        );
        assert!(memo.is_for(&2));

        let mut empty: Memo<u32, Vec<&str>> = Memo::default();
        empty.update(7, || vec!["computed"], |v| v.push("not an update"));
        assert_eq!(
            empty.value(),
            Some(&vec!["computed"]),
            "nothing kept: computed"
        );
    }
}
