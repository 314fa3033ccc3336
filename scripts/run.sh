#!/usr/bin/env bash
# The first README command: installs what is missing, builds, and starts Overseas Records.
#   scripts/run.sh            starts on a demo database (created on first use; its user and passphrase are printed)
#   scripts/run.sh FILE.orec  starts on your own database
# Without a display the window runs under Xvfb: a screenshot is saved and its path printed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
BUILD_DIR="${OREC_BUILD_DIR:-build}"
APP="$BUILD_DIR/src/overseas-records"
ORECBIN="$BUILD_DIR/src/orec"

DB="${1:-}"
args=()
if [ -z "$DB" ]; then
  DB="demo/demo.orec"
  DEMO_USER="demo"
  DEMO_PASS="demo-passphrase-2026"
  if [ ! -f "$DB" ]; then
    mkdir -p demo
    echo "Creating the demo database $DB (synthetic people, never real ones)..."
    if "$ORECBIN" demo --help >/dev/null 2>&1; then
      OREC_PASSPHRASE="$DEMO_PASS" "$ORECBIN" --db "$DB" --user "$DEMO_USER" demo --members 2000 >/dev/null
    else
      OREC_PASSPHRASE="$DEMO_PASS" "$ORECBIN" --db "$DB" --user "$DEMO_USER" init >/dev/null
    fi
  fi
  echo
  echo "  Demo database: $DB"
  echo "  User:          $DEMO_USER"
  echo "  Passphrase:    $DEMO_PASS"
  echo
  args+=(--user "$DEMO_USER")
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$APP" --db "$DB" "${args[@]}"
fi

mkdir -p screenshots
SHOT="$(pwd)/screenshots/unlock-window.png"
echo "No display: running the window under Xvfb and saving a screenshot."
xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --db "$DB" "${args[@]}" --screenshot "$SHOT"
echo "Screenshot: $SHOT"
