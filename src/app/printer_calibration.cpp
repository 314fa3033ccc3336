#include "app/printer_calibration.h"

#include <QCoreApplication>
#include <QSettings>

namespace orec::app {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::app)
};

// The windows and `orec` have different application names but one organisation: a printer's calibration is
// one file for both.
const char* const kFile = "printers";

} // namespace

QString PrinterCalibration::key(const QString& printerName)
{
    // QSettings treats '/' and '\' as group separators: a printer called "HP 1020/USB" stays one key.
    QString name = printerName.trimmed();
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("offsets/") + (name.isEmpty() ? QStringLiteral("(default)") : name);
}

reports::PrinterOffset PrinterCalibration::offsetFor(const QString& printerName)
{
    QSettings s(QCoreApplication::organizationName(), QString::fromLatin1(kFile));
    reports::PrinterOffset offset;
    offset.xMm = s.value(key(printerName) + QStringLiteral("/x_mm"), 0.0).toDouble();
    offset.yMm = s.value(key(printerName) + QStringLiteral("/y_mm"), 0.0).toDouble();
    return offset.isValid() ? offset : reports::PrinterOffset{};
}

Status PrinterCalibration::save(const QString& printerName, const reports::PrinterOffset& offset)
{
    if (!offset.isValid())
        return Error(
            ErrorCode::Invalid,
            Texts::tr("A printer offset is at most %1 mm each way.").arg(reports::PrinterOffset::kLimitMm));
    QSettings s(QCoreApplication::organizationName(), QString::fromLatin1(kFile));
    s.setValue(key(printerName) + QStringLiteral("/x_mm"), offset.xMm);
    s.setValue(key(printerName) + QStringLiteral("/y_mm"), offset.yMm);
    s.sync();
    if (s.status() != QSettings::NoError)
        return Error(ErrorCode::Io, Texts::tr("The printer's offsets could not be saved in the settings."));
    return okStatus();
}

} // namespace orec::app
