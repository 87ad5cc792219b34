#!/usr/bin/env bash
# Build the one-folder bundle dist/kiosk/ (build.spec) and prove it works: every library in it
# finds what it links against, and `dist/kiosk/kiosk --self-check` passes on a fresh home under
# Qt's offscreen platform. Prints the bundle's size and the build time; exits non-zero if
# anything fails, or if the bundle grows over BUNDLE_MAX_MB (default 180).
#
# Usage: scripts/build_bundle.sh   (extra arguments go to PyInstaller)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$repo/scripts/bootstrap.sh" bundle
cd "$repo"
bin="$repo/.venv/bin"
bundle="$repo/dist/kiosk"
max_mb="${BUNDLE_MAX_MB:-180}"

say() { printf '\033[1m[bundle]\033[0m %s\n' "$*"; }
fail() { printf '\033[1m[bundle]\033[0m FAILED: %s\n' "$*" >&2; exit 1; }

say "building $bundle with PyInstaller $("$bin/pyinstaller" --version)"
start=$(date +%s.%N)
"$bin/pyinstaller" --noconfirm --clean --log-level WARN "$@" build.spec
build_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
[ -x "$bundle/kiosk" ] || fail "no executable at $bundle/kiosk"

say "checking that every library in the bundle finds its dependencies"
# The bundle takes libGL, libEGL, libxcb and libwayland-* from the system (bootstrap.sh
# installs them); everything else must resolve inside it, as its loader path does at run time.
missing=$(
  find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' -o -name kiosk \) -print0 |
    while IFS= read -r -d '' elf; do
      LD_LIBRARY_PATH="$bundle/_internal" ldd "$elf" 2>/dev/null |
        awk -v f="${elf#"$bundle"/}" '/not found/ { print f ": " $1 }'
    done
)
[ -z "$missing" ] || fail "libraries not found:"$'\n'"$missing"

say "dist/kiosk/kiosk --self-check (offscreen, on a fresh home)"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
if ! env -u KIOSK_DB QT_QPA_PLATFORM=offscreen KIOSK_HOME="$home" "$bundle/kiosk" --self-check
then
  fail "the bundle's self-check did not pass"
fi

size_mb=$(du -sm "$bundle" | cut -f1)
say "bundle: $(du -sh "$bundle" | cut -f1) ($size_mb MB, $(find "$bundle" -type f | wc -l) files) in $bundle"
say "build time: $build_s s"
[ "$size_mb" -le "$max_mb" ] || fail "the bundle is $size_mb MB, over the $max_mb MB budget"
