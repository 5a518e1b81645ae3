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

/// Why [`decode_sync`] refused a sync message.
#[derive(Debug, thiserror::Error)]
pub enum SyncRefused {
    /// It is not an Automerge sync message.
    #[error("{0}")]
    Unreadable(String),
    /// It is one, but Automerge would crash on it.
    #[error("{0}")]
    Unsafe(&'static str),
}

/// Decodes an Automerge sync message, refusing one that would crash
/// Automerge, with the reason. The app's session and the relay's screen
/// both read sync messages through here.
pub fn decode_sync(data: &[u8]) -> Result<sync::Message, SyncRefused> {
    let message =
        sync::Message::decode(data).map_err(|err| SyncRefused::Unreadable(err.to_string()))?;
    match unsafe_filters(&message) {
        None => Ok(message),
        Some(reason) => Err(SyncRefused::Unsafe(reason)),
    }
}

fn unsafe_filters(message: &sync::Message) -> Option<&'static str> {
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
