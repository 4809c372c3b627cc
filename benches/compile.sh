#!/usr/bin/env bash
# Per-call compile cost of `status!`, against the two other ways to name a code:
#   (a) status!(404)                 the checked macro
#   (b) StatusCode::NOT_FOUND        the constant written by hand (the floor)
#   (c) const { match StatusCode::from_u16(404) { Ok(s) => s, Err(_) => panic!() } }
#                                    a compile-time check with no proc macro
# Each crate has one function of N statements `t += X.as_u16() as u32;`,
# spread over every non-deprecated code. With dependencies prebuilt, it times a
# dev-profile rebuild of each crate alone after touching its source: RUNS runs,
# alternating a, b, c; reports medians and ratios.
#   usage: benches/compile.sh [RUNS=5] [N=5000]
set -euo pipefail
runs=${1:-5}
n=${2:-5000}
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benches/common.sh"
work="$root/target/bench-compile$bench_tag"
export CARGO_TARGET_DIR="$work/target"
mkdir -p "$work"

# code NAME pairs, straight from the catalog table; 305 and 510 would warn.
mapfile -t rows < <(sed -nE 's/^ +([0-9]{3}) ([A-Z_]+) ".*/\1 \2/p' "$root/core/src/catalog.rs" | grep -vE '^(305|510) ')
[ "${#rows[@]}" -eq 59 ] || { echo "expected 59 codes from the catalog, found ${#rows[@]}" >&2; exit 1; }

write_crate() { # name, statement template with CODE and NAME
  local dir="$work/$1"
  scratch_crate "$dir" "compile-cost-$1" "http-status = { path = \"$http_status_root\" }"
  {
    echo "#![allow(unused_imports)]"
    echo "use http_status::{StatusCode, status};"
    echo "pub fn sum() -> u32 {"
    echo "    let mut t = 0u32;"
    for ((i = 0; i < n; i++)); do
      local row=${rows[$((i % ${#rows[@]}))]}
      local code=${row% *} name=${row#* }
      local line=${2//CODE/$code}
      echo "    t += ${line//NAME/$name}.as_u16() as u32;"
    done
    echo "    t"
    echo "}"
  } > "$dir/src/lib.rs"
}

write_crate a 'status!(CODE)'
write_crate b 'StatusCode::NAME'
write_crate c 'const { match StatusCode::from_u16(CODE) { Ok(s) => s, Err(_) => panic!("unregistered") } }'

for v in a b c; do # prebuild dependencies and the crate itself
  (cd "$work/$v" && cargo build --quiet)
done

declare -A times
for ((r = 1; r <= runs; r++)); do
  for v in a b c; do
    touch "$work/$v/src/lib.rs"
    times[$v]+="$(build_ms "$work/$v") "
  done
done

ma=$(echo "${times[a]}" | median); mb=$(echo "${times[b]}" | median); mc=$(echo "${times[c]}" | median)
echo "N = $n statements, $runs runs each, alternating; dev-profile rebuild of the crate alone"
echo
echo "| variant | runs (ms) | median (ms) |"
echo "|---|---|---:|"
echo "| (a) \`status!(404)\` | ${times[a]}| $ma |"
echo "| (b) \`StatusCode::NOT_FOUND\` | ${times[b]}| $mb |"
echo "| (c) \`const { match from_u16(404) … }\` | ${times[c]}| $mc |"
echo
awk -v a="$ma" -v b="$mb" -v c="$mc" 'BEGIN { printf "(a)/(b) = %.2f   (a)/(c) = %.2f   (c)/(b) = %.2f\n", a / b, a / c, c / b }'
