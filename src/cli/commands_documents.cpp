// `orec documents`: the register of issued documents (list, reprint) and the committee's identity on them.
#include "app/document_register_service.h"
#include "cli/context.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace orec::cli {

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

QJsonObject toJson(const IssuedDocument& d)
{
    return QJsonObject{{QStringLiteral("number"), d.numberText},
                       {QStringLiteral("kind"), d.kindSymbol},
                       {QStringLiteral("date"), d.issueDate.toString(Qt::ISODate)},
                       {QStringLiteral("title"), d.title},
                       {QStringLiteral("committee"), d.issuingUnit},
                       {QStringLiteral("issued_by"), d.issuedBy},
                       {QStringLiteral("issued_at"), d.issuedAt},
                       {QStringLiteral("document"), d.printKind},
                       {QStringLiteral("sha256"), QString::fromLatin1(d.pdfSha256.toHex())},
                       {QStringLiteral("uuid"), d.uuid}};
}

int documentsList(CliContext& c)
{
    if (!c.positional.isEmpty())
        return c.usage(Texts::tr("Usage: documents list [--kind BC|CV|DS] [--year YYYY] [--search TEXT]"));
    DocumentRegisterFilter filter;
    if (c.hasOption(QStringLiteral("kind"))) {
        filter.kindSymbol = c.option(QStringLiteral("kind")).trimmed().toUpper();
        if (!isValidSymbol(filter.kindSymbol))
            return c.invalid(Texts::tr("--kind is the symbol of a kind of document: BC, CV, DS..."));
    }
    if (c.hasOption(QStringLiteral("year"))) {
        bool ok = false;
        filter.year = c.option(QStringLiteral("year")).trimmed().toInt(&ok);
        if (!ok || filter.year < 1900 || filter.year > 2200)
            return c.invalid(Texts::tr("--year needs a year."));
    }
    filter.search = c.option(QStringLiteral("search"));
    return withSession(c, [&](app::Session& session) -> int {
        auto documents = app::DocumentRegisterService(session).list(filter);
        if (!documents)
            return c.fail(documents.error());
        if (c.json) {
            QJsonArray array;
            for (const IssuedDocument& d : *documents)
                array.append(toJson(d));
            c.printJson(QJsonDocument(array));
            return ExitOk;
        }
        for (const IssuedDocument& d : *documents)
            c.out() << d.numberText.leftJustified(18) << " "
                    << d.issueDate.toString(QStringLiteral("dd/MM/yyyy")) << "  "
                    << d.issuedBy.leftJustified(12) << " " << d.title << "\n";
        return ExitOk;
    });
}

int documentsReprint(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: documents reprint NUMBER --out FILE.pdf"));
    const QString out = c.option(QStringLiteral("out"));
    if (out.isEmpty())
        return c.usage(Texts::tr("Say where to write with --out FILE.pdf."));
    return withSession(c, [&](app::Session& session) -> int {
        app::DocumentRegisterService service(session);
        auto document = service.find(c.positional.first());
        if (!document)
            return c.fail(document.error());
        if (Status written = service.reprint(document->id, out); !written)
            return c.fail(written.error());
        if (c.json)
            c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("written"), out},
                                                  {QStringLiteral("number"), document->numberText}}));
        else
            c.out() << Texts::tr("%1 reprinted as issued: %2.").arg(document->numberText, out) << "\n";
        return ExitOk;
    });
}

void printIdentity(CliContext& c, const CommitteeIdentity& id)
{
    if (c.json) {
        c.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("superior"), id.superiorUnit},
                        {QStringLiteral("committee_name"), id.issuingUnit},
                        {QStringLiteral("symbol"), id.symbol},
                        {QStringLiteral("place"), id.place},
                        {QStringLiteral("on_behalf"), id.signerOnBehalf},
                        {QStringLiteral("position"), id.signerPosition},
                        {QStringLiteral("signer"), id.signerName},
                        {QStringLiteral("term_start"),
                         id.termStart.isValid() ? id.termStart.toString(Qt::ISODate) : QString()}}));
        return;
    }
    const QString unset = Texts::tr("(not set: from the party units)");
    const auto line = [&](const QString& label, const QString& value) {
        c.out() << label.leftJustified(24) << (value.isEmpty() ? unset : value) << "\n";
    };
    line(Texts::tr("Superior unit:"), id.superiorUnit);
    line(Texts::tr("Issuing committee:"), id.issuingUnit);
    line(Texts::tr("Symbol:"), id.symbol);
    line(Texts::tr("Place:"), id.place);
    line(Texts::tr("Signs on behalf of:"), id.signerOnBehalf);
    line(Texts::tr("Position:"), id.signerPosition);
    line(Texts::tr("Signer:"), id.signerName);
    line(Texts::tr("Term started:"),
         id.termStart.isValid() ? id.termStart.toString(QStringLiteral("dd/MM/yyyy")) : QString());
}

int documentsIdentity(CliContext& c)
{
    if (!c.positional.isEmpty())
        return c.usage(Texts::tr("Usage: documents identity [--json]"));
    return withSession(c, [&](app::Session& session) -> int {
        auto identity = app::DocumentRegisterService(session).identity();
        if (!identity)
            return c.fail(identity.error());
        printIdentity(c, *identity);
        return ExitOk;
    });
}

int documentsSetIdentity(CliContext& c)
{
    if (!c.positional.isEmpty())
        return c.usage(Texts::tr("Usage: documents set-identity [--superior TEXT] [--committee-name TEXT] "
                                 "[--symbol ĐU] [--place TEXT] [--on-behalf TEXT] [--position TEXT] "
                                 "[--signer NAME] [--term-start DATE]"));
    std::optional<QDate> termStart;
    if (c.hasOption(QStringLiteral("term-start")) &&
        !c.option(QStringLiteral("term-start")).trimmed().isEmpty()) {
        termStart = parseDate(c.option(QStringLiteral("term-start")));
        if (!termStart)
            return c.invalid(Texts::tr("--term-start needs a date dd/mm/yyyy or yyyy-mm-dd."));
    }
    return withSession(c, [&](app::Session& session) -> int {
        app::DocumentRegisterService service(session);
        auto identity = service.identity();
        if (!identity)
            return c.fail(identity.error());
        CommitteeIdentity id = *identity;
        // Only what is named changes; an empty value clears it (back to what the party units say).
        const auto take = [&](const char* option, QString& field) {
            if (c.hasOption(QLatin1String(option)))
                field = c.option(QLatin1String(option)).trimmed();
        };
        take("superior", id.superiorUnit);
        take("committee-name", id.issuingUnit);
        take("symbol", id.symbol);
        take("place", id.place);
        take("on-behalf", id.signerOnBehalf);
        take("position", id.signerPosition);
        take("signer", id.signerName);
        if (c.hasOption(QStringLiteral("term-start")))
            id.termStart = termStart.value_or(QDate());
        if (Status saved = service.setIdentity(id); !saved)
            return c.fail(saved.error());
        printIdentity(c, id);
        return ExitOk;
    });
}

} // namespace

void registerDocumentCommands(QList<Command>& commands)
{
    commands << reads(
        make(QStringLiteral("documents list"),
             QStringLiteral("documents list [--kind BC|CV|DS] [--year YYYY] [--search TEXT] [--json]"),
             Texts::tr("The register of issued documents: number, date, who issued it, title."),
             Texts::tr("Newest first. --kind keeps one kind (BC reports, CV letters, DS lists); "
                       "--year the documents of one year; --search a word of the number or "
                       "title, with or without diacritics."),
             documentsList, {QStringLiteral("kind"), QStringLiteral("year"), QStringLiteral("search")}));
    commands << reads(make(QStringLiteral("documents reprint"),
                           QStringLiteral("documents reprint NUMBER --out FILE.pdf"),
                           Texts::tr("Write an issued document again, byte for byte as it was issued."),
                           Texts::tr("NUMBER as printed: 'Số 01-DS/ĐU' or 01-DS/ĐU. The copy has the same "
                                     "number and the same SHA-256 as the document in the register."),
                           documentsReprint, {QStringLiteral("out")}));
    commands << reads(
        make(QStringLiteral("documents identity"), QStringLiteral("documents identity [--json]"),
             Texts::tr("Show the committee's identity printed on its documents."),
             Texts::tr("What is not set comes from the party units: the top committee's name and "
                       "its parent's, T/M ĐẢNG ỦY, BÍ THƯ, Hà Nội, the symbol ĐU."),
             documentsIdentity));
    commands << needs(
        make(QStringLiteral("documents set-identity"),
             QStringLiteral("documents set-identity [--superior TEXT] [--committee-name TEXT] [--symbol ĐU] "
                            "[--place TEXT] [--on-behalf TEXT] [--position TEXT] [--signer NAME] "
                            "[--term-start DATE]"),
             Texts::tr("Set the committee's identity on its documents, once (administrators only)."),
             Texts::tr("--superior the line above the committee (ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG); "
                       "--committee-name the issuing committee (ĐẢNG ỦY BỘ NGOẠI GIAO); --symbol its "
                       "abbreviation in numbers (ĐU); --place the place before the date; --on-behalf, "
                       "--position and --signer the usual signature; --term-start the first day of the "
                       "committee's term (nhiệm kỳ): numbers of each kind start again from 01 on it. An "
                       "empty value clears a field. Audited."),
             documentsSetIdentity,
             {QStringLiteral("superior"), QStringLiteral("committee-name"), QStringLiteral("symbol"),
              QStringLiteral("place"), QStringLiteral("on-behalf"), QStringLiteral("position"),
              QStringLiteral("signer"), QStringLiteral("term-start")}),
        {Permission::EditRules}, app::Where::HomeOnly);
}

} // namespace orec::cli
