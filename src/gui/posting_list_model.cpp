#include "gui/posting_list_model.h"

#include "core/person_name.h"
#include "gui/display_format.h"
#include "gui/register_labels.h"

#include <QBrush>

namespace orec::gui {

void PostingListModel::setRows(QList<PostingListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void PostingListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PostingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PostingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostingListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PostingListRow& r = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && r.alarm &&
        (index.column() == NoteColumn || index.column() == NameColumn))
        return QBrush(QColor(0xb7, 0x1c, 0x1c));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r.fullName;
    case CardColumn:
        return r.partyCardNumber;
    case HomeUnitColumn:
        return r.homeUnitName;
    case PurposeColumn:
        return displayName(r.purpose);
    case CountriesColumn:
        return RegisterLabels::countries(r.countryCodes);
    case DecisionColumn:
        return r.decisionNumber;
    case DepartureColumn:
        return formatDate(r.departure);
    case PlannedReturnColumn:
        return formatDate(r.plannedReturn);
    case ReturnColumn:
        return formatDate(r.actualReturn);
    case NoteColumn:
        return r.note;
    default:
        return {};
    }
}

QVariant PostingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Full name");
    case CardColumn:
        return tr("Party card no.");
    case HomeUnitColumn:
        return tr("Home unit");
    case PurposeColumn:
        return tr("Purpose");
    case CountriesColumn:
        return tr("Countries");
    case DecisionColumn:
        return tr("Decision");
    case DepartureColumn:
        return tr("Departed");
    case PlannedReturnColumn:
        return tr("Planned return");
    case ReturnColumn:
        return tr("Returned");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

void PostingListModel::sort(int column, Qt::SortOrder order)
{
    const auto less = [column](const PostingListRow& a, const PostingListRow& b) {
        switch (column) {
        case NameColumn:
            return compareNames(a.fullName, b.fullName) < 0;
        case DepartureColumn:
            return a.departure < b.departure;
        case PlannedReturnColumn:
            return a.plannedReturn < b.plannedReturn;
        case ReturnColumn:
            return a.actualReturn < b.actualReturn;
        case CardColumn:
            return a.partyCardNumber < b.partyCardNumber;
        case PurposeColumn:
            return static_cast<int>(a.purpose) < static_cast<int>(b.purpose);
        case CountriesColumn:
            return a.countryCodes.value(0) < b.countryCodes.value(0);
        default:
            return compareNames(a.homeUnitName, b.homeUnitName) < 0;
        }
    };
    beginResetModel();
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const PostingListRow& a, const PostingListRow& b) {
        return order == Qt::AscendingOrder ? less(a, b) : less(b, a);
    });
    endResetModel();
}

} // namespace orec::gui
