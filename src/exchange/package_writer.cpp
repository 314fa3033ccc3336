#include "exchange/package_writer.h"

#include "core/crypto.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <sodium.h>

namespace orec::exchange {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("orec::exchange", text);
}
} // namespace

Status writePackageFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("The package cannot be written: %1.").arg(file.errorString()), path);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io, tr("The package cannot be written: %1.").arg(file.errorString()), path);
    return {};
}

QByteArray signedMessage(const QByteArray& headerBlock, const QByteArray& cipherDigest)
{
    QByteArray message("orec-package-signature-v1");
    message += headerBlock;
    message += cipherDigest;
    return message;
}

Result<QByteArray> sealPackage(PackageHeader header, const QByteArray& payload, const Identity& sender,
                               const RecipientKey& recipient, std::uint32_t chunkBytes)
{
    crypto::ensureInitialised();
    if (!sender.isValid())
        return Error(ErrorCode::Internal, tr("This database has no exchange keys yet."));
    if (payload.isEmpty() || static_cast<std::uint64_t>(payload.size()) > kMaxPayloadBytes)
        return Error(ErrorCode::Invalid, tr("The package content is empty or too large."));
    if (chunkBytes < kMinChunkBytes || chunkBytes > kMaxChunkBytes)
        return Error(ErrorCode::Internal, tr("The chunk size is out of range."));

    header.senderId = sender.partyId();
    header.senderSignPublic = sender.publicIdentity().signPublic;
    header.senderBoxPublic = sender.publicIdentity().boxPublic;
    header.plainBytes = static_cast<std::uint64_t>(payload.size());
    header.chunkBytes = chunkBytes;
    header.cipherBytes = cipherBytesFor(header.plainBytes, chunkBytes);
    if (!header.hasEnrolmentProof)
        header.enrolmentProof = QByteArray(32, '\0');

    SecureBytes contentKey = SecureBytes::random(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (recipient.enrolmentKey) {
        header.wrap = KeyWrap::EnrolmentCode;
        header.keyWrap = QByteArray(kWrapAreaBytes, '\0'); // blanked while it is computed
        // The wrap authenticates every other header byte, so home's keys in the header are as
        // trustworthy as the enrolment code that opens it.
        QByteArray keyCopy(contentKey.chars(), static_cast<qsizetype>(contentKey.size()));
        header.keyWrap =
            crypto::aeadEncrypt(*recipient.enrolmentKey, keyCopy, encodeHeaderBlock(header, true));
        wipeBytes(keyCopy);
    } else {
        if (recipient.boxPublic.size() != kBoxPublicBytes)
            return Error(ErrorCode::Internal, tr("The recipient's encryption key is missing."));
        header.wrap = KeyWrap::SealedToRecipient;
        header.keyWrap = crypto::sealTo(recipient.boxPublic, contentKey);
    }
    if (header.keyWrap.size() > kWrapAreaBytes)
        return Error(ErrorCode::Internal, tr("The wrapped key does not fit the header."));

    const QByteArray block = encodeHeaderBlock(header);
    const QByteArray headerDigest = crypto::blake2b(block, 32);

    QByteArray out;
    out.reserve(static_cast<qsizetype>(header.fileBytes()));
    out += block;
    const qsizetype cipherStart = out.size();
    out.resize(cipherStart + static_cast<qsizetype>(header.cipherBytes));
    auto* cursor = reinterpret_cast<unsigned char*>(out.data() + cipherStart);

    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, cursor, contentKey.data());
    cursor += crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    const auto* plain = reinterpret_cast<const unsigned char*>(payload.constData());
    std::uint64_t remaining = header.plainBytes;
    do {
        const std::uint64_t take = std::min<std::uint64_t>(remaining, chunkBytes);
        const unsigned char tag = take == remaining ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                    : static_cast<unsigned char>(0);
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, cursor, &written, plain, take,
            reinterpret_cast<const unsigned char*>(headerDigest.constData()),
            static_cast<unsigned long long>(headerDigest.size()), tag);
        cursor += written;
        plain += take;
        remaining -= take;
    } while (remaining > 0);
    sodium_memzero(&state, sizeof state);
    contentKey.clear();

    const QByteArray cipherDigest = crypto::blake2b(
        QByteArray::fromRawData(out.constData() + cipherStart, static_cast<qsizetype>(header.cipherBytes)),
        64);
    out += sender.sign(signedMessage(block, cipherDigest));
    return out;
}

} // namespace orec::exchange
