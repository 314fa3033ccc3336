#include "gui/display_format.h"

#include <QRegularExpression>
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

namespace {

// A two-digit year in the century that puts it at most twenty years ahead: 85 is 1985, 26 is 2026.
int fullYear(int twoDigits, const QDate& today)
{
    const int year = 2000 + twoDigits;
    return year > today.year() + 20 ? year - 100 : year;
}

QDate dayMonthYear(int day, int month, const QString& yearText, const QDate& today)
{
    bool ok = false;
    const int year = yearText.toInt(&ok);
    if (!ok || (yearText.size() != 2 && yearText.size() != 4))
        return {};
    return QDate(yearText.size() == 2 ? fullYear(year, today) : year, month, day); // invalid if no such day
}

} // namespace

QDate parseDate(const QString& text, const QDate& today)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Typed without separators, day first as every format offered: 25112026 or 251126.
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d{6}(\\d{2})?$"));
    if (digitsOnly.match(trimmed).hasMatch())
        return dayMonthYear(trimmed.left(2).toInt(), trimmed.mid(2, 2).toInt(), trimmed.mid(4), today);
    // Day, month and a two- or four-digit year with slashes, dots, dashes or spaces: 1/2/85, 1.2.26.
    static const QRegularExpression parts(
        QStringLiteral("^(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{2}|\\d{4})$"));
    if (const QRegularExpressionMatch m = parts.match(trimmed); m.hasMatch())
        return dayMonthYear(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3), today);
    // The user's own format, and ISO, for the rest.
    for (const QString& format : {dateFormat(), QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace orec::gui
