//! Fonts: egui's defaults, plus DejaVu Sans for scripts they lack (Arabic among them).

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

const FALLBACK: &str = "DejaVu Sans";

/// The family for names in their own script. DejaVu Sans comes first so that an Arabic name and
/// the spaces between its words are one run of one font: egui shapes each run with harfrust,
/// which joins the letters and orders a right-to-left run right to left.
pub fn native_script_family() -> FontFamily {
    FontFamily::Name("native-script".into())
}

pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        FALLBACK.to_owned(),
        Arc::new(FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSans.ttf"
        ))),
    );
    let proportional = fonts.families.entry(FontFamily::Proportional).or_default();
    proportional.push(FALLBACK.to_owned());
    let mut native = vec![FALLBACK.to_owned()];
    native.extend(
        proportional
            .iter()
            .filter(|name| *name != FALLBACK)
            .cloned(),
    );
    fonts.families.insert(native_script_family(), native);
    fonts
        .families
        .entry(FontFamily::Monospace)
        .or_default()
        .push(FALLBACK.to_owned());
    ctx.set_fonts(fonts);
}

/// Text in a person's or organisation's own script, shaped and right-to-left where it is Arabic.
pub fn native_text(text: &str) -> egui::RichText {
    egui::RichText::new(text).family(native_script_family())
}
