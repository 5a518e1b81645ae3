nav-export = Export
nav-import = Import
export-title = Export
export-intro = Take your records anywhere: everything in one readable file, or a desk at a time for a spreadsheet.
export-to-import = Import from CSV
export-failed = The file could not be downloaded. Try again.
export-json-title = Everything, as JSON
export-json-team = One file with every record this device holds, grouped by kind, with readable field names: for keeping, or for another tool.
export-json-leadership = One file with every record this device holds, grouped by kind, with readable field names. It includes the leadership records (escalations, crises, handovers, notes about people): keep it safe.
export-json = Download JSON
export-csv-title = A desk as CSV
export-csv-help = One spreadsheet file per desk, with people and clients by name and times in your time zone. The crisis report and the return briefing stay Markdown on their desks; expenses have their accountant’s file on the expenses desk.
export-desk-clients = Clients
export-desk-contacts = Contacts
export-desk-tasks = Tasks
export-desk-messages = Messages
export-desk-meetings = Meetings
export-desk-visitors = Visitors
export-desk-documents = Documents
export-desk-supplies = Supplies
import-title = Import from CSV
import-intro = Bring clients, contacts or tasks from ClickUp, Airtable or a spreadsheet. Nothing is written until you choose Import; rows with problems are left out and listed, and rows imported before are skipped.
import-to-export = Export
import-target = Import as
import-target-tasks = Tasks
import-target-clients = Clients
import-target-contacts = Contacts of existing clients
import-file = CSV file
import-file-help = Comma, semicolon or tab separated, as ClickUp, Airtable and Excel save it.
import-error-empty = This file has no rows to import: it needs a header row and at least one row under it.
import-error-too-many-rows = This file has more than { $max } rows. Split it into smaller files and import them one by one.
import-error-unreadable = This file could not be read as CSV (row { $row }).
import-columns = Columns
import-columns-help = Each column of the file fills the field beside it. Columns the app recognised are filled in; change any, or leave a column out.
import-column = Column
import-example = First row
import-field = Imports as
import-column-field = Field for the column “{ $column }”
import-leave-out = Leave out
import-field-source_id = Id in the other tool
import-field-title = Title
import-field-name = Name
import-field-description = Description
import-field-company = Company
import-field-status = Status
import-field-priority = Priority
import-field-due_on = Due date
import-field-assignee = Assignee
import-field-owner = Owner
import-field-client_id = Client
import-field-blocked_reason = Why blocked
import-field-notes = Notes
import-field-contact_name = Contact name
import-field-role = Role
import-field-email = E-mail
import-field-phone = Phone
import-preview = Preview
import-counts = { $new ->
    [one] 1 row will be imported
   *[other] { $new } rows will be imported
}, { $bad ->
    [one] 1 row has problems
   *[other] { $bad } rows have problems
}, { $skipped } skipped (imported before or repeated).
import-row-number = Row
import-result = Result
import-result-new = Will be imported
import-result-bad = Has problems
import-result-imported = Imported before
import-result-repeat = Same as row { $row }
import-problems = Rows with problems (not imported)
import-row = Row { $row }
import-run = { $count ->
    [0] Nothing new to import
    [one] Import 1 row
   *[other] Import { $count } rows
}
import-done-tasks = { $count ->
    [0] Nothing new was imported.
    [one] Imported 1 task.
   *[other] Imported { $count } tasks.
}
import-done-clients = { $count ->
    [0] Nothing new was imported.
    [one] Imported 1 client.
   *[other] Imported { $count } clients.
}
import-done-contacts = { $count ->
    [0] Nothing new was imported.
    [one] Imported 1 contact.
   *[other] Imported { $count } contacts.
}
import-open-team = Open the team board
import-open-clients = Open the clients
import-failed = Nothing was imported: { $reason }
import-unknown-person = no active member is called “{ $value }”
import-unknown-client = no client is called “{ $value }”
import-unknown-value = “{ $value }” is not one of the choices
import-invalid-day = “{ $value }” is not a date the app can read (write it as 2026-03-30)
import-more-problems = …and { $count } more rows with problems.
