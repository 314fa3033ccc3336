#include "exchange/identity.h"

#include "core/crypto.h"

#include <QStringList>
#include <sodium.h>

namespace orec::exchange {

namespace {
const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}
} // namespace

Identity::Identity(PublicIdentity publicPart, SecureBytes signSecret, SecureBytes boxSecret)
    : m_public(std::move(publicPart)), m_signSecret(std::move(signSecret)), m_boxSecret(std::move(boxSecret))
{}

Identity Identity::generate()
{
    crypto::ensureInitialised();
    PublicIdentity pub;
    pub.partyId = QUuid::createUuid();
    pub.signPublic = QByteArray(kSignPublicBytes, '\0');
    SecureBytes signSecret(kSignSecretBytes);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pub.signPublic.data()), signSecret.data());
    crypto::BoxKeyPair box = crypto::generateBoxKeyPair();
    pub.boxPublic = box.publicKey;
    return Identity(std::move(pub), std::move(signSecret), std::move(box.secretKey));
}

bool Identity::isValid() const
{
    return m_public.isComplete() && m_signSecret.size() == kSignSecretBytes &&
           m_boxSecret.size() == kBoxSecretBytes;
}

QByteArray Identity::sign(const QByteArray& message) const
{
    QByteArray signature(kSignatureBytes, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), m_signSecret.data());
    return signature;
}

bool verifySignature(const QByteArray& signPublic, const QByteArray& message, const QByteArray& signature)
{
    crypto::ensureInitialised();
    if (signPublic.size() != kSignPublicBytes || signature.size() != kSignatureBytes)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(signPublic)) == 0;
}

QString fingerprint(const QByteArray& signPublic, const QByteArray& boxPublic)
{
    QByteArray message("orec-fingerprint-v1");
    message += signPublic;
    message += boxPublic;
    const QString text = crypto::base32Encode(crypto::blake2b(message, 15)); // 120 bits = 24 characters
    QStringList groups;
    for (int i = 0; i < text.size(); i += 4)
        groups << text.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

QString fingerprint(const PublicIdentity& identity)
{
    return fingerprint(identity.signPublic, identity.boxPublic);
}

} // namespace orec::exchange
