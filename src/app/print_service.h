// PrintService: builds every printed document and exported list of the register (PDF, print preview,
// XLSX, CSV) from the database: the one entry point for `orec print` and the GUI's print preview.
#pragma once

#include "app/session.h"
#include "core/result.h"
#include "reports/document_issuer.h"
#include "reports/laid_out_document.h"
#include "reports/list_documents.h"
#include "reports/party_document.h"
#include "reports/party_forms.h"
#include "storage/register_query_types.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace orec::app {

enum class PrintKind {
    Abroad,                // members now abroad (grouping: by country and cell, or by home unit)
    Movements,             // departures and returns in [from, to]
    ReportsDue,            // reports overdue and due within `withinDays`
    MemberRecord,          // one member's overseas record
    Statistics,            // the statistical report of [from, to] with its chart
    TemporaryTransfer,     // form 2-SHĐ of one letter
    OverseasPostingSlip,   // form 3A-SHĐ of one letter
    TransferredAbroadList, // form 3C-SHĐ: labour-export letters of a committee in [from, to]
    TransferRegister,      // form 10-SHĐ: a committee's register of one year
    Reminders,             // letters asking members, through their cells, for their overdue reports
    Calibration,           // a page with rulers and cross marks that measures a printer's offsets
    ScreenList,            // a list as a screen shows it (rows, order, columns), titled after its filter
};

struct PrintRequest
{
    PrintKind kind = PrintKind::Abroad;
    reports::DocumentIssuer issuer; // empty names: the issuing committee's from the database
    QDate asOf;                     // invalid = today on the database clock
    QDate from, to;                 // Movements, Statistics, TransferredAbroadList
    reports::AbroadGrouping grouping = reports::AbroadGrouping::CountryAndCell;
    MemberFilter filter; // Abroad: the list's current filter (presence Abroad is forced)
    int withinDays = 30; // ReportsDue (with overdue ones) when there is no dueFilter
    // ReportsDue: the filter of the list on screen (mode, window, kind, search), so the paper holds its rows.
    std::optional<ReportDueFilter> dueFilter;
    qint64 memberId = 0;   // MemberRecord
    qint64 transferId = 0; // TemporaryTransfer, OverseasPostingSlip
    // TemporaryTransfer: only the values, placed for the pre-printed sheet and shifted by `offset`
    // (Calibration shifts its marks by it too).
    bool overlay = false;
    reports::PrinterOffset offset;
    QString printerName; // Calibration: named on the page
    QStringList
        enclosures; // TemporaryTransfer, OverseasPostingSlip: hồ sơ kèm theo (empty: from the posting)
    // TransferredAbroadList: the slips of one batch. Empty with no period: the slips issued on the day of
    // the committee's latest one.
    QList<qint64> transferIds;
    qint64 committeeId = 0; // TransferredAbroadList, TransferRegister; 0 = the top home committee
    int year = 0;           // TransferRegister; 0 = the year of asOf
    QImage dashboardChart;  // Statistics: a chart saved from the dashboard instead of the drawn one
    // ScreenList: the screen's table and the title it built from its filter; `listName` names the file
    // ("members", "departures").
    reports::ReportTable table;
    QString title;
    QStringList subtitles, titleNotes;
    QString listName;
    // "BẢN NHÁP" on every page and no number. A final document is issued with its number through
    // DocumentRegisterService::issue; the transfer forms carry their transfer register number and are never
    // drafts.
    bool draft = false;
    QList<qint64> reportIds;  // Reminders: the reports chosen (empty: every overdue report as of asOf)
    int replyWithinDays = 10; // Reminders: the report is asked for by the letter's date plus these days
};

class PrintService
{
public:
    explicit PrintService(Session& session) : m_session(session) {}

    // Whether the user may print this kind of document here: any role that reads records; on a cell
    // secretary's laptop only what its Print menu offers (members' records, reports due, who is abroad by
    // country and cell). document() checks it first; a caller that looks things up before may ask sooner.
    Status mayPrint(const PrintRequest& request);
    // The document as data (for tests and for callers that add paragraphs); the first letter of Reminders.
    Result<reports::PartyDocument> document(const PrintRequest& request);
    // Every document of the request: one, or one letter per overdue report for Reminders (none is an error).
    Result<QList<reports::PartyDocument>> documents(const PrintRequest& request);
    // The committee whose register numbers this document (0 when the register has none).
    Result<qint64> issuingCommittee(const PrintRequest& request);
    // The symbol of the kind of document in the register ("DS" lists, "BC" reports, "CV" letters); none for
    // the transfer forms, which carry the number of the transfer register (10-SHĐ) instead.
    static std::optional<QString> kindSymbol(PrintKind kind);
    // Pages of several documents one after another (a batch of letters), each numbered on its own.
    static reports::LaidOutDocument concatenate(const QList<reports::LaidOutDocument>& parts);
    // Laid out on A4 pages: what a print preview paints with reports::DocumentRenderer::print().
    Result<reports::LaidOutDocument> layout(const PrintRequest& request);
    // The PDF file the user asked for.
    Status writePdf(const PrintRequest& request, const QString& path);

    // The main table of the document (group headings and totals included), for XLSX or CSV export.
    Result<reports::ReportTable> table(const PrintRequest& request);

    // Any table to a file the user chose; the format from the extension (.xlsx, .csv). CSV is UTF-8
    // with a byte-order mark so Excel shows Vietnamese correctly; group headings become rows of their own.
    // The file is readable by its owner only.
    Status exportTable(const reports::ReportTable& table, const QString& path, bool includeGroups = true);

    // Kinds by their command-line names: abroad, movements, reports-due, member, statistics, 2-shd,
    // 3a-shd, 3c-shd, 10-shd, reminders, calibration.
    static std::optional<PrintKind> kindFromName(const QString& name);
    static QStringList kindNames();

    // A member by party card number, citizen ID or row id; a committee or cell by code or name.
    Result<qint64> memberId(const QString& key);
    Result<qint64> unitId(const QString& key);

    // Departures and returns in [from, to], by day then name (a range of the departure or return index).
    Result<QList<reports::MovementRow>> movements(const QDate& from, const QDate& to, bool returns);

private:
    QDate today() const;
    Status completeIssuer(reports::DocumentIssuer& issuer, qint64 committeeId);
    Result<QList<reports::PartyDocument>> reminderLetters(const PrintRequest& request,
                                                          const reports::DocumentIssuer& issuer);
    Result<QList<ReportDueRow>> overdueReports(const PrintRequest& request, const QDate& asOf);
    Result<qint64> defaultCommittee();
    Result<reports::TransferFormData> formData(qint64 transferId);
    Status fillChain(reports::TransferFormData& data);
    Result<reports::PartyDocument> transferredAbroadList(const PrintRequest& request,
                                                         reports::DocumentIssuer issuer);
    Result<QList<reports::TransferFormData>> registerData(qint64 committeeId, int year);
    Result<QString> unitName(qint64 unitId);

    Session& m_session;
};

} // namespace orec::app
