//! The people of the workspace: members and their roles.

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::ids::{new_id, Id};
use super::validation::{Checker, Invalid};
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validation::Problem;

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
}
