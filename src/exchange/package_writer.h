// Sealing a package: encrypt the payload to the recipient in chunks, then sign header and ciphertext.
#pragma once

#include "core/result.h"
#include "core/secure_bytes.h"
#include "exchange/identity.h"
#include "exchange/package_format.h"

#include <QByteArray>

namespace orec::exchange {

// How the content key reaches the recipient: their X25519 public key, or (first cell package
// only) the key of a one-time enrolment code the secretary was given in person.
struct RecipientKey
{
    QByteArray boxPublic;
    const SecureBytes* enrolmentKey = nullptr;
};

// The caller fills kind, recipient, cell, sequence and the acknowledgement fields of `header`;
// the rest is set here. `payload` is the compressed payload (see payload_codec.h).
Result<QByteArray> sealPackage(PackageHeader header, const QByteArray& payload, const Identity& sender,
                               const RecipientKey& recipient, std::uint32_t chunkBytes = kDefaultChunkBytes);

// Writes the sealed bytes atomically (QSaveFile), readable by the owner only.
Status writePackageFile(const QString& path, const QByteArray& bytes);

// The domain-separated message an Ed25519 signature covers: the prefix and header, and the
// BLAKE2b-512 digest of the ciphertext.
QByteArray signedMessage(const QByteArray& headerBlock, const QByteArray& cipherDigest);

} // namespace orec::exchange
