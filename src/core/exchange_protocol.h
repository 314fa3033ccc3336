// Words of the field exchange that both its tables (storage) and its packages (exchange) use: a party's
// public identity and the kinds of package.
#pragma once

#include <QByteArray>
#include <QUuid>
#include <cstdint>

namespace orec {

constexpr int kSignPublicBytes = 32; // Ed25519
constexpr int kBoxPublicBytes = 32;  // X25519

// What another database needs to know about a party: its name in package headers and its public keys.
struct PublicIdentity
{
    QUuid partyId;
    QByteArray signPublic; // Ed25519
    QByteArray boxPublic;  // X25519

    bool isComplete() const
    {
        return !partyId.isNull() && signPublic.size() == kSignPublicBytes &&
               boxPublic.size() == kBoxPublicBytes;
    }
};

// The values are the kind byte of a package header (docs/field-exchange.md).
enum class PackageKind : std::uint8_t {
    Cell = 1,   // home -> cell: a snapshot of one cell's records and home's acknowledgements
    Return = 2, // cell -> home: the changes recorded in the field since home's last acknowledgement
};

} // namespace orec
