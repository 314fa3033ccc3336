#include "gui/audit_log_model.h"

#include "app/audit_service.h"
#include "gui/audit_change_formatter.h"
#include "gui/display_format.h"

namespace orec::gui {

AuditLogModel::AuditLogModel(app::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{}

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_complete = false;
    m_error.clear();
    endResetModel();
    fetchMore({});
}

void AuditLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return formatDateTime(row.entry.at);
        case UserColumn:
            return row.entry.user;
        case EntityColumn:
            return AuditChangeFormatter::entityName(row.entry.entity);
        case RecordColumn:
            return row.record;
        case ActionColumn:
            return AuditChangeFormatter::actionName(row.entry.action);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == RecordColumn)
        return row.entry.entityId;
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("When");
    case UserColumn:
        return tr("User");
    case EntityColumn:
        return tr("Record type");
    case RecordColumn:
        return tr("Record");
    case ActionColumn:
        return tr("What was done");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_complete)
        return;
    AuditFilter page = m_filter;
    page.limit = kPageSize;
    page.beforeId = m_rows.isEmpty() ? 0 : m_rows.constLast().entry.id;
    auto entries = app::AuditService(m_session).entries(page);
    if (!entries) {
        m_error = entries.error().toString();
        m_complete = true;
        return;
    }
    m_complete = entries->size() < kPageSize;
    if (entries->isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(entries->size()) - 1);
    for (AuditEntry& e : *entries) {
        Row row{std::move(e), {}};
        row.record = AuditChangeFormatter::recordLabel(row.entry);
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

} // namespace orec::gui
