// The log file: rotation by size, owner-only modes, what reaches it at each level, and a storage error
// that keeps its operation and SQLite's code, in the Error and in the log, without the values bound.
#include "app/diagnostics.h"
#include "core/logging.h"
#include "storage/sqlite.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

Q_LOGGING_CATEGORY(lcQtLike, "qt.orec-test.diagnostics")

// The number in "line 042 ..." of each line of a file, in order.
QList<int> lineNumbers(const QString& path)
{
    QList<int> numbers;
    static const QRegularExpression re(QStringLiteral("^line (\\d+) "));
    for (const QByteArray& line : readAll(path).split('\n')) {
        const auto m = re.match(QString::fromUtf8(line));
        if (m.hasMatch())
            numbers << m.captured(1).toInt();
    }
    return numbers;
}

class DiagnosticsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        app::LogOptions options;
        options.folder = m_dir.file(QStringLiteral("logs"));
        options.program = QStringLiteral("diagnostics-test");
        app::Diagnostics::install(options);
    }
    void TearDown() override { installTestLog(); }

    QString logText() const { return QString::fromUtf8(readAll(app::Diagnostics::currentFile())); }

    TempDir m_dir;
};

} // namespace

TEST(RotatingLogFile, KeepsAtMostItsFilesEachUnderTheSizeWithTheNewestLinesInTheCurrentOne)
{
    TempDir dir;
    app::RotatingLogFile log(dir.file(QStringLiteral("logs")), 2048, 3);
    for (int i = 0; i < 200; ++i) {
        const QByteArray line =
            QStringLiteral("line %1 ").arg(i, 3, 10, QLatin1Char('0')).toLatin1() + QByteArray(40, 'x');
        ASSERT_TRUE(log.append(line)) << i;
    }
    const QStringList files = log.files();
    ASSERT_EQ(files.size(), 3) << files.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(files.first(), log.path());
    EXPECT_EQ(QDir(dir.file(QStringLiteral("logs"))).entryList(QDir::Files).size(), 3);
    for (const QString& file : files)
        EXPECT_LE(QFileInfo(file).size(), 2048) << file.toStdString();

    // Newest first, no line lost between them, the oldest lines rotated away.
    const QList<int> current = lineNumbers(files[0]);
    const QList<int> previous = lineNumbers(files[1]);
    const QList<int> oldest = lineNumbers(files[2]);
    ASSERT_FALSE(current.isEmpty());
    ASSERT_FALSE(previous.isEmpty());
    ASSERT_FALSE(oldest.isEmpty());
    EXPECT_EQ(current.last(), 199);
    EXPECT_EQ(previous.last() + 1, current.first());
    EXPECT_EQ(oldest.last() + 1, previous.first());
    EXPECT_GT(oldest.first(), 0);
}

TEST(RotatingLogFile, FolderAndFilesAreOwnerOnlyWhateverTheUmaskOrWhatWasThere)
{
    TempDir dir;
    {
        const ScopedUmask open(0);
        app::RotatingLogFile log(dir.file(QStringLiteral("data/logs")));
        ASSERT_TRUE(log.append("first"));
        EXPECT_EQ(fileMode(dir.file(QStringLiteral("data/logs"))), 0700);
        EXPECT_EQ(fileMode(log.path()), 0600);
    }
    // A folder and a file someone made readable by others are made owner-only again.
    const QString folder = dir.file(QStringLiteral("wide"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                  QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                  QFileDevice::ExeGroup));
    app::RotatingLogFile log(folder);
    {
        QFile existing(log.path());
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.write("old\n");
    }
    ASSERT_TRUE(QFile::setPermissions(log.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ReadOther | QFileDevice::ReadGroup));
    ASSERT_TRUE(log.append("second"));
    EXPECT_EQ(fileMode(folder), 0700);
    EXPECT_EQ(fileMode(log.path()), 0600);
    EXPECT_EQ(readAll(log.path()), QByteArray("old\nsecond\n"));
}

TEST_F(DiagnosticsTest, WritesInfoAndWarningsOfItsOwnCategoriesAndDebugOnlyWhenVerbose)
{
    EXPECT_EQ(app::Diagnostics::currentFile(), m_dir.file(QStringLiteral("logs/orec.log")));
    qCDebug(lcStorage) << "quiet-debug-marker";
    qCInfo(lcApp) << "info-marker";
    qCWarning(lcExchange) << "warning-marker";
    qCWarning(lcCli).noquote() << "two\nlines";
    // Qt's own categories: a warning stays out of the file; a critical one is noted without its text.
    qCWarning(lcQtLike) << "qt-warning-text";
    qCCritical(lcQtLike) << "qt-critical-text";

    QString text = logText();
    EXPECT_FALSE(text.contains(QStringLiteral("quiet-debug-marker"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("] info orec.app: info-marker"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("] warning orec.exchange: warning-marker")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("diagnostics-test[")));
    EXPECT_TRUE(text.contains(QStringLiteral("orec.cli: two lines"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("qt-warning-text")));
    EXPECT_FALSE(text.contains(QStringLiteral("qt-critical-text")));
    EXPECT_TRUE(text.contains(QStringLiteral("critical qt.orec-test.diagnostics: (text not kept)")))
        << text.toStdString();
    // Every line starts with its UTC time.
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        EXPECT_TRUE(
            QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z "))
                .match(line)
                .hasMatch())
            << line.toStdString();

    app::Diagnostics::setVerbose(true);
    EXPECT_TRUE(lcStorage().isDebugEnabled());
    qCDebug(lcStorage) << "verbose-debug-marker";
    app::Diagnostics::setVerbose(false);
    EXPECT_FALSE(lcStorage().isDebugEnabled());
    qCDebug(lcStorage) << "quiet-again-marker";
    text = logText();
    EXPECT_TRUE(text.contains(QStringLiteral("debug orec.storage: verbose-debug-marker")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("quiet-again-marker")));
}

TEST_F(DiagnosticsTest, AStorageErrorIsLoggedWithItsStatementAndSqliteCodeButNotTheValues)
{
    sql::OpenOptions options;
    options.mode = sql::OpenMode::ReadWriteCreate;
    auto c = sql::Connection::open(m_dir.file(QStringLiteral("e.db")), SecureBytes::random(32), options);
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    ASSERT_TRUE(c->exec("CREATE TABLE people (name TEXT, card TEXT UNIQUE)").ok());
    auto stmt = c->prepare("INSERT INTO people (name, card) VALUES (?, ?)");
    ASSERT_TRUE(stmt.ok());
    stmt->bind(1, QStringLiteral("Nguyễn Văn Thử")).bind(2, QStringLiteral("87654321"));
    ASSERT_TRUE(stmt->run().ok());
    stmt->reset();
    stmt->bind(1, QStringLiteral("Trần Thị Mẫu")).bind(2, QStringLiteral("87654321"));
    const Status refused = stmt->run();
    ASSERT_FALSE(refused.ok());
    // The message a clerk reads is what it was.
    EXPECT_EQ(refused.code(), ErrorCode::Constraint);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("UNIQUE constraint failed")))
        << refused.error().message.toStdString();

    // A statement that does not parse: its text and code too.
    auto bad = c->prepare("SELECT nothing FROM nowhere");
    ASSERT_FALSE(bad.ok());

    const QString text = logText();
    // The extended code (SQLITE_CONSTRAINT_UNIQUE), not only SQLITE_CONSTRAINT.
    EXPECT_TRUE(text.contains(QStringLiteral(
        "warning orec.storage: SQLite error constraint - operation: INSERT INTO people (name, card) VALUES "
        "(?, ?); engine code 2067: UNIQUE constraint failed: people.card")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(
        "warning orec.storage: SQLite error internal - operation: SELECT nothing FROM nowhere; engine code 1: "
        "no such table: nowhere")))
        << text.toStdString();
    for (const QString& value : {QStringLiteral("87654321"), QStringLiteral("Nguyễn"), QStringLiteral("Trần"),
                                 QStringLiteral("Mẫu")})
        EXPECT_FALSE(text.contains(value)) << value.toStdString() << " in " << text.toStdString();
    // Nor the file's name or folder.
    EXPECT_FALSE(text.contains(m_dir.path()));
    EXPECT_FALSE(text.contains(QStringLiteral("e.db")));
}

TEST(Diagnostics, DefaultFolderIsTheEnvironmentsElseUnderTheUsersDataFolder)
{
    // The test programs set OREC_LOG_DIR for themselves and the programs they start.
    EXPECT_EQ(app::Diagnostics::defaultFolder(), testLogFolder());
    const QByteArray saved = qgetenv("OREC_LOG_DIR");
    qunsetenv("OREC_LOG_DIR");
    const QString folder = app::Diagnostics::defaultFolder();
    qputenv("OREC_LOG_DIR", saved);
    EXPECT_TRUE(folder.endsWith(QStringLiteral("/overseas-records/logs"))) << folder.toStdString();
}
