//! Invites as people pass them around: a code (or a link carrying it) with the
//! relay's address, the signed token, and the documents to hold. Opening it on
//! a new device joins the workspace.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use handover_invite::Grant;
use serde::{Deserialize, Serialize};

use crate::doc::DocumentId;
use crate::domain::people::Role;

/// Why an invite or a relay address was refused. Each has a message id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InviteError {
    #[error("not an invite code")]
    Malformed,
    #[error("not a relay address")]
    BadRelay,
}

impl InviteError {
    pub fn message_id(&self) -> &'static str {
        match self {
            InviteError::Malformed => "invite-error-malformed",
            InviteError::BadRelay => "invite-error-relay",
        }
    }
}

const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Invite {
    v: u32,
    /// The relay's address, `ws://` or `wss://`.
    pub relay: String,
    /// The signed token; `None` for a standard automerge-repo sync server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    pub team_doc: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leadership_doc: Option<String>,
    /// The role code of the person invited.
    pub role: String,
    /// Their name, to prefill the join form.
    pub name: String,
}

impl Invite {
    pub fn new(
        relay: &str,
        token: Option<String>,
        team_doc: &DocumentId,
        leadership_doc: Option<&DocumentId>,
        role: Role,
        name: &str,
    ) -> Result<Invite, InviteError> {
        Ok(Invite {
            v: VERSION,
            relay: normalize_relay(relay)?,
            token,
            team_doc: team_doc.to_string(),
            leadership_doc: leadership_doc.map(ToString::to_string),
            role: role.code().to_string(),
            name: name.trim().to_string(),
        })
    }

    /// The code to paste.
    pub fn to_code(&self) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).expect("invites serialise"))
    }

    /// A link that opens the join page with this invite.
    pub fn link(&self, origin: &str) -> String {
        format!("{}/join#{}", origin.trim_end_matches('/'), self.to_code())
    }

    /// Reads a pasted code or link, and checks that it holds what a device
    /// needs to join: a relay address, a readable token and valid document ids.
    pub fn from_code(text: &str) -> Result<Invite, InviteError> {
        let code = text.trim().rsplit(['#', '=']).next().unwrap_or_default();
        let invite: Invite = URL_SAFE_NO_PAD
            .decode(code)
            .ok()
            .and_then(|json| serde_json::from_slice(&json).ok())
            .ok_or(InviteError::Malformed)?;
        let docs_valid = invite.team_doc.parse::<DocumentId>().is_ok()
            && invite
                .leadership_doc
                .as_deref()
                .is_none_or(|id| id.parse::<DocumentId>().is_ok());
        if invite.v != VERSION || !docs_valid || Role::from_code(&invite.role).is_none() {
            return Err(InviteError::Malformed);
        }
        match &invite.token {
            Some(token) => {
                Grant::peek(token).map_err(|_| InviteError::Malformed)?;
            }
            // An open server gets the team document only.
            None if invite.leadership_doc.is_some() => return Err(InviteError::Malformed),
            None => {}
        }
        normalize_relay(&invite.relay)?;
        Ok(invite)
    }

    pub fn role(&self) -> Role {
        Role::from_code(&self.role).unwrap_or_default()
    }
}

/// A relay address as people type it (`relay.example.com`,
/// `https://relay.example.com/`, `127.0.0.1:3030`) in WebSocket form.
pub fn normalize_relay(input: &str) -> Result<String, InviteError> {
    let input = input.trim();
    let (scheme, rest) = match input.split_once("://") {
        Some(("ws" | "http", rest)) => ("ws", rest),
        Some(("wss" | "https", rest)) => ("wss", rest),
        Some(_) => return Err(InviteError::BadRelay),
        // Plain ws:// only when no scheme was given for this machine.
        None if is_local(host_of(input)) => ("ws", input),
        None => ("wss", input),
    };
    let rest = rest.trim_end_matches('/');
    let host = host_of(rest);
    let valid = !host.is_empty()
        && !rest.contains(|c: char| c == '?' || c == '#' || c.is_whitespace() || c.is_control())
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c));
    if !valid {
        return Err(InviteError::BadRelay);
    }
    Ok(format!("{scheme}://{rest}"))
}

fn host_of(address: &str) -> &str {
    address.split('/').next().unwrap_or_default()
}

fn is_local(host: &str) -> bool {
    let name = host.rsplit_once(':').map_or(host, |(name, _)| name);
    name == "localhost" || name.starts_with("127.") || name == "[::1]"
}

/// The WebSocket address a device connects to: handover-relay's `/sync`
/// with the token, or a standard sync server's own address.
pub fn socket_url(relay: &str, token: Option<&str>, tab: &str) -> String {
    let relay = relay.trim_end_matches('/');
    match token {
        Some(token) => format!("{relay}/sync?token={token}&tab={tab}"),
        None => relay.to_string(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use handover_invite::WorkspaceKey;

    fn token() -> String {
        WorkspaceKey::from_seed([4; 32]).sign(&Grant {
            id: "i".into(),
            peer: "device-1".into(),
            name: "Sam".into(),
            role: "operations-assistant".into(),
            documents: vec![],
            expires_at: 10,
        })
    }

    #[test]
    fn codes_and_links_round_trip() {
        let team = DocumentId::random();
        let leadership = DocumentId::random();
        let invite = Invite::new(
            "http://127.0.0.1:3030/",
            Some(token()),
            &team,
            Some(&leadership),
            Role::OperationsAssistant,
            " Sam ",
        )
        .unwrap();
        assert_eq!(invite.relay, "ws://127.0.0.1:3030");
        assert_eq!(invite.name, "Sam");
        assert_eq!(Invite::from_code(&invite.to_code()), Ok(invite.clone()));
        let link = invite.link("http://localhost:8080/");
        assert!(link.starts_with("http://localhost:8080/join#"));
        assert_eq!(Invite::from_code(&link), Ok(invite.clone()));
        let token = invite.token.as_deref().unwrap();
        assert_eq!(Grant::peek(token).unwrap().peer, "device-1");
        assert_eq!(invite.role(), Role::OperationsAssistant);
    }

    #[test]
    fn damaged_codes_are_refused() {
        let invite = Invite::new(
            "127.0.0.1:3030",
            Some(token()),
            &DocumentId::random(),
            None,
            Role::TeamMember,
            "T",
        )
        .unwrap();
        let code = invite.to_code();
        for bad in ["", "hello", &code[..code.len() / 2], "e30"] {
            assert_eq!(Invite::from_code(bad), Err(InviteError::Malformed), "{bad}");
        }
        let mut wrong_doc = invite.clone();
        wrong_doc.team_doc = "nope".into();
        assert_eq!(
            Invite::from_code(&wrong_doc.to_code()),
            Err(InviteError::Malformed)
        );
        let mut wrong_token = invite;
        wrong_token.token = Some("x".into());
        assert_eq!(
            Invite::from_code(&wrong_token.to_code()),
            Err(InviteError::Malformed)
        );
    }

    #[test]
    fn relay_addresses_are_normalized() {
        assert_eq!(
            normalize_relay("localhost:3030").unwrap(),
            "ws://localhost:3030"
        );
        assert_eq!(
            normalize_relay("relay.example.com").unwrap(),
            "wss://relay.example.com"
        );
        assert_eq!(
            normalize_relay("https://relay.example.com/").unwrap(),
            "wss://relay.example.com"
        );
        assert_eq!(
            normalize_relay("ws://10.0.0.5:3030").unwrap(),
            "ws://10.0.0.5:3030"
        );
        for bad in ["", "ftp://x", "http://", "a b", "x?y"] {
            assert_eq!(normalize_relay(bad), Err(InviteError::BadRelay), "{bad}");
        }
        assert_eq!(
            socket_url("ws://127.0.0.1:3030", Some("hov1.a.b"), "t1"),
            "ws://127.0.0.1:3030/sync?token=hov1.a.b&tab=t1"
        );
        assert_eq!(
            socket_url("ws://sync.example/", None, "t1"),
            "ws://sync.example"
        );
    }

    #[test]
    fn an_open_server_invite_carries_no_token_and_no_leadership_records() {
        let team = DocumentId::random();
        let open = Invite::new("127.0.0.1:3030", None, &team, None, Role::TeamMember, "T").unwrap();
        assert_eq!(Invite::from_code(&open.to_code()), Ok(open.clone()));
        assert_eq!(open.token, None);
        let mut leaky = open;
        leaky.leadership_doc = Some(DocumentId::random().to_string());
        assert_eq!(
            Invite::from_code(&leaky.to_code()),
            Err(InviteError::Malformed)
        );
    }

    mod malformed {
        use super::*;
        use proptest::prelude::*;
        use proptest::test_runner::RngSeed;

        fn invite() -> Invite {
            Invite::new(
                "127.0.0.1:3030",
                Some(token()),
                &"p3u5PhN9wrNpsGCwfkeef2LzF9".parse().unwrap(),
                None,
                Role::TeamMember,
                "Sam",
            )
            .unwrap()
        }

        /// An invite's JSON with each field either right, wrong in type, or
        /// any text, to reach every check `from_code` makes.
        fn invite_json() -> impl Strategy<Value = serde_json::Value> {
            let text = || ".{0,24}".prop_map(serde_json::Value::from);
            let field = |good: serde_json::Value| {
                prop_oneof![
                    Just(good),
                    text(),
                    Just(serde_json::Value::Null),
                    any::<i64>().prop_map(serde_json::Value::from),
                ]
            };
            let good = serde_json::to_value(invite()).unwrap();
            (
                field(good["v"].clone()),
                field(good["relay"].clone()),
                field(good["token"].clone()),
                field(good["team_doc"].clone()),
                field("2d6o9nPjJthkejXQtLWJJGsfto4".into()),
                field(good["role"].clone()),
                field(good["name"].clone()),
            )
                .prop_map(|(v, relay, token, team_doc, leadership_doc, role, name)| {
                    serde_json::json!({
                        "v": v, "relay": relay, "token": token, "team_doc": team_doc,
                        "leadership_doc": leadership_doc, "role": role, "name": name,
                    })
                })
        }

        /// What an accepted invite must hold, and that it reads back the same.
        fn check_accepted(invite: &Invite) -> Result<(), TestCaseError> {
            prop_assert_eq!(normalize_relay(&invite.relay), Ok(invite.relay.clone()));
            prop_assert!(invite.team_doc.parse::<DocumentId>().is_ok());
            prop_assert!(Role::from_code(&invite.role).is_some());
            prop_assert_eq!(Invite::from_code(&invite.to_code()), Ok(invite.clone()));
            Ok(())
        }

        proptest! {
            #![proptest_config(ProptestConfig {
                cases: 256,
                rng_seed: RngSeed::Fixed(6),
                ..ProptestConfig::default()
            })]

            #[test]
            fn any_text_is_refused_or_reads_back_the_same(text in ".{0,300}") {
                if let Ok(invite) = Invite::from_code(&text) {
                    check_accepted(&invite)?;
                }
            }

            #[test]
            fn any_payload_is_refused_or_reads_back_the_same(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
                if let Ok(invite) = Invite::from_code(&URL_SAFE_NO_PAD.encode(bytes)) {
                    check_accepted(&invite)?;
                }
            }

            #[test]
            fn fields_of_any_shape_are_refused_or_valid(json in invite_json()) {
                let code = URL_SAFE_NO_PAD.encode(json.to_string());
                if let Ok(invite) = Invite::from_code(&code) {
                    check_accepted(&invite)?;
                }
            }

            #[test]
            fn a_flipped_bit_in_a_link_is_refused_or_reads_back_the_same(at in 0usize..1000, bit in 0u8..7) {
                let mut link = invite().link("https://handover.example").into_bytes();
                let at = at % link.len();
                link[at] ^= 1 << bit;
                if let Ok(invite) = Invite::from_code(&String::from_utf8(link).unwrap()) {
                    check_accepted(&invite)?;
                }
            }

            #[test]
            fn a_relay_address_normalises_once(text in "(?s).{0,60}") {
                if let Ok(relay) = normalize_relay(&text) {
                    prop_assert!(relay.starts_with("ws://") || relay.starts_with("wss://"));
                    prop_assert_eq!(normalize_relay(&relay), Ok(relay));
                }
            }
        }

        /// Found by the join_link fuzz target: a line break inside the
        /// address was kept, and normalising again dropped it.
        #[test]
        fn a_relay_address_with_a_line_break_or_control_character_is_refused() {
            for bad in ["z/JJ\n//", "relay.example/a\tb", "relay.example/\u{7}"] {
                assert_eq!(normalize_relay(bad), Err(InviteError::BadRelay), "{bad:?}");
            }
        }

        #[test]
        fn every_truncation_of_a_link_is_refused() {
            let link = invite().link("https://handover.example");
            for end in 0..link.len() {
                assert_eq!(
                    Invite::from_code(&link[..end]),
                    Err(InviteError::Malformed),
                    "{}",
                    &link[..end]
                );
            }
        }
    }
}
