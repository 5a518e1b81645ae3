//! Requests: an intake for incoming requests, and rules that route them by
//! kind — e-mail and calendar requests to the Executive Assistant, as the
//! role description says, others to a named person or desk.

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::ids::{new_id, Id};
use super::messages::{Recipient, RecipientKind};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// What a request is about.
    pub enum RequestKind ("request-kind") {
        Email = "email",
        Calendar = "calendar",
        Client = "client",
        Supplies = "supplies",
        Facilities = "facilities",
        #[default]
        Other = "other",
    }
}

coded_enum! {
    /// How a request came in.
    pub enum RequestChannel ("request-channel") {
        #[default]
        Email = "email",
        Phone = "phone",
        InPerson = "in-person",
        Message = "message",
    }
}

/// Where a request is referred: a member, a department, or a person or desk
/// outside the app (such as the Executive Assistant) by name.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct RouteTarget {
    pub member: Option<Id>,
    #[autosurgeon(missing = "Default::default")]
    pub department: Option<Id>,
    /// The name when referred (a member's or department's, kept for when
    /// they are gone), or the name typed.
    pub name: String,
}

/// A routing rule: requests of `kind` go to `to` (team document).
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct RoutingRule {
    pub id: Id,
    pub kind: RequestKind,
    pub to: RouteTarget,
    pub updated_at: Millis,
    pub updated_by: Id,
}

/// The referral of a request, recorded and visible.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Referral {
    pub to: RouteTarget,
    /// The rule that routed it; `None` when referred by hand.
    pub rule: Option<Id>,
    pub at: Millis,
    pub by: Id,
}

/// Who closed a request, and when.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Handled {
    pub at: Millis,
    pub by: Id,
}

/// An incoming request (team document).
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Request {
    pub id: Id,
    /// Who asked.
    pub from: String,
    pub channel: RequestChannel,
    pub kind: RequestKind,
    /// What is asked.
    pub asked: String,
    pub received_at: Millis,
    pub logged_by: Id,
    pub referral: Option<Referral>,
    pub done: Option<Handled>,
}

/// The name of the default referral target for e-mail and calendar requests.
/// Stored as written here; the UI shows it translated (see
/// [`RouteTarget::shown_name`]), while a name someone typed is shown as typed.
pub const EXECUTIVE_ASSISTANT: &str = "Executive Assistant";

/// The i18n id of [`EXECUTIVE_ASSISTANT`] in the user's language.
pub const EXECUTIVE_ASSISTANT_MSG: &str = "route-executive-assistant";

pub const FROM_MAX: usize = 120;
pub const ASKED_MAX: usize = 2_000;
pub const TARGET_MAX: usize = 120;

impl RouteTarget {
    /// The Executive Assistant, a person outside the app.
    pub fn executive_assistant() -> Self {
        Self {
            member: None,
            department: None,
            name: EXECUTIVE_ASSISTANT.to_string(),
        }
    }

    /// Whether this is the built-in Executive Assistant (not a member, and
    /// the default name), whose name is shown translated.
    pub fn is_executive_assistant(&self) -> bool {
        self.member.is_none() && self.department.is_none() && self.name == EXECUTIVE_ASSISTANT
    }

    /// The name to show: a member's or department's current name (falling
    /// back to the name stored when the rule was set), the Executive
    /// Assistant in the user's language (`translate` turns an i18n id into
    /// text), or the typed name. `name_of` names a member id or a
    /// department's `department:<id>` (see [`TargetInput`]).
    pub fn shown_name(
        &self,
        name_of: impl Fn(&str) -> Option<String>,
        translate: impl Fn(&str) -> String,
    ) -> String {
        let current = match (&self.member, &self.department) {
            (Some(id), _) => name_of(id),
            (None, Some(id)) => name_of(&Recipient::department(id).key()),
            (None, None) if self.is_executive_assistant() => {
                return translate(EXECUTIVE_ASSISTANT_MSG)
            }
            (None, None) => None,
        };
        current.unwrap_or_else(|| self.name.clone())
    }

    /// A key that identifies the target for filtering: the member id, or the
    /// name ignoring case.
    pub fn key(&self) -> String {
        match (&self.member, &self.department) {
            (Some(id), _) => Recipient::member(id).key(),
            (None, Some(id)) => Recipient::department(id).key(),
            (None, None) => format!("name:{}", self.name.trim().to_lowercase()),
        }
    }
}

/// The built-in rule for `kind`, used while no rule is stored for it: e-mail
/// and calendar requests go to the Executive Assistant, as the role
/// description says; other kinds have none.
pub fn default_target(kind: RequestKind) -> Option<RouteTarget> {
    matches!(kind, RequestKind::Email | RequestKind::Calendar)
        .then(RouteTarget::executive_assistant)
}

/// The id of the rule for `kind`. Rules are stored under their kind's code,
/// so there is at most one per kind, and two devices setting it at once edit
/// one record rather than creating two competing rules.
pub fn rule_id(kind: RequestKind) -> Id {
    kind.code().to_string()
}

/// Where a request of `kind` goes and the id of the rule that says so: the
/// stored rule for the kind, else the built-in default, else nowhere.
pub fn route(kind: RequestKind, rules: &[RoutingRule]) -> Option<(RouteTarget, Id)> {
    rules
        .iter()
        .find(|rule| rule.kind == kind)
        .map(|rule| rule.to.clone())
        .or_else(|| default_target(kind))
        .map(|target| (target, rule_id(kind)))
}

/// What the "refer to" choice of a rule or a manual referral holds: a member
/// id or a department's `department:<id>` ("" for none), or a typed name of
/// a person or desk.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TargetInput {
    pub member: String,
    pub name: String,
}

impl TargetInput {
    /// The target chosen: a member or department when one is picked
    /// (`name_of` gives its name, `None` for an unknown one), else the typed
    /// name, which is then required. Problems are reported on "member" and
    /// "name".
    fn validated(&self, name_of: impl Fn(&str) -> Option<String>) -> Result<RouteTarget, Invalid> {
        let mut check = Checker::new();
        let picked = Some(self.member.trim().to_string()).filter(|m| !m.is_empty());
        let target = match picked {
            Some(key) => match name_of(&key) {
                Some(name) => match Recipient::from_key(&key) {
                    Some(department) if department.kind == RecipientKind::Department => {
                        RouteTarget {
                            member: None,
                            department: Some(department.id),
                            name,
                        }
                    }
                    _ => RouteTarget {
                        member: Some(key),
                        department: None,
                        name,
                    },
                },
                None => {
                    check.fail("member", Problem::Unknown);
                    RouteTarget::executive_assistant()
                }
            },
            None => RouteTarget {
                member: None,
                department: None,
                name: check.required("name", &self.name, TARGET_MAX),
            },
        };
        check.finish(target)
    }
}

/// Validates `to` and makes the rule for `kind` (stored under
/// [`rule_id`]), replacing any rule the kind had.
pub fn set_rule(
    kind: RequestKind,
    to: &TargetInput,
    member_name: impl Fn(&str) -> Option<String>,
    by: &str,
    now: Millis,
) -> Result<RoutingRule, Invalid> {
    Ok(RoutingRule {
        id: rule_id(kind),
        kind,
        to: to.validated(member_name)?,
        updated_at: now,
        updated_by: by.to_string(),
    })
}

/// What the intake form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestInput {
    pub from: String,
    pub channel: RequestChannel,
    pub kind: RequestKind,
    pub asked: String,
}

/// Validates `input` and makes the request, referred at once by the rule for
/// its kind when there is one.
pub fn log_request(
    input: &RequestInput,
    rules: &[RoutingRule],
    by: &str,
    now: Millis,
) -> Result<Request, Invalid> {
    let mut check = Checker::new();
    let from = check.required("from", &input.from, FROM_MAX);
    let asked = check.required("asked", &input.asked, ASKED_MAX);
    let referral = route(input.kind, rules).map(|(to, rule)| Referral {
        to,
        rule: Some(rule),
        at: now,
        by: by.to_string(),
    });
    check.finish(Request {
        id: new_id(),
        from,
        channel: input.channel,
        kind: input.kind,
        asked,
        received_at: now,
        logged_by: by.to_string(),
        referral,
        done: None,
    })
}

/// Refers an open request by hand (one no rule routed, or one that should go
/// elsewhere). A request already done is `Closed`.
pub fn refer(
    request: &mut Request,
    to: &TargetInput,
    member_name: impl Fn(&str) -> Option<String>,
    by: &str,
    now: Millis,
) -> Result<(), Invalid> {
    if request.done.is_some() {
        let mut check = Checker::new();
        check.fail("name", Problem::Closed);
        return check.finish(());
    }
    request.referral = Some(Referral {
        to: to.validated(member_name)?,
        rule: None,
        at: now,
        by: by.to_string(),
    });
    Ok(())
}

/// Marks a request done by `by` at `now`. One done already (perhaps on
/// another device) keeps who finished it first and reports `AlreadyDone`.
pub fn mark_done(request: &mut Request, by: &str, now: Millis) -> Result<(), Invalid> {
    if request.done.is_some() {
        let mut check = Checker::new();
        check.fail("done", Problem::AlreadyDone);
        return check.finish(());
    }
    request.done = Some(Handled {
        at: now,
        by: by.to_string(),
    });
    Ok(())
}

/// Which referral target the open-requests list shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum TargetFilter {
    #[default]
    Any,
    /// Requests nobody was referred to yet.
    Unrouted,
    /// Requests referred to the target with this [`RouteTarget::key`].
    To(String),
}

/// The open-requests list's filters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestFilter {
    pub kind: Option<RequestKind>,
    pub target: TargetFilter,
}

impl RequestFilter {
    pub fn matches(&self, request: &Request) -> bool {
        if self.kind.is_some_and(|k| k != request.kind) {
            return false;
        }
        match (&self.target, &request.referral) {
            (TargetFilter::Any, _) => true,
            (TargetFilter::Unrouted, referral) => referral.is_none(),
            (TargetFilter::To(key), Some(referral)) => &referral.to.key() == key,
            (TargetFilter::To(_), None) => false,
        }
    }
}

/// The open requests that pass `filter`, newest first.
pub fn open_requests<'a>(
    requests: impl IntoIterator<Item = &'a Request>,
    filter: &RequestFilter,
) -> Vec<&'a Request> {
    let mut open: Vec<_> = requests
        .into_iter()
        .filter(|r| r.done.is_none() && filter.matches(r))
        .collect();
    open.sort_by(|a, b| b.received_at.cmp(&a.received_at).then(a.id.cmp(&b.id)));
    open
}

/// The requests done, the most recently finished first.
pub fn done_requests<'a>(requests: impl IntoIterator<Item = &'a Request>) -> Vec<&'a Request> {
    let mut done: Vec<_> = requests.into_iter().filter(|r| r.done.is_some()).collect();
    done.sort_by_key(|r| std::cmp::Reverse(r.done.as_ref().map(|d| d.at)));
    done
}

/// The distinct targets open requests are referred to, for the filter.
pub fn referral_targets<'a>(requests: impl IntoIterator<Item = &'a Request>) -> Vec<RouteTarget> {
    let mut targets: Vec<RouteTarget> = Vec::new();
    for request in requests.into_iter().filter(|r| r.done.is_none()) {
        if let Some(referral) = &request.referral {
            if !targets.iter().any(|t| t.key() == referral.to.key()) {
                targets.push(referral.to.clone());
            }
        }
    }
    targets.sort_by_key(RouteTarget::key);
    targets
}

#[cfg(test)]
mod tests;
