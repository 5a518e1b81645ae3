//! Every user-facing string, through Fluent, in English, Dutch, Spanish and
//! Swedish. Messages live in `locales/<code>/<area>.ftl`; a native test checks that
//! every language has every message with the same variables, and that every
//! message id the code asks for exists.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    Nl,
    Es,
    Sv,
}

impl Locale {
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Nl, Locale::Es, Locale::Sv];

    /// The BCP 47 language code.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nl => "nl",
            Locale::Es => "es",
            Locale::Sv => "sv",
        }
    }

    /// The language's name in that language, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Nl => "Nederlands",
            Locale::Es => "Español",
            Locale::Sv => "Svenska",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The first supported language among the user's preferred ones
    /// (`nl-BE`, `es`, ...), or English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next().unwrap_or_default();
                Locale::from_code(&primary.to_ascii_lowercase())
            })
            .unwrap_or_default()
    }

    /// The language's message files, one per area of the app, so that each
    /// desk keeps its texts beside the others without one huge file.
    fn sources(self) -> [&'static str; AREAS.len()] {
        match self {
            Locale::En => locale_files!("en"),
            Locale::Nl => locale_files!("nl"),
            Locale::Es => locale_files!("es"),
            Locale::Sv => locale_files!("sv"),
        }
    }
}

/// The areas with a message file in every language's folder.
const AREAS: [&str; 20] = [
    "core",
    "care",
    "checklists",
    "team",
    "leadership",
    "peer",
    "crisis",
    "handover",
    "improve",
    "office",
    "meetings",
    "supplies",
    "documents",
    "visitors",
    "expenses",
    "today",
    "backup",
    "exchange",
    "events",
    "palette",
];

/// The message files of one language folder, in the order of [`AREAS`].
macro_rules! locale_files {
    ($code:literal) => {
        [
            include_str!(concat!("locales/", $code, "/core.ftl")),
            include_str!(concat!("locales/", $code, "/care.ftl")),
            include_str!(concat!("locales/", $code, "/checklists.ftl")),
            include_str!(concat!("locales/", $code, "/team.ftl")),
            include_str!(concat!("locales/", $code, "/leadership.ftl")),
            include_str!(concat!("locales/", $code, "/peer.ftl")),
            include_str!(concat!("locales/", $code, "/crisis.ftl")),
            include_str!(concat!("locales/", $code, "/handover.ftl")),
            include_str!(concat!("locales/", $code, "/improve.ftl")),
            include_str!(concat!("locales/", $code, "/office.ftl")),
            include_str!(concat!("locales/", $code, "/meetings.ftl")),
            include_str!(concat!("locales/", $code, "/supplies.ftl")),
            include_str!(concat!("locales/", $code, "/documents.ftl")),
            include_str!(concat!("locales/", $code, "/visitors.ftl")),
            include_str!(concat!("locales/", $code, "/expenses.ftl")),
            include_str!(concat!("locales/", $code, "/today.ftl")),
            include_str!(concat!("locales/", $code, "/backup.ftl")),
            include_str!(concat!("locales/", $code, "/exchange.ftl")),
            include_str!(concat!("locales/", $code, "/events.ftl")),
            include_str!(concat!("locales/", $code, "/palette.ftl")),
        ]
    };
}
use locale_files;

/// Formats the messages of one language.
pub struct Translator {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

impl Translator {
    fn new(locale: Locale) -> Self {
        let lang: LanguageIdentifier = locale.code().parse().expect("valid language codes");
        let mut bundle = FluentBundle::new(vec![lang]);
        // Isolation marks around arguments would end up in copied text and
        // in exported files; the app's languages are all left-to-right.
        bundle.set_use_isolating(false);
        for source in locale.sources() {
            let resource =
                FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
            bundle
                .add_resource(resource)
                .unwrap_or_else(|_| unreachable!("each message id is defined once"));
        }
        Self { locale, bundle }
    }

    /// The shared translator for `locale`, built on first use.
    pub fn for_locale(locale: Locale) -> Rc<Translator> {
        thread_local! {
            static CACHE: RefCell<HashMap<Locale, Rc<Translator>>> = RefCell::new(HashMap::new());
        }
        CACHE.with(|cache| {
            cache
                .borrow_mut()
                .entry(locale)
                .or_insert_with(|| Rc::new(Translator::new(locale)))
                .clone()
        })
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The message `id`; the id itself when the message is missing, so a
    /// gap shows up as a visible key rather than as nothing.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// A value for a message argument.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_string())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Number(value as f64)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
