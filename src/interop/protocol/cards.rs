//! Fold-over place cards and name badges: a person's name in Latin letters and in their own
//! script, shaped and right to left where it is Arabic (the browser shapes it; `<bdi dir="auto">`
//! keeps its direction from spilling into the Latin text).

use std::collections::HashSet;

use maud::html;

use super::page;
use crate::interop::printed::native;
use crate::interop::{Directory, person_label};
use crate::model::{Choice, Event, Person, PersonId};

const CARD_STYLE: &str = r#"
@page { size: A4 portrait; margin: 0; @bottom-right { content: none; } }
/* One card a sheet: folded across the middle, the upper half upside down so that both faces read
   the right way up on the table. */
.card { width: 210mm; height: 297mm; break-after: page; display: flex; flex-direction: column; }
/* A printer's margin at either side: a long name wraps before the edge of the sheet. */
.face { height: 148.5mm; display: flex; flex-direction: column; align-items: center;
  justify-content: center; text-align: center; gap: 6mm; padding: 0 15mm;
  box-sizing: border-box; }
.face.back { transform: rotate(180deg); border-bottom: 0.3pt dashed #bbb; }
.name { font-size: 30pt; font-weight: 600; }
.native { font-size: 34pt; }
"#;

const BADGE_STYLE: &str = r#"
@page { size: A4 portrait; margin: 12mm 15mm 18mm; }
.sheet { display: grid; grid-template-columns: 90mm 90mm; grid-auto-rows: 65mm; gap: 4mm; }
.badge { border: 0.5pt solid #888; border-radius: 3mm; padding: 5mm; display: flex;
  flex-direction: column; justify-content: center; text-align: center; gap: 2mm;
  break-inside: avoid; }
.badge .name { font-size: 15pt; font-weight: 600; }
.badge .native { font-size: 16pt; }
.badge .side { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.1em; color: #1f3b5a; }
"#;

/// A card for each person seated at `events`, once each, in the order of the plan's people.
pub(super) fn place_cards(directory: &Directory, events: &[&Event]) -> String {
    let seated: HashSet<PersonId> = events.iter().flat_map(|event| event.seated()).collect();
    let people = directory.people_in_order(|person| seated.contains(&person.id));
    page(
        "Place cards",
        CARD_STYLE,
        html! {
            @for person in people {
                div.card {
                    @for face in ["back", "front"] {
                        div class=(format!("face {face}")) {
                            div.name { (person_label(person)) }
                            div { (native(&person.native_name)) }
                        }
                    }
                }
            }
        },
    )
}

/// A badge for each of `people`: name, own-script name, organisation and side.
pub(super) fn badges(directory: &Directory, people: &[&Person]) -> String {
    page(
        "Name badges",
        BADGE_STYLE,
        html! {
            div.sheet {
                @for person in people {
                    div.badge {
                        div.name { (person_label(person)) }
                        div { (native(&person.native_name)) }
                        @if let Some(organisation) = person.organisation.and_then(|id| directory.organisation(id)) {
                            div { (organisation.name.trim()) }
                        }
                        div.side { (person.side.label()) }
                    }
                }
            }
        },
    )
}
