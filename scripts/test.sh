#!/usr/bin/env bash
# The second README command: installs what is missing, builds, and runs every test through ctest.
# The fuzz targets are built apart, with clang (libFuzzer, AddressSanitizer, UBSan), in build-fuzz/
# (OREC_FUZZ_BUILD_DIR), configured once and then only brought up to date; ctest runs each for
# OREC_FUZZ_SECONDS (default 60; 0 only replays the inputs that once crashed them).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
BUILD_DIR="${OREC_BUILD_DIR:-build}"
FUZZ_DIR="${OREC_FUZZ_BUILD_DIR:-build-fuzz}"
if [ ! -f "$FUZZ_DIR/build.ninja" ]; then
  cmake -S . -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang-14 \
    -DCMAKE_CXX_COMPILER=clang++-14 -DOREC_BUILD_FUZZ=ON -DOREC_BUILD_TESTS=OFF -DOREC_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$FUZZ_DIR" --parallel "${OREC_JOBS:-$(nproc)}" --target fuzz_all
export OREC_FUZZ_BUILD_DIR="$(cd "$FUZZ_DIR" && pwd)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "${OREC_JOBS:-$(nproc)}" --timeout 900 "$@"
