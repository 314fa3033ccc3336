#!/usr/bin/env bash
# Builds the .deb an office installs, build/overseas-records_VERSION_ARCH.deb (cmake/Packaging.cmake), and
# prints its path. Install it with: sudo apt install ./build/overseas-records_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
BUILD_DIR="${OREC_BUILD_DIR:-build}"
# Only what the package holds: the two programs, the manual pages and the completion.
scripts/build.sh --target orec overseas-records orec_packaging_files
cd "$BUILD_DIR"
cpack -G DEB >/dev/null
ls -1 "$PWD"/overseas-records_*.deb
