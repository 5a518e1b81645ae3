//! The people of the workspace: members, their roles and departments.
//!
//! A member is a person, not a device: leadership adds people directly (so a
//! CEO alone can assign work to staff who will never use the app), and an
//! invite made later for that member links the device that joins to the
//! same record.

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
/// member using the device. The role shown here is display only: what a
/// device may see comes from its signed grant (see `trust::standing`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Reconcile, Hydrate)]
pub struct Member {
    pub id: Id,
    pub name: String,
    pub role: Role,
    pub active: bool,
    pub joined_at: Millis,
    /// The department they work in, if any.
    #[autosurgeon(missing = "Default::default")]
    pub department: Option<Id>,
    /// How to reach them (people without a device are reached this way).
    #[autosurgeon(missing = "Default::default")]
    pub email: String,
    #[autosurgeon(missing = "Default::default")]
    pub phone: String,
}

/// What the "who are you" form and the "add a person" form ask.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MemberInput {
    pub name: String,
    pub role: Role,
    pub department: Option<Id>,
    pub email: String,
    pub phone: String,
}

pub const NAME_MAX: usize = 120;

/// Validates `input` and makes a new active member. `is_department` tells
/// whether an id names a department.
pub fn create_member(
    input: &MemberInput,
    is_department: impl Fn(&str) -> bool,
    now: Millis,
) -> Result<Member, Invalid> {
    let mut check = Checker::new();
    let name = check.required("name", &input.name, NAME_MAX);
    let email = check.email("email", &input.email);
    let phone = check.phone("phone", &input.phone);
    let department = known_department(&mut check, &input.department, is_department);
    check.finish(Member {
        id: new_id(),
        name,
        role: input.role,
        active: true,
        joined_at: now,
        department,
        email,
        phone,
    })
}

/// `department` when it is empty or names a department; a problem otherwise.
fn known_department(
    check: &mut Checker,
    department: &Option<Id>,
    is_department: impl Fn(&str) -> bool,
) -> Option<Id> {
    let department = department.clone().filter(|id| !id.is_empty())?;
    if is_department(&department) {
        Some(department)
    } else {
        check.fail("department", Problem::Unknown);
        None
    }
}

/// What the member form edits.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MemberEdit {
    pub name: String,
    pub role: Role,
    pub active: bool,
    pub department: Option<Id>,
    pub email: String,
    pub phone: String,
}

impl MemberEdit {
    pub fn from_member(member: &Member) -> Self {
        Self {
            name: member.name.clone(),
            role: member.role,
            active: member.active,
            department: member.department.clone(),
            email: member.email.clone(),
            phone: member.phone.clone(),
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
    is_department: impl Fn(&str) -> bool,
) -> Result<(), Invalid> {
    let mut check = Checker::new();
    let name = check.required("name", &edited.name, NAME_MAX);
    let email = check.email("email", &edited.email);
    let phone = check.phone("phone", &edited.phone);
    let department = if edited.department == original.department {
        edited.department.clone()
    } else {
        known_department(&mut check, &edited.department, is_department)
    };
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
    if edited.department != original.department {
        current.department = department;
    }
    if email != original.email.trim() {
        current.email = email;
    }
    if phone != original.phone.trim() {
        current.phone = phone;
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
                ..Default::default()
            },
            |_| false,
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
        let err = create_member(&MemberInput::default(), |_| false, 0).unwrap_err();
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
                ..Default::default()
            },
            |_| false,
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
        edit_member(&mut member, &original, &edited, false, |_| false).unwrap();
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
        let err = edit_member(&mut member, &original, &promoted, false, |_| false).unwrap_err();
        assert_eq!(err.for_field("role"), Some(&Problem::NotAllowed));
        assert_eq!(err.for_field("name"), Some(&Problem::Required));
        assert_eq!(member, before);
        let promoted = MemberEdit {
            name: " Sam ".into(),
            ..promoted
        };
        edit_member(&mut member, &original, &promoted, true, |_| false).unwrap();
        assert_eq!(member.role, Role::OperationsAssistant);
        assert_eq!(member.name, "Sam");
    }

    #[test]
    fn a_person_is_added_with_a_department_and_contact_details() {
        let input = MemberInput {
            name: "Ines".into(),
            department: Some("finance".into()),
            email: " ines@example.com ".into(),
            phone: "+31 20 123 4567".into(),
            ..Default::default()
        };
        let ines = create_member(&input, |id| id == "finance", 0).unwrap();
        assert_eq!(ines.department.as_deref(), Some("finance"));
        assert_eq!(ines.email, "ines@example.com");
        let bad = MemberInput {
            department: Some("gone".into()),
            email: "ines at example".into(),
            phone: "call me".into(),
            ..input
        };
        let err = create_member(&bad, |id| id == "finance", 0).unwrap_err();
        assert_eq!(err.for_field("department"), Some(&Problem::Unknown));
        assert_eq!(err.for_field("email"), Some(&Problem::InvalidEmail));
        assert_eq!(err.for_field("phone"), Some(&Problem::InvalidPhone));
    }

    #[test]
    fn a_department_removed_meanwhile_does_not_block_other_edits() {
        let mut member = sam();
        member.department = Some("gone".into());
        let original = MemberEdit::from_member(&member);
        let edited = MemberEdit {
            phone: "+46 8 123 456".into(),
            ..original.clone()
        };
        edit_member(&mut member, &original, &edited, false, |_| false).unwrap();
        assert_eq!(member.phone, "+46 8 123 456");
        let moved = MemberEdit {
            department: Some("gone-too".into()),
            ..original.clone()
        };
        let err = edit_member(&mut member, &original, &moved, false, |_| false).unwrap_err();
        assert_eq!(err.for_field("department"), Some(&Problem::Unknown));
    }
}
