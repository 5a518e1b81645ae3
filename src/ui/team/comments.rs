//! A task's comments: questions and answers in place, oldest first.

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::tasks::{comments_oldest_first, new_comment, Comment, Task, COMMENTS_FIELD};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{format_datetime, now_ms, FormErrors, FormMessage, SaveError, TextField};

/// Adds comment `text` to task `id` (titled `title`) as one change that
/// writes the comment alone: the task's other comments are not compared
/// again, so a long discussion stays as quick to add to as a short one.
fn add(session: Session, id: &str, title: &str, text: &str) -> Result<(), SaveError> {
    let comment = new_comment(text, &session.me(), now_ms())?;
    session.change_team(Action::TaskComment, title, |w| {
        w.put_entry::<Task, _>(id, COMMENTS_FIELD, &comment.id, &comment)
    })?;
    Ok(())
}

#[component]
pub fn Comments(task: RwSignal<Task>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let comments = Memo::new(move |_| {
        task.with(|t| {
            comments_oldest_first(t)
                .into_iter()
                .cloned()
                .collect::<Vec<Comment>>()
        })
    });
    let text = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (id, title) = task.with_untracked(|t| (t.id.clone(), t.title.clone()));
        let added = add(session, &id, &title, &text.get_untracked());
        if errors.show(added).is_some() {
            text.set(String::new());
        }
    };
    view! {
        <section class="panel comments">
            <header class="panel-header">
                <h2>{tr("comments-title")}</h2>
            </header>
            <Show
                when=move || !comments.get().is_empty()
                fallback=|| view! { <p class="empty">{tr("comments-empty")}</p> }
            >
                <ol class="timeline">
                    <For each=move || comments.get() key=|c| c.id.clone() let:comment>
                        {
                            let by = session
                                .member_name(&comment.by)
                                .unwrap_or_else(|| i18n.t("member-unknown"));
                            let at = comment.at;
                            view! {
                                <li class="comment" data-testid="comment">
                                    <p class="comment-text">{comment.text.clone()}</p>
                                    <p class="meta">
                                        {move || i18n.t_args("comment-by", &[
                                            ("name", by.clone().into()),
                                            ("when", format_datetime(at, i18n.locale()).into()),
                                        ])}
                                    </p>
                                </li>
                            }
                        }
                    </For>
                </ol>
            </Show>
            <form class="inline-form" on:submit=submit novalidate>
                <TextField msg="task-field-comment" name="comment" value=text multiline=true error=errors.field("comment") />
                <FormMessage errors=errors />
                <div class="actions">
                    <button type="submit" class="button primary">{tr("comments-add")}</button>
                </div>
            </form>
        </section>
    }
}
