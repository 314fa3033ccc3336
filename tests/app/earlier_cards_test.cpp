// Earlier party card numbers (the 2025 re-issue of cards, Chỉ thị 51-CT/TW): a member's old number is
// kept when the card number changes in the dossier or by import, found by the search, audited with the
// member's record, and never given to another member. Every test ends with a passing `orec check`.
#include "app/import_service.h"
#include "app/query_service.h"
#include "storage/member_repository.h"
#include "support/register_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

class EarlierCardsTest : public RegisterFixture
{
protected:
    Member renew(Member m, const QString& card)
    {
        m.partyCardNumber = card;
        auto updated = m_service->updateMember(m);
        EXPECT_TRUE(updated.ok()) << (updated.ok() ? "" : updated.error().toString().toStdString());
        return updated.ok() ? *updated : Member{};
    }
    QList<EarlierCardNumber> earlier(qint64 id)
    {
        auto list = MemberRepository(m_session->database()).earlierCardNumbers(id);
        EXPECT_TRUE(list.ok());
        return list.ok() ? *list : QList<EarlierCardNumber>{};
    }
};

} // namespace

TEST_F(EarlierCardsTest, ANewCardNumberInTheDossierKeepsTheOldOneAuditedAndFindable)
{
    const Member duc = addMember(QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("10000001"));
    const Member renewed = renew(duc, QStringLiteral("20000001"));
    EXPECT_EQ(renewed.partyCardNumber, QStringLiteral("20000001"));
    EXPECT_EQ(earlier(duc.id), (QList<EarlierCardNumber>{{QStringLiteral("10000001"), kToday}}));

    // The change is the member's audited update, with both numbers.
    AuditFilter filter;
    filter.entity = QStringLiteral("member");
    filter.entityId = duc.uuid;
    auto entries = m_session->database().auditLog().query(filter);
    ASSERT_TRUE(entries.ok());
    ASSERT_FALSE(entries->isEmpty());
    const AuditEntry& last = entries->first().id > entries->last().id ? entries->first() : entries->last();
    EXPECT_EQ(last.action, QStringLiteral("update"));
    EXPECT_TRUE(last.beforeJson.contains(QStringLiteral("10000001")));
    EXPECT_TRUE(last.afterJson.contains(QStringLiteral("20000001")));

    // The search finds the member by the old number and says it matched an earlier one; by the new
    // number it says nothing of the kind.
    app::QueryService query(*m_session);
    auto byOld = query.search(QStringLiteral("10000001"));
    ASSERT_TRUE(byOld.ok());
    ASSERT_EQ(byOld->size(), 1);
    EXPECT_EQ(byOld->first().id, duc.id);
    EXPECT_EQ(byOld->first().earlierCardMatch, QStringLiteral("10000001"));
    auto byPrefix = query.search(QStringLiteral("1000 00"));
    ASSERT_TRUE(byPrefix.ok());
    ASSERT_EQ(byPrefix->size(), 1);
    EXPECT_EQ(byPrefix->first().earlierCardMatch, QStringLiteral("10000001"));
    auto byNew = query.search(QStringLiteral("20000001"));
    ASSERT_TRUE(byNew.ok());
    ASSERT_EQ(byNew->size(), 1);
    EXPECT_TRUE(byNew->first().earlierCardMatch.isEmpty());
    // The member list (a filter, not only the first page of a search) finds them too.
    MemberFilter f;
    f.text = QStringLiteral("10000001");
    f.homeUnitId = m_home.id;
    auto listed = query.members(f, MemberSort{}, 0, 50);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().earlierCardMatch, QStringLiteral("10000001"));

    // Back to the first number: it is current again, and the second one is now the earlier one.
    renew(renewed, QStringLiteral("10000001"));
    EXPECT_EQ(earlier(duc.id), (QList<EarlierCardNumber>{{QStringLiteral("20000001"), kToday}}));
} // TearDown: `orec check` passes with the earlier numbers bound to the member's record

TEST_F(EarlierCardsTest, AnEarlierNumberOfAnotherMemberIsRefusedNamingWhoseItWas)
{
    const Member duc = addMember(QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("10000001"));
    renew(duc, QStringLiteral("20000001"));
    Member lan = draftMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("10000001"));
    auto refused = m_service->addMember(lan);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::Invalid);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("earlier number of Nguyễn Văn Đức")))
        << refused.error().message.toStdString();
    // A current number is still refused as taken.
    Member copy = draftMember(QStringLiteral("Lê Văn Minh"), QStringLiteral("20000001"));
    auto taken = m_service->addMember(copy);
    ASSERT_FALSE(taken.ok());
    EXPECT_TRUE(taken.error().message.contains(QStringLiteral("already belongs")));
}

TEST_F(EarlierCardsTest, AnImportRowWithTheMembersCitizenIdOrEarlierCardGivesTheNewNumber)
{
    Member duc = draftMember(QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("10000001"));
    duc.citizenId = QStringLiteral("001085000001");
    duc = add(duc);
    const Member lan = addMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("10000002"));

    const QByteArray csv = QStringLiteral("ho_ten,so_cccd,so_the_dang_vien,so_the_cu\n"
                                          "Nguyễn Văn Đức,001085000001,20000001,\n"
                                          "Trần Thị Lan,,20000002,10000002\n")
                               .toUtf8();
    app::ImportOptions dry;
    dry.dryRun = true;
    auto preview = app::ImportService(*m_session).importBytes(app::InterchangeTable::Members, csv, dry);
    ASSERT_TRUE(preview.ok());
    EXPECT_TRUE(preview->complete());
    ASSERT_EQ(preview->warnings.size(), 2);
    EXPECT_TRUE(
        preview->warnings.first().reason.contains(QStringLiteral("changes from 10000001 to 20000001")));

    auto imported = app::ImportService(*m_session).importBytes(app::InterchangeTable::Members, csv);
    ASSERT_TRUE(imported.ok());
    EXPECT_TRUE(imported->complete());
    EXPECT_EQ(imported->imported, 2);
    EXPECT_EQ(imported->cardChanges, 2);
    MemberRepository repo(m_session->database());
    EXPECT_EQ((*repo.get(duc.id)).partyCardNumber, QStringLiteral("20000001"));
    EXPECT_EQ((*repo.get(lan.id)).partyCardNumber, QStringLiteral("20000002"));
    EXPECT_EQ(earlier(duc.id), (QList<EarlierCardNumber>{{QStringLiteral("10000001"), kToday}}));
    EXPECT_EQ(earlier(lan.id), (QList<EarlierCardNumber>{{QStringLiteral("10000002"), kToday}}));
    EXPECT_EQ(*m_session->database().connection().queryInt("SELECT count(*) FROM members"), 2);

    // A sheet that still carries an old number for a new member is refused with whose number it was; an
    // earlier card no member holds now is said too.
    const QByteArray stale = QStringLiteral("ho_ten,so_the_dang_vien,so_the_cu\n"
                                            "Lê Văn Minh,10000001,\n"
                                            "Phạm Thị Hoa,30000001,99999999\n")
                                 .toUtf8();
    auto refused = app::ImportService(*m_session).importBytes(app::InterchangeTable::Members, stale);
    ASSERT_TRUE(refused.ok());
    ASSERT_EQ(refused->problems.size(), 2);
    EXPECT_TRUE(refused->problems.at(0).reason.contains(QStringLiteral("earlier number of Nguyễn Văn Đức")));
    EXPECT_EQ(refused->problems.at(1).column, QStringLiteral("so_the_cu"));
    EXPECT_EQ(*m_session->database().connection().queryInt("SELECT count(*) FROM members"), 2);
}
