//! Form fields with translated labels and per-field error messages.

use leptos::prelude::*;

use crate::doc::DocError;
use crate::domain::coded::Coded;
use crate::domain::validation::{Invalid, Problem};
use crate::ui::i18n::{tr, use_i18n, I18n};

/// Why a form could not be saved.
#[derive(Debug, Clone)]
pub enum SaveError {
    /// Bad input: shown next to each field. Nothing was written.
    Invalid(Invalid),
    /// Storage or document failure, with its reason.
    Failed(String),
}

impl From<DocError> for SaveError {
    fn from(err: DocError) -> Self {
        match err {
            DocError::Invalid(invalid) => SaveError::Invalid(invalid),
            other => SaveError::Failed(other.to_string()),
        }
    }
}

impl From<Invalid> for SaveError {
    fn from(invalid: Invalid) -> Self {
        SaveError::Invalid(invalid)
    }
}

/// The outcome of the last submit of a form.
#[derive(Clone, Copy)]
pub struct FormErrors(RwSignal<Option<SaveError>>);

impl FormErrors {
    pub fn new() -> Self {
        Self(RwSignal::new(None))
    }

    pub fn clear(&self) {
        self.0.set(None);
    }

    /// Shows `err`, or clears the errors when the save worked.
    pub fn show<T>(&self, result: Result<T, SaveError>) -> Option<T> {
        match result {
            Ok(value) => {
                self.clear();
                Some(value)
            }
            Err(err) => {
                self.0.set(Some(err));
                None
            }
        }
    }

    /// The problem with `field`, reactively.
    pub fn field(&self, field: &'static str) -> Signal<Option<Problem>> {
        let errors = self.0;
        Signal::derive(move || match errors.get() {
            Some(SaveError::Invalid(invalid)) => invalid.for_field(field).cloned(),
            _ => None,
        })
    }
}

/// The sentence describing `problem` in the current language.
pub fn problem_text(i18n: I18n, problem: &Problem) -> String {
    match problem {
        Problem::TooLong { max } => i18n.t_args(problem.message_id(), &[("max", (*max).into())]),
        Problem::NumberOutOfRange { min, max } => i18n.t_args(
            problem.message_id(),
            &[("min", (*min).into()), ("max", (*max).into())],
        ),
        Problem::TooManyDecimals { digits } => i18n.t_args(
            problem.message_id(),
            &[("digits", usize::from(*digits).into())],
        ),
        other => i18n.t(other.message_id()),
    }
}

/// The sentence for a step that failed (a button rather than a form): the
/// first problem found, or why saving failed.
pub fn step_error(i18n: I18n, err: SaveError) -> String {
    match err {
        SaveError::Invalid(invalid) => invalid
            .0
            .first()
            .map(|e| problem_text(i18n, &e.problem))
            .unwrap_or_else(|| i18n.t("error-form")),
        SaveError::Failed(reason) => i18n.t_args("error-save", &[("reason", reason.into())]),
    }
}

/// The banner above a form's buttons after a failed submit.
#[component]
pub fn FormMessage(errors: FormErrors) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        errors.0.get().map(|err| {
            let text = match err {
                SaveError::Invalid(_) => i18n.t("error-form"),
                SaveError::Failed(reason) => {
                    i18n.t_args("error-save", &[("reason", reason.into())])
                }
            };
            view! { <p class="form-message" role="alert">{text}</p> }
        })
    }
}

/// A labelled text input (or text area) with its error message.
#[component]
pub fn TextField(
    /// The i18n id of the label.
    msg: &'static str,
    value: RwSignal<String>,
    #[prop(into, optional)] error: Signal<Option<Problem>>,
    /// The input's name, used by tests and autofill.
    name: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] placeholder: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = field_id(name);
    let error_id = format!("{id}-error");
    let invalid = move || error.get().is_some();
    let placeholder = move || placeholder.map(|p| i18n.t(p));
    let on_input = move |ev| value.set(event_target_value(&ev));
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                name=name
                rows="4"
                aria-invalid=move || invalid().to_string()
                aria-describedby=error_id.clone()
                prop:value=move || value.get()
                on:input=on_input
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                name=name
                type=kind
                placeholder=placeholder
                aria-invalid=move || invalid().to_string()
                aria-describedby=error_id.clone()
                prop:value=move || value.get()
                on:input=on_input
            />
        }
        .into_any()
    };
    view! { <Labelled msg=msg id=id error=error>{control}</Labelled> }
}

/// A labelled checkbox.
#[component]
pub fn Checkbox(
    /// The i18n id of the label.
    msg: &'static str,
    name: &'static str,
    value: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <label class="check">
            <input
                type="checkbox"
                name=name
                prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev))
            />
            {tr(msg)}
        </label>
    }
}

/// The options of a select over `values`: `(code, i18n id)` pairs.
pub fn code_options<T: Coded>(values: &[T]) -> Vec<(&'static str, &'static str)> {
    values.iter().map(|v| (v.code(), v.message_id())).collect()
}

/// A labelled select over coded values (`(code, i18n id)` pairs, see
/// [`code_options`]).
#[component]
pub fn CodeSelect(
    msg: &'static str,
    value: RwSignal<String>,
    options: Vec<(&'static str, &'static str)>,
    name: &'static str,
    /// An extra first option (code "") such as "All statuses".
    #[prop(optional)]
    empty: Option<&'static str>,
    #[prop(into, optional)] error: Signal<Option<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let options = empty
        .map(|e| ("", e))
        .into_iter()
        .chain(options)
        .map(|(code, label)| {
            view! {
                <option value=code selected=move || value.get() == code>
                    {move || i18n.t(label)}
                </option>
            }
        })
        .collect_view();
    view! { <SelectField msg=msg name=name value=value error=error>{options}</SelectField> }
}

/// A labelled select of `children` (its options) whose value is `value`.
#[component]
pub(super) fn SelectField(
    msg: &'static str,
    name: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<Problem>>,
    children: Children,
) -> impl IntoView {
    let id = field_id(name);
    view! {
        <Labelled msg=msg id=id.clone() error=error>
            <select
                id=id.clone()
                name=name
                aria-describedby=format!("{id}-error")
                prop:value=move || value.get()
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {children()}
            </select>
        </Labelled>
    }
}

/// A field's label, its control (whose id is `id`, described by
/// `{id}-error`) and its error message.
#[component]
pub(super) fn Labelled(
    msg: &'static str,
    id: String,
    error: Signal<Option<Problem>>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id.clone()>{tr(msg)}</label>
            {children()}
            <p class="field-error" id=format!("{id}-error")>
                {move || error.get().map(|p| problem_text(i18n, &p))}
            </p>
        </div>
    }
}

/// A page-unique element id for the field named `name`.
pub(super) fn field_id(name: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!("field-{name}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}
