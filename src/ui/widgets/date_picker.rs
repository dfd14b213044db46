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

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

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
                };
                picked = picked.or(calendar.show(ui));
                ui.data_mut(|data| data.insert_temp(month_id, calendar.shown));
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

/// One month of days, Monday first.
struct Calendar {
    /// The first day of the month shown.
    shown: Date,
    selected: Date,
    today: Date,
}

impl Calendar {
    /// Draws the month; returns the day picked, if one was.
    fn show(&mut self, ui: &mut Ui) -> Option<Date> {
        let tokens = Tokens::for_ui(ui);
        self.header(ui);
        ui.add_space(tokens.space.small);
        let mut picked = None;
        egui::Grid::new("days")
            .spacing(tokens.space.list_grid)
            .show(ui, |ui| {
                for weekday in WEEKDAYS {
                    let name = format::date(a_day_on(weekday), DateFormat::ShortWeekday);
                    ui.label(RichText::new(name).color(tokens.color.muted));
                }
                ui.end_row();
                let blanks = self.shown.weekday().to_monday_zero_offset();
                for _ in 0..blanks {
                    ui.label("");
                }
                let mut day = self.shown;
                while day.month() == self.shown.month() {
                    if self.day_button(ui, day).clicked() {
                        picked = Some(day);
                    }
                    if day.weekday() == Weekday::Sunday {
                        ui.end_row();
                    }
                    match day.tomorrow() {
                        Ok(next) => day = next,
                        Err(_) => break,
                    }
                }
            });
        ui.add_space(tokens.space.small);
        ui.horizontal(|ui| {
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

    /// "‹ March 2027 ›", with steps of a year on the outside.
    fn header(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let step = |ui: &mut Ui, text: &str, name: &str| {
                ui.button(text).on_hover_text(name).accessible_name(name)
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
        });
    }

    fn day_button(&self, ui: &mut Ui, day: Date) -> Response {
        let mut text = RichText::new(format!("{:>2}", day.day())).monospace();
        if day == self.today {
            text = text.underline();
        }
        ui.add(egui::Button::selectable(day == self.selected, text))
            .accessible_name(format::date(day, DateFormat::FullWeekdayDayMonthYear))
    }
}

/// A day that falls on `weekday`, to have its name written: in the week of Monday 1 March 2027.
fn a_day_on(weekday: Weekday) -> Date {
    Date::constant(2027, 3, 1 + weekday.to_monday_zero_offset())
}
