//! The compose form leadership posts announcements with.

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::announcements::{post_announcement, AnnouncementInput};
use crate::domain::validation::Invalid;
use crate::ui::i18n::tr;
use crate::ui::session::Session;
use crate::ui::widgets::{now_ms, FormErrors, FormMessage, SaveError, TextField};

/// `done` runs after posting and on cancel.
#[component]
pub fn ComposeForm(done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let title = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = AnnouncementInput {
            title: title.get_untracked(),
            body: body.get_untracked(),
        };
        let saved = session
            .my_member()
            .ok_or_else(|| SaveError::from(Invalid::unknown("title")))
            .and_then(|me| post_announcement(&input, &me, now_ms()).map_err(Into::into))
            .and_then(|announcement| {
                session
                    .change_team(Action::AnnouncementPost, &announcement.title, |w| {
                        w.put(&announcement.id, &announcement)
                    })
                    .map_err(Into::into)
            });
        if errors.show(saved).is_some() {
            title.set(String::new());
            body.set(String::new());
            done.run(());
        }
    };
    view! {
        <section class="panel compose">
            <h2>{tr("announcements-compose-title")}</h2>
            <form class="compose-form" on:submit=submit novalidate>
                <TextField msg="announcements-field-title" name="announcement-title" value=title error=errors.field("title") />
                <TextField msg="announcements-field-body" name="announcement-body" value=body multiline=true error=errors.field("body") />
                <FormMessage errors=errors />
                <div class="actions">
                    <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                    <button type="submit" class="button primary">{tr("announcements-post")}</button>
                </div>
            </form>
        </section>
    }
}
