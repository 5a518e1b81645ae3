//! Setting up a direct link through the relay instead of by hand: the two
//! halves of the exchange (see [`super::link_code`]) travel as ephemeral
//! messages of the team document, which the relay passes on to the other
//! devices of the workspace without storing them.
//!
//! Ephemeral messages are shared with other software (automerge-repo apps send
//! presence through them), so a signal carries a tag, and anything without it
//! is ignored.

use serde::{Deserialize, Serialize};

use super::link_code::CodeKind;

/// Marks Handover's signals among other ephemeral data.
const TAG: &str = "handover-direct-link/1";

/// One half of a direct-link exchange, addressed from one member to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signal {
    tag: String,
    /// The member whose device sends it.
    pub from: String,
    /// The member whose device it is for.
    pub to: String,
    pub offer: bool,
    /// The offer or answer code.
    pub code: String,
}

impl Signal {
    pub fn new(kind: CodeKind, from: &str, to: &str, code: &str) -> Self {
        Self {
            tag: TAG.to_string(),
            from: from.to_string(),
            to: to.to_string(),
            offer: kind == CodeKind::Offer,
            code: code.to_string(),
        }
    }

    pub fn kind(&self) -> CodeKind {
        if self.offer {
            CodeKind::Offer
        } else {
            CodeKind::Answer
        }
    }

    pub fn encode(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("a signal is plain strings")
    }

    /// The signal in `data`, if it is one of Handover's.
    pub fn decode(data: &[u8]) -> Option<Signal> {
        serde_json::from_slice::<Signal>(data)
            .ok()
            .filter(|signal| signal.tag == TAG)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_ignores_other_ephemeral_data() {
        let signal = Signal::new(CodeKind::Answer, "m1", "m2", "HOV-ANSWER-2:abc");
        assert_eq!(Signal::decode(&signal.encode()), Some(signal.clone()));
        assert_eq!(signal.kind(), CodeKind::Answer);
        assert_eq!(Signal::decode(br#"{"cursor": 12}"#), None);
        assert_eq!(Signal::decode(b"\xa1\x61x\x01"), None);
        let mut foreign = signal;
        foreign.tag = "other".into();
        assert_eq!(Signal::decode(&foreign.encode()), None);
    }
}
