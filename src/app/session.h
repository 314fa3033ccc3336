// Session: one unlocked database held by one user; the object every app service works through.
#pragma once

#include "storage/database.h"
#include "storage/shared_read_lock.h"

#include <QList>
#include <memory>
#include <optional>

namespace orec::app {

// Where an operation may run. A cell secretary's field database holds one cell and does only the
// secretary's work (docs/security.md, "Who may do what"); the rest is done at home.
enum class Where {
    Anywhere,
    HomeOnly,
};

class Session
{
public:
    explicit Session(std::unique_ptr<Database> database) : m_database(std::move(database)) {}
    // A session opened to read only on a disk too full for the lock file: the shared lock of the
    // database file goes after the database.
    Session(std::unique_ptr<Database> database, SharedReadLock readLock)
        : m_readLock(std::move(readLock)), m_database(std::move(database))
    {}

    Database& database() { return *m_database; }
    const Actor& actor() const { return m_database->actor(); }
    const Clock& clock() const { return m_database->clock(); }
    Status require(Permission permission) const { return m_database->require(permission); }
    // The role's permission first; then, for work done only at home, that this is not a field database
    // (ErrorCode::PermissionDenied either way, before anything is read or checked).
    Status require(Permission permission, Where where);
    // The first of the permissions the role has, else the refusal of the first.
    Status requireAny(const QList<Permission>& permissions) const;

    // A cell secretary's laptop (read once: a database never changes mode).
    Result<bool> isFieldDatabase();
    // Opened read-only under a shared lock because the disk was full (AccountService::unlock).
    bool isReadOnly() const { return m_readLock.isHeld(); }

private:
    SharedReadLock m_readLock; // declared first: released after the database is closed
    std::unique_ptr<Database> m_database;
    std::optional<bool> m_fieldDatabase;
};

} // namespace orec::app
