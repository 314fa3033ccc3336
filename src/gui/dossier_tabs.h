// DossierTabs: fills the read-only tabs of a member dossier (postings timeline, cells, reports, changes).
#pragma once

#include "storage/register_query_types.h"

#include <QCoreApplication>
#include <QDate>

class QTableWidget;
class QTreeWidget;

namespace orec::gui {

class DossierTabs
{
    Q_DECLARE_TR_FUNCTIONS(orec::gui::DossierTabs)
public:
    // Item data on column 0, Qt::UserRole: the posting id (postings) or the report id (reports).
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int PostingIdRole = Qt::UserRole + 1;
    static constexpr int KindRole = Qt::UserRole + 2;

    // Abroad now, planned, past: the postings as a timeline, each group newest first.
    static void fillPostings(QTreeWidget* tree, const MemberHistory& history, const QDate& today);
    static void fillCells(QTableWidget* table, const MemberHistory& history);
    static void fillReports(QTableWidget* table, const MemberHistory& history, const QDate& today);
    static void fillChanges(QTableWidget* table, const MemberHistory& history);

    // "Study — Japan, Tokyo"
    static QString postingTitle(const Posting& posting);
    static QString dateSpan(const QDate& from, const QDate& to);
};

} // namespace orec::gui
