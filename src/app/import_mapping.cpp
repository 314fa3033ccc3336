#include "app/import_mapping.h"

#include "reports/column_mapping.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace orec::app {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::app)
};

reports::InterchangeSheet sheetOf(InterchangeTable table)
{
    switch (table) {
    case InterchangeTable::Members:
        return reports::InterchangeSheet::Members;
    case InterchangeTable::Cells:
        return reports::InterchangeSheet::Cells;
    case InterchangeTable::Postings:
        return reports::InterchangeSheet::Postings;
    }
    return reports::InterchangeSheet::Members;
}

QString keyOf(const InterchangeColumn* c)
{
    return c ? QString::fromLatin1(c->header) : QString();
}

} // namespace

ColumnMap suggestColumnMap(InterchangeTable table, const QStringList& header)
{
    ColumnMap map;
    QSet<QString> taken;
    QList<bool> matched(header.size(), false);
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString key = keyOf(columnForHeader(table, header.at(i).trimmed()));
        if (!key.isEmpty() && !taken.contains(key)) {
            map.insert(header.at(i).trimmed(), key);
            taken.insert(key);
            matched[i] = true;
        }
    }
    // What the exact names left: the clerk's words, as the reports layer knows them.
    const reports::ColumnMapping guess = reports::suggestMapping(header, sheetOf(table));
    const QList<reports::InterchangeField> fields = reports::interchangeFields(sheetOf(table));
    for (qsizetype f = 0; f < fields.size(); ++f) {
        const int column = guess.sourceColumn.value(f, -1);
        const QString key = fields.at(f).key;
        if (column < 0 || matched.at(column) || taken.contains(key) || !columnForHeader(table, key))
            continue;
        map.insert(header.at(column).trimmed(), key);
        taken.insert(key);
        matched[column] = true;
    }
    return map;
}

Result<ColumnMap> parseColumnMap(InterchangeTable table, const QString& text)
{
    // An entry ends only after "=key" and a separator, so a header may hold commas ("Ngày, tháng, năm sinh").
    static const QRegularExpression entry(
        QStringLiteral("\\G[\\s,;]*([^=]+?)\\s*=\\s*([A-Za-z_]*)\\s*(?:[,;]|$)"));
    ColumnMap map;
    qsizetype at = 0;
    const QString input = text.trimmed();
    while (at < input.size()) {
        const QRegularExpressionMatch m = entry.match(input, at);
        if (!m.hasMatch()) {
            if (input.mid(at).trimmed().remove(QRegularExpression(QStringLiteral("[,;\\s]"))).isEmpty())
                break;
            return Error(
                ErrorCode::Usage,
                Texts::tr("Cannot read the column map at \"%1\": write HEADER=field, separated by commas.")
                    .arg(input.mid(at)));
        }
        const QString header = m.captured(1).trimmed();
        const QString field = m.captured(2);
        QString key;
        if (!field.isEmpty()) {
            key = keyOf(columnForHeader(table, field));
            if (key.isEmpty())
                return Error(ErrorCode::Usage,
                             Texts::tr("The %1 table has no field \"%2\" (column map entry \"%3\").")
                                 .arg(interchangeTableName(table), field, header));
        }
        map.insert(header, key);
        at = m.capturedEnd(0);
    }
    return map;
}

QString formatColumnMap(const ColumnMap& map, const QStringList& header)
{
    QStringList entries;
    for (const QString& h : header) {
        const QString text = h.trimmed();
        if (map.contains(text))
            entries << text + QLatin1Char('=') + map.value(text);
    }
    return entries.join(QStringLiteral(", "));
}

QStringList fieldsOfColumns(InterchangeTable table, const QStringList& header, const ColumnMap& map)
{
    QStringList fields(header.size());
    QSet<QString> taken;
    // The map first: what the user said wins over what a header happens to be called.
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString text = header.at(i).trimmed();
        if (!map.contains(text))
            continue;
        // The map may name a field by its English alias; the import reads keys.
        const QString key = keyOf(columnForHeader(table, map.value(text)));
        if (!key.isEmpty() && !taken.contains(key)) {
            fields[i] = key;
            taken.insert(key);
        }
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString text = header.at(i).trimmed();
        if (map.contains(text))
            continue;
        const QString key = keyOf(columnForHeader(table, text));
        if (!key.isEmpty() && !taken.contains(key)) {
            fields[i] = key;
            taken.insert(key);
        }
    }
    return fields;
}

QStringList missingRequiredFields(InterchangeTable table, const QStringList& fields)
{
    QStringList missing;
    for (const InterchangeColumn& c : interchangeColumns(table)) {
        if (c.required && !fields.contains(QString::fromLatin1(c.header)))
            missing << QString::fromLatin1(c.header);
    }
    if (table == InterchangeTable::Postings && !fields.contains(QString::fromLatin1(column::kPartyCard)) &&
        !fields.contains(QString::fromLatin1(column::kCitizenId)))
        missing << QStringLiteral("%1|%2").arg(QString::fromLatin1(column::kPartyCard),
                                               QString::fromLatin1(column::kCitizenId));
    return missing;
}

} // namespace orec::app
