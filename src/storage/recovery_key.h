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

private:
    SecureBytes m_secret;
};

} // namespace orec
