//! Storage failures, with a message a person can act on.

use std::fmt;

/// Something IndexedDB refused. The message is shown to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<indexed_db_futures::error::Error> for StoreError {
    fn from(err: indexed_db_futures::error::Error) -> Self {
        StoreError(err.to_string())
    }
}

impl From<indexed_db_futures::error::OpenDbError> for StoreError {
    fn from(err: indexed_db_futures::error::OpenDbError) -> Self {
        StoreError(err.to_string())
    }
}

impl From<wasm_bindgen::JsValue> for StoreError {
    fn from(err: wasm_bindgen::JsValue) -> Self {
        StoreError(format!("{err:?}"))
    }
}
