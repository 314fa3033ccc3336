#include "core/platform.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#endif

namespace orec::platform {

void disableCoreDumps()
{
#if defined(Q_OS_UNIX)
    rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#if defined(Q_OS_LINUX)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#endif
    // Windows: Windows Error Reporting is configured per machine; nothing to do per process.
}

QString osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace orec::platform
