// Every bad input of the exchange gets a clear, typed refusal and leaves both databases exactly as
// they were (a checksum of every table before and after).
#include "app/account_service.h"
#include "core/crypto.h"
#include "exchange/exchange_store.h"
#include "exchange/package_writer.h"
#include "exchange/payload_codec.h"
#include "exchange_fixture.h"
#include "storage/exchange_repository.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"

#include <QFile>
#include <QJsonArray>

namespace orec::test {
namespace {

using exchange::PackageProblem;

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

class BadPackageTest : public ExchangeFixture
{
protected:
    void SetUp() override
    {
        ExchangeFixture::SetUp();
        const QString code = enrol(QStringLiteral("CB-JP-01"));
        initField(exportCell(QStringLiteral("jp-1.orecpkg")), code);
    }

    // A change made on the laptop directly through the repository (what the register services do).
    void editOnField(const QString& notes)
    {
        auto m = MemberRepository(fieldDb()).findByUuid(m_people.anUuid);
        ASSERT_TRUE(m.ok() && m->has_value());
        Member an = **m;
        an.notes = notes;
        WriteScope scope(fieldDb());
        ASSERT_TRUE(MemberRepository(fieldDb()).update(scope, an).ok());
        ASSERT_TRUE(scope.commit().ok());
    }

    // Imports at home and expects a refusal for `why`, with nothing changed anywhere.
    void expectHomeRefuses(const QString& path, PackageProblem why, ErrorCode code, const char* what)
    {
        const Snapshot before = checksums();
        PackageProblem problem = PackageProblem::None;
        auto plan = homeExchange().previewImport(path, &problem);
        EXPECT_FALSE(plan.ok()) << what;
        EXPECT_EQ(problem, why) << what << ": got " << exchange::problemCode(problem);
        if (!plan.ok()) {
            EXPECT_EQ(plan.code(), code) << what << ": " << plan.error().toString().toStdString();
            EXPECT_FALSE(plan.error().message.isEmpty());
        }
        expectUnchanged(before, what);
    }

    void expectFieldRefuses(const QString& path, PackageProblem why, ErrorCode code, const char* what)
    {
        const Snapshot before = checksums();
        PackageProblem problem = PackageProblem::None;
        auto installed = fieldExchange().installCellPackage(path, &problem);
        EXPECT_FALSE(installed.ok()) << what;
        EXPECT_EQ(problem, why) << what << ": got " << exchange::problemCode(problem);
        if (!installed.ok()) {
            EXPECT_EQ(installed.code(), code) << what << ": " << installed.error().toString().toStdString();
        }
        expectUnchanged(before, what);
    }

    // The key the field database would seal its next package to home with (home's newest announced),
    // and the laptop's own newest receive key (what home seals to once it has the laptop's package).
    QByteArray homeKeyKnownToLaptop()
    {
        auto home = ExchangeRepository(fieldDb()).homePeer();
        EXPECT_TRUE(home.ok() && home->has_value());
        auto key = ExchangeRepository(fieldDb()).peerKey((*home)->id);
        EXPECT_TRUE(key.ok() && key->has_value());
        return (*key)->boxPublic;
    }
    QByteArray laptopReceiveKey()
    {
        auto home = ExchangeRepository(fieldDb()).homePeer();
        EXPECT_TRUE(home.ok() && home->has_value());
        auto key = ExchangeRepository(fieldDb()).newestReceiveKey((*home)->id);
        EXPECT_TRUE(key.ok() && key->has_value());
        return **key;
    }

    Status importAll(const QString& path)
    {
        auto plan = homeExchange().previewImport(path);
        if (!plan)
            return plan.error();
        plan->resolveAll(exchange::Resolution::TakeCell);
        auto applied = homeExchange().applyImport(*plan);
        if (!applied)
            return applied.error();
        return {};
    }
};

TEST_F(BadPackageTest, PackageForAnotherCellIsRefused)
{
    enrol(QStringLiteral("CB-KR-01"));
    const QString kr = exportCell(QStringLiteral("kr-1.orecpkg"), QStringLiteral("CB-KR-01"));
    // Made for another cell's laptop: none of this laptop's keys opens it.
    expectFieldRefuses(kr, PackageProblem::WrongRecipient, ErrorCode::Invalid, "package for another cell");

    // Signed by the real home and sealed to this laptop's own key, but about another cell.
    exportReturn(QStringLiteral("jp-r1.orecpkg")); // the laptop announces a key of its own
    auto homeIdentity = exchange::ExchangeStore(homeDb()).identity();
    auto laptop = exchange::ExchangeStore(fieldDb()).identity();
    auto kr01 = PartyUnitRepository(homeDb()).findByCode(QStringLiteral("CB-KR-01"));
    ASSERT_TRUE(homeIdentity.ok() && homeIdentity->has_value() && laptop.ok() && laptop->has_value() &&
                kr01.ok() && kr01->has_value());
    exchange::PackageHeader header;
    header.kind = exchange::PackageKind::Cell;
    header.recipientId = (*laptop)->partyId();
    header.cellId = QUuid::fromString((*kr01)->uuid);
    header.sequence = 2;
    header.acknowledged = 1;
    header.createdAt = m_clock.nowUtc();
    header.nextKey = crypto::generateBoxKeyPair().publicKey;
    auto bytes = exchange::sealPackage(
        header,
        exchange::encodePayload(QJsonObject{{QStringLiteral("cell_uuid"), (*kr01)->uuid}},
                                exchange::kCellPayloadSchema),
        **homeIdentity, laptopReceiveKey());
    ASSERT_TRUE(bytes.ok());
    const QString path = m_dir.file(QStringLiteral("other-cell.orecpkg"));
    writeBytes(path, *bytes);
    expectFieldRefuses(path, PackageProblem::WrongCell, ErrorCode::Invalid, "about another cell");
}

TEST_F(BadPackageTest, PackageForOrFromAnotherHomeIsRefused)
{
    editOnField(QStringLiteral("ghi chú"));
    const QString r1 = exportReturn(QStringLiteral("jp-r1.orecpkg"));
    // Another home database (another committee's, or a copy made elsewhere).
    auto other = app::AccountService::createDatabase(m_dir.file(QStringLiteral("other-home.orec")), kAdmin,
                                                     kAdminPassphrase, fastOptions(&m_clock));
    ASSERT_TRUE(other.ok());
    auto otherKeys = app::ExchangeService(*other->session).keys();
    ASSERT_TRUE(otherKeys.ok());
    const auto before = tableChecksums(other->session->database());
    exchange::PackageProblem problem = PackageProblem::None;
    auto plan = app::ExchangeService(*other->session).previewImport(r1, &problem);
    EXPECT_FALSE(plan.ok());
    EXPECT_EQ(problem, PackageProblem::WrongRecipient);
    EXPECT_EQ(tableChecksums(other->session->database()), before);

    // A cell package made by another home for this very laptop and cell, sealed to the laptop's current
    // key: it opens, but it is not from the home the laptop knows.
    auto laptop = exchange::ExchangeStore(fieldDb()).identity();
    ASSERT_TRUE(laptop.ok() && laptop->has_value());
    auto mode = ExchangeRepository(fieldDb()).mode();
    ASSERT_TRUE(mode.ok());
    const exchange::Identity strangerHome = exchange::Identity::generate();
    exchange::PackageHeader header;
    header.kind = exchange::PackageKind::Cell;
    header.recipientId = (*laptop)->partyId();
    header.cellId = QUuid::fromString(mode->cellUuid);
    header.sequence = 2;
    header.createdAt = m_clock.nowUtc();
    header.nextKey = crypto::generateBoxKeyPair().publicKey;
    auto forged = exchange::sealPackage(
        header,
        exchange::encodePayload(QJsonObject{{QStringLiteral("cell_uuid"), mode->cellUuid}},
                                exchange::kCellPayloadSchema),
        strangerHome, laptopReceiveKey());
    ASSERT_TRUE(forged.ok());
    const QString path = m_dir.file(QStringLiteral("forged-home.orecpkg"));
    writeBytes(path, *forged);
    expectFieldRefuses(path, PackageProblem::UnknownSender, ErrorCode::PermissionDenied, "another home");
}

TEST_F(BadPackageTest, TamperedByteAnywhereIsRefused)
{
    editOnField(QStringLiteral("ghi chú"));
    const QByteArray good = readAll(exportReturn(QStringLiteral("jp-r1.orecpkg")));
    const QString path = m_dir.file(QStringLiteral("tampered.orecpkg"));
    // In the magic, the version, the wrap count, the padded length, the key wrap, the stream header,
    // the encrypted signed header, the middle and the end.
    for (qsizetype at :
         {qsizetype(3), qsizetype(9), qsizetype(10), qsizetype(18), qsizetype(20 + 10), qsizetype(20 + 79),
          qsizetype(100 + 5), qsizetype(100 + 24 + 60), good.size() / 2, good.size() - 70, good.size() - 1}) {
        QByteArray bad = good;
        bad[at] = static_cast<char>(bad[at] ^ 0x20);
        writeBytes(path, bad);
        const Snapshot before = checksums();
        PackageProblem problem = PackageProblem::None;
        auto plan = homeExchange().previewImport(path, &problem);
        EXPECT_FALSE(plan.ok()) << "byte " << at;
        EXPECT_NE(problem, PackageProblem::None) << "byte " << at;
        expectUnchanged(before, "tampered byte");
    }
    // The same on the laptop's side.
    const QByteArray cell = readAll(exportCell(QStringLiteral("jp-2.orecpkg")));
    QByteArray bad = cell;
    bad[cell.size() / 2] = static_cast<char>(bad[cell.size() / 2] ^ 0x01);
    writeBytes(path, bad);
    expectFieldRefuses(path, PackageProblem::DecryptionFailed, ErrorCode::Corrupt, "tampered cell package");
}

TEST_F(BadPackageTest, TruncatedFileIsRefused)
{
    const QByteArray good = readAll(exportReturn(QStringLiteral("jp-r1.orecpkg")));
    const QString path = m_dir.file(QStringLiteral("truncated.orecpkg"));
    writeBytes(path, good.left(good.size() - 100));
    expectHomeRefuses(path, PackageProblem::Truncated, ErrorCode::Corrupt, "truncated");
    writeBytes(path, good.left(100));
    expectHomeRefuses(path, PackageProblem::Truncated, ErrorCode::Corrupt, "header cut");
}

TEST_F(BadPackageTest, WrongFileTypeIsRefused)
{
    expectHomeRefuses(m_dir.file(QStringLiteral("field.orec")), PackageProblem::NotAPackage,
                      ErrorCode::Invalid, "a database file");
    const QString csv = m_dir.file(QStringLiteral("members.csv"));
    writeBytes(csv, QByteArray("ho_ten,gioi_tinh\nNguyen Van A,Nam\n"));
    expectHomeRefuses(csv, PackageProblem::NotAPackage, ErrorCode::Invalid, "a spreadsheet");
    // The right container in the wrong place.
    expectHomeRefuses(exportCell(QStringLiteral("jp-2.orecpkg")), PackageProblem::WrongKind,
                      ErrorCode::Invalid, "a cell package imported at home");
    expectFieldRefuses(exportReturn(QStringLiteral("jp-r1.orecpkg")), PackageProblem::WrongKind,
                       ErrorCode::Invalid, "a return package on the laptop");
}

TEST_F(BadPackageTest, ReplayedPackageChangesNothing)
{
    editOnField(QStringLiteral("ghi chú"));
    const QString r1 = exportReturn(QStringLiteral("jp-r1.orecpkg"));
    ASSERT_TRUE(importAll(r1).ok());
    const Snapshot before = checksums();
    PackageProblem problem = PackageProblem::None;
    auto plan = homeExchange().previewImport(r1, &problem);
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(problem, PackageProblem::Replay);
    auto outcome = homeExchange().applyImport(*plan);
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome->replay);
    ASSERT_FALSE(outcome->notes.isEmpty());
    EXPECT_TRUE(outcome->notes.first().contains(QStringLiteral("already applied")));
    expectUnchanged(before, "replay at home");

    const QString c2 = exportCell(QStringLiteral("jp-2.orecpkg"));
    ASSERT_TRUE(fieldExchange().installCellPackage(c2).ok());
    const Snapshot again = checksums();
    auto reinstalled = fieldExchange().installCellPackage(c2, &problem);
    ASSERT_TRUE(reinstalled.ok());
    EXPECT_TRUE(reinstalled->replay);
    EXPECT_EQ(problem, PackageProblem::Replay);
    expectUnchanged(again, "replay on the laptop");
}

TEST_F(BadPackageTest, OlderPackageAfterNewerIsRefusedAndGapIsReported)
{
    editOnField(QStringLiteral("một"));
    const QString r1 = exportReturn(QStringLiteral("jp-r1.orecpkg"));
    editOnField(QStringLiteral("hai"));
    const QString r2 = exportReturn(QStringLiteral("jp-r2.orecpkg"));

    // r1 is lost in the post; r2 arrives first and carries r1's changes too.
    auto plan = homeExchange().previewImport(r2);
    ASSERT_TRUE(plan.ok()) << plan.error().toString().toStdString();
    EXPECT_EQ(plan->package.verdict, exchange::SequenceVerdict::Gap);
    EXPECT_EQ(plan->package.missingFrom, 1u);
    EXPECT_EQ(plan->package.missingTo, 1u);
    auto applied = homeExchange().applyImport(*plan);
    ASSERT_TRUE(applied.ok()) << applied.error().toString().toStdString();
    ASSERT_FALSE(applied->notes.isEmpty());
    auto an = MemberRepository(homeDb()).findByUuid(m_people.anUuid);
    EXPECT_EQ((*an)->notes, QStringLiteral("hai"));

    expectHomeRefuses(r1, PackageProblem::OutOfOrder, ErrorCode::Conflict, "older after newer");
    // Home's older cell package after a newer one, on the laptop.
    const QString c2 = exportCell(QStringLiteral("jp-2.orecpkg"));
    const QString c3 = exportCell(QStringLiteral("jp-3.orecpkg"));
    auto installed = fieldExchange().installCellPackage(c3);
    ASSERT_TRUE(installed.ok()) << installed.error().toString().toStdString();
    EXPECT_EQ(installed->missingFrom, 2u);
    expectFieldRefuses(c2, PackageProblem::OutOfOrder, ErrorCode::Conflict, "older cell package");
}

TEST_F(BadPackageTest, DifferentPackageUnderAnUsedNumberIsRefused)
{
    editOnField(QStringLiteral("một"));
    ASSERT_TRUE(importAll(exportReturn(QStringLiteral("jp-r1.orecpkg"))).ok());
    // The laptop restored from an old backup numbers its next package 1 again.
    exchange::ExchangeStore store(fieldDb());
    auto laptop = store.identity();
    auto home = store.tables().homePeer();
    auto mode = store.tables().mode();
    ASSERT_TRUE(laptop.ok() && home.ok() && mode.ok() && laptop->has_value() && home->has_value());
    exchange::PackageHeader header;
    header.kind = exchange::PackageKind::Return;
    header.recipientId = (*home)->identity.partyId;
    header.cellId = QUuid::fromString(mode->cellUuid);
    header.sequence = 1;
    header.firstChange = 1;
    header.lastChange = 0;
    header.createdAt = m_clock.nowUtc();
    header.nextKey = crypto::generateBoxKeyPair().publicKey;
    auto head = store.ownAuditHead(); // as the program sends it: home refuses a package without one
    ASSERT_TRUE(head.ok() && !head->isEmpty());
    header.auditHead = *head;
    auto bytes =
        exchange::sealPackage(header,
                              exchange::encodePayload(QJsonObject{{QStringLiteral("changes"), QJsonArray()}},
                                                      exchange::kReturnPayloadSchema),
                              **laptop, homeKeyKnownToLaptop());
    ASSERT_TRUE(bytes.ok());
    const QString path = m_dir.file(QStringLiteral("reused.orecpkg"));
    writeBytes(path, *bytes);
    expectHomeRefuses(path, PackageProblem::SequenceReused, ErrorCode::Corrupt, "sequence reused");
}

TEST_F(BadPackageTest, ReturnPackageThatSkipsChangesIsRefused)
{
    editOnField(QStringLiteral("một"));
    ASSERT_TRUE(importAll(exportReturn(QStringLiteral("jp-r1.orecpkg"))).ok());
    exchange::ExchangeStore store(fieldDb());
    auto laptop = store.identity();
    auto home = store.tables().homePeer();
    auto mode = store.tables().mode();
    auto state = store.tables().sequence((*home)->id);
    ASSERT_TRUE(laptop.ok() && home.ok() && mode.ok() && state.ok() && laptop->has_value() &&
                home->has_value());
    // The laptop's next package, starting five changes after the last one home has.
    exchange::PackageHeader header;
    header.kind = exchange::PackageKind::Return;
    header.recipientId = (*home)->identity.partyId;
    header.cellId = QUuid::fromString(mode->cellUuid);
    header.sequence = state->lastSent + 1;
    header.acknowledged = state->lastReceived;
    header.firstChange = state->lastSent + 10;
    header.lastChange = state->lastSent + 10;
    header.createdAt = m_clock.nowUtc();
    header.nextKey = crypto::generateBoxKeyPair().publicKey;
    auto head = store.ownAuditHead(); // as the program sends it: home refuses a package without one
    ASSERT_TRUE(head.ok() && !head->isEmpty());
    header.auditHead = *head;
    auto bytes =
        exchange::sealPackage(header,
                              exchange::encodePayload(QJsonObject{{QStringLiteral("changes"), QJsonArray()}},
                                                      exchange::kReturnPayloadSchema),
                              **laptop, homeKeyKnownToLaptop());
    ASSERT_TRUE(bytes.ok());
    const QString path = m_dir.file(QStringLiteral("skips.orecpkg"));
    writeBytes(path, *bytes);
    expectHomeRefuses(path, PackageProblem::MissingChanges, ErrorCode::Conflict, "missing changes");
}

TEST_F(BadPackageTest, PackageSignedByARemovedSecretaryIsRefused)
{
    editOnField(QStringLiteral("một"));
    ASSERT_TRUE(importAll(exportReturn(QStringLiteral("jp-r1.orecpkg"))).ok());
    editOnField(QStringLiteral("hai"));
    const QString r2 = exportReturn(QStringLiteral("jp-r2.orecpkg"));
    // The secretary is replaced: the old laptop's packages stop counting.
    auto replaced =
        homeExchange().enrolSecretary(QStringLiteral("CB-JP-01"), QStringLiteral("Bí thư mới"), true);
    ASSERT_TRUE(replaced.ok()) << replaced.error().toString().toStdString();
    expectHomeRefuses(r2, PackageProblem::RemovedSender, ErrorCode::PermissionDenied, "removed secretary");
}

TEST_F(BadPackageTest, LaptopThatNeverEnrolledIsRefused)
{
    // Removed before the laptop's keys ever reached home: its enrolment proof matches nothing.
    const Status removed =
        homeExchange().removeSecretary(QStringLiteral("CB-JP-01"), QStringLiteral("lost laptop"));
    ASSERT_TRUE(removed.ok()) << removed.error().toString().toStdString();
    expectHomeRefuses(exportReturn(QStringLiteral("jp-r1.orecpkg")), PackageProblem::UnknownSender,
                      ErrorCode::PermissionDenied, "pending secretary removed");
}

TEST_F(BadPackageTest, PackageFarLargerThanItsHeaderSaysIsRefused)
{
    const QByteArray good = readAll(exportReturn(QStringLiteral("jp-r1.orecpkg")));
    const QString path = m_dir.file(QStringLiteral("padded.orecpkg"));
    writeBytes(path, good + QByteArray(4 * 1024 * 1024, 'Z'));
    expectHomeRefuses(path, PackageProblem::Oversized, ErrorCode::Corrupt, "far larger");
    writeBytes(path, good + QByteArray(1, '\n'));
    expectHomeRefuses(path, PackageProblem::Oversized, ErrorCode::Corrupt, "one byte larger");
}

TEST_F(BadPackageTest, ForgedLaptopClaimingTheSecretaryIsRefused)
{
    editOnField(QStringLiteral("một"));
    ASSERT_TRUE(importAll(exportReturn(QStringLiteral("jp-r1.orecpkg"))).ok());
    exchange::ExchangeStore store(fieldDb());
    auto laptop = store.identity();
    auto home = store.tables().homePeer();
    auto mode = store.tables().mode();
    ASSERT_TRUE(laptop.ok() && home.ok() && mode.ok() && laptop->has_value() && home->has_value());
    // Someone who knows the laptop's id and home's current key (both are in the laptop's database) but
    // not the laptop's signing key.
    exchange::PublicIdentity claimed = (*laptop)->publicIdentity();
    exchange::Identity fresh = exchange::Identity::generate();
    exchange::PublicIdentity pub = fresh.publicIdentity();
    pub.partyId = claimed.partyId;
    exchange::Identity impostor(pub, fresh.signSecret().clone(), fresh.boxSecret().clone());
    exchange::PackageHeader header;
    header.kind = exchange::PackageKind::Return;
    header.recipientId = (*home)->identity.partyId;
    header.cellId = QUuid::fromString(mode->cellUuid);
    header.sequence = 2;
    header.firstChange = 2;
    header.lastChange = 1;
    header.createdAt = m_clock.nowUtc();
    header.nextKey = crypto::generateBoxKeyPair().publicKey;
    auto bytes =
        exchange::sealPackage(header,
                              exchange::encodePayload(QJsonObject{{QStringLiteral("changes"), QJsonArray()}},
                                                      exchange::kReturnPayloadSchema),
                              impostor, homeKeyKnownToLaptop());
    ASSERT_TRUE(bytes.ok());
    const QString path = m_dir.file(QStringLiteral("impostor.orecpkg"));
    writeBytes(path, *bytes);
    expectHomeRefuses(path, PackageProblem::UnknownSender, ErrorCode::PermissionDenied, "impostor keys");
}

} // namespace
} // namespace orec::test
