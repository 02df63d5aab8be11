#!/usr/bin/env bash
# run.sh TARGET SECONDS: fuzz TARGET (template or decimal) for SECONDS with its seed corpus and
# dictionary. New inputs go into a scratch corpus (the repository's seeds are only read); a crash
# is written to $FUZZ_ARTIFACTS (default: a temporary folder) and fails the run (exit non-zero).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -eq 2 ] || { echo "usage: $0 template|decimal SECONDS" >&2; exit 64; }
target="$1" seconds="$2"
binary="$root/.build/fuzz/$target-fuzz"
[ -x "$binary" ] || { echo "$binary is not built: run Tools/fuzz/build.sh" >&2; exit 1; }
scratch="$(mktemp -d)"
artifacts="${FUZZ_ARTIFACTS:-$(mktemp -d)}"
mkdir -p "$artifacts"
trap 'rm -rf "$scratch"' EXIT
# A leak is not a crash here (Swift's runtime keeps metadata for the process's life).
export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
# The inputs that once crashed quotedoc run first, each once, whole (they are longer than -max_len).
if [ -d "$here/regressions" ] && [ "$target" = template ]; then
    "$binary" -timeout=10 -rss_limit_mb=2048 "$here"/regressions/*
fi
"$binary" "$scratch" "$here/corpus/$target" -dict="$here/$target.dict" -max_total_time="$seconds" -max_len=4096 \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$artifacts/" -print_final_stats=1
echo "fuzzed $target for $seconds s: no crash (artifacts would be in $artifacts)"
