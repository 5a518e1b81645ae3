//! Hints from the records, each with a short explanation of how it is
//! computed: where tasks stall, which clients wait longest for their
//! follow-up, and which onboarding steps most often run late.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::calendar::day_text;
use crate::domain::hints::{late_onboarding_steps, overdue_follow_ups, stalls_by_status};
use crate::ui::care::{last_contacts, span_text};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{device_zone, format_day, now_ms};

/// How many entries each hint lists.
const TOP: usize = 5;

#[component]
pub(super) fn Hints() -> impl IntoView {
    view! {
        <section class="panel hints" aria-labelledby="hints-title">
            <h2 id="hints-title">{tr("hints-title")}</h2>
            <StallHint />
            <FollowUpHint />
            <LateStepHint />
        </section>
    }
}

/// One hint: a title, what it means, and its findings or an empty text.
#[component]
fn Hint(
    #[prop(into)] title: TextProp,
    #[prop(into)] explanation: TextProp,
    #[prop(into)] empty_text: TextProp,
    #[prop(into)] is_empty: Signal<bool>,
    testid: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    view! {
        <section class="hint" data-testid=testid>
            <h3>{move || title.get().to_string()}</h3>
            <p class="meta">{move || explanation.get().to_string()}</p>
            <Show when=move || !is_empty.get() fallback=move || view! { <p class="empty">{empty_text.get().to_string()}</p> }>
                <ol class="hint-list">{children()}</ol>
            </Show>
        </section>
    }
}

/// (a) The task statuses where open tasks wait longest.
#[component]
fn StallHint() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let stalls = Memo::new(move |_| stalls_by_status(&session.records.tasks.values(), now_ms()));
    view! {
        <Hint
            title=tr("hints-stall-title")
            explanation=tr("hints-stall-explanation")
            empty_text=tr("hints-stall-empty")
            is_empty=Signal::derive(move || stalls.get().is_empty())
            testid="hint-stalls"
        >
            {move || {
                stalls
                    .get()
                    .into_iter()
                    .map(|stall| {
                        view! {
                            <li>
                                <strong>{i18n.t(stall.status.message_id())}</strong>
                                " — "
                                {i18n.t_args("hints-stall-item", &[
                                    ("count", stall.tasks.into()),
                                    ("average", span_text(i18n, stall.average).into()),
                                    ("longest", span_text(i18n, stall.longest).into()),
                                ])}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </Hint>
    }
}

/// (b) The clients whose follow-up is overdue longest.
#[component]
fn FollowUpHint() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let overdue = Memo::new(move |_| {
        let plans = session.records.follow_ups.values();
        let contacts = last_contacts(session, &plans);
        let mut overdue = overdue_follow_ups(&plans, &contacts, now_ms(), &device_zone());
        overdue.truncate(TOP);
        overdue
    });
    view! {
        <Hint
            title=tr("hints-follow-ups-title")
            explanation=tr("hints-follow-ups-explanation")
            empty_text=tr("hints-follow-ups-empty")
            is_empty=Signal::derive(move || overdue.get().is_empty())
            testid="hint-follow-ups"
        >
            {move || {
                overdue
                    .get()
                    .into_iter()
                    .map(|item| {
                        let name = session
                            .records
                            .clients
                            .get(&item.client_id)
                            .map(|c| c.with(|c| c.name.clone()))
                            .unwrap_or_else(|| i18n.t("hints-unknown-client"));
                        view! {
                            <li>
                                <A href=format!("/clients/{}", item.client_id)>{name}</A>
                                " — "
                                {i18n.t_args("hints-follow-ups-item", &[
                                    ("days", usize::try_from(item.days).unwrap_or_default().into()),
                                    ("due", format_day(&day_text(item.due), i18n.locale()).into()),
                                ])}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </Hint>
    }
}

/// (c) The onboarding steps most often late.
#[component]
fn LateStepHint() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let late = Memo::new(move |_| {
        let checklists = session.records.checklists.values();
        let mut late = late_onboarding_steps(&checklists, now_ms(), &device_zone());
        late.truncate(TOP);
        late
    });
    view! {
        <Hint
            title=tr("hints-late-steps-title")
            explanation=tr("hints-late-steps-explanation")
            empty_text=tr("hints-late-steps-empty")
            is_empty=Signal::derive(move || late.get().is_empty())
            testid="hint-late-steps"
        >
            {move || {
                late.get()
                    .into_iter()
                    .map(|step| {
                        view! {
                            <li>
                                <strong>{step.title.clone()}</strong>
                                " — "
                                {i18n.t_args("hints-late-steps-item", &[
                                    ("count", step.total().into()),
                                    ("done", step.done_late.into()),
                                    ("open", step.overdue.into()),
                                ])}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </Hint>
    }
}
