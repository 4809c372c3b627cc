#!/usr/bin/env bash
# Checks that `status!(404).as_u16()` compiles to one immediate move and a
# return in a release build, and prints the assembly. Exit 1 if it does not.
# Also prints `status!(429).reason().len()`, which is one table load and no
# call: the catalog tables are statics of http-status-core, which another
# crate's optimizer cannot read at compile time (BENCHMARKS.md).
#   usage: benches/zero-cost.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/bench-zero-cost"
source "$root/benches/common.sh"
scratch_crate "$work" zero-cost "http-status = { path = \"$root\" }"
printf '\n[lib]\ncrate-type = ["cdylib"]\n' >> "$work/Cargo.toml"
cat > "$work/src/lib.rs" <<'RS'
use http_status::status;

#[unsafe(no_mangle)]
pub extern "C" fn not_found_code() -> u16 {
    status!(404).as_u16()
}

#[unsafe(no_mangle)]
pub extern "C" fn reason_len() -> usize {
    status!("Too Many Requests").reason().len()
}
RS
cd "$work"
cargo rustc --quiet --release --lib -- --emit asm -C llvm-args=-x86-asm-syntax=intel 2>/dev/null
asm=target/release/deps/zero_cost.s

body() { # the instructions of one function, without directives or labels
  awk -v f="$1" '$0 ~ "^"f":" {on=1; next} on && /^[ \t]*\.cfi_endproc/ {exit} on && $0 !~ /^[ \t]*\./ && $0 !~ /^\.?[A-Za-z0-9_]+:/ {gsub(/^[ \t]+/, ""); gsub(/[ \t]+/, " "); print}' "$asm"
}

status=0
for f in not_found_code reason_len; do
  echo "$f:"
  body "$f" | sed 's/^/    /'
done
[ "$(body not_found_code)" = "$(printf 'mov ax, 404\nret')" ] || { echo "FAIL: not_found_code is not one immediate move and a return"; status=1; }
body reason_len | grep 'call' | grep -vq 'panicking' && { echo "FAIL: reason_len calls a function instead of inlining the lookup"; status=1; }
[ $status = 0 ] && echo "OK: status!(404).as_u16() is one immediate move and a return; reason() is inlined"
exit $status
