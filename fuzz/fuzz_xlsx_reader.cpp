// libFuzzer target: the ZIP container and XLSX reader must refuse, never crash on, any bytes.
#include "reports/xlsx_reader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto reader = orec::reports::XlsxReader::fromData(bytes);
    if (reader.ok()) {
        for (int i = 0; i < reader->sheetNames().size() && i < 4; ++i)
            (void)reader->sheet(i);
    }
    return 0;
}
