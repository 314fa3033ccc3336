// Session: one unlocked database held by one user; the object every app service works through.
#pragma once

#include "storage/database.h"

#include <memory>

namespace orec::app {

class Session
{
public:
    explicit Session(std::unique_ptr<Database> database) : m_database(std::move(database)) {}

    Database& database() { return *m_database; }
    const Actor& actor() const { return m_database->actor(); }
    const Clock& clock() const { return m_database->clock(); }
    Status require(Permission permission) const { return m_database->require(permission); }

private:
    std::unique_ptr<Database> m_database;
};

} // namespace orec::app
