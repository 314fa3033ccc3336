// A secretary who sends what is not theirs to send: hostile return packages, exported with the
// secretary's real keys after their own outbox was edited by hand. Home refuses every field outside the
// allow-list and every reference outside the cell, by name, and a final value that ends outside the cell
// refuses the whole package with every table as it was.
#include "exchange/exchange_store.h"
#include "exchange/field_rights.h"
#include "exchange/record_codec.h"
#include "exchange_fixture.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/report_repository.h"
#include "storage/transfer_repository.h"

#include <QJsonArray>

namespace orec::test {
namespace {

using exchange::EntityKind;
using exchange::FieldOutcome;
using exchange::ItemAction;

// Tables an applied package changes whatever it holds: its number, the keys, the audit of the import.
const QStringList kBookkeeping = {
    QStringLiteral("audit_log"),           QStringLiteral("audit_head"),
    QStringLiteral("audit_seal"),          QStringLiteral("exchange_packages"),
    QStringLiteral("exchange_sequence"),   QStringLiteral("exchange_peer_keys"),
    QStringLiteral("exchange_peer_heads"), QStringLiteral("exchange_receive_keys"),
    QStringLiteral("exchange_identity"),   QStringLiteral("exchange_peers")};

class ScopeImportTest : public ExchangeFixture
{
protected:
    void SetUp() override
    {
        ExchangeFixture::SetUp();
        const QString code = enrol(QStringLiteral("CB-JP-01"));
        initField(exportCell(QStringLiteral("jp-1.orecpkg")), code);
        // One honest round, so the laptop is enrolled and both sides have rotated keys once.
        importAll(exportReturn(QStringLiteral("jp-r1.orecpkg")));
        auto installed = fieldExchange().installCellPackage(exportCell(QStringLiteral("jp-2.orecpkg")));
        ASSERT_TRUE(installed.ok()) << installed.error().toString().toStdString();

        auto kr = PartyUnitRepository(homeDb()).findByCode(QStringLiteral("CB-KR-01"));
        auto jp = PartyUnitRepository(homeDb()).findByCode(QStringLiteral("CB-JP-01"));
        ASSERT_TRUE(kr.ok() && kr->has_value() && jp.ok() && jp->has_value());
        m_krCell = (*kr)->uuid;
        m_jpCell = (*jp)->uuid;
        auto cuongPostings = PostingRepository(homeDb()).listForMember(m_people.cuongId);
        ASSERT_TRUE(cuongPostings.ok() && !cuongPostings->isEmpty());
        m_cuongPosting = cuongPostings->first().uuid;
        m_anPosting = PostingRepository(homeDb()).get(m_people.anPostingId)->uuid;
        auto reports = ReportRepository(homeDb()).listForMember(m_people.anId);
        ASSERT_TRUE(reports.ok() && !reports->isEmpty());
        m_anReport = reports->first().uuid;
        auto letters = TransferRepository(homeDb()).listForMember(m_people.anId);
        ASSERT_TRUE(letters.ok() && !letters->isEmpty());
        m_anLetter = letters->first().uuid;
    }

    void importAll(const QString& path)
    {
        auto plan = homeExchange().previewImport(path);
        ASSERT_TRUE(plan.ok()) << plan.error().toString().toStdString();
        plan->resolveAll(exchange::Resolution::TakeCell);
        auto applied = homeExchange().applyImport(*plan);
        ASSERT_TRUE(applied.ok()) << applied.error().toString().toStdString();
    }

    // The laptop's record as the secretary's outbox would carry it (references as uuids).
    QJsonObject fieldRecord(EntityKind kind, const QString& uuid)
    {
        auto record = exchange::RecordCodec(fieldDb()).load(kind, uuid);
        EXPECT_TRUE(record.ok() && record->has_value()) << uuid.toStdString();
        return record.ok() && *record ? (*record)->portable : QJsonObject();
    }

    // Writes a change into the laptop's outbox by hand: the field database is the secretary's and they
    // know its passphrase; the real program then exports it with the laptop's keys.
    void forge(EntityKind kind, const QString& uuid, const QJsonObject& before, const QJsonObject& after)
    {
        exchange::ExchangeStore store(fieldDb());
        auto home = store.tables().homePeer();
        ASSERT_TRUE(home.ok() && home->has_value());
        auto state = store.tables().sequence((*home)->id);
        auto last = store.tables().lastChangeNo();
        auto base = store.tables().baseVersion(exchange::entityName(kind), uuid);
        ASSERT_TRUE(state.ok() && last.ok() && base.ok());
        OutboxChange change;
        change.changeNo = std::max(*last, state->ackedChange) + 1;
        change.at = m_clock.nowUtc();
        change.user = QStringLiteral("bithu");
        change.entity = exchange::entityName(kind);
        change.entityUuid = uuid;
        change.action = before.isEmpty() ? QStringLiteral("create") : QStringLiteral("update");
        change.baseVersion = *base;
        change.before = before;
        change.after = after;
        WriteScope scope(fieldDb());
        ASSERT_TRUE(scope.status().ok());
        ASSERT_TRUE(store.tables().appendOutbox(scope, change).ok());
        ASSERT_TRUE(scope.commit().ok());
    }
    void forgeUpdate(EntityKind kind, const QString& uuid, const QJsonObject& changes)
    {
        const QJsonObject before = fieldRecord(kind, uuid);
        QJsonObject after = before;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            after.insert(it.key(), it.value());
        forge(kind, uuid, before, after);
    }
    void forgeCreate(EntityKind kind, QJsonObject values)
    {
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        values.insert(QStringLiteral("uuid"), uuid);
        values.insert(QStringLiteral("version"), 1);
        forge(kind, uuid, {}, values);
    }

    static const exchange::ChangeItem* item(const exchange::ImportPlan& plan, const QString& uuid)
    {
        for (const exchange::ChangeItem& i : plan.items) {
            if (i.uuid == uuid)
                return &i;
        }
        return nullptr;
    }
    static const exchange::FieldChange* field(const exchange::ChangeItem* i, const QString& name)
    {
        if (!i)
            return nullptr;
        for (const exchange::FieldChange& f : i->fields) {
            if (f.field == name)
                return &f;
        }
        return nullptr;
    }

    // Refused by name: the reason names the record and the field.
    static void expectRefused(const exchange::ChangeItem* i, const QString& name)
    {
        const exchange::FieldChange* f = field(i, name);
        ASSERT_NE(f, nullptr) << name.toStdString();
        EXPECT_EQ(f->outcome, FieldOutcome::Refused) << name.toStdString();
        EXPECT_TRUE(f->refusedReason.contains(name)) << f->refusedReason.toStdString();
        EXPECT_TRUE(f->refusedReason.contains(i->title)) << f->refusedReason.toStdString();
    }

    void expectRecordsUnchanged(const Snapshot& before, const char* what)
    {
        const Snapshot after = checksums();
        for (auto it = before.home.begin(); it != before.home.end(); ++it) {
            if (kBookkeeping.contains(it.key()))
                continue;
            EXPECT_EQ(after.home.value(it.key()), it.value())
                << what << ": home table " << it.key().toStdString();
        }
    }

    QString m_krCell, m_jpCell, m_cuongPosting, m_anPosting, m_anReport, m_anLetter;
};

TEST_F(ScopeImportTest, FieldsOutsideTheSecretarysRightAreRefusedByName)
{
    forgeUpdate(EntityKind::Member, m_people.anUuid,
                {{QStringLiteral("full_name"), QStringLiteral("Kẻ Giả Danh")},
                 {QStringLiteral("party_card_no"), QStringLiteral("99999999")},
                 {QStringLiteral("under_disciplinary_review"), true},
                 {QStringLiteral("home_unit_id"), m_krCell}});
    forgeUpdate(EntityKind::Posting, m_anPosting,
                {{QStringLiteral("member_id"), m_people.cuongUuid},
                 {QStringLiteral("overseas_cell_id"), m_krCell},
                 {QStringLiteral("status"), QStringLiteral("closed")},
                 {QStringLiteral("decision_no"), QStringLiteral("999/QĐ-GIẢ")},
                 {QStringLiteral("approving_committee_id"), m_krCell}});
    forgeUpdate(EntityKind::Report, m_anReport,
                {{QStringLiteral("member_id"), m_people.cuongUuid},
                 {QStringLiteral("posting_id"), m_cuongPosting},
                 {QStringLiteral("committee_decision"), QStringLiteral("Đồng ý")}});
    forgeUpdate(
        EntityKind::Transfer, m_anLetter,
        {{QStringLiteral("member_id"), m_people.binhUuid}, {QStringLiteral("receiving_unit_id"), m_krCell}});
    forgeUpdate(EntityKind::Unit, m_jpCell,
                {{QStringLiteral("code"), QStringLiteral("CB-XX-99")},
                 {QStringLiteral("parent_id"), m_krCell},
                 {QStringLiteral("secretary_member_id"), m_people.cuongUuid}});
    const QString hostile = exportReturn(QStringLiteral("jp-r2.orecpkg"));

    const Snapshot before = checksums();
    auto plan = homeExchange().previewImport(hostile);
    ASSERT_TRUE(plan.ok()) << plan.error().toString().toStdString();
    expectUnchanged(before, "preview");
    const auto* member = item(*plan, m_people.anUuid);
    const auto* posting = item(*plan, m_anPosting);
    const auto* report = item(*plan, m_anReport);
    const auto* letter = item(*plan, m_anLetter);
    const auto* cell = item(*plan, m_jpCell);
    for (const auto* i : {member, posting, report, letter, cell}) {
        ASSERT_NE(i, nullptr);
        EXPECT_EQ(i->action, ItemAction::Update) << i->title.toStdString();
        for (const exchange::FieldChange& f : i->fields)
            EXPECT_EQ(f.outcome, FieldOutcome::Refused)
                << i->title.toStdString() << " " << f.field.toStdString();
    }
    for (const char* f : {"full_name", "party_card_no", "under_disciplinary_review", "home_unit_id"})
        expectRefused(member, QString::fromLatin1(f));
    for (const char* f : {"member_id", "overseas_cell_id", "status", "decision_no", "approving_committee_id"})
        expectRefused(posting, QString::fromLatin1(f));
    for (const char* f : {"member_id", "posting_id", "committee_decision"})
        expectRefused(report, QString::fromLatin1(f));
    for (const char* f : {"member_id", "receiving_unit_id"})
        expectRefused(letter, QString::fromLatin1(f));
    for (const char* f : {"code", "parent_id", "secretary_member_id"})
        expectRefused(cell, QString::fromLatin1(f));
    // secretary_member_id is on the allow-list: refused for where it points, not for what it is.
    EXPECT_TRUE(
        field(cell, QStringLiteral("secretary_member_id"))->refusedReason.contains(m_people.cuongUuid));
    EXPECT_EQ(plan->toJson()
                  .value(QStringLiteral("items"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("fields"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("outcome"))
                  .toString(),
              QStringLiteral("refused"));

    auto applied = homeExchange().applyImport(*plan);
    ASSERT_TRUE(applied.ok()) << applied.error().toString().toStdString();
    EXPECT_EQ(applied->fieldsApplied, 0);
    expectRecordsUnchanged(before, "applied");

    // The laptop hears what home refused, and takes home's values back.
    auto installed = fieldExchange().installCellPackage(exportCell(QStringLiteral("jp-3.orecpkg")));
    ASSERT_TRUE(installed.ok()) << installed.error().toString().toStdString();
    const QJsonArray reported = installed->acknowledgement.value(QStringLiteral("packages"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("items"))
                                    .toArray();
    bool sawFullName = false;
    for (const QJsonValue& v : reported) {
        const QJsonObject fields = v.toObject().value(QStringLiteral("fields")).toObject();
        if (fields.contains(QStringLiteral("full_name"))) {
            sawFullName = true;
            EXPECT_EQ(fields.value(QStringLiteral("full_name")).toString(), QStringLiteral("refused"));
        }
    }
    EXPECT_TRUE(sawFullName);
}

TEST_F(ScopeImportTest, CreatedRecordsPointingOutsideTheCellAreRefused)
{
    const QString committee = fieldRecord(EntityKind::Posting, m_anPosting)
                                  .value(QStringLiteral("approving_committee_id"))
                                  .toString();
    // A posting in another cell, for a member of this one.
    QJsonObject posting = fieldRecord(EntityKind::Posting, m_anPosting);
    posting.remove(QStringLiteral("transfer_out_id"));
    posting.insert(QStringLiteral("overseas_cell_id"), m_krCell);
    forgeCreate(EntityKind::Posting, posting);
    // A report for a member of another cell.
    forgeCreate(EntityKind::Report, {{QStringLiteral("kind"), QStringLiteral("annual_rating")},
                                     {QStringLiteral("member_id"), m_people.cuongUuid},
                                     {QStringLiteral("received_date"), QStringLiteral("2026-01-15")}});
    // A letter of a member of this cell naming another member's posting.
    forgeCreate(EntityKind::Transfer, {{QStringLiteral("kind"), QStringLiteral("official")},
                                       {QStringLiteral("direction"), QStringLiteral("out")},
                                       {QStringLiteral("issuing_committee_id"), committee},
                                       {QStringLiteral("issue_date"), QStringLiteral("2026-02-01")},
                                       {QStringLiteral("member_id"), m_people.anUuid},
                                       {QStringLiteral("posting_id"), m_cuongPosting}});
    // A newcomer whose home unit is another overseas cell.
    forgeCreate(EntityKind::Member, {{QStringLiteral("full_name"), QStringLiteral("Người Lạ")},
                                     {QStringLiteral("gender"), QStringLiteral("male")},
                                     {QStringLiteral("home_unit_id"), m_krCell}});
    const QString hostile = exportReturn(QStringLiteral("jp-r2.orecpkg"));

    const Snapshot before = checksums();
    auto plan = homeExchange().previewImport(hostile);
    ASSERT_TRUE(plan.ok()) << plan.error().toString().toStdString();
    expectUnchanged(before, "preview");
    ASSERT_EQ(plan->items.size(), 4);
    const QStringList fields = {QStringLiteral("overseas_cell_id"), QStringLiteral("member_id"),
                                QStringLiteral("posting_id"), QStringLiteral("home_unit_id")};
    for (qsizetype i = 0; i < plan->items.size(); ++i) {
        const exchange::ChangeItem& it = plan->items.at(i);
        EXPECT_EQ(it.action, ItemAction::Refused) << it.title.toStdString();
        EXPECT_TRUE(it.refusedReason.contains(fields.at(i))) << it.refusedReason.toStdString();
    }
    auto applied = homeExchange().applyImport(*plan);
    ASSERT_TRUE(applied.ok()) << applied.error().toString().toStdString();
    EXPECT_EQ(applied->created, 0);
    EXPECT_EQ(applied->refused, 4);
    expectRecordsUnchanged(before, "applied");
}

// The plan refuses the field; were anything to let it through, the check of the final values after
// writing refuses the whole package and every table stays as it was.
TEST_F(ScopeImportTest, FinalValuesOutsideTheCellRefuseTheWholePackage)
{
    forgeUpdate(EntityKind::Member, m_people.anUuid,
                {{QStringLiteral("phone"), QStringLiteral("+81700000000")}});
    forgeUpdate(EntityKind::Posting, m_anPosting, {{QStringLiteral("member_id"), m_people.cuongUuid}});
    const QString hostile = exportReturn(QStringLiteral("jp-r2.orecpkg"));
    auto plan = homeExchange().previewImport(hostile);
    ASSERT_TRUE(plan.ok()) << plan.error().toString().toStdString();

    exchange::ImportPlan letThrough = *plan;
    for (exchange::ChangeItem& i : letThrough.items) {
        for (exchange::FieldChange& f : i.fields) {
            if (f.field == QLatin1String("member_id"))
                f.outcome = FieldOutcome::Apply;
        }
    }
    const Snapshot before = checksums();
    auto refused = homeExchange().applyImport(letThrough);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::PermissionDenied);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("member_id")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Nothing was applied")));
    expectUnchanged(before, "final values outside the cell");

    // The honest plan: the phone lands, the posting keeps its member.
    auto applied = homeExchange().applyImport(*plan);
    ASSERT_TRUE(applied.ok()) << applied.error().toString().toStdString();
    auto an = MemberRepository(homeDb()).findByUuid(m_people.anUuid);
    EXPECT_EQ((*an)->phone, QStringLiteral("+81700000000"));
    EXPECT_EQ(PostingRepository(homeDb()).get(m_people.anPostingId)->memberId, m_people.anId);
}

// A conflict on a reference the secretary may change: a value a person types must stay in the cell too.
TEST_F(ScopeImportTest, AValueTypedForAConflictMustStayInTheCell)
{
    forgeUpdate(EntityKind::Unit, m_jpCell, {{QStringLiteral("secretary_member_id"), m_people.binhUuid}});
    const QString r2 = exportReturn(QStringLiteral("jp-r2.orecpkg"));
    // Meanwhile home names its own secretary for the cell.
    {
        auto jp = PartyUnitRepository(homeDb()).findByCode(QStringLiteral("CB-JP-01"));
        PartyUnit cell = **jp;
        auto dung = MemberRepository(homeDb()).findByUuid(m_people.dungUuid);
        cell.secretaryMemberId = (*dung)->id;
        WriteScope scope(homeDb());
        ASSERT_TRUE(PartyUnitRepository(homeDb()).update(scope, cell).ok());
        ASSERT_TRUE(scope.commit().ok());
    }
    auto plan = homeExchange().previewImport(r2);
    ASSERT_TRUE(plan.ok()) << plan.error().toString().toStdString();
    const auto* cell = item(*plan, m_jpCell);
    ASSERT_NE(field(cell, QStringLiteral("secretary_member_id")), nullptr);
    ASSERT_EQ(field(cell, QStringLiteral("secretary_member_id"))->outcome, FieldOutcome::Conflict);

    exchange::ImportPlan typed = *plan;
    ASSERT_TRUE(typed.resolve(cell->index, QStringLiteral("secretary_member_id"), exchange::Resolution::Edit,
                              m_people.cuongUuid));
    const Snapshot before = checksums();
    auto refused = homeExchange().applyImport(typed);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::PermissionDenied);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("secretary_member_id")));
    expectUnchanged(before, "typed value outside the cell");

    ASSERT_TRUE(
        plan->resolve(cell->index, QStringLiteral("secretary_member_id"), exchange::Resolution::TakeCell));
    auto applied = homeExchange().applyImport(*plan);
    ASSERT_TRUE(applied.ok()) << applied.error().toString().toStdString();
    auto jp = PartyUnitRepository(homeDb()).findByCode(QStringLiteral("CB-JP-01"));
    auto binh = MemberRepository(homeDb()).findByUuid(m_people.binhUuid);
    EXPECT_EQ((*jp)->secretaryMemberId, (*binh)->id);
}

TEST(FieldRightsTest, AllowListIsDataAndNamesWhatIsRefused)
{
    EXPECT_TRUE(exchange::secretaryMayChange(EntityKind::Member, QStringLiteral("phone")));
    EXPECT_FALSE(exchange::secretaryMayChange(EntityKind::Member, QStringLiteral("full_name")));
    EXPECT_TRUE(exchange::secretaryMayChange(EntityKind::Report, QStringLiteral("fields.results")));
    EXPECT_FALSE(exchange::secretaryMayChange(EntityKind::Report, QStringLiteral("fields.")));
    EXPECT_FALSE(exchange::secretaryMayChange(EntityKind::Report, QStringLiteral("committee_opinion")));
    EXPECT_FALSE(exchange::secretaryMayChange(EntityKind::Posting, QStringLiteral("member_id")));
    EXPECT_FALSE(exchange::fieldRefusal(EntityKind::Posting, QStringLiteral("P"), QStringLiteral("status"),
                                        QStringLiteral("returned")));
    auto closed = exchange::fieldRefusal(EntityKind::Posting, QStringLiteral("P"), QStringLiteral("status"),
                                         QStringLiteral("closed"));
    ASSERT_TRUE(closed.has_value());
    EXPECT_TRUE(closed->contains(QStringLiteral("closed")));
    for (const exchange::SecretaryField& f : exchange::secretaryFields())
        EXPECT_TRUE(exchange::secretaryMayChange(
            f.kind, f.field == QLatin1String("fields.*") ? QStringLiteral("fields.x") : f.field));
}

} // namespace
} // namespace orec::test
