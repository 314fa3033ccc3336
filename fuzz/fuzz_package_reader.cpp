// libFuzzer target: the .orecpkg reader (frame, signature, key unwrap, chunked decryption) and the
// payload decoder must never crash, hang or read out of bounds, whatever the bytes.
#include "exchange/identity.h"
#include "exchange/package_format.h"
#include "exchange/package_reader.h"
#include "exchange/package_writer.h"
#include "exchange/payload_codec.h"

#include <QBuffer>
#include <QByteArray>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>
#include <sodium.h>

namespace {

using namespace orec;
using namespace orec::exchange;

// Fixed keys, so a fuzzed file can be made to pass the signature and reach decryption.
struct Keys
{
    Identity sender;
    Identity recipient;
};

Identity fixedIdentity(unsigned char tag)
{
    unsigned char seed[32];
    for (unsigned char& b : seed)
        b = tag;
    PublicIdentity pub;
    pub.partyId = QUuid(0x12345678u + tag, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    pub.signPublic = QByteArray(32, '\0');
    SecureBytes signSecret(64);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(pub.signPublic.data()), signSecret.data(),
                             seed);
    pub.boxPublic = QByteArray(32, '\0');
    SecureBytes boxSecret(32);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(pub.boxPublic.data()), boxSecret.data(), seed);
    return Identity(pub, std::move(signSecret), std::move(boxSecret));
}

const Keys& keys()
{
    static const Keys k{fixedIdentity(1), fixedIdentity(2)};
    return k;
}

void openAll(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    auto reader = PackageReader::open(buffer);
    if (!reader)
        return;
    if (reader->header().fileBytes() != static_cast<std::uint64_t>(bytes.size()))
        __builtin_trap(); // open() promised the exact size
    if (!reader->verify(keys().sender.publicIdentity().signPublic))
        return;
    auto key = reader->unwrapKey(keys().recipient.publicIdentity().boxPublic, keys().recipient.boxSecret());
    if (!key)
        return;
    auto plain = reader->decrypt(*key);
    if (!plain)
        return;
    if (plain->size() != reader->header().plainBytes)
        __builtin_trap();
    (void)decodePayload(*plain, kCellPayloadSchema);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (sodium_init() < 0)
        return 0;
    if (size == 0)
        return 0;
    const QByteArray rest =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0:
        // Raw bytes as a package file.
        openAll(rest);
        break;
    case 1: {
        // Arbitrary bytes as a decrypted payload.
        SecureBytes plain(rest.constData(), static_cast<std::size_t>(rest.size()));
        (void)decodePayload(plain, kCellPayloadSchema);
        (void)decodePayload(plain, kReturnPayloadSchema);
        break;
    }
    default: {
        // A correctly signed and sealed package whose ciphertext is then replaced by the fuzzer's
        // bytes (re-signed), so the chunked decryption sees hostile input after the signature passes.
        PackageHeader header;
        header.kind = PackageKind::Cell;
        header.recipientId = keys().recipient.partyId();
        header.cellId = QUuid(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        header.sequence = 1;
        header.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        const QByteArray payload = encodePayload(QJsonObject{{QStringLiteral("x"), 1}}, kCellPayloadSchema);
        auto sealed =
            sealPackage(header, payload, keys().sender,
                        RecipientKey{keys().recipient.publicIdentity().boxPublic, nullptr}, kMinChunkBytes);
        if (!sealed)
            __builtin_trap();
        QBuffer buffer;
        buffer.setData(*sealed);
        buffer.open(QIODevice::ReadOnly);
        auto reader = PackageReader::open(buffer);
        if (!reader)
            __builtin_trap();
        const qsizetype headerEnd = kPrefixBytes + kHeaderBytes;
        const qsizetype cipherBytes = sealed->size() - headerEnd - kSignatureBytes;
        QByteArray cipher = rest.left(cipherBytes);
        cipher.append(QByteArray(cipherBytes - cipher.size(), '\0'));
        QByteArray forged = sealed->left(headerEnd) + cipher;
        QByteArray digest(64, '\0');
        crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), 64,
                           reinterpret_cast<const unsigned char*>(cipher.constData()),
                           static_cast<unsigned long long>(cipher.size()), nullptr, 0);
        forged += keys().sender.sign(signedMessage(sealed->left(headerEnd), digest));
        openAll(forged);
        break;
    }
    }
    return 0;
}
