//! Asking before something is removed.

/// Whether the user confirms `question` (the browser's own dialog, which
/// every assistive technology knows); no when the dialog cannot be shown.
pub fn confirmed(question: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(question).ok())
        .unwrap_or(false)
}
