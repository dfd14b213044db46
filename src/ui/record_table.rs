//! The table the people, organisations, topics and actions views show their records in, written
//! once so that they cannot drift apart: a search box above it, a "3 of 12" count, sortable
//! column headings, only the rows in sight laid out (so 10,000 records cost what 30 do), the
//! selected record marked and scrolled to, and the record's name as the button that opens it. A
//! grouped table (the actions by due date, owner or status) has its groups' headings among the
//! rows, and its order is the grouping's, so its headings do not sort.
//!
//! Each view keeps what is its own: the columns, the cache of rows (which records pass the search
//! and filters, in which order) and what the cells after the name show.

use crate::ui::tokens::{Tokens, focus_ring};
use egui::accesskit::{NodeId, Role, SortDirection};
use egui::{Align, Id, Key, Modifiers, RichText, Sense, Ui, UiBuilder};
use egui_extras::{Column, TableBuilder, TableRow};

use super::bidi::{Fit, TextField, bidi_label};
use super::widgets::field_id;
use crate::app::ViewAction;
use crate::model::Choice;
use crate::ui::ViewContext;

const ROW_HEIGHT: f32 = 24.0;
/// How far inside a row (or the table) its focus ring lies, so that the ring stays within it.
const FOCUS_INSET: f32 = 2.0;

/// A column of a record table, as the view that owns it describes it.
pub trait RecordColumn: Copy + PartialEq + 'static {
    fn title(self) -> &'static str;
    fn initial_width(self) -> f32;
    /// The heading's tooltip, given how the table is sorted by this column now: "sorted A to Z",
    /// "sorted Z to A" or "not sorted". (The people view was written with a tooltip of its own;
    /// it keeps it.)
    fn sort_hint(self, _state: &str) -> String {
        crate::t!("record-sort-hint").to_owned()
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
    if !query.is_empty() && ui.button(crate::t!("record-clear-search")).clicked() {
        query.clear();
    }
}

/// "12 people", or "3 of 12 people" while the search or a filter hides some: the message `all`
/// (with `$total`) or `some` (with `$shown` and `$total`).
pub fn shown_count(ui: &mut Ui, shown: usize, total: usize, all: &str, some: &str) {
    ui.weak(if shown == total {
        crate::lang::text_with(all, &[("total", total.into())])
    } else {
        crate::lang::text_with(some, &[("shown", shown.into()), ("total", total.into())])
    });
    ui.add_space(Tokens::for_ui(ui).space.small);
}

/// The text of a message whose values are counts, for a table's cells ("3 events", "2 of 5
/// answered"): formatted once per language and counts, and kept, so that the rows in sight cost a
/// lookup a frame rather than a formatting.
pub fn counted(id: &'static str, counts: &[(&'static str, usize)]) -> String {
    use std::cell::RefCell;
    use std::collections::HashMap;
    type Key = (
        crate::lang::Language,
        &'static str,
        Vec<(&'static str, usize)>,
    );
    /// Enough for every count the tables in sight show; the cache starts again past it.
    const KEPT: usize = 4096;
    thread_local! {
        static TEXTS: RefCell<HashMap<Key, String>> = RefCell::default();
    }
    let key = (crate::lang::current(), id, counts.to_vec());
    TEXTS.with(|texts| {
        if let Some(text) = texts.borrow().get(&key) {
            return text.clone();
        }
        let args: Vec<(&str, crate::lang::Arg)> =
            counts.iter().map(|&(name, n)| (name, n.into())).collect();
        let text = crate::lang::text_with(id, &args);
        let mut texts = texts.borrow_mut();
        if texts.len() >= KEPT {
            texts.clear();
        }
        texts.insert(key, text.clone());
        text
    })
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

/// Draws a group's heading into the cells of its row, from the first.
pub type HeadingCells<'a, L> = &'a dyn Fn(&mut RowCells<'a>, &'a L);

/// The cells of a table's row, added in the order of the table's columns and placed in reading
/// order: from the right in Arabic, where the first column is the rightmost. (egui_extras' tables
/// place cells from the left only, so the cells are kept until the row is complete.)
pub struct RowCells<'c> {
    cells: Vec<Cell<'c>>,
}

type Cell<'c> = Box<dyn FnOnce(&mut Ui) + 'c>;

impl<'c> RowCells<'c> {
    /// Adds the next column's cell.
    pub fn col(&mut self, add: impl FnOnce(&mut Ui) + 'c) {
        self.cells.push(Box::new(add));
    }
}

/// Places `cells` (in column order, fewer than `columns` for a heading) into `row`, reversed and
/// padded with empty cells at the left when the window reads from the right.
fn place_cells(row: &mut TableRow<'_, '_>, mut cells: Vec<Cell<'_>>, columns: usize, rtl: bool) {
    if rtl {
        for _ in cells.len()..columns {
            row.col(|_| {});
        }
        cells.reverse();
    }
    for cell in cells {
        row.col(cell);
    }
}

/// A record table to draw this frame.
pub struct RecordTable<'a, C, L = usize> {
    /// The table's name for egui; its horizontal scroll area is "<id> scroll".
    pub id: &'a str,
    /// The table's name for screen readers ("People").
    pub label: &'a str,
    /// The columns in reading order. The first is always the record's name.
    pub columns: &'a [C],
    /// The rows: positions in the plan's list of these records, or lines of a grouped table.
    pub rows: &'a [L],
    /// The position of a record to bring into view, after it was opened from elsewhere.
    pub scroll_to: Option<usize>,
    /// How a grouped table draws its headings; `None` for a table of records only.
    pub headings: Option<HeadingCells<'a, L>>,
    /// Each row's height, for a table whose names are wrapped in full (a problem's sentence);
    /// `None` for rows of one line, whose names are cut with "…".
    pub heights: Option<&'a [f32]>,
}

/// What happened in a record table this frame.
pub struct RecordTableResponse {
    /// The position of the record whose row (or name) was clicked, or that the arrow keys (Home,
    /// End, Page Up, Page Down) moved to.
    pub clicked: Option<usize>,
    /// Whether `clicked` was reached with the keys rather than a click.
    pub by_keys: bool,
    /// The position of the selected record when Enter was pressed on the table.
    pub entered: Option<usize>,
    /// Whether the table scrolled to `scroll_to`, which it does only if that record is a row.
    pub scrolled: bool,
}

impl<'a, C: RecordColumn, L: TableLine> RecordTable<'a, C, L> {
    /// Draws the table. Clicking a column's heading changes `sort` (a grouped table has none);
    /// the caller recomputes its rows from it on the next frame. `name` and `is_selected` tell
    /// about the record at a position, and `other_cells` adds the cells after the name, one
    /// `cells.col` per remaining column.
    ///
    /// The table is one Tab stop, as a native one is: while it has the keyboard focus the arrow
    /// keys, Home, End, Page Up and Page Down open the record above, below, first, last or a page
    /// away, and Enter is told about as `entered`. Screen readers meet it as a table of rows and
    /// cells under column headers that tell how the table is sorted.
    pub fn show<'n>(
        self,
        ui: &mut Ui,
        sort: Option<&mut Option<Sort<C>>>,
        name: impl Fn(usize) -> &'n str,
        is_selected: impl Fn(usize) -> bool,
        other_cells: impl FnMut(&mut RowCells<'a>, usize),
    ) -> RecordTableResponse {
        let table_id = Id::unique((self.id, "record table"));
        let scope = ui.scope_builder(
            UiBuilder::new()
                .scope_id(table_id)
                .sense(Sense::FOCUSABLE)
                .accessibility_role(Role::Table)
                .accessibility_label(self.label),
            |ui| self.show_inside(ui, table_id, sort, name, is_selected, other_cells),
        );
        let (response, focused_row) = scope.inner;
        // egui makes a focusable Ui's node before the Ui is laid out, and gives it no place: the
        // table's is told here, for the screen readers and magnifiers that follow the focus.
        let rect = scope.response.rect;
        ui.ctx().accesskit_node_builder(scope.response.id, |node| {
            node.set_bounds(egui::accesskit::Rect {
                x0: rect.min.x.into(),
                y0: rect.min.y.into(),
                x1: rect.max.x.into(),
                y1: rect.max.y.into(),
            });
        });
        if response.clicked.is_some() && !scope.response.has_focus() {
            scope.response.request_focus();
        }
        if scope.response.has_focus() {
            // egui_extras draws no focus: the selected row is ringed, or the whole table while
            // no row in sight is selected.
            let (rect, clip) = focused_row
                .unwrap_or((scope.response.rect.shrink(FOCUS_INSET), scope.response.rect));
            focus_ring(&ui.painter().with_clip_rect(clip), ui.visuals(), rect);
        }
        response
    }

    fn show_inside<'n>(
        self,
        ui: &mut Ui,
        table_id: Id,
        mut sort: Option<&mut Option<Sort<C>>>,
        name: impl Fn(usize) -> &'n str,
        is_selected: impl Fn(usize) -> bool,
        mut other_cells: impl FnMut(&mut RowCells<'a>, usize),
    ) -> (RecordTableResponse, Option<(egui::Rect, egui::Rect)>) {
        let RecordTable {
            id,
            label: _,
            columns,
            rows,
            scroll_to,
            headings,
            heights,
        } = self;
        let keys = table_keys(ui, table_id, rows, &is_selected);
        let mut clicked = None;
        let scroll_to = keys.moved_to.or(scroll_to);
        let scroll_row = scroll_to
            .and_then(|position| rows.iter().position(|line| line.record() == Some(position)));
        let mut tree = TableTree::default();
        // The selected row's rectangle, and the part of it in sight, to ring while the table has
        // the focus.
        let mut focused_row = None;
        let fit = if heights.is_some() {
            Fit::Wrap
        } else {
            Fit::Truncate
        };
        let tokens = Tokens::for_ui(ui);
        let rtl = tokens.is_right_to_left();
        // The columns as placed, from the left.
        let mut placed: Vec<(usize, C)> = columns.iter().copied().enumerate().collect();
        if rtl {
            placed.reverse();
        }
        // Wide tables scroll sideways as a whole; the table itself scrolls only vertically.
        egui::ScrollArea::horizontal()
            .id_salt(format!("{id} scroll"))
            // Right to left the first columns are at the right: in sight until scrolled.
            .stick_to_right(rtl)
            .show(ui, |ui| {
                // The cells take clicks but not the keyboard focus: the table as a whole has it.
                // The columns are not resizable: egui_extras' resize handles are unnamed Tab
                // stops that no key moves.
                let mut table = TableBuilder::new(ui)
                    .id_salt(id)
                    .striped(true)
                    .sense(Sense::CLICK)
                    .cell_layout(tokens.row_layout(Align::Center))
                    .auto_shrink([false, false])
                    .min_scrolled_height(0.0);
                for &(position, column) in &placed {
                    // The first column (the record's name) takes what a wide window leaves, so
                    // names read whole and the table reaches the window's edge.
                    let sized = if position == 0 {
                        Column::remainder().at_least(column.initial_width())
                    } else {
                        Column::initial(column.initial_width()).at_least(50.0)
                    };
                    table = table.column(sized.clip(true));
                }
                if let Some(row) = scroll_row {
                    table = table.scroll_to_row(row, Some(Align::Center));
                }
                table
                    .header(ROW_HEIGHT + 4.0, |mut header| {
                        for &(_, column) in &placed {
                            header.col(|ui| {
                                let direction = sort
                                    .as_deref()
                                    .and_then(|sort| sort_direction(*sort, column));
                                tree.header = ui.stack().parent.as_ref().map(|p| p.unique_id);
                                tree.header_cells.push(ui.unique_id());
                                ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                                    node.set_role(Role::ColumnHeader);
                                    if let Some(direction) = direction {
                                        node.set_sort_direction(direction);
                                    }
                                });
                                match sort.as_deref_mut() {
                                    Some(sort) => sort_heading(ui, column, sort),
                                    None => {
                                        ui.label(RichText::new(column.title()).strong());
                                    }
                                }
                            });
                        }
                    })
                    .body(|body| {
                        let draw_row = |mut row: TableRow<'_, '_>| {
                            let line = &rows[row.index()];
                            let selected = match line.record() {
                                None => {
                                    if let Some(headings) = headings {
                                        let mut cells = RowCells { cells: Vec::new() };
                                        headings(&mut cells, line);
                                        place_cells(&mut row, cells.cells, columns.len(), rtl);
                                    }
                                    false
                                }
                                Some(position) => {
                                    let is_selected = is_selected(position);
                                    row.set_selected(is_selected);
                                    let mut in_sight = egui::Rect::NOTHING;
                                    let body = &mut tree.body;
                                    let name = name(position);
                                    let in_sight_of_name = &mut in_sight;
                                    let mut cells: Vec<Cell<'_>> = vec![Box::new(|ui: &mut Ui| {
                                        *body = ui.stack().parent.as_ref().map(|p| p.unique_id);
                                        *in_sight_of_name = ui.clip_rect();
                                        name_cell(ui, name, fit);
                                    })];
                                    let mut others = RowCells { cells: Vec::new() };
                                    other_cells(&mut others, position);
                                    cells.extend(others.cells);
                                    place_cells(&mut row, cells, columns.len(), rtl);
                                    let response = row.response();
                                    if response.clicked() {
                                        clicked = Some(position);
                                    }
                                    if is_selected {
                                        let rect = response.rect.shrink(FOCUS_INSET);
                                        let clip = egui::Rect::from_x_y_ranges(
                                            response.rect.expand(FOCUS_INSET).x_range(),
                                            in_sight.y_range(),
                                        );
                                        focused_row = Some((rect, clip));
                                    }
                                    is_selected
                                }
                            };
                            tree.rows.push(TreeRow {
                                index: row.index(),
                                cells: row.col_index(),
                                selected,
                            });
                        };
                        // Only the rows in sight are laid out.
                        match heights {
                            Some(heights) => {
                                body.heterogeneous_rows(heights.iter().copied(), draw_row);
                            }
                            None => body.rows(ROW_HEIGHT, rows.len(), draw_row),
                        }
                    });
            });
        tree.expose(ui.ctx(), table_id, columns.len(), rows.len());
        let response = RecordTableResponse {
            by_keys: clicked.is_none() && keys.moved_to.is_some(),
            clicked: clicked.or(keys.moved_to),
            entered: keys.entered,
            scrolled: scroll_row.is_some(),
        };
        (response, focused_row)
    }
}

/// What the keys pressed on a table with the focus asked for.
#[derive(Default)]
struct TableKeys {
    /// The record the arrow keys (and Home, End, Page Up, Page Down) moved to.
    moved_to: Option<usize>,
    /// The selected record, when Enter was pressed.
    entered: Option<usize>,
}

/// The keys pressed while the table has the focus; they are kept from egui's own moving of the
/// focus between widgets.
fn table_keys<L: TableLine>(
    ui: &Ui,
    table_id: Id,
    rows: &[L],
    is_selected: impl Fn(usize) -> bool,
) -> TableKeys {
    if !ui.memory(|memory| memory.has_focus(table_id)) {
        return TableKeys::default();
    }
    ui.memory_mut(|memory| {
        memory.set_focus_lock_filter(
            table_id,
            egui::EventFilter {
                vertical_arrows: true,
                ..Default::default()
            },
        );
    });
    let Some(key) = [
        Key::Enter,
        Key::ArrowUp,
        Key::ArrowDown,
        Key::Home,
        Key::End,
        Key::PageUp,
        Key::PageDown,
    ]
    .into_iter()
    .find(|&key| ui.input_mut(|input| input.consume_key(Modifiers::NONE, key))) else {
        return TableKeys::default();
    };
    let records: Vec<usize> = rows.iter().filter_map(TableLine::record).collect();
    let current = records.iter().position(|&position| is_selected(position));
    if key == Key::Enter {
        return TableKeys {
            moved_to: None,
            entered: current.map(|row| records[row]),
        };
    }
    let Some(last) = records.len().checked_sub(1) else {
        return TableKeys::default();
    };
    let page = (ui.available_height() / ROW_HEIGHT).max(1.0) as usize;
    let wanted = match (key, current) {
        (Key::Home, _) | (Key::ArrowDown | Key::PageDown, None) => 0,
        (Key::End, _) | (_, None) => last,
        (Key::ArrowUp, Some(row)) => row.saturating_sub(1),
        (Key::PageUp, Some(row)) => row.saturating_sub(page),
        (Key::PageDown, Some(row)) => (row + page).min(last),
        (_, Some(row)) => (row + 1).min(last),
    };
    TableKeys {
        moved_to: Some(records[wanted]),
        entered: None,
    }
}

/// How the table is sorted by `column`, for its header.
fn sort_direction<C: RecordColumn>(sort: Option<Sort<C>>, column: C) -> Option<SortDirection> {
    match sort {
        Some(s) if s.column == column && s.descending => Some(SortDirection::Descending),
        Some(s) if s.column == column => Some(SortDirection::Ascending),
        _ => None,
    }
}

/// The rows and cells screen readers walk through. egui_extras lays every cell of the body out
/// in one container, one after another, and the header's cells beside the body; this gathers
/// each row's cells under a row of their own once the table is drawn.
#[derive(Default)]
struct TableTree {
    /// The container the body's cells are drawn in.
    body: Option<Id>,
    /// The container the header's cells are drawn in, and the cells.
    header: Option<Id>,
    header_cells: Vec<Id>,
    /// The rows drawn this frame (those in sight), in order.
    rows: Vec<TreeRow>,
}

struct TreeRow {
    /// The row's place in the table's rows.
    index: usize,
    /// How many cells it has.
    cells: usize,
    selected: bool,
}

impl TableTree {
    /// Puts the rows drawn this frame into the accessibility tree: the header row first, then a
    /// row per record or group heading, each with its cells, and tells the table how many rows
    /// and columns it has and which row is selected.
    fn expose(self, ctx: &egui::Context, table: Id, columns: usize, rows: usize) {
        let mut added = Vec::new();
        if let Some(parent) = self.header {
            let header = table.with("header row");
            let cells: Vec<NodeId> = self
                .header_cells
                .iter()
                .map(|id| id.accesskit_id())
                .collect();
            if gather(ctx, header, 0, &cells, None) {
                // The header's cells share their container with the body: the row takes the
                // place of the first of them.
                ctx.accesskit_node_builder(parent, |node| {
                    let mut children = node.children().to_vec();
                    let first = children.iter().position(|child| cells.contains(child));
                    children.retain(|child| !cells.contains(child));
                    children.insert(first.unwrap_or(0), header.accesskit_id());
                    node.set_children(children);
                });
                added.push(header.accesskit_id());
            }
        }
        let mut active = None;
        if let Some(body) = self.body {
            let children = ctx
                .accesskit_node_builder(body, |node| node.children().to_vec())
                .unwrap_or_default();
            let cells: usize = self.rows.iter().map(|row| row.cells).sum();
            // Only when the body holds exactly the cells drawn is it certain which are whose.
            if children.len() == cells {
                let mut rest = children.as_slice();
                let mut row_ids = Vec::new();
                for row in &self.rows {
                    let (cells, after) = rest.split_at(row.cells);
                    rest = after;
                    let id = table.with(("row", row.index));
                    if gather(ctx, id, row.index + 1, cells, Some(row.selected)) {
                        row_ids.push(id.accesskit_id());
                        if row.selected {
                            active = Some(id.accesskit_id());
                        }
                    }
                }
                ctx.accesskit_node_builder(body, |node| node.set_children(row_ids.clone()));
                added.extend(row_ids);
            }
        }
        // A node that is not a widget is first put at the tree's root; the rows' place is in
        // the table.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |root| {
            let children: Vec<NodeId> = root
                .children()
                .iter()
                .copied()
                .filter(|child| !added.contains(child))
                .collect();
            root.set_children(children);
        });
        ctx.accesskit_node_builder(table, |node| {
            node.set_row_count(rows + 1);
            node.set_column_count(columns);
            if let Some(active) = active {
                node.set_active_descendant(active);
            }
        });
    }
}

/// Makes the row `id` (the `index`th of the table, the header being the 0th) of `cells`, which
/// become its cells. `selected` is `None` for the header. Returns whether the row is in the tree
/// (it is not while AccessKit is off).
fn gather(
    ctx: &egui::Context,
    id: Id,
    index: usize,
    cells: &[NodeId],
    selected: Option<bool>,
) -> bool {
    for (column, &cell) in cells.iter().enumerate() {
        // SAFETY: the value is that of an egui `Id` (egui made the node of a cell's `Ui` from
        // it), so it has the entropy `Id`s are hashed on.
        let cell = unsafe { Id::from_high_entropy_bits(u64::from(cell)) };
        ctx.accesskit_node_builder(cell, |node| {
            if node.role() == Role::GenericContainer {
                node.set_role(Role::Cell);
            }
            node.set_column_index(column);
            node.set_row_index(index);
        });
    }
    ctx.accesskit_node_builder(id, |node| {
        node.set_role(Role::Row);
        node.set_row_index(index);
        node.set_children(cells.to_vec());
        if let Some(selected) = selected {
            node.set_selected(selected);
        }
    })
    .is_some()
}

/// The record's name, cut to the column's width (the whole name shows on hover) or wrapped in
/// full, as `fit` says. A click on it opens the record, as a click anywhere on its row does.
fn name_cell(ui: &mut Ui, name: &str, fit: Fit) {
    let name = if name.trim().is_empty() {
        RichText::new(crate::t!("record-no-name")).italics()
    } else {
        RichText::new(name)
    };
    bidi_label(ui, name, fit);
}

/// A column heading that sorts by the column: A to Z, then Z to A, then back to plan order.
fn sort_heading<C: RecordColumn>(ui: &mut Ui, column: C, sort: &mut Option<Sort<C>>) {
    let (arrow, state) = match *sort {
        Some(s) if s.column == column && !s.descending => {
            ("▲", crate::t!("record-sorted-ascending"))
        }
        Some(s) if s.column == column => ("▼", crate::t!("record-sorted-descending")),
        _ => ("", crate::t!("record-not-sorted")),
    };
    let (name, hint) = heading_texts(column, state);
    // The arrow follows the title in reading order: at its left right to left.
    let title = match (arrow, Tokens::for_ui(ui).is_right_to_left()) {
        ("", _) => column.title().to_owned(),
        (arrow, false) => format!("{} {arrow}", column.title()),
        (arrow, true) => format!("{arrow} {}", column.title()),
    };
    let response = ui
        .add(
            egui::Button::new(RichText::new(title).strong())
                .frame(false)
                .truncate(),
        )
        .accessible_name(name)
        .on_hover_text(hint);
    if response.has_focus() {
        focus_ring(
            ui.painter(),
            ui.visuals(),
            response.rect.shrink(FOCUS_INSET),
        );
    }
    if response.clicked() {
        *sort = Sort::after_click(*sort, column);
    }
}

/// A sorting heading's spoken name ("Sort by Name") and tooltip, given how the table is sorted by
/// it (`state`): made once per language, column and state and kept, so that the headings drawn
/// every frame format no message.
fn heading_texts<C: RecordColumn>(column: C, state: &'static str) -> (String, String) {
    use std::any::TypeId;
    use std::cell::RefCell;
    use std::collections::HashMap;
    type Key = (crate::lang::Language, TypeId, &'static str, &'static str);
    thread_local! {
        // Bounded: a few columns of a few tables, in three states and a few languages.
        static TEXTS: RefCell<HashMap<Key, (String, String)>> = RefCell::default();
    }
    let key = (
        crate::lang::current(),
        TypeId::of::<C>(),
        column.title(),
        state,
    );
    TEXTS.with(|texts| {
        texts
            .borrow_mut()
            .entry(key)
            .or_insert_with(|| {
                (
                    crate::t!("record-sort-by", column = column.title()),
                    column.sort_hint(state),
                )
            })
            .clone()
    })
}
