#!/usr/bin/env bash
# Runs one libFuzzer target as a ctest (Fuzz.<target>): first every input that ever crashed it
# (fuzz/corpus/<corpus>/regressions/), then OREC_FUZZ_SECONDS of fuzzing (default 60; 0 = replay
# only) from the committed corpus plus the inputs earlier runs found (kept in the fuzz build dir).
# A crash, leak, timeout or out-of-memory fails the test; the input is copied into the regressions
# folder (commit it with the fix) and kept under <fuzz build dir>/artifacts/<target>/.
#   fuzz/run_fuzzer.sh TARGET CORPUS_NAME
# The binaries come from the fuzz build dir, OREC_FUZZ_BUILD_DIR (default build-fuzz/ at the root),
# which scripts/test.sh configures (clang, libFuzzer, AddressSanitizer, UBSan) and builds.
set -euo pipefail

target="$1"
corpus_name="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${OREC_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${OREC_FUZZ_SECONDS:-60}"
binary="$build/fuzz/$target"
seeds="$root/fuzz/corpus/$corpus_name"
regressions="$seeds/regressions"
work="$build/corpus/$target"
artifacts="$build/artifacts/$target"

if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
  echo "OREC_FUZZ_SECONDS must be a whole number of seconds, not '$seconds'" >&2
  exit 1
fi
if [ ! -x "$binary" ]; then
  echo "$binary is not built: scripts/test.sh configures and builds the fuzz targets" >&2
  echo "(or: cmake --build $build --target fuzz_all)" >&2
  exit 1
fi
mkdir -p "$work" "$artifacts" "$regressions"

# Qt prints nothing useful here; ASan and UBSan stop at the first finding with a stack.
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
common=(-rss_limit_mb=2048 -timeout=30 -print_final_stats=0)

save_findings() {
  local found=0
  for f in "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-*; do
    [ -e "$f" ] || continue
    found=1
    local name
    name="$(basename "$f")"
    if [ ! -e "$regressions/$name" ]; then
      cp "$f" "$regressions/$name"
      echo "Fuzz.$target: the input is saved as fuzz/corpus/$corpus_name/regressions/$name; commit it with the fix." >&2
    fi
  done
  return $found
}

# 1. Every input that ever crashed, each run once.
mapfile -t known < <(find "$regressions" -type f | sort)
if [ ${#known[@]} -gt 0 ]; then
  echo "Fuzz.$target: replaying ${#known[@]} saved input(s)"
  if ! "$binary" "${common[@]}" "${known[@]}"; then
    echo "Fuzz.$target: a saved input of fuzz/corpus/$corpus_name/regressions/ fails again" >&2
    exit 1
  fi
fi

[ "$seconds" -eq 0 ] && exit 0

# 2. Fuzzing: new inputs go to the work corpus; the committed one (regressions included) seeds it.
rm -f "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-*
echo "Fuzz.$target: fuzzing for ${seconds} s"
status=0
"$binary" "${common[@]}" -max_total_time="$seconds" -artifact_prefix="$artifacts/" "$work" "$seeds" || status=$?
if ! save_findings || [ "$status" -ne 0 ]; then
  echo "Fuzz.$target: FAILED (libFuzzer exit code $status)" >&2
  exit 1
fi
echo "Fuzz.$target: no finding in ${seconds} s"
