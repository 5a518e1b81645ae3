//! The two documents as the leadership devices write them: every user
//! action is one attributed change (`Document::change` with a
//! [`ChangeMeta`]), made by the actor of the author's device, exactly as
//! `Session::change_team`, `change_leadership` and `update` do in the app.

use std::collections::BTreeMap;

use automerge::ActorId;
use handover::doc::{ChangeMeta, DocError, DocKind, Document, DocumentId, Record, Writer};
use handover::domain::action::Action;
use handover::domain::people::Member;
use handover::domain::validation::Invalid;
use handover::domain::Millis;

/// A member and the device they write from.
#[derive(Debug, Clone)]
pub struct Author {
    pub member: Member,
    pub actor: ActorId,
}

impl Author {
    pub fn id(&self) -> &str {
        &self.member.id
    }
}

pub struct Desk {
    team: Document,
    leadership: Document,
    /// How many changes were made of each action code.
    actions: BTreeMap<String, u64>,
}

impl Desk {
    pub fn new(team: DocumentId, leadership: DocumentId) -> Self {
        Self {
            team: Document::create(team, DocKind::Team),
            leadership: Document::create(leadership, DocKind::Leadership),
            actions: BTreeMap::new(),
        }
    }

    pub fn document(&self, kind: DocKind) -> &Document {
        match kind {
            DocKind::Team => &self.team,
            DocKind::Leadership => &self.leadership,
        }
    }

    /// Runs `edit` on document `kind` as one change by `author`, recorded as
    /// `action` on `label`. The generator writes only valid records, so a
    /// refusal is a bug in it and stops the run.
    pub fn change<R>(
        &mut self,
        kind: DocKind,
        author: &Author,
        (action, label): (Action, &str),
        now: Millis,
        edit: impl FnOnce(&mut Writer<'_, '_>) -> Result<R, DocError>,
    ) -> R {
        let doc = match kind {
            DocKind::Team => &mut self.team,
            DocKind::Leadership => &mut self.leadership,
        };
        doc.automerge_mut().set_actor(author.actor.clone());
        let meta = ChangeMeta::new(author.id(), action, label);
        let result = doc
            .change(&meta, now, edit)
            .unwrap_or_else(|err| panic!("the busy year wrote an invalid {action}: {err}"));
        *self.actions.entry(action.to_string()).or_default() += 1;
        result
    }

    /// Applies `edit` to the current state of record `id` and writes it
    /// back in one change, as `Session::update` does.
    pub fn update<T: Record, R>(
        &mut self,
        id: &str,
        author: &Author,
        action: (Action, &str),
        now: Millis,
        edit: impl FnOnce(&mut T) -> Result<R, Invalid>,
    ) -> R {
        self.change(T::COLLECTION.doc_kind(), author, action, now, |w| {
            let mut record: T = w.get(id)?.ok_or_else(|| Invalid::unknown("id"))?;
            let result = edit(&mut record)?;
            w.put(id, &record)?;
            Ok(result)
        })
    }

    /// The two documents and the number of changes per action code.
    pub fn finish(self) -> (Document, Document, BTreeMap<String, u64>) {
        (self.team, self.leadership, self.actions)
    }
}
