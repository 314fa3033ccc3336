#include "exchange_fixture.h"

#include "app/account_service.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/report_repository.h"
#include "storage/transfer_repository.h"

#include <algorithm>
#include <stdexcept>

namespace orec::test {

namespace {

template <typename T> T valueOrThrow(Result<T> r)
{
    if (!r)
        throw std::runtime_error(r.error().toString().toStdString());
    return std::move(r).value();
}

void check(const Status& s)
{
    if (!s)
        throw std::runtime_error(s.error().toString().toStdString());
}

PartyUnit unit(const QString& code, const QString& name, UnitKind kind, qint64 parent, bool overseas,
               std::optional<CellType> type = {}, const QString& country = {}, const QString& city = {})
{
    PartyUnit u;
    u.code = code;
    u.name = name;
    u.kind = kind;
    u.parentId = parent;
    u.overseas = overseas;
    u.cellType = type;
    u.countryCode = country;
    u.city = city;
    u.establishedDate = QDate(2015, 9, 1);
    return u;
}

Member member(const QString& name, Gender gender, const QDate& born, const QString& citizenId,
              const QString& card, const QString& phone, qint64 homeUnit)
{
    Member m;
    m.fullName = name;
    m.gender = gender;
    m.dateOfBirth = born;
    m.hometown = QStringLiteral("Nam Định");
    m.citizenId = citizenId;
    m.partyCardNumber = card;
    m.dossierNumber = QStringLiteral("123456HN");
    m.admissionDate = QDate(2012, 5, 19);
    m.fullMembershipDate = QDate(2013, 5, 19);
    m.homeUnitId = homeUnit;
    m.phone = phone;
    m.email = QStringLiteral("member@example.invalid");
    m.workplace = QStringLiteral("Trường Đại học Bách khoa");
    return m;
}

Posting abroad(qint64 memberId, PostingPurpose purpose, const QString& country, qint64 cellId,
               qint64 committee)
{
    Posting p;
    p.memberId = memberId;
    p.purpose = purpose;
    p.countryCodes = {country};
    p.city = QStringLiteral("Tokyo");
    p.hostOrganisation = QStringLiteral("University of Tokyo");
    p.decisionNumber = QStringLiteral("125/QĐ-ĐHBK");
    p.decisionDate = QDate(2025, 8, 1);
    p.decisionBody = QStringLiteral("Ban Giám hiệu");
    p.approvingCommitteeId = committee;
    p.approvalDate = QDate(2025, 8, 10);
    p.plannedDeparture = QDate(2025, 9, 1);
    p.plannedReturn = QDate(2027, 9, 1);
    p.actualDeparture = QDate(2025, 9, 2);
    p.arrangement = PartyActivityArrangement::OfficialTransfer;
    p.overseasCellId = cellId;
    p.status = PostingStatus::InOverseasCell;
    return p;
}

} // namespace

void ExchangeFixture::SetUp()
{
    auto created = app::AccountService::createDatabase(m_dir.file(QStringLiteral("home.orec")), kAdmin,
                                                       kAdminPassphrase, homeOptions());
    ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
    m_home = std::move(created->session);
    m_homeRecoveryKey = created->recoveryKey;

    Database& db = homeDb();
    WriteScope scope(db);
    ASSERT_TRUE(scope.status().ok());
    PartyUnitRepository units(db);
    PartyUnit committee =
        unit(QStringLiteral("DU-NN"), QStringLiteral("Đảng ủy Ngoài nước"), UnitKind::Committee, 0, false);
    check(units.insert(scope, committee));
    PartyUnit homeCell = unit(QStringLiteral("CB-HN-01"), QStringLiteral("Chi bộ Khoa Cơ khí"),
                              UnitKind::Cell, committee.id, false);
    check(units.insert(scope, homeCell));
    PartyUnit jp =
        unit(QStringLiteral("CB-JP-01"), QStringLiteral("Chi bộ lưu học sinh Tokyo"), UnitKind::Cell,
             committee.id, true, CellType::Student, QStringLiteral("JP"), QStringLiteral("Tokyo"));
    check(units.insert(scope, jp));
    PartyUnit kr = unit(QStringLiteral("CB-KR-01"), QStringLiteral("Chi bộ lao động Seoul"), UnitKind::Cell,
                        committee.id, true, CellType::Labour, QStringLiteral("KR"), QStringLiteral("Seoul"));
    check(units.insert(scope, kr));

    MemberRepository members(db);
    Member an = member(QStringLiteral("Nguyễn Văn An"), Gender::Male, QDate(1990, 3, 14),
                       QStringLiteral("001098012345"), QStringLiteral("93012345"),
                       QStringLiteral("+84912345678"), homeCell.id);
    Member binh = member(QStringLiteral("Trần Thị Bình"), Gender::Female, QDate(1991, 7, 2),
                         QStringLiteral("001199054321"), QStringLiteral("93054321"),
                         QStringLiteral("+84987654321"), homeCell.id);
    Member cuong = member(QStringLiteral("Lê Quốc Cường"), Gender::Male, QDate(1990, 1, 30),
                          QStringLiteral("036090077777"), QStringLiteral("93077777"),
                          QStringLiteral("+84905550123"), homeCell.id);
    Member dung = member(QStringLiteral("Phạm Thùy Dung"), Gender::Female, QDate(1985, 11, 11),
                         QStringLiteral("001185099999"), QStringLiteral("93099999"),
                         QStringLiteral("+84243111222"), homeCell.id);
    for (Member* m : {&an, &binh, &cuong, &dung})
        check(members.insert(scope, *m));
    m_people = {an.uuid, binh.uuid, cuong.uuid, dung.uuid, an.id, binh.id, cuong.id, 0, 0, {}};
    for (const Member* m : {&an, &binh, &cuong, &dung})
        m_people.secrets << m->fullName << m->partyCardNumber << m->citizenId << m->phone;

    PostingRepository postings(db);
    Posting anPosting = abroad(an.id, PostingPurpose::Study, QStringLiteral("JP"), jp.id, committee.id);
    Posting binhPosting = abroad(binh.id, PostingPurpose::Study, QStringLiteral("JP"), jp.id, committee.id);
    Posting cuongPosting =
        abroad(cuong.id, PostingPurpose::Labour, QStringLiteral("KR"), kr.id, committee.id);
    for (Posting* p : {&anPosting, &binhPosting, &cuongPosting})
        check(postings.insert(scope, *p));
    m_people.anPostingId = anPosting.id;
    m_people.binhPostingId = binhPosting.id;

    Report preDeparture;
    preDeparture.kind = ReportKind::PreDeparture;
    preDeparture.postingId = anPosting.id;
    preDeparture.memberId = an.id;
    preDeparture.dueDate = QDate(2025, 8, 25);
    preDeparture.receivedDate = QDate(2025, 8, 20);
    preDeparture.receivedBy = kAdmin;
    preDeparture.fields.insert(QString::fromLatin1(report_field::kPurpose), QStringLiteral("Học thạc sĩ"));
    check(ReportRepository(db).insert(scope, preDeparture));

    Transfer letter;
    letter.kind = TransferKind::Official;
    letter.direction = TransferDirection::Out;
    letter.issuingCommitteeId = committee.id;
    letter.issueDate = QDate(2025, 8, 28);
    letter.memberId = an.id;
    letter.postingId = anPosting.id;
    letter.receivingUnitId = jp.id;
    letter.receivingUnitName = jp.name;
    letter.partyCardNumber = an.partyCardNumber;
    letter.dossierNumber = an.dossierNumber;
    check(TransferRepository(db).insert(scope, letter));
    anPosting.transferLetterOutId = letter.id;
    check(postings.update(scope, anPosting));

    jp.secretaryMemberId = an.id;
    check(units.update(scope, jp));
    ASSERT_TRUE(scope.commit().ok());
}

QString ExchangeFixture::enrol(const QString& cellCode, const QString& label)
{
    auto enrolled = homeExchange().enrolSecretary(cellCode, label);
    if (!enrolled)
        throw std::runtime_error(enrolled.error().toString().toStdString());
    return enrolled->enrolmentCode;
}

QString ExchangeFixture::exportCell(const QString& name, const QString& cellCode)
{
    const QString path = m_dir.file(name);
    auto exported = homeExchange().exportCellPackage(cellCode, path);
    if (!exported)
        throw std::runtime_error(exported.error().toString().toStdString());
    return path;
}

void ExchangeFixture::initField(const QString& packagePath, const QString& code)
{
    auto field = app::ExchangeService::initialiseField(
        packagePath, code, m_dir.file(QStringLiteral("field.orec")), QStringLiteral("bithu"),
        kAdminPassphrase, fastOptions(&m_clock));
    if (!field)
        throw std::runtime_error(field.error().toString().toStdString());
    m_field = std::move(field->session);
}

QString ExchangeFixture::exportReturn(const QString& name)
{
    const QString path = m_dir.file(name);
    auto exported = fieldExchange().exportReturnPackage(path);
    if (!exported)
        throw std::runtime_error(exported.error().toString().toStdString());
    return path;
}

ExchangeFixture::Snapshot ExchangeFixture::checksums()
{
    Snapshot s;
    s.home = tableChecksums(homeDb());
    if (m_field)
        s.field = tableChecksums(fieldDb());
    return s;
}

void ExchangeFixture::expectUnchanged(const Snapshot& before, const char* what)
{
    const Snapshot after = checksums();
    for (auto it = before.home.begin(); it != before.home.end(); ++it)
        EXPECT_EQ(after.home.value(it.key()), it.value())
            << what << ": home table " << it.key().toStdString();
    for (auto it = before.field.begin(); it != before.field.end(); ++it)
        EXPECT_EQ(after.field.value(it.key()), it.value())
            << what << ": field table " << it.key().toStdString();
    EXPECT_EQ(after.home.size(), before.home.size()) << what;
    EXPECT_EQ(after.field.size(), before.field.size()) << what;
}

} // namespace orec::test
