#include "storage/rule_repository.h"

#include "core/result_try.h"
#include "storage/record_json.h"
#include "storage/repository_support.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace orec {

namespace {
// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};
} // namespace

Result<QList<RuleSet>> RuleRepository::versions()
{
    OREC_TRY_ASSIGN(auto stmt,
                    m_database.connection().prepare("SELECT rules_json FROM rule_sets ORDER BY version"));
    QList<RuleSet> out;
    Status parsed;
    OREC_TRY(repo::forEachRow(stmt, [&](sql::Statement& s) {
        const QByteArray json = s.blob(0);
        auto rules = rulesFromJson(QJsonDocument::fromJson(json).object());
        if (!rules) {
            parsed =
                Error(ErrorCode::Corrupt, Texts::tr("A stored version of the rules table cannot be read."));
            return false;
        }
        // A version stored before a rule existed lists it with its default (which it reads anyway).
        rules->addMissingDefaults();
        out.append(*rules);
        return true;
    }));
    OREC_TRY(parsed);
    if (out.isEmpty()) // only a database damaged by hand lacks version 1
        out.append(RuleSet::defaults());
    return out;
}

Result<RuleSet> RuleRepository::latest()
{
    OREC_TRY_ASSIGN(auto all, versions());
    return all.last();
}

Result<RuleSet> RuleRepository::inForceOn(const QDate& day)
{
    OREC_TRY_ASSIGN(auto all, versions());
    return *RuleSet::inForceOn(all, day);
}

Status RuleRepository::insert(WriteScope& scope, const RuleSet& rules)
{
    OREC_TRY(scope.status());
    OREC_TRY_ASSIGN(auto last, latest());
    if (rules.version() != last.version() + 1)
        return Error(
            ErrorCode::Conflict,
            Texts::tr(
                "The rules were changed meanwhile (now version %1); start again from the current rules.")
                .arg(last.version()));
    OREC_TRY_ASSIGN(
        auto stmt,
        scope.connection().prepare(
            "INSERT INTO rule_sets (version, effective_date, rules_json, created_at, created_by) VALUES (?, ?, ?, ?, ?)"));
    const QJsonObject json = rulesToJson(rules);
    stmt.bind(1, rules.version())
        .bind(2, rules.effectiveDate())
        .bind(3, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)))
        .bind(4, repo::nowText(m_database))
        .bind(5, m_database.actor().user);
    OREC_TRY(stmt.run());
    return scope.audit(QStringLiteral("rule_set"), QString::number(rules.version()), QStringLiteral("create"),
                       rulesToJson(last), json);
}

Result<QList<Holiday>> RuleRepository::holidays()
{
    OREC_TRY_ASSIGN(auto stmt,
                    m_database.connection().prepare("SELECT day, name FROM holidays ORDER BY day"));
    return repo::collectRows<Holiday>(stmt, [](const sql::Statement& s) {
        return Holiday{s.date(0), s.text(1)};
    });
}

Status RuleRepository::addHoliday(WriteScope& scope, const Holiday& holiday)
{
    OREC_TRY(scope.status());
    if (!holiday.day.isValid())
        return Error(ErrorCode::Invalid, Texts::tr("Enter the date of the holiday."), QStringLiteral("day"));
    OREC_TRY_ASSIGN(auto stmt,
                    scope.connection().prepare("INSERT OR REPLACE INTO holidays (day, name) VALUES (?, ?)"));
    stmt.bind(1, holiday.day).bind(2, holiday.name);
    OREC_TRY(stmt.run());
    return scope.audit(QStringLiteral("holiday"), holiday.day.toString(Qt::ISODate), QStringLiteral("create"),
                       {},
                       QJsonObject{{QStringLiteral("day"), holiday.day.toString(Qt::ISODate)},
                                   {QStringLiteral("name"), holiday.name}});
}

Status RuleRepository::removeHoliday(WriteScope& scope, const QDate& day)
{
    OREC_TRY(scope.status());
    OREC_TRY_ASSIGN(auto stmt, scope.connection().prepare("DELETE FROM holidays WHERE day = ?"));
    stmt.bind(1, day);
    OREC_TRY(stmt.run());
    if (scope.connection().changes() == 0)
        return repo::notFoundError(Texts::tr("holiday on"), day.toString(QStringLiteral("dd/MM/yyyy")));
    return scope.audit(QStringLiteral("holiday"), day.toString(Qt::ISODate), QStringLiteral("delete"));
}

Result<WorkingCalendar> RuleRepository::workingCalendar()
{
    OREC_TRY_ASSIGN(auto stored, holidays());
    QList<QDate> days;
    for (int year = 2000; year <= 2060; ++year)
        days += WorkingCalendar::fixedPublicHolidays(year);
    for (const Holiday& h : stored)
        days.append(h.day);
    return WorkingCalendar(days);
}

} // namespace orec
