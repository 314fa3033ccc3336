#include "gui/reports_due_model.h"

#include "app/query_service.h"
#include "gui/display_format.h"
#include "gui/register_labels.h"

#include <QBrush>
#include <QFont>

namespace orec::gui {

ReportsDueModel::ReportsDueModel(app::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{}

void ReportsDueModel::setFilter(const ReportDueFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_pages.clear();
    m_error.clear();
    auto count = app::QueryService(m_session).countReportsDue(m_filter);
    m_count = count ? *count : 0;
    if (!count)
        m_error = count.error().toString();
    endResetModel();
}

void ReportsDueModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::optional<ReportDueRow> ReportsDueModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const int pageIndex = row / kPageSize;
    auto found = m_pages.find(pageIndex);
    if (found == m_pages.end()) {
        // Reports due are hundreds at most, so every page read stays cached until the next filter.
        auto rows = app::QueryService(m_session).reportsDue(
            m_filter, static_cast<qint64>(pageIndex) * kPageSize, kPageSize);
        if (!rows) {
            m_error = rows.error().toString();
            return std::nullopt;
        }
        found = m_pages.insert(pageIndex, *rows);
    }
    const int offset = row % kPageSize;
    if (offset >= found->size())
        return std::nullopt;
    return found->at(offset);
}

int ReportsDueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0
                            : static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int ReportsDueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportsDueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto row = rowAt(index.row());
    if (!row)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DueColumn:
            return formatDate(row->dueDate);
        case LateColumn:
            return lateText(row->daysLate);
        case MemberColumn:
            return row->memberName;
        case CardColumn:
            return row->partyCardNumber;
        case KindColumn:
            return displayName(row->kind);
        case PostingColumn:
            return row->postingId == 0 ? QString()
                                       : displayName(row->purpose) + QStringLiteral(" — ") +
                                             RegisterLabels::country(row->countryCode);
        case ActionColumn:
            return tr("File…");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == ActionColumn)
            return QBrush(QColor(0x15, 0x65, 0xc0));
        if (row->daysLate > 0 && (index.column() == LateColumn || index.column() == DueColumn))
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
    }
    if (role == Qt::FontRole && index.column() == ActionColumn) {
        QFont font;
        font.setUnderline(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == ActionColumn)
        return tr("Record that this document was received");
    if (role == Qt::ToolTipRole && index.column() == LateColumn && row->daysLate > 0)
        return tr("Due on %1: %Ln day(s) late", nullptr, row->daysLate).arg(formatDate(row->dueDate));
    if (role == Qt::TextAlignmentRole && index.column() == LateColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString ReportsDueModel::lateText(int daysLate)
{
    if (daysLate > 0)
        return tr("%Ln day(s)", nullptr, daysLate);
    if (daysLate == 0)
        return tr("due today");
    return tr("in %Ln day(s)", nullptr, -daysLate);
}

QVariant ReportsDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due");
    case LateColumn:
        return tr("Late");
    case MemberColumn:
        return tr("Member");
    case CardColumn:
        return tr("Party card no.");
    case KindColumn:
        return tr("Document");
    case PostingColumn:
        return tr("Posting");
    case ActionColumn:
        return QString();
    default:
        return {};
    }
}

} // namespace orec::gui
