//! The timeline: a column per day, hours down the side, each event a block from its real start
//! to its real end on the chosen clock. Overlapping events sit side by side; a leg that crosses
//! midnight continues in the next column; stays and all-day items are bands across the days.
//! Painted with egui's painter; only what is in sight is drawn.

use std::sync::OnceLock;

use crate::app::Command;
use crate::lang::format::{self, DateFormat};
use crate::t;
use crate::ui::ViewContext;
use crate::ui::bidi::{Fit, bidi_galley, bidi_rows};
use egui::{Pos2, Rangef, Rect, RichText, Sense, Stroke, TextStyle, TextWrapMode, Ui, pos2, vec2};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

use super::layout::place;
use super::rows::Clock;
use super::times::{clock_at, range_in};
use super::{EventProblems, agendas, title_text};
use crate::app::Document;
use crate::check::Subject;
use crate::model::EventKind;
use crate::model::schedule::{Agenda, AgendaItem, ClockChangeCause, zone_city};
use crate::ui::tokens::Tokens;

const GUTTER: f32 = 60.0;
const HEADER: f32 = 30.0;
const BAND: f32 = 20.0;
/// The most rows of stays drawn above the hours; when more overlap, the last row says how many
/// more each day holds, so that the hours stay in sight.
const MAX_BAND_LANES: usize = 4;
/// The shortest a block is drawn (in hours), so that a short event can still be read and clicked.
const MIN_HOURS: f32 = 0.4;
const MAX_COLUMNS: i64 = 400;
/// The narrowest a side-by-side block is drawn; a day whose overlapping events would be narrower
/// shows how many events each hour holds instead, until zoomed in or filtered.
const MIN_LANE_WIDTH: f32 = 28.0;
const DEFAULT_HOUR_HEIGHT: f32 = 44.0;

/// What the timeline remembers: its zoom and whether it has scrolled to the morning yet.
#[derive(Clone, Debug)]
pub struct TimelineState {
    /// Height of one hour, in points.
    pub hour_height: f32,
    scrolled_to_morning: bool,
    /// Where the view was scrolled to on the last frame.
    offset: egui::Vec2,
    /// The hour height before a zoom not yet drawn, so that the hours in sight stay in sight.
    zoomed_from: Option<f32>,
}

impl TimelineState {
    fn zoom(&mut self, factor: f32) {
        self.zoomed_from.get_or_insert(self.hour_height);
        self.hour_height = (self.hour_height * factor).clamp(16.0, 200.0);
    }
}

impl Default for TimelineState {
    fn default() -> Self {
        Self {
            hour_height: DEFAULT_HOUR_HEIGHT,
            scrolled_to_morning: false,
            offset: egui::Vec2::ZERO,
            zoomed_from: None,
        }
    }
}

/// A piece of a timed event within one day column.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub event: usize,
    pub day: usize,
    /// Hours since midnight on the chosen clock.
    pub top: f32,
    pub bottom: f32,
    pub lane: usize,
    pub lanes: usize,
    /// Whether the event began on an earlier day, or goes on into a later one.
    pub from_before: bool,
    pub to_after: bool,
}

/// A stay or an all-day item, drawn across the day columns it covers.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub event: usize,
    /// In columns: 2.5 is noon of the third day.
    pub from: f32,
    pub to: f32,
    pub lane: usize,
}

#[derive(Clone, Debug, Default)]
pub struct TimelineLayout {
    pub first_day: Option<Date>,
    pub days: usize,
    pub blocks: Vec<Block>,
    pub bands: Vec<Band>,
    /// Rows of bands drawn, at most [`MAX_BAND_LANES`], the last one of them the count of
    /// [`Self::more_bands`] when there are more.
    pub band_lanes: usize,
    /// For each column, how many stays and all-day items did not fit the rows drawn.
    pub more_bands: Vec<u32>,
    /// Clock changes of the chosen zone: column, hour, and how far the clocks move.
    pub changes: Vec<(usize, f32, String)>,
    /// Events that fall outside the columns drawn.
    pub hidden: usize,
    /// For each column, how many events sit side by side at its busiest.
    pub lanes: Vec<usize>,
    /// For each column, how many events touch each of its hours.
    pub per_hour: Vec<[u32; 24]>,
    /// The visit's first and last day as columns.
    pub visit: (usize, usize),
    /// Texts made the first time they are drawn (the layout is built again in another language).
    texts: Texts,
}

/// The texts of what the timeline draws, each made the first time it is in sight.
#[derive(Clone, Debug, Default)]
struct Texts {
    /// Each block's time, and what a screen reader says of it.
    blocks: Vec<OnceLock<(String, String)>>,
    /// What a screen reader says of each band.
    bands: Vec<OnceLock<String>>,
    /// Each column's heading.
    days: Vec<OnceLock<String>>,
    /// Each column's hours when it is crowded: what a screen reader says, and the count drawn.
    hours: Vec<OnceLock<Vec<(String, String)>>>,
}

fn lazy<T>(count: usize) -> Vec<OnceLock<T>> {
    (0..count).map(|_| OnceLock::new()).collect()
}

impl TimelineLayout {
    /// Lays out `events` (positions in `plan.events`) on `clock`.
    pub fn build(document: &Document, clock: Clock, events: &[usize]) -> Self {
        let (agenda, _) = agendas(document, clock);
        let days = Days::spanning(document, agenda.zone.clone(), events);
        let visit = &document.plan().visit;
        let mut layout = TimelineLayout {
            first_day: Some(days.first),
            days: days.count,
            visit: (
                days.column(visit.first_day).max(0) as usize,
                days.column(visit.last_day).max(0) as usize,
            ),
            ..Default::default()
        };
        let band_spans = layout.place_events(document, &days, events);
        layout.side_by_side();
        layout.band_rows(&band_spans);
        layout.changes = clock_changes(agenda, &days);
        layout.texts = Texts {
            blocks: lazy(layout.blocks.len()),
            bands: lazy(layout.bands.len()),
            days: lazy(layout.days),
            hours: lazy(layout.days),
        };
        layout
    }

    /// Each event as a band (a stay, an all-day item) or a block per day it touches; counts
    /// those outside the columns. Returns the bands' spans in minutes, to place them in rows.
    fn place_events(
        &mut self,
        document: &Document,
        days: &Days,
        events: &[usize],
    ) -> Vec<(i64, i64)> {
        let plan = document.plan();
        let spans = &document.derived().schedule.spans;
        let mut band_spans = Vec::new();
        for &e in events {
            let event = &plan.events[e];
            let span = spans[e];
            let (start, end) = (days.wall(span.start), days.wall(span.end.max(span.start)));
            let (first_col, last_col) = (days.column(start.date()), days.column(end.date()));
            if last_col < 0 || first_col >= days.count as i64 {
                self.hidden += 1;
                continue;
            }
            if event.all_day || matches!(event.kind, EventKind::Stay(_)) {
                let (from, to) = if event.all_day {
                    let first_date = event.start.wall.date();
                    let last_date = event.end.wall.date().max(first_date);
                    (
                        days.column(first_date) as f32,
                        days.column(last_date) as f32 + 1.0,
                    )
                } else {
                    (
                        first_col as f32 + hours(start) / 24.0,
                        last_col as f32 + hours(end) / 24.0,
                    )
                };
                self.bands.push(Band {
                    event: e,
                    from,
                    to: to.max(from + 0.05),
                    lane: 0,
                });
                band_spans.push(((from * 1440.0) as i64, (to * 1440.0) as i64));
                continue;
            }
            // One block per day the event touches (an event ending at midnight stops there).
            let last_col = if end.time() == jiff::civil::Time::midnight() && last_col > first_col {
                last_col - 1
            } else {
                last_col
            };
            for col in first_col.max(0)..=last_col.min(days.count as i64 - 1).min(first_col + 31) {
                let top = if col == first_col { hours(start) } else { 0.0 };
                let bottom = if col == days.column(end.date()) {
                    hours(end)
                } else {
                    24.0
                };
                self.blocks.push(Block {
                    event: e,
                    day: col as usize,
                    top,
                    bottom: bottom.max(top),
                    lane: 0,
                    lanes: 1,
                    from_before: col > first_col,
                    to_after: col < last_col,
                });
            }
        }
        band_spans
    }

    /// Overlapping blocks of a day side by side, and how many events touch each hour. Sorts the
    /// blocks by column, so that a frame finds the blocks in sight without looking at the others.
    fn side_by_side(&mut self) {
        self.blocks.sort_by_key(|block| block.day);
        self.lanes = vec![0; self.days];
        self.per_hour = vec![[0; 24]; self.days];
        for day in 0..self.days {
            let range = self.blocks_in(day..day + 1);
            let blocks = &mut self.blocks[range];
            for block in blocks.iter() {
                let last_hour = (block.bottom.ceil() as usize).clamp(block.top as usize + 1, 24);
                for count in &mut self.per_hour[day][block.top as usize..last_hour] {
                    *count += 1;
                }
            }
            let drawn: Vec<(i32, i32)> = blocks
                .iter()
                .map(|block| {
                    let bottom = block.bottom.max(block.top + MIN_HOURS);
                    ((block.top * 60.0) as i32, (bottom * 60.0) as i32)
                })
                .collect();
            for (block, placement) in blocks.iter_mut().zip(place(&drawn)) {
                block.lane = placement.lane;
                block.lanes = placement.lanes;
                self.lanes[day] = self.lanes[day].max(placement.lanes);
            }
        }
    }

    /// The bands in rows, at most [`MAX_BAND_LANES`]; when there are more, how many more each
    /// day holds, which the last row says.
    fn band_rows(&mut self, band_spans: &[(i64, i64)]) {
        let placements = place(band_spans);
        for (band, placement) in self.bands.iter_mut().zip(&placements) {
            band.lane = placement.lane;
        }
        let band_lanes = placements.iter().map(|p| p.lane + 1).max().unwrap_or(0);
        self.band_lanes = band_lanes.min(MAX_BAND_LANES);
        self.more_bands = vec![0; self.days];
        if band_lanes > MAX_BAND_LANES {
            for band in self.bands.iter().filter(|b| b.lane >= MAX_BAND_LANES - 1) {
                let columns =
                    band.from.floor().max(0.0) as usize..(band.to.ceil() as usize).min(self.days);
                for count in &mut self.more_bands[columns] {
                    *count += 1;
                }
            }
        }
    }

    /// The positions in [`Self::blocks`] of the blocks in `columns`.
    pub fn blocks_in(&self, columns: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let first = self
            .blocks
            .partition_point(|block| block.day < columns.start);
        let end = self.blocks.partition_point(|block| block.day < columns.end);
        first..end.max(first)
    }

    pub fn column_of(&self, date: Date) -> Option<usize> {
        let first = self.first_day?;
        let col = (date - first).get_days();
        (col >= 0 && (col as usize) < self.days).then_some(col as usize)
    }
}

/// The day columns: every day from the visit's first (or the earliest event's) to its last (or
/// the latest event's), at most [`MAX_COLUMNS`], on the chosen clock.
struct Days {
    first: Date,
    count: usize,
    zone: jiff::tz::TimeZone,
}

impl Days {
    fn spanning(document: &Document, zone: jiff::tz::TimeZone, events: &[usize]) -> Self {
        let visit = &document.plan().visit;
        let spans = &document.derived().schedule.spans;
        let wall = |at: Timestamp| at.to_zoned(zone.clone()).date();
        let mut first = visit.first_day;
        let mut last = visit.last_day.max(first);
        for &e in events {
            first = first.min(wall(spans[e].start));
            last = last.max(wall(spans[e].end));
        }
        let limit = first.checked_add((MAX_COLUMNS - 1).days()).unwrap_or(last);
        last = last.min(limit);
        let count = ((last - first).get_days() + 1).max(1) as usize;
        Self { first, count, zone }
    }

    /// The column of `date`, negative before the first.
    fn column(&self, date: Date) -> i64 {
        (date - self.first).get_days() as i64
    }

    /// What the chosen clock reads at `at`.
    fn wall(&self, at: Timestamp) -> jiff::civil::DateTime {
        at.to_zoned(self.zone.clone()).datetime()
    }
}

/// Hours since midnight.
/// What a screen reader says of an event's block: its title, day and time, whether it is
/// cancelled (drawn struck through) or shares its time with others (drawn side by side), and
/// its problems.
fn block_name(
    title: &str,
    day: Option<Date>,
    range: &str,
    cancelled: bool,
    lanes: usize,
) -> String {
    let cancelled = if cancelled { "yes" } else { "no" };
    let others = lanes.saturating_sub(1);
    match day {
        Some(day) => t!(
            "timeline-block-label",
            title = title,
            day = format::date(day, DateFormat::FullWeekdayDayMonth),
            range = range,
            cancelled = cancelled,
            others = others
        ),
        None => t!(
            "timeline-block-label-no-day",
            title = title,
            range = range,
            cancelled = cancelled,
            others = others
        ),
    }
}

/// Puts text the timeline paints (a day's heading, an hour) into the accessibility tree, so that
/// a screen reader finds it where it is drawn.
fn spoken_text(ui: &Ui, salt: impl std::hash::Hash + std::fmt::Debug, rect: Rect, text: &str) {
    let response = ui.interact(rect, ui.scope_id().with(salt), Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
}

fn hours(at: jiff::civil::DateTime) -> f32 {
    at.hour() as f32 + at.minute() as f32 / 60.0 + at.second() as f32 / 3600.0
}

/// Where the chosen clock changes during the columns: column, hour, and how far it moves.
fn clock_changes(agenda: &Agenda, days: &Days) -> Vec<(usize, f32, String)> {
    let mut changes = Vec::new();
    for day in &agenda.days {
        for item in &day.items {
            if let AgendaItem::ClockChange(change) = item
                && let ClockChangeCause::Zone(name) = &change.cause
                && *name == agenda.zone_name
            {
                let at = change.before.to_datetime(change.at);
                let col = days.column(at.date());
                if (0..days.count as i64).contains(&col) {
                    let shift = change.shift().as_mins();
                    let text = t!(
                        "timeline-clock-change",
                        time = at.time(),
                        direction = if shift > 0 { "forward" } else { "back" },
                        shift = super::times::duration(change.shift().abs())
                    );
                    changes.push((col as usize, hours(at), text));
                }
            }
        }
    }
    changes
}

pub(super) fn show(ctx: &ViewContext, state: &mut super::ItineraryState, ui: &mut Ui) {
    let document = ctx.document;
    let layout = state.rows.timeline(document, state.clock);
    let (agenda, other_agenda) = agendas(document, state.clock);
    let selected = match ctx.selection.subject {
        Some(Subject::Event(id)) => document.derived().index.events.get(&id).copied(),
        _ => None,
    };
    toolbar(ui, &mut state.timeline, &layout);

    let hour = state.timeline.hour_height;
    let bands_height =
        layout.band_lanes as f32 * BAND + if layout.band_lanes > 0 { 6.0 } else { 0.0 };
    let sticky = HEADER + bands_height;
    let column_width = column_width_at(ui, &layout, hour);
    let content = vec2(
        GUTTER + column_width * layout.days as f32,
        sticky + 24.0 * hour + 8.0,
    );
    let right_to_left = ctx.tokens.direction.is_right_to_left();
    let scroll = scroll_area(ctx, ui, state, &layout, selected, (column_width, content.x));
    let now = state.now();
    let mut seen = Seen {
        clicked: None,
        open_day: None,
        zoom_by: 1.0,
        first_column: None,
        offset: state.timeline.offset,
    };
    scroll.show_viewport(ui, |ui, viewport| {
        let (response, painter) = ui.allocate_painter(content, Sense::hover());
        let origin = response.rect.min;
        let visuals = ui.visuals().clone();
        let canvas = Canvas {
            document,
            layout: &layout,
            agenda,
            other_agenda,
            selected,
            painter,
            tokens: Tokens::for_visuals(&visuals),
            grid: visuals.widgets.noninteractive.bg_stroke.color,
            visuals,
            origin,
            width: content.x,
            column_width,
            hour,
            sticky,
            visible: viewport.translate(origin.to_vec2()),
            columns: {
                // The days' part of the content in sight, measured from the first day's edge.
                let (from, to) = if right_to_left {
                    (
                        content.x - GUTTER - viewport.max.x,
                        content.x - GUTTER - viewport.min.x,
                    )
                } else {
                    (viewport.min.x - GUTTER, viewport.max.x - GUTTER)
                };
                let first = (from / column_width).floor().max(0.0) as usize;
                let last = ((to / column_width).ceil().max(0.0) as usize).min(layout.days);
                first..last.max(first)
            },
        };
        seen.first_column = Some(canvas.columns.start);
        seen.offset = viewport.min.to_vec2();

        canvas.grid();
        canvas.clock_changes();
        seen.open_day = canvas.crowded_hours(ui);
        seen.clicked = canvas.blocks(ui);
        canvas.now_line(ui, now);
        // Sticky parts, over the scrolled content: bands and day headings at the top, hours at
        // the left.
        let sticky_rect = canvas.sticky_background(ui);
        seen.clicked = canvas.bands(ui, sticky_rect).or(seen.clicked);
        seen.open_day = canvas.more_bands(ui).or(seen.open_day);
        canvas.day_headings(ui);
        canvas.hours(ui);

        if response.hovered() || ui.rect_contains_pointer(canvas.visible) {
            seen.zoom_by = ui.input(|input| input.zoom_delta());
        }
    });
    state.timeline.offset = seen.offset;
    if seen.zoom_by != 1.0 {
        state.timeline.zoom(seen.zoom_by);
    }
    if let (Some(col), Some(first)) = (seen.first_column, layout.first_day) {
        state.day_in_sight = first.checked_add((col as i64).days()).ok();
    }
    if let Some(day) = seen.open_day {
        state.mode = super::Mode::Agenda;
        state.jump_to = Some(day);
    }
    if let Some(position) = seen.clicked {
        let id = document.plan().events[position].id;
        ctx.send(Command::SelectClicked(Subject::Event(id)));
    }
}

/// Zoom out and in, and what the planner should know about what is drawn.
fn toolbar(ui: &mut Ui, timeline: &mut TimelineState, layout: &TimelineLayout) {
    let crowded_days = {
        let column_width = column_width_at(ui, layout, timeline.hour_height);
        (0..layout.days).any(|col| crowded(layout, col, column_width))
    };
    ui.horizontal(|ui| {
        if ui
            .button(t!("timeline-zoom-out"))
            .on_hover_text(crate::lang::attribute("timeline-zoom-out", "tooltip"))
            .clicked()
        {
            timeline.zoom(1.0 / 1.25);
        }
        if ui
            .button(t!("timeline-zoom-in"))
            .on_hover_text(crate::lang::attribute("timeline-zoom-in", "tooltip"))
            .clicked()
        {
            timeline.zoom(1.25);
        }
        ui.weak(t!("timeline-hint"));
        if crowded_days {
            ui.weak(t!("timeline-crowded-hint"));
        }
        if layout.hidden > 0 {
            ui.weak(t!(
                "timeline-hidden",
                count = layout.hidden,
                shown = layout.hidden.to_string()
            ));
        }
    });
}

/// The scroll area, scrolled where it should be this frame: to a day asked for, keeping the
/// hours in sight through a zoom, to the morning at first, to an event opened from elsewhere.
fn scroll_area(
    ctx: &ViewContext,
    ui: &Ui,
    state: &mut super::ItineraryState,
    layout: &TimelineLayout,
    selected: Option<usize>,
    (column_width, content_width): (f32, f32),
) -> egui::ScrollArea {
    let hour = state.timeline.hour_height;
    let right_to_left = ctx.tokens.direction.is_right_to_left();
    let view_width = ui.available_width();
    // The offset that brings column `col` to the reading edge of the view: the left one, or in
    // Arabic the right one (the first day starts at the right, so the view starts there too).
    let to_column = |col: f32| {
        if right_to_left {
            content_width - col * column_width - view_width
        } else {
            col * column_width
        }
    };
    let mut scroll = egui::ScrollArea::both()
        .id_salt("timeline")
        .stick_to_right(right_to_left)
        .auto_shrink([false, false]);
    if let Some(day) = state.jump_to.take()
        && let Some(col) = layout
            .column_of(day)
            .or_else(|| layout.first_day.filter(|first| day < *first).map(|_| 0))
    {
        scroll = scroll.horizontal_scroll_offset(to_column(col as f32));
    }
    if let Some(before) = state.timeline.zoomed_from.take() {
        let offset = state.timeline.offset;
        let widened = column_width / column_width_at(ui, layout, before);
        // The day at the reading edge stays there.
        let column_before = column_width / widened;
        let col = if right_to_left {
            let width_before = GUTTER + (content_width - GUTTER) / widened;
            (width_before - view_width - offset.x) / column_before
        } else {
            offset.x / column_before
        };
        scroll = scroll
            .horizontal_scroll_offset(to_column(col))
            .vertical_scroll_offset(offset.y * hour / before);
    }
    if !state.timeline.scrolled_to_morning {
        state.timeline.scrolled_to_morning = true;
        scroll = scroll.vertical_scroll_offset(7.0 * hour);
    }
    if ctx.selection.scroll_to
        && let Some(e) = selected
        && let Some(block) = layout.blocks.iter().find(|b| b.event == e)
    {
        ctx.send(Command::SelectionInSight);
        scroll = scroll
            .horizontal_scroll_offset(to_column(block.day as f32))
            .vertical_scroll_offset((block.top - 1.0).max(0.0) * hour);
    }
    scroll
}

/// What the planner did in the timeline this frame, and where it was scrolled to.
struct Seen {
    /// The event (its position in the plan) whose block or band was clicked.
    clicked: Option<usize>,
    /// A day to show in the agenda.
    open_day: Option<Date>,
    /// How much a pinch or Ctrl + scroll zooms (1 for not at all).
    zoom_by: f32,
    first_column: Option<usize>,
    offset: egui::Vec2,
}

/// The timeline's content as drawn this frame: where the columns and hours are, which columns
/// are in sight, and what to paint with.
struct Canvas<'a> {
    document: &'a Document,
    layout: &'a TimelineLayout,
    agenda: &'a Agenda,
    other_agenda: &'a Agenda,
    /// The selected event's position in the plan.
    selected: Option<usize>,
    painter: egui::Painter,
    visuals: egui::Visuals,
    tokens: Tokens,
    /// The colour of the grid's lines.
    grid: egui::Color32,
    origin: Pos2,
    /// The content's width: the hours' gutter and the days.
    width: f32,
    column_width: f32,
    /// The height of an hour.
    hour: f32,
    /// The height of the day headings and bands above the hours.
    sticky: f32,
    /// The part of the content in sight, on screen.
    visible: Rect,
    columns: std::ops::Range<usize>,
}

impl Canvas<'_> {
    /// The left and right edges of the days from `from` to `to` (in days from the first column,
    /// fractions for an instant within a day): left to right after the hours' gutter, or in
    /// Arabic right to left before it.
    fn across(&self, from: f32, to: f32) -> (f32, f32) {
        let content = Rangef::new(self.origin.x, self.origin.x + self.width);
        let days = self.tokens.part_from_start(
            content,
            GUTTER + from * self.column_width,
            GUTTER + to * self.column_width,
        );
        (days.min, days.max)
    }

    /// The left and right edges of day column `col`.
    fn column(&self, col: usize) -> (f32, f32) {
        self.across(col as f32, col as f32 + 1.0)
    }

    /// The hours' gutter, at the left, or the right in Arabic, of what is in sight.
    fn gutter(&self) -> (f32, f32) {
        let gutter = self
            .tokens
            .part_from_start(self.visible.x_range(), 0.0, GUTTER);
        (gutter.min, gutter.max)
    }

    fn y_of(&self, hours: f32) -> f32 {
        self.origin.y + self.sticky + hours * self.hour
    }

    fn day(&self, col: usize) -> Option<Date> {
        self.layout
            .first_day
            .and_then(|first| first.checked_add((col as i64).days()).ok())
    }

    /// The grid: days outside the visit shaded, a line between days and one each hour.
    fn grid(&self) {
        let (painter, layout) = (&self.painter, self.layout);
        for col in self.columns.clone() {
            let (x, right) = self.column(col);
            if col < layout.visit.0 || col > layout.visit.1 {
                painter.rect_filled(
                    Rect::from_min_max(pos2(x, self.y_of(0.0)), pos2(right, self.y_of(24.0))),
                    0.0,
                    self.visuals.faint_bg_color,
                );
            }
            painter.line_segment(
                [pos2(x, self.visible.top()), pos2(x, self.y_of(24.0))],
                Stroke::new(1.0, self.grid),
            );
        }
        let (left, right) = self.across(self.columns.start as f32, self.columns.end as f32);
        for h in 0..=24 {
            let y = self.y_of(h as f32);
            painter.line_segment(
                [pos2(left, y), pos2(right, y)],
                Stroke::new(if h % 6 == 0 { 1.0 } else { 0.5 }, self.grid),
            );
        }
    }

    /// A line where the clocks change, saying how.
    fn clock_changes(&self) {
        let warning = self.tokens.color.warning;
        for (col, at, text) in &self.layout.changes {
            if self.columns.contains(col) {
                let y = self.y_of(*at);
                let (left, right) = self.column(*col);
                self.painter
                    .line_segment([pos2(left, y), pos2(right, y)], Stroke::new(2.0, warning));
                // At the end of the line as it reads.
                self.painter.text(
                    pos2(self.tokens.end_x(Rangef::new(left, right), 4.0), y - 2.0),
                    egui::Align2([self.tokens.end_align(), egui::Align::Max]),
                    text,
                    egui::FontId::proportional(self.tokens.text.small),
                    warning,
                );
            }
        }
    }

    /// The crowded days in sight show how many events each hour holds; returns a day whose
    /// count was clicked.
    fn crowded_hours(&self, ui: &Ui) -> Option<Date> {
        let mut open_day = None;
        for col in self.columns.clone() {
            if crowded(self.layout, col, self.column_width) {
                let y_of = |hours: f32| self.y_of(hours);
                let hours = HourCells {
                    x: self.column(col).0,
                    width: self.column_width,
                    y_of: &y_of,
                    visible: self.visible,
                };
                let day = self.day(col);
                let texts = self.layout.texts.hours[col]
                    .get_or_init(|| hour_texts(&self.layout.per_hour[col], day));
                if let Some(day) =
                    hours.show(ui, &self.painter, &self.layout.per_hour[col], day, texts)
                {
                    open_day = Some(day);
                }
            }
        }
        open_day
    }

    /// The blocks in sight of the days that are not crowded; returns the event clicked.
    fn blocks(&self, ui: &Ui) -> Option<usize> {
        let (layout, document) = (self.layout, self.document);
        let spans = &document.derived().schedule.spans;
        let mut clicked = None;
        let in_sight = layout.blocks_in(self.columns.clone());
        for (b, block) in layout.blocks[in_sight.clone()]
            .iter()
            .enumerate()
            .map(|(i, block)| (in_sight.start + i, block))
            .filter(|(_, block)| !crowded(layout, block.day, self.column_width))
        {
            // Side by side in reading order: the first lane at the left, or the right in Arabic.
            let lane_width = (self.column_width - 6.0) / block.lanes as f32;
            let start = 3.0 + block.lane as f32 * lane_width;
            let (left, right) = self.column(block.day);
            let lane = self.tokens.part_from_start(
                Rangef::new(left, right),
                start,
                start + lane_width - 2.0,
            );
            let (left, right) = (lane.min, lane.max);
            let bottom = block.bottom.max(block.top + MIN_HOURS);
            let rect = Rect::from_min_max(
                pos2(left, self.y_of(block.top)),
                pos2(right, self.y_of(bottom) - 1.0),
            );
            if !rect.intersects(self.visible) {
                continue;
            }
            let event = &document.plan().events[block.event];
            let id = ui.scope_id().with(("timeline block", b));
            let response = ui.interact(rect, id, Sense::click());
            let problems = EventProblems::of(document, event.id, &self.agenda.zone);
            let (range, name) = layout.texts.blocks[b].get_or_init(|| {
                let range = range_in(spans[block.event], &self.agenda.zone);
                let label = block_name(
                    &event.title,
                    self.day(block.day),
                    &range,
                    event.status == crate::model::EventStatus::Cancelled,
                    block.lanes,
                );
                (range, label)
            });
            let label = format!("{name}{}", problems.for_label());
            let is_selected = self.selected == Some(block.event);
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, is_selected, &label)
            });
            if response.clicked() {
                clicked = Some(block.event);
            }
            let response = problems.on_hover(response.on_hover_text(&label));
            paint_block(
                ui,
                &self.painter,
                rect,
                event,
                range,
                is_selected,
                response.hovered(),
                block,
                problems.color(&self.tokens.color),
            );
            if response.has_focus() {
                crate::ui::tokens::focus_ring(&self.painter, &self.visuals, rect);
            }
        }
        clicked
    }

    /// The current time, when it falls inside the visit.
    fn now_line(&self, ui: &Ui, now: Timestamp) {
        let layout = self.layout;
        let now_wall = now.to_zoned(self.agenda.zone.clone()).datetime();
        let Some(col) = layout.column_of(now_wall.date()) else {
            return;
        };
        if col < layout.visit.0 || col > layout.visit.1 || !self.columns.contains(&col) {
            return;
        }
        let y = self.y_of(now_wall.hour() as f32 + now_wall.minute() as f32 / 60.0);
        let (x, right) = self.column(col);
        let red = self.tokens.color.now_line;
        self.painter
            .line_segment([pos2(x, y), pos2(right, y)], Stroke::new(2.0, red));
        let column = Rangef::new(x, right);
        let dot = self.tokens.start_x(column, 3.0);
        self.painter.circle_filled(pos2(dot, y), 4.0, red);
        self.painter.text(
            pos2(self.tokens.start_x(column, 8.0), y - 2.0),
            egui::Align2([self.tokens.start_align(), egui::Align::Max]),
            t!("timeline-now", time = now_wall.time()),
            egui::FontId::proportional(self.tokens.text.small),
            red,
        );
        let mark = Rect::from_min_max(pos2(x, y - 3.0), pos2(right, y + 3.0));
        let text = t!(
            "timeline-now-label",
            date = now_wall.date(),
            time = now_wall.time()
        );
        ui.interact(mark, ui.scope_id().with("timeline now"), Sense::hover())
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs(30));
    }

    /// The panel's colour behind the day headings and bands, which stay at the top; returns
    /// where they are.
    fn sticky_background(&self, ui: &Ui) -> Rect {
        let top = self.visible.top();
        let sticky_rect = Rect::from_min_max(
            pos2(self.visible.left(), top),
            pos2(self.visible.right(), top + self.sticky),
        );
        self.painter
            .rect_filled(sticky_rect, 0.0, self.visuals.panel_fill);
        ui.interact(
            sticky_rect,
            ui.scope_id().with("timeline sticky"),
            Sense::hover(),
        );
        sticky_rect
    }

    /// Stays and all-day items as bands across their days, in the rows that fit; returns the
    /// event clicked.
    fn bands(&self, ui: &Ui, sticky_rect: Rect) -> Option<usize> {
        let (layout, visuals, tokens) = (self.layout, &self.visuals, &self.tokens);
        let spans = &self.document.derived().schedule.spans;
        let top = self.visible.top();
        let bands_cut = layout.more_bands.iter().any(|&more| more > 0);
        let mut clicked = None;
        for (i, band) in layout.bands.iter().enumerate() {
            if bands_cut && band.lane >= MAX_BAND_LANES - 1 {
                continue;
            }
            let (left, right) = self.across(band.from, band.to);
            let rect = Rect::from_min_max(
                pos2(left + 1.0, top + HEADER + band.lane as f32 * BAND + 2.0),
                pos2(right - 1.0, top + HEADER + (band.lane + 1) as f32 * BAND),
            );
            if !rect.intersects(sticky_rect) {
                continue;
            }
            let event = &self.document.plan().events[band.event];
            let response = ui.interact(
                rect,
                ui.scope_id().with(("timeline band", i)),
                Sense::click(),
            );
            // A stay is known by its hotel: the band shows the hotel's name, and says it with
            // the stay's title on hover.
            let hotel = match event.kind {
                EventKind::Stay(_) if !event.location.trim().is_empty() => Some(&event.location),
                _ => None,
            };
            let label = layout.texts.bands[i].get_or_init(|| {
                let range = range_in(spans[band.event], &self.agenda.zone);
                match hotel {
                    Some(hotel) => t!(
                        "timeline-stay-band-label",
                        title = &event.title,
                        hotel = hotel,
                        range = range
                    ),
                    None => t!("timeline-band-label", title = &event.title, range = range),
                }
            });
            let is_selected = self.selected == Some(band.event);
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, is_selected, label)
            });
            if response.clicked() {
                clicked = Some(band.event);
            }
            let hovered = response.on_hover_text(label).hovered();
            let color = tokens.color.event_kind(event.kind.tag());
            self.painter.rect_filled(
                rect,
                4.0,
                color.gamma_multiply(if hovered { 0.55 } else { 0.35 }),
            );
            if is_selected {
                self.painter.rect_stroke(
                    rect,
                    4.0,
                    Stroke::new(2.0, visuals.selection.stroke.color),
                    egui::StrokeKind::Inside,
                );
            }
            let shown = rect.intersect(sticky_rect);
            let text = match hotel {
                Some(hotel) => RichText::new(hotel),
                None => title_text(event),
            };
            let galley = text
                .size(tokens.text.compact)
                .color(visuals.strong_text_color());
            let galley = bidi_galley(ui, galley, Fit::Truncate, (shown.width() - 8.0).max(0.0));
            let x = self
                .tokens
                .left_at_start(shown.x_range(), 4.0, galley.size().x);
            self.painter
                .galley(pos2(x, rect.top() + 2.0), galley, visuals.text_color());
        }
        clicked
    }

    /// Stays that did not fit: how many more each day holds, a click away in the agenda.
    /// Returns the day clicked.
    fn more_bands(&self, ui: &Ui) -> Option<Date> {
        let (layout, visuals) = (self.layout, &self.visuals);
        let top = self.visible.top();
        let mut open_day = None;
        for col in self
            .columns
            .clone()
            .filter(|&col| layout.more_bands[col] > 0)
        {
            let more = layout.more_bands[col];
            let y = top + HEADER + (MAX_BAND_LANES - 1) as f32 * BAND + 2.0;
            let (left, right) = self.column(col);
            let rect = Rect::from_min_max(pos2(left + 3.0, y), pos2(right - 3.0, y + BAND - 2.0));
            let day = self.day(col);
            let label = match day {
                Some(day) => t!(
                    "timeline-more-bands-label",
                    count = more,
                    shown = more.to_string(),
                    day = day
                ),
                None => t!(
                    "timeline-more-bands-label-no-day",
                    count = more,
                    shown = more.to_string()
                ),
            };
            let response = ui.interact(
                rect,
                ui.scope_id().with(("timeline more bands", col)),
                Sense::click(),
            );
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            if response.on_hover_text(&label).clicked() {
                open_day = day;
            }
            self.painter.rect_filled(rect, 4.0, visuals.faint_bg_color);
            self.painter.text(
                pos2(self.tokens.start_x(rect.x_range(), 4.0), rect.center().y),
                egui::Align2([self.tokens.start_align(), egui::Align::Center]),
                t!(
                    "timeline-more-bands",
                    count = more,
                    shown = more.to_string()
                ),
                egui::FontId::proportional(self.tokens.text.small),
                visuals.text_color(),
            );
        }
        open_day
    }

    /// Each day's date at the top of its column, weaker outside the visit.
    fn day_headings(&self, ui: &Ui) {
        let (layout, visuals) = (self.layout, &self.visuals);
        let top = self.visible.top();
        for col in self.columns.clone() {
            let (left, right) = self.column(col);
            let Some(date) = self.day(col) else {
                continue;
            };
            let in_visit = col >= layout.visit.0 && col <= layout.visit.1;
            let heading = layout.texts.days[col]
                .get_or_init(|| format::date(date, DateFormat::WeekdayDayMonth));
            let text = RichText::new(heading).strong();
            let text = if in_visit { text } else { text.weak() };
            let galley = egui::WidgetText::from(text).into_galley(
                ui,
                Some(TextWrapMode::Truncate),
                self.column_width - 8.0,
                TextStyle::Body,
            );
            let column = Rangef::new(left, right);
            let x = self.tokens.left_at_start(column, 6.0, galley.size().x);
            let at = pos2(x, top + 6.0);
            spoken_text(
                ui,
                ("day heading", col),
                Rect::from_min_size(at, galley.size()),
                &galley.job.text,
            );
            self.painter.galley(at, galley, visuals.text_color());
            let line = self.tokens.start_x(column, 0.0);
            self.painter.line_segment(
                [pos2(line, top), pos2(line, top + self.sticky)],
                Stroke::new(1.0, self.grid),
            );
        }
        self.painter.line_segment(
            [
                pos2(self.visible.left(), top + self.sticky),
                pos2(self.visible.right(), top + self.sticky),
            ],
            Stroke::new(1.0, self.grid),
        );
    }

    /// The gutter at the left (the right in Arabic): the hours on both clocks (the other one as it reads on the first
    /// day in sight), and in the corner above, which clock is which.
    fn hours(&self, ui: &Ui) {
        let (visuals, tokens) = (&self.visuals, &self.tokens);
        let top = self.visible.top();
        let sticky = self.sticky;
        let (left, right) = self.gutter();
        let gutter =
            Rect::from_min_max(pos2(left, top + sticky), pos2(right, self.visible.bottom()));
        self.painter.rect_filled(gutter, 0.0, visuals.panel_fill);
        let other_ahead = self
            .day(self.columns.start)
            .and_then(|day| other_clock_ahead(&self.agenda.zone, &self.other_agenda.zone, day));
        let other_clock = other_ahead.as_ref().map(corner_shift);
        let small = egui::FontId::proportional(tokens.text.small);
        for h in 0..24 {
            let y = self.y_of(h as f32);
            if y < top + sticky - 4.0 || y > self.visible.bottom() {
                continue;
            }
            // Beside the days: against the gutter's right edge, or its left one in Arabic.
            let x = tokens.end_x(gutter.x_range(), 6.0);
            let align = egui::Align2([tokens.end_align(), egui::Align::Min]);
            let hour_text = clock_at(h * 60);
            let hour = self.painter.text(
                Pos2::new(x, y + 2.0),
                align,
                hour_text,
                small.clone(),
                visuals.text_color(),
            );
            spoken_text(ui, ("hour", h), hour, hour_text);
            if let Some(ahead) = &other_ahead
                && self.hour >= 2.0 * (tokens.text.small + 3.0)
            {
                let minutes = (h * 60 + ahead[h as usize]).rem_euclid(24 * 60);
                self.painter.text(
                    Pos2::new(x, y + 4.0 + tokens.text.small),
                    align,
                    clock_at(minutes),
                    small.clone(),
                    tokens.color.muted,
                );
            }
        }
        self.clocks_corner(ui, other_clock);
    }

    /// Which clock is which, in the colours of their hours, above the gutter.
    fn clocks_corner(&self, ui: &Ui, other_clock: Option<i32>) {
        let (agenda, other_agenda) = (self.agenda, self.other_agenda);
        let (visuals, tokens) = (&self.visuals, &self.tokens);
        let corner = Rect::from_min_size(
            pos2(self.gutter().0, self.visible.top()),
            vec2(GUTTER, self.sticky),
        );
        self.painter.rect_filled(corner, 0.0, visuals.panel_fill);
        let clocks_said = match other_clock {
            Some(shift) => t!(
                "timeline-clocks-both",
                chosen = zone_city(&agenda.zone_name),
                other = zone_city(&other_agenda.zone_name),
                shift = super::times::duration(jiff::SignedDuration::from_mins(shift.abs().into())),
                direction = if shift > 0 { "ahead" } else { "behind" }
            ),
            None => t!("timeline-clocks-one", chosen = zone_city(&agenda.zone_name)),
        };
        ui.interact(
            corner,
            ui.scope_id().with("timeline clocks"),
            Sense::hover(),
        )
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &clocks_said));
        let mut clocks = vec![(&agenda.zone_name, visuals.text_color())];
        if other_clock.is_some() {
            clocks.push((&other_agenda.zone_name, tokens.color.muted));
        }
        for (row, (zone_name, color)) in clocks.into_iter().enumerate() {
            let name = RichText::new(zone_city(zone_name))
                .size(tokens.text.small)
                .color(color);
            let galley = bidi_galley(ui, name, Fit::Truncate, GUTTER - 8.0);
            let y = corner.top() + 4.0 + row as f32 * (tokens.text.small + 3.0);
            let x = tokens.left_at_start(corner.x_range(), 4.0, galley.size().x);
            self.painter.galley(pos2(x, y), galley, color);
        }
    }
}

/// How many minutes the other clock reads ahead of the chosen one at each hour of `day` on the
/// chosen clock, or `None` when the two read the same all day (Baghdad and Tallinn in summer).
/// Each hour is read at the offsets valid at that hour: on the day the clocks change, the two
/// come together (or apart) at the change, not at noon.
fn other_clock_ahead(chosen: &TimeZone, other: &TimeZone, day: Date) -> Option<[i32; 24]> {
    let mut ahead = [0; 24];
    for (h, minutes) in (0i8..).zip(&mut ahead) {
        let at = day
            .at(h, 0, 0, 0)
            .to_zoned(chosen.clone())
            .ok()?
            .timestamp();
        *minutes = (other.to_offset(at).seconds() - chosen.to_offset(at).seconds()) / 60;
    }
    ahead.iter().any(|&minutes| minutes != 0).then_some(ahead)
}

/// How far ahead the other clock is, as the corner says it: at noon, or, on a day the two read
/// the same at noon, where they differ.
fn corner_shift(ahead: &[i32; 24]) -> i32 {
    std::iter::once(ahead[12])
        .chain(ahead.iter().copied())
        .find(|&minutes| minutes != 0)
        .unwrap_or(0)
}

/// How wide a day column is: up to a week fits the width at the usual zoom, and zooming in
/// widens the columns as it lengthens the hours, so that crowded days come apart.
fn column_width_at(ui: &Ui, layout: &TimelineLayout, hour_height: f32) -> f32 {
    let available = ui.available_width() - GUTTER;
    let fitting = (available / layout.days.min(7) as f32).clamp(120.0, 360.0);
    fitting * (hour_height / DEFAULT_HOUR_HEIGHT).max(1.0)
}

/// Whether the day in `column` has more events side by side than can be read at `column_width`.
fn crowded(layout: &TimelineLayout, column: usize, column_width: f32) -> bool {
    layout.lanes[column] as f32 * MIN_LANE_WIDTH > column_width - 6.0
}

/// The hours of a crowded day, each a cell saying how many events it holds.
struct HourCells<'a, Y: Fn(f32) -> f32> {
    x: f32,
    width: f32,
    y_of: &'a Y,
    visible: Rect,
}

impl<Y: Fn(f32) -> f32> HourCells<'_, Y> {
    /// Draws the cells; returns the day when one was clicked, to show it in the agenda.
    fn show(
        &self,
        ui: &Ui,
        painter: &egui::Painter,
        per_hour: &[u32; 24],
        day: Option<Date>,
        texts: &[(String, String)],
    ) -> Option<Date> {
        let busiest = per_hour.iter().copied().max().unwrap_or(0).max(1);
        let visuals = ui.visuals();
        let tokens = Tokens::for_visuals(visuals);
        let mut clicked = None;
        for (hour, &events_in_hour) in per_hour.iter().enumerate().filter(|(_, n)| **n > 0) {
            let rect = Rect::from_min_max(
                pos2(self.x + 3.0, (self.y_of)(hour as f32) + 1.0),
                pos2(
                    self.x + self.width - 3.0,
                    (self.y_of)(hour as f32 + 1.0) - 1.0,
                ),
            );
            if !rect.intersects(self.visible) {
                continue;
            }
            let (label, events) = &texts[hour];
            let response = ui.interact(
                rect,
                ui.scope_id().with(("timeline hour", self.x as i64, hour)),
                Sense::click(),
            );
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
            let response = response.on_hover_text(label);
            if response.clicked() {
                clicked = day;
            }
            let strength = 0.15 + 0.6 * events_in_hour as f32 / busiest as f32;
            painter.rect_filled(
                rect,
                3.0,
                visuals.selection.bg_fill.gamma_multiply(strength),
            );
            if rect.height() >= tokens.text.small + 2.0 {
                painter.text(
                    rect.center(),
                    egui::Align2::CENTER_CENTER,
                    events,
                    egui::FontId::proportional(tokens.text.small),
                    visuals.strong_text_color(),
                );
            }
        }
        clicked
    }
}

/// What a crowded day's hours say: for each hour, what a screen reader says of it and the count
/// drawn in it.
fn hour_texts(per_hour: &[u32; 24], day: Option<Date>) -> Vec<(String, String)> {
    per_hour
        .iter()
        .enumerate()
        .map(|(hour, &events)| {
            if events == 0 {
                return Default::default();
            }
            let (from, to) = (hour as i32 * 60, hour as i32 * 60 + 60);
            let range = t!("clock-range", start = clock_at(from), end = clock_at(to));
            let label = match day {
                Some(day) => t!(
                    "timeline-crowded-hour",
                    day = day,
                    range = range,
                    count = events,
                    shown = events.to_string()
                ),
                None => t!(
                    "timeline-crowded-hour-no-day",
                    range = range,
                    count = events,
                    shown = events.to_string()
                ),
            };
            let count = t!(
                "timeline-events",
                count = events,
                shown = events.to_string()
            );
            (label, count)
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn paint_block(
    ui: &Ui,
    painter: &egui::Painter,
    rect: Rect,
    event: &crate::model::Event,
    range: &str,
    selected: bool,
    hovered: bool,
    block: &Block,
    problem_color: Option<egui::Color32>,
) {
    let visuals = ui.visuals();
    let tokens = Tokens::for_visuals(visuals);
    let color = tokens.color.event_kind(event.kind.tag());
    let fill = tokens
        .color
        .block_fill(event.kind.tag(), event.status, hovered);
    let corners = egui::CornerRadius {
        nw: if block.from_before { 0 } else { 4 },
        ne: if block.from_before { 0 } else { 4 },
        sw: if block.to_after { 0 } else { 4 },
        se: if block.to_after { 0 } else { 4 },
    };
    painter.rect_filled(rect, corners, fill);
    // The kind's colour on the edge the title starts from.
    let edge = tokens.part_from_start(rect.x_range(), 0.0, 3.0);
    painter.rect_filled(Rect::from_x_y_ranges(edge, rect.y_range()), 0.0, color);
    // Selected shows as selected; otherwise a block with a problem (a clash) is outlined in the
    // problem's colour.
    if let Some(outline) = selected
        .then_some(visuals.selection.stroke.color)
        .or(problem_color)
    {
        painter.rect_stroke(
            rect,
            corners,
            Stroke::new(2.0, outline),
            egui::StrokeKind::Inside,
        );
    }
    // The title in the whole rows that fit, broken between words and ending with "…" when cut;
    // the time below it when a row is left.
    let clip = painter.with_clip_rect(rect.shrink(1.0).intersect(painter.clip_rect()));
    let width = (rect.width() - 8.0).max(0.0);
    let row_height =
        ui.fonts_mut(|fonts| fonts.row_height(&egui::FontId::proportional(tokens.text.compact)));
    let fitting_rows = ((rect.height() - 4.0) / row_height).floor().max(1.0) as usize;
    let title = title_text(event)
        .size(tokens.text.compact)
        .color(visuals.strong_text_color());
    let title_rows = bidi_rows(ui, title, width, fitting_rows);
    let start_x = |width: f32| tokens.left_at_start(rect.x_range(), 6.0, width);
    let mut y = rect.top() + 2.0;
    let rows_used = title_rows.len();
    for row in title_rows {
        let height = row.size().y;
        clip.galley(pos2(start_x(row.size().x), y), row, visuals.text_color());
        y += height;
    }
    if rows_used < fitting_rows {
        let time = egui::WidgetText::from(
            RichText::new(range)
                .size(tokens.text.small)
                .color(crate::ui::tokens::block_time(visuals)),
        )
        .into_galley(ui, Some(TextWrapMode::Truncate), width, TextStyle::Small);
        clip.galley(
            pos2(start_x(time.size().x), y + 1.0),
            time,
            visuals.text_color(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event, LocalTime, Plan, Stay};
    use jiff::civil::date;
    use std::sync::Arc;

    /// Tallinn's clocks go forward at 03:00 on 28 March 2027 and then read what Baghdad's do:
    /// the hours before the change show Baghdad an hour ahead, the hours after show it equal.
    #[test]
    fn each_hour_reads_the_other_clock_at_its_own_offset() {
        let (tallinn, baghdad) = (
            crate::model::zone_named("Europe/Tallinn").unwrap(),
            crate::model::zone_named("Asia/Baghdad").unwrap(),
        );
        let ahead = other_clock_ahead(&tallinn, &baghdad, date(2027, 3, 28)).unwrap();
        assert_eq!(&ahead[..3], &[60, 60, 60], "before the change");
        assert!(ahead[4..].iter().all(|&minutes| minutes == 0), "{ahead:?}");
        assert_eq!(corner_shift(&ahead), 60);
        assert_eq!(
            other_clock_ahead(&tallinn, &baghdad, date(2027, 3, 29)),
            None,
            "the day after, one clock"
        );
        let winter = other_clock_ahead(&tallinn, &baghdad, date(2027, 3, 27)).unwrap();
        assert!(winter.iter().all(|&minutes| minutes == 60));
    }

    fn tallinn(day: i8, hour: i8, minute: i8) -> LocalTime {
        LocalTime::new(date(2027, 3, day).at(hour, minute, 0, 0), "Europe/Tallinn")
    }

    fn layout_of(events: Vec<Event>, clock: Clock) -> (TimelineLayout, Plan) {
        let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
        plan.visit.home_zone = "Asia/Baghdad".into();
        plan.visit.last_day = date(2027, 3, 28);
        plan.events = events.into_iter().map(Arc::new).collect();
        let document = Document::new(plan.clone(), None);
        let all: Vec<usize> = (0..plan.events.len()).collect();
        (TimelineLayout::build(&document, clock, &all), plan)
    }

    #[test]
    fn a_leg_over_midnight_continues_in_the_next_column() {
        let night = Event::new(
            EventKind::Travel(Default::default()),
            "Night bus",
            tallinn(22, 22, 0),
            tallinn(23, 1, 30),
        );
        let (layout, _) = layout_of(vec![night], Clock::Host);
        assert_eq!(layout.days, 8);
        let pieces: Vec<_> = layout
            .blocks
            .iter()
            .map(|b| (b.day, b.top, b.bottom, b.from_before, b.to_after))
            .collect();
        assert_eq!(
            pieces,
            [(1, 22.0, 24.0, false, true), (2, 0.0, 1.5, true, false)]
        );
    }

    #[test]
    fn a_flight_is_placed_by_its_real_instants_on_the_chosen_clock() {
        // 03:10 in Baghdad is 02:10 in Tallinn in March; it lands at 08:25 Tallinn time.
        let flight = Event::new(
            EventKind::Travel(Default::default()),
            "Flight",
            LocalTime::new(date(2027, 3, 21).at(3, 10, 0, 0), "Asia/Baghdad"),
            tallinn(21, 8, 25),
        );
        let (host, _) = layout_of(vec![flight.clone()], Clock::Host);
        let block = &host.blocks[0];
        assert_eq!((block.day, block.top), (0, 2.0 + 10.0 / 60.0));
        assert!((block.bottom - (8.0 + 25.0 / 60.0)).abs() < 1e-4);
        let (home, _) = layout_of(vec![flight], Clock::Home);
        assert!((home.blocks[0].top - (3.0 + 10.0 / 60.0)).abs() < 1e-4);
    }

    #[test]
    fn stays_are_bands_and_overlapping_events_share_the_column() {
        let hotel = Event::new(
            EventKind::Stay(Stay::default()),
            "Hotel",
            tallinn(21, 18, 0),
            tallinn(24, 12, 0),
        );
        let a = Event::new(
            EventKind::Meeting,
            "A",
            tallinn(22, 9, 0),
            tallinn(22, 11, 0),
        );
        let b = Event::new(
            EventKind::Meeting,
            "B",
            tallinn(22, 10, 0),
            tallinn(22, 12, 0),
        );
        let (layout, _) = layout_of(vec![hotel, a, b], Clock::Host);
        assert_eq!(layout.bands.len(), 1);
        assert_eq!(layout.bands[0].from, 0.75);
        assert_eq!(layout.bands[0].to, 3.5);
        let lanes: Vec<_> = layout.blocks.iter().map(|b| (b.lane, b.lanes)).collect();
        assert_eq!(lanes, [(0, 2), (1, 2)]);
    }

    #[test]
    fn the_dst_change_is_marked_on_its_day() {
        let (layout, _) = layout_of(Vec::new(), Clock::Host);
        assert_eq!(layout.changes.len(), 1);
        let (column, hour, text) = &layout.changes[0];
        assert_eq!((*column, *hour), (7, 3.0));
        assert_eq!(text, "03:00 clocks +1 h");
    }
}
