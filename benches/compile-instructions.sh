#!/usr/bin/env bash
# Per-call compile cost of `status!` in instructions, which machine noise
# cannot move: rustc's own count (cachegrind, no cache simulation) for the
# crates of compile.sh, (a) N calls of `status!` against (b) N hand-written
# constants. Only the rustc run of the crate itself is counted; the proc macro
# runs inside it.
#   usage: benches/compile-instructions.sh [N=5000]
set -euo pipefail
n=${1:-5000}
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benches/common.sh"
"$root/benches/compile.sh" 1 "$n" >/dev/null   # writes and prebuilds the crates
work="$root/target/bench-compile$bench_tag"
export CARGO_TARGET_DIR="$work/target"

# A RUSTC_WRAPPER that runs rustc under cachegrind for the measured crate only.
wrapper="$work/cachegrind-rustc"
cat > "$wrapper" <<'SH'
#!/usr/bin/env bash
case " $* " in
  *" --crate-name compile_cost_"*)
    exec valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
      --log-file="$CACHEGRIND_LOG" "$@" ;;
  *) exec "$@" ;;
esac
SH
chmod +x "$wrapper"

declare -A refs
for v in a b; do
  touch "$work/$v/src/lib.rs"
  (cd "$work/$v" && CACHEGRIND_LOG="$work/cachegrind-$v.log" RUSTC_WRAPPER="$wrapper" cargo build --quiet)
  refs[$v]=$(sed -nE 's/.*I +refs: +([0-9,]+).*/\1/p' "$work/cachegrind-$v.log" | tr -d ,)
done
echo "N = $n; rustc instructions (cachegrind) for the crate alone; http-status from $http_status_root"
echo
echo "| variant | instructions |"
echo "|---|---:|"
echo "| (a) \`status!(404)\` | ${refs[a]} |"
echo "| (b) \`StatusCode::NOT_FOUND\` | ${refs[b]} |"
echo
awk -v a="${refs[a]}" -v b="${refs[b]}" -v n="$n" 'BEGIN { printf "(a)/(b) = %.2f; %.0f instructions more per call\n", a / b, (a - b) / n }'
