#include "storage/party_unit_repository.h"

#include "core/result_try.h"
#include "core/text_folding.h"
#include "storage/member_repository.h"
#include "storage/migrations.h"
#include "storage/record_json.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

constexpr std::string_view kColumnsBeforeLevels =
    "id, uuid, version, code, name, kind, parent_id, overseas, cell_type, country_code, city, "
    "secretary_member_id, deputy_member_id, established_date, active, probationary_cell";
constexpr std::string_view kColumns =
    "id, uuid, version, code, name, kind, parent_id, overseas, cell_type, country_code, city, "
    "secretary_member_id, deputy_member_id, established_date, active, probationary_cell, level";

// Schema 12 added the level; a register a test keeps at an earlier version is read and written without it.
bool hasLevels(const Database& database)
{
    return schemaIncludes(database.options().schemaVersion, &schema::v15UnitLevels);
}

PartyUnit readUnit(const sql::Statement& s)
{
    PartyUnit u;
    u.id = s.int64(0);
    u.uuid = s.text(1);
    u.version = s.integer(2);
    u.code = s.text(3);
    u.name = s.text(4);
    u.kind = fromCodeName<UnitKind>(s.text(5)).value_or(UnitKind::Cell);
    u.parentId = repo::idAt(s, 6);
    u.overseas = s.int64(7) != 0;
    if (!s.isNull(8))
        u.cellType = fromCodeName<CellType>(s.text(8));
    u.countryCode = s.text(9);
    u.city = s.text(10);
    u.secretaryMemberId = repo::idAt(s, 11);
    u.deputyMemberId = repo::idAt(s, 12);
    u.establishedDate = s.date(13);
    u.active = s.int64(14) != 0;
    u.probationaryCell = s.int64(15) != 0;
    // NULL: recorded before levels (schema 15); the default for its kind and place in the tree.
    u.level = s.columnCount() <= 16 || s.isNull(16)
                  ? defaultLevel(u.kind, u.parentId)
                  : fromCodeName<UnitLevel>(s.text(16)).value_or(defaultLevel(u.kind, u.parentId));
    return u;
}

const repo::TableReader<PartyUnit>& reads(const Database& database)
{
    static const repo::TableReader<PartyUnit> reader("party_units", kColumns, readUnit);
    static const repo::TableReader<PartyUnit> before("party_units", kColumnsBeforeLevels, readUnit);
    return hasLevels(database) ? reader : before;
}

void bindFields(sql::Statement& s, const PartyUnit& u, int first, bool withLevel)
{
    int i = first;
    s.bind(i++, u.code);
    s.bind(i++, u.name);
    s.bind(i++, foldForSearch(u.name));
    s.bind(i++, codeName(u.kind));
    repo::bindId(s, i++, u.parentId);
    s.bind(i++, u.overseas);
    if (u.cellType)
        s.bind(i++, codeName(*u.cellType));
    else
        s.bind(i++, nullptr);
    repo::bindText(s, i++, u.countryCode);
    repo::bindText(s, i++, u.city);
    repo::bindId(s, i++, u.secretaryMemberId);
    repo::bindId(s, i++, u.deputyMemberId);
    s.bind(i++, u.establishedDate);
    s.bind(i++, u.active);
    s.bind(i++, u.probationaryCell);
    if (withLevel)
        s.bind(i++, codeName(u.level));
}

void normalise(PartyUnit& u)
{
    u.code = u.code.trimmed();
    u.name = u.name.normalized(QString::NormalizationForm_C).simplified();
    u.countryCode = u.countryCode.trimmed().toUpper();
    u.city = u.city.trimmed();
    // A cell or group is a cell; a committee left at the struct's default (a caller that predates
    // levels: imports, the exchange, the demo) takes the default for its place in the tree.
    if (u.kind != UnitKind::Committee)
        u.level = UnitLevel::Cell;
    else if (u.level == UnitLevel::Cell)
        u.level = defaultLevel(u.kind, u.parentId);
}

Result<QList<PartyUnit>> readAll(sql::Statement& stmt)
{
    return repo::collectRows<PartyUnit>(stmt, readUnit);
}

} // namespace

Result<PartyUnit> PartyUnitRepository::get(qint64 id)
{
    return reads(m_database).get(m_database.connection(), id, Texts::tr("party unit"));
}

Result<std::optional<PartyUnit>> PartyUnitRepository::findByUuid(const QString& uuid)
{
    const std::string sql = reads(m_database).selectWhere("uuid = ?");
    return reads(m_database).findOne(m_database.connection(), sql, uuid);
}

Result<std::optional<PartyUnit>> PartyUnitRepository::findByCode(const QString& code)
{
    const std::string sql = reads(m_database).selectWhere("code = ?");
    return reads(m_database).findOne(m_database.connection(), sql, code.trimmed());
}

Result<QList<PartyUnit>> PartyUnitRepository::findByName(const QString& name)
{
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().cached(
                                   reads(m_database).selectWhere("name_folded = ? ORDER BY code")));
    stmt->bind(1, foldForSearch(name));
    return readAll(*stmt);
}

Result<std::optional<PartyUnit>> PartyUnitRepository::findByCodeOrName(const QString& text)
{
    auto byCode = findByCode(text);
    if (!byCode || *byCode)
        return byCode;
    OREC_TRY_ASSIGN(auto byName, findByName(text));
    if (byName.size() == 1)
        return std::optional<PartyUnit>(byName.first());
    return std::optional<PartyUnit>();
}

Result<QList<PartyUnit>> PartyUnitRepository::list(const PartyUnitFilter& filter)
{
    std::string where = "1";
    if (filter.overseas)
        where += " AND overseas = ?";
    if (filter.kind)
        where += " AND kind = ?";
    if (filter.cellType)
        where += " AND cell_type = ?";
    if (!filter.countryCode.isEmpty())
        where += " AND country_code = ?";
    if (filter.activeOnly)
        where += " AND active = 1";
    OREC_TRY_ASSIGN(auto stmt,
                    m_database.connection().prepare(reads(m_database).selectWhere(where + " ORDER BY code")));
    int i = 1;
    if (filter.overseas)
        stmt.bind(i++, *filter.overseas);
    if (filter.kind)
        stmt.bind(i++, codeName(*filter.kind));
    if (filter.cellType)
        stmt.bind(i++, codeName(*filter.cellType));
    if (!filter.countryCode.isEmpty())
        stmt.bind(i++, filter.countryCode.trimmed().toUpper());
    return readAll(stmt);
}

Result<QList<PartyUnit>> PartyUnitRepository::children(qint64 parentId)
{
    auto stmt = m_database.connection().prepare(
        parentId == 0 ? reads(m_database).selectWhere("parent_id IS NULL ORDER BY code")
                      : reads(m_database).selectWhere("parent_id = ? ORDER BY code"));
    if (!stmt)
        return stmt.error();
    if (parentId != 0)
        stmt->bind(1, static_cast<long long>(parentId));
    return readAll(*stmt);
}

Result<QList<qint64>> PartyUnitRepository::subtreeIds(qint64 rootId)
{
    OREC_TRY_ASSIGN(
        auto stmt,
        m_database.connection().cached(
            "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT u.id FROM party_units u JOIN sub ON u.parent_id = sub.id) "
            "SELECT id FROM sub"));
    stmt->bind(1, static_cast<long long>(rootId));
    return repo::collectRows<qint64>(*stmt, [](const sql::Statement& s) { return s.int64(0); });
}

Status PartyUnitRepository::checkCodeFree(const PartyUnit& unit)
{
    OREC_TRY_ASSIGN(auto other, findByCode(unit.code));
    if (other && other->id != unit.id)
        return repo::duplicateError(Texts::tr("unit code"), unit.code);
    return {};
}

Status PartyUnitRepository::checkNoLoop(const PartyUnit& unit)
{
    if (unit.parentId == 0)
        return {};
    // Walk up from the new parent; meeting the unit itself means the tree would become a loop.
    QSet<qint64> seen;
    qint64 at = unit.parentId;
    while (at != 0) {
        if (at == unit.id && unit.id != 0)
            return Error(ErrorCode::Invalid,
                         Texts::tr("A unit cannot be placed under one of its own sub-units."),
                         QStringLiteral("parent"));
        if (seen.contains(at))
            break;
        seen.insert(at);
        auto parent = get(at);
        if (!parent)
            return parent.code() == ErrorCode::NotFound
                       ? Error(ErrorCode::Invalid, Texts::tr("The parent unit does not exist."),
                               QStringLiteral("parent"))
                       : parent.error();
        at = parent->parentId;
    }
    return {};
}

Status PartyUnitRepository::insert(WriteScope& scope, PartyUnit& unit)
{
    OREC_TRY(scope.status());
    normalise(unit);
    if (unit.code.isEmpty())
        return Error(ErrorCode::Invalid, Texts::tr("The unit code is required."), QStringLiteral("code"));
    unit.id = 0;
    OREC_TRY(checkCodeFree(unit));
    OREC_TRY(checkNoLoop(unit));
    if (unit.uuid.isEmpty())
        unit.uuid = repo::newUuid();
    OREC_TRY_ASSIGN(
        auto stmt,
        scope.connection().cached(
            hasLevels(m_database)
                ? "INSERT INTO party_units (uuid, version, code, name, name_folded, kind, parent_id, overseas, "
                  "cell_type, country_code, city, secretary_member_id, deputy_member_id, established_date, active, "
                  "probationary_cell, level, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "INSERT INTO party_units (uuid, version, code, name, name_folded, kind, parent_id, overseas, "
                  "cell_type, country_code, city, secretary_member_id, deputy_member_id, established_date, active, "
                  "probationary_cell, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    stmt->bind(1, unit.uuid);
    bindFields(*stmt, unit, 2, hasLevels(m_database));
    stmt->bind(hasLevels(m_database) ? 17 : 16, repo::nowText(m_database));
    OREC_TRY(stmt->run());
    unit.id = scope.connection().lastInsertRowId();
    unit.version = 1;
    if (m_auditMode == AuditMode::EachRecord)
        return scope.audit(QStringLiteral("party_unit"), unit.uuid, QStringLiteral("create"), {},
                           toJson(unit));
    // Bulk writers audit the set once; each record still gets its state (no body) so check binds it.
    return scope.auditCompact(QStringLiteral("party_unit"), unit.uuid, QStringLiteral("create"), {}, {});
}

Status PartyUnitRepository::update(WriteScope& scope, PartyUnit& unit)
{
    OREC_TRY(scope.status());
    normalise(unit);
    if (unit.code.isEmpty())
        return Error(ErrorCode::Invalid, Texts::tr("The unit code is required."), QStringLiteral("code"));
    OREC_TRY_ASSIGN(auto before, get(unit.id));
    if (before.version != unit.version)
        return repo::conflictError(Texts::tr("party unit"));
    unit.uuid = before.uuid;
    OREC_TRY(checkCodeFree(unit));
    OREC_TRY(checkNoLoop(unit));
    OREC_TRY_ASSIGN(
        auto stmt,
        scope.connection().cached(
            hasLevels(m_database)
                ? "UPDATE party_units SET code = ?, name = ?, name_folded = ?, kind = ?, parent_id = ?, overseas = ?, "
                  "cell_type = ?, country_code = ?, city = ?, secretary_member_id = ?, deputy_member_id = ?, "
                  "established_date = ?, active = ?, probationary_cell = ?, level = ?, updated_at = ?, "
                  "version = version + 1 WHERE id = ? AND version = ?"
                : "UPDATE party_units SET code = ?, name = ?, name_folded = ?, kind = ?, parent_id = ?, overseas = ?, "
                  "cell_type = ?, country_code = ?, city = ?, secretary_member_id = ?, deputy_member_id = ?, "
                  "established_date = ?, active = ?, probationary_cell = ?, updated_at = ?, "
                  "version = version + 1 WHERE id = ? AND version = ?"));
    const int next = hasLevels(m_database) ? 16 : 15;
    bindFields(*stmt, unit, 1, hasLevels(m_database));
    stmt->bind(next, repo::nowText(m_database));
    stmt->bind(next + 1, static_cast<long long>(unit.id)).bind(next + 2, unit.version);
    OREC_TRY(stmt->run());
    if (scope.connection().changes() != 1)
        return repo::conflictError(Texts::tr("party unit"));
    ++unit.version;
    if (m_auditMode == AuditMode::EachRecord)
        return scope.audit(QStringLiteral("party_unit"), unit.uuid, QStringLiteral("update"), toJson(before),
                           toJson(unit));
    // Bulk writers audit the set once; each record still gets its state (no body) so check binds it.
    return scope.auditCompact(QStringLiteral("party_unit"), unit.uuid, QStringLiteral("update"), {}, {});
}

Status PartyUnitRepository::setPendingSecretary(WriteScope& scope, qint64 unitId,
                                                const QString& partyCardNumber)
{
    OREC_TRY(scope.status());
    OREC_TRY_ASSIGN(auto unit, get(unitId));
    const QString card = partyCardNumber.trimmed();
    auto stmt =
        scope.connection().cached("INSERT OR REPLACE INTO pending_secretaries (unit_id, party_card_no) "
                                  "VALUES (?, ?)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, static_cast<long long>(unitId)).bind(2, card);
    OREC_TRY((*stmt)->run());
    QJsonObject after;
    after.insert(QStringLiteral("unit_code"), unit.code);
    after.insert(QStringLiteral("secretary_party_card_no"), card);
    return scope.audit(QStringLiteral("pending_secretary"), unit.uuid, QStringLiteral("create"), {}, after);
}

Result<QString> PartyUnitRepository::pendingSecretary(qint64 unitId)
{
    auto stmt =
        m_database.connection().cached("SELECT party_card_no FROM pending_secretaries WHERE unit_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, static_cast<long long>(unitId));
    OREC_TRY_ASSIGN(auto row, (*stmt)->step());
    return row ? (*stmt)->text(0) : QString();
}

Result<int> PartyUnitRepository::resolvePendingSecretaries(WriteScope& scope)
{
    OREC_TRY(scope.status());
    auto stmt =
        scope.connection().cached("SELECT ps.unit_id, ps.party_card_no, m.id FROM pending_secretaries ps "
                                  "JOIN members m ON m.party_card_no = ps.party_card_no ORDER BY ps.unit_id");
    if (!stmt)
        return stmt.error();
    struct Found
    {
        qint64 unitId = 0;
        QString card;
        qint64 memberId = 0;
    };
    QList<Found> found;
    for (;;) {
        OREC_TRY_ASSIGN(auto row, (*stmt)->step());
        if (!row)
            break;
        found.append({(*stmt)->int64(0), (*stmt)->text(1), (*stmt)->int64(2)});
    }
    int resolved = 0;
    for (const Found& f : std::as_const(found)) {
        OREC_TRY_ASSIGN(auto unit, get(f.unitId));
        if (unit.secretaryMemberId == 0) {
            unit.secretaryMemberId = f.memberId;
            OREC_TRY(update(scope, unit));
            ++resolved;
        }
        OREC_TRY_ASSIGN(auto forget,
                        scope.connection().cached("DELETE FROM pending_secretaries WHERE unit_id = ?"));
        forget->bind(1, static_cast<long long>(f.unitId));
        OREC_TRY(forget->run());
        QJsonObject before;
        before.insert(QStringLiteral("unit_code"), unit.code);
        before.insert(QStringLiteral("secretary_party_card_no"), f.card);
        OREC_TRY(scope.audit(QStringLiteral("pending_secretary"), unit.uuid, QStringLiteral("delete"), before,
                             {}));
    }
    return resolved;
}

} // namespace orec
