//! Identifiers drawn from the seeded generator instead of the system's
//! randomness, so that the same seed writes byte-identical documents.

use std::collections::BTreeMap;

use automerge::ActorId;
use handover::doc::DocumentId;
use handover::domain::ids::Id;
use rand::Rng;

/// A record id shaped like the app's own (`new_id`): a version-4 UUID in
/// its simple form.
pub fn record_id(rng: &mut impl Rng) -> Id {
    let bits: u128 = rng.random();
    let version = 0x4 << 76;
    let variant = 0x2 << 62;
    let bits = (bits & !(0xF << 76) & !(0x3 << 62)) | version | variant;
    format!("{bits:032x}")
}

/// A document id in the automerge-repo encoding (bs58check of 16 bytes).
pub fn document_id(rng: &mut impl Rng) -> DocumentId {
    let bytes: [u8; 16] = rng.random();
    bs58::encode(bytes)
        .with_check()
        .into_string()
        .parse()
        .expect("16 bytes in bs58check are a document id")
}

/// A device's actor id: 16 random bytes, as Automerge makes them.
pub fn actor_id(rng: &mut impl Rng) -> ActorId {
    let bytes: [u8; 16] = rng.random();
    ActorId::from(bytes.as_slice())
}

/// Moves the entry a domain command added to `map` under a random id
/// (`from`) to the seeded id `to`, and tells the entry its new id.
pub fn rekey<T>(map: &mut BTreeMap<Id, T>, from: &str, to: Id, set_id: impl FnOnce(&mut T, Id)) {
    let mut entry = map.remove(from).expect("the command just added the entry");
    set_id(&mut entry, to.clone());
    map.insert(to, entry);
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    #[test]
    fn record_ids_look_like_the_apps() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let id = record_id(&mut rng);
        assert_eq!(id.len(), 32);
        assert_eq!(&id[12..13], "4");
        assert!(matches!(&id[16..17], "8" | "9" | "a" | "b"));
        assert_ne!(record_id(&mut rng), id);
    }

    #[test]
    fn document_ids_round_trip_and_follow_the_seed() {
        let first = document_id(&mut ChaCha8Rng::seed_from_u64(7));
        assert_eq!(first, document_id(&mut ChaCha8Rng::seed_from_u64(7)));
        assert_eq!(first.as_str().parse::<DocumentId>().unwrap(), first);
    }
}
