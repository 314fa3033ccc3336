// DocumentRegisterService: issues final documents with their number in the committee's register (36-HD/VPTW:
// from 01 per kind within the committee's term), lists and reprints them, and keeps the committee's identity.
#pragma once

#include "app/print_service.h"
#include "app/session.h"
#include "core/committee_identity.h"
#include "core/result.h"
#include "storage/document_register_repository.h"

#include <QByteArray>
#include <QList>

namespace orec::app {

// What one issue made: each document with its number, and the PDF to hand out (the documents' pages one
// after another for a batch of letters).
struct IssuedBatch
{
    QList<IssuedDocument> documents;
    QByteArray pdf;
};

class DocumentRegisterService
{
public:
    explicit DocumentRegisterService(Session& session) : m_session(session) {}

    // Whether the user may issue numbered documents: a clerk or an administrator, at home.
    Status mayIssue();
    // Every document of the request with the next number of its kind in the issuing committee's register,
    // stored with its PDF and audited in one transaction: all of them or none. A document that fails to lay
    // out takes no number. Refused for the transfer forms (they carry the transfer register's number).
    Result<IssuedBatch> issue(const PrintRequest& request);
    // issue(), then the PDF written to `path`. If the file cannot be written the numbers stay issued (the
    // register already holds the documents): reprint them from there.
    Result<IssuedBatch> issueToFile(const PrintRequest& request, const QString& path);

    // The register, newest first, without PDFs (any role that reads records).
    Result<QList<IssuedDocument>> list(const DocumentRegisterFilter& filter = {});
    // The document as issued, PDF included, by its number ("Số 01-DS/ĐU", "01-DS/ĐU") or uuid.
    Result<IssuedDocument> find(const QString& numberOrUuid);
    Result<IssuedDocument> get(qint64 id);
    // The very bytes issued, to a file (owner-only): the same paper with the same number.
    Status reprint(qint64 id, const QString& path);
    // The register as a table, for printing or export as a list.
    static reports::ReportTable registerTable(const QList<IssuedDocument>& documents);

    // The committee's identity as stored (any role that reads records), and an administrator's change of
    // it (audited as settings).
    Result<CommitteeIdentity> identity();
    Status setIdentity(const CommitteeIdentity& identity);

private:
    Session& m_session;
};

// The kind symbols of the register with what they stand for: BC báo cáo, CV công văn, DS danh sách...
QList<QPair<QString, QString>> documentKindSymbols();

} // namespace orec::app
