//! Building blocks of the property tests' plans.

use std::fmt::Debug;

use attache::model::Choice;
use proptest::prelude::*;

/// Any value of a choice (a side, a status, a kind).
pub fn choice<T: Choice + Debug>() -> impl Strategy<Value = T> {
    prop::sample::select(T::ALL)
}
