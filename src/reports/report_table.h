// ReportTable: a list as plain data (columns, numbered rows, group headings, totals) for PDF, XLSX and CSV.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace orec::reports {

enum class ColumnType {
    Text,
    Number,
    Date,
};

enum class ColumnAlign {
    Left,
    Center,
    Right,
};

struct ReportColumn
{
    QString key;   // stable name for spreadsheets (an interchange header such as "ho_ten"); may be empty
    QString title; // header text as printed
    double widthMm = 25; // preferred width on paper; the layout scales all columns to the page
    ColumnType type = ColumnType::Text;
    ColumnAlign align = ColumnAlign::Left;
    QString group; // adjacent columns with the same group get one spanning header above them
};

enum class ItemKind {
    Row,   // a numbered data row
    Group, // a heading row spanning the table ("Nhật Bản — 12 đồng chí")
    Total, // an emphasised, unnumbered row ("Cộng")
};

struct ReportItem
{
    ItemKind kind = ItemKind::Row;
    int level = 0;      // groups: 0 outermost
    QString heading;    // groups only
    QVariantList cells; // rows and totals: one value per column (QString, QDate, int, double; null = blank)
};

struct ReportTable
{
    QList<ReportColumn> columns;
    QList<ReportItem> items;
    bool numbered = true;   // a first "TT" column numbers the rows 1..n across groups
    QString numberTitle;    // header of that column; empty = the translated "TT"
    double fontSizePt = 11; // body size on paper; headings use the same size in bold

    ReportColumn& addColumn(const QString& key, const QString& title, double widthMm,
                            ColumnType type = ColumnType::Text, ColumnAlign align = ColumnAlign::Left);
    void addGroup(const QString& heading, int level = 0);
    void addRow(const QVariantList& cells);
    void addTotal(const QVariantList& cells);

    int rowCount() const;             // data rows only
    QList<QVariantList> rows() const; // data rows only, in order
    QStringList headers() const;      // column titles, without the numbering column
    QString numberHeader() const;
};

// A value as printed: dates dd/MM/yyyy, whole numbers without decimals, others as text.
QString cellText(const QVariant& value);

} // namespace orec::reports
