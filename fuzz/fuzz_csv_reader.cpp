// libFuzzer target: CsvReader must never crash, hang or read out of bounds, whatever the bytes.
#include "reports/csv_reader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    // The first byte picks the options so every delimiter path is explored.
    orec::reports::CsvReadOptions options;
    if (size > 0) {
        switch (data[0] % 5) {
        case 1:
            options.delimiter = QLatin1Char(',');
            break;
        case 2:
            options.delimiter = QLatin1Char(';');
            break;
        case 3:
            options.delimiter = QLatin1Char('\t');
            break;
        case 4:
            options.skipBlankRecords = false;
            break;
        default:
            break;
        }
    }
    auto table = orec::reports::CsvReader::parse(bytes, options);
    if (table.ok()) {
        // Touch every field so lazily shared data is really read.
        qsizetype total = 0;
        for (const auto& record : table->records) {
            for (const QString& field : record.fields)
                total += field.size();
            if (record.line <= 0)
                __builtin_trap(); // lines are 1-based
        }
        (void)total;
    }
    return 0;
}
