#include "storage/file_lock.h"

#include <QCoreApplication>
#include <QLockFile>

namespace orec {

FileLock::FileLock() = default;
FileLock::~FileLock()
{
    release();
}
FileLock::FileLock(FileLock&&) noexcept = default;
FileLock& FileLock::operator=(FileLock&&) noexcept = default;

Result<FileLock> FileLock::acquire(const QString& databasePath)
{
    FileLock lock;
    lock.m_lock = std::make_unique<QLockFile>(databasePath + QStringLiteral(".lock"));
    // A live holder keeps its lock however long it works; only a dead holder's lock is stale.
    lock.m_lock->setStaleLockTime(0);
    if (lock.m_lock->tryLock(0))
        return lock;
    const auto tr = [](const char* s) { return QCoreApplication::translate("orec", s); };
    qint64 pid = 0;
    QString host, app;
    switch (lock.m_lock->error()) {
    case QLockFile::LockFailedError:
        lock.m_lock->getLockInfo(&pid, &host, &app);
        return Error(
            ErrorCode::Locked,
            tr("The database is open in another program (%1, process %2 on %3). Close it there first.")
                .arg(app.isEmpty() ? tr("unknown") : app)
                .arg(pid)
                .arg(host),
            databasePath);
    case QLockFile::PermissionError:
        return Error(ErrorCode::Io, tr("No permission to create the lock file beside the database."),
                     databasePath);
    default:
        return Error(ErrorCode::Io, tr("The lock file beside the database cannot be created."), databasePath);
    }
}

void FileLock::release()
{
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

bool FileLock::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

} // namespace orec
