//! Where the characters of right-to-left and mixed text land on screen: the order a browser's
//! `dir="auto"` field shows them in, and a long name cut at its end with an ellipsis.

use attache::ui::bidi::visual::{VisualRow, layout};
use attache::ui::bidi::{Fit, bidi_galley};
use egui::text::LayoutJob;
use egui::{Color32, FontFamily, FontId, RawInput};

/// `text` laid out on one row in `family`, as the text fields and labels draw it.
fn drawn(text: &str, family: FontFamily) -> VisualRow {
    let ctx = egui::Context::default();
    attache::ui::install_fonts(&ctx);
    let mut rows = Vec::new();
    // Fonts set in one pass take effect in the next.
    for _ in 0..2 {
        let mut output = ctx.run_ui(RawInput::default(), |ui| {
            rows = ui.fonts_mut(|fonts| {
                let job = LayoutJob::simple_singleline(
                    text.to_owned(),
                    FontId::new(14.0, family.clone()),
                    Color32::PLACEHOLDER,
                );
                layout(fonts, job, None).1
            });
        });
        output.textures_delta.clear();
    }
    assert_eq!(rows.len(), 1);
    rows.remove(0)
}

/// The middle of character `index` on screen.
fn x(row: &VisualRow, index: usize) -> f32 {
    let placed = row.placed[index - row.chars.start];
    (placed.left + placed.right) / 2.0
}

/// The characters of `row` from left to right on screen, spaces left out. The two letters of a
/// ligature (lam-alef) share one glyph; they are listed in their reading order.
fn left_to_right(text: &str, row: &VisualRow) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut placed = row.placed.clone();
    placed.sort_by(|a, b| {
        let reading = if a.rtl {
            b.index.cmp(&a.index)
        } else {
            a.index.cmp(&b.index)
        };
        (a.left + a.right)
            .total_cmp(&(b.left + b.right))
            .then(reading)
    });
    placed
        .iter()
        .map(|p| chars[p.index])
        .filter(|c| *c != ' ')
        .collect()
}

#[test]
fn an_arabic_title_reads_right_to_left_with_its_words_in_order() {
    for family in [
        FontFamily::Proportional,
        attache::ui::native_script_family(),
    ] {
        let text = "مدير عام";
        let row = drawn(text, family);
        assert!(row.rtl);
        // Every letter stands left of the one before it.
        for i in 1..text.chars().count() {
            assert!(
                x(&row, i) < x(&row, i - 1),
                "letter {i} is not left of {}",
                i - 1
            );
        }
        // So "مدير" is on the right and "عام" on the left, as it is read.
        assert_eq!(left_to_right(text, &row), "ماعريدم");
        // The caret at the end stands at the left edge, where the next letter appears.
        let leftmost = row.placed.iter().map(|p| p.left).fold(f32::MAX, f32::min);
        assert!((row.caret_x(8) - leftmost).abs() < 0.5);
        // And at the start at the right edge.
        let rightmost = row.placed.iter().map(|p| p.right).fold(f32::MIN, f32::max);
        assert!((row.caret_x(0) - rightmost).abs() < 0.5);
    }
}

#[test]
fn a_ministry_with_its_latin_acronym_and_a_year_reads_as_in_a_browser() {
    let text = "وزارة الاتصالات (MoC) 2027";
    let row = drawn(text, attache::ui::native_script_family());
    assert!(row.rtl, "the first strong letter is Arabic");
    // Indices: وزارة 0..5, space 5, الاتصالات 6..15, space 15, ( 16, MoC 17..20, ) 20, space 21,
    // 2027 22..26. A browser shows "2027 (MoC) الاتصالات وزارة" (the brackets mirrored).
    let order = [22, 23, 24, 25, 20, 17, 18, 19, 16, 14, 6, 4, 0];
    for pair in order.windows(2) {
        assert!(
            x(&row, pair[0]) < x(&row, pair[1]),
            "char {} should be left of char {}",
            pair[0],
            pair[1]
        );
    }
    // Words of one direction read in their own order inside the other.
    assert_eq!(left_to_right(text, &row), "2027)MoC(تالاصتالاةرازو");
}

#[test]
fn latin_text_with_an_arabic_name_keeps_latin_on_the_left() {
    let text = "Minister وزير";
    let row = drawn(text, FontFamily::Proportional);
    assert!(!row.rtl);
    assert_eq!(left_to_right(text, &row), "Ministerريزو");
    // The caret after the space goes with the Arabic word, on its right edge, where a typed
    // Arabic letter appears.
    let arabic_right = row.placed[9].right;
    assert!((row.caret_x(9) - arabic_right).abs() < 0.5);
}

#[test]
fn a_long_arabic_name_is_cut_on_the_left_with_an_ellipsis_keeping_its_first_words() {
    let name = "معالي الدكتور عبد الرحمن بن عبد العزيز السوداني";
    let ctx = egui::Context::default();
    attache::ui::install_fonts(&ctx);
    let mut galleys = Vec::new();
    for _ in 0..2 {
        let mut output = ctx.run_ui(RawInput::default(), |ui| {
            galleys = vec![
                bidi_galley(ui, attache::ui::native_text(name), Fit::Truncate, 120.0),
                bidi_galley(
                    ui,
                    attache::ui::native_text("مدير عام"),
                    Fit::Truncate,
                    120.0,
                ),
            ];
        });
        output.textures_delta.clear();
    }
    let cut = &galleys[0];
    assert!(cut.elided);
    assert!(cut.size().x <= 121.0, "{} wide", cut.size().x);
    // The galley keeps the whole name, for screen readers.
    assert_eq!(cut.text(), name);
    // What is shown: the name's first words and the ellipsis, which is leftmost.
    let row = &cut.rows[0];
    assert!(row.glyphs.len() < name.chars().count());
    let shown: String = name.chars().take(row.glyphs.len() - 1).collect();
    assert!(shown.starts_with("معالي الدكتور"), "kept {shown:?}");
    // The ellipsis ends the name where it is read last: on the left.
    let cut_text = format!("{}…", shown.trim_end());
    let cut_row = drawn(&cut_text, attache::ui::native_script_family());
    let ellipsis = cut_text.chars().count() - 1;
    for i in 0..ellipsis {
        assert!(x(&cut_row, ellipsis) < x(&cut_row, i));
    }
    // A short name is left whole.
    assert!(!galleys[1].elided);
    assert_eq!(galleys[1].text(), "مدير عام");
}

#[test]
fn a_wrapped_arabic_paragraph_keeps_one_glyph_a_character_and_aligns_right() {
    let text = "السيد عبد الرحمن السوداني، مدير عام وزارة الاتصالات\nMinister وزير";
    let ctx = egui::Context::default();
    attache::ui::install_fonts(&ctx);
    let mut laid_out = None;
    for _ in 0..2 {
        let mut output = ctx.run_ui(RawInput::default(), |ui| {
            laid_out = Some(ui.fonts_mut(|fonts| {
                let job = LayoutJob::simple(
                    text.to_owned(),
                    FontId::new(14.0, FontFamily::Proportional),
                    Color32::PLACEHOLDER,
                    150.0,
                );
                layout(fonts, job, None)
            }));
        });
        output.textures_delta.clear();
    }
    let (galley, rows) = laid_out.unwrap();
    assert!(rows.len() >= 3, "{} rows", rows.len());
    // egui's cursor counts characters by glyphs: one glyph a character, row after row.
    let mut next = 0;
    for (row, placed_row) in rows.iter().zip(&galley.rows) {
        assert_eq!(row.chars.start, next);
        assert_eq!(placed_row.glyphs.len(), row.chars.len());
        next = row.chars.end + usize::from(placed_row.ends_with_newline);
    }
    assert_eq!(next, text.chars().count());
    assert_eq!(galley.text(), text);
    // The Arabic paragraph's rows end at the right edge; the Latin one starts at the left.
    let last = rows.last().unwrap();
    assert!(!last.rtl && last.rect.left() == 0.0);
    for row in &rows[..rows.len() - 1] {
        assert!(row.rtl);
        assert!(row.rect.width() <= 150.5, "{} wide", row.rect.width());
        assert!(
            (row.rect.right() - 150.0).abs() < 0.5,
            "ends at {}",
            row.rect.right()
        );
    }
}

/// The rows `text` is shown in, `width` wide, at most `max_rows`: each row's text and whether it
/// was cut with an ellipsis.
fn rows_of(text: &str, width: f32, max_rows: usize) -> Vec<(String, bool)> {
    let ctx = egui::Context::default();
    attache::ui::install_fonts(&ctx);
    let mut rows = Vec::new();
    for _ in 0..2 {
        let mut output = ctx.run_ui(RawInput::default(), |ui| {
            rows = attache::ui::bidi::bidi_rows(ui, text, width, max_rows)
                .iter()
                .map(|row| (row.job.text.clone(), row.elided))
                .collect();
        });
        output.textures_delta.clear();
    }
    rows
}

#[test]
fn a_title_in_a_small_box_breaks_between_words_and_ends_with_an_ellipsis() {
    let title = "Working lunch with the deputy counsellor for agriculture";
    let rows = rows_of(title, 90.0, 3);
    assert_eq!(rows.len(), 3, "{rows:?}");
    // Whole words on each row: every row but the last is a run of the title's words.
    let words: Vec<&str> = title.split(' ').collect();
    let mut next = 0;
    for (text, cut) in &rows[..2] {
        assert!(!cut, "{rows:?}");
        for word in text.split(' ') {
            assert_eq!(word, words[next], "{rows:?}");
            next += 1;
        }
    }
    // The last row holds the rest, cut.
    assert!(rows[2].1, "{rows:?}");
    assert_eq!(rows[2].0, words[next..].join(" "));

    // A word wider than the box is not split over two rows: it is cut.
    let rows = rows_of("Counsellorship", 40.0, 3);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(rows[0].1);

    // Arabic breaks between its words too.
    let rows = rows_of("وزارة الاتصالات العراقية ووزارة الزراعة", 80.0, 4);
    assert!(rows.len() > 1, "{rows:?}");
    let joined: Vec<String> = rows.iter().map(|(text, _)| text.clone()).collect();
    assert_eq!(joined.join(" "), "وزارة الاتصالات العراقية ووزارة الزراعة");
}

/// `text` wrapped at `width` in the proportional font, as a label or a multi-line field draws it.
fn wrapped(text: &str, width: f32) -> Vec<VisualRow> {
    let ctx = egui::Context::default();
    attache::ui::install_fonts(&ctx);
    let mut rows = Vec::new();
    for _ in 0..2 {
        let mut output = ctx.run_ui(RawInput::default(), |ui| {
            rows = ui.fonts_mut(|fonts| {
                let job = LayoutJob::simple(
                    text.to_owned(),
                    FontId::new(14.0, FontFamily::Proportional),
                    Color32::PLACEHOLDER,
                    width,
                );
                layout(fonts, job, None).1
            });
        });
        output.textures_delta.clear();
    }
    rows
}

/// An Arabic paragraph naming "(Baghdad, Iraq)", wrapped after the comma: the comma stands
/// between two Latin words of the paragraph, so a browser keeps it after "Baghdad" (on its
/// right), and the bracket before it, as if the row went on; the row alone would have put both
/// on the Arabic side (",Baghdad)" at the row's end).
#[test]
fn a_wrapped_paragraph_places_its_punctuation_by_the_whole_paragraph() {
    let text = "زار الوفد العاصمة (Baghdad, Iraq) ثم عاد إلى تالين";
    let chars: Vec<char> = text.chars().collect();
    let comma = chars.iter().position(|&c| c == ',').unwrap();
    let bracket = chars.iter().position(|&c| c == '(').unwrap();
    let d = comma - 1;
    // The narrowest width whose first row ends just after "Baghdad, ".
    let rows = (60..400)
        .step_by(2)
        .map(|width| wrapped(text, width as f32))
        .find(|rows| rows.len() > 1 && rows[0].chars.end == comma + 2)
        .expect("a width that breaks the row after the comma");
    let row = &rows[0];
    assert!(row.rtl, "the paragraph reads right to left");
    assert!(
        x(row, comma) > x(row, d),
        "the comma follows Baghdad on its right: {} <= {}",
        x(row, comma),
        x(row, d)
    );
    let b = bracket + 1;
    assert!(
        x(row, bracket) > x(row, b) && x(row, bracket) < x(row, bracket - 2),
        "the bracket stands between the Arabic and Baghdad's B"
    );
}

/// The texts egui drew in a frame of `draw`, with the window's texts put in visual order.
fn painted(draw: impl Fn(&mut egui::Ui)) -> Vec<std::sync::Arc<egui::Galley>> {
    fn collect(shape: &egui::Shape, out: &mut Vec<std::sync::Arc<egui::Galley>>) {
        match shape {
            egui::Shape::Text(text) => out.push(text.galley.clone()),
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
            _ => {}
        }
    }
    let ctx = egui::Context::default();
    attache::ui::install_fonts(&ctx);
    attache::ui::bidi::draw_in_visual_order(&ctx);
    let mut galleys = Vec::new();
    // Fonts set in one pass take effect in the next.
    for _ in 0..2 {
        let mut output = ctx.run_ui(RawInput::default(), |ui| draw(ui));
        output.textures_delta.clear();
        galleys.clear();
        for clipped in &output.shapes {
            collect(&clipped.shape, &mut galleys);
        }
    }
    galleys
}

/// The one galley drawn for `text`.
fn painted_text(
    galleys: &[std::sync::Arc<egui::Galley>],
    text: &str,
) -> std::sync::Arc<egui::Galley> {
    galleys
        .iter()
        .find(|galley| galley.job.text == text)
        .unwrap_or_else(|| panic!("{text:?} is not drawn"))
        .clone()
}

/// Where character `index` of a one-row galley drawn in visual order starts (its right edge
/// when it reads right to left): its glyph stands at that character's place.
fn glyph_x(galley: &egui::Galley, index: usize) -> f32 {
    galley.rows[0].glyphs[index].pos.x
}

#[test]
fn the_words_of_egui_s_own_arabic_labels_and_buttons_read_from_the_right() {
    let label = "الطرف الزائر";
    let button = "بعد ٢١ يومًا";
    let galleys = painted(|ui| {
        ui.label(label);
        let _ = ui.button(button);
    });
    let drawn = painted_text(&galleys, label);
    // "الطرف" (chars 0..5) is read first, so it stands right of "الزائر" (6..12).
    assert!(
        glyph_x(&drawn, 0) > glyph_x(&drawn, 6),
        "the first word is left of the second"
    );
    let drawn = painted_text(&galleys, button);
    // بعد 0..3, space, ٢١ 4..6, space, يومًا 7..12: the number reads left to right between
    // the words, "بعد" rightmost.
    assert!(glyph_x(&drawn, 4) < glyph_x(&drawn, 5), "٢١ reads as ١٢");
    assert!(glyph_x(&drawn, 0) > glyph_x(&drawn, 5));
    assert!(glyph_x(&drawn, 5) > glyph_x(&drawn, 7));
}

#[test]
fn a_cut_egui_label_in_arabic_ends_on_the_left_and_keeps_its_whole_text() {
    let name = "معالي الدكتور عبد الرحمن بن عبد العزيز السوداني";
    let galleys = painted(|ui| {
        ui.set_width(120.0);
        ui.add(egui::Label::new(name).truncate());
    });
    let drawn = painted_text(&galleys, name);
    assert!(drawn.elided);
    let glyphs = &drawn.rows[0].glyphs;
    let leftmost = glyphs
        .iter()
        .min_by(|a, b| a.pos.x.total_cmp(&b.pos.x))
        .expect("glyphs");
    // The ellipsis is drawn where the name goes on, at the left; the first word on the right.
    assert_eq!(leftmost.chr, '…');
    assert!(glyphs[0].pos.x > glyphs[glyphs.len() - 1].pos.x);
    assert!(drawn.rect.width() <= 120.5, "{}", drawn.rect.width());
}

#[test]
fn text_laid_out_in_visual_order_already_is_drawn_as_it_is() {
    let name = "وزارة الاتصالات (MoC) 2027";
    let ours = std::cell::RefCell::new(None);
    let galleys = painted(|ui| {
        let galley = bidi_galley(ui, name, Fit::Wrap, 300.0);
        ui.painter()
            .galley(egui::pos2(0.0, 0.0), galley.clone(), Color32::WHITE);
        *ours.borrow_mut() = Some(galley);
    });
    let drawn = painted_text(&galleys, name);
    let ours = ours.borrow().clone().expect("laid out");
    assert!(std::sync::Arc::ptr_eq(&drawn, &ours));
}

/// Where the glyph of `single` (a text of one character, drawn alone) is drawn in `galley`: the
/// left edge of the first quad of the mesh cut from the same place of the font atlas.
fn drawn_left(galley: &egui::Galley, single: &egui::Galley) -> f32 {
    let uv = single.rows[0].visuals.mesh.vertices[0].uv;
    galley
        .rows
        .iter()
        .flat_map(|row| {
            row.visuals
                .mesh
                .vertices
                .iter()
                .filter(move |vertex| vertex.uv == uv)
                .map(move |vertex| vertex.pos.x + row.pos.x)
        })
        .fold(f32::MAX, f32::min)
}

#[test]
fn arabic_indic_numbers_are_drawn_left_to_right_in_labels_and_fields() {
    let text = "بعد ٢١ يومًا";
    let galleys = painted(|ui| {
        ui.label(text);
        ui.label("٢");
        ui.label("١");
    });
    let drawn = painted_text(&galleys, text);
    let two = painted_text(&galleys, "٢");
    let one = painted_text(&galleys, "١");
    assert!(
        drawn_left(&drawn, &two) < drawn_left(&drawn, &one),
        "٢١ is drawn as ١٢"
    );
}

#[test]
fn a_title_broken_into_rows_places_its_punctuation_by_the_whole_paragraph() {
    let text = "زار الوفد العاصمة (Baghdad, Iraq) ثم عاد إلى تالين";
    let chars: Vec<char> = text.chars().collect();
    let comma = chars.iter().position(|&c| c == ',').unwrap();
    let ctx = egui::Context::default();
    attache::ui::install_fonts(&ctx);
    let mut first_rows = Vec::new();
    for _ in 0..2 {
        let mut output = ctx.run_ui(RawInput::default(), |ui| {
            // Each width whose first row ends with "Baghdad,".
            first_rows = (60..400)
                .step_by(2)
                .filter_map(|width| {
                    let rows = attache::ui::bidi::bidi_rows(ui, text, width as f32, 4);
                    let first = rows.first()?.clone();
                    (rows.len() > 1 && first.job.text.ends_with("Baghdad,")).then_some(first)
                })
                .collect();
        });
        output.textures_delta.clear();
    }
    assert!(
        !first_rows.is_empty(),
        "no width breaks the row after the comma"
    );
    for row in &first_rows {
        assert!(!row.elided);
        let glyphs = &row.rows[0].glyphs;
        // The comma follows Baghdad on its right, inside the brackets, not at the row's far end.
        assert!(
            glyphs[comma].pos.x > glyphs[comma - 1].pos.x,
            "\",Baghdad)\" in {:?}",
            row.job.text
        );
    }
}
