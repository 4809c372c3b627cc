#!/usr/bin/env bash
# Adding http-status turns on no feature of a dependency the app shares with
# it: cargo would rebuild that dependency, and everything above it, in the
# app (serde_json's `alloc` once cost an axum app 8.9 s instead of 5.0 s).
# Resolves an axum app with serde_json, with and without http-status (with
# the features such an app turns on: axum08, serde, serde_json, tracing),
# and compares the features of every package both resolutions have.
#   usage: benches/shared-features.sh   (exits 1 when a feature is added)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/benches/common.sh"
work="$root/target/bench-shared-features$bench_tag"
rm -rf "$work"
common='axum = "0.8"
serde = { version = "1", features = ["derive"] }
serde_json = "1"
thiserror = "2"
tracing = "0.1"'
scratch_crate "$work/without" shared-without "$common"
scratch_crate "$work/with" shared-with "$common
http-status = { path = \"$http_status_root\", features = [\"axum08\", \"serde\", \"serde_json\", \"tracing\"] }"
for app in without with; do
  : > "$work/$app/src/lib.rs"
  cp "$root/Cargo.lock" "$work/$app/Cargo.lock"
  (cd "$work/$app" && cargo metadata --format-version 1 --offline >"$work/$app.json" 2>/dev/null \
    || cargo metadata --format-version 1 >"$work/$app.json")
done
python3 - "$work/without.json" "$work/with.json" <<'PY'
import json, sys

def features(path):
    meta = json.load(open(path))
    names = {p["id"]: p["name"] for p in meta["packages"]}
    return {names[n["id"]]: set(n["features"]) for n in meta["resolve"]["nodes"]}

without, with_ = features(sys.argv[1]), features(sys.argv[2])
added = {
    name: sorted(with_[name] - feats)
    for name, feats in without.items()
    if name in with_ and with_[name] - feats
}
print(f"packages in both resolutions: {len(set(without) & set(with_))}")
for name, feats in sorted(added.items()):
    print(f"  http-status adds to {name}: {', '.join(feats)}")
sys.exit(1 if added else 0)
PY
