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
// What a clerk typed: the user's format, d/M/yyyy with slashes, dots or dashes, ISO, eight or six digits
// (25112026, 251126) and two-digit years (1/2/85 is 1985, 1/2/26 is 2026: at most twenty years ahead of
// `today`); invalid otherwise. Day first always, as in every format the settings offer.
QDate parseDate(const QString& text, const QDate& today = QDate::currentDate());

} // namespace orec::gui
