//! What the relay logs: `RUST_LOG` if set, `info` otherwise, with
//! Automerge's own spans left out unless `RUST_LOG` names Automerge.
//!
//! Automerge 0.12 opens an `info` span around loading changes that records
//! the document's whole change graph with `Debug`. With `info` enabled, a
//! relay holding the busy year formatted 81,000 change hashes for every
//! change a device sent: two thirds of its CPU, and most of a relay hop.

/// The filter directives for `tracing_subscriber::EnvFilter`, given the
/// value of `RUST_LOG` (if any).
pub fn filter(rust_log: Option<&str>) -> String {
    match rust_log {
        Some(asked) if asked.contains("automerge") => asked.to_string(),
        Some(asked) => format!("{asked},automerge=warn"),
        None => "info,automerge=warn".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use tracing_subscriber::EnvFilter;

    use super::filter;

    #[test]
    fn automerge_spans_are_off_unless_asked_for() {
        assert_eq!(filter(None), "info,automerge=warn");
        assert_eq!(filter(Some("debug")), "debug,automerge=warn");
        assert_eq!(filter(Some("info,automerge=trace")), "info,automerge=trace");
        for rust_log in [None, Some("debug"), Some("samod=trace")] {
            EnvFilter::try_new(filter(rust_log)).expect("a valid filter");
        }
    }
}
