//! Exports and imports in the window: File → Export writes the plan where the planner chooses;
//! File → Import reads a file into an [`ImportSession`], whose preview the planner sees before
//! anything is applied, and applies it as one undoable step.

use std::path::{Path, PathBuf};

use super::StepName;
use super::dialogs::FileKind;
use super::{AttacheApp, Document, Memo, Revision};
use crate::file;
use crate::interop::changes::EarlierVersion;
use crate::interop::csv::{self, Mapping, Table, Target};
use crate::interop::dates::DateOrder;
use crate::interop::encoding::decode;
use crate::interop::{
    self, ExportFormat, ImportOptions, ImportPreview, Incoming, MatchChoice, TakenFromFile,
    plan_import, vcard,
};
use crate::lang::Message;
use crate::model::Change;
use crate::model::{PersonId, Side};
use crate::{msg, t};
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252, WINDOWS_1256, WINDOWS_1257};

/// An export the planner asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportRequest {
    pub format: ExportFormat,
    /// For a calendar: only this person's events.
    pub person: Option<PersonId>,
}

impl ExportRequest {
    pub const fn of(format: ExportFormat) -> Self {
        Self {
            format,
            person: None,
        }
    }

    /// The export's bytes for `plan`, as of now, marking what changed since `since`.
    pub(super) fn bytes(
        &self,
        plan: &crate::model::Plan,
        since: Option<&EarlierVersion>,
    ) -> Result<Vec<u8>, interop::ExportError> {
        interop::export_marking(
            plan,
            self.format,
            self.person,
            jiff::Timestamp::now(),
            since,
        )
    }

    /// Whether the export marks what changed since an earlier version.
    fn marks_changes(&self) -> bool {
        matches!(
            self.format,
            ExportFormat::BriefingBook | ExportFormat::Programme
        )
    }

    pub(super) fn file_kind(&self) -> FileKind {
        let title = match (self.format, self.person) {
            (ExportFormat::Calendar, Some(_)) => t!("app-dialog-export-person-calendar").to_owned(),
            (ExportFormat::Calendar, None) => t!("app-dialog-export-calendar").to_owned(),
            (ExportFormat::Contacts, _) => t!("app-dialog-export-contacts").to_owned(),
            (ExportFormat::Spreadsheet, _) => t!("app-dialog-export-people-csv").to_owned(),
            (ExportFormat::OrganisationSpreadsheet, _) => {
                t!("app-dialog-export-organisations-csv").to_owned()
            }
            (ExportFormat::BriefingBook, _) => t!("app-dialog-export-briefing-book").to_owned(),
            (ExportFormat::Programme, Some(_)) => {
                t!("app-dialog-export-person-programme").to_owned()
            }
            (ExportFormat::Programme, None) => t!("app-dialog-export-programmes").to_owned(),
            (ExportFormat::Protocol(kind), _) => {
                t!(
                    "app-dialog-export-protocol",
                    what = what_is_exported(ExportFormat::Protocol(kind))
                )
            }
        };
        FileKind {
            title,
            filter: t!(
                "app-dialog-filter",
                kind = file_type(self.format),
                extension = self.format.extension()
            ),
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
                title: t!("app-dialog-import-vcard").into(),
                filter: t!("app-dialog-filter-vcard").into(),
                extensions: vec!["vcf", "vcard"],
            },
            Self::Spreadsheet => FileKind {
                title: t!("app-dialog-import-csv").into(),
                filter: t!("app-dialog-filter-csv").into(),
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
    /// Worked out again when the plan or a choice of the planner changes.
    preview: Memo<PreviewKey, ImportPreview>,
    /// The conflicts the planner settled for the file's value; the others keep the plan's.
    taken: TakenFromFile,
    /// How a spreadsheet's dates like 03/04/2027 are read.
    date_order: DateOrder,
    /// How the file's text was read: "read as UTF-8", "read as windows-1256 (…guessed…)".
    pub encoding: String,
    /// The encoding it was read in.
    text_encoding: &'static Encoding,
    /// The file as read, so that it can be read again in another encoding.
    bytes: Vec<u8>,
    format: ImportFormat,
}

/// What an import's preview depends on besides the file: the state of the plan and how the
/// planner chose to read the file.
#[derive(Clone, Debug, PartialEq)]
struct PreviewKey {
    revision: Revision,
    options: ImportOptions,
    date_order: DateOrder,
    /// A spreadsheet's mapping of columns to fields.
    mapping: Option<Mapping>,
}

/// A choice the planner makes in the import preview; the preview is worked out again after it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ImportChoice {
    /// Reads the file again in this encoding.
    Encoding(&'static Encoding),
    /// Reads column `column` of a spreadsheet as `target` (`None`: leaves it out).
    Column {
        column: usize,
        target: Option<Target>,
    },
    DateOrder(DateOrder),
    SideOfNewPeople(Side),
    /// Says whom the entry of `line`, which fits several people of the plan, is: one of them or a
    /// new person (`None`: leaves it out).
    Match {
        line: usize,
        choice: Option<MatchChoice>,
    },
    /// Settles the conflict of `field` on the record of `line` for the file's value (`take`), or
    /// the plan's.
    TakeFile {
        line: usize,
        field: &'static str,
        take: bool,
    },
}

/// The encodings the preview offers, besides the one detected.
pub const OFFERED_ENCODINGS: [&Encoding; 6] = [
    UTF_8,
    WINDOWS_1256,
    WINDOWS_1257,
    WINDOWS_1252,
    UTF_16LE,
    UTF_16BE,
];

impl ImportSession {
    /// Reads `bytes` (the file at `path`) as `format`, in `encoding` or the one detected; a
    /// sentence for the planner when they cannot be read.
    pub fn read(
        path: PathBuf,
        format: ImportFormat,
        bytes: Vec<u8>,
        encoding: Option<&'static Encoding>,
    ) -> Result<Self, Message> {
        let (source, decoded) = match format {
            ImportFormat::Contacts => {
                let (incoming, decoded) = vcard::read_bytes(&bytes, encoding);
                (ImportSource::Contacts(incoming), decoded)
            }
            ImportFormat::Spreadsheet => {
                let decoded = decode(&bytes, encoding);
                (Self::spreadsheet(&path, &decoded.text)?, decoded)
            }
        };
        Ok(Self {
            path,
            source,
            options: ImportOptions::default(),
            preview: Memo::default(),
            taken: TakenFromFile::default(),
            date_order: DateOrder::default(),
            encoding: decoded
                .describe(crate::lang::Arg::message("import-choose-another-encoding"))
                .render(),
            text_encoding: decoded.encoding,
            bytes,
            format,
        })
    }

    /// A spreadsheet's table and how its columns are read (an organisations sheet as records).
    fn spreadsheet(path: &Path, text: &str) -> Result<ImportSource, Message> {
        match csv::read_table(text.as_bytes()) {
            Ok(table) if let Some(organisations) = csv::incoming_organisations(&table) => {
                Ok(ImportSource::Contacts(organisations))
            }
            Ok(table) => {
                let mapping = csv::guess_mapping(&table.headers);
                Ok(ImportSource::Spreadsheet { table, mapping })
            }
            Err(error) => Err(msg!(
                "app-import-not-csv",
                path = path.display().to_string(),
                reason = error.to_string()
            )),
        }
    }

    /// The encoding the file was read in.
    pub fn text_encoding(&self) -> &'static Encoding {
        self.text_encoding
    }

    /// Reads the file again in `encoding`; the columns are guessed again from the headers read.
    /// When it cannot be read so, the file stays as it was read and [`Self::encoding`] says why.
    fn set_text_encoding(&mut self, encoding: &'static Encoding) {
        if encoding == self.text_encoding {
            return;
        }
        match Self::read(
            self.path.clone(),
            self.format,
            self.bytes.clone(),
            Some(encoding),
        ) {
            Ok(session) => {
                *self = Self {
                    options: self.options.clone(),
                    date_order: self.date_order,
                    ..session
                }
            }
            Err(error) => {
                self.encoding = t!(
                    "import-encoding-failed",
                    was = self.encoding.as_str(),
                    encoding = encoding.name(),
                    error = error.to_string()
                )
            }
        }
    }

    /// Makes the planner's choice.
    pub fn choose(&mut self, choice: ImportChoice) {
        match choice {
            ImportChoice::Encoding(encoding) => self.set_text_encoding(encoding),
            ImportChoice::Column { column, target } => self.set_column(column, target),
            ImportChoice::DateOrder(order) => self.set_date_order(order),
            ImportChoice::SideOfNewPeople(side) => self.set_side_for_new_people(side),
            ImportChoice::Match { line, choice } => self.set_match(line, choice),
            ImportChoice::TakeFile { line, field, take } => self.take_file(line, field, take),
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
        let key = PreviewKey {
            revision: document.revision(),
            options: self.options.clone(),
            date_order: self.date_order,
            mapping: match &self.source {
                ImportSource::Contacts(_) => None,
                ImportSource::Spreadsheet { mapping, .. } => Some(mapping.clone()),
            },
        };
        self.preview.get_or_compute(key, || {
            let incoming = match &self.source {
                ImportSource::Contacts(incoming) => std::borrow::Cow::Borrowed(incoming),
                ImportSource::Spreadsheet { table, mapping } => {
                    std::borrow::Cow::Owned(csv::incoming(table, mapping, self.date_order))
                }
            };
            plan_import(document.plan(), &incoming, self.options.clone())
        });
    }

    /// What the import would do, as of the last [`Self::refresh`]; nothing before the first.
    pub fn preview(&self) -> &ImportPreview {
        static NOT_WORKED_OUT: std::sync::LazyLock<ImportPreview> =
            std::sync::LazyLock::new(ImportPreview::default);
        self.preview.value().unwrap_or(&NOT_WORKED_OUT)
    }

    /// Whether the conflict of `field` on the record of `line` takes the file's value.
    pub fn takes_file(&self, line: usize, field: &'static str) -> bool {
        self.taken.contains(&(line, field))
    }

    /// Settles the conflict of `field` on the record of `line` for the file's value, or the
    /// plan's.
    fn take_file(&mut self, line: usize, field: &'static str, take: bool) {
        if take {
            self.taken.insert((line, field));
        } else {
            self.taken.remove(&(line, field));
        }
    }

    pub fn date_order(&self) -> DateOrder {
        self.date_order
    }

    fn set_date_order(&mut self, order: DateOrder) {
        self.date_order = order;
    }

    pub fn side_for_new_people(&self) -> Side {
        self.options.side_for_new_people
    }

    fn set_side_for_new_people(&mut self, side: Side) {
        self.options.side_for_new_people = side;
    }

    /// Whom the planner said the entry of `line` is, if they did.
    pub fn chosen_match(&self, line: usize) -> Option<MatchChoice> {
        self.options.matches.get(&line).copied()
    }

    fn set_match(&mut self, line: usize, choice: Option<MatchChoice>) {
        match choice {
            Some(choice) => self.options.matches.insert(line, choice),
            None => self.options.matches.remove(&line),
        };
    }

    /// Reads column `column` of a spreadsheet as `target` (`None`: leaves it out).
    fn set_column(&mut self, column: usize, target: Option<Target>) {
        if let ImportSource::Spreadsheet { mapping, .. } = &mut self.source
            && let Some(slot) = mapping.get_mut(column)
            && *slot != target
        {
            *slot = target;
        }
    }

    /// The import as one change to the plan, with its label for the Edit menu; `None` when it
    /// would change nothing.
    pub fn change(&self) -> Option<(Change, StepName)> {
        let preview = self.preview();
        if preview.is_empty() {
            return None;
        }
        Some((
            preview.change(&self.taken),
            msg!("app-step-import", file = self.file_name()).into(),
        ))
    }
}

/// The window's state of exports and imports.
#[derive(Default)]
pub struct Exchange {
    /// An import waiting for the planner's decision.
    pub import: Option<ImportSession>,
    /// Whether the planner is choosing whose calendar to export.
    pub choosing_person: bool,
    /// What the last export did, shown until dismissed.
    pub notice: Option<Message>,
    /// An export waiting for the planner to confirm that it may replace the file at its path,
    /// which is not an export Attaché wrote earlier.
    pub replacing: Option<(ExportRequest, PathBuf)>,
    /// The earlier version the briefing book and the programmes mark their changes against.
    pub changes_since: ChangesSince,
    /// While Mark changes since… is open: the plan's issued versions, newest first, read when it
    /// opened.
    pub issued: Option<Vec<file::IssuedVersion>>,
}

/// The earlier version the briefing book and the programmes mark what changed since.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ChangesSince {
    /// The plan's last issued version (File → Mark as issued), when it has one; no marks
    /// otherwise.
    #[default]
    LastIssued,
    /// This plan file: an issued version or any other.
    Version(PathBuf),
    /// No marks.
    Nothing,
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
            ExportFormat::Protocol(kind) => {
                name.push('-');
                name.push_str(kind.file_word());
            }
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
            super::DialogPurpose::Import(_) | super::DialogPurpose::ChangesSince => folder
                .map(|folder| format!("{}{}", folder.display(), std::path::MAIN_SEPARATOR))
                .unwrap_or_default(),
        }
    }

    /// The earlier version `request` marks its changes since, as the planner chose it; `Err` when
    /// it cannot be read, which the messages say.
    pub(super) fn earlier_version(
        &mut self,
        request: &ExportRequest,
    ) -> Result<Option<EarlierVersion>, ()> {
        if !request.marks_changes() {
            return Ok(None);
        }
        let (path, day) = match &self.exchange.changes_since {
            ChangesSince::Nothing => return Ok(None),
            ChangesSince::LastIssued => {
                let last = self
                    .document
                    .path()
                    .and_then(|plan| file::issued_versions(plan).into_iter().next());
                match last {
                    Some(version) => (version.path, Some(version.issued.date())),
                    None => return Ok(None),
                }
            }
            ChangesSince::Version(path) => (path.clone(), file::version_day(path)),
        };
        match file::load(&path) {
            Ok(plan) => Ok(Some(EarlierVersion {
                plan,
                day: day.unwrap_or_else(|| jiff::Zoned::now().date()),
            })),
            Err(error) => {
                self.messages.push(msg!(
                    "app-changes-since-unreadable",
                    reason = super::sentences::load_error(&error)
                ));
                Err(())
            }
        }
    }

    /// Opens Mark changes since…, with the plan's issued versions as they are now.
    pub(super) fn open_changes_since(&mut self) {
        self.exchange.issued = Some(
            self.document
                .path()
                .map(file::issued_versions)
                .unwrap_or_default(),
        );
    }

    /// Marks changes since the plan file at `path`, once it is known to be one.
    pub(super) fn choose_changes_since_file(&mut self, path: PathBuf) {
        match file::load(&path) {
            Ok(_) => {
                self.exchange.changes_since = ChangesSince::Version(path);
                self.exchange.issued = None;
            }
            Err(error) => self.messages.push(msg!(
                "app-changes-since-unreadable",
                reason = super::sentences::load_error(&error)
            )),
        }
    }

    /// File → Mark as issued: keeps a copy of the plan as it is now in its issued folder (see
    /// [`file::issue`]) and says where. The plan is saved first, as Save would (Save As for a
    /// plan never saved, then the copy): what is issued is what the planner sees, and the plan's
    /// own file must not lag behind the version handed out from it.
    pub(super) fn mark_as_issued(&mut self, ctx: &egui::Context) {
        let Some(path) = self.document.path().map(Path::to_owned) else {
            let then = Some(Box::new(super::Command::MarkAsIssued));
            self.start_dialog(super::DialogPurpose::SaveAs { then }, ctx);
            return;
        };
        if self.document.is_dirty() && !self.save_to(path.clone()) {
            return;
        }
        match file::issue(self.document.plan(), &path, jiff::Zoned::now().datetime()) {
            Ok(copy) => {
                self.exchange.notice = Some(msg!("app-issued", path = copy.display().to_string()))
            }
            Err(error) => self.messages.push(msg!(
                "app-not-issued",
                reason = super::sentences::save_error(&error)
            )),
        }
    }

    /// Writes the export to `path` (atomically: a failed export leaves any file there whole). A
    /// file there that is not an earlier export of the same kind is replaced only once the
    /// planner confirmed it (`confirmed`); until then they are asked.
    pub(super) fn export_to(&mut self, request: ExportRequest, path: PathBuf, confirmed: bool) {
        let path = with_extension(path, request.format.extension());
        let since = match self.earlier_version(&request) {
            Ok(since) => since,
            Err(()) => return,
        };
        let bytes = match request.bytes(self.document.plan(), since.as_ref()) {
            Ok(bytes) => bytes,
            Err(error) => {
                self.messages.push(msg!(
                    "app-not-exported",
                    path = path.display().to_string(),
                    reason = error.to_string()
                ));
                return;
            }
        };
        // The open plan is never overwritten by an export (nor is any other plan): only Save
        // writes plans, so that the title bar's "saved" stays true.
        let open_plan: Vec<&Path> = self.document.path().into_iter().collect();
        let recognise = |head: &[u8]| request.format.is_earlier_export(&bytes, head);
        let replace = match confirmed {
            true => file::Replace::Confirmed,
            false => file::Replace::EarlierExport(&recognise),
        };
        match file::write_export(&path, &bytes, &open_plan, replace) {
            Err(file::SaveError::WouldReplaceOtherFile { .. }) => {
                self.exchange.replacing = Some((request, path));
            }
            Ok(()) => {
                self.exchange.notice = Some(msg!(
                    "app-exported",
                    what = what_is_exported(request.format),
                    path = path.display().to_string()
                ))
            }
            Err(error) => self.messages.push(msg!(
                "app-nothing-exported",
                reason = super::sentences::save_error(&error)
            )),
        }
    }

    /// Reads `path` for import and opens its preview; a file that cannot be read is reported.
    pub(super) fn read_import(&mut self, format: ImportFormat, path: PathBuf) {
        let bytes = match file::read_bounded(&path, file::MAX_FILE_BYTES) {
            Ok(bytes) => bytes,
            Err(error) => {
                self.messages.push(msg!(
                    "app-nothing-imported",
                    path = path.display().to_string(),
                    reason = super::sentences::read_error(&error)
                ));
                return;
            }
        };
        match ImportSession::read(path, format, bytes, None) {
            Ok(mut session) => {
                session.refresh(&self.document);
                self.exchange.import = Some(session);
            }
            Err(error) => self.messages.push(error),
        }
    }
}

/// What an export holds, for sentences: "the calendar", "the seating charts".
pub(super) fn what_is_exported(format: ExportFormat) -> Message {
    use crate::interop::protocol::ProtocolExport as Kind;
    match format {
        ExportFormat::Calendar => msg!("app-export-what-calendar"),
        ExportFormat::Contacts => msg!("app-export-what-contacts"),
        ExportFormat::Spreadsheet => msg!("app-export-what-people"),
        ExportFormat::OrganisationSpreadsheet => msg!("app-export-what-organisations"),
        ExportFormat::BriefingBook => msg!("app-export-what-briefing-book"),
        ExportFormat::Programme => msg!("app-export-what-programmes"),
        ExportFormat::Protocol(kind) => match kind {
            Kind::SeatingChart => msg!("app-export-what-seating-charts"),
            Kind::PlaceCards => msg!("app-export-what-place-cards"),
            Kind::RoomingList => msg!("app-export-what-rooming-lists"),
            Kind::TransportList => msg!("app-export-what-transport-list"),
            Kind::Badges => msg!("app-export-what-name-badges"),
            Kind::RoomingGrid | Kind::RoomingGridSpreadsheet => {
                msg!("app-export-what-rooming-grids")
            }
            Kind::ArrivalsManifest | Kind::ArrivalsManifestSpreadsheet => {
                msg!("app-export-what-arrivals-manifest")
            }
            Kind::CateringSheets => msg!("app-export-what-caterers-sheets"),
            Kind::DriverSheets => msg!("app-export-what-drivers-sheets"),
        },
    }
}

/// What a file of the format is, for a file dialog's filter: "iCalendar", "CSV spreadsheet".
fn file_type(format: ExportFormat) -> Message {
    match format {
        ExportFormat::Calendar => msg!("app-file-type-icalendar"),
        ExportFormat::Contacts => msg!("app-file-type-vcard"),
        ExportFormat::Spreadsheet | ExportFormat::OrganisationSpreadsheet => {
            msg!("app-file-type-csv")
        }
        ExportFormat::BriefingBook => msg!("app-file-type-briefing-book"),
        ExportFormat::Programme => msg!("app-file-type-programme"),
        ExportFormat::Protocol(kind) if kind.is_spreadsheet() => msg!("app-file-type-csv"),
        ExportFormat::Protocol(_) => msg!("app-file-type-printable-page"),
    }
}
