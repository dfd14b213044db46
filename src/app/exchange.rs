//! Exports and imports in the window: File → Export writes the plan where the planner chooses;
//! File → Import reads a file into an [`ImportSession`], whose preview the planner sees before
//! anything is applied, and applies it as one undoable step.

use std::path::{Path, PathBuf};

use super::dialogs::FileKind;
use super::{AttacheApp, Change, Document};
use crate::file;
use crate::interop::csv::{self, Mapping, Table, Target};
use crate::interop::{
    self, ExportFormat, ImportOptions, ImportPreview, Incoming, plan_import, vcard,
};
use crate::model::{PersonId, Side};

/// An export the planner asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportRequest {
    pub format: ExportFormat,
    /// For a calendar: only this person's events.
    pub person: Option<PersonId>,
}

impl ExportRequest {
    pub fn of(format: ExportFormat) -> Self {
        Self {
            format,
            person: None,
        }
    }

    pub(super) fn file_kind(&self) -> FileKind {
        let title = match (self.format, self.person) {
            (ExportFormat::Calendar, Some(_)) => "Export one person's programme as iCalendar",
            (ExportFormat::Calendar, None) => "Export the itinerary as iCalendar",
            (ExportFormat::Contacts, _) => "Export people and organisations as vCard",
            (ExportFormat::Spreadsheet, _) => "Export people as CSV",
            (ExportFormat::BriefingBook, _) => "Export the briefing book",
            (ExportFormat::Programme, Some(_)) => "Export one person's programme",
            (ExportFormat::Programme, None) => "Export the delegates' programmes",
        };
        FileKind {
            title: title.to_owned(),
            filter: format!("{} (*.{})", self.format.label(), self.format.extension()),
            extensions: vec![self.format.extension()],
        }
    }
}

/// The formats people can be imported from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    /// vCard (`.vcf`): people and organisations.
    Contacts,
    /// CSV (`.csv`, `.txt`): people, one a row.
    Spreadsheet,
}

impl ImportFormat {
    pub(super) fn file_kind(self) -> FileKind {
        match self {
            Self::Contacts => FileKind {
                title: "Import people and organisations from vCard".into(),
                filter: "vCard (*.vcf, *.vcard)".into(),
                extensions: vec!["vcf", "vcard"],
            },
            Self::Spreadsheet => FileKind {
                title: "Import people from a CSV spreadsheet".into(),
                filter: "CSV spreadsheet (*.csv, *.txt)".into(),
                extensions: vec!["csv", "txt"],
            },
        }
    }
}

/// What an import read from its file.
#[derive(Clone, Debug)]
pub enum ImportSource {
    Contacts(Incoming),
    /// A spreadsheet and how its columns are read; the planner can change the mapping.
    Spreadsheet {
        table: Table,
        mapping: Mapping,
    },
}

/// A file read for import, waiting for the planner to look at the preview and apply or cancel it.
#[derive(Clone, Debug)]
pub struct ImportSession {
    pub path: PathBuf,
    pub source: ImportSource,
    options: ImportOptions,
    preview: ImportPreview,
    /// The plan revision the preview was worked out for; `None` when it must be worked out again.
    previewed: Option<u64>,
}

impl ImportSession {
    pub fn new(path: PathBuf, source: ImportSource) -> Self {
        Self {
            path,
            source,
            options: ImportOptions::default(),
            preview: ImportPreview::default(),
            previewed: None,
        }
    }

    /// The file's name, for headings.
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.path.display().to_string())
    }

    /// Works the preview out again if the plan, the mapping or the options changed since.
    pub fn refresh(&mut self, document: &Document) {
        if self.previewed == Some(document.revision()) {
            return;
        }
        let incoming = match &self.source {
            ImportSource::Contacts(incoming) => std::borrow::Cow::Borrowed(incoming),
            ImportSource::Spreadsheet { table, mapping } => {
                std::borrow::Cow::Owned(csv::incoming(table, mapping))
            }
        };
        self.preview = plan_import(document.plan(), &incoming, self.options);
        self.previewed = Some(document.revision());
    }

    /// What the import would do, as of the last [`Self::refresh`].
    pub fn preview(&self) -> &ImportPreview {
        &self.preview
    }

    pub fn side_for_new_people(&self) -> Side {
        self.options.side_for_new_people
    }

    pub fn set_side_for_new_people(&mut self, side: Side) {
        if self.options.side_for_new_people != side {
            self.options.side_for_new_people = side;
            self.previewed = None;
        }
    }

    /// Reads column `column` of a spreadsheet as `target` (`None`: leaves it out).
    pub fn set_column(&mut self, column: usize, target: Option<Target>) {
        if let ImportSource::Spreadsheet { mapping, .. } = &mut self.source
            && let Some(slot) = mapping.get_mut(column)
            && *slot != target
        {
            *slot = target;
            self.previewed = None;
        }
    }

    /// The import as one change to the plan, with its label for the Edit menu; `None` when it
    /// would change nothing.
    pub fn change(&self) -> Option<(Change, String)> {
        if self.preview.is_empty() {
            return None;
        }
        let changes = self
            .preview
            .organisations
            .iter()
            .map(|planned| Change::Organisation(planned.record.clone()))
            .chain(
                self.preview
                    .people
                    .iter()
                    .map(|planned| Change::Person(planned.record.clone())),
            )
            .collect();
        Some((
            Change::Many(changes),
            format!("import from {}", self.file_name()),
        ))
    }
}

/// The window's state of exports and imports.
#[derive(Default)]
pub struct Exchange {
    /// An import waiting for the planner's decision.
    pub import: Option<ImportSession>,
    /// While the planner chooses whose calendar to export: the text typed to find them.
    pub choosing_person: Option<String>,
    /// What the last export did, shown until dismissed.
    pub notice: Option<String>,
}

/// Lower-case words of `text` joined by dashes, for file names: "Study visit" → "study-visit".
fn slug(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// `path`, ending in `extension` if it has no extension yet.
fn with_extension(mut path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_none() {
        path.set_extension(extension);
    }
    path
}

impl AttacheApp {
    /// A file name for an export: from the visit's title (and, for one person's calendar, their
    /// name), with the format's extension.
    pub(super) fn suggested_export_name(&self, request: &ExportRequest) -> String {
        let plan = self.document.plan();
        let mut name = slug(&plan.visit.title);
        if name.is_empty() {
            name = "plan".to_owned();
        }
        match request.format {
            ExportFormat::BriefingBook => name.push_str("-briefing"),
            ExportFormat::Programme => name.push_str("-programme"),
            _ => {}
        }
        if let Some(person) = request
            .person
            .and_then(|id| plan.people.iter().find(|p| p.id == id))
        {
            let person = slug(&person.name);
            if !person.is_empty() {
                name = format!("{name}-{person}");
            }
        }
        format!("{name}.{}", request.format.extension())
    }

    /// What the typed-path prompt (shown where no file dialog can be) starts with: the plan's path
    /// to open or save it, the suggested file beside the plan for an export, the plan's folder for
    /// an import.
    pub(super) fn typed_path_suggestion(&self, purpose: &super::DialogPurpose) -> String {
        let plan = self.document.path();
        let folder = plan
            .and_then(Path::parent)
            .filter(|f| !f.as_os_str().is_empty());
        match purpose {
            super::DialogPurpose::Open | super::DialogPurpose::SaveAs { .. } => plan
                .map(|path| path.display().to_string())
                .unwrap_or_default(),
            super::DialogPurpose::Export(request) => {
                let name = self.suggested_export_name(request);
                match folder {
                    Some(folder) => folder.join(name).display().to_string(),
                    None => name,
                }
            }
            super::DialogPurpose::Import(_) => folder
                .map(|folder| format!("{}{}", folder.display(), std::path::MAIN_SEPARATOR))
                .unwrap_or_default(),
        }
    }

    /// Writes the export to `path` (atomically: a failed export leaves any file there whole).
    pub(super) fn export_to(&mut self, request: ExportRequest, path: PathBuf) {
        let path = with_extension(path, request.format.extension());
        let bytes = match interop::export(
            self.document.plan(),
            request.format,
            request.person,
            jiff::Timestamp::now(),
        ) {
            Ok(bytes) => bytes,
            Err(error) => {
                self.messages
                    .push(format!("{}: was not exported: {error}", path.display()));
                return;
            }
        };
        // The open plan is never overwritten by an export (nor is any other plan): only Save
        // writes plans, so that the title bar's "saved" stays true.
        let open_plan: Vec<&Path> = self.document.path().into_iter().collect();
        match file::write_file(&path, &bytes, &open_plan) {
            Ok(()) => {
                self.exchange.notice = Some(format!(
                    "Exported {} to {}",
                    match request.format {
                        ExportFormat::Calendar => "the calendar",
                        ExportFormat::Contacts => "the contacts",
                        ExportFormat::Spreadsheet => "the people",
                        ExportFormat::BriefingBook => "the briefing book",
                        ExportFormat::Programme => "the programmes",
                    },
                    path.display()
                ))
            }
            Err(error) => self.messages.push(format!("Nothing was exported. {error}")),
        }
    }

    /// Reads `path` for import and opens its preview; a file that cannot be read is reported.
    pub(super) fn read_import(&mut self, format: ImportFormat, path: PathBuf) {
        let bytes = match file::read_bounded(&path, file::MAX_FILE_BYTES) {
            Ok(bytes) => bytes,
            Err(error) => {
                self.messages
                    .push(format!("{}: {error}; nothing was imported", path.display()));
                return;
            }
        };
        let source = match format {
            ImportFormat::Contacts => match String::from_utf8(bytes) {
                Ok(text) => ImportSource::Contacts(vcard::read(&text)),
                Err(_) => {
                    self.messages.push(format!(
                        "{}: is not UTF-8 text; vCard files are written in UTF-8",
                        path.display()
                    ));
                    return;
                }
            },
            ImportFormat::Spreadsheet => match csv::read_table(&bytes) {
                Ok(table) => {
                    let mapping = csv::guess_mapping(&table.headers);
                    ImportSource::Spreadsheet { table, mapping }
                }
                Err(error) => {
                    self.messages.push(format!(
                        "{}: could not be read as CSV: {error}",
                        path.display()
                    ));
                    return;
                }
            },
        };
        let mut session = ImportSession::new(path, source);
        session.refresh(&self.document);
        self.exchange.import = Some(session);
    }
}
