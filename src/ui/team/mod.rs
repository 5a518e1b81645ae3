//! The Team desk: tasks on a board and in a list, a task's page with
//! comments, members and their workload.

use leptos::prelude::*;

use crate::ui::i18n::tr;

/// Tasks as columns by status.
#[component]
pub fn BoardPage() -> impl IntoView {
    view! {
        <section class="desk">
            <h1>{tr("team-title")}</h1>
        </section>
    }
}

/// Tasks as a filtered list.
#[component]
pub fn TaskListPage() -> impl IntoView {
    view! { <section class="desk"></section> }
}

/// A new task.
#[component]
pub fn TaskNew() -> impl IntoView {
    view! { <section class="desk"></section> }
}

/// One task with its comments.
#[component]
pub fn TaskPage() -> impl IntoView {
    view! { <section class="desk"></section> }
}

/// Members, their roles and workload.
#[component]
pub fn MembersPage() -> impl IntoView {
    view! { <section class="desk"></section> }
}

/// One member: their tasks, and for leadership their observations.
#[component]
pub fn MemberPage() -> impl IntoView {
    view! { <section class="desk"></section> }
}
