//! Stable record identifiers.
//!
//! Ids are random 64-bit numbers written as 16 hexadecimal digits. Random rather than counted, so
//! that two planners adding records to copies of the same file on two machines do not collide.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The id of one record of kind `T` (a person, an event, ...). The kind is part of the type so that
/// a person's id cannot be stored where an event's is expected.
pub struct Id<T> {
    value: u64,
    kind: PhantomData<fn() -> T>,
}

impl<T> Id<T> {
    /// A fresh random id, drawn from the operating system's random source.
    pub fn random() -> Self {
        let mut bytes = [0u8; 8];
        // The OS random source does not fail on the platforms eframe supports; if it ever did, a
        // time-based value still gives distinct ids within one process.
        if getrandom::fill(&mut bytes).is_err() {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0);
            bytes = nanos.to_le_bytes();
        }
        Self::from_value(u64::from_le_bytes(bytes))
    }

    pub const fn from_value(value: u64) -> Self {
        Self {
            value,
            kind: PhantomData,
        }
    }

    pub const fn value(self) -> u64 {
        self.value
    }

    /// Parses the written form: 1 to 16 hexadecimal digits.
    pub fn parse(text: &str) -> Option<Self> {
        if text.is_empty() || text.len() > 16 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u64::from_str_radix(text, 16).ok().map(Self::from_value)
    }
}

// Manual impls: deriving would require `T` itself to be Copy, Eq, ... which record types are not.
impl<T> Clone for Id<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Id<T> {}
impl<T> PartialEq for Id<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}
impl<T> Eq for Id<T> {}
impl<T> PartialOrd for Id<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl<T> Ord for Id<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.value.cmp(&other.value)
    }
}
impl<T> Hash for Id<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.value.hash(state);
    }
}

impl<T> fmt::Display for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.value)
    }
}

impl<T> fmt::Debug for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id({self})")
    }
}

impl<T> Serialize for Id<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de, T> Deserialize<'de> for Id<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct IdVisitor<T>(PhantomData<fn() -> T>);
        impl<T> serde::de::Visitor<'_> for IdVisitor<T> {
            type Value = Id<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "an id of 1 to 16 hexadecimal digits in quotes, like \"3f9a2c1d5b7e4a08\"",
                )
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Id<T>, E> {
                Id::parse(text)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(text), &self))
            }
        }
        deserializer.deserialize_str(IdVisitor(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_form_round_trips() {
        let id = Id::<()>::from_value(0x3f9a_2c1d_5b7e_4a08);
        assert_eq!(id.to_string(), "3f9a2c1d5b7e4a08");
        assert_eq!(Id::<()>::parse("3f9a2c1d5b7e4a08"), Some(id));
        assert_eq!(Id::<()>::parse("7"), Some(Id::from_value(7)));
    }

    #[test]
    fn malformed_ids_are_refused() {
        for bad in ["", "xyz", "3f9a2c1d5b7e4a08ff", "-1", " 12"] {
            assert_eq!(Id::<()>::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn random_ids_differ() {
        let ids: std::collections::HashSet<_> = (0..1000).map(|_| Id::<()>::random()).collect();
        assert_eq!(ids.len(), 1000);
    }
}
