// Process hardening that differs between operating systems; the only platform-specific file of core.
#pragma once

#include <QString>

namespace orec::platform {

// Turns off core dumps so key material can never land in a dump file.
void disableCoreDumps();

// The user name of the operating-system account, used as the default database user.
QString osUserName();

// Whether the file or folder at `path` itself (a symbolic link is not followed) belongs to this user and
// lets no other account read, write or enter it.
bool isPrivateToThisUser(const QString& path);

// Points the process's temporary folder (TMPDIR, which Qt and the CUPS client that spools a print job
// read) at a folder of this user's own in the session's runtime folder (XDG_RUNTIME_DIR: private, in
// memory on systemd systems, emptied at logout), so a temporary file that a library makes does not land
// in a /tmp on disk shared with every account. Returns that folder, or empty (nothing changed) when there
// is no private runtime folder, as on Windows and macOS, whose temporary folders are per user already.
QString usePrivateTemporaryFolder();

} // namespace orec::platform
