// Limits on spreadsheet files read for import (CSV, XLSX), far above what any record field may hold
// (docs/domain.md, "Field lengths"), so that a hostile or broken file is refused before it is parsed
// into records.
#pragma once

#include <QtGlobal>

namespace orec::reports::input_limits {

// A 100,000-member register with every column filled is about 20 MB as CSV (bench_reports writes
// one): 64 MiB is three times that. A larger register is imported in parts.
inline constexpr qint64 kMaxFileBytes = qint64(64) * 1024 * 1024;
// Excel's own limit for one cell. No field of the interchange format allows more than 10,000
// characters (notes), so a longer cell is refused as soon as it is seen, never held as a record.
inline constexpr qsizetype kMaxCellChars = 32767;
// One CSV record (a line, or several when quoted fields hold line breaks), all its fields together.
inline constexpr qsizetype kMaxRecordChars = qsizetype(1) << 20;
// Excel's sheet size.
inline constexpr int kMaxColumns = 16384;
inline constexpr int kMaxRows = 1048576;
// Cells held for a whole sheet, empty ones included (a cell far to the right pads its row): five
// times the 100,000 rows × 20 columns of the largest register benchmarked.
inline constexpr qint64 kMaxCells = 10'000'000;
// Stray quotes a CSV reader gets past; more and the file is not CSV worth guessing at.
inline constexpr int kMaxCsvIssues = 1000;
// The largest part of an .xlsx once inflated (a worksheet of 100,000 rows is about 60 MB of XML).
inline constexpr qint64 kMaxPartBytes = qint64(256) * 1024 * 1024;

} // namespace orec::reports::input_limits
