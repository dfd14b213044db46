//! Rows of text in the order the eye reads them. egui draws the font runs of a row left to right
//! in the order they were typed; here a text is broken into rows, each row's runs are placed in
//! visual order by the Unicode bidi algorithm and shaped by egui piece by piece, and the place of
//! every character on screen is kept for the caret, the selection and the pointer.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use egui::text::{Galley, LayoutJob, TextFormat};
use egui::{Mesh, Rect, Vec2, epaint::text::FontsView};
use unicode_bidi::{BidiInfo, Level};
use unicode_segmentation::UnicodeSegmentation as _;

/// One character of a row and the span it covers on screen, in row coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedChar {
    /// Where the character is in the whole text, counted in chars.
    pub index: usize,
    pub left: f32,
    pub right: f32,
    /// Whether it is drawn right to left (an odd bidi level).
    pub rtl: bool,
}

impl PlacedChar {
    /// Where a caret just before this character stands.
    pub fn leading_edge(&self) -> f32 {
        if self.rtl { self.right } else { self.left }
    }

    /// Where a caret just after this character stands.
    fn trailing_edge(&self) -> f32 {
        if self.rtl { self.left } else { self.right }
    }
}

/// One row of a galley in visual order.
#[derive(Clone, Debug, PartialEq)]
pub struct VisualRow {
    /// The row's characters, counted in chars of the whole text (without the row's newline).
    pub chars: Range<usize>,
    /// Where each of them is drawn, in logical order (`placed[i].index == chars.start + i`).
    pub placed: Vec<PlacedChar>,
    /// Whether the row's paragraph reads right to left.
    pub rtl: bool,
    /// The row's rectangle in galley coordinates.
    pub rect: Rect,
}

impl VisualRow {
    /// The x of a caret at char index `index` (in `chars.start..=chars.end`), in galley
    /// coordinates. Between two characters drawn apart (at the edge of a run of the other
    /// direction) the caret goes with the more deeply embedded one, where a character typed in
    /// that run's script appears.
    pub fn caret_x(&self, index: usize) -> f32 {
        let before = index
            .checked_sub(self.chars.start + 1)
            .and_then(|i| self.placed.get(i));
        let after = self.placed.get(index.saturating_sub(self.chars.start));
        let x = match (before, after) {
            (Some(before), Some(after)) if after.rtl != before.rtl => {
                let deeper_is_after = after.rtl != self.rtl;
                if deeper_is_after {
                    after.leading_edge()
                } else {
                    before.trailing_edge()
                }
            }
            (Some(before), _) => before.trailing_edge(),
            (None, Some(after)) => after.leading_edge(),
            (None, None) if self.rtl => self.rect.width(),
            (None, None) => 0.0,
        };
        self.rect.left() + x
    }

    /// The row's caret positions from left to right on screen. Positions drawn at one x (beside
    /// a letter that joins nothing, a mark of no width, the two letters of a ligature) follow
    /// one another in reading order, so that the arrow keys stop at every one of them.
    pub fn carets_left_to_right(&self) -> Vec<usize> {
        let mut positions: Vec<(usize, f32)> = (self.chars.start..=self.chars.end)
            .map(|index| (index, self.caret_x(index)))
            .collect();
        positions.sort_by(|&(a, xa), &(b, xb)| {
            let reading = if self.rtl { b.cmp(&a) } else { a.cmp(&b) };
            xa.total_cmp(&xb).then(reading)
        });
        positions.into_iter().map(|(index, _)| index).collect()
    }

    /// The caret position next to `index` on screen, to the right or to the left; `None` at the
    /// row's edge.
    pub fn caret_beside(&self, index: usize, rightwards: bool) -> Option<usize> {
        let order = self.carets_left_to_right();
        let at = order.iter().position(|&i| i == index)?;
        if rightwards {
            order.get(at + 1).copied()
        } else {
            at.checked_sub(1).map(|before| order[before])
        }
    }

    /// The char index of the caret position nearest to `x` (galley coordinates).
    pub fn index_at(&self, x: f32) -> usize {
        (self.chars.start..=self.chars.end)
            .min_by(|&a, &b| {
                let da = (self.caret_x(a) - x).abs();
                let db = (self.caret_x(b) - x).abs();
                da.total_cmp(&db)
            })
            .unwrap_or(self.chars.start)
    }

    /// Screen spans (galley coordinates) of the characters in `range`, adjacent ones merged.
    pub fn spans(&self, range: &Range<usize>) -> Vec<Range<f32>> {
        let mut spans: Vec<Range<f32>> = self
            .placed
            .iter()
            .filter(|placed| range.contains(&placed.index))
            .map(|placed| placed.left..placed.right)
            .collect();
        spans.sort_by(|a, b| a.start.total_cmp(&b.start));
        let mut merged: Vec<Range<f32>> = Vec::with_capacity(spans.len());
        for span in spans {
            match merged.last_mut() {
                Some(last) if span.start <= last.end + 0.5 => last.end = last.end.max(span.end),
                _ => merged.push(span),
            }
        }
        for span in &mut merged {
            *span = span.start + self.rect.left()..span.end + self.rect.left();
        }
        merged
    }
}

/// The paragraph direction a text takes in a `dir="auto"` field: from its first strong letter,
/// left to right when it has none.
pub fn paragraph_level(text: &str) -> Level {
    match unicode_bidi::get_base_direction(text) {
        unicode_bidi::Direction::Rtl => Level::rtl(),
        _ => Level::ltr(),
    }
}

/// `job` laid out as egui would (one section's format; wrapped at `job.wrap.max_width`, if
/// finite) with each row in visual order, and where each character went. `level` fixes the
/// paragraph direction; by default each paragraph takes it from its first strong letter, as in
/// a `dir="auto"` field. A right-to-left paragraph's wrapped rows are aligned to the right.
///
/// Rows are broken here rather than by egui, because egui's rows of right-to-left text hold more
/// glyphs than characters, and its cursor counts characters by glyphs.
pub fn layout(
    fonts: &mut FontsView<'_>,
    job: LayoutJob,
    level: Option<Level>,
) -> (Arc<Galley>, Vec<VisualRow>) {
    remembered(fonts, job, Variant::whole(level), |fonts, job| {
        lay_out(fonts, job, level)
    })
}

/// Which layout of a job is remembered: in which direction, and cut to which width.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Variant {
    right_to_left: Option<bool>,
    cut_at: Option<u32>,
}

impl Variant {
    fn whole(level: Option<Level>) -> Self {
        Self {
            right_to_left: level.map(|level| level.is_rtl()),
            cut_at: None,
        }
    }

    pub(super) fn cut(level: Level, width: f32) -> Self {
        Self {
            right_to_left: Some(level.is_rtl()),
            cut_at: Some(width.to_bits()),
        }
    }
}

/// The `variant` layout of `job` as `lay_out` makes it, made again only when the text was not
/// drawn in this frame or the last.
pub(super) fn remembered(
    fonts: &mut FontsView<'_>,
    job: LayoutJob,
    variant: Variant,
    lay_out: impl FnOnce(&mut FontsView<'_>, LayoutJob) -> (Arc<Galley>, Vec<VisualRow>),
) -> (Arc<Galley>, Vec<VisualRow>) {
    // egui's own galley of the job, from its cache, names the job and the font atlas at once:
    // egui lays every text out anew when it clears the atlas, so while it hands out this very
    // galley, the glyphs of a layout made from the same job are still where they were.
    let typed = fonts.layout_job(job.clone());
    let key = (Arc::as_ptr(&typed) as usize, variant);
    let recent = RECENT
        .with_borrow_mut(|recent| recent.take(key))
        .unwrap_or_else(|| {
            let (galley, rows) = lay_out(fonts, job);
            Recent {
                _typed: typed,
                galley,
                rows,
            }
        });
    let laid_out = (Arc::clone(&recent.galley), recent.rows.clone());
    RECENT.with_borrow_mut(|recent_layouts| recent_layouts.keep(key, recent));
    laid_out
}

thread_local! {
    /// The layouts of this frame and the last, so that a text drawn again is not laid out again.
    static RECENT: RefCell<RecentLayouts> = RefCell::default();
}

/// How many layouts a frame keeps before the older ones are forgotten, when no frame ends to
/// forget them (text laid out outside a window).
const LAYOUTS_KEPT: usize = 8192;

type RecentKey = (usize, Variant);

#[derive(Default)]
struct RecentLayouts {
    this_frame: HashMap<RecentKey, Recent>,
    last_frame: HashMap<RecentKey, Recent>,
}

struct Recent {
    /// egui's galley of the job the layout was made from, held so its address is not reused.
    _typed: Arc<Galley>,
    galley: Arc<Galley>,
    rows: Vec<VisualRow>,
}

impl RecentLayouts {
    fn take(&mut self, key: RecentKey) -> Option<Recent> {
        self.this_frame
            .remove(&key)
            .or_else(|| self.last_frame.remove(&key))
    }

    fn keep(&mut self, key: RecentKey, recent: Recent) {
        if self.this_frame.len() >= LAYOUTS_KEPT {
            self.end_frame();
        }
        self.this_frame.insert(key, recent);
    }

    fn end_frame(&mut self) {
        self.last_frame = std::mem::take(&mut self.this_frame);
    }
}

/// Forgets the layouts of texts not drawn in the frame that ends.
pub(super) fn end_frame() {
    RECENT.with_borrow_mut(RecentLayouts::end_frame);
}

/// `job` laid out as `layout` says, anew.
fn lay_out(
    fonts: &mut FontsView<'_>,
    job: LayoutJob,
    level: Option<Level>,
) -> (Arc<Galley>, Vec<VisualRow>) {
    let format = job
        .sections
        .first()
        .map(|section| section.format.clone())
        .unwrap_or_default();
    let wrap_width = job.wrap.max_width;
    let text = job.text.as_str();

    let mut galleys = Vec::new();
    let mut rows = Vec::new();
    let mut newlines = Vec::new();
    let mut paragraph_start = 0;
    let mut first_char = 0;
    for paragraph in text.split('\n') {
        let paragraph_end = paragraph_start + paragraph.len();
        let level = level.unwrap_or_else(|| paragraph_level(paragraph));
        // The bidi algorithm resolves the paragraph as a whole, then orders each row: a comma or
        // a bracket at a row's end takes its direction from the words around it in the
        // paragraph, as in a browser, not from the row it happens to end.
        let bidi = BidiInfo::new(paragraph, Some(level));
        for line in wrap(
            fonts,
            &format,
            text,
            paragraph_start..paragraph_end,
            wrap_width,
            LongWords::BreakBetweenLetters,
        ) {
            let in_paragraph = line.start - paragraph_start..line.end - paragraph_start;
            let (galley, row) = visual_line(
                fonts,
                &format,
                &bidi,
                in_paragraph.clone(),
                first_char,
                level,
            );
            first_char += paragraph[in_paragraph].chars().count();
            galleys.push(galley);
            rows.push(row);
            newlines.push(false);
        }
        if let Some(last) = newlines.last_mut() {
            *last = paragraph_end < text.len();
        }
        first_char += 1;
        paragraph_start = paragraph_end + 1;
    }

    let pixels_per_point = galleys
        .first()
        .map_or(1.0, |g: &Arc<Galley>| g.pixels_per_point);
    let job = Arc::new(job);
    super::painted::mark_laid_out_here(&job);
    let mut galley = Galley::concat(job, &galleys, pixels_per_point);
    for ((placed_row, row), newline) in galley.rows.iter_mut().zip(&mut rows).zip(newlines) {
        placed_row.ends_with_newline = newline;
        if row.rtl && wrap_width.is_finite() {
            placed_row.pos.x += (wrap_width - placed_row.size.x).max(0.0);
        }
        row.rect = placed_row.rect();
    }
    if wrap_width.is_finite() && rows.iter().any(|row| row.rtl) {
        galley.rect.max.x = galley.rect.max.x.max(wrap_width);
        galley.mesh_bounds = galley
            .rows
            .iter()
            .map(|row| row.visuals.mesh_bounds.translate(row.pos.to_vec2()))
            .fold(Rect::NOTHING, |a, b| a.union(b));
    }
    (Arc::new(galley), rows)
}

/// What a row does with a word wider than itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LongWords {
    /// Breaks it between letters, so that all of it is shown (a long address in a field).
    BreakBetweenLetters,
    /// Keeps it whole on a row of its own, to be cut with an ellipsis (a title in a small box,
    /// where "counsello" + "r" reads worse than "counsel…").
    KeepWhole,
}

/// The rows `text` breaks into at `width`, in logical order, at word boundaries only: each
/// paragraph (between newlines) starts a row. A word wider than a row is a row of its own.
pub fn word_rows(
    fonts: &mut FontsView<'_>,
    format: &TextFormat,
    text: &str,
    width: f32,
) -> Vec<Range<usize>> {
    let mut rows = Vec::new();
    let mut paragraph_start = 0;
    for paragraph in text.split('\n') {
        let paragraph_end = paragraph_start + paragraph.len();
        rows.extend(wrap(
            fonts,
            format,
            text,
            paragraph_start..paragraph_end,
            width,
            LongWords::KeepWhole,
        ));
        paragraph_start = paragraph_end + 1;
    }
    rows
}

/// Where `paragraph` (a byte range of `text`) breaks into rows no wider than `width`: after the
/// spaces that end a word, and for a word wider than a row as `long_words` says.
fn wrap(
    fonts: &mut FontsView<'_>,
    format: &TextFormat,
    text: &str,
    paragraph: Range<usize>,
    width: f32,
    long_words: LongWords,
) -> Vec<Range<usize>> {
    if !width.is_finite() || paragraph.is_empty() {
        return vec![paragraph];
    }
    let mut lines = Vec::new();
    let mut line_start = paragraph.start;
    let mut line_width = 0.0;
    let mut word_start = paragraph.start;
    let mut chars = text[paragraph.clone()].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|&(_, next)| !next.is_whitespace());
        if !(c.is_whitespace() && next_is_word) && chars.peek().is_some() {
            continue;
        }
        let word_end = paragraph.start + offset + c.len_utf8();
        let word = &text[word_start..word_end];
        let word_width = measure(fonts, format, word.trim_end());
        if line_start < word_start && line_width + word_width > width {
            lines.push(line_start..word_start);
            line_start = word_start;
            line_width = 0.0;
        }
        if word_width > width && long_words == LongWords::BreakBetweenLetters {
            // A word wider than a row (a long address, say) breaks between letters.
            for (start, letter) in word.grapheme_indices(true) {
                let letter_width = measure(fonts, format, letter);
                let at = word_start + start;
                if line_start < at && line_width + letter_width > width {
                    lines.push(line_start..at);
                    line_start = at;
                    line_width = 0.0;
                }
                line_width += letter_width;
            }
        } else {
            line_width += measure(fonts, format, word);
        }
        word_start = word_end;
    }
    lines.push(line_start..paragraph.end);
    lines
}

fn measure(fonts: &mut FontsView<'_>, format: &TextFormat, text: &str) -> f32 {
    let mut job = LayoutJob::single_section(text.to_owned(), format.clone());
    job.keep_trailing_whitespace = true;
    fonts.layout_job(job).size().x
}

/// `row` (a byte range of `text` inside one of its paragraphs, without its spaces at either
/// end) on a galley of its own in visual order: its characters take the places the bidi
/// algorithm gives them in the whole paragraph, as in the rows `layout` breaks, so a comma or a
/// bracket at the row's end stands where a browser puts it.
pub fn paragraph_row(
    fonts: &mut FontsView<'_>,
    format: &TextFormat,
    text: &str,
    row: Range<usize>,
) -> Arc<Galley> {
    let paragraph_start = text[..row.start]
        .rfind('\n')
        .map_or(0, |newline| newline + 1);
    let paragraph_end = text[row.end..]
        .find('\n')
        .map_or(text.len(), |newline| row.end + newline);
    let paragraph = &text[paragraph_start..paragraph_end];
    let level = paragraph_level(paragraph);
    let bidi = BidiInfo::new(paragraph, Some(level));
    let in_paragraph = row.start - paragraph_start..row.end - paragraph_start;
    let (galley, _) = visual_line(fonts, format, &bidi, in_paragraph, 0, level);
    let job = Arc::new(LayoutJob::single_section(
        text[row].to_owned(),
        format.clone(),
    ));
    super::painted::mark_laid_out_here(&job);
    let pixels_per_point = galley.pixels_per_point;
    Arc::new(Galley::concat(job, &[galley], pixels_per_point))
}

/// One row of a paragraph (`line`, a byte range of the paragraph `bidi` resolved), drawn in
/// visual order, with one glyph for each of its characters in logical order (as egui's cursor
/// expects), each standing at its caret position.
fn visual_line(
    fonts: &mut FontsView<'_>,
    format: &TextFormat,
    bidi: &BidiInfo<'_>,
    line: Range<usize>,
    first_char: usize,
    level: Level,
) -> (Arc<Galley>, VisualRow) {
    let text = &bidi.text[line.clone()];
    let mut job = LayoutJob::single_section(text.to_owned(), format.clone());
    job.keep_trailing_whitespace = true;
    let mut galley = fonts.layout_job(job);

    let byte_of_char: Vec<usize> = text
        .char_indices()
        .map(|(byte, _)| byte)
        .chain([text.len()])
        .collect();
    let mut builder = LineBuilder::new(format, &byte_of_char, galley.pixels_per_point);
    if let Some(paragraph) = bidi.paragraphs.first()
        && !line.is_empty()
    {
        let (levels, runs) = bidi.visual_runs(paragraph, line.clone());
        for run in runs {
            let rtl = levels[run.start].is_rtl();
            builder.add_run(
                fonts,
                text,
                run.start - line.start..run.end - line.start,
                rtl,
            );
        }
    }
    let LineBuilder {
        mut placed, mesh, ..
    } = builder;
    placed.sort_by_key(|p| p.index);

    let edited = Arc::make_mut(&mut galley);
    if let Some(placed_row) = edited.rows.first_mut() {
        let row = Arc::make_mut(&mut placed_row.row);
        // egui's mesh is replaced, so the glyphs' vertex ranges are left empty (nothing then
        // recolours vertices that are no longer there).
        let vertex_count = mesh.vertices.len() as u32;
        if let Some(template) = row.glyphs.first().copied() {
            row.glyphs = placed
                .iter()
                .zip(text.chars())
                .map(|(placed, chr)| {
                    let mut glyph = template;
                    glyph.chr = chr;
                    glyph.pos.x = placed.leading_edge();
                    glyph.advance_width = placed.right - placed.left;
                    glyph.first_vertex = vertex_count;
                    glyph
                })
                .collect();
        }
        row.visuals.glyph_index_start = 0;
        row.visuals.glyph_vertex_range = 0..mesh.vertices.len();
        row.visuals.mesh_bounds = mesh.calc_bounds();
        edited.num_vertices = mesh.vertices.len();
        edited.num_indices = mesh.indices.len();
        edited.mesh_bounds = row.visuals.mesh_bounds;
        row.visuals.mesh = mesh;
    }
    for placed in &mut placed {
        placed.index += first_char;
    }
    let row = VisualRow {
        chars: first_char..first_char + placed.len(),
        placed,
        rtl: level.is_rtl(),
        rect: galley.rect,
    };
    (galley, row)
}

/// Lays a row out piece by piece, left to right in visual order.
struct LineBuilder<'a> {
    format: &'a TextFormat,
    byte_of_char: &'a [usize],
    pixels_per_point: f32,
    x: f32,
    mesh: Mesh,
    placed: Vec<PlacedChar>,
}

impl<'a> LineBuilder<'a> {
    fn new(format: &'a TextFormat, byte_of_char: &'a [usize], pixels_per_point: f32) -> Self {
        Self {
            format,
            byte_of_char,
            pixels_per_point,
            x: 0.0,
            mesh: Mesh::default(),
            placed: Vec::new(),
        }
    }

    /// A run of one direction (byte range of the text), placed after what is placed already.
    fn add_run(&mut self, fonts: &mut FontsView<'_>, text: &str, run: Range<usize>, rtl: bool) {
        if !rtl {
            // egui's shaper guesses a piece's direction from its script, and Arabic-Indic digits
            // are of the Arabic script: "٢١" shaped as one piece would be drawn "١٢". So each of
            // them is shaped on its own, and placed left to right with the rest of the run.
            let mut start = run.start;
            for (offset, c) in text[run.clone()].char_indices() {
                if is_arabic_number_part(c) {
                    let byte = run.start + offset;
                    if start < byte {
                        self.add_piece(fonts, text, start..byte, false);
                    }
                    self.add_piece(fonts, text, byte..byte + c.len_utf8(), false);
                    start = byte + c.len_utf8();
                }
            }
            if start < run.end {
                self.add_piece(fonts, text, start..run.end, false);
            }
            return;
        }
        // egui shapes a right-to-left run of one font right to left, but lays a run of several
        // fonts (Arabic letters in one, spaces and brackets in another) out left to right. So a
        // right-to-left run is cut into words and single other characters, placed right to left.
        let mut pieces = Vec::new();
        let mut start = run.start;
        for (offset, c) in text[run.clone()].char_indices() {
            let byte = run.start + offset;
            if !is_word_part(c) {
                if start < byte {
                    pieces.push(start..byte);
                }
                pieces.push(byte..byte + c.len_utf8());
                start = byte + c.len_utf8();
            }
        }
        if start < run.end {
            pieces.push(start..run.end);
        }
        for piece in pieces.into_iter().rev() {
            self.add_piece(fonts, text, piece, true);
        }
    }

    /// One piece that egui shapes on its own: a left-to-right run, or a right-to-left word or
    /// character (mirrored, as "(" is in right-to-left text).
    fn add_piece(&mut self, fonts: &mut FontsView<'_>, text: &str, bytes: Range<usize>, rtl: bool) {
        let piece = &text[bytes.clone()];
        let shown: String = if rtl {
            piece
                .chars()
                .map(|c| unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c))
                .collect()
        } else {
            piece.to_owned()
        };
        let mut job = LayoutJob::single_section(shown.clone(), self.format.clone());
        job.keep_trailing_whitespace = true;
        job.wrap.max_width = f32::INFINITY;
        let galley = fonts.layout_job(job);

        let first_char = self.byte_of_char.partition_point(|&b| b < bytes.start);
        let width = galley.size().x;
        let spans = if rtl {
            measured_spans(fonts, self.format, &shown, width)
        } else {
            glyph_spans(&galley, piece.chars().count())
        };
        for (i, (left, right)) in spans.into_iter().enumerate() {
            self.placed.push(PlacedChar {
                index: first_char + i,
                left: self.x + left,
                right: self.x + right,
                rtl,
            });
        }
        if let Some(row) = galley.rows.first() {
            let mut mesh = row.visuals.mesh.clone();
            mesh.translate(Vec2::new(self.x, 0.0));
            self.mesh.append(mesh);
        }
        self.x = ((self.x + width) * self.pixels_per_point).round() / self.pixels_per_point;
    }
}

/// Where each of the first `count` characters of a left-to-right piece is: egui keeps one glyph
/// per character, in order, for left-to-right text.
fn glyph_spans(galley: &Galley, count: usize) -> Vec<(f32, f32)> {
    let width = galley.size().x;
    let mut glyphs = galley
        .rows
        .iter()
        .flat_map(|row| row.glyphs.iter().map(|g| (g.pos.x, g.max_x())));
    (0..count)
        .map(|_| glyphs.next().unwrap_or((width, width)))
        .collect()
}

/// Where each character of a right-to-left word is, measured by laying out each of its starts:
/// the letters up to a character's end take that much width from the word's right edge. (egui's
/// glyphs of a right-to-left run do not say which character each comes from.) A letter's marks
/// share its span's left edge.
fn measured_spans(
    fonts: &mut FontsView<'_>,
    format: &TextFormat,
    word: &str,
    width: f32,
) -> Vec<(f32, f32)> {
    let mut spans = Vec::with_capacity(word.len());
    let mut right = width;
    for (start, grapheme) in word.grapheme_indices(true) {
        let end = start + grapheme.len();
        let taken = if end == word.len() {
            width
        } else {
            let job = LayoutJob::single_section(word[..end].to_owned(), format.clone());
            fonts.layout_job(job).size().x
        };
        let left = (width - taken).clamp(0.0, right);
        spans.push((left, right));
        spans.extend(grapheme.chars().skip(1).map(|_| (left, left)));
        right = left;
    }
    spans
}

/// Whether a character is one of the Arabic script's digits or number signs (bidi class AN,
/// and the Eastern Arabic-Indic digits ۰۱۲), which read left to right though their script reads
/// right to left.
fn is_arabic_number_part(c: char) -> bool {
    unicode_bidi::bidi_class(c) == unicode_bidi::BidiClass::AN || ('۰'..='۹').contains(&c)
}

/// Whether a character belongs to a word that is shaped as a whole: letters, digits, the marks
/// on them and the joiners between them.
fn is_word_part(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x200C | 0x200D)
}
