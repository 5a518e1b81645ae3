use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::marker::PhantomData;
use std::mem::size_of;
use std::num::NonZero;
use std::ops::Range;

use super::super::types::{Action, ActorIdx};
use super::super::ValueMeta;
use super::{length_prefixed_bytes, shift_range};
use super::{ActorMapper, ChangeOpsColumns};

use crate::author::Authors;
use crate::change::decode_author_footer;
use crate::change_graph::{ChangeGraph, ChangeGraphCols};
use crate::error::AutomergeError;
use crate::op_set2::change::{write_change_ops, GetHash};
use crate::op_set2::op_set::{IndexBuilder, MarkOrderValidator};
use crate::storage::bundle::BundleChange;
use crate::storage::change::{Change as StoredChange, Verified};
use crate::storage::load::change_collector::Error;
use crate::storage::{ChunkType, Header};
use crate::Author;
use crate::{
    change::Change,
    op_set2::{ChangeMetadata, KeyRef, Op, OpBuilder, OpSet, ReadOpError},
    types::{ActorId, ChangeHash, ObjId, OpId},
};

#[derive(Debug, thiserror::Error)]
#[error("out of memory")]
pub(crate) struct OutOfMemory;

/// A change collector and the index taking the same ops, a range at a
/// time: the changes of a document loaded without their hashes are rebuilt
/// from its ops while the ops are indexed, in one pass over them
/// (`Document::rebuilding`, a part at a time in a load in steps).
pub(crate) struct IndexedChangeCollector<'i, 'a> {
    pub(crate) index: &'i mut IndexBuilder,
    pub(crate) collector: &'i mut ChangeCollector<'a>,
}

impl<'a> IndexedChangeCollector<'_, 'a> {
    /// Takes the ops of `op_set` in `range`, which begins where the last
    /// call's ended (at 0 for the first).
    pub(crate) fn process_ops(
        &mut self,
        op_set: &'a OpSet,
        range: Range<usize>,
    ) -> Result<(), ReadOpError> {
        let mut iter = op_set.iter_range(&range);

        while let Some(op) = iter.try_next()? {
            let op_id = op.id;
            let op_is_counter = op.is_counter();
            let op_succ = op.succ();

            self.process_op(op);

            for id in op_succ {
                self.index.process_succ(op_is_counter, id);
                self.collector.process_succ(op_id, id);
            }
        }
        Ok(())
    }

    fn process_op(&mut self, op: Op<'a>) {
        let next = Some((op.obj, op.elemid_or_key()));
        let flush = self.collector.last != next;
        if flush {
            self.index.flush();
        }
        self.index.process_op(&op);
        self.collector.process_op_internal(op, flush);
        if flush {
            self.collector.last = next;
        }
    }
}

// TODO: the most memory efficient version of the ChangeCollector
// would consume a change_meta_iter and an op_iter and itself be an iterator
// that emits Change's.  This iterator could then be fed into a
// ChangeGraph::from_iter()
//
// change_iter would only be read from when an op is found with no associated
// change builder.  When a change_builder gets its last op and is emitted
//
// As ChangeBuilders are only allocated as needed and freed when finished then
// no aditional memory would need to be allocated if all ops in the document are
// in change order.  As all objects are in change order and all ops within a
// register are in change order, most ops should fit this pattern.
//
// The worst case scenario for this implementation would be the current memory usage

pub(crate) struct ChangeCollector<'a> {
    mapper: ActorMapper<'a>,
    changes: Vec<BuildChangeMetadata<'a>>,
    pub(crate) builders: Vec<ChangeBuilder<'a>>,
    last: Option<(ObjId, KeyRef<'a>)>,
    preds: HashMap<OpId, Vec<OpId>>,
}

#[derive(Clone, PartialEq, Debug)]
pub(crate) struct BuildChangeMetadata<'a> {
    pub(crate) actor: usize,
    pub(crate) seq: u64,
    pub(crate) max_op: u64,
    pub(crate) timestamp: i64,
    pub(crate) message: Option<Cow<'a, str>>,
    pub(crate) deps: Vec<u64>,
    pub(crate) extra: Cow<'a, [u8]>,
    pub(crate) start_op: u64,
    pub(crate) builder: usize,
}

impl BuildChangeMetadata<'_> {
    pub(crate) fn num_ops(&self) -> usize {
        (1 + self.max_op - self.start_op) as usize
    }

    pub(crate) fn message_str(&self) -> &str {
        self.message.as_deref().unwrap_or_default()
    }
}

#[derive(Debug)]
pub(crate) struct ChangeBuilder<'a> {
    actor: usize,
    seq: u64,
    change: usize,
    start_op: u64,
    encoder: OpEncoderStrategy<'a>,
}

#[derive(Debug, Default)]
enum OpEncoderStrategy<'a> {
    Ops(VecEncoder<'a>),
    Enc(Box<ProgressiveEncoder<'a>>),
    #[default]
    Null, // this can be removed if we can consume the builder on finnish
}

impl<'a> OpEncoderStrategy<'a> {
    fn new(num_ops: usize) -> Self {
        let ops_size = num_ops * size_of::<Option<OpBuilder<'_>>>();
        let enc_size = size_of::<ProgressiveEncoder<'_>>();
        if ops_size > enc_size {
            Self::Enc(Box::new(ProgressiveEncoder::new(num_ops as u64)))
        } else {
            Self::Ops(VecEncoder::new(num_ops as u64))
        }
    }

    fn try_new(num_ops: usize) -> Result<Self, OutOfMemory> {
        if CAN_OOM {
            // VecEncoder is not ideal for large changes
            // but allocates all its memory up front which allows us to
            // detect OOM errors
            Ok(Self::Ops(VecEncoder::try_new(num_ops as u64)?))
        } else {
            Ok(Self::new(num_ops))
        }
    }

    fn num_ops(&self) -> u64 {
        match self {
            Self::Ops(v) => v.num_ops(),
            Self::Enc(e) => e.num_ops,
            Self::Null => 0,
        }
    }

    fn add(&mut self, index: usize, op: OpBuilder<'a>) {
        match self {
            Self::Ops(v) => v.add(index, op),
            Self::Enc(e) => e.add(index, op),
            Self::Null => (),
        }
    }

    fn into_change_cols(
        self,
        change: &BuildChangeMetadata<'_>,
        mapper: &mut ActorMapper<'_>,
    ) -> Result<ChangeCols, Error> {
        mapper.reset();
        match self {
            Self::Ops(mut v) => v.finish(change, mapper),
            Self::Enc(e) => e.finish(change, mapper),
            Self::Null => Err(Error::InvalidState),
        }
    }

    /// Appends the change's chunk data (all of it but the header) to
    /// `data`: what the header's hash and the stored change are made of.
    fn write_data<G>(
        self,
        change: &BuildChangeMetadata<'_>,
        graph: &G,
        mapper: &mut ActorMapper<'_>,
        data: &mut Vec<u8>,
    ) -> Result<ChangeData, Error>
    where
        G: GetHash + ?Sized,
    {
        let cols = self.into_change_cols(change, mapper)?;
        let num_ops = cols.num_ops as usize;
        let start_op = cols.start_op.unwrap_or(change.max_op + 1);
        let ops_meta = cols.meta;
        let col_data = cols.data;
        let actor = cols.actor;
        let other_actors = cols.other_actors;

        // The columns, and room for what comes before them: the
        // dependencies' hashes, the actors, the message and the metadata.
        data.reserve(
            col_data.len()
                + change.extra.len()
                + change.deps.len() * 32
                + change.message_str().len()
                + (other_actors.len() + 1) * 32
                + 128,
        );

        leb128::write::unsigned(data, change.deps.len() as u64).unwrap();

        let deps = change
            .deps
            .iter()
            .map(|i| graph.get_hash(*i as usize).ok_or(Error::ChangesOutOfOrder))
            .collect::<Result<Vec<_>, _>>()?;

        for hash in &deps {
            data.write_all(hash.as_bytes()).unwrap();
        }

        length_prefixed_bytes(&actor, data);

        leb128::write::unsigned(data, change.seq).unwrap();
        leb128::write::unsigned(data, start_op).unwrap();
        leb128::write::signed(data, change.timestamp).unwrap();

        length_prefixed_bytes(change.message_str(), data);

        leb128::write::unsigned(data, other_actors.len() as u64).unwrap();

        for actor in other_actors.iter() {
            length_prefixed_bytes(actor, data);
        }

        ops_meta.raw_columns().write(data);

        let ops_data_start = data.len();
        let ops_data = ops_data_start..(ops_data_start + col_data.len());

        data.extend(col_data);
        let extra_bytes = data.len()..(data.len() + change.extra.len());
        if !change.extra.is_empty() {
            data.extend(change.extra.as_ref());
        }

        Ok(ChangeData {
            deps,
            actor,
            other_actors,
            start_op,
            num_ops,
            ops_meta,
            ops_data,
            extra_bytes,
        })
    }

    fn finish<G>(
        self,
        change: &BuildChangeMetadata<'_>,
        graph: &G,
        mapper: &mut ActorMapper<'_>,
    ) -> Result<StoredChange<'static, Verified>, Error>
    where
        G: GetHash + ?Sized,
    {
        let mut data = Vec::new();
        let written = self.write_data(change, graph, mapper, &mut data)?;

        let header = Header::new(ChunkType::Change, &data);

        let mut bytes = Vec::with_capacity(header.len() + data.len());
        header.write(&mut bytes);
        bytes.extend(data);

        let ops_data = shift_range(written.ops_data, header.len());
        let extra_bytes = shift_range(written.extra_bytes, header.len());

        Ok(StoredChange {
            bytes: Cow::Owned(bytes),
            header,
            dependencies: written.deps,
            actor: written.actor,
            other_actors: written.other_actors,
            seq: change.seq,
            start_op: NonZero::new(written.start_op).unwrap(),
            timestamp: change.timestamp,
            message: change.message.as_ref().map(|s| s.to_string()),
            ops_meta: written.ops_meta,
            ops_data,
            extra_bytes,
            num_ops: written.num_ops,
            _phantom: PhantomData,
        })
    }
}

/// A change's chunk data as [`OpEncoderStrategy::write_data`] wrote it: what
/// a stored change keeps beside its bytes, and where in them its op columns
/// and extra bytes are.
struct ChangeData {
    deps: Vec<ChangeHash>,
    actor: ActorId,
    other_actors: Vec<ActorId>,
    start_op: u64,
    num_ops: usize,
    ops_meta: crate::storage::change::ChangeOpsColumns,
    ops_data: std::ops::Range<usize>,
    extra_bytes: std::ops::Range<usize>,
}

#[derive(Clone, Debug, Default)]
pub(crate) struct VecEncoder<'a> {
    data: Vec<Option<OpBuilder<'a>>>,
    duplicate: bool,
}

impl<'a> VecEncoder<'a> {
    fn new(num_ops: u64) -> Self {
        Self {
            data: vec![None; num_ops as usize],
            duplicate: false,
        }
    }

    fn try_new(num_ops: u64) -> Result<Self, OutOfMemory> {
        let num_ops = num_ops as usize;
        let mut data = Vec::new();
        data.try_reserve(num_ops).map_err(|_| OutOfMemory)?;
        data.extend(std::iter::repeat_n(None, num_ops));
        Ok(Self {
            data,
            duplicate: false,
        })
    }

    fn num_ops(&self) -> u64 {
        self.data.len() as u64
    }

    fn add(&mut self, index: usize, op: OpBuilder<'a>) {
        // Two ops with one id (only a forged document has them) are
        // refused when the change is finished.
        if self.data[index].is_some() {
            self.duplicate = true;
        }
        self.data[index] = Some(op);
    }

    fn finish(
        &mut self,
        change: &BuildChangeMetadata<'_>,
        mapper: &mut ActorMapper<'_>,
    ) -> Result<ChangeCols, Error> {
        if self.duplicate {
            return Err(Error::DuplicateOps);
        }
        let start_pos = self.data.iter().position(|op| op.is_some()).unwrap_or(0);
        let ops = &self.data[start_pos..];
        if ops.iter().any(|o| o.is_none()) {
            return Err(Error::MissingOps);
        }

        if let Some(Some(last)) = ops.last() {
            if last.id.counter() != change.max_op {
                return Err(Error::IncorrectMaxOp);
            }
        }

        // About what a few ops' columns take, so that writing them seldom
        // grows the buffer: each change a load rebuilds makes one.
        let mut data = Vec::with_capacity(64 + 16 * ops.len());
        let meta = write_change_ops(ops, change.actor, &mut data, mapper);
        let actor = mapper.actors[change.actor].clone();
        let other_actors = mapper.iter().collect();

        Ok(ChangeCols {
            actor,
            other_actors,
            start_op: ops
                .first()
                .and_then(|op| op.as_ref())
                .map(|op| op.id.counter()),
            num_ops: ops.len() as u64,
            data,
            meta,
        })
    }
}

#[derive(Debug, Default)]
pub(crate) struct ProgressiveEncoder<'a> {
    pub(crate) len: usize,
    pub(crate) start_op: Option<u64>,
    pub(crate) num_ops: u64,
    actors: Vec<bool>,
    queue: BTreeMap<usize, OpBuilder<'a>>,
    /// Two ops with one id were added (only a forged document has them).
    duplicate: bool,
    obj_actor: hexane::Encoder<'a, Option<ActorIdx>>,
    obj_ctr: hexane::Encoder<'a, Option<u64>>,
    key_actor: hexane::Encoder<'a, Option<ActorIdx>>,
    key_ctr: hexane::DeltaEncoder<'a, Option<i64>>,
    key_str: hexane::Encoder<'a, Option<String>>,
    insert: hexane::Encoder<'a, bool>,
    action: hexane::Encoder<'a, Action>,
    value_meta: hexane::Encoder<'a, ValueMeta>,
    value: Vec<u8>,
    pred_count: hexane::Encoder<'a, u64>,
    pred_actor: hexane::Encoder<'a, ActorIdx>,
    pred_ctr: hexane::DeltaEncoder<'a, i64>,
    expand: hexane::Encoder<'a, bool>,
    mark_name: hexane::Encoder<'a, Option<String>>,
}

impl<'a> ProgressiveEncoder<'a> {
    fn new(num_ops: u64) -> Self {
        ProgressiveEncoder {
            num_ops,
            ..Default::default()
        }
    }

    fn process_actor(&mut self, actor: usize) {
        if actor >= self.actors.len() {
            self.actors.resize(actor + 1, false);
        }
        self.actors[actor] = true;
    }
    fn process_op(&mut self, op: &OpBuilder<'a>) {
        if let Some(actor) = op.obj.actor() {
            self.process_actor(usize::from(actor));
        }
        if let Some(actor) = op.key.actor() {
            self.process_actor(usize::from(actor));
        }
        for id in &op.pred {
            self.process_actor(id.actor());
        }
    }

    fn add(&mut self, index: usize, op: OpBuilder<'a>) {
        self.process_op(&op);
        if index < self.len || self.queue.contains_key(&index) {
            self.duplicate = true;
        }
        if index == self.len {
            self.append(op);
            self.len += 1;
            while let Some(op) = self.queue.remove(&self.len) {
                self.append(op);
                self.len += 1;
            }
        } else {
            self.queue.insert(index, op);
        }
    }

    fn append(&mut self, op: OpBuilder<'a>) {
        if self.start_op.is_none() {
            self.start_op = Some(op.id.counter());
        }
        self.obj_actor.append(op.obj.actor());
        self.obj_ctr.append(op.obj.counter());
        self.key_actor.append(op.key.actor());
        self.key_ctr.append(op.key.icounter());
        self.key_str
            .append_owned(op.key.key_str().map(|s| s.into_owned()));
        self.insert.append(op.insert);
        self.action.append(op.action);
        self.value_meta.append(op.value.meta());
        if let Some(bytes) = op.value.as_raw() {
            self.value.extend(&*bytes);
        }
        self.pred_count.append(op.pred.len() as u64);
        for id in op.pred {
            self.pred_actor.append(id.actoridx());
            self.pred_ctr.append(id.icounter());
        }
        self.expand.append(op.expand);
        self.mark_name
            .append_owned(op.mark_name.map(|s| s.into_owned()));
    }

    fn flush(&mut self) {
        let queue = std::mem::take(&mut self.queue);
        for (_index, op) in queue {
            self.append(op);
            self.len += 1;
        }
    }

    pub(crate) fn build_mapping(
        &mut self,
        default: usize,
        m: &mut ActorMapper<'_>,
    ) -> Vec<Option<ActorIdx>> {
        m.other_actors.truncate(0);
        let mut seen_index = 1;
        if default >= self.actors.len() {
            self.actors.resize(default + 1, false);
        }
        let mut mapping = vec![None; self.actors.len()];

        self.actors[default] = false;
        mapping[default] = Some(ActorIdx(0));

        for (index, seen) in self.actors.iter().enumerate() {
            if *seen {
                m.other_actors.push(index);
                mapping[index] = Some(ActorIdx(seen_index));
                seen_index += 1;
            }
        }

        mapping
    }

    pub(crate) fn save_to(
        mut self,
        actor: usize,
        data: &mut Vec<u8>,
        mapper: &mut ActorMapper<'_>,
    ) -> ChangeOpsColumns {
        let mapper = self.build_mapping(actor, mapper);

        let remap_opt = |actor: Option<ActorIdx>| actor.map(|a| mapper[usize::from(a)].unwrap());
        let remap = |a: ActorIdx| mapper[usize::from(a)].unwrap();

        let obj_actor = self
            .obj_actor
            .save_to_unless_and_remap(data, None, &remap_opt);
        let obj_ctr = self.obj_ctr.save_to_unless(data, None);
        let key_actor = self
            .key_actor
            .save_to_unless_and_remap(data, None, &remap_opt);
        let key_ctr = self.key_ctr.save_to_unless(data, None);
        let key_str = self.key_str.save_to_unless(data, None);
        let insert = self.insert.save_to(data);
        let action = self.action.save_to(data);
        let value_meta = self.value_meta.save_to(data);
        let value = {
            let start = data.len();
            data.extend(self.value);
            start..data.len()
        };
        let pred_count = self.pred_count.save_to(data);
        let pred_actor = self.pred_actor.save_to_and_remap(data, &remap);
        let pred_ctr = self.pred_ctr.save_to(data);
        let expand = self.expand.save_to_unless(data, false);
        let mark_name = self.mark_name.save_to_unless(data, None);

        ChangeOpsColumns {
            obj_actor,
            obj_ctr,
            key_actor,
            key_ctr,
            key_str,
            insert,
            action,
            value_meta,
            value,
            pred_count,
            pred_actor,
            pred_ctr,
            expand,
            mark_name,
        }
    }

    fn finish(
        mut self,
        change: &BuildChangeMetadata<'_>,
        mapper: &mut ActorMapper<'_>,
    ) -> Result<ChangeCols, Error> {
        if self.duplicate {
            return Err(Error::DuplicateOps);
        }
        self.flush();

        let mut data = vec![];
        let num_ops = self.len as u64;
        let start_op = self.start_op;
        let meta = self.save_to(change.actor, &mut data, mapper).into();
        let actor = mapper.actors[change.actor].clone();
        let other_actors = mapper.iter().collect();

        Ok(ChangeCols {
            actor,
            other_actors,
            start_op,
            num_ops,
            data,
            meta,
        })
    }
}

impl<'a> ChangeBuilder<'a> {
    pub(crate) fn finish<G>(
        &mut self,
        change: &BuildChangeMetadata<'_>,
        graph: &G,
        mapper: &mut ActorMapper<'_>,
    ) -> Result<StoredChange<'static, Verified>, Error>
    where
        G: GetHash,
    {
        let encoder = std::mem::take(&mut self.encoder);
        encoder.finish(change, graph, mapper)
    }

    /// The change's hash and dependencies, its chunk data written to `data`
    /// (cleared first) only to be hashed: no stored change is made.
    fn hash<G>(
        &mut self,
        change: &BuildChangeMetadata<'_>,
        graph: &G,
        mapper: &mut ActorMapper<'_>,
        data: &mut Vec<u8>,
    ) -> Result<(ChangeHash, Vec<ChangeHash>, usize), Error>
    where
        G: GetHash + ?Sized,
    {
        let encoder = std::mem::take(&mut self.encoder);
        data.clear();
        let written = encoder.write_data(change, graph, mapper, data)?;
        let hash = Header::new(ChunkType::Change, data).hash();
        Ok((hash, written.deps, written.num_ops))
    }

    pub(crate) fn max_op(&self) -> u64 {
        self.start_op + self.encoder.num_ops() - 1
    }

    pub(crate) fn add(&mut self, op: OpBuilder<'a>) {
        let counter = op.id.counter();
        let index = (counter - self.start_op) as usize;

        self.encoder.add(index, op);
    }
}

impl<'a> ChangeCollector<'a> {
    pub(crate) fn try_new(
        change_cols: &'a ChangeGraphCols,
        op_set: &'a OpSet,
    ) -> Result<ChangeCollector<'a>, OutOfMemory> {
        let mut meta = Vec::new();
        meta.try_reserve(change_cols.len())
            .map_err(|_| OutOfMemory)?;
        for c in change_cols.iter() {
            meta.push(c);
        }
        ChangeCollector::try_from_change_meta(meta, &op_set.actors)
    }

    pub(crate) fn process_ops(
        &mut self,
        op_set: &'a OpSet,
        mark_order: &mut MarkOrderValidator,
    ) -> Result<(), ReadOpError> {
        let mut iter = op_set.iter();

        while let Some(op) = iter.try_next()? {
            let op_id = op.id;
            let op_succ = op.succ();

            mark_order.process_op(&op);
            self.process_op(op);

            for id in op_succ {
                self.process_succ(op_id, id);
            }
        }
        Ok(())
    }

    pub(crate) fn from_bundle_changes(
        changes: Vec<BundleChange<'a>>,
        actors: &'a [ActorId],
    ) -> ChangeCollector<'a> {
        let changes = changes.into_iter().map(|c| c.into()).collect();
        Self::from_change_meta(changes, actors)
    }

    pub(crate) fn try_from_change_meta(
        mut changes: Vec<BuildChangeMetadata<'a>>,
        actors: &'a [ActorId],
    ) -> Result<ChangeCollector<'a>, OutOfMemory> {
        let mut builders = Vec::new();
        builders
            .try_reserve(changes.len())
            .map_err(|_| OutOfMemory)?;
        for (index, e) in changes.iter().enumerate() {
            builders.push(ChangeBuilder {
                actor: e.actor,
                seq: e.seq,
                change: index,
                start_op: e.start_op,
                encoder: OpEncoderStrategy::try_new(e.num_ops())?,
            })
        }

        builders.sort_unstable_by(|a, b| a.actor.cmp(&b.actor).then(a.seq.cmp(&b.seq)));

        let mapper = ActorMapper::new(actors);

        builders
            .iter()
            .enumerate()
            .for_each(|(index, b)| changes[b.change].builder = index);

        Ok(ChangeCollector {
            mapper,
            changes,
            builders,
            last: None,
            preds: HashMap::default(),
        })
    }

    pub(crate) fn from_change_meta(
        changes: Vec<BuildChangeMetadata<'a>>,
        actors: &'a [ActorId],
    ) -> ChangeCollector<'a> {
        Self::try_from_change_meta(changes, actors).unwrap()
    }

    pub(crate) fn exclude_hashes(
        op_set: &'a OpSet,
        change_graph: &'a ChangeGraph,
        have_deps: &[ChangeHash],
    ) -> Vec<Change> {
        let changes = change_graph.get_build_metadata_clock(have_deps);
        Self::from_build_meta(op_set, change_graph, changes)
    }

    pub(crate) fn exclude_hashes_meta(
        op_set: &'a OpSet,
        change_graph: &'a ChangeGraph,
        authors: &'a Authors,
        have_deps: &[ChangeHash],
    ) -> Vec<ChangeMetadata<'a>> {
        let changes = change_graph.get_build_metadata_clock(have_deps);
        changes
            .into_iter()
            .map(|c| ChangeMetadata {
                actor: Cow::Borrowed(&op_set.actors[c.actor]),
                author: authors.get_author_for_actor(c.actor),
                seq: c.seq,
                start_op: c.start_op,
                max_op: c.max_op,
                timestamp: c.timestamp,
                message: c.message,
                deps: c
                    .deps
                    .iter()
                    .filter_map(|n| change_graph.index_to_hash(*n as usize).cloned())
                    .collect(),
                hash: change_graph.index_to_hash(c.builder).cloned().unwrap(),
                extra: c.extra,
            })
            .collect()
    }

    pub(crate) fn meta_for_hashes<I>(
        op_set: &'a OpSet,
        change_graph: &'a ChangeGraph,
        authors: &'a Authors,
        hashes: I,
    ) -> Result<Vec<ChangeMetadata<'a>>, AutomergeError>
    where
        I: IntoIterator<Item = ChangeHash>,
    {
        let changes = change_graph.get_build_metadata(hashes)?;
        Ok(changes
            .into_iter()
            .map(|c| ChangeMetadata {
                actor: Cow::Borrowed(&op_set.actors[c.actor]),
                author: authors.get_author_for_actor(c.actor),
                seq: c.seq,
                start_op: c.start_op,
                max_op: c.max_op,
                timestamp: c.timestamp,
                message: c.message,
                deps: c
                    .deps
                    .iter()
                    .filter_map(|n| change_graph.index_to_hash(*n as usize).cloned())
                    .collect(),
                hash: change_graph.index_to_hash(c.builder).cloned().unwrap(),
                extra: c.extra,
            })
            .collect())
    }

    pub(crate) fn for_hashes<I>(
        op_set: &'a OpSet,
        change_graph: &'a ChangeGraph,
        hashes: I,
    ) -> Result<Vec<Change>, AutomergeError>
    where
        I: IntoIterator<Item = ChangeHash>,
    {
        let changes = change_graph.get_build_metadata(hashes)?;
        Ok(Self::from_build_meta(op_set, change_graph, changes))
    }

    fn from_build_meta(
        op_set: &'a OpSet,
        change_graph: &'a ChangeGraph,
        changes: Vec<BuildChangeMetadata<'a>>,
    ) -> Vec<Change> {
        let r1 = Self::from_build_meta_inner(op_set, change_graph, changes.clone());
        #[cfg(debug_assertions)]
        {
            // Bundle::from_meta sorts changes by (start_op, actor) before
            // encoding columns, so the two paths produce the same set of
            // changes but not necessarily in the same order. Compare as sets
            // keyed by hash.
            let bundle_changes = crate::storage::Bundle::for_hashes(
                op_set,
                change_graph,
                r1.iter().map(|c| c.hash()),
            )
            .unwrap()
            .to_changes()
            .unwrap();
            let r1_hashes: std::collections::HashSet<_> = r1.iter().map(|c| c.hash()).collect();
            let bundle_hashes: std::collections::HashSet<_> =
                bundle_changes.iter().map(|c| c.hash()).collect();
            debug_assert_eq!(r1_hashes, bundle_hashes);
        }
        r1
    }

    fn from_build_meta_inner(
        op_set: &'a OpSet,
        change_graph: &'a ChangeGraph,
        changes: Vec<BuildChangeMetadata<'a>>,
    ) -> Vec<Change> {
        let min = changes
            .iter()
            .map(|c| c.start_op as usize)
            .min()
            .unwrap_or(0);
        let max = changes.iter().map(|c| c.max_op as usize).max().unwrap_or(0) + 1;

        let mut collector = Self::from_change_meta(changes, &op_set.actors);

        for op in op_set.iter_ctr_range(min..max) {
            let op_id = op.id;
            let op_succ = op.succ();
            collector.process_op(op);

            for id in op_succ {
                collector.process_succ(op_id, id);
            }
        }

        collector.finish(change_graph).unwrap()
    }

    pub(crate) fn process_succ(&mut self, op_id: OpId, succ_id: OpId) {
        self.preds.entry(succ_id).or_default().push(op_id);
    }

    pub(crate) fn process_op(&mut self, op: Op<'a>) {
        let next = Some((op.obj, op.elemid_or_key()));
        let flush = self.last != next;

        self.process_op_internal(op, flush);

        if flush {
            self.last = next;
        }
    }

    fn process_op_internal(&mut self, op: Op<'a>, flush: bool) {
        if flush {
            self.flush_deletes();
        }

        let pred = self.preds.remove(&op.id).unwrap_or_default();

        let op = op.build(pred);

        self.add(op);
    }

    pub(crate) fn add(&mut self, op: OpBuilder<'a>) {
        if let Some(index) = self.builders_index(op.id) {
            self.builders[index].add(op);
        }
    }

    pub(crate) fn builders_index(&self, id: OpId) -> Option<usize> {
        self.builders
            .binary_search_by(|builder| {
                builder
                    .actor
                    .cmp(&id.actor())
                    .then_with(|| match id.counter() {
                        c if c < builder.start_op => Ordering::Greater,
                        c if c > builder.max_op() => Ordering::Less,
                        _ => Ordering::Equal,
                    })
            })
            .ok()
    }

    pub(crate) fn flush_deletes(&mut self) {
        if let Some((obj, key)) = self.last.take() {
            for (id, pred) in &self.preds {
                let op = Op::del(*id, obj, key.clone());
                let op = op.build(pred.to_vec());
                if let Some(index) = self.builders_index(op.id) {
                    self.builders[index].add(op);
                }
            }
            self.preds.clear();
        }
    }

    pub(crate) fn finish(self, change_graph: &ChangeGraph) -> Result<Vec<Change>, Error> {
        self.finish_inner(change_graph, None)
    }

    fn finish_inner(
        mut self,
        graph: &ChangeGraph,
        index: Option<&mut IndexBuilder>,
    ) -> Result<Vec<Change>, Error> {
        self.flush_deletes();

        if let Some(i) = index {
            i.flush()
        }

        let mut changes = Vec::with_capacity(self.changes.len());

        for change in self.changes.into_iter() {
            let actor = change.actor;

            if actor >= self.mapper.actors.len() {
                return Err(Error::MissingActor);
            }

            let change = self.builders[change.builder].finish(&change, graph, &mut self.mapper)?;

            changes.push(Change::new(change))
        }

        Ok(changes)
    }

    pub(crate) fn unbundle(
        mut self,
        actors: &[ActorId],
        deps: &[ChangeHash],
    ) -> Result<Vec<Change>, Error> {
        let num_actors = actors.len();
        let num_changes = self.changes.len();
        let mut changes = Vec::with_capacity(num_changes);

        for change in self.changes.into_iter() {
            if change.actor >= num_actors {
                return Err(Error::MissingActor);
            }

            let all_deps = BundleDeps::new(num_changes, &changes, deps);
            let change = self.builders[change.builder]
                .finish(&change, &all_deps, &mut self.mapper)
                .unwrap();

            changes.push(Change::from(change));
        }
        Ok(changes)
    }

    pub(crate) fn collect(self, op_set: &OpSet) -> Result<Vec<Change>, Error> {
        let mut changes: Vec<Change> = Vec::with_capacity(self.changes.len());
        self.check_each(op_set, |builder, change, mapper| {
            let stored = builder.finish(change, &changes, mapper)?;
            changes.push(Change::from(stored));
            Ok(())
        })?;
        Ok(changes)
    }

    /// Begins what [`Self::collect`] does for a caller that needs only each
    /// change's hash and op count, once every op is collected: every change
    /// is still rebuilt and hashed, into one buffer reused from change to
    /// change, but not kept. Loading a document that came without its
    /// changes' hashes needs no more (vendor/README.md, change 26). Then
    /// [`Self::hash_changes`] hashes them a part at a time (change 30).
    pub(crate) fn start_hashing(&mut self, op_set: &OpSet) -> Hashing {
        self.flush_deletes();
        Hashing {
            next: 0,
            order: ChangeOrder::new(op_set.actors.len()),
            collected: CollectedHashes::with_capacity(self.changes.len()),
            data: Vec::new(),
        }
    }

    /// Rebuilds and hashes the next changes, in the document's order, until
    /// they hold `ops` ops (at least one change); `true` once every change
    /// is hashed (vendor/README.md, change 30).
    pub(crate) fn hash_changes(
        &mut self,
        hashing: &mut Hashing,
        ops: usize,
    ) -> Result<bool, Error> {
        let mut hashed_ops = 0;
        while hashed_ops < ops {
            let Some(change) = self.changes.get(hashing.next) else {
                break;
            };
            hashing.order.check(change)?;
            let builder = &mut self.builders[change.builder];
            let collected = &mut hashing.collected;
            let (hash, deps, change_ops) = builder.hash(
                change,
                collected.hashes.as_slice(),
                &mut self.mapper,
                &mut hashing.data,
            )?;
            for dep in &deps {
                collected.heads.remove(dep);
            }
            collected.heads.insert(hash);
            collected.hashes.push(hash);
            collected.num_ops.push(change_ops as u64);
            collected
                .authors
                .push(decode_author_footer(&change.extra).map(Author::into_owned));
            hashed_ops = hashed_ops.saturating_add(change_ops.max(1));
            hashing.next += 1;
        }
        Ok(hashing.next == self.changes.len())
    }

    /// Checks each change's actor, sequence number and op counter against
    /// those before it and hands its builder to `rebuild`, in the document's
    /// order.
    fn check_each<F>(mut self, op_set: &OpSet, mut rebuild: F) -> Result<(), Error>
    where
        F: FnMut(
            &mut ChangeBuilder<'a>,
            &BuildChangeMetadata<'a>,
            &mut ActorMapper<'a>,
        ) -> Result<(), Error>,
    {
        self.flush_deletes();

        let mut order = ChangeOrder::new(op_set.actors.len());
        for change in self.changes.iter() {
            order.check(change)?;
            rebuild(&mut self.builders[change.builder], change, &mut self.mapper)?;
        }

        Ok(())
    }
}

/// The changes a [`ChangeCollector`] has hashed so far, and where it is.
pub(crate) struct Hashing {
    /// The next change to hash, in the document's order.
    next: usize,
    order: ChangeOrder,
    pub(crate) collected: CollectedHashes,
    /// The buffer each change is rebuilt into to hash it.
    data: Vec<u8>,
}

/// Each actor's last sequence number and op counter, which the next change
/// of that actor must follow.
struct ChangeOrder {
    max_ops: Vec<u64>,
    seq: Vec<u64>,
}

impl ChangeOrder {
    fn new(num_actors: usize) -> Self {
        Self {
            max_ops: vec![0; num_actors],
            seq: vec![0; num_actors],
        }
    }

    /// Checks `change` against the changes of its actor before it.
    fn check(&mut self, change: &BuildChangeMetadata<'_>) -> Result<(), Error> {
        let actor = change.actor;
        if actor >= self.seq.len() {
            return Err(Error::MissingActor);
        }
        if self.seq[actor] + 1 != change.seq {
            return Err(Error::ChangesOutOfOrder);
        }
        self.seq[actor] = change.seq;
        if change.start_op == 0 || change.max_op < self.max_ops[actor] {
            return Err(Error::IncorrectMaxOp);
        }
        self.max_ops[actor] = change.max_op;
        Ok(())
    }
}

/// What [`ChangeCollector::hash_changes`] found: each change's hash, op
/// count and author (read from its extra bytes, as a rebuilt change reads
/// it) in the document's order, and the heads.
pub(crate) struct CollectedHashes {
    pub(crate) hashes: Vec<ChangeHash>,
    pub(crate) num_ops: Vec<u64>,
    pub(crate) authors: Vec<Option<Author<'static>>>,
    pub(crate) heads: BTreeSet<ChangeHash>,
}

impl CollectedHashes {
    fn with_capacity(changes: usize) -> Self {
        Self {
            hashes: Vec::with_capacity(changes),
            num_ops: Vec::with_capacity(changes),
            authors: Vec::with_capacity(changes),
            heads: BTreeSet::new(),
        }
    }
}

struct BundleDeps<'a> {
    num_changes: usize,
    changes: &'a Vec<Change>,
    deps: &'a [ChangeHash],
}

impl<'a> BundleDeps<'a> {
    fn new(num_changes: usize, changes: &'a Vec<Change>, deps: &'a [ChangeHash]) -> Self {
        Self {
            num_changes,
            changes,
            deps,
        }
    }
}

impl GetHash for BundleDeps<'_> {
    fn get_hash(&self, index: usize) -> Option<ChangeHash> {
        if index >= self.num_changes {
            self.deps.get(index - self.num_changes).copied()
        } else {
            Some(self.changes.get(index)?.hash())
        }
    }
}

#[derive(Clone, PartialEq, Debug)]
pub(crate) struct ChangeCols {
    pub(crate) num_ops: u64,
    pub(crate) start_op: Option<u64>,
    pub(crate) meta: crate::storage::change::ChangeOpsColumns,
    pub(crate) actor: ActorId,
    pub(crate) other_actors: Vec<ActorId>,
    pub(crate) data: Vec<u8>,
}

#[cfg(all(feature = "wasm", target_family = "wasm"))]
const CAN_OOM: bool = true;

#[cfg(not(all(feature = "wasm", target_family = "wasm")))]
const CAN_OOM: bool = false;
