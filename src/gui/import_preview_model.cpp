#include "gui/import_preview_model.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

namespace orec::gui {

namespace {
const QColor kProblem(0xff, 0xcd, 0xd2);   // light red
const QColor kDuplicate(0xff, 0xe0, 0xb2); // light orange
const QColor kRowProblem(0xff, 0xeb, 0xee);
const QColor kWarning(0xff, 0xf5, 0x9d); // light yellow
const QColor kChanged(0xe1, 0xf5, 0xfe); // light blue: read otherwise than written
} // namespace

void ImportPreviewModel::setPreview(app::ImportPreview preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    m_cellReasons.clear();
    m_cellWarnings.clear();
    m_cellChanges.clear();
    m_duplicateCells.clear();
    m_problemRows.clear();
    m_warningRows.clear();
    m_duplicateRows.clear();
    m_columns = static_cast<int>(m_preview.header.size());
    for (const QStringList& row : std::as_const(m_preview.rows))
        m_columns = std::max(m_columns, static_cast<int>(row.size()));
    QSet<int> problemRows;
    for (const app::ImportCellMark& mark : std::as_const(m_preview.marks)) {
        m_cellReasons[key(mark.row, mark.column)].append(mark.reason);
        problemRows.insert(mark.row);
    }
    QSet<int> warningRows;
    for (const app::ImportCellMark& mark : std::as_const(m_preview.warningMarks)) {
        m_cellWarnings[key(mark.row, mark.column)].append(mark.reason);
        warningRows.insert(mark.row);
    }
    for (const app::ImportCellMark& mark : std::as_const(m_preview.changeMarks))
        m_cellChanges[key(mark.row, mark.column)].append(mark.reason);
    m_warningRows = warningRows.values();
    std::sort(m_warningRows.begin(), m_warningRows.end());
    // Duplicates name their line and header; the preview's rows are found by line.
    QHash<int, int> rowOfLine;
    for (qsizetype i = 0; i < m_preview.lines.size(); ++i)
        rowOfLine.insert(m_preview.lines.at(i), static_cast<int>(i));
    QSet<int> duplicateRows;
    for (const app::ImportDuplicate& d : std::as_const(m_preview.report.duplicates)) {
        const auto row = rowOfLine.constFind(d.line);
        if (row == rowOfLine.constEnd())
            continue;
        m_duplicateCells.insert(key(*row, static_cast<int>(m_preview.header.indexOf(d.column))));
        duplicateRows.insert(*row);
        // The first occurrence in the file is shown too: the clerk decides which one is right.
        if (d.firstLine > 0) {
            if (const auto first = rowOfLine.constFind(d.firstLine); first != rowOfLine.constEnd())
                duplicateRows.insert(*first);
        }
    }
    m_problemRows = problemRows.values();
    std::sort(m_problemRows.begin(), m_problemRows.end());
    m_duplicateRows = duplicateRows.values();
    std::sort(m_duplicateRows.begin(), m_duplicateRows.end());
    rebuildVisible();
    endResetModel();
}

void ImportPreviewModel::setShow(Show show)
{
    if (show == m_show)
        return;
    beginResetModel();
    m_show = show;
    rebuildVisible();
    endResetModel();
}

void ImportPreviewModel::rebuildVisible()
{
    switch (m_show) {
    case Show::AllRows:
        m_visible.clear();
        break;
    case Show::RowsWithProblems:
        m_visible = m_problemRows;
        break;
    case Show::Duplicates:
        m_visible = m_duplicateRows;
        break;
    case Show::RowsWithWarnings:
        m_visible = m_warningRows;
        break;
    }
}

int ImportPreviewModel::sourceRow(int row) const
{
    return m_show == Show::AllRows ? row : m_visible.value(row, -1);
}

QString ImportPreviewModel::reasons(int sourceRow, int column) const
{
    return m_cellReasons.value(key(sourceRow, column)).join(QLatin1Char('\n'));
}

QString ImportPreviewModel::warnings(int sourceRow, int column) const
{
    return m_cellWarnings.value(key(sourceRow, column)).join(QLatin1Char('\n'));
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_show == Show::AllRows ? static_cast<int>(m_preview.rows.size())
                                   : static_cast<int>(m_visible.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = sourceRow(index.row());
    if (row < 0 || row >= m_preview.rows.size())
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return m_preview.rows.at(row).value(column);
    case Qt::ToolTipRole: {
        QStringList all;
        const auto cell = m_cellReasons.constFind(key(row, column));
        if (cell != m_cellReasons.constEnd())
            all += *cell;
        const auto whole = m_cellReasons.constFind(key(row, -1));
        if (whole != m_cellReasons.constEnd())
            all += *whole;
        for (const qint64 k : {key(row, column), key(row, -1)}) {
            if (const auto warned = m_cellWarnings.constFind(k); warned != m_cellWarnings.constEnd()) {
                for (const QString& w : *warned)
                    all.append(tr("Warning: %1").arg(w));
            }
        }
        if (const auto changed = m_cellChanges.constFind(key(row, column));
            changed != m_cellChanges.constEnd())
            all += *changed;
        return all.isEmpty() ? QVariant() : QVariant(all.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole:
        if (m_duplicateCells.contains(key(row, column)))
            return QBrush(kDuplicate);
        if (m_cellReasons.contains(key(row, column)))
            return QBrush(kProblem);
        if (m_cellReasons.contains(key(row, -1)))
            return QBrush(kRowProblem);
        if (m_cellWarnings.contains(key(row, column)))
            return QBrush(kWarning);
        if (m_cellChanges.contains(key(row, column)))
            return QBrush(kChanged);
        return {};
    case ProblemRole:
        return m_cellReasons.contains(key(row, column)) || m_cellReasons.contains(key(row, -1));
    case DuplicateRole:
        return m_duplicateCells.contains(key(row, column));
    case WarningRole:
        return m_cellWarnings.contains(key(row, column)) || m_cellWarnings.contains(key(row, -1));
    case ChangedRole:
        return m_cellChanges.contains(key(row, column));
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        const int row = sourceRow(section);
        if (row < 0 || row >= m_preview.lines.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_preview.lines.at(row); // the line the clerk finds in the spreadsheet
        if (role == Qt::ToolTipRole) {
            QStringList whole;
            if (const QString r = reasons(row, -1); !r.isEmpty())
                whole.append(r);
            if (const QString w = warnings(row, -1); !w.isEmpty())
                whole.append(tr("Warning: %1").arg(w));
            return whole.isEmpty() ? QVariant() : QVariant(whole.join(QLatin1Char('\n')));
        }
        if (role == Qt::ForegroundRole &&
            std::binary_search(m_problemRows.cbegin(), m_problemRows.cend(), row))
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    }
    if (role == Qt::DisplayRole) {
        const QString header = m_preview.header.value(section);
        const QString field = m_preview.fields.value(section);
        // Which field the column feeds, under its header: what the import will do with it.
        if (field.isEmpty())
            return header + QStringLiteral("\n—");
        return header.trimmed() == field
                   ? header + QStringLiteral("\n ")
                   : header + QStringLiteral("\n→ ") + app::interchangeColumnTitle(field);
    }
    if (role == Qt::ToolTipRole && m_preview.fields.value(section).isEmpty())
        return tr("This column is not imported.");
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace orec::gui
