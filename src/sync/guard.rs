//! Sync messages that Automerge 0.12 cannot take safely.
//!
//! Automerge divides by zero on a Bloom filter that claims entries but holds
//! no bits, and allocates for as many probes as a filter claims (both found
//! by the `sync_frame` fuzz target). A damaged or hostile peer must bring
//! down neither the app nor the relay, so both screen every sync message
//! here before Automerge reads it: the app's session, and the relay for
//! every frame before samod sees it.

use automerge::sync;

/// More probes than any sane Bloom filter uses (Automerge uses 7).
const MAX_BLOOM_PROBES: u64 = 64;

/// Decodes an Automerge sync message, refusing one that would crash
/// Automerge, with the reason.
pub fn decode_sync(data: &[u8]) -> Result<sync::Message, String> {
    let message = sync::Message::decode(data).map_err(|err| err.to_string())?;
    match unsafe_sync(&message) {
        None => Ok(message),
        Some(reason) => Err(reason.into()),
    }
}

/// Why a sync message must not reach Automerge, if it must not: one that
/// Automerge reads but would crash on. The relay decodes each sync message
/// once and asks this before samod hands it to Automerge.
pub fn unsafe_sync(message: &sync::Message) -> Option<&'static str> {
    let safe = message.have.iter().all(|have| bloom_is_safe(&have.bloom));
    (!safe).then_some("a damaged Bloom filter")
}

/// Whether Automerge 0.12 can check changes against `bloom` without
/// crashing.
fn bloom_is_safe(bloom: &sync::BloomFilter) -> bool {
    // Encoded as LEB128 entries, bits per entry and probes, then the bits;
    // nothing at all when there are no entries (never consulted then).
    let bytes = bloom.to_bytes();
    let mut rest = bytes.iter();
    let mut field = || {
        let mut value = 0u64;
        for shift in (0..35).step_by(7) {
            let byte = rest.next()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    };
    match (field(), field(), field()) {
        (None, ..) => true,
        (Some(_), Some(_), Some(probes)) => probes <= MAX_BLOOM_PROBES && rest.len() > 0,
        _ => false,
    }
}
