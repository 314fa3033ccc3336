#include "core/working_calendar.h"

namespace orec {

WorkingCalendar::WorkingCalendar(const QList<QDate>& holidays)
{
    for (const QDate& d : holidays)
        m_holidays.insert(d);
}

bool WorkingCalendar::isWorkingDay(const QDate& day) const
{
    return day.isValid() && day.dayOfWeek() <= 5 && !m_holidays.contains(day);
}

QDate WorkingCalendar::addWorkingDays(const QDate& from, int count) const
{
    if (!from.isValid() || count < 0)
        return {};
    QDate day = from;
    int remaining = count;
    while (remaining > 0) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --remaining;
    }
    return day;
}

QDate WorkingCalendar::subtractWorkingDays(const QDate& from, int count) const
{
    if (!from.isValid() || count < 0)
        return {};
    QDate day = from;
    int remaining = count;
    while (remaining > 0) {
        day = day.addDays(-1);
        if (isWorkingDay(day))
            --remaining;
    }
    return day;
}

int WorkingCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

QList<QDate> WorkingCalendar::fixedPublicHolidays(int year)
{
    return {QDate(year, 1, 1), QDate(year, 4, 30), QDate(year, 5, 1), QDate(year, 9, 2)};
}

} // namespace orec
