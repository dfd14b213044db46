//! Attaché: plan official delegation visits.
//!
//! The layers, from the bottom: [`lang`] (messages in the planner's language, and dates,
//! numbers and lists written in it) and [`model`] (plain data), [`file`] (the RON format), [`check`]
//! (problems in a plan), [`interop`] (iCalendar, vCard, CSV and the briefing book), [`cli`]
//! (headless commands), then the window's: [`app`] (its state and commands, without drawing),
//! [`ui`] (views drawn from a view context that never see the app itself) and [`window`] (the
//! eframe app that owns both, draws the views and runs their commands).

pub mod app;
pub mod check;
pub mod cli;
pub mod file;
pub mod interop;
pub mod lang;
pub mod model;
pub mod ui;
pub mod window;
