// Printed lists and statistics of the register as Party documents (and as tables for XLSX/CSV export).
#pragma once

#include "reports/document_issuer.h"
#include "reports/party_document.h"
#include "storage/register_query_types.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <optional>

namespace orec::reports {

enum class AbroadGrouping {
    CountryAndCell, // by country, then overseas cell
    HomeUnit,       // by the home unit at home
};

// Members now abroad (rows of MemberQuery with presence Abroad), grouped and in Vietnamese name order.
ReportTable abroadTable(QList<MemberRow> rows, AbroadGrouping grouping, const QDate& asOf);
PartyDocument abroadDocument(const DocumentIssuer& issuer, const QList<MemberRow>& rows,
                             AbroadGrouping grouping, const QDate& asOf);

// One departure or return in a period.
struct MovementRow
{
    QString fullName;
    QString partyCardNumber;
    QString homeUnitName;
    QStringList countryCodes;
    PostingPurpose purpose = PostingPurpose::OfficialMission;
    QString decisionNumber;
    QDate departure;     // actual
    QDate plannedReturn; // after extensions
    QDate actualReturn;  // invalid while abroad
};
// Two tables: departures in [from, to] and returns in [from, to].
ReportTable departuresTable(const QList<MovementRow>& rows);
ReportTable returnsTable(const QList<MovementRow>& rows);
PartyDocument movementsDocument(const DocumentIssuer& issuer, const QList<MovementRow>& departures,
                                const QList<MovementRow>& returns, const QDate& from, const QDate& to);

// Reports not received: overdue (days late) and due soon (days left), in the order of `rows`.
ReportTable reportsDueTable(const QList<ReportDueRow>& rows);
// Titled after the filter that chose the rows (overdue only, due soon only and its window, both; the kind and
// the search text).
PartyDocument reportsDueDocument(const DocumentIssuer& issuer, const QList<ReportDueRow>& rows,
                                 const QDate& asOf, const ReportDueFilter& filter);

// A list as a screen shows it (its rows, order and columns), under a title and notes saying what it holds.
PartyDocument screenListDocument(const DocumentIssuer& issuer, const ReportTable& table, const QString& title,
                                 const QStringList& subtitles, const QStringList& notes);

// One member's overseas record: identity, postings, cells, reports, transfer letters.
PartyDocument memberRecordDocument(const DocumentIssuer& issuer, const MemberHistory& history,
                                   const QDate& asOf);

// The reports due in a period by what became of them (storage/register_queries.h reportTimeliness).
struct ReportTimeliness
{
    int receivedOnTime = 0; // -1 = not known: only the overdue figure is printed
    int receivedLate = 0;
    int overdue = 0;   // due, not received
    int notYetDue = 0; // due later in the period than the day of printing
};

// The statistical report of a period: abroad by country × cell type, by purpose, departures, returns,
// reports on time and late, with a chart (drawn, or a dashboard chart passed as an image).
ReportTable summaryTable(const RegisterStatistics& statistics,
                         const std::optional<ReportTimeliness>& reports);
ReportTable countryCellTypeTable(const RegisterStatistics& statistics);
ReportTable purposeTable(const RegisterStatistics& statistics);
BarChart cellTypeChart(const RegisterStatistics& statistics);
PartyDocument statisticsDocument(const DocumentIssuer& issuer, const RegisterStatistics& statistics,
                                 const std::optional<ReportTimeliness>& reports = std::nullopt,
                                 const QImage& dashboardChart = {});

// "Nhật Bản" for "JP"; the code itself when unknown.
QString countryName(const QString& code);

} // namespace orec::reports
