// RAII wrappers over SQLCipher's C API: Connection, Statement, Transaction. The only SQL entry point.
#pragma once

#include "core/result.h"
#include "core/secure_bytes.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace orec::sql {

class Connection;

// A prepared statement. Parameters are 1-based as in SQLite; columns are 0-based.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement& bind(int index, long long value);
    Statement& bind(int index, long value) { return bind(index, static_cast<long long>(value)); }
    Statement& bind(int index, int value) { return bind(index, static_cast<long long>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<long long>(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);  // NULL when value.isNull()
    Statement& bind(int index, std::string_view utf8); // copied by SQLite
    Statement& bind(int index, const char* utf8) { return bind(index, std::string_view(utf8)); }
    Statement& bindBlob(int index, const QByteArray& value); // NULL when value.isNull()
    Statement& bind(int index, const QDate& value);          // ISO yyyy-MM-dd, NULL when invalid
    Statement& bind(int index, std::nullptr_t);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }

    // Steps once: true when a row is available, false when done.
    Result<bool> step();
    // Steps to completion, for statements without result rows.
    Status run();
    void reset(); // resets and clears bindings, ready for reuse

    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    std::string_view textView(int column) const; // valid until the next step/reset
    QByteArray blob(int column) const;
    QDate date(int column) const;

    // Generic access, for code that reads whole rows whatever their columns (record digests).
    enum class ColumnType { Integer, Real, Text, Blob, Null };
    ColumnType columnType(int column) const;
    std::string_view columnName(int column) const;
    std::string_view blobView(int column) const; // the bytes of a text or blob; valid until step/reset

private:
    friend class Connection;
    Statement(Connection* owner, sqlite3_stmt* stmt) : m_owner(owner), m_stmt(stmt) {}
    void bindFailed(int index, int rc);

    Connection* m_owner = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = 0;
};

enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly };

struct OpenOptions
{
    OpenMode mode = OpenMode::ReadWrite;
    int busyTimeoutMs = 5000;
    // Tests and benchmarks compare against plain SQLite; the application never sets this.
    bool allowUnencryptedForBaseline = false;
};

class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Opens an encrypted database with a raw 256-bit key (never SQLCipher's own passphrase KDF).
    // Refuses plain SQLite files and a SQLite library without SQLCipher. A wrong key fails here.
    static Result<Connection> open(const QString& path, const SecureBytes& rawKey,
                                   const OpenOptions& options = {});
    // Baseline only: the same library with no key, i.e. plain SQLite.
    static Result<Connection> openUnencrypted(const QString& path, const OpenOptions& options = {});

    bool isOpen() const { return m_db != nullptr; }
    void close();
    const QString& path() const { return m_path; }

    Status exec(std::string_view sql); // one or more statements, no parameters, no rows
    Result<Statement> prepare(std::string_view sql);
    // A statement prepared once per connection and reused; returned reset and ready to bind.
    Result<Statement*> cached(std::string_view sql);

    // Single-value helpers for small queries.
    Result<std::int64_t> queryInt(std::string_view sql);
    Result<QString> queryText(std::string_view sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    // Pages found in and missing from this connection's page cache since the last reset (a miss is a
    // read and a decryption): what benchmarks print to explain a slow query.
    struct PageCacheCounters
    {
        int hits = 0;
        int misses = 0;
    };
    PageCacheCounters pageCacheCounters(bool reset = false) const;
    bool inTransaction() const;

    // Called about every `everyOps` virtual-machine steps while a statement runs (a long PRAGMA
    // integrity_check, say); returning false interrupts the statement, whose step then fails with
    // ErrorCode::Cancelled. An empty function removes the handler.
    void setProgressHandler(std::function<bool()> keepGoing, int everyOps = 100000);

    // Re-encrypts the whole file with a new raw key (PRAGMA rekey).
    Status rekey(const SecureBytes& newRawKey);
    QString cipherVersion();

    // An Error for the connection's last failure, mapped to the project's codes.
    Error errorFor(int rc, std::string_view context) const;
    sqlite3* handle() const { return m_db; }

private:
    static Result<Connection> openImpl(const QString& path, const SecureBytes* rawKey,
                                       const OpenOptions& options);
    Status applyPragmas(bool encrypted);

    sqlite3* m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
    std::unique_ptr<std::function<bool()>> m_progress; // on the heap: SQLite keeps its address
};

enum class TransactionKind { Deferred, Immediate };

// Rolls back on destruction unless commit() succeeded. Nested use is a programming error.
class Transaction
{
public:
    explicit Transaction(Connection& connection, TransactionKind kind = TransactionKind::Immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& beginStatus() const { return m_begin; }
    Status commit();
    void rollback();

private:
    Connection& m_connection;
    Status m_begin;
    bool m_active = false;
};

// Maps an SQLite result code to the project's error code.
ErrorCode mapResultCode(int rc);

} // namespace orec::sql
