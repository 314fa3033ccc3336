// Opening a package in the only safe order: frame and size, then signature, then key, then content.
#pragma once

#include "core/result.h"
#include "core/secure_bytes.h"
#include "exchange/package_format.h"

#include <QByteArray>
#include <QIODevice>

namespace orec::exchange {

class PackageReader
{
public:
    // Reads and checks the header and that the file is exactly as long as the header says. Reads
    // nothing else and needs no key. The device must be open, seekable, and outlive the reader.
    static Result<PackageReader> open(QIODevice& device, PackageProblem* problem = nullptr);

    const PackageHeader& header() const { return m_header; }
    const QByteArray& headerBlock() const { return m_headerBlock; }

    // Streams over the ciphertext once and checks the Ed25519 signature with the key this
    // database has on record for the sender (never the one in the header alone). Also computes
    // packageHash(). Nothing is decrypted before this succeeds.
    Status verify(const QByteArray& senderSignPublic, PackageProblem* problem = nullptr);
    bool isVerified() const { return m_verified; }
    // BLAKE2b-256 of the whole file; valid after verify().
    const QByteArray& packageHash() const { return m_packageHash; }

    // The content key, from our X25519 key pair or from an enrolment key. After verify() only.
    Result<SecureBytes> unwrapKey(const QByteArray& boxPublic, const SecureBytes& boxSecret,
                                  PackageProblem* problem = nullptr) const;
    Result<SecureBytes> unwrapKeyWithEnrolment(const SecureBytes& enrolmentKey,
                                               PackageProblem* problem = nullptr) const;

    // Decrypts the chunks in order; any altered, dropped, reordered or extra chunk fails.
    Result<SecureBytes> decrypt(const SecureBytes& contentKey, PackageProblem* problem = nullptr);

private:
    PackageReader(QIODevice& device, PackageHeader header, QByteArray headerBlock)
        : m_device(&device), m_header(std::move(header)), m_headerBlock(std::move(headerBlock))
    {}

    QIODevice* m_device = nullptr;
    PackageHeader m_header;
    QByteArray m_headerBlock;
    QByteArray m_packageHash;
    bool m_verified = false;
};

} // namespace orec::exchange
