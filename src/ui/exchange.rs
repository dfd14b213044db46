//! File → Export and File → Import: the choice of person for a personal calendar, the
//! import preview (what will be added and changed, and which rows are left out, before anything
//! is applied) and the note that an export was written.

use crate::ui::tokens::Tokens;
use egui::{Align2, RichText, Ui};

use super::native_text;
use crate::app::{
    ChangesSince, Command, Dismissal, ExportRequest, ImportChoice, ImportSession, ImportSource,
    OFFERED_ENCODINGS,
};
use crate::interop::csv::Target;
use crate::interop::dates::DateOrder;
use crate::interop::preview::field_text;
use crate::interop::{Ambiguity, Conflict, ExportFormat, MatchChoice, PersonField, Planned};
use crate::model::search::{fold, matches};
use crate::model::{Choice, Organisation, Person, Side};
use crate::t;
use crate::ui::ViewContext;
use crate::ui::bidi::{Fit, bidi_label};
use crate::ui::modal::Dialog;

/// The windows of exports and imports, drawn over the views when they are open.
pub fn show(ctx: &ViewContext, person_search: &mut String, egui_ctx: &egui::Context) {
    person_picker(ctx, person_search, egui_ctx);
    changes_since(ctx, egui_ctx);
    import_preview(ctx, egui_ctx);
    replace_prompt(ctx, egui_ctx);
    export_notice(ctx, egui_ctx);
}

/// "Replace this file?": asked before an export replaces a file that is not an export Attaché
/// wrote earlier.
fn replace_prompt(ctx: &ViewContext, egui_ctx: &egui::Context) {
    let Some((_, path)) = &ctx.exchange.replacing else {
        return;
    };
    let answer = super::safety::two_answers(
        egui_ctx,
        "replace a file with an export",
        t!("export-replace-heading"),
        |ui| {
            ui.label(t!("export-replace-body", path = path.display().to_string()));
        },
        [t!("export-replace"), t!("export-cancel")],
    );
    if let Some(replace) = answer {
        ctx.send(Command::AnswerReplaceExport { replace });
    }
}

fn person_picker(ctx: &ViewContext, search: &mut String, egui_ctx: &egui::Context) {
    if !ctx.exchange.choosing_person {
        search.clear();
        return;
    }
    let plan = ctx.document.plan();
    let mut chosen = None;
    let mut cancelled = false;
    let dialog = Dialog::new(
        egui::Id::unique("choose a person to export"),
        t!("export-whose-programme"),
    )
    .width(420.0);
    let modal = dialog.show(egui_ctx, |dialog| {
        dialog.body(|ui| {
            ui.label(t!("export-whose-programme-hint"));
            ui.add_space(ctx.tokens.space.small);
            let label = ui.label(t!("export-find-person"));
            ui.add(
                crate::ui::bidi::TextField::singleline(
                    crate::ui::widgets::field_id("export", "Find a person"),
                    search,
                )
                .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .request_focus_once(ui);
            let query = fold(search);
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for person in &plan.people {
                        let text = fold(&format!(
                            "{} {} {}",
                            person.name, person.native_name, person.position
                        ));
                        if !matches(&text, &query) {
                            continue;
                        }
                        if ui
                            .add(
                                egui::Button::new(&person.name)
                                    .min_size(egui::vec2(ui.available_width(), 0.0)),
                            )
                            .clicked()
                        {
                            chosen = Some(person.id);
                        }
                    }
                });
        });
        cancelled = dialog.buttons(|ui| ui.button(t!("export-cancel")).clicked());
    });
    if let Some(person) = chosen {
        ctx.send(Command::CancelPersonToExport);
        ctx.send(Command::Export(ExportRequest {
            format: ExportFormat::Calendar,
            person: Some(person),
        }));
    } else if cancelled || modal.should_close() {
        ctx.send(Command::CancelPersonToExport);
    }
}

/// File → Export → Mark changes since…: the earlier version the briefing book and the
/// programmes mark their changes against: the last issued version (the default), one of the
/// plan's issued versions, newest first, a plan file, or none.
fn changes_since(ctx: &ViewContext, egui_ctx: &egui::Context) {
    let Some(issued) = &ctx.exchange.issued else {
        return;
    };
    let chosen = &ctx.exchange.changes_since;
    let when = |at: jiff::civil::DateTime| {
        crate::lang::format::date_time(at, crate::lang::format::DateFormat::WeekdayDayMonthYear)
    };
    let mut choice = None;
    let mut pick_file = false;
    let dialog = Dialog::new(
        egui::Id::unique("mark changes since"),
        t!("export-changes-since-heading"),
    )
    .width(460.0);
    let modal = dialog.show(egui_ctx, |dialog| {
        dialog.body(|ui| {
            ui.label(t!("export-changes-since-hint"));
            ui.add_space(ctx.tokens.space.small);
            let last = match issued.first() {
                Some(version) => t!(
                    "export-changes-since-last-issued",
                    when = when(version.issued)
                ),
                None => t!("export-changes-since-no-issued").to_owned(),
            };
            if ui
                .radio(*chosen == ChangesSince::LastIssued, last)
                .clicked()
            {
                choice = Some(ChangesSince::LastIssued);
            }
            for version in issued {
                let this = ChangesSince::Version(version.path.clone());
                let text = t!("export-changes-since-issued", when = when(version.issued));
                if ui.radio(*chosen == this, text).clicked() {
                    choice = Some(this);
                }
            }
            if let ChangesSince::Version(path) = chosen
                && !issued.iter().any(|version| &version.path == path)
            {
                let file = path.display().to_string();
                let _ = ui.radio(true, t!("export-changes-since-file", file = file));
            }
            if ui
                .radio(
                    *chosen == ChangesSince::Nothing,
                    t!("export-changes-since-nothing"),
                )
                .clicked()
            {
                choice = Some(ChangesSince::Nothing);
            }
            ui.add_space(ctx.tokens.space.small);
            pick_file = ui.button(t!("export-changes-since-choose-file")).clicked();
        });
        if dialog.buttons(|ui| ui.button(t!("export-close")).clicked()) {
            choice = Some(chosen.clone());
        }
    });
    if pick_file {
        ctx.send(Command::PickChangesSinceFile);
    } else if let Some(choice) = choice {
        ctx.send(Command::SetChangesSince(choice));
    } else if modal.should_close() {
        ctx.send(Command::CloseChangesSince);
    }
}

/// Asks a text field for the keyboard focus the first time it is shown.
trait FocusOnce {
    fn request_focus_once(self, ui: &Ui);
}

impl FocusOnce for egui::Response {
    fn request_focus_once(self, ui: &Ui) {
        let asked = self.id.with("focus asked");
        if !ui.data(|data| data.get_temp::<bool>(asked).unwrap_or(false)) {
            self.request_focus();
            ui.data_mut(|data| data.insert_temp(asked, true));
        }
    }
}

/// One line of the preview's list.
enum Line {
    Heading(&'static str),
    Organisation(usize),
    Person(usize),
    /// A field of the record of this line that the plan and the file give differently.
    Conflict(usize, Conflict),
    /// An entry that fits several people of the plan, to choose whom it is.
    Ambiguous(usize),
    Problem(usize),
    NotImported(usize),
}

fn import_preview(ctx: &ViewContext, egui_ctx: &egui::Context) {
    let Some(session) = &ctx.exchange.import else {
        return;
    };
    let mut decision = None;
    let mut choices = Vec::new();
    let heading = t!("import-heading", file = session.file_name());
    let dialog = Dialog::new(egui::Id::unique("import preview"), &heading).width(640.0);
    let modal = dialog.show(egui_ctx, |dialog| {
        dialog.body(|ui| {
            ui.label(RichText::new(session.preview().summary()).strong());
            choices.extend(encoding_choice(session, ui));
            ui.add_space(ctx.tokens.space.small);
            if let ImportSource::Spreadsheet { .. } = session.source {
                choices.extend(column_mapping(session, ui));
                choices.extend(date_order_choice(session, ui));
            }
            choices.extend(side_choice(session, ui));
            ui.separator();
            choices.extend(changes_list(session, ui));
        });
        dialog.buttons(|ui| {
            ui.label(t!("import-nothing-changed-until"));
            ui.end_row();
            let can_import = !session.preview().is_empty();
            if ui
                .add_enabled(can_import, egui::Button::new(t!("import-button")))
                .clicked()
            {
                decision = Some(true);
            }
            if ui.button(t!("import-cancel")).clicked() {
                decision = Some(false);
            }
        });
    });
    if modal.should_close() && decision.is_none() {
        decision = Some(false);
    }
    for choice in choices {
        ctx.send(Command::ChooseForImport(choice));
    }
    match decision {
        Some(true) => ctx.send(Command::ApplyImport),
        Some(false) => ctx.send(Command::CancelImport),
        None => {}
    }
}

/// For a spreadsheet: which field each column is read as.
fn column_mapping(session: &ImportSession, ui: &mut Ui) -> Vec<ImportChoice> {
    let ImportSource::Spreadsheet { table, mapping } = &session.source else {
        return Vec::new();
    };
    let headers = table.headers.clone();
    let mut current = mapping.clone();
    crate::ui::widgets::collapsing(t!("import-columns"), "columns of the file")
        .default_open(true)
        .show(ui, |ui| {
            ui.label(t!("import-columns-hint"));
            egui::ScrollArea::vertical()
                .id_salt("columns")
                .max_height(180.0)
                .show(ui, |ui| {
                    crate::ui::widgets::grid(
                        ui,
                        egui::Grid::new("column mapping")
                            .num_columns(2)
                            .spacing(Tokens::for_ui(ui).space.list_grid),
                        |ui| {
                            for (column, header) in headers.iter().enumerate() {
                                let shown = if header.trim().is_empty() {
                                    t!("import-column-number", number = column + 1)
                                } else {
                                    header.clone()
                                };
                                let label = ui.label(&shown);
                                let slot = &mut current[column];
                                let selected = slot
                                    .map(|target| field_text(target.label()))
                                    .unwrap_or(std::borrow::Cow::Borrowed(t!("import-leave-out")));
                                egui::ComboBox::from_id_salt(("column", column))
                                    .selected_text(selected)
                                    .width(220.0)
                                    .show_ui(ui, |ui| {
                                        ui.selectable_value(slot, None, t!("import-leave-out"));
                                        for target in Target::all() {
                                            ui.selectable_value(
                                                slot,
                                                Some(target),
                                                field_text(target.label()),
                                            );
                                        }
                                    })
                                    .response
                                    .labelled_by(label.id);
                                ui.end_row();
                            }
                        },
                    );
                });
        });
    current
        .into_iter()
        .zip(mapping)
        .enumerate()
        .filter(|(_, (target, was))| target != *was)
        .map(|(column, (target, _))| ImportChoice::Column { column, target })
        .collect()
}

/// How the file's text was read, and another encoding to read it in.
fn encoding_choice(session: &ImportSession, ui: &mut Ui) -> Option<ImportChoice> {
    let mut chosen = session.text_encoding();
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t!("import-text-encoding"));
        egui::ComboBox::from_id_salt("text encoding")
            .selected_text(chosen.name())
            .show_ui(ui, |ui| {
                for encoding in OFFERED_ENCODINGS {
                    ui.selectable_value(&mut chosen, encoding, encoding.name());
                }
            })
            .response
            .labelled_by(label.id);
        ui.weak(t!(
            "import-file-was",
            encoding = session.encoding.to_string()
        ));
    });
    (chosen != session.text_encoding()).then_some(ImportChoice::Encoding(chosen))
}

fn date_order_choice(session: &ImportSession, ui: &mut Ui) -> Option<ImportChoice> {
    let mut order = session.date_order();
    ui.horizontal(|ui| {
        let label = ui.label(t!("import-dates-like"));
        egui::ComboBox::from_id_salt("date order")
            .selected_text(date_order_text(order))
            .show_ui(ui, |ui| {
                for choice in DateOrder::ALL {
                    ui.selectable_value(&mut order, choice, date_order_text(choice));
                }
            })
            .response
            .labelled_by(label.id);
    });
    (order != session.date_order()).then_some(ImportChoice::DateOrder(order))
}

/// How a date order is offered: "day first (26/02/2027)".
fn date_order_text(order: DateOrder) -> &'static str {
    match order {
        DateOrder::DayMonth => t!("import-day-first"),
        DateOrder::MonthDay => t!("import-month-first"),
    }
}

fn side_choice(session: &ImportSession, ui: &mut Ui) -> Option<ImportChoice> {
    let mut side = session.side_for_new_people();
    ui.horizontal(|ui| {
        let label = ui.label(t!("import-side-of-new-people"));
        egui::ComboBox::from_id_salt("side of new people")
            .selected_text(side.text())
            .show_ui(ui, |ui| {
                for &choice in Side::ALL {
                    ui.selectable_value(&mut side, choice, choice.text());
                }
            })
            .response
            .labelled_by(label.id);
        ui.weak(t!("import-where-file-does-not-say"));
    });
    (side != session.side_for_new_people()).then_some(ImportChoice::SideOfNewPeople(side))
}

/// What the import would add and change; returns the conflicts the planner settled.
fn changes_list(session: &ImportSession, ui: &mut Ui) -> Vec<ImportChoice> {
    let preview = session.preview();
    let mut lines = Vec::new();
    let sections: [(&'static str, Vec<Line>); 8] = [
        (
            t!("preview-section-organisations-to-add"),
            (0..preview.organisations.len())
                .filter(|&i| preview.organisations[i].is_new())
                .map(Line::Organisation)
                .collect(),
        ),
        (
            t!("preview-section-organisations-to-change"),
            (0..preview.organisations.len())
                .filter(|&i| !preview.organisations[i].is_new())
                .map(Line::Organisation)
                .collect(),
        ),
        (
            t!("preview-section-people-to-add"),
            (0..preview.people.len())
                .filter(|&i| preview.people[i].is_new())
                .map(Line::Person)
                .collect(),
        ),
        (
            t!("preview-section-people-to-change"),
            (0..preview.people.len())
                .filter(|&i| !preview.people[i].is_new())
                .map(Line::Person)
                .collect(),
        ),
        (
            t!("preview-section-different"),
            preview
                .conflicts()
                .map(|(line, conflict)| Line::Conflict(line, conflict.clone()))
                .collect(),
        ),
        (
            t!("preview-section-which-person"),
            (0..preview.ambiguous.len()).map(Line::Ambiguous).collect(),
        ),
        (
            t!("preview-section-left-out"),
            (0..preview.problems.len()).map(Line::Problem).collect(),
        ),
        (
            t!("preview-section-not-imported"),
            (0..preview.left_out.len()).map(Line::NotImported).collect(),
        ),
    ];
    for (heading, items) in sections {
        if !items.is_empty() {
            lines.push(Line::Heading(heading));
            lines.extend(items);
        }
    }
    if lines.is_empty() {
        ui.weak(t!("preview-all-in-plan"));
        return Vec::new();
    }
    let row_height = ui.text_style_height(&egui::TextStyle::Body)
        + ui.spacing().item_spacing.y
        + 2.0 * ui.spacing().button_padding.y;
    let mut settled = Vec::new();
    egui::ScrollArea::vertical()
        .id_salt("import changes")
        .max_height(320.0)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, lines.len(), |ui, rows| {
            for line in &lines[rows] {
                match line {
                    Line::Heading(text) => {
                        // Body-sized: the list's rows are all one height.
                        let heading = ui.label(RichText::new(*text).strong());
                        crate::ui::widgets::heading_role(ui, &heading, 2);
                    }
                    Line::Organisation(i) => organisation_line(&preview.organisations[*i], ui),
                    Line::Person(i) => person_line(&preview.people[*i], preview, ui),
                    Line::NotImported(i) => {
                        let left_out = &preview.left_out[*i];
                        ui.weak(t!(
                            "preview-line",
                            line = left_out.line.to_string(),
                            text = left_out.to_string()
                        ));
                    }
                    Line::Conflict(line, conflict) => {
                        let mut take = session.takes_file(*line, conflict.field);
                        let text = t!(
                            "preview-take-file",
                            line = line.to_string(),
                            field = field_text(conflict.field),
                            file = conflict.file.as_str(),
                            plan = conflict.plan.as_str()
                        );
                        if ui.checkbox(&mut take, text).changed() {
                            settled.push(ImportChoice::TakeFile {
                                line: *line,
                                field: conflict.field,
                                take,
                            });
                        }
                    }
                    Line::Ambiguous(i) => {
                        settled.extend(match_choice(session, &preview.ambiguous[*i], ui));
                    }
                    Line::Problem(i) => {
                        let problem = &preview.problems[*i];
                        ui.label(
                            RichText::new(t!(
                                "preview-line",
                                line = problem.line.to_string(),
                                text = problem.message.clone()
                            ))
                            .color(Tokens::for_ui(ui).color.error),
                        );
                    }
                }
            }
        });
    settled
}

/// Whom an entry that fits several people is: one of them, a new person, or nobody (left out).
fn match_choice(
    session: &ImportSession,
    ambiguity: &Ambiguity,
    ui: &mut Ui,
) -> Option<ImportChoice> {
    let was = session.chosen_match(ambiguity.line);
    let mut chosen = was;
    let shown = |choice: Option<MatchChoice>| match choice {
        None => t!("import-leave-out").to_owned(),
        Some(MatchChoice::New) => t!("preview-new-person").to_owned(),
        Some(MatchChoice::Person(id)) => ambiguity
            .candidates
            .iter()
            .find(|candidate| candidate.id == id)
            .map(ToString::to_string)
            .unwrap_or_default(),
    };
    ui.horizontal(|ui| {
        let label = ui.label(t!(
            "preview-which",
            line = ambiguity.line.to_string(),
            name = ambiguity.name.as_str()
        ));
        egui::ComboBox::from_id_salt(("which person", ambiguity.line))
            .selected_text(shown(chosen))
            .width(360.0)
            .show_ui(ui, |ui| {
                let choices = std::iter::once(None)
                    .chain(
                        ambiguity
                            .candidates
                            .iter()
                            .map(|candidate| Some(MatchChoice::Person(candidate.id))),
                    )
                    .chain([Some(MatchChoice::New)]);
                for choice in choices {
                    ui.selectable_value(&mut chosen, choice, shown(choice));
                }
            })
            .response
            .labelled_by(label.id);
    });
    (chosen != was).then_some(ImportChoice::Match {
        line: ambiguity.line,
        choice: chosen,
    })
}

/// "new Email, Phone", or a pointer to the conflicts when only they differ.
fn changed_text(fields: &[&str]) -> String {
    if fields.is_empty() {
        t!("preview-values-differ-below").to_owned()
    } else {
        let fields: Vec<_> = fields.iter().map(|field| field_text(field)).collect();
        t!(
            "preview-new-fields",
            fields = fields.join(t!("preview-field-separator"))
        )
    }
}

fn organisation_line(planned: &Planned<Organisation>, ui: &mut Ui) {
    let organisation = &planned.record;
    ui.horizontal(|ui| {
        bidi_label(ui, &organisation.name, Fit::Wrap);
        if !organisation.native_name.is_empty() {
            bidi_label(ui, native_text(&organisation.native_name), Fit::Wrap);
        }
        if !planned.is_new() {
            ui.weak(changed_text(planned.changed_fields()));
        }
        ui.weak(t!("preview-line-number", line = planned.line.to_string()));
    });
}

fn person_line(planned: &Planned<Person>, preview: &crate::interop::ImportPreview, ui: &mut Ui) {
    let person = &planned.record;
    let organisation = |id| preview.organisation_name(id).unwrap_or_default().to_owned();
    ui.horizontal(|ui| {
        bidi_label(ui, &person.name, Fit::Wrap);
        if !person.native_name.is_empty() {
            bidi_label(ui, native_text(&person.native_name), Fit::Wrap);
        }
        if planned.is_new() {
            let details: Vec<String> = [PersonField::Position, PersonField::Organisation]
                .into_iter()
                .map(|field| field.text(person, organisation))
                .filter(|text| !text.is_empty())
                .collect();
            if !details.is_empty() {
                ui.weak(details.join(", "));
            }
        } else {
            let response = ui.weak(changed_text(planned.changed_fields()));
            // The new values, on hover.
            let values: Vec<String> = PersonField::ALL
                .into_iter()
                .filter(|field| planned.changed_fields().contains(&field.label()))
                .map(|field| {
                    t!(
                        "preview-field-value",
                        field = field_text(field.label()),
                        value = field.text(person, organisation)
                    )
                })
                .collect();
            response.on_hover_text(values.join("\n"));
            // Addresses and numbers are added to the person's, never replace them: say which.
            if !planned.additions.is_empty() {
                let additions: Vec<String> = planned
                    .additions
                    .iter()
                    .map(|addition| addition.render())
                    .collect();
                ui.weak(t!(
                    "preview-adds",
                    additions = additions.join(t!("preview-field-separator"))
                ));
            }
        }
        ui.weak(t!("preview-line-number", line = planned.line.to_string()));
    });
}

fn export_notice(ctx: &ViewContext, egui_ctx: &egui::Context) {
    let Some(notice) = &ctx.exchange.notice else {
        return;
    };
    let mut dismissed = false;
    egui::Area::new(egui::Id::unique("export notice"))
        .anchor(Align2::RIGHT_BOTTOM, [-16.0, -40.0])
        .show(egui_ctx, |ui| {
            egui::Frame::popup(ui.style())
                .fill(ui.visuals().extreme_bg_color)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new("✔").color(ctx.tokens.color.success));
                        ui.label(notice);
                        dismissed = ui.button(t!("export-ok")).clicked();
                    });
                });
        });
    if dismissed {
        ctx.send(Command::Dismiss(Dismissal::ExportNotice));
    }
}
