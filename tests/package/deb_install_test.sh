#!/usr/bin/env bash
# Package.DebInstallsAndRuns: builds the .deb with cpack from the built tree, installs it on this machine
# with dpkg, runs both programs from /usr/bin, checks the desktop entry, AppStream metadata, MIME types,
# manual pages and bash completion as installed, and removes the package (also when a check fails).
# Installing needs root: as another user the test is skipped (exit 77).
#
#   deb_install_test.sh BUILD_DIR
set -uo pipefail

BUILD_DIR="$(cd "${1:?usage: deb_install_test.sh BUILD_DIR}" && pwd)"
PACKAGE=overseas-records
APP_ID=io.github.overseasrecords.OverseasRecords

if [ "$(id -u)" -ne 0 ]; then
  echo "[  SKIPPED ] Package.DebInstallsAndRuns: installing a .deb with dpkg needs root"
  echo "            (as root it installs, runs and removes $PACKAGE; scripts/package.sh builds the .deb)"
  exit 77
fi

failures=0
fail() {
  echo "[  FAILED  ] $*" >&2
  failures=$((failures + 1))
}
ok() { echo "[       OK ] $*"; }

for tool in cpack dpkg dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli update-mime-database gio man; do
  if ! command -v "$tool" >/dev/null; then
    echo "[  FAILED  ] $tool is missing: scripts/install-deps.sh installs it" >&2
    exit 1
  fi
done

# Test runs from several working copies install the same package name: one at a time.
exec 9>/tmp/orec-package-test.lock
if ! flock -w 900 9; then
  echo "[  FAILED  ] another package test held /tmp/orec-package-test.lock for 15 minutes" >&2
  exit 1
fi

work="$(mktemp -d)"
installed_by_us=0
cleanup() {
  if [ "$installed_by_us" -eq 1 ]; then
    dpkg_locked -r "$PACKAGE" >/dev/null || echo "[  FAILED  ] dpkg -r $PACKAGE failed; remove it by hand" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# dpkg refuses at once while apt or another dpkg runs; wait for it a while instead.
dpkg_locked() {
  local tries=0 out
  while true; do
    if out="$(dpkg "$@" 2>&1)"; then
      echo "$out"
      return 0
    fi
    if ! grep -qi "lock" <<<"$out" || [ "$tries" -ge 60 ]; then
      echo "$out" >&2
      return 1
    fi
    tries=$((tries + 1))
    sleep 2
  done
}

# ---- build ----------------------------------------------------------------------------------------
# What cpack installs must be up to date (cheap when it is: scripts/test.sh has just built everything).
cmake --build "$BUILD_DIR" --target orec overseas-records orec_packaging_files >/dev/null ||
  { echo "[  FAILED  ] the programs do not build" >&2; exit 1; }
if ! cpack --config "$BUILD_DIR/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  echo "[  FAILED  ] cpack could not build the .deb" >&2
  exit 1
fi
version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$BUILD_DIR/CPackConfig.cmake")"
deb="$work/out/${PACKAGE}_${version}_$(dpkg --print-architecture).deb"
if [ ! -f "$deb" ]; then
  ls "$work/out" >&2
  echo "[  FAILED  ] cpack wrote no $(basename "$deb")" >&2
  exit 1
fi
ok "cpack built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

depends="$(dpkg-deb -f "$deb" Depends)"
for lib in libqt6widgets6 libsqlcipher0 libsodium23 libqt6svg6; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
for path in ./usr/bin/orec ./usr/bin/overseas-records "./usr/share/applications/$APP_ID.desktop" \
  "./usr/share/metainfo/$APP_ID.metainfo.xml" "./usr/share/mime/packages/$APP_ID.xml" \
  "./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" ./usr/share/man/man1/orec.1.gz \
  ./usr/share/man/man1/overseas-records.1.gz ./usr/share/bash-completion/completions/orec; do
  grep -qx "$path" <<<"$contents" || fail "the .deb has no $path"
done
# Nothing but the two programs in /usr/bin: no test or helper executable.
extra="$(grep '^\./usr/bin/.' <<<"$contents" | grep -vx -e ./usr/bin/orec -e ./usr/bin/overseas-records)"
[ -z "$extra" ] || fail "the .deb installs more programs: $extra"

# ---- install -----------------------------------------------------------------------------------------
if before="$(dpkg-query -W -f='${Status} ${Version}' "$PACKAGE" 2>/dev/null)" && grep -q "ok installed" <<<"$before"; then
  echo "note: $PACKAGE was installed ($before); this test replaces it and removes it at the end"
fi
installed_by_us=1
if ! dpkg_locked -i "$deb" >"$work/dpkg.log"; then
  fail "dpkg -i $(basename "$deb")"
  exit 1
fi
ok "dpkg -i installed it"

# ---- the programs from /usr/bin ----------------------------------------------------------------------
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
missing_libs="$(ldd /usr/bin/orec /usr/bin/overseas-records | grep 'not found')"
[ -z "$missing_libs" ] || fail "libraries not found: $missing_libs"

out="$(/usr/bin/orec --version 2>&1)" && [ "$out" = "orec $version" ] && ok "orec --version: $out" ||
  fail "/usr/bin/orec --version printed '$out'"
out="$(/usr/bin/orec --lang en --help 2>&1)" && grep -q "^Commands:" <<<"$out" && ok "orec --help" ||
  fail "/usr/bin/orec --help: $out"
# --version and --help need no display.
out="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/overseas-records --version 2>&1)" &&
  [ "$out" = "overseas-records $version" ] && ok "overseas-records --version: $out" ||
  fail "/usr/bin/overseas-records --version printed '$out'"
gui_help="$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/overseas-records --help 2>&1)" ||
  fail "/usr/bin/overseas-records --help: $gui_help"
# The window itself starts with what the package brought (Qt's platform and SVG plugins): its unlock window.
if QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/overseas-records --lang en --screenshot "$work/unlock.png" \
  >"$work/gui.log" 2>&1 && [ -s "$work/unlock.png" ]; then
  ok "overseas-records starts (offscreen) and shows its unlock window"
else
  cat "$work/gui.log" >&2
  fail "/usr/bin/overseas-records did not start"
fi

# ---- desktop entry, metadata, MIME ---------------------------------------------------------------------
desktop="/usr/share/applications/$APP_ID.desktop"
out="$(desktop-file-validate "$desktop" 2>&1)" && [ -z "$out" ] && ok "desktop-file-validate $desktop" ||
  fail "desktop-file-validate: $out"
grep -qx "Exec=overseas-records %f" "$desktop" || fail "the desktop entry does not pass the opened file"
out="$(appstreamcli validate --no-net "/usr/share/metainfo/$APP_ID.metainfo.xml" 2>&1)" &&
  ok "appstreamcli validate" || fail "appstreamcli validate: $out"
grep -q "release version=\"$version\"" "/usr/share/metainfo/$APP_ID.metainfo.xml" ||
  fail "the metainfo has no release $version"

# dpkg ran shared-mime-info's and desktop-file-utils' triggers: the system databases know both types.
grep -qx "50:application/x-overseas-records:\*.orec" /usr/share/mime/globs2 ||
  fail "/usr/share/mime/globs2 does not know *.orec"
grep -qx "50:application/x-overseas-records-package:\*.orecpkg" /usr/share/mime/globs2 ||
  fail "/usr/share/mime/globs2 does not know *.orecpkg"
# A register is SQLCipher from its first byte: no magic, only its name.
head -c 4096 /dev/urandom >"$work/dept.orec"
printf 'ORECPKG\032\002\000\001\000' >"$work/from-home.orecpkg"
# A package renamed on its way (an e-mail attachment) is still known by its first bytes.
cp "$work/from-home.orecpkg" "$work/attachment.bin"
for pair in dept.orec:application/x-overseas-records from-home.orecpkg:application/x-overseas-records-package \
  attachment.bin:application/x-overseas-records-package; do
  file="${pair%%:*}" type="${pair#*:}"
  got="$(gio info -a standard::content-type "$work/$file" 2>&1 | sed -n 's/^ *standard::content-type: //p')"
  [ "$got" = "$type" ] && ok "$file is $type" || fail "$file is '$got', not $type"
  if command -v xdg-mime >/dev/null; then
    got="$(xdg-mime query filetype "$work/$file" 2>/dev/null)"
    [ "$got" = "$type" ] || fail "xdg-mime: $file is '$got', not $type"
  fi
done
for type in application/x-overseas-records application/x-overseas-records-package; do
  grep -q "^$type=.*$APP_ID.desktop" /usr/share/applications/mimeinfo.cache &&
    ok "a double-clicked $type opens with $APP_ID.desktop" ||
    fail "/usr/share/applications/mimeinfo.cache does not open $type with $APP_ID.desktop"
done
[ -f "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" ] || fail "no icon $APP_ID.svg"

# ---- manual pages, completion --------------------------------------------------------------------------
for page in orec overseas-records; do
  [ "$(man -w "$page" 2>/dev/null)" = "/usr/share/man/man1/$page.1.gz" ] || fail "man -w $page: $(man -w "$page" 2>&1)"
  warnings="$(MANWIDTH=100 man --warnings -E UTF-8 -l "/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)"
  [ -z "$warnings" ] || fail "man $page warns: $warnings"
done
orec_page="$(MANWIDTH=200 man -E UTF-8 -l /usr/share/man/man1/orec.1.gz 2>/dev/null | col -b)"
gui_page="$(MANWIDTH=200 man -E UTF-8 -l /usr/share/man/man1/overseas-records.1.gz 2>/dev/null | col -b)"
missing=""
while read -r command; do
  grep -qx "   $command" <<<"$orec_page" || missing="$missing '$command'"
done < <(/usr/bin/orec --lang en --help | sed -n '/^Commands:/,/^$/p' | sed 1d |
  awk 'NF { w = $1; if ($2 ~ /^[a-z][a-z0-9-]*$/) w = w " " $2; print w }' | sort -u)
[ -z "$missing" ] && ok "man orec describes every command of orec --help" || fail "man orec lacks$missing"
missing=""
for option in $(grep -o -- '--[a-z][a-z-]*' <<<"$gui_help" | sort -u); do
  grep -q -- "$option" <<<"$gui_page" || missing="$missing $option"
done
[ -z "$missing" ] && ok "man overseas-records names every option of overseas-records --help" ||
  fail "man overseas-records lacks$missing"
offered="$(bash -c 'source /usr/share/bash-completion/completions/orec; COMP_WORDS=(orec "import-p"); COMP_CWORD=1
  _orec; echo "${COMPREPLY[*]}"')"
[ "$offered" = "import-package" ] && ok "bash completes orec's commands" || fail "bash completion offered '$offered'"

# ---- remove --------------------------------------------------------------------------------------------
if dpkg_locked -r "$PACKAGE" >/dev/null; then
  installed_by_us=0
  [ ! -e /usr/bin/orec ] && [ ! -e /usr/bin/overseas-records ] && [ ! -e "$desktop" ] &&
    ok "dpkg -r removed it" || fail "dpkg -r left files behind"
  grep -q "overseas-records" /usr/share/mime/globs2 && fail "the MIME database still knows the types"
else
  fail "dpkg -r $PACKAGE"
fi

if [ "$failures" -ne 0 ]; then
  echo "[  FAILED  ] Package.DebInstallsAndRuns: $failures check(s) failed" >&2
  exit 1
fi
echo "[  PASSED  ] Package.DebInstallsAndRuns"
