#include "storage/file_lock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
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

// The holder's note sits beside the real file (symbolic links resolved), so every path to it reads
// the same note.
QString infoPathOf(const QString& databasePath)
{
    const QString real = QFileInfo(databasePath).canonicalFilePath();
    return (real.isEmpty() ? databasePath : real) + QStringLiteral(".lock");
}

QString holderDescription(const QString& infoPath)
{
    QFile file(infoPath);
    if (!file.open(QIODevice::ReadOnly))
        return Texts::tr("another program");
    const QStringList parts = QString::fromUtf8(file.read(512)).split(QLatin1Char('\n'));
    if (parts.size() < 3)
        return Texts::tr("another program");
    return Texts::tr("%1, process %2 on %3").arg(parts.at(2), parts.at(0), parts.at(1));
}

} // namespace

FileLock::~FileLock()
{
    release();
}

FileLock::FileLock(FileLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_infoPath(std::exchange(other.m_infoPath, QString()))
{}

FileLock& FileLock::operator=(FileLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_infoPath = std::exchange(other.m_infoPath, QString());
    }
    return *this;
}

Result<FileLock> FileLock::acquire(const QString& databasePath)
{
#if defined(Q_OS_UNIX)
    FileLock lock;
    lock.m_fd = ::open(QFile::encodeName(databasePath).constData(), O_RDONLY | O_CLOEXEC);
    if (lock.m_fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return Error(ErrorCode::NotFound, Texts::tr("The database file does not exist."), databasePath);
        return Error(ErrorCode::Io, Texts::tr("The database file cannot be opened to lock it."),
                     databasePath);
    }
    if (::flock(lock.m_fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        if (error == EWOULDBLOCK)
            return Error(ErrorCode::Locked,
                         Texts::tr("The database is open in another program (%1). Close it there first.")
                             .arg(holderDescription(infoPathOf(databasePath))),
                         databasePath);
        return Error(ErrorCode::Io, Texts::tr("The database file cannot be locked."), databasePath);
    }
    // Who holds it, for the message the next one gets; nothing depends on this note being written.
    const QString infoPath = infoPathOf(databasePath);
    QFile info(infoPath);
    if (info.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray note = QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                                QSysInfo::machineHostName().toUtf8() + '\n' +
                                QCoreApplication::applicationName().toUtf8() + '\n';
        if (info.write(note) == note.size())
            lock.m_infoPath = infoPath;
    }
    return lock;
#else
    return Error(ErrorCode::Io, Texts::tr("The database file cannot be locked on this system yet."),
                 databasePath);
#endif
}

void FileLock::release()
{
    if (m_fd < 0)
        return;
    if (!m_infoPath.isEmpty())
        QFile::remove(m_infoPath);
    m_infoPath.clear();
#if defined(Q_OS_UNIX)
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
#endif
    m_fd = -1;
}

} // namespace orec
