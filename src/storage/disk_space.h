// What the operating system says about the disk a file is on, so that a full disk is named as such
// rather than as a lock that cannot be taken or a file that cannot be written.
#pragma once

#include "core/error.h"

#include <QString>

namespace orec::disk {

// True when the file system holding `path` (a file or folder; for a path that does not exist, its
// folder) has no block or no inode left that this process may use.
bool isFull(const QString& path);

// ErrorCode::Io naming `path`: the disk it is on is full, and what to do.
Error fullError(const QString& path);

} // namespace orec::disk
