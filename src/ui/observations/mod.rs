//! Performance observations about a member (leadership devices only).

use leptos::prelude::*;

#[component]
pub fn Observations(member_id: String) -> impl IntoView {
    let _ = member_id;
}
