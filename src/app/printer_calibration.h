// PrinterCalibration: each printer's offsets for the overlay on pre-printed forms (2-SHĐ), kept in the
// user's settings under the printer's name, shared by the windows and `orec`.
#pragma once

#include "core/result.h"
#include "reports/fixed_form.h"

#include <QString>

namespace orec::app {

class PrinterCalibration
{
public:
    // The offsets saved for `printerName` (an empty name: the default printer's); none saved: 0, 0.
    static reports::PrinterOffset offsetFor(const QString& printerName);
    // Refuses offsets beyond PrinterOffset::kLimitMm with the reason.
    static Status save(const QString& printerName, const reports::PrinterOffset& offset);

private:
    static QString key(const QString& printerName);
};

} // namespace orec::app
