//! `grant`: signs Handover grants and revocations with a workspace key given
//! as a hex seed, for tests in other languages (the JavaScript interop test)
//! and for trying a relay by hand. Never use it with a real workspace's seed
//! on a shared machine: the seed is on the command line.
//!
//! ```sh
//! grant public --seed-hex <64 hex digits>
//! grant sign --seed-hex <..> --id g1 --member m1 --team <doc id> --relay-key <key> [--leadership <doc id>] ...
//! grant revoke --seed-hex <..> --grant g1
//! ```

use std::time::{SystemTime, UNIX_EPOCH};

use clap::{Parser, Subcommand};
use handover_invite::{Grant, KeyPair, RelayRef, Revocation};

#[derive(Parser)]
#[command(about = "Signs Handover grants and revocations (tests and trials only)")]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Prints the workspace public key of the seed.
    Public {
        #[arg(long)]
        seed_hex: String,
    },
    /// Prints a signed grant token (`hov2.`).
    Sign {
        #[arg(long)]
        seed_hex: String,
        #[arg(long)]
        id: String,
        #[arg(long)]
        member: String,
        /// Defaults to the member id.
        #[arg(long)]
        name: Option<String>,
        #[arg(long, default_value = "team-member")]
        role: String,
        #[arg(long)]
        team: String,
        #[arg(long)]
        leadership: Option<String>,
        #[arg(long, default_value = "ws://127.0.0.1:3030")]
        relay_address: String,
        /// The relay's public key (`handover-relay --print-key`); after `=`,
        /// as a key can start with `-`.
        #[arg(long, allow_hyphen_values = true)]
        relay_key: Option<String>,
        /// Binds the grant to this device key; without it, an invite.
        #[arg(long, allow_hyphen_values = true)]
        device: Option<String>,
        /// Seconds from now until it expires.
        #[arg(long, default_value_t = 3600, allow_hyphen_values = true)]
        expires_in: i64,
    },
    /// Prints a signed revocation (`hor1.`) of grant `grant`.
    Revoke {
        #[arg(long)]
        seed_hex: String,
        #[arg(long)]
        grant: String,
    },
}

fn key(seed_hex: &str) -> anyhow::Result<KeyPair> {
    let seed_hex = seed_hex.trim();
    anyhow::ensure!(
        seed_hex.len() == 64 && seed_hex.is_ascii(),
        "the seed is 64 hex digits"
    );
    let mut seed = [0u8; 32];
    for (i, byte) in seed.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&seed_hex[2 * i..2 * i + 2], 16)?;
    }
    Ok(KeyPair::from_seed(seed))
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

fn main() -> anyhow::Result<()> {
    match Args::parse().command {
        Command::Public { seed_hex } => println!("{}", key(&seed_hex)?.public()),
        Command::Sign {
            seed_hex,
            id,
            member,
            name,
            role,
            team,
            leadership,
            relay_address,
            relay_key,
            device,
            expires_in,
        } => {
            let key = key(&seed_hex)?;
            let grant = Grant {
                id,
                name: name.unwrap_or_else(|| member.clone()),
                member,
                role,
                workspace: key.public().to_string(),
                team,
                leadership,
                relay: Some(RelayRef {
                    address: relay_address,
                    key: relay_key,
                }),
                device,
                expires_at: now() + expires_in,
                issuer: None,
            };
            println!("{}", grant.sign(&key));
        }
        Command::Revoke { seed_hex, grant } => {
            let key = key(&seed_hex)?;
            let revocation = Revocation {
                grant,
                workspace: key.public().to_string(),
                revoked_at: now(),
                issuer: None,
            };
            println!("{}", revocation.sign(&key));
        }
    }
    Ok(())
}
