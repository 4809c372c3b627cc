#!/usr/bin/env bash
# What a problem body for axum costs a real axum app: http-status against the
# crates that do the same job. The app already builds axum 0.8 (default
# features), tokio, serde (with `derive`), serde_json and thiserror 2, and
# answers its errors with a hand-written `IntoResponse` (status + text), so
# cargo builds axum, hyper, tokio and syn once for everyone. Six crates:
#   app        the app alone: a router, one handler, a thiserror enum
#   app+none   the same app with the second handler and no new crate: the
#              baseline, what compiling the app's own crate costs each row
#   app+hs     plus http-status (`axum08`): `#[derive(HttpStatus)] #[status(axum)]`
#   app+hap    plus http-api-problem (`axum`): the enum into an `HttpApiProblem`
#   app+pd     plus problem_details (`axum`): the enum into a `ProblemDetails`
#   app+at     plus axum_thiserror: `#[derive(ErrorStatus)]`, which writes no
#              problem body (see its block below)
# Each addition turns the same two-variant enum (404, 500) into a response of
# one more handler. CPU time (user + sys of everything cargo starts) of the
# addition alone, RUNS rounds, interleaved; reports medians, their ratio to
# http-status's, the versions cargo resolved, and how many times cargo
# compiles each http-status crate (core twice means a feature split it).
#   usage: benches/build-cost.sh [RUNS=3]
#   HTTP_STATUS_ROOT=/path/to/old/checkout benches/build-cost.sh: another version
set -euo pipefail
runs=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benches/common.sh"
work="$root/target/bench-build-cost$bench_tag"
# The competitors at their current release (crates.io, checked with `cargo
# info`); the exact versions resolved are printed under the table.
base='axum = "0.8"
tokio = { version = "1", features = ["rt-multi-thread", "macros", "net"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
thiserror = "2"'

app_source='use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Note { pub id: u32, pub text: String }

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("no note with id {0}")]
    Missing(u32),
    #[error("storage failed")]
    Storage,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = match self {
            AppError::Missing(_) => StatusCode::NOT_FOUND,
            AppError::Storage => StatusCode::INTERNAL_SERVER_ERROR,
        };
        (status, self.to_string()).into_response()
    }
}

pub fn lookup(id: u32) -> Option<Note> {
    (id == 1).then(|| Note { id, text: "hello".into() })
}

async fn note(Path(id): Path<u32>) -> Result<Json<Note>, AppError> {
    lookup(id).map(Json).ok_or(AppError::Missing(id))
}

async fn health() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "ok": true }))
}

pub fn app() -> Router {
    Router::new().route("/notes/{id}", get(note)).route("/health", get(health))
}

pub async fn serve(addr: &str) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, app()).await
}
'
# The route that each addition serves its problem body from.
problem_route='
pub fn problem_app() -> Router {
    app().route("/problems/{id}", get(note_problem))
}
'
# Each addition's enum is the app's, with the same two messages.
variants='    #[error("no note with id {0}")]
    Missing(u32),
    #[error("storage failed")]
    Storage,'

scratch_crate "$work/app" build-cost-app "$base"
echo "$app_source" > "$work/app/src/lib.rs"

# http-status: the statuses on the enum, `#[status(axum)]` writes the
# `IntoResponse` (problem+json, the 500's text withheld).
scratch_crate "$work/app-hs" build-cost-app-hs "$base
http-status = { path = \"$http_status_root\", features = [\"axum08\"] }"
cat > "$work/app-hs/src/lib.rs" <<RS
$app_source$problem_route
#[derive(Debug, thiserror::Error, http_status::HttpStatus)]
#[status(axum)]
pub enum ApiError {
    #[error("no note with id {0}")]
    #[status(404)]
    Missing(u32),
    #[error("storage failed")]
    #[status(500)]
    Storage,
}

async fn note_problem(Path(id): Path<u32>) -> Result<Json<Note>, ApiError> {
    lookup(id).map(Json).ok_or(ApiError::Missing(id))
}
RS

# http-api-problem: a `From` into `HttpApiProblem`, which is `IntoResponse`
# with the `axum` feature (problem+json); `?` converts.
scratch_crate "$work/app-hap" build-cost-app-hap "$base
http-api-problem = { version = \"0.60\", features = [\"axum\"] }"
cat > "$work/app-hap/src/lib.rs" <<RS
$app_source$problem_route
use http_api_problem::HttpApiProblem;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
$variants
}

impl From<ApiError> for HttpApiProblem {
    fn from(error: ApiError) -> HttpApiProblem {
        match error {
            ApiError::Missing(_) => {
                HttpApiProblem::with_title(StatusCode::NOT_FOUND).detail(error.to_string())
            }
            ApiError::Storage => HttpApiProblem::with_title(StatusCode::INTERNAL_SERVER_ERROR),
        }
    }
}

async fn note_problem(Path(id): Path<u32>) -> Result<Json<Note>, HttpApiProblem> {
    Ok(lookup(id).map(Json).ok_or(ApiError::Missing(id))?)
}
RS

# problem_details: the same with `ProblemDetails` (default features `serde`
# and `json`, which its `IntoResponse` needs).
scratch_crate "$work/app-pd" build-cost-app-pd "$base
problem_details = { version = \"0.11\", features = [\"axum\"] }"
cat > "$work/app-pd/src/lib.rs" <<RS
$app_source$problem_route
use problem_details::ProblemDetails;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
$variants
}

impl From<ApiError> for ProblemDetails {
    fn from(error: ApiError) -> ProblemDetails {
        match error {
            ApiError::Missing(_) => {
                ProblemDetails::from_status_code(StatusCode::NOT_FOUND).with_detail(error.to_string())
            }
            ApiError::Storage => ProblemDetails::from_status_code(StatusCode::INTERNAL_SERVER_ERROR),
        }
    }
}

async fn note_problem(Path(id): Path<u32>) -> Result<Json<Note>, ProblemDetails> {
    Ok(lookup(id).map(Json).ok_or(ApiError::Missing(id))?)
}
RS

# axum_thiserror: writes no problem body. Its default feature `utoipa` would
# need a second crate (utoipa, and `ToSchema` on the enum); without it, `json`
# answers with the status and the enum serialized (`{"Missing":7}`,
# application/json), the nearest it comes. Its proc macro depends on axum
# itself, so cargo also builds axum (and its tree) for the host.
scratch_crate "$work/app-at" build-cost-app-at "$base
axum_thiserror = { version = \"0.3\", default-features = false, features = [\"json\"] }"
cat > "$work/app-at/src/lib.rs" <<RS
$app_source$problem_route
#[derive(Debug, thiserror::Error, Serialize, axum_thiserror::ErrorStatus)]
pub enum ApiError {
    #[error("no note with id {0}")]
    #[status(StatusCode::NOT_FOUND)]
    Missing(u32),
    #[error("storage failed")]
    #[status(StatusCode::INTERNAL_SERVER_ERROR)]
    Storage,
}

async fn note_problem(Path(id): Path<u32>) -> Result<Json<Note>, ApiError> {
    lookup(id).map(Json).ok_or(ApiError::Missing(id))
}
RS

# The baseline: the second route answers the app's own text error.
scratch_crate "$work/app-none" build-cost-app-none "$base"
cat > "$work/app-none/src/lib.rs" <<RS
$app_source$problem_route
async fn note_problem(Path(id): Path<u32>) -> Result<Json<Note>, AppError> {
    lookup(id).map(Json).ok_or(AppError::Missing(id))
}
RS

additions=(app-none app-hs app-hap app-pd app-at)
for v in app "${additions[@]}"; do (cd "$work/$v" && cargo fetch --quiet); done

# locked_version DIR CRATE: the version of CRATE in DIR's Cargo.lock.
locked_version() {
  awk -v n="$2" '$1 == "name" && $3 == "\"" n "\"" { getline; gsub(/"/, "", $3); print $3; exit }' "$1/Cargo.lock"
}

# Each round, for each addition: a fresh target folder, the app alone built
# into it (untimed), then the app with the addition built into the same
# folder (timed). Only what the addition brings is compiled in the timed
# build (and the app's own crate again, the same for all), so the figure is
# the marginal cost itself, not a difference of two long builds.
# After http-status's first timed build, the artifacts in `deps` say how many
# times each of its crates was compiled (a fresh folder: one file a unit).
declare -A cpu
compiled=
for ((r = 1; r <= runs; r++)); do
  for v in "${additions[@]}"; do
    rm -rf "$work/target"
    (cd "$work/app" && CARGO_TARGET_DIR="$work/target" cargo build --quiet)
    ms=$(CARGO_TARGET_DIR="$work/target" build_cpu_ms "$work/$v")
    cpu[$v]+="$ms "
    echo "round $r: $v $ms ms" >&2
    # build_cpu_ms keeps only the time: had that build failed, this one
    # (otherwise nothing to do) fails too, and shows why.
    (cd "$work/$v" && CARGO_TARGET_DIR="$work/target" cargo build --quiet)
    if [[ $v == app-hs && -z $compiled ]]; then
      compiled=$(find "$work/target/debug/deps" -maxdepth 1 \( -name 'libhttp_status*.rlib' -o -name 'libhttp_status*.so' \) -printf '%f\n' \
        | sed -E 's/^lib(http_status[a-z0-9_]*)-[0-9a-f]+\.(rlib|so)$/\1/' | sort | uniq -c \
        | awk '{ print $2 " compiled " $1 " times" }')
    fi
  done
done

declare -A name=(
  [app-none]='nothing (the baseline: the app crate itself again)'
  [app-hs]='http-status (`axum08`, derive + `#[status(axum)]`)'
  [app-hap]='http-api-problem (`axum`, `From` into `HttpApiProblem`)'
  [app-pd]='problem_details (`axum`, `From` into `ProblemDetails`)'
  [app-at]='axum_thiserror (`json`, derive; no problem body)'
)
declare -A m
for v in "${additions[@]}"; do m[$v]=$(echo "${cpu[$v]}" | median); done
echo "CPU time (user + sys) that adding each crate costs an axum 0.8 app already built with"
echo "tokio + serde + serde_json + thiserror; $runs rounds, interleaved; http-status from: $http_status_root"
echo
echo "| addition | runs (ms) | median (ms) | median − baseline (ms) | / http-status's |"
echo "|---|---|---:|---:|---:|"
for v in "${additions[@]}"; do
  awk -v n="${name[$v]}" -v r="${cpu[$v]}" -v m="${m[$v]}" -v h="${m[app-hs]}" -v b="${m[app-none]}" \
    'BEGIN { ratio = (h > b) ? (m - b) / (h - b) : 0; printf "| %s | %s| %s | %d | %.2f |\n", n, r, m, m - b, ratio }'
done
echo
echo "Resolved: http-status $(locked_version "$work/app-hs" http-status)," \
  "http-api-problem $(locked_version "$work/app-hap" http-api-problem)," \
  "problem_details $(locked_version "$work/app-pd" problem_details)," \
  "axum_thiserror $(locked_version "$work/app-at" axum_thiserror);" \
  "axum $(locked_version "$work/app" axum), tokio $(locked_version "$work/app" tokio)," \
  "serde $(locked_version "$work/app" serde), thiserror $(locked_version "$work/app" thiserror)"
echo "$(rustc --version); nproc $(nproc)"
echo "In http-status's timed build:"
echo "${compiled:-no http-status crate found in target/debug/deps}"
