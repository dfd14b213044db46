//! Every text egui lays out itself (labels, buttons, menus, tooltips, headings, hints, painted
//! texts) drawn in visual order.
//!
//! egui places a row's font runs left to right in the order they were typed, so the words of an
//! Arabic label would read backwards, and a number in it would stand on the wrong side of its
//! word. Rather than route each of several hundred widgets through this layer, the shapes of a
//! finished frame are looked through once: each text with right-to-left characters that egui
//! laid out is swapped for the same text laid out here, in the same rectangle. Only what is
//! drawn changes. A widget's size and place, and what a screen reader reads (the text in its
//! typing order), stay egui's. Texts laid out here already (fields, cut names) are left alone.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Weak};

use egui::epaint::text::FontsView;
use egui::text::{Galley, LayoutJob};
use egui::{Align, Context, FullOutput, Rect, Shape};
use unicode_bidi::Level;

use super::label::{cut_galley, needs_bidi};
use super::visual::{layout, paragraph_level};
use crate::lang::Direction;

thread_local! {
    /// The jobs of the galleys laid out in visual order here, by address. A galley's job is
    /// shared by every copy egui makes of it (to paint a selection into a field, say), so it
    /// names the galley however it is changed afterwards. A `Weak` keeps the address from being
    /// reused while it is a key.
    static LAID_OUT_HERE: RefCell<HashMap<usize, Weak<LayoutJob>>> = RefCell::new(HashMap::new());
}

/// How many jobs are remembered before the ones no longer drawn are forgotten, when no frame
/// ends to forget them (text laid out outside a window).
const REMEMBERED_JOBS: usize = 4096;

/// Notes that `job` belongs to a galley laid out in visual order here.
pub(super) fn mark_laid_out_here(job: &Arc<LayoutJob>) {
    LAID_OUT_HERE.with_borrow_mut(|jobs| {
        if jobs.len() >= REMEMBERED_JOBS {
            jobs.retain(|_, job| job.strong_count() > 0);
        }
        jobs.insert(Arc::as_ptr(job) as usize, Arc::downgrade(job));
    });
}

fn laid_out_here(galley: &Galley) -> bool {
    let address = Arc::as_ptr(&galley.job) as usize;
    LAID_OUT_HERE.with_borrow(|jobs| jobs.contains_key(&address))
}

/// The egui plugin that swaps egui's galleys for galleys in visual order at the end of a frame.
#[derive(Default)]
pub struct VisualOrder {
    /// Last frame's galleys (by address) and what was drawn instead of each (`None`: egui's is
    /// right as it is). Holding egui's galley keeps its address from being reused.
    drawn: HashMap<usize, Drawn>,
    /// The window's direction the galleys were laid out for.
    direction: Option<Direction>,
}

struct Drawn {
    _typed: Arc<Galley>,
    visual: Option<Arc<Galley>>,
}

/// Makes every text of `ctx` drawn in visual order from its next frame on.
pub fn draw_in_visual_order(ctx: &Context) {
    ctx.add_plugin(VisualOrder::default());
}

impl egui::Plugin for VisualOrder {
    fn debug_name(&self) -> &'static str {
        "Attaché: text in visual order"
    }

    fn output_hook(&mut self, ctx: &Context, output: &mut FullOutput) {
        let direction = crate::lang::direction();
        if self.direction != Some(direction) {
            self.drawn.clear();
            self.direction = Some(direction);
        }
        // In a right-to-left window a label reads right to left, as under `<html dir="rtl">`,
        // even when it starts with a Latin name; elsewhere each paragraph takes its direction
        // from its first strong letter.
        let level = direction.is_right_to_left().then(Level::rtl);
        let mut last_frame = std::mem::take(&mut self.drawn);
        ctx.fonts_mut(|fonts| {
            for clipped in &mut output.shapes {
                self.reorder(fonts, &mut last_frame, level, &mut clipped.shape);
            }
        });
        LAID_OUT_HERE.with_borrow_mut(|jobs| jobs.retain(|_, job| job.strong_count() > 0));
        super::visual::end_frame();
    }
}

impl VisualOrder {
    fn reorder(
        &mut self,
        fonts: &mut FontsView<'_>,
        last_frame: &mut HashMap<usize, Drawn>,
        level: Option<Level>,
        shape: &mut Shape,
    ) {
        match shape {
            Shape::Text(text) => {
                let address = Arc::as_ptr(&text.galley) as usize;
                let drawn = match self.drawn.get(&address) {
                    Some(drawn) => drawn.visual.clone(),
                    None => {
                        let drawn = last_frame.remove(&address).unwrap_or_else(|| Drawn {
                            _typed: Arc::clone(&text.galley),
                            visual: in_visual_order(fonts, &text.galley, level),
                        });
                        let visual = drawn.visual.clone();
                        self.drawn.insert(address, drawn);
                        visual
                    }
                };
                if let Some(visual) = drawn {
                    text.galley = visual;
                }
            }
            Shape::Vec(shapes) => {
                for shape in shapes {
                    self.reorder(fonts, last_frame, level, shape);
                }
            }
            _ => {}
        }
    }
}

/// `typed` (a galley egui laid out in typing order) laid out again in visual order in the same
/// rectangle, or `None` when egui's is right as it is.
fn in_visual_order(
    fonts: &mut FontsView<'_>,
    typed: &Galley,
    level: Option<Level>,
) -> Option<Arc<Galley>> {
    let job = &typed.job;
    let one_format = job
        .sections
        .windows(2)
        .all(|pair| pair[0].format == pair[1].format);
    // A job of several formats (colours within one text) is egui's to draw: the layout here
    // shapes a row in one format. None of Attaché's own texts mixes formats in Arabic.
    if !needs_bidi(&job.text) || laid_out_here(typed) || !one_format {
        return None;
    }
    let job = LayoutJob::clone(job);
    let width = job.wrap.max_width;
    let (galley, rows_right_to_left) = if job.wrap.max_rows == 1 && width.is_finite() {
        let level = level.unwrap_or_else(|| paragraph_level(&job.text));
        (cut_galley(fonts, job, level, width), vec![level.is_rtl()])
    } else {
        let (galley, rows) = layout(fonts, job, level);
        let rtl = rows.iter().map(|row| row.rtl).collect();
        (galley, rtl)
    };
    Some(Arc::new(placed_like(
        Galley::clone(&galley),
        typed,
        &rows_right_to_left,
    )))
}

/// `galley`'s rows placed inside `typed`'s rectangle: a right-to-left row against its right
/// edge, a left-to-right one against its left, a centred job's rows centred.
fn placed_like(mut galley: Galley, typed: &Galley, rows_right_to_left: &[bool]) -> Galley {
    let frame = typed.rect;
    for (row, &right_to_left) in galley.rows.iter_mut().zip(rows_right_to_left) {
        let width = row.size.x;
        row.pos.x = match typed.job.halign {
            Align::Center => frame.center().x - width / 2.0,
            _ if right_to_left => frame.max.x - width,
            _ => frame.min.x,
        };
    }
    galley.rect = galley
        .rows
        .iter()
        .map(|row| row.rect())
        .fold(frame, Rect::union);
    galley.mesh_bounds = galley
        .rows
        .iter()
        .map(|row| row.visuals.mesh_bounds.translate(row.pos.to_vec2()))
        .fold(Rect::NOTHING, Rect::union);
    galley
}
