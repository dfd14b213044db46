//! The list of topics on the shared record table: each with the events that cover it, its
//! questions answered, its lead and its problems; sorted by a click on a column's heading.

use egui::{RichText, Ui};

use super::coverage::Coverage;
use super::title_of;
use crate::app::{Command, Document, Memo, Revision};
use crate::check::Subject;
use crate::model::TopicId;
use crate::model::search::fold;
use crate::ui::ViewContext;
use crate::ui::pickers;
use crate::ui::record_table::{RecordColumn, RecordTable, Sort, counted, sort_positions};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Title,
    CoveredBy,
    Questions,
    Lead,
    Problems,
}

impl Column {
    const ALL: [Column; 5] = [
        Column::Title,
        Column::CoveredBy,
        Column::Questions,
        Column::Lead,
        Column::Problems,
    ];
}

impl RecordColumn for Column {
    fn title(self) -> &'static str {
        match self {
            Self::Title => crate::t!("topics-column-topic"),
            Self::CoveredBy => crate::t!("topics-column-covered-by"),
            Self::Questions => crate::t!("topics-column-questions"),
            Self::Lead => crate::t!("topics-column-lead"),
            Self::Problems => crate::t!("topics-column-problems"),
        }
    }

    fn initial_width(self) -> f32 {
        match self {
            Self::Title => 300.0,
            Self::CoveredBy => 110.0,
            Self::Questions => 150.0,
            Self::Lead => 180.0,
            Self::Problems => 110.0,
        }
    }
}

/// The list's sort order and its rows, found again when the plan or the order changes.
#[derive(Clone, Debug, Default)]
pub struct TopicList {
    sort: Option<Sort<Column>>,
    rows: Memo<(Revision, Option<Sort<Column>>), Vec<usize>>,
}

/// The topics' positions in the plan, in the order asked for.
fn sorted(document: &Document, coverage: &Coverage, sort: Option<Sort<Column>>) -> Vec<usize> {
    let plan = document.plan();
    let mut rows: Vec<usize> = (0..plan.topics.len()).collect();
    let Some(sort) = sort else {
        return rows;
    };
    // Counts sort as numbers: zero-padded, so that 10 comes after 9.
    let number = |n: usize| format!("{n:09}");
    sort_positions(&mut rows, sort.descending, |i| {
        let topic = &plan.topics[i];
        match sort.column {
            Column::Title => fold(title_of(topic)),
            Column::CoveredBy => number(coverage.count_active(document, topic.id)),
            Column::Questions => number(answered(topic)),
            Column::Lead => topic
                .lead
                .map(|id| fold(&pickers::name_of_person(document, id)))
                .unwrap_or_default(),
            Column::Problems => number(coverage.problems_with(topic.id)),
        }
    });
    rows
}

fn answered(topic: &crate::model::Topic) -> usize {
    topic.questions.iter().filter(|q| q.is_answered()).count()
}

pub(super) fn show(
    ctx: &ViewContext,
    state: &mut super::TopicsState,
    ui: &mut Ui,
    selected: Option<TopicId>,
) {
    let plan = ctx.document.plan();
    if plan.topics.is_empty() {
        ui.weak(crate::t!("topics-empty"));
        return;
    }
    let coverage = &state.coverage;
    let list = &mut state.list;
    let key = (ctx.document.revision(), list.sort);
    let rows = list
        .rows
        .get_or_compute(key, || sorted(ctx.document, coverage, list.sort));
    let wanted = selected
        .filter(|_| ctx.selection.scroll_to)
        .and_then(|id| ctx.document.derived().index.topics.get(&id).copied());
    let mut sort = list.sort;
    let table = RecordTable {
        id: "topics table",
        label: crate::t!("topics-table"),
        columns: &Column::ALL,
        rows,
        scroll_to: wanted,
        headings: None,
        heights: None,
    }
    .show(
        ui,
        Some(&mut sort),
        |i| title_of(&plan.topics[i]),
        |i| selected == Some(plan.topics[i].id),
        |row, i| {
            let topic = &plan.topics[i];
            row.col(|ui| {
                let covering = coverage.count_active(ctx.document, topic.id);
                ui.label(counted("topics-covering-events", &[("count", covering)]));
            });
            row.col(|ui| {
                ui.label(counted(
                    "topics-questions-answered",
                    &[
                        ("answered", answered(topic)),
                        ("total", topic.questions.len()),
                    ],
                ));
            });
            row.col(|ui| {
                if let Some(lead) = topic.lead {
                    let name = pickers::name_of_person(ctx.document, lead);
                    ui.add(egui::Label::new(name).truncate());
                }
            });
            row.col(|ui| {
                let problems = coverage.problems_with(topic.id);
                if problems > 0 {
                    ui.label(
                        RichText::new(format!(
                            "⚠ {}",
                            counted("topics-problems", &[("count", problems)])
                        ))
                        .color(ctx.tokens.color.warning),
                    );
                }
            });
        },
    );
    list.sort = sort;
    if table.scrolled {
        ctx.send(Command::SelectionInSight);
    }
    if let Some(i) = table.clicked {
        ctx.send(Command::SelectClicked(Subject::Topic(plan.topics[i].id)));
    }
    // Enter on the table takes the keyboard into the record's editor.
    if let Some(i) = table.entered {
        ctx.send(Command::ShowRecord(Subject::Topic(plan.topics[i].id)));
    }
}
