#include "support/test_support.h"

#include "app/diagnostics.h"
#include "core/logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <algorithm>
#include <gtest/gtest.h>
#include <stdexcept>
#include <sys/stat.h>

namespace orec::test {

// Every test program links this file: its slots use the cheap Argon2id settings, which the
// release programs refuse (crypto::allowCheapKdfForTests).
const bool kCheapKdfAllowed = [] {
    crypto::allowCheapKdfForTests();
    return true;
}();

QString testLogFolder()
{
    return QStringLiteral(OREC_TEST_LOG_DIR);
}

void installTestLog()
{
    // Child processes (the `orec` the CLI tests start) inherit the folder through OREC_LOG_DIR.
    qputenv("OREC_LOG_DIR", QFile::encodeName(testLogFolder()));
    app::LogOptions options;
    options.folder = testLogFolder();
    options.program = QStringLiteral("tests");
    // The whole run's lines stay until Logs.NoPersonalDataInTheTestRunsLogs has read them.
    options.maxBytes = 256LL * 1024 * 1024;
    app::Diagnostics::install(options);
}

namespace {

// Every test program logs as the programs do, into the run's one folder, before its first test.
class TestLogEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        installTestLog();
        qCInfo(lcApp) << "Test program started";
    }
};

[[maybe_unused]] ::testing::Environment* const kTestLog =
    ::testing::AddGlobalTestEnvironment(new TestLogEnvironment);

} // namespace

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
        path = QStringLiteral(OREC_CLI_FOR_TESTS_PATH);
    return path;
}

namespace {

quint32 crc32Of(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data) {
        crc ^= static_cast<quint8>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>>& parts)
{
    QByteArray out, central;
    const auto u16 = [](QByteArray& b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); };
    const auto u32 = [&](QByteArray& b, quint32 v) {
        u16(b, quint16(v & 0xFFFF));
        u16(b, quint16(v >> 16));
    };
    for (const auto& [name, data] : parts) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32Of(data);
        u32(out, 0x04034b50);
        for (quint16 v : {20, 0, 0, 0, 0})
            u16(out, v);
        u32(out, crc), u32(out, quint32(data.size())), u32(out, quint32(data.size()));
        u16(out, quint16(name.size())), u16(out, 0);
        out += name + data;
        u32(central, 0x02014b50);
        for (quint16 v : {20, 20, 0, 0, 0, 0})
            u16(central, v);
        u32(central, crc), u32(central, quint32(data.size())), u32(central, quint32(data.size()));
        for (quint16 v : {quint16(name.size()), quint16(0), quint16(0), quint16(0), quint16(0)})
            u16(central, v);
        u32(central, 0), u32(central, offset);
        central += name;
    }
    const quint32 at = quint32(out.size());
    out += central;
    u32(out, 0x06054b50);
    u16(out, 0), u16(out, 0), u16(out, quint16(parts.size())), u16(out, quint16(parts.size()));
    u32(out, quint32(central.size())), u32(out, at), u16(out, 0);
    return out;
}

} // namespace

QByteArray handWrittenWorkbook(const QByteArray& sheetXml, const QByteArray& sharedXml)
{
    QList<QPair<QByteArray, QByteArray>> parts = {
        {"xl/workbook.xml",
         R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
        {"xl/_rels/workbook.xml.rels",
         R"(<?xml version="1.0" encoding="UTF-8"?><Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)"},
        {"xl/worksheets/sheet1.xml", sheetXml},
    };
    if (!sharedXml.isEmpty())
        parts.append({"xl/sharedStrings.xml", sharedXml});
    return storedZip(parts);
}

QByteArray inlineSheet(const QList<QList<QByteArray>>& rows)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>)";
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QByteArray line = QByteArray::number(r + 1);
        xml += R"(<row r=")" + line + R"(">)";
        for (qsizetype c = 0; c < rows.at(r).size(); ++c)
            xml += R"(<c r=")" + QByteArray(1, char('A' + c)) + line + R"(" t="inlineStr"><is><t>)" +
                   rows.at(r).at(c) + "</t></is></c>";
        xml += "</row>";
    }
    return xml + "</sheetData></worksheet>";
}

int fileMode(const QString& path)
{
    struct stat s
    {};
    if (::stat(QFile::encodeName(path).constData(), &s) != 0)
        return -1;
    return int(s.st_mode & 07777);
}

ScopedUmask::ScopedUmask(int mask) : m_previous(int(::umask(mode_t(mask)))) {}

ScopedUmask::~ScopedUmask()
{
    ::umask(mode_t(m_previous));
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
