// Repositories of the register: round trips of every record type, versions, duplicates, the transfer
// register, rule-set versions, and an audit row for every write that keeps the chain intact.
#include "storage/member_repository.h"
#include "storage/migrations.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/record_json.h"
#include "storage/report_repository.h"
#include "storage/rule_repository.h"
#include "storage/transfer_repository.h"
#include "support/test_support.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

PartyUnit makeUnit(const QString& code, const QString& name, UnitKind kind = UnitKind::Cell,
                   qint64 parentId = 0)
{
    PartyUnit u;
    u.code = code;
    u.name = name;
    u.kind = kind;
    u.parentId = parentId;
    return u;
}

class RegisterRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_created = std::make_unique<Database::Created>(createDatabase(
            m_dir.file(QStringLiteral("reg.orec")), kAdmin, kAdminPassphrase, fastOptions(&m_clock)));
    }
    Database& db() { return *m_created->database; }

    qint64 auditRows() { return *db().connection().queryInt("SELECT count(*) FROM audit_log"); }

    PartyUnit homeCell()
    {
        PartyUnit u;
        u.code = QStringLiteral("CB-KHCN");
        u.name = QStringLiteral("Chi bộ Khoa Công nghệ");
        u.kind = UnitKind::Cell;
        return u;
    }

    Member sampleMember(qint64 homeUnitId)
    {
        Member m;
        m.fullName = QStringLiteral("  Nguyễn   Văn Đức ");
        m.gender = Gender::Male;
        m.dateOfBirth = QDate(1985, 4, 12);
        m.hometown = QStringLiteral("Nam Định");
        m.citizenId = QStringLiteral("036 085 001 234");
        m.partyCardNumber = QStringLiteral("12345678");
        m.dossierNumber = QStringLiteral("123456AB");
        m.admissionDate = QDate(2010, 5, 19);
        m.fullMembershipDate = QDate(2011, 5, 19);
        m.homeUnitId = homeUnitId;
        m.position = QStringLiteral("Giảng viên");
        m.workplace = QStringLiteral("Trường Đại học Bách khoa");
        m.phone = QStringLiteral("0912 345 678");
        m.email = QStringLiteral("duc.nv@example.vn");
        m.notes = QStringLiteral("Dữ liệu thử nghiệm");
        return m;
    }

    TempDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<Database::Created> m_created;
};

} // namespace

TEST_F(RegisterRepositoryTest, SchemaIsAtTheLatestVersionWithDefaultRulesAsVersionOne)
{
    EXPECT_EQ(*schemaVersion(db().connection()), latestSchemaVersion());
    auto versions = RuleRepository(db()).versions();
    ASSERT_TRUE(versions.ok());
    ASSERT_EQ(versions->size(), 1);
    EXPECT_EQ(versions->first().version(), 1);
    EXPECT_EQ(versions->first().effectiveDate(), RuleSet::defaults().effectiveDate());
    EXPECT_EQ(versions->first().intValue(rule_key::kReturnReportPrivateWorkingDays), 7);
    EXPECT_EQ(versions->first().intValue(rule_key::kReturnReportOtherDays), 15);
    EXPECT_EQ(versions->first().rules().size(), RuleSet::defaults().rules().size());
}

TEST_F(RegisterRepositoryTest, MemberRoundTripNormalisesNameAndNumbers)
{
    WriteScope scope(db());
    PartyUnit unit = homeCell();
    ASSERT_TRUE(PartyUnitRepository(db()).insert(scope, unit).ok());
    Member m = sampleMember(unit.id);
    ASSERT_TRUE(MemberRepository(db()).insert(scope, m).ok());
    ASSERT_TRUE(scope.commit().ok());

    EXPECT_GT(m.id, 0);
    EXPECT_EQ(m.version, 1);
    EXPECT_EQ(m.uuid.size(), 36);
    EXPECT_EQ(m.fullName, QStringLiteral("Nguyễn Văn Đức"));
    EXPECT_EQ(m.citizenId, QStringLiteral("036085001234"));

    auto back = MemberRepository(db()).get(m.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(toJson(*back), toJson(m));
    auto byCard = MemberRepository(db()).findByPartyCard(QStringLiteral("1234 5678"));
    ASSERT_TRUE(byCard.ok() && byCard->has_value());
    EXPECT_EQ((*byCard)->id, m.id);
    auto byCitizen = MemberRepository(db()).findByCitizenId(QStringLiteral("036085001234"));
    ASSERT_TRUE(byCitizen.ok() && byCitizen->has_value());
    EXPECT_EQ((*byCitizen)->uuid, m.uuid);
}

TEST_F(RegisterRepositoryTest, DuplicateNumbersAreRefusedWithTheField)
{
    WriteScope scope(db());
    Member first = sampleMember(0);
    ASSERT_TRUE(MemberRepository(db()).insert(scope, first).ok());

    Member sameCard = sampleMember(0);
    sameCard.citizenId = QStringLiteral("001199000111");
    auto s = MemberRepository(db()).insert(scope, sameCard);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.code(), ErrorCode::Invalid);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("12345678")));

    Member sameCitizen = sampleMember(0);
    sameCitizen.partyCardNumber = QStringLiteral("87654321");
    s = MemberRepository(db()).insert(scope, sameCitizen);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("036085001234")));

    // Blank numbers are not duplicates of each other.
    Member noNumbers1 = sampleMember(0);
    noNumbers1.partyCardNumber.clear();
    noNumbers1.citizenId.clear();
    Member noNumbers2 = noNumbers1;
    EXPECT_TRUE(MemberRepository(db()).insert(scope, noNumbers1).ok());
    EXPECT_TRUE(MemberRepository(db()).insert(scope, noNumbers2).ok());
}

TEST_F(RegisterRepositoryTest, UpdateBumpsVersionAndRefusesStaleCopies)
{
    Member m = sampleMember(0);
    {
        WriteScope scope(db());
        ASSERT_TRUE(MemberRepository(db()).insert(scope, m).ok());
        ASSERT_TRUE(scope.commit().ok());
    }
    Member stale = m;
    m.fullName = QStringLiteral("Nguyễn Văn Đức Anh");
    {
        WriteScope scope(db());
        ASSERT_TRUE(MemberRepository(db()).update(scope, m).ok());
        ASSERT_TRUE(scope.commit().ok());
    }
    EXPECT_EQ(m.version, 2);
    EXPECT_EQ(MemberRepository(db()).get(m.id)->fullName, QStringLiteral("Nguyễn Văn Đức Anh"));
    WriteScope scope(db());
    stale.notes = QStringLiteral("sửa từ bản cũ");
    auto s = MemberRepository(db()).update(scope, stale);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.code(), ErrorCode::Conflict);
}

TEST_F(RegisterRepositoryTest, UnitTreeRefusesLoopsAndDuplicateCodes)
{
    WriteScope scope(db());
    PartyUnitRepository units(db());
    PartyUnit committee =
        makeUnit(QStringLiteral("DU-BNG"), QStringLiteral("Đảng ủy Bộ Ngoại giao"), UnitKind::Committee);
    committee.overseas = true;
    ASSERT_TRUE(units.insert(scope, committee).ok());
    PartyUnit cell = makeUnit(QStringLiteral("CB-JP-TOKYO-LHS"), QStringLiteral("Chi bộ lưu học sinh Tokyo"),
                              UnitKind::Cell, committee.id);
    cell.overseas = true;
    cell.cellType = CellType::Student;
    cell.countryCode = QStringLiteral("jp");
    cell.city = QStringLiteral("Tokyo");
    cell.establishedDate = QDate(2012, 9, 1);
    ASSERT_TRUE(units.insert(scope, cell).ok());
    EXPECT_EQ(cell.countryCode, QStringLiteral("JP"));

    auto back = units.get(cell.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(toJson(*back), toJson(cell));
    EXPECT_EQ(*units.subtreeIds(committee.id), (QList<qint64>{committee.id, cell.id}));
    auto byName = units.findByCodeOrName(QStringLiteral("chi bo luu hoc sinh tokyo"));
    ASSERT_TRUE(byName.ok() && byName->has_value());
    EXPECT_EQ((*byName)->id, cell.id);

    committee.parentId = cell.id;
    auto loop = units.update(scope, committee);
    ASSERT_FALSE(loop.ok());
    EXPECT_EQ(loop.error().where, QStringLiteral("parent"));

    PartyUnit dup = makeUnit(QStringLiteral("DU-BNG"), QStringLiteral("Trùng mã"));
    EXPECT_EQ(units.insert(scope, dup).code(), ErrorCode::Invalid);
}

TEST_F(RegisterRepositoryTest, PostingRoundTripKeepsCountriesExtensionsAndEveryField)
{
    WriteScope scope(db());
    Member m = sampleMember(0);
    ASSERT_TRUE(MemberRepository(db()).insert(scope, m).ok());
    PartyUnit committee =
        makeUnit(QStringLiteral("DU-T"), QStringLiteral("Đảng ủy Trường"), UnitKind::Committee);
    ASSERT_TRUE(PartyUnitRepository(db()).insert(scope, committee).ok());

    Posting p;
    p.memberId = m.id;
    p.purpose = PostingPurpose::Study;
    p.countryCodes = {QStringLiteral("jp"), QStringLiteral("KR"), QStringLiteral("JP")};
    p.city = QStringLiteral("Tokyo");
    p.hostOrganisation = QStringLiteral("University of Tokyo");
    p.delegationSize = 3;
    p.decisionNumber = QStringLiteral("123/QĐ-ĐHBK");
    p.decisionDate = QDate(2024, 8, 1);
    p.decisionBody = QStringLiteral("Hiệu trưởng");
    p.approvingCommitteeId = committee.id;
    p.approvalDate = QDate(2024, 8, 5);
    p.plannedDeparture = QDate(2024, 9, 1);
    p.plannedReturn = QDate(2026, 9, 1);
    p.actualDeparture = QDate(2024, 9, 2);
    p.extensions = {
        Extension{QStringLiteral("45/QĐ"), QDate(2025, 12, 1), QDate(2027, 3, 1), QStringLiteral("bảo vệ")}};
    p.arrangement = PartyActivityArrangement::OfficialTransfer;
    p.attendance = AttendanceMode::Individual;
    p.status = PostingStatus::Abroad;
    p.probationEndDate = QDate(2025, 1, 1);
    p.probationDecision = ProbationDecision::Admitted;
    p.probationDecisionRef = QStringLiteral("QĐ 9");
    p.lostContactSince = QDate(2025, 2, 1);
    PostingRepository postings(db());
    ASSERT_TRUE(postings.insert(scope, p).ok());
    EXPECT_EQ(p.countryCodes, (QStringList{QStringLiteral("JP"), QStringLiteral("KR")}));

    auto back = postings.get(p.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(toJson(*back), toJson(p));
    EXPECT_EQ(
        *db().connection().queryText(
            ("SELECT effective_planned_return FROM postings WHERE id = " + std::to_string(p.id)).c_str()),
        QStringLiteral("2027-03-01"));

    p.extensions.clear();
    p.countryCodes = {QStringLiteral("KR")};
    ASSERT_TRUE(postings.update(scope, p, QStringLiteral("transition:test")).ok());
    back = postings.get(p.id);
    EXPECT_EQ(back->countryCodes, QStringList{QStringLiteral("KR")});
    EXPECT_TRUE(back->extensions.isEmpty());
    EXPECT_EQ(back->version, 2);
    auto current = postings.currentAbroad(m.id);
    ASSERT_TRUE(current.ok() && current->has_value());
    EXPECT_EQ((*current)->id, p.id);
}

TEST_F(RegisterRepositoryTest, ReportContentIsKeptAsJson)
{
    WriteScope scope(db());
    Member m = sampleMember(0);
    ASSERT_TRUE(MemberRepository(db()).insert(scope, m).ok());
    Report r;
    r.kind = ReportKind::PreDeparture;
    r.memberId = m.id;
    r.dueDate = QDate(2026, 3, 1);
    r.ruleSetVersion = 1;
    PreDepartureContent content;
    content.purpose = QStringLiteral("Hội thảo khoa học");
    content.places = {QStringLiteral("Paris"), QStringLiteral("Lyon")};
    content.departure = QDate(2026, 3, 5);
    content.relativesAbroad = {RelativeAbroad{QStringLiteral("Trần Thị Lan"), QStringLiteral("em gái"),
                                              QStringLiteral("FR"), QStringLiteral("thường trú")}};
    content.noClassifiedDocuments = true;
    r.setPreDeparture(content);
    ReportRepository reports(db());
    ASSERT_TRUE(reports.insert(scope, r).ok());
    auto back = reports.get(r.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->preDeparture(), content);
    EXPECT_EQ(back->dueDate, r.dueDate);
    EXPECT_EQ(back->ruleSetVersion, 1);
}

TEST_F(RegisterRepositoryTest, TransferRegisterNumbersInSequencePerCommitteeAndYear)
{
    WriteScope scope(db());
    Member m = sampleMember(0);
    ASSERT_TRUE(MemberRepository(db()).insert(scope, m).ok());
    PartyUnit a = makeUnit(QStringLiteral("DU-A"), QStringLiteral("Đảng ủy A"), UnitKind::Committee);
    PartyUnit b = makeUnit(QStringLiteral("DU-B"), QStringLiteral("Đảng ủy B"), UnitKind::Committee);
    ASSERT_TRUE(PartyUnitRepository(db()).insert(scope, a).ok());
    ASSERT_TRUE(PartyUnitRepository(db()).insert(scope, b).ok());
    TransferRepository transfers(db());
    const auto issue = [&](qint64 committee, QDate date) {
        Transfer t;
        t.issuingCommitteeId = committee;
        t.memberId = m.id;
        t.issueDate = date;
        EXPECT_TRUE(transfers.insert(scope, t).ok());
        return t.registerNumber.toString();
    };
    EXPECT_EQ(issue(a.id, QDate(2025, 3, 1)), QStringLiteral("1/2025"));
    EXPECT_EQ(issue(a.id, QDate(2025, 6, 1)), QStringLiteral("2/2025"));
    EXPECT_EQ(issue(b.id, QDate(2025, 6, 2)), QStringLiteral("1/2025"));
    EXPECT_EQ(issue(a.id, QDate(2026, 1, 5)), QStringLiteral("1/2026"));
    Transfer backdated;
    backdated.issuingCommitteeId = a.id;
    backdated.memberId = m.id;
    backdated.issueDate = QDate(2025, 12, 30);
    EXPECT_FALSE(transfers.insert(scope, backdated).ok());
    Transfer taken;
    taken.issuingCommitteeId = a.id;
    taken.memberId = m.id;
    taken.issueDate = QDate(2025, 7, 1);
    taken.registerNumber = RegisterNumber{2025, 2};
    EXPECT_EQ(transfers.insert(scope, taken).code(), ErrorCode::Invalid);
    auto book = transfers.registerOf(a.id);
    ASSERT_TRUE(book.ok());
    ASSERT_EQ(book->size(), 3);
    EXPECT_EQ(book->at(2).registerNumber, (RegisterNumber{2026, 1}));
}

TEST_F(RegisterRepositoryTest, RuleVersionsOnlyMoveForward)
{
    RuleRepository rules(db());
    RuleSet next = rules.latest()->nextVersion(QDate(2026, 1, 1));
    ASSERT_TRUE(next.setValue(rule_key::kReturnReportOtherDays, 10).ok());
    {
        WriteScope scope(db(), Permission::EditRules);
        ASSERT_TRUE(rules.insert(scope, next).ok());
        ASSERT_TRUE(scope.commit().ok());
    }
    auto all = rules.versions();
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).intValue(rule_key::kReturnReportOtherDays), 15);
    EXPECT_EQ(all->at(1).intValue(rule_key::kReturnReportOtherDays), 10);
    EXPECT_EQ(rules.inForceOn(QDate(2025, 12, 31))->version(), 1);
    EXPECT_EQ(rules.inForceOn(QDate(2026, 1, 1))->version(), 2);
    WriteScope scope(db(), Permission::EditRules);
    EXPECT_EQ(rules.insert(scope, next).code(), ErrorCode::Conflict); // version 2 exists
}

TEST_F(RegisterRepositoryTest, EveryWriteIsAuditedAndTheChainVerifies)
{
    const qint64 before = auditRows();
    Member m = sampleMember(0);
    PartyUnit unit = homeCell();
    Posting p;
    Report r;
    Transfer t;
    {
        WriteScope scope(db());
        ASSERT_TRUE(PartyUnitRepository(db()).insert(scope, unit).ok());
        ASSERT_TRUE(MemberRepository(db()).insert(scope, m).ok());
        p.memberId = m.id;
        p.countryCodes = {QStringLiteral("LA")};
        p.plannedDeparture = QDate(2026, 4, 1);
        p.plannedReturn = QDate(2026, 4, 10);
        ASSERT_TRUE(PostingRepository(db()).insert(scope, p).ok());
        r.memberId = m.id;
        r.postingId = p.id;
        ASSERT_TRUE(ReportRepository(db()).insert(scope, r).ok());
        t.memberId = m.id;
        t.issuingCommitteeId = unit.id;
        t.issueDate = QDate(2026, 3, 1);
        ASSERT_TRUE(TransferRepository(db()).insert(scope, t).ok());
        m.notes = QStringLiteral("đã sửa");
        ASSERT_TRUE(MemberRepository(db()).update(scope, m).ok());
        ASSERT_TRUE(scope.commit().ok());
    }
    EXPECT_EQ(auditRows() - before, 6);
    AuditFilter filter;
    filter.entity = QStringLiteral("member");
    filter.entityId = m.uuid;
    auto entries = db().auditLog().query(filter);
    ASSERT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->at(0).action, QStringLiteral("update"));
    EXPECT_TRUE(entries->at(0).beforeJson.contains(QStringLiteral("Dữ liệu thử nghiệm")));
    EXPECT_TRUE(entries->at(0).afterJson.contains(QStringLiteral("đã sửa")));
    EXPECT_TRUE(db().auditLog().verify()->intact);
}

TEST_F(RegisterRepositoryTest, RecordsSurviveClosingAndUnlocking)
{
    const QString path = db().path();
    Member m = sampleMember(0);
    {
        WriteScope scope(db());
        ASSERT_TRUE(MemberRepository(db()).insert(scope, m).ok());
        ASSERT_TRUE(scope.commit().ok());
    }
    m_created.reset();
    auto reopened = unlock(path);
    auto back = MemberRepository(*reopened).findByUuid(m.uuid);
    ASSERT_TRUE(back.ok() && back->has_value());
    EXPECT_EQ(toJson(**back), toJson(m));
    EXPECT_TRUE(reopened->check()->ok());
}

TEST(RecordJson, EveryRecordReadsBackFromItsJson)
{
    Member m;
    m.uuid = QStringLiteral("u1");
    m.id = 4;
    m.fullName = QStringLiteral("Lê Thị Hồng");
    m.gender = Gender::Female;
    m.admissionDate = QDate(2020, 1, 2);
    EXPECT_EQ(toJson(*memberFromJson(toJson(m))), toJson(m));

    Posting p;
    p.countryCodes = {QStringLiteral("DE")};
    p.extensions = {Extension{QStringLiteral("1"), QDate(2020, 1, 1), QDate(2021, 1, 1), {}}};
    p.lostContactSince = QDate(2020, 5, 5);
    p.status = PostingStatus::LostContact;
    EXPECT_EQ(toJson(*postingFromJson(toJson(p))), toJson(p));

    PartyUnit u = makeUnit(QStringLiteral("X"), QStringLiteral("Y"));
    u.overseas = true;
    u.cellType = CellType::SelfEmployed;
    u.countryCode = QStringLiteral("CZ");
    u.active = false;
    EXPECT_EQ(toJson(*partyUnitFromJson(toJson(u))), toJson(u));

    QJsonObject bad = toJson(m);
    bad[QStringLiteral("gender")] = QStringLiteral("robot");
    auto parsed = memberFromJson(bad);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().where, QStringLiteral("gender"));
}
