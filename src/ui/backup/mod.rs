//! Nothing is lost with the browser: Settings says whether the browser keeps
//! Handover's data and how much space it uses, makes a backup file in one
//! click and restores one by merging it in; above every desk, a device with
//! no relay and no recent backup is reminded, quietly, at most once a day.
//! The file and the merge are `workspace::backup`; the reminder's rule is
//! `domain::backup`.

use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::HtmlInputElement;

use crate::domain::backup::size_in_words;
use crate::ui::care::decimal;
use crate::ui::i18n::{tr, use_i18n, I18n};
use crate::ui::session::Session;
use crate::ui::widgets::{file_bytes, format_datetime, now_ms, SaveError};
use crate::workspace::backup::{RestoreError, Restored};

mod storage;

use storage::StorageReport;

/// What the last click did, as the card tells it.
#[derive(Clone)]
enum Outcome {
    BackedUp,
    Restored(Restored),
    Refused(RestoreError),
    /// The browser could not read the chosen file.
    Unreadable,
    Failed(SaveError),
}

/// Settings → Backups and storage.
#[component]
pub fn BackupCard() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let report = LocalResource::new(storage::report);
    let outcome = RwSignal::new(None::<Outcome>);
    spawn_local(async move {
        session.notices.report(session.load_backups().await);
    });
    let back_up = move |_| {
        spawn_local(async move {
            let done = session.back_up(i18n).await;
            outcome.set(Some(
                done.map_or_else(Outcome::Failed, |()| Outcome::BackedUp),
            ));
        });
    };
    let restore = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Choosing the same file again restores it again.
        input.set_value("");
        spawn_local(async move {
            let done = match file_bytes(&file).await {
                Some(bytes) => session
                    .restore(&bytes)
                    .map_or_else(Outcome::Refused, Outcome::Restored),
                None => Outcome::Unreadable,
            };
            outcome.set(Some(done));
        });
    };
    let last = move || match session.backups().and_then(|b| b.last_backup) {
        Some(at) => i18n.t_args(
            "backup-last",
            &[("time", format_datetime(at, i18n.locale()).into())],
        ),
        None => i18n.t("backup-never"),
    };
    view! {
        <div class="card backup" data-testid="backup-card">
            <h2>{tr("backup-title")}</h2>
            <Suspense fallback=|| ()>
                {move || report.get().map(|report| view! { <StorageText report=report /> })}
            </Suspense>
            <p class="muted">{tr("backup-help")}</p>
            <p data-testid="last-backup">{last}</p>
            <div class="actions">
                <button type="button" class="button primary" on:click=back_up>{tr("backup-now")}</button>
            </div>
            <h3>{tr("backup-restore")}</h3>
            <p class="muted">{tr("backup-restore-help")}</p>
            <div class="field">
                <label for="restore-file">{tr("backup-restore-file")}</label>
                <input id="restore-file" name="restore" type="file" accept=".json,application/json" on:change=restore />
            </div>
            {move || outcome.get().map(|outcome| outcome_view(i18n, session, outcome))}
        </div>
    }
}

/// Whether the browser keeps the data, and the space used, in words.
#[component]
fn StorageText(report: StorageReport) -> impl IntoView {
    let i18n = use_i18n();
    let kept = match report.persisted {
        Some(true) => "backup-storage-kept",
        Some(false) => "backup-storage-not-kept",
        None => "backup-storage-unknown",
    };
    let used = move || match (report.usage, report.quota) {
        (Some(used), Some(quota)) => Some(i18n.t_args(
            "backup-storage-used",
            &[
                ("used", size(i18n, used).into()),
                ("available", size(i18n, quota).into()),
            ],
        )),
        (Some(used), None) => Some(i18n.t_args(
            "backup-storage-used-only",
            &[("used", size(i18n, used).into())],
        )),
        _ => None,
    };
    view! {
        <p data-testid="storage-kept" data-kept=report.persisted.map(|kept| kept.to_string())>
            {tr(kept)}
        </p>
        <p data-testid="storage-used">{used}</p>
    }
}

/// A size such as "2,3 MB" in the current language.
fn size(i18n: I18n, bytes: u64) -> String {
    let (tenths, unit) = size_in_words(bytes);
    let number = decimal(i18n, i64::try_from(tenths).unwrap_or(i64::MAX));
    i18n.t_args(unit, &[("size", number.into())])
}

fn outcome_view(i18n: I18n, session: Session, outcome: Outcome) -> impl IntoView {
    let (text, alert) = match outcome {
        Outcome::BackedUp => (i18n.t("backup-made"), false),
        Outcome::Restored(restored) => (restored_text(i18n, session, &restored), false),
        Outcome::Refused(RestoreError::Failed(reason)) => (
            i18n.t_args("backup-failed", &[("reason", reason.into())]),
            true,
        ),
        Outcome::Refused(refused) => (i18n.t(refused.message_id()), true),
        Outcome::Unreadable => (i18n.t("backup-unreadable"), true),
        Outcome::Failed(SaveError::Invalid(_)) => (i18n.t("error-form"), true),
        Outcome::Failed(SaveError::Failed(reason)) => (
            i18n.t_args("error-save", &[("reason", reason.into())]),
            true,
        ),
    };
    if alert {
        view! { <p class="form-message" role="alert" data-testid="backup-outcome">{text}</p> }
            .into_any()
    } else {
        view! { <p class="backup-done" role="status" data-testid="backup-outcome">{text}</p> }
            .into_any()
    }
}

fn restored_text(i18n: I18n, session: Session, restored: &Restored) -> String {
    let member = session
        .member_name(&restored.member)
        .unwrap_or_else(|| restored.member.clone());
    let text = i18n.t_args(
        "backup-restored",
        &[
            (
                "time",
                format_datetime(restored.created_at, i18n.locale()).into(),
            ),
            ("member", member.into()),
            ("count", restored.records.into()),
        ],
    );
    if restored.leadership_refused {
        format!("{text} {}", i18n.t("backup-leadership-refused"))
    } else {
        text
    }
}

/// Above every desk: asks the browser to keep Handover's data (once the
/// workspace exists, each time it opens, until the browser agrees) and
/// reminds a device that syncs with no relay and has no backup from the
/// last seven days, at most once a day, until dismissed.
#[component]
pub fn KeepSafe() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let shown = RwSignal::new(false);
    spawn_local(async move {
        storage::ask_to_keep().await;
        let Some(state) = session.notices.report(session.load_backups().await) else {
            return;
        };
        if state.reminder_due(session.relay_address().is_some(), now_ms()) {
            shown.set(true);
            session.notices.report(session.note_reminded().await);
        }
    });
    let back_up = move |_| {
        spawn_local(async move {
            if session
                .notices
                .report(session.back_up(i18n).await)
                .is_some()
            {
                shown.set(false);
            }
        });
    };
    view! {
        <Show when=move || shown.get()>
            <p class="banner backup-reminder" role="status" data-testid="backup-reminder">
                <span>{tr("backup-reminder")}</span>
                <button type="button" class="button small primary" on:click=back_up>{tr("backup-now")}</button>
                <button type="button" class="button small" on:click=move |_| shown.set(false)>
                    {tr("action-dismiss")}
                </button>
            </p>
        </Show>
    }
}
