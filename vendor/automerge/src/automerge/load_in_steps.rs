//! Loading a document a part at a time (vendor/README.md, changes 29 and
//! 30).

use super::{Automerge, LoadOptions, OnPartialLoad, StringMigration};
use crate::error::AutomergeError;
use crate::op_set2::OpSet;
use crate::storage::document::{Assembling, Indexing, Prepared, Rebuilding, ReconstructError};
use crate::storage::{self, load, parse, Bundle, ChecksumMode, Document};
use crate::types::ObjMeta;
use crate::Change;

/// [`Automerge::load_with_options`] in steps, so that a caller on a thread
/// that must stay responsive can give way between them. Each call of
/// [`Self::step`] does one part: parsing the bytes, reading the ops, reading
/// the changes, indexing (or rebuilding the changes from) up to a given
/// number of ops, hashing changes holding about as many ops, making the
/// change graph, or putting the document together.
/// A whole document given its change hashes
/// ([`LoadOptions::change_hashes`]) indexes its ops over as many steps as
/// the caller likes; one without them (a document from elsewhere, checked
/// against the heads it names) rebuilds its changes from its ops and hashes
/// them over as many steps; changes load in one step after the parse.
pub struct LoadInSteps<'a> {
    data: &'a [u8],
    options: LoadOptions<'a>,
    mark_order: load::MarkOrderValidation,
    stage: Stage<'a>,
}

/// What the next step does. Each but the index and the rebuild is one part
/// of the load (of the busy year's, 50–125 ms in the browser); those two are
/// as many parts as the caller likes (the Handover app's `doc::MergeInSteps`
/// and `doc::WholeInSteps`).
enum Stage<'a> {
    Parse,
    ReadOps(Box<Document<'a>>, parse::Input<'a>),
    ReadChanges(Box<Document<'a>>, OpSet, parse::Input<'a>),
    Index(Box<Indexing<'a>>, parse::Input<'a>),
    Rebuild(Box<Rebuilding>, parse::Input<'a>),
    Graph(Box<Indexing<'a>>, parse::Input<'a>),
    Assemble(Box<Assembling>, parse::Input<'a>),
    Loaded,
}

impl<'a> LoadInSteps<'a> {
    /// A load of `data` with `options`, not yet begun.
    pub fn new(data: &'a [u8], options: LoadOptions<'a>) -> Self {
        Self::new_with_mark_validation(data, options, load::MarkOrderValidation::Validate)
    }

    pub(super) fn new_with_mark_validation(
        data: &'a [u8],
        options: LoadOptions<'a>,
        mark_order: load::MarkOrderValidation,
    ) -> Self {
        Self {
            data,
            options,
            mark_order,
            stage: Stage::Parse,
        }
    }

    /// Does the next part of the load, indexing at most `ops` ops if it is
    /// indexing; the document once it is loaded. After the document or an
    /// error, there is nothing left to do and a step is an error.
    pub fn step(&mut self, ops: usize) -> Result<Option<Automerge>, AutomergeError> {
        let (stage, loaded) = match std::mem::replace(&mut self.stage, Stage::Loaded) {
            Stage::Parse => self.parse()?,
            Stage::ReadOps(document, rest) => {
                let op_set = OpSet::load(&document, self.options.text_encoding)
                    .map_err(|e| inflate_error(e.into()))?;
                (Stage::ReadChanges(document, op_set, rest), None)
            }
            Stage::ReadChanges(document, op_set, rest) => {
                self.read_changes(&document, op_set, rest)?
            }
            Stage::Index(mut indexing, rest) => {
                if indexing.index_ops(ops).map_err(inflate_error)? {
                    (Stage::Graph(indexing, rest), None)
                } else {
                    (Stage::Index(indexing, rest), None)
                }
            }
            Stage::Rebuild(mut rebuilding, rest) => {
                if rebuilding.rebuild_ops(ops).map_err(inflate_error)? {
                    let graph = rebuilding.graph().map_err(inflate_error)?;
                    (Stage::Assemble(Box::new(graph), rest), None)
                } else {
                    (Stage::Rebuild(rebuilding, rest), None)
                }
            }
            Stage::Graph(indexing, rest) => {
                (Stage::Assemble(Box::new(indexing.graph()), rest), None)
            }
            Stage::Assemble(parts, rest) => {
                let doc = self.taken(parts.assemble())?;
                (
                    Stage::Loaded,
                    Some(self.load_rest(doc, vec![], true, rest)?),
                )
            }
            Stage::Loaded => return Err(AutomergeError::Fail),
        };
        self.stage = stage;
        Ok(loaded)
    }

    /// Every step at once.
    pub fn run(mut self) -> Result<Automerge, AutomergeError> {
        loop {
            if let Some(doc) = self.step(usize::MAX)? {
                return Ok(doc);
            }
        }
    }

    fn parse(&mut self) -> Result<(Stage<'a>, Option<Automerge>), AutomergeError> {
        if self.data.is_empty() {
            tracing::trace!("no data, initializing empty document");
            let doc = Automerge::new_with_encoding(self.options.text_encoding)
                .with_author(self.options.author.take());
            return Ok((Stage::Loaded, Some(doc)));
        }
        let options = &self.options;
        tracing::trace!("loading first chunk");
        let (remaining, first_chunk) = storage::Chunk::parse(parse::Input::new(self.data))
            .map_err(|e| load::Error::Parse(Box::new(e)))?;
        if options.checksum_mode == ChecksumMode::Check && !first_chunk.checksum_valid() {
            return Err(load::Error::BadChecksum.into());
        }
        let empty = || Automerge::new_with_encoding(options.text_encoding);
        let change = match first_chunk {
            storage::Chunk::Document(document) => {
                tracing::trace!("first chunk is document chunk, inflating");
                return Ok((Stage::ReadOps(Box::new(document), remaining), None));
            }
            storage::Chunk::Change(stored_change) => {
                tracing::trace!("first chunk is change chunk");
                Change::new_from_unverified(stored_change.into_owned(), None)
                    .map_err(|e| load::Error::InvalidChangeColumns(Box::new(e)))?
            }
            storage::Chunk::Bundle(bundle) => {
                tracing::trace!("first chunk is change chunk");
                let bundle = Bundle::new_from_unverified(bundle.into_owned())
                    .map_err(|e| load::Error::InvalidBundleColumn(Box::new(e)))?;
                let changes = bundle
                    .to_changes()
                    .map_err(|e| load::Error::InvalidBundleChange(Box::new(e)))?;
                let doc = self.load_rest(empty(), changes, false, remaining)?;
                return Ok((Stage::Loaded, Some(doc)));
            }
            storage::Chunk::CompressedChange(stored_change, compressed) => {
                tracing::trace!("first chunk is compressed change");
                Change::new_from_unverified(
                    stored_change.into_owned(),
                    Some(compressed.into_owned()),
                )
                .map_err(|e| load::Error::InvalidChangeColumns(Box::new(e)))?
            }
        };
        let doc = self.load_rest(empty(), vec![change], false, remaining)?;
        Ok((Stage::Loaded, Some(doc)))
    }

    fn read_changes(
        &mut self,
        document: &Document<'a>,
        op_set: OpSet,
        rest: parse::Input<'a>,
    ) -> Result<(Stage<'a>, Option<Automerge>), AutomergeError> {
        let options = &self.options;
        let prepared = document
            .prepare(op_set, options.change_hashes)
            .map_err(inflate_error)?;
        match prepared {
            Prepared::Indexing(indexing) => Ok((Stage::Index(Box::new(indexing), rest), None)),
            Prepared::Rebuilding(op_set, change_cols) => {
                let rebuilding = document
                    .rebuilding(op_set, change_cols, options.verification_mode)
                    .map_err(inflate_error)?;
                Ok((Stage::Rebuild(Box::new(rebuilding), rest), None))
            }
        }
    }

    /// The document reconstructed, or (when this load allows it) the one
    /// whose marks are out of order.
    fn taken(
        &self,
        reconstructed: Result<Automerge, ReconstructError>,
    ) -> Result<Automerge, AutomergeError> {
        match reconstructed {
            Ok(doc) => Ok(doc),
            Err(ReconstructError::InvalidMarkOrderDoc {
                doc,
                error_message: _,
            }) if self.mark_order.allows_invalid() => Ok(*doc),
            Err(e) => Err(inflate_error(e)),
        }
    }

    /// The changes after the first chunk applied to `am`, which holds the
    /// first chunk (and `changes`, when it held changes), and the options'
    /// last steps taken.
    fn load_rest(
        &mut self,
        mut am: Automerge,
        changes: Vec<Change>,
        first_chunk_was_doc: bool,
        remaining: parse::Input<'a>,
    ) -> Result<Automerge, AutomergeError> {
        tracing::trace!("loading change chunks");
        let options = &mut self.options;
        match load::load_changes(
            remaining.reset(),
            options.text_encoding,
            &am.change_graph,
            self.mark_order,
        ) {
            load::LoadedChanges::Complete(c) => {
                am.apply_changes(changes.into_iter().chain(c))?;
                // Only allow missing deps if the first chunk was a document chunk
                // See https://github.com/automerge/automerge/pull/599#issuecomment-1549667472
                if !am.queue.is_empty()
                    && !first_chunk_was_doc
                    && options.on_partial_load == OnPartialLoad::Error
                {
                    return Err(AutomergeError::MissingDeps);
                }
            }
            load::LoadedChanges::Partial { error, .. } => {
                if options.on_partial_load == OnPartialLoad::Error {
                    return Err(error.into());
                }
            }
        }
        if let StringMigration::ConvertToText = options.string_migration {
            am.convert_scalar_strings_to_text()?;
        }
        if let Some(patch_log) = options.patch_log.as_deref_mut() {
            if patch_log.is_active() {
                am.log_current_state(ObjMeta::root(), patch_log, true);
            }
        }
        Ok(am.with_author(options.author.take()))
    }
}

fn inflate_error(e: ReconstructError) -> AutomergeError {
    load::Error::InflateDocument(Box::new(e)).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transaction::Transactable;
    use crate::{ObjType, ReadDoc, ScalarValue, ROOT};

    /// A document with a map, a list with a deletion, text with a mark and
    /// a counter incremented: every kind of run of ops the index keeps.
    fn sample() -> Automerge {
        let mut doc = Automerge::new();
        doc.transact::<_, _, AutomergeError>(|tx| {
            tx.put(ROOT, "visits", ScalarValue::counter(1))?;
            let list = tx.put_object(ROOT, "steps", ObjType::List)?;
            for (at, step) in ["keys", "alarm", "post"].iter().enumerate() {
                tx.insert(&list, at, *step)?;
            }
            tx.delete(&list, 1)?;
            let text = tx.put_object(ROOT, "notes", ObjType::Text)?;
            tx.splice_text(&text, 0, 0, "Call the landlord")?;
            let mark = crate::marks::Mark::new("bold".into(), true, 0, 4);
            tx.mark(&text, mark, crate::marks::ExpandMark::Both)?;
            for n in 0..40 {
                tx.put(ROOT, format!("key {n}"), n)?;
            }
            Ok(())
        })
        .unwrap();
        doc.transact::<_, _, AutomergeError>(|tx| {
            tx.increment(ROOT, "visits", 2)?;
            tx.put(ROOT, "key 3", "again")?;
            Ok(())
        })
        .unwrap();
        doc
    }

    #[test]
    fn a_document_loaded_a_few_ops_at_a_time_is_the_document_loaded_at_once() {
        let source = sample();
        let bytes = source.save();
        let hashes = source.change_hashes_as_saved().to_vec();
        let options = || LoadOptions::new().change_hashes(&hashes);
        let at_once = Automerge::load_with_options(&bytes, options()).unwrap();
        for ops in [1, 3, 64] {
            let mut load = LoadInSteps::new(&bytes, options());
            let mut steps = 1;
            let doc = loop {
                match load.step(ops).unwrap() {
                    Some(doc) => break doc,
                    None => steps += 1,
                }
            };
            assert!(steps > 60 / ops, "{steps} steps of {ops} ops");
            assert_eq!(doc.save(), at_once.save());
            assert_eq!(doc.get_heads(), source.get_heads());
            assert_eq!(doc.hydrate(None), source.hydrate(None));
            assert!(load.step(ops).is_err(), "a step after the document");
        }
    }

    /// Loads `bytes` `ops` ops at a time: the document or the error, and
    /// how many steps it took.
    fn in_steps(
        bytes: &[u8],
        options: LoadOptions<'_>,
        ops: usize,
    ) -> (Result<Automerge, AutomergeError>, usize) {
        let mut load = LoadInSteps::new(bytes, options);
        let mut steps = 1;
        loop {
            match load.step(ops) {
                Ok(Some(doc)) => return (Ok(doc), steps),
                Ok(None) => steps += 1,
                Err(err) => return (Err(err), steps),
            }
        }
    }

    fn strict<'a>() -> LoadOptions<'a> {
        LoadOptions::new()
            .verification_mode(crate::VerificationMode::Check)
            .checksum_mode(ChecksumMode::DontCheck)
    }

    #[test]
    fn a_document_rebuilt_a_few_ops_at_a_time_is_the_document_rebuilt_at_once() {
        let source = sample();
        let bytes = source.save();
        let at_once = Automerge::load_with_options(&bytes, strict()).unwrap();
        for ops in [1, 3, 64] {
            let (doc, steps) = in_steps(&bytes, strict(), ops);
            let doc = doc.unwrap();
            assert!(steps > 60 / ops, "{steps} steps of {ops} ops");
            assert_eq!(doc.save(), at_once.save());
            assert_eq!(doc.get_heads(), source.get_heads());
            assert_eq!(
                doc.change_hashes_as_saved(),
                source.change_hashes_as_saved()
            );
            assert_eq!(doc.hydrate(None), source.hydrate(None));
        }
    }

    #[test]
    fn a_document_whose_changes_do_not_hash_to_its_heads_is_refused_in_steps() {
        let mut bytes = sample().save();
        let at = bytes
            .windows(8)
            .position(|window| window == b"landlord")
            .unwrap();
        bytes[at] = b'L';
        assert!(Automerge::load_with_options(&bytes, strict()).is_err());
        for ops in [1, 7] {
            let (doc, steps) = in_steps(&bytes, strict(), ops);
            assert!(doc.is_err(), "loaded {ops} ops at a time");
            assert!(
                steps > 60 / ops,
                "refused after {steps} steps, before rebuilding"
            );
        }
    }

    #[test]
    fn changes_load_in_one_step_after_the_parse() {
        let source = sample();
        let (doc, steps) = in_steps(&source.save_after(&[]), LoadOptions::new(), 1);
        assert_eq!(steps, 1);
        assert_eq!(doc.unwrap().get_heads(), source.get_heads());
    }
}
