# shellcheck shell=bash
# Handover toolchain setup. Sourced by scripts/serve and scripts/test:
#
#     source "$(dirname "$0")/setup.sh"
#
# Every step is idempotent: it checks first and installs only what is missing or has the
# wrong version, printing one line per step. Only crates.io, npm and Debian apt are used;
# nothing downloads prebuilt binaries from anywhere else. Each step's comment says why its
# pin exists; README.md ("The two commands") sums them up.
set -euo pipefail

HANDOVER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export HANDOVER_ROOT

TRUNK_VERSION="0.21.14"
E2E_DIR="$HANDOVER_ROOT/tests/e2e"

_setup_say() { printf 'setup: %s\n' "$*"; }
_setup_die() { printf 'setup: ERROR: %s\n' "$*" >&2; return 1; }

# cargo install builds these tools; a fat-LTO, 1-codegen-unit release profile makes that
# take more than twice as long on 2 cores, for no benefit to us.
_setup_cargo_install() {
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install "$@"
}

# rustup / cargo: installed by rustup, which lives outside the allowed package sources.
if ! command -v cargo >/dev/null 2>&1 && [[ -f "$HOME/.cargo/env" ]]; then
    # shellcheck disable=SC1091
    source "$HOME/.cargo/env"
fi
case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) export PATH="$HOME/.cargo/bin:$PATH" ;; esac
command -v rustup >/dev/null 2>&1 || _setup_die "rustup/cargo not found; install Rust with rustup first"

# 1. wasm32 target
if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
    _setup_say "wasm32-unknown-unknown target: present"
else
    _setup_say "wasm32-unknown-unknown target: installing"
    rustup target add wasm32-unknown-unknown
fi

# 2. rustfmt + clippy (scripts/test needs them; a minimal rustup profile lacks them)
if cargo fmt --version >/dev/null 2>&1 && cargo clippy --version >/dev/null 2>&1; then
    _setup_say "rustfmt + clippy: present"
else
    _setup_say "rustfmt + clippy: installing"
    rustup component add rustfmt clippy
fi

# 3. trunk, pinned: `cargo install --locked trunk` would pick a release needing a newer rustc.
if [[ "$(trunk --version 2>/dev/null || true)" == "trunk $TRUNK_VERSION" ]]; then
    _setup_say "trunk $TRUNK_VERSION: present"
else
    _setup_say "trunk $TRUNK_VERSION: installing with cargo (~9 min on 2 cores)"
    _setup_cargo_install --locked trunk --version "$TRUNK_VERSION"
fi

# 4. wasm-bindgen-cli: must equal the wasm-bindgen crate in Cargo.lock exactly.
#    Not --locked: its lockfile wants a yanked webpki-roots.
WASM_BINDGEN_VERSION="$(awk '
    /^\[\[package\]\]/ { name = "" }
    /^name = /         { name = $3 }
    /^version = / && name == "\"wasm-bindgen\"" { gsub(/"/, "", $3); print $3; exit }
' "$HANDOVER_ROOT/Cargo.lock")"
[[ -n "$WASM_BINDGEN_VERSION" ]] || _setup_die "no wasm-bindgen package in Cargo.lock"
export WASM_BINDGEN_VERSION
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" == "wasm-bindgen $WASM_BINDGEN_VERSION" &&
    "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" == "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ]]; then
    _setup_say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
    _setup_say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: installing with cargo (~7 min on 2 cores)"
    _setup_cargo_install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
grep -q "^wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" "$HANDOVER_ROOT/Trunk.toml" ||
    _setup_die "Trunk.toml [tools] wasm_bindgen must be \"$WASM_BINDGEN_VERSION\" (the version in Cargo.lock)"

# 5. Chromium + chromedriver from Debian (Playwright and wasm-bindgen-test drive these).
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    _setup_say "chromium + chromedriver: present"
else
    _setup_say "chromium + chromedriver: installing with apt-get"
    _setup_sudo=()
    [[ "$(id -u)" -eq 0 ]] || _setup_sudo=(sudo)
    "${_setup_sudo[@]}" apt-get update
    "${_setup_sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
    unset _setup_sudo
fi

# 6. npm packages: Playwright (never downloads browsers) and binaryen (wasm-opt 132).
command -v npm >/dev/null 2>&1 || _setup_die "node/npm not found; Node 20 or newer is required"
_setup_node_major="$(node -p 'process.versions.node.split(".")[0]')"
((_setup_node_major >= 20)) || _setup_die "Node $(node --version) is too old; Playwright needs Node 20 or newer"
unset _setup_node_major
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [[ ! -d "$E2E_DIR/node_modules" || "$E2E_DIR/package-lock.json" -nt "$E2E_DIR/node_modules/.package-lock.json" ]]; then
    _setup_say "npm packages (tests/e2e): npm ci"
    (cd "$E2E_DIR" && npm ci --no-audit --no-fund)
else
    _setup_say "npm packages (tests/e2e): up to date"
fi

# 7. wasm-opt: the npm binaryen's, first on PATH. Debian's binaryen (wasm-opt 108) is too
#    old and produces a wasm that fails in the browser; Trunk.toml pins version_132.
case ":$PATH:" in
    *":$E2E_DIR/node_modules/.bin:"*) ;;
    *) PATH="$E2E_DIR/node_modules/.bin:$PATH" ;;
esac
export PATH
_setup_wasm_opt="$(wasm-opt --version 2>/dev/null || true)"
[[ "$_setup_wasm_opt" == "wasm-opt version 132 "* ]] ||
    _setup_die "wasm-opt on PATH is '${_setup_wasm_opt:-missing}', expected version 132 from tests/e2e/node_modules"
_setup_say "wasm-opt: ${_setup_wasm_opt#wasm-opt } (tests/e2e/node_modules/.bin first on PATH)"
unset _setup_wasm_opt

# 8. Crate sources: Trunk.toml sets offline = true, so cargo must not need the network later.
_setup_say "cargo fetch"
(cd "$HANDOVER_ROOT" && cargo fetch --quiet)
