// ColumnMapping: reading a clerk's spreadsheet (CSV or XLSX) and matching its columns to the fields of the
// interchange format (DOMAIN.md), for sheets whose headers differ; the mapped rows go to the import.
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace orec::reports {

enum class InterchangeSheet {
    Members,
    Cells,
    Postings,
};

struct InterchangeField
{
    QString key;   // Vietnamese header ("ho_ten")
    QString alias; // English header ("full_name")
    bool required = false;
};

// The fields of one sheet of the interchange format, in the order DOMAIN.md lists them.
QList<InterchangeField> interchangeFields(InterchangeSheet sheet);

// A sheet as read: the header row and the data rows under it, each with its line in the file.
struct SheetData
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // 1-based line (CSV record start, XLSX row number) of each row
};

// .csv (UTF-8 with or without BOM, UTF-16 with BOM; delimiter guessed) or .xlsx (sheet `sheetIndex`).
// The header is the first non-blank row; blank rows below it are dropped, line numbers kept.
Result<SheetData> readSpreadsheet(const QString& path, int sheetIndex = 0);

// For every interchange field, the source column that feeds it (-1: none).
struct ColumnMapping
{
    QList<int> sourceColumn; // parallel to interchangeFields(sheet)

    // Required fields with no column: the mapping step must not go on while this is non-empty.
    QStringList missingRequired(InterchangeSheet sheet) const;
};

// Matches headers to fields whatever their case, diacritics, spacing or punctuation: the interchange key
// ("ho_ten"), its English alias ("full_name") or the words a clerk writes ("Họ và tên", "Ngày sinh",
// "Số CCCD", "Số thẻ Đảng viên"...). Each source column feeds one field at most.
ColumnMapping suggestMapping(const QStringList& header, InterchangeSheet sheet);

// The sheet rewritten with the interchange keys as header and one column per field (blank where
// unmapped): what the register's import reads. Line numbers are kept.
SheetData applyMapping(const SheetData& source, const ColumnMapping& mapping, InterchangeSheet sheet);

} // namespace orec::reports
