// Schema 15: a party unit's level in the Party's tiers (which papers it may issue and who signs them) and
// a member's alias (bí danh), printed on the transfer letters. SQLite 3.15.
// Both columns start NULL on every existing row: the record digests of the signed audit log leave NULL
// columns out, so `orec check` still passes without rewriting a row. A NULL level reads as the default for
// the unit's kind and place in the tree (defaultLevel() in core/party_unit.h); the first edit stores it.
#include "storage/schema.h"

namespace orec::schema {

Status v15UnitLevels(sql::Connection& c)
{
    return c.exec(R"sql(
ALTER TABLE party_units ADD COLUMN level TEXT
    CHECK (level IS NULL OR level IN ('province', 'district', 'grassroots', 'cell'));
ALTER TABLE members ADD COLUMN alias TEXT;
)sql");
}

} // namespace orec::schema
