#include "storage/schema.h"

namespace orec::schema {

Status v7PendingSecretaries(sql::Connection& c)
{
    // A cells file names each cell's secretary by party card number, but the members of a register
    // are imported after its units (members need their home unit). A secretary not yet in the register
    // waits here, and is set on the cell when a member with that card number arrives.
    return c.exec(R"sql(
CREATE TABLE pending_secretaries (
    unit_id INTEGER PRIMARY KEY REFERENCES party_units (id) ON DELETE CASCADE,
    party_card_no TEXT NOT NULL
);
CREATE INDEX pending_secretaries_card ON pending_secretaries (party_card_no);
)sql");
}

} // namespace orec::schema
