use hexane::PackError;
use std::collections::BTreeSet;
use std::{borrow::Cow, ops::Range};

use super::{parse, shift_range, ChunkType, Header, RawColumns};

use crate::author::Authors;
use crate::change::decode_author_footer;
use crate::change_graph::{ChangeGraph, ChangeGraphCols};
use crate::op_set2::change::{ChangeCollector, Hashing, IndexedChangeCollector, OutOfMemory};
use crate::op_set2::op_set::{IndexBuilder, MarkOrderValidator};
use crate::op_set2::{OpSet, ReadOpError};
use crate::storage::columns::compression::Uncompressed;
use crate::storage::ColumnSpec;
use crate::{ActorId, Author, Automerge, Change, ChangeHash, TextEncoding};

mod compression;

#[allow(dead_code)]
pub(crate) enum CompressConfig {
    None,
    Threshold(usize),
}

#[derive(Debug, Clone)]
pub(crate) struct Document<'a> {
    bytes: Cow<'a, [u8]>,
    #[allow(dead_code)]
    compressed_bytes: Option<Cow<'a, [u8]>>,
    header: Header,
    actors: Vec<ActorId>,
    heads: Vec<ChangeHash>,
    pub(crate) op_metadata: RawColumns<Uncompressed>,
    op_bytes: Range<usize>,
    change_metadata: RawColumns<Uncompressed>,
    change_bytes: Range<usize>,
}

#[derive(thiserror::Error, Debug)]
pub(crate) enum ParseError {
    #[error(transparent)]
    Leb128(#[from] parse::leb128::Error),
    #[error(transparent)]
    RawColumns(#[from] crate::storage::columns::raw_column::ParseError),
    #[error("bad column layout for {column_type}s: {error}")]
    BadColumnLayout {
        column_type: &'static str,
        error: super::columns::BadColumnLayout,
    },
}

impl<'a> Document<'a> {
    /// Parse a document chunk. Input must be the entire chunk including the header and magic
    /// bytes but the header must already have been parsed. That is to say, this is expected to be
    /// used like so:
    ///
    /// ```rust,ignore
    /// # use automerge::storage::{parse::{ParseResult, Input}, Document, Header};
    /// # fn main() -> ParseResult<(), ()> {
    /// let chunkbytes: &[u8] = todo!();
    /// let input = Input::new(chunkbytes);
    /// let (i, header) = Header::parse(input)?;
    /// let (i, doc) = Document::parse(i, header)?;
    /// # }
    /// ```
    pub(crate) fn parse(
        input: parse::Input<'a>,
        header: Header,
    ) -> parse::ParseResult<'a, Document<'a>, ParseError> {
        let i = input;

        // Because some columns in a document may be compressed we do some funky stuff when
        // parsing. As we're parsing the chunk we split the data into four parts:
        //
        // .----------------.
        // | Prefix         |
        // |.--------------.|
        // || Actors       ||
        // || Heads        ||
        // || Change Meta  ||
        // || Ops Meta     ||
        // |'--------------'|
        // +----------------+
        // | Change data    |
        // +----------------+
        // | Ops data       |
        // +----------------+
        // | Suffix         |
        // |.--------------.|
        // || Head indices ||
        // |'--------------'|
        // '----------------'
        //
        // We record the range of each of these sections using `parse::range_of`. Later, we check
        // if any of the column definitions in change meta or ops meta specify that their columns
        // are compressed. If there are compressed columns then we copy the uncompressed parts of the
        // input data to a new output vec, then decompress the compressed parts. Specifically we do
        // the following:
        //
        // * Copy everything in prefix to the output buffer
        // * If any of change columns are compressed, copy all of change data to the output buffer
        //   decompressing each compressed column
        // * Likewise if any of ops columns are compressed copy the data decompressing as required
        // * Finally copy the suffix
        //
        // The reason for all this work is that we end up keeping all of the data behind the
        // document chunk in a single Vec, which plays nicely with the cache and makes dumping the
        // document to disk or network straightforward.

        // parse everything in the prefix
        let (i, r) = parse::range_of(
            |i| -> parse::ParseResult<'_, _, ParseError> {
                let (i, actors) = parse::length_prefixed(parse::actor_id)(i)?;
                let (i, heads) = parse::length_prefixed(parse::change_hash)(i)?;
                let (i, change_meta) = RawColumns::parse::<ParseError>(i)?;
                let (i, ops_meta) = RawColumns::parse::<ParseError>(i)?;
                Ok((i, (actors, heads, change_meta, ops_meta)))
            },
            i,
        )?;
        let prefix = r.range.start;
        let (actors, heads, change_meta, ops_meta) = r.value;

        // parse the change data
        let change_len = change_meta.total_column_len();
        let (i, changes) = parse::range_only(|i| parse::take_n(change_len, i), i)?;

        // parse the ops data
        let ops_len = ops_meta.total_column_len();
        let (i, ops) = parse::range_only(|i| parse::take_n(ops_len, i), i)?;

        // parse the suffix, which may be empty if this document was produced by an older version
        // of the JS automerge implementation
        let (i, Range { start: suffix, .. }) = parse::range_only_unless_empty(
            |i| parse::apply_n(heads.len(), parse::leb128_u64::<ParseError>)(i),
            i,
        )?;

        let compression::Decompressed {
            change_bytes,
            op_bytes,
            uncompressed,
            compressed,
            changes,
            ops,
        } = compression::decompress(compression::Args {
            prefix,
            suffix,
            original: Cow::Borrowed(input.bytes()),
            changes: compression::Cols::new(changes, change_meta),
            ops: compression::Cols::new(ops, ops_meta),
            extra_args: (),
        })
        .map_err(|e| parse::ParseError::Error(ParseError::RawColumns(e)))?;

        let op_metadata = OpSet::validate(op_bytes.len(), &ops).map_err(|error| {
            parse::ParseError::Error(ParseError::BadColumnLayout {
                column_type: "ops",
                error,
            })
        })?;

        let change_metadata =
            ChangeGraph::validate(change_bytes.len(), &changes).map_err(|error| {
                parse::ParseError::Error(ParseError::BadColumnLayout {
                    column_type: "changes",
                    error,
                })
            })?;

        Ok((
            i,
            Document {
                bytes: uncompressed,
                compressed_bytes: compressed,
                header,
                actors,
                heads,
                op_metadata,
                op_bytes,
                change_metadata,
                change_bytes,
            },
        ))
    }

    pub(crate) fn change_meta(&self) -> &RawColumns<Uncompressed> {
        &self.change_metadata
    }

    pub(crate) fn change_bytes(&self) -> &[u8] {
        &self.bytes[self.change_bytes.clone()]
    }

    pub(crate) fn new(
        op_set: &OpSet,
        change_graph: &ChangeGraph,
        compress: CompressConfig,
    ) -> Document<'static> {
        let (op_metadata, ops_out_b) = op_set.export();

        let mut change_out = Vec::new();
        let change_metadata = change_graph.encode(&mut change_out);

        // actors already sorted
        let actors = op_set.actors.clone();

        let mut data = Vec::with_capacity(ops_out_b.len() + change_out.len());
        leb128::write::unsigned(&mut data, actors.len() as u64).unwrap();
        for actor in &actors {
            leb128::write::unsigned(&mut data, actor.to_bytes().len() as u64).unwrap();
            data.extend(actor.to_bytes());
        }

        let heads = change_graph.heads().collect::<Vec<_>>();
        let head_indices = change_graph.head_indexes().collect::<Vec<_>>();

        leb128::write::unsigned(&mut data, heads.len() as u64).unwrap();
        for head in &heads {
            data.extend(head.as_bytes());
        }
        let prefix_len = data.len();

        change_metadata.write(&mut data);
        op_metadata.write(&mut data);
        let change_start = data.len();
        let change_end = change_start + change_out.len();
        data.extend(change_out);
        let ops_start = data.len();
        let ops_end = ops_start + ops_out_b.len();
        data.extend(ops_out_b);
        let suffix_start = data.len();

        for index in &head_indices {
            leb128::write::unsigned(&mut data, *index).unwrap();
        }

        let header = Header::new(ChunkType::Document, &data);
        let mut bytes = Vec::with_capacity(data.len() + header.len());
        header.write(&mut bytes);
        let header_len = bytes.len();
        bytes.extend(&data);

        let op_bytes = shift_range(ops_start..ops_end, header.len());
        let change_bytes = shift_range(change_start..change_end, header.len());

        let compressed_bytes = if let CompressConfig::Threshold(threshold) = compress {
            let compressed = Cow::Owned(compression::compress(compression::Args {
                prefix: prefix_len + header.len(),
                suffix: suffix_start + header.len(),
                ops: compression::Cols {
                    raw_columns: op_metadata.clone(),
                    data: op_bytes.clone(),
                },
                changes: compression::Cols {
                    raw_columns: change_metadata.clone(),
                    data: change_bytes.clone(),
                },
                original: Cow::Borrowed(&bytes),
                extra_args: compression::CompressArgs {
                    threshold,
                    original_header_len: header_len,
                },
            }));
            Some(compressed)
        } else {
            None
        };

        Document {
            actors,
            bytes: Cow::Owned(bytes),
            compressed_bytes,
            header,
            heads,
            op_metadata,
            op_bytes,
            change_metadata,
            change_bytes,
        }
    }

    pub(crate) fn op_raw_bytes(&self) -> &[u8] {
        &self.bytes[self.op_bytes.clone()]
    }

    pub(crate) fn into_bytes(self) -> Vec<u8> {
        if let Some(compressed) = self.compressed_bytes {
            compressed.into_owned()
        } else {
            self.bytes.into_owned()
        }
    }

    /// Hashes the chunk's data as stored (with its columns compressed, if
    /// they were): a parsed document chunk is hashed only when asked. The
    /// bytes kept end with the chunk's data.
    pub(crate) fn checksum_valid(&self) -> bool {
        let stored = self.compressed_bytes.as_deref().unwrap_or(&self.bytes);
        let data_len = self.header.data_bytes().len();
        stored
            .len()
            .checked_sub(data_len)
            .is_some_and(|start| self.header.data_checksum_valid(&stored[start..]))
    }

    pub(crate) fn actors(&self) -> &[ActorId] {
        &self.actors
    }

    pub(crate) fn heads(&self) -> &[ChangeHash] {
        &self.heads
    }

    /// What is left of reading the document these bytes hold once its ops
    /// are read ([`OpSet::load`]): the change columns read, and then either
    /// the ops indexed, which a load in steps ([`crate::LoadInSteps`]) does
    /// a part at a time, or the changes rebuilt. `known_hashes`, when given
    /// and when they fit the changes ([`ChangeGraphCols::fits_hashes`]), are
    /// taken as the changes' hashes instead of rebuilding every change to
    /// hash it (vendor/README.md, change 16): that is a third of loading a
    /// large document. Only for bytes whose hashes were stored with them by
    /// whoever saved them and checked since: the changes are then not
    /// checked against the hashes.
    pub(crate) fn prepare<'h>(
        &self,
        op_set: OpSet,
        known_hashes: Option<&'h [ChangeHash]>,
    ) -> Result<Prepared<'h>, ReconstructError> {
        let change_cols = ChangeGraphCols::load(self)?;
        Ok(
            match known_hashes.filter(|hashes| change_cols.fits_hashes(hashes)) {
                Some(hashes) => Prepared::Indexing(Indexing {
                    index: op_set.index_builder(),
                    indexed: 0,
                    actors: self.actors().len(),
                    op_set,
                    change_cols,
                    hashes,
                }),
                None => Prepared::Rebuilding(op_set, change_cols),
            },
        )
    }

    /// The rest of reading the document without hashes: every change is
    /// rebuilt from the ops to hash it, and the hashes checked as `mode`
    /// says, a part at a time ([`Rebuilding::rebuild_ops`]).
    pub(crate) fn rebuilding(
        &self,
        op_set: OpSet,
        change_cols: ChangeGraphCols,
        mode: VerificationMode,
    ) -> Result<Rebuilding, ReconstructError> {
        let index = op_set.index_builder();
        let collecting = Collecting::try_new(
            RebuildParts {
                op_set,
                change_cols,
            },
            |parts| ChangeCollector::try_new(&parts.change_cols, &parts.op_set),
        )?;
        Ok(Rebuilding {
            collecting,
            index,
            part: RebuildPart::Ops { collected: 0 },
            heads: self.heads.clone(),
            actors: self.actors().len(),
            mode,
        })
    }

    pub(crate) fn reconstruct_changes(
        &self,
        text_encoding: TextEncoding,
    ) -> Result<Vec<Change>, ReconstructError> {
        let op_set = OpSet::load(self, text_encoding)?;
        let change_cols = ChangeGraphCols::load(self)?;

        let mut mark_order = MarkOrderValidator::default();
        let mut change_collector = ChangeCollector::try_new(&change_cols, &op_set)?;
        change_collector.process_ops(&op_set, &mut mark_order)?;
        let changes = change_collector.collect(&op_set)?;
        if let Some(err) = mark_order.take_error() {
            return Err(ReconstructError::InvalidMarkOrderChanges {
                changes,
                error_message: err,
            });
        }
        Ok(changes)
    }
}

/// What is left of reconstructing a document once its columns are read.
pub(crate) enum Prepared<'h> {
    /// Given hashes that fit the changes: the ops only make the index.
    Indexing(Indexing<'h>),
    /// Without them: the changes are rebuilt to hash them.
    Rebuilding(OpSet, ChangeGraphCols),
}

/// A document's ops being indexed, a part at a time, given its changes'
/// hashes: the changes are then not rebuilt, and each change's author is in
/// its metadata.
pub(crate) struct Indexing<'h> {
    op_set: OpSet,
    change_cols: ChangeGraphCols,
    hashes: &'h [ChangeHash],
    index: IndexBuilder,
    /// How many ops, from the first, are indexed.
    indexed: usize,
    /// How many actors the document lists.
    actors: usize,
}

impl Indexing<'_> {
    /// Indexes up to `ops` more ops; `true` once every op is indexed.
    pub(crate) fn index_ops(&mut self, ops: usize) -> Result<bool, ReconstructError> {
        let end = self.indexed.saturating_add(ops).min(self.op_set.len());
        self.index.process_ops(&self.op_set, self.indexed..end)?;
        self.indexed = end;
        Ok(end == self.op_set.len())
    }

    /// The change graph, from the hashes and each change's author, once
    /// [`Self::index_ops`] has indexed every op.
    pub(crate) fn graph(self) -> Assembling {
        // One entry per actor, as in `Document::rebuild`.
        let mut authors = Authors::with_actors(self.actors);
        let authors_of: Vec<_> = self
            .change_cols
            .iter()
            .map(|change| decode_author_footer(&change.extra).map(Author::into_owned))
            .collect();
        let change_graph =
            self.change_cols
                .finalize_known(self.hashes, authors_of.into_iter(), &mut authors);
        Assembling {
            op_set: self.op_set,
            index: self.index,
            change_graph,
            authors,
        }
    }
}

/// What a document read without its changes' hashes is rebuilt from: its
/// ops and its change columns, which the change collector borrows.
pub(crate) struct RebuildParts {
    op_set: OpSet,
    change_cols: ChangeGraphCols,
}

self_cell::self_cell!(
    /// The parts and the collector rebuilding the changes from them, kept
    /// together from one step of a load to the next (vendor/README.md,
    /// change 30): the collector holds the ops it has taken, as borrowed
    /// from the op set, until their changes are hashed.
    pub(crate) struct Collecting {
        owner: RebuildParts,
        #[not_covariant]
        dependent: ChangeCollector,
    }
);

/// A document's changes being rebuilt from its ops to hash them, a part at
/// a time: first every op is taken into its change (and indexed), then the
/// changes are hashed in the document's order.
pub(crate) struct Rebuilding {
    collecting: Collecting,
    index: IndexBuilder,
    part: RebuildPart,
    /// The heads the document names, which the hashes must come to.
    heads: Vec<ChangeHash>,
    /// How many actors the document lists.
    actors: usize,
    mode: VerificationMode,
}

enum RebuildPart {
    /// How many ops, from the first, are taken.
    Ops {
        collected: usize,
    },
    Hashes(Hashing),
}

impl Rebuilding {
    /// Takes up to `ops` more ops into their changes, or once every op is
    /// taken hashes changes holding about `ops` ops; `true` once every
    /// change is hashed.
    pub(crate) fn rebuild_ops(&mut self, ops: usize) -> Result<bool, ReconstructError> {
        let Self {
            collecting,
            index,
            part,
            ..
        } = self;
        collecting.with_dependent_mut(|parts, collector| {
            let op_set = &parts.op_set;
            match part {
                RebuildPart::Ops { collected } => {
                    let end = collected.saturating_add(ops).min(op_set.len());
                    IndexedChangeCollector { index, collector }
                        .process_ops(op_set, *collected..end)?;
                    *collected = end;
                    if end == op_set.len() {
                        *part = RebuildPart::Hashes(collector.start_hashing(op_set));
                    }
                    Ok(false)
                }
                RebuildPart::Hashes(hashing) => Ok(collector.hash_changes(hashing, ops)?),
            }
        })
    }

    /// The change graph, once the hashes check out as the load's mode says:
    /// what is left of the rebuild first, if [`Self::rebuild_ops`] has not
    /// done it all.
    pub(crate) fn graph(mut self) -> Result<Assembling, ReconstructError> {
        while !self.rebuild_ops(usize::MAX)? {}
        let RebuildPart::Hashes(hashing) = self.part else {
            unreachable!("every op is taken before the changes are hashed");
        };
        let collected = hashing.collected;
        if self.mode == VerificationMode::Check && !self.heads.iter().eq(collected.heads.iter()) {
            let expected_heads: BTreeSet<_> = self.heads.iter().cloned().collect();
            tracing::error!(?expected_heads, ?collected.heads, "mismatching heads");
            return Err(ReconstructError::MismatchingHeads(MismatchedHeads {
                changes: collected.hashes.len(),
                expected_heads,
                derived_heads: collected.heads,
            }));
        }
        let RebuildParts {
            op_set,
            change_cols,
        } = self.collecting.into_owner();
        // One entry per actor (not per change, which only happened to be
        // as many or more in a document that holds together): a document
        // listing actors none of its changes has drops them, entry and all.
        let mut authors = Authors::with_actors(self.actors);
        let change_graph = change_cols.finalize_rebuilt(collected, &mut authors);
        Ok(Assembling {
            op_set,
            index: self.index,
            change_graph,
            authors,
        })
    }
}

/// The parts of a document, to put together.
pub(crate) struct Assembling {
    op_set: OpSet,
    index: IndexBuilder,
    change_graph: ChangeGraph,
    authors: Authors,
}

impl Assembling {
    /// The document made of its indexed ops and its change graph.
    pub(crate) fn assemble(self) -> Result<Automerge, ReconstructError> {
        let Self {
            mut op_set,
            index,
            change_graph,
            authors,
        } = self;
        let (indexes, mut mark_order_validator) = index.finish();
        op_set.set_indexes(indexes);

        debug_assert!(op_set.validate_top_index());

        let doc = Automerge::from_parts(op_set, change_graph, authors);

        if let Some(err) = mark_order_validator.take_error() {
            Err(ReconstructError::InvalidMarkOrderDoc {
                doc: Box::new(doc),
                error_message: err,
            })
        } else {
            Ok(doc)
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum ReconstructError {
    // FIXME - I need to do this check
    //#[error("the document contained ops which were out of order")]
    //OpsOutOfOrder,
    #[error("invalid changes: {0}")]
    InvalidChanges(#[from] crate::storage::load::change_collector::Error),
    #[error("mismatching heads")]
    MismatchingHeads(MismatchedHeads),
    // FIXME - i need to do this check
    //#[error("succ out of order")]
    //SuccOutOfOrder,
    #[error(transparent)]
    InvalidOp(#[from] crate::error::InvalidOpType),
    #[error(transparent)]
    PackErr(#[from] PackError),
    #[error(transparent)]
    ReadOpErr(#[from] ReadOpError),
    #[error("invalid actor id {0}")]
    InvalidActorId(usize),
    #[error("invalid column length {0:?}")]
    InvalidColumnLength(ColumnSpec),
    #[error("max_op is lower than start_op")]
    InvalidMaxOp,
    #[error("a change depends on a change listed after it")]
    DependencyOutOfOrder,
    #[error("invalid mark operation order: {error_message}")]
    InvalidMarkOrderDoc {
        doc: Box<Automerge>,
        error_message: String,
    },
    #[error("invalid mark operation order: {error_message}")]
    InvalidMarkOrderChanges {
        changes: Vec<Change>,
        error_message: String,
    },
    #[error(transparent)]
    OutOfMemory(#[from] OutOfMemory),
}

pub(crate) struct MismatchedHeads {
    /// How many changes the document holds.
    changes: usize,
    expected_heads: BTreeSet<ChangeHash>,
    derived_heads: BTreeSet<ChangeHash>,
}

impl std::fmt::Debug for MismatchedHeads {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MismatchedHeads")
            .field("changes", &self.changes)
            .field("expected_heads", &self.expected_heads)
            .field("derived_heads", &self.derived_heads)
            .finish()
    }
}

use super::load::VerificationMode;
