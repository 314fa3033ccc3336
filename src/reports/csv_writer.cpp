#include "reports/csv_writer.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace orec::reports {

namespace {
// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::reports)
};
} // namespace

QString CsvWriter::encodeField(const QString& field) const
{
    bool needsQuotes = field.contains(m_options.delimiter) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()))
        needsQuotes = true;
    if (!needsQuotes)
        return field;
    QString out;
    out.reserve(field.size() + 2);
    out.append(QLatin1Char('"'));
    for (const QChar c : field) {
        if (c == QLatin1Char('"'))
            out.append(QLatin1Char('"'));
        out.append(c);
    }
    out.append(QLatin1Char('"'));
    return out;
}

QString CsvWriter::encodeRecord(const QStringList& fields) const
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(m_options.delimiter);
        line.append(encodeField(fields[i]));
    }
    // A record of one empty field would read back as a blank line; quoting keeps it a record.
    if (fields.size() == 1 && fields.first().isEmpty())
        line = QStringLiteral("\"\"");
    line.append(m_options.crlf ? QStringLiteral("\r\n") : QStringLiteral("\n"));
    return line;
}

QByteArray CsvWriter::encode(const QList<QStringList>& records) const
{
    QString text;
    if (m_options.byteOrderMark)
        text.append(QChar(0xFEFF));
    for (const QStringList& r : records)
        text.append(encodeRecord(r));
    return text.toUtf8();
}

Status CsvWriter::writeFile(const QString& path, const QList<QStringList>& records) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, Texts::tr("The file cannot be written: %1.").arg(file.errorString()),
                     path);
    // Owner-only before a byte is written: the records leave the encrypted database here.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error(ErrorCode::Io, Texts::tr("The file cannot be written: %1.").arg(file.errorString()),
                     path);
    const QByteArray bytes = encode(records);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io, Texts::tr("The file cannot be written: %1.").arg(file.errorString()),
                     path);
    return {};
}

} // namespace orec::reports
