#include "exchange/package_writer.h"

#include "core/crypto.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <cstring>
#include <sodium.h>

namespace orec::exchange {

namespace {
// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::exchange)
};
} // namespace

Status writePackageFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, Texts::tr("The package cannot be written: %1.").arg(file.errorString()),
                     path);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io, Texts::tr("The package cannot be written: %1.").arg(file.errorString()),
                     path);
    return {};
}

QByteArray signedMessage(const QByteArray& innerHeader, const QByteArray& contentDigest)
{
    QByteArray message("orec-package-signature-v2");
    message += innerHeader;
    message += contentDigest;
    return message;
}

Result<QByteArray> sealPackage(PackageHeader header, const QByteArray& payload, const Identity& sender,
                               const QByteArray& recipientBoxPublic)
{
    crypto::ensureInitialised();
    if (!sender.isValid())
        return Error(ErrorCode::Internal, Texts::tr("This database has no exchange keys yet."));
    if (payload.isEmpty() || static_cast<std::uint64_t>(payload.size()) > kMaxPayloadBytes ||
        static_cast<std::uint64_t>(header.auditHead.size()) > kMaxAuditHeadBytes)
        return Error(ErrorCode::Invalid, Texts::tr("The package content is empty or too large."));
    if (recipientBoxPublic.size() != kBoxPublicBytes)
        return Error(ErrorCode::Internal, Texts::tr("The recipient's encryption key is missing."));
    if (header.nextKey.size() != kBoxPublicBytes)
        return Error(ErrorCode::Internal, Texts::tr("The key for the answer is missing."));

    header.senderId = sender.partyId();
    header.senderSignPublic = sender.publicIdentity().signPublic;
    header.senderBoxPublic = sender.publicIdentity().boxPublic;
    header.plainBytes = static_cast<std::uint64_t>(payload.size());
    if (!header.hasEnrolmentProof)
        header.enrolmentProof = QByteArray(32, '\0');
    const std::uint64_t contentBytes = header.contentBytes();
    const std::uint64_t padded = paddedSizeFor(contentBytes);
    if (padded == 0)
        return Error(ErrorCode::Invalid, Texts::tr("The package content is empty or too large."));

    // The content in guarded memory: signed header, audit head, payload, signature, zero padding.
    const QByteArray inner = encodeInnerHeader(header);
    SecureBytes content(static_cast<std::size_t>(padded));
    std::size_t at = 0;
    const auto append = [&](const char* data, qsizetype size) {
        if (size > 0)
            std::memcpy(content.data() + at, data, static_cast<std::size_t>(size));
        at += static_cast<std::size_t>(size);
    };
    append(inner.constData(), inner.size());
    append(header.auditHead.constData(), header.auditHead.size());
    append(payload.constData(), payload.size());
    QByteArray digest(64, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), 64,
                       content.data() + kInnerHeaderBytes,
                       static_cast<unsigned long long>(header.auditHead.size() + payload.size()), nullptr, 0);
    const QByteArray signature = sender.sign(signedMessage(inner, digest));
    append(signature.constData(), signature.size());

    SecureBytes contentKey = SecureBytes::random(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    ClearHeader clear;
    clear.paddedBytes = padded;
    clear.wraps.append(crypto::sealTo(recipientBoxPublic, contentKey));
    if (clear.wraps.first().size() != kWrapBytes)
        return Error(ErrorCode::Internal, Texts::tr("The wrapped key does not fit the header."));
    const QByteArray block = encodeClearHeader(clear);
    const QByteArray clearDigest = crypto::blake2b(block, 32);

    QByteArray out;
    out.reserve(static_cast<qsizetype>(clear.fileBytes()));
    out += block;
    const qsizetype cipherStart = out.size();
    out.resize(cipherStart + static_cast<qsizetype>(clear.cipherBytes()));
    auto* cursor = reinterpret_cast<unsigned char*>(out.data() + cipherStart);

    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, cursor, contentKey.data());
    cursor += crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    const unsigned char* plain = content.data();
    std::uint64_t remaining = padded;
    do {
        const std::uint64_t take = std::min<std::uint64_t>(remaining, kChunkBytes);
        const unsigned char tag = take == remaining ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                    : static_cast<unsigned char>(0);
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, cursor, &written, plain, take,
            reinterpret_cast<const unsigned char*>(clearDigest.constData()),
            static_cast<unsigned long long>(clearDigest.size()), tag);
        cursor += written;
        plain += take;
        remaining -= take;
    } while (remaining > 0);
    sodium_memzero(&state, sizeof state);
    contentKey.clear();
    content.clear();
    return out;
}

} // namespace orec::exchange
