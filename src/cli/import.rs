//! `attache import vcard|csv PLAN IN [--dry-run] [--side SIDE]`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::terminal::{say, say_error};
use super::{Outcome, error_line};
use crate::file::{self, LockedPlan};
use crate::interop::csv::{self, Target};
use crate::interop::{ImportOptions, ImportPreview, PersonField, plan_import, vcard};
use crate::model::Side;

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
    let incoming = match args.format {
        Format::Vcard => match String::from_utf8(bytes) {
            Ok(text) => vcard::read(&text),
            Err(_) => {
                say_error!("{input}: error: not UTF-8 text; vCard files are written in UTF-8");
                return Outcome::Unreadable.into();
            }
        },
        Format::Csv => {
            let table = match csv::read_table(&bytes) {
                Ok(table) => table,
                Err(error) => {
                    say_error!("{input}: error: {error}");
                    return Outcome::Unreadable.into();
                }
            };
            let mapping = csv::guess_mapping(&table.headers);
            say!(
                "{input}: columns: {}",
                describe_mapping(&table.headers, &mapping)
            );
            csv::incoming(&table, &mapping)
        }
    };
    let options = ImportOptions {
        side_for_new_people: match args.side {
            SideArg::Visiting => Side::Visiting,
            SideArg::Host => Side::Host,
            SideArg::Other => Side::Other,
        },
    };
    let preview = plan_import(&plan, &incoming, options);
    report(&input.to_string(), &preview);
    let outcome = if preview.problems.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Findings
    };
    if args.dry_run || preview.is_empty() {
        return outcome.into();
    }
    preview.apply(&mut plan);
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
                planned.changed_fields().join(", ")
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
                planned.changed_fields().join(", ")
            );
        }
    }
    for problem in &preview.problems {
        say!("{input}:{}: error: {}", problem.line, problem.message);
    }
    say!("{input}: {}", preview.summary());
}
