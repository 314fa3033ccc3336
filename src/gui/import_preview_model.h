// ImportPreviewModel: the rows of a sheet about to be imported, every invalid cell marked with its reason and
// duplicates apart; plain vectors and hashes, so a sheet of 100,000 rows shows at once.
#pragma once

#include "app/import_service.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace orec::gui {

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Show {
        AllRows,
        RowsWithProblems,
        Duplicates,
        RowsWithWarnings,
    };
    // Qt::UserRole: true on a cell (or any cell of a row) with a problem.
    static constexpr int ProblemRole = Qt::UserRole;
    static constexpr int DuplicateRole = Qt::UserRole + 1;
    // True on a cell (or any cell of a row) with a warning that does not stop the row.
    static constexpr int WarningRole = Qt::UserRole + 2;
    // True on a cell whose value is imported otherwise than written (a card number without its separators,
    // a date from an Excel number, a merged cell filled in); the tooltip shows what was written.
    static constexpr int ChangedRole = Qt::UserRole + 3;

    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(app::ImportPreview preview);
    const app::ImportPreview& preview() const { return m_preview; }
    void setShow(Show show);
    Show show() const { return m_show; }

    // The preview's row (index into ImportPreview::rows) a model row shows.
    int sourceRow(int row) const;
    int rowsWithProblems() const { return static_cast<int>(m_problemRows.size()); }
    int rowsWithWarnings() const { return static_cast<int>(m_warningRows.size()); }
    // Reasons for one cell of the preview (column -1: the row as a whole); empty when it is valid.
    QString reasons(int sourceRow, int column) const;
    // Warnings on one cell of the preview (column -1: the row as a whole); empty when there are none.
    QString warnings(int sourceRow, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static qint64 key(int row, int column)
    {
        return (static_cast<qint64>(row) << 20) | static_cast<qint64>(column + 1);
    }
    void rebuildVisible();

    app::ImportPreview m_preview;
    Show m_show = Show::AllRows;
    QHash<qint64, QStringList> m_cellReasons;  // (row, column) → reasons; column -1 for the whole row
    QHash<qint64, QStringList> m_cellWarnings; // the same for warnings
    QHash<qint64, QStringList> m_cellChanges;  // the same for values read otherwise than written
    QSet<qint64> m_duplicateCells;
    QList<int> m_problemRows;   // sorted
    QList<int> m_warningRows;   // sorted
    QList<int> m_duplicateRows; // sorted
    QList<int> m_visible;       // empty = every row (Show::AllRows)
    int m_columns = 0;
};

} // namespace orec::gui
