//! What a change did: a typed action carried in every change's metadata
//! (`do`, as its stable code). The briefing reads from the action whether a
//! record was added, changed or removed, and the benchmark counts changes by
//! it; nothing guesses from the words of a code.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::coded::coded_enum;

coded_enum! {
    /// What a change did to the record it is about.
    pub enum ChangeKind ("briefing-kind") {
        Added = "added",
        #[default]
        Changed = "changed",
        Removed = "removed",
    }
}

/// Declares [`Action`]: each action with the code history stores it under
/// (never changed once released: older changes keep their codes) and what it
/// does to its record.
macro_rules! actions {
    ($($(#[$meta:meta])* $variant:ident = $code:literal => $kind:ident;)+) => {
        /// What a change did.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Action {
            $($(#[$meta])* $variant,)+
            /// The schema's step `n` (see `doc::schema`), written by no one.
            Schema(u64),
            /// An action this version does not know: written by a newer
            /// version, or by another tool.
            Unknown,
        }

        impl Action {
            /// Every action a person's change can carry.
            pub const ALL: &'static [Action] = &[$(Action::$variant),+];

            /// What the action does to the record it is about.
            pub fn kind(self) -> ChangeKind {
                match self {
                    $(Action::$variant => ChangeKind::$kind,)+
                    Action::Schema(_) | Action::Unknown => ChangeKind::Changed,
                }
            }

            fn known_code(self) -> Option<&'static str> {
                match self {
                    $(Action::$variant => Some($code),)+
                    Action::Schema(_) | Action::Unknown => None,
                }
            }
        }
    };
}

actions! {
    AnnouncementAck = "announcement.ack" => Changed;
    AnnouncementPost = "announcement.post" => Added;
    ChecklistRemove = "checklist.remove" => Removed;
    ChecklistStart = "checklist.start" => Added;
    ChecklistStepAssign = "checklist.step.assign" => Changed;
    ChecklistStepDone = "checklist.step.done" => Changed;
    ChecklistStepReopen = "checklist.step.reopen" => Changed;
    ClientCreate = "client.create" => Added;
    ClientEdit = "client.edit" => Changed;
    /// Clients from a CSV file, written in one change.
    ClientImport = "client.import" => Added;
    ConflictEscalate = "conflict.escalate" => Changed;
    ConflictNote = "conflict.note" => Changed;
    ConflictOpen = "conflict.open" => Added;
    ConflictResolve = "conflict.resolve" => Changed;
    /// A contact added to, edited in or removed from a client: the client
    /// changed.
    ContactAdd = "contact.add" => Changed;
    ContactEdit = "contact.edit" => Changed;
    /// Contacts from a CSV file, each added to its client.
    ContactImport = "contact.import" => Changed;
    ContactRemove = "contact.remove" => Changed;
    CrisisClose = "crisis.close" => Changed;
    CrisisDeclare = "crisis.declare" => Added;
    CrisisEntry = "crisis.entry" => Added;
    DecisionLog = "decision.log" => Added;
    DelegationSign = "delegation.sign" => Added;
    DelegationWithdraw = "delegation.withdraw" => Changed;
    DepartmentCreate = "department.create" => Added;
    DeviceAdd = "device.add" => Added;
    /// A register entry changed; written to one document and, when its
    /// confidentiality moved it, removed from the other.
    DocumentEdit = "document.edit" => Changed;
    DocumentRegister = "document.register" => Added;
    EscalationAcknowledge = "escalation.acknowledge" => Changed;
    EscalationRaise = "escalation.raise" => Added;
    EscalationResolve = "escalation.resolve" => Changed;
    EscalationStep = "escalation.step" => Changed;
    EventCreate = "event.create" => Added;
    EventEdit = "event.edit" => Changed;
    /// Someone added to an event's attendees.
    EventInvite = "event.invite" => Changed;
    EventItemAdd = "event.item.add" => Changed;
    EventItemDone = "event.item.done" => Changed;
    EventItemReopen = "event.item.reopen" => Changed;
    EventReply = "event.reply" => Changed;
    ExpenseApprove = "expense.approve" => Changed;
    ExpenseRecord = "expense.record" => Added;
    FollowUpRemove = "follow-up.remove" => Removed;
    GoalEdit = "goal.edit" => Changed;
    GoalSet = "goal.set" => Added;
    FollowUpSet = "follow-up.set" => Changed;
    HandoverAcknowledge = "handover.acknowledge" => Changed;
    HandoverEnd = "handover.end" => Changed;
    HandoverStart = "handover.start" => Added;
    ImprovementDecide = "improvement.decide" => Changed;
    ImprovementRaise = "improvement.raise" => Added;
    InteractionAnswer = "interaction.answer" => Changed;
    InteractionLog = "interaction.log" => Added;
    /// A CEO device's older local list of invites, moved into the
    /// leadership document.
    InviteAdopt = "invite.adopt" => Added;
    InviteCreate = "invite.create" => Added;
    MeetingEdit = "meeting.edit" => Changed;
    /// A task made from a meeting's minutes, listed on the meeting.
    MeetingFollowUp = "meeting.follow-up" => Added;
    MeetingMinutes = "meeting.minutes" => Changed;
    MeetingPlan = "meeting.plan" => Added;
    MeetingRemove = "meeting.remove" => Removed;
    /// Leadership added a person directly (perhaps without a device).
    MemberAdd = "member.add" => Added;
    MemberEdit = "member.edit" => Changed;
    MemberJoin = "member.join" => Added;
    MessageDone = "message.done" => Changed;
    MessageTake = "message.take" => Added;
    ObservationAdd = "observation.add" => Added;
    OrderDraft = "order.draft" => Added;
    /// A draft's lines changed.
    OrderEdit = "order.edit" => Changed;
    /// Receiving also writes each item's receipt.
    OrderReceive = "order.receive" => Changed;
    OrderRemove = "order.remove" => Removed;
    OrderSend = "order.send" => Changed;
    ObservationRemove = "observation.remove" => Removed;
    PreferencesEdit = "preferences.edit" => Changed;
    RequestDone = "request.done" => Changed;
    RequestLog = "request.log" => Added;
    RequestRefer = "request.refer" => Changed;
    RoutingRemove = "routing.remove" => Removed;
    RoutingSet = "routing.set" => Changed;
    ScoreRecord = "score.record" => Added;
    SupplyAdd = "supply.add" => Added;
    SupplyEdit = "supply.edit" => Changed;
    /// Stock added by hand.
    SupplyRestock = "supply.restock" => Changed;
    SupplyTake = "supply.take" => Changed;
    TaskComment = "task.comment" => Changed;
    TaskCreate = "task.create" => Added;
    TaskDelete = "task.delete" => Removed;
    TaskEdit = "task.edit" => Changed;
    /// Tasks from a CSV file, written in one change.
    TaskImport = "task.import" => Added;
    TaskMove = "task.move" => Changed;
    TemplateCreate = "template.create" => Added;
    TemplateDelete = "template.delete" => Removed;
    TemplateRename = "template.rename" => Changed;
    TemplateStepAdd = "template.step.add" => Changed;
    TemplateStepEdit = "template.step.edit" => Changed;
    TemplateStepMove = "template.step.move" => Changed;
    TemplateStepRemove = "template.step.remove" => Changed;
    VendorAdd = "vendor.add" => Added;
    VendorEdit = "vendor.edit" => Changed;
    VisitArrive = "visit.arrive" => Changed;
    VisitExpect = "visit.expect" => Added;
    VisitLeave = "visit.leave" => Changed;
}

const SCHEMA_PREFIX: &str = "schema.v";
const UNKNOWN_CODE: &str = "unknown";

impl Action {
    /// The action stored under `code`; [`Action::Unknown`] for a code this
    /// version does not know.
    pub fn from_code(code: &str) -> Action {
        if let Some(step) = code.strip_prefix(SCHEMA_PREFIX) {
            return step.parse().map_or(Action::Unknown, Action::Schema);
        }
        Action::ALL
            .iter()
            .copied()
            .find(|action| action.known_code() == Some(code))
            .unwrap_or(Action::Unknown)
    }
}

/// The stable code, as history stores it ("task.move", "schema.v3").
impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.known_code(), self) {
            (Some(code), _) => f.write_str(code),
            (None, Action::Schema(step)) => write!(f, "{SCHEMA_PREFIX}{step}"),
            (None, _) => f.write_str(UNKNOWN_CODE),
        }
    }
}

impl Serialize for Action {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Action {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Ok(Action::from_code(&code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_reads_back_from_its_code() {
        let mut codes = std::collections::BTreeSet::new();
        for &action in Action::ALL.iter().chain(&[Action::Schema(3)]) {
            let code = action.to_string();
            assert!(codes.insert(code.clone()), "{code} is used twice");
            assert_eq!(Action::from_code(&code), action);
        }
    }

    #[test]
    fn codes_this_version_does_not_know_read_as_unknown() {
        for code in ["task.fly", "", "schema.vx", "TASK.MOVE"] {
            assert_eq!(Action::from_code(code), Action::Unknown);
        }
        assert_eq!(Action::Unknown.kind(), ChangeKind::Changed);
    }

    #[test]
    fn what_an_action_does_to_its_record() {
        assert_eq!(Action::TaskCreate.kind(), ChangeKind::Added);
        assert_eq!(Action::TaskMove.kind(), ChangeKind::Changed);
        assert_eq!(Action::TaskDelete.kind(), ChangeKind::Removed);
        // A contact removed changes its client; the client is still there.
        assert_eq!(Action::ContactRemove.kind(), ChangeKind::Changed);
    }
}
