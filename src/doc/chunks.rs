//! Merging stored chunks (snapshots and incremental saves) strictly.

use automerge::{
    Automerge, AutomergeError, LoadOptions, OnPartialLoad, PatchLog, VerificationMode,
};

use super::DocError;

/// Merges one stored chunk into `doc`, or refuses it whole when any part of
/// it is damaged. Automerge's own `load_incremental` keeps whatever part of a
/// damaged chunk it could read and reports nothing, which would hide a
/// problem the user should hear about; here nothing of a bad chunk is merged.
pub fn merge_chunk(doc: &mut Automerge, bytes: &[u8]) -> Result<(), DocError> {
    merge_chunk_logged(doc, bytes, &mut PatchLog::inactive())
}

/// [`merge_chunk`], logging what it changes into `log` (but for a chunk
/// loaded into an empty document, which becomes the document).
pub fn merge_chunk_logged(
    doc: &mut Automerge,
    bytes: &[u8],
    log: &mut PatchLog,
) -> Result<(), DocError> {
    if bytes.is_empty() {
        return Err(DocError::EmptyChunk);
    }
    let strict = LoadOptions::new()
        .on_partial_load(OnPartialLoad::Error)
        .verification_mode(VerificationMode::Check);
    match Automerge::load_with_options(bytes, strict) {
        Ok(mut part) if doc.is_empty() => {
            std::mem::swap(doc, &mut part);
            doc.set_actor(part.get_actor().clone());
        }
        Ok(mut part) => {
            doc.merge_and_log_patches(&mut part, log)?;
        }
        // Every change parsed, but some depend on changes stored in other
        // chunks: Automerge queues those until their dependencies arrive.
        Err(AutomergeError::MissingDeps) => {
            doc.load_incremental_log_patches(bytes, log)?;
        }
        Err(err) => return Err(err.into()),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use automerge::transaction::Transactable;
    use automerge::{ReadDoc, ROOT};

    fn edit(doc: &mut Automerge, key: &str) {
        doc.transact::<_, _, automerge::AutomergeError>(|tx| {
            tx.put(ROOT, key, 1)?;
            Ok(())
        })
        .unwrap();
    }

    #[test]
    fn merges_snapshots_and_incremental_chunks_in_any_order() {
        let mut source = Automerge::new();
        edit(&mut source, "a");
        let first = source.save();
        let heads = source.get_heads();
        edit(&mut source, "b");
        let second = source.save_after(&heads);

        for order in [[&first, &second], [&second, &first]] {
            let mut doc = Automerge::new();
            for chunk in order {
                merge_chunk(&mut doc, chunk).unwrap();
            }
            assert_eq!(doc.get_heads(), source.get_heads());
            assert!(doc.get(ROOT, "b").unwrap().is_some());
        }
    }

    #[test]
    fn refuses_garbage_and_truncated_chunks_whole() {
        let mut source = Automerge::new();
        edit(&mut source, "a");
        edit(&mut source, "b");
        let full = source.save();
        let mut doc = Automerge::new();
        assert!(merge_chunk(&mut doc, b"this is not automerge").is_err());
        assert!(merge_chunk(&mut doc, &full[..full.len() / 2]).is_err());
        assert!(merge_chunk(&mut doc, &full[..full.len() - 1]).is_err());
        assert!(
            doc.get_heads().is_empty(),
            "nothing of a bad chunk is merged"
        );
    }
}
