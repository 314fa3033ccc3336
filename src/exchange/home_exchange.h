// HomeExchange: the home side of the field exchange: enrol and remove cell secretaries, export cell
// packages, and turn return packages into an ImportPlan that is applied in one transaction.
#pragma once

#include "core/result.h"
#include "exchange/import_plan.h"
#include "exchange/package_format.h"
#include "storage/database.h"

#include <QString>
#include <QStringList>

namespace orec::exchange {

struct EnrolledSecretary
{
    QString cellCode;
    QString label;
    QUuid enrolmentId;
    QString enrolmentCode; // shown once; the secretary types it on the laptop with the first package
};

struct ExportedPackage
{
    QString path;
    std::uint64_t sequence = 0;
    qint64 bytes = 0;             // the file: padded to a power of two (docs/field-exchange.md)
    qint64 payloadBytes = 0;      // the compressed payload inside it
    bool firstPackage = false;    // opens with the enrolment code (the laptop's keys are not known yet)
    QString recipientFingerprint; // empty for a first package
    int members = 0;
    int postings = 0;
    int reports = 0;
    int transfers = 0;
    int changes = 0; // return packages
};

struct ImportOutcome
{
    std::uint64_t sequence = 0;
    bool replay = false; // the same package again: nothing changed
    bool dryRun = false;
    bool enrolledLaptop = false;
    QString secretaryFingerprint;
    int created = 0;
    int updated = 0;
    int fieldsApplied = 0;
    int conflictsResolved = 0;
    int refused = 0;
    SenderHead senderHead; // the laptop's signed audit head, now remembered for its next package
    QStringList notes;     // a gap in the numbering and the like, in words
};

struct RotatedHomeKeys
{
    QString oldFingerprint;
    QString newFingerprint;
    int laptopsToTell = 0; // laptops that get the new keys announced in their next cell package
};

class HomeExchange
{
public:
    explicit HomeExchange(Database& database) : m_database(database) {}

    // A new secretary for a cell gets a one-time enrolment code. With `replace`, the current one is
    // removed first (their laptop's packages are refused from then on).
    Result<EnrolledSecretary> enrolSecretary(const QString& cellCode, const QString& label,
                                             bool replace = false);
    Status removeSecretary(const QString& cellCode, const QString& reason);

    Result<ExportedPackage> exportCellPackage(const QString& cellCode, const QString& outPath);
    // New home keys (docs/field-exchange.md "Home's keys change"); the session must hold the exchange keys.
    Result<RotatedHomeKeys> rotateKeys();

    // Reads and checks the package and compares every change with home's records. Writes nothing.
    Result<ImportPlan> planImport(const QString& path, PackageProblem* problem = nullptr);
    // Applies a plan whose conflicts are all resolved, in one transaction. With dryRun everything is
    // done and then rolled back, so repository checks are part of the preview too.
    Result<ImportOutcome> applyImport(const ImportPlan& plan, bool dryRun = false);

private:
    Status requireHome();

    Database& m_database;
};

} // namespace orec::exchange
