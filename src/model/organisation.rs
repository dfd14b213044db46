use serde::{Deserialize, Serialize};

use super::{Id, choice_enum};

pub type OrganisationId = Id<Organisation>;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: OrganisationId,
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub name: String,
    /// The name in the organisation's own script, e.g. Arabic.
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::short_text"
    )]
    pub native_name: String,
    #[serde(default)]
    pub kind: OrganisationKind,
    /// ISO 3166-1 alpha-2 code.
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::short_text"
    )]
    pub country: String,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::long_text"
    )]
    pub address: String,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::short_text"
    )]
    pub website: String,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::long_text"
    )]
    pub notes: String,
}

choice_enum! {
    pub enum OrganisationKind {
        #[default]
        Ministry => "Ministry",
        Agency => "Agency",
        Company => "Company",
        University => "University",
        Embassy => "Embassy",
        International => "International body",
        Other => "Other",
    }
}

impl Organisation {
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            id: Id::random(),
            name: name.into(),
            native_name: String::new(),
            kind: OrganisationKind::default(),
            country: String::new(),
            address: String::new(),
            website: String::new(),
            notes: String::new(),
        }
    }
}
