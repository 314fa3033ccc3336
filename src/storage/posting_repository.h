// PostingRepository: trips and stays abroad with their countries and extensions; every change audited.
#pragma once

#include "core/posting.h"
#include "core/result.h"
#include "storage/database.h"
#include "storage/repository_support.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace orec {

class PostingRepository
{
public:
    explicit PostingRepository(Database& database, AuditMode auditMode = AuditMode::EachRecord)
        : m_database(database), m_auditMode(auditMode)
    {}

    // With countries and extensions.
    Result<Posting> get(qint64 id);
    Result<std::optional<Posting>> findByUuid(const QString& uuid);
    // A member's postings, latest first (by departure, planned where not yet left).
    Result<QList<Posting>> listForMember(qint64 memberId);
    // The member's posting that has them abroad now (abroad, in an overseas cell or lost contact).
    Result<std::optional<Posting>> currentAbroad(qint64 memberId);
    // A posting of the member to the same main country leaving the same day (actual departure, else
    // planned): what an import treats as the same trip. 0 when there is none.
    Result<qint64> findSameTrip(qint64 memberId, const QString& mainCountry, const QDate& departure);
    // Every posting, by member (in list order) then departure, for exports.
    Status forEach(const std::function<bool(const Posting&)>& visit);
    Result<qint64> count();

    // Inside the caller's WriteScope. Countries are upper-cased and de-duplicated in place; at least
    // one is required. Assigns a uuid when empty, the row id and version 1.
    Status insert(WriteScope& scope, Posting& posting);
    // Writes every field, countries and extensions included. `action` is what the audit log records
    // ("update", or "transition:depart" and the like). Refused with ErrorCode::Conflict when
    // posting.version is not the stored one.
    Status update(WriteScope& scope, Posting& posting, const QString& action = QStringLiteral("update"));

private:
    Status writeChildren(WriteScope& scope, const Posting& posting, bool replace);
    Status loadChildren(Posting& posting);

    Database& m_database;
    AuditMode m_auditMode;
};

} // namespace orec
