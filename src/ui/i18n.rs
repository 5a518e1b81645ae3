//! The language of the interface: a signal in context, remembered in
//! localStorage, and helpers that make every translated text reactive.

use leptos::prelude::*;

use crate::i18n::{Arg, Locale, Translator};

const STORAGE_KEY: &str = "handover.locale";

/// The current language, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
}

impl I18n {
    /// The remembered language, else the browser's preferred one.
    fn initial() -> Locale {
        let window = web_sys::window().expect("a browser window");
        let stored = window
            .local_storage()
            .ok()
            .flatten()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|code| Locale::from_code(&code));
        stored.unwrap_or_else(|| {
            let languages: Vec<String> = window
                .navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect();
            Locale::negotiate(languages.iter().map(String::as_str))
        })
    }

    pub fn locale(&self) -> Locale {
        self.locale.get()
    }

    /// Switches the language and remembers it on this device.
    pub fn set_locale(&self, locale: Locale) {
        if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            // Not remembering the choice is harmless; the switch still applies.
            let _ = storage.set_item(STORAGE_KEY, locale.code());
        }
        self.locale.set(locale);
    }

    /// The message `id` in the current language (tracks the language).
    pub fn t(&self, id: &str) -> String {
        Translator::for_locale(self.locale.get()).t(id)
    }

    /// The message `id` with arguments, in the current language.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        Translator::for_locale(self.locale.get()).t_args(id, args)
    }
}

/// Creates the language context and keeps `<html lang>` in step with it.
pub fn provide_i18n() -> I18n {
    let i18n = I18n {
        locale: RwSignal::new(I18n::initial()),
    };
    provide_context(i18n);
    Effect::new(move |_| {
        let code = i18n.locale.get().code();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", code);
        }
    });
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A reactive translated text, for use directly in `view!`.
pub fn tr(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(id)
}

/// The language menu; the choice is remembered on this device.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class="language">
            <span class="visually-hidden">{tr("language-label")}</span>
            <select
                name="language"
                aria-label=tr("language-label")
                prop:value=move || i18n.locale().code()
                on:change=move |ev| {
                    if let Some(locale) = Locale::from_code(&event_target_value(&ev)) {
                        i18n.set_locale(locale);
                    }
                }
            >
                {Locale::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() selected=move || i18n.locale() == l>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
