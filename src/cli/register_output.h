// How the register commands print: JSON objects for --json and aligned text lines, plus option parsing.
#pragma once

#include "app/demo_generator.h"
#include "app/import_service.h"
#include "app/query_service.h"
#include "cli/context.h"
#include "core/result.h"
#include "storage/register_query_types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace orec::cli {

QJsonObject toJson(const MemberRow& row);
QJsonObject toJson(const ReportDueRow& row);
QJsonObject toJson(const RegisterStatistics& stats);
QJsonObject toJson(const ProbationRow& row);
QJsonObject toJson(const UnapprovedDepartureRow& row);
QJsonObject toJson(const MemberHistory& history);
QJsonObject toJson(const app::ImportReport& report);
QJsonObject toJson(const app::DemoSummary& summary);
QJsonObject toJson(const app::RegisterSummary& summary);

void printMemberRows(CliContext& c, const QList<MemberRow>& rows);
void printReportsDue(CliContext& c, const QList<ReportDueRow>& rows);
void printStatistics(CliContext& c, const RegisterStatistics& stats);
void printProbation(CliContext& c, const QList<ProbationRow>& rows);
void printUnapproved(CliContext& c, const QList<UnapprovedDepartureRow>& rows);
void printHistory(CliContext& c, const MemberHistory& history);
void printPosting(CliContext& c, const Posting& posting, const QList<Report>& reports);
void printUnit(CliContext& c, const PartyUnit& unit);
void printImportReport(CliContext& c, const app::ImportReport& report);

QString dateText(const QDate& date); // dd/mm/yyyy, "-" when unknown

// --name DATE as dd/mm/yyyy or yyyy-mm-dd; absent = invalid date; malformed = ErrorCode::Usage.
Result<QDate> dateOption(const CliContext& c, const QString& name);
// --name N as a whole number; absent = fallback.
Result<int> intOption(const CliContext& c, const QString& name, int fallback);
// An enum option given by its interchange code or English code name.
template <typename E> Result<std::optional<E>> enumOption(const CliContext& c, const QString& name)
{
    if (!c.hasOption(name))
        return std::optional<E>();
    if (auto value = fromInterchangeCode<E>(c.option(name)))
        return std::optional<E>(*value);
    QStringList codes;
    for (E v : allValues<E>())
        codes.append(codeName(v));
    return Error(ErrorCode::Usage, QCoreApplication::translate("orec::cli", "--%1 must be one of: %2.")
                                       .arg(name, codes.join(QStringLiteral(", "))));
}

} // namespace orec::cli
