use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::contact::{ContactEntry, preferred_entry};
use super::{Id, OrganisationId, choice_enum};

pub type PersonId = Id<Person>;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: PersonId,
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub name: String,
    /// The name in the person's own script, e.g. Arabic; shown shaped and right-to-left.
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::short_text"
    )]
    pub native_name: String,
    /// How the person is addressed, e.g. "His Excellency".
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::short_text"
    )]
    pub form_of_address: String,
    /// An honorific or academic title, e.g. "Dr.".
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::short_text"
    )]
    pub title: String,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::short_text"
    )]
    pub position: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<OrganisationId>,
    #[serde(default)]
    pub side: Side,
    #[serde(default)]
    pub role: DelegationRole,
    /// Email addresses, each with its kind; at most one is preferred.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::model::contact::entries"
    )]
    pub emails: Vec<ContactEntry>,
    /// Phone numbers, each with its kind; at most one is preferred.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::model::contact::entries"
    )]
    pub phones: Vec<ContactEntry>,
    /// Languages spoken, as the planner writes them ("Arabic", "English").
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::model::limits::short_texts"
    )]
    pub languages: Vec<String>,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::long_text"
    )]
    pub dietary_needs: String,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::long_text"
    )]
    pub accessibility_needs: String,
    #[serde(default, skip_serializing_if = "TravelDocument::is_not_needed")]
    pub travel_document: TravelDocument,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::long_text"
    )]
    pub notes: String,
}

choice_enum! {
    /// Which party a person belongs to.
    pub enum Side {
        #[default]
        Visiting => "Visiting",
        Host => "Host",
        Other => "Other",
    }
}

choice_enum! {
    /// A person's part in the visit.
    pub enum DelegationRole {
        Head => "Head of delegation",
        Deputy => "Deputy head",
        #[default]
        Member => "Member",
        Adviser => "Adviser",
        Interpreter => "Interpreter",
        Liaison => "Liaison officer",
        Protocol => "Protocol officer",
        Security => "Security",
        Media => "Media",
        Host => "Host",
        Speaker => "Speaker",
        Support => "Support staff",
    }
}

/// The visa or passport a person needs for the visit, and by when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TravelDocument {
    pub status: DocumentStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
}

choice_enum! {
    pub enum DocumentStatus {
        #[default]
        NotNeeded => "Not needed",
        ToApply => "To apply for",
        Applied => "Applied",
        Issued => "Issued",
        Refused => "Refused",
    }
}

impl TravelDocument {
    fn is_not_needed(&self) -> bool {
        self.status == DocumentStatus::NotNeeded && self.deadline.is_none()
    }
}

impl Person {
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            id: Id::random(),
            name: name.into(),
            native_name: String::new(),
            form_of_address: String::new(),
            title: String::new(),
            position: String::new(),
            organisation: None,
            side: Side::default(),
            role: DelegationRole::default(),
            emails: Vec::new(),
            phones: Vec::new(),
            languages: Vec::new(),
            dietary_needs: String::new(),
            accessibility_needs: String::new(),
            travel_document: TravelDocument::default(),
            notes: String::new(),
        }
    }

    /// How the person is addressed, in the order it is said: the form of address and the title
    /// ("His Excellency", "Dr"), the ones given. Shown on a line of its own above the name, never
    /// glued before it: plans often name people by their role ("Deputy head of delegation"), and
    /// "Dr Deputy head of delegation" reads wrong.
    pub fn forms_of_address(&self) -> impl Iterator<Item = &str> {
        [self.form_of_address.trim(), self.title.trim()]
            .into_iter()
            .filter(|part| !part.is_empty())
    }

    /// The email address to write to: the preferred one, else the first; empty when none.
    pub fn preferred_email(&self) -> &str {
        preferred_entry(&self.emails).map_or("", |entry| entry.value.as_str())
    }

    /// The number to call: the preferred one, else the first; empty when none.
    pub fn preferred_phone(&self) -> &str {
        preferred_entry(&self.phones).map_or("", |entry| entry.value.as_str())
    }
}
