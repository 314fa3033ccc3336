// Numbered schema migrations; each runs in one transaction and sets PRAGMA user_version.
#pragma once

#include "core/result.h"
#include "storage/sqlite.h"

#include <vector>

namespace orec {

struct Migration
{
    int version;             // 1, 2, 3... without gaps
    const char* description; // what the step changes, for logs and `orec check`
    Status (*apply)(sql::Connection&);
};

// Every migration of the schema, oldest first.
const std::vector<Migration>& allMigrations();
int latestSchemaVersion();

Result<int> schemaVersion(sql::Connection& connection);
// The version `apply` is registered under (robust to renumbering when branches merge); a very large number
// when it is not registered.
int versionOf(Status (*apply)(sql::Connection&));
// Whether a database opened with `targetVersion` (DatabaseOptions::schemaVersion: -1 = the latest) has
// the schema `apply` creates. Only tests open a register below the latest version; the repositories ask
// this to keep writing the records of such a register the way that version stored them.
bool schemaIncludes(int targetVersion, Status (*apply)(sql::Connection&));
// Applies migrations after the current version up to targetVersion (latest when -1), each in its own
// transaction. Refuses a file newer than this program.
Status migrate(sql::Connection& connection, int targetVersion = -1);

} // namespace orec
