//! Attaché: plan official delegation visits.
//!
//! The layers, from the bottom: [`model`] (plain data), [`file`] (the RON format), [`check`]
//! (problems in a plan), [`interop`] (iCalendar, vCard, CSV and the briefing book), [`cli`]
//! (headless commands), then the window's `app` and `ui`.

pub mod app;
pub mod check;
pub mod cli;
pub mod file;
pub mod interop;
pub mod model;
pub mod ui;
