// The field exchange end to end: two databases in one test, edits on both sides, conflicts resolved by
// a person, and a second round trip that converges.
#include "app/register_service.h"
#include "exchange/exchange_store.h"
#include "exchange/record_codec.h"
#include "exchange_fixture.h"
#include "storage/exchange_repository.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/transfer_repository.h"

#include <QFile>

namespace orec::test {
namespace {

using exchange::FieldOutcome;
using exchange::ItemAction;
using exchange::PackageProblem;
using exchange::Resolution;

qint64 count(Database& db, const char* sql)
{
    auto n = db.connection().queryInt(sql);
    return n ? *n : -1;
}

Member memberByUuid(Database& db, const QString& uuid)
{
    auto m = MemberRepository(db).findByUuid(uuid);
    if (!m || !*m)
        throw std::runtime_error("member missing");
    return **m;
}

const exchange::ChangeItem* findItem(const exchange::ImportPlan& plan, const QString& uuid)
{
    for (const exchange::ChangeItem& item : plan.items) {
        if (item.uuid == uuid)
            return &item;
    }
    return nullptr;
}

const exchange::FieldChange* findField(const exchange::ChangeItem* item, const QString& field)
{
    if (!item)
        return nullptr;
    for (const exchange::FieldChange& f : item->fields) {
        if (f.field == field)
            return &f;
    }
    return nullptr;
}

class FieldExchangeTest : public ExchangeFixture
{};

TEST_F(FieldExchangeTest, FieldDatabaseHoldsOnlyItsCell)
{
    const QString code = enrol(QStringLiteral("CB-JP-01"));
    const QString package = exportCell(QStringLiteral("jp-1.orecpkg"));
    initField(package, code);

    EXPECT_EQ(count(fieldDb(), "SELECT count(*) FROM members"), 2);
    EXPECT_EQ(count(fieldDb(), "SELECT count(*) FROM postings"), 2);
    EXPECT_EQ(count(fieldDb(), "SELECT count(*) FROM members WHERE uuid IN (SELECT uuid FROM members)"), 2);
    EXPECT_TRUE(MemberRepository(fieldDb()).findByUuid(m_people.anUuid)->has_value());
    EXPECT_TRUE(MemberRepository(fieldDb()).findByUuid(m_people.binhUuid)->has_value());
    EXPECT_FALSE(MemberRepository(fieldDb()).findByUuid(m_people.cuongUuid)->has_value());
    EXPECT_FALSE(MemberRepository(fieldDb()).findByUuid(m_people.dungUuid)->has_value());
    EXPECT_EQ(count(fieldDb(), "SELECT count(*) FROM reports"), 1);
    EXPECT_EQ(count(fieldDb(), "SELECT count(*) FROM transfers"), 1);
    // Units travel as names: the cell, its committee, the members' home cell; not the other overseas cell.
    EXPECT_FALSE(PartyUnitRepository(fieldDb()).findByCode(QStringLiteral("CB-KR-01"))->has_value());
    auto cell = PartyUnitRepository(fieldDb()).findByCode(QStringLiteral("CB-JP-01"));
    ASSERT_TRUE(cell.ok() && cell->has_value());
    EXPECT_EQ(memberByUuid(fieldDb(), m_people.anUuid).id, (*cell)->secretaryMemberId);

    auto mode = fieldExchange().isFieldDatabase();
    ASSERT_TRUE(mode.ok());
    EXPECT_TRUE(*mode);
    auto keys = fieldExchange().keys();
    ASSERT_TRUE(keys.ok());
    EXPECT_EQ(keys->cellCode, QStringLiteral("CB-JP-01"));
    auto homeKeys = homeExchange().keys();
    ASSERT_TRUE(homeKeys.ok());
    ASSERT_EQ(keys->peers.size(), 1);
    EXPECT_EQ(keys->peers.first().fingerprint, homeKeys->ownFingerprint);
}

TEST_F(FieldExchangeTest, PackageBytesHoldNoPlaintextNameOrNumber)
{
    const QString code = enrol(QStringLiteral("CB-JP-01"));
    const QString cellPackage = exportCell(QStringLiteral("jp-1.orecpkg"));
    initField(cellPackage, code);
    Member an = memberByUuid(fieldDb(), m_people.anUuid);
    an.phone = QStringLiteral("+81901234567");
    auto updated = app::RegisterService(*m_field).updateMember(an);
    ASSERT_TRUE(updated.ok()) << updated.error().toString().toStdString();
    const QString returnPackage = exportReturn(QStringLiteral("jp-r1.orecpkg"));

    QStringList secrets = m_people.secrets;
    secrets << QStringLiteral("+81901234567") << QStringLiteral("Tokyo") << QStringLiteral("Nguyen Van An")
            << QStringLiteral("CB-JP-01");
    for (const QString& path : {cellPackage, returnPackage}) {
        const QByteArray bytes = readAll(path);
        ASSERT_GT(bytes.size(), 500);
        for (const QString& secret : secrets) {
            EXPECT_FALSE(bytes.contains(secret.toUtf8()))
                << secret.toStdString() << " in " << path.toStdString();
            const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
            EXPECT_FALSE(bytes.contains(utf16)) << secret.toStdString();
        }
    }

    // Nor anything that names the parties, the cell or the enrolment: ids (as bytes and as text) and
    // every public key of both sides, the short-lived ones included.
    QList<QByteArray> identifiers;
    const auto addUuid = [&](const QUuid& id) {
        identifiers << id.toRfc4122() << id.toString(QUuid::WithoutBraces).toLatin1();
    };
    auto homeKeys = exchange::ExchangeStore(homeDb()).identity();
    auto laptopKeys = exchange::ExchangeStore(fieldDb()).identity();
    auto home = ExchangeRepository(fieldDb()).homePeer();
    ASSERT_TRUE(homeKeys.ok() && homeKeys->has_value() && laptopKeys.ok() && laptopKeys->has_value() &&
                home.ok() && home->has_value());
    for (const exchange::Identity* identity : {&**homeKeys, &**laptopKeys}) {
        addUuid(identity->partyId());
        identifiers << identity->publicIdentity().signPublic << identity->publicIdentity().boxPublic;
    }
    addUuid((*home)->enrolmentId);
    addUuid(QUuid::fromString(
        PartyUnitRepository(homeDb()).findByCode(QStringLiteral("CB-JP-01"))->value().uuid));
    for (Database* db : {&homeDb(), &fieldDb()}) {
        auto keys = ExchangeRepository(*db).receiveKeys();
        ASSERT_TRUE(keys.ok());
        for (const auto& key : *keys)
            identifiers << key.boxPublic;
    }
    for (const QString& path : {cellPackage, returnPackage}) {
        const QByteArray bytes = readAll(path);
        for (const QByteArray& id : identifiers)
            EXPECT_FALSE(bytes.contains(id)) << id.toHex().toStdString() << " in " << path.toStdString();
    }
}

TEST_F(FieldExchangeTest, RoundTripsWithConflictsConverge)
{
    const QString code = enrol(QStringLiteral("CB-JP-01"));
    initField(exportCell(QStringLiteral("jp-1.orecpkg")), code);
    app::RegisterService fieldRegister(*m_field);
    app::RegisterService homeRegister(*m_home);

    // ---- the secretary works offline --------------------------------------------------------------
    Member an = memberByUuid(fieldDb(), m_people.anUuid);
    an.phone = QStringLiteral("+81900000001"); // home changes it too: a conflict
    an.email = QStringLiteral("an.field@example.invalid");
    ASSERT_TRUE(fieldRegister.updateMember(an).ok());
    Member binh = memberByUuid(fieldDb(), m_people.binhUuid);
    binh.email = QStringLiteral("binh.field@example.invalid"); // home changes her workplace: no conflict
    ASSERT_TRUE(fieldRegister.updateMember(binh).ok());
    auto binhPosting = PostingRepository(fieldDb()).findByUuid(
        PostingRepository(homeDb()).get(m_people.binhPostingId)->uuid);
    ASSERT_TRUE(binhPosting.ok() && binhPosting->has_value());
    TransitionInput lost;
    lost.date = QDate(2026, 3, 20);
    auto lostContact =
        fieldRegister.applyTransition((*binhPosting)->id, PostingTransition::MarkLostContact, lost);
    ASSERT_TRUE(lostContact.ok()) << lostContact.error().toString().toStdString();
    Report rating;
    rating.kind = ReportKind::AnnualRating;
    rating.memberId = an.id;
    rating.receivedDate = QDate(2026, 1, 15);
    rating.cellOpinion = QStringLiteral("Hoàn thành tốt nhiệm vụ");
    auto ratingAdded = fieldRegister.addMemberReport(rating);
    ASSERT_TRUE(ratingAdded.ok()) << ratingAdded.error().toString().toStdString();

    // ---- home works too -----------------------------------------------------------------------------
    Member homeAn = memberByUuid(homeDb(), m_people.anUuid);
    homeAn.phone = QStringLiteral("+84911111111");
    ASSERT_TRUE(homeRegister.updateMember(homeAn).ok());
    Member homeBinh = memberByUuid(homeDb(), m_people.binhUuid);
    homeBinh.workplace = QStringLiteral("Viện Hàn lâm");
    ASSERT_TRUE(homeRegister.updateMember(homeBinh).ok());
    Member homeCuong = memberByUuid(homeDb(), m_people.cuongUuid);
    homeCuong.notes = QStringLiteral("Ghi chú ở nhà");
    ASSERT_TRUE(homeRegister.updateMember(homeCuong).ok());

    // ---- the return package -------------------------------------------------------------------------
    const QString r1 = exportReturn(QStringLiteral("jp-r1.orecpkg"));
    PackageProblem problem = PackageProblem::None;
    auto plan = homeExchange().previewImport(r1, &problem);
    ASSERT_TRUE(plan.ok()) << plan.error().toString().toStdString();
    EXPECT_TRUE(plan->package.enrols); // the laptop's keys arrive with their enrolment proof
    EXPECT_EQ(plan->cellCode, QStringLiteral("CB-JP-01"));

    const exchange::ChangeItem* anItem = findItem(*plan, m_people.anUuid);
    ASSERT_NE(anItem, nullptr);
    const exchange::FieldChange* phone = findField(anItem, QStringLiteral("phone"));
    ASSERT_NE(phone, nullptr);
    EXPECT_EQ(phone->outcome, FieldOutcome::Conflict);
    EXPECT_EQ(phone->home.toString(), QStringLiteral("+84911111111"));
    EXPECT_EQ(phone->cell.toString(), QStringLiteral("+81900000001"));
    EXPECT_EQ(phone->base.toString(), QStringLiteral("+84912345678"));
    EXPECT_EQ(phone->homeChangedBy, kAdmin);
    ASSERT_NE(findField(anItem, QStringLiteral("email")), nullptr);
    EXPECT_EQ(findField(anItem, QStringLiteral("email"))->outcome, FieldOutcome::Apply);
    const exchange::ChangeItem* binhItem = findItem(*plan, m_people.binhUuid);
    ASSERT_NE(binhItem, nullptr);
    EXPECT_EQ(binhItem->conflictCount(), 0);
    EXPECT_EQ(findField(binhItem, QStringLiteral("workplace")), nullptr);
    const exchange::ChangeItem* ratingItem = findItem(*plan, ratingAdded->uuid);
    ASSERT_NE(ratingItem, nullptr);
    EXPECT_EQ(ratingItem->action, ItemAction::Create);
    EXPECT_EQ(plan->conflictCount(), 1);

    // Nothing applies with a conflict open.
    {
        const Snapshot before = checksums();
        auto refused = homeExchange().applyImport(*plan);
        EXPECT_FALSE(refused.ok());
        EXPECT_EQ(refused.code(), ErrorCode::Conflict);
        expectUnchanged(before, "unresolved conflict");
    }
    // A dry run goes through the whole apply and then rolls back.
    {
        exchange::ImportPlan trial = *plan;
        trial.resolveAll(Resolution::TakeCell);
        const Snapshot before = checksums();
        auto dry = homeExchange().applyImport(trial, true);
        ASSERT_TRUE(dry.ok()) << dry.error().toString().toStdString();
        EXPECT_TRUE(dry->dryRun);
        // The rating, and the documents the register created for the posting when it changed status.
        EXPECT_GE(dry->created, 1);
        expectUnchanged(before, "dry run");
    }

    ASSERT_TRUE(plan->resolve(anItem->index, QStringLiteral("phone"), Resolution::KeepHome));
    auto applied = homeExchange().applyImport(*plan);
    ASSERT_TRUE(applied.ok()) << applied.error().toString().toStdString();
    EXPECT_TRUE(applied->enrolledLaptop);
    EXPECT_EQ(applied->conflictsResolved, 1);
    EXPECT_GE(applied->created, 1);

    homeAn = memberByUuid(homeDb(), m_people.anUuid);
    EXPECT_EQ(homeAn.phone, QStringLiteral("+84911111111")); // kept home's
    EXPECT_EQ(homeAn.email, QStringLiteral("an.field@example.invalid"));
    homeBinh = memberByUuid(homeDb(), m_people.binhUuid);
    EXPECT_EQ(homeBinh.email, QStringLiteral("binh.field@example.invalid"));
    EXPECT_EQ(homeBinh.workplace, QStringLiteral("Viện Hàn lâm"));
    auto homeBinhPosting = PostingRepository(homeDb()).get(m_people.binhPostingId);
    ASSERT_TRUE(homeBinhPosting.ok());
    EXPECT_EQ(homeBinhPosting->status, PostingStatus::LostContact);
    EXPECT_EQ(homeBinhPosting->lostContactSince, QDate(2026, 3, 20));
    // The decision is in home's audit log.
    AuditFilter decisions;
    decisions.entity = QStringLiteral("exchange_conflict");
    auto audited = homeDb().auditLog().query(decisions);
    ASSERT_TRUE(audited.ok());
    ASSERT_EQ(audited->size(), 1);
    EXPECT_EQ(audited->first().action, QStringLiteral("resolve:keep_home"));

    // Re-importing the same package changes nothing and says so.
    {
        const Snapshot before = checksums();
        auto again = homeExchange().previewImport(r1, &problem);
        ASSERT_TRUE(again.ok());
        EXPECT_TRUE(again->isReplay());
        EXPECT_EQ(problem, PackageProblem::Replay);
        auto outcome = homeExchange().applyImport(*again);
        ASSERT_TRUE(outcome.ok());
        EXPECT_TRUE(outcome->replay);
        expectUnchanged(before, "replay");
    }

    // ---- home's next package acknowledges; the laptop takes home's state -------------------------------
    auto installed = fieldExchange().installCellPackage(exportCell(QStringLiteral("jp-2.orecpkg")));
    ASSERT_TRUE(installed.ok()) << installed.error().toString().toStdString();
    EXPECT_EQ(installed->pendingChanges, 0);
    EXPECT_GE(installed->acknowledgedChange, 4u);
    Member fieldAn = memberByUuid(fieldDb(), m_people.anUuid);
    EXPECT_EQ(fieldAn.phone, QStringLiteral("+84911111111"));
    EXPECT_EQ(memberByUuid(fieldDb(), m_people.binhUuid).workplace, QStringLiteral("Viện Hàn lâm"));
    auto status = fieldExchange().fieldStatus();
    ASSERT_TRUE(status.ok());
    EXPECT_TRUE(status->keysAcknowledged);
    EXPECT_TRUE(status->pending.isEmpty());

    // ---- second round: the laptop's key is now known; no proof, no conflict ----------------------------
    fieldAn.notes = QStringLiteral("Đã chuyển nhà trọ");
    ASSERT_TRUE(fieldRegister.updateMember(fieldAn).ok());
    auto plan2 = homeExchange().previewImport(exportReturn(QStringLiteral("jp-r2.orecpkg")));
    ASSERT_TRUE(plan2.ok()) << plan2.error().toString().toStdString();
    EXPECT_FALSE(plan2->package.enrols);
    EXPECT_EQ(plan2->conflictCount(), 0);
    ASSERT_EQ(plan2->items.size(), 1);
    ASSERT_TRUE(homeExchange().applyImport(*plan2).ok());
    auto installed2 = fieldExchange().installCellPackage(exportCell(QStringLiteral("jp-3.orecpkg")));
    ASSERT_TRUE(installed2.ok()) << installed2.error().toString().toStdString();

    // Both sides now hold the same records for the cell, field by field.
    exchange::RecordCodec homeCodec(homeDb());
    exchange::RecordCodec fieldCodec(fieldDb());
    for (exchange::EntityKind kind : {exchange::EntityKind::Member, exchange::EntityKind::Posting,
                                      exchange::EntityKind::Report, exchange::EntityKind::Transfer}) {
        auto uuids = fieldCodec.allUuids(kind);
        ASSERT_TRUE(uuids.ok());
        for (const QString& uuid : *uuids) {
            auto f = fieldCodec.load(kind, uuid);
            auto h = homeCodec.load(kind, uuid);
            ASSERT_TRUE(f.ok() && h.ok() && f->has_value() && h->has_value()) << uuid.toStdString();
            EXPECT_EQ(exchange::flattenFields(kind, (*f)->portable),
                      exchange::flattenFields(kind, (*h)->portable))
                << exchange::entityName(kind).toStdString() << " " << uuid.toStdString();
        }
    }
    EXPECT_EQ(memberByUuid(homeDb(), m_people.anUuid).notes, QStringLiteral("Đã chuyển nhà trọ"));
    const QString cellReports = QStringLiteral("SELECT count(*) FROM reports WHERE member_id IN (%1, %2)")
                                    .arg(m_people.anId)
                                    .arg(m_people.binhId);
    EXPECT_EQ(count(fieldDb(), "SELECT count(*) FROM reports"),
              count(homeDb(), cellReports.toUtf8().constData()));
    EXPECT_TRUE(homeDb().check()->ok());
    EXPECT_TRUE(fieldDb().check()->ok());
}

// A member arrives with a transfer letter, another leaves; new records and the references between
// them (posting -> letter -> posting) reach home in one transaction.
TEST_F(FieldExchangeTest, ArrivalWithTransferLetterAndLeavingReachHome)
{
    const QString code = enrol(QStringLiteral("CB-JP-01"));
    initField(exportCell(QStringLiteral("jp-1.orecpkg")), code);
    app::RegisterService fieldRegister(*m_field);

    auto cell = PartyUnitRepository(fieldDb()).findByCode(QStringLiteral("CB-JP-01"));
    auto committee = PartyUnitRepository(fieldDb()).findByCode(QStringLiteral("DU-NN"));
    ASSERT_TRUE(cell.ok() && cell->has_value() && committee.ok() && committee->has_value());

    Member newcomer;
    newcomer.fullName = QStringLiteral("Hoàng Minh Châu");
    newcomer.gender = Gender::Female;
    newcomer.dateOfBirth = QDate(1993, 6, 6);
    newcomer.citizenId = QStringLiteral("001193066666");
    newcomer.partyCardNumber = QStringLiteral("93066666");
    newcomer.admissionDate = QDate(2015, 3, 26);
    newcomer.fullMembershipDate = QDate(2016, 3, 26);
    newcomer.phone = QStringLiteral("+81905556666");
    auto added = fieldRegister.addMember(newcomer);
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();

    Posting stay;
    stay.memberId = added->id;
    stay.purpose = PostingPurpose::Study;
    stay.countryCodes = {QStringLiteral("JP")};
    stay.city = QStringLiteral("Osaka");
    stay.approvingCommitteeId = (*committee)->id;
    stay.plannedDeparture = QDate(2026, 3, 1);
    stay.plannedReturn = QDate(2028, 3, 1);
    stay.arrangement = PartyActivityArrangement::OfficialTransfer;
    stay.overseasCellId = (*cell)->id;
    auto posting = fieldRegister.createPosting(stay);
    ASSERT_TRUE(posting.ok()) << posting.error().toString().toStdString();

    Transfer letter;
    letter.kind = TransferKind::Official;
    letter.direction = TransferDirection::Out;
    letter.issuingCommitteeId = (*committee)->id;
    letter.registerNumber = RegisterNumber{2026, 57}; // as printed on the letter the member brought
    letter.issueDate = QDate(2026, 2, 20);
    letter.memberId = added->id;
    letter.postingId = posting->id;
    letter.receivingUnitId = (*cell)->id;
    auto issued = fieldRegister.issueTransfer(letter);
    ASSERT_TRUE(issued.ok()) << issued.error().toString().toStdString();

    // An goes home.
    auto anPosting =
        PostingRepository(fieldDb()).findByUuid(PostingRepository(homeDb()).get(m_people.anPostingId)->uuid);
    ASSERT_TRUE(anPosting.ok() && anPosting->has_value());
    TransitionInput back;
    back.date = QDate(2026, 3, 28);
    auto returned = fieldRegister.applyTransition((*anPosting)->id, PostingTransition::ReturnHome, back);
    ASSERT_TRUE(returned.ok()) << returned.error().toString().toStdString();

    auto plan = homeExchange().previewImport(exportReturn(QStringLiteral("jp-r1.orecpkg")));
    ASSERT_TRUE(plan.ok()) << plan.error().toString().toStdString();
    EXPECT_EQ(plan->conflictCount(), 0);
    for (const exchange::ChangeItem& item : plan->items)
        EXPECT_NE(item.action, ItemAction::Refused)
            << item.title.toStdString() << ": " << item.refusedReason.toStdString();
    auto applied = homeExchange().applyImport(*plan);
    ASSERT_TRUE(applied.ok()) << applied.error().toString().toStdString();

    auto homeMember = MemberRepository(homeDb()).findByUuid(added->uuid);
    ASSERT_TRUE(homeMember.ok() && homeMember->has_value());
    EXPECT_EQ((*homeMember)->fullName, QStringLiteral("Hoàng Minh Châu"));
    auto homePosting = PostingRepository(homeDb()).findByUuid(posting->uuid);
    ASSERT_TRUE(homePosting.ok() && homePosting->has_value());
    EXPECT_EQ((*homePosting)->memberId, (*homeMember)->id);
    auto homeCell = PartyUnitRepository(homeDb()).findByCode(QStringLiteral("CB-JP-01"));
    EXPECT_EQ((*homePosting)->overseasCellId, (*homeCell)->id);
    auto homeLetter = TransferRepository(homeDb()).findByUuid(issued->uuid);
    ASSERT_TRUE(homeLetter.ok() && homeLetter->has_value());
    EXPECT_EQ((*homeLetter)->registerNumber, (RegisterNumber{2026, 57}));
    EXPECT_EQ((*homePosting)->transferLetterOutId, (*homeLetter)->id);
    EXPECT_EQ(PostingRepository(homeDb()).get(m_people.anPostingId)->status, PostingStatus::Returned);

    // The next package brings the newcomer back as home's record.
    auto installed = fieldExchange().installCellPackage(exportCell(QStringLiteral("jp-2.orecpkg")));
    ASSERT_TRUE(installed.ok()) << installed.error().toString().toStdString();
    EXPECT_EQ(installed->pendingChanges, 0);
    EXPECT_EQ(count(fieldDb(), "SELECT count(*) FROM members"), 3);
    EXPECT_TRUE(homeDb().check()->ok());
    EXPECT_TRUE(fieldDb().check()->ok());
}

} // namespace
} // namespace orec::test
