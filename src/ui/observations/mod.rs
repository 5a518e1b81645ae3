//! Performance observations about a member: private notes for leadership.
//! They live in the leadership document, so on a team device this shows
//! nothing at all.

mod form;

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::observations::{newest_first, Observation};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{confirmed, format_day};

use form::ObservationForm;

#[component]
pub fn Observations(member_id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    if !session.holds_leadership() {
        return ().into_any();
    }
    let id = member_id.clone();
    let notes = Memo::new(move |_| {
        let mut notes: Vec<_> = session
            .leadership_records
            .observations
            .values()
            .into_iter()
            .filter(|o| o.member_id == id)
            .collect();
        notes.sort_by(newest_first);
        notes
    });
    view! {
        <section class="panel observations" data-testid="observations">
            <header class="panel-header">
                <h2>{tr("observations-title")}</h2>
                <span class="badge private">{tr("observations-private")}</span>
            </header>
            <p class="meta">{tr("observations-help")}</p>
            <ObservationForm member_id=member_id />
            <Show when=move || !notes.get().is_empty() fallback=|| view! { <p class="empty">{tr("observations-empty")}</p> }>
                <ol class="timeline">
                    <For each=move || notes.get() key=|o| o.id.clone() let:note>
                        <ObservationRow note=note />
                    </For>
                </ol>
            </Show>
        </section>
    }
    .into_any()
}

#[component]
fn ObservationRow(note: Observation) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let author = session
        .member_name(&note.by)
        .unwrap_or_else(|| i18n.t("member-unknown"));
    let day = note.on.clone();
    let meta = move || {
        i18n.t_args(
            "observations-by",
            &[
                ("name", author.clone().into()),
                ("day", format_day(&day, i18n.locale()).into()),
            ],
        )
    };
    let removable = note.removable_by(&session.me());
    let (id, member_id) = (note.id.clone(), note.member_id.clone());
    let remove = move |_| {
        if confirmed(&i18n.t("observations-remove-confirm")) {
            let about = session.member_name(&member_id).unwrap_or_default();
            session.notices.report(session.change_leadership(
                Action::ObservationRemove,
                &about,
                |w| w.remove::<Observation>(&id),
            ));
        }
    };
    let kind = note.kind;
    view! {
        <li class="observation" data-testid="observation">
            <div class="observation-head">
                <span class=format!("badge observation-{}", kind.code())>{move || i18n.t(kind.message_id())}</span>
                <span class="meta">{meta}</span>
                {removable.then(|| view! {
                    <button class="button small danger" on:click=remove.clone()>{tr("action-remove")}</button>
                })}
            </div>
            <p class="note">{note.note.clone()}</p>
        </li>
    }
}
