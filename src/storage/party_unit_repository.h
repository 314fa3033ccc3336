// PartyUnitRepository: committees, cells and groups at home and abroad, as a tree; every change audited.
#pragma once

#include "core/party_unit.h"
#include "core/result.h"
#include "storage/database.h"
#include "storage/repository_support.h"

#include <QList>
#include <QString>
#include <optional>

namespace orec {

struct PartyUnitFilter
{
    std::optional<bool> overseas;
    std::optional<UnitKind> kind;
    std::optional<CellType> cellType;
    QString countryCode;
    bool activeOnly = false;
};

class PartyUnitRepository
{
public:
    explicit PartyUnitRepository(Database& database, AuditMode auditMode = AuditMode::EachRecord)
        : m_database(database), m_auditMode(auditMode)
    {}

    Result<PartyUnit> get(qint64 id);
    Result<std::optional<PartyUnit>> findByUuid(const QString& uuid);
    Result<std::optional<PartyUnit>> findByCode(const QString& code);
    // Names match whatever the case and diacritics; several units may share a name, so all are returned.
    Result<QList<PartyUnit>> findByName(const QString& name);
    // A code first, then a name that names exactly one unit: what a spreadsheet cell may hold.
    Result<std::optional<PartyUnit>> findByCodeOrName(const QString& text);
    // Units are few (thousands), so lists are whole; ordered by code.
    Result<QList<PartyUnit>> list(const PartyUnitFilter& filter = {});
    Result<QList<PartyUnit>> children(qint64 parentId);
    // The unit and everything under it.
    Result<QList<qint64>> subtreeIds(qint64 rootId);

    // Inside the caller's WriteScope. A duplicate code is refused; a parent that would make the tree a
    // loop is refused. Assigns a uuid when empty, the row id and version 1.
    Status insert(WriteScope& scope, PartyUnit& unit);
    // Refused with ErrorCode::Conflict when unit.version is not the stored one.
    Status update(WriteScope& scope, PartyUnit& unit);

    // A secretary named by party card number before any member has it (an import of cells ahead of
    // its members): kept per unit, audited, and set on the cell by resolvePendingSecretaries().
    Status setPendingSecretary(WriteScope& scope, qint64 unitId, const QString& partyCardNumber);
    // The card number a unit waits for; empty when none.
    Result<QString> pendingSecretary(qint64 unitId);
    // Sets every waiting secretary whose member is now in the register (an audited update of the
    // cell) and forgets the wait; returns how many cells got their secretary.
    Result<int> resolvePendingSecretaries(WriteScope& scope);

private:
    Status checkCodeFree(const PartyUnit& unit);
    Status checkNoLoop(const PartyUnit& unit);

    Database& m_database;
    AuditMode m_auditMode;
};

} // namespace orec
