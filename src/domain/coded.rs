//! Enums with a stable text code (for storage, forms and URLs) and an i18n
//! message id, declared once with [`coded_enum!`].

/// A value with a stable code and the i18n message id of its name: every
/// enum [`coded_enum!`] declares. What a select's options are made from.
pub trait Coded: Copy + 'static {
    fn code(self) -> &'static str;
    fn message_id(self) -> &'static str;
}

/// Declares a fieldless enum stored in the documents as its variant name, with
/// `ALL`, `code()`, `from_code()` and `message_id()` (`"<prefix>-<code>"`).
macro_rules! coded_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($prefix:literal) {
            $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default,
                 autosurgeon::Reconcile, autosurgeon::Hydrate)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// A stable code for forms, URLs and exports.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            pub fn from_code(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }

            /// The i18n message id of the value's name.
            pub fn message_id(self) -> &'static str {
                match self {
                    $($name::$variant => concat!($prefix, "-", $code)),+
                }
            }
        }

        impl $crate::domain::coded::Coded for $name {
            fn code(self) -> &'static str {
                $name::code(self)
            }

            fn message_id(self) -> &'static str {
                $name::message_id(self)
            }
        }
    };
}

pub(crate) use coded_enum;

#[cfg(test)]
mod tests {
    coded_enum! {
        /// A test enum.
        pub enum Colour ("colour") {
            #[default]
            Red = "red",
            DarkBlue = "dark-blue",
        }
    }

    #[test]
    fn codes_and_message_ids() {
        assert_eq!(Colour::ALL.len(), 2);
        assert_eq!(Colour::DarkBlue.code(), "dark-blue");
        assert_eq!(Colour::from_code("red"), Some(Colour::Red));
        assert_eq!(Colour::from_code("green"), None);
        assert_eq!(Colour::DarkBlue.message_id(), "colour-dark-blue");
        assert_eq!(Colour::default(), Colour::Red);
    }
}
