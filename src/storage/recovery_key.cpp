#include "storage/recovery_key.h"

#include "core/crypto.h"

#include <QCoreApplication>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

constexpr int kSecretBytes = 32;
constexpr int kChecksumBytes = 2;
constexpr int kEncodedChars = 55; // ceil((32 + 2) * 8 / 5)
constexpr int kGroup = 5;

QByteArray checksumOf(const SecureBytes& secret)
{
    return crypto::blake2b(QByteArray("orec-recovery-v1") + QByteArray(secret.chars(), kSecretBytes),
                           kChecksumBytes);
}
} // namespace

RecoveryKey RecoveryKey::generate()
{
    RecoveryKey key;
    key.m_secret = SecureBytes::random(kSecretBytes);
    return key;
}

Result<RecoveryKey> RecoveryKey::parse(const QString& text)
{
    QString compact;
    for (QChar c : text)
        if (!c.isSpace() && c != QLatin1Char('-'))
            compact += c;
    if (compact.size() != kEncodedChars)
        return Error(ErrorCode::WrongKey,
                     Texts::tr("A recovery key has %1 letters and digits; this one has %2.")
                         .arg(kEncodedChars)
                         .arg(compact.size()));
    auto bytes = crypto::base32Decode(compact);
    if (!bytes)
        return Error(ErrorCode::WrongKey, bytes.error().message);
    SecureBytes secret(bytes->constData(), kSecretBytes);
    const QByteArray checksum = bytes->mid(kSecretBytes, kChecksumBytes);
    wipeBytes(*bytes);
    if (checksum != checksumOf(secret))
        return Error(
            ErrorCode::WrongKey,
            Texts::tr("The recovery key has a typing mistake: check each group against the printed copy."));
    RecoveryKey key;
    key.m_secret = std::move(secret);
    return key;
}

QString RecoveryKey::formatted() const
{
    QByteArray raw(m_secret.chars(), kSecretBytes);
    raw += checksumOf(m_secret);
    const QString compact = crypto::base32Encode(raw);
    wipeBytes(raw);
    QString grouped;
    for (int i = 0; i < compact.size(); i += kGroup) {
        if (i)
            grouped += QLatin1Char('-');
        grouped += compact.mid(i, kGroup);
    }
    return grouped;
}

SecureBytes RecoveryKey::deriveDataKey() const
{
    return crypto::deriveSubkey(m_secret, QByteArrayLiteral("orec data key v1"));
}

SecureBytes RecoveryKey::deriveSigningKey() const
{
    const SecureBytes seed =
        crypto::deriveSubkey(m_secret, QByteArrayLiteral("orec recovery signing key v1"));
    return crypto::signKeyPairFromSeed(seed).secretKey;
}

} // namespace orec
