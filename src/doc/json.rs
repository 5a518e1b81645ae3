//! A document's collections as readable JSON, for the export.
//!
//! The export walks the Automerge maps (automerge's `AutoSerde`) rather
//! than hydrating each record type and serialising it: the records' field
//! names are already the document's keys (autosurgeon writes each struct
//! field under its name), so the walk needs no code per collection and no
//! `Serialize` on every record type, and it also carries collections and
//! fields written by a newer version that this one does not know, which a
//! round trip through this version's structs would drop.

use automerge::AutoSerde;
use serde_json::{Map, Value};

use super::schema::{KIND_KEY, SCHEMA_KEY};
use super::Document;

impl Document {
    /// Every collection of the document by its key, each a map from record
    /// id to the record's fields.
    pub fn collections_json(&self) -> Map<String, Value> {
        match serde_json::to_value(AutoSerde::from(self.automerge())) {
            Ok(Value::Object(mut root)) => {
                root.remove(KIND_KEY);
                root.remove(SCHEMA_KEY);
                root
            }
            _ => Map::new(),
        }
    }
}
