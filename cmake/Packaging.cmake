# The .deb an office installs: both programs in /usr/bin, the desktop entry, icon, AppStream metadata and
# MIME types (a double-clicked .orec or .orecpkg opens in the application), manual pages and bash
# completion for orec. scripts/package.sh builds it; Package.DebInstallsAndRuns installs and removes it.
#
# One reverse-DNS id names the desktop entry, the icon, the metainfo and the MIME package, as AppStream
# and the desktops expect.
include(GNUInstallDirs)

set(OREC_APP_ID io.github.overseasrecords.OverseasRecords)
# The date of this version's release, for the AppStream metadata: change it with project(VERSION).
set(OREC_RELEASE_DATE 2026-12-07)
set(_pkg_src ${PROJECT_SOURCE_DIR}/packaging)
set(_pkg_out ${PROJECT_BINARY_DIR}/packaging)

install(TARGETS orec overseas-records RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# orec's manual page and bash completion are written from the orec just built (its English --help), so a
# new command or option is in both without an edit.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_custom_command(
  OUTPUT ${_pkg_out}/orec.1 ${_pkg_out}/orec.1.gz ${_pkg_out}/orec.bash-completion
  COMMAND ${Python3_EXECUTABLE} ${_pkg_src}/gen_cli_docs.py $<TARGET_FILE:orec> ${PROJECT_VERSION} ${_pkg_out}
  DEPENDS orec ${_pkg_src}/gen_cli_docs.py
  COMMENT "Writing orec's manual page and bash completion from its --help"
  VERBATIM)
# Debian's manual pages are compressed, without a name or time in the header (the same page, the same bytes).
add_custom_command(
  OUTPUT ${_pkg_out}/overseas-records.1.gz
  COMMAND gzip -9nc ${_pkg_src}/overseas-records.1 > ${_pkg_out}/overseas-records.1.gz
  DEPENDS ${_pkg_src}/overseas-records.1)
add_custom_target(orec_packaging_files ALL
  DEPENDS ${_pkg_out}/orec.1.gz ${_pkg_out}/orec.bash-completion ${_pkg_out}/overseas-records.1.gz)

configure_file(${_pkg_src}/${OREC_APP_ID}.metainfo.xml.in ${_pkg_out}/${OREC_APP_ID}.metainfo.xml @ONLY)

install(FILES ${_pkg_src}/${OREC_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_pkg_out}/${OREC_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_pkg_src}/${OREC_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${OREC_APP_ID}.xml)
# The window's icon (resources/icons/app.svg, embedded in the program) is the desktop's icon too.
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${OREC_APP_ID}.svg)
install(FILES ${_pkg_out}/orec.1.gz ${_pkg_out}/overseas-records.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${_pkg_out}/orec.bash-completion DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME orec)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME overseas-records)
set(CPACK_PACKAGE_VENDOR "Overseas Records")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "encrypted register of party members who go abroad")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # overseas-records_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Overseas Records <overseas-records@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The .deb's description: the summary above, then this (CPack indents it and marks the empty line).
set(CPACK_PACKAGE_DESCRIPTION
    "Overseas Records keeps the records of party members who go abroad for the Party's organisation \
departments: their postings, overseas cells and reports, in one encrypted file (SQLCipher) that named \
users open with their own passphrases, with a signed audit log of every change. Cell secretaries abroad \
keep their cell offline and exchange signed, encrypted packages with home.

This package holds the desktop application (overseas-records) and the command line (orec).")
# The libraries the programs link come from dpkg-shlibdeps (dpkg-dev); the Qt plugins they load do not:
# SVG icons need libqt6svg6's plugins.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# Qt's own dialogs in Vietnamese; a Wayland session without XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
include(CPack)
