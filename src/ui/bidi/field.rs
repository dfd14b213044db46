//! A text field for any script. egui's `TextEdit` does the typing, IME, undo, focus by Tab and
//! accessibility; its galley is redrawn in visual order (see [`super::visual`]), and the caret,
//! the selection, the left and right arrow keys and the pointer are placed by that order instead
//! of egui's, which assumes one glyph per character in typing order.

use std::sync::Arc;

use egui::text::{CCursor, CCursorRange, Galley, LayoutJob};
use egui::text_edit::TextEditState;
use egui::{
    Color32, Event, FontId, FontSelection, Id, Key, Modifiers, Pos2, Rect, Response, Stroke,
    TextBuffer, TextEdit, Ui, Vec2, Widget, pos2,
};

use super::visual::{VisualRow, layout};

/// A single- or multi-line text field with a stable `id`, which a caller salts by record and
/// field so that the field keeps its focus whatever is drawn above it.
pub struct TextField<'t> {
    id: Id,
    text: &'t mut String,
    multiline: bool,
    rows: usize,
    width: Option<f32>,
    hint: Option<String>,
    font: Option<FontId>,
    char_limit: usize,
    color: Option<Color32>,
}

impl<'t> TextField<'t> {
    pub fn singleline(id: Id, text: &'t mut String) -> Self {
        Self {
            id,
            text,
            multiline: false,
            rows: 1,
            width: None,
            hint: None,
            font: None,
            char_limit: usize::MAX,
            color: None,
        }
    }

    pub fn multiline(id: Id, text: &'t mut String) -> Self {
        Self {
            multiline: true,
            rows: 3,
            ..Self::singleline(id, text)
        }
    }

    pub fn desired_width(mut self, width: f32) -> Self {
        self.width = Some(width);
        self
    }

    pub fn desired_rows(mut self, rows: usize) -> Self {
        self.rows = rows;
        self
    }

    pub fn hint_text(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn font(mut self, font: FontId) -> Self {
        self.font = Some(font);
        self
    }

    pub fn char_limit(mut self, limit: usize) -> Self {
        self.char_limit = limit;
        self
    }

    pub fn text_color_opt(mut self, color: Option<Color32>) -> Self {
        self.color = color;
        self
    }
}

/// What a field remembers of its last frame: the rows as drawn, for the arrow keys of the next.
#[derive(Clone)]
struct DrawnRows {
    text: String,
    rows: Arc<Vec<VisualRow>>,
}

impl Widget for TextField<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        let id = self.id;
        let focused = ui.memory(|memory| memory.has_focus(id));
        if focused {
            move_by_arrow_keys(ui, id, self.text, self.multiline);
        }

        let font = self
            .font
            .clone()
            .unwrap_or_else(|| FontSelection::Default.resolve(ui.style()));
        let line_height =
            ui.fonts_mut(|fonts| fonts.row_height(&font)) + ui.spacing().extra_text_line_spacing;
        let multiline = self.multiline;
        let right_to_left = super::visual::paragraph_level(self.text).is_rtl();
        let mut drawn: Option<Vec<VisualRow>> = None;
        let mut scrolled = None;
        let mut layouter = |ui: &Ui, buffer: &dyn TextBuffer, wrap_width: f32| {
            let mut job = if multiline {
                LayoutJob::simple(
                    buffer.as_str().to_owned(),
                    font.clone(),
                    Color32::PLACEHOLDER,
                    wrap_width,
                )
            } else {
                LayoutJob::simple_singleline(
                    buffer.as_str().to_owned(),
                    font.clone(),
                    Color32::PLACEHOLDER,
                )
            };
            job.keep_trailing_whitespace = true;
            for section in &mut job.sections {
                section.format.line_height = Some(line_height);
            }
            let (mut galley, mut rows) = ui.fonts_mut(|fonts| layout(fonts, job, None));
            if !multiline && !focused {
                show_start_of_right_to_left(&mut galley, &mut rows, wrap_width);
            }
            // egui scrolls left-to-right text to its caret itself.
            if !multiline && focused && right_to_left {
                let asked = ui
                    .data(|data| data.get_temp::<Scrolled>(id))
                    .unwrap_or_default();
                scrolled = scroll_row(&mut galley, &mut rows, wrap_width, asked);
            }
            drawn = Some(rows);
            galley
        };

        let mut edit = if multiline {
            TextEdit::multiline(self.text).desired_rows(self.rows)
        } else {
            TextEdit::singleline(self.text)
        };
        edit = edit
            .id(id)
            .font(font.clone())
            .char_limit(self.char_limit)
            .text_color_opt(self.color)
            .layouter(&mut layouter);
        if let Some(width) = self.width {
            edit = edit.desired_width(width);
        }
        if let Some(hint) = self.hint {
            edit = edit.hint_text(hint);
        }
        if right_to_left && !multiline {
            edit = edit.align(egui::Align2::RIGHT_CENTER);
        }

        // egui would draw its caret and selection where its own layout has the characters; they
        // are drawn below, where the characters are.
        let visuals = ui.visuals().clone();
        ui.visuals_mut().text_cursor.stroke = Stroke::NONE;
        ui.visuals_mut().selection.bg_fill = Color32::TRANSPARENT;
        let mut output = edit.show(ui);
        *ui.visuals_mut() = visuals;

        let Some(rows) = drawn else {
            return output.response.response;
        };
        let text = output.galley.job.text.clone();
        let origin = output.galley_pos - Vec2::new(output.galley.rect.left(), 0.0);
        if place_by_pointer(
            ui,
            &output.response.response,
            &mut output.state,
            &rows,
            &text,
            origin,
        ) {
            output.state.clone().store(ui.ctx(), id);
        }
        if ui.memory(|memory| memory.has_focus(id))
            && let Some(range) = output.state.cursor.char_range()
        {
            let text_color = self
                .color
                .or(ui.visuals().override_text_color)
                .unwrap_or_else(|| ui.visuals().text_color());
            paint_selection(
                ui,
                &output,
                &rows,
                range,
                origin,
                output.text_clip_rect,
                text_color,
            );
            paint_caret(ui, &rows, range.primary, origin, output.text_clip_rect);
            if let Some(scroll) = scrolled {
                keep_in_view(ui, id, &rows, range.primary, output.galley.rect, scroll);
            }
        }
        ui.data_mut(|data| {
            data.insert_temp(
                id,
                DrawnRows {
                    text,
                    rows: Arc::new(rows),
                },
            );
        });
        output.response.response
    }
}

/// A single row of right-to-left text wider than its field is shown from its start, on the
/// right, as egui shows left-to-right text from its start while the field is not being edited
/// (while it is, egui scrolls to the caret).
fn show_start_of_right_to_left(galley: &mut Arc<Galley>, rows: &mut [VisualRow], width: f32) {
    let [row] = rows else {
        return;
    };
    let overflow = row.rect.width() - width;
    if !row.rtl || overflow <= 0.0 {
        return;
    }
    let galley = Arc::make_mut(galley);
    if let Some(placed_row) = galley.rows.first_mut() {
        placed_row.pos.x -= overflow;
        row.rect = placed_row.rect();
    }
    galley.mesh_bounds = galley.mesh_bounds.translate(Vec2::new(-overflow, 0.0));
}

/// How far the text of a focused single-line right-to-left field is moved left, to keep its
/// caret in view. egui would scroll the field by its own idea of where the caret is, which in
/// right-to-left text is elsewhere on screen; the field scrolls by the characters as drawn.
#[derive(Clone, Copy, Default)]
struct Scrolled(f32);

/// How far the row of a field was moved, and how far it could be.
#[derive(Clone, Copy)]
struct Scroll {
    moved: f32,
    overflow: f32,
}

/// Moves the single row of a text wider than its field `width` left by `asked` (no further than
/// its end), and tells egui the text is as wide as the field, so that egui does not scroll it
/// too. None when the text fits.
fn scroll_row(
    galley: &mut Arc<Galley>,
    rows: &mut [VisualRow],
    width: f32,
    asked: Scrolled,
) -> Option<Scroll> {
    let [row] = rows else {
        return None;
    };
    let overflow = row.rect.width() - width;
    if overflow <= 0.0 || !width.is_finite() {
        return None;
    }
    let offset = asked.0.clamp(0.0, overflow);
    let galley = Arc::make_mut(galley);
    if let Some(placed_row) = galley.rows.first_mut() {
        placed_row.pos.x -= offset;
    }
    galley.mesh_bounds = galley.mesh_bounds.translate(Vec2::new(-offset, 0.0));
    galley.rect = Rect::from_min_size(galley.rect.min, Vec2::new(width, galley.rect.height()));
    row.rect = row.rect.translate(Vec2::new(-offset, 0.0));
    for placed in &mut row.placed {
        placed.left -= offset;
        placed.right -= offset;
    }
    Some(Scroll {
        moved: offset,
        overflow,
    })
}

/// After the caret has moved (by typing, End, an arrow), how far the text must move for the
/// caret to stand inside the field, `shown` of the galley; asks for another frame drawn so.
fn keep_in_view(ui: &Ui, id: Id, rows: &[VisualRow], cursor: CCursor, shown: Rect, scroll: Scroll) {
    let Some(row) = row_of(rows, cursor) else {
        return;
    };
    let x = row.caret_x(cursor.index.0);
    let past = if x < shown.left() {
        x - shown.left()
    } else if x > shown.right() {
        x - shown.right()
    } else {
        return;
    };
    let wanted = (scroll.moved + past).clamp(0.0, scroll.overflow);
    if (wanted - scroll.moved).abs() < 0.5 {
        return;
    }
    ui.data_mut(|data| data.insert_temp(id, Scrolled(wanted)));
    ui.ctx().request_repaint();
}

/// The row a caret at `cursor` stands in.
fn row_of(rows: &[VisualRow], cursor: CCursor) -> Option<&VisualRow> {
    let index = cursor.index.0;
    let mut candidates = rows
        .iter()
        .filter(|row| row.chars.start <= index && index <= row.chars.end);
    let first = candidates.next();
    match candidates.next() {
        Some(next) if cursor.prefer_next_row => Some(next),
        _ => first,
    }
    .or(rows.last())
}

/// A key that moves the caret by the characters on screen.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Arrow {
    Left,
    Right,
    Up,
    Down,
}

/// Handles the arrow keys before egui sees them: left and right move the caret to the next
/// position on screen, which in right-to-left text is the previous character; up and down (in
/// a multi-line field) to the row above or below, as near as can be to where the caret is.
fn move_by_arrow_keys(ui: &mut Ui, id: Id, text: &str, multiline: bool) {
    let Some(drawn) = ui.data(|data| data.get_temp::<DrawnRows>(id)) else {
        return;
    };
    if drawn.text != text {
        return;
    }
    let moves: Vec<(Arrow, Modifiers)> = ui.input_mut(|input| {
        let mut moves = Vec::new();
        input.events.retain(|event| {
            let Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } = event
            else {
                return true;
            };
            let arrow = match key {
                Key::ArrowLeft => Arrow::Left,
                Key::ArrowRight => Arrow::Right,
                Key::ArrowUp if multiline => Arrow::Up,
                Key::ArrowDown if multiline => Arrow::Down,
                _ => return true,
            };
            if modifiers.mac_cmd || (modifiers.command && matches!(arrow, Arrow::Up | Arrow::Down))
            {
                return true;
            }
            moves.push((arrow, *modifiers));
            false
        });
        moves
    });
    if moves.is_empty() {
        return;
    }
    let mut state = TextEditState::load(ui.ctx(), id).unwrap_or_default();
    let chars: Vec<char> = text.chars().collect();
    let mut range = state
        .cursor
        .char_range()
        .unwrap_or_else(|| CCursorRange::one(CCursor::new(chars.len())));
    for (arrow, modifiers) in moves {
        let by_word = modifiers.alt || modifiers.ctrl;
        let rightwards = arrow == Arrow::Right;
        let sideways = matches!(arrow, Arrow::Left | Arrow::Right);
        if sideways && !modifiers.shift && !range.is_empty() && !by_word {
            // With a selection, the arrow goes to the selection's end on its side.
            let [a, b] = range.sorted_cursors();
            let x = |c: CCursor| row_of(&drawn.rows, c).map_or(0.0, |row| row.caret_x(c.index.0));
            let pick = if (x(a) < x(b)) == rightwards { b } else { a };
            range = CCursorRange::one(pick);
            continue;
        }
        let moved = if sideways {
            visual_step(&drawn.rows, &chars, range.primary, rightwards, by_word)
        } else {
            row_step(&drawn.rows, range.primary, arrow == Arrow::Down)
        };
        range = if modifiers.shift {
            CCursorRange::two(range.secondary, moved)
        } else {
            CCursorRange::one(moved)
        };
    }
    state.cursor.set_char_range(Some(range));
    state.store(ui.ctx(), id);
}

/// The caret position in the row above or below `from`, nearest on screen; the start of the
/// text above the first row and its end below the last.
fn row_step(rows: &[VisualRow], from: CCursor, down: bool) -> CCursor {
    let Some(row) = row_of(rows, from) else {
        return from;
    };
    let x = row.caret_x(from.index.0);
    let position = rows.iter().position(|r| std::ptr::eq(r, row)).unwrap_or(0);
    let target = if down {
        rows.get(position + 1)
    } else {
        position.checked_sub(1).and_then(|p| rows.get(p))
    };
    match target {
        Some(target) => {
            let index = target.index_at(x);
            CCursor {
                index: egui::text::CharIndex(index),
                prefer_next_row: index == target.chars.start,
            }
        }
        None if down => CCursor::new(rows.last().map_or(0, |r| r.chars.end)),
        None => CCursor::new(0),
    }
}

/// The caret position next to `from` on screen, to the right or to the left: one character, or
/// to the start of the next word on that side.
fn visual_step(
    rows: &[VisualRow],
    chars: &[char],
    from: CCursor,
    rightwards: bool,
    by_word: bool,
) -> CCursor {
    let mut at = from;
    loop {
        let Some(next) = step_once(rows, at, rightwards) else {
            return at;
        };
        at = next;
        if !by_word || is_word_start(chars, at.index.0, rows, rightwards) {
            return at;
        }
    }
}

/// Whether a caret at `index` stands at the edge of a word, on the side it is moving from.
fn is_word_start(chars: &[char], index: usize, rows: &[VisualRow], rightwards: bool) -> bool {
    let word = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(|&c| egui::text_selection::text_cursor_state::is_word_char(c))
    };
    let before = word(index.checked_sub(1));
    let after = word(Some(index));
    let rtl = row_of(rows, CCursor::new(index)).is_some_and(|row| row.rtl);
    // Moving in the reading direction stops where a word begins; against it, where one ends.
    if rightwards != rtl {
        after && !before || index == chars.len()
    } else {
        before && !after || index == 0
    }
}

/// One caret position to the right or left of `from`, in its row; at the row's edge, the start
/// of the row beside it in reading order.
fn step_once(rows: &[VisualRow], from: CCursor, rightwards: bool) -> Option<CCursor> {
    let row = row_of(rows, from)?;
    if let Some(index) = row.caret_beside(from.index.0, rightwards) {
        return Some(CCursor::new(index));
    }
    let forwards = rightwards != row.rtl;
    let position = rows.iter().position(|r| std::ptr::eq(r, row))?;
    if forwards {
        let next = rows.get(position + 1)?;
        Some(CCursor {
            index: egui::text::CharIndex(next.chars.start),
            prefer_next_row: true,
        })
    } else {
        let previous = rows.get(position.checked_sub(1)?)?;
        Some(CCursor::new(previous.chars.end))
    }
}

/// Puts the caret where the pointer pressed or dragged, by the characters as drawn. True when
/// it changed the state.
fn place_by_pointer(
    ui: &Ui,
    response: &Response,
    state: &mut TextEditState,
    rows: &[VisualRow],
    text: &str,
    origin: Pos2,
) -> bool {
    let Some(pointer) = response.interact_pointer_pos() else {
        return false;
    };
    let local = pointer - origin;
    let Some(row) = rows.iter().min_by(|a, b| {
        let da = (a.rect.center().y - local.y).abs();
        let db = (b.rect.center().y - local.y).abs();
        da.total_cmp(&db)
    }) else {
        return false;
    };
    let at = CCursor::new(row.index_at(local.x));
    let Some(range) = state.cursor.char_range() else {
        return false;
    };
    let new_range = if response.double_clicked() {
        word_around(text, at)
    } else if response.triple_clicked() {
        // egui has selected the whole row, which is right in any order.
        return false;
    } else if ui.input(|input| input.pointer.any_pressed()) && !ui.input(|i| i.modifiers.shift) {
        CCursorRange::one(at)
    } else {
        CCursorRange::two(range.secondary, at)
    };
    state.cursor.set_char_range(Some(new_range));
    true
}

/// The word (letters and digits of any script) around `at`.
fn word_around(text: &str, at: CCursor) -> CCursorRange {
    let chars: Vec<char> = text.chars().collect();
    let is_word = |i: usize| {
        chars
            .get(i)
            .is_some_and(|&c| egui::text_selection::text_cursor_state::is_word_char(c))
    };
    let mut start = at.index.0.min(chars.len());
    let mut end = start;
    while start > 0 && is_word(start - 1) {
        start -= 1;
    }
    while is_word(end) {
        end += 1;
    }
    CCursorRange::two(CCursor::new(start), CCursor::new(end))
}

/// The selection's background behind the characters it holds, where they are drawn, with those
/// characters drawn again over it.
fn paint_selection(
    ui: &Ui,
    output: &egui::text_edit::TextEditOutput,
    rows: &[VisualRow],
    range: CCursorRange,
    origin: Pos2,
    clip: Rect,
    text_color: Color32,
) {
    if range.is_empty() {
        return;
    }
    let [start, end] = range.sorted_cursors();
    let selected = start.index.0..end.index.0;
    let painter = ui.painter_at(clip);
    let fill = ui.visuals().selection.bg_fill;
    for row in rows {
        for span in row.spans(&selected) {
            let rect = Rect::from_min_max(
                origin + Vec2::new(span.start, row.rect.top()),
                origin + Vec2::new(span.end, row.rect.bottom()),
            );
            painter.rect_filled(rect, 0.0, fill);
            painter.with_clip_rect(rect.intersect(clip)).galley(
                origin,
                Arc::clone(&output.galley),
                text_color,
            );
        }
    }
}

/// The caret, as a thin line where the next character will appear.
fn paint_caret(ui: &Ui, rows: &[VisualRow], cursor: CCursor, origin: Pos2, clip: Rect) {
    let Some(row) = row_of(rows, cursor) else {
        return;
    };
    let x = origin.x + row.caret_x(cursor.index.0);
    let top = origin.y + row.rect.top();
    let bottom = origin.y + row.rect.bottom().max(row.rect.top() + 1.0);
    let rect = Rect::from_min_max(pos2(x, top), pos2(x, bottom)).expand2(Vec2::new(0.0, 1.5));
    ui.painter_at(clip.expand(1.0)).line_segment(
        [rect.center_top(), rect.center_bottom()],
        ui.visuals().text_cursor.stroke,
    );
    ui.output_mut(|output| {
        if let Some(ime) = &mut output.ime {
            ime.cursor_rect = rect;
        }
    });
}
