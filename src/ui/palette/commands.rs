//! What the palette can do besides finding records: start the common pieces
//! of work. Each opens the screen where the work is done, with its form open
//! (the form's state is in the address, so the link is all it takes).

use crate::ui::session::Session;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    NewClient,
    /// Asks which client first (the palette switches to finding clients).
    LogInteraction,
    NewTask,
    TakeMessage,
    NewMeeting,
    NewDocument,
    NewEvent,
    DeclareCrisis,
    StartHandover,
}

/// Where a command leads.
pub enum Goes {
    To(&'static str),
    /// Pick a client, then open its page ready to log.
    PickClient,
}

impl Command {
    const ALL: [Command; 9] = [
        Command::NewClient,
        Command::LogInteraction,
        Command::NewTask,
        Command::TakeMessage,
        Command::NewMeeting,
        Command::NewDocument,
        Command::NewEvent,
        Command::DeclareCrisis,
        Command::StartHandover,
    ];

    /// The i18n id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            Command::NewClient => "palette-new-client",
            Command::LogInteraction => "palette-log-interaction",
            Command::NewTask => "palette-new-task",
            Command::TakeMessage => "palette-take-message",
            Command::NewMeeting => "palette-new-meeting",
            Command::NewDocument => "palette-new-document",
            Command::NewEvent => "palette-new-event",
            Command::DeclareCrisis => "palette-declare-crisis",
            Command::StartHandover => "palette-start-handover",
        }
    }

    pub fn goes(self) -> Goes {
        match self {
            Command::NewClient => Goes::To("/clients/new"),
            Command::LogInteraction => Goes::PickClient,
            Command::NewTask => Goes::To("/team/tasks/new"),
            Command::TakeMessage => Goes::To("/messages?new=true"),
            Command::NewMeeting => Goes::To("/meetings/new"),
            Command::NewDocument => Goes::To("/documents/new"),
            Command::NewEvent => Goes::To("/events/new"),
            Command::DeclareCrisis => Goes::To("/crisis?new=true"),
            Command::StartHandover => Goes::To("/handover"),
        }
    }

    /// The commands this device's user may run: the leadership ones only
    /// with a verified leadership grant (the desks they open check again).
    pub fn available(session: Session) -> impl Iterator<Item = Command> {
        let leadership = session.holds_leadership();
        Command::ALL.into_iter().filter(move |command| {
            leadership || !matches!(command, Command::DeclareCrisis | Command::StartHandover)
        })
    }
}
