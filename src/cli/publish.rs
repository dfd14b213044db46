//! `attache publish PLAN --calendar URL [--user NAME] [--person ID|NAME] [--overwrite]`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use super::export::find_person;
use super::terminal::{say, say_error};
use super::{Outcome, error_line};
use crate::file::{self, LockedPlan};
use crate::interop::caldav::{Calendar, CalendarServer, Limits, PublishOptions};
use crate::model::PlanId;

/// Where the password comes from when it is not typed: never from the plan or the command line.
pub const PASSWORD_VARIABLE: &str = "ATTACHE_CALDAV_PASSWORD";

#[derive(Debug, Args)]
pub struct PublishArgs {
    /// The plan whose itinerary to publish.
    plan: PathBuf,
    /// The calendar collection's address on the CalDAV server.
    #[arg(long, value_name = "URL")]
    calendar: String,
    /// The user name on the server. The password is read from ATTACHE_CALDAV_PASSWORD, or asked
    /// for when a terminal is at hand.
    #[arg(long, value_name = "NAME")]
    user: Option<String>,
    /// Only this person's events (their own calendar): the person's id, or their name as written
    /// in the plan.
    #[arg(long, value_name = "ID")]
    person: Option<String>,
    /// Replace, or remove, this plan's entries that were edited on the server since Attaché
    /// wrote them (without it they are left as they are and reported).
    #[arg(long)]
    overwrite: bool,
    /// The language the events' descriptions are written in: en (English) or et (Estonian).
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = super::export::document_language)]
    lang: crate::lang::Language,
}

pub(super) fn run(args: PublishArgs) -> ExitCode {
    let plan = match file::load(&args.plan) {
        Ok(plan) => plan,
        Err(error) => {
            say_error!("{}", error_line(&error));
            return Outcome::Unreadable.into();
        }
    };
    let person = match args
        .person
        .as_deref()
        .map(|wanted| find_person(&plan, wanted))
    {
        None => None,
        Some(Ok(id)) => Some(id),
        Some(Err(message)) => {
            say_error!("{}: error: {message}", args.plan.display());
            return Outcome::Unreadable.into();
        }
    };
    let password = match std::env::var(PASSWORD_VARIABLE) {
        Ok(password) => Some(password),
        Err(_) if args.user.is_some() && std::io::stdin().is_terminal() => {
            match rpassword::prompt_password(format!("Password for {}: ", args.calendar)) {
                Ok(password) => Some(password),
                Err(error) => {
                    say_error!("attache: the password could not be read: {error}");
                    return Outcome::Unreadable.into();
                }
            }
        }
        Err(_) => None,
    };
    let server = CalendarServer {
        url: args.calendar.clone(),
        user: args.user,
        password,
    };
    // The calendar is checked and read before the plan is given an identity, so that a wrong
    // address or password leaves the plan's file as it was.
    let calendar = match Calendar::open(&server, Limits::default()) {
        Ok(calendar) => calendar,
        Err(error) => {
            say_error!("{}", error_line(&error));
            return Outcome::Unreadable.into();
        }
    };
    let identity = match plan.visit.identity {
        Some(identity) => identity,
        None => match give_identity(&args.plan) {
            Ok(identity) => identity,
            Err(error) => {
                say_error!(
                    "{}: error: the plan could not be given the identity that marks its calendar \
                     entries ({error}); nothing was published",
                    args.plan.display()
                );
                return Outcome::Unreadable.into();
            }
        },
    };
    let options = PublishOptions {
        person,
        overwrite: args.overwrite,
    };
    let published = crate::lang::in_language(args.lang, || {
        calendar.publish(&plan, identity, options, jiff::Timestamp::now())
    });
    match published {
        Ok(report) => {
            let calendar = &args.calendar;
            for (verb, titles) in [
                ("added", &report.added),
                ("updated", &report.updated),
                ("removed", &report.removed),
            ] {
                for title in titles {
                    say!("{calendar}: {verb} {title}");
                }
            }
            for title in &report.changed_on_server {
                say!(
                    "{calendar}: changed on the server, left as it is (--overwrite replaces it): \
                     {title}"
                );
            }
            if let Some(sentence) = report.outside_sentence() {
                say!("{calendar}: {sentence}");
            }
            say!("{calendar}: {}", report.summary());
            Outcome::Clean.into()
        }
        Err(error) => {
            say_error!("{}", error_line(&error));
            Outcome::Unreadable.into()
        }
    }
}

/// Gives the plan at `path` a new identity and saves it there, under the plan's lock; the
/// identity another writer gave it meanwhile is kept instead.
fn give_identity(path: &Path) -> Result<PlanId, String> {
    let locked = LockedPlan::open(path).map_err(|error| error.to_string())?;
    if let Some(identity) = locked.plan().visit.identity {
        return Ok(identity);
    }
    let identity = PlanId::random();
    let mut plan = locked.plan().clone();
    plan.visit.identity = Some(identity);
    locked.save(&plan).map_err(|error| error.to_string())?;
    say!(
        "{}: the plan now has the identity {identity}, saved in it, that marks its calendar entries",
        path.display()
    );
    Ok(identity)
}
