#include "exchange/enrolment.h"

#include "core/crypto.h"

#include <QCoreApplication>
#include <QStringList>
#include <sodium.h>

namespace orec::exchange {

namespace {
// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::exchange)
};
} // namespace

QString generateEnrolmentCode()
{
    QByteArray raw = crypto::randomBytes(kEnrolmentCodeBytes);
    const QString text = crypto::base32Encode(raw);
    wipeBytes(raw);
    QStringList groups;
    for (int i = 0; i < text.size(); i += 4)
        groups << text.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

Result<SecureBytes> enrolmentKeyFromCode(const QString& code)
{
    auto raw = crypto::base32Decode(code);
    if (!raw || raw->size() != kEnrolmentCodeBytes) {
        if (raw)
            wipeBytes(*raw);
        return Error(ErrorCode::Invalid,
                     Texts::tr("The enrolment code is not complete: it has 32 characters in groups "
                               "of four."));
    }
    SecureBytes secret(raw->constData(), static_cast<std::size_t>(raw->size()));
    wipeBytes(*raw);
    return crypto::deriveSubkey(secret, QByteArray("orec-enrolment-v2"), crypto::kKeyBytes);
}

namespace {
QByteArray proofMessage(const PublicIdentity& laptop, const QUuid& cellId,
                        const char* domain = "orec-enrolment-proof-v1")
{
    QByteArray message(domain);
    message += laptop.partyId.toRfc4122();
    message += laptop.signPublic;
    message += laptop.boxPublic;
    message += cellId.toRfc4122();
    return message;
}
bool sameProof(const QByteArray& proof, const QByteArray& expected)
{
    return proof.size() == expected.size() && sodium_memcmp(proof.constData(), expected.constData(),
                                                            static_cast<std::size_t>(expected.size())) == 0;
}
} // namespace

crypto::BoxKeyPair enrolmentBoxKeys(const SecureBytes& enrolmentKey)
{
    crypto::ensureInitialised();
    const SecureBytes seed =
        crypto::deriveSubkey(enrolmentKey, QByteArray("orec-enrolment-box-v2"), crypto_box_SEEDBYTES);
    crypto::BoxKeyPair pair;
    pair.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    pair.secretKey = SecureBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secretKey.data(),
                            seed.data());
    return pair;
}

QByteArray homeEnrolmentProof(const SecureBytes& enrolmentKey, const PublicIdentity& home,
                              const QUuid& cellId)
{
    return crypto::blake2bKeyed(enrolmentKey, proofMessage(home, cellId, "orec-enrolment-home-v2"), 32);
}

bool checkHomeEnrolmentProof(const SecureBytes& enrolmentKey, const PublicIdentity& home, const QUuid& cellId,
                             const QByteArray& proof)
{
    return sameProof(proof, homeEnrolmentProof(enrolmentKey, home, cellId));
}

QByteArray enrolmentProof(const SecureBytes& enrolmentKey, const PublicIdentity& laptop, const QUuid& cellId)
{
    return crypto::blake2bKeyed(enrolmentKey, proofMessage(laptop, cellId), 32);
}

bool checkEnrolmentProof(const SecureBytes& enrolmentKey, const PublicIdentity& laptop, const QUuid& cellId,
                         const QByteArray& proof)
{
    return sameProof(proof, enrolmentProof(enrolmentKey, laptop, cellId));
}

} // namespace orec::exchange
