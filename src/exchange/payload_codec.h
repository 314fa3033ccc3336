// The payload inside a package: a JSON document with a schema name and version, compressed.
#pragma once

#include "core/result.h"
#include "core/secure_bytes.h"
#include "exchange/package_format.h"

#include <QByteArray>
#include <QJsonObject>

namespace orec::exchange {

inline constexpr int kPayloadVersion = 1;
inline constexpr char kCellPayloadSchema[] = "orec.cell-package";
inline constexpr char kReturnPayloadSchema[] = "orec.return-package";

// Compact JSON, then qCompress. Sets "schema" and "version" in the document.
QByteArray encodePayload(QJsonObject document, const char* schema);

// Refuses anything that is not a JSON object of the expected schema and a version this program
// reads. Runs only on content whose signature was verified, but is strict anyway (and fuzzed).
Result<QJsonObject> decodePayload(const SecureBytes& compressed, const char* expectedSchema,
                                  PackageProblem* problem = nullptr);

} // namespace orec::exchange
