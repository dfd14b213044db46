//! The table the people, organisations, topics and actions views show their records in, written
//! once so that they cannot drift apart: a search box above it, a "3 of 12" count, sortable
//! column headings, only the rows in sight laid out (so 10,000 records cost what 30 do), the
//! selected record marked and scrolled to, and the record's name as the button that opens it. A
//! grouped table (the actions by due date, owner or status) has its groups' headings among the
//! rows, and its order is the grouping's, so its headings do not sort.
//!
//! Each view keeps what is its own: the columns, the cache of rows (which records pass the search
//! and filters, in which order) and what the cells after the name show.

use crate::ui::tokens::Tokens;
use egui::{Align, RichText, Sense, Ui};
use egui_extras::{Column, TableBuilder, TableRow};

use super::bidi::{TextField, cut_button};
use super::widgets::{count, field_id};
use crate::app::ViewAction;
use crate::model::Choice;
use crate::ui::ViewContext;

const ROW_HEIGHT: f32 = 24.0;

/// A column of a record table, as the view that owns it describes it.
pub trait RecordColumn: Copy + PartialEq {
    fn title(self) -> &'static str;
    fn initial_width(self) -> f32;
    /// The heading's tooltip, given how the table is sorted by this column now: "sorted A to Z",
    /// "sorted Z to A" or "not sorted". (The people view was written with a tooltip of its own;
    /// it keeps it.)
    fn sort_hint(self, _state: &str) -> String {
        "Click to sort by this column; again to reverse; again for plan order".to_owned()
    }
}

/// The column the rows are sorted by, and which way. No sort at all means plan order, which for
/// people is the order of precedence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort<C> {
    pub column: C,
    pub descending: bool,
}

impl<C: RecordColumn> Sort<C> {
    /// The sort after a click on `column`'s heading: A to Z, then Z to A, then back to plan order.
    fn after_click(current: Option<Self>, column: C) -> Option<Self> {
        match current {
            Some(s) if s.column == column && !s.descending => Some(Sort {
                column,
                descending: true,
            }),
            Some(s) if s.column == column => None,
            _ => Some(Sort {
                column,
                descending: false,
            }),
        }
    }
}

/// Sorts `positions` (of records in one of the plan's lists) by the text `key` gives each, A to Z
/// or Z to A. Records without a value go last either way, and records with equal keys keep the
/// order they came in (the sort is stable), so ties stay in plan order.
pub fn sort_positions(positions: &mut Vec<usize>, descending: bool, key: impl Fn(usize) -> String) {
    let mut keyed: Vec<(String, usize)> = positions.iter().map(|&i| (key(i), i)).collect();
    keyed.sort_by(|(a, _), (b, _)| {
        a.is_empty()
            .cmp(&b.is_empty())
            .then_with(|| if descending { b.cmp(a) } else { a.cmp(b) })
    });
    *positions = keyed.into_iter().map(|(_, i)| i).collect();
}

/// A sort key for a choice (side, role, kind): its place in the list of choices, not its label,
/// so that "Head" sorts before "Member" as the list has it.
pub fn choice_rank<T: Choice>(value: T) -> String {
    let position = T::ALL.iter().position(|&v| v == value);
    format!("{:03}", position.unwrap_or_default())
}

/// Puts the cursor in the search box labelled `label` when the planner asked to find (Ctrl+F).
pub fn focus_search_when_asked(ctx: &ViewContext, ui: &Ui, label: &str) {
    if ctx.view_action == Some(ViewAction::Find) {
        ui.memory_mut(|memory| memory.request_focus(field_id("search", label)));
    }
}

/// The search box above a record table: its label (which also names it for screen readers), the
/// text field, and a Clear search button while there is something to clear.
pub fn search_field(ui: &mut Ui, label: &str, hint: &str, query: &mut String) {
    let id = field_id("search", label);
    let label = ui.label(label);
    ui.add(
        TextField::singleline(id, query)
            .hint_text(hint)
            .desired_width(300.0),
    )
    .labelled_by(label.id);
    if !query.is_empty() && ui.button("Clear search").clicked() {
        query.clear();
    }
}

/// "12 people", or "3 of 12 people" while the search or a filter hides some.
pub fn shown_count(ui: &mut Ui, shown: usize, total: usize, singular: &str, plural: &str) {
    ui.weak(if shown == total {
        count(total, singular, plural)
    } else {
        format!("{shown} of {total} {plural}")
    });
    ui.add_space(Tokens::for_ui(ui).space.small);
}

/// A row of a record table: a record, or a group's heading.
pub trait TableLine {
    /// The position of the record in the plan's list of these records; `None` for a heading.
    fn record(&self) -> Option<usize>;
}

/// A table without groups has a record on every row.
impl TableLine for usize {
    fn record(&self) -> Option<usize> {
        Some(*self)
    }
}

/// Draws a group's heading into the cells of its row.
pub type HeadingCells<'a, L> = &'a dyn Fn(&mut TableRow<'_, '_>, &L);

/// A record table to draw this frame.
pub struct RecordTable<'a, C, L = usize> {
    /// The table's name for egui; its horizontal scroll area is "<id> scroll".
    pub id: &'a str,
    /// The columns, left to right. The first is always the record's name.
    pub columns: &'a [C],
    /// The rows: positions in the plan's list of these records, or lines of a grouped table.
    pub rows: &'a [L],
    /// The position of a record to bring into view, after it was opened from elsewhere.
    pub scroll_to: Option<usize>,
    /// How a grouped table draws its headings; `None` for a table of records only.
    pub headings: Option<HeadingCells<'a, L>>,
}

/// What happened in a record table this frame.
pub struct RecordTableResponse {
    /// The position of the record whose row (or name) was clicked.
    pub clicked: Option<usize>,
    /// Whether the table scrolled to `scroll_to`, which it does only if that record is a row.
    pub scrolled: bool,
}

impl<C: RecordColumn, L: TableLine> RecordTable<'_, C, L> {
    /// Draws the table. Clicking a column's heading changes `sort` (a grouped table has none);
    /// the caller recomputes its rows from it on the next frame. `name` and `is_selected` tell
    /// about the record at a position, and `other_cells` adds the cells after the name, one
    /// `row.col` per remaining column.
    pub fn show<'n>(
        self,
        ui: &mut Ui,
        mut sort: Option<&mut Option<Sort<C>>>,
        name: impl Fn(usize) -> &'n str,
        is_selected: impl Fn(usize) -> bool,
        mut other_cells: impl FnMut(&mut TableRow<'_, '_>, usize),
    ) -> RecordTableResponse {
        let RecordTable {
            id,
            columns,
            rows,
            scroll_to,
            headings,
        } = self;
        let scroll_row = scroll_to
            .and_then(|position| rows.iter().position(|line| line.record() == Some(position)));
        let mut clicked = None;
        // Wide tables scroll sideways as a whole; the table itself scrolls only vertically.
        egui::ScrollArea::horizontal()
            .id_salt(format!("{id} scroll"))
            .show(ui, |ui| {
                let mut table = TableBuilder::new(ui)
                    .id_salt(id)
                    .striped(true)
                    .sense(Sense::click())
                    .cell_layout(egui::Layout::left_to_right(Align::Center))
                    .auto_shrink([false, false])
                    .min_scrolled_height(0.0);
                for (position, &column) in columns.iter().enumerate() {
                    // The first column (the record's name) takes what a wide window leaves, so
                    // names read whole and the table reaches the window's edge.
                    let sized = if position == 0 {
                        Column::remainder().at_least(column.initial_width())
                    } else {
                        Column::initial(column.initial_width()).at_least(50.0)
                    };
                    table = table.column(sized.resizable(true).clip(true));
                }
                if let Some(row) = scroll_row {
                    table = table.scroll_to_row(row, Some(Align::Center));
                }
                table
                    .header(ROW_HEIGHT + 4.0, |mut header| {
                        for &column in columns {
                            header.col(|ui| match sort.as_deref_mut() {
                                Some(sort) => sort_heading(ui, column, sort),
                                None => {
                                    ui.label(RichText::new(column.title()).strong());
                                }
                            });
                        }
                    })
                    .body(|body| {
                        // Only the rows in sight are laid out.
                        body.rows(ROW_HEIGHT, rows.len(), |mut row| {
                            let line = &rows[row.index()];
                            let Some(position) = line.record() else {
                                if let Some(headings) = headings {
                                    headings(&mut row, line);
                                }
                                return;
                            };
                            let is_selected = is_selected(position);
                            row.set_selected(is_selected);
                            let mut name_clicked = false;
                            row.col(|ui| {
                                name_clicked = name_cell(ui, name(position), is_selected);
                            });
                            other_cells(&mut row, position);
                            if name_clicked || row.response().clicked() {
                                clicked = Some(position);
                            }
                        });
                    });
            });
        RecordTableResponse {
            clicked,
            scrolled: scroll_row.is_some(),
        }
    }
}

/// The record's name as a selectable button, so that it can be reached and opened from the
/// keyboard (a click anywhere else on the row opens it too). Returns whether it was clicked.
fn name_cell(ui: &mut Ui, name: &str, is_selected: bool) -> bool {
    let name = if name.trim().is_empty() {
        RichText::new("(no name)").italics()
    } else {
        RichText::new(name)
    };
    cut_button(ui, is_selected, name, None).clicked()
}

/// A column heading that sorts by the column: A to Z, then Z to A, then back to plan order.
fn sort_heading<C: RecordColumn>(ui: &mut Ui, column: C, sort: &mut Option<Sort<C>>) {
    let (arrow, state) = match *sort {
        Some(s) if s.column == column && !s.descending => (" ▲", "sorted A to Z"),
        Some(s) if s.column == column => (" ▼", "sorted Z to A"),
        _ => ("", "not sorted"),
    };
    let response = ui
        .add(
            egui::Button::new(RichText::new(format!("{}{arrow}", column.title())).strong())
                .frame(false)
                .truncate(),
        )
        .accessible_name(format!("Sort by {}", column.title()))
        .on_hover_text(column.sort_hint(state));
    if response.clicked() {
        *sort = Sort::after_click(*sort, column);
    }
}
