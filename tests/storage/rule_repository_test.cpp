// RuleRepository and the rules' JSON: documents by purpose and the unit of a deadline stored with
// each version, and a version written before those rules existed reading their defaults.
#include "storage/record_json.h"
#include "storage/rule_repository.h"
#include "support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

class RuleRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_created = std::make_unique<Database::Created>(createDatabase(
            m_dir.file(QStringLiteral("rules.orec")), kAdmin, kAdminPassphrase, fastOptions(&m_clock)));
    }
    Database& db() { return *m_created->database; }

    void insert(const RuleSet& rules)
    {
        WriteScope scope(db(), Permission::EditRules);
        ASSERT_TRUE(RuleRepository(db()).insert(scope, rules).ok());
        ASSERT_TRUE(scope.commit().ok());
    }

    TempDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<Database::Created> m_created;
};

} // namespace

TEST_F(RuleRepositoryTest, ANewDatabaseStoresTheDocumentsByPurposeAndEachDeadlinesUnit)
{
    auto latest = RuleRepository(db()).latest();
    ASSERT_TRUE(latest.ok());
    for (PostingPurpose purpose : allValues<PostingPurpose>()) {
        const QString key = rule_key::documentsFor(purpose);
        ASSERT_NE(latest->find(key), nullptr) << key.toStdString();
        EXPECT_EQ(latest->documents(key), RuleSet::defaults().documents(key)) << key.toStdString();
    }
    EXPECT_EQ(latest->unitOf(rule_key::kReturnReportPrivateWorkingDays), RuleUnit::WorkingDays);
    EXPECT_EQ(latest->unitOf(rule_key::kReturnReportOtherDays), RuleUnit::Days);
}

TEST_F(RuleRepositoryTest, DocumentsAndUnitsChangedInANewVersionAreStoredWithIt)
{
    RuleRepository rules(db());
    RuleSet next = rules.latest()->nextVersion(QDate(2026, 4, 1));
    const QString tourism = rule_key::documentsFor(PostingPurpose::Tourism);
    ASSERT_TRUE(next.setValue(tourism, QStringLiteral("return, pre_departure, relatives_commitment")).ok());
    ASSERT_TRUE(next.setUnit(rule_key::kReturnReportPrivateWorkingDays, RuleUnit::Days).ok());
    ASSERT_TRUE(next.setUnit(rule_key::kSelfReviewDaysAfterReturn, RuleUnit::WorkingDays).ok());
    insert(next);

    auto all = rules.versions();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    const RuleSet& v1 = all->at(0);
    const RuleSet& v2 = all->at(1);
    EXPECT_EQ(v2.find(tourism)->value, QVariant(QStringLiteral("relatives_commitment,pre_departure,return")));
    EXPECT_EQ(v2.documents(tourism), (QList<ReportKind>{ReportKind::RelativesCommitment,
                                                        ReportKind::PreDeparture, ReportKind::Return}));
    EXPECT_EQ(v2.unitOf(rule_key::kReturnReportPrivateWorkingDays), RuleUnit::Days);
    EXPECT_EQ(v2.unitOf(rule_key::kSelfReviewDaysAfterReturn), RuleUnit::WorkingDays);
    EXPECT_EQ(v2.intValue(rule_key::kReturnReportPrivateWorkingDays), 7);
    // Version 1 is as it was.
    EXPECT_EQ(v1.documents(tourism), RuleSet::defaults().documents(tourism));
    EXPECT_EQ(v1.unitOf(rule_key::kReturnReportPrivateWorkingDays), RuleUnit::WorkingDays);
    EXPECT_EQ(v1.unitOf(rule_key::kSelfReviewDaysAfterReturn), RuleUnit::Days);

    // The JSON keeps the documents as text and the unit by its code.
    const QJsonObject json = rulesToJson(v2);
    bool sawTourism = false;
    bool sawPrivateReturn = false;
    for (const QJsonValue& v : json.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("key")).toString() == tourism) {
            sawTourism = true;
            EXPECT_EQ(o.value(QStringLiteral("unit")).toString(), QStringLiteral("documents"));
            EXPECT_EQ(o.value(QStringLiteral("value")).toString(),
                      QStringLiteral("relatives_commitment,pre_departure,return"));
        }
        if (o.value(QStringLiteral("key")).toString() ==
            QLatin1String(rule_key::kReturnReportPrivateWorkingDays)) {
            sawPrivateReturn = true;
            EXPECT_EQ(o.value(QStringLiteral("unit")).toString(), QStringLiteral("days"));
            EXPECT_EQ(o.value(QStringLiteral("value")).toInt(), 7);
        }
    }
    EXPECT_TRUE(sawTourism);
    EXPECT_TRUE(sawPrivateReturn);
    auto back = rulesFromJson(json);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->documents(tourism), v2.documents(tourism));
    EXPECT_EQ(back->unitOf(rule_key::kReturnReportPrivateWorkingDays), RuleUnit::Days);
}

TEST_F(RuleRepositoryTest, AVersionStoredBeforeTheDocumentsRulesReadsTheirDefaultsAndCanBeEdited)
{
    // Version 1 as an earlier program wrote it: no documents rules.
    const RuleSet defaults = RuleSet::defaults();
    QList<Rule> older;
    for (const Rule& r : defaults.rules()) {
        if (r.unit != RuleUnit::Documents)
            older.append(r);
    }
    const RuleSet v1(1, defaults.effectiveDate(), older);
    {
        auto stmt = db().connection().prepare("UPDATE rule_sets SET rules_json = ? WHERE version = 1");
        ASSERT_TRUE(stmt.ok());
        stmt->bind(1, QString::fromUtf8(QJsonDocument(rulesToJson(v1)).toJson(QJsonDocument::Compact)));
        ASSERT_TRUE(stmt->run().ok());
    }
    RuleRepository rules(db());
    auto stored = rules.latest();
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->version(), 1);
    const QString study = rule_key::documentsFor(PostingPurpose::Study);
    // Listed with its default, so `rules show` has it and an admin can edit it.
    ASSERT_NE(stored->find(study), nullptr);
    EXPECT_EQ(stored->documents(study), (QList<ReportKind>{ReportKind::PreDeparture, ReportKind::Return}));
    EXPECT_EQ(stored->rules().size(), RuleSet::defaults().rules().size());

    RuleSet next = stored->nextVersion(QDate(2026, 3, 2));
    ASSERT_TRUE(next.setValue(study, QStringLiteral("pre_departure,return,self_review")).ok());
    insert(next);
    auto all = rules.versions();
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).documents(study), (QList<ReportKind>{ReportKind::PreDeparture, ReportKind::Return}));
    EXPECT_EQ(all->at(1).documents(study),
              (QList<ReportKind>{ReportKind::PreDeparture, ReportKind::Return, ReportKind::SelfReview}));
}

TEST_F(RuleRepositoryTest, ARegisterWrittenBeforeTheCitedDefaultsKeepsItsEarlierBehaviour)
{
    // Version 1 as the program wrote it before schema 12: private trips with a pre-departure report, the
    // overdue-report block on, and no rule on whether exactly 3 months is a temporary transfer.
    const RuleSet defaults = RuleSet::defaults();
    QList<Rule> older;
    for (Rule r : defaults.rules()) {
        if (r.key == QLatin1String(rule_key::kTemporaryTransferIncludesThreshold))
            continue;
        if (r.key == QLatin1String(rule_key::kBlockApprovalWhileReturnReportOverdue))
            r.value = true;
        if (r.key == rule_key::documentsFor(PostingPurpose::Tourism))
            r.value = QStringLiteral("private_trip_application,pre_departure,return");
        older.append(r);
    }
    {
        auto stmt = db().connection().prepare("UPDATE rule_sets SET rules_json = ? WHERE version = 1");
        ASSERT_TRUE(stmt.ok());
        stmt->bind(1,
                   QString::fromUtf8(QJsonDocument(rulesToJson(RuleSet(1, defaults.effectiveDate(), older)))
                                         .toJson(QJsonDocument::Compact)));
        ASSERT_TRUE(stmt->run().ok());
    }
    auto stored = RuleRepository(db()).latest();
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->flag(rule_key::kBlockApprovalWhileReturnReportOverdue));
    EXPECT_TRUE(stored->documents(rule_key::documentsFor(PostingPurpose::Tourism))
                    .contains(ReportKind::PreDeparture));
    // The missing rule is listed (so an admin can change it) with the behaviour it had: "over 3 months".
    ASSERT_NE(stored->find(rule_key::kTemporaryTransferIncludesThreshold), nullptr);
    EXPECT_FALSE(stored->flag(rule_key::kTemporaryTransferIncludesThreshold));

    // The admin adopts the cited default as a new version; version 1 stays as it was.
    RuleSet next = stored->nextVersion(QDate(2026, 3, 2));
    EXPECT_FALSE(next.flag(rule_key::kTemporaryTransferIncludesThreshold));
    ASSERT_TRUE(next.setValue(rule_key::kTemporaryTransferIncludesThreshold, true).ok());
    insert(next);
    auto all = RuleRepository(db()).versions();
    ASSERT_EQ(all->size(), 2);
    EXPECT_FALSE(all->at(0).flag(rule_key::kTemporaryTransferIncludesThreshold));
    EXPECT_TRUE(all->at(1).flag(rule_key::kTemporaryTransferIncludesThreshold));
}
