// Identity: one database's signing (Ed25519) and encryption (X25519) key pairs, and fingerprints of public
// keys.
#pragma once

#include "core/exchange_protocol.h"
#include "core/result.h"
#include "core/secure_bytes.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace orec::exchange {

constexpr int kSignSecretBytes = 64;
constexpr int kSignatureBytes = 64;
constexpr int kBoxSecretBytes = 32;
// The public part lives in core: the exchange tables in storage keep it too.
using orec::kBoxPublicBytes;
using orec::kSignPublicBytes;
using orec::PublicIdentity;

class Identity
{
public:
    Identity() = default;
    Identity(PublicIdentity publicPart, SecureBytes signSecret, SecureBytes boxSecret);
    Identity(Identity&&) noexcept = default;
    Identity& operator=(Identity&&) noexcept = default;

    // Fresh key pairs from the system's random source.
    static Identity generate();

    const PublicIdentity& publicIdentity() const { return m_public; }
    const QUuid& partyId() const { return m_public.partyId; }
    const SecureBytes& signSecret() const { return m_signSecret; }
    const SecureBytes& boxSecret() const { return m_boxSecret; }
    bool isValid() const;

    QByteArray sign(const QByteArray& message) const; // detached, 64 bytes

private:
    PublicIdentity m_public;
    SecureBytes m_signSecret;
    SecureBytes m_boxSecret;
};

bool verifySignature(const QByteArray& signPublic, const QByteArray& message, const QByteArray& signature);

// Six groups of four characters (120 bits of BLAKE2b over both public keys), in the Crockford
// alphabet so that it reads unambiguously over the phone: "7KQ2-9XMA-...".
QString fingerprint(const PublicIdentity& identity);
QString fingerprint(const QByteArray& signPublic, const QByteArray& boxPublic);

} // namespace orec::exchange
