#include "support/register_fixture.h"

namespace orec::test {

void RegisterFixture::SetUp()
{
    auto created = createDatabase(m_dir.file(QStringLiteral("register.orec")), kAdmin, kAdminPassphrase,
                                  fastOptions(&m_clock));
    m_session = std::make_unique<app::Session>(std::move(created.database));
    m_service = std::make_unique<app::RegisterService>(*m_session);
    PartyUnit committee;
    committee.code = QStringLiteral("DU-T");
    committee.name = QStringLiteral("Đảng ủy Trường");
    committee.kind = UnitKind::Committee;
    auto addedCommittee = m_service->addUnit(committee);
    ASSERT_TRUE(addedCommittee.ok()) << addedCommittee.error().toString().toStdString();
    m_committee = *addedCommittee;
    PartyUnit home;
    home.code = QStringLiteral("CB-A");
    home.name = QStringLiteral("Chi bộ Khoa A");
    home.parentId = m_committee.id;
    auto addedHome = m_service->addUnit(home);
    ASSERT_TRUE(addedHome.ok()) << addedHome.error().toString().toStdString();
    m_home = *addedHome;
}

void RegisterFixture::TearDown()
{
    if (!m_session)
        return;
    auto report = m_session->database().check(Database::CheckOptions{});
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    QStringList problems = report->integrityProblems + report->keyFileProblems + report->audit.problems;
    for (const RecordProblem& p : report->audit.records)
        problems << p.message;
    EXPECT_TRUE(report->ok()) << problems.join(QLatin1Char('\n')).toStdString();
}

Member RegisterFixture::draftMember(const QString& name, const QString& card) const
{
    Member m;
    m.fullName = name;
    m.partyCardNumber = card;
    m.dateOfBirth = QDate(1985, 4, 12);
    m.admissionDate = QDate(2010, 5, 19);
    m.fullMembershipDate = QDate(2011, 5, 19);
    m.homeUnitId = m_home.id;
    return m;
}

Member RegisterFixture::add(const Member& member)
{
    auto added = m_service->addMember(member);
    EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().toString().toStdString());
    return added.ok() ? *added : Member{};
}

Member RegisterFixture::addMember(const QString& name, const QString& card, QDate admitted, QDate full)
{
    Member m = draftMember(name, card);
    m.admissionDate = admitted;
    m.fullMembershipDate = full;
    return add(m);
}

PartyUnit RegisterFixture::addCell(const QString& code, const QString& name, CellType type,
                                   const QString& country, const QString& city)
{
    PartyUnit cell;
    cell.code = code;
    cell.name = name;
    cell.overseas = true;
    cell.cellType = type;
    cell.countryCode = country;
    cell.city = city;
    auto added = m_service->addUnit(cell);
    EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().toString().toStdString());
    return added.ok() ? *added : PartyUnit{};
}

} // namespace orec::test
