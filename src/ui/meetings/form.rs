//! Planning and changing a meeting. Nothing is written unless every field is
//! valid; an attendee who already has a meeting at an overlapping time is
//! named before saving, with the other meeting, and the user may save anyway.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::{attendee_choices, attendee_name, is_known, MeetingsNav};
use crate::domain::action::Action;
use crate::domain::calendar::{day_of, day_text};
use crate::domain::meetings::{
    clash_window, clashes, create_meeting, Attendee, Clash, Meeting, MeetingInput,
};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    device_zone, format_datetime, now_ms, FormErrors, FormMessage, RecordPicker, SaveError,
    TextField,
};

/// The name of the device's time zone, which new starts are in.
pub(super) fn zone_name() -> String {
    device_zone().iana_name().unwrap_or("UTC").to_string()
}

#[component]
pub fn MeetingNew() -> impl IntoView {
    let session = expect_context::<Session>();
    let navigate = use_navigate();
    let plan = move |input: &MeetingInput| {
        create_meeting(
            input,
            &zone_name(),
            is_known(session),
            &session.me(),
            now_ms(),
        )
    };
    let check = Callback::new(move |input: MeetingInput| Ok(plan(&input)?));
    let save = Callback::new(move |input: MeetingInput| {
        let meeting = plan(&input)?;
        session.change_team(Action::MeetingPlan, &meeting.title, |w| {
            w.put(&meeting.id, &meeting)
        })?;
        Ok(meeting.id)
    });
    let to_calendar = navigate.clone();
    let saved =
        Callback::new(move |id: String| navigate(&format!("/meetings/{id}"), Default::default()));
    let cancel = Callback::new(move |_| to_calendar("/meetings", Default::default()));
    let initial = MeetingInput {
        day: day_text(day_of(now_ms(), &device_zone())),
        duration: "60".into(),
        ..Default::default()
    };
    view! {
        <section class="desk meetings-desk narrow">
            <header class="desk-header">
                <h1>{tr("meeting-new-title")}</h1>
            </header>
            <MeetingsNav />
            <MeetingForm initial=initial check=check save=save saved=saved cancel=cancel />
        </section>
    }
}

/// The meetings `planned` would double-book, read from the window of the
/// by-start index that could overlap it.
fn clashes_with_others(session: Session, planned: &Meeting) -> Vec<(Clash, Meeting)> {
    let Some((from, to)) = clash_window(planned) else {
        return Vec::new();
    };
    let others: Vec<Meeting> =
        untrack(|| session.indexes.meetings_by_start.window(&(), &from, &to))
            .iter()
            .filter_map(|id| session.records.meetings.get_untracked_signal(id))
            .map(|m| m.get_untracked())
            .collect();
    clashes(planned, &others)
        .into_iter()
        .filter_map(|clash| {
            let other = others.iter().find(|m| m.id == clash.meeting)?.clone();
            Some((clash, other))
        })
        .collect()
}

/// The clashes found at a submit, with the input they were found for: what
/// "Save anyway" saves.
type Warning = (MeetingInput, Vec<(Clash, Meeting)>);

/// The meeting form. `check` validates the input and returns the meeting as
/// it would be saved (for the clash check); `save` writes it and returns
/// the meeting's id; `saved` runs after a successful save.
#[component]
pub(super) fn MeetingForm(
    initial: MeetingInput,
    check: Callback<MeetingInput, Result<Meeting, SaveError>>,
    save: Callback<MeetingInput, Result<String, SaveError>>,
    saved: Callback<String>,
    cancel: Callback<()>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let title = RwSignal::new(initial.title);
    let day = RwSignal::new(initial.day);
    let time = RwSignal::new(initial.time);
    let duration = RwSignal::new(initial.duration);
    let place = RwSignal::new(initial.place);
    let attendees = RwSignal::new(initial.attendees);
    let agenda = RwSignal::new(initial.agenda);
    let adding = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let warning: RwSignal<Option<Warning>> = RwSignal::new(None);
    // Choosing someone in the picker adds them and empties the picker again.
    Effect::new(move |_| {
        let code = adding.get();
        if let Some(attendee) = Attendee::from_code(&code) {
            attendees.update(|list| {
                if !list.contains(&attendee) {
                    list.push(attendee);
                }
            });
            adding.set(String::new());
        }
    });
    let everyone = attendee_choices(session);
    let remaining = Signal::derive(move || {
        let chosen = attendees.get();
        everyone
            .get()
            .into_iter()
            .filter(|(code, _)| Attendee::from_code(code).is_none_or(|a| !chosen.contains(&a)))
            .collect::<Vec<_>>()
    });
    let input = move || MeetingInput {
        title: title.get_untracked(),
        day: day.get_untracked(),
        time: time.get_untracked(),
        duration: duration.get_untracked(),
        place: place.get_untracked(),
        attendees: attendees.get_untracked(),
        agenda: agenda.get_untracked(),
    };
    let write = move |input: MeetingInput| {
        warning.set(None);
        if let Some(id) = errors.show(save.run(input)) {
            saved.run(id);
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = input();
        let Some(planned) = errors.show(check.run(input.clone())) else {
            warning.set(None);
            return;
        };
        let found = clashes_with_others(session, &planned);
        if found.is_empty() {
            write(input);
        } else {
            warning.set(Some((input, found)));
        }
    };
    let save_anyway = move |_| {
        if let Some((input, _)) = warning.get_untracked() {
            write(input);
        }
    };
    let clash_lines = move || {
        warning.get().map(|(_, found)| {
            found
                .into_iter()
                .map(|(clash, other)| {
                    let name = attendee_name(session, i18n, &clash.attendee);
                    let at = format_datetime(other.starts_at().unwrap_or_default(), i18n.locale());
                    let text = i18n.t_args(
                        "meeting-clash",
                        &[
                            ("name", name.into()),
                            ("meeting", other.title.clone().into()),
                            ("at", at.into()),
                        ],
                    );
                    view! { <li><A href=format!("/meetings/{}", other.id)>{text}</A></li> }
                })
                .collect_view()
        })
    };
    let chosen = move || {
        attendees
            .get()
            .into_iter()
            .map(|attendee| {
                let name = attendee_name(session, i18n, &attendee);
                let label =
                    i18n.t_args("meeting-remove-attendee", &[("name", name.clone().into())]);
                let gone = attendee.clone();
                view! {
                    <li class="attendee" data-testid="attendee">
                        <span>{name}</span>
                        <button type="button" class="button small" aria-label=label
                            on:click=move |_| attendees.update(|list| list.retain(|a| *a != gone))>
                            "×"
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <form class="card meeting-form" on:submit=submit novalidate>
            <TextField msg="meeting-field-title" name="title" value=title error=errors.field("title") />
            <div class="row">
                <TextField msg="meeting-field-day" name="day" kind="date" value=day error=errors.field("day") />
                <TextField msg="meeting-field-time" name="time" kind="time" value=time error=errors.field("time") />
                <TextField msg="meeting-field-duration" name="duration" kind="number" value=duration error=errors.field("duration") />
            </div>
            <TextField msg="meeting-field-place" name="place" value=place error=errors.field("place") placeholder="meeting-place-hint" />
            <fieldset class="attendees">
                <legend>{tr("meeting-field-attendees")}</legend>
                <Show when=move || attendees.with(Vec::is_empty) fallback=move || view! { <ul class="attendee-list">{chosen}</ul> }>
                    <p class="hint">{tr("meeting-no-attendees")}</p>
                </Show>
                <RecordPicker
                    msg="meeting-field-add-attendee"
                    name="attendee"
                    value=adding
                    choices=remaining
                    none="meeting-choose-attendee"
                    error=errors.field("attendees")
                />
            </fieldset>
            <TextField msg="meeting-field-agenda" name="agenda" value=agenda multiline=true error=errors.field("agenda") />
            <FormMessage errors=errors />
            <Show when=move || warning.with(Option::is_some)>
                <div class="clash-warning" role="alert" data-testid="clash-warning">
                    <p><strong>{tr("meeting-clash-title")}</strong></p>
                    <ul>{clash_lines}</ul>
                    <div class="actions">
                        <button type="button" class="button" on:click=move |_| warning.set(None)>{tr("meeting-clash-change")}</button>
                        <button type="button" class="button primary" on:click=save_anyway>{tr("meeting-clash-save-anyway")}</button>
                    </div>
                </div>
            </Show>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| cancel.run(())>
                    {tr("action-cancel")}
                </button>
                <button type="submit" class="button primary">{tr("action-save")}</button>
            </div>
        </form>
    }
}
