//! `attache publish PLAN --calendar URL [--user NAME] [--person ID|NAME]`.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::export::find_person;
use super::terminal::{say, say_error};
use super::{Outcome, error_line};
use crate::file;
use crate::interop::caldav::{CalendarServer, publish};

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
    match publish(&plan, person, &server, jiff::Timestamp::now()) {
        Ok(report) => {
            for title in &report.added {
                say!("{}: added {title}", args.calendar);
            }
            for title in &report.updated {
                say!("{}: updated {title}", args.calendar);
            }
            say!("{}: {}", args.calendar, report.summary());
            Outcome::Clean.into()
        }
        Err(error) => {
            say_error!("{}", error_line(&error));
            Outcome::Unreadable.into()
        }
    }
}
