// Shared helpers for the storage, app and CLI test suites: temporary folders, cheap keys, file scans.
#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace orec::test {

inline const QString kAdmin = QStringLiteral("quantri");
inline const QString kAdminPassphrase = QStringLiteral("Mật khẩu thử nghiệm 2026");

// The folder every test program and every `orec` the tests start log into (app/diagnostics.h), emptied
// before a ctest run and scanned for names, numbers and passphrases after it (tests/log_scan).
QString testLogFolder();
// Points the process's log at that folder again (a test that logs elsewhere calls it when done).
void installTestLog();

// Cheap Argon2id so each unlock takes milliseconds; production code never uses these.
DatabaseOptions fastOptions(const Clock* clock = nullptr);

class TempDir
{
public:
    TempDir();
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

Database::Created createDatabase(const QString& path, const QString& admin = kAdmin,
                                 const QString& passphrase = kAdminPassphrase,
                                 const DatabaseOptions& options = fastOptions());
std::unique_ptr<Database> unlock(const QString& path, const QString& user = kAdmin,
                                 const QString& passphrase = kAdminPassphrase,
                                 const DatabaseOptions& options = fastOptions());

QByteArray readAll(const QString& path);
bool fileContains(const QString& path, const QByteArray& needle);
QByteArray sha256OfFile(const QString& path);

// SHA-256 of each table's rows (SELECT * ORDER BY rowid; WITHOUT ROWID tables sorted by their bytes; NULL
// told apart from empty), keyed by table name. Two equal maps mean the databases hold exactly the same
// rows: a refused import or package changed nothing, not merely the row counts.
QMap<QString, QByteArray> tableChecksums(Database& database);

// An .xlsx of one sheet ("S") written by hand, its parts stored uncompressed: `sheetXml` is the whole
// worksheet part, `sharedXml` (when given) xl/sharedStrings.xml. For inputs no spreadsheet program writes.
QByteArray handWrittenWorkbook(const QByteArray& sheetXml, const QByteArray& sharedXml = {});
// A worksheet part whose rows are `rows`, each cell an inline string (A, B, C...; no escaping).
QByteArray inlineSheet(const QList<QList<QByteArray>>& rows);

// The permission bits of a file (0600 for owner-only).
int fileMode(const QString& path);
// Sets the process's umask for the lifetime of the object (children started meanwhile inherit it).
class ScopedUmask
{
public:
    explicit ScopedUmask(int mask);
    ~ScopedUmask();

private:
    int m_previous;
};

// Runs the real `orec` executable (path from OREC_CLI_BIN, set by ctest).
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList& arguments, const QMap<QString, QString>& environment = {});
QString cliPath();

} // namespace orec::test
