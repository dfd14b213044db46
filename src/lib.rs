//! Attaché: plan official delegation visits.
//!
//! The layers, from the bottom: [`model`] (plain data), [`file`] (the RON format), [`check`]
//! (problems in a plan), [`cli`] (headless commands), then the window's `app` and `ui`.

pub mod app;
pub mod check;
pub mod cli;
pub mod file;
pub mod model;
pub mod ui;
