//! CSV per desk, from the readable JSON of the documents' collections (see
//! `Workspace::export`): one generic flattening instead of a serializer per
//! desk, so a field added to a record appears in its desk's file without
//! touching this module. Each record is a row; a nested record such as a
//! message's `done` ({at, by}) becomes columns `done.at` and `done.by`;
//! record ids that name something (a member, a client, a contact, a
//! department, a vendor) are written as its name, and instants as local
//! times, so the file reads well in a spreadsheet.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use jiff::Timestamp;
use serde_json::{Map, Value};

use super::calendar::Zone;
use super::coded::coded_enum;

coded_enum! {
    /// A desk with a CSV file of its own.
    pub enum Desk ("export-desk") {
        #[default]
        Clients = "clients",
        Contacts = "contacts",
        Tasks = "tasks",
        Messages = "messages",
        Meetings = "meetings",
        Visitors = "visitors",
        Documents = "documents",
        Supplies = "supplies",
    }
}

/// Where a desk's rows come from.
struct Source {
    /// The collections whose records are its rows (by their key in the
    /// documents; a collection the device does not hold adds none).
    collections: &'static [&'static str],
    /// Rows are the entries of this map field of each record instead, with
    /// a column naming the record they belong to.
    nested: Option<(&'static str, &'static str)>,
    /// The columns that come first, after `id`, in this order; the others
    /// follow by name.
    lead: &'static [&'static str],
}

impl Desk {
    /// The collections its rows come from (read by the native tests).
    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub(crate) fn collections(self) -> &'static [&'static str] {
        self.source().collections
    }

    fn source(self) -> Source {
        let rows = |collections, lead| Source {
            collections,
            nested: None,
            lead,
        };
        match self {
            Desk::Clients => rows(&["clients"], &["name", "company", "status", "owner"]),
            Desk::Contacts => Source {
                collections: &["clients"],
                nested: Some(("contacts", "client")),
                lead: &["client", "name", "role", "email", "phone"],
            },
            Desk::Tasks => rows(
                &["tasks"],
                &["title", "status", "priority", "assignee", "due_on"],
            ),
            Desk::Messages => rows(
                &["messages"],
                &[
                    "taken_at",
                    "from",
                    "organisation",
                    "recipient.id",
                    "urgency",
                    "body",
                ],
            ),
            Desk::Meetings => rows(
                &["meetings"],
                &[
                    "title",
                    "start",
                    "zone",
                    "duration_minutes",
                    "place",
                    "attendees",
                ],
            ),
            Desk::Visitors => rows(
                &["visits"],
                &[
                    "name",
                    "organisation",
                    "host",
                    "expected_day",
                    "expected_time",
                    "status",
                ],
            ),
            Desk::Documents => rows(
                &["register", "confidential_register"],
                &[
                    "title",
                    "kind",
                    "owner",
                    "confidentiality",
                    "location",
                    "review_on",
                ],
            ),
            Desk::Supplies => rows(
                &["supply_items"],
                &["name", "unit", "stock", "reorder_level", "vendor"],
            ),
        }
    }
}

/// The desk's records in `collections` (every collection held, by key, as
/// the JSON export writes them) as CSV, times in `zone`. Starts with a byte
/// order mark, without which Excel reads UTF-8 as another encoding.
pub fn desk_csv(desk: Desk, collections: &Map<String, Value>, zone: &Zone) -> String {
    let source = desk.source();
    let names = names(collections);
    let records = source
        .collections
        .iter()
        .filter_map(|key| collections.get(*key).and_then(Value::as_object))
        .flat_map(|records| records.values().filter_map(Value::as_object));
    let rows: Vec<BTreeMap<String, String>> = match source.nested {
        None => records.map(|r| flatten(r, &names, zone)).collect(),
        Some((field, parent)) => records
            .flat_map(|record| {
                let owner = record.get("id").cloned().unwrap_or(Value::Null);
                let entries = record.get(field).and_then(Value::as_object);
                entries
                    .into_iter()
                    .flat_map(|entries| entries.values().filter_map(Value::as_object))
                    .map(move |entry| {
                        let mut entry = entry.clone();
                        entry.insert(parent.to_string(), owner.clone());
                        entry
                    })
            })
            .map(|entry| flatten(&entry, &names, zone))
            .collect(),
    };
    let present: BTreeSet<&str> = rows
        .iter()
        .flat_map(|r| r.keys())
        .map(String::as_str)
        .collect();
    let mut columns: Vec<&str> = std::iter::once("id")
        .chain(source.lead.iter().copied().filter(|c| present.contains(c)))
        .collect();
    let rest: Vec<&str> = present
        .iter()
        .copied()
        .filter(|c| !columns.contains(c))
        .collect();
    columns.extend(rest);
    let mut out = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    // Writing to memory fails only when out of memory.
    let _ = out.write_record(&columns);
    for row in &rows {
        let _ = out.write_record(
            columns
                .iter()
                .map(|c| row.get(*c).map_or("", String::as_str)),
        );
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The name of every record in `collections` that has one (a `name` or a
/// `title`), and of the records nested in them (a client's contacts), by
/// id: how an id in a cell becomes something a person reads.
pub fn names(collections: &Map<String, Value>) -> HashMap<String, String> {
    fn name_of(record: &Value) -> Option<&str> {
        let record = record.as_object()?;
        ["name", "title"]
            .iter()
            .find_map(|field| record.get(*field)?.as_str())
            .filter(|name| !name.is_empty())
    }
    let mut names = HashMap::new();
    let records = collections
        .values()
        .filter_map(Value::as_object)
        .flat_map(|records| records.iter());
    for (id, record) in records {
        if let Some(name) = name_of(record) {
            names.insert(id.clone(), name.to_string());
        }
        let nested = record
            .as_object()
            .into_iter()
            .flat_map(|r| r.values())
            .filter_map(Value::as_object)
            .filter(|map| keyed_by_ids(map));
        for (id, entry) in nested.flat_map(|map| map.iter()) {
            if let Some(name) = name_of(entry) {
                names.insert(id.clone(), name.to_string());
            }
        }
    }
    names
}

/// A record's cells by column. A null field adds no column (a message not
/// yet done has no `done.at`).
fn flatten(
    record: &Map<String, Value>,
    names: &HashMap<String, String>,
    zone: &Zone,
) -> BTreeMap<String, String> {
    let mut cells = BTreeMap::new();
    for (field, value) in record {
        match value {
            Value::Null => {}
            Value::Object(inner) if is_struct(inner) => {
                for (part, value) in inner.iter().filter(|(_, v)| !v.is_null()) {
                    cells.insert(format!("{field}.{part}"), cell(part, value, names, zone));
                }
            }
            _ if field == "id" => {
                cells.insert(field.clone(), render(value, &HashMap::new()));
            }
            _ => {
                cells.insert(field.clone(), cell(field, value, names, zone));
            }
        }
    }
    cells
}

/// Whether a nested map is a record of a few plain fields (a message's
/// `done`, its `recipient`) that reads best as columns of its own.
fn is_struct(map: &Map<String, Value>) -> bool {
    map.len() > 1 && !keyed_by_ids(map) && map.values().all(|v| !v.is_object() && !v.is_array())
}

/// Whether a map's keys are record ids (a task's comments, an order's
/// lines), as `ids::new_id` makes them.
fn keyed_by_ids(map: &Map<String, Value>) -> bool {
    !map.is_empty()
        && map
            .keys()
            .all(|k| k.len() == 32 && k.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The cell of `field`: instants (`at`, `*_at`) as local times, the rest
/// as [`render`] writes it.
fn cell(field: &str, value: &Value, names: &HashMap<String, String>, zone: &Zone) -> String {
    let instant = (field == "at" || field.ends_with("_at"))
        .then(|| value.as_i64())
        .flatten()
        .and_then(|ms| Timestamp::from_millisecond(ms).ok());
    match instant {
        Some(at) => zone.to_datetime(at).strftime("%Y-%m-%d %H:%M").to_string(),
        None => render(value, names),
    }
}

/// A value as one cell: ids as names, lists joined with "; ", an enum's
/// data without its variant, entries keyed by id as their names (or their
/// count when they have none, like comments).
fn render(value: &Value, names: &HashMap<String, String>) -> String {
    let name = |id: &str| names.get(id).cloned().unwrap_or_else(|| id.to_string());
    let join = |parts: Vec<String>, separator: &str| {
        parts
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(separator)
    };
    match value {
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => name(s),
        Value::Array(items) => join(items.iter().map(|v| render(v, names)).collect(), "; "),
        Value::Object(map) if keyed_by_ids(map) => {
            if map.values().all(|v| !v.is_object() && !v.is_array()) {
                let entries = map
                    .iter()
                    .map(|(k, v)| format!("{}: {}", name(k), render(v, names)));
                join(entries.collect(), "; ")
            } else if map.keys().all(|k| names.contains_key(k)) {
                join(map.keys().map(|k| name(k)).collect(), "; ")
            } else {
                map.len().to_string()
            }
        }
        Value::Object(map) if map.len() == 1 => map.values().map(|v| render(v, names)).collect(),
        Value::Object(map) => join(map.values().map(|v| render(v, names)).collect(), " / "),
    }
}

#[cfg(test)]
mod tests;
