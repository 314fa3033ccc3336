#include "storage/sqlite.h"

#include "core/logging.h"
#include "storage/disk_space.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <cstring>
#include <sqlcipher/sqlite3.h>
#include <utility>

#ifndef SQLITE_HAS_CODEC
#error "storage must be compiled with SQLITE_HAS_CODEC against SQLCipher"
#endif

namespace orec::sql {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::sql)
};

bool isPlainSqliteFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    return head == QByteArray("SQLite format 3\0", 16);
}

// SQLCipher takes a raw key as the string x'<64 hex digits>'; built in secure memory.
SecureBytes rawKeySpec(const SecureBytes& rawKey)
{
    const SecureBytes hex = rawKey.toHex();
    SecureBytes spec(hex.size() + 3);
    spec.data()[0] = 'x';
    spec.data()[1] = '\'';
    std::memcpy(spec.data() + 2, hex.data(), hex.size());
    spec.data()[hex.size() + 2] = '\'';
    return spec;
}

} // namespace

ErrorCode mapResultCode(int rc)
{
    switch (rc & 0xFF) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return ErrorCode::Ok;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Locked;
    case SQLITE_NOTADB:
        return ErrorCode::NotADatabase;
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        return ErrorCode::Corrupt;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_NOLFS:
    case SQLITE_PROTOCOL:
        return ErrorCode::Io;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
        return ErrorCode::Constraint;
    case SQLITE_AUTH:
        return ErrorCode::PermissionDenied;
    case SQLITE_INTERRUPT:
        return ErrorCode::Cancelled;
    default:
        return ErrorCode::Internal;
    }
}

// ---- Statement ----------------------------------------------------------------------------

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_owner(other.m_owner), m_stmt(std::exchange(other.m_stmt, nullptr)), m_bindError(other.m_bindError)
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_owner = other.m_owner;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = other.m_bindError;
    }
    return *this;
}

void Statement::bindFailed(int /*index*/, int rc)
{
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

Statement& Statement::bind(int index, long long value)
{
    bindFailed(index, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    bindFailed(index, sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bind(index, nullptr);
    // Most bound texts are short (names, codes, dates): encode them into a stack buffer instead of
    // a heap QByteArray. SQLite copies the bytes either way (SQLITE_TRANSIENT). A UTF-16 unit never
    // needs more than three UTF-8 bytes.
    constexpr qsizetype kStackBytes = 768;
    if (value.size() * 3 <= kStackBytes) {
        char buffer[kStackBytes];
        QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const char* end = encoder.appendToBuffer(buffer, value);
        bindFailed(index, sqlite3_bind_text(m_stmt, index, buffer, static_cast<int>(end - buffer),
                                            SQLITE_TRANSIENT));
        return *this;
    }
    const QByteArray utf8 = value.toUtf8();
    bindFailed(index, sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                                        SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, std::string_view utf8)
{
    bindFailed(index, sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()),
                                        SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    if (value.isNull())
        return bind(index, nullptr);
    bindFailed(index, sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()),
                                        SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QDate& value)
{
    if (!value.isValid())
        return bind(index, nullptr);
    return bind(index, value.toString(Qt::ISODate));
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    bindFailed(index, sqlite3_bind_null(m_stmt, index));
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK) {
        const int rc = std::exchange(m_bindError, SQLITE_OK);
        return m_owner->errorFor(rc, std::string("bind parameters of ") + sqlite3_sql(m_stmt));
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = m_owner->errorFor(rc, sqlite3_sql(m_stmt));
    sqlite3_reset(m_stmt);
    return error;
}

Status Statement::run()
{
    for (;;) {
        auto more = step();
        if (!more)
            return more.error();
        if (!*more)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = SQLITE_OK;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}
bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string_view Statement::textView(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string_view(data, static_cast<std::size_t>(size)) : std::string_view();
}

QString Statement::text(int column) const
{
    if (isNull(column))
        return {};
    const std::string_view view = textView(column);
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

Statement::ColumnType Statement::columnType(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return ColumnType::Integer;
    case SQLITE_FLOAT:
        return ColumnType::Real;
    case SQLITE_TEXT:
        return ColumnType::Text;
    case SQLITE_BLOB:
        return ColumnType::Blob;
    default:
        return ColumnType::Null;
    }
}

std::string_view Statement::columnName(int column) const
{
    const char* name = sqlite3_column_name(m_stmt, column);
    return name ? std::string_view(name) : std::string_view();
}

std::string_view Statement::blobView(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string_view(static_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string_view();
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char*>(data), size);
}

QDate Statement::date(int column) const
{
    if (isNull(column))
        return {};
    return QDate::fromString(text(column), Qt::ISODate);
}

// ---- Connection ---------------------------------------------------------------------------

Connection::~Connection()
{
    close();
}

Connection::Connection(Connection&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_cache(std::move(other.m_cache)), m_progress(std::move(other.m_progress))
{}

Connection& Connection::operator=(Connection&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
        m_progress = std::move(other.m_progress);
    }
    return *this;
}

void Connection::setProgressHandler(std::function<bool()> keepGoing, int everyOps)
{
    if (!m_db)
        return;
    if (!keepGoing) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        m_progress.reset();
        return;
    }
    m_progress = std::make_unique<std::function<bool()>>(std::move(keepGoing));
    sqlite3_progress_handler(
        m_db, everyOps, [](void* f) { return (*static_cast<std::function<bool()>*>(f))() ? 0 : 1; },
        m_progress.get());
}

void Connection::close()
{
    m_cache.clear(); // finalize cached statements before the handle goes
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_progress.reset();
}

Error Connection::errorFor(int rc, std::string_view context) const
{
    const ErrorCode code = mapResultCode(rc);
    QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    // What failed and SQLite's own (extended) code, for whoever diagnoses a clerk's "it failed"
    // afterwards. The statement's text has placeholders, never values (every value is bound), and
    // SQLite's words name columns and constraints, never what was in them. The message and `where` are
    // not logged: they may name a file.
    const QString details =
        QStringLiteral("operation: %1; engine code %2: %3")
            .arg(QString::fromUtf8(context.data(), static_cast<qsizetype>(context.size())).simplified(),
                 QString::number(rc), detail.simplified());
    if (code == ErrorCode::Cancelled)
        qCInfo(lcStorage).noquote() << "Statement interrupted -" << details;
    else
        qCWarning(lcStorage).noquote() << "SQLite error" << errorCodeName(code) << "-" << details;

    // A full disk is said as such, with the folder to free space in.
    if ((rc & 0xFF) == SQLITE_FULL && !m_path.isEmpty())
        return disk::fullError(m_path);
    QString message;
    switch (code) {
    case ErrorCode::Locked:
        message = Texts::tr("The database is in use by another program. Close it there and try again.");
        break;
    case ErrorCode::NotADatabase:
        message = Texts::tr("The file is not an Overseas Records database, or the key is wrong.");
        break;
    case ErrorCode::Corrupt:
        message = Texts::tr("The database file is damaged (%1).").arg(detail);
        break;
    case ErrorCode::Io:
        message = Texts::tr("The file could not be read or written (%1).").arg(detail);
        break;
    case ErrorCode::Constraint:
        message = Texts::tr("The change was refused by the database: %1.").arg(detail);
        break;
    default:
        message = Texts::tr("Database error: %1.").arg(detail);
        break;
    }
    return Error(code, message, m_path.isEmpty() ? QString() : QFileInfo(m_path).fileName());
}

Result<Connection> Connection::open(const QString& path, const SecureBytes& rawKey,
                                    const OpenOptions& options)
{
    if (rawKey.size() != 32)
        return Error(ErrorCode::Internal, Texts::tr("A database key must be 32 bytes."));
    return openImpl(path, &rawKey, options);
}

Result<Connection> Connection::openUnencrypted(const QString& path, const OpenOptions& options)
{
    if (!options.allowUnencryptedForBaseline)
        return Error(ErrorCode::Internal, Texts::tr("Unencrypted databases are only for benchmarks."));
    return openImpl(path, nullptr, options);
}

Result<Connection> Connection::openImpl(const QString& path, const SecureBytes* rawKey,
                                        const OpenOptions& options)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir())
        return Error(ErrorCode::Io, Texts::tr("This is a folder, not a database file."), path);
    if (!exists && options.mode != OpenMode::ReadWriteCreate)
        return Error(ErrorCode::Io, Texts::tr("The database file does not exist."), path);
    if (rawKey && exists && isPlainSqliteFile(path))
        return Error(
            ErrorCode::NotADatabase,
            Texts::tr("This is an unencrypted SQLite file; Overseas Records only opens encrypted databases."),
            path);

    int flags = SQLITE_OPEN_FULLMUTEX;
    switch (options.mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    Connection connection;
    connection.m_path = path;
    const QByteArray nativePath = QFile::encodeName(path);
    int rc = sqlite3_open_v2(nativePath.constData(), &connection.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = connection.errorFor(rc, "open");
        error.where = path; // the whole path: which folder was missing or refused matters here
        return error;
    }
    sqlite3_extended_result_codes(connection.m_db, 1);
    sqlite3_busy_timeout(connection.m_db, options.busyTimeoutMs);

    if (rawKey) {
        const SecureBytes keySpec = rawKeySpec(*rawKey);
        rc = sqlite3_key(connection.m_db, keySpec.data(), static_cast<int>(keySpec.size()));
        if (rc != SQLITE_OK)
            return connection.errorFor(rc, "key");
        if (connection.cipherVersion().isEmpty())
            return Error(
                ErrorCode::Internal,
                Texts::tr(
                    "This program was linked with plain SQLite instead of SQLCipher; refusing to continue."));
    }
    OREC_TRY(connection.applyPragmas(rawKey != nullptr));
    return connection;
}

Status Connection::applyPragmas(bool encrypted)
{
    if (encrypted) {
        // Every cipher setting explicit, with the values every file of this program has used, so a
        // change of the library's defaults can never change how files are read or written.
        // SQLCipher 3.4.1 reports the first five back (Sqlite.CipherIsSqlcipherWithExplicitSettings):
        //  - cipher AES-256-CBC: 3.4 calls this pragma deprecated (setting it answers a row saying
        //    so) but still applies it: with 'aes-128-cbc' here a 3.4.1 file no longer opens.
        //  - cipher_page_size 4096: 3.4's default is 1024; this program has always written 4096.
        //  - kdf_iter 64000: PBKDF2-HMAC-SHA1 rounds that would turn a passphrase into the key. The
        //    key here is raw (x'...'), so SQLCipher runs no PBKDF2 for it; set all the same.
        //  - fast_kdf_iter 2: PBKDF2-HMAC-SHA1 rounds that derive the page HMAC key from the raw key.
        //  - cipher_use_hmac ON: an HMAC on every page; SHA1 in 3.4, which cannot choose another.
        // The two *_algorithm pragmas appeared in SQLCipher 4; 3.4 does not know them and ignores
        // them without a word. They stay so that a SQLCipher 4 build reads the same files.
        OREC_TRY(exec("PRAGMA cipher = 'aes-256-cbc';"
                      "PRAGMA cipher_page_size = 4096;"
                      "PRAGMA kdf_iter = 64000;"
                      "PRAGMA fast_kdf_iter = 2;"
                      "PRAGMA cipher_use_hmac = ON;"
                      "PRAGMA cipher_hmac_algorithm = HMAC_SHA1;"
                      "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1;"));
    } else {
        OREC_TRY(exec("PRAGMA page_size = 4096;"));
    }
    // Forced first read: a wrong key fails here, not at some later query.
    {
        auto probe = queryInt("SELECT count(*) FROM sqlite_master");
        if (!probe) {
            if (probe.code() == ErrorCode::NotADatabase)
                return Error(
                    ErrorCode::WrongKey,
                    Texts::tr(
                        "The key does not open this database, or the file is not an Overseas Records database."),
                    m_path);
            return probe.error();
        }
    }
    return exec("PRAGMA foreign_keys = ON;"
                "PRAGMA temp_store = MEMORY;"
                "PRAGMA secure_delete = ON;"
                "PRAGMA journal_mode = DELETE;"
                "PRAGMA synchronous = FULL;");
}

Status Connection::exec(std::string_view sql)
{
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return errorFor(rc, sql);
    return {};
}

Result<Statement> Connection::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return errorFor(rc, sql);
    }
    return Statement(this, stmt);
}

Result<Statement*> Connection::cached(std::string_view sql)
{
    auto it = m_cache.find(std::string(sql));
    if (it == m_cache.end()) {
        auto prepared = prepare(sql);
        if (!prepared)
            return prepared.error();
        it = m_cache.emplace(std::string(sql), std::make_unique<Statement>(std::move(*prepared))).first;
    } else {
        it->second->reset();
    }
    it->second->m_owner = this;
    return it->second.get();
}

Result<std::int64_t> Connection::queryInt(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->int64(0) : 0;
}

Result<QString> Connection::queryText(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->text(0) : QString();
}

std::int64_t Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Connection::changes() const
{
    return sqlite3_changes(m_db);
}
Connection::PageCacheCounters Connection::pageCacheCounters(bool reset) const
{
    PageCacheCounters c;
    int highwater = 0;
    sqlite3_db_status(m_db, SQLITE_DBSTATUS_CACHE_HIT, &c.hits, &highwater, reset ? 1 : 0);
    sqlite3_db_status(m_db, SQLITE_DBSTATUS_CACHE_MISS, &c.misses, &highwater, reset ? 1 : 0);
    return c;
}
bool Connection::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

QString Connection::cipherVersion()
{
    auto version = queryText("PRAGMA cipher_version");
    return version ? *version : QString();
}

Status Connection::rekey(const SecureBytes& newRawKey)
{
    if (newRawKey.size() != 32)
        return Error(ErrorCode::Internal, Texts::tr("A database key must be 32 bytes."));
    m_cache.clear();
    const SecureBytes keySpec = rawKeySpec(newRawKey);
    const int rc = sqlite3_rekey(m_db, keySpec.data(), static_cast<int>(keySpec.size()));
    if (rc != SQLITE_OK)
        return errorFor(rc, "rekey");
    return {};
}

// ---- Transaction --------------------------------------------------------------------------

Transaction::Transaction(Connection& connection, TransactionKind kind) : m_connection(connection)
{
    m_begin = m_connection.exec(kind == TransactionKind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    m_active = m_begin.ok();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_begin.ok())
        return m_begin;
    if (!m_active)
        return Error(ErrorCode::Internal, Texts::tr("The transaction has already ended."));
    Status status = m_connection.exec("COMMIT");
    if (status.ok())
        m_active = false;
    else
        rollback();
    return status;
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        if (m_connection.inTransaction())
            (void)m_connection.exec("ROLLBACK");
    }
}

} // namespace orec::sql
