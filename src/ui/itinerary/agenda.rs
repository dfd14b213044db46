//! The agenda: a day heading, then the day's events in time order, each with its time on the
//! chosen clock and on the other one, and a mark where the clocks change. Only the rows in sight
//! are laid out, so 5,000 events cost what fifty do.

use crate::app::Command;
use crate::lang::format::{self, DateFormat};
use crate::t;
use crate::ui::ViewContext;
use crate::ui::bidi::{Fit, bidi_galley};
use egui::{Rect, RichText, Sense, Ui, WidgetText, vec2};

use super::rows::Row;
use super::times::{dual_clock, local_times};
use super::{EventProblems, agendas, title_text};
use crate::check::Subject;
use crate::model::schedule::{
    Agenda, AgendaItem, ClockChange, ClockChangeCause, Span, utc_offset, zone_city,
};
use crate::model::{Choice, Event, EventKind, Plan};
use crate::ui::tokens::Tokens;

const PADDING: f32 = 8.0;
const TIME_WIDTH: f32 = 190.0;
const STATUS_WIDTH: f32 = 84.0;
/// The problem mark left of the status, with its gap.
const MARK_WIDTH: f32 = 26.0;
/// Where the texts of an event's row start, right of the kind's colour bar.
const TEXT_INDENT: f32 = PADDING + 6.0;

/// How wide an event row's time column is in a row `width` wide: its full width where the row
/// has room, else half of what the status and its mark leave, so that in a narrow agenda the
/// time is cut before it reaches the status.
fn time_width(width: f32) -> f32 {
    let beside_status = width - TEXT_INDENT - MARK_WIDTH - STATUS_WIDTH - PADDING;
    TIME_WIDTH.min(beside_status / 2.0).max(0.0)
}

pub(super) fn show(ctx: &ViewContext, state: &mut super::ItineraryState, ui: &mut Ui) {
    let document = ctx.document;
    let plan = document.plan();
    let (agenda, other) = agendas(document, state.clock);
    let spans = &document.derived().schedule.spans;
    let rows = &state.rows;
    let selected = match ctx.selection.subject {
        Some(Subject::Event(id)) => document.derived().index.events.get(&id).copied(),
        _ => None,
    };

    // A row to bring into sight: the day asked for, or the event opened from elsewhere.
    let mut scroll_to = None;
    if let Some(day) = state.jump_to.take()
        && let Some(d) = agenda.day_at_or_after(day)
        && let Some(row) = rows.day_row(d)
    {
        scroll_to = Some(rows.tops()[row]);
    }
    if ctx.selection.scroll_to
        && let Some(event) = selected
    {
        ctx.send(Command::SelectionInSight);
        if let Some(row) = rows.event_row(event) {
            scroll_to = Some((rows.tops()[row] - 80.0).max(0.0));
        }
    }

    if let Some(y) = state.agenda_keys.scroll_to.take() {
        scroll_to.get_or_insert(y);
    }

    let mut clicked = None;
    let mut first_day_in_sight = None;
    let mut focused_row = None;
    let focus_wanted = state.agenda_keys.focus.take();
    let mut scroll = egui::ScrollArea::vertical()
        .id_salt("agenda")
        .auto_shrink([false, false]);
    if let Some(y) = scroll_to {
        scroll = scroll.vertical_scroll_offset(y);
    }
    scroll.show_viewport(ui, |ui, viewport| {
        state.agenda_keys.in_sight = Some(viewport.y_range());
        ui.set_height(rows.total_height());
        let origin = ui.max_rect().min;
        let width = ui.available_width();
        for r in rows.visible(viewport.min.y, viewport.max.y) {
            let row = rows.rows()[r];
            first_day_in_sight.get_or_insert(agenda.days[row.day()].date);
            let rect = Rect::from_min_size(
                origin + vec2(0.0, rows.tops()[r]),
                vec2(width, row.height()),
            );
            match row {
                Row::Day(d) => {
                    let text = rows.text(r, || RowText::line(heading_text(plan, agenda, d)));
                    day_heading(ui, rect, &text.first);
                }
                Row::Event { event: e, .. } => {
                    let problems = EventProblems::of(document, plan.events[e].id, &agenda.zone);
                    let text = rows.text(r, || event_text(plan, spans, e, (agenda, other)));
                    let response =
                        event_row(ui, rect, plan, e, text, selected == Some(e), &problems);
                    if response.clicked() {
                        clicked = Some(plan.events[e].id);
                    }
                    if focus_wanted == Some(e) {
                        response.request_focus();
                    }
                    if response.has_focus() {
                        focused_row = Some(r);
                        // Up and Down are the agenda's own, not egui's move to what is drawn
                        // above or below.
                        ui.memory_mut(|memory| {
                            memory.set_focus_lock_filter(
                                response.id,
                                egui::EventFilter {
                                    vertical_arrows: true,
                                    ..Default::default()
                                },
                            );
                        });
                    }
                }
                Row::Change { day, item } => {
                    if let AgendaItem::ClockChange(change) = &agenda.days[day].items[item] {
                        let text = rows.text(r, || {
                            RowText::line(change_text(plan, change, agenda, other))
                        });
                        clock_change(ui, rect, &text.first);
                    }
                }
                Row::Empty(_) => {
                    let text = if state.filter.is_active() {
                        t!("agenda-nothing-matches")
                    } else {
                        t!("agenda-nothing-planned")
                    };
                    painted_label(
                        ui,
                        rect,
                        RichText::new(text).weak().italics(),
                        PADDING + 12.0,
                    );
                }
            }
        }
    });
    if first_day_in_sight.is_some() {
        state.day_in_sight = first_day_in_sight;
    }
    if rows.rows().is_empty() {
        ui.weak(t!("agenda-no-days"));
    }
    if let Some(id) = clicked {
        ctx.send(Command::SelectClicked(Subject::Event(id)));
    }
    if let Some(r) = focused_row {
        move_by_keys(ctx, state, ui, r);
    }
}

/// What the agenda's keyboard carries from one frame to the next.
#[derive(Clone, Debug, Default)]
pub(super) struct AgendaKeys {
    /// The event whose row takes the focus when it is drawn.
    focus: Option<usize>,
    /// Where to scroll to bring that row into sight.
    scroll_to: Option<f32>,
    /// The part of the agenda in sight last frame, in its own coordinates.
    in_sight: Option<egui::Rangef>,
}

/// Up, Down, Home and End on the focused row `r` open the event above, below, first or last, and
/// take the focus and the agenda there, whether or not its row is drawn yet: a keyboard walks the
/// whole agenda, not only the rows in sight.
fn move_by_keys(ctx: &ViewContext, state: &mut super::ItineraryState, ui: &Ui, r: usize) {
    use egui::{Key, Modifiers};
    let rows = &state.rows;
    let Row::Event { event: focused, .. } = rows.rows()[r] else {
        return;
    };
    let events = rows.events();
    let pressed = |key| ui.input_mut(|input| input.consume_key(Modifiers::NONE, key));
    let Some(key) = [Key::ArrowDown, Key::ArrowUp, Key::Home, Key::End]
        .into_iter()
        .find(|&key| pressed(key))
    else {
        return;
    };
    let Some(at) = events.iter().position(|&e| e == focused) else {
        return;
    };
    let to = match key {
        Key::ArrowDown => at + 1,
        Key::ArrowUp => at.saturating_sub(1),
        Key::Home => 0,
        _ => events.len() - 1,
    };
    let Some(&e) = events.get(to) else {
        return;
    };
    let Some(row) = rows.event_row(e) else {
        return;
    };
    let (top, bottom) = (
        rows.tops()[row],
        rows.tops()[row] + rows.rows()[row].height(),
    );
    let in_sight = state
        .agenda_keys
        .in_sight
        .unwrap_or(egui::Rangef::new(top, bottom));
    state.agenda_keys.scroll_to = if top < in_sight.min {
        Some(top)
    } else if bottom > in_sight.max {
        Some(bottom - in_sight.span())
    } else {
        None
    };
    state.agenda_keys.focus = Some(e);
    let id = ctx.document.plan().events[e].id;
    ctx.send(Command::SelectClicked(Subject::Event(id)));
}

fn galley(ui: &Ui, text: impl Into<WidgetText>, width: f32) -> std::sync::Arc<egui::Galley> {
    bidi_galley(ui, text, Fit::Truncate, width.max(0.0))
}

/// Text painted at the reading edge of `rect`, centred vertically, and a label node for screen
/// readers.
fn painted_label(ui: &Ui, rect: Rect, text: RichText, indent: f32) -> egui::Response {
    let galley = galley(ui, text, rect.width() - indent - PADDING);
    let pos = egui::pos2(
        Tokens::for_ui(ui).left_at_start(rect.x_range(), indent, galley.size().x),
        rect.center().y - galley.size().y / 2.0,
    );
    let label = galley.text().to_owned();
    ui.painter().galley(pos, galley, ui.visuals().text_color());
    let response = ui.interact(
        rect,
        ui.scope_id().with(("agenda label", rect.top() as i64)),
        Sense::hover(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
    response
}

/// The texts of an agenda row, made the first time the row is drawn and kept with the rows (which
/// are built again when the plan, the clock, the filter or the language changes): a frame only
/// paints them.
#[derive(Debug, Default)]
pub(super) struct RowText {
    /// The heading of a day, the sentence of a clock change, or an event's time on the chosen
    /// clock.
    first: String,
    /// An event's time on the other clock.
    second: Option<String>,
    /// An event's kind, place, people …
    detail: String,
    /// What a screen reader says of an event, before its problems (which a check running in the
    /// background may find after the text is made).
    label: String,
}

impl RowText {
    fn line(first: String) -> Self {
        RowText {
            first,
            ..RowText::default()
        }
    }
}

/// "Monday 22 March 2027 · day 2 of 5".
fn heading_text(plan: &Plan, agenda: &Agenda, d: usize) -> String {
    let day = &agenda.days[d];
    let visit = &plan.visit;
    let date = format::date(day.date, DateFormat::FullWeekdayDayMonthYear);
    if day.in_visit {
        let n = (day.date - visit.first_day).get_days() + 1;
        t!(
            "agenda-day-of-visit",
            date = date,
            day = n,
            days = visit.day_count()
        )
    } else if day.date < visit.first_day {
        t!("agenda-day-before-visit", date = date)
    } else {
        t!("agenda-day-after-visit", date = date)
    }
}

fn day_heading(ui: &Ui, rect: Rect, text: &str) {
    let band = rect.shrink2(vec2(0.0, 3.0)).with_min_y(rect.top() + 6.0);
    ui.painter()
        .rect_filled(band, 4.0, ui.visuals().faint_bg_color);
    let size = Tokens::for_ui(ui).text.row_title;
    let label = painted_label(ui, band, RichText::new(text).strong().size(size), PADDING);
    // A screen reader goes from day to day by the headings, under the itinerary's own.
    crate::ui::widgets::heading_role(ui, &label, 2);
}

/// The texts of an event's row: its times on both clocks, the detail line, and what a screen
/// reader says.
fn event_text(
    plan: &Plan,
    spans: &[Span],
    e: usize,
    (agenda, other): (&Agenda, &Agenda),
) -> RowText {
    let event = &plan.events[e];
    // The time cell: the chosen clock, then the other one (or "same in ...").
    let (first, second) = if event.all_day {
        (all_day_text(event), None)
    } else {
        dual_clock(
            spans[e],
            (&agenda.zone, &agenda.zone_name),
            Some((&other.zone, &other.zone_name)),
        )
    };
    let detail = detail_text(plan, event);
    let time = match &second {
        Some(second) => t!("agenda-both-clocks", first = &first, second = second),
        None => first.clone(),
    };
    let label = t!(
        "agenda-event-label",
        title = &event.title,
        time = time,
        detail = &detail,
        status = event.status.text()
    );
    RowText {
        first,
        second,
        detail,
        label,
    }
}

/// One event: the time on both clocks at the reading edge (the right in Arabic), the title and
/// what it is beside them, the status at the far edge.
fn event_row(
    ui: &Ui,
    rect: Rect,
    plan: &Plan,
    e: usize,
    text: &RowText,
    selected: bool,
    problems: &EventProblems,
) -> egui::Response {
    let event = &plan.events[e];
    let response = ui.interact(
        rect,
        ui.scope_id().with(("agenda event", e)),
        Sense::click(),
    );
    let visuals = ui.visuals();
    let tokens = Tokens::for_visuals(visuals);
    if selected {
        ui.painter()
            .rect_filled(rect, 4.0, visuals.selection.bg_fill.gamma_multiply(0.5));
    } else if response.hovered() {
        ui.painter()
            .rect_filled(rect, 4.0, visuals.widgets.hovered.weak_bg_fill);
    }
    if response.has_focus() {
        crate::ui::tokens::focus_ring(ui.painter(), visuals, rect.shrink(2.0));
    }
    // x of something `width` wide, `inset` in from the edge the row reads from, or the far one.
    let start = |inset: f32, width: f32| tokens.left_at_start(rect.x_range(), inset, width);
    let end = |inset: f32, width: f32| tokens.left_at_end(rect.x_range(), inset, width);
    let tag = event.kind.tag();
    let bar = Rect::from_min_size(
        egui::pos2(start(2.0, 4.0), rect.top() + 5.0),
        vec2(4.0, rect.height() - 10.0),
    );
    ui.painter()
        .rect_filled(bar, 2.0, tokens.color.event_kind(tag));

    let RowText {
        first,
        second,
        detail,
        label,
    } = text;
    let line1 = rect.top() + 5.0;
    let line2 = rect.top() + 25.0;
    let left = TEXT_INDENT;
    let time_width = time_width(rect.width());
    let text_color = visuals.text_color();
    let weak = tokens.color.muted;
    // Each text `inset` in from the reading edge, cut at `width`.
    let paint = |text: RichText, inset: f32, y: f32, width: f32| {
        let galley = galley(ui, text, width);
        let x = start(inset, galley.size().x);
        ui.painter().galley(egui::pos2(x, y), galley, text_color);
    };
    paint(RichText::new(first).strong(), left, line1, time_width - 8.0);
    if let Some(second) = second {
        paint(
            RichText::new(second).color(weak),
            left,
            line2,
            time_width - 8.0,
        );
    }

    let title_inset = left + time_width;
    let title_width = rect.width() - title_inset - STATUS_WIDTH - PADDING;
    paint(title_text(event).strong(), title_inset, line1, title_width);
    paint(
        RichText::new(detail).color(weak),
        title_inset,
        line2,
        rect.width() - title_inset - PADDING,
    );

    let status = event.status.text();
    let status_galley = galley(
        ui,
        RichText::new(status).color(tokens.color.event_status(event.status)),
        STATUS_WIDTH,
    );
    let status_width = status_galley.size().x;
    ui.painter().galley(
        egui::pos2(end(PADDING, status_width), line1),
        status_galley,
        text_color,
    );
    // A clash or another problem, marked where the planner looks, before the status: the
    // sentences on hover, and a click opens the event, whose editor lists them.
    if let Some(color) = problems.color(&tokens.color) {
        let mark = galley(ui, RichText::new("⚠").color(color).strong(), 20.0);
        let x = end(PADDING + status_width + 6.0, mark.size().x);
        ui.painter().galley(egui::pos2(x, line1), mark, text_color);
    }

    let label = format!("{label}{}", problems.for_label());
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label));
    problems.on_hover(response.on_hover_cursor(egui::CursorIcon::PointingHand))
}

fn all_day_text(event: &Event) -> String {
    let (first, last) = (event.start.wall.date(), event.end.wall.date());
    if last > first {
        t!("agenda-all-day-to", last = last)
    } else {
        t!("agenda-all-day").to_owned()
    }
}

/// The second line of a row: kind, where, local times away from the chosen clocks, how many
/// people, interpretation.
fn detail_text(plan: &Plan, event: &Event) -> String {
    let mut parts: Vec<String> = vec![event.kind.tag().text().to_owned()];
    match &event.kind {
        EventKind::Travel(leg) => {
            let mode = leg.mode.text();
            parts[0] = match (leg.from.trim(), leg.to.trim()) {
                ("", "") => mode.to_owned(),
                (from, to) => t!("agenda-route", mode = mode, from = from, to = to),
            };
            if !leg.carrier.is_empty() {
                parts.push(leg.carrier.clone());
            }
        }
        _ => {
            if !event.location.trim().is_empty() {
                parts.push(event.location.clone());
            }
        }
    }
    let travel = matches!(event.kind, EventKind::Travel(_));
    let away = event.start.zone != event.end.zone
        || (event.start.zone != plan.visit.host_zone && event.start.zone != plan.visit.home_zone);
    if !event.all_day && (away || travel && event.start.zone != plan.visit.host_zone) {
        parts.push(local_times(event, travel));
    }
    let people = event.participants.len();
    if people > 0 {
        parts.push(t!("agenda-participants", count = people));
    }
    if event.interpretation_needed {
        parts.push(t!("agenda-interpretation").to_owned());
    }
    parts.join(" · ")
}

/// A mark where the clocks change: a zone's summer time, or arriving where clocks differ.
fn clock_change(ui: &Ui, rect: Rect, text: &str) {
    let band = rect.shrink2(vec2(PADDING + 6.0, 3.0));
    let color = Tokens::for_ui(ui).color.warning;
    ui.painter()
        .rect_filled(band, 4.0, color.gamma_multiply(0.12));
    let edge = Tokens::for_ui(ui).start_x(band.x_range(), 0.0);
    ui.painter()
        .vline(edge, band.y_range(), egui::Stroke::new(3.0, color));
    painted_label(ui, band, RichText::new(text).color(color), 10.0);
}

/// "Clocks go forward in Tallinn at 03:00 (UTC+2 → UTC+3); Tallinn and Baghdad now read the same."
pub(super) fn change_text(
    plan: &Plan,
    change: &ClockChange,
    agenda: &Agenda,
    other: &Agenda,
) -> String {
    let shift = change.shift();
    let hours = super::times::duration(shift.abs());
    let offsets = t!(
        "clock-offsets",
        before = utc_offset(change.before),
        after = utc_offset(change.after)
    );
    let mut text = match &change.cause {
        ClockChangeCause::Zone(zone) => {
            let wall = change.before.to_datetime(change.at).time();
            let direction = if shift.is_positive() {
                "forward"
            } else {
                "back"
            };
            t!(
                "agenda-clocks-change",
                direction = direction,
                hours = hours,
                city = zone_city(zone),
                time = wall,
                offsets = offsets
            )
        }
        ClockChangeCause::Arrival {
            event,
            from_zone,
            to_zone,
        } => {
            let direction = if shift.is_positive() {
                "ahead"
            } else {
                "behind"
            };
            let title = &plan.events[*event].title;
            if title.is_empty() {
                t!(
                    "agenda-arrival",
                    to = zone_city(to_zone),
                    hours = hours,
                    direction = direction,
                    from = zone_city(from_zone),
                    offsets = offsets
                )
            } else {
                t!(
                    "agenda-arrival-after",
                    to = zone_city(to_zone),
                    hours = hours,
                    direction = direction,
                    from = zone_city(from_zone),
                    offsets = offsets,
                    title = title
                )
            }
        }
    };
    if let ClockChangeCause::Zone(_) = change.cause
        && agenda.zone_name != other.zone_name
    {
        let after = change.at;
        let here = agenda.zone.to_offset(after);
        let there = other.zone.to_offset(after);
        let (a, b) = (zone_city(&agenda.zone_name), zone_city(&other.zone_name));
        let gap = here.duration_until(there);
        text.push_str(&if gap.is_zero() {
            t!("agenda-clocks-now-same", here = a, there = b)
        } else {
            t!(
                "agenda-clocks-now-apart",
                here = a,
                there = b,
                gap = super::times::duration(gap.abs()),
                direction = if gap.is_positive() { "ahead" } else { "behind" }
            )
        });
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// At 700 by 500 with the editor open the agenda is about 250 points wide: the time is cut
    /// short of the status and its problem mark, whatever the width.
    #[test]
    fn the_time_stays_clear_of_the_status_at_every_width() {
        for width in (150..1400).step_by(10).map(|w| w as f32) {
            let time_right = TEXT_INDENT + time_width(width);
            let status_left = width - PADDING - STATUS_WIDTH - MARK_WIDTH;
            assert!(
                time_right <= status_left.max(TEXT_INDENT),
                "{width}: the time reaches {time_right}, the status starts at {status_left}"
            );
        }
        assert_eq!(
            time_width(1000.0),
            TIME_WIDTH,
            "full width where there is room"
        );
    }
}
