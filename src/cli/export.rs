//! `attache export ics|vcard|csv|briefing|programme PLAN -o OUT [--person ID|NAME]` and the
//! protocol exports, `attache export seating|place-cards|rooming|transport|badges|rooming-grid|…
//! PLAN -o OUT [--event ID]`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::terminal::{say, say_error};
use super::{Outcome, error_line};
use crate::file;
use crate::interop::changes::EarlierVersion;
use crate::interop::protocol::{self, ProtocolExport};
use crate::interop::{self, ExportFormat};
use crate::lang::{self, Language};
use crate::model::search::fold;
use crate::model::{EventId, Id, PersonId, Plan};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to write: ics (the itinerary for calendars), vcard (people and organisations),
    /// csv (people, for spreadsheets), organisations-csv (organisations, for spreadsheets),
    /// briefing (the printable briefing book, HTML), programme (each delegate's one-page
    /// programme, HTML), seating (the seating charts, HTML), place-cards (fold-over cards, HTML),
    /// rooming (the hotels' rooming list, CSV), transport (the daily transport list, HTML) or
    /// badges (name badges, HTML), rooming-grid (each stay's rooms by night, HTML),
    /// rooming-grid-csv (the same grid for spreadsheets), manifest (arrivals and departures for
    /// the airport, HTML), manifest-csv (the same for spreadsheets), catering (the caterer's
    /// sheet of each meal, HTML) or driver-sheets (each vehicle's day, for its driver, HTML).
    #[arg(value_enum)]
    format: Format,
    /// The plan file to export.
    plan: PathBuf,
    /// Where to write; "-" writes to standard output. A file already there is replaced whole if
    /// it is an export of the same kind that Attaché wrote earlier; any other needs --force.
    #[arg(short, long, value_name = "OUT")]
    output: PathBuf,
    /// Replace OUT even if it is not an earlier export of this kind (a plan is never replaced).
    #[arg(long)]
    force: bool,
    /// Only this person (ics: the events they take part in or host; programme: their page
    /// alone, where it is otherwise every member of the visiting delegation): the person's id, or
    /// their name as written in the plan.
    #[arg(long, value_name = "ID")]
    person: Option<String>,
    /// Only this event (the protocol exports, from seating on): its id.
    #[arg(long, value_name = "ID")]
    event: Option<String>,
    /// The language the document is written in: en (English), et (Estonian) or ar (Arabic, its
    /// pages read from right to left). Its text fields
    /// for people (headings, labels, dates; an event's description in ics) are in it; names
    /// and values from the plan, and what programs read, are the same in every language.
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = document_language)]
    lang: Language,
    /// Mark what changed since this earlier version of the plan (briefing and programme): a
    /// box on the first page lists the changes, and each changed line is marked. An issued
    /// version (File → Mark as issued) is dated by its name, any other file by when it was
    /// last written.
    #[arg(long, value_name = "OLD")]
    changes_since: Option<PathBuf>,
}

/// A language `--lang` names: one Attaché writes documents in.
pub(super) fn document_language(code: &str) -> Result<Language, String> {
    Language::from_code(code)
        .filter(|language| Language::CHOOSABLE.contains(language))
        .ok_or_else(|| {
            let known: Vec<String> = Language::CHOOSABLE
                .iter()
                .map(|language| format!("{} ({})", language.code(), language.own_name()))
                .collect();
            format!(
                "Attaché does not write documents in “{code}”; the languages it writes are {}",
                crate::lang::format::list(&known)
            )
        })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Ics,
    Vcard,
    Csv,
    /// Organisations, for spreadsheets.
    OrganisationsCsv,
    Briefing,
    Programme,
    Seating,
    PlaceCards,
    Rooming,
    Transport,
    Badges,
    RoomingGrid,
    RoomingGridCsv,
    Manifest,
    ManifestCsv,
    Catering,
    DriverSheets,
}

impl From<Format> for ExportFormat {
    fn from(format: Format) -> Self {
        match format {
            Format::Ics => ExportFormat::Calendar,
            Format::Vcard => ExportFormat::Contacts,
            Format::Csv => ExportFormat::Spreadsheet,
            Format::OrganisationsCsv => ExportFormat::OrganisationSpreadsheet,
            Format::Briefing => ExportFormat::BriefingBook,
            Format::Programme => ExportFormat::Programme,
            Format::Seating => ExportFormat::Protocol(ProtocolExport::SeatingChart),
            Format::PlaceCards => ExportFormat::Protocol(ProtocolExport::PlaceCards),
            Format::Rooming => ExportFormat::Protocol(ProtocolExport::RoomingList),
            Format::Transport => ExportFormat::Protocol(ProtocolExport::TransportList),
            Format::Badges => ExportFormat::Protocol(ProtocolExport::Badges),
            Format::RoomingGrid => ExportFormat::Protocol(ProtocolExport::RoomingGrid),
            Format::RoomingGridCsv => {
                ExportFormat::Protocol(ProtocolExport::RoomingGridSpreadsheet)
            }
            Format::Manifest => ExportFormat::Protocol(ProtocolExport::ArrivalsManifest),
            Format::ManifestCsv => {
                ExportFormat::Protocol(ProtocolExport::ArrivalsManifestSpreadsheet)
            }
            Format::Catering => ExportFormat::Protocol(ProtocolExport::CateringSheets),
            Format::DriverSheets => ExportFormat::Protocol(ProtocolExport::DriverSheets),
        }
    }
}

pub(super) fn run(args: ExportArgs) -> ExitCode {
    let plan = match file::load(&args.plan) {
        Ok(plan) => plan,
        Err(error) => {
            say_error!("{}", error_line(&error));
            return Outcome::Unreadable.into();
        }
    };
    let person = match &args.person {
        None => None,
        Some(_) if !matches!(args.format, Format::Ics | Format::Programme) => {
            say_error!(
                "attache: --person applies only to ics (one person's calendar) and programme"
            );
            return Outcome::Unreadable.into();
        }
        Some(wanted) => match find_person(&plan, wanted) {
            Ok(id) => Some(id),
            Err(message) => {
                say_error!("{}: error: {message}", args.plan.display());
                return Outcome::Unreadable.into();
            }
        },
    };
    let since = match &args.changes_since {
        None => None,
        Some(_) if !matches!(args.format, Format::Briefing | Format::Programme) => {
            say_error!("attache: --changes-since applies only to briefing and programme");
            return Outcome::Unreadable.into();
        }
        Some(old) => match earlier_version(old) {
            Ok(earlier) => Some(earlier),
            Err(error) => {
                say_error!("{error}");
                return Outcome::Unreadable.into();
            }
        },
    };
    // Written in the language asked for; what is said here stays English.
    let exported = lang::in_language(args.lang, || {
        match (ExportFormat::from(args.format), &args.event) {
        (format, None) => interop::export_marking(
            &plan,
            format,
            person,
            jiff::Timestamp::now(),
            since.as_ref(),
        )
        .map_err(|error| error.to_string()),
        (ExportFormat::Protocol(kind), Some(event)) => {
            event_id(Some(event.as_str())).and_then(|event| {
                protocol::export(&plan, kind, event).map_err(|error| error.to_string())
            })
        }
        (_, Some(_)) => Err(
            "--event applies only to the protocol exports (seating, place-cards, rooming, transport, badges and the lists after them)".into(),
        ),
    }
    });
    let bytes = match exported {
        Ok(bytes) => bytes,
        Err(error) => {
            say_error!("{}: error: {error}", args.plan.display());
            return Outcome::Unreadable.into();
        }
    };
    if args.output.as_os_str() == "-" {
        let mut out = std::io::stdout().lock();
        if let Err(error) = out.write_all(&bytes).and_then(|()| out.flush()) {
            say_error!("attache: could not write to standard output: {error}");
            return Outcome::Unreadable.into();
        }
        return Outcome::Clean.into();
    }
    let format = ExportFormat::from(args.format);
    let recognise = |head: &[u8]| format.is_earlier_export(&bytes, head);
    let replace = match args.force {
        true => file::Replace::Confirmed,
        false => file::Replace::EarlierExport(&recognise),
    };
    match file::write_export(&args.output, &bytes, &[&args.plan], replace) {
        Ok(()) => {
            say!("{}: written", args.output.display());
            Outcome::Clean.into()
        }
        Err(error @ file::SaveError::WouldReplaceOtherFile { .. }) => {
            say_error!("{} (--force replaces it)", error_line(&error));
            Outcome::Unreadable.into()
        }
        Err(error) => {
            say_error!("{}", error_line(&error));
            Outcome::Unreadable.into()
        }
    }
}

/// The earlier version `--changes-since` names, with its day.
fn earlier_version(path: &std::path::Path) -> Result<EarlierVersion, String> {
    let plan = file::load(path).map_err(|error| {
        format!(
            "{} (the earlier version to mark changes since)",
            error_line(&error)
        )
    })?;
    let day = file::version_day(path).unwrap_or_else(|| jiff::Zoned::now().date());
    Ok(EarlierVersion { plan, day })
}

/// The event `--event` names by its id, if given.
fn event_id(written: Option<&str>) -> Result<Option<EventId>, String> {
    written
        .map(|text| {
            Id::parse(text.trim())
                .ok_or_else(|| format!("“{text}” is not an event id (16 hexadecimal digits)"))
        })
        .transpose()
}

/// The person `wanted` names: an id, or a name that one person of the plan has.
pub(super) fn find_person(plan: &Plan, wanted: &str) -> Result<PersonId, String> {
    if let Some(id) = Id::parse(wanted.trim())
        && plan.people.iter().any(|p| p.id == id)
    {
        return Ok(id);
    }
    let folded = fold(wanted);
    let named: Vec<_> = plan
        .people
        .iter()
        .filter(|p| fold(&p.name) == folded)
        .collect();
    match named.as_slice() {
        [person] => Ok(person.id),
        [] => Err(format!("no person with the id or name “{wanted}”")),
        _ => Err(format!(
            "{} people are named “{wanted}”; give the id of one: {}",
            named.len(),
            named
                .iter()
                .map(|p| p.id.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}
