#include "reports/report_table.h"

#include <QCoreApplication>
#include <cmath>

namespace orec::reports {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::reports)
};

} // namespace

ReportColumn& ReportTable::addColumn(const QString& key, const QString& title, double widthMm,
                                     ColumnType type, ColumnAlign align)
{
    ReportColumn column;
    column.key = key;
    column.title = title;
    column.widthMm = widthMm;
    column.type = type;
    column.align = align;
    columns.append(column);
    return columns.last();
}

void ReportTable::addGroup(const QString& heading, int level)
{
    ReportItem item;
    item.kind = ItemKind::Group;
    item.level = level;
    item.heading = heading;
    items.append(item);
}

void ReportTable::addRow(const QVariantList& cells)
{
    ReportItem item;
    item.kind = ItemKind::Row;
    item.cells = cells;
    items.append(item);
}

void ReportTable::addTotal(const QVariantList& cells)
{
    ReportItem item;
    item.kind = ItemKind::Total;
    item.cells = cells;
    items.append(item);
}

int ReportTable::rowCount() const
{
    int n = 0;
    for (const ReportItem& item : items)
        n += item.kind == ItemKind::Row ? 1 : 0;
    return n;
}

QList<QVariantList> ReportTable::rows() const
{
    QList<QVariantList> result;
    result.reserve(rowCount());
    for (const ReportItem& item : items) {
        if (item.kind == ItemKind::Row)
            result.append(item.cells);
    }
    return result;
}

QStringList ReportTable::headers() const
{
    QStringList result;
    for (const ReportColumn& c : columns)
        result << c.title;
    return result;
}

QString ReportTable::numberHeader() const
{
    // Party documents head the numbering column "TT" (thứ tự).
    return numberTitle.isEmpty() ? Texts::tr("TT") : numberTitle;
}

QString cellText(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case QMetaType::QDateTime:
        return value.toDateTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 15);
    }
    default:
        return value.toString();
    }
}

} // namespace orec::reports
