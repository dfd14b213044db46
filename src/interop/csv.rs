//! People as a CSV spreadsheet, written and read with the csv crate.
//!
//! Export: a header row, then one row per person in the order of precedence, in UTF-8 with a
//! byte-order mark so that spreadsheet programs do not mistake Arabic names for another encoding.
//! A cell that a spreadsheet would run as a formula (one starting with `=`, `+`, `-`, `@`, a tab
//! or a carriage return) is written with an apostrophe in front, so `=HYPERLINK(…)` in a name
//! stays text; the import takes that apostrophe off again.
//!
//! Import: the delimiter (comma, semicolon or tab) is recognised from the header row, each column
//! is mapped to a field by its header ([`guess_mapping`]; the planner can change the mapping in the
//! preview), and each row becomes an [`IncomingPerson`], or an organisation when it names no one
//! but a company. A row that cannot be imported (cells missing, no name) is reported with its line and
//! left out, never dropped silently; a value that does not parse (an id, side, role, status or
//! date) is a warning on its field, and the rest of the row is imported. Attaché's own
//! organisations sheet ([`organisations`]) is recognised by its header row.

use super::preview::field_message;
use crate::lang::Message;
use crate::msg;
use std::borrow::Cow;

use super::Directory;
use super::contact_kinds::{FAX_NOT_A_PHONE, is_fax_label, kind_from_label, marks_primary};
use super::dates::{DATE_FORMS, DateOrder, parse_date};
use super::preview::{
    ImportProblem, Incoming, IncomingOrganisation, IncomingPerson, LeftOut, OrganisationField,
    PersonField, choice_from_label,
};
use crate::model::contact::set_preferred;
use crate::model::search::fold;
use crate::model::{Choice, ContactEntry, ContactKind, Id, OrganisationId, Person, Plan};

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `cell` as a spreadsheet will show it as text: with an apostrophe in front if it would
/// otherwise be run as a formula.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Takes off the apostrophe that [`neutralise`] puts in front.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

/// The plan's people as a CSV file (UTF-8 with a byte-order mark).
pub fn people(plan: &Plan) -> Vec<u8> {
    let directory = Directory::new(plan);
    // Whole, not as a label: a spreadsheet imported again finds the organisation by its name.
    let organisation_name = |id: OrganisationId| {
        directory
            .organisation(id)
            .map(|o| o.name.clone())
            .unwrap_or_default()
    };
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = ::csv::Writer::from_writer(&mut bytes);
        // Writing to a Vec cannot fail.
        // As many email and phone columns as the person with the most of them needs.
        let slots = |list: fn(&Person) -> &Vec<ContactEntry>| {
            plan.people
                .iter()
                .map(|p| list(p).len())
                .max()
                .unwrap_or(0)
                .max(1)
        };
        let (email_slots, phone_slots) = (slots(|p| &p.emails), slots(|p| &p.phones));
        let mut headers = Vec::new();
        for field in PersonField::ALL {
            match field {
                PersonField::Email => contact_headers(&mut headers, "E-mail", email_slots),
                PersonField::Phone => contact_headers(&mut headers, "Phone", phone_slots),
                field => headers.push(field.label().to_owned()),
            }
        }
        let _ = writer.write_record(&headers);
        for person in &plan.people {
            let mut row = Vec::new();
            for field in PersonField::ALL {
                match field {
                    PersonField::Email => contact_cells(&mut row, &person.emails, email_slots),
                    PersonField::Phone => contact_cells(&mut row, &person.phones, phone_slots),
                    field => row.push(field.text(person, organisation_name)),
                }
            }
            let _ = writer.write_record(row.iter().map(|cell| neutralise(cell).into_owned()));
        }
        let _ = writer.flush();
    }
    bytes
}

/// Google Contacts' columns for a list of addresses or numbers: "E-mail 1 - Type", "E-mail 1 -
/// Value", ... which Google, Outlook's importer and Attaché read back with their kinds.
fn contact_headers(headers: &mut Vec<String>, noun: &str, slots: usize) {
    for slot in 1..=slots {
        headers.push(format!("{noun} {slot} - Type"));
        headers.push(format!("{noun} {slot} - Value"));
    }
}

/// The kind and value of each entry, the preferred one's kind starred as Google marks the
/// primary one ("* Mobile"), then empty cells up to `slots`.
fn contact_cells(row: &mut Vec<String>, entries: &[ContactEntry], slots: usize) {
    for slot in 0..slots {
        match entries.get(slot) {
            Some(entry) => {
                let star = if entry.preferred { "* " } else { "" };
                row.push(format!("{star}{}", entry.kind.code()));
                row.push(entry.value.clone());
            }
            None => row.extend([String::new(), String::new()]),
        }
    }
}

/// The plan's organisations as a CSV file of their own (UTF-8 with a byte-order mark), with
/// every field, so that it imports back whole.
pub fn organisations(plan: &Plan) -> Vec<u8> {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = ::csv::Writer::from_writer(&mut bytes);
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(organisation_headers());
        for organisation in &plan.organisations {
            let row = std::iter::once(organisation.id.to_string())
                .chain(OrganisationField::ALL.map(|field| field.text(organisation)));
            let _ = writer.write_record(row.map(|cell| neutralise(&cell).into_owned()));
        }
        let _ = writer.flush();
    }
    bytes
}

/// The header row of [`organisations`]: the id, then every field.
fn organisation_headers() -> impl Iterator<Item = &'static str> {
    std::iter::once(PersonField::Id.label())
        .chain(OrganisationField::ALL.map(OrganisationField::label))
}

/// The organisations of a table whose header row is that of [`organisations`]; `None` for any
/// other table (a sheet of people).
pub fn incoming_organisations(table: &Table) -> Option<Incoming> {
    let expected: Vec<String> = organisation_headers().map(fold).collect();
    let headers: Vec<String> = table.headers.iter().map(|header| fold(header)).collect();
    if headers != expected {
        return None;
    }
    let mut incoming = Incoming {
        problems: table.problems.clone(),
        ..Incoming::default()
    };
    for row in &table.rows {
        let cell = |column: usize| restore(row.cells[column].trim()).trim().to_owned();
        let id_text = cell(0);
        let id = Id::parse(&id_text);
        if id.is_none() && !id_text.is_empty() {
            incoming.left_out.push(LeftOut {
                line: row.line,
                field: field_message(PersonField::Id.label()),
                value: id_text,
                why: Message::new("import-id-not-hexadecimal-by-name"),
            });
        }
        let kind_text = cell(3);
        let kind = choice_from_label(&kind_text);
        if kind.is_none() && !kind_text.is_empty() {
            incoming.left_out.push(LeftOut {
                line: row.line,
                field: field_message(OrganisationField::Kind.label()),
                value: kind_text,
                why: Message::new("import-unknown-organisation-kind"),
            });
        }
        incoming.organisations.push(IncomingOrganisation {
            line: row.line,
            id,
            name: cell(1),
            native_name: cell(2),
            kind,
            country: cell(4),
            address: cell(5),
            website: cell(6),
            notes: cell(7),
        });
    }
    Some(incoming)
}

/// Why a CSV file could not be read at all. Problems with single rows are reported per row.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CsvError {
    #[error("the file is empty; expected a header row naming the columns")]
    Empty,
    #[error("line {line}: {message}")]
    Unreadable { line: usize, message: String },
}

/// One row of the file, with the line it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub line: usize,
    pub cells: Vec<String>,
}

/// A CSV file: its header row and the rows that could be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    /// The line the header row is on.
    pub header_line: usize,
    pub rows: Vec<Row>,
    /// Rows that could not be read (wrong number of cells, not UTF-8).
    pub problems: Vec<ImportProblem>,
}

/// Reads a CSV file whose first row names the columns.
pub fn read_table(bytes: &[u8]) -> Result<Table, CsvError> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter(bytes))
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    let mut lines = LineCounter::new(bytes);
    let header = loop {
        match records.next() {
            None => return Err(CsvError::Empty),
            Some(Err(error)) => {
                return Err(CsvError::Unreadable {
                    line: lines.line_of(error.position()),
                    message: error.to_string(),
                });
            }
            Some(Ok(record)) if record.iter().all(|cell| cell.is_empty()) => continue,
            Some(Ok(record)) => break record,
        }
    };
    let header_line = lines.line_of(header.position());
    let headers = match text_cells(&header) {
        Some(cells) => cells,
        None => {
            return Err(CsvError::Unreadable {
                line: header_line,
                message: "the header row is not UTF-8 text; save the file as “CSV UTF-8”".into(),
            });
        }
    };
    let mut table = Table {
        headers,
        header_line,
        rows: Vec::new(),
        problems: Vec::new(),
    };
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                table.problems.push(ImportProblem {
                    line: lines.line_of(error.position()),
                    message: msg!("import-row-unreadable", error = error.to_string()),
                });
                continue;
            }
        };
        let line = lines.line_of(record.position());
        if record.iter().all(|cell| cell.trim_ascii().is_empty()) {
            continue;
        }
        let Some(cells) = text_cells(&record) else {
            table.problems.push(ImportProblem {
                line,
                message: Message::new("import-row-not-utf8"),
            });
            continue;
        };
        if cells.len() != table.headers.len() {
            table.problems.push(ImportProblem {
                line,
                message: msg!(
                    "import-row-cells",
                    cells = cells.len().to_string(),
                    headers = table.headers.len().to_string()
                ),
            });
            continue;
        }
        table.rows.push(Row { line, cells });
    }
    Ok(table)
}

/// The line a record starts on, counted from its byte offset. (The csv crate's own count is
/// one line short for every line a CRLF file has before the record, and skips blank lines.)
struct LineCounter<'a> {
    bytes: &'a [u8],
    counted_to: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self {
            bytes,
            counted_to: 0,
            line: 1,
        }
    }

    /// The line of `position`; records come in order, so each byte is counted once.
    fn line_of(&mut self, position: Option<&::csv::Position>) -> usize {
        let Some(position) = position else {
            return self.line;
        };
        let mut to = (position.byte() as usize).min(self.bytes.len());
        // After a CR the csv crate starts the next record on the LF: no record begins with a
        // line break, so the record is on the line after it.
        while to < self.bytes.len() && matches!(self.bytes[to], b'\r' | b'\n') {
            to += 1;
        }
        if to > self.counted_to {
            self.line += self.bytes[self.counted_to..to]
                .iter()
                .filter(|&&byte| byte == b'\n')
                .count();
            self.counted_to = to;
        }
        self.line
    }
}

fn text_cells(record: &::csv::ByteRecord) -> Option<Vec<String>> {
    record
        .iter()
        .map(|cell| std::str::from_utf8(cell).ok().map(str::to_owned))
        .collect()
}

/// The delimiter of the header row: the one of comma, semicolon and tab it has most of outside
/// quotes (spreadsheets in much of Europe write semicolons).
fn delimiter(bytes: &[u8]) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &byte in bytes {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                for (delimiter, count) in &mut counts {
                    if byte == *delimiter {
                        *count += 1;
                    }
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .max_by_key(|(delimiter, count)| (*count, *delimiter == b','))
        .map(|(delimiter, _)| *delimiter)
        .unwrap_or(b',')
}

/// What a column of the file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Field(PersonField),
    /// Given names, put before the family name when no column holds the whole name.
    GivenName,
    /// Middle names, between the given and the family name.
    MiddleName,
    FamilyName,
    /// Email addresses of this kind, one or several (Google's " ::: "). Several columns may hold
    /// them (Outlook's "E-mail 2 Address").
    Email(ContactKind),
    /// Phone numbers of this kind (Outlook's "Mobile Phone" is [`ContactKind::Mobile`]).
    Phone(ContactKind),
    /// The kind of the addresses in the next email column (Google's "E-mail 1 - Type"); a star
    /// ("* Work") marks the first of them as the preferred one.
    EmailKind,
    /// The kind of the numbers in the next phone column (Google's "Phone 1 - Type").
    PhoneKind,
}

impl Target {
    /// Every target, in the order a picker lists them.
    pub fn all() -> Vec<Target> {
        let mut all = Vec::new();
        for field in PersonField::ALL {
            match field {
                PersonField::Email => {
                    all.extend(ContactKind::ALL.iter().map(|&kind| Target::Email(kind)));
                    all.push(Target::EmailKind);
                }
                PersonField::Phone => {
                    all.extend(ContactKind::ALL.iter().map(|&kind| Target::Phone(kind)));
                    all.push(Target::PhoneKind);
                }
                field => all.push(Target::Field(field)),
            }
            if field == PersonField::Name {
                all.extend([Target::GivenName, Target::MiddleName, Target::FamilyName]);
            }
        }
        all
    }

    pub fn label(self) -> &'static str {
        use ContactKind as K;
        match self {
            Self::Field(field) => field.label(),
            Self::GivenName => "Given name",
            Self::MiddleName => "Middle name",
            Self::FamilyName => "Family name",
            Self::Email(K::Other) => "Email",
            Self::Email(K::Work) => "Work email",
            Self::Email(K::Home) => "Home email",
            Self::Email(K::Mobile) => "Mobile email",
            Self::Phone(K::Other) => "Phone",
            Self::Phone(K::Work) => "Work phone",
            Self::Phone(K::Home) => "Home phone",
            Self::Phone(K::Mobile) => "Mobile phone",
            Self::EmailKind => "Email kind",
            Self::PhoneKind => "Phone kind",
        }
    }

    /// Whether several columns may hold this target (and a cell several values of it).
    fn repeats(self) -> bool {
        matches!(
            self,
            Self::Email(_)
                | Self::Phone(_)
                | Self::EmailKind
                | Self::PhoneKind
                | Self::Field(PersonField::Email | PersonField::Phone)
        )
    }
}

/// For each column, the field it holds, or `None` for a column to leave out.
pub type Mapping = Vec<Option<Target>>;

/// The columns' fields, guessed from the headers: Attaché's own headers, and the usual ones of
/// address books and spreadsheets ("E-mail", "Job title", "Organization", "First name", ...),
/// in English, Estonian ("Eesnimi", "E-post", "Ametikoht") and Arabic ("الاسم", "المنصب"),
/// compared [`fold`]ed.
pub fn guess_mapping(headers: &[String]) -> Mapping {
    use PersonField as F;
    let synonyms: &[(Target, &[&str])] = &[
        (Target::Field(F::Id), &["id", "attache id"]),
        (
            Target::Field(F::Name),
            &[
                "name",
                "full name",
                "display name",
                "fn",
                "person",
                // Estonian and Arabic spreadsheets.
                "nimi",
                "täisnimi",
                "الاسم",
                "الاسم الكامل",
                "الاسم الثلاثي",
            ],
        ),
        (
            Target::Field(F::NativeName),
            &[
                "name in own script",
                "native name",
                "arabic name",
                "name arabic",
                "name in arabic",
                "الاسم بالعربية",
                "الاسم بالعربي",
                "nimi araabia keeles",
            ],
        ),
        (
            Target::GivenName,
            &[
                "given name",
                "first name",
                "forename",
                "eesnimi",
                "الاسم الأول",
            ],
        ),
        (
            Target::MiddleName,
            &["middle name", "additional name", "middle names"],
        ),
        (
            Target::FamilyName,
            &[
                "family name",
                "last name",
                "surname",
                "perekonnanimi",
                "اسم العائلة",
                "اللقب",
            ],
        ),
        (
            Target::Field(F::FormOfAddress),
            &["form of address", "salutation", "address as", "honorific"],
        ),
        (Target::Field(F::Title), &["title", "prefix", "name prefix"]),
        (
            Target::Field(F::Position),
            &[
                "position",
                "job title",
                "job",
                "function",
                "post",
                "position title",
                // Google Contacts.
                "organization title",
                "organization 1 title",
                "ametikoht",
                "ametinimetus",
                "amet",
                "المنصب",
                "الوظيفة",
                "المسمى الوظيفي",
            ],
        ),
        (
            Target::Field(F::Organisation),
            &[
                "organisation",
                "organization",
                "company",
                "institution",
                "ministry",
                "agency",
                "organisation name",
                "organization name",
                "organization 1 name",
                "asutus",
                "organisatsioon",
                "ettevõte",
                "الجهة",
                "المؤسسة",
                "الوزارة",
                "جهة العمل",
            ],
        ),
        (Target::Field(F::Side), &["side", "party"]),
        (Target::Field(F::Role), &["role", "delegation role"]),
        (
            Target::Email(ContactKind::Other),
            &[
                "email",
                "e mail",
                "email address",
                "e mail address",
                "mail",
                // Outlook.
                "e mail 2 address",
                "e mail 3 address",
                "e post",
                "e posti aadress",
                "البريد الإلكتروني",
                "البريد الالكتروني",
                "البريد",
            ],
        ),
        (
            Target::Email(ContactKind::Work),
            &["work email", "business email"],
        ),
        (
            Target::Email(ContactKind::Home),
            &["home email", "personal email"],
        ),
        (
            Target::Phone(ContactKind::Other),
            &[
                "phone",
                "telephone",
                "tel",
                "phone number",
                "other phone",
                "telefon",
                "telefoninumber",
                "الهاتف",
                "رقم الهاتف",
            ],
        ),
        (
            Target::Phone(ContactKind::Work),
            &[
                "work phone",
                "business phone",
                "business phone 2",
                "company main phone",
            ],
        ),
        (
            Target::Phone(ContactKind::Home),
            &["home phone", "home phone 2"],
        ),
        (
            Target::Phone(ContactKind::Mobile),
            &[
                "mobile",
                "mobile phone",
                "cell",
                "cell phone",
                "mobiil",
                "mobiiltelefon",
                "الجوال",
                "الهاتف المحمول",
                "الموبايل",
            ],
        ),
        (
            Target::Field(F::Languages),
            &["languages", "language", "keeled", "keel", "اللغات", "اللغة"],
        ),
        (
            Target::Field(F::DietaryNeeds),
            &["dietary needs", "diet", "dietary requirements"],
        ),
        (
            Target::Field(F::AccessibilityNeeds),
            &["accessibility needs", "accessibility"],
        ),
        (
            Target::Field(F::DocumentStatus),
            &["travel document", "visa", "visa status"],
        ),
        (
            Target::Field(F::DocumentDeadline),
            &["travel document deadline", "visa deadline"],
        ),
        (
            Target::Field(F::Notes),
            &[
                "notes",
                "note",
                "comments",
                "remarks",
                "märkused",
                "märkus",
                "ملاحظات",
            ],
        ),
    ];
    let mut taken = Vec::new();
    headers
        .iter()
        .map(|header| {
            let header = fold(header);
            let target = synonyms
                .iter()
                .find(|(target, names)| {
                    !taken.contains(target)
                        && (fold(target.label()) == header
                            || names.iter().any(|name| fold(name) == header))
                })
                .map(|(target, _)| *target)
                .or_else(|| google_contact_column(&header));
            if let Some(target) = target
                && !target.repeats()
            {
                taken.push(target);
            }
            target
        })
        .collect()
}

/// Google Contacts' numbered columns, folded: "e mail 2 type", "phone 1 value".
fn google_contact_column(header: &str) -> Option<Target> {
    let numbered = |prefix: &str, suffix: &str| {
        header
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(suffix))
            .is_some_and(|number| !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()))
    };
    [
        ("e mail ", " type", Target::EmailKind),
        ("e mail ", " value", Target::Email(ContactKind::Other)),
        ("phone ", " type", Target::PhoneKind),
        ("phone ", " value", Target::Phone(ContactKind::Other)),
    ]
    .into_iter()
    .find(|(prefix, suffix, _)| numbered(prefix, suffix))
    .map(|(_, _, target)| target)
}

/// The people of `table`, with each column read as `mapping` says (dates like 03/04/2027 in
/// `order`). A row with an empty name but a name in its own script is that person; a row naming
/// no one but an organisation is that organisation (and what else it says is listed as not
/// imported); a row with neither is left out. A value that does not parse is a warning on its
/// field and the rest of the row is imported. Columns left out are listed, with how many rows
/// have a value in them.
pub fn incoming(table: &Table, mapping: &[Option<Target>], order: DateOrder) -> Incoming {
    let mut incoming = Incoming {
        problems: table.problems.clone(),
        ..Incoming::default()
    };
    let maps_name = mapping.iter().any(|target| {
        matches!(
            target,
            Some(Target::Field(PersonField::Name) | Target::GivenName | Target::FamilyName)
        )
    });
    if !maps_name {
        incoming.problems.push(ImportProblem {
            line: 1,
            message: Message::new("import-no-name-column"),
        });
        return incoming;
    }
    for (column, header) in table.headers.iter().enumerate() {
        if mapping.get(column).copied().flatten().is_some() {
            continue;
        }
        let filled = table
            .rows
            .iter()
            .filter(|row| row.cells.get(column).is_some_and(|c| !c.trim().is_empty()))
            .count();
        if filled > 0 {
            incoming.left_out.push(LeftOut {
                line: table.header_line,
                field: Message::new("import-field-column"),
                value: header.trim().to_owned(),
                why: msg!(
                    "import-column-not-chosen",
                    filled = filled.to_string(),
                    count = filled
                ),
            });
        }
    }
    for row in &table.rows {
        let mut read = Read {
            line: row.line,
            left_out: Vec::new(),
        };
        let mut person = read.person(row, mapping, order);
        if person.name.is_empty() {
            // Someone known by their name in their own script only.
            person.name.clone_from(&person.native_name);
        }
        if !person.name.is_empty() {
            incoming.people.push(person);
        } else if !person.organisation.is_empty() {
            // Address books keep a company as a row with only the company's name. Whatever else
            // such a row says is about nobody the plan has.
            for (field, value) in person.values() {
                if field != PersonField::Organisation.label() && field != PersonField::Notes.label()
                {
                    read.warn(
                        field,
                        &value,
                        msg!(
                            "import-row-is-organisation",
                            organisation = person.organisation.as_str()
                        ),
                    );
                }
            }
            incoming.organisations.push(IncomingOrganisation {
                line: row.line,
                name: person.organisation,
                notes: person.notes,
                ..IncomingOrganisation::default()
            });
        } else {
            incoming.problems.push(ImportProblem {
                line: row.line,
                message: Message::new("import-row-without-name"),
            });
        }
        incoming.left_out.append(&mut read.left_out);
    }
    incoming
}

/// Reading one row, with the values of it that are not imported.
struct Read {
    line: usize,
    left_out: Vec<LeftOut>,
}

impl Read {
    fn warn(&mut self, field: &str, value: &str, why: Message) {
        self.left_out.push(LeftOut {
            line: self.line,
            field: field_message(field),
            value: value.to_owned(),
            why,
        });
    }

    /// Sets a field the row has not given yet; a second value for it (from another column read
    /// as the same field) is listed as not imported.
    fn set(&mut self, field: &mut String, label: &str, value: &str) {
        if field.is_empty() {
            *field = value.to_owned();
        } else if *field != value {
            self.warn(
                label,
                value,
                msg!("import-another-column-gives", value = field.as_str()),
            );
        }
    }

    /// Sets a value the row has not given yet; another value for it (from another column read as
    /// the same field) is listed as not imported.
    fn once<T: PartialEq>(&mut self, slot: &mut Option<T>, new: T, label: &str, value: &str) {
        match slot {
            None => *slot = Some(new),
            Some(kept) if *kept == new => {}
            Some(_) => self.warn(label, value, Message::new("import-another-column-too")),
        }
    }

    /// `value` read as `C`, or a warning on the field.
    fn choice<C: crate::model::Choice + std::fmt::Debug>(
        &mut self,
        field: PersonField,
        value: &str,
    ) -> Option<C> {
        let parsed = parse_choice(value);
        if parsed.is_none() {
            let known: Vec<&str> = C::ALL.iter().map(|choice| choice.code()).collect();
            self.warn(
                field.label(),
                value,
                msg!("import-not-one-of", known = known.join(", ")),
            );
        }
        parsed
    }

    fn person(
        &mut self,
        row: &Row,
        mapping: &[Option<Target>],
        order: DateOrder,
    ) -> IncomingPerson {
        use PersonField as F;
        let mut person = IncomingPerson {
            line: row.line,
            ..IncomingPerson::default()
        };
        let (mut given, mut middle, mut family) = (String::new(), String::new(), String::new());
        // The kind a type column gave for the next email or phone column, and whether it starred
        // the first value as the primary one.
        let (mut email_kind, mut phone_kind) = (None, None);
        // Whether the type column before the next phone column said fax ("Work Fax").
        let mut fax = false;
        for (cell, target) in row.cells.iter().zip(mapping) {
            let Some(target) = *target else { continue };
            let whole = restore(cell.trim()).trim();
            // Google Contacts writes several values in one cell, separated by " ::: ".
            let mut values = whole
                .split(":::")
                .map(str::trim)
                .filter(|value| !value.is_empty());
            let Some(value) = values.next() else {
                // An empty type cell: the next address or number has the kind of its column.
                match target {
                    Target::EmailKind => email_kind = None,
                    Target::PhoneKind => (phone_kind, fax) = (None, false),
                    _ => {}
                }
                continue;
            };
            let more: Vec<&str> = values.collect();
            let label = target.label();
            match target {
                Target::Phone(_) | Target::Field(F::Phone) if fax => {
                    (phone_kind, fax) = (None, false);
                    for number in whole.split(":::").map(str::trim).filter(|n| !n.is_empty()) {
                        self.warn("fax", number, Message::new(FAX_NOT_A_PHONE));
                    }
                }
                Target::GivenName => self.set(&mut given, label, value),
                Target::MiddleName => self.set(&mut middle, label, value),
                Target::FamilyName => self.set(&mut family, label, value),
                Target::EmailKind => {
                    email_kind = Some((kind_from_label(value), marks_primary(value)))
                }
                Target::PhoneKind => {
                    fax = is_fax_label(value);
                    phone_kind = Some((kind_from_label(value), marks_primary(value)))
                }
                Target::Email(kind) => contacts(&mut person.emails, whole, kind, email_kind.take()),
                Target::Phone(kind) => contacts(&mut person.phones, whole, kind, phone_kind.take()),
                Target::Field(field) => match field {
                    F::Id => match Id::parse(value) {
                        Some(id) => self.once(&mut person.id, id, label, value),
                        None => self.warn(
                            field.label(),
                            value,
                            Message::new("import-id-not-hexadecimal"),
                        ),
                    },
                    F::Name => self.set(&mut person.name, label, value),
                    F::NativeName => self.set(&mut person.native_name, label, value),
                    F::FormOfAddress => self.set(&mut person.form_of_address, label, value),
                    F::Title => self.set(&mut person.title, label, value),
                    F::Position => self.set(&mut person.position, label, value),
                    F::Organisation => self.set(&mut person.organisation, label, value),
                    F::Side => {
                        if let Some(side) = self.choice(field, value) {
                            self.once(&mut person.side, side, label, value);
                        }
                    }
                    F::Role => {
                        if let Some(role) = self.choice(field, value) {
                            self.once(&mut person.role, role, label, value);
                        }
                    }
                    F::Email => contacts(
                        &mut person.emails,
                        whole,
                        ContactKind::Other,
                        email_kind.take(),
                    ),
                    F::Phone => contacts(
                        &mut person.phones,
                        whole,
                        ContactKind::Other,
                        phone_kind.take(),
                    ),
                    F::Languages => person.languages.extend(
                        value
                            .split([';', ','])
                            .map(str::trim)
                            .filter(|l| !l.is_empty())
                            .map(str::to_owned),
                    ),
                    F::DietaryNeeds => self.set(&mut person.dietary_needs, label, value),
                    F::AccessibilityNeeds => {
                        self.set(&mut person.accessibility_needs, label, value)
                    }
                    F::DocumentStatus => {
                        if let Some(status) = self.choice(field, value) {
                            self.once(&mut person.document_status, status, label, value);
                        }
                    }
                    F::DocumentDeadline => match parse_date(value, order) {
                        Some(date) => self.once(&mut person.document_deadline, date, label, value),
                        None => self.warn(
                            field.label(),
                            value,
                            msg!(
                                "import-not-a-date",
                                forms = crate::lang::Arg::Either(
                                    DATE_FORMS.map(crate::lang::Arg::from).to_vec()
                                )
                            ),
                        ),
                    },
                    F::Notes => self.set(&mut person.notes, label, value),
                },
            }
            // Every address and number of a cell is kept; of anything else, the first value.
            for value in more.into_iter().filter(|_| !target.repeats()) {
                self.warn(target.label(), value, Message::new("import-one-of-several"));
            }
        }
        let parts = [given, middle, family]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        // A name cell written "Family, Given" (as address books file people) beside the columns
        // of its parts: the parts, in the order the name is said.
        if !parts.is_empty() && (person.name.is_empty() || person.name.contains(',')) {
            let name = std::mem::replace(&mut person.name, parts);
            if !name.is_empty() && words(&name) != words(&person.name) {
                self.warn(
                    PersonField::Name.label(),
                    &name,
                    msg!("import-name-from-parts", name = person.name.as_str()),
                );
            }
        } else if !parts.is_empty() {
            // The Name column's name is kept; parts it does not have are not.
            let said = words(&person.name);
            if words(&parts).iter().any(|word| !said.contains(word)) {
                self.warn(
                    "name parts",
                    &parts,
                    msg!("import-name-from-name-column", name = person.name.as_str()),
                );
            }
        }
        person
    }
}

/// The folded words of a name, in order of the alphabet: "Hassan, Noor" and "Noor Hassan" have
/// the same.
fn words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect();
    words.sort_unstable();
    words
}

/// Adds the addresses or numbers of one cell (several when separated by " ::: ") to `entries`,
/// of the kind the type column before it gave (`typed`) or else the column's own, the first one
/// preferred when the type was starred and no earlier entry is.
fn contacts(
    entries: &mut Vec<ContactEntry>,
    cell: &str,
    column_kind: ContactKind,
    typed: Option<(Option<ContactKind>, bool)>,
) {
    let (kind, starred) = match typed {
        Some((kind, starred)) => (kind.unwrap_or(column_kind), starred),
        None => (column_kind, false),
    };
    let values = cell.split(":::").map(str::trim).filter(|v| !v.is_empty());
    for (position, value) in values.enumerate() {
        entries.push(ContactEntry::new(value, kind));
        if position == 0 && starred && !entries.iter().any(|entry| entry.preferred) {
            let last = entries.len() - 1;
            set_preferred(entries, last);
        }
    }
}

fn parse_choice<C: crate::model::Choice + std::fmt::Debug>(value: &str) -> Option<C> {
    choice_from_label(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_restored() {
        for cell in ["=1+1", "+372 5555", "-2", "@SUM(A1)", "\tx", "\rx"] {
            let written = neutralise(cell);
            assert!(written.starts_with('\''), "{cell:?}");
            assert_eq!(restore(&written), cell);
        }
        assert_eq!(neutralise("Tõnis"), "Tõnis");
        assert_eq!(restore("'quoted'"), "'quoted'");
    }

    #[test]
    fn semicolons_and_common_headers_are_understood() {
        let table = read_table(
            "First name;Last name;E-mail;Job title\nKadri;Tamm;k@example.ee;Adviser\n".as_bytes(),
        )
        .unwrap();
        let mapping = guess_mapping(&table.headers);
        assert_eq!(
            mapping,
            [
                Some(Target::GivenName),
                Some(Target::FamilyName),
                Some(Target::Email(ContactKind::Other)),
                Some(Target::Field(PersonField::Position))
            ]
        );
        let incoming = incoming(&table, &mapping, DateOrder::DayMonth);
        assert_eq!(incoming.people[0].name, "Kadri Tamm");
        assert_eq!(incoming.people[0].line, 2);
    }
}
