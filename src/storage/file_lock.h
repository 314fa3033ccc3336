// FileLock: one program at a time per database file, across processes (portable via QLockFile).
#pragma once

#include "core/result.h"

#include <QString>
#include <memory>

class QLockFile;

namespace orec {

class FileLock
{
public:
    FileLock();
    ~FileLock();
    FileLock(FileLock&&) noexcept;
    FileLock& operator=(FileLock&&) noexcept;

    // Takes <databasePath>.lock without waiting. A lock left by a process that died is taken over.
    static Result<FileLock> acquire(const QString& databasePath);
    void release();
    bool isHeld() const;

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace orec
