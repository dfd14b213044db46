use serde::{Deserialize, Serialize};

use super::{Id, PersonId};

pub type TopicId = Id<Topic>;
pub type QuestionId = Id<Question>;

/// Something the delegation came to learn about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: TopicId,
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub title: String,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::long_text"
    )]
    pub summary: String,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::model::limits::long_texts"
    )]
    pub objectives: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Question>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::model::limits::long_texts"
    )]
    pub findings: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<PersonId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: QuestionId,
    #[serde(deserialize_with = "crate::model::limits::long_text")]
    pub text: String,
    /// Empty until the delegation has found the answer.
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::long_text"
    )]
    pub answer: String,
}

impl Topic {
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            id: Id::random(),
            title: title.into(),
            summary: String::new(),
            objectives: Vec::new(),
            questions: Vec::new(),
            findings: Vec::new(),
            lead: None,
        }
    }
}

impl Question {
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            id: Id::random(),
            text: text.into(),
            answer: String::new(),
        }
    }

    pub fn is_answered(&self) -> bool {
        !self.answer.trim().is_empty()
    }
}
