//! Writes a large, realistic, valid plan for trying Attaché at scale:
//!
//!     cargo run --release --example generate_plan -- --people 10000 --events 5000 --topics 40 --seed 1 -o large.ron

use std::path::PathBuf;
use std::process::ExitCode;

use attache::model::generate::{PlanSize, generate};
use clap::Parser;

#[derive(Parser)]
#[command(
    about = "Write a generated delegation plan of the given size (the same seed gives the same plan)"
)]
struct Arguments {
    #[arg(long, default_value_t = 1_000)]
    people: usize,
    #[arg(long, default_value_t = 500)]
    events: usize,
    #[arg(long, default_value_t = 12)]
    topics: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Where to write the plan.
    #[arg(short, long)]
    output: PathBuf,
}

fn main() -> ExitCode {
    let arguments = Arguments::parse();
    let plan = generate(PlanSize {
        people: arguments.people,
        events: arguments.events,
        topics: arguments.topics,
        seed: arguments.seed,
    });
    match attache::file::save(&plan, &arguments.output) {
        Ok(_) => {
            println!(
                "{}: {} people, {} events, {} topics, {} actions",
                arguments.output.display(),
                plan.people.len(),
                plan.events.len(),
                plan.topics.len(),
                plan.actions.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
