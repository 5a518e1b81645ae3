//! One visit: who, for whom, when expected, arrived and left; "Arrived"
//! (with a badge) while expected and "Left" while on site.

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::visitors::{mark_arrived, mark_left, Visit, VisitStatus};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    format_datetime, format_day, now_ms, problem_text, FormErrors, FormMessage, SaveError,
    TextField,
};

#[component]
pub fn VisitRow(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    session
        .records
        .visits
        .get_untracked_signal(&id)
        .map(|visit| view! { <VisitItem id=id visit=visit /> })
}

#[component]
fn VisitItem(id: String, visit: RwSignal<Visit>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let errors = FormErrors::new();
    let badge = RwSignal::new(String::new());
    let id = StoredValue::new(id);
    let label = move || visit.with_untracked(|v| v.name.clone());
    let arrived = move |_| {
        let on_site =
            session
                .indexes
                .visits_on_site_all
                .records(&(), usize::MAX, session.records.visits);
        let badge = badge.get_untracked();
        let saved: Result<Visit, SaveError> = session
            .update(
                &id.get_value(),
                "status",
                (Action::VisitArrive, &label()),
                |v: &mut Visit| mark_arrived(v, &badge, &on_site, now_ms()),
            )
            .map_err(Into::into);
        errors.show(saved);
    };
    let left = move |_| {
        let saved: Result<Visit, SaveError> = session
            .update(
                &id.get_value(),
                "status",
                (Action::VisitLeave, &label()),
                |v: &mut Visit| mark_left(v, now_ms()),
            )
            .map_err(Into::into);
        errors.show(saved);
    };
    let who = move || {
        visit.with(|v| {
            if v.organisation.is_empty() {
                v.name.clone()
            } else {
                format!("{} ({})", v.name, v.organisation)
            }
        })
    };
    let host = move || {
        let name = visit
            .with(|v| session.member_name(&v.host))
            .unwrap_or_else(|| i18n.t("member-unknown"));
        i18n.t_args("visitors-for", &[("name", name.into())])
    };
    let when = move || {
        visit.with(|v| {
            let locale = i18n.locale();
            let mut parts = Vec::new();
            if !v.expected_day.is_empty() {
                let day = format!(
                    "{} {}",
                    format_day(&v.expected_day, locale),
                    v.expected_time
                );
                parts.push(i18n.t_args(
                    "visitors-expected-on",
                    &[("when", day.trim().to_string().into())],
                ));
            }
            if let Some(at) = v.arrived_at {
                parts.push(i18n.t_args(
                    "visitors-arrived-at",
                    &[("when", format_datetime(at, locale).into())],
                ));
            }
            if let Some(at) = v.left_at {
                parts.push(i18n.t_args(
                    "visitors-left-at",
                    &[("when", format_datetime(at, locale).into())],
                ));
            }
            if !v.badge.is_empty() {
                parts.push(i18n.t_args("visitors-badge", &[("badge", v.badge.clone().into())]));
            }
            parts.join(" · ")
        })
    };
    let notes = move || Some(visit.with(|v| v.notes.clone())).filter(|n| !n.is_empty());
    let status = move || visit.with(|v| v.status);
    view! {
        <li class="visit" data-testid="visit" data-status=move || status().code()>
            <header>
                <strong class="who">{who}</strong>
                " "
                <span class="meta">{host}</span>
                " "
                <span class="badge">{move || i18n.t(status().message_id())}</span>
            </header>
            <p class="meta">{when}</p>
            {move || notes().map(|text| view! { <p class="body">{text}</p> })}
            {move || match status() {
                VisitStatus::Expected => view! {
                    <div class="actions">
                        <TextField msg="visitors-field-badge" name="visit-badge" value=badge error=errors.field("badge") />
                        <button class="button small" on:click=arrived>{tr("visitors-mark-arrived")}</button>
                    </div>
                }
                .into_any(),
                VisitStatus::Arrived => view! {
                    <div class="actions">
                        <button class="button small" on:click=left>{tr("visitors-mark-left")}</button>
                    </div>
                }
                .into_any(),
                VisitStatus::Left => ().into_any(),
            }}
            {move || {
                let problem = errors.field("status").get().or_else(|| errors.field("left_at").get());
                problem.map(|p| view! { <p class="field-error" role="alert">{problem_text(i18n, &p)}</p> })
            }}
            <FormMessage errors=errors />
        </li>
    }
}
