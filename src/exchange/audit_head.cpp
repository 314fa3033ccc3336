#include "exchange/audit_head.h"

#include "core/crypto.h"
#include "storage/audit_log.h"

#include <QCoreApplication>
#include <QtEndian>
#include <limits>

namespace orec::exchange {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::exchange)
};

constexpr char kVersion = 1;
constexpr int kFixedBytes = 153;
constexpr int kMaxSignerBytes = 255;

} // namespace

QByteArray encodeAuditHead(const AuditHeadToken& t)
{
    const QByteArray signer = t.signer.toUtf8();
    QByteArray out;
    out.reserve(kFixedBytes + signer.size());
    out.append(kVersion);
    out.append(t.databaseId.toRfc4122());
    char entry[8];
    qToBigEndian(static_cast<quint64>(t.entryId), entry);
    out.append(entry, 8);
    out.append(t.hash);
    out.append(t.publicKey);
    out.append(t.signature);
    out.append(signer);
    return out;
}

std::optional<AuditHeadToken> decodeAuditHead(const QByteArray& bytes)
{
    if (bytes.size() <= kFixedBytes || bytes.size() > kFixedBytes + kMaxSignerBytes ||
        bytes.at(0) != kVersion)
        return std::nullopt;
    AuditHeadToken t;
    t.databaseId = QUuid::fromRfc4122(QByteArrayView(bytes.constData() + 1, 16));
    const quint64 entry = qFromBigEndian<quint64>(bytes.constData() + 17);
    if (t.databaseId.isNull() || entry > static_cast<quint64>(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    t.entryId = static_cast<qint64>(entry);
    t.hash = bytes.mid(25, 32);
    t.publicKey = bytes.mid(57, 32);
    t.signature = bytes.mid(89, 64);
    const QByteArray signer = bytes.mid(kFixedBytes);
    t.signer = QString::fromUtf8(signer);
    if (t.signer.toUtf8() != signer)
        return std::nullopt; // not valid UTF-8
    const QByteArray message =
        AuditLog::sealMessage(t.databaseId.toString(QUuid::WithoutBraces), t.entryId, t.hash, t.signer);
    if (!crypto::verifyDetached(t.publicKey, message, t.signature))
        return std::nullopt;
    return t;
}

const char* headVerdictCode(HeadVerdict verdict)
{
    switch (verdict) {
    case HeadVerdict::None:
        return "none";
    case HeadVerdict::First:
        return "first";
    case HeadVerdict::Forward:
        return "forward";
    case HeadVerdict::Same:
        return "same";
    case HeadVerdict::Backwards:
        return "backwards";
    case HeadVerdict::OtherDatabase:
        return "other_database";
    }
    return "none";
}

QJsonObject senderHeadJson(const SenderHead& head)
{
    QJsonObject o{{QStringLiteral("verdict"), QString::fromLatin1(headVerdictCode(head.verdict))}};
    if (head.token) {
        o.insert(QStringLiteral("entry"), head.token->entryId);
        o.insert(QStringLiteral("hash"), QString::fromLatin1(head.token->hash.toHex()));
        o.insert(QStringLiteral("signer"), head.token->signer);
        o.insert(QStringLiteral("signature_verified"), true);
    }
    if (head.previousEntryId > 0 || head.previousSequence > 0) {
        o.insert(QStringLiteral("previous_entry"), head.previousEntryId);
        o.insert(QStringLiteral("previous_package"), static_cast<qint64>(head.previousSequence));
    }
    return o;
}

QString senderHeadText(const SenderHead& head)
{
    if (!head.token)
        return Texts::tr("The package carries no signed audit head of its sender.");
    const QString signedBy = Texts::tr("The sender's audit log is at entry %1 (signed by %2).")
                                 .arg(head.token->entryId)
                                 .arg(head.token->signer);
    switch (head.verdict) {
    case HeadVerdict::First:
        return signedBy + QLatin1Char(' ') +
               Texts::tr("This is the first head seen from this sender; it is remembered.");
    case HeadVerdict::Forward:
        return signedBy + QLatin1Char(' ') +
               Texts::tr("Its previous package showed entry %1: the history only grew.")
                   .arg(head.previousEntryId);
    case HeadVerdict::Same:
        return signedBy + QLatin1Char(' ') + Texts::tr("Unchanged since its previous package.");
    case HeadVerdict::Backwards:
        return signedBy + QLatin1Char(' ') +
               Texts::tr("WARNING: its package %1 already showed entry %2. The sender's database went back.")
                   .arg(head.previousSequence)
                   .arg(head.previousEntryId);
    case HeadVerdict::OtherDatabase:
        return signedBy + QLatin1Char(' ') +
               Texts::tr("WARNING: it is another database than the sender's before.");
    case HeadVerdict::None:
        break;
    }
    return signedBy;
}

} // namespace orec::exchange
