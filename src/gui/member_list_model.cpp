#include "gui/member_list_model.h"

#include "app/query_service.h"
#include "core/member.h"
#include "gui/background_work.h"
#include "gui/display_format.h"
#include "gui/register_labels.h"

#include <QBrush>
#include <QColor>

namespace orec::gui {

MemberListModel::MemberListModel(app::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    // A timer, not a queued call: it fires after the posted repaint, so the first rows are on screen first.
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(0);
    connect(&m_countTimer, &QTimer::timeout, this, &MemberListModel::countTheRest);
}

void MemberListModel::setFilter(const MemberFilter& filter)
{
    beginResetModel();
    m_countTimer.stop();
    m_filter = filter;
    m_pages.clear();
    m_pageOrder.clear();
    m_pagesRead = 0;
    m_error.clear();
    const QList<MemberRow>* first = page(0);
    m_count = first ? first->size() : 0;
    const bool full = first && first->size() >= kPageSize;
    endResetModel();
    if (full)
        m_countTimer.start();
    else
        Q_EMIT countChanged(m_count);
}

void MemberListModel::finishCounting()
{
    if (!m_countTimer.isActive())
        return;
    m_countTimer.stop();
    countTheRest();
}

void MemberListModel::countTheRest()
{
    if (BackgroundWork::registerBusy()) { // counted once the worker is done with the register
        m_countTimer.start(100);
        return;
    }
    m_countTimer.setInterval(0);
    m_error.clear();
    auto counted = app::QueryService(m_session).countMembers(m_filter);
    if (!counted) {
        m_error = counted.error().toString();
        Q_EMIT countChanged(m_count); // the first page stays; the count label says what it has
        return;
    }
    const qint64 total = *counted;
    if (total > m_count) {
        const auto last = static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max()) - 1);
        beginInsertRows({}, rowCount(), last);
        m_count = total;
        endInsertRows();
    } else if (total < m_count) {
        // Only if the register changed between the page and the count: start over with what is there now.
        beginResetModel();
        m_count = total;
        m_pages.clear();
        m_pageOrder.clear();
        endResetModel();
    }
    Q_EMIT countChanged(m_count);
}

void MemberListModel::refresh()
{
    setFilter(m_filter);
}

void MemberListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const QList<MemberRow>* MemberListModel::page(int pageIndex) const
{
    auto found = m_pages.find(pageIndex);
    if (found != m_pages.end()) {
        m_pageOrder.removeOne(pageIndex);
        m_pageOrder.append(pageIndex);
        return &found.value();
    }
    // A worker has the register (an import, an export): the rows stay blank until it ends and repaints.
    if (BackgroundWork::registerBusy())
        return nullptr;
    auto rows = app::QueryService(m_session).members(m_filter, m_sort,
                                                     static_cast<qint64>(pageIndex) * kPageSize, kPageSize);
    ++m_pagesRead;
    if (!rows) {
        m_error = rows.error().toString();
        return nullptr;
    }
    if (m_pageOrder.size() >= kCachedPages)
        m_pages.remove(m_pageOrder.takeFirst());
    m_pageOrder.append(pageIndex);
    return &m_pages.insert(pageIndex, std::move(*rows)).value();
}

std::optional<MemberRow> MemberListModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const QList<MemberRow>* rows = page(row / kPageSize);
    const int offset = row % kPageSize;
    if (!rows || offset >= rows->size())
        return std::nullopt;
    return rows->at(offset);
}

qint64 MemberListModel::memberIdAt(int row) const
{
    const auto found = rowAt(row);
    return found ? found->id : 0;
}

int MemberListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0
                            : static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int MemberListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberListModel::display(const MemberRow& row, int column) const
{
    const bool away = row.presence != MemberPresence::AtHome;
    switch (column) {
    case NameColumn:
        return row.fullName;
    case GenderColumn:
        return row.gender == Gender::Unspecified ? QString() : displayName(row.gender);
    case DateOfBirthColumn:
        return formatDate(row.dateOfBirth);
    case PartyCardColumn:
        // Found by a card number the member no longer holds: the list says so beside the current one.
        if (!row.earlierCardMatch.isEmpty())
            return tr("%1 (earlier: %2)").arg(row.partyCardNumber, row.earlierCardMatch);
        return row.partyCardNumber;
    case CitizenIdColumn:
        return row.citizenId;
    case AdmissionDateColumn:
        return formatDate(row.admissionDate);
    case HomeUnitColumn:
        return row.homeUnitName;
    case PresenceColumn:
        if (row.presence == MemberPresence::Overdue)
            return tr("Overdue by %n day(s)", nullptr, row.daysOverdue);
        return RegisterLabels::presence(row.presence);
    case CountryColumn:
        return away ? RegisterLabels::country(row.countryCode) : QString();
    case CityColumn:
        return away ? row.city : QString();
    case CellColumn:
        return away ? row.cellName : QString();
    case CellTypeColumn:
        return away && row.cellType ? displayName(*row.cellType) : QString();
    case PurposeColumn:
        return away ? displayName(row.purpose) : QString();
    case DepartureColumn:
        return away ? formatDate(row.departure) : QString();
    case PlannedReturnColumn:
        return away ? formatDate(row.plannedReturn) : QString();
    case DaysOverdueColumn:
        return row.daysOverdue > 0 ? QVariant(row.daysOverdue) : QVariant();
    default:
        return {};
    }
}

QVariant MemberListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole &&
        role != MemberIdRole && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == DaysOverdueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const auto row = rowAt(index.row());
    if (!row)
        return role == Qt::DisplayRole && index.column() == NameColumn ? QVariant(QStringLiteral("…"))
                                                                       : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case MemberIdRole:
        return row->id;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && row->isProbationary())
            return tr("Probationary member");
        return {};
    case Qt::ForegroundRole:
        if (row->presence == MemberPresence::Overdue || row->presence == MemberPresence::DidNotReturn)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (row->presence == MemberPresence::LostContact)
            return QBrush(QColor(0xe6, 0x51, 0x00));
        return {};
    default:
        return {};
    }
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Full name");
    case GenderColumn:
        return tr("Gender");
    case DateOfBirthColumn:
        return tr("Date of birth");
    case PartyCardColumn:
        return tr("Party card no.");
    case CitizenIdColumn:
        return tr("Citizen ID");
    case AdmissionDateColumn:
        return tr("Admitted");
    case HomeUnitColumn:
        return tr("Home unit");
    case PresenceColumn:
        return tr("Where now");
    case CountryColumn:
        return tr("Country");
    case CityColumn:
        return tr("City");
    case CellColumn:
        return tr("Overseas cell");
    case CellTypeColumn:
        return tr("Cell type");
    case PurposeColumn:
        return tr("Purpose");
    case DepartureColumn:
        return tr("Departed");
    case PlannedReturnColumn:
        return tr("Planned return");
    case DaysOverdueColumn:
        return tr("Days overdue");
    default:
        return {};
    }
}

bool MemberListModel::isSortable(int column)
{
    switch (column) {
    case NameColumn:
    case PartyCardColumn:
    case DateOfBirthColumn:
    case AdmissionDateColumn:
    case CountryColumn:
    case PlannedReturnColumn:
    case DaysOverdueColumn:
        return true;
    default:
        return false;
    }
}

void MemberListModel::sort(int column, Qt::SortOrder order)
{
    MemberSort next;
    next.descending = order == Qt::DescendingOrder;
    switch (column) {
    case NameColumn:
        next.key = MemberSortKey::Name;
        break;
    case PartyCardColumn:
        next.key = MemberSortKey::PartyCard;
        break;
    case DateOfBirthColumn:
        next.key = MemberSortKey::DateOfBirth;
        break;
    case AdmissionDateColumn:
        next.key = MemberSortKey::AdmissionDate;
        break;
    case CountryColumn:
        next.key = MemberSortKey::Country;
        break;
    case PlannedReturnColumn:
        next.key = MemberSortKey::PlannedReturn;
        break;
    // The most overdue are those whose planned return is the oldest.
    case DaysOverdueColumn:
        next.key = MemberSortKey::PlannedReturn;
        next.descending = order != Qt::DescendingOrder;
        break;
    default:
        return;
    }
    if (next.key == m_sort.key && next.descending == m_sort.descending)
        return;
    beginResetModel();
    m_sort = next;
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
}

} // namespace orec::gui
