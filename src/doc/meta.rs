//! Who made a change and why, carried in the Automerge change message so that
//! history can answer "who did what, when" on every device.

use crate::domain::action::Action;
use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{Collection, RecordRef};

/// The metadata of one change. Stored as compact JSON in the change message;
/// the time goes into the change's own timestamp.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeMeta {
    /// The member id of the device's user.
    #[serde(rename = "by")]
    pub author: String,
    /// What was done, stored as its stable code such as `client.create`.
    #[serde(rename = "do")]
    pub action: Action,
    /// A short human label of the record concerned (a client's name, ...).
    #[serde(rename = "what", default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}

impl ChangeMeta {
    pub fn new(author: &str, action: Action, label: &str) -> Self {
        Self {
            author: author.to_string(),
            action,
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

/// A change that writes more records than this (an import) does not list
/// them: history then compares the document before and after it, once.
const MAX_LISTED_RECORDS: usize = 256;

/// The records a change wrote, listed in its message beside the metadata
/// (`rec`): history reads them instead of comparing the document before and
/// after every change, which costs as much as the whole document each time.
#[derive(Deserialize)]
struct Listing {
    rec: Vec<(String, String)>,
}

/// The message of a change by `meta` that wrote `records`.
pub(super) fn message_listing(meta: &ChangeMeta, records: &BTreeSet<RecordRef>) -> String {
    let mut message = serde_json::to_value(meta).expect("metadata is always serialisable");
    if records.len() <= MAX_LISTED_RECORDS {
        let listed: Vec<(&str, &str)> = records
            .iter()
            .map(|r| (r.collection.key(), r.id.as_str()))
            .collect();
        message["rec"] = serde_json::json!(listed);
    }
    message.to_string()
}

/// The records a change's message lists; `None` when it lists none (see
/// [`message_listing`]) or names a collection this version does not know.
pub(super) fn listed_records(message: &str) -> Option<BTreeSet<RecordRef>> {
    let listing: Listing = serde_json::from_str(message).ok()?;
    listing
        .rec
        .into_iter()
        .map(|(collection, id)| {
            Some(RecordRef {
                collection: Collection::from_key(&collection)?,
                id,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_lists_the_records_it_wrote_unless_there_are_too_many() {
        let meta = ChangeMeta::new("m1", Action::TaskMove, "Order paper");
        let record = |id: usize| RecordRef {
            collection: Collection::Tasks,
            id: format!("t{id}"),
        };
        let few: BTreeSet<RecordRef> = (0..3).map(record).collect();
        let message = message_listing(&meta, &few);
        assert_eq!(ChangeMeta::from_message(&message), Some(meta.clone()));
        assert_eq!(listed_records(&message), Some(few));

        let many: BTreeSet<RecordRef> = (0..=MAX_LISTED_RECORDS).map(record).collect();
        let message = message_listing(&meta, &many);
        assert_eq!(ChangeMeta::from_message(&message), Some(meta.clone()));
        assert_eq!(listed_records(&message), None);
        assert_eq!(listed_records(&meta.to_message()), None);
        assert_eq!(
            listed_records(r#"{"by":"m","do":"x","rec":[["nope","1"]]}"#),
            None
        );
    }

    #[test]
    fn round_trips_through_the_message() {
        let meta = ChangeMeta::new("m1", Action::ClientCreate, "Acme \"quoted\"");
        assert_eq!(ChangeMeta::from_message(&meta.to_message()), Some(meta));
        assert_eq!(ChangeMeta::from_message("Initial commit"), None);
    }
}
