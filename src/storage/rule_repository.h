// RuleRepository: every version of the rules table and the holiday calendar that working-day deadlines use.
#pragma once

#include "core/result.h"
#include "core/rule_set.h"
#include "core/working_calendar.h"
#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QString>

namespace orec {

struct Holiday
{
    QDate day;
    QString name;
};

class RuleRepository
{
public:
    explicit RuleRepository(Database& database) : m_database(database) {}

    // Every stored version, oldest first; schema v3 stores the defaults as version 1. A version
    // stored before a rule existed comes with that rule at its default (RuleSet::addMissingDefaults).
    Result<QList<RuleSet>> versions();
    Result<RuleSet> latest();
    // The version in force on `day` (RuleSet::inForceOn).
    Result<RuleSet> inForceOn(const QDate& day);

    // Inside the caller's WriteScope (Permission::EditRules). The version must be the next number:
    // versions are never rewritten, so old deadlines can always be recomputed as they were.
    Status insert(WriteScope& scope, const RuleSet& rules);

    Result<QList<Holiday>> holidays();
    Status addHoliday(WriteScope& scope, const Holiday& holiday);
    Status removeHoliday(WriteScope& scope, const QDate& day);
    // The fixed solar holidays (1 Jan, 30 Apr, 1 May, 2 Sep) of 2000-2060 plus every stored holiday.
    Result<WorkingCalendar> workingCalendar();

private:
    Database& m_database;
};

} // namespace orec
