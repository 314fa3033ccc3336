#include "app/diagnostics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>
#include <atomic>
#include <cstdio>
#include <memory>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace orec::app {

namespace {

constexpr auto kBaseName = "orec.log";
// A longer message is cut: a log line is a diagnosis, not a dump.
constexpr qsizetype kMaxMessageChars = 4000;

QString rotatedName(const QString& folder, int index)
{
    const QString base = QDir(folder).filePath(QString::fromLatin1(kBaseName));
    return index == 0 ? base : base + QLatin1Char('.') + QString::number(index);
}

#if defined(Q_OS_UNIX)
qint64 sizeOf(const QByteArray& path)
{
    struct stat st
    {};
    return ::stat(path.constData(), &st) == 0 ? static_cast<qint64>(st.st_size) : 0;
}
#endif

} // namespace

// ---- RotatingLogFile ------------------------------------------------------------------------

RotatingLogFile::RotatingLogFile(QString folder, qint64 maxBytes, int files)
    : m_folder(std::move(folder)), m_maxBytes(qMax<qint64>(maxBytes, 1024)), m_files(qMax(files, 1))
{}

QString RotatingLogFile::path() const
{
    return rotatedName(m_folder, 0);
}

QStringList RotatingLogFile::files() const
{
    QStringList existing;
    for (int i = 0; i < m_files; ++i) {
        const QString name = rotatedName(m_folder, i);
        if (QFileInfo::exists(name))
            existing << name;
    }
    return existing;
}

bool RotatingLogFile::ensureFolder()
{
    if (m_folder.isEmpty())
        return false;
#if defined(Q_OS_UNIX)
    const QByteArray native = QFile::encodeName(m_folder);
    struct stat st
    {};
    if (::lstat(native.constData(), &st) != 0) {
        QDir().mkpath(QFileInfo(m_folder).absolutePath());
        if (::mkdir(native.constData(), S_IRWXU) != 0 && errno != EEXIST)
            return false;
        if (::lstat(native.constData(), &st) != 0)
            return false;
    }
    // Only a real folder of this user's: never through a link someone else laid.
    if (!S_ISDIR(st.st_mode) || st.st_uid != ::geteuid())
        return false;
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0 && ::chmod(native.constData(), S_IRWXU) != 0)
        return false;
    return true;
#else
    return QDir().mkpath(m_folder);
#endif
}

void RotatingLogFile::rotateIfNeeded(qint64 incoming)
{
#if defined(Q_OS_UNIX)
    const QByteArray current = QFile::encodeName(path());
    if (sizeOf(current) + incoming <= m_maxBytes)
        return;
    // Under a lock on the folder: a second program that saw the same full file finds it rotated already.
    const int folderFd = ::open(QFile::encodeName(m_folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folderFd < 0)
        return;
    if (::flock(folderFd, LOCK_EX) == 0) {
        if (sizeOf(current) + incoming > m_maxBytes) {
            ::unlink(QFile::encodeName(rotatedName(m_folder, m_files - 1)).constData());
            for (int i = m_files - 2; i >= 0; --i)
                ::rename(QFile::encodeName(rotatedName(m_folder, i)).constData(),
                         QFile::encodeName(rotatedName(m_folder, i + 1)).constData());
        }
        ::flock(folderFd, LOCK_UN);
    }
    ::close(folderFd);
#else
    if (QFileInfo(path()).size() + incoming <= m_maxBytes)
        return;
    QFile::remove(rotatedName(m_folder, m_files - 1));
    for (int i = m_files - 2; i >= 0; --i)
        QFile::rename(rotatedName(m_folder, i), rotatedName(m_folder, i + 1));
#endif
}

bool RotatingLogFile::append(const QByteArray& line)
{
    if (!ensureFolder())
        return false;
    QByteArray data = line;
    data.append('\n');
    rotateIfNeeded(data.size());
#if defined(Q_OS_UNIX)
    // Opened for each line: a file another program rotated away is never written to again, and nothing
    // stays open between messages.
    const int fd = ::open(QFile::encodeName(path()).constData(),
                          O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return false;
    struct stat st
    {};
    if (::fstat(fd, &st) != 0 || (st.st_mode & 07777) != (S_IRUSR | S_IWUSR))
        ::fchmod(fd, S_IRUSR | S_IWUSR);
    const char* p = data.constData();
    qsizetype left = data.size();
    bool ok = true;
    while (left > 0) {
        const ssize_t n = ::write(fd, p, static_cast<size_t>(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = false;
            break;
        }
        p += n;
        left -= n;
    }
    ::close(fd);
    return ok;
#else
    QFile file(path());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    return file.write(data) == data.size();
#endif
}

// ---- Diagnostics ----------------------------------------------------------------------------

namespace {

struct State
{
    QMutex mutex;
    std::unique_ptr<RotatingLogFile> file;
    QByteArray program;
    QtMessageHandler previous = nullptr;
    std::atomic<bool> installed{false};
    std::atomic<bool> verbose{false};
};

State& state()
{
    static State s;
    return s;
}

thread_local bool t_inHandler = false;

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

bool atLeastCritical(QtMsgType type)
{
    return type == QtCriticalMsg || type == QtFatalMsg;
}

// One line: no newline or control character inside, however the message was built.
QByteArray oneLine(const QString& text)
{
    QString clean = text.left(kMaxMessageChars);
    for (QChar& c : clean) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return clean.toUtf8();
}

void passOn(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    State& s = state();
    if (s.previous) {
        s.previous(type, context, text);
        return;
    }
    std::fprintf(stderr, "%s\n", qFormatLogMessage(type, context, text).toLocal8Bit().constData());
    std::fflush(stderr);
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    State& s = state();
    const char* category = context.category ? context.category : "default";
    const bool ours = qstrncmp(category, "orec.", 5) == 0;
    if (t_inHandler) { // something below logged while a message was being written
        passOn(type, context, text);
        return;
    }
    t_inHandler = true;
    if (!ours) {
        // Qt's own messages may name a file or carry what a widget showed: the file gets a note of the
        // serious ones only, without their text; the terminal gets them as before.
        if (atLeastCritical(type)) {
            const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() +
                                    ' ' + s.program + '[' +
                                    QByteArray::number(QCoreApplication::applicationPid()) + "] " +
                                    levelName(type) + ' ' + category + ": (text not kept)";
            QMutexLocker lock(&s.mutex);
            if (s.file)
                s.file->append(line);
        }
        t_inHandler = false;
        passOn(type, context, text);
        return;
    }
    const bool verbose = s.verbose.load();
    if (type != QtDebugMsg || verbose) {
        const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + ' ' +
                                s.program + '[' + QByteArray::number(QCoreApplication::applicationPid()) +
                                "] " + levelName(type) + ' ' + category + ": " + oneLine(text);
        {
            QMutexLocker lock(&s.mutex);
            if (s.file)
                s.file->append(line);
        }
        if (verbose) {
            std::fprintf(stderr, "%s: %s %s: %s\n", s.program.constData(), levelName(type), category,
                         oneLine(text).constData());
            std::fflush(stderr);
        }
    }
    t_inHandler = false;
    if (type == QtFatalMsg)
        passOn(type, context, text); // Qt's handler aborts
}

} // namespace

QString Diagnostics::defaultFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("OREC_LOG_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (data.isEmpty())
        return {};
    return QDir(data).filePath(QStringLiteral("overseas-records/logs"));
}

void Diagnostics::install(const LogOptions& options)
{
    State& s = state();
    {
        QMutexLocker lock(&s.mutex);
        const QString folder = options.folder.isEmpty() ? defaultFolder() : options.folder;
        s.file = folder.isEmpty()
                     ? nullptr
                     : std::make_unique<RotatingLogFile>(folder, options.maxBytes, options.files);
        QString program = options.program;
        if (program.isEmpty() && QCoreApplication::instance())
            program = QCoreApplication::applicationName();
        s.program = (program.isEmpty() ? QStringLiteral("orec") : program).toUtf8();
    }
    if (!s.installed.exchange(true))
        s.previous = qInstallMessageHandler(handler);
    setVerbose(options.verbose);
}

void Diagnostics::uninstall()
{
    State& s = state();
    if (!s.installed.exchange(false))
        return;
    qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    setVerbose(false);
    QMutexLocker lock(&s.mutex);
    s.file.reset();
}

bool Diagnostics::isInstalled()
{
    return state().installed.load();
}

void Diagnostics::setVerbose(bool on)
{
    state().verbose = on;
    // The categories are enabled from info up (core/logging.cpp); verbose adds their debug messages.
    QLoggingCategory::setFilterRules(on ? QStringLiteral("orec.*.debug=true") : QString());
}

bool Diagnostics::verbose()
{
    return state().verbose.load();
}

QString Diagnostics::currentFile()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    return s.file ? s.file->path() : QString();
}

} // namespace orec::app
