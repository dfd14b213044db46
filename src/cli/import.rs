//! `attache import vcard|csv PLAN IN [--dry-run] [--side SIDE]`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::{Outcome, load_error_line};
use crate::file;
use crate::interop::csv::{self, Target};
use crate::interop::{ImportOptions, ImportPreview, PersonField, plan_import, vcard};
use crate::model::{Plan, Side};

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
    let mut plan = match file::load(&args.plan) {
        Ok(plan) => plan,
        Err(error) => {
            eprintln!("{}", load_error_line(&error));
            return Outcome::Unreadable.into();
        }
    };
    let input = args.input.display();
    let bytes = match read(&args.input) {
        Ok(bytes) => bytes,
        Err(message) => {
            eprintln!("{input}: error: {message}");
            return Outcome::Unreadable.into();
        }
    };
    let incoming = match args.format {
        Format::Vcard => match String::from_utf8(bytes) {
            Ok(text) => vcard::read(&text),
            Err(_) => {
                eprintln!("{input}: error: not UTF-8 text; vCard files are written in UTF-8");
                return Outcome::Unreadable.into();
            }
        },
        Format::Csv => {
            let table = match csv::read_table(&bytes) {
                Ok(table) => table,
                Err(error) => {
                    eprintln!("{input}: error: {error}");
                    return Outcome::Unreadable.into();
                }
            };
            let mapping = csv::guess_mapping(&table.headers);
            println!(
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
    report(&input.to_string(), &plan, &preview);
    let outcome = if preview.problems.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Findings
    };
    if args.dry_run || preview.is_empty() {
        return outcome.into();
    }
    preview.apply(&mut plan);
    match file::save(&plan, &args.plan) {
        Ok(()) => {
            println!("{}: saved with the import", args.plan.display());
            outcome.into()
        }
        Err(error) => {
            eprintln!("{error}");
            Outcome::Unreadable.into()
        }
    }
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    let metadata = std::fs::metadata(path).map_err(|error| format!("cannot be read: {error}"))?;
    if metadata.is_dir() {
        return Err("is a folder, not a file to import".into());
    }
    if metadata.len() > file::MAX_FILE_BYTES {
        return Err(format!("is {} bytes, too large to import", metadata.len()));
    }
    std::fs::read(path).map_err(|error| format!("cannot be read: {error}"))
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
fn report(input: &str, plan: &Plan, preview: &ImportPreview) {
    for planned in &preview.organisations {
        let organisation = &planned.record;
        if planned.is_new() {
            println!(
                "{input}:{}: add organisation {}",
                planned.line, organisation.name
            );
        } else {
            println!(
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
                preview.organisation_name(plan, id).unwrap_or_default()
            });
            let at = if organisation.is_empty() {
                String::new()
            } else {
                format!(" ({organisation})")
            };
            println!("{input}:{}: add person {}{at}", planned.line, person.name);
        } else {
            println!(
                "{input}:{}: change person {}: {}",
                planned.line,
                person.name,
                planned.changed_fields().join(", ")
            );
        }
    }
    for problem in &preview.problems {
        println!("{input}:{}: error: {}", problem.line, problem.message);
    }
    println!("{input}: {}", preview.summary());
}
