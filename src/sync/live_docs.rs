//! The live documents of this device as the sync session sees them.

use std::rc::Rc;

use automerge::Automerge;

use super::session::Documents;
use crate::store::LiveDoc;

/// Documents by id; merging goes through [`LiveDoc::merge_remote`], which
/// saves the change and tells the desks which records changed.
pub(super) struct LiveDocs<'a>(pub(super) &'a [(String, Rc<LiveDoc>)]);

impl Documents for LiveDocs<'_> {
    fn read<R>(&self, id: &str, f: impl FnOnce(&Automerge) -> R) -> Option<R> {
        let (_, live) = self.0.iter().find(|(doc, _)| doc == id)?;
        Some(live.read(|doc| f(doc.automerge())))
    }

    fn edit<R>(&mut self, id: &str, f: impl FnOnce(&mut Automerge) -> R) -> Option<R> {
        let (_, live) = self.0.iter().find(|(doc, _)| doc == id)?;
        Some(live.merge_remote(f))
    }
}
