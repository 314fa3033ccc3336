// ReportsDueModel: reports not yet received whose due date has come or is near, the most overdue first,
// paged.
#pragma once

#include "app/session.h"
#include "storage/register_query_types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace orec::gui {

class ReportsDueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DueColumn,
        LateColumn,
        MemberColumn,
        CardColumn,
        KindColumn,
        PostingColumn,
        ActionColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit ReportsDueModel(app::Session& session, QObject* parent = nullptr);

    void setFilter(const ReportDueFilter& filter);
    const ReportDueFilter& filter() const { return m_filter; }
    void refresh() { setFilter(m_filter); }
    void retranslate();
    std::optional<ReportDueRow> rowAt(int row) const;
    qint64 totalCount() const { return m_count; }
    QString lastError() const { return m_error; }
    // The Late column: "1,827 days" (red, under the header "Late"), "due today" or "in 5 days"; the number
    // grouped as the language writes it.
    static QString lateText(int daysLate);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    app::Session& m_session;
    ReportDueFilter m_filter;
    qint64 m_count = 0;
    mutable QHash<int, QList<ReportDueRow>> m_pages;
    mutable QString m_error;
};

} // namespace orec::gui
