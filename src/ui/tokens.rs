//! The design tokens: every colour, text size and spacing the views use, in one place, so that a
//! status, a warning or a side of the visit looks the same in every view and reads well in both
//! themes.
//!
//! Colours are chosen per theme rather than taken from egui's defaults: egui's red and orange, and
//! its faded "weak" text, fall below a 4.5:1 contrast against the panel in one theme or the other.

use egui::{Color32, Rangef, Stroke, Ui, Vec2, Visuals};

use crate::check::Severity;
use crate::lang::Direction;
use crate::model::{ActionStatus, EventKindTag, EventStatus, Side};

/// How thick the ring around what has the keyboard focus is.
const FOCUS_WIDTH: f32 = 2.0;

/// What a view needs to draw in the current theme. Views find them in their context
/// (`ViewContext::tokens`); a widget drawn without one makes them with [`Tokens::for_ui`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tokens {
    pub space: Spacing,
    pub text: TextSizes,
    pub color: Palette,
    /// The way the window reads: from the right in Arabic, where rows, forms, tables, panels and
    /// menus start at the right edge. egui lays out from the left by itself; the shared widgets
    /// read this once a frame and mirror what they place.
    pub direction: Direction,
}

impl Tokens {
    /// The tokens for the theme `ui` is drawn in.
    pub fn for_ui(ui: &Ui) -> Self {
        Self::for_visuals(ui.visuals())
    }

    pub fn for_visuals(visuals: &Visuals) -> Self {
        Self {
            space: Spacing::STANDARD,
            text: TextSizes::STANDARD,
            color: if visuals.dark_mode {
                Palette::DARK
            } else {
                Palette::LIGHT
            },
            direction: crate::lang::direction(),
        }
    }
}

/// Makes egui's own colours the tokens' in both themes, so that what egui draws by itself (weak
/// text, links, `colored_label`s, its warnings) reads as well as the views' text.
pub fn install(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        let palette = Tokens::for_visuals(&style.visuals).color;
        let visuals = &mut style.visuals;
        visuals.weak_text_color = Some(palette.muted);
        visuals.hyperlink_color = palette.information;
        visuals.warn_fg_color = palette.warning;
        visuals.error_fg_color = palette.error;
        visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, palette.field_border);
    });
}

/// Rings `rect` in the focus colour: for what egui draws no focus on by itself (a table's row,
/// a column's heading, an agenda row, a timeline block). The ring lies just outside `rect`.
pub fn focus_ring(painter: &egui::Painter, visuals: &Visuals, rect: egui::Rect) {
    let stroke = Tokens::for_visuals(visuals).color.focus_stroke();
    painter.rect_stroke(rect, 3.0, stroke, egui::StrokeKind::Outside);
}

/// The colour of the times inside a timeline block: as strong as its title, since a weaker grey
/// falls below 4.5:1 on the lighter kinds' fill.
pub fn block_time(visuals: &Visuals) -> Color32 {
    visuals.strong_text_color()
}

/// The menu bar's look: egui's menus' (no frame around the menus at rest), but with the focus
/// ring on the menu that has the keyboard, where egui would only shade it a little (1.17:1 in
/// the dark theme).
pub fn menu_bar_style(style: &mut egui::Style) {
    egui::containers::menu::menu_style(style);
    let palette = Tokens::for_visuals(&style.visuals).color;
    style.visuals.widgets.active.bg_stroke = palette.focus_stroke();
}

/// Vertical and horizontal gaps between things, smallest first.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spacing {
    /// Between notes stacked one on another.
    pub hairline: f32,
    /// Between a heading and what it heads, or a toolbar and its list.
    pub small: f32,
    /// Between related groups inside a panel.
    pub medium: f32,
    /// Between a record's parts in an editor or a dialog.
    pub large: f32,
    /// Above a part of an editor (seating, rooms, rides, gifts).
    pub part: f32,
    /// Between a view's toolbar items, and above a section.
    pub section: f32,
    /// Between the overview's blocks.
    pub block: f32,
    /// Between the columns and rows of a form: labels on the left, their fields on the right.
    pub form_grid: Vec2,
    /// Between the columns and rows of a dense list, such as the keyboard shortcuts.
    pub list_grid: Vec2,
}

impl Spacing {
    const STANDARD: Spacing = Spacing {
        hairline: 2.0,
        small: 4.0,
        medium: 6.0,
        large: 8.0,
        part: 10.0,
        section: 12.0,
        block: 16.0,
        form_grid: Vec2::new(12.0, 6.0),
        list_grid: Vec2::new(12.0, 4.0),
    };
}

/// Text sizes in points, smallest first; body text keeps egui's own size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextSizes {
    /// A timeline block's times.
    pub small: f32,
    /// A timeline block's title and the "now" line's label.
    pub compact: f32,
    /// A row's title in a list, a day's heading, a navigation entry.
    pub row_title: f32,
    /// A section's heading inside a view or an editor.
    pub heading: f32,
    /// A name in its own script under the record's heading (Arabic needs the size to be read).
    pub native_name: f32,
}

impl TextSizes {
    /// A field for a name in its own script: a point above body text, so that Arabic's marks
    /// stay legible while they are typed.
    pub fn native_field(&self, style: &egui::Style) -> f32 {
        style.text_styles[&egui::TextStyle::Body].size + 1.0
    }

    const STANDARD: TextSizes = TextSizes {
        small: 11.0,
        compact: 12.0,
        row_title: 15.0,
        heading: 16.0,
        native_name: 18.0,
    };
}

/// The semantic colours of one theme. The text colours (all but `now_line` and the event kinds)
/// keep at least 4.5:1 contrast against the theme's panel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Secondary text: details, the other clock, a proposed event.
    pub muted: Color32,
    /// Done, confirmed, exported.
    pub success: Color32,
    /// Needs attention: a warning, a requested event, a clock change.
    pub warning: Color32,
    /// Wrong or overdue: an error, a cancelled event.
    pub error: Color32,
    /// Neutral news: an answered question, an open action.
    pub information: Color32,
    pub visiting: Color32,
    pub host: Color32,
    pub other: Color32,
    /// The timeline's line at the current time; drawn, never text.
    pub now_line: Color32,
    /// The outline of a field, button or box at rest, so that an empty field can be seen against
    /// the panel (at least 3:1, as for any control's boundary), also around a radio button's
    /// disc (egui's `bg_fill` of a widget at rest).
    pub field_border: Color32,
    /// The ring around what has the keyboard focus: a table's row, a column's heading, an
    /// agenda row, a menu in the bar; at least 3:1 against the panel and a selected row.
    pub focus: Color32,
    /// Event kinds are told apart by hue; the dark theme dims them so blocks do not glare.
    dim_event_kinds: bool,
}

impl Palette {
    const DARK: Palette = Palette {
        muted: Color32::from_gray(135),
        success: Color32::from_rgb(120, 200, 120),
        warning: Color32::from_rgb(255, 143, 0),
        error: Color32::from_rgb(255, 90, 90),
        information: Color32::from_rgb(90, 170, 255),
        visiting: Color32::from_rgb(110, 170, 255),
        host: Color32::from_rgb(230, 160, 70),
        other: Color32::from_gray(160),
        now_line: Color32::from_rgb(220, 50, 50),
        field_border: Color32::from_gray(140),
        focus: Color32::from_rgb(192, 222, 255),
        dim_event_kinds: true,
    };

    const LIGHT: Palette = Palette {
        muted: Color32::from_gray(105),
        success: Color32::from_rgb(30, 120, 40),
        warning: Color32::from_rgb(180, 70, 0),
        error: Color32::from_rgb(200, 0, 0),
        information: Color32::from_rgb(0, 100, 180),
        visiting: Color32::from_rgb(20, 80, 170),
        host: Color32::from_rgb(150, 80, 0),
        other: Color32::from_gray(90),
        now_line: Color32::from_rgb(220, 50, 50),
        field_border: Color32::from_gray(118),
        focus: Color32::from_rgb(0, 83, 125),
        dim_event_kinds: false,
    };

    pub fn event_status(&self, status: EventStatus) -> Color32 {
        match status {
            EventStatus::Proposed => self.muted,
            EventStatus::Requested => self.warning,
            EventStatus::Confirmed => self.success,
            EventStatus::Cancelled => self.error,
        }
    }

    pub fn action_status(&self, status: ActionStatus) -> Color32 {
        match status {
            ActionStatus::Open => self.information,
            ActionStatus::InProgress => self.warning,
            ActionStatus::Done => self.success,
            ActionStatus::Dropped => self.muted,
        }
    }

    pub fn side(&self, side: Side) -> Color32 {
        match side {
            Side::Visiting => self.visiting,
            Side::Host => self.host,
            Side::Other => self.other,
        }
    }

    /// The mark of a problem: an error's or a warning's colour.
    pub fn problem(&self, severity: Severity) -> Color32 {
        match severity {
            Severity::Error => self.error,
            Severity::Warning => self.warning,
        }
    }

    /// The ring drawn around what has the keyboard focus.
    pub fn focus_stroke(&self) -> Stroke {
        Stroke::new(FOCUS_WIDTH, self.focus)
    }

    /// A timeline block's fill: its kind's colour, faint over the panel (fainter when the event
    /// is cancelled, stronger under the pointer). Partly transparent, so the grid shows through.
    pub fn block_fill(&self, kind: EventKindTag, status: EventStatus, hovered: bool) -> Color32 {
        let color = self.event_kind(kind);
        if status == EventStatus::Cancelled {
            color.gamma_multiply(0.15)
        } else if hovered {
            color.gamma_multiply(0.55)
        } else {
            color.gamma_multiply(0.35)
        }
    }

    /// A colour for each kind of event, in the agenda's margin and on the timeline's blocks.
    pub fn event_kind(&self, kind: EventKindTag) -> Color32 {
        let (r, g, b) = match kind {
            EventKindTag::Meeting => (66, 133, 244),
            EventKindTag::SiteVisit => (0, 150, 136),
            EventKindTag::Briefing => (142, 92, 196),
            EventKindTag::Meal => (230, 124, 35),
            EventKindTag::Ceremony => (196, 160, 0),
            EventKindTag::Travel => (96, 125, 139),
            EventKindTag::Stay => (141, 110, 99),
            EventKindTag::FreeTime => (76, 175, 80),
        };
        let color = Color32::from_rgb(r, g, b);
        if self.dim_event_kinds {
            color.gamma_multiply(0.85)
        } else {
            color
        }
    }

    /// Every colour that is used for text, with its name, for the contrast check.
    #[cfg(test)]
    fn text_colors(&self) -> Vec<(&'static str, Color32)> {
        vec![
            ("muted", self.muted),
            ("success", self.success),
            ("warning", self.warning),
            ("error", self.error),
            ("information", self.information),
            ("visiting", self.visiting),
            ("host", self.host),
            ("other", self.other),
        ]
    }
}

/// WCAG 2.1's contrast ratio of two opaque colours (1 to 21): what the palette is chosen by, and
/// what the tests of both themes measure it with.
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    let luminance = |color: Color32| {
        let linear = egui::Rgba::from(color);
        0.2126 * linear.r() + 0.7152 * linear.g() + 0.0722 * linear.b()
    };
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Choice;

    use super::contrast_ratio as contrast;

    #[test]
    fn every_text_colour_reads_against_the_panel_in_both_themes() {
        for visuals in [Visuals::dark(), Visuals::light()] {
            let tokens = Tokens::for_visuals(&visuals);
            let mut texts = tokens.color.text_colors();
            texts.extend(
                EventStatus::ALL
                    .iter()
                    .map(|&s| ("event status", tokens.color.event_status(s))),
            );
            texts.extend(
                ActionStatus::ALL
                    .iter()
                    .map(|&s| ("action status", tokens.color.action_status(s))),
            );
            for (name, color) in texts {
                let ratio = contrast(color, visuals.panel_fill);
                assert!(
                    ratio >= 4.5,
                    "{name} {color:?} has contrast {ratio:.2} in the {} theme",
                    if visuals.dark_mode { "dark" } else { "light" }
                );
            }
        }
    }

    #[test]
    fn fields_and_buttons_are_outlined_visibly_in_both_themes() {
        let ctx = egui::Context::default();
        install(&ctx);
        for theme in [egui::Theme::Dark, egui::Theme::Light] {
            let visuals = ctx.style_of(theme).visuals.clone();
            let border = visuals.widgets.inactive.bg_stroke;
            assert!(border.width >= 1.0, "{theme:?}");
            for background in [visuals.panel_fill, visuals.text_edit_bg_color()] {
                let ratio = contrast(border.color, background);
                assert!(
                    ratio >= 3.0,
                    "a field's outline has contrast {ratio:.2} in {theme:?}"
                );
            }
        }
    }

    #[test]
    fn egui_draws_weak_text_and_links_readably_once_the_tokens_are_installed() {
        let ctx = egui::Context::default();
        install(&ctx);
        for theme in [egui::Theme::Dark, egui::Theme::Light] {
            let visuals = ctx.style_of(theme).visuals.clone();
            for color in [
                visuals.weak_text_color(),
                visuals.hyperlink_color,
                visuals.warn_fg_color,
                visuals.error_fg_color,
            ] {
                let ratio = contrast(color, visuals.panel_fill);
                assert!(
                    ratio >= 4.5,
                    "{color:?} has contrast {ratio:.2} in {theme:?}"
                );
            }
        }
    }

    #[test]
    fn the_themes_differ_in_the_colours_they_give() {
        let dark = Tokens::for_visuals(&Visuals::dark()).color;
        let light = Tokens::for_visuals(&Visuals::light()).color;
        assert_ne!(dark.error, light.error);
        assert_ne!(
            dark.event_kind(EventKindTag::Meeting),
            light.event_kind(EventKindTag::Meeting)
        );
    }

    #[test]
    fn the_contrast_measure_agrees_with_the_known_extremes() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
    }
}

/// Where things start and how they run in the window's reading direction. egui lays out from the
/// left by itself; the frame and the shared widgets place what they draw through these, so that in
/// Arabic rows, panels, forms, tables and menus start at the right edge.
impl Tokens {
    pub fn is_right_to_left(&self) -> bool {
        self.direction.is_right_to_left()
    }

    /// A row laid out in reading order: from the left, or from the right in Arabic.
    pub fn row_layout(&self, align: egui::Align) -> egui::Layout {
        if self.is_right_to_left() {
            egui::Layout::right_to_left(align)
        } else {
            egui::Layout::left_to_right(align)
        }
    }

    /// A row laid out from the end of the line (from the right, or the left in Arabic): for
    /// what sits at the far end, such as a Remove button, before what takes the rest of the row.
    pub fn row_from_end_layout(&self, align: egui::Align) -> egui::Layout {
        if self.is_right_to_left() {
            egui::Layout::left_to_right(align)
        } else {
            egui::Layout::right_to_left(align)
        }
    }

    /// A column whose items sit at the edge a line starts from.
    pub fn column_layout(&self) -> egui::Layout {
        egui::Layout::top_down(self.start_align())
    }

    /// The edge a line of text starts from, as an alignment.
    pub fn start_align(&self) -> egui::Align {
        if self.is_right_to_left() {
            egui::Align::Max
        } else {
            egui::Align::Min
        }
    }

    /// `ui.horizontal`, in reading order: what is added first sits at the start of the row.
    pub fn row<R>(
        &self,
        ui: &mut Ui,
        add_contents: impl FnOnce(&mut Ui) -> R,
    ) -> egui::InnerResponse<R> {
        let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(size, self.row_layout(egui::Align::Center), add_contents)
    }

    /// `ui.vertical`, in reading order: its lines, and the rows inside it, start at the right in
    /// Arabic.
    pub fn column<R>(
        &self,
        ui: &mut Ui,
        add_contents: impl FnOnce(&mut Ui) -> R,
    ) -> egui::InnerResponse<R> {
        ui.with_layout(self.column_layout(), add_contents)
    }

    /// `ui.horizontal_wrapped`, in reading order: rows that start at the right in Arabic.
    pub fn wrapped_row<R>(
        &self,
        ui: &mut Ui,
        add_contents: impl FnOnce(&mut Ui) -> R,
    ) -> egui::InnerResponse<R> {
        let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        let layout = self.row_layout(egui::Align::Center).with_main_wrap(true);
        ui.allocate_ui_with_layout(size, layout, add_contents)
    }

    /// A side panel at the edge lines start from (the navigation): left, or right in Arabic.
    pub fn start_panel(&self, id: impl egui::AsIdSalt) -> egui::Panel {
        if self.is_right_to_left() {
            egui::Panel::right(id)
        } else {
            egui::Panel::left(id)
        }
    }

    /// A side panel at the edge lines end at (a list's editor): right, or left in Arabic.
    pub fn end_panel(&self, id: impl egui::AsIdSalt) -> egui::Panel {
        if self.is_right_to_left() {
            egui::Panel::left(id)
        } else {
            egui::Panel::right(id)
        }
    }

    /// The edge a line of text ends at, as an alignment.
    pub fn end_align(&self) -> egui::Align {
        if self.is_right_to_left() {
            egui::Align::Min
        } else {
            egui::Align::Max
        }
    }

    /// +1 for a step onward along a line as it lies on screen (rightwards), −1 right to left,
    /// where the next day, the next column or the wider side lies to the left.
    pub fn onward(&self) -> f32 {
        if self.is_right_to_left() { -1.0 } else { 1.0 }
    }

    /// The x `inset` in from the edge of `across` that lines start from: its left, or its right
    /// in Arabic. Text painted there is anchored with [`Self::start_align`].
    pub fn start_x(&self, across: Rangef, inset: f32) -> f32 {
        if self.is_right_to_left() {
            across.max - inset
        } else {
            across.min + inset
        }
    }

    /// The x `inset` in from the edge of `across` that lines end at: its right, or its left in
    /// Arabic. Text painted there is anchored with [`Self::end_align`].
    pub fn end_x(&self, across: Rangef, inset: f32) -> f32 {
        if self.is_right_to_left() {
            across.min + inset
        } else {
            across.max - inset
        }
    }

    /// The left edge of something `width` wide placed `inset` in from the start of `across`.
    pub fn left_at_start(&self, across: Rangef, inset: f32, width: f32) -> f32 {
        if self.is_right_to_left() {
            across.max - inset - width
        } else {
            across.min + inset
        }
    }

    /// The left edge of something `width` wide placed `inset` in from the end of `across`.
    pub fn left_at_end(&self, across: Rangef, inset: f32, width: f32) -> f32 {
        if self.is_right_to_left() {
            across.min + inset
        } else {
            across.max - inset - width
        }
    }

    /// The part of `across` from `from` to `to` in from its start: the first lane, column or
    /// margin of a row is at its left, or its right in Arabic.
    pub fn part_from_start(&self, across: Rangef, from: f32, to: f32) -> Rangef {
        if self.is_right_to_left() {
            Rangef::new(across.max - to, across.max - from)
        } else {
            Rangef::new(across.min + from, across.min + to)
        }
    }

    /// `symbol` as it reads in the window's direction: a symbol that points along the line
    /// (‹ › « » ← → ▶ ◀ ⏵ ⏴) points the other way in Arabic; any other text is kept as it is.
    pub fn symbol(&self, symbol: &'static str) -> &'static str {
        if self.is_right_to_left() {
            mirrored_symbol(symbol)
        } else {
            symbol
        }
    }
}

/// A direction-bearing symbol's mirror image, as Unicode's Bidi_Mirrored pairs and the arrows a
/// button shows. Logos, clocks, digits and other text have none and are kept.
fn mirrored_symbol(symbol: &'static str) -> &'static str {
    const PAIRS: [(&str, &str); 8] = [
        ("‹", "›"),
        ("«", "»"),
        ("←", "→"),
        ("⟵", "⟶"),
        ("◀", "▶"),
        ("⏴", "⏵"),
        ("◂", "▸"),
        ("⇐", "⇒"),
    ];
    PAIRS
        .iter()
        .find_map(|&(left, right)| {
            if symbol == left {
                Some(right)
            } else if symbol == right {
                Some(left)
            } else {
                None
            }
        })
        .unwrap_or(symbol)
}

#[cfg(test)]
mod direction_tests {
    use super::*;

    #[test]
    fn symbols_along_the_line_point_the_other_way_right_to_left() {
        let (arabic, english) = both_ways();
        assert_eq!(arabic.symbol("‹"), "›");
        assert_eq!(arabic.symbol("▶"), "◀");
        assert_eq!(arabic.symbol("⏰"), "⏰");
        assert_eq!(english.symbol("‹"), "‹");
    }

    fn both_ways() -> (Tokens, Tokens) {
        let arabic = Tokens {
            direction: Direction::RightToLeft,
            ..Tokens::for_visuals(&Visuals::dark())
        };
        let english = Tokens {
            direction: Direction::LeftToRight,
            ..arabic
        };
        (arabic, english)
    }

    #[test]
    fn things_placed_from_the_start_of_a_span_sit_at_its_right_right_to_left() {
        let (arabic, english) = both_ways();
        let across = Rangef::new(100.0, 200.0);
        assert_eq!(english.start_x(across, 4.0), 104.0);
        assert_eq!(arabic.start_x(across, 4.0), 196.0);
        assert_eq!(english.end_x(across, 4.0), 196.0);
        assert_eq!(arabic.end_x(across, 4.0), 104.0);
        // Something 30 wide, 4 in from the start or the end: its left edge.
        assert_eq!(english.left_at_start(across, 4.0, 30.0), 104.0);
        assert_eq!(arabic.left_at_start(across, 4.0, 30.0), 166.0);
        assert_eq!(english.left_at_end(across, 4.0, 30.0), 166.0);
        assert_eq!(arabic.left_at_end(across, 4.0, 30.0), 104.0);
        assert_eq!(
            english.part_from_start(across, 10.0, 30.0),
            Rangef::new(110.0, 130.0)
        );
        assert_eq!(
            arabic.part_from_start(across, 10.0, 30.0),
            Rangef::new(170.0, 190.0)
        );
        assert_eq!((english.onward(), arabic.onward()), (1.0, -1.0));
        assert_eq!(arabic.end_align(), egui::Align::Min);
        assert_eq!(english.end_align(), egui::Align::Max);
    }
}
