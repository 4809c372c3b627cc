# Shared by the benchmark scripts; source it, do not run it.

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
