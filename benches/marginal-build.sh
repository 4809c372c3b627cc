#!/usr/bin/env bash
# What adding http-status costs a real app, against adding `http` 1.x.
# The app already builds serde (with `derive`) and thiserror 2, as most web
# apps do, so cargo builds syn once for everyone. Three crates:
#   app        serde + thiserror, one derived error enum
#   app+hs     the same, plus http-status: one derived enum and one status!
#   app+http   the same, plus http 1.x: one StatusCode constant used
# CPU time (user + sys of everything cargo starts) of the addition alone,
# RUNS rounds, interleaved; reports medians and their ratio.
#   usage: benches/marginal-build.sh [RUNS=3]
#   HTTP_STATUS_ROOT=/path/to/old/checkout benches/marginal-build.sh: another version
set -euo pipefail
runs=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benches/common.sh"
work="$root/target/bench-marginal-build$bench_tag"
base='serde = { version = "1", features = ["derive"] }
thiserror = "2"'

app_source='#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Note { pub id: u32, pub text: String }

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("no note with id {0}")]
    Missing(u32),
    #[error("storage failed")]
    Storage,
}
'
scratch_crate "$work/app" marginal-app "$base"
echo "$app_source" > "$work/app/src/lib.rs"

scratch_crate "$work/app-hs" marginal-app-hs "$base
http-status = { path = \"$http_status_root\" }"
cat > "$work/app-hs/src/lib.rs" <<RS
$app_source
impl http_status::HttpStatus for Note {
    fn status(&self) -> http_status::StatusCode { http_status::status!(200) }
}

#[derive(Debug, http_status::HttpStatus)]
#[status(500)]
pub enum ApiError {
    #[status(404)]
    Missing,
    Storage,
}
RS

scratch_crate "$work/app-http" marginal-app-http "$base
http = \"1\""
cat > "$work/app-http/src/lib.rs" <<RS
$app_source
pub fn status(error: &AppError) -> http::StatusCode {
    match error {
        AppError::Missing(_) => http::StatusCode::NOT_FOUND,
        AppError::Storage => http::StatusCode::INTERNAL_SERVER_ERROR,
    }
}
RS

for v in app app-hs app-http; do (cd "$work/$v" && cargo fetch --quiet); done

# Each round, for each of the two additions: a fresh target folder, the app
# alone built into it (untimed), then the app with the addition built into
# the same folder (timed). Only what the addition brings is compiled in the
# timed build (and the app's own small crate again, the same for both), so
# the figure is the marginal cost itself, not a difference of two 8-second
# builds, whose noise was larger than the quantity.
declare -A cpu
for ((r = 1; r <= runs; r++)); do
  for v in app-hs app-http; do
    rm -rf "$work/target"
    (cd "$work/app" && CARGO_TARGET_DIR="$work/target" cargo build --quiet)
    cpu[$v]+="$(CARGO_TARGET_DIR="$work/target" build_cpu_ms "$work/$v") "
  done
done

m_hs=$(echo "${cpu[app-hs]}" | median)
m_http=$(echo "${cpu[app-http]}" | median)
echo "CPU time (user + sys) that adding each crate costs an app already built with serde + thiserror;"
echo "$runs rounds, interleaved; http-status from: $http_status_root"
echo
echo "| addition | runs (ms) | median (ms) |"
echo "|---|---|---:|"
echo "| http-status (one derive, one status!) | ${cpu[app-hs]}| $m_hs |"
echo "| http 1.x (one constant) | ${cpu[app-http]}| $m_http |"
echo
awk -v h="$m_hs" -v t="$m_http" 'BEGIN { printf "added by http-status / added by http = %.2f\n", h / t }'
