//! Fold-over place cards and name badges: a person's form of address, their name in Latin letters
//! and in their own script, shaped and right to left where it is Arabic (the browser shapes it;
//! `<bdi dir="auto">` keeps its direction from spilling into the Latin text).
//!
//! A card and a badge are boxes of a fixed size, and a name must never run over the fold or the
//! cut line, however long it is. Each line of text has a type size and a number of lines it may
//! take (clipped after them), chosen by the length of the name, so that the tallest text each box
//! can hold fits inside it; the tests add the heights up.

use std::collections::HashSet;

use maud::html;

use super::page;
use crate::interop::Directory;
use crate::interop::printed::{LENGTH_CLASSES, addressed, length_class, native, value};
use crate::model::label::label;
use crate::model::{Choice, Event, Person, PersonId};

/// Millimetres in a typographic point.
const MM_PER_POINT: f64 = 25.4 / 72.0;

/// A text on a card or a badge: its type size and the most lines it may take.
#[derive(Clone, Copy, Debug)]
struct Lines {
    points: f64,
    /// Line height, in multiples of the type size: more for Arabic, whose marks stand above
    /// and below the letters.
    leading: f64,
    most: u32,
}

impl Lines {
    const fn new(points: f64, leading: f64, most: u32) -> Self {
        Self {
            points,
            leading,
            most,
        }
    }

    /// The most height the text can take, in millimetres.
    fn height(self) -> f64 {
        self.points * self.leading * f64::from(self.most) * MM_PER_POINT
    }

    /// The rule for `selector`: its size, and no more than its lines (cut with "…" where the
    /// browser clamps lines, clipped where it does not).
    fn css(self, selector: &str) -> String {
        format!(
            "{selector} {{ font-size: {}pt; line-height: {}; -webkit-line-clamp: {}; \
             max-height: {:.2}mm; }}\n",
            self.points,
            self.leading,
            self.most,
            self.height()
        )
    }
}

/// The sizes of a name by its [`length_class`]: short, long, longest.
struct BySize([Lines; 3]);

impl BySize {
    fn css(&self, selector: &str) -> String {
        LENGTH_CLASSES
            .iter()
            .zip(self.0)
            .map(|(class, lines)| lines.css(&format!("{selector}.{class}")))
            .collect()
    }
}

/// What a card's face or a badge holds, from top to bottom, and the gap between them.
struct Layout {
    address: Lines,
    name: BySize,
    own_script: BySize,
    /// The badge's organisation and side; nothing on a card.
    below: &'static [Lines],
    gap_mm: f64,
}

impl Layout {
    /// The rules for a box of class `of`.
    fn css(&self, of: &str) -> String {
        let mut css = self.address.css(&format!(".{of} .address-form"));
        css.push_str(&self.name.css(&format!(".{of} .name")));
        css.push_str(&self.own_script.css(&format!(".{of} .own-script")));
        css
    }
}

/// The sheet and the card: A4 portrait with the same margin all round, which any printer prints,
/// so that the fold between the two faces lies at the middle of the sheet.
const SHEET_HEIGHT_MM: f64 = 297.0;
const CARD_MARGIN_MM: f64 = 10.0;
/// Each face's padding, top and bottom: the text keeps clear of the fold and the sheet's edge.
const FACE_PADDING_MM: f64 = 10.0;

fn face_height() -> f64 {
    (SHEET_HEIGHT_MM - 2.0 * CARD_MARGIN_MM) / 2.0
}

const CARD: Layout = Layout {
    address: Lines::new(16.0, 1.25, 1),
    name: BySize([
        Lines::new(32.0, 1.2, 2),
        Lines::new(28.0, 1.2, 3),
        Lines::new(24.0, 1.2, 4),
    ]),
    own_script: BySize([
        Lines::new(36.0, 1.5, 2),
        Lines::new(30.0, 1.5, 2),
        Lines::new(26.0, 1.5, 3),
    ]),
    below: &[],
    gap_mm: 6.0,
};

fn card_style() -> String {
    let mut style = format!(
        r#"
@page {{ size: A4 portrait; margin: {CARD_MARGIN_MM}mm; @bottom-right {{ content: none; }} }}
/* One card a sheet: folded across the middle, the upper half upside down so that both faces read
   the right way up on the table. The fold is the top edge of the lower face, which is not turned. */
.card {{ height: {card}mm; break-after: page; display: flex; flex-direction: column; }}
.face {{ height: {face}mm; box-sizing: border-box; overflow: hidden; display: flex;
  flex-direction: column; align-items: center; justify-content: center; text-align: center;
  gap: {gap}mm; padding: {FACE_PADDING_MM}mm 15mm; }}
.face.back {{ transform: rotate(180deg); }}
.face.front {{ border-top: 0.4pt dashed #999; }}
.face > div {{ display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden;
  overflow-wrap: anywhere; max-width: 100%; }}
.own-script .native {{ font-size: inherit; }}
"#,
        card = 2.0 * face_height(),
        face = face_height(),
        gap = CARD.gap_mm,
    );
    style.push_str(&CARD.css("face"));
    style
}

/// The badge: eight to an A4 sheet, cut apart along their borders.
const BADGE_HEIGHT_MM: f64 = 65.0;
const BADGE_PADDING_MM: f64 = 4.0;

const BADGE: Layout = Layout {
    address: Lines::new(9.0, 1.25, 1),
    name: BySize([
        Lines::new(15.0, 1.25, 2),
        Lines::new(12.0, 1.25, 3),
        Lines::new(10.0, 1.25, 3),
    ]),
    own_script: BySize([
        Lines::new(16.0, 1.5, 2),
        Lines::new(13.0, 1.5, 2),
        Lines::new(11.0, 1.5, 3),
    ]),
    // The organisation, and the side.
    below: &[Lines::new(9.0, 1.25, 2), Lines::new(9.0, 1.25, 1)],
    gap_mm: 1.5,
};

fn badge_style() -> String {
    let mut style = format!(
        r#"
@page {{ size: A4 portrait; margin: 12mm 15mm 18mm; }}
.sheet {{ display: grid; grid-template-columns: 90mm 90mm; grid-auto-rows: {BADGE_HEIGHT_MM}mm;
  gap: 4mm; }}
/* Nothing runs over the border, which is the cut line. */
.badge {{ border: 0.5pt solid #888; border-radius: 3mm; padding: {BADGE_PADDING_MM}mm;
  box-sizing: border-box; height: {BADGE_HEIGHT_MM}mm; overflow: hidden; display: flex;
  flex-direction: column; justify-content: center; text-align: center; gap: {gap}mm;
  break-inside: avoid; margin: 0; }}
.badge > div {{ display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden;
  overflow-wrap: anywhere; flex: none; }}
.badge .own-script .native {{ font-size: inherit; }}
.badge .side {{ text-transform: uppercase; letter-spacing: 0.1em; color: #1f3b5a; }}
"#,
        gap = BADGE.gap_mm,
    );
    style.push_str(&BADGE.css("badge"));
    for (class, lines) in [("organisation", BADGE.below[0]), ("side", BADGE.below[1])] {
        style.push_str(&lines.css(&format!(".badge .{class}")));
    }
    style
}

/// What a card's face and a badge hold first: the form of address, the name and the name in
/// its own script, each sized by its length.
fn person_lines(person: &Person) -> maud::Markup {
    let own_script = person.native_name.trim();
    html! {
        (addressed(person))
        @if !own_script.is_empty() {
            div class=(format!("own-script {}", length_class(own_script))) { (native(own_script)) }
        }
    }
}

/// A card for each person seated at `events`, once each, in the order of the plan's people.
pub(super) fn place_cards(directory: &Directory, events: &[&Event]) -> String {
    let seated: HashSet<PersonId> = events.iter().flat_map(|event| event.seated()).collect();
    let people = directory.people_in_order(|person| seated.contains(&person.id));
    page(
        crate::t!("doc-cards-page-title"),
        &card_style(),
        html! {
            @for person in people {
                div.card {
                    @for face in ["back", "front"] {
                        div class=(format!("face {face}")) { (person_lines(person)) }
                    }
                }
            }
        },
    )
}

/// A badge for each of `people`: form of address, name, own-script name, organisation and side.
pub(super) fn badges(directory: &Directory, people: &[&Person]) -> String {
    page(
        crate::t!("doc-badges-page-title"),
        &badge_style(),
        html! {
            div.sheet {
                @for person in people {
                    div.badge {
                        (person_lines(person))
                        @if let Some(organisation) = person.organisation.and_then(|id| directory.organisation(id)) {
                            div.organisation { (value(&label(&organisation.name))) }
                        }
                        div.side { (person.side.text()) }
                    }
                }
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    impl BySize {
        fn tallest(&self) -> f64 {
            self.0
                .iter()
                .map(|lines| lines.height())
                .fold(0.0, f64::max)
        }
    }

    impl Layout {
        /// The most height the contents can take, in millimetres, gaps included.
        fn tallest(&self) -> f64 {
            let blocks = 3 + self.below.len();
            self.address.height()
                + self.name.tallest()
                + self.own_script.tallest()
                + self.below.iter().map(|lines| lines.height()).sum::<f64>()
                + self.gap_mm * (blocks - 1) as f64
        }
    }

    #[test]
    fn the_tallest_text_a_card_face_can_hold_fits_inside_it() {
        let inside = face_height() - 2.0 * FACE_PADDING_MM;
        assert!(CARD.tallest() <= inside, "{} > {inside}", CARD.tallest());
    }

    #[test]
    fn the_tallest_text_a_badge_can_hold_fits_inside_its_cut_line() {
        let inside = BADGE_HEIGHT_MM - 2.0 * BADGE_PADDING_MM;
        assert!(BADGE.tallest() <= inside, "{} > {inside}", BADGE.tallest());
    }

    #[test]
    fn a_longer_name_gets_smaller_type() {
        for layout in [&CARD, &BADGE] {
            for sizes in [&layout.name, &layout.own_script] {
                assert!(sizes.0.windows(2).all(|w| w[0].points > w[1].points));
            }
        }
    }
}
