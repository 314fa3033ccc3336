// The .orecpkg container on its own: round trips, and every kind of damage refused with its reason.
#include "core/crypto.h"
#include "exchange/enrolment.h"
#include "exchange/identity.h"
#include "exchange/package_format.h"
#include "exchange/package_reader.h"
#include "exchange/package_writer.h"
#include "exchange/payload_codec.h"

#include <QBuffer>
#include <QJsonArray>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace orec::exchange {
namespace {

struct Opened
{
    PackageProblem problem = PackageProblem::None;
    ErrorCode code = ErrorCode::Ok;
    QJsonObject payload;
};

PackageHeader cellHeader(const QUuid& recipient, const QUuid& cell)
{
    PackageHeader h;
    h.kind = PackageKind::Cell;
    h.recipientId = recipient;
    h.cellId = cell;
    h.sequence = 3;
    h.acknowledged = 2;
    h.lastChange = 17;
    h.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    return h;
}

QJsonObject samplePayload(int members)
{
    QJsonArray list;
    for (int i = 0; i < members; ++i)
        list.append(
            QJsonObject{{QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {QStringLiteral("full_name"), QStringLiteral("Thành viên %1").arg(i)},
                        {QStringLiteral("noise"), QString::fromLatin1(crypto::randomBytes(40).toBase64())}});
    return QJsonObject{{QStringLiteral("members"), list}};
}

// Opens as the recipient would: frame, signature with the sender's known key, unwrap, decrypt, decode.
Opened openBytes(const QByteArray& bytes, const QByteArray& senderSignPublic, const Identity& recipient)
{
    Opened out;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    auto reader = PackageReader::open(buffer, &out.problem);
    if (!reader) {
        out.code = reader.code();
        return out;
    }
    if (Status s = reader->verify(senderSignPublic, &out.problem); !s) {
        out.code = s.code();
        return out;
    }
    auto key = reader->unwrapKey(recipient.publicIdentity().boxPublic, recipient.boxSecret(), &out.problem);
    if (!key) {
        out.code = key.code();
        return out;
    }
    auto plain = reader->decrypt(*key, &out.problem);
    if (!plain) {
        out.code = plain.code();
        return out;
    }
    auto payload = decodePayload(*plain, kCellPayloadSchema, &out.problem);
    if (!payload) {
        out.code = payload.code();
        return out;
    }
    out.payload = *payload;
    return out;
}

class PackageFormatTest : public ::testing::Test
{
protected:
    Identity m_home = Identity::generate();
    Identity m_laptop = Identity::generate();
    QUuid m_cell = QUuid::createUuid();

    QByteArray seal(const QJsonObject& payload, std::uint32_t chunk = kDefaultChunkBytes)
    {
        auto bytes =
            sealPackage(cellHeader(m_laptop.partyId(), m_cell), encodePayload(payload, kCellPayloadSchema),
                        m_home, RecipientKey{m_laptop.publicIdentity().boxPublic, nullptr}, chunk);
        EXPECT_TRUE(bytes.ok());
        return bytes.ok() ? *bytes : QByteArray();
    }
    Opened open(const QByteArray& bytes)
    {
        return openBytes(bytes, m_home.publicIdentity().signPublic, m_laptop);
    }
};

TEST_F(PackageFormatTest, RoundTripKeepsHeaderAndPayload)
{
    const QJsonObject payload = samplePayload(5);
    const QByteArray bytes = seal(payload);
    ASSERT_EQ(bytes.left(8), QByteArray(kMagic, 8));

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    auto reader = PackageReader::open(buffer);
    ASSERT_TRUE(reader.ok()) << reader.error().toString().toStdString();
    EXPECT_EQ(reader->header().senderId, m_home.partyId());
    EXPECT_EQ(reader->header().recipientId, m_laptop.partyId());
    EXPECT_EQ(reader->header().cellId, m_cell);
    EXPECT_EQ(reader->header().sequence, 3u);
    EXPECT_EQ(reader->header().acknowledged, 2u);
    EXPECT_EQ(reader->header().lastChange, 17u);
    EXPECT_EQ(reader->header().fileBytes(), static_cast<std::uint64_t>(bytes.size()));

    const Opened opened = open(bytes);
    ASSERT_EQ(opened.problem, PackageProblem::None);
    EXPECT_EQ(opened.payload.value(QStringLiteral("members")), payload.value(QStringLiteral("members")));
    EXPECT_EQ(opened.payload.value(QStringLiteral("version")).toInt(), kPayloadVersion);
}

TEST_F(PackageFormatTest, LargePayloadStreamsInManyChunks)
{
    const QJsonObject payload = samplePayload(400);
    const QByteArray bytes = seal(payload, kMinChunkBytes);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    auto reader = PackageReader::open(buffer);
    ASSERT_TRUE(reader.ok());
    EXPECT_GT(reader->header().plainBytes, 10u * kMinChunkBytes);
    const Opened opened = open(bytes);
    ASSERT_EQ(opened.problem, PackageProblem::None);
    EXPECT_EQ(opened.payload.value(QStringLiteral("members")).toArray().size(), 400);
}

// Every single byte of the file matters: changing any one is detected before anything is used.
TEST_F(PackageFormatTest, EveryTamperedByteIsRefused)
{
    const QByteArray bytes = seal(samplePayload(2), kMinChunkBytes);
    ASSERT_LT(bytes.size(), 4000);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QByteArray tampered = bytes;
        tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
        const Opened opened = open(tampered);
        EXPECT_NE(opened.problem, PackageProblem::None) << "byte " << i << " was not protected";
        EXPECT_NE(opened.code, ErrorCode::Ok) << "byte " << i;
        EXPECT_TRUE(opened.payload.isEmpty()) << "byte " << i;
    }
}

TEST_F(PackageFormatTest, TamperedCiphertextFailsTheSignatureBeforeDecryption)
{
    QByteArray bytes = seal(samplePayload(2));
    bytes[kPrefixBytes + kHeaderBytes + 40] =
        static_cast<char>(bytes[kPrefixBytes + kHeaderBytes + 40] ^ 0x80);
    const Opened opened = open(bytes);
    EXPECT_EQ(opened.problem, PackageProblem::BadSignature);
    EXPECT_EQ(opened.code, ErrorCode::Corrupt);
}

TEST_F(PackageFormatTest, TruncatedFilesAreRefusedAtEveryLength)
{
    const QByteArray bytes = seal(samplePayload(2));
    for (qsizetype length :
         {qsizetype(0), qsizetype(4), qsizetype(8), qsizetype(11), qsizetype(kPrefixBytes + 10),
          qsizetype(kPrefixBytes + kHeaderBytes), bytes.size() / 2, bytes.size() - 64, bytes.size() - 1}) {
        const Opened opened = open(bytes.left(length));
        if (length < 8) {
            EXPECT_EQ(opened.problem, PackageProblem::NotAPackage) << length;
        } else {
            EXPECT_EQ(opened.problem, PackageProblem::Truncated) << length;
            EXPECT_EQ(opened.code, ErrorCode::Corrupt) << length;
        }
    }
}

TEST_F(PackageFormatTest, PackageLargerThanItsHeaderSaysIsRefused)
{
    const QByteArray bytes = seal(samplePayload(2));
    for (qsizetype extra : {qsizetype(1), qsizetype(64), qsizetype(1024 * 1024)}) {
        const Opened opened = open(bytes + QByteArray(extra, 'A'));
        EXPECT_EQ(opened.problem, PackageProblem::Oversized) << extra;
    }
}

TEST_F(PackageFormatTest, HeaderAnnouncingAHugePayloadIsRefusedWithoutReadingIt)
{
    QByteArray bytes = seal(samplePayload(2));
    // plain length field at offset 100 of the header.
    const qsizetype at = kPrefixBytes + 100;
    for (int i = 0; i < 8; ++i)
        bytes[at + i] = static_cast<char>(i == 0 ? 0x7f : 0xff);
    const Opened opened = open(bytes);
    EXPECT_EQ(opened.problem, PackageProblem::Oversized);
}

TEST_F(PackageFormatTest, OtherFilesAreNotPackages)
{
    EXPECT_EQ(open(QByteArray("SQLite format 3\0 and then some bytes that follow", 48)).problem,
              PackageProblem::NotAPackage);
    EXPECT_EQ(open(QByteArray("ho_ten,gioi_tinh\nNguyen Van A,Nam\n")).problem, PackageProblem::NotAPackage);
    EXPECT_EQ(open(QByteArray()).problem, PackageProblem::NotAPackage);
    QByteArray future = seal(samplePayload(1));
    future[9] = 9; // format version 9
    EXPECT_EQ(open(future).problem, PackageProblem::UnsupportedVersion);
}

TEST_F(PackageFormatTest, AForgedSignatureOrAnotherRecipientIsRefused)
{
    const QByteArray bytes = seal(samplePayload(1));
    const Identity stranger = Identity::generate();
    EXPECT_EQ(openBytes(bytes, stranger.publicIdentity().signPublic, m_laptop).problem,
              PackageProblem::BadSignature);
    EXPECT_EQ(openBytes(bytes, m_home.publicIdentity().signPublic, stranger).problem,
              PackageProblem::DecryptionFailed);

    // Someone who intercepts the package and re-signs it with their own key keeps the header's sender.
    auto forged = sealPackage(cellHeader(m_laptop.partyId(), m_cell),
                              encodePayload(samplePayload(1), kCellPayloadSchema), stranger,
                              RecipientKey{m_laptop.publicIdentity().boxPublic, nullptr});
    ASSERT_TRUE(forged.ok());
    EXPECT_EQ(open(*forged).problem, PackageProblem::BadSignature);
}

TEST_F(PackageFormatTest, PayloadOfTheWrongSchemaIsRefused)
{
    auto bytes = sealPackage(cellHeader(m_laptop.partyId(), m_cell),
                             encodePayload(samplePayload(1), kReturnPayloadSchema), m_home,
                             RecipientKey{m_laptop.publicIdentity().boxPublic, nullptr});
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(open(*bytes).problem, PackageProblem::MalformedPayload);
}

TEST(EnrolmentTest, FirstPackageOpensOnlyWithItsCode)
{
    const Identity home = Identity::generate();
    const QUuid enrolmentId = QUuid::createUuid();
    const QString code = generateEnrolmentCode();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$")).match(code).hasMatch())
        << code.toStdString();
    auto key = enrolmentKeyFromCode(code, enrolmentId);
    ASSERT_TRUE(key.ok());
    PackageHeader header = cellHeader(enrolmentId, QUuid::createUuid());
    auto bytes = sealPackage(header, encodePayload(samplePayload(1), kCellPayloadSchema), home,
                             RecipientKey{{}, &*key});
    ASSERT_TRUE(bytes.ok());

    QBuffer buffer;
    buffer.setData(*bytes);
    buffer.open(QIODevice::ReadOnly);
    auto reader = PackageReader::open(buffer);
    ASSERT_TRUE(reader.ok());
    ASSERT_TRUE(reader->verify(home.publicIdentity().signPublic).ok());
    auto typedLowerCase = enrolmentKeyFromCode(code.toLower().remove(QLatin1Char('-')), enrolmentId);
    ASSERT_TRUE(typedLowerCase.ok());
    EXPECT_TRUE(reader->unwrapKeyWithEnrolment(*typedLowerCase).ok());

    auto wrongCode = enrolmentKeyFromCode(generateEnrolmentCode(), enrolmentId);
    PackageProblem problem = PackageProblem::None;
    EXPECT_FALSE(reader->unwrapKeyWithEnrolment(*wrongCode, &problem).ok());
    EXPECT_EQ(problem, PackageProblem::DecryptionFailed);
    EXPECT_FALSE(enrolmentKeyFromCode(QStringLiteral("ABCD-EFGH"), enrolmentId).ok());
}

TEST(EnrolmentTest, ProofBindsTheLaptopKeysToTheCode)
{
    const QUuid cell = QUuid::createUuid();
    auto key = enrolmentKeyFromCode(generateEnrolmentCode(), QUuid::createUuid());
    ASSERT_TRUE(key.ok());
    const Identity laptop = Identity::generate();
    const QByteArray proof = enrolmentProof(*key, laptop.publicIdentity(), cell);
    EXPECT_TRUE(checkEnrolmentProof(*key, laptop.publicIdentity(), cell, proof));
    EXPECT_FALSE(checkEnrolmentProof(*key, Identity::generate().publicIdentity(), cell, proof));
    EXPECT_FALSE(checkEnrolmentProof(*key, laptop.publicIdentity(), QUuid::createUuid(), proof));
}

TEST(FingerprintTest, ShortGroupsThatReadOverThePhone)
{
    const Identity a = Identity::generate();
    const QString fp = fingerprint(a.publicIdentity());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$")).match(fp).hasMatch())
        << fp.toStdString();
    EXPECT_EQ(fp, fingerprint(a.publicIdentity()));
    EXPECT_NE(fp, fingerprint(Identity::generate().publicIdentity()));
    // No letters that sound or look alike: Crockford's alphabet has no I, L, O or U.
    EXPECT_FALSE(fp.contains(QRegularExpression(QStringLiteral("[ILOU]"))));
}

} // namespace
} // namespace orec::exchange
