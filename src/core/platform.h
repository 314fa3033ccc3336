// Process hardening that differs between operating systems; the only platform-specific file of core.
#pragma once

#include <QString>

namespace orec::platform {

// Turns off core dumps so key material can never land in a dump file.
void disableCoreDumps();

// The user name of the operating-system account, used as the default database user.
QString osUserName();

} // namespace orec::platform
