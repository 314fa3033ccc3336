#include "exchange/enrolment.h"

#include "core/crypto.h"

#include <QCoreApplication>
#include <QStringList>
#include <sodium.h>

namespace orec::exchange {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("orec::exchange", text);
}
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

Result<SecureBytes> enrolmentKeyFromCode(const QString& code, const QUuid& enrolmentId)
{
    auto raw = crypto::base32Decode(code);
    if (!raw || raw->size() != kEnrolmentCodeBytes) {
        if (raw)
            wipeBytes(*raw);
        return Error(ErrorCode::Invalid,
                     tr("The enrolment code is not complete: it has 32 characters in groups "
                        "of four."));
    }
    SecureBytes secret(raw->constData(), static_cast<std::size_t>(raw->size()));
    wipeBytes(*raw);
    QByteArray context("orec-enrolment-v1");
    context += enrolmentId.toRfc4122();
    return crypto::deriveSubkey(secret, context, crypto::kKeyBytes);
}

namespace {
QByteArray proofMessage(const PublicIdentity& laptop, const QUuid& cellId)
{
    QByteArray message("orec-enrolment-proof-v1");
    message += laptop.partyId.toRfc4122();
    message += laptop.signPublic;
    message += laptop.boxPublic;
    message += cellId.toRfc4122();
    return message;
}
} // namespace

QByteArray enrolmentProof(const SecureBytes& enrolmentKey, const PublicIdentity& laptop, const QUuid& cellId)
{
    return crypto::blake2bKeyed(enrolmentKey, proofMessage(laptop, cellId), 32);
}

bool checkEnrolmentProof(const SecureBytes& enrolmentKey, const PublicIdentity& laptop, const QUuid& cellId,
                         const QByteArray& proof)
{
    const QByteArray expected = enrolmentProof(enrolmentKey, laptop, cellId);
    return proof.size() == expected.size() && sodium_memcmp(proof.constData(), expected.constData(),
                                                            static_cast<std::size_t>(expected.size())) == 0;
}

} // namespace orec::exchange
