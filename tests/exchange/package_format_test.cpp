// The .orecpkg container on its own: round trips, what the clear part shows (nothing that names anyone),
// sizes in buckets, and every kind of damage refused with its reason.
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
#include <QtEndian>
#include <functional>
#include <gtest/gtest.h>
#include <sodium.h>

namespace orec::exchange {
namespace {

struct Opened
{
    PackageProblem problem = PackageProblem::None;
    ErrorCode code = ErrorCode::Ok;
    QString message;
    PackageHeader header;
    ClearHeader clear;
    QJsonObject payload;
};

PackageHeader cellHeader(const QUuid& recipient, const QUuid& cell, const QByteArray& nextKey)
{
    PackageHeader h;
    h.kind = PackageKind::Cell;
    h.recipientId = recipient;
    h.cellId = cell;
    h.sequence = 3;
    h.acknowledged = 2;
    h.lastChange = 17;
    h.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 12, 345), Qt::UTC);
    h.nextKey = nextKey;
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

// Opens as the recipient would: frame, the key wraps with its keys, decryption, the signature with the
// sender's known key, the payload.
Opened openBytes(const QByteArray& bytes, const QByteArray& senderSignPublic, const crypto::BoxKeyPair& key)
{
    Opened out;
    const auto fail = [&](const Error& e) {
        out.code = e.code;
        out.message = e.message;
        return out;
    };
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    auto reader = PackageReader::open(buffer, &out.problem);
    if (!reader)
        return fail(reader.error());
    out.clear = reader->clearHeader();
    auto unwrapped = reader->unwrap({CandidateKey{key.publicKey, &key.secretKey}}, &out.problem);
    if (!unwrapped)
        return fail(unwrapped.error());
    auto content = reader->decrypt(unwrapped->contentKey, &out.problem);
    if (!content)
        return fail(content.error());
    out.header = content->header();
    if (Status s = content->verify(senderSignPublic, &out.problem); !s)
        return fail(s.error());
    auto payload = decodePayload(content->payload(), kCellPayloadSchema, &out.problem);
    if (!payload)
        return fail(payload.error());
    out.payload = *payload;
    return out;
}

class PackageFormatTest : public ::testing::Test
{
protected:
    Identity m_home = Identity::generate();
    Identity m_laptop = Identity::generate();
    crypto::BoxKeyPair m_laptopKey = crypto::generateBoxKeyPair(); // the laptop's announced receive key
    QByteArray m_homeNextKey = crypto::generateBoxKeyPair().publicKey;
    QUuid m_cell = QUuid::createUuid();

    PackageHeader header() const { return cellHeader(m_laptop.partyId(), m_cell, m_homeNextKey); }
    QByteArray seal(const QJsonObject& payload, const QByteArray& auditHead = {})
    {
        PackageHeader h = header();
        h.auditHead = auditHead;
        auto bytes =
            sealPackage(h, encodePayload(payload, kCellPayloadSchema), m_home, m_laptopKey.publicKey);
        EXPECT_TRUE(bytes.ok()) << (bytes.ok() ? "" : bytes.error().toString().toStdString());
        return bytes.ok() ? *bytes : QByteArray();
    }
    Opened open(const QByteArray& bytes)
    {
        return openBytes(bytes, m_home.publicIdentity().signPublic, m_laptopKey);
    }
};

TEST_F(PackageFormatTest, RoundTripKeepsHeaderAndPayload)
{
    const QJsonObject payload = samplePayload(5);
    const QByteArray auditHead = crypto::randomBytes(96);
    const QByteArray bytes = seal(payload, auditHead);
    ASSERT_EQ(bytes.left(8), QByteArray(kMagic, 8));
    EXPECT_EQ(qFromBigEndian<std::uint16_t>(bytes.constData() + 8), kFormatVersion);

    const Opened opened = open(bytes);
    ASSERT_EQ(opened.problem, PackageProblem::None) << opened.message.toStdString();
    EXPECT_EQ(opened.clear.wraps.size(), 1);
    EXPECT_EQ(opened.clear.paddedBytes, kMinPaddedBytes);
    EXPECT_EQ(opened.clear.fileBytes(), static_cast<std::uint64_t>(bytes.size()));
    EXPECT_EQ(opened.header.senderId, m_home.partyId());
    EXPECT_EQ(opened.header.recipientId, m_laptop.partyId());
    EXPECT_EQ(opened.header.cellId, m_cell);
    EXPECT_EQ(opened.header.sequence, 3u);
    EXPECT_EQ(opened.header.acknowledged, 2u);
    EXPECT_EQ(opened.header.lastChange, 17u);
    EXPECT_EQ(opened.header.createdAt, header().createdAt);
    EXPECT_EQ(opened.header.senderSignPublic, m_home.publicIdentity().signPublic);
    EXPECT_EQ(opened.header.nextKey, m_homeNextKey);
    EXPECT_EQ(opened.header.auditHead, auditHead); // carried end to end, opaque
    EXPECT_EQ(opened.payload.value(QStringLiteral("members")), payload.value(QStringLiteral("members")));
    EXPECT_EQ(opened.payload.value(QStringLiteral("version")).toInt(), kPayloadVersion);
}

// What an interceptor sees: magic, version, one wrap that looks random, a padded length. No party or
// cell id, no public key, no time, no number, anywhere in the file.
TEST_F(PackageFormatTest, NothingIdentifyingIsInTheFile)
{
    const QByteArray bytes = seal(samplePayload(3));
    const Opened opened = open(bytes);
    ASSERT_EQ(opened.problem, PackageProblem::None);
    EXPECT_EQ(opened.clear.clearBytes(), kClearFixedBytes + kWrapBytes);
    QByteArray time(8, '\0');
    qToBigEndian<std::int64_t>(header().createdAt.toMSecsSinceEpoch(), time.data());
    const QList<QPair<const char*, QByteArray>> secrets = {
        {"sender id", m_home.partyId().toRfc4122()},
        {"recipient id", m_laptop.partyId().toRfc4122()},
        {"cell id", m_cell.toRfc4122()},
        {"sender signing key", m_home.publicIdentity().signPublic},
        {"sender long-term key", m_home.publicIdentity().boxPublic},
        {"recipient key", m_laptopKey.publicKey},
        {"next key", m_homeNextKey},
        {"time", time}};
    for (const auto& [what, value] : secrets)
        EXPECT_FALSE(bytes.contains(value)) << what;
    // Two packages with the same content from the same sender share nothing but the fixed bytes.
    const QByteArray again = seal(samplePayload(3));
    EXPECT_EQ(bytes.left(kClearFixedBytes), again.left(kClearFixedBytes));
    EXPECT_NE(bytes.mid(kClearFixedBytes, kWrapBytes), again.mid(kClearFixedBytes, kWrapBytes));
}

TEST_F(PackageFormatTest, SizeRevealsOnlyThePowerOfTwoBucket)
{
    const QByteArray one = seal(samplePayload(1));
    const QByteArray forty = seal(samplePayload(40));
    EXPECT_EQ(one.size(), forty.size()); // both pad to 16 KiB
    QList<qsizetype> sizes;
    for (int members : {1, 200, 700, 1500}) {
        const QByteArray bytes = seal(samplePayload(members));
        const Opened opened = open(bytes);
        ASSERT_EQ(opened.problem, PackageProblem::None) << members;
        EXPECT_TRUE(isPaddedSize(opened.clear.paddedBytes)) << members;
        EXPECT_GE(opened.clear.paddedBytes, opened.header.contentBytes()) << members;
        EXPECT_LT(opened.clear.paddedBytes / 2, std::max(opened.header.contentBytes(), kMinPaddedBytes))
            << members;
        EXPECT_EQ(static_cast<std::uint64_t>(bytes.size()),
                  kClearFixedBytes + kWrapBytes + cipherBytesFor(opened.clear.paddedBytes));
        sizes << bytes.size();
    }
    EXPECT_LT(sizes.first(), sizes.last());
    EXPECT_EQ(paddedSizeFor(1), kMinPaddedBytes);
    EXPECT_EQ(paddedSizeFor(kMinPaddedBytes + 1), 2 * kMinPaddedBytes);
    EXPECT_EQ(paddedSizeFor(kMaxPaddedBytes), kMaxPaddedBytes);
    EXPECT_EQ(paddedSizeFor(kMaxPaddedBytes + 1), 0u);
}

TEST_F(PackageFormatTest, LargePayloadStreamsInManyChunks)
{
    const QJsonObject payload = samplePayload(3000);
    const QByteArray bytes = seal(payload);
    const Opened opened = open(bytes);
    ASSERT_EQ(opened.problem, PackageProblem::None) << opened.message.toStdString();
    EXPECT_GE(opened.clear.paddedBytes, 4u * kChunkBytes);
    EXPECT_EQ(opened.payload.value(QStringLiteral("members")).toArray().size(), 3000);
}

// Every byte of the clear part, of the stream's header and of the start and end of the ciphertext, and
// bytes all through the rest: changing any one is detected before anything is used. (The smallest
// package is one 16 KiB chunk under one tag; every byte of it was tried once, 12 s on the shared
// machine, which is more than a unit test should take.)
TEST_F(PackageFormatTest, EveryTamperedByteIsRefused)
{
    const QByteArray bytes = seal(samplePayload(2));
    ASSERT_LT(bytes.size(), 17000);
    const qsizetype cipherStart = kClearFixedBytes + kWrapBytes;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const bool edge = i < cipherStart + kStreamHeaderBytes + 512 || i >= bytes.size() - 512;
        if (!edge && i % 61 != 0)
            continue;
        QByteArray tampered = bytes;
        tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
        const Opened opened = open(tampered);
        EXPECT_NE(opened.problem, PackageProblem::None) << "byte " << i << " was not protected";
        EXPECT_NE(opened.code, ErrorCode::Ok) << "byte " << i;
        EXPECT_TRUE(opened.payload.isEmpty()) << "byte " << i;
    }
}

TEST_F(PackageFormatTest, TamperedCiphertextOrWrapIsRefused)
{
    QByteArray bytes = seal(samplePayload(2));
    const qsizetype cipherAt = kClearFixedBytes + kWrapBytes + 40;
    QByteArray cipher = bytes;
    cipher[cipherAt] = static_cast<char>(cipher[cipherAt] ^ 0x80);
    EXPECT_EQ(open(cipher).problem, PackageProblem::DecryptionFailed);
    EXPECT_EQ(open(cipher).code, ErrorCode::Corrupt);
    QByteArray wrap = bytes;
    wrap[kClearFixedBytes + 5] = static_cast<char>(wrap[kClearFixedBytes + 5] ^ 0x80);
    EXPECT_EQ(open(wrap).problem, PackageProblem::WrongRecipient);
}

TEST_F(PackageFormatTest, TruncatedFilesAreRefusedAtEveryLength)
{
    const QByteArray bytes = seal(samplePayload(2));
    for (qsizetype length :
         {qsizetype(0), qsizetype(4), qsizetype(8), qsizetype(11), qsizetype(kClearFixedBytes + 10),
          qsizetype(kClearFixedBytes + kWrapBytes), bytes.size() / 2, bytes.size() - 64, bytes.size() - 1}) {
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

TEST_F(PackageFormatTest, ClearPartOutOfRangeIsRefusedWithoutReadingFurther)
{
    const QByteArray bytes = seal(samplePayload(2));
    QByteArray huge = bytes;
    qToBigEndian<std::uint64_t>(std::uint64_t{1} << 40, huge.data() + 12);
    EXPECT_EQ(open(huge).problem, PackageProblem::Oversized);
    QByteArray odd = bytes;
    qToBigEndian<std::uint64_t>(kMinPaddedBytes + 1, odd.data() + 12);
    EXPECT_EQ(open(odd).problem, PackageProblem::MalformedHeader);
    QByteArray small = bytes;
    qToBigEndian<std::uint64_t>(4096, small.data() + 12);
    EXPECT_EQ(open(small).problem, PackageProblem::MalformedHeader);
    for (char count : {char(0), char(kMaxWraps + 1)}) {
        QByteArray wraps = bytes;
        wraps[10] = count;
        EXPECT_EQ(open(wraps).problem, PackageProblem::MalformedHeader) << int(count);
    }
    QByteArray reserved = bytes;
    reserved[11] = 1;
    EXPECT_EQ(open(reserved).problem, PackageProblem::MalformedHeader);
}

TEST_F(PackageFormatTest, OtherFilesAndOtherVersionsAreRefused)
{
    EXPECT_EQ(open(QByteArray("SQLite format 3\0 and then some bytes that follow", 48)).problem,
              PackageProblem::NotAPackage);
    EXPECT_EQ(open(QByteArray("ho_ten,gioi_tinh\nNguyen Van A,Nam\n")).problem, PackageProblem::NotAPackage);
    EXPECT_EQ(open(QByteArray()).problem, PackageProblem::NotAPackage);
    QByteArray future = seal(samplePayload(1));
    future[9] = 9; // format version 9
    EXPECT_EQ(open(future).problem, PackageProblem::UnsupportedVersion);

    // A package of format 1 (its prefix: magic, version 1, header length 316) is refused by name.
    QByteArray formatOne(8 + 2 + 2 + 316 + 200, '\0');
    std::memcpy(formatOne.data(), kMagic, sizeof kMagic);
    qToBigEndian<std::uint16_t>(1, formatOne.data() + 8);
    qToBigEndian<std::uint16_t>(316, formatOne.data() + 10);
    const Opened old = open(formatOne);
    EXPECT_EQ(old.problem, PackageProblem::UnsupportedVersion);
    EXPECT_EQ(old.code, ErrorCode::Invalid);
    EXPECT_TRUE(old.message.contains(QStringLiteral("format 1"))) << old.message.toStdString();
    EXPECT_TRUE(old.message.contains(QStringLiteral("export the package again")))
        << old.message.toStdString();
}

TEST_F(PackageFormatTest, AForgedSignatureOrAnotherRecipientIsRefused)
{
    const QByteArray bytes = seal(samplePayload(1));
    const Identity stranger = Identity::generate();
    EXPECT_EQ(openBytes(bytes, stranger.publicIdentity().signPublic, m_laptopKey).problem,
              PackageProblem::BadSignature);
    const Opened other = openBytes(bytes, m_home.publicIdentity().signPublic, crypto::generateBoxKeyPair());
    EXPECT_EQ(other.problem, PackageProblem::WrongRecipient);
    EXPECT_EQ(other.code, ErrorCode::Invalid);

    // Someone who knows the laptop's key and home's public keys forges a package in home's name: the
    // header names home, the signature is theirs.
    const Identity impostor(m_home.publicIdentity(), stranger.signSecret().clone(),
                            stranger.boxSecret().clone());
    auto forged = sealPackage(header(), encodePayload(samplePayload(1), kCellPayloadSchema), impostor,
                              m_laptopKey.publicKey);
    ASSERT_TRUE(forged.ok());
    const Opened opened = open(*forged);
    EXPECT_EQ(opened.header.senderId, m_home.partyId());
    EXPECT_EQ(opened.problem, PackageProblem::BadSignature);
    EXPECT_TRUE(opened.payload.isEmpty());
}

// A package properly encrypted to `key` whose content is `content` as given (padded with `fill`), so the
// signed header's parser and the padding check see what a sender wrote, not what the writer makes.
QByteArray sealRawContent(QByteArray content, const QByteArray& recipientPublic, char fill = '\0')
{
    content.append(QByteArray(static_cast<qsizetype>(kMinPaddedBytes) - content.size(), fill));
    SecureBytes contentKey = SecureBytes::random(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    ClearHeader clear;
    clear.paddedBytes = kMinPaddedBytes;
    clear.wraps.append(crypto::sealTo(recipientPublic, contentKey));
    const QByteArray block = encodeClearHeader(clear);
    const QByteArray digest = crypto::blake2b(block, 32);
    QByteArray cipher(static_cast<qsizetype>(clear.cipherBytes()), '\0');
    auto* cursor = reinterpret_cast<unsigned char*>(cipher.data());
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, cursor, contentKey.data());
    crypto_secretstream_xchacha20poly1305_push(
        &state, cursor + crypto_secretstream_xchacha20poly1305_HEADERBYTES, nullptr,
        reinterpret_cast<const unsigned char*>(content.constData()),
        static_cast<unsigned long long>(content.size()),
        reinterpret_cast<const unsigned char*>(digest.constData()), 32,
        crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    return block + cipher;
}

// What the writer lays out, by hand: signed header, payload, signature.
QByteArray signedContent(PackageHeader h, const QByteArray& payload, const Identity& sender)
{
    h.senderId = sender.partyId();
    h.senderSignPublic = sender.publicIdentity().signPublic;
    h.senderBoxPublic = sender.publicIdentity().boxPublic;
    h.plainBytes = static_cast<std::uint64_t>(payload.size());
    if (!h.hasEnrolmentProof)
        h.enrolmentProof = QByteArray(32, '\0');
    const QByteArray inner = encodeInnerHeader(h);
    return inner + payload + sender.sign(signedMessage(inner, crypto::blake2b(payload, 64)));
}

TEST_F(PackageFormatTest, SignedHeaderAndPaddingAreReadStrictly)
{
    const QByteArray payload = encodePayload(samplePayload(1), kCellPayloadSchema);
    // As the writer makes it: opens.
    const QByteArray good = signedContent(header(), payload, m_home);
    EXPECT_EQ(open(sealRawContent(good, m_laptopKey.publicKey)).problem, PackageProblem::None);
    // Something after the signature.
    EXPECT_EQ(open(sealRawContent(good, m_laptopKey.publicKey, '\x01')).problem,
              PackageProblem::MalformedHeader);

    struct Case
    {
        const char* what;
        std::function<void(QByteArray&)> damage;
    };
    const QList<Case> cases = {
        {"kind", [](QByteArray& b) { b[0] = 7; }},
        {"flags", [](QByteArray& b) { b[1] = 2; }},
        {"reserved", [](QByteArray& b) { b[3] = 1; }},
        {"sender id", [](QByteArray& b) { b.replace(4, 16, QByteArray(16, '\0')); }},
        {"sequence", [](QByteArray& b) { b.replace(52, 8, QByteArray(8, '\0')); }},
        {"time", [](QByteArray& b) { b.replace(92, 8, QByteArray(8, '\0')); }},
        {"payload longer than the content",
         [](QByteArray& b) { qToBigEndian<std::uint64_t>(20000, b.data() + 100); }},
        {"audit head over the cap",
         [](QByteArray& b) { qToBigEndian<std::uint32_t>(kMaxAuditHeadBytes + 1, b.data() + 108); }},
        {"no next key", [](QByteArray& b) { b.replace(176, 32, QByteArray(32, '\0')); }},
        {"proof without its flag", [](QByteArray& b) { b[208] = 1; }},
    };
    for (const Case& c : cases) {
        QByteArray damaged = good;
        c.damage(damaged);
        const Opened opened = open(sealRawContent(damaged, m_laptopKey.publicKey));
        EXPECT_TRUE(opened.problem == PackageProblem::MalformedHeader ||
                    opened.problem == PackageProblem::Oversized)
            << c.what << ": " << problemCode(opened.problem);
        EXPECT_TRUE(opened.payload.isEmpty()) << c.what;
    }
    // A return package whose range of changes runs backwards.
    PackageHeader reversed = header();
    reversed.kind = PackageKind::Return;
    reversed.firstChange = 9;
    reversed.lastChange = 3;
    EXPECT_EQ(open(sealRawContent(signedContent(reversed, payload, m_home), m_laptopKey.publicKey)).problem,
              PackageProblem::MalformedHeader);
}

TEST_F(PackageFormatTest, PayloadOfTheWrongSchemaIsRefused)
{
    auto bytes = sealPackage(header(), encodePayload(samplePayload(1), kReturnPayloadSchema), m_home,
                             m_laptopKey.publicKey);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(open(*bytes).problem, PackageProblem::MalformedPayload);
}

TEST_F(PackageFormatTest, WriterRefusesWhatItCannotSeal)
{
    const QByteArray payload = encodePayload(samplePayload(1), kCellPayloadSchema);
    EXPECT_FALSE(sealPackage(header(), payload, m_home, QByteArray(5, 'x')).ok());
    PackageHeader noKey = header();
    noKey.nextKey.clear();
    EXPECT_FALSE(sealPackage(noKey, payload, m_home, m_laptopKey.publicKey).ok());
    PackageHeader bigHead = header();
    bigHead.auditHead = QByteArray(static_cast<qsizetype>(kMaxAuditHeadBytes) + 1, 'h');
    EXPECT_FALSE(sealPackage(bigHead, payload, m_home, m_laptopKey.publicKey).ok());
}

TEST(EnrolmentTest, FirstPackageOpensOnlyWithItsCode)
{
    const Identity home = Identity::generate();
    const QUuid enrolmentId = QUuid::createUuid();
    const QUuid cell = QUuid::createUuid();
    const QString code = generateEnrolmentCode();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$")).match(code).hasMatch())
        << code.toStdString();
    auto key = enrolmentKeyFromCode(code);
    ASSERT_TRUE(key.ok());
    PackageHeader header = cellHeader(enrolmentId, cell, crypto::generateBoxKeyPair().publicKey);
    header.hasEnrolmentProof = true;
    header.enrolmentProof = homeEnrolmentProof(*key, home.publicIdentity(), cell);
    auto bytes = sealPackage(header, encodePayload(samplePayload(1), kCellPayloadSchema), home,
                             enrolmentBoxKeys(*key).publicKey);
    ASSERT_TRUE(bytes.ok());

    // The code as the secretary types it opens the package, and proves home's keys inside.
    auto typedLowerCase = enrolmentKeyFromCode(code.toLower().remove(QLatin1Char('-')));
    ASSERT_TRUE(typedLowerCase.ok());
    const Opened opened =
        openBytes(*bytes, home.publicIdentity().signPublic, enrolmentBoxKeys(*typedLowerCase));
    ASSERT_EQ(opened.problem, PackageProblem::None) << opened.message.toStdString();
    EXPECT_EQ(opened.header.recipientId, enrolmentId);
    EXPECT_TRUE(
        checkHomeEnrolmentProof(*typedLowerCase, home.publicIdentity(), cell, opened.header.enrolmentProof));
    EXPECT_FALSE(checkHomeEnrolmentProof(*typedLowerCase, Identity::generate().publicIdentity(), cell,
                                         opened.header.enrolmentProof));

    auto wrongCode = enrolmentKeyFromCode(generateEnrolmentCode());
    ASSERT_TRUE(wrongCode.ok());
    EXPECT_EQ(openBytes(*bytes, home.publicIdentity().signPublic, enrolmentBoxKeys(*wrongCode)).problem,
              PackageProblem::WrongRecipient);
    EXPECT_FALSE(enrolmentKeyFromCode(QStringLiteral("ABCD-EFGH")).ok());
}

TEST(EnrolmentTest, ProofBindsTheLaptopKeysToTheCode)
{
    const QUuid cell = QUuid::createUuid();
    auto key = enrolmentKeyFromCode(generateEnrolmentCode());
    ASSERT_TRUE(key.ok());
    const Identity laptop = Identity::generate();
    const QByteArray proof = enrolmentProof(*key, laptop.publicIdentity(), cell);
    EXPECT_TRUE(checkEnrolmentProof(*key, laptop.publicIdentity(), cell, proof));
    EXPECT_FALSE(checkEnrolmentProof(*key, Identity::generate().publicIdentity(), cell, proof));
    EXPECT_FALSE(checkEnrolmentProof(*key, laptop.publicIdentity(), QUuid::createUuid(), proof));
    // Home's proof and the laptop's are not interchangeable.
    EXPECT_FALSE(checkHomeEnrolmentProof(*key, laptop.publicIdentity(), cell, proof));
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
