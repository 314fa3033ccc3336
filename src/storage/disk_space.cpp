#include "storage/disk_space.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#if defined(Q_OS_UNIX)
#include <sys/statvfs.h>
#endif

namespace orec::disk {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

// The nearest existing folder of `path`: statvfs needs something that exists.
QString existingFolder(const QString& path)
{
    QFileInfo info(path);
    QString at = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!at.isEmpty() && !QFileInfo(at).isDir()) {
        const QString up = QFileInfo(at).absolutePath();
        if (up == at)
            break;
        at = up;
    }
    return at;
}

} // namespace

bool isFull(const QString& path)
{
    const QString folder = existingFolder(path);
#if defined(Q_OS_UNIX)
    struct statvfs s
    {};
    if (statvfs(QFile::encodeName(folder).constData(), &s) != 0)
        return false;
    // f_bavail and f_favail count what an unprivileged process may still take; the blocks a file
    // system keeps for root are not free for this program's files either way once they are gone.
    return s.f_bavail == 0 || (s.f_files > 0 && s.f_favail == 0);
#else
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() <= 0;
#endif
}

Error fullError(const QString& path)
{
    return Error(ErrorCode::Io,
                 Texts::tr("The disk is full: nothing can be written to %1. Free some space on "
                           "it and try again; reading the register still works.")
                     .arg(QDir::toNativeSeparators(existingFolder(path))),
                 path);
}

} // namespace orec::disk
