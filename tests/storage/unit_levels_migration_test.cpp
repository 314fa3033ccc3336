// Schema 15 (party units' level, members' alias) on a register made before it: the rows come through
// unchanged (their audit digests still match), a level reads as the default for the unit's place in the
// tree, and the first edit stores it, audited.
#include "storage/member_repository.h"
#include "storage/migrations.h"
#include "storage/party_unit_repository.h"
#include "storage/record_json.h"
#include "storage/schema.h"
#include "support/test_support.h"

#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

PartyUnit unit(const QString& code, UnitKind kind, qint64 parent)
{
    PartyUnit u;
    u.code = code;
    u.name = QStringLiteral("Đơn vị %1").arg(code);
    u.kind = kind;
    u.parentId = parent;
    return u;
}

TEST(UnitLevelsMigration, ARegisterFromBeforeLevelsReadsDefaultsAndPassesItsCheck)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("before.orec"));
    DatabaseOptions old = fastOptions();
    old.schemaVersion = versionOf(&schema::v15UnitLevels) - 1;
    qint64 top = 0, below = 0, cell = 0;
    {
        auto created = createDatabase(path, kAdmin, kAdminPassphrase, old);
        Database& db = *created.database;
        WriteScope scope(db);
        ASSERT_TRUE(scope.status().ok());
        PartyUnitRepository units(db);
        PartyUnit t = unit(QStringLiteral("DU"), UnitKind::Committee, 0);
        ASSERT_TRUE(units.insert(scope, t).ok());
        PartyUnit b = unit(QStringLiteral("DUCS"), UnitKind::Committee, t.id);
        ASSERT_TRUE(units.insert(scope, b).ok());
        PartyUnit c = unit(QStringLiteral("CB"), UnitKind::Cell, b.id);
        ASSERT_TRUE(units.insert(scope, c).ok());
        Member m;
        m.fullName = QStringLiteral("Phạm Quốc Dũng");
        m.homeUnitId = c.id;
        ASSERT_TRUE(MemberRepository(db).insert(scope, m).ok());
        ASSERT_TRUE(scope.commit().ok());
        top = t.id;
        below = b.id;
        cell = c.id;
    }
    auto db = unlock(path);
    ASSERT_TRUE(db);
    PartyUnitRepository units(*db);
    EXPECT_EQ(units.get(top)->level, UnitLevel::District);
    EXPECT_EQ(units.get(below)->level, UnitLevel::Grassroots);
    EXPECT_EQ(units.get(cell)->level, UnitLevel::Cell);
    EXPECT_EQ(*db->connection().queryInt("SELECT count(*) FROM party_units WHERE level IS NULL"), 3);
    // The default level does not travel in the record's portable form; a chosen one does.
    EXPECT_FALSE(toJson(*units.get(top)).contains(QStringLiteral("level")));

    auto report = db->check();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok()) << report->audit.problem.toStdString();

    PartyUnit raised = *units.get(below);
    raised.level = UnitLevel::District;
    {
        WriteScope scope(*db);
        ASSERT_TRUE(units.update(scope, raised).ok());
        ASSERT_TRUE(scope.commit().ok());
    }
    EXPECT_EQ(units.get(below)->level, UnitLevel::District);
    EXPECT_EQ(toJson(*units.get(below)).value(QStringLiteral("level")).toString(),
              QStringLiteral("district"));
    EXPECT_EQ(partyUnitFromJson(toJson(*units.get(below)))->level, UnitLevel::District);
    report = db->check();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok()) << report->audit.problem.toStdString();
}

} // namespace
