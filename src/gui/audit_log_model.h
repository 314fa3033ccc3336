// AuditLogModel: the audit log as a table, newest first, fetched a page at a time as the view scrolls.
#pragma once

#include "app/session.h"
#include "storage/audit_log.h"

#include <QAbstractTableModel>

namespace orec::gui {

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, EntityColumn, RecordColumn, ActionColumn, ColumnCount };

    explicit AuditLogModel(app::Session& session, QObject* parent = nullptr);

    // Starts again from the newest entry that passes the filter (limit and beforeId are the model's).
    void setFilter(const AuditFilter& filter);
    const AuditEntry& entry(int row) const { return m_rows.at(row).entry; }
    // Headers and record types in the new language.
    void retranslate();
    // The error of the last query, empty when it worked.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static constexpr int kPageSize = 200;

private:
    struct Row
    {
        AuditEntry entry;
        QString record; // parsed once: the JSON may be long
    };

    app::Session& m_session;
    AuditFilter m_filter;
    QList<Row> m_rows;
    bool m_complete = false;
    QString m_error;
};

} // namespace orec::gui
