//! The cars and buses of a visit, and who rides in which on each road leg and transfer.

use serde::{Deserialize, Serialize};

use super::{Id, PersonId, choice_enum};

pub type VehicleId = Id<Vehicle>;
pub type RideId = Id<Ride>;

/// A car or bus at the delegation's disposal for the visit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vehicle {
    pub id: VehicleId,
    /// How drivers and liaison officers call it ("Car 1", "Minibus").
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub name: String,
    pub kind: VehicleKind,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::short_text"
    )]
    pub plate: String,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::short_text"
    )]
    pub driver: String,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::short_text"
    )]
    pub driver_phone: String,
    /// Seats for passengers, the driver's not counted.
    pub seats: u32,
}

choice_enum! {
    pub enum VehicleKind {
        #[default]
        Car => "Car",
        Van => "Van",
        Minibus => "Minibus",
        Bus => "Bus",
    }
}

/// Who rides in one vehicle on one leg.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ride {
    pub id: RideId,
    pub vehicle: VehicleId,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub passengers: Vec<PersonId>,
}

impl Vehicle {
    pub fn new(name: impl Into<String>, kind: VehicleKind, seats: u32) -> Self {
        Self {
            id: Id::random(),
            name: name.into(),
            kind,
            plate: String::new(),
            driver: String::new(),
            driver_phone: String::new(),
            seats,
        }
    }
}

impl Ride {
    pub fn new(vehicle: VehicleId) -> Self {
        Self {
            id: Id::random(),
            vehicle,
            passengers: Vec::new(),
        }
    }
}
