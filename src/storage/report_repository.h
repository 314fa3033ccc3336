// ReportRepository: applications, reports, self-reviews, remarks and ratings, content kept as JSON; audited.
#pragma once

#include "core/report.h"
#include "core/result.h"
#include "storage/database.h"
#include "storage/repository_support.h"

#include <QList>
#include <QString>
#include <optional>

namespace orec {

class ReportRepository
{
public:
    explicit ReportRepository(Database& database, AuditMode auditMode = AuditMode::EachRecord)
        : m_database(database), m_auditMode(auditMode)
    {}

    Result<Report> get(qint64 id);
    Result<std::optional<Report>> findByUuid(const QString& uuid);
    // A posting's reports in the order they fall due (kind order where no due date yet).
    Result<QList<Report>> listForPosting(qint64 postingId);
    // All of a member's reports, those of postings and the member's own (ratings, events).
    Result<QList<Report>> listForMember(qint64 memberId);
    // Return reports of the member's postings other than `exceptPostingId`: what the rule "no new trip
    // while a return report is overdue" looks at.
    Result<QList<Report>> returnReportsOfMember(qint64 memberId, qint64 exceptPostingId = 0);

    // Inside the caller's WriteScope. Assigns a uuid when empty, the row id and version 1.
    Status insert(WriteScope& scope, Report& report);
    // Refused with ErrorCode::Conflict when report.version is not the stored one.
    Status update(WriteScope& scope, Report& report, const QString& action = QStringLiteral("update"));

private:
    Database& m_database;
    AuditMode m_auditMode;
};

} // namespace orec
