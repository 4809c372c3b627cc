# Shared by the benchmark scripts; source it, do not run it.

# The http-status checkout under test: this one, or HTTP_STATUS_ROOT (say, a
# `git worktree` of an older commit, to measure before and after in one run).
http_status_root=${HTTP_STATUS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
# Appended to scratch folders, so that two checkouts never share one.
bench_tag=${HTTP_STATUS_ROOT:+-$(basename "$HTTP_STATUS_ROOT")}

# scratch_crate DIR NAME DEPENDENCY-LINE: a standalone crate (its own
# workspace) at DIR with one dependency; its src/lib.rs is the caller's.
scratch_crate() {
  mkdir -p "$1/src"
  cat > "$1/Cargo.toml" <<TOML
[package]
name = "$2"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$3

[workspace]
TOML
}

# median: the median of the numbers on standard input (space separated).
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# build_ms DIR: milliseconds taken by a quiet `cargo build` in DIR.
build_ms() {
  local start end
  start=$(date +%s%N)
  (cd "$1" && cargo build --quiet)
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

# build_cpu_ms DIR: CPU milliseconds (user + sys, every process cargo starts)
# of a quiet `cargo build` in DIR. Steadier than wall time on a shared VM.
build_cpu_ms() {
  local out
  out=$( { /usr/bin/time -f '%U %S' bash -c "cd '$1' && cargo build --quiet" ; } 2>&1 | tail -1)
  awk -v u="${out% *}" -v s="${out#* }" 'BEGIN { printf "%d", (u + s) * 1000 }'
}
