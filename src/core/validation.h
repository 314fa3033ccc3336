// Validation of the domain records: every problem at once, each tied to a field and translated.
#pragma once

#include "core/clock.h"
#include "core/field_error.h"
#include "core/member.h"
#include "core/party_unit.h"
#include "core/posting.h"
#include "core/report.h"
#include "core/transfer.h"

#include <QDate>

namespace orec {

// `today` bounds the dates that cannot lie in the future (birth, admission, a recorded
// departure...). Field names are the stable codes of the interchange format where it has one
// ("full_name", "date_of_birth", "citizen_id", "party_card_no", "planned_return"...), so an
// import can point at the column. Checks that need the database (duplicate card numbers, unknown
// units) belong to storage and import.
FieldErrors validate(const Member& member, const QDate& today);
FieldErrors validate(const PartyUnit& unit, const QDate& today);
FieldErrors validate(const Posting& posting, const QDate& today);
FieldErrors validate(const Report& report, const QDate& today);
FieldErrors validate(const Transfer& transfer, const QDate& today);

template <typename Record> FieldErrors validate(const Record& record, const Clock& clock)
{
    return validate(record, clock.today());
}

// Field-level checks shared with import, each returning the problem or nothing.
bool isValidCitizenId(const QString& text);       // 12 digits, or 9 for old identity cards
bool isValidPartyCardNumber(const QString& text); // digits only (8 on cards issued since 2003)
bool isValidDossierNumber(const QString& text);   // 6 digits and 1–3 letters
bool isValidEmail(const QString& text);
bool isValidPhone(const QString& text); // 8–15 digits, with + ( ) - . and spaces allowed

} // namespace orec
