#include "reports/csv_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <optional>

namespace orec::reports {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::reports)
};

// The line an offset of the raw bytes is on, for the message about bytes that are not UTF-8.
int lineOfByte(const QByteArray& bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n')
            ++line;
    }
    return line;
}

// Where the decoder first failed: decode growing prefixes would be quadratic, so scan for the first
// byte sequence that is not well-formed UTF-8.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        unsigned int min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return i;
        }
        unsigned int code = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

QChar guessDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                break;
            if (c == QLatin1Char(','))
                ++commas;
            else if (c == QLatin1Char(';'))
                ++semicolons;
            else if (c == QLatin1Char('\t'))
                ++tabs;
        }
    }
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

QString tooLarge(qint64 maxBytes)
{
    return Texts::tr("The file is larger than %1 MB, the most an import reads; split it into smaller files.")
        .arg(maxBytes >> 20);
}

bool isBlank(const QStringList& fields)
{
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

Result<CsvTable> CsvReader::parseText(const QString& input, const CsvReadOptions& options)
{
    CsvTable table;
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF))) {
        table.hadByteOrderMark = true;
        text = text.mid(1);
    }
    table.delimiter = options.delimiter.isNull() ? guessDelimiter(text) : options.delimiter;
    const QChar delimiter = table.delimiter;
    const QChar quote = QLatin1Char('"');

    QStringList fields;
    QString field;
    int line = 1;
    int recordLine = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool afterClosingQuote = false;
    int quoteOpenedOn = 0;
    qsizetype recordChars = 0; // the characters of the record being read, its fields together
    qint64 cells = 0;          // fields kept so far
    std::optional<Error> refusal;

    const auto refuse = [&](const QString& message) {
        refusal = Error(ErrorCode::Invalid, message, Texts::tr("line %1").arg(recordLine));
    };
    const auto endField = [&] {
        if (fields.size() >= options.maxFields) {
            refuse(Texts::tr("Line %1 has more than %2 values; a spreadsheet has at most %2 columns.")
                       .arg(recordLine)
                       .arg(options.maxFields));
            return;
        }
        fields.append(field);
        field.clear();
        fieldWasQuoted = false;
        afterClosingQuote = false;
    };
    const auto endRecord = [&] {
        endField();
        if (refusal)
            return;
        if (!(options.skipBlankRecords && isBlank(fields))) {
            cells += fields.size();
            if (cells > options.maxCells) {
                refuse(Texts::tr("The file holds more than %1 values; import it in several smaller files.")
                           .arg(options.maxCells));
                return;
            }
            table.records.append(CsvRecord{fields, recordLine});
        }
        fields.clear();
        recordChars = 0;
    };
    // Checked as each character is kept, so a field of 50 MB is refused at its 32,768th character,
    // not held whole first.
    const auto keep = [&](QChar c) {
        if (field.size() >= options.maxFieldChars) {
            refuse(
                Texts::tr("Line %1 has a value of more than %2 characters, more than any field of a record "
                          "may hold (and more than a spreadsheet cell can).")
                    .arg(recordLine)
                    .arg(options.maxFieldChars));
            return;
        }
        if (++recordChars > options.maxRecordChars) {
            refuse(Texts::tr(
                       "The record on line %1 has more than %2 characters, far more than a record may hold.")
                       .arg(recordLine)
                       .arg(options.maxRecordChars));
            return;
        }
        field.append(c);
    };
    const auto issue = [&](int at, const QString& message) {
        if (table.issues.size() >= options.maxIssues) {
            refuse(Texts::tr("The file has more than %1 quotes out of place: it is not CSV that can be read "
                             "safely. Save it again as \"CSV UTF-8\" from the spreadsheet.")
                       .arg(options.maxIssues));
            return;
        }
        table.issues.append({at, message});
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && !refusal; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == quote) {
                if (i + 1 < n && text[i + 1] == quote) {
                    keep(quote);
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n') ||
                    (c == QLatin1Char('\r') && !(i + 1 < n && text[i + 1] == QLatin1Char('\n'))))
                    ++line;
                keep(c);
            }
            continue;
        }
        if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (c == quote && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteOpenedOn = line;
        } else {
            if (afterClosingQuote) {
                issue(line,
                      Texts::tr("Text after the closing quote of a field was kept as part of the field."));
                afterClosingQuote = false;
            }
            // A quote inside an unquoted field is kept as it is, as spreadsheets read it.
            keep(c);
        }
    }
    if (!refusal && inQuotes)
        issue(quoteOpenedOn, Texts::tr("A quoted field that starts here is never closed; it was read to the "
                                       "end of the file."));
    // The last record, when the file does not end with a line break.
    if (!refusal && (!field.isEmpty() || !fields.isEmpty() || fieldWasQuoted))
        endRecord();
    if (refusal)
        return *refusal;
    return table;
}

Result<CsvTable> CsvReader::parse(const QByteArray& bytes, const CsvReadOptions& options)
{
    if (bytes.size() > options.maxBytes)
        return Error(ErrorCode::Invalid, tooLarge(options.maxBytes));
    QString text;
    bool bom = false;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        auto decoder =
            QStringDecoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless);
        text = decoder(bytes.mid(2));
        if (decoder.hasError())
            return Error(ErrorCode::Invalid, Texts::tr("The file is not valid UTF-16 text."));
        bom = true;
    } else {
        const qsizetype bad = firstInvalidUtf8(bytes);
        if (bad >= 0)
            return Error(
                ErrorCode::Invalid,
                Texts::tr("Line %1 is not UTF-8 text. Save the spreadsheet as \"CSV UTF-8\" and try again.")
                    .arg(lineOfByte(bytes, bad)),
                Texts::tr("line %1").arg(lineOfByte(bytes, bad)));
        // QString::fromUtf8 drops a leading byte-order mark silently; note it first.
        bom = bytes.startsWith("\xEF\xBB\xBF");
        text = QString::fromUtf8(bom ? bytes.mid(3) : bytes);
    }
    auto table = parseText(text, options);
    if (table)
        table->hadByteOrderMark = table->hadByteOrderMark || bom;
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString& path, const CsvReadOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, Texts::tr("The file cannot be read: %1.").arg(file.errorString()), path);
    if (file.size() > options.maxBytes)
        return Error(ErrorCode::Invalid, tooLarge(options.maxBytes), path);
    auto table = parse(file.readAll(), options);
    if (!table && table.error().where.isEmpty())
        return Error(table.error().code, table.error().message, path);
    return table;
}

} // namespace orec::reports
