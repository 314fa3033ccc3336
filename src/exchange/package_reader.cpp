#include "exchange/package_reader.h"

#include "core/crypto.h"
#include "exchange/identity.h"
#include "exchange/package_writer.h"

#include <QCoreApplication>
#include <cstring>
#include <sodium.h>

namespace orec::exchange {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::exchange)
};

Error failWith(PackageProblem* problem, PackageProblem why, const QString& message)
{
    if (problem)
        *problem = why;
    return packageError(why, message);
}

Error cannotRead(const QIODevice& device)
{
    return Error(ErrorCode::Io, Texts::tr("The package cannot be read: %1.").arg(device.errorString()));
}

constexpr qint64 kReadBlock = 64 * 1024;

} // namespace

// ---- OpenedContent ------------------------------------------------------------------------------------

Status OpenedContent::verify(const QByteArray& senderSignPublic, PackageProblem* problem)
{
    m_verified = false;
    if (problem)
        *problem = PackageProblem::None;
    const std::size_t signedBytes =
        static_cast<std::size_t>(m_header.auditHead.size()) + static_cast<std::size_t>(m_header.plainBytes);
    QByteArray digest(64, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), 64,
                       m_plain.data() + kInnerHeaderBytes, static_cast<unsigned long long>(signedBytes),
                       nullptr, 0);
    const QByteArray inner(m_plain.chars(), kInnerHeaderBytes);
    const QByteArray signature(m_plain.chars() + kInnerHeaderBytes + signedBytes, kSignatureBytes);
    if (!verifySignature(senderSignPublic, signedMessage(inner, digest), signature))
        return failWith(
            problem, PackageProblem::BadSignature,
            Texts::tr("The package's signature does not match: it was not made by the sender it names, "
                      "or was forged. It is refused."));
    m_verified = true;
    return {};
}

SecureBytes OpenedContent::payload() const
{
    if (!m_verified)
        return {};
    return SecureBytes(m_plain.data() + kInnerHeaderBytes + m_header.auditHead.size(),
                       static_cast<std::size_t>(m_header.plainBytes));
}

// ---- PackageReader ------------------------------------------------------------------------------------

Result<PackageReader> PackageReader::open(QIODevice& device, PackageProblem* problem)
{
    if (problem)
        *problem = PackageProblem::None;
    if (!device.isOpen() || device.isSequential())
        return Error(ErrorCode::Internal, Texts::tr("The package must be read from a file."));
    if (!device.seek(0))
        return cannotRead(device);
    const QByteArray block = device.read(kClearFixedBytes + kMaxWraps * kWrapBytes);
    auto clear = decodeClearHeader(block, problem);
    if (!clear)
        return clear.error();
    const auto actual = static_cast<std::uint64_t>(device.size());
    const std::uint64_t expected = clear->fileBytes();
    if (actual < expected)
        return failWith(
            problem, PackageProblem::Truncated,
            Texts::tr("The package is cut short: it has %1 bytes where its header announces %2. Ask for "
                      "the file to be sent again.")
                .arg(actual)
                .arg(expected));
    if (actual > expected)
        return failWith(
            problem, PackageProblem::Oversized,
            Texts::tr("The package is %1 bytes, more than the %2 its header announces: something was "
                      "added to it. It is refused.")
                .arg(actual)
                .arg(expected));
    QByteArray clearBlock = block.left(clear->clearBytes());
    return PackageReader(device, std::move(*clear), std::move(clearBlock));
}

Result<QByteArray> PackageReader::fileHash()
{
    if (!m_device->seek(0))
        return cannotRead(*m_device);
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    auto remaining = static_cast<qint64>(m_clear.fileBytes());
    while (remaining > 0) {
        const QByteArray part = m_device->read(std::min(remaining, kReadBlock));
        if (part.isEmpty())
            return failWith(nullptr, PackageProblem::Truncated,
                            Texts::tr("The package ends before its content does."));
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(part.constData()),
                                  static_cast<unsigned long long>(part.size()));
        remaining -= part.size();
    }
    QByteArray digest(32, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(digest.data()), 32);
    return digest;
}

Result<PackageReader::Unwrapped> PackageReader::unwrap(const QList<CandidateKey>& candidates,
                                                       PackageProblem* problem) const
{
    for (const QByteArray& wrap : m_clear.wraps) {
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const CandidateKey& candidate = candidates.at(i);
            if (!candidate.secretKey)
                continue;
            auto key = crypto::openSealed(wrap, candidate.publicKey, *candidate.secretKey);
            if (key && key->size() == crypto_secretstream_xchacha20poly1305_KEYBYTES)
                return Unwrapped{std::move(*key), static_cast<int>(i)};
        }
    }
    return failWith(
        problem, PackageProblem::WrongRecipient,
        Texts::tr("None of this database's current keys opens this package: it was made for another "
                  "database, or it is older than the last exchange (the key it was sealed to has been "
                  "deleted since). It is refused."));
}

Result<OpenedContent> PackageReader::decrypt(const SecureBytes& contentKey, PackageProblem* problem)
{
    if (contentKey.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return Error(ErrorCode::Internal, Texts::tr("The content key has the wrong size."));
    const auto damaged = [&] {
        return failWith(problem, PackageProblem::DecryptionFailed,
                        Texts::tr("The package content does not decrypt: it is damaged or was altered."));
    };
    if (!m_device->seek(m_clear.clearBytes()))
        return cannotRead(*m_device);
    const QByteArray streamHeader = m_device->read(kStreamHeaderBytes);
    if (streamHeader.size() != kStreamHeaderBytes)
        return damaged();
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char*>(streamHeader.constData()), contentKey.data()) != 0)
        return damaged();
    const QByteArray clearDigest = crypto::blake2b(m_clearBlock, 32);
    const std::uint64_t padded = m_clear.paddedBytes;
    SecureBytes plain(static_cast<std::size_t>(padded));
    std::uint64_t done = 0;
    bool final = false;
    while (!final) {
        const std::uint64_t take = std::min<std::uint64_t>(padded - done, kChunkBytes);
        const QByteArray chunk = m_device->read(static_cast<qint64>(take + kChunkOverheadBytes));
        unsigned long long written = 0;
        unsigned char tag = 0;
        if (chunk.size() != static_cast<qsizetype>(take + kChunkOverheadBytes) ||
            crypto_secretstream_xchacha20poly1305_pull(
                &state, plain.data() + done, &written, &tag,
                reinterpret_cast<const unsigned char*>(chunk.constData()),
                static_cast<unsigned long long>(chunk.size()),
                reinterpret_cast<const unsigned char*>(clearDigest.constData()),
                static_cast<unsigned long long>(clearDigest.size())) != 0 ||
            written != take) {
            sodium_memzero(&state, sizeof state);
            return damaged();
        }
        done += written;
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        // The stream must end exactly where the clear part says: no early end, no missing end.
        if (final != (done == padded)) {
            sodium_memzero(&state, sizeof state);
            return damaged();
        }
    }
    sodium_memzero(&state, sizeof state);

    auto header = decodeInnerHeader(QByteArray(plain.chars(), kInnerHeaderBytes), padded, problem);
    if (!header)
        return header.error();
    std::memcpy(header->auditHead.data(), plain.data() + kInnerHeaderBytes,
                static_cast<std::size_t>(header->auditHead.size()));
    // The padding is zero: a sender hides nothing after the signature.
    const std::uint64_t used = header->contentBytes();
    unsigned char extra = 0;
    for (std::uint64_t i = used; i < padded; ++i)
        extra |= plain.data()[i];
    if (extra != 0)
        return failWith(problem, PackageProblem::MalformedHeader,
                        Texts::tr("The package header is damaged: %1.")
                            .arg(Texts::tr("bytes after the end of the content")));
    return OpenedContent(std::move(plain), std::move(*header));
}

} // namespace orec::exchange
