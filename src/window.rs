//! The window: the eframe app that owns the app's state and the views' own state, draws the
//! views from a context each frame and then runs the commands they sent.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::app::{AttacheApp, NativeDialogs, Revision, STORAGE_KEY, data_folder};
use crate::ui::{self, CommandQueue, Tokens, ViewContext, ViewState};

/// Opens the window. `requested` is a plan named on the command line.
pub fn run(requested: Option<PathBuf>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Attaché")
            .with_app_id("attache")
            .with_icon(app_icon())
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([640.0, 420.0])
            .with_drag_and_drop(true),
        persist_window: true,
        ..Default::default()
    };
    let result = eframe::run_native(
        "attache",
        options,
        Box::new(|creation| {
            let settings = creation
                .storage
                .and_then(|storage| eframe::get_value(storage, STORAGE_KEY))
                .unwrap_or_default();
            let app = AttacheApp::new(settings, requested, Box::new(NativeDialogs));
            let app = match data_folder() {
                Some(folder) => app.with_data_folder(&folder),
                None => app,
            };
            Ok(Box::new(Window::new(app)))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("attache: the window could not be opened: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Attaché's own icon in the title bar and task bar (eframe would show egui's).
fn app_icon() -> egui::IconData {
    let png = include_bytes!("../packaging/icons/hicolor/128x128/apps/attache.png");
    eframe::icon_data::from_png_bytes(png).expect("the icon compiled into Attaché is a PNG")
}

pub struct Window {
    pub app: AttacheApp,
    /// What the views remember that is not part of the plan (search text, sorting, forms).
    pub views: ViewState,
    /// The document the views' state belongs to.
    views_of: Revision,
    applied_theme: Option<egui::ThemePreference>,
    /// Whether the fonts and the design tokens are installed in egui.
    look_installed: bool,
}

impl Window {
    pub fn new(app: AttacheApp) -> Self {
        Self {
            views_of: app.document.identity(),
            app,
            views: ViewState::default(),
            applied_theme: None,
            look_installed: false,
        }
    }

    /// One frame: the app catches up, the views draw from a context, then the commands of the
    /// keyboard and the views run, in that order.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let egui_ctx = ui.ctx().clone();
        // Every text of this frame, and the commands' it runs, in the planner's language.
        crate::lang::set_current(self.app.settings.language.language());
        crate::lang::set_digits(self.app.settings.digits);
        if !self.look_installed {
            ui::install_fonts(&egui_ctx);
            ui::bidi::draw_in_visual_order(&egui_ctx);
            ui::install_tokens(&egui_ctx);
            self.look_installed = true;
        }
        if self.applied_theme != Some(self.app.settings.theme) {
            egui_ctx.set_theme(self.app.settings.theme);
            self.applied_theme = Some(self.app.settings.theme);
        }
        self.app.begin_frame(&egui_ctx);
        self.forget_views_of_another_document();
        let mut commands = if self.app.takes_shortcuts() {
            ui::shortcuts(&egui_ctx)
        } else {
            Vec::new()
        };
        let app = &self.app;
        let ctx = ViewContext {
            document: &app.document,
            settings: &app.settings,
            tokens: Tokens::for_visuals(&egui_ctx.global_style().visuals),
            selection: app.selection,
            unsaved_prompt: app.unsaved_prompt.as_ref(),
            messages: &app.messages,
            path_prompt: app.path_prompt.as_ref(),
            exchange: &app.exchange,
            safeguards: &app.safeguards,
            loading: app.loading.as_ref(),
            publish: app.publish.as_ref(),
            file_dialog_open: app.dialog_is_open(),
            view_action: app.view_action,
            commands: CommandQueue::default(),
        };
        ui::draw(&ctx, &mut self.views, ui);
        commands.extend(ctx.into_commands());
        self.app.end_frame(commands, &egui_ctx);
        // The window's name for screen readers is its title: the plan's name and Attaché.
        egui_ctx.accesskit_node_builder(egui::accesskit_root_id(), |window| {
            window.set_label(self.app.title());
        });
    }

    /// The one place the views' state and the selection start afresh: when another document
    /// (a new plan, another plan opened, a restored one) takes the place of the one they were of.
    fn forget_views_of_another_document(&mut self) {
        let identity = self.app.document.identity();
        if identity != self.views_of {
            self.views = ViewState::default();
            self.app.selection = Default::default();
            self.views_of = identity;
        }
    }
}

impl From<AttacheApp> for Window {
    fn from(app: AttacheApp) -> Self {
        Self::new(app)
    }
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.app.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // The recovery thread may still be deleting the recovery file after "Don't save", or
        // writing it; let it finish before the process ends.
        self.app.flush_recovery();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_icon_is_attaches_own_at_its_size() {
        let icon = super::app_icon();
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
    }
}
