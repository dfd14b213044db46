//! What opens something more: a collapsing section's triangle and a submenu's arrow. Closed,
//! each points along the line as it reads (right, or left in Arabic, where a submenu opens
//! leftwards); an open section's triangle points down.

use std::sync::Arc;

use egui::{Atom, AtomKind, IntoSizedResult, Rect, Shape, SizedAtomKind, Ui, Vec2};

use crate::ui::tokens::Tokens;

/// A triangle in `rect` that turns from pointing along the line (`openness` 0, closed) to
/// pointing down (1, open).
fn triangle(tokens: &Tokens, rect: Rect, openness: f32, color: egui::Color32) -> Shape {
    use std::f32::consts::TAU;
    // Pointing down unturned; a quarter turn back points right, forward points left.
    let closed = -TAU / 4.0 * tokens.onward();
    let rotation = egui::remap(openness, 0.0..=1.0, closed..=0.0);
    Shape::rotated_triangle(rect, rotation, color)
}

/// A collapsing section headed `heading`, its triangle pointing the way the window reads while
/// closed. `id_salt` keeps it open or closed whatever its heading says.
pub fn collapsing(
    heading: impl Into<egui::WidgetText>,
    id_salt: impl egui::AsIdSalt,
) -> egui::CollapsingHeader {
    egui::CollapsingHeader::new(heading).id_salt(id_salt).icon(
        |ui: &mut Ui, openness: f32, response: &egui::Response| {
            let visuals = ui.style().interact(response);
            let rect = Rect::from_center_size(response.rect.center(), response.rect.size() * 0.75)
                .expand(visuals.expansion);
            let shape = triangle(&Tokens::for_ui(ui), rect, openness, visuals.fg_stroke.color);
            ui.painter().add(shape);
        },
    )
}

/// The arrow at the end of a menu item that opens a submenu: drawn as egui draws its own, but
/// pointing the way the submenu opens.
pub fn submenu_arrow(tokens: Tokens) -> Atom<'static> {
    AtomKind::closure(move |ui, _| {
        let size = Vec2::splat(ui.spacing().icon_width);
        IntoSizedResult {
            intrinsic_size: size,
            sized: SizedAtomKind::Paint {
                paint: Arc::new(move |ui: &Ui, args: egui::AtomPaintArgs| {
                    let rect = Rect::from_center_size(
                        args.rect.center(),
                        egui::vec2(args.rect.width() * 0.55, args.rect.height() * 0.35),
                    );
                    let shape = triangle(&tokens, rect, 0.0, args.fallback_text_color);
                    ui.painter().add(shape);
                }),
                size,
            },
        }
    })
    .into()
}

#[cfg(test)]
mod tests {
    use egui_kittest::Harness;

    use super::*;
    use crate::lang::{Language, in_language};

    /// How far the tip of a closed section's triangle lies right of the middle of its base, in
    /// `language`: positive when it points right.
    fn closed_triangle_points(language: Language) -> f32 {
        in_language(language, || {
            let mut harness = Harness::builder()
                .with_size(egui::vec2(400.0, 200.0))
                .build_ui(|ui| {
                    collapsing("Section", "section").show(ui, |ui| ui.label("Inside"));
                });
            harness.run();
            let triangle = harness
                .output()
                .shapes
                .iter()
                .find_map(|clipped| match &clipped.shape {
                    Shape::Path(path) if path.points.len() == 3 && path.closed => {
                        Some(path.points.clone())
                    }
                    _ => None,
                })
                .expect("the triangle is painted");
            // The tip is the corner farthest, across the line, from the other two.
            let xs: Vec<f32> = triangle.iter().map(|point| point.x).collect();
            let (lowest, highest) = (
                xs.iter().copied().fold(f32::MAX, f32::min),
                xs.iter().copied().fold(f32::MIN, f32::max),
            );
            let at_highest = xs.iter().filter(|&&x| (x - highest).abs() < 0.5).count();
            if at_highest == 1 {
                highest - lowest
            } else {
                lowest - highest
            }
        })
    }

    #[test]
    fn a_closed_section_s_triangle_points_the_way_the_window_reads() {
        assert!(closed_triangle_points(Language::English) > 0.0);
        assert!(closed_triangle_points(Language::Arabic) < 0.0);
    }
}
