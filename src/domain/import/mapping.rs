//! Which column of a file fills which field: recognised from the headers
//! ClickUp and Airtable export, and ours, and changed by the user column by
//! column.

use super::{Field, Target};

/// The field each column fills, `None` for a column left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mapping(Vec<Option<Field>>);

/// The headers each field is recognised by, normalised (see [`normalise`]):
/// ClickUp's task export ("Task ID", "Task Name", "Task Content", "Status",
/// "Due Date", "Assignees", "Priority"), Airtable's usual field names
/// ("Name", "Email", "Phone", "Company", "Notes", "Status") and the columns
/// of our own CSV exports ("id", "due_on", "client_id", "client"). Headers
/// of other tools' columns that have no field here ("Date Created", "List
/// Name", "Tags") are left out, and the user can map them by hand.
fn recognised(target: Target, field: Field) -> &'static [&'static str] {
    use Field::*;
    match (target, field) {
        (Target::Tasks, SourceId) => &["taskid", "id", "recordid"],
        (Target::Tasks, Title) => &["taskname", "title", "name", "task", "subject", "summary"],
        (Target::Tasks, Description) => &["taskcontent", "description", "content", "notes"],
        (Target::Tasks, Status) => &["status", "state"],
        (Target::Tasks, Priority) => &["priority"],
        (Target::Tasks, DueOn) => &["duedate", "dueon", "due", "deadline"],
        (Target::Tasks, Assignee) => &["assignees", "assignee", "assignedto", "owner"],
        (Target::Tasks, Client) => &["clientid", "client", "clientname", "customer"],
        (Target::Tasks, BlockedReason) => &["blockedreason"],
        (Target::Clients, SourceId) => &["id", "recordid", "clientid"],
        (Target::Clients, Name) => &["name", "clientname", "client", "customer"],
        (Target::Clients, Company) => &["company", "companyname", "organisation", "organization"],
        (Target::Clients, Status) => &["status", "stage"],
        (Target::Clients, Owner) => &["owner", "accountmanager", "assignee"],
        (Target::Clients, Notes) => &["notes", "description", "comments"],
        (Target::Clients, ContactName) => &["contactname", "contact", "primarycontact"],
        (Target::Contacts, SourceId) => &["id", "recordid", "contactid"],
        (Target::Contacts, Client) => &[
            "client",
            "clientname",
            "clientid",
            "company",
            "organisation",
            "organization",
        ],
        (Target::Contacts, Name) => &["name", "fullname", "contactname", "contact"],
        (Target::Contacts, Role) => &["role", "title", "jobtitle", "position"],
        (_, Email) => &["email", "emailaddress", "mail"],
        (_, Phone) => &["phone", "phonenumber", "telephone", "mobile"],
        _ => &[],
    }
}

/// A header as the recognition compares it: lower case, letters and digits
/// only, so "Task Name", "task_name" and "TASK-NAME" are one.
pub fn normalise(header: &str) -> String {
    header
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl Mapping {
    /// The fields of `target` recognised in `headers`: each field fills at
    /// most one column, the first whose header names it.
    pub fn recognise(target: Target, headers: &[String]) -> Self {
        let mut mapping = Mapping(vec![None; headers.len()]);
        for (column, header) in headers.iter().enumerate() {
            let header = normalise(header);
            let field = target.fields().iter().copied().find(|&field| {
                recognised(target, field).contains(&header.as_str())
                    && mapping.column_of(field).is_none()
            });
            mapping.0[column] = field;
        }
        mapping
    }

    /// The field `column` fills.
    pub fn field(&self, column: usize) -> Option<Field> {
        self.0.get(column).copied().flatten()
    }

    /// The column that fills `field`.
    pub fn column_of(&self, field: Field) -> Option<usize> {
        self.0.iter().position(|f| *f == Some(field))
    }

    /// Makes `column` fill `field` (or nothing); a column that filled that
    /// field before is left out, since a field takes one column.
    pub fn set(&mut self, column: usize, field: Option<Field>) {
        if let Some(field) = field {
            for other in self.0.iter_mut().filter(|f| **f == Some(field)) {
                *other = None;
            }
        }
        if let Some(slot) = self.0.get_mut(column) {
            *slot = field;
        }
    }

    /// The value of `field` in `cells`, trimmed; "" when no column fills it.
    pub fn value<'a>(&self, cells: &'a [String], field: Field) -> &'a str {
        self.column_of(field)
            .and_then(|column| cells.get(column))
            .map_or("", |cell| cell.trim())
    }
}
