#!/usr/bin/env bash
# Quick start 1: set up, register demo visits for today, and open the kiosk window on the
# embedded SQLite default, as the demo officer (no login; the audit log marks what it does).
# Without a screen it runs under a virtual display (Xvfb) and says so.
#
# The installation lives in .kiosk-home/ of the checkout (settings, database, outbox with the
# printed slips, logs); set KIOSK_HOME to put it elsewhere. Extra arguments go to the window,
# e.g. --fullscreen.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$repo/scripts/bootstrap.sh" run
export KIOSK_HOME="${KIOSK_HOME:-$repo/.kiosk-home}"
kiosk="$repo/.venv/bin/kiosk"

echo "Registering demo visits in $KIOSK_HOME (slips land in $KIOSK_HOME/outbox):"
"$kiosk" demo --visits "${DEMO_VISITS:-12}"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$kiosk" --demo "$@"
fi
shot="$KIOSK_HOME/screenshot.png"
echo
echo "No display found: the kiosk runs under a virtual display (Xvfb, 1280x800)."
echo "A picture of its first screen is saved to $shot. Stop it with Ctrl+C."
xvfb-run -a -s "-screen 0 1280x800x24" "$kiosk" --demo --screenshot "$shot"
exec xvfb-run -a -s "-screen 0 1280x800x24" "$kiosk" --demo "$@"
