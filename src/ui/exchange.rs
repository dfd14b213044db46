//! File → Export and File → Import: the menus, the choice of person for a personal calendar, the
//! import preview (what will be added and changed, and which rows are left out, before anything
//! is applied) and the note that an export was written.

use crate::ui::tokens::Tokens;
use egui::{Align2, RichText, Ui};

use super::native_text;
use crate::app::{
    AttacheApp, Command, ExportRequest, ImportFormat, ImportSession, ImportSource,
    OFFERED_ENCODINGS,
};
use crate::interop::csv::Target;
use crate::interop::dates::DateOrder;
use crate::interop::protocol::ProtocolExport;
use crate::interop::{Conflict, ExportFormat, PersonField, Planned};
use crate::model::search::{fold, matches};
use crate::model::{Choice, Organisation, Person, Side};
use crate::ui::bidi::{Fit, bidi_label};

/// The items of File → Export.
pub fn export_menu(app: &mut AttacheApp, ui: &mut Ui) {
    let has_events = !app.document.plan().events.is_empty();
    let has_people = !app.document.plan().people.is_empty();
    if ui
        .add_enabled(has_events, egui::Button::new("iCalendar…"))
        .on_hover_text("The itinerary for calendars and phones (.ics)")
        .clicked()
    {
        app.send(Command::Export(ExportRequest::of(ExportFormat::Calendar)));
    }
    if ui
        .add_enabled(
            has_events && has_people,
            egui::Button::new("iCalendar for one person…"),
        )
        .on_hover_text("Only the events one person takes part in or hosts (.ics)")
        .clicked()
    {
        app.exchange.choosing_person = Some(String::new());
    }
    if ui
        .button("vCard…")
        .on_hover_text("People and organisations for address books (.vcf)")
        .clicked()
    {
        app.send(Command::Export(ExportRequest::of(ExportFormat::Contacts)));
    }
    if ui
        .button("CSV…")
        .on_hover_text("People as a spreadsheet (.csv)")
        .clicked()
    {
        app.send(Command::Export(ExportRequest::of(
            ExportFormat::Spreadsheet,
        )));
    }
    if ui
        .button("Organisations as CSV…")
        .on_hover_text("Organisations as a spreadsheet of their own (.csv), every field")
        .clicked()
    {
        app.send(Command::Export(ExportRequest::of(
            ExportFormat::OrganisationSpreadsheet,
        )));
    }
    if ui
        .button("Briefing book…")
        .on_hover_text(
            "One HTML file to print or share: delegation, programme, contacts, topics, actions",
        )
        .clicked()
    {
        app.send(Command::Export(ExportRequest::of(
            ExportFormat::BriefingBook,
        )));
    }
    if ui
        .button("Programmes…")
        .on_hover_text("Every delegate's one-page programme, one person a page (.html)")
        .clicked()
    {
        app.send(Command::Export(ExportRequest::of(ExportFormat::Programme)));
    }
    ui.menu_button("Protocol", |ui| {
        for (kind, item, hint) in [
            (
                ProtocolExport::SeatingChart,
                "Seating charts…",
                "Each seated meal or ceremony's tables, drawn, with who sits where (.html)",
            ),
            (
                ProtocolExport::PlaceCards,
                "Place cards…",
                "A fold-over card for each seated guest, in both scripts (.html)",
            ),
            (
                ProtocolExport::RoomingList,
                "Rooming lists…",
                "Who sleeps in which room, as hotels ask for it (.csv)",
            ),
            (
                ProtocolExport::TransportList,
                "Transport list…",
                "Who rides in which vehicle, day by day, for drivers and liaison officers (.html)",
            ),
            (
                ProtocolExport::Badges,
                "Name badges…",
                "Badges with name, own-script name, organisation and side, eight a sheet (.html)",
            ),
        ] {
            if ui.button(item).on_hover_text(hint).clicked() {
                app.send(Command::Export(ExportRequest::of(ExportFormat::Protocol(
                    kind,
                ))));
            }
        }
    });
}

/// File → Print briefing book… and Print programme…: each opens the page in the browser.
pub fn print_items(app: &mut AttacheApp, ui: &mut Ui) {
    if ui
        .button("Print briefing book…")
        .on_hover_text("Opens the briefing book in your browser, to print or save as a PDF")
        .clicked()
    {
        app.send(Command::Print(ExportRequest::of(
            ExportFormat::BriefingBook,
        )));
    }
    let has_delegation = app
        .document
        .plan()
        .people
        .iter()
        .any(|p| p.side == Side::Visiting);
    if ui
        .add_enabled(has_delegation, egui::Button::new("Print programme…"))
        .on_hover_text(
            "Opens every delegate's one-page programme in your browser, one person a page",
        )
        .clicked()
    {
        app.send(Command::Print(ExportRequest::of(ExportFormat::Programme)));
    }
}

/// The items of File → Import.
pub fn import_menu(app: &mut AttacheApp, ui: &mut Ui) {
    if ui
        .button("vCard…")
        .on_hover_text("People and organisations from an address book (.vcf)")
        .clicked()
    {
        app.send(Command::Import(ImportFormat::Contacts));
    }
    if ui
        .button("CSV…")
        .on_hover_text("People from a spreadsheet (.csv)")
        .clicked()
    {
        app.send(Command::Import(ImportFormat::Spreadsheet));
    }
}

/// The windows of exports and imports, drawn over the views when they are open.
pub fn show(app: &mut AttacheApp, ctx: &egui::Context) {
    person_picker(app, ctx);
    import_preview(app, ctx);
    export_notice(app, ctx);
}

fn person_picker(app: &mut AttacheApp, ctx: &egui::Context) {
    let Some(search) = &mut app.exchange.choosing_person else {
        return;
    };
    let plan = app.document.plan();
    let mut chosen = None;
    let mut cancelled = false;
    let modal = egui::Modal::new(egui::Id::unique("choose a person to export")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading("Whose programme?");
        ui.label("The calendar will hold only the events this person takes part in or hosts.");
        ui.add_space(Tokens::for_ui(ui).space.small);
        let label = ui.label("Find a person");
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
        ui.add_space(Tokens::for_ui(ui).space.medium);
        cancelled = ui.button("Cancel").clicked();
    });
    if let Some(person) = chosen {
        app.exchange.choosing_person = None;
        app.send(Command::Export(ExportRequest {
            format: ExportFormat::Calendar,
            person: Some(person),
        }));
    } else if cancelled || modal.should_close() {
        app.exchange.choosing_person = None;
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
    Problem(usize),
    NotImported(usize),
}

fn import_preview(app: &mut AttacheApp, ctx: &egui::Context) {
    let Some(session) = &mut app.exchange.import else {
        return;
    };
    session.refresh(&app.document);
    let mut decision = None;
    let modal = egui::Modal::new(egui::Id::unique("import preview")).show(ctx, |ui| {
        ui.set_width(640.0);
        ui.heading(format!("Import from {}", session.file_name()));
        ui.label(RichText::new(session.preview().summary()).strong());
        encoding_choice(session, ui);
        ui.add_space(Tokens::for_ui(ui).space.small);
        if let ImportSource::Spreadsheet { .. } = session.source {
            column_mapping(session, ui);
            date_order_choice(session, ui);
        }
        side_choice(session, ui);
        ui.separator();
        changes_list(session, ui);
        ui.separator();
        ui.label(
            "Nothing is changed until you choose Import; the whole import is then one step that \
             Undo takes back.",
        );
        ui.horizontal(|ui| {
            let can_import = !session.preview().is_empty();
            if ui
                .add_enabled(can_import, egui::Button::new("Import"))
                .clicked()
            {
                decision = Some(true);
            }
            if ui.button("Cancel").clicked() {
                decision = Some(false);
            }
        });
    });
    if modal.should_close() && decision.is_none() {
        decision = Some(false);
    }
    match decision {
        Some(true) => {
            let session = app.exchange.import.take().expect("checked above");
            if let Some((change, label)) = session.change() {
                app.send(Command::edit(change, label));
            }
        }
        Some(false) => app.exchange.import = None,
        None => {}
    }
}

/// For a spreadsheet: which field each column is read as.
fn column_mapping(session: &mut ImportSession, ui: &mut Ui) {
    let ImportSource::Spreadsheet { table, mapping } = &session.source else {
        return;
    };
    let headers = table.headers.clone();
    let mut current = mapping.clone();
    egui::CollapsingHeader::new("Columns")
        .default_open(true)
        .show(ui, |ui| {
            ui.label("Each column of the file is read as the field chosen here.");
            egui::ScrollArea::vertical()
                .id_salt("columns")
                .max_height(180.0)
                .show(ui, |ui| {
                    egui::Grid::new("column mapping")
                        .num_columns(2)
                        .spacing(Tokens::for_ui(ui).space.list_grid)
                        .show(ui, |ui| {
                            for (column, header) in headers.iter().enumerate() {
                                let shown = if header.trim().is_empty() {
                                    format!("Column {}", column + 1)
                                } else {
                                    header.clone()
                                };
                                let label = ui.label(&shown);
                                let slot = &mut current[column];
                                let selected = slot.map(Target::label).unwrap_or("(leave out)");
                                egui::ComboBox::from_id_salt(("column", column))
                                    .selected_text(selected)
                                    .width(220.0)
                                    .show_ui(ui, |ui| {
                                        ui.selectable_value(slot, None, "(leave out)");
                                        for target in Target::all() {
                                            ui.selectable_value(slot, Some(target), target.label());
                                        }
                                    })
                                    .response
                                    .labelled_by(label.id);
                                ui.end_row();
                            }
                        });
                });
        });
    for (column, target) in current.into_iter().enumerate() {
        session.set_column(column, target);
    }
}

/// How the file's text was read, and another encoding to read it in.
fn encoding_choice(session: &mut ImportSession, ui: &mut Ui) {
    let mut chosen = session.text_encoding();
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Text encoding");
        egui::ComboBox::from_id_salt("text encoding")
            .selected_text(chosen.name())
            .show_ui(ui, |ui| {
                for encoding in OFFERED_ENCODINGS {
                    ui.selectable_value(&mut chosen, encoding, encoding.name());
                }
            })
            .response
            .labelled_by(label.id);
        ui.weak(format!("The file was {}.", session.encoding));
    });
    session.set_text_encoding(chosen);
}

fn date_order_choice(session: &mut ImportSession, ui: &mut Ui) {
    let mut order = session.date_order();
    ui.horizontal(|ui| {
        let label = ui.label("Dates like 03/04/2027");
        egui::ComboBox::from_id_salt("date order")
            .selected_text(order.label())
            .show_ui(ui, |ui| {
                for choice in DateOrder::ALL {
                    ui.selectable_value(&mut order, choice, choice.label());
                }
            })
            .response
            .labelled_by(label.id);
    });
    session.set_date_order(order);
}

fn side_choice(session: &mut ImportSession, ui: &mut Ui) {
    let mut side = session.side_for_new_people();
    ui.horizontal(|ui| {
        let label = ui.label("Side of new people");
        egui::ComboBox::from_id_salt("side of new people")
            .selected_text(side.label())
            .show_ui(ui, |ui| {
                for &choice in Side::ALL {
                    ui.selectable_value(&mut side, choice, choice.label());
                }
            })
            .response
            .labelled_by(label.id);
        ui.weak("(where the file does not say)");
    });
    session.set_side_for_new_people(side);
}

fn changes_list(session: &mut ImportSession, ui: &mut Ui) {
    let preview = session.preview();
    let mut lines = Vec::new();
    let sections: [(&'static str, Vec<Line>); 7] = [
        (
            "Organisations to add",
            (0..preview.organisations.len())
                .filter(|&i| preview.organisations[i].is_new())
                .map(Line::Organisation)
                .collect(),
        ),
        (
            "Organisations to change",
            (0..preview.organisations.len())
                .filter(|&i| !preview.organisations[i].is_new())
                .map(Line::Organisation)
                .collect(),
        ),
        (
            "People to add",
            (0..preview.people.len())
                .filter(|&i| preview.people[i].is_new())
                .map(Line::Person)
                .collect(),
        ),
        (
            "People to change",
            (0..preview.people.len())
                .filter(|&i| !preview.people[i].is_new())
                .map(Line::Person)
                .collect(),
        ),
        (
            "Different in the plan and the file (the plan's value is kept unless you tick)",
            preview
                .conflicts()
                .map(|(line, conflict)| Line::Conflict(line, conflict.clone()))
                .collect(),
        ),
        (
            "Left out",
            (0..preview.problems.len()).map(Line::Problem).collect(),
        ),
        (
            "Not imported: the plan has no place for these",
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
        ui.weak("Everything in this file is in the plan already.");
        return;
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
                        ui.label(RichText::new(*text).strong());
                    }
                    Line::Organisation(i) => organisation_line(&preview.organisations[*i], ui),
                    Line::Person(i) => person_line(&preview.people[*i], preview, ui),
                    Line::NotImported(i) => {
                        let left_out = &preview.left_out[*i];
                        ui.weak(format!("Line {}: {left_out}", left_out.line));
                    }
                    Line::Conflict(line, conflict) => {
                        let mut take = session.takes_file(*line, conflict.field);
                        let text = format!(
                            "Line {line}, {}: take the file's “{}” instead of the plan's “{}”",
                            conflict.field, conflict.file, conflict.plan
                        );
                        if ui.checkbox(&mut take, text).changed() {
                            settled.push((*line, conflict.field, take));
                        }
                    }
                    Line::Problem(i) => {
                        let problem = &preview.problems[*i];
                        ui.label(
                            RichText::new(format!("Line {}: {}", problem.line, problem.message))
                                .color(Tokens::for_ui(ui).color.error),
                        );
                    }
                }
            }
        });
    for (line, field, take) in settled {
        session.take_file(line, field, take);
    }
}

/// "new Email, Phone", or a pointer to the conflicts when only they differ.
fn changed_text(fields: &[&str]) -> String {
    if fields.is_empty() {
        "values that differ, below".to_owned()
    } else {
        format!("new {}", fields.join(", "))
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
        ui.weak(format!("line {}", planned.line));
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
                .map(|field| format!("{}: {}", field.label(), field.text(person, organisation)))
                .collect();
            response.on_hover_text(values.join("\n"));
            // Addresses and numbers are added to the person's, never replace them: say which.
            if !planned.additions.is_empty() {
                ui.weak(format!("adds {}", planned.additions.join(", ")));
            }
        }
        ui.weak(format!("line {}", planned.line));
    });
}

fn export_notice(app: &mut AttacheApp, ctx: &egui::Context) {
    let Some(notice) = &app.exchange.notice else {
        return;
    };
    let mut dismissed = false;
    egui::Area::new(egui::Id::unique("export notice"))
        .anchor(Align2::RIGHT_BOTTOM, [-16.0, -40.0])
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style())
                .fill(ui.visuals().extreme_bg_color)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new("✔").color(Tokens::for_ui(ui).color.success));
                        ui.label(notice);
                        dismissed = ui.button("OK").clicked();
                    });
                });
        });
    if dismissed {
        app.exchange.notice = None;
    }
}
