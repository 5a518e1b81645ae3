use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::*;
use crate::domain::action::ChangeKind;
use crate::domain::briefing::{Group, Subject};
use crate::domain::care::Cadence;
use crate::domain::checklists::ChecklistKind;
use crate::domain::clients::{ClientStatus, InteractionKind};
use crate::domain::conflicts::PartyKind;
use crate::domain::crisis::{EntryKind, Severity};
use crate::domain::escalations::{EscalationStatus, Urgency};
use crate::domain::events::Reply;
use crate::domain::export::Desk;
use crate::domain::import::{Field, SheetError, Target};
use crate::domain::improvements::ProposalStatus;
use crate::domain::messages::{self, MessageChannel};
use crate::domain::observations::ObservationKind;
use crate::domain::people::Role;
use crate::domain::register::{Confidentiality, DocumentKind};
use crate::domain::requests::{RequestChannel, RequestKind, EXECUTIVE_ASSISTANT_MSG};
use crate::domain::supplies::OrderStatus;
use crate::domain::tasks::{Priority, TaskStatus};
use crate::domain::validation::Problem;

/// Message id → the variables it uses, for one language's files.
fn messages(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (area, source) in AREAS.iter().zip(locale.sources()) {
        let resource = parser::parse(source).unwrap_or_else(|(_, errors)| {
            panic!("{}/{area}.ftl has syntax errors: {errors:?}", locale.code())
        });
        collect_messages(locale, resource, &mut out);
    }
    out
}

fn collect_messages(
    locale: Locale,
    resource: fluent_syntax::ast::Resource<&str>,
    out: &mut BTreeMap<String, BTreeSet<String>>,
) {
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                collect_vars(value, &mut vars);
            }
            assert!(
                out.insert(message.id.name.to_string(), vars).is_none(),
                "{} defines {} twice",
                locale.code(),
                message.id.name
            );
        }
    }
}

fn collect_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, vars);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, vars),
        Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            for variant in variants {
                collect_vars(&variant.value, vars);
            }
        }
    }
}

fn collect_inline(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, vars),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(Locale::En);
    assert!(english.len() > 50);
    for locale in [Locale::Nl, Locale::Es, Locale::Sv] {
        let other = messages(locale);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", locale.code());
        assert!(extra.is_empty(), "{} has unknown {extra:?}", locale.code());
        for (id, vars) in &english {
            assert_eq!(
                &other[id],
                vars,
                "{} uses other variables in {id}",
                locale.code()
            );
        }
    }
}

/// Every literal message id the UI asks for (`t("...")`, `t_args("...")` and
/// `msg = "..."`) and every id the domain produces.
fn ids_used_by_the_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let ui = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut dirs = vec![ui];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                for marker in ["t(", "tr(", "t_args(", "msg=", "msg ="] {
                    for (at, _) in source.match_indices(marker) {
                        // `expect("...")` ends in `t(` too: only whole words count.
                        let before = source[..at].chars().next_back();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        // rustfmt may put the id on the next line.
                        let rest = source[at + marker.len()..].trim_start();
                        if let Some(literal) = rest.strip_prefix('"') {
                            let id: String = literal.chars().take_while(|c| *c != '"').collect();
                            ids.insert(id);
                        }
                    }
                }
            }
        }
    }
    ids.extend(ClientStatus::ALL.iter().map(|s| s.message_id().to_string()));
    ids.extend(
        InteractionKind::ALL
            .iter()
            .map(|k| k.message_id().to_string()),
    );
    ids.extend(Role::ALL.iter().map(|r| r.message_id().to_string()));
    ids.extend(Cadence::ALL.iter().map(|c| c.message_id().to_string()));
    for kind in ChecklistKind::ALL {
        ids.insert(kind.message_id().to_string());
        ids.insert(kind.default_name_id().to_string());
        ids.extend(kind.default_steps().iter().map(|(id, _)| id.to_string()));
    }
    ids.extend(TaskStatus::ALL.iter().map(|s| s.message_id().to_string()));
    ids.extend(Priority::ALL.iter().map(|p| p.message_id().to_string()));
    ids.extend(Urgency::ALL.iter().map(|u| u.message_id().to_string()));
    ids.extend(
        messages::Urgency::ALL
            .iter()
            .map(|u| u.message_id().to_string()),
    );
    ids.extend(
        MessageChannel::ALL
            .iter()
            .map(|c| c.message_id().to_string()),
    );
    ids.extend(
        EscalationStatus::ALL
            .iter()
            .map(|s| s.message_id().to_string()),
    );
    ids.extend(
        ObservationKind::ALL
            .iter()
            .map(|k| k.message_id().to_string()),
    );
    ids.extend(Severity::ALL.iter().map(|s| s.message_id().to_string()));
    ids.extend(EntryKind::ALL.iter().map(|k| k.message_id().to_string()));
    ids.extend(RequestKind::ALL.iter().map(|k| k.message_id().to_string()));
    ids.extend(
        RequestChannel::ALL
            .iter()
            .map(|c| c.message_id().to_string()),
    );
    ids.insert(EXECUTIVE_ASSISTANT_MSG.to_string());
    ids.extend(
        ProposalStatus::ALL
            .iter()
            .map(|s| s.message_id().to_string()),
    );
    ids.extend(PartyKind::ALL.iter().map(|k| k.message_id().to_string()));
    ids.extend(OrderStatus::ALL.iter().map(|s| s.message_id().to_string()));
    ids.extend(Reply::ALL.iter().map(|r| r.message_id().to_string()));
    ids.extend(Group::ALL.iter().map(|g| g.message_id().to_string()));
    ids.extend(ChangeKind::ALL.iter().map(|k| k.message_id().to_string()));
    ids.extend(Subject::ALL.iter().map(|s| s.message_id().to_string()));
    ids.extend(DocumentKind::ALL.iter().map(|k| k.message_id().to_string()));
    ids.extend(Desk::ALL.iter().map(|d| d.message_id().to_string()));
    ids.extend(Target::ALL.iter().map(|t| t.message_id().to_string()));
    ids.extend(Field::ALL.iter().map(|f| f.message_id().to_string()));
    for err in [
        SheetError::Empty,
        SheetError::TooManyRows { max: 1 },
        SheetError::Unreadable { row: 1 },
    ] {
        ids.insert(err.message_id().to_string());
    }
    ids.extend(
        Confidentiality::ALL
            .iter()
            .map(|c| c.message_id().to_string()),
    );
    for problem in [
        Problem::Required,
        Problem::TooLong { max: 1 },
        Problem::InvalidEmail,
        Problem::InvalidPhone,
        Problem::Unknown,
        Problem::InvalidAddress,
        Problem::Unreachable,
        Problem::NotAPositiveNumber,
        Problem::ScoreOutOfRange,
        Problem::DropOutOfRange,
        Problem::AnswerBeforeQuestion,
        Problem::InvalidDay,
        Problem::InvalidLink,
        Problem::NotAllowed,
        Problem::AlreadyDone,
        Problem::DaysOutOfRange,
        Problem::Closed,
        Problem::EndBeforeStart,
        Problem::Duplicate,
        Problem::NumberOutOfRange { min: 0, max: 1 },
        Problem::MoreThanInStock,
    ] {
        ids.insert(problem.message_id().to_string());
    }
    ids
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let english = messages(Locale::En);
    let used = ids_used_by_the_code();
    assert!(used.len() > 30, "found only {used:?}");
    let missing: Vec<_> = used
        .iter()
        .filter(|id| !english.contains_key(*id))
        .collect();
    assert!(missing.is_empty(), "no English text for {missing:?}");
}

#[test]
fn formats_arguments_and_plurals_without_isolation_marks() {
    let en = Translator::for_locale(Locale::En);
    assert_eq!(
        en.t_args("clients-count", &[("count", 1usize.into())]),
        "1 client"
    );
    assert_eq!(
        en.t_args("clients-count", &[("count", 3usize.into())]),
        "3 clients"
    );
    let nl = Translator::for_locale(Locale::Nl);
    assert_eq!(
        nl.t_args("clients-count", &[("count", 3usize.into())]),
        "3 klanten"
    );
    assert_eq!(en.t("no-such-message"), "no-such-message");
}

#[test]
fn negotiates_from_browser_preferences() {
    assert_eq!(Locale::negotiate(["sv-SE", "en"]), Locale::Sv);
    assert_eq!(Locale::negotiate(["fr-FR", "nl_BE"]), Locale::Nl);
    assert_eq!(Locale::negotiate(["fr"]), Locale::En);
    assert_eq!(Locale::negotiate([]), Locale::En);
}
