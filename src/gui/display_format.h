// How dates and times are shown and read back: the user's date format (dd/MM/yyyy by default).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace orec::gui {

// The date format chosen in Settings ("ui/dateFormat"); read once and cached.
QString dateFormat();
void setDateFormat(const QString& format); // also stores it in the settings
QStringList availableDateFormats();

QString formatDate(const QDate& date); // empty for an invalid date
// A UTC time as local date and time in the user's format.
QString formatDateTime(const QDateTime& utc);
// What a clerk typed: the user's format, then d/M/yyyy, dd/MM/yyyy and ISO; invalid otherwise.
QDate parseDate(const QString& text);

} // namespace orec::gui
