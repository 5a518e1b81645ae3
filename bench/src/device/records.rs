//! Records written through the app's own domain commands, as a user would,
//! for tests and benchmarks that need real changes to sync.

use handover::doc::{ChangeMeta, DocError, DocumentId};
use handover::domain::action::Action;
use handover::domain::clients::{create_client, Client, ClientInput};
use handover::domain::tasks::{create_task, Known, Task, TaskInput};

use super::Device;

impl Device {
    /// Creates a client named `name` as member `by` (one change), and
    /// returns it.
    pub async fn add_client(
        &mut self,
        document: &DocumentId,
        by: &str,
        name: &str,
        now_ms: i64,
    ) -> Result<Client, DocError> {
        let input = ClientInput {
            name: name.into(),
            ..Default::default()
        };
        let client = create_client(&input, |_| true, by, now_ms).expect("a named client is valid");
        let meta = ChangeMeta::new(by, Action::ClientCreate, name);
        self.edit(document, &meta, now_ms, |w| w.put(&client.id, &client))
            .await?;
        Ok(client)
    }

    /// Creates a task titled `title` as member `by` (one change), and
    /// returns it.
    pub async fn add_task(
        &mut self,
        document: &DocumentId,
        by: &str,
        title: &str,
        now_ms: i64,
    ) -> Result<Task, DocError> {
        let input = TaskInput {
            title: title.into(),
            ..Default::default()
        };
        let anyone = Known {
            assignee: |_: &str| true,
            client: |_: &str| true,
        };
        let task = create_task(&input, &anyone, by, now_ms).expect("a titled task is valid");
        let meta = ChangeMeta::new(by, Action::TaskCreate, title);
        self.edit(document, &meta, now_ms, |w| w.put(&task.id, &task))
            .await?;
        Ok(task)
    }
}
