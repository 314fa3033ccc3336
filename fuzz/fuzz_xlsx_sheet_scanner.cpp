// libFuzzer target: the worksheet and shared-string byte scanner must give up on, never crash on, any bytes.
#include "reports/xlsx_sheet_scanner.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // Every third input under tiny limits, so the refusals (a long cell, too many cells) are explored too.
    orec::reports::xlsx_scan::SheetLimits limits;
    if (size % 3 == 0) {
        limits.maxCellChars = 8;
        limits.maxCells = 64;
    }
    QString refusal;
    const auto shared = orec::reports::xlsx_scan::scanSharedStrings(bytes, limits, &refusal);
    const QStringList strings = shared ? *shared : QStringList{QStringLiteral("a"), QStringLiteral("b")};
    const QSet<int> dates{1, 2};
    const orec::reports::xlsx_scan::SheetContext context{&strings, &dates, size % 2 == 0};
    const auto sheet = orec::reports::xlsx_scan::scanWorksheet(bytes, context, limits, &refusal);
    if (sheet) {
        qint64 cells = 0;
        for (const QStringList& row : sheet->rows) {
            cells += 1 + row.size();
            for (const QString& cell : row) {
                if (cell.size() > limits.maxCellChars)
                    __builtin_trap(); // a limit the scanner promised
            }
        }
        if (cells > limits.maxCells)
            __builtin_trap();
    }
    return 0;
}
