#include "storage/document_register_repository.h"

#include "core/result_try.h"
#include "core/text_folding.h"
#include "storage/repository_support.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

constexpr std::string_view kColumns =
    "id, uuid, committee_id, issuing_unit, committee_symbol, kind_symbol, term_start, number, number_text, "
    "issue_date, print_kind, title, request_json, issued_by, issued_at, pdf_sha256";

IssuedDocument readDocument(const sql::Statement& s)
{
    IssuedDocument d;
    d.id = s.int64(0);
    d.uuid = s.text(1);
    d.committeeId = s.int64(2);
    d.issuingUnit = s.text(3);
    d.committeeSymbol = s.text(4);
    d.kindSymbol = s.text(5);
    d.termStart = QDate::fromString(s.text(6), Qt::ISODate);
    d.number = s.integer(7);
    d.numberText = s.text(8);
    d.issueDate = s.date(9);
    d.printKind = s.text(10);
    d.title = s.text(11);
    d.requestJson = s.text(12);
    d.issuedBy = s.text(13);
    d.issuedAt = s.text(14);
    d.pdfSha256 = s.blob(15);
    return d;
}

QString termText(const QDate& termStart)
{
    return termStart.isValid() ? termStart.toString(Qt::ISODate) : QString(QLatin1String(""));
}

QJsonObject toJson(const IssuedDocument& d)
{
    // The PDF stays in its row; the log names it by its SHA-256 (and the record digest binds the bytes).
    return QJsonObject{{QStringLiteral("committee_id"), d.committeeId},
                       {QStringLiteral("issuing_unit"), d.issuingUnit},
                       {QStringLiteral("number"), d.number},
                       {QStringLiteral("number_text"), d.numberText},
                       {QStringLiteral("kind_symbol"), d.kindSymbol},
                       {QStringLiteral("term_start"), termText(d.termStart)},
                       {QStringLiteral("issue_date"), d.issueDate.toString(Qt::ISODate)},
                       {QStringLiteral("print_kind"), d.printKind},
                       {QStringLiteral("title"), d.title},
                       {QStringLiteral("pdf_sha256"), QString::fromLatin1(d.pdfSha256.toHex())},
                       {QStringLiteral("pdf_bytes"), static_cast<qint64>(d.pdf.size())}};
}

// The keys of the committee's identity in the settings table.
constexpr const char* kSuperior = "document.superior_unit";
constexpr const char* kIssuing = "document.issuing_unit";
constexpr const char* kSymbol = "document.symbol";
constexpr const char* kPlace = "document.place";
constexpr const char* kOnBehalf = "document.signer_on_behalf";
constexpr const char* kPosition = "document.signer_position";
constexpr const char* kSigner = "document.signer_name";
constexpr const char* kTermStart = "document.term_start";

} // namespace

Result<int> DocumentRegisterRepository::nextNumber(sql::Connection& connection, qint64 committeeId,
                                                   const QString& kindSymbol, const QDate& termStart)
{
    OREC_TRY_ASSIGN(auto stmt,
                    connection.cached("SELECT COALESCE(MAX(number), 0) + 1 FROM document_register "
                                      "WHERE committee_id = ? AND kind_symbol = ? AND term_start = ?"));
    stmt->bind(1, static_cast<long long>(committeeId)).bind(2, kindSymbol).bind(3, termText(termStart));
    OREC_TRY_ASSIGN(auto row, stmt->step());
    const int next = row ? stmt->integer(0) : 1;
    stmt->reset();
    return next;
}

Status
DocumentRegisterRepository::issue(WriteScope& scope, IssuedDocument& document,
                                  const std::function<Result<QByteArray>(const IssuedDocument&)>& pdfFor)
{
    OREC_TRY(scope.status());
    if (document.kindSymbol.isEmpty() || !isValidSymbol(document.kindSymbol))
        return Error(ErrorCode::Internal, Texts::tr("A document needs the symbol of its kind."));
    if (!isValidSymbol(document.committeeSymbol))
        return Error(ErrorCode::Invalid,
                     Texts::tr("The committee's symbol \"%1\" is not capital letters or digits.")
                         .arg(document.committeeSymbol),
                     QStringLiteral("symbol"));
    if (!document.issueDate.isValid())
        return Error(ErrorCode::Invalid, Texts::tr("Enter the date of the document."),
                     QStringLiteral("date"));
    OREC_TRY_ASSIGN(const int number, nextNumber(scope.connection(), document.committeeId,
                                                 document.kindSymbol, document.termStart));
    document.number = number;
    document.numberText = documentNumberText(number, document.kindSymbol, document.committeeSymbol);
    document.uuid = repo::newUuid();
    document.issuedBy = m_database.actor().user;
    document.issuedAt = repo::nowText(m_database);
    OREC_TRY_ASSIGN(document.pdf, pdfFor(document));
    if (document.pdf.isEmpty())
        return Error(ErrorCode::Internal, Texts::tr("The document came out empty."));
    document.pdfSha256 = QCryptographicHash::hash(document.pdf, QCryptographicHash::Sha256);
    OREC_TRY_ASSIGN(
        auto stmt,
        scope.connection().cached(
            "INSERT INTO document_register (uuid, committee_id, issuing_unit, committee_symbol, kind_symbol, "
            "term_start, number, number_text, issue_date, print_kind, title, request_json, issued_by, issued_at, "
            "pdf, pdf_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    stmt->bind(1, document.uuid)
        .bind(2, static_cast<long long>(document.committeeId))
        .bind(3, document.issuingUnit)
        .bind(4, document.committeeSymbol)
        .bind(5, document.kindSymbol)
        .bind(6, termText(document.termStart))
        .bind(7, number)
        .bind(8, document.numberText)
        .bind(9, document.issueDate)
        .bind(10, document.printKind)
        .bind(11, document.title)
        .bind(12, document.requestJson.isNull() ? QString(QLatin1String("{}")) : document.requestJson)
        .bind(13, document.issuedBy)
        .bind(14, document.issuedAt)
        .bindBlob(15, document.pdf)
        .bindBlob(16, document.pdfSha256);
    OREC_TRY(stmt->run());
    document.id = scope.connection().lastInsertRowId();
    return scope.audit(QStringLiteral("document"), document.uuid, QStringLiteral("issue"), {},
                       toJson(document));
}

Result<QList<IssuedDocument>> DocumentRegisterRepository::list(const DocumentRegisterFilter& filter)
{
    std::string sql = "SELECT " + std::string(kColumns) + " FROM document_register WHERE 1";
    if (!filter.kindSymbol.isEmpty())
        sql += " AND kind_symbol = ?";
    if (filter.year > 0)
        sql += " AND issue_date >= ? AND issue_date < ?";
    sql += " ORDER BY issue_date DESC, id DESC";
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().prepare(sql));
    int index = 1;
    if (!filter.kindSymbol.isEmpty())
        stmt.bind(index++, filter.kindSymbol.trimmed().toUpper());
    if (filter.year > 0) {
        stmt.bind(index++, QDate(filter.year, 1, 1));
        stmt.bind(index++, QDate(filter.year + 1, 1, 1));
    }
    OREC_TRY_ASSIGN(auto rows, repo::collectRows<IssuedDocument>(stmt, readDocument));
    const QString needle = filter.search.trimmed();
    if (needle.isEmpty())
        return rows;
    QList<IssuedDocument> kept;
    for (const IssuedDocument& d : rows) {
        if (foldedContains(d.numberText, needle) || foldedContains(d.title, needle))
            kept.append(d);
    }
    return kept;
}

Result<IssuedDocument> DocumentRegisterRepository::get(qint64 id)
{
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().prepare("SELECT " + std::string(kColumns) +
                                                               ", pdf FROM document_register WHERE id = ?"));
    stmt.bind(1, static_cast<long long>(id));
    OREC_TRY_ASSIGN(auto row, stmt.step());
    if (!row)
        return repo::notFoundError(Texts::tr("issued document"), QString::number(id));
    IssuedDocument d = readDocument(stmt);
    d.pdf = stmt.blob(16);
    return d;
}

Result<IssuedDocument> DocumentRegisterRepository::find(const QString& numberOrUuid)
{
    QString key = numberOrUuid.trimmed();
    // "Số 01-DS/ĐU", "01-DS/ĐU" and "1-ds/đu" name the same document.
    if (key.startsWith(QStringLiteral("Số"), Qt::CaseInsensitive))
        key = key.mid(2).trimmed();
    const int dash = key.indexOf(QLatin1Char('-'));
    const int slash = key.indexOf(QLatin1Char('/'));
    bool isNumber = false;
    const int number = dash > 0 ? key.left(dash).toInt(&isNumber) : 0;
    if (isNumber && slash > dash) {
        OREC_TRY_ASSIGN(auto stmt,
                        m_database.connection().prepare(
                            "SELECT id FROM document_register WHERE number = ? AND kind_symbol = ? "
                            "AND committee_symbol = ? ORDER BY term_start DESC, id DESC LIMIT 1"));
        stmt.bind(1, number)
            .bind(2, key.mid(dash + 1, slash - dash - 1).toUpper())
            .bind(3, key.mid(slash + 1).toUpper());
        OREC_TRY_ASSIGN(auto row, stmt.step());
        if (row)
            return get(stmt.int64(0));
    } else {
        OREC_TRY_ASSIGN(auto stmt,
                        m_database.connection().prepare("SELECT id FROM document_register WHERE uuid = ?"));
        stmt.bind(1, key);
        OREC_TRY_ASSIGN(auto row, stmt.step());
        if (row)
            return get(stmt.int64(0));
    }
    return Error(ErrorCode::NotFound,
                 Texts::tr("No document in the register has the number %1.").arg(numberOrUuid), numberOrUuid);
}

Result<QString> SettingsRepository::value(const QString& key)
{
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().cached("SELECT value FROM settings WHERE key = ?"));
    stmt->bind(1, key);
    OREC_TRY_ASSIGN(auto row, stmt->step());
    const QString found = row ? stmt->text(0) : QString();
    stmt->reset();
    return found;
}

Status SettingsRepository::setValue(WriteScope& scope, const QString& key, const QString& value)
{
    OREC_TRY(scope.status());
    OREC_TRY_ASSIGN(const QString before, this->value(key));
    const QString after = value.trimmed();
    if (before == after)
        return okStatus();
    const QJsonObject beforeJson =
        before.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("value"), before}};
    if (after.isEmpty()) {
        OREC_TRY_ASSIGN(auto stmt, scope.connection().cached("DELETE FROM settings WHERE key = ?"));
        stmt->bind(1, key);
        OREC_TRY(stmt->run());
        return scope.audit(QStringLiteral("setting"), key, QStringLiteral("delete"), beforeJson);
    }
    OREC_TRY_ASSIGN(auto stmt,
                    scope.connection().cached(
                        "INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)"));
    stmt->bind(1, key).bind(2, after).bind(3, repo::nowText(m_database));
    OREC_TRY(stmt->run());
    return scope.audit(QStringLiteral("setting"), key,
                       before.isEmpty() ? QStringLiteral("create") : QStringLiteral("update"), beforeJson,
                       QJsonObject{{QStringLiteral("value"), after}});
}

Result<CommitteeIdentity> SettingsRepository::committeeIdentity()
{
    CommitteeIdentity id;
    const auto read = [this](const char* key, QString& out) -> Status {
        OREC_TRY_ASSIGN(out, value(QString::fromLatin1(key)));
        return okStatus();
    };
    OREC_TRY(read(kSuperior, id.superiorUnit));
    OREC_TRY(read(kIssuing, id.issuingUnit));
    OREC_TRY(read(kSymbol, id.symbol));
    OREC_TRY(read(kPlace, id.place));
    OREC_TRY(read(kOnBehalf, id.signerOnBehalf));
    OREC_TRY(read(kPosition, id.signerPosition));
    OREC_TRY(read(kSigner, id.signerName));
    QString term;
    OREC_TRY(read(kTermStart, term));
    id.termStart = QDate::fromString(term, Qt::ISODate);
    return id;
}

Status SettingsRepository::setCommitteeIdentity(WriteScope& scope, const CommitteeIdentity& identity)
{
    OREC_TRY(scope.status());
    if (!identity.symbol.trimmed().isEmpty() && !isValidSymbol(identity.symbol.trimmed()))
        return Error(ErrorCode::Invalid,
                     Texts::tr("The committee's symbol is written in capital letters or digits, e.g. ĐU."),
                     QStringLiteral("symbol"));
    OREC_TRY(setValue(scope, QString::fromLatin1(kSuperior), identity.superiorUnit));
    OREC_TRY(setValue(scope, QString::fromLatin1(kIssuing), identity.issuingUnit));
    OREC_TRY(setValue(scope, QString::fromLatin1(kSymbol), identity.symbol));
    OREC_TRY(setValue(scope, QString::fromLatin1(kPlace), identity.place));
    OREC_TRY(setValue(scope, QString::fromLatin1(kOnBehalf), identity.signerOnBehalf));
    OREC_TRY(setValue(scope, QString::fromLatin1(kPosition), identity.signerPosition));
    OREC_TRY(setValue(scope, QString::fromLatin1(kSigner), identity.signerName));
    return setValue(scope, QString::fromLatin1(kTermStart),
                    identity.termStart.isValid() ? identity.termStart.toString(Qt::ISODate) : QString());
}

} // namespace orec
