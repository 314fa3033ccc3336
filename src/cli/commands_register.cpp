// `orec` commands of the register: members, units, search, lists, statistics, import, export and the demo.
#include "app/account_service.h"
#include "app/demo_generator.h"
#include "app/export_service.h"
#include "app/import_service.h"
#include "app/query_service.h"
#include "app/register_service.h"
#include "cli/context.h"
#include "cli/register_output.h"
#include "cli/terminal.h"
#include "core/country.h"
#include "storage/record_json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace orec::cli {

void registerPostingCommands(QList<Command>& commands); // commands_posting.cpp

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::cli)
};

QString joinedPositional(const CliContext& c, int from = 0)
{
    return c.positional.mid(from).join(QLatin1Char(' '));
}

// ---- demo ---------------------------------------------------------------------------------------

int demoCommand(CliContext& c)
{
    app::DemoOptions options;
    auto members = intOption(c, QStringLiteral("members"), 2000);
    auto postings = intOption(c, QStringLiteral("postings"), -1);
    auto cells = intOption(c, QStringLiteral("cells"), -1);
    auto asOf = dateOption(c, QStringLiteral("as-of"));
    for (const Result<int>* number : {&members, &postings, &cells}) {
        if (!number->ok())
            return c.fail(number->error()); // names the option
    }
    if (!asOf)
        return c.fail(asOf.error());
    options.members = *members;
    options.postings = *postings;
    options.overseasCells = *cells;
    options.asOf = *asOf;
    if (c.hasOption(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = c.option(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return c.invalid(Texts::tr("--seed needs a whole number."));
    }
    if (options.members < 1)
        return c.invalid(Texts::tr("--members needs a number of members, at least 1."));

    std::unique_ptr<app::Session> session;
    QString recoveryKey;
    if (!QFileInfo::exists(c.dbPath)) {
        // The demo makes its own database, so the README's one command is all it takes.
        const QString admin = c.user.isEmpty() ? QStringLiteral("admin") : c.user;
        auto pass =
            qEnvironmentVariableIsSet("OREC_PASSPHRASE")
                ? Result<QString>(qEnvironmentVariable("OREC_PASSPHRASE"))
                : c.newPassphrase("OREC_NEW_PASSPHRASE", Texts::tr("New passphrase for %1: ").arg(admin));
        if (!pass)
            return c.fail(pass.error());
        const QString dir = QFileInfo(c.dbPath).absolutePath();
        if (!QDir().mkpath(dir))
            return c.fail(Error(ErrorCode::Io, Texts::tr("The folder cannot be created."), dir));
        auto created = app::AccountService::createDatabase(c.dbPath, admin, *pass, c.databaseOptions);
        wipeString(*pass);
        if (!created)
            return c.fail(created.error());
        session = std::move(created->session);
        recoveryKey = created->recoveryKey;
    } else {
        auto opened = c.openSession();
        if (!opened)
            return c.fail(opened.error());
        session = std::move(*opened);
    }
    auto summary = app::DemoGenerator(*session, options).generate();
    if (!summary)
        return c.fail(summary.error());
    if (c.json) {
        QJsonObject o = toJson(*summary);
        o.insert(QStringLiteral("database"), c.dbPath);
        if (!recoveryKey.isEmpty())
            o.insert(QStringLiteral("recovery_key"), recoveryKey);
        c.printJson(QJsonDocument(o));
        return ExitOk;
    }
    QTextStream& out = c.out();
    if (!recoveryKey.isEmpty())
        out << Texts::tr("Created %1 with administrator %2.").arg(c.dbPath, session->actor().user) << "\n"
            << Texts::tr("Recovery key (shown once; it is demo data, but keep the habit):") << "\n\n    "
            << recoveryKey << "\n\n";
    out << Texts::tr("Generated a synthetic department (seed %1) in %2 s (%3 s of processor time):")
               .arg(options.seed)
               .arg(summary->milliseconds / 1000.0, 0, 'f', 1)
               .arg(summary->cpuMilliseconds / 1000.0, 0, 'f', 1)
        << "\n"
        << "  "
        << Texts::tr("%1 committees, %2 home cells, %3 overseas cells")
               .arg(summary->committees)
               .arg(summary->homeCells)
               .arg(summary->overseasCells)
        << "\n"
        << "  " << Texts::tr("%1 members (%2 probationary)").arg(summary->members).arg(summary->probationary)
        << "\n"
        << "  " << Texts::tr("%1 postings:").arg(summary->postings);
    for (auto it = summary->postingsByStatus.begin(); it != summary->postingsByStatus.end(); ++it)
        out << " " << displayName(it.key()) << " " << it.value() << ";";
    out << "\n"
        << "  "
        << Texts::tr("%1 reports (%2 overdue), %3 transfer letters")
               .arg(summary->reports)
               .arg(summary->reportsOverdue)
               .arg(summary->transfers)
        << "\n"
        << "  "
        << Texts::tr("%1 overdue to return, %2 departures without approval")
               .arg(summary->overdueToReturn)
               .arg(summary->unapprovedDepartures)
        << "\n"
        << Texts::tr("Every name is generated; none belongs to a real person.") << "\n";
    out.flush();
    return ExitOk;
}

// ---- import / export ----------------------------------------------------------------------------

// The import's refusals of --map (an entry it cannot read, a header the file does not have) are
// invalid values, not usage errors.
Error mapProblemAsInvalid(Error e)
{
    if (e.code == ErrorCode::Usage)
        e.code = ErrorCode::Invalid;
    return e;
}

// Where the rejected rows go under --skip-invalid without --rejects: beside the input, named after
// it in its format (members.csv → members.rejects.csv, then members.rejects-2.csv, ...), never over
// an existing file.
QString defaultRejectsPath(const QString& input)
{
    const QFileInfo info(input);
    const QString suffix = info.suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0
                               ? QStringLiteral("xlsx")
                               : QStringLiteral("csv");
    const QDir dir = info.absoluteDir();
    for (int n = 1;; ++n) {
        const QString name = info.completeBaseName() + QStringLiteral(".rejects") +
                             (n == 1 ? QString() : QStringLiteral("-") + QString::number(n)) +
                             QLatin1Char('.') + suffix;
        const QFileInfo candidate(dir.filePath(name));
        if (!candidate.exists() && !candidate.isSymLink())
            return candidate.filePath();
    }
}

int importTable(CliContext& c, app::InterchangeTable table, const QString& file)
{
    app::ImportOptions options;
    options.skipInvalid = c.hasOption(QStringLiteral("skip-invalid"));
    options.dryRun = c.hasOption(QStringLiteral("dry-run"));
    options.rejectsPath = c.option(QStringLiteral("rejects"));
    if (!options.rejectsPath.isEmpty() && !options.skipInvalid && !options.dryRun)
        return c.usage(Texts::tr("--rejects goes with --skip-invalid (or --dry-run)."));
    // Rows left out are never lost: without --rejects they go to a file beside the input.
    bool defaultRejects = false;
    if (options.skipInvalid && !options.dryRun && options.rejectsPath.isEmpty()) {
        const QFileInfo folder(QFileInfo(file).absolutePath());
        if (folder.isDir() && folder.isWritable()) {
            options.rejectsPath = defaultRejectsPath(file);
            defaultRejects = true;
        } else if (folder.isDir()) {
            c.err()
                << Texts::tr(
                       "The folder of %1 cannot be written to: rejected rows are not saved unless --rejects "
                       "FILE says where.")
                       .arg(file)
                << "\n";
        }
    }
    if (c.hasOption(QStringLiteral("map"))) {
        auto map = app::parseColumnMap(table, c.option(QStringLiteral("map")));
        if (!map)
            return c.fail(mapProblemAsInvalid(map.error()));
        options.columnMap = *map;
    }
    if (c.hasOption(QStringLiteral("sheet"))) {
        auto sheet = intOption(c, QStringLiteral("sheet"), 1);
        if (!sheet || *sheet < 1)
            return c.invalid(Texts::tr("--sheet needs the number of the worksheet, 1 for the first."));
        options.sheet = *sheet - 1;
    }
    if (c.hasOption(QStringLiteral("header-row"))) {
        auto line = intOption(c, QStringLiteral("header-row"), 0);
        if (!line || *line < 1)
            return c.invalid(
                Texts::tr("--header-row needs the number of the line holding the column titles, 1 "
                          "for the first."));
        options.headerLine = *line;
    }
    // A dry run writes nothing to the database: reading it is enough.
    if (options.dryRun) {
        c.permissions = {Permission::ReadRecords};
        c.readOnly = true;
    }
    return withSession(c, [&](app::Session& s) {
        auto report = app::ImportService(s).importFile(table, file, options);
        if (!report)
            return c.fail(mapProblemAsInvalid(report.error()));
        if (c.json) {
            c.printJson(QJsonDocument(toJson(*report)));
        } else {
            app::ImportReport shown = *report;
            if (defaultRejects)
                shown.rejectsPath.clear(); // said on stderr below
            printImportReport(c, shown);
        }
        if (defaultRejects && !report->rejectsPath.isEmpty()) {
            c.err() << Texts::tr("The rejected rows and their reasons were written to %1.")
                           .arg(report->rejectsPath)
                    << "\n";
            c.err().flush();
        }
        // Headers that differ from the format: say what --map would read them as.
        if (!c.json && !report->complete() && report->valid == 0) {
            auto preview = app::ImportService(s).preview(table, file, options);
            if (preview && !preview->missingRequired.isEmpty()) {
                const app::ColumnMap suggested = app::suggestColumnMap(table, preview->header);
                if (app::missingRequiredFields(table, app::fieldsOfColumns(table, preview->header, suggested))
                        .isEmpty())
                    c.err() << Texts::tr("The headers differ from the format; they may read as:")
                            << "\n    --map \"" << app::formatColumnMap(suggested, preview->header) << "\"\n";
            }
        }
        // Problems that stopped the import are invalid input; skipped rows under --skip-invalid are not.
        if (!report->complete() && !options.skipInvalid)
            return static_cast<int>(ExitInvalid);
        return static_cast<int>(ExitOk);
    });
}

int importCommand(CliContext& c)
{
    if (c.positional.size() != 2)
        return c.usage(Texts::tr("Usage: import members|cells|postings FILE.csv|FILE.xlsx"));
    const auto table = app::interchangeTableFromName(c.positional.first());
    if (!table)
        return c.usage(Texts::tr("Import members, cells or postings."));
    return importTable(c, *table, c.positional.at(1));
}

int exportTable(CliContext& c, app::InterchangeTable table)
{
    const QString out = c.option(QStringLiteral("out"));
    if (out.isEmpty())
        return c.usage(Texts::tr("Say where to write with --out FILE.csv or FILE.xlsx."));
    return withSession(c, [&](app::Session& s) {
        auto rows = app::ExportService(s).exportFile(table, out);
        if (!rows)
            return c.fail(rows.error());
        if (c.json)
            c.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("rows"), *rows}}));
        else
            c.out()
                << Texts::tr(
                       "Wrote %1 row(s) to %2. The file is not encrypted: keep it safe and delete it when done.")
                       .arg(*rows)
                       .arg(out)
                << "\n";
        return static_cast<int>(ExitOk);
    });
}

int exportCommand(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: export members|cells|postings --out FILE.csv|FILE.xlsx"));
    const auto table = app::interchangeTableFromName(c.positional.first());
    if (!table)
        return c.usage(Texts::tr("Export members, cells or postings."));
    return exportTable(c, *table);
}

// ---- members ------------------------------------------------------------------------------------

// Applies the member options given on the command line over `m`.
Status applyMemberOptions(CliContext& c, app::RegisterService& service, Member& m)
{
    const auto text = [&](const char* name, QString& field) {
        if (c.hasOption(QString::fromLatin1(name)))
            field = c.option(QString::fromLatin1(name));
    };
    text("name", m.fullName);
    text("alias", m.alias);
    text("hometown", m.hometown);
    text("citizen-id", m.citizenId);
    text("card", m.partyCardNumber);
    text("dossier", m.dossierNumber);
    text("position", m.position);
    text("workplace", m.workplace);
    text("phone", m.phone);
    text("email", m.email);
    text("notes", m.notes);
    auto gender = enumOption<Gender>(c, QStringLiteral("gender"), AdvertisedCodes::Vietnamese);
    if (!gender)
        return gender.error();
    if (*gender)
        m.gender = **gender;
    const std::pair<const char*, QDate*> dates[] = {
        {"born", &m.dateOfBirth}, {"admitted", &m.admissionDate}, {"full-member", &m.fullMembershipDate}};
    for (const auto& [name, field] : dates) {
        if (!c.hasOption(QString::fromLatin1(name)))
            continue;
        if (c.option(QString::fromLatin1(name)).isEmpty()) {
            *field = QDate();
            continue;
        }
        auto d = dateOption(c, QString::fromLatin1(name));
        if (!d)
            return d.error();
        *field = *d;
    }
    if (c.hasOption(QStringLiteral("home-unit"))) {
        auto unit = service.findUnit(c.option(QStringLiteral("home-unit")));
        if (!unit)
            return unit.error();
        m.homeUnitId = unit->id;
    }
    if (c.hasOption(QStringLiteral("disciplinary-review"))) {
        auto flag = app::parseYesNo(c.option(QStringLiteral("disciplinary-review")));
        if (!flag || !flag->has_value())
            return Error(ErrorCode::Invalid, Texts::tr("--disciplinary-review is yes or no."));
        m.underDisciplinaryReview = **flag;
    }
    return {};
}

int memberAdd(CliContext& c)
{
    if (!c.hasOption(QStringLiteral("name")))
        return c.usage(Texts::tr("Give the member's full name with --name."));
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        Member m;
        if (Status st = applyMemberOptions(c, service, m); !st)
            return c.fail(st.error());
        auto added = service.addMember(m);
        if (!added)
            return c.fail(added.error());
        if (c.json)
            c.printJson(QJsonDocument(orec::toJson(*added)));
        else
            c.out() << Texts::tr("Added %1 (id %2).").arg(added->fullName).arg(added->id) << "\n";
        return static_cast<int>(ExitOk);
    });
}

int memberEdit(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: member edit ID [options]"));
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        auto m = service.findMember(c.positional.first());
        if (!m)
            return c.fail(m.error());
        if (Status st = applyMemberOptions(c, service, *m); !st)
            return c.fail(st.error());
        auto saved = service.updateMember(*m);
        if (!saved)
            return c.fail(saved.error());
        if (c.json)
            c.printJson(QJsonDocument(orec::toJson(*saved)));
        else
            c.out() << Texts::tr("Saved %1 (version %2).").arg(saved->fullName).arg(saved->version) << "\n";
        return static_cast<int>(ExitOk);
    });
}

int memberShow(CliContext& c)
{
    if (c.positional.isEmpty())
        return c.usage(Texts::tr("Usage: member show ID|CARD|CITIZEN-ID"));
    return withSession(c, [&](app::Session& s) {
        auto m = app::RegisterService(s).findMember(joinedPositional(c));
        if (!m)
            return c.fail(m.error());
        auto history = app::QueryService(s).memberHistory(m->id);
        if (!history)
            return c.fail(history.error());
        if (c.json)
            c.printJson(QJsonDocument(toJson(*history)));
        else
            printHistory(c, *history);
        return static_cast<int>(ExitOk);
    });
}

// The filter options shared by `member list` and `abroad`.
Status memberFilterFromOptions(CliContext& c, app::RegisterService& service, MemberFilter& f)
{
    if (c.hasOption(QStringLiteral("presence"))) {
        static const QList<std::pair<QString, MemberPresence>> names = {
            {QStringLiteral("at_home"), MemberPresence::AtHome},
            {QStringLiteral("abroad"), MemberPresence::Abroad},
            {QStringLiteral("overdue"), MemberPresence::Overdue},
            {QStringLiteral("lost_contact"), MemberPresence::LostContact},
            {QStringLiteral("did_not_return"), MemberPresence::DidNotReturn}};
        const QString want =
            c.option(QStringLiteral("presence")).trimmed().replace(QLatin1Char('-'), QLatin1Char('_'));
        bool found = false;
        for (const auto& [name, value] : names) {
            if (name == want) {
                f.presence = value;
                found = true;
            }
        }
        if (!found)
            return Error(
                ErrorCode::Invalid,
                Texts::tr("--presence is at_home, abroad, overdue, lost_contact or did_not_return."));
    }
    if (c.hasOption(QStringLiteral("country"))) {
        const auto country = countryFromText(c.option(QStringLiteral("country")));
        if (!country)
            return Error(
                ErrorCode::Invalid,
                Texts::tr("\"%1\" is not a country code or name.").arg(c.option(QStringLiteral("country"))));
        f.countryCode = country->code;
    }
    if (c.hasOption(QStringLiteral("cell"))) {
        auto cell = service.findUnit(c.option(QStringLiteral("cell")));
        if (!cell)
            return cell.error();
        f.cellId = cell->id;
    }
    auto cellType = enumOption<CellType>(c, QStringLiteral("cell-type"));
    if (!cellType)
        return cellType.error();
    f.cellType = *cellType;
    auto purpose = enumOption<PostingPurpose>(c, QStringLiteral("purpose"), AdvertisedCodes::Vietnamese);
    if (!purpose)
        return purpose.error();
    f.purpose = *purpose;
    if (c.hasOption(QStringLiteral("home-unit"))) {
        auto unit = service.findUnit(c.option(QStringLiteral("home-unit")));
        if (!unit)
            return unit.error();
        f.homeUnitId = unit->id;
    }
    f.probationaryOnly = c.hasOption(QStringLiteral("probationary"));
    f.text = c.option(QStringLiteral("text"));
    return {};
}

int listMembers(CliContext& c, MemberFilter filter, MemberSort sort)
{
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        if (Status st = memberFilterFromOptions(c, service, filter); !st)
            return st.code() == ErrorCode::Usage ? c.usage(st.error().message) : c.fail(st.error());
        if (c.hasOption(QStringLiteral("sort"))) {
            static const QList<std::pair<QString, MemberSortKey>> keys = {
                {QStringLiteral("name"), MemberSortKey::Name},
                {QStringLiteral("card"), MemberSortKey::PartyCard},
                {QStringLiteral("born"), MemberSortKey::DateOfBirth},
                {QStringLiteral("admitted"), MemberSortKey::AdmissionDate},
                {QStringLiteral("country"), MemberSortKey::Country},
                {QStringLiteral("return"), MemberSortKey::PlannedReturn},
                {QStringLiteral("relevance"), MemberSortKey::Relevance}};
            bool found = false;
            for (const auto& [name, key] : keys) {
                if (name == c.option(QStringLiteral("sort"))) {
                    sort.key = key;
                    found = true;
                }
            }
            if (!found)
                return c.invalid(
                    Texts::tr("--sort is name, card, born, admitted, country, return or relevance."));
        }
        sort.descending = c.hasOption(QStringLiteral("desc"));
        auto offset = intOption(c, QStringLiteral("offset"), 0);
        auto limit = intOption(c, QStringLiteral("limit"), 100);
        for (const Result<int>* number : {&offset, &limit}) {
            if (!number->ok())
                return c.fail(number->error()); // names the option
        }
        app::QueryService queries(s);
        auto total = queries.countMembers(filter);
        if (!total)
            return c.fail(total.error());
        auto rows = queries.members(filter, sort, *offset, *limit);
        if (!rows)
            return c.fail(rows.error());
        if (c.json) {
            QJsonArray array;
            for (const MemberRow& r : *rows)
                array.append(toJson(r));
            c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("total"), *total},
                                                  {QStringLiteral("offset"), *offset},
                                                  {QStringLiteral("rows"), array}}));
        } else {
            printMemberRows(c, *rows);
            c.out() << Texts::tr("%1 of %2 shown.").arg(rows->size()).arg(*total) << "\n";
        }
        return static_cast<int>(ExitOk);
    });
}

int memberList(CliContext& c)
{
    return listMembers(c, {}, {MemberSortKey::Relevance, false});
}

int searchCommand(CliContext& c)
{
    const QString text = joinedPositional(c);
    if (text.trimmed().isEmpty())
        return c.usage(
            Texts::tr("Usage: search TEXT (a name without diacritics, a party card number or a citizen ID)"));
    auto limit = intOption(c, QStringLiteral("limit"), 20);
    if (!limit)
        return c.fail(limit.error());
    return withSession(c, [&](app::Session& s) {
        auto rows = app::QueryService(s).search(text, *limit);
        if (!rows)
            return c.fail(rows.error());
        if (c.json) {
            QJsonArray array;
            for (const MemberRow& r : *rows)
                array.append(toJson(r));
            c.printJson(QJsonDocument(array));
        } else if (rows->isEmpty()) {
            c.out() << Texts::tr("No member matches \"%1\".").arg(text) << "\n";
        } else {
            printMemberRows(c, *rows);
        }
        return static_cast<int>(ExitOk);
    });
}

// ---- units --------------------------------------------------------------------------------------

Status applyUnitOptions(CliContext& c, app::RegisterService& service, PartyUnit& u)
{
    if (c.hasOption(QStringLiteral("code")))
        u.code = c.option(QStringLiteral("code"));
    if (c.hasOption(QStringLiteral("name")))
        u.name = c.option(QStringLiteral("name"));
    if (c.hasOption(QStringLiteral("kind"))) {
        const auto kind = app::unitKindFromText(c.option(QStringLiteral("kind")));
        if (!kind)
            return Error(ErrorCode::Invalid, Texts::tr("--kind is committee, cell or group."));
        u.kind = *kind;
    }
    if (c.hasOption(QStringLiteral("parent"))) {
        auto parent = service.findUnit(c.option(QStringLiteral("parent")));
        if (!parent)
            return parent.error();
        u.parentId = parent->id;
    }
    auto level = enumOption<UnitLevel>(c, QStringLiteral("level"));
    if (!level)
        return level.error();
    if (*level) {
        if (u.kind != UnitKind::Committee && **level != UnitLevel::Cell)
            return Error(
                ErrorCode::Invalid,
                Texts::tr("--level province, district or grassroots is a committee's; a cell or group "
                          "is at the level of a cell."),
                QStringLiteral("level"));
        if (u.kind == UnitKind::Committee && **level == UnitLevel::Cell)
            return Error(ErrorCode::Invalid,
                         Texts::tr("A committee's --level is province, district or grassroots."),
                         QStringLiteral("level"));
        u.level = **level;
    } else if (c.hasOption(QStringLiteral("kind")) || c.hasOption(QStringLiteral("parent"))) {
        if (u.kind != UnitKind::Committee)
            u.level = UnitLevel::Cell;
        else if (u.level == UnitLevel::Cell)
            u.level = defaultLevel(u.kind, u.parentId);
    }
    auto cellType = enumOption<CellType>(c, QStringLiteral("cell-type"));
    if (!cellType)
        return cellType.error();
    if (*cellType) {
        u.cellType = *cellType;
        u.overseas = true;
    }
    if (c.hasOption(QStringLiteral("overseas")))
        u.overseas = true;
    if (c.hasOption(QStringLiteral("country"))) {
        const auto country = countryFromText(c.option(QStringLiteral("country")));
        if (!country)
            return Error(
                ErrorCode::Invalid,
                Texts::tr("\"%1\" is not a country code or name.").arg(c.option(QStringLiteral("country"))));
        u.countryCode = country->code;
        u.overseas = true;
    }
    if (c.hasOption(QStringLiteral("city")))
        u.city = c.option(QStringLiteral("city"));
    auto established = dateOption(c, QStringLiteral("established"));
    if (!established)
        return established.error();
    if (established->isValid())
        u.establishedDate = *established;
    for (const auto& [option, field] :
         {std::pair{"secretary", &u.secretaryMemberId}, std::pair{"deputy", &u.deputyMemberId}}) {
        if (!c.hasOption(QString::fromLatin1(option)))
            continue;
        auto who = service.findMember(c.option(QString::fromLatin1(option)));
        if (!who)
            return who.error();
        *field = who->id;
    }
    if (c.hasOption(QStringLiteral("probationary-cell")))
        u.probationaryCell = true;
    if (c.hasOption(QStringLiteral("inactive")))
        u.active = false;
    if (c.hasOption(QStringLiteral("active")))
        u.active = true;
    return {};
}

int unitAdd(CliContext& c)
{
    if (!c.hasOption(QStringLiteral("code")) || !c.hasOption(QStringLiteral("name")))
        return c.usage(Texts::tr("Give the unit's --code and --name."));
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        PartyUnit u;
        if (Status st = applyUnitOptions(c, service, u); !st)
            return st.code() == ErrorCode::Usage ? c.usage(st.error().message) : c.fail(st.error());
        auto added = service.addUnit(u);
        if (!added)
            return c.fail(added.error());
        if (c.json)
            c.printJson(QJsonDocument(orec::toJson(*added)));
        else
            c.out() << Texts::tr("Added %1 %2 (id %3).").arg(added->code, added->name).arg(added->id) << "\n";
        return static_cast<int>(ExitOk);
    });
}

int unitEdit(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: unit edit CODE [options]"));
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        auto u = service.findUnit(c.positional.first());
        if (!u)
            return c.fail(u.error());
        if (Status st = applyUnitOptions(c, service, *u); !st)
            return st.code() == ErrorCode::Usage ? c.usage(st.error().message) : c.fail(st.error());
        auto saved = service.updateUnit(*u);
        if (!saved)
            return c.fail(saved.error());
        if (c.json)
            c.printJson(QJsonDocument(orec::toJson(*saved)));
        else
            c.out() << Texts::tr("Saved %1.").arg(saved->code) << "\n";
        return static_cast<int>(ExitOk);
    });
}

int unitList(CliContext& c)
{
    return withSession(c, [&](app::Session& s) {
        PartyUnitFilter filter;
        if (c.hasOption(QStringLiteral("overseas")))
            filter.overseas = true;
        if (c.hasOption(QStringLiteral("home")))
            filter.overseas = false;
        auto cellType = enumOption<CellType>(c, QStringLiteral("cell-type"));
        if (!cellType)
            return c.fail(cellType.error());
        filter.cellType = *cellType;
        if (c.hasOption(QStringLiteral("country"))) {
            const auto country = countryFromText(c.option(QStringLiteral("country")));
            if (!country)
                return c.fail(Error(ErrorCode::Invalid, Texts::tr("\"%1\" is not a country code or name.")
                                                            .arg(c.option(QStringLiteral("country")))));
            filter.countryCode = country->code;
        }
        filter.activeOnly = c.hasOption(QStringLiteral("active"));
        auto units = app::RegisterService(s).units(filter);
        if (!units)
            return c.fail(units.error());
        if (c.json) {
            QJsonArray array;
            for (const PartyUnit& u : *units) {
                QJsonObject o = orec::toJson(u);
                o.insert(QStringLiteral("level"), codeName(u.level)); // always, default or not
                array.append(o);
            }
            c.printJson(QJsonDocument(array));
        } else {
            for (const PartyUnit& u : *units)
                printUnit(c, u);
            c.out() << Texts::tr("%n unit(s).", nullptr, static_cast<int>(units->size())) << "\n";
        }
        return static_cast<int>(ExitOk);
    });
}

int unitShow(CliContext& c)
{
    if (c.positional.isEmpty())
        return c.usage(Texts::tr("Usage: unit show CODE"));
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        auto u = service.findUnit(joinedPositional(c));
        if (!u)
            return c.fail(u.error());
        MemberFilter inCell;
        inCell.cellId = u->id;
        auto members = u->isOverseasCell()
                           ? app::QueryService(s).members(inCell, {MemberSortKey::Name, false}, 0, 1000)
                           : Result<QList<MemberRow>>(QList<MemberRow>());
        if (!members)
            return c.fail(members.error());
        if (c.json) {
            QJsonObject o = orec::toJson(*u);
            o.insert(QStringLiteral("level"), codeName(u->level));
            QJsonArray array;
            for (const MemberRow& r : *members)
                array.append(toJson(r));
            o.insert(QStringLiteral("members_abroad_in_cell"), array);
            c.printJson(QJsonDocument(o));
        } else {
            printUnit(c, *u);
            if (u->parentId != 0) {
                auto parent = service.unit(u->parentId);
                if (parent)
                    c.out() << "  " << Texts::tr("Under: %1 %2").arg(parent->code, parent->name) << "\n";
            }
            for (qint64 memberId : {u->secretaryMemberId, u->deputyMemberId}) {
                if (memberId == 0)
                    continue;
                auto who = service.member(memberId);
                if (who)
                    c.out() << "  "
                            << (memberId == u->secretaryMemberId ? Texts::tr("Secretary: %1")
                                                                 : Texts::tr("Deputy: %1"))
                                   .arg(who->fullName)
                            << "\n";
            }
            if (!members->isEmpty()) {
                c.out() << Texts::tr("Members in the cell now:") << "\n";
                printMemberRows(c, *members);
            }
        }
        return static_cast<int>(ExitOk);
    });
}

// ---- queries ------------------------------------------------------------------------------------

int abroadCommand(CliContext& c)
{
    MemberFilter filter;
    filter.presence = MemberPresence::Abroad;
    return listMembers(c, filter, {MemberSortKey::Name, false});
}

int overdueCommand(CliContext& c)
{
    MemberFilter filter;
    filter.presence = MemberPresence::Overdue;
    return listMembers(c, filter, {MemberSortKey::PlannedReturn, false});
}

int statsCommand(CliContext& c)
{
    auto from = dateOption(c, QStringLiteral("from"));
    auto to = dateOption(c, QStringLiteral("to"));
    if (!from)
        return c.fail(from.error());
    if (!to)
        return c.fail(to.error());
    if (c.hasOption(QStringLiteral("year"))) {
        auto year = intOption(c, QStringLiteral("year"), 0);
        if (!year || *year < 1900)
            return c.invalid(Texts::tr("--year needs a year."));
        *from = QDate(*year, 1, 1);
        *to = QDate(*year, 12, 31);
    }
    if (!from->isValid() || !to->isValid())
        return c.usage(Texts::tr("Give the period with --from DATE --to DATE (or --year YYYY)."));
    return withSession(c, [&](app::Session& s) {
        auto stats = app::QueryService(s).statistics(*from, *to);
        if (!stats)
            return c.fail(stats.error());
        if (c.json)
            c.printJson(QJsonDocument(toJson(*stats)));
        else
            printStatistics(c, *stats);
        return static_cast<int>(ExitOk);
    });
}

int probationCommand(CliContext& c)
{
    auto days = intOption(c, QStringLiteral("days"), 30);
    if (!days)
        return c.fail(days.error());
    return withSession(c, [&](app::Session& s) {
        auto rows = app::QueryService(s).probationEnding(*days, c.hasOption(QStringLiteral("abroad")));
        if (!rows)
            return c.fail(rows.error());
        if (c.json) {
            QJsonArray array;
            for (const ProbationRow& r : *rows)
                array.append(toJson(r));
            c.printJson(QJsonDocument(array));
        } else {
            printProbation(c, *rows);
            c.out() << Texts::tr(
                           "%n probationary member(s) whose probation ends within the period or has ended.",
                           nullptr, static_cast<int>(rows->size()))
                    << "\n";
        }
        return static_cast<int>(ExitOk);
    });
}

int unapprovedCommand(CliContext& c)
{
    auto from = dateOption(c, QStringLiteral("from"));
    auto to = dateOption(c, QStringLiteral("to"));
    if (!from)
        return c.fail(from.error());
    if (!to)
        return c.fail(to.error());
    return withSession(c, [&](app::Session& s) {
        auto rows = app::QueryService(s).departuresWithoutApproval(*from, *to);
        if (!rows)
            return c.fail(rows.error());
        if (c.json) {
            QJsonArray array;
            for (const UnapprovedDepartureRow& r : *rows)
                array.append(toJson(r));
            c.printJson(QJsonDocument(array));
        } else {
            printUnapproved(c, *rows);
            c.out() << Texts::tr("%n departure(s) without approval, for the committee.", nullptr,
                                 static_cast<int>(rows->size()))
                    << "\n";
        }
        return static_cast<int>(ExitOk);
    });
}

int summaryCommand(CliContext& c)
{
    return withSession(c, [&](app::Session& s) {
        auto summary = app::QueryService(s).summary();
        if (!summary)
            return c.fail(summary.error());
        if (c.json) {
            c.printJson(QJsonDocument(toJson(*summary)));
            return static_cast<int>(ExitOk);
        }
        c.out() << Texts::tr("Members: %1").arg(summary->members) << "\n"
                << Texts::tr("Abroad now: %1 (overdue to return: %2, lost contact: %3)")
                       .arg(summary->abroad)
                       .arg(summary->overdue)
                       .arg(summary->lostContact)
                << "\n"
                << Texts::tr("Reports overdue: %1; due within 14 days: %2")
                       .arg(summary->reportsOverdue)
                       .arg(summary->reportsDueSoon)
                << "\n"
                << Texts::tr("Probation ending within 30 days or ended: %1").arg(summary->probationEndingSoon)
                << "\n"
                << Texts::tr("Departures without approval: %1").arg(summary->unapprovedDepartures) << "\n";
        return static_cast<int>(ExitOk);
    });
}

const QStringList kMemberOptions = {QStringLiteral("name"),        QStringLiteral("gender"),
                                    QStringLiteral("born"),        QStringLiteral("hometown"),
                                    QStringLiteral("citizen-id"),  QStringLiteral("card"),
                                    QStringLiteral("dossier"),     QStringLiteral("admitted"),
                                    QStringLiteral("full-member"), QStringLiteral("home-unit"),
                                    QStringLiteral("position"),    QStringLiteral("workplace"),
                                    QStringLiteral("phone"),       QStringLiteral("email"),
                                    QStringLiteral("notes"),       QStringLiteral("disciplinary-review"),
                                    QStringLiteral("alias")};

const QStringList kFilterOptions = {QStringLiteral("presence"), QStringLiteral("country"),
                                    QStringLiteral("cell"),     QStringLiteral("cell-type"),
                                    QStringLiteral("purpose"),  QStringLiteral("home-unit"),
                                    QStringLiteral("text"),     QStringLiteral("sort"),
                                    QStringLiteral("offset"),   QStringLiteral("limit")};

const QStringList kUnitOptions = {
    QStringLiteral("code"),   QStringLiteral("name"),        QStringLiteral("kind"),
    QStringLiteral("parent"), QStringLiteral("cell-type"),   QStringLiteral("country"),
    QStringLiteral("city"),   QStringLiteral("established"), QStringLiteral("secretary"),
    QStringLiteral("deputy"), QStringLiteral("level")};

} // namespace

void registerRegisterCommands(QList<Command>& commands)
{
    const QString memberHelp = Texts::tr(
        "--name TEXT         full name (họ và tên)\n--alias TEXT        alias (bí danh), printed on transfer letters\n--gender Nam|Nữ     also male/female\n--born DATE         "
        "date of birth (dd/mm/yyyy or yyyy-mm-dd)\n--hometown TEXT\n--citizen-id N      12 digits (9 on old "
        "cards)\n--card N            party card number\n--dossier TEXT      dossier number (6 digits, 2-3 "
        "letters)\n--admitted DATE     admission to the Party\n--full-member DATE  full membership (empty while "
        "probationary)\n--home-unit CODE    the home cell, by code or name\n--position, --workplace, --phone, "
        "--email, --notes TEXT\n--disciplinary-review yes|no\nValidation problems are listed with their field; the "
        "exit code is then 2.");
    const QString filterHelp =
        Texts::tr(
            "--presence at_home|abroad|overdue|lost_contact|did_not_return\n--country CC     ISO code or name, among "
            "the countries of the current posting\n--cell CODE      the overseas cell joined\n--cell-type "
            "T    embassy, spouse, student, labour, expert, self_employed (or co_quan_dai_dien...)\n--purpose P      %1\n"
            "--home-unit U    the unit or any unit "
            "under it\n--probationary   probationary members only\n--text TEXT      search text\n--sort "
            "name|card|born|admitted|country|return|relevance [--desc]\n--offset N --limit N   paging (default 0 and "
            "100)\n--json prints {total, offset, rows: [...]}.")
            .arg(acceptedCodes<PostingPurpose>(AdvertisedCodes::Vietnamese));

    commands << writes(make(
        QStringLiteral("demo"),
        QStringLiteral("demo [--members N] [--postings N] [--cells N] [--seed S] [--as-of DATE]"),
        Texts::tr("Fill a database with a realistic synthetic department (made when FILE does not exist)."),
        Texts::tr("Creates FILE when it does not exist, with --user (default admin) as administrator and the "
                  "passphrase from OREC_PASSPHRASE, then generates units, the six kinds of overseas cell in "
                  "plausible countries, members with Vietnamese names in their real frequencies, postings in "
                  "every status (overdue returns and reports, lost contact, departures without approval), "
                  "reports and transfer letters. The same --seed and --as-of give the same department.\n"
                  "--members N   members (default 2000)\n--postings N  postings (default 5 per member)\n"
                  "--cells N     overseas cells (default one per 50 members)\n--seed S      (default 1)\n"
                  "--as-of DATE  the department's today (default today)\nThe register must be empty."),
        demoCommand,
        {QStringLiteral("members"), QStringLiteral("postings"), QStringLiteral("cells"),
         QStringLiteral("seed"), QStringLiteral("as-of")}));

    const QString importHelp = Texts::tr(
        "The whole file is checked first. With any problem nothing is imported and every problem is listed with "
        "its line and column (exit code 2).\n--skip-invalid   import the valid rows, leave out the others\n"
        "--rejects OUT    with --skip-invalid: write the rejected rows and their reasons to OUT.csv (default: "
        "FILE.rejects.csv beside FILE, or .rejects-2.csv... when that exists)\n"
        "--dry-run        check only\nHeaders in Vietnamese or English (ho_ten or full_name...); dates dd/mm/yyyy "
        "or yyyy-mm-dd; UTF-8 (a BOM is allowed). Import cells first, then members, then postings.\n"
        "FILE is .csv or .xlsx (--sheet N: the Nth worksheet, default 1). Headers that differ are mapped with\n"
        "--map \"Họ và tên=ho_ten, Ngày sinh=ngay_sinh, STT=\" (HEADER=field by key or English alias; an empty\n"
        "field leaves the column out). --rejects OUT.xlsx writes the rejects as Excel.\n"
        "--header-row N   the line holding the column titles (default: found under the sheet's title rows).\n"
        "Card numbers with separators, leading zeros Excel dropped, dates as Excel numbers or in words and\n"
        "merged cells are read and listed as changes; citizen IDs in scientific notation are refused.");
    const QStringList importOptions = {QStringLiteral("rejects"), QStringLiteral("map"),
                                       QStringLiteral("sheet"), QStringLiteral("header-row")};
    const QStringList importFlags = {QStringLiteral("skip-invalid"), QStringLiteral("dry-run")};
    commands << writes(
        make(
            QStringLiteral("import"),
            QStringLiteral(
                "import members|cells|postings FILE.csv|.xlsx [--map H=field,...] [--sheet N] [--header-row N] [--skip-invalid --rejects OUT.csv] [--dry-run]"),
            Texts::tr("Import records from a CSV or Excel file in the interchange format."), importHelp,
            importCommand, importOptions, importFlags),
        app::Where::HomeOnly);
    commands << needs(
        make(QStringLiteral("export"), QStringLiteral("export members|cells|postings --out FILE.csv|.xlsx"),
             Texts::tr("Export records to a CSV or Excel file in the interchange format."),
             Texts::tr(
                 "Writes UTF-8 with a BOM and Vietnamese headers (.xlsx: Excel with real dates); the file "
                 "re-imports as the same records. It is not encrypted."),
             exportCommand, {QStringLiteral("out")}),
        {Permission::ReadRecords}, app::Where::HomeOnly);

    commands << reads(make(
        QStringLiteral("search"), QStringLiteral("search TEXT [--limit N] [--json]"),
        Texts::tr("Find members by name (diacritics optional), party card number or citizen ID."),
        Texts::tr("Exact matches first, then those starting with the text, then names containing every typed "
                  "word at the start of one of their words. --limit N (default 20)."),
        searchCommand, {QStringLiteral("limit")}));

    commands << writes(make(QStringLiteral("member add"), QStringLiteral("member add --name TEXT [options]"),
                            Texts::tr("Add a member."), memberHelp, memberAdd, kMemberOptions));
    commands << writes(make(QStringLiteral("member edit"), QStringLiteral("member edit ID [options]"),
                            Texts::tr("Change a member's record; only the options given change."), memberHelp,
                            memberEdit, kMemberOptions));
    commands << reads(
        make(QStringLiteral("member show"), QStringLiteral("member show ID|CARD|CITIZEN-ID [--json]"),
             Texts::tr("Show a member's whole history: postings, reports, transfer letters."),
             Texts::tr("The member is found by row id, uuid, party card number or citizen ID."), memberShow));
    commands << reads(make(QStringLiteral("member list"), QStringLiteral("member list [filters] [--json]"),
                           Texts::tr("List members, filtered and sorted, a page at a time."), filterHelp,
                           memberList, kFilterOptions,
                           {QStringLiteral("probationary"), QStringLiteral("desc")}));
    commands << reads(make(QStringLiteral("member search"),
                           QStringLiteral("member search TEXT [--limit N] [--json]"),
                           Texts::tr("Same as 'search'."), Texts::tr("See 'orec search --help'."),
                           searchCommand, {QStringLiteral("limit")}));
    commands << writes(
        make(
            QStringLiteral("member import"),
            QStringLiteral(
                "member import FILE.csv|.xlsx [--map H=field,...] [--skip-invalid --rejects OUT.csv] [--dry-run]"),
            Texts::tr("Same as 'import members FILE'."), importHelp,
            [](CliContext& c) {
                if (c.positional.size() != 1)
                    return c.usage(Texts::tr("Usage: member import FILE.csv|FILE.xlsx"));
                return importTable(c, app::InterchangeTable::Members, c.positional.first());
            },
            importOptions, importFlags),
        app::Where::HomeOnly);
    commands << needs(make(QStringLiteral("member export"), QStringLiteral("member export --out FILE.csv"),
                           Texts::tr("Same as 'export members'."), Texts::tr("See 'orec export --help'."),
                           [](CliContext& c) { return exportTable(c, app::InterchangeTable::Members); },
                           {QStringLiteral("out")}),
                      {Permission::ReadRecords}, app::Where::HomeOnly);

    const QString unitHelp = Texts::tr(
        "--code TEXT --name TEXT   required for add\n--kind committee|cell|group (default cell)\n--level "
        "province|district|grassroots   a committee's level (default: district at the top of the tree, "
        "grassroots below); only a district-level committee or above issues 3A-SHĐ\n--parent CODE    the "
        "unit above\n--cell-type T    an overseas cell's type (makes it overseas)\n--country CC     ISO code or "
        "name (makes it overseas)\n--city TEXT  --established DATE\n--secretary ID  --deputy ID   members, by id or "
        "card number\n--overseas  --probationary-cell  --inactive  --active");
    const QStringList unitFlags = {QStringLiteral("overseas"), QStringLiteral("probationary-cell"),
                                   QStringLiteral("inactive"), QStringLiteral("active")};
    commands << writes(make(QStringLiteral("unit add"),
                            QStringLiteral("unit add --code CODE --name TEXT [options]"),
                            Texts::tr("Add a party committee, cell or group, at home or abroad."), unitHelp,
                            unitAdd, kUnitOptions, unitFlags),
                       app::Where::HomeOnly);
    commands << writes(make(QStringLiteral("unit edit"), QStringLiteral("unit edit CODE [options]"),
                            Texts::tr("Change a unit."), unitHelp, unitEdit, kUnitOptions, unitFlags));
    commands << reads(make(
        QStringLiteral("unit list"),
        QStringLiteral("unit list [--overseas|--home] [--cell-type T] [--country CC] [--active] [--json]"),
        Texts::tr("List party units."), Texts::tr("Ordered by code."), unitList,
        {QStringLiteral("cell-type"), QStringLiteral("country")},
        {QStringLiteral("overseas"), QStringLiteral("home"), QStringLiteral("active")}));
    commands << reads(
        make(QStringLiteral("unit show"), QStringLiteral("unit show CODE [--json]"),
             Texts::tr("Show a unit, its secretary and, for an overseas cell, who is in it now."),
             Texts::tr("The unit is found by code, name or id."), unitShow));

    commands << reads(make(
        QStringLiteral("abroad"),
        QStringLiteral(
            "abroad [--country CC] [--cell CODE] [--cell-type T] [--purpose P] [--home-unit U] [--json]"),
        Texts::tr("Who is abroad now (lost contact included)."), filterHelp, abroadCommand, kFilterOptions,
        {QStringLiteral("probationary"), QStringLiteral("desc")}));
    commands << reads(make(QStringLiteral("overdue"), QStringLiteral("overdue [filters] [--json]"),
                           Texts::tr("Who is abroad past the planned return, the longest overdue first."),
                           filterHelp, overdueCommand, kFilterOptions,
                           {QStringLiteral("probationary"), QStringLiteral("desc")}));
    commands << reads(
        make(QStringLiteral("stats"), QStringLiteral("stats --from DATE --to DATE | --year YYYY [--json]"),
             Texts::tr("Counts of postings abroad in a period by country × cell type and by purpose."),
             Texts::tr(
                 "A posting counts when it was abroad at some time in the period (left on or before its end, "
                 "not back before its start)."),
             statsCommand, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("year")}));
    commands << reads(
        make(QStringLiteral("probation"), QStringLiteral("probation [--days N] [--abroad] [--json]"),
             Texts::tr("Probationary members whose probation ends within N days (default 30) or has ended."),
             Texts::tr("--abroad: only those abroad now. The probation length is the rule probation.months."),
             probationCommand, {QStringLiteral("days")}, {QStringLiteral("abroad")}));
    commands << reads(make(
        QStringLiteral("unapproved"), QStringLiteral("unapproved [--from DATE] [--to DATE] [--json]"),
        Texts::tr("Departures recorded without approval, for the committee."),
        Texts::tr("Going abroad without reporting or consent is a disciplinary offence (Regulation 69-QĐ/TW "
                  "art. 34)."),
        unapprovedCommand, {QStringLiteral("from"), QStringLiteral("to")}));
    commands << reads(
        make(QStringLiteral("summary"), QStringLiteral("summary [--json]"),
             Texts::tr("Counts for the start of the day: abroad, overdue, reports late, probation."),
             Texts::tr("The figures the main window shows."), summaryCommand));

    registerPostingCommands(commands);
}

} // namespace orec::cli
