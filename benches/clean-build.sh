#!/usr/bin/env bash
# Clean-build cost: a crate depending on http-status (default features)
# against the same crate depending on thiserror 2, both building their
# proc-macro stacks from scratch (thiserror: proc-macro2, quote, syn;
# http-status: proc-macro2, quote). RUNS clean builds each,
# alternating; reports medians, the ratio, and the `cargo build --timings`
# breakdown of the last http-status build.
#   usage: benches/clean-build.sh [RUNS=5]
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benches/common.sh"
work="$root/target/bench-clean-build$bench_tag"
scratch_crate "$work/ours" clean-build-ours "http-status = { path = \"$http_status_root\" }"
scratch_crate "$work/thiserror" clean-build-thiserror 'thiserror = "2"'
cat > "$work/ours/src/lib.rs" <<'RS'
use http_status::{HttpStatus, status};

#[derive(HttpStatus)]
pub enum Error {
    #[status(404)]
    Missing,
}

pub const GONE: http_status::StatusCode = status!(410);
RS

cat > "$work/thiserror/src/lib.rs" <<'RS'
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("missing")]
    Missing,
}
RS

# Resolve and download once, outside the timings.
for v in ours thiserror; do (cd "$work/$v" && cargo fetch --quiet); done

declare -A times cpu
for ((r = 1; r <= runs; r++)); do
  for v in ours thiserror; do
    (cd "$work/$v" && cargo clean --quiet)
    times[$v]+="$(build_ms "$work/$v") "
    (cd "$work/$v" && cargo clean --quiet)
    cpu[$v]+="$(build_cpu_ms "$work/$v") "
  done
done

mo=$(echo "${times[ours]}" | median); mt=$(echo "${times[thiserror]}" | median)
co=$(echo "${cpu[ours]}" | median); ct=$(echo "${cpu[thiserror]}" | median)
echo "clean \`cargo build\` (dev), $runs runs each, alternating; http-status from $http_status_root"
echo
echo "| crate depends on | wall runs (ms) | wall median (ms) | CPU runs (ms) | CPU median (ms) |"
echo "|---|---|---:|---|---:|"
echo "| http-status (default features) | ${times[ours]}| $mo | ${cpu[ours]}| $co |"
echo "| thiserror 2 | ${times[thiserror]}| $mt | ${cpu[thiserror]}| $ct |"
echo
awk -v o="$mo" -v t="$mt" -v co="$co" -v ct="$ct" 'BEGIN { printf "http-status / thiserror = %.2f (wall), %.2f (CPU)\n\n", o / t, co / ct }'

(cd "$work/ours" && cargo clean --quiet && cargo build --quiet --timings)
python3 - "$work/ours/target/cargo-timings/cargo-timing.html" <<'PY'
import json, re, sys
html = open(sys.argv[1]).read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
print("`cargo build --timings` of the http-status crate:\n")
print("| unit | start (s) | duration (s) |")
print("|---|---:|---:|")
for u in units:
    name = u["name"] + (" (" + u["target"].strip() + ")" if u["target"].strip() else "")
    print(f"| {name} | {u['start']:.2f} | {u['duration']:.2f} |")
PY
