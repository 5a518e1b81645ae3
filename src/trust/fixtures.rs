//! Grants for native tests that check what a decision reads from a grant,
//! not its signature (see `standing` for those).

use handover_invite::Grant;

/// A device grant of `member` with `role` (a role code) for the workspace's
/// team document `team`, naming `leadership` when given; it never expires.
pub fn grant(member: &str, role: &str, leadership: Option<&str>) -> Grant {
    Grant {
        id: format!("grant-{member}"),
        member: member.into(),
        name: member.into(),
        role: role.into(),
        workspace: "workspace".into(),
        team: "team".into(),
        leadership: leadership.map(str::to_string),
        relay: None,
        device: Some("device".into()),
        expires_at: i64::MAX,
        issuer: None,
    }
}
