//! The gifts register: gifts planned, given and received at the visit's events.

use serde::{Deserialize, Serialize};

use super::{Id, OrganisationId, PersonId, choice_enum};

pub type GiftId = Id<Gift>;

/// One gift, exchanged at the event that holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gift {
    pub id: GiftId,
    pub from: GiftParty,
    pub to: GiftParty,
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub description: String,
    /// What it is worth, as declared to the ministry's ethics office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<GiftValue>,
    #[serde(default)]
    pub status: GiftStatus,
}

/// Who gives or receives a gift: one person, or a ministry or other organisation as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GiftParty {
    Person(PersonId),
    Organisation(OrganisationId),
}

/// A gift's value in whole units of its currency (declarations are made in whole units).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GiftValue {
    pub amount: u64,
    /// ISO 4217 code, e.g. `EUR`, `IQD`.
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub currency: String,
}

choice_enum! {
    pub enum GiftStatus {
        #[default]
        Planned => "Planned",
        Bought => "Bought",
        HandedOver => "Handed over",
        Received => "Received",
        Declared => "Declared",
    }
}

impl Gift {
    pub fn new(from: GiftParty, to: GiftParty, description: impl Into<String>) -> Self {
        Self {
            id: Id::random(),
            from,
            to,
            description: description.into(),
            value: None,
            status: GiftStatus::default(),
        }
    }
}
