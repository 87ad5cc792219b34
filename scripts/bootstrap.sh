#!/usr/bin/env bash
# Set up everything the kiosk needs on a Debian/Ubuntu machine, installing only what is missing:
# the Debian packages for Qt, fonts and the virtual display, a virtual environment in .venv, and
# the Python packages of pyproject.toml. Safe to run again; a second run takes a second or two.
#
# Usage: scripts/bootstrap.sh [run|test|bundle]   (test adds the test tools; bundle what
# scripts/build_bundle.sh needs: PyInstaller, binutils, and the PostgreSQL driver to ship)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
purpose="${1:-run}"
venv="$repo/.venv"

# Qt's offscreen, xcb and wayland platforms, fonts, and Xvfb for machines without a screen.
# The one-folder bundle (build.spec) takes libGL, libEGL, libxcb and libwayland-* from the
# system, and fontconfig's configuration; it carries the rest.
debs=(
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libx11-6
  fontconfig fonts-dejavu-core libwayland-client0 libwayland-cursor0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 xvfb xauth
)
if [ "$purpose" = "test" ]; then
  # CUPS and cups-pdf: tests/helpers_cups.py starts a private cupsd with a PDF queue. Without
  # systemd, installing cups may warn that invoke-rc.d could not start the service: harmless.
  debs+=(poppler-utils zbar-tools cups cups-client cups-bsd printer-driver-cups-pdf)
  # PostgreSQL: tests/helpers_pg.py starts a private server for the store and services tests.
  debs+=(postgresql)
fi
if [ "$purpose" = "bundle" ]; then
  # PyInstaller reads and strips libraries with binutils (objdump, objcopy, strip).
  debs+=(binutils)
fi

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

missing=()
for pkg in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
python_bin="${PYTHON:-python3}"
if ! "$python_bin" -c 'import sys; assert sys.version_info >= (3, 11)' 2>/dev/null; then
  echo "Python 3.11 or newer is needed (found: $("$python_bin" --version 2>&1))." >&2
  exit 1
fi
if [ ! -x "$venv/bin/python" ] && ! "$python_bin" -c 'import ensurepip, venv' 2>/dev/null; then
  missing+=("python3-venv")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x "$venv/bin/python" ]; then
  say "creating the virtual environment .venv"
  "$python_bin" -m venv "$venv"
fi

extras=""
[ "$purpose" = "test" ] && extras="[dev]"
[ "$purpose" = "bundle" ] && extras="[bundle,postgres]"
stamp="$venv/.installed-$purpose"
want="$(sha256sum "$repo/pyproject.toml" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "installing Python packages (pip install -e .$extras)"
  log="$venv/pip-install.log"
  # The build backend is chatty on stderr; keep its output for when something goes wrong.
  if ! { "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip &&
         "$venv/bin/python" -m pip install -q --disable-pip-version-check -e "$repo$extras"; } \
      >"$log" 2>&1; then
    cat "$log" >&2
    echo "pip install failed (log: $log)" >&2
    exit 1
  fi
  echo "$want" > "$stamp"
fi
