//! Departments: the parts of the business people work in. Members belong to
//! one, and a message can be left for a whole department.

use autosurgeon::{Hydrate, Reconcile};

use super::ids::{new_id, Id};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

/// A department (team document).
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Department {
    pub id: Id,
    pub name: String,
    pub created_at: Millis,
}

pub const NAME_MAX: usize = 80;

/// Validates `name` and makes a department. Two departments of the same name
/// (ignoring case and spaces around it) would make routing ambiguous, so
/// `existing` names are refused.
pub fn create_department<'a>(
    name: &str,
    existing: impl IntoIterator<Item = &'a str>,
    now: Millis,
) -> Result<Department, Invalid> {
    let mut check = Checker::new();
    let name = check.required("name", name, NAME_MAX);
    let taken = existing
        .into_iter()
        .any(|other| other.trim().to_lowercase() == name.to_lowercase());
    if taken && !name.is_empty() {
        check.fail("name", Problem::Duplicate);
    }
    check.finish(Department {
        id: new_id(),
        name,
        created_at: now,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_department_needs_a_name_of_its_own() {
        let err = create_department("  ", [], 0).unwrap_err();
        assert_eq!(err.for_field("name"), Some(&Problem::Required));
        let err = create_department(" finance ", ["Finance"], 0).unwrap_err();
        assert_eq!(err.for_field("name"), Some(&Problem::Duplicate));
        let made = create_department(" Reception ", ["Finance"], 7).unwrap();
        assert_eq!((made.name.as_str(), made.created_at), ("Reception", 7));
    }
}
