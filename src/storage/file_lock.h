// FileLock: one program at a time per database file, across processes. The lock is on the file
// itself (its inode), not on its name: a symbolic link, a hard link or another path to the same
// file finds it taken. It writes nothing, so it works on a full disk.
#pragma once

#include "core/result.h"

#include <QString>

namespace orec {

class FileLock
{
public:
    FileLock() = default;
    ~FileLock();
    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    // An exclusive advisory lock (flock) on the existing file, without waiting; a lock of a process
    // that died is gone with it. Beside the file, best effort, `<real path>.lock` names the holder
    // (process, host) so that the next one can say who has it open.
    // The descriptor stays open while the lock is held and must outlive the SQLite connection: closing
    // a descriptor of a file drops the POSIX locks SQLite holds on it (Database releases it last).
    static Result<FileLock> acquire(const QString& databasePath);
    void release();
    bool isHeld() const { return m_fd >= 0; }

private:
    int m_fd = -1;
    QString m_infoPath; // written by this holder; removed at release
};

} // namespace orec
