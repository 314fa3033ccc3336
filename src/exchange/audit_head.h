// AuditHeadToken: a database's signed audit head as a package carries it (PackageHeader::auditHead), so
// the other side can tell when that database comes back with less history than it showed before.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace orec::exchange {

// Encoding, version 1 (docs/field-exchange.md "Audit heads"), 153 bytes and the signer's name:
//   [0] 1 | [1,17) database id, UUID bytes | [17,25) entry id, big-endian | [25,57) chain hash at the
//   entry | [57,89) signer's Ed25519 public key | [89,153) signature over AuditLog::sealMessage(database
//   id, entry id, hash, signer) | [153,…) signer's user name, UTF-8, 1 to 255 bytes.
struct AuditHeadToken
{
    QUuid databaseId;
    qint64 entryId = 0;
    QByteArray hash;
    QString signer;
    QByteArray publicKey;
    QByteArray signature;
};

QByteArray encodeAuditHead(const AuditHeadToken& token);
// nullopt when the bytes are not a token of a known version or the signature does not hold.
std::optional<AuditHeadToken> decodeAuditHead(const QByteArray& bytes);

// What a package's head says against the last one applied from the same sender.
enum class HeadVerdict {
    None,          // the package carries no head (an older program, or a session that cannot sign)
    First,         // the first head seen from this sender
    Forward,       // later than the last one
    Same,          // the very same head
    Backwards,     // a lower entry, or the same entry with another hash: history was put back or cut
    OtherDatabase, // another database than before under the same sender
};
const char* headVerdictCode(HeadVerdict verdict);

struct SenderHead
{
    HeadVerdict verdict = HeadVerdict::None;
    std::optional<AuditHeadToken> token;
    qint64 previousEntryId = 0;         // the last head applied from this sender (0: none)
    std::uint64_t previousSequence = 0; // the package that carried it
    bool rewound() const
    {
        return verdict == HeadVerdict::Backwards || verdict == HeadVerdict::OtherDatabase;
    }
};

// For --json ("sender_audit_head": verdict, entry, signer, hash prefix, the previous entry) and for
// people (one sentence, empty when the package carries no head).
QJsonObject senderHeadJson(const SenderHead& head);
QString senderHeadText(const SenderHead& head);

} // namespace orec::exchange
