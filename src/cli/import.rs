//! `attache import vcard|csv PLAN IN [--dry-run] [--side SIDE]`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::terminal::{say, say_error};
use super::{Outcome, error_line};
use crate::file::{self, LockedPlan};
use crate::interop::csv::{self, Target};
use crate::interop::dates::DateOrder;
use crate::interop::encoding::{Decoded, How, decode, encoding_named};
use crate::interop::{
    ImportOptions, ImportPreview, PersonField, Planned, TakenFromFile, plan_import, vcard,
};
use crate::model::Side;
use crate::model::search::fold;
use encoding_rs::UTF_8;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// What IN holds: vcard (people and organisations) or csv (people, with a header row).
    #[arg(value_enum)]
    format: Format,
    /// The plan to import into; it is saved with the import (the previous version kept as
    /// NAME.ron.bak).
    plan: PathBuf,
    /// The file to import.
    #[arg(value_name = "IN")]
    input: PathBuf,
    /// Only print what would be added and changed; change nothing.
    #[arg(long)]
    dry_run: bool,
    /// The side of new people whose side the file does not give.
    #[arg(long, value_enum, default_value = "visiting")]
    side: SideArg,
    /// Where the plan and the file differ, take the file's value of these fields (e.g.
    /// --take-file Phone --take-file Position, or --take-file all); every other field keeps
    /// the plan's value.
    #[arg(long, value_name = "FIELD")]
    take_file: Vec<String>,
    /// How a CSV file's dates like 03/04/2027 are read: day first (3 April) or month first
    /// (4 March). Dates with the year first, with dots, or with a day over 12 need no choice.
    #[arg(long, value_enum, default_value = "day-month")]
    date_order: DateOrderArg,
    /// The text encoding of IN (e.g. windows-1256 for Outlook's Arabic CSV export,
    /// windows-1257 for Excel's on an Estonian Windows, utf-16le, windows-1252). By default a
    /// byte-order mark, then UTF-8, then a guess among windows-1256, windows-1257 and
    /// windows-1252 decide.
    #[arg(long, value_name = "ENCODING")]
    encoding: Option<String>,
    /// Read a CSV column as a field, overriding the guess from its header: --column
    /// "Delegate=Name", --column "Handy=Mobile phone", --column "Shoe size=none" to leave it
    /// out. Fields are named as the columns of `attache export csv` and "Given name", "Middle
    /// name", "Family name", "Email", "Work email", "Home email", "Mobile email", "Email kind",
    /// "Phone", "Work phone", "Home phone", "Mobile phone", "Phone kind".
    #[arg(long, value_name = "HEADER=FIELD")]
    column: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum DateOrderArg {
    DayMonth,
    MonthDay,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Vcard,
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum SideArg {
    Visiting,
    Host,
    Other,
}

pub(super) fn run(args: ImportArgs) -> ExitCode {
    // Read under the plan's lock, held until the import is saved, so that two imports (or an
    // import and `attache fmt`) at once wait for each other instead of one losing the other.
    let locked = match LockedPlan::open(&args.plan) {
        Ok(locked) => locked,
        Err(error) => {
            say_error!("{}", error_line(&error));
            return Outcome::Unreadable.into();
        }
    };
    let mut plan = locked.plan().clone();
    let input = args.input.display();
    let bytes = match file::read_bounded(&args.input, file::MAX_FILE_BYTES) {
        Ok(bytes) => bytes,
        Err(error) => {
            say_error!("{input}: error: {error}");
            return Outcome::Unreadable.into();
        }
    };
    let chosen = match args
        .encoding
        .as_deref()
        .map(|label| (label, encoding_named(label)))
    {
        None => None,
        Some((_, Some(encoding))) => Some(encoding),
        Some((label, None)) => {
            say_error!(
                "error: --encoding {label}: not an encoding name (expected one like \
                 windows-1256, utf-8, utf-16le or windows-1252)"
            );
            return Outcome::Unreadable.into();
        }
    };
    let describe = |decoded: &Decoded| {
        if decoded.encoding != UTF_8 || decoded.had_errors || decoded.how == How::Chosen {
            say!(
                "{input}: {}",
                decoded.describe("--encoding chooses another")
            );
        }
    };
    let incoming = match args.format {
        Format::Vcard => {
            let (incoming, decoded) = vcard::read_bytes(&bytes, chosen);
            describe(&decoded);
            incoming
        }
        Format::Csv => {
            let decoded = decode(&bytes, chosen);
            describe(&decoded);
            let table = match csv::read_table(decoded.text.as_bytes()) {
                Ok(table) => table,
                Err(error) => {
                    say_error!("{input}: error: {error}");
                    return Outcome::Unreadable.into();
                }
            };
            if let Some(organisations) = csv::incoming_organisations(&table) {
                say!("{input}: an organisations sheet, as Attaché exports it");
                organisations
            } else {
                let mut mapping = csv::guess_mapping(&table.headers);
                for choice in &args.column {
                    if let Err(message) = choose_column(&table.headers, &mut mapping, choice) {
                        say_error!("error: --column {choice}: {message}");
                        return Outcome::Unreadable.into();
                    }
                }
                say!(
                    "{input}: columns: {}",
                    describe_mapping(&table.headers, &mapping)
                );
                let order = match args.date_order {
                    DateOrderArg::DayMonth => DateOrder::DayMonth,
                    DateOrderArg::MonthDay => DateOrder::MonthDay,
                };
                csv::incoming(&table, &mapping, order)
            }
        }
    };
    let options = ImportOptions {
        side_for_new_people: match args.side {
            SideArg::Visiting => Side::Visiting,
            SideArg::Host => Side::Host,
            SideArg::Other => Side::Other,
        },
        ..ImportOptions::default()
    };
    let preview = plan_import(&plan, &incoming, options);
    report(&input.to_string(), &preview);
    let taken = taken_from_file(&preview, &args.take_file);
    report_conflicts(&input.to_string(), &preview, &taken);
    let outcome = if preview.problems.is_empty() && preview.unsettled().next().is_none() {
        Outcome::Clean
    } else {
        Outcome::Findings
    };
    if args.dry_run || preview.is_empty() {
        return outcome.into();
    }
    preview.change(&taken).apply(&mut plan);
    match locked.save(&plan) {
        Ok(_) => {
            say!("{}: saved with the import", args.plan.display());
            outcome.into()
        }
        Err(error) => {
            say_error!("{}", error_line(&error));
            Outcome::Unreadable.into()
        }
    }
}

/// Applies one `--column HEADER=FIELD` to `mapping`.
fn choose_column(
    headers: &[String],
    mapping: &mut [Option<Target>],
    choice: &str,
) -> Result<(), String> {
    let Some((header, field)) = choice.rsplit_once('=') else {
        return Err("expected HEADER=FIELD, e.g. \"Delegate=Name\"".to_owned());
    };
    let column = headers
        .iter()
        .position(|candidate| fold(candidate) == fold(header))
        .ok_or_else(|| {
            format!(
                "the file has no column “{}” (its columns: {})",
                header.trim(),
                headers
                    .iter()
                    .map(|h| format!("“{h}”"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })?;
    let target = if ["none", "-", ""].contains(&fold(field).as_str()) {
        None
    } else {
        let target = Target::all()
            .into_iter()
            .find(|target| fold(target.label()) == fold(field))
            .ok_or_else(|| {
                format!(
                    "“{}” is not a field (expected one of {}, or none)",
                    field.trim(),
                    Target::all()
                        .into_iter()
                        .map(Target::label)
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })?;
        Some(target)
    };
    mapping[column] = target;
    Ok(())
}

/// The conflicts settled for the file's value: those of the fields named (by label, any case), or
/// all of them for "all".
fn taken_from_file(preview: &ImportPreview, fields: &[String]) -> TakenFromFile {
    let named = |label: &str| {
        fields
            .iter()
            .any(|field| field.eq_ignore_ascii_case("all") || field.eq_ignore_ascii_case(label))
    };
    preview
        .conflicts()
        .filter(|(_, conflict)| named(conflict.field))
        .map(|(line, conflict)| (line, conflict.field))
        .collect()
}

/// One line per conflict: which value was kept, and the other.
fn report_conflicts(input: &str, preview: &ImportPreview, taken: &TakenFromFile) {
    for (line, conflict) in preview.conflicts() {
        if taken.contains(&(line, conflict.field)) {
            say!(
                "{input}:{line}: {}: took the file's “{}” (the plan had “{}”)",
                conflict.field,
                conflict.file,
                conflict.plan
            );
        } else {
            say!(
                "{input}:{line}: {}: kept the plan's “{}” (the file has “{}”; --take-file {} takes it)",
                conflict.field,
                conflict.plan,
                conflict.file,
                conflict.field
            );
        }
    }
}

/// "Name ← “Full name”, Email ← “E-mail”, left out: “Shoe size”".
fn describe_mapping(headers: &[String], mapping: &[Option<Target>]) -> String {
    let mut read = Vec::new();
    let mut left_out = Vec::new();
    for (header, target) in headers.iter().zip(mapping) {
        match target {
            Some(target) => read.push(format!("{} ← “{header}”", target.label())),
            None => left_out.push(format!("“{header}”")),
        }
    }
    let mut text = read.join(", ");
    if !left_out.is_empty() {
        text.push_str(&format!("; left out: {}", left_out.join(", ")));
    }
    text
}

/// The fields an import fills in or adds to, or that only conflicts differ.
fn changed<R>(planned: &Planned<R>) -> String {
    let mut text = match planned.changed_fields() {
        [] => "only fields that differ (below)".to_owned(),
        fields => fields.join(", "),
    };
    if !planned.additions.is_empty() {
        text.push_str(&format!(
            " (adds {})",
            planned
                .additions
                .iter()
                .map(crate::lang::Message::render)
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    text
}

/// Prints one line per record added or changed and per entry left out, then the summary.
fn report(input: &str, preview: &ImportPreview) {
    for planned in &preview.organisations {
        let organisation = &planned.record;
        if planned.is_new() {
            say!(
                "{input}:{}: add organisation {}",
                planned.line,
                organisation.name
            );
        } else {
            say!(
                "{input}:{}: change organisation {}: {}",
                planned.line,
                organisation.name,
                changed(planned)
            );
        }
    }
    for planned in &preview.people {
        let person = &planned.record;
        if planned.is_new() {
            let organisation = PersonField::Organisation.text(person, |id| {
                preview.organisation_name(id).unwrap_or_default().to_owned()
            });
            let at = if organisation.is_empty() {
                String::new()
            } else {
                format!(" ({organisation})")
            };
            say!("{input}:{}: add person {}{at}", planned.line, person.name);
        } else {
            say!(
                "{input}:{}: change person {}: {}",
                planned.line,
                person.name,
                changed(planned)
            );
        }
    }
    // Entries left out and values not imported, by line.
    let mut lines: Vec<(usize, String)> = preview
        .problems
        .iter()
        .map(|problem| (problem.line, format!("error: {}", problem.message)))
        .chain(preview.unsettled().map(|ambiguity| {
            (
                ambiguity.line,
                format!(
                    "error: {ambiguity}; left out, as nothing is attached to a person the file \
                     does not name unambiguously (File → Import in the window lets you choose)"
                ),
            )
        }))
        .chain(
            preview
                .left_out
                .iter()
                .map(|left_out| (left_out.line, format!("warning: not imported: {left_out}"))),
        )
        .collect();
    lines.sort_by_key(|(line, _)| *line);
    for (line, text) in lines {
        say!("{input}:{line}: {text}");
    }
    say!("{input}: {}", preview.summary());
}
