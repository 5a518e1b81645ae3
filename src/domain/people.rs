//! The people of the workspace: members and their roles.

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::ids::{new_id, Id};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// What a member does, which decides what they may see.
    pub enum Role ("role") {
        Ceo = "ceo",
        OperationsAssistant = "operations-assistant",
        #[default]
        TeamMember = "team-member",
    }
}

impl Role {
    /// Leadership (the CEO and the Operations Assistant) holds the leadership
    /// document; team members never receive it.
    pub fn is_leadership(self) -> bool {
        matches!(self, Role::Ceo | Role::OperationsAssistant)
    }
}

/// A person in the workspace. Every change to a document is attributed to the
/// member using the device.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Member {
    pub id: Id,
    pub name: String,
    pub role: Role,
    pub active: bool,
    pub joined_at: Millis,
}

/// What the "who are you" form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MemberInput {
    pub name: String,
    pub role: Role,
}

pub const NAME_MAX: usize = 120;

/// Validates `input` and makes a new active member.
pub fn create_member(input: &MemberInput, now: Millis) -> Result<Member, Invalid> {
    let mut check = Checker::new();
    let name = check.required("name", &input.name, NAME_MAX);
    check.finish(Member {
        id: new_id(),
        name,
        role: input.role,
        active: true,
        joined_at: now,
    })
}

/// What the member form edits.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MemberEdit {
    pub name: String,
    pub role: Role,
    pub active: bool,
}

impl MemberEdit {
    pub fn from_member(member: &Member) -> Self {
        Self {
            name: member.name.clone(),
            role: member.role,
            active: member.active,
        }
    }
}

/// Applies a member form edit, writing only the fields the user changed (as
/// the other desks' edits do, so concurrent edits of other fields survive).
/// Roles decide who receives the leadership document, so only a leadership
/// device (`may_change_roles`) may change one.
pub fn edit_member(
    current: &mut Member,
    original: &MemberEdit,
    edited: &MemberEdit,
    may_change_roles: bool,
) -> Result<(), Invalid> {
    let mut check = Checker::new();
    let name = check.required("name", &edited.name, NAME_MAX);
    let role_changed = edited.role != original.role;
    if role_changed && !may_change_roles {
        check.fail("role", Problem::NotAllowed);
    }
    check.finish(())?;
    if name != original.name.trim() {
        current.name = name;
    }
    if role_changed {
        current.role = edited.role;
    }
    if edited.active != original.active {
        current.active = edited.active;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_an_active_member_with_a_trimmed_name() {
        let member = create_member(
            &MemberInput {
                name: "  Sam Jansen ".into(),
                role: Role::OperationsAssistant,
            },
            1_000,
        )
        .unwrap();
        assert_eq!(member.name, "Sam Jansen");
        assert!(member.active);
        assert!(member.role.is_leadership());
        assert_eq!(member.joined_at, 1_000);
    }

    #[test]
    fn a_member_needs_a_name() {
        let err = create_member(&MemberInput::default(), 0).unwrap_err();
        assert_eq!(err.for_field("name"), Some(&Problem::Required));
    }

    #[test]
    fn only_ceo_and_assistant_are_leadership() {
        assert!(Role::Ceo.is_leadership());
        assert!(Role::OperationsAssistant.is_leadership());
        assert!(!Role::TeamMember.is_leadership());
    }

    fn sam() -> Member {
        create_member(
            &MemberInput {
                name: "Sam".into(),
                role: Role::TeamMember,
            },
            0,
        )
        .unwrap()
    }

    #[test]
    fn an_edit_writes_only_what_changed() {
        let mut member = sam();
        let original = MemberEdit::from_member(&member);
        // Meanwhile another device renamed Sam.
        member.name = "Sam Jansen".into();
        let edited = MemberEdit {
            active: false,
            ..original.clone()
        };
        edit_member(&mut member, &original, &edited, false).unwrap();
        assert!(!member.active);
        assert_eq!(member.name, "Sam Jansen");
    }

    #[test]
    fn only_leadership_changes_roles_and_a_name_stays_required() {
        let mut member = sam();
        let before = member.clone();
        let original = MemberEdit::from_member(&member);
        let promoted = MemberEdit {
            name: String::new(),
            role: Role::OperationsAssistant,
            ..original.clone()
        };
        let err = edit_member(&mut member, &original, &promoted, false).unwrap_err();
        assert_eq!(err.for_field("role"), Some(&Problem::NotAllowed));
        assert_eq!(err.for_field("name"), Some(&Problem::Required));
        assert_eq!(member, before);
        let promoted = MemberEdit {
            name: " Sam ".into(),
            ..promoted
        };
        edit_member(&mut member, &original, &promoted, true).unwrap();
        assert_eq!(member.role, Role::OperationsAssistant);
        assert_eq!(member.name, "Sam");
    }
}
