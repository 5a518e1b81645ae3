//! The command palette (Ctrl+K, or Cmd+K on a Mac, or the Search button):
//! finds any record by its words and jumps to it, and starts the common
//! pieces of work. A modal `<dialog>` with a combobox and a listbox, so it
//! is used the same way by keyboard, pointer and screen reader.

mod commands;
mod search;

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::domain::search::{matches, Kind, Searchable};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use commands::{Command, Goes};
pub use search::Search;

/// Records listed for one query, at most.
const RECORDS_SHOWN: usize = 20;

/// What the palette is finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Everything,
    /// The client to log an interaction with.
    ClientToLog,
}

/// One line of the results.
#[derive(Debug, Clone, PartialEq)]
enum Choice {
    Command(Command),
    Record(Searchable),
}

impl Choice {
    /// What tells this line from the others, for the list's keys.
    fn key(&self) -> String {
        match self {
            Choice::Command(command) => command.message_id().to_string(),
            Choice::Record(item) => format!("{}{}", item.href, item.title),
        }
    }
}

/// The Search button for the top bar and the palette it opens; the
/// shortcut works from anywhere in the workspace.
#[component]
pub fn Palette() -> impl IntoView {
    let session = expect_context::<Session>();
    let search = expect_context::<Search>();
    let i18n = use_i18n();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let input = NodeRef::<leptos::html::Input>::new();
    let query = RwSignal::new(String::new());
    let mode = RwSignal::new(Mode::Everything);
    let active = RwSignal::new(0usize);

    // The dialog is in the page only while open: closed, nothing of it
    // stands in the way of the desk's own fields and labels.
    let shown = RwSignal::new(false);
    let open = move || {
        let in_page = dialog.get_untracked();
        if in_page
            .as_ref()
            .is_some_and(|d| shown.get_untracked() && d.open())
        {
            return;
        }
        query.set(String::new());
        mode.set(Mode::Everything);
        active.set(0);
        match in_page {
            // Closed a moment ago, its `close` event not yet delivered (an
            // Escape, then Ctrl+K at once): it is opened again where it is.
            Some(d) if shown.get_untracked() => {
                let _ = d.show_modal();
            }
            _ => shown.set(true),
        }
    };
    Effect::new(move |_| {
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
            // The dialog shows before the index is built, so the first
            // opening answers the key press at once.
            request_animation_frame(move || search.start(session));
        }
    });
    let close = move || {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    let shortcut = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        if (ev.ctrl_key() || ev.meta_key()) && ev.key().eq_ignore_ascii_case("k") {
            ev.prevent_default();
            open();
        }
    });
    on_cleanup(move || shortcut.remove());

    let choices = Memo::new(move |_| {
        let text = query.get();
        match mode.get() {
            Mode::ClientToLog => search
                .find(&text, RECORDS_SHOWN, |item| item.kind == Kind::Client)
                .into_iter()
                .map(Choice::Record)
                .collect(),
            Mode::Everything => {
                let commands = Command::available(session)
                    .filter(|command| matches(&text, &i18n.t(command.message_id())))
                    .map(Choice::Command);
                let records = search
                    .find(&text, RECORDS_SHOWN, |_| true)
                    .into_iter()
                    .map(Choice::Record);
                commands.chain(records).collect::<Vec<_>>()
            }
        }
    });
    let navigate = use_navigate();
    let choose = Callback::new(move |choice: Choice| {
        let href = match choice {
            Choice::Command(command) => match command.goes() {
                Goes::To(href) => href.to_string(),
                Goes::PickClient => {
                    mode.set(Mode::ClientToLog);
                    query.set(String::new());
                    active.set(0);
                    if let Some(input) = input.get_untracked() {
                        let _ = input.focus();
                    }
                    return;
                }
            },
            Choice::Record(item) if mode.get_untracked() == Mode::ClientToLog => {
                format!("{}?log=true", item.href)
            }
            Choice::Record(item) => item.href,
        };
        close();
        navigate(&href, NavigateOptions::default());
    });
    let on_key = move |ev: KeyboardEvent| {
        let count = choices.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                active.update(|n| *n = (*n + 1) % count);
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                active.update(|n| *n = (*n + count - 1) % count);
            }
            "Enter" => {
                ev.prevent_default();
                let chosen = choices.with_untracked(|c| c.get(active.get_untracked()).cloned());
                if let Some(choice) = chosen {
                    choose.run(choice);
                }
            }
            _ => {}
        }
    };
    // A click on the backdrop lands on the dialog itself: it closes.
    let on_dialog_click = move |ev: leptos::ev::MouseEvent| {
        if event_target::<web_sys::Element>(&ev).tag_name() == "DIALOG" {
            close();
        }
    };
    let placeholder = move || match mode.get() {
        Mode::Everything => i18n.t("palette-placeholder"),
        Mode::ClientToLog => i18n.t("palette-pick-client"),
    };
    let active_id = move || {
        choices
            .with(|c| !c.is_empty())
            .then(|| option_id(active.get()))
    };

    view! {
        <button type="button" class="button small palette-open" on:click=move |_| open()
            aria-keyshortcuts=shortcut_keys()>
            {tr("palette-open")}
            <kbd aria-hidden="true">{shortcut_label()}</kbd>
        </button>
        <Show when=move || shown.get()>
            <dialog node_ref=dialog class="palette" aria-label=tr("palette-title")
                on:click=on_dialog_click on:close=move |_| {
                    // A `close` that arrives after the dialog was opened
                    // again is stale: it must not take the dialog away.
                    if !dialog.get_untracked().is_some_and(|d| d.open()) {
                        shown.set(false);
                    }
                }>
                <div class="palette-box">
                    <input
                        node_ref=input
                        type="text"
                        class="palette-input"
                        role="combobox"
                        autocomplete="off"
                        spellcheck="false"
                        aria-autocomplete="list"
                        aria-expanded="true"
                        aria-controls="palette-results"
                        aria-activedescendant=active_id
                        aria-label=placeholder
                        placeholder=placeholder
                        prop:value=move || query.get()
                        on:input=move |ev| {
                            query.set(event_target_value(&ev));
                            active.set(0);
                        }
                        on:keydown=on_key
                    />
                    <ul id="palette-results" class="palette-results" role="listbox" aria-label=tr("palette-results")>
                        <For
                            each=move || choices.get().into_iter().enumerate()
                            key=|(n, choice)| (*n, choice.key())
                            children=move |(n, choice)| {
                                let chosen = choice.clone();
                                view! {
                                    <li
                                        id=option_id(n)
                                        role="option"
                                        class="palette-option"
                                        aria-selected=move || (active.get() == n).to_string()
                                        on:mousemove=move |_| active.set(n)
                                        on:click=move |_| choose.run(chosen.clone())
                                    >
                                        <ChoiceLine choice=choice />
                                    </li>
                                }
                            }
                        />
                    </ul>
                    <Show when=move || choices.with(Vec::is_empty) && !query.with(String::is_empty)>
                        <p class="palette-empty" role="status">{tr("palette-none")}</p>
                    </Show>
                    <p class="palette-hint meta">{tr("palette-hint")}</p>
                </div>
            </dialog>
        </Show>
    }
}

/// A result's kind, title and detail.
#[component]
fn ChoiceLine(choice: Choice) -> impl IntoView {
    match choice {
        Choice::Command(command) => view! {
            <span class="palette-kind">{tr("palette-kind-command")}</span>
            <span class="palette-title">{tr(command.message_id())}</span>
        }
        .into_any(),
        Choice::Record(item) => view! {
            <span class="palette-kind">{tr(item.kind.message_id())}</span>
            <span class="palette-title">{item.title}</span>
            <span class="palette-detail">{item.detail}</span>
        }
        .into_any(),
    }
}

fn option_id(n: usize) -> String {
    format!("palette-option-{n}")
}

/// Whether the browser runs on a Mac, where the shortcut is Cmd+K.
fn on_mac() -> bool {
    window()
        .navigator()
        .user_agent()
        .is_ok_and(|agent| agent.contains("Mac"))
}

fn shortcut_label() -> &'static str {
    if on_mac() {
        "⌘K"
    } else {
        "Ctrl K"
    }
}

fn shortcut_keys() -> &'static str {
    if on_mac() {
        "Meta+K"
    } else {
        "Control+K"
    }
}
