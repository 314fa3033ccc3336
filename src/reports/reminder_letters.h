// Reminder letters (công văn) asking a member, through their cell, for a report that is overdue.
#pragma once

#include "core/report.h"
#include "reports/document_issuer.h"
#include "reports/party_document.h"

#include <QDate>
#include <QString>

namespace orec::reports {

struct ReminderData
{
    QString memberName;
    QString cellName; // the cell the member belongs to now (abroad: the overseas cell); may be empty
    ReportKind kind = ReportKind::Return;
    QDate dueDate;
    int daysLate = 0;
    QDate askBy; // the new date the report is asked for
    QString countryName;
};

// "đôn đốc nộp báo cáo": Kính gửi: Đồng chí …, qua Chi ủy chi bộ …; the report, its due date, how many days
// late, and the date it is asked for; signed for the committee, copied to the cell and the files.
PartyDocument reminderLetter(const DocumentIssuer& issuer, const ReminderData& data);

// What the letter calls a report: "báo cáo trước khi đi nước ngoài", "báo cáo sau khi về nước"...
QString reportKindInLetter(ReportKind kind);
// "Chi ủy chi bộ Vụ Châu Âu" for the cell "Chi bộ Vụ Châu Âu": the body a member's papers go through.
QString cellCommitteeName(const QString& cellName);

} // namespace orec::reports
