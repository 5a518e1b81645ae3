//! The relay's own key (ed25519), kept as a 32-byte seed in
//! `<data-dir>/relay.key`. A device checks on every connection that the relay
//! it talks to holds the key its grant names, so the file is created once,
//! readable by the relay's user only, and never replaced.

use std::fs::{self, File, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use handover_invite::KeyPair;

/// The key file's name in the data directory.
pub const KEY_FILE: &str = "relay.key";

/// Reads the relay key from `data_dir`, or creates it there (from the
/// operating system's randomness) if there is none yet.
pub fn load_or_create(data_dir: &Path) -> anyhow::Result<KeyPair> {
    fs::create_dir_all(data_dir)
        .with_context(|| format!("creating the data directory {}", data_dir.display()))?;
    let path = data_dir.join(KEY_FILE);
    if let Some(key) = read(&path)? {
        return Ok(key);
    }
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|err| anyhow::anyhow!("no randomness: {err}"))?;
    match write_new(&path, &seed) {
        Ok(()) => {
            sync_dir(data_dir)?;
            Ok(KeyPair::from_seed(seed))
        }
        // Another relay process created it first: use that one.
        Err(err) if err.kind() == ErrorKind::AlreadyExists => {
            read(&path)?.context("the relay key file appeared empty")
        }
        Err(err) => Err(err).with_context(|| format!("creating {}", path.display())),
    }
}

fn read(path: &PathBuf) -> anyhow::Result<Option<KeyPair>> {
    match fs::read(path) {
        Ok(bytes) => {
            let Ok(seed) = <[u8; 32]>::try_from(bytes.as_slice()) else {
                bail!(
                    "{} is not a relay key (32 bytes); move it away to make a new key",
                    path.display()
                );
            };
            Ok(Some(KeyPair::from_seed(seed)))
        }
        Err(err) if err.kind() == ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err).with_context(|| format!("reading {}", path.display())),
    }
}

/// Creates `path` (never overwriting it) holding `bytes`, readable by this
/// user only, and flushes it to disk.
pub(crate) fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Flushes a directory's entries (a file just created in it) to disk.
pub(crate) fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_created_once_private_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let first = load_or_create(dir.path()).unwrap();
        let again = load_or_create(dir.path()).unwrap();
        assert_eq!(first.public(), again.public());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.path().join(KEY_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let other = tempfile::tempdir().unwrap();
        assert_ne!(
            load_or_create(other.path()).unwrap().public(),
            first.public()
        );
        fs::write(other.path().join(KEY_FILE), b"short").unwrap();
        assert!(load_or_create(other.path()).is_err());
    }
}
