#!/usr/bin/env bash
# Each http-status crate is compiled once in an app that turns features on.
# The proc macro (a host unit) and the library (a target unit) share a
# dependency only when its features are the same for both; the macros
# depend on http-status-table, which has none, so it is built once, and
# core, which has the features, is the macros' dependency no longer.
# Builds an axum app with `features = ["axum08", "serde", "tracing"]` from
# scratch with `cargo build -v` and counts the rustc runs of each crate.
#   usage: benches/built-once.sh   (exits 1 when a crate is built twice)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benches/common.sh"
work="$root/target/bench-built-once$bench_tag"
rm -rf "$work"
scratch_crate "$work/app" built-once-app "axum = \"0.8\"
serde = { version = \"1\", features = [\"derive\"] }
thiserror = \"2\"
http-status = { path = \"$http_status_root\", features = [\"axum08\", \"serde\", \"tracing\"] }"
cat > "$work/app/src/lib.rs" <<'RS'
#[derive(Debug, thiserror::Error, http_status::HttpStatus)]
#[status(500, axum)]
pub enum ApiError {
    #[error("no note with id {0}")]
    #[status(404)]
    Missing(u32),
    #[error("storage failed")]
    Storage,
}

pub async fn note(id: u32) -> Result<&'static str, ApiError> {
    if id == 0 { Err(ApiError::Storage) } else { Err(ApiError::Missing(id)) }
}

pub const NOT_FOUND: http_status::StatusCode = http_status::status!(404);
RS
# The workspace's lock file, so that the app builds the versions CI tests.
cp "$root/Cargo.lock" "$work/app/Cargo.lock"
log="$work/build.log"
(cd "$work/app" && CARGO_TARGET_DIR="$work/target" cargo build -v >"$log" 2>&1) || {
  tail -30 "$log"
  exit 1
}
status=0
echo "rustc runs per http-status crate, in a clean build of an app with axum08, serde and tracing:"
for crate in http_status http_status_core http_status_macros http_status_table; do
  runs=$(grep -c -- "--crate-name $crate " "$log" || true)
  echo "  $crate: $runs"
  [ "$runs" = 1 ] || status=1
done
exit $status
