// PackageOpener: checks an incoming package against this database (kind, cell, recipient, sender,
// signature, sequence) and only then decrypts it. Reads the database, never writes it.
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
    PackageHeader header;
    QByteArray packageHash;
    Peer peer;           // the sender as registered here (home: the secretary; field: home)
    bool enrols = false; // home: the package carries a new laptop's keys for a pending secretary
    SequenceVerdict verdict = SequenceVerdict::Next;
    std::uint64_t missingFrom = 0;
    std::uint64_t missingTo = 0;
    QJsonObject payload; // empty for a replay
};

// A first cell package, opened with the enrolment code on a laptop that has no database yet.
struct FirstPackage
{
    PackageHeader header;
    QByteArray packageHash;
    PublicIdentity home; // authenticated by the code: the wrap covers the header and its keys
    QUuid enrolmentId;
    SecureBytes enrolmentKey;
    QJsonObject payload;
};

class PackageOpener
{
public:
    explicit PackageOpener(Database& database) : m_database(database) {}

    // Home opens return packages; a field database opens cell packages.
    Result<OpenedPackage> open(const QString& path, PackageProblem* problem = nullptr);

    static Result<FirstPackage> openFirst(const QString& path, const QString& enrolmentCode,
                                          PackageProblem* problem = nullptr);

private:
    Database& m_database;
};

} // namespace orec::exchange
