// libFuzzer target: the .orecpkg reader (clear part, key unwrap, chunked decryption, signed header,
// padding, signature) and the payload decoder must never crash, hang or read out of bounds, whatever
// the bytes.
#include "exchange/identity.h"
#include "exchange/package_format.h"
#include "exchange/package_reader.h"
#include "exchange/package_writer.h"
#include "exchange/payload_codec.h"

#include <QBuffer>
#include <QByteArray>
#include <QJsonObject>
#include <QtEndian>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <sodium.h>

namespace {

using namespace orec;
using namespace orec::exchange;

// Fixed keys, so a fuzzed file can be made to open and reach the signed header and the signature.
struct Keys
{
    Identity sender;
    QByteArray recipientPublic;
    SecureBytes recipientSecret;
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
    static const Keys k = [] {
        Keys out{fixedIdentity(1), QByteArray(32, '\0'), SecureBytes(32)};
        unsigned char seed[32];
        std::memset(seed, 2, sizeof seed);
        crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(out.recipientPublic.data()),
                                out.recipientSecret.data(), seed);
        return out;
    }();
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
    if (reader->clearHeader().fileBytes() != static_cast<std::uint64_t>(bytes.size()))
        __builtin_trap(); // open() promised the exact size
    if (!reader->fileHash())
        __builtin_trap();
    auto key = reader->unwrap({CandidateKey{keys().recipientPublic, &keys().recipientSecret}});
    if (!key)
        return;
    auto content = reader->decrypt(key->contentKey);
    if (!content)
        return;
    if (content->header().contentBytes() > reader->clearHeader().paddedBytes)
        __builtin_trap(); // the signed header must fit what was decrypted
    if (!content->payload().empty())
        __builtin_trap(); // nothing before the signature is checked
    if (!content->verify(keys().sender.publicIdentity().signPublic))
        return;
    const SecureBytes payload = content->payload();
    if (payload.size() != content->header().plainBytes)
        __builtin_trap();
    (void)decodePayload(payload, kCellPayloadSchema);
}

// A package whose encrypted content is the fuzzer's bytes (zero-padded to the smallest size), properly
// encrypted and sealed, so the signed header's parser and the padding check see hostile input.
QByteArray sealRawContent(const QByteArray& raw)
{
    QByteArray content = raw.left(static_cast<qsizetype>(kMinPaddedBytes));
    content.append(QByteArray(static_cast<qsizetype>(kMinPaddedBytes) - content.size(), '\0'));
    SecureBytes contentKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    std::memset(contentKey.data(), 7, contentKey.size());
    QByteArray wrap(kWrapBytes, '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(wrap.data()), contentKey.data(), contentKey.size(),
                    reinterpret_cast<const unsigned char*>(keys().recipientPublic.constData()));
    ClearHeader clear;
    clear.paddedBytes = kMinPaddedBytes;
    clear.wraps.append(wrap);
    const QByteArray block = encodeClearHeader(clear);
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(block.constData()),
                       static_cast<unsigned long long>(block.size()), nullptr, 0);
    QByteArray out = block;
    QByteArray cipher(static_cast<qsizetype>(clear.cipherBytes()), '\0');
    auto* cursor = reinterpret_cast<unsigned char*>(cipher.data());
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, cursor, contentKey.data());
    cursor += crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    crypto_secretstream_xchacha20poly1305_push(
        &state, cursor, nullptr, reinterpret_cast<const unsigned char*>(content.constData()),
        static_cast<unsigned long long>(content.size()), digest, sizeof digest,
        crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    out += cipher;
    return out;
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
    switch (data[0] % 4) {
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
    case 2:
        // Arbitrary bytes as the encrypted content: the signed header, audit head, payload, padding.
        openAll(sealRawContent(rest));
        break;
    default: {
        // A real signed header and payload whose payload bytes are the fuzzer's, re-signed, so the
        // payload decoder sees hostile input after the signature passes.
        PackageHeader header;
        header.kind = PackageKind::Cell;
        header.recipientId = QUuid(9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1);
        header.cellId = QUuid(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        header.sequence = 1;
        header.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        header.nextKey = keys().recipientPublic;
        const QByteArray payload = rest.isEmpty() ? QByteArray(1, 'x') : rest.left(8 * 1024);
        auto sealed = sealPackage(header, payload, keys().sender, keys().recipientPublic);
        if (!sealed)
            __builtin_trap();
        openAll(*sealed);
        break;
    }
    }
    return 0;
}
