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

// A value given to an option or argument that is not one of the accepted ones is invalid input
// (ErrorCode::Invalid, exit code 2); a missing option or argument is a usage error (exit code 1).

// --name DATE as dd/mm/yyyy or yyyy-mm-dd; absent = invalid date; malformed or empty = ErrorCode::Invalid.
Result<QDate> dateOption(const CliContext& c, const QString& name);
// --name N as a whole number; absent = fallback; not a whole number = ErrorCode::Invalid.
Result<int> intOption(const CliContext& c, const QString& name, int fallback);

// Which codes a command's help advertises for an enumeration: its English code names, or the
// Vietnamese interchange codes of the spreadsheet format. Both are accepted either way.
enum class AdvertisedCodes { English, Vietnamese };

// "FIRST (or SECOND)": the advertised codes, then the others.
QString eitherCodes(const QString& first, const QString& second);

// The accepted values of an enumeration for an error message: the advertised codes first, then
// the others in brackets ("cong_tac, hoc_tap, ... (or official_mission, study, ...)").
template <typename E> QString acceptedCodes(AdvertisedCodes advertised)
{
    QStringList english;
    QStringList vietnamese;
    for (E v : allValues<E>()) {
        english.append(codeName(v));
        const QString vi = interchangeCode(v);
        if (!vi.isEmpty())
            vietnamese.append(vi);
    }
    const QString comma = QStringLiteral(", ");
    if (vietnamese.isEmpty())
        return english.join(comma);
    const bool vietnameseFirst = advertised == AdvertisedCodes::Vietnamese;
    return eitherCodes((vietnameseFirst ? vietnamese : english).join(comma),
                       (vietnameseFirst ? english : vietnamese).join(comma));
}

// "Unknown --NAME "VALUE"; use one of: ..." as ErrorCode::Invalid.
Error unknownValue(const QString& option, const QString& value, const QString& accepted);

// An enum option given by its interchange code or English code name; absent = nullopt; anything
// else is ErrorCode::Invalid with the accepted values, the advertised codes first.
template <typename E>
Result<std::optional<E>> enumOption(const CliContext& c, const QString& name,
                                    AdvertisedCodes advertised = AdvertisedCodes::English)
{
    if (!c.hasOption(name))
        return std::optional<E>();
    if (auto value = fromInterchangeCode<E>(c.option(name)))
        return std::optional<E>(*value);
    return unknownValue(name, c.option(name), acceptedCodes<E>(advertised));
}

} // namespace orec::cli
