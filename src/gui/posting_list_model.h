// PostingListModel: a list of trips (departures or returns of a period, departures without approval,
// overdue), held as plain rows: such lists are hundreds or a few thousand long, never the whole register.
#pragma once

#include "core/posting.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QStringList>

namespace orec::gui {

struct PostingListRow
{
    qint64 memberId = 0;  // 0 when the list did not say (then found by card number)
    qint64 postingId = 0; // 0 when the list did not say
    QString fullName;
    QString partyCardNumber;
    QString homeUnitName;
    PostingPurpose purpose = PostingPurpose::OfficialMission;
    QStringList countryCodes;
    QString decisionNumber;
    QDate departure;
    QDate plannedReturn;
    QDate actualReturn;
    QString note; // status, days overdue, approval after the fact...
    bool alarm = false;
};

class PostingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CardColumn,
        HomeUnitColumn,
        PurposeColumn,
        CountriesColumn,
        DecisionColumn,
        DepartureColumn,
        PlannedReturnColumn,
        ReturnColumn,
        NoteColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<PostingListRow> rows);
    const PostingListRow& row(int index) const { return m_rows.at(index); }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    QList<PostingListRow> m_rows;
};

} // namespace orec::gui
