#include "gui/dossier_tabs.h"

#include "gui/audit_change_formatter.h"
#include "gui/display_format.h"
#include "gui/register_labels.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QTreeWidget>

namespace orec::gui {

namespace {

QColor stateColour(ReportState state)
{
    switch (state) {
    case ReportState::Overdue:
        return QColor(0xb7, 0x1c, 0x1c);
    case ReportState::Due:
        return QColor(0xe6, 0x51, 0x00);
    case ReportState::ReceivedLate:
        return QColor(0x6d, 0x4c, 0x41);
    case ReportState::Received:
        return QColor(0x1b, 0x5e, 0x20);
    case ReportState::NotDue:
        break;
    }
    return {};
}

void setRow(QTableWidget* table, int row, const QStringList& texts)
{
    for (int column = 0; column < texts.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
}

} // namespace

QString DossierTabs::postingTitle(const Posting& posting)
{
    QString title = displayName(posting.purpose) + QStringLiteral(" — ") +
                    RegisterLabels::countries(posting.countryCodes);
    if (!posting.city.isEmpty())
        title += QStringLiteral(", ") + posting.city;
    return title;
}

QString DossierTabs::dateSpan(const QDate& from, const QDate& to)
{
    return formatDate(from) + QStringLiteral(" → ") + (to.isValid() ? formatDate(to) : QStringLiteral("…"));
}

void DossierTabs::fillPostings(QTreeWidget* tree, const MemberHistory& history, const QDate& today)
{
    tree->clear();
    auto* now = new QTreeWidgetItem(tree, {tr("Abroad now")});
    auto* planned = new QTreeWidgetItem(tree, {tr("Planned")});
    auto* past = new QTreeWidgetItem(tree, {tr("Past")});
    QFont bold = tree->font();
    bold.setBold(true);
    for (QTreeWidgetItem* group : {now, planned, past}) {
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
    }
    for (const PostingHistory& entry : history.postings) {
        const Posting& p = entry.posting;
        QTreeWidgetItem* group = past;
        if (p.isAbroad())
            group = now;
        else if (p.status == PostingStatus::Planned || p.status == PostingStatus::Approved)
            group = planned;
        QString status = displayName(p.status);
        if (p.isOverdueAbroad(today))
            status = tr("%1, overdue since %2").arg(status, formatDate(p.effectivePlannedReturn()));
        if (p.departedWithoutApproval)
            status += QStringLiteral(" ⚠");
        QString activity = displayName(p.arrangement);
        if (!entry.cellName.isEmpty())
            activity += QStringLiteral(" — ") + entry.cellName;
        auto* item = new QTreeWidgetItem(
            group, {postingTitle(p), dateSpan(p.expectedDeparture(), p.expectedReturn()), status, activity});
        item->setData(0, IdRole, p.id);
        if (p.isOverdueAbroad(today) || p.status == PostingStatus::DidNotReturn)
            item->setForeground(2, QColor(0xb7, 0x1c, 0x1c));
        if (p.departedWithoutApproval)
            item->setToolTip(2, tr("Departed without approval: to be reported to the committee."));
    }
    for (QTreeWidgetItem* group : {now, planned, past}) {
        group->setText(0, group->text(0) + QStringLiteral(" (%1)").arg(group->childCount()));
        group->setExpanded(true);
    }
    tree->header()->setStretchLastSection(true);
    for (int column = 0; column < tree->columnCount() - 1; ++column)
        tree->resizeColumnToContents(column);
}

void DossierTabs::fillCells(QTableWidget* table, const MemberHistory& history)
{
    table->setRowCount(0);
    // The home unit first: where the member belongs between postings.
    table->insertRow(0);
    setRow(table, 0,
           {history.homeUnitName, RegisterLabels::country(QStringLiteral("VN")), QString(), QString(),
            tr("Home unit")});
    for (const PostingHistory& entry : history.postings) {
        const Posting& p = entry.posting;
        if (p.overseasCellId == 0 && !isTransfer(p.arrangement))
            continue;
        if (p.status == PostingStatus::Cancelled || p.status == PostingStatus::Planned ||
            p.status == PostingStatus::Approved)
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        const QString unit = entry.cellName.isEmpty() ? tr("(no overseas cell recorded)") : entry.cellName;
        setRow(table, row,
               {unit, RegisterLabels::countries(p.countryCodes), formatDate(p.actualDeparture),
                formatDate(p.actualReturn), displayName(p.arrangement)});
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnsToContents();
}

void DossierTabs::fillReports(QTableWidget* table, const MemberHistory& history, const QDate& today)
{
    table->setRowCount(0);
    const auto add = [&](const Report& report, const QString& posting) {
        const int row = table->rowCount();
        table->insertRow(row);
        const ReportState state = report.stateOn(today);
        QString stateText = displayName(state);
        if (state == ReportState::Overdue)
            stateText = tr("Overdue by %n day(s)", nullptr, static_cast<int>(report.dueDate.daysTo(today)));
        setRow(table, row,
               {displayName(report.kind), posting, formatDate(report.dueDate),
                formatDate(report.receivedDate), stateText});
        table->item(row, 0)->setData(IdRole, report.id);
        table->item(row, 0)->setData(PostingIdRole, report.postingId);
        table->item(row, 0)->setData(KindRole, static_cast<int>(report.kind));
        if (const QColor colour = stateColour(state); colour.isValid())
            table->item(row, 4)->setForeground(colour);
    };
    for (const PostingHistory& entry : history.postings) {
        if (entry.posting.status == PostingStatus::Cancelled)
            continue;
        for (const Report& report : entry.reports)
            add(report, postingTitle(entry.posting));
    }
    for (const Report& report : history.memberReports)
        add(report, QString());
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->resizeColumnToContents(0);
}

void DossierTabs::fillChanges(QTableWidget* table, const MemberHistory& history)
{
    table->setRowCount(0);
    for (const AuditEntry& entry : history.recordChanges) {
        QStringList changed;
        for (const FieldChange& change : AuditChangeFormatter::changes(entry)) {
            if (!change.changed || change.key == QLatin1String("version"))
                continue;
            if (entry.action == QLatin1String("create"))
                changed.append(change.label + QStringLiteral(": ") + change.after);
            else
                changed.append(change.label + QStringLiteral(": ") + change.before + QStringLiteral(" → ") +
                               change.after);
        }
        const int row = table->rowCount();
        table->insertRow(row);
        setRow(table, row,
               {formatDateTime(entry.at), entry.user, AuditChangeFormatter::actionName(entry.action),
                changed.join(QLatin1Char('\n'))});
    }
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    table->resizeColumnToContents(0);
    table->resizeRowsToContents();
}

} // namespace orec::gui
