//! The codes that set up a direct link between two devices by hand, with no
//! relay: the offering device shows an offer code (as text and as a QR code),
//! the other device answers with its own code. A code carries a WebRTC session
//! description with its network candidates, and the workspace it belongs to so
//! that devices of different workspaces never link by mistake.
//!
//! Codes are compressed JSON in base64url behind a readable prefix; pasting
//! tolerates line breaks and spaces that mail or chat programs add.

use std::io::{Read, Write};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use serde::{Deserialize, Serialize};

/// Which half of the exchange a code is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Offer,
    Answer,
}

impl CodeKind {
    /// Version 2: both devices open the data channel themselves (see
    /// `super::direct_link`); a version 1 device would wait for a channel
    /// that is never announced.
    fn prefix(self) -> &'static str {
        match self {
            CodeKind::Offer => "HOV-OFFER-2:",
            CodeKind::Answer => "HOV-ANSWER-2:",
        }
    }

    /// The prefix of the same kind of code made by an older version.
    fn older_prefix(self) -> &'static str {
        match self {
            CodeKind::Offer => "HOV-OFFER-1:",
            CodeKind::Answer => "HOV-ANSWER-1:",
        }
    }
}

/// Why a pasted code cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("this is not a direct-link code")]
    NotACode,
    #[error("this is the other kind of direct-link code")]
    WrongKind,
    #[error("this code is incomplete or damaged")]
    Damaged,
    #[error("this code belongs to another workspace")]
    OtherWorkspace,
    #[error("this code comes from an older version of Handover")]
    OlderVersion,
}

impl CodeError {
    /// The i18n message id describing the problem.
    pub fn message_id(&self) -> &'static str {
        match self {
            CodeError::NotACode => "direct-error-not-a-code",
            CodeError::WrongKind => "direct-error-wrong-kind",
            CodeError::Damaged => "direct-error-damaged",
            CodeError::OtherWorkspace => "direct-error-other-workspace",
            CodeError::OlderVersion => "direct-error-older-version",
        }
    }
}

/// One half of the exchange.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkCode {
    /// The team document of the workspace.
    #[serde(rename = "w")]
    pub workspace: String,
    /// The WebRTC session description, candidates included.
    #[serde(rename = "s")]
    pub sdp: String,
}

/// Codes larger than this are refused before inflating (a real one is a
/// few hundred bytes).
const MAX_CODE_BYTES: u64 = 64 * 1024;

impl LinkCode {
    pub fn encode(&self, kind: CodeKind) -> String {
        let json = serde_json::to_vec(self).expect("a code is plain strings");
        let mut deflate = DeflateEncoder::new(Vec::new(), Compression::best());
        deflate
            .write_all(&json)
            .and_then(|()| deflate.finish())
            .map(|bytes| format!("{}{}", kind.prefix(), URL_SAFE_NO_PAD.encode(bytes)))
            .expect("compressing into memory cannot fail")
    }

    /// Reads a pasted code of `kind` for `workspace`.
    pub fn decode(text: &str, kind: CodeKind, workspace: &str) -> Result<LinkCode, CodeError> {
        let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let other = match kind {
            CodeKind::Offer => CodeKind::Answer,
            CodeKind::Answer => CodeKind::Offer,
        };
        let body = match text.strip_prefix(kind.prefix()) {
            Some(body) => body,
            None if text.starts_with(other.prefix()) => return Err(CodeError::WrongKind),
            None if text.starts_with(kind.older_prefix()) => return Err(CodeError::OlderVersion),
            None => return Err(CodeError::NotACode),
        };
        let bytes = URL_SAFE_NO_PAD
            .decode(body)
            .map_err(|_| CodeError::Damaged)?;
        let mut json = Vec::new();
        DeflateDecoder::new(bytes.as_slice())
            .take(MAX_CODE_BYTES)
            .read_to_end(&mut json)
            .map_err(|_| CodeError::Damaged)?;
        let code: LinkCode = serde_json::from_slice(&json).map_err(|_| CodeError::Damaged)?;
        if code.workspace != workspace {
            return Err(CodeError::OtherWorkspace);
        }
        Ok(code)
    }

    /// How many network candidates the description offers; none means the
    /// device found no network to link over.
    pub fn candidates(&self) -> usize {
        self.sdp
            .lines()
            .filter(|line| line.starts_with("a=candidate:"))
            .count()
    }
}

/// `text` as a QR code in SVG, for another device's camera.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::L).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(240, 240)
            .quiet_zone(true)
            .build(),
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SDP: &str = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\na=candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host\r\na=candidate:2 1 udp 2122194687 192.0.2.2 50001 typ host\r\n";

    fn code() -> LinkCode {
        LinkCode {
            workspace: "team-doc".into(),
            sdp: SDP.into(),
        }
    }

    #[test]
    fn round_trips_and_survives_line_breaks() {
        let text = code().encode(CodeKind::Offer);
        assert!(text.starts_with("HOV-OFFER-2:"));
        assert!(text.len() < SDP.len() + 100);
        let wrapped: String = text
            .chars()
            .enumerate()
            .flat_map(|(i, c)| (i % 40 == 39).then_some('\n').into_iter().chain([c]))
            .collect();
        let back = LinkCode::decode(&format!("  {wrapped} \n"), CodeKind::Offer, "team-doc");
        assert_eq!(back, Ok(code()));
        assert_eq!(code().candidates(), 2);
    }

    #[test]
    fn refuses_what_it_cannot_use_with_a_reason() {
        let offer = code().encode(CodeKind::Offer);
        assert_eq!(
            LinkCode::decode(&offer, CodeKind::Answer, "team-doc"),
            Err(CodeError::WrongKind)
        );
        assert_eq!(
            LinkCode::decode(&offer, CodeKind::Offer, "other"),
            Err(CodeError::OtherWorkspace)
        );
        assert_eq!(
            LinkCode::decode("hello", CodeKind::Offer, "team-doc"),
            Err(CodeError::NotACode)
        );
        assert_eq!(
            LinkCode::decode(&offer[..offer.len() / 2], CodeKind::Offer, "team-doc"),
            Err(CodeError::Damaged)
        );
        let older = offer.replacen("HOV-OFFER-2:", "HOV-OFFER-1:", 1);
        assert_eq!(
            LinkCode::decode(&older, CodeKind::Offer, "team-doc"),
            Err(CodeError::OlderVersion)
        );
    }

    #[test]
    fn a_code_fits_in_a_qr_code() {
        let svg = qr_svg(&code().encode(CodeKind::Answer)).unwrap();
        assert!(svg.starts_with("<?xml") && svg.contains("<svg"));
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 256,
            rng_seed: proptest::test_runner::RngSeed::Fixed(6),
            ..ProptestConfig::default()
        })]

        #[test]
        fn decoding_never_panics(body in ".{0,400}", bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = LinkCode::decode(&body, CodeKind::Offer, "w");
            let text = format!("HOV-OFFER-2:{}", URL_SAFE_NO_PAD.encode(bytes));
            prop_assert!(LinkCode::decode(&text, CodeKind::Offer, "w").is_err());
        }

        #[test]
        fn any_code_round_trips(workspace in ".{0,40}", sdp in ".{0,400}") {
            let code = LinkCode { workspace: workspace.clone(), sdp };
            let text = code.encode(CodeKind::Answer);
            prop_assert_eq!(LinkCode::decode(&text, CodeKind::Answer, &workspace), Ok(code));
        }

        #[test]
        fn a_flipped_bit_is_refused_or_reads_back_the_same(at in 0usize..400, bit in 0u8..7) {
            let mut text = code().encode(CodeKind::Offer).into_bytes();
            let at = at % text.len();
            text[at] ^= 1 << bit;
            let text = String::from_utf8(text).unwrap();
            if let Ok(back) = LinkCode::decode(&text, CodeKind::Offer, "team-doc") {
                prop_assert_eq!(
                    LinkCode::decode(&back.encode(CodeKind::Offer), CodeKind::Offer, "team-doc"),
                    Ok(back)
                );
            }
        }
    }

    #[test]
    fn every_truncation_is_refused() {
        let text = code().encode(CodeKind::Offer);
        for end in 0..text.len() {
            assert!(
                LinkCode::decode(&text[..end], CodeKind::Offer, "team-doc").is_err(),
                "{end}"
            );
        }
    }

    #[test]
    fn a_code_that_inflates_without_bound_is_refused() {
        let huge = LinkCode {
            workspace: "team-doc".into(),
            sdp: "a".repeat(1024 * 1024),
        };
        let text = huge.encode(CodeKind::Offer);
        assert!(text.len() < 64 * 1024, "{} bytes", text.len());
        assert_eq!(
            LinkCode::decode(&text, CodeKind::Offer, "team-doc"),
            Err(CodeError::Damaged)
        );
    }
}
