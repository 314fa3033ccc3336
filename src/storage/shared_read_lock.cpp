#include "storage/shared_read_lock.h"

#include <QCoreApplication>
#include <QFile>
#include <utility>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

} // namespace

SharedReadLock::~SharedReadLock()
{
    release();
}

SharedReadLock::SharedReadLock(SharedReadLock&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}

SharedReadLock& SharedReadLock::operator=(SharedReadLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

void SharedReadLock::release()
{
#if defined(Q_OS_UNIX)
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }
#endif
    m_fd = -1;
}

Result<SharedReadLock> SharedReadLock::acquire(const QString& databasePath)
{
#if defined(Q_OS_UNIX)
    SharedReadLock lock;
    lock.m_fd = ::open(QFile::encodeName(databasePath).constData(), O_RDONLY | O_CLOEXEC);
    if (lock.m_fd < 0)
        return Error(ErrorCode::Io, Texts::tr("The database file cannot be opened to read it."),
                     databasePath);
    if (::flock(lock.m_fd, LOCK_SH | LOCK_NB) != 0) {
        const int error = errno;
        if (error == EWOULDBLOCK)
            return Error(
                ErrorCode::Locked,
                Texts::tr(
                    "The database is open in another program that is changing it. Close it there first."),
                databasePath);
        return Error(ErrorCode::Io, Texts::tr("The database file cannot be locked to read it."),
                     databasePath);
    }
    return lock;
#else
    return Error(ErrorCode::Io, Texts::tr("The database file cannot be locked to read it."), databasePath);
#endif
}

} // namespace orec
