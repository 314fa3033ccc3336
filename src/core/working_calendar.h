// WorkingCalendar: which days count as working days for deadlines given in working days.
#pragma once

#include <QDate>
#include <QList>
#include <QSet>

namespace orec {

// Saturdays and Sundays are never working days; holidays are whatever the admin lists, because
// the lunar-calendar holidays (Tết, Hùng Kings' day) and the yearly bridge days are decided
// each year and cannot be computed here.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    explicit WorkingCalendar(const QList<QDate>& holidays);

    void addHoliday(const QDate& day) { m_holidays.insert(day); }
    bool isHoliday(const QDate& day) const { return m_holidays.contains(day); }
    bool isWorkingDay(const QDate& day) const;

    // The `count`-th working day after `from` (`from` itself is not counted, as "within 7 working
    // days of re-entry" starts counting the day after); `from` itself when count is 0.
    QDate addWorkingDays(const QDate& from, int count) const;
    // The `count`-th working day before `from` (a lead time "this many working days before
    // departure"); `from` itself when count is 0.
    QDate subtractWorkingDays(const QDate& from, int count) const;
    // Working days in the interval (from, to]; 0 when to <= from.
    int workingDaysBetween(const QDate& from, const QDate& to) const;

    // The public holidays that fall on fixed solar dates: 1 Jan, 30 Apr, 1 May, 2 Sep.
    static QList<QDate> fixedPublicHolidays(int year);

private:
    QSet<QDate> m_holidays;
};

} // namespace orec
