// `orec` commands of the field exchange: keys, secretaries, cell packages out, return packages in,
// and the laptop side (field init, field export, field status).
#include "app/exchange_service.h"
#include "cli/context.h"
#include "exchange/audit_head.h"
#include "exchange/identity.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace orec::cli {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::cli)
};

QString roleText(ExchangePeerRole role)
{
    return role == ExchangePeerRole::Home ? Texts::tr("home") : Texts::tr("secretary");
}

QString statusText(ExchangePeerStatus status)
{
    switch (status) {
    case ExchangePeerStatus::Pending:
        return Texts::tr("waiting for the laptop's first package");
    case ExchangePeerStatus::Active:
        return Texts::tr("active");
    case ExchangePeerStatus::Removed:
        return Texts::tr("removed");
    }
    return {};
}

// A refused package: the sentence, and on --json its stable reason.
int failPackage(CliContext& c, const Error& error, exchange::PackageProblem problem)
{
    if (c.json && problem != exchange::PackageProblem::None) {
        c.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("refused"), true},
                        {QStringLiteral("reason"), QString::fromLatin1(exchange::problemCode(problem))},
                        {QStringLiteral("error"), QString::fromLatin1(errorCodeName(error.code))},
                        {QStringLiteral("message"), error.message}}));
    }
    return c.fail(error);
}

int keysShow(CliContext& c)
{
    return withSession(c, [&](app::Session& session) -> int {
        auto keys = app::ExchangeService(session).keys();
        if (!keys)
            return c.fail(keys.error());
        if (c.json) {
            QJsonArray peers;
            for (const ExchangePeer& p : keys->peers)
                peers.append(QJsonObject{{QStringLiteral("role"), p.role == ExchangePeerRole::Home
                                                                      ? QStringLiteral("home")
                                                                      : QStringLiteral("secretary")},
                                         {QStringLiteral("status"), peerStatusCode(p.status)},
                                         {QStringLiteral("cell_uuid"), p.cellUuid},
                                         {QStringLiteral("label"), p.label},
                                         {QStringLiteral("fingerprint"), p.fingerprint}});
            c.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("mode"),
                             keys->fieldDatabase ? QStringLiteral("field") : QStringLiteral("home")},
                            {QStringLiteral("cell"), keys->cellCode},
                            {QStringLiteral("fingerprint"), keys->ownFingerprint},
                            {QStringLiteral("peers"), peers}}));
            return ExitOk;
        }
        if (keys->fieldDatabase)
            c.out() << Texts::tr("Field database of cell %1.").arg(keys->cellCode) << "\n";
        else
            c.out() << Texts::tr("Home database.") << "\n";
        c.out() << Texts::tr("This database's fingerprint:") << "  "
                << (keys->ownFingerprint.isEmpty()
                        ? Texts::tr("(no keys yet: an administrator who signs as home makes them)")
                        : keys->ownFingerprint)
                << "\n";
        if (!keys->peers.isEmpty())
            c.out() << "\n" << Texts::tr("Known parties:") << "\n";
        for (const ExchangePeer& p : keys->peers) {
            c.out() << "  " << roleText(p.role).leftJustified(10) << " "
                    << (p.fingerprint.isEmpty() ? QStringLiteral("-").leftJustified(29)
                                                : p.fingerprint.leftJustified(29))
                    << " " << statusText(p.status);
            if (!p.label.isEmpty())
                c.out() << "  " << p.label;
            c.out() << "\n";
        }
        c.out() << "\n"
                << Texts::tr(
                       "Read fingerprints aloud over the phone to the other side: they must match exactly.")
                << "\n";
        return ExitOk;
    });
}

int keysRotate(CliContext& c)
{
    return withSession(c, [&](app::Session& session) -> int {
        auto rotated = app::ExchangeService(session).rotateHomeKeys();
        if (!rotated)
            return c.fail(rotated.error());
        if (c.json) {
            c.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("old_fingerprint"), rotated->oldFingerprint},
                                          {QStringLiteral("fingerprint"), rotated->newFingerprint},
                                          {QStringLiteral("laptops_to_tell"), rotated->laptopsToTell}}));
            return ExitOk;
        }
        c.out()
            << Texts::tr("Home has new exchange keys.") << "\n"
            << Texts::tr("Old fingerprint:") << "  " << rotated->oldFingerprint << "\n"
            << Texts::tr("New fingerprint:") << "  " << rotated->newFingerprint << "\n\n"
            << Texts::tr(
                   "%n laptop(s) know the old keys: each one's next cell package is signed with them and "
                   "announces the new ones; once its return package says it has them, home signs with the new "
                   "keys only.",
                   nullptr, rotated->laptopsToTell)
            << "\n";
        return ExitOk;
    });
}

int secretaryAdd(CliContext& c)
{
    const QString cell = c.option(QStringLiteral("cell"));
    if (cell.isEmpty())
        return c.usage(Texts::tr("Usage: secretary add --cell CELL [--name TEXT] [--replace]"));
    return withSession(c, [&](app::Session& session) -> int {
        app::ExchangeService service(session);
        auto enrolled = service.enrolSecretary(cell, c.option(QStringLiteral("name")),
                                               c.hasOption(QStringLiteral("replace")));
        if (!enrolled)
            return c.fail(enrolled.error());
        auto keys = service.keys();
        if (!keys)
            return c.fail(keys.error());
        if (c.json) {
            c.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("cell"), enrolled->cellCode},
                                          {QStringLiteral("enrolment_code"), enrolled->enrolmentCode},
                                          {QStringLiteral("home_fingerprint"), keys->ownFingerprint}}));
            return ExitOk;
        }
        c.out()
            << Texts::tr("A secretary for cell %1 is registered and waits for their laptop.")
                   .arg(enrolled->cellCode)
            << "\n\n"
            << Texts::tr("Enrolment code (shown only this once):") << "\n\n    " << enrolled->enrolmentCode
            << "\n\n"
            << Texts::tr(
                   "Give it to the secretary in person or through another channel than the package. With it they "
                   "open the first cell package on their laptop ('orec field init'). Home's fingerprint, to "
                   "compare "
                   "by phone:")
            << " " << keys->ownFingerprint << "\n";
        return ExitOk;
    });
}

int secretaryRemove(CliContext& c)
{
    const QString cell = c.option(QStringLiteral("cell"));
    if (cell.isEmpty())
        return c.usage(Texts::tr("Usage: secretary remove --cell CELL [--reason TEXT]"));
    return withSession(c, [&](app::Session& session) -> int {
        Status s = app::ExchangeService(session).removeSecretary(cell, c.option(QStringLiteral("reason")));
        if (!s)
            return c.fail(s.error());
        if (!c.json)
            c.out()
                << Texts::tr(
                       "The secretary of %1 was removed: packages from their laptop are refused from now on.")
                       .arg(cell)
                << "\n";
        return ExitOk;
    });
}

QJsonObject exportedJson(const exchange::ExportedPackage& e)
{
    return {{QStringLiteral("path"), e.path},
            {QStringLiteral("sequence"), static_cast<qint64>(e.sequence)},
            {QStringLiteral("bytes"), e.bytes},
            {QStringLiteral("first_package"), e.firstPackage},
            {QStringLiteral("recipient_fingerprint"), e.recipientFingerprint},
            {QStringLiteral("members"), e.members},
            {QStringLiteral("postings"), e.postings},
            {QStringLiteral("reports"), e.reports},
            {QStringLiteral("transfers"), e.transfers},
            {QStringLiteral("changes"), e.changes}};
}

int exportPackage(CliContext& c)
{
    const QString cell = c.option(QStringLiteral("cell"));
    const QString out = c.option(QStringLiteral("out"));
    if (cell.isEmpty() || out.isEmpty())
        return c.usage(Texts::tr("Usage: export-package --cell CELL --out FILE"));
    return withSession(c, [&](app::Session& session) -> int {
        auto exported = app::ExchangeService(session).exportCellPackage(cell, out);
        if (!exported)
            return c.fail(exported.error());
        if (c.json) {
            c.printJson(QJsonDocument(exportedJson(*exported)));
            return ExitOk;
        }
        c.out() << Texts::tr("Wrote cell package %1 of %2 to %3: %n member(s)", nullptr, exported->members)
                       .arg(exported->sequence)
                       .arg(cell, out)
                << ", " << Texts::tr("%n posting(s)", nullptr, exported->postings) << ", "
                << Texts::tr("%n report(s)", nullptr, exported->reports) << ".\n";
        if (exported->firstPackage)
            c.out() << Texts::tr("It is a first package: the secretary opens it with their enrolment code.")
                    << "\n";
        else
            c.out() << Texts::tr("Encrypted to the laptop with fingerprint %1.")
                           .arg(exported->recipientFingerprint)
                    << "\n";
        return ExitOk;
    });
}

// Decisions from a file: [{"item": 0 | "uuid": "...", "field": "phone", "resolution": "keep_home" |
// "take_cell" | "edit", "value": ...}].
Status applyDecisionsFile(const QString& path, exchange::ImportPlan& plan)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
                     Texts::tr("The decisions file cannot be read: %1.").arg(file.errorString()), path);
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(16 * 1024 * 1024));
    if (!doc.isArray())
        return Error(ErrorCode::Invalid, Texts::tr("The decisions file must hold a JSON list."), path);
    int row = 0;
    for (const QJsonValue& v : doc.array()) {
        ++row;
        const QJsonObject o = v.toObject();
        int index = o.value(QStringLiteral("item")).toInt(-1);
        const QString uuid = o.value(QStringLiteral("uuid")).toString();
        if (!uuid.isEmpty()) {
            for (const exchange::ChangeItem& item : plan.items) {
                if (item.uuid == uuid)
                    index = item.index;
            }
        }
        const auto resolution =
            exchange::resolutionFromCode(o.value(QStringLiteral("resolution")).toString());
        if (!resolution || !plan.resolve(index, o.value(QStringLiteral("field")).toString(), *resolution,
                                         o.value(QStringLiteral("value"))))
            return Error(ErrorCode::Invalid, Texts::tr("Decision %1 names no open conflict.").arg(row), path);
    }
    return {};
}

void printPlan(CliContext& c, const exchange::ImportPlan& plan)
{
    const exchange::PackageHeader& h = plan.package.header;
    c.out()
        << Texts::tr("Return package %1 from cell %2 (%3).").arg(h.sequence).arg(plan.cellCode, plan.cellName)
        << "\n"
        << Texts::tr("Signed by the laptop with fingerprint %1.").arg(plan.senderFingerprint) << "\n"
        << exchange::senderHeadText(plan.package.senderHead) << "\n";
    if (plan.package.enrols)
        c.out()
            << Texts::tr(
                   "This is the laptop's first package: compare the fingerprint with the secretary by phone "
                   "before applying it.")
            << "\n";
    if (plan.package.verdict == exchange::SequenceVerdict::Gap)
        c.out() << Texts::tr("Packages %1 to %2 never arrived; their changes are carried by this one.")
                       .arg(plan.package.missingFrom)
                       .arg(plan.package.missingTo)
                << "\n";
    c.out() << "\n";
    if (plan.items.isEmpty())
        c.out() << Texts::tr("No new changes.") << "\n";
    for (const exchange::ChangeItem& item : plan.items) {
        QString action;
        switch (item.action) {
        case exchange::ItemAction::Create:
            action = Texts::tr("new");
            break;
        case exchange::ItemAction::Update:
            action = Texts::tr("changed");
            break;
        case exchange::ItemAction::Refused:
            action = Texts::tr("REFUSED");
            break;
        }
        c.out() << QStringLiteral("[%1] ").arg(item.index) << exchange::entityDisplayName(item.kind) << " "
                << item.title << " — " << action << "\n";
        if (!item.refusedReason.isEmpty())
            c.out() << "      " << item.refusedReason << "\n";
        for (const exchange::FieldChange& f : item.fields) {
            c.out() << "      " << f.field << ": ";
            if (item.action == exchange::ItemAction::Create) {
                c.out() << exchange::displayValue(f.cell) << "\n";
                continue;
            }
            c.out() << exchange::displayValue(f.base) << " → " << exchange::displayValue(f.cell);
            switch (f.outcome) {
            case exchange::FieldOutcome::Apply:
                break;
            case exchange::FieldOutcome::AlreadySame:
                c.out() << "  (" << Texts::tr("home already has it") << ")";
                break;
            case exchange::FieldOutcome::Refused:
                c.out() << "\n        "
                        << (f.refusedReason.isEmpty() ? Texts::tr("not the secretary's to change")
                                                      : f.refusedReason);
                break;
            case exchange::FieldOutcome::Conflict:
                c.out() << "\n        "
                        << Texts::tr("CONFLICT: home has %1").arg(exchange::displayValue(f.home));
                if (!f.homeChangedBy.isEmpty())
                    c.out() << " "
                            << Texts::tr("(changed by %1 on %2)")
                                   .arg(f.homeChangedBy, f.homeChangedAt.toLocalTime().toString(Qt::ISODate));
                if (f.resolution != exchange::Resolution::Unresolved)
                    c.out() << " — " << QString::fromLatin1(exchange::resolutionCode(f.resolution));
                break;
            }
            c.out() << "\n";
        }
    }
    c.out().flush();
}

int importHome(CliContext& c, app::ExchangeService& service, const QString& path)
{
    exchange::PackageProblem problem = exchange::PackageProblem::None;
    auto plan = service.previewImport(path, &problem);
    if (!plan)
        return failPackage(c, plan.error(), problem);
    if (plan->isReplay()) {
        auto outcome = service.applyImport(*plan);
        if (c.json)
            c.printJson(QJsonDocument(plan->toJson()));
        else
            c.out() << (outcome ? outcome->notes.join(QLatin1Char('\n')) : outcome.error().message) << "\n";
        return ExitOk;
    }
    const QString prefer = c.option(QStringLiteral("prefer"));
    if (!prefer.isEmpty()) {
        const auto resolution = exchange::resolutionFromCode(prefer);
        if (!resolution || *resolution == exchange::Resolution::Edit)
            return c.invalid(Texts::tr("--prefer takes home or cell."));
        plan->resolveAll(*resolution);
    }
    if (c.hasOption(QStringLiteral("decisions"))) {
        if (Status s = applyDecisionsFile(c.option(QStringLiteral("decisions")), *plan); !s)
            return c.fail(s.error());
    }
    const bool dryRun = c.hasOption(QStringLiteral("dry-run"));
    if (!c.json)
        printPlan(c, *plan);
    if (plan->unresolvedCount() > 0) {
        if (c.json)
            c.printJson(QJsonDocument(plan->toJson()));
        const Error open(
            ErrorCode::Conflict,
            Texts::tr("%n conflict(s) need a decision; nothing was applied. Decide with --prefer home|cell "
                      "or --decisions FILE, or in the application's import dialog.",
                      nullptr, plan->unresolvedCount()));
        if (!dryRun)
            return c.fail(open);
        if (!c.json)
            c.out() << "\n" << open.message << "\n"; // a preview with open conflicts is still a preview
        return ExitOk;
    }
    auto outcome = service.applyImport(*plan, dryRun);
    if (!outcome)
        return c.fail(outcome.error());
    if (c.json) {
        QJsonObject o = plan->toJson();
        o.insert(QStringLiteral("dry_run"), dryRun);
        o.insert(QStringLiteral("created"), outcome->created);
        o.insert(QStringLiteral("updated"), outcome->updated);
        o.insert(QStringLiteral("conflicts_resolved"), outcome->conflictsResolved);
        o.insert(QStringLiteral("refused_changes"), outcome->refused);
        c.printJson(QJsonDocument(o));
        return ExitOk;
    }
    c.out() << "\n";
    for (const QString& note : outcome->notes)
        c.out() << note << "\n";
    if (!dryRun && outcome->senderHead.token)
        c.out()
            << Texts::tr(
                   "The laptop's audit head (entry %1) is remembered: its next package must not show less.")
                   .arg(outcome->senderHead.token->entryId)
            << "\n";
    c.out() << (dryRun
                    ? Texts::tr("Dry run: %1 record(s) would be created and %2 changed; nothing was written.")
                    : Texts::tr("Applied: %1 record(s) created, %2 changed, %3 conflict(s) decided."))
                   .arg(outcome->created)
                   .arg(outcome->updated)
                   .arg(outcome->conflictsResolved)
            << "\n";
    if (outcome->enrolledLaptop && !dryRun)
        c.out() << Texts::tr("The laptop with fingerprint %1 is now this cell's registered secretary.")
                       .arg(outcome->secretaryFingerprint)
                << "\n";
    return ExitOk;
}

int importField(CliContext& c, app::ExchangeService& service, const QString& path)
{
    if (c.hasOption(QStringLiteral("dry-run")))
        return c.usage(
            Texts::tr("A laptop installs home's package whole; --dry-run is for imports at home."));
    exchange::PackageProblem problem = exchange::PackageProblem::None;
    auto outcome = service.installCellPackage(path, &problem);
    if (!outcome)
        return failPackage(c, outcome.error(), problem);
    if (c.json) {
        c.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("sequence"), static_cast<qint64>(outcome->sequence)},
            {QStringLiteral("replay"), outcome->replay},
            {QStringLiteral("records"), outcome->records},
            {QStringLiteral("written"), outcome->written},
            {QStringLiteral("removed"), outcome->removed},
            {QStringLiteral("acknowledged_change"), static_cast<qint64>(outcome->acknowledgedChange)},
            {QStringLiteral("pending_changes"), outcome->pendingChanges},
            {QStringLiteral("purged"), outcome->purged},
            {QStringLiteral("audit_pruned_through"), outcome->auditPrunedThrough},
            {QStringLiteral("sender_audit_head"), exchange::senderHeadJson(outcome->senderHead)},
            {QStringLiteral("acknowledgement"), outcome->acknowledgement}}));
        return ExitOk;
    }
    for (const QString& note : outcome->notes)
        c.out() << note << "\n";
    if (!outcome->replay)
        c.out() << Texts::tr(
                       "Installed home's package %1: %2 record(s), %3 updated here, %4 no longer in the cell "
                       "removed.")
                       .arg(outcome->sequence)
                       .arg(outcome->records)
                       .arg(outcome->written)
                       .arg(outcome->removed)
                << "\n"
                << Texts::tr(
                       "Home has applied your changes up to number %1; %n change(s) still wait for home.",
                       nullptr, outcome->pendingChanges)
                       .arg(outcome->acknowledgedChange)
                << "\n"
                << exchange::senderHeadText(outcome->senderHead) << "\n";
    return ExitOk;
}

int importPackage(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr(
            "Usage: import-package FILE [--dry-run] [--prefer home|cell] [--decisions FILE] [--json]"));
    return withSession(c, [&](app::Session& session) -> int {
        app::ExchangeService service(session);
        auto field = service.isFieldDatabase();
        if (!field)
            return c.fail(field.error());
        return *field ? importField(c, service, c.positional.first())
                      : importHome(c, service, c.positional.first());
    });
}

int fieldInit(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: orec --db FILE field init PACKAGE"));
    const QString user = c.user.isEmpty() ? QStringLiteral("secretary") : c.user;
    auto code = c.secret("OREC_ENROLMENT_CODE", Texts::tr("Enrolment code from home: "));
    if (!code)
        return c.fail(code.error());
    // The new passphrase is OREC_NEW_PASSPHRASE's, as the help says, even when OREC_PASSPHRASE is set too
    // (a shell that has just used another database); OREC_PASSPHRASE alone still serves.
    auto pass =
        !qEnvironmentVariableIsSet("OREC_NEW_PASSPHRASE") && qEnvironmentVariableIsSet("OREC_PASSPHRASE")
            ? Result<QString>(qEnvironmentVariable("OREC_PASSPHRASE"))
            : c.newPassphrase("OREC_NEW_PASSPHRASE", Texts::tr("New passphrase for %1: ").arg(user));
    if (!pass)
        return c.fail(pass.error());
    exchange::PackageProblem problem = exchange::PackageProblem::None;
    auto field = app::ExchangeService::initialiseField(c.positional.first(), *code, c.dbPath, user, *pass,
                                                       c.databaseOptions, &problem);
    wipeString(*code);
    wipeString(*pass);
    if (!field)
        return failPackage(c, field.error(), problem);
    if (c.json) {
        c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("cell"), field->cellCode},
                                              {QStringLiteral("members"), field->members},
                                              {QStringLiteral("home_fingerprint"), field->homeFingerprint},
                                              {QStringLiteral("fingerprint"), field->ownFingerprint},
                                              {QStringLiteral("recovery_key"), field->recoveryKey}}));
        return ExitOk;
    }
    c.out() << Texts::tr("Created the field database %1 for cell %2 (%3) with %n member(s).", nullptr,
                         field->members)
                   .arg(c.dbPath, field->cellCode, field->cellName)
            << "\n\n"
            << Texts::tr("Home's fingerprint:") << "    " << field->homeFingerprint << "\n"
            << Texts::tr("This laptop's fingerprint:") << " " << field->ownFingerprint << "\n\n"
            << Texts::tr("Compare both with home by phone before you send anything back.") << "\n\n"
            << Texts::tr("Recovery key (shown only this once; keep it apart from the laptop):") << "\n\n    "
            << field->recoveryKey << "\n";
    return ExitOk;
}

int fieldExport(CliContext& c)
{
    const QString out = c.option(QStringLiteral("out"));
    if (out.isEmpty())
        return c.usage(Texts::tr("Usage: field export --out FILE"));
    return withSession(c, [&](app::Session& session) -> int {
        auto exported = app::ExchangeService(session).exportReturnPackage(out);
        if (!exported)
            return c.fail(exported.error());
        if (c.json) {
            c.printJson(QJsonDocument(exportedJson(*exported)));
            return ExitOk;
        }
        c.out() << Texts::tr("Wrote return package %1 to %2 with %n change(s) home has not acknowledged yet.",
                             nullptr, exported->changes)
                       .arg(exported->sequence)
                       .arg(out)
                << "\n";
        return ExitOk;
    });
}

int fieldStatus(CliContext& c)
{
    return withSession(c, [&](app::Session& session) -> int {
        auto status = app::ExchangeService(session).fieldStatus();
        if (!status)
            return c.fail(status.error());
        if (c.json) {
            QJsonArray pending;
            for (const OutboxChange& p : status->pending)
                pending.append(QJsonObject{{QStringLiteral("no"), static_cast<qint64>(p.changeNo)},
                                           {QStringLiteral("entity"), p.entity},
                                           {QStringLiteral("uuid"), p.entityUuid},
                                           {QStringLiteral("action"), p.action},
                                           {QStringLiteral("at"), p.at.toString(Qt::ISODate)},
                                           {QStringLiteral("sent_in"), static_cast<qint64>(p.firstSentIn)}});
            c.printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("cell"), status->cellCode},
                {QStringLiteral("installed_package"), static_cast<qint64>(status->installedSequence)},
                {QStringLiteral("last_sent"), static_cast<qint64>(status->lastSent)},
                {QStringLiteral("acknowledged_package"), static_cast<qint64>(status->acknowledgedSequence)},
                {QStringLiteral("acknowledged_change"), static_cast<qint64>(status->acknowledgedChange)},
                {QStringLiteral("keys_acknowledged"), status->keysAcknowledged},
                {QStringLiteral("pending"), pending},
                {QStringLiteral("last_acknowledgement"), status->lastAcknowledgement}}));
            return ExitOk;
        }
        c.out()
            << Texts::tr(
                   "Cell %1. Home's package %2 is installed; you sent %3 package(s), home applied up to your "
                   "package %4 (change %5).")
                   .arg(status->cellCode)
                   .arg(status->installedSequence)
                   .arg(status->lastSent)
                   .arg(status->acknowledgedSequence)
                   .arg(status->acknowledgedChange)
            << "\n"
            << Texts::tr("%n change(s) wait for home.", nullptr, static_cast<int>(status->pending.size()))
            << "\n";
        for (const OutboxChange& p : status->pending)
            c.out() << "  #" << p.changeNo << "  " << p.at.toLocalTime().toString(Qt::ISODate) << "  "
                    << p.entity << "  " << p.action
                    << (p.firstSentIn
                            ? QStringLiteral("  ") + Texts::tr("(sent in package %1)").arg(p.firstSentIn)
                            : QString())
                    << "\n";
        return ExitOk;
    });
}

} // namespace

void registerExchangeCommands(QList<Command>& commands)
{
    Command keys;
    keys.name = QStringLiteral("keys show");
    keys.synopsis = QStringLiteral("keys show [--json]");
    keys.summary = Texts::tr("Show this database's exchange fingerprint and the parties it knows.");
    keys.help = Texts::tr(
        "Fingerprints are six groups of four characters; read them aloud to the other side by phone. "
        "A home database shows each cell's secretary; a laptop shows its home.");
    keys.run = keysShow;
    commands << keys;

    Command rotate;
    rotate.name = QStringLiteral("keys rotate");
    rotate.synopsis = QStringLiteral("keys rotate [--json]");
    rotate.summary =
        Texts::tr("Give home new exchange keys and announce them to every laptop (administrators who sign "
                  "as home).");
    rotate.help = Texts::tr(
        "For when someone who held home's keys may have copied them (a revoked right, a removed user). The "
        "new keys are sealed to those who sign as home now. Each laptop's next cell package is signed with "
        "the old keys and carries the new ones; once its return package says it has them, home signs with "
        "the new keys only and the old ones are deleted. Until then the old keys still sign for that laptop.");
    rotate.run = keysRotate;
    commands << needs(rotate, {Permission::ManageKeys}, app::Where::HomeOnly);

    Command add;
    add.name = QStringLiteral("secretary add");
    add.synopsis = QStringLiteral("secretary add --cell CELL [--name TEXT] [--replace]");
    add.summary =
        Texts::tr("Register a cell secretary's laptop-to-be and print its one-time enrolment code.");
    add.help = Texts::tr(
        "--cell     the overseas cell's code\n--name     the secretary's name, for lists\n--replace  "
        "remove the current secretary first; their laptop's packages are refused from then on.\n"
        "Administrators only.");
    add.valueOptions = {QStringLiteral("cell"), QStringLiteral("name")};
    add.flags = {QStringLiteral("replace")};
    add.run = secretaryAdd;
    commands << needs(add, {Permission::ManageKeys}, app::Where::HomeOnly);

    Command remove;
    remove.name = QStringLiteral("secretary remove");
    remove.synopsis = QStringLiteral("secretary remove --cell CELL [--reason TEXT]");
    remove.summary = Texts::tr("Remove a cell's secretary (a lost laptop, a replaced secretary).");
    remove.help = Texts::tr("Packages signed by that laptop are refused from then on. Administrators only.");
    remove.valueOptions = {QStringLiteral("cell"), QStringLiteral("reason")};
    remove.run = secretaryRemove;
    commands << needs(remove, {Permission::ManageKeys}, app::Where::HomeOnly);

    Command exportCmd;
    exportCmd.name = QStringLiteral("export-package");
    exportCmd.synopsis = QStringLiteral("export-package --cell CELL --out FILE");
    exportCmd.summary = Texts::tr("Write a signed, encrypted cell package for the cell's secretary.");
    exportCmd.help =
        Texts::tr("Holds the cell's members, their postings in the cell, reports and transfer letters, and "
                  "acknowledges the return packages home applied. Before the laptop's keys are known the "
                  "package opens with the enrolment code.");
    exportCmd.valueOptions = {QStringLiteral("cell"), QStringLiteral("out")};
    exportCmd.run = exportPackage;
    commands << writes(exportCmd, app::Where::HomeOnly);

    Command importCmd;
    importCmd.name = QStringLiteral("import-package");
    importCmd.synopsis =
        QStringLiteral("import-package FILE [--dry-run] [--prefer home|cell] [--decisions FILE]");
    importCmd.summary =
        Texts::tr("Import a package: at home a secretary's return package; on a laptop home's package.");
    importCmd.help = Texts::tr(
        "At home the changes are listed first. A field that home changed too is a conflict: decide "
        "all with --prefer home|cell, or each with --decisions FILE (a JSON list of {\"item\", "
        "\"field\", \"resolution\": keep_home|take_cell|edit, \"value\"}). Nothing is applied while a "
        "conflict is open (exit code 2). --dry-run applies and rolls back. A package applied before "
        "changes nothing; an older one than the last applied is refused.");
    importCmd.flags = {QStringLiteral("dry-run")};
    importCmd.valueOptions = {QStringLiteral("prefer"), QStringLiteral("decisions")};
    importCmd.run = importPackage;
    commands << writes(importCmd); // home's side and the laptop's: the service tells them apart

    Command init;
    init.name = QStringLiteral("field init");
    init.synopsis = QStringLiteral("field init PACKAGE"); // --db is the global option the usage line shows
    init.summary = Texts::tr("Create a laptop's field database from home's first cell package.");
    init.help = Texts::tr(
        "The enrolment code comes from OREC_ENROLMENT_CODE, else is asked; the new passphrase from "
        "OREC_NEW_PASSPHRASE, else is asked twice. The user is --user (default 'secretary'). Prints "
        "both fingerprints and the recovery key.");
    init.run = fieldInit;
    commands << init;

    Command fieldExportCmd;
    fieldExportCmd.name = QStringLiteral("field export");
    fieldExportCmd.synopsis = QStringLiteral("field export --out FILE");
    fieldExportCmd.summary =
        Texts::tr("Write a return package with every change home has not acknowledged yet.");
    fieldExportCmd.help = Texts::tr("Signed by this laptop and encrypted to home.");
    fieldExportCmd.valueOptions = {QStringLiteral("out")};
    fieldExportCmd.run = fieldExport;
    commands << writes(fieldExportCmd);

    Command status;
    status.name = QStringLiteral("field status");
    status.synopsis = QStringLiteral("field status [--json]");
    status.summary = Texts::tr("Show which of this laptop's changes have reached home.");
    status.help =
        Texts::tr("Lists the changes home has not acknowledged yet and what home's last package said.");
    status.run = fieldStatus;
    commands << reads(status);
}

} // namespace orec::cli
