//! Three-way edits. A form remembers the values it opened with; when it is
//! saved, only the fields the user changed are written onto the record's
//! current state, so a change another device made to another field meanwhile
//! is kept rather than overwritten with the form's stale value.

/// Sets `current` to `edited` when the user changed the value from `original`.
pub(crate) fn take_change<T: PartialEq>(current: &mut T, original: &T, edited: T) {
    if &edited != original {
        *current = edited;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_changed_value_is_taken() {
        let mut current = "from another device";
        take_change(&mut current, &"opened with", "opened with");
        assert_eq!(current, "from another device");
        take_change(&mut current, &"opened with", "typed by the user");
        assert_eq!(current, "typed by the user");
    }
}
