// DocumentRegisterRepository: the register of issued documents (schema 12): each final document's number in
// its committee's register, what it was, who issued it, and its PDF; audited. SettingsRepository: the
// register's own settings (the committee's identity on its documents); audited, administrators only.
#pragma once

#include "core/committee_identity.h"
#include "core/result.h"
#include "storage/database.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace orec {

struct IssuedDocument
{
    qint64 id = 0;
    QString uuid;
    qint64 committeeId = 0;  // 0 when the register had no committee
    QString issuingUnit;     // the committee's name as printed
    QString committeeSymbol; // "ĐU"
    QString kindSymbol;      // "DS", "BC", "CV"...
    QDate termStart;         // invalid: no term set
    int number = 0;
    QString numberText; // "Số 01-DS/ĐU"
    QDate issueDate;
    QString printKind; // the command-line name of the kind of document ("reports-due", "reminders")
    QString title;
    QString requestJson; // the print request that made it
    QString issuedBy;
    QString issuedAt; // UTC, ISO
    QByteArray pdf;   // empty in lists (DocumentRegisterFilter); read with pdfOf()
    QByteArray pdfSha256;
};

struct DocumentRegisterFilter
{
    QString kindSymbol; // empty = every kind
    int year = 0;       // of the issue date; 0 = every year
    QString search;     // in the number and the title, whatever the case and diacritics
};

class DocumentRegisterRepository
{
public:
    explicit DocumentRegisterRepository(Database& database) : m_database(database) {}

    // The next free number of a kind in a committee's register for a term (one more than the highest):
    // read in the caller's transaction, so BEGIN IMMEDIATE keeps it free until the insert. Static, on a
    // connection, so a test can race two connections on the same file.
    static Result<int> nextNumber(sql::Connection& connection, qint64 committeeId, const QString& kindSymbol,
                                  const QDate& termStart);

    // Inside the caller's WriteScope (Permission::WriteRecords): takes the next number (set on `document`,
    // with its text), stores the document with its PDF and SHA-256, and audits it. `pdfFor` makes the PDF
    // once the number is known; if it fails, nothing is stored and the scope's caller rolls back.
    Status issue(WriteScope& scope, IssuedDocument& document,
                 const std::function<Result<QByteArray>(const IssuedDocument&)>& pdfFor);

    // Newest first, without their PDFs.
    Result<QList<IssuedDocument>> list(const DocumentRegisterFilter& filter = {});
    // With the PDF: by number text ("Số 01-DS/ĐU" or "01-DS/ĐU") or by uuid.
    Result<IssuedDocument> find(const QString& numberOrUuid);
    Result<IssuedDocument> get(qint64 id);

private:
    Database& m_database;
};

class SettingsRepository
{
public:
    explicit SettingsRepository(Database& database) : m_database(database) {}

    Result<QString> value(const QString& key);
    // Inside the caller's WriteScope (Permission::EditRules): an empty value removes the key. Audited as
    // entity "setting" only when the value changes.
    Status setValue(WriteScope& scope, const QString& key, const QString& value);

    // The committee's identity (keys "document.*"); empty fields when never set.
    Result<CommitteeIdentity> committeeIdentity();
    Status setCommitteeIdentity(WriteScope& scope, const CommitteeIdentity& identity);

private:
    Database& m_database;
};

} // namespace orec
