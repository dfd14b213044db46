//! A date field that opens a month calendar: the month and year it shows are written above it,
//! arrows step by month and by year, and each day is a button named by its whole date, so that a
//! screen reader (and a test) can pick "Monday 22 March 2027". Above the calendar, a field takes
//! the date typed instead (2027-03-25, 25.03.2027, 25/03/2027: day before month, as in Iraq and
//! Estonia), with the cursor in it as the calendar opens.

use egui::{Response, RichText, Ui, Widget};
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use crate::interop::dates::{DateOrder, parse_date};
use crate::lang::format::{self, DateFormat};
use crate::t;
use crate::ui::tokens::Tokens;

/// Wide enough for the longest month and year ("September 2027"), so the arrows stay put.
const MONTH_LABEL_WIDTH: f32 = 120.0;

/// How a date field writes its date: the weekday helps a planner place it in the visit.
const DATE_FORMAT: DateFormat = DateFormat::WeekdayDayMonthYear;

/// A button showing `date` ("Sun 21 Mar 2027"); clicking it opens the calendar, and picking a day
/// changes `date`.
pub struct DatePicker<'a> {
    date: &'a mut Date,
    id_salt: &'a str,
}

/// The date field for `date`, its calendar's state kept under `id_salt`.
pub fn date_button<'a>(date: &'a mut Date, id_salt: &'a str) -> DatePicker<'a> {
    DatePicker { date, id_salt }
}

impl Widget for DatePicker<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        let shown = format::date(*self.date, DATE_FORMAT);
        let mut response = ui.button(&shown);
        // The field is named by its label ("First day"); the date it holds is its value, as a
        // screen reader says a field's content after its name.
        ui.ctx()
            .accesskit_node_builder(response.id, |node| node.set_value(shown.clone()));
        super::value_for_atspi(ui.ctx(), response.id, &shown);
        let month_id = ui.make_persistent_id(self.id_salt).with("month shown");
        let typed_id = ui.make_persistent_id(self.id_salt).with("typed date");
        let focus_id = ui.make_persistent_id(self.id_salt).with("day to focus");
        let opened = response.clicked();
        if opened {
            // Opening shows the month of the date the field holds.
            ui.data_mut(|data| {
                data.insert_temp(month_id, self.date.first_of_month());
                data.insert_temp(typed_id, TypedDate::default());
            });
        }
        let mut picked = None;
        egui::Popup::from_toggle_button_response(&response)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .show(|ui| {
                let mut typed: TypedDate =
                    ui.data(|data| data.get_temp(typed_id)).unwrap_or_default();
                picked = typed.show(ui, typed_id, opened);
                ui.data_mut(|data| data.insert_temp(typed_id, typed));
                let shown = ui
                    .data(|data| data.get_temp::<Date>(month_id))
                    .unwrap_or_else(|| self.date.first_of_month());
                let mut calendar = Calendar {
                    shown,
                    selected: *self.date,
                    today: jiff::Zoned::now().date(),
                    focus: ui.data(|data| data.get_temp(focus_id)).flatten(),
                };
                picked = picked.or(calendar.show(ui));
                ui.data_mut(|data| {
                    data.insert_temp(month_id, calendar.shown);
                    data.insert_temp(focus_id, calendar.focus);
                });
                if picked.is_some() {
                    ui.close();
                }
            });
        if let Some(date) = picked
            && date != *self.date
        {
            *self.date = date;
            response.mark_changed();
        }
        response
    }
}

/// The date as the planner types it, and why the last one typed was not taken.
#[derive(Clone, Debug, Default)]
struct TypedDate {
    text: String,
    refusal: Option<String>,
}

impl TypedDate {
    /// The field; returns the date typed when Enter is pressed on one that reads as a date.
    fn show(&mut self, ui: &mut Ui, id: egui::Id, opened: bool) -> Option<Date> {
        let label = ui.label(t!("clock-type-a-date"));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut self.text)
                    .id(id)
                    .hint_text(crate::lang::attribute("clock-type-a-date", "hint"))
                    .desired_width(MONTH_LABEL_WIDTH + 80.0),
            )
            .labelled_by(label.id);
        if opened {
            field.request_focus();
        }
        if field.changed() {
            self.refusal = None;
        }
        let mut typed = None;
        if field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)) {
            match parse_date(&self.text, DateOrder::DayMonth) {
                Some(date) => typed = Some(date),
                None if self.text.trim().is_empty() => {}
                None => {
                    self.refusal = Some(t!("clock-date-not-read", typed = self.text.trim()));
                    field.request_focus();
                }
            }
        }
        if let Some(refusal) = &self.refusal {
            ui.colored_label(Tokens::for_ui(ui).color.error, refusal);
        }
        typed
    }
}

/// One month of days, the week starting where the language's country starts it (Monday in
/// Britain and Estonia, Saturday in Iraq) and read in the window's direction: in Arabic the week's
/// first day is the rightmost column. The arrow keys move between days as they lie on screen (in
/// Arabic, Left is the next day), Up and Down by a week, into the next or previous month.
struct Calendar {
    /// The first day of the month shown.
    shown: Date,
    selected: Date,
    today: Date,
    /// The day an arrow key moved to, to be given the keyboard focus when it is drawn.
    focus: Option<Date>,
}

impl Calendar {
    /// Draws the month; returns the day picked, if one was.
    fn show(&mut self, ui: &mut Ui) -> Option<Date> {
        let tokens = Tokens::for_ui(ui);
        let first = format::first_weekday();
        let week: [Weekday; 7] = std::array::from_fn(|column| first.wrapping_add(column as i64));
        let names = week.map(|weekday| format::date(a_day_on(weekday), DateFormat::ShortWeekday));
        let cell = self.cell_size(ui, &names);
        let gap = tokens.space.list_grid.x / 2.0;
        // The calendar is as wide as its week, so that a week read from the right starts at the
        // same edge as the month's name above it.
        let width = (7.0 * cell.x + 6.0 * gap).max(self.header_width(ui));
        let row = |ui: &mut Ui, add_cells: &mut dyn FnMut(&mut Ui)| {
            ui.allocate_ui_with_layout(
                egui::vec2(width, cell.y),
                tokens.row_layout(egui::Align::Center),
                |ui| {
                    ui.spacing_mut().item_spacing.x = gap;
                    add_cells(ui);
                },
            );
        };
        row(ui, &mut |ui| self.header(ui, &tokens));
        ui.add_space(tokens.space.small);
        row(ui, &mut |ui| {
            for name in &names {
                ui.add_sized(
                    cell,
                    egui::Label::new(RichText::new(name).color(tokens.color.muted)),
                );
            }
        });
        let mut picked = None;
        let mut moved_to = None;
        let mut week_start = self
            .shown
            .checked_sub(i64::from(self.shown.weekday().since(first)).days())
            .unwrap_or(self.shown);
        while week_start <= self.shown.last_of_month() {
            row(ui, &mut |ui| {
                for column in 0..7 {
                    let day = week_start
                        .checked_add((column as i64).days())
                        .unwrap_or(week_start);
                    if day.month() == self.shown.month() {
                        let (response, moved) = self.day_button(ui, day, cell, &tokens);
                        if response.clicked() {
                            picked = Some(day);
                        }
                        moved_to = moved_to.or(moved);
                    } else {
                        ui.allocate_exact_size(cell, egui::Sense::hover());
                    }
                }
            });
            match week_start.checked_add(7.days()) {
                Ok(next) => week_start = next,
                Err(_) => break,
            }
        }
        // The day moved to is shown, and focused, from the next frame: the month's days are all
        // drawn before the month shown changes.
        if let Some(day) = moved_to {
            self.shown = day.first_of_month();
            self.focus = Some(day);
            ui.ctx().request_repaint();
        }
        ui.add_space(tokens.space.small);
        row(ui, &mut |ui| {
            let today = self.today;
            if ui
                .button(t!("clock-date-today"))
                .on_hover_text(format::date(today, DateFormat::FullWeekdayDayMonthYear))
                .clicked()
            {
                picked = Some(today);
            }
        });
        picked
    }

    /// A day's cell: wide enough for the widest weekday's name and for a day of two digits.
    fn cell_size(&self, ui: &Ui, names: &[String; 7]) -> egui::Vec2 {
        let font = egui::TextStyle::Button.resolve(ui.style());
        let widest = names
            .iter()
            .map(String::as_str)
            .chain([format::number(28).as_str()])
            .map(|text| {
                ui.painter()
                    .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            })
            .fold(0.0, f32::max);
        let button = ui.spacing().button_padding.x * 2.0 + widest;
        egui::vec2(
            button.max(ui.spacing().interact_size.y),
            ui.spacing().interact_size.y,
        )
    }

    /// The header's width: the month's name and four arrows.
    fn header_width(&self, ui: &Ui) -> f32 {
        MONTH_LABEL_WIDTH + 4.0 * (ui.spacing().interact_size.y + ui.spacing().item_spacing.x)
    }

    /// "‹ March 2027 ›", with steps of a year on the outside; in Arabic the earlier month is on
    /// the right, its arrow pointing right.
    fn header(&mut self, ui: &mut Ui, tokens: &Tokens) {
        let step = |ui: &mut Ui, arrow: &'static str, name: &str| {
            ui.button(tokens.symbol(arrow))
                .on_hover_text(name)
                .accessible_name(name)
        };
        if step(ui, "«", t!("clock-previous-year")).clicked() {
            self.shown = self.shown.checked_sub(1.year()).unwrap_or(self.shown);
        }
        if step(ui, "‹", t!("clock-previous-month")).clicked() {
            self.shown = self.shown.checked_sub(1.month()).unwrap_or(self.shown);
        }
        ui.add_sized(
            [MONTH_LABEL_WIDTH, ui.spacing().interact_size.y],
            egui::Label::new(
                RichText::new(format::date(self.shown, DateFormat::MonthYear)).strong(),
            ),
        );
        if step(ui, "›", t!("clock-next-month")).clicked() {
            self.shown = self.shown.checked_add(1.month()).unwrap_or(self.shown);
        }
        if step(ui, "»", t!("clock-next-year")).clicked() {
            self.shown = self.shown.checked_add(1.year()).unwrap_or(self.shown);
        }
    }

    /// The day's button, and the neighbour an arrow key pressed on it moves to.
    fn day_button(
        &mut self,
        ui: &mut Ui,
        day: Date,
        cell: egui::Vec2,
        tokens: &Tokens,
    ) -> (Response, Option<Date>) {
        let mut text = RichText::new(format::number(i64::from(day.day())));
        if day == self.today {
            text = text.underline();
        }
        let response = ui
            .add_sized(cell, egui::Button::selectable(day == self.selected, text))
            .accessible_name(format::date(day, DateFormat::FullWeekdayDayMonthYear));
        if self.focus == Some(day) {
            response.request_focus();
            self.focus = None;
        }
        if response.has_focus() {
            // The arrows are the calendar's, not egui's move to the nearest widget.
            ui.memory_mut(|memory| {
                memory.set_focus_lock_filter(
                    response.id,
                    egui::EventFilter {
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        ..Default::default()
                    },
                )
            });
            // Taken from the input, so that the day focused next is not moved on by the same
            // press within this frame.
            let moved = ui
                .input_mut(|input| arrow_step(input, tokens))
                .and_then(|days| day.checked_add(days.days()).ok());
            return (response, moved);
        }
        (response, None)
    }
}

/// How many days the arrow key pressed moves, taking the press: a day to the left or right as the
/// week is laid out (the next day lies to the left in Arabic), a week up or down.
fn arrow_step(input: &mut egui::InputState, tokens: &Tokens) -> Option<i64> {
    let onward = tokens.onward() as i64;
    [
        (egui::Key::ArrowLeft, -onward),
        (egui::Key::ArrowRight, onward),
        (egui::Key::ArrowUp, -7),
        (egui::Key::ArrowDown, 7),
    ]
    .into_iter()
    .find(|&(key, _)| input.consume_key(egui::Modifiers::NONE, key))
    .map(|(_, days)| days)
}

/// A day that falls on `weekday`, to have its name written: in the week of Monday 1 March 2027.
fn a_day_on(weekday: Weekday) -> Date {
    Date::constant(2027, 3, 1 + weekday.to_monday_zero_offset())
}
