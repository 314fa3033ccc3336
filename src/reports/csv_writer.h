// CsvWriter: RFC 4180 output that spreadsheets open as UTF-8 (byte-order mark, CRLF, quoting where needed).
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace orec::reports {

struct CsvWriteOptions
{
    QChar delimiter = QLatin1Char(',');
    bool byteOrderMark = true; // Excel reads a BOM-less file in the local ANSI code page
    bool crlf = true;          // RFC 4180 line ends
};

class CsvWriter
{
public:
    explicit CsvWriter(const CsvWriteOptions& options = {}) : m_options(options) {}

    // One field as it must be written: quoted when it holds the delimiter, a quote, a line break or
    // blanks at either end (which spreadsheets would otherwise trim), quotes doubled.
    QString encodeField(const QString& field) const;
    QString encodeRecord(const QStringList& fields) const;
    // A whole table, UTF-8, with the byte-order mark when the options ask for it.
    QByteArray encode(const QList<QStringList>& records) const;
    // Written to a temporary file first and renamed, so a failed write never leaves half a file.
    Status writeFile(const QString& path, const QList<QStringList>& records) const;

private:
    CsvWriteOptions m_options;
};

} // namespace orec::reports
