// RecoveryKey: the printed key that alone opens a database; the data key is derived from it.
#pragma once

#include "core/result.h"
#include "core/secure_bytes.h"

#include <QString>

namespace orec {

class RecoveryKey
{
public:
    static RecoveryKey generate();
    // Accepts the printed form with or without dashes and spaces, in any case.
    static Result<RecoveryKey> parse(const QString& text);

    // 55 characters in 11 groups of five, e.g. "7K3QD-...": 256 random bits and a 16-bit checksum.
    QString formatted() const;
    // The 256-bit SQLCipher key of the database this recovery key belongs to.
    SecureBytes deriveDataKey() const;
    // The Ed25519 key that signs what is done with the recovery key alone (audit seals as
    // kRecoverySigner). Not derivable from the data key, so holding a slot does not give it.
    SecureBytes deriveSigningKey() const;

private:
    SecureBytes m_secret;
};

} // namespace orec
