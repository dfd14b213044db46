//! Labels of text in any script, in visual order: wrapped, or cut at their end with an
//! ellipsis, which in right-to-left text is on the left.

use std::ops::Range;
use std::sync::Arc;

use egui::epaint::text::FontsView;
use egui::text::{Galley, LayoutJob, TextWrapping};
use egui::{FontSelection, Response, TextWrapMode, Ui, WidgetText};
use unicode_bidi::Level;
use unicode_segmentation::UnicodeSegmentation as _;

use super::visual::{Variant, layout, paragraph_level, paragraph_row, remembered, word_rows};

/// How a label fits the width it is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// As many rows as it takes.
    Wrap,
    /// One row, cut where it ends with "…".
    Truncate,
}

/// Whether `text` has characters that the bidi algorithm may move: right-to-left letters,
/// Arabic digits, or explicit direction marks. Text without them is laid out by egui as it is.
pub fn needs_bidi(text: &str) -> bool {
    use unicode_bidi::BidiClass::{AL, AN, FSI, R, RLE, RLI, RLO};
    text.chars().any(|c| {
        matches!(
            unicode_bidi::bidi_class(c),
            R | AL | AN | RLE | RLO | RLI | FSI
        )
    })
}

/// `text` laid out in visual order, `width` wide. A cut galley keeps the whole text as its text,
/// so that a screen reader (and a test) reads the whole name.
pub fn bidi_galley(ui: &Ui, text: impl Into<WidgetText>, fit: Fit, width: f32) -> Arc<Galley> {
    let text = text.into();
    if !needs_bidi(text.text()) {
        let mode = match fit {
            Fit::Wrap => TextWrapMode::Wrap,
            Fit::Truncate => TextWrapMode::Truncate,
        };
        return text.into_galley(ui, Some(mode), width, FontSelection::Default);
    }
    let job = text.into_layout_job(ui.style(), FontSelection::Default, ui.text_valign());
    let mut job = Arc::unwrap_or_clone(job);
    ui.fonts_mut(|fonts| match fit {
        Fit::Wrap => {
            job.wrap = TextWrapping::wrap_at_width(width);
            layout(fonts, job, None).0
        }
        Fit::Truncate => {
            let level = paragraph_level(&job.text);
            cut_galley(fonts, job, level, width)
        }
    })
}

/// `job` on one row in visual order, read in `level`'s direction; cut at its end with "…" if
/// it is wider than `width`. A cut galley keeps the whole text as its text.
pub(super) fn cut_galley(
    fonts: &mut FontsView<'_>,
    job: LayoutJob,
    level: Level,
    width: f32,
) -> Arc<Galley> {
    let variant = Variant::cut(level, width);
    remembered(fonts, job, variant, |fonts, job| {
        (cut_anew(fonts, job, level, width), Vec::new())
    })
    .0
}

fn cut_anew(
    fonts: &mut FontsView<'_>,
    mut job: LayoutJob,
    level: Level,
    width: f32,
) -> Arc<Galley> {
    job.wrap = TextWrapping::no_max_width();
    let whole = fonts.layout_job(job.clone());
    if whole.size().x <= width {
        return layout(fonts, job, Some(level)).0;
    }
    // The longest start of the text, in whole letters (with their marks), that fits with the
    // ellipsis; shaped again on its own, so its last letter takes its final form.
    let cuts: Vec<usize> = job.text.grapheme_indices(true).map(|(b, _)| b).collect();
    let cut_job = |end: usize| {
        let mut cut = LayoutJob::single_section(
            format!("{}…", job.text[..end].trim_end()),
            job.sections
                .first()
                .map(|s| s.format.clone())
                .unwrap_or_default(),
        );
        cut.halign = job.halign;
        cut
    };
    let fitting =
        cuts.partition_point(|&end| end == 0 || fonts.layout_job(cut_job(end)).size().x <= width);
    let end = fitting.checked_sub(1).map_or(0, |i| cuts[i]);
    let (mut galley, _) = layout(fonts, cut_job(end), Some(level));
    let cut = Arc::make_mut(&mut galley);
    let job = Arc::new(job);
    super::painted::mark_laid_out_here(&job);
    cut.job = job;
    cut.elided = true;
    galley
}

/// `text` in at most `max_rows` rows `width` wide, broken only between words, each row in visual
/// order. A word wider than a row, and the last row when more text follows, end with "…" (at the
/// end of their reading direction). Rows are broken in logical order, as a browser does.
pub fn bidi_rows(
    ui: &Ui,
    text: impl Into<WidgetText>,
    width: f32,
    max_rows: usize,
) -> Vec<Arc<Galley>> {
    let job = text
        .into()
        .into_layout_job(ui.style(), FontSelection::Default, ui.text_valign());
    let format = job
        .sections
        .first()
        .map(|section| section.format.clone())
        .unwrap_or_default();
    let text = job.text.as_str();
    let rows = ui.fonts_mut(|fonts| word_rows(fonts, &format, text, width));
    let shown = rows.len().min(max_rows.max(1));
    rows[..shown]
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let whole = trimmed(text, row.clone());
            // A row that is all of its words and fits is ordered by its whole paragraph.
            let last_with_more = i + 1 == shown && row.end < text.len();
            if needs_bidi(text) && !last_with_more && !whole.is_empty() {
                let galley = ui.fonts_mut(|fonts| paragraph_row(fonts, &format, text, whole));
                if galley.size().x <= width {
                    return galley;
                }
            }
            // The last row shown holds the rest, so that its cut says that more follows.
            let end = if i + 1 == shown { text.len() } else { row.end };
            let row_text = text[row.start..end].trim().replace('\n', " ");
            let row_job = LayoutJob::single_section(row_text, format.clone());
            bidi_galley(ui, row_job, Fit::Truncate, width)
        })
        .collect()
}

/// `range` of `text` without the spaces and newlines at either end.
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let part = &text[range.clone()];
    let start = range.start + (part.len() - part.trim_start().len());
    let end = range.end - (part.len() - part.trim_end().len());
    start..end.max(start)
}

/// `text` for a button or a link `width` wide: as it is when egui lays it out right, or laid out
/// here in visual order.
pub fn bidi_text(ui: &Ui, text: impl Into<WidgetText>, fit: Fit, width: f32) -> WidgetText {
    let text = text.into();
    if needs_bidi(text.text()) {
        WidgetText::Galley(bidi_galley(ui, text, fit, width))
    } else {
        text
    }
}

/// `text` for a button as wide as there is room for, cut to fit.
pub fn button_text(ui: &Ui, text: impl Into<WidgetText>) -> WidgetText {
    let width = ui.available_width() - 2.0 * ui.spacing().button_padding.x;
    bidi_text(ui, text, Fit::Truncate, width.max(0.0))
}

/// A selectable button of `text` as wide as there is room for, cut at its end with "…"; a cut
/// one shows the whole text on hover, above `hint` (what a click does) if there is one.
pub fn cut_button(
    ui: &mut Ui,
    selected: bool,
    text: impl Into<WidgetText>,
    hint: Option<&str>,
) -> Response {
    let text = text.into();
    let whole = text.text().to_owned();
    let width = (ui.available_width() - 2.0 * ui.spacing().button_padding.x).max(0.0);
    let galley = bidi_text(ui, text, Fit::Truncate, width).into_galley(
        ui,
        Some(TextWrapMode::Truncate),
        width,
        egui::TextStyle::Button,
    );
    let elided = galley.elided;
    let response = ui.add(egui::Button::selectable(selected, galley));
    if elided {
        response.on_hover_ui(|ui| {
            bidi_label(ui, whole, Fit::Wrap);
            if let Some(hint) = hint {
                ui.weak(hint);
            }
        })
    } else if let Some(hint) = hint {
        response.on_hover_text(hint)
    } else {
        response
    }
}

/// A label of `text` in visual order, as wide as there is room for; a cut one shows the whole
/// text on hover.
pub fn bidi_label(ui: &mut Ui, text: impl Into<WidgetText>, fit: Fit) -> Response {
    let galley = bidi_galley(ui, text, fit, ui.available_width());
    let elided = galley.elided;
    let whole = galley.job.text.clone();
    // The whole text is shown below, in visual order; egui's own tooltip would be a second one.
    let response = ui.add(
        egui::Label::new(Arc::clone(&galley))
            .selectable(false)
            .show_tooltip_when_elided(false),
    );
    if elided {
        response.on_hover_ui(|ui| {
            let text = egui::RichText::new(whole).font(
                galley
                    .job
                    .sections
                    .first()
                    .map(|s| s.format.font_id.clone())
                    .unwrap_or_default(),
            );
            bidi_label(ui, text, Fit::Wrap);
        })
    } else {
        response
    }
}
