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
    // The second byte puts one input in four under tiny limits, so every refusal is explored too.
    if (size > 1 && data[1] % 4 == 0) {
        options.maxFieldChars = 16;
        options.maxRecordChars = 64;
        options.maxFields = 8;
        options.maxCells = 100;
        options.maxIssues = 4;
    }
    auto table = orec::reports::CsvReader::parse(bytes, options);
    if (table.ok()) {
        // Touch every field so lazily shared data is really read, and hold the reader to its limits.
        qint64 cells = 0;
        for (const auto& record : table->records) {
            qsizetype chars = 0;
            for (const QString& field : record.fields) {
                if (field.size() > options.maxFieldChars)
                    __builtin_trap();
                chars += field.size();
            }
            if (chars > options.maxRecordChars || record.fields.size() > options.maxFields)
                __builtin_trap();
            cells += record.fields.size();
            if (record.line <= 0)
                __builtin_trap(); // lines are 1-based
        }
        if (cells > options.maxCells || table->issues.size() > options.maxIssues)
            __builtin_trap();
    }
    return 0;
}
