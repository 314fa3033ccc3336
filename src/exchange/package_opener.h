// PackageOpener: checks an incoming package against this database (which of its keys opens it, kind,
// cell, recipient, sender, signature, sequence) and only then decodes its payload. Reads the database,
// never writes it.
#pragma once

#include "core/result.h"
#include "core/secure_bytes.h"
#include "exchange/exchange_store.h"
#include "exchange/package_format.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace orec::exchange {

enum class SequenceVerdict {
    Next,   // the package after the last one applied
    Gap,    // later than the next one: missingFrom..missingTo never arrived
    Replay, // this very package was applied before: nothing to do
};

struct OpenedPackage
{
    // The signed header. For a replay, recognised by the file's hash without opening it, only kind,
    // sequence and cell are set.
    PackageHeader header;
    QByteArray packageHash; // BLAKE2b-256 of the file
    ExchangePeer peer;      // the sender as registered here (home: the secretary; field: home)
    bool enrols = false;    // home: the package carries a new laptop's keys for a pending secretary
    SequenceVerdict verdict = SequenceVerdict::Next;
    std::uint64_t missingFrom = 0;
    std::uint64_t missingTo = 0;
    QJsonObject payload;        // empty for a replay
    QByteArray senderAuditHead; // the sender's signed audit head as it came (may be empty)
    SenderHead senderHead;      // that head checked, and against the last one applied from the sender
};

// A first cell package, opened with the enrolment code on a laptop that has no database yet.
struct FirstPackage
{
    PackageHeader header;
    QByteArray packageHash;
    PublicIdentity home; // authenticated by the code: home's proof in the signed header covers its keys
    QUuid enrolmentId;
    SecureBytes enrolmentKey;
    QJsonObject payload;
    QByteArray senderAuditHead;
};

class PackageOpener
{
public:
    explicit PackageOpener(Database& database) : m_database(database) {}

    // Home opens return packages; a field database opens cell packages.
    Result<OpenedPackage> open(const QString& path, PackageProblem* problem = nullptr);

    static Result<FirstPackage> openFirst(const QString& path, const QString& enrolmentCode,
                                          PackageProblem* problem = nullptr);
    // Only whether the code opens the package's key wrap: what a set-up window checks before it asks
    // for a passphrase.
    static Status checkFirstPackage(const QString& path, const QString& enrolmentCode,
                                    PackageProblem* problem = nullptr);

private:
    Database& m_database;
};

} // namespace orec::exchange
