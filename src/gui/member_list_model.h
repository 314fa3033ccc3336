// MemberListModel: the member register as a table that asks the database only for the pages a view shows,
// so 100,000 members scroll as smoothly as 100.
#pragma once

#include "app/session.h"
#include "storage/register_query_types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>
#include <optional>

namespace orec::gui {

class MemberListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        GenderColumn,
        DateOfBirthColumn,
        PartyCardColumn,
        CitizenIdColumn,
        AdmissionDateColumn,
        HomeUnitColumn,
        PresenceColumn,
        CountryColumn,
        CityColumn,
        CellColumn,
        CellTypeColumn,
        PurposeColumn,
        DepartureColumn,
        PlannedReturnColumn,
        DaysOverdueColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 100;
    static constexpr int kCachedPages = 40;
    // Qt::UserRole on any column: the member's row id.
    static constexpr int MemberIdRole = Qt::UserRole;

    explicit MemberListModel(app::Session& session, QObject* parent = nullptr);

    // Forgets every page read so far and reads the first page of what the filter keeps. When that page is
    // full, the members are counted just after it is painted (a keystroke shows its first rows without
    // waiting for a count of tens of thousands), and the rows past the first page then follow.
    void setFilter(const MemberFilter& filter);
    const MemberFilter& filter() const { return m_filter; }
    MemberSort memberSort() const { return m_sort; }
    // How many members the filter keeps; while isCounting(), only the rows of the first page.
    qint64 totalCount() const { return m_count; }
    bool isCounting() const { return m_countTimer.isActive(); }
    // Counts now if the count is still to come (before an export, in tests).
    void finishCounting();
    // The row, read from the database when its page is not cached.
    std::optional<MemberRow> rowAt(int row) const;
    qint64 memberIdAt(int row) const;
    // Forgets cached pages (after an edit) without changing the filter.
    void refresh();
    // Headers and texts in the new language or date format.
    void retranslate();
    QString lastError() const { return m_error; }
    // How many pages were read from the database since the filter was set (tests and benchmarks).
    int pagesRead() const { return m_pagesRead; }

    static bool isSortable(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The count is known (the first page was short, or the count came after it).
    void countChanged(qint64 count);

private:
    const QList<MemberRow>* page(int pageIndex) const;
    void countTheRest();
    QVariant display(const MemberRow& row, int column) const;

    app::Session& m_session;
    MemberFilter m_filter;
    MemberSort m_sort;
    qint64 m_count = 0;
    QTimer m_countTimer;
    // Reading a page is logically const: the cache is what makes data() cheap.
    mutable QHash<int, QList<MemberRow>> m_pages;
    mutable QList<int> m_pageOrder; // least recently used first
    mutable int m_pagesRead = 0;
    mutable QString m_error;
};

} // namespace orec::gui
