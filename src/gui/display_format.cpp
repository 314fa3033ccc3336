#include "gui/display_format.h"

#include <QSettings>

namespace orec::gui {

namespace {
const char* kDateFormatKey = "ui/dateFormat";
const QString kDefaultFormat = QStringLiteral("dd/MM/yyyy");

QString& cachedFormat()
{
    static QString format;
    return format;
}
} // namespace

QString dateFormat()
{
    QString& format = cachedFormat();
    if (format.isEmpty()) {
        format = QSettings().value(QLatin1String(kDateFormatKey), kDefaultFormat).toString();
        if (!availableDateFormats().contains(format))
            format = kDefaultFormat;
    }
    return format;
}

void setDateFormat(const QString& format)
{
    const QString chosen = availableDateFormats().contains(format) ? format : kDefaultFormat;
    cachedFormat() = chosen;
    QSettings().setValue(QLatin1String(kDateFormatKey), chosen);
}

QStringList availableDateFormats()
{
    return {kDefaultFormat, QStringLiteral("d/M/yyyy"), QStringLiteral("dd.MM.yyyy"),
            QStringLiteral("yyyy-MM-dd")};
}

QString formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(dateFormat()) : QString();
}

QString formatDateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return local.date().toString(dateFormat()) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm:ss"));
}

QDate parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QStringList formats{dateFormat(), QStringLiteral("d/M/yyyy"), QStringLiteral("d.M.yyyy"),
                        QStringLiteral("d-M-yyyy"), QStringLiteral("yyyy-MM-dd")};
    for (const QString& format : formats) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace orec::gui
