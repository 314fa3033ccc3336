// Sealing a package: sign the header and payload, pad, encrypt in chunks, and seal the content key to
// one X25519 key of the recipient.
#pragma once

#include "core/result.h"
#include "core/secure_bytes.h"
#include "exchange/identity.h"
#include "exchange/package_format.h"

#include <QByteArray>

namespace orec::exchange {

// The caller fills kind, recipient, cell, sequence, the acknowledgement and change fields, nextKey,
// and, when it applies, the enrolment proof and the audit head; the sender's id and keys and the
// sizes are set here. `payload` is the compressed payload (see payload_codec.h). `recipientBoxPublic`
// is the key the content key is sealed to: the short-lived key the recipient announced last, the key
// derived from an enrolment code (enrolment.h), or, for a peer that never announced one (format 1),
// its long-term key.
Result<QByteArray> sealPackage(PackageHeader header, const QByteArray& payload, const Identity& sender,
                               const QByteArray& recipientBoxPublic);

// Writes the sealed bytes atomically (QSaveFile), readable by the owner only.
Status writePackageFile(const QString& path, const QByteArray& bytes);

// The domain-separated message an Ed25519 signature covers: the signed header and the BLAKE2b-512
// digest of the audit head followed by the payload (their lengths are in the header).
QByteArray signedMessage(const QByteArray& innerHeader, const QByteArray& contentDigest);

} // namespace orec::exchange
