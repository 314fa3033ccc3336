#include "exchange/package_reader.h"

#include "core/crypto.h"
#include "exchange/identity.h"
#include "exchange/package_writer.h"

#include <QCoreApplication>
#include <sodium.h>

namespace orec::exchange {

namespace {

Error failWith(PackageProblem* problem, PackageProblem why, const QString& message)
{
    if (problem)
        *problem = why;
    return packageError(why, message);
}

constexpr qint64 kReadBlock = 64 * 1024;

} // namespace

Result<PackageReader> PackageReader::open(QIODevice& device, PackageProblem* problem)
{
    if (problem)
        *problem = PackageProblem::None;
    if (!device.isOpen() || device.isSequential())
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("orec::exchange", "The package must be read from a file."));
    if (!device.seek(0))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("orec::exchange", "The package cannot be read: %1.")
                         .arg(device.errorString()));
    const QByteArray block = device.read(kPrefixBytes + kHeaderBytes);
    auto header = decodeHeaderBlock(block, problem);
    if (!header)
        return header.error();
    const auto actual = static_cast<std::uint64_t>(device.size());
    const std::uint64_t expected = header->fileBytes();
    if (actual < expected)
        return failWith(
            problem, PackageProblem::Truncated,
            QCoreApplication::translate(
                "orec::exchange",
                "The package is cut short: it has %1 bytes where its header announces %2. Ask for "
                "the file to be sent again.")
                .arg(actual)
                .arg(expected));
    if (actual > expected)
        return failWith(
            problem, PackageProblem::Oversized,
            QCoreApplication::translate(
                "orec::exchange",
                "The package is %1 bytes, more than the %2 its header announces: something was added "
                "to it. It is refused.")
                .arg(actual)
                .arg(expected));
    return PackageReader(device, std::move(*header), block);
}

Status PackageReader::verify(const QByteArray& senderSignPublic, PackageProblem* problem)
{
    m_verified = false;
    if (problem)
        *problem = PackageProblem::None;
    crypto_generichash_state cipherState;
    crypto_generichash_state fileState;
    crypto_generichash_init(&cipherState, nullptr, 0, 64);
    crypto_generichash_init(&fileState, nullptr, 0, 32);
    crypto_generichash_update(&fileState, reinterpret_cast<const unsigned char*>(m_headerBlock.constData()),
                              static_cast<unsigned long long>(m_headerBlock.size()));
    if (!m_device->seek(kPrefixBytes + kHeaderBytes))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("orec::exchange", "The package cannot be read: %1.")
                         .arg(m_device->errorString()));
    auto remaining = static_cast<qint64>(m_header.cipherBytes);
    while (remaining > 0) {
        const QByteArray part = m_device->read(std::min(remaining, kReadBlock));
        if (part.isEmpty())
            return failWith(
                problem, PackageProblem::Truncated,
                QCoreApplication::translate("orec::exchange", "The package ends before its content does."));
        const auto* data = reinterpret_cast<const unsigned char*>(part.constData());
        crypto_generichash_update(&cipherState, data, static_cast<unsigned long long>(part.size()));
        crypto_generichash_update(&fileState, data, static_cast<unsigned long long>(part.size()));
        remaining -= part.size();
    }
    const QByteArray signature = m_device->read(kSignatureBytes);
    if (signature.size() != kSignatureBytes)
        return failWith(problem, PackageProblem::Truncated,
                        QCoreApplication::translate("orec::exchange", "The package has lost its signature."));
    crypto_generichash_update(&fileState, reinterpret_cast<const unsigned char*>(signature.constData()),
                              static_cast<unsigned long long>(signature.size()));
    QByteArray cipherDigest(64, '\0');
    crypto_generichash_final(&cipherState, reinterpret_cast<unsigned char*>(cipherDigest.data()), 64);
    QByteArray fileDigest(32, '\0');
    crypto_generichash_final(&fileState, reinterpret_cast<unsigned char*>(fileDigest.data()), 32);
    if (!verifySignature(senderSignPublic, signedMessage(m_headerBlock, cipherDigest), signature))
        return failWith(
            problem, PackageProblem::BadSignature,
            QCoreApplication::translate(
                "orec::exchange",
                "The package's signature does not match: it was altered after it was signed, or it "
                "was not made by the sender it names. It is refused."));
    m_packageHash = fileDigest;
    m_verified = true;
    return {};
}

Result<SecureBytes> PackageReader::unwrapKey(const QByteArray& boxPublic, const SecureBytes& boxSecret,
                                             PackageProblem* problem) const
{
    if (!m_verified)
        return Error(
            ErrorCode::Internal,
            QCoreApplication::translate("orec::exchange", "A package must be verified before it is opened."));
    if (m_header.wrap != KeyWrap::SealedToRecipient)
        return failWith(
            problem, PackageProblem::WrongRecipient,
            QCoreApplication::translate(
                "orec::exchange", "This package is a first package that opens with an enrolment code."));
    auto key = crypto::openSealed(m_header.keyWrap, boxPublic, boxSecret);
    if (!key || key->size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return failWith(
            problem, PackageProblem::DecryptionFailed,
            QCoreApplication::translate(
                "orec::exchange",
                "This database's key does not open the package: it was encrypted for someone else."));
    return key;
}

Result<SecureBytes> PackageReader::unwrapKeyWithEnrolment(const SecureBytes& enrolmentKey,
                                                          PackageProblem* problem) const
{
    if (!m_verified)
        return Error(
            ErrorCode::Internal,
            QCoreApplication::translate("orec::exchange", "A package must be verified before it is opened."));
    if (m_header.wrap != KeyWrap::EnrolmentCode)
        return failWith(
            problem, PackageProblem::WrongRecipient,
            QCoreApplication::translate(
                "orec::exchange",
                "This package is not a first package: it opens only on the laptop it was sent to."));
    auto key = crypto::aeadDecrypt(enrolmentKey, m_header.keyWrap, encodeHeaderBlock(m_header, true));
    if (!key || key->size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return failWith(problem, PackageProblem::DecryptionFailed,
                        QCoreApplication::translate(
                            "orec::exchange",
                            "The enrolment code does not open this package. Check the code, or ask home "
                            "whether the package was made for this code."));
    return key;
}

Result<SecureBytes> PackageReader::decrypt(const SecureBytes& contentKey, PackageProblem* problem)
{
    if (!m_verified)
        return Error(
            ErrorCode::Internal,
            QCoreApplication::translate("orec::exchange", "A package must be verified before it is opened."));
    if (contentKey.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("orec::exchange", "The content key has the wrong size."));
    const auto damaged = [&] {
        return failWith(
            problem, PackageProblem::DecryptionFailed,
            QCoreApplication::translate(
                "orec::exchange", "The package content does not decrypt: it is damaged or was altered."));
    };
    if (!m_device->seek(kPrefixBytes + kHeaderBytes))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("orec::exchange", "The package cannot be read: %1.")
                         .arg(m_device->errorString()));
    const QByteArray streamHeader = m_device->read(kStreamHeaderBytes);
    if (streamHeader.size() != kStreamHeaderBytes)
        return damaged();
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char*>(streamHeader.constData()), contentKey.data()) != 0)
        return damaged();
    const QByteArray headerDigest = crypto::blake2b(m_headerBlock, 32);
    SecureBytes plain(static_cast<std::size_t>(m_header.plainBytes));
    std::uint64_t done = 0;
    bool final = false;
    while (!final) {
        const std::uint64_t take = std::min<std::uint64_t>(m_header.plainBytes - done, m_header.chunkBytes);
        const QByteArray chunk = m_device->read(static_cast<qint64>(take + kChunkOverheadBytes));
        if (chunk.size() != static_cast<qsizetype>(take + kChunkOverheadBytes)) {
            sodium_memzero(&state, sizeof state);
            return damaged();
        }
        unsigned long long written = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, plain.data() + done, &written, &tag,
                reinterpret_cast<const unsigned char*>(chunk.constData()),
                static_cast<unsigned long long>(chunk.size()),
                reinterpret_cast<const unsigned char*>(headerDigest.constData()),
                static_cast<unsigned long long>(headerDigest.size())) != 0 ||
            written != take) {
            sodium_memzero(&state, sizeof state);
            return damaged();
        }
        done += written;
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        // The stream must end exactly where the header says: no early end, no missing end.
        if (final != (done == m_header.plainBytes)) {
            sodium_memzero(&state, sizeof state);
            return damaged();
        }
    }
    sodium_memzero(&state, sizeof state);
    return plain;
}

} // namespace orec::exchange
