//! Bidirectional text (Arabic, and Arabic mixed with Latin and digits) shown, typed and edited
//! as a browser's `dir="auto"` field does: the paragraph direction from its first strong letter,
//! runs in visual order by the Unicode bidi algorithm (UAX #9), the caret where the next
//! character will appear, and long text cut at its end with an ellipsis.
//!
//! egui 0.37 shapes a right-to-left run but keeps a row's runs in typing order, and its caret
//! assumes one glyph per character in that order. Text fields stay egui's `TextEdit` (for IME,
//! undo, focus and accessibility) with a layouter that draws each row in visual order; the caret,
//! selection, arrow keys and pointer are placed by that order.

mod field;
mod label;
mod painted;
pub mod visual;

pub use field::TextField;
pub use label::{
    Fit, bidi_galley, bidi_label, bidi_rows, bidi_text, button_text, cut_button, needs_bidi,
};
pub use painted::{VisualOrder, draw_in_visual_order};
