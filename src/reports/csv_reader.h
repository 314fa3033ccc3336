// CsvReader: RFC 4180 comma-separated values as spreadsheets write them, tolerant of what they get wrong.
#pragma once

#include "core/result.h"
#include "reports/input_limits.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace orec::reports {

// One record with the physical line (1-based) it starts on, so a message can point at it even when
// a quoted field before it spanned several lines.
struct CsvRecord
{
    QStringList fields;
    int line = 0;
};

// Something odd the reader got past without giving up (a stray quote, a file ending inside quotes).
struct CsvIssue
{
    int line = 0;
    QString message; // translated
};

struct CsvTable
{
    QList<CsvRecord> records; // the header is records[0] when the file has one
    QList<CsvIssue> issues;
    QChar delimiter;
    bool hadByteOrderMark = false;
};

struct CsvReadOptions
{
    // 0: guess from the first record among ',', ';' (Excel with a Vietnamese or European list
    // separator) and tab (Excel's "Unicode text").
    QChar delimiter = QChar(0);
    // Records whose every field is blank are dropped (spreadsheets leave them below the data).
    bool skipBlankRecords = true;
    // Larger input is refused before parsing, so a hostile file cannot exhaust memory.
    qsizetype maxBytes = input_limits::kMaxFileBytes;
    // A field, a record, the fields of one record and of the whole file: the first one over its limit
    // stops the parse with ErrorCode::Invalid naming its line, before the rest is held in memory.
    qsizetype maxFieldChars = input_limits::kMaxCellChars;
    qsizetype maxRecordChars = input_limits::kMaxRecordChars;
    int maxFields = input_limits::kMaxColumns;
    qint64 maxCells = input_limits::kMaxCells;
    int maxIssues = input_limits::kMaxCsvIssues;
};

// Accepts UTF-8 with or without a byte-order mark, and UTF-16 with one (Excel's "Unicode text");
// CRLF, LF or CR line ends; quoted fields with doubled quotes, delimiters and line breaks inside.
// Bytes that are not UTF-8 are refused (ErrorCode::Invalid naming the line) rather than guessed at:
// "save as CSV UTF-8" is the fix to tell the clerk. A field, record or file over the limits of
// CsvReadOptions is refused the same way. Never crashes, whatever the input.
class CsvReader
{
public:
    static Result<CsvTable> parse(const QByteArray& bytes, const CsvReadOptions& options = {});
    static Result<CsvTable> readFile(const QString& path, const CsvReadOptions& options = {});
    // The text after decoding, for callers that have it already.
    static Result<CsvTable> parseText(const QString& text, const CsvReadOptions& options = {});
};

} // namespace orec::reports
