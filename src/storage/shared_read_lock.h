// SharedReadLock: a shared advisory lock (flock) on the database file itself, held by a session that
// could only open the file to read because the disk was too full to write the lock file beside it.
#pragma once

#include "core/result.h"

#include <QString>

namespace orec {

class SharedReadLock
{
public:
    SharedReadLock() = default;
    ~SharedReadLock();
    SharedReadLock(SharedReadLock&& other) noexcept;
    SharedReadLock& operator=(SharedReadLock&& other) noexcept;
    SharedReadLock(const SharedReadLock&) = delete;
    SharedReadLock& operator=(const SharedReadLock&) = delete;

    // flock(LOCK_SH) without waiting: other readers share it; a process holding an exclusive flock on
    // the file refuses it (ErrorCode::Locked). It writes nothing, so it works on a full disk.
    // The descriptor stays open until the lock goes, and must outlive the database connection: closing
    // any descriptor of a file drops the POSIX locks SQLite holds on it (a Session releases its
    // Database first).
    static Result<SharedReadLock> acquire(const QString& databasePath);
    bool isHeld() const { return m_fd >= 0; }

private:
    void release();

    int m_fd = -1;
};

} // namespace orec
