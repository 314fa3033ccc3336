#!/usr/bin/env bash
# Configures (once) and builds everything into build/ with Ninja, warnings as errors, ccache when present.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${OREC_BUILD_DIR:-build}"
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOREC_WERROR=ON >/dev/null
fi
cmake --build "$BUILD_DIR" --parallel "${OREC_JOBS:-$(nproc)}" "$@"
