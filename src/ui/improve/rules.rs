//! The routing rules: for each kind of request, where it is referred. E-mail
//! and calendar requests go to the Executive Assistant until a rule says
//! otherwise; other kinds stay unrouted until a rule is set.

use leptos::prelude::*;

use super::step_error;
use super::target::{target_name, TargetFields, TargetPicker};
use crate::domain::action::Action;
use crate::domain::requests::{route, rule_id, set_rule, RequestKind, RoutingRule};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{now_ms, FormErrors, FormMessage};

#[component]
pub(super) fn RoutingRules() -> impl IntoView {
    view! {
        <section class="panel routing-rules">
            <h2>{tr("rules-title")}</h2>
            <p class="meta">{tr("rules-intro")}</p>
            <ul class="rule-list">
                {RequestKind::ALL.iter().map(|kind| view! { <RuleRow kind=*kind /> }).collect_view()}
            </ul>
        </section>
    }
}

/// One kind's rule: where it goes, whether that is the built-in default,
/// and the actions to change or remove it.
#[component]
fn RuleRow(kind: RequestKind) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let editing = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let stored = move || session.records.routing_rules.get(&rule_id(kind)).is_some();
    let target = move || {
        let rules = session.records.routing_rules.values();
        match route(kind, &rules) {
            Some((to, _)) => target_name(session, i18n, &to),
            None => i18n.t("rules-unrouted"),
        }
    };
    let is_default = move || !stored() && route(kind, &[]).is_some();
    let remove = move |_| {
        let result = session.change_team(Action::RoutingRemove, &i18n.t(kind.message_id()), |w| {
            w.remove::<RoutingRule>(&rule_id(kind))
        });
        failure.set(result.err().map(|err| step_error(i18n, err.into())));
    };
    let close = Callback::new(move |_| editing.set(false));
    view! {
        <li class="rule" data-testid=format!("rule-{}", kind.code())>
            <div class="rule-summary">
                <span class="rule-kind">{move || i18n.t(kind.message_id())}</span>
                <span class="rule-arrow" aria-hidden="true">"→"</span>
                <span class="rule-target">{target}</span>
                <Show when=is_default>
                    <span class="badge">{tr("rules-default")}</span>
                </Show>
            </div>
            <div class="row-actions">
                <button
                    type="button"
                    class="button small"
                    aria-expanded=move || editing.get().to_string()
                    on:click=move |_| editing.update(|open| *open = !*open)
                >
                    {tr("rules-change")}
                </button>
                <Show when=stored>
                    <button type="button" class="button small danger" on:click=remove>
                        {tr("rules-remove")}
                    </button>
                </Show>
            </div>
            <Show when=move || editing.get()>
                <RuleForm kind=kind done=close />
            </Show>
            {move || failure.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
        </li>
    }
}

/// Sets where requests of `kind` go.
#[component]
fn RuleForm(kind: RequestKind, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let fields = TargetFields::new();
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let saved = set_rule(
            kind,
            &fields.input(),
            |key: &str| session.recipient_name(key),
            &session.me(),
            now_ms(),
        )
        .map_err(Into::into)
        .and_then(|rule| {
            session
                .change_team(Action::RoutingSet, &i18n.t(kind.message_id()), |w| {
                    w.put(&rule.id, &rule)
                })
                .map_err(Into::into)
        });
        if errors.show(saved).is_some() {
            fields.clear();
            done.run(());
        }
    };
    view! {
        <form class="inline-form rule-form" on:submit=submit novalidate>
            <TargetPicker fields=fields errors=errors />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                <button type="submit" class="button primary">{tr("rules-save")}</button>
            </div>
        </form>
    }
}
