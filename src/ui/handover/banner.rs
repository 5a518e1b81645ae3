//! What every page shows while someone acts as CEO: the acting banner on
//! every device, and, on the CEO's device, an emergency handover the
//! assistant started, until the CEO has read it.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::domain::handover::{awaits_acknowledgement, current_acting};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::format_day;

use super::name_of;

/// Shown on every page of every device while someone acts as CEO. Team
/// devices know only the `Acting` record: who and until when.
#[component]
pub fn ActingBanner() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let acting = Memo::new(move |_| current_acting(&session.records.acting.values()).cloned());
    let banner = move || {
        acting.get().map(|acting| {
            let text = i18n.t_args(
                "handover-banner",
                &[
                    ("name", name_of(session, i18n, &acting.acting).into()),
                    ("until", format_day(&acting.until, i18n.locale()).into()),
                ],
            );
            view! {
                <p class="banner acting-banner" class:emergency=acting.emergency role="status" data-testid="acting-banner">
                    <strong>{text}</strong>
                    {acting.emergency.then(|| view! { " " <span class="badge">{tr("handover-emergency-badge")}</span> })}
                    <Show when=move || session.holds_leadership()>
                        " " <A href="/handover">{tr("handover-banner-link")}</A>
                    </Show>
                </p>
            }
        })
    };
    view! {
        <EmergencyNotice />
        {banner}
    }
}

/// The emergency handover the CEO has not read yet, on top of every page of
/// the CEO's device.
#[component]
fn EmergencyNotice() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    // On the handover page itself the way there is not needed.
    let location = use_location();
    let elsewhere = move || location.pathname.get() != "/handover";
    let unread = Memo::new(move |_| {
        let me = session.me();
        session
            .leadership_records
            .handovers
            .values()
            .into_iter()
            .find(|h| awaits_acknowledgement(h, &me))
    });
    move || {
        unread.get().map(|handover| {
            let text = i18n.t_args(
                "handover-emergency-notice",
                &[("name", name_of(session, i18n, &handover.started_by).into())],
            );
            view! {
                <section class="banner emergency-notice" role="alert" data-testid="emergency-notice">
                    <strong>{text}</strong>
                    <p class="reason">{handover.emergency.clone().unwrap_or_default()}</p>
                    <Show when=elsewhere>
                        <A href="/handover" attr:class="button primary">{tr("handover-emergency-open")}</A>
                    </Show>
                </section>
            }
        })
    }
}
