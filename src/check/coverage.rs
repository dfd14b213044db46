//! Study topics no event covers, and questions left with no event to ask them at.
//!
//! A topic is covered by the events that name it (cancelled ones do not count). An event
//! "remains" until the day it ends is over; once no remaining event covers a topic, its unanswered
//! questions can no longer be asked during the visit.

use std::collections::HashMap;

use super::context::Context;
use super::{Problem, Rule, Subject};
use crate::model::label::{label, named_record_message as named_record};
use crate::model::{EventStatus, TopicId};
use crate::msg;

#[derive(Clone, Copy, Default)]
struct Coverage {
    covered: bool,
    remaining: bool,
}

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    let mut coverage: HashMap<TopicId, Coverage> = HashMap::new();
    for event in &plan.events {
        if event.status == EventStatus::Cancelled {
            continue;
        }
        let remains = event.end.wall.date() >= context.today;
        for &topic in &event.topics {
            let entry = coverage.entry(topic).or_default();
            entry.covered = true;
            entry.remaining |= remains;
        }
    }
    for topic in &plan.topics {
        let Coverage { covered, remaining } = coverage.get(&topic.id).copied().unwrap_or_default();
        if !covered {
            problems.push(Problem::warning(
                Rule::TopicNotCovered,
                Subject::Topic(topic.id),
                msg!(
                    "problem-topic-not-covered",
                    topic = named_record("topic", &topic.title)
                ),
            ));
        } else if !remaining {
            for question in topic.questions.iter().filter(|q| !q.is_answered()) {
                problems.push(Problem::warning(
                    Rule::QuestionLeft,
                    Subject::Topic(topic.id),
                    msg!(
                        "problem-question-left",
                        question = label(&question.text),
                        topic = named_record("topic", &topic.title)
                    ),
                ));
            }
        }
    }
}
