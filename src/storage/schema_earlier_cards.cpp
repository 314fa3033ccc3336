// Schema 14 (earlier card numbers): the party card numbers a member held before the current one. The
// national re-issue of party cards in 2025 (Chỉ thị 51-CT/TW) may change numbers, and papers and sheets
// that still carry an old number must find the member. Rows belong to the member's record: the member's
// digest covers them (record_binding.cpp), and each is written by the member's audited update.
// Nothing tests for this number: the code looks for the table itself, so the migration can be registered
// under whichever number migrations.cpp gives it.
#include "storage/schema.h"

namespace orec::schema {

Status v14EarlierCards(sql::Connection& c)
{
    return c.exec(R"sql(
CREATE TABLE member_earlier_cards (
    id            INTEGER PRIMARY KEY,
    member_id     INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    party_card_no TEXT NOT NULL,
    changed_on    TEXT NOT NULL -- yyyy-MM-dd: the day the number stopped being the member's
);
CREATE INDEX member_earlier_cards_member ON member_earlier_cards (member_id, id);
CREATE INDEX member_earlier_cards_card ON member_earlier_cards (party_card_no);
)sql");
}

} // namespace orec::schema
