// TransferRepository: transfer letters and each issuing committee's transfer register (10-SHĐ); audited.
#pragma once

#include "core/result.h"
#include "core/transfer.h"
#include "storage/database.h"
#include "storage/repository_support.h"

#include <QList>
#include <optional>

namespace orec {

class TransferRepository
{
public:
    explicit TransferRepository(Database& database, AuditMode auditMode = AuditMode::EachRecord)
        : m_database(database), m_auditMode(auditMode)
    {}

    Result<Transfer> get(qint64 id);
    Result<std::optional<Transfer>> findByUuid(const QString& uuid);
    Result<QList<Transfer>> listForMember(qint64 memberId);
    Result<QList<Transfer>> listForPosting(qint64 postingId);
    // One committee's register in number order, optionally one year only (0 = all years).
    Result<QList<Transfer>> registerOf(qint64 issuingCommitteeId, int year = 0);
    // The letters other committees issued to `committeeId` or a unit below it (the incoming half of its
    // 10-SHĐ register), dated in `year` (0 = all years), in date order.
    Result<QList<Transfer>> receivedBy(qint64 committeeId, int year = 0);
    // The highest number the committee has issued, if any.
    Result<std::optional<RegisterNumber>> lastRegisterNumber(qint64 issuingCommitteeId);

    // Inside the caller's WriteScope. Numbers the letter in the committee's register
    // (nextRegisterNumber: in sequence, from 1 each year) unless it already carries a number, which
    // must then be free. Assigns a uuid when empty, the row id and version 1.
    Status insert(WriteScope& scope, Transfer& transfer);
    // The register number never changes once issued; refused with ErrorCode::Conflict on a stale version.
    Status update(WriteScope& scope, Transfer& transfer);

private:
    Database& m_database;
    AuditMode m_auditMode;
};

} // namespace orec
