#include "support/test_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <algorithm>
#include <gtest/gtest.h>
#include <stdexcept>

namespace orec::test {

// Every test program links this file: its slots use the cheap Argon2id settings, which the
// release programs refuse (crypto::allowCheapKdfForTests).
const bool kCheapKdfAllowed = [] {
    crypto::allowCheapKdfForTests();
    return true;
}();

DatabaseOptions fastOptions(const Clock* clock)
{
    DatabaseOptions options;
    options.kdf = crypto::KdfParams::cheapForTestsOnly();
    if (clock)
        options.clock = clock;
    return options;
}

TempDir::TempDir()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary directory");
}

Database::Created createDatabase(const QString& path, const QString& admin, const QString& passphrase,
                                 const DatabaseOptions& options)
{
    auto created = Database::create(path, admin, SecureBytes::fromUtf8(passphrase), options);
    if (!created)
        throw std::runtime_error(created.error().toString().toStdString());
    return std::move(*created);
}

std::unique_ptr<Database> unlock(const QString& path, const QString& user, const QString& passphrase,
                                 const DatabaseOptions& options)
{
    auto db = Database::unlock(path, user, SecureBytes::fromUtf8(passphrase), options);
    if (!db)
        throw std::runtime_error(db.error().toString().toStdString());
    return std::move(*db);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool fileContains(const QString& path, const QByteArray& needle)
{
    return readAll(path).contains(needle);
}

QByteArray sha256OfFile(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

namespace {

QByteArray rowText(sql::Statement& s)
{
    QByteArray row;
    for (int c = 0; c < s.columnCount(); ++c) {
        row += s.isNull(c) ? QByteArray("\x01NULL", 5) : s.blob(c);
        row += '\x1f';
    }
    return row;
}

} // namespace

QMap<QString, QByteArray> tableChecksums(Database& database)
{
    sql::Connection& c = database.connection();
    auto tables = c.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    if (!tables)
        throw std::runtime_error("cannot list tables");
    QStringList names;
    for (;;) {
        auto row = tables->step();
        if (!row || !*row)
            break;
        names << tables->text(0);
    }
    QMap<QString, QByteArray> out;
    for (const QString& name : names) {
        const std::string quoted = "\"" + name.toStdString() + "\"";
        bool sorted = false;
        auto stmt = c.prepare("SELECT * FROM " + quoted + " ORDER BY rowid");
        if (!stmt) {
            stmt = c.prepare("SELECT * FROM " + quoted);
            sorted = true; // WITHOUT ROWID: sort the rows themselves
        }
        QList<QByteArray> rows;
        if (!stmt)
            throw std::runtime_error("cannot read table " + name.toStdString());
        for (;;) {
            auto row = stmt->step();
            if (!row)
                throw std::runtime_error("cannot read table " + name.toStdString());
            if (!*row)
                break;
            rows << rowText(*stmt);
        }
        if (sorted)
            std::sort(rows.begin(), rows.end());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QByteArray& r : rows) {
            hash.addData(r);
            hash.addData(QByteArrayView("\x1e", 1));
        }
        out.insert(name, hash.result().toHex() + ':' + QByteArray::number(rows.size()));
    }
    return out;
}

QString cliPath()
{
    QString path = qEnvironmentVariable("OREC_CLI_BIN");
    if (path.isEmpty())
        path = QStringLiteral(OREC_TEST_BINARY_DIR "/src/orec");
    return path;
}

CliRun runCli(const QStringList& arguments, const QMap<QString, QString>& environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"OREC_PASSPHRASE", "OREC_NEW_PASSPHRASE", "OREC_RECOVERY_KEY", "OREC_USER", "OREC_DB"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("OREC_LANG"), QStringLiteral("en"));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(cliPath(), arguments);
    CliRun run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        run.err = QStringLiteral("orec did not run: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace orec::test
