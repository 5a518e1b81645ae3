//! One meeting: when, where, who and the agenda; changing it; the minutes;
//! the follow-up tasks made from them, which land on the Team board; and the
//! calendar file.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::form::{zone_name, MeetingForm};
use super::{attendee_name, ics_attendees, is_known, MeetingsNav};
use crate::domain::action::Action;
use crate::domain::markdown::file_name_with;
use crate::domain::meetings::{
    edit_meeting, follow_up_task, ics, set_minutes, Meeting, MeetingInput, FOLLOW_UPS_FIELD,
};
use crate::domain::tasks::{Known, TaskInput};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    chosen, confirmed, download_text, format_datetime, format_time, member_choices, now_ms,
    FormErrors, FormMessage, RecordPicker, SaveError, TextField,
};

#[component]
pub fn MeetingPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    // Only the meeting's coming or going re-renders the page.
    let meeting = Memo::new(move |_| session.records.meetings.get(&id()));
    move || match meeting.get() {
        Some(meeting) => view! { <MeetingDetails id=id() meeting=meeting /> }.into_any(),
        None => view! {
            <section class="desk meetings-desk">
                <MeetingsNav />
                <p class="empty">{tr("meeting-not-found")}</p>
                <A href="/meetings">{tr("meeting-back")}</A>
            </section>
        }
        .into_any(),
    }
}

/// Applies `edit` to the current state of meeting `id` in one change.
fn change_meeting(
    session: Session,
    id: &str,
    field: &'static str,
    action: Action,
    edit: impl FnOnce(&mut Meeting) -> Result<(), crate::domain::validation::Invalid>,
) -> Result<(), SaveError> {
    let label = session
        .records
        .meetings
        .get_untracked_signal(id)
        .map(|m| m.with_untracked(|m| m.title.clone()))
        .unwrap_or_default();
    session.update(id, field, (action, &label), edit)?;
    Ok(())
}

#[component]
fn MeetingDetails(id: String, meeting: RwSignal<Meeting>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let editing = RwSignal::new(false);
    let navigate = use_navigate();
    let failed = RwSignal::new(false);
    let follow_ups_of = id.clone();
    let minutes_of = id.clone();
    let remove =
        {
            let id = id.clone();
            move |_| {
                let title = meeting.with_untracked(|m| m.title.clone());
                let question =
                    i18n.t_args("meeting-delete-confirm", &[("title", title.clone().into())]);
                if confirmed(&question)
                    && session
                        .notices
                        .report(session.change_team(Action::MeetingRemove, &title, |w| {
                            w.remove::<Meeting>(&id)
                        }))
                        .is_some()
                {
                    navigate("/meetings", Default::default());
                }
            }
        };
    let download = move |_| {
        let (name, text) = meeting.with_untracked(|m| {
            let people = ics_attendees(session, i18n, &m.attendees);
            (
                file_name_with(&m.title, "meeting", "ics"),
                ics(m, &people, now_ms()),
            )
        });
        failed.set(download_text(&name, "text/calendar;charset=utf-8", &text).is_err());
    };
    let when = move || {
        let (start, end) = meeting.with(|m| m.interval()).unwrap_or_default();
        format!(
            "{} – {}",
            format_datetime(start, i18n.locale()),
            format_time(end, i18n.locale())
        )
    };
    let attendees = move || {
        meeting
            .with(|m| m.attendees.clone())
            .iter()
            .map(|a| view! { <li data-testid="meeting-attendee">{attendee_name(session, i18n, a)}</li> })
            .collect_view()
    };
    let agenda = move || {
        meeting
            .with(|m| m.agenda.clone())
            .into_iter()
            .map(|item| view! { <li>{item}</li> })
            .collect_view()
    };
    view! {
        <section class="desk meetings-desk meeting-page">
            <MeetingsNav />
            <header class="desk-header">
                <div>
                    <h1>{move || meeting.with(|m| m.title.clone())}</h1>
                    <p class="subtitle" data-testid="meeting-when">{when}</p>
                </div>
                <div class="row-actions">
                    <button class="button" on:click=download>{tr("meeting-download-ics")}</button>
                    <button class="button" on:click=move |_| editing.set(true) disabled=move || editing.get()>
                        {tr("action-edit")}
                    </button>
                    <button class="button danger" on:click=remove>{tr("meeting-delete")}</button>
                </div>
            </header>
            <Show when=move || failed.get()>
                <p class="form-message" role="alert">{tr("meeting-download-failed")}</p>
            </Show>
            <Show
                when=move || editing.get()
                fallback=move || view! {
                    <dl class="task-facts meeting-facts">
                        <dt>{tr("meeting-field-place")}</dt>
                        <dd>{move || {
                            let place = meeting.with(|m| m.place.clone());
                            if place.is_empty() { i18n.t("meeting-no-place") } else { place }
                        }}</dd>
                        <dt>{tr("meeting-field-attendees")}</dt>
                        <dd>
                            <Show when=move || meeting.with(|m| !m.attendees.is_empty()) fallback=move || tr("meeting-no-attendees")>
                                <ul class="attendee-list">{attendees}</ul>
                            </Show>
                        </dd>
                    </dl>
                    <h2>{tr("meeting-agenda")}</h2>
                    <Show when=move || meeting.with(|m| !m.agenda.is_empty()) fallback=move || view! { <p class="empty">{tr("meeting-no-agenda")}</p> }>
                        <ol class="agenda">{agenda}</ol>
                    </Show>
                }
            >
                <EditMeeting id=id.clone() meeting=meeting done=Callback::new(move |_| editing.set(false)) />
            </Show>
            <Minutes id=minutes_of meeting=meeting />
            <FollowUps id=follow_ups_of meeting=meeting />
        </section>
    }
}

/// The form on the meeting's page: it writes only what the user changed.
#[component]
fn EditMeeting(id: String, meeting: RwSignal<Meeting>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let original = meeting.with_untracked(MeetingInput::from_meeting);
    let initial = original.clone();
    let check = {
        let original = original.clone();
        Callback::new(move |input: MeetingInput| {
            let mut planned = meeting.get_untracked();
            edit_meeting(
                &mut planned,
                &original,
                &input,
                &zone_name(),
                is_known(session),
            )?;
            Ok(planned)
        })
    };
    let save = Callback::new(move |input: MeetingInput| {
        change_meeting(session, &id, "title", Action::MeetingEdit, |current| {
            edit_meeting(current, &original, &input, &zone_name(), is_known(session))
        })?;
        Ok(id.clone())
    });
    view! { <MeetingForm initial=initial check=check save=save saved=Callback::new(move |_| done.run(())) cancel=done /> }
}

/// The minutes, written during or after the meeting.
#[component]
fn Minutes(id: String, meeting: RwSignal<Meeting>) -> impl IntoView {
    let session = expect_context::<Session>();
    let text = RwSignal::new(meeting.with_untracked(|m| m.minutes.clone()));
    let errors = FormErrors::new();
    let saved = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let minutes = text.get_untracked();
        let result = change_meeting(session, &id, "minutes", Action::MeetingMinutes, |m| {
            set_minutes(m, &minutes)
        });
        saved.set(errors.show(result).is_some());
    };
    view! {
        <form class="card meeting-minutes" on:submit=submit novalidate>
            <h2>{tr("meeting-minutes")}</h2>
            <TextField msg="meeting-field-minutes" name="minutes" value=text multiline=true error=errors.field("minutes") />
            <FormMessage errors=errors />
            <div class="actions">
                <Show when=move || saved.get()>
                    <span class="saved" role="status">{tr("meeting-minutes-saved")}</span>
                </Show>
                <button type="submit" class="button primary">{tr("meeting-save-minutes")}</button>
            </div>
        </form>
    }
}

/// The tasks made from the minutes, and a small form to make one: it lands
/// on the Team board, its description linking back here.
#[component]
fn FollowUps(id: String, meeting: RwSignal<Meeting>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let title = RwSignal::new(String::new());
    let assignee = RwSignal::new(String::new());
    let due_on = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let tasks = move || {
        let mut ids: Vec<(i64, String)> = meeting.with(|m| {
            m.follow_ups
                .iter()
                .map(|(id, at)| (*at, id.clone()))
                .collect()
        });
        ids.sort();
        ids.into_iter()
            .map(|(_, task_id)| match session.records.tasks.get_untracked_signal(&task_id) {
                Some(task) => view! {
                    <li data-testid="follow-up">
                        <A href=format!("/team/tasks/{task_id}")>{move || task.with(|t| t.title.clone())}</A>
                        " "
                        <span class="badge">{move || task.with(|t| i18n.t(t.status.message_id()))}</span>
                    </li>
                }
                .into_any(),
                None => view! { <li class="muted">{tr("meeting-follow-up-gone")}</li> }.into_any(),
            })
            .collect_view()
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let members = session.records.members;
        let known = Known {
            assignee: move |id: &str| {
                members
                    .get_untracked_signal(id)
                    .is_some_and(|m| m.with_untracked(|m| m.active))
            },
            client: |_: &str| false,
        };
        // A copy: writing the task refreshes the meeting's signal, which
        // must not be borrowed meanwhile.
        let current = meeting.get_untracked();
        let description = i18n.t_args(
            "meeting-follow-up-from",
            &[("meeting", current.title.clone().into())],
        );
        let input = TaskInput {
            title: title.get_untracked(),
            description,
            assignee: chosen(assignee.get_untracked()),
            due_on: due_on.get_untracked(),
            ..Default::default()
        };
        let result = follow_up_task(&current, &input, &known, &session.me(), now_ms())
            .map_err(SaveError::from)
            .and_then(|task| {
                session.change_team(Action::MeetingFollowUp, &task.title, |w| {
                    w.put(&task.id, &task)?;
                    w.put_entry::<Meeting, _>(&id, FOLLOW_UPS_FIELD, &task.id, &task.created_at)
                })?;
                Ok(())
            });
        if errors.show(result).is_some() {
            title.set(String::new());
            due_on.set(String::new());
        }
    };
    view! {
        <section class="card meeting-follow-ups">
            <h2>{tr("meeting-follow-ups")}</h2>
            <Show when=move || meeting.with(|m| !m.follow_ups.is_empty()) fallback=move || view! { <p class="empty">{tr("meeting-no-follow-ups")}</p> }>
                <ul class="follow-up-list">{tasks}</ul>
            </Show>
            <form class="follow-up-form" on:submit=submit novalidate>
                <div class="row">
                    <TextField msg="meeting-follow-up-title" name="follow_up_title" value=title error=errors.field("title") />
                    <RecordPicker msg="task-field-assignee" name="follow_up_assignee" value=assignee
                        choices=member_choices(assignee) none="task-unassigned" error=errors.field("assignee") />
                    <TextField msg="task-field-due" name="follow_up_due" kind="date" value=due_on error=errors.field("due_on") />
                </div>
                <FormMessage errors=errors />
                <div class="actions">
                    <button type="submit" class="button primary">{tr("meeting-add-follow-up")}</button>
                </div>
            </form>
        </section>
    }
}
