#include "core/platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
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

bool isPrivateToThisUser(const QString& path)
{
#if defined(Q_OS_UNIX)
    struct stat st
    {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || S_ISLNK(st.st_mode))
        return false;
    return st.st_uid == ::geteuid() && (st.st_mode & (S_IRWXG | S_IRWXO)) == 0;
#else
    // Windows: what lies in the user's own profile folders is the user's; only links are refused.
    const QFileInfo info(path);
    return info.exists() && !info.isSymLink();
#endif
}

QString usePrivateTemporaryFolder()
{
#if defined(Q_OS_LINUX)
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty() || !QDir::isAbsolutePath(runtime) || !isPrivateToThisUser(runtime))
        return {};
    const QString folder = QDir(runtime).filePath(QStringLiteral("overseas-records"));
    ::mkdir(QFile::encodeName(folder).constData(), S_IRWXU); // already there: checked just below
    if (!isPrivateToThisUser(folder) || !QFileInfo(folder).isDir())
        return {};
    qputenv("TMPDIR", QFile::encodeName(folder));
    return folder;
#else
    return {};
#endif
}

} // namespace orec::platform
