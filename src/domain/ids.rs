//! Record identifiers.

/// The id of a record: a random UUID in its simple (32 hex digit) form.
/// Random ids never collide between devices, so records created offline on two
/// devices merge side by side.
pub type Id = String;

/// A fresh random record id.
pub fn new_id() -> Id {
    uuid::Uuid::new_v4().simple().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_compact() {
        let a = new_id();
        let b = new_id();
        assert_ne!(a, b);
        assert_eq!(a.len(), 32);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
    }
}
