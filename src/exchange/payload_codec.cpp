#include "exchange/payload_codec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtEndian>

namespace orec::exchange {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::exchange)
};

constexpr std::uint32_t kMaxJsonBytes = 512u * 1024 * 1024;

} // namespace

QByteArray encodePayload(QJsonObject document, const char* schema)
{
    document.insert(QStringLiteral("schema"), QString::fromLatin1(schema));
    document.insert(QStringLiteral("version"), kPayloadVersion);
    QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Compact);
    QByteArray compressed = qCompress(json, 6);
    wipeBytes(json);
    return compressed;
}

Result<QJsonObject> decodePayload(const SecureBytes& compressed, const char* expectedSchema,
                                  PackageProblem* problem)
{
    const auto fail = [problem](const QString& message) {
        if (problem)
            *problem = PackageProblem::MalformedPayload;
        return packageError(PackageProblem::MalformedPayload, message);
    };
    if (problem)
        *problem = PackageProblem::None;
    // qUncompress trusts the 4-byte size in front; check it before it allocates.
    if (compressed.size() < 5 || qFromBigEndian<std::uint32_t>(compressed.data()) > kMaxJsonBytes)
        return fail(Texts::tr("The package content is not in a form this program reads."));
    QByteArray json = qUncompress(compressed.data(), static_cast<qsizetype>(compressed.size()));
    if (json.isEmpty())
        return fail(Texts::tr("The package content is not in a form this program reads."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    wipeBytes(json);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(Texts::tr("The package content is not in a form this program reads."));
    QJsonObject object = document.object();
    if (object.value(QStringLiteral("schema")).toString() != QLatin1String(expectedSchema))
        return fail(Texts::tr("The package content is of another kind than its header says."));
    const int version = object.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > kPayloadVersion)
        return fail(
            Texts::tr("The package content is in version %1 of its schema; this program reads up to version "
                      "%2. Update the program.")
                .arg(version)
                .arg(kPayloadVersion));
    return object;
}

} // namespace orec::exchange
