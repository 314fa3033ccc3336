// `orec print`: Party documents as PDF, and their lists as XLSX or CSV.
#include "app/document_register_service.h"
#include "app/print_service.h"
#include "app/printer_calibration.h"
#include "cli/context.h"
#include "reports/bar_chart.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace orec::cli {

void registerDocumentCommands(QList<Command>& commands); // commands_documents.cpp

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::cli)
};

std::optional<QDate> parseDate(const QString& text)
{
    for (const QString& format :
         {QStringLiteral("dd/MM/yyyy"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("d/M/yyyy")}) {
        const QDate d = QDate::fromString(text.trimmed(), format);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

int printCommand(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: print KIND --out FILE.pdf|.xlsx|.csv (KIND: %1)")
                           .arg(app::PrintService::kindNames().join(QStringLiteral(", "))));
    const auto kind = app::PrintService::kindFromName(c.positional.first());
    if (!kind)
        return c.usage(
            Texts::tr("Unknown document '%1'; one of: %2")
                .arg(c.positional.first(), app::PrintService::kindNames().join(QStringLiteral(", "))));
    const QString out = c.option(QStringLiteral("out"));
    if (out.isEmpty())
        return c.usage(Texts::tr("Say where to write with --out FILE.pdf (or .xlsx, .csv for the list)."));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return c.fail(
            Error(ErrorCode::Internal, Texts::tr("Printing needs the graphical application object.")));

    app::PrintRequest request;
    request.kind = *kind;
    for (const char* name : {"from", "to", "as-of", "date"}) {
        const QString key = QString::fromLatin1(name);
        if (!c.hasOption(key))
            continue;
        const auto d = parseDate(c.option(key));
        if (!d)
            return c.invalid(Texts::tr("--%1 needs a date dd/mm/yyyy or yyyy-mm-dd.").arg(key));
        if (key == QLatin1String("from"))
            request.from = *d;
        else if (key == QLatin1String("to"))
            request.to = *d;
        else if (key == QLatin1String("as-of"))
            request.asOf = *d;
        else
            request.issuer.date = *d;
    }
    if (c.hasOption(QStringLiteral("by"))) {
        const QString by = c.option(QStringLiteral("by"));
        if (by == QLatin1String("country"))
            request.grouping = reports::AbroadGrouping::CountryAndCell;
        else if (by == QLatin1String("home-unit"))
            request.grouping = reports::AbroadGrouping::HomeUnit;
        else
            return c.invalid(Texts::tr("--by is country or home-unit."));
    }
    if (c.hasOption(QStringLiteral("within"))) {
        bool ok = false;
        request.withinDays = c.option(QStringLiteral("within")).toInt(&ok);
        if (!ok || request.withinDays < 0)
            return c.invalid(Texts::tr("--within needs a number of days."));
    }
    if (c.hasOption(QStringLiteral("year"))) {
        bool ok = false;
        request.year = c.option(QStringLiteral("year")).trimmed().toInt(&ok);
        if (!ok || request.year < 1900)
            return c.invalid(Texts::tr("--year needs a year."));
    }
    if (c.hasOption(QStringLiteral("transfer"))) {
        bool ok = false;
        request.transferId = c.option(QStringLiteral("transfer")).trimmed().toLongLong(&ok);
        if (!ok || request.transferId <= 0)
            return c.invalid(Texts::tr("--transfer needs the id of a transfer letter."));
    }
    // Without --final a draft: "BẢN NHÁP" on every page and no number. --final issues the document with the
    // next number of its kind in the committee's register, which is a change to the register.
    const bool final = c.hasOption(QStringLiteral("final"));
    request.draft = !final;
    if (final) {
        if (QFileInfo(out).suffix().toLower() != QLatin1String("pdf"))
            return c.usage(Texts::tr("--final issues a document: write it to a .pdf file."));
        if (!app::PrintService::kindSymbol(*kind))
            return c.usage(Texts::tr("%1 carries the number of its transfer letter in the transfer register; "
                                     "print it without --final.")
                               .arg(c.positional.first()));
        c.permissions = {Permission::WriteRecords};
        c.where = app::Where::HomeOnly;
        c.readOnly = false;
    }
    if (c.hasOption(QStringLiteral("reply-within"))) {
        bool ok = false;
        request.replyWithinDays = c.option(QStringLiteral("reply-within")).toInt(&ok);
        if (!ok || request.replyWithinDays < 1 || request.replyWithinDays > 365)
            return c.invalid(Texts::tr("--reply-within needs a number of days from 1 to 365."));
    }
    if (c.hasOption(QStringLiteral("transfers"))) {
        for (const QString& part :
             c.option(QStringLiteral("transfers")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return c.invalid(
                    Texts::tr("--transfers needs the ids of transfer letters, separated by commas."));
            request.transferIds << id;
        }
    }
    if (c.hasOption(QStringLiteral("enclosures")))
        request.enclosures =
            c.option(QStringLiteral("enclosures")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    // The pre-printed sheet: the values only, shifted by the printer's offsets (saved ones unless given).
    request.overlay = c.hasOption(QStringLiteral("overlay"));
    request.printerName = c.option(QStringLiteral("printer"));
    request.offset = app::PrinterCalibration::offsetFor(request.printerName);
    for (const char* name : {"offset-x", "offset-y"}) {
        const QString key = QString::fromLatin1(name);
        if (!c.hasOption(key))
            continue;
        bool ok = false;
        const double mm = c.option(key).trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || !std::isfinite(mm) || std::abs(mm) > reports::PrinterOffset::kLimitMm)
            return c.invalid(Texts::tr("--%1 needs millimetres between -%2 and %2.")
                                 .arg(key)
                                 .arg(reports::PrinterOffset::kLimitMm));
        (key == QLatin1String("offset-x") ? request.offset.xMm : request.offset.yMm) = mm;
    }
    if (c.hasOption(QStringLiteral("save-offsets"))) {
        if (request.kind != app::PrintKind::Calibration)
            return c.invalid(Texts::tr("--save-offsets goes with the calibration page: print calibration "
                                       "--printer NAME --offset-x MM --offset-y MM --save-offsets."));
        if (Status saved = app::PrinterCalibration::save(request.printerName, request.offset); !saved)
            return c.fail(saved.error());
    }
    if (request.overlay && request.kind != app::PrintKind::TemporaryTransfer)
        return c.invalid(
            Texts::tr("--overlay fills the pre-printed 2-SHĐ sheet; the other documents print whole."));
    request.issuer.place = c.option(QStringLiteral("place"));
    request.issuer.signature.name = c.option(QStringLiteral("signer"));
    request.issuer.signature.position = c.option(QStringLiteral("position"));
    request.issuer.signature.onBehalf = c.option(QStringLiteral("on-behalf"));
    if (c.hasOption(QStringLiteral("recipients")))
        request.issuer.signature.recipients =
            c.option(QStringLiteral("recipients")).split(QLatin1Char(';'), Qt::SkipEmptyParts);

    return withSession(c, [&](app::Session& session) -> int {
        app::PrintService service(session);
        // Who may print (or issue) this document here, before the member or committee named is looked up.
        if (Status allowed = service.mayPrint(request); !allowed)
            return c.fail(allowed.error());
        app::DocumentRegisterService documents(session);
        if (final) {
            if (Status allowed = documents.mayIssue(); !allowed)
                return c.fail(allowed.error());
        }
        if (c.hasOption(QStringLiteral("member"))) {
            auto id = service.memberId(c.option(QStringLiteral("member")));
            if (!id)
                return c.fail(id.error());
            request.memberId = *id;
        }
        if (c.hasOption(QStringLiteral("committee"))) {
            auto id = service.unitId(c.option(QStringLiteral("committee")));
            if (!id)
                return c.fail(id.error());
            request.committeeId = *id;
        }
        if (c.hasOption(QStringLiteral("chart"))) {
            QImage chart(c.option(QStringLiteral("chart")));
            if (chart.isNull())
                return c.invalid(Texts::tr("--chart needs a PNG image."));
            request.dashboardChart = chart;
        }

        if (final) {
            auto issued = documents.issueToFile(request, out);
            if (!issued)
                return c.fail(issued.error());
            QStringList numbers;
            QJsonArray json;
            for (const IssuedDocument& d : issued->documents) {
                numbers << d.numberText;
                json.append(QJsonObject{{QStringLiteral("number"), d.numberText},
                                        {QStringLiteral("title"), d.title},
                                        {QStringLiteral("date"), d.issueDate.toString(Qt::ISODate)}});
            }
            if (c.json)
                c.printJson(QJsonDocument(
                    QJsonObject{{QStringLiteral("written"), out}, {QStringLiteral("issued"), json}}));
            else
                c.out() << Texts::tr("Issued %1; written %2.").arg(numbers.join(QStringLiteral(", ")), out)
                        << "\n";
            return ExitOk;
        }
        const QString suffix = QFileInfo(out).suffix().toLower();
        Status written;
        if (suffix == QLatin1String("pdf")) {
            written = service.writePdf(request, out);
        } else {
            auto table = service.table(request);
            if (!table)
                return c.fail(table.error());
            written = service.exportTable(*table, out, !c.hasOption(QStringLiteral("no-groups")));
        }
        if (!written)
            return c.fail(written.error());
        if (c.json)
            c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("written"), out}}));
        else
            c.out() << Texts::tr("Written %1.").arg(out) << "\n";
        return ExitOk;
    });
}

} // namespace

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    // Only `print` lays out text, which needs the GUI application object; it runs headless.
    bool printing = false;
    for (int i = 1; i < argc; ++i)
        printing = printing || qstrcmp(argv[i], "print") == 0;
    if (!printing)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

void registerPrintCommands(QList<Command>& commands)
{
    Command print;
    print.name = QStringLiteral("print");
    print.synopsis = QStringLiteral("print KIND --out FILE.pdf|.xlsx|.csv [--final] [OPTIONS]");
    print.summary = Texts::tr("Print a Party document to PDF, or export its list to Excel or CSV.");
    print.help = Texts::tr(
        "KIND:\n"
        "  abroad        members now abroad; --by country (default: by country and cell) or --by home-unit\n"
        "  movements     departures and returns in --from .. --to\n"
        "  reports-due   reports overdue and due within --within DAYS (default 30)\n"
        "  member        one member's overseas record; --member CARD|CITIZEN_ID\n"
        "  statistics    the statistical report of --from .. --to, with a chart (--chart FILE.png to use a "
        "saved dashboard chart)\n"
        "  2-shd         temporary transfer letter; --transfer ID; --overlay prints only the values for the "
        "pre-printed sheet, shifted by the offsets saved for --printer NAME or given with --offset-x MM "
        "--offset-y MM; --enclosures 'A;B' lists the papers enclosed\n"
        "  3a-shd        official posting slip abroad, issued by a district-level committee; --transfer ID\n"
        "  3c-shd        report listing one batch of 3A-SHĐ slips: --transfers ID,ID, or those issued in "
        "--from .. --to, or (neither) those of the committee's latest day of issue; --committee CODE\n"
        "  10-shd        the transfer register of --year YEAR, letters sent and received; --committee CODE\n"
        "  calibration   a page with millimetre rulers and cross marks to measure a printer's offsets; "
        "--printer NAME --offset-x MM --offset-y MM --save-offsets saves them for that printer\n"
        "  reminders     a letter to each member whose report is overdue, through their cell, asking for it "
        "within --reply-within DAYS (default 10); one letter per page; --member CARD for one member's\n"
        "Without --final the PDF is a draft: BẢN NHÁP on every page, no number. --final issues it: the next "
        "number of its kind in the committee's register (Số 01-DS/ĐU; reminders one CV number per letter), "
        "kept with the PDF for reprints (orec documents); clerks and administrators, at home. The transfer "
        "forms (2-shd, 3a-shd, 10-shd) carry their transfer register number and are never drafts.\n"
        "Options: --as-of DATE (default today), --date DATE on the document, --place TEXT (default: the "
        "settings', else Hà Nội), --signer NAME, --position TEXT, --on-behalf 'T/M ĐẢNG ỦY', "
        "--recipients 'A;B'. With .xlsx or .csv the document's list is exported instead (UTF-8 with BOM for "
        "CSV); --no-groups leaves out the group heading rows. Dates dd/mm/yyyy or yyyy-mm-dd.");
    print.valueOptions = {
        QStringLiteral("out"),       QStringLiteral("from"),       QStringLiteral("to"),
        QStringLiteral("as-of"),     QStringLiteral("date"),       QStringLiteral("by"),
        QStringLiteral("within"),    QStringLiteral("member"),     QStringLiteral("transfer"),
        QStringLiteral("committee"), QStringLiteral("year"),       QStringLiteral("reply-within"),
        QStringLiteral("place"),     QStringLiteral("signer"),     QStringLiteral("position"),
        QStringLiteral("on-behalf"), QStringLiteral("recipients"), QStringLiteral("chart"),
        QStringLiteral("transfers"), QStringLiteral("enclosures"), QStringLiteral("printer"),
        QStringLiteral("offset-x"),  QStringLiteral("offset-y")};
    print.flags = {QStringLiteral("no-groups"), QStringLiteral("final"), QStringLiteral("overlay"),
                   QStringLiteral("save-offsets")};
    print.run = printCommand;
    commands << reads(print);
    registerDocumentCommands(commands);
}

} // namespace orec::cli
