# Office: the document register
nav-documents = Documents
documents-title = Documents
documents-intro = Where the office’s contracts, policies and other documents are kept, who owns each, and when each is due for review.
documents-new = Register a document
documents-filters = Filter the register
documents-search = Search titles
documents-filter-all-kinds = All kinds
documents-filter-anyone = Any owner
documents-filter-any-level = Any confidentiality
documents-count = { $count ->
    [one] 1 document
   *[other] { $count } documents
}
documents-empty = No documents registered yet. Choose “Register a document” and say where it is kept: a cabinet and shelf, or a web address.
documents-no-match = No document matches these filters. Clear the search or choose “All kinds”, “Any owner” and “Any confidentiality”.
documents-review-title = Due for review
documents-review-due = Review due
documents-review-soon = Review soon
documents-review-on = Review on { $day }
document-new-title = Register a document
document-back = Back to the register
document-not-found = This document is not in the register. It may have been removed, or made confidential on a leadership device.
document-field-title = Title
document-field-kind = Kind
document-field-owner = Owner
document-choose-owner = Choose the owner
document-field-location = Where it is kept
document-location-hint = Cabinet B, shelf 2 — or https://…
document-field-confidentiality = Confidentiality
document-field-review = Review date
document-field-notes = Notes
document-confidential-hint = Confidential documents are listed only on the CEO’s and the Operations Assistant’s devices; the rest of the team never receives them.
document-confidential-elsewhere = Only the CEO or the Operations Assistant can register a confidential document.
document-no-review = No review date
document-registered-by = Registered by { $name } on { $when }
document-kind-contract = Contract
document-kind-policy = Policy
document-kind-procedure = Procedure
document-kind-template = Template
document-kind-report = Report
document-kind-certificate = Certificate
document-kind-other = Other
confidentiality-public = Public
confidentiality-internal = Internal
confidentiality-confidential = Confidential
error-invalid-link = A web address must start with http:// or https:// and name a site. For a place, write it out, such as “Cabinet B, shelf 2”.
