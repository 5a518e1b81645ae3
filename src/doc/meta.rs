//! Who made a change and why, carried in the Automerge change message so that
//! history can answer "who did what, when" on every device.

use serde::{Deserialize, Serialize};

/// The metadata of one change. Stored as compact JSON in the change message;
/// the time goes into the change's own timestamp.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeMeta {
    /// The member id of the device's user.
    #[serde(rename = "by")]
    pub author: String,
    /// What was done, as a stable code such as `client.create`.
    #[serde(rename = "do")]
    pub action: String,
    /// A short human label of the record concerned (a client's name, ...).
    #[serde(rename = "what", default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}

impl ChangeMeta {
    pub fn new(author: &str, action: &str, label: &str) -> Self {
        Self {
            author: author.to_string(),
            action: action.to_string(),
            label: label.to_string(),
        }
    }

    pub fn to_message(&self) -> String {
        serde_json::to_string(self).expect("metadata is always serialisable")
    }

    /// Reads a change message; `None` for messages other tools wrote.
    pub fn from_message(message: &str) -> Option<Self> {
        serde_json::from_str(message).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_the_message() {
        let meta = ChangeMeta::new("m1", "client.create", "Acme \"quoted\"");
        assert_eq!(ChangeMeta::from_message(&meta.to_message()), Some(meta));
        assert_eq!(ChangeMeta::from_message("Initial commit"), None);
    }
}
