// Validation of the domain records: every problem at once, each tied to a field and translated.
#pragma once

#include "core/clock.h"
#include "core/field_error.h"
#include "core/field_limits.h"
#include "core/member.h"
#include "core/party_unit.h"
#include "core/posting.h"
#include "core/report.h"
#include "core/transfer.h"

#include <QDate>
#include <QString>

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

// The text fields of a record longer than field_limits.h allows (and lists with too many entries), each
// named by its field code with the limit in the message. validate() reports these alone when there are
// any: every path that stores a record (forms, command line, spreadsheet import, field exchange) refuses
// an over-long value before anything else looks at it.
FieldErrors lengthProblems(const Member& member);
FieldErrors lengthProblems(const PartyUnit& unit);
FieldErrors lengthProblems(const Posting& posting);
FieldErrors lengthProblems(const Report& report);
FieldErrors lengthProblems(const Transfer& transfer);

// "The full name is too long: at most 200 characters (this one has 250)."; `what` is translated.
QString tooLongMessage(const QString& what, qsizetype size, int max);
// The same for the texts that are not fields of a record (a user's full name, a holiday's name, an
// attachment's file name...): ErrorCode::Invalid with `field` as where.
Status checkLength(const QString& field, const QString& what, const QString& value, int max);

template <typename Record> FieldErrors validate(const Record& record, const Clock& clock)
{
    return validate(record, clock.today());
}

// Field-level checks shared with import, each returning the problem or nothing.
bool isValidCitizenId(const QString& text);       // 12 digits, or 9 for old identity cards
bool isValidPartyCardNumber(const QString& text); // digits only (8 on cards issued since 2003)
bool isValidDossierNumber(const QString& text);   // 6 digits and 2–3 letters ("123456AB")
// Why `text` is not a dossier number, naming it and the form ("“534980Q” is not a dossier number…"),
// translated; empty when it is one. validate() gives it as a warning, so a register holding older
// values still opens and saves them; a number typed or changed is refused with it (RegisterService).
QString dossierNumberProblem(const QString& text);
bool isValidEmail(const QString& text);
bool isValidPhone(const QString& text); // 8–15 digits, with + ( ) - . and spaces allowed

} // namespace orec
