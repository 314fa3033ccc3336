#!/usr/bin/env bash
# Installs the Debian 12 packages Overseas Records needs to build, run and test. Idempotent:
# when everything is present it only checks (about a second) and installs nothing.
# --check: install nothing; exit 1 and name what is missing (a ctest runs this, so a package name
# that dpkg never reports as installed, such as a virtual package, is caught).
set -euo pipefail

check_only=0
if [ "${1:-}" = "--check" ]; then check_only=1; fi

packages=(
  build-essential cmake ninja-build pkg-config ccache git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev qt6-pdf-dev libqt6opengl6-dev qt6-svg-dev libgl1-mesa-dev
  libsqlcipher-dev sqlcipher libsodium-dev libxlsxwriter-dev zlib1g-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  poppler-utils xvfb xauth dbus-daemon fonts-noto-core fonts-dejavu-core clang-format
  clang-14 libclang-rt-14-dev
  # the .deb: dpkg-shlibdeps for cpack; the tools Package.DebInstallsAndRuns checks it with
  dpkg-dev desktop-file-utils appstream shared-mime-info libglib2.0-bin man-db python3
)

missing=()
for p in "${packages[@]}"; do
  # While a dpkg run (the package test's) has not run its triggers yet, the packages they belong to read
  # "triggers-pending": installed all the same.
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -Eq "install ok (installed|triggers-pending|triggers-awaited)"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

if [ "$check_only" -eq 1 ]; then
  echo "install-deps: missing ${missing[*]}" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
