// libFuzzer target: the worksheet and shared-string byte scanner must give up on, never crash on, any bytes.
#include "reports/xlsx_sheet_scanner.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto shared = orec::reports::xlsx_scan::scanSharedStrings(bytes);
    const QStringList strings = shared ? *shared : QStringList{QStringLiteral("a"), QStringLiteral("b")};
    const QSet<int> dates{1, 2};
    const orec::reports::xlsx_scan::SheetContext context{&strings, &dates, size % 2 == 0};
    (void)orec::reports::xlsx_scan::scanWorksheet(bytes, context, 1048576, 16384);
    return 0;
}
