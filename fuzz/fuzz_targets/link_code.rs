//! A pasted direct-link code: decoding never panics (nor inflates without
//! bound), and a code that decodes encodes back to itself.

#![no_main]

use handover::sync::link_code::{CodeKind, LinkCode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for kind in [CodeKind::Offer, CodeKind::Answer] {
        if let Ok(code) = LinkCode::decode(text, kind, "w") {
            code.candidates();
            assert_eq!(LinkCode::decode(&code.encode(kind), kind, "w"), Ok(code));
        }
    }
});
