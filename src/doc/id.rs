//! Document ids in the automerge-repo format: the bs58check encoding of a
//! UUID's 16 bytes, shown in URLs as `automerge:<id>`.

use std::fmt;
use std::str::FromStr;

use super::DocError;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocumentId(String);

impl DocumentId {
    /// A new random document id.
    pub fn random() -> Self {
        Self::from_bytes(uuid::Uuid::new_v4().as_bytes())
    }

    fn from_bytes(bytes: &[u8; 16]) -> Self {
        Self(bs58::encode(bytes).with_check().into_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for DocumentId {
    type Err = DocError;

    /// Accepts a bare id or an `automerge:` URL; checks the checksum and length.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let id = s.trim().trim_start_matches("automerge:");
        let bytes = bs58::decode(id)
            .with_check(None)
            .into_vec()
            .map_err(|_| DocError::BadDocumentId(s.to_string()))?;
        let bytes: [u8; 16] = bytes
            .try_into()
            .map_err(|_| DocError::BadDocumentId(s.to_string()))?;
        Ok(Self::from_bytes(&bytes))
    }
}

impl fmt::Display for DocumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_urls() {
        let id = DocumentId::random();
        let url = format!("automerge:{id}");
        assert_eq!(url.parse::<DocumentId>().unwrap(), id);
        assert_eq!(id.as_str().parse::<DocumentId>().unwrap(), id);
    }

    #[test]
    fn bad_ids_are_rejected() {
        let id = DocumentId::random().to_string();
        let mut tampered = id.clone();
        let last = tampered.pop().unwrap();
        tampered.push(if last == '2' { '3' } else { '2' });
        for bad in ["", "hello", tampered.as_str(), "automerge:0OIl"] {
            assert!(bad.parse::<DocumentId>().is_err(), "{bad}");
        }
    }

    #[test]
    fn matches_the_automerge_repo_encoding() {
        // bs58check of 16 zero bytes, as automerge-repo's stringifyAutomergeUrl makes it.
        let zero = DocumentId::from_bytes(&[0; 16]);
        let bytes = bs58::decode(zero.as_str())
            .with_check(None)
            .into_vec()
            .unwrap();
        assert_eq!(bytes, vec![0; 16]);
    }
}
