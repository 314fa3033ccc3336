// Opening a package in the only safe order: frame and size, then key, then content, then signature,
// then payload.
#pragma once

#include "core/result.h"
#include "core/secure_bytes.h"
#include "exchange/package_format.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

namespace orec::exchange {

// One X25519 key pair this database holds, tried on a package's key wraps.
struct CandidateKey
{
    QByteArray publicKey;
    const SecureBytes* secretKey = nullptr; // owned by the caller, outlives the call
};

// The decrypted content of a package: its signed header, and its payload once the signature checks.
class OpenedContent
{
public:
    const PackageHeader& header() const { return m_header; } // auditHead included

    // Checks the Ed25519 signature with the key this database has on record for the sender (never the
    // one in the header alone). Nothing of the payload is handed out before this succeeds.
    Status verify(const QByteArray& senderSignPublic, PackageProblem* problem = nullptr);
    bool isVerified() const { return m_verified; }
    // The compressed payload; empty until verify() succeeded.
    SecureBytes payload() const;

private:
    friend class PackageReader;
    OpenedContent(SecureBytes plain, PackageHeader header)
        : m_plain(std::move(plain)), m_header(std::move(header))
    {}

    SecureBytes m_plain; // the padded content
    PackageHeader m_header;
    bool m_verified = false;
};

class PackageReader
{
public:
    // Reads and checks the clear part and that the file is exactly as long as it says. Needs no key.
    // The device must be open, seekable, and outlive the reader.
    static Result<PackageReader> open(QIODevice& device, PackageProblem* problem = nullptr);

    const ClearHeader& clearHeader() const { return m_clear; }
    const QByteArray& clearBlock() const { return m_clearBlock; }

    // BLAKE2b-256 of the whole file, read once: how a package applied before, or made by this very
    // database, is recognised without opening it.
    Result<QByteArray> fileHash();

    // Tries every key wrap with every candidate key. The content key, and the index of the candidate
    // that opened it; WrongRecipient when none does.
    struct Unwrapped
    {
        SecureBytes contentKey;
        int candidate = -1;
    };
    Result<Unwrapped> unwrap(const QList<CandidateKey>& candidates, PackageProblem* problem = nullptr) const;

    // Decrypts the chunks in order (any altered, dropped, reordered or extra chunk fails), then reads the
    // signed header strictly and checks that the padding is zero.
    Result<OpenedContent> decrypt(const SecureBytes& contentKey, PackageProblem* problem = nullptr);

private:
    PackageReader(QIODevice& device, ClearHeader clear, QByteArray clearBlock)
        : m_device(&device), m_clear(std::move(clear)), m_clearBlock(std::move(clearBlock))
    {}

    QIODevice* m_device = nullptr;
    ClearHeader m_clear;
    QByteArray m_clearBlock;
};

} // namespace orec::exchange
