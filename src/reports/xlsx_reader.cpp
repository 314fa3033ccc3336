#include "reports/xlsx_reader.h"

#include "reports/xlsx_sheet_scanner.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>
#include <cmath>

namespace orec::reports {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::reports)
};

Error notASpreadsheet(const QString& detail)
{
    return Error(ErrorCode::Invalid, Texts::tr("The file is not a readable Excel workbook: %1").arg(detail));
}

QString tooLarge()
{
    return Texts::tr("The file is larger than %1 MB, the most an import reads; split it into smaller files.")
        .arg(input_limits::kMaxFileBytes >> 20);
}

// Excel allows about 64,000 cell formats; more are not read (a hostile styles part could list millions).
constexpr int kMaxCellFormats = 65536;

// Built-in number formats that show dates (ECMA-376 part 1, 18.8.30).
bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) ||
           (id >= 50 && id <= 58);
}

// A custom format shows a date when, outside quoted text and [colour]/[locale] sections, it uses d or y
// (m alone may be minutes).
bool isDateFormatCode(const QString& code)
{
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('['))
            ++bracket;
        else if (!quoted && c == QLatin1Char(']'))
            bracket = std::max(0, bracket - 1);
        else if (!quoted && bracket == 0) {
            const QChar l = c.toLower();
            if (l == QLatin1Char('d') || l == QLatin1Char('y'))
                return true;
        }
    }
    return false;
}

// Text of an element holding <t> children (a shared string item or an inline string), skipping phonetic runs.
QString readStringItem(QXmlStreamReader& xml)
{
    QString text;
    int depth = 1;
    int phoneticDepth = 0;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("t") && phoneticDepth == 0) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements); // consumes </t>
                continue;
            }
            ++depth;
            if (xml.name() == QLatin1String("rPh"))
                ++phoneticDepth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (xml.name() == QLatin1String("rPh"))
                --phoneticDepth;
        }
    }
    return text;
}

} // namespace

int columnIndexFromReference(QStringView reference)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const QChar c = reference.at(i).toUpper();
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        col = col * 26 + (c.unicode() - 'A' + 1);
        if (col > XlsxReader::kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : col - 1;
}

Result<XlsxReader> XlsxReader::open(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, Texts::tr("Cannot read %1: %2").arg(path, file.errorString()), path);
    // Refused before a byte is read.
    if (file.size() > input_limits::kMaxFileBytes)
        return Error(ErrorCode::Invalid, tooLarge(), path);
    auto reader = fromData(file.readAll());
    if (!reader && reader.error().where.isEmpty())
        return Error(reader.error().code, reader.error().message, path);
    return reader;
}

Result<XlsxReader> XlsxReader::fromData(const QByteArray& data)
{
    if (data.size() > input_limits::kMaxFileBytes)
        return Error(ErrorCode::Invalid, tooLarge());
    auto zip = ZipReader::fromData(data);
    if (!zip)
        return zip.error();
    XlsxReader reader;
    reader.m_zip = std::move(*zip);
    OREC_TRY(reader.load());
    return reader;
}

Status XlsxReader::load()
{
    // Workbook: sheet names and their relationship ids.
    auto workbook = m_zip.read(QStringLiteral("xl/workbook.xml"), input_limits::kMaxPartBytes);
    if (!workbook)
        return notASpreadsheet(Texts::tr("no workbook part"));
    QStringList ids;
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                const auto v = xml.attributes().value(QLatin1String("date1904"));
                m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                m_sheetNames << xml.attributes().value(QLatin1String("name")).toString();
                QString id;
                for (const auto& a : xml.attributes()) {
                    if (a.name() == QLatin1String("id"))
                        id = a.value().toString();
                }
                ids << id;
            }
        }
        if (xml.hasError())
            return notASpreadsheet(xml.errorString());
    }
    // Relationships: id -> part.
    QHash<QString, QString> targets;
    if (auto rels = m_zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), input_limits::kMaxPartBytes)) {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                xml.name() == QLatin1String("Relationship")) {
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
                target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), target);
            }
        }
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QString part = targets.value(ids.at(i));
        if (part.isEmpty())
            part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1);
        m_sheetParts << part;
    }
    if (m_sheetNames.isEmpty())
        return notASpreadsheet(Texts::tr("no sheets"));

    if (m_zip.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        auto shared = m_zip.read(QStringLiteral("xl/sharedStrings.xml"), input_limits::kMaxPartBytes);
        if (!shared)
            return shared.error();
        // Excel keeps every text of a workbook here: the fast scanner first, the full parser when it
        // gives up, both under the same limits.
        const xlsx_scan::SheetLimits limits;
        QString refusal;
        if (auto scanned = xlsx_scan::scanSharedStrings(*shared, limits, &refusal)) {
            m_sharedStrings = std::move(*scanned);
        } else if (!refusal.isEmpty()) {
            return Error(ErrorCode::Invalid, refusal);
        } else {
            QXmlStreamReader xml(*shared);
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si")) {
                    if (m_sharedStrings.size() >= limits.maxCells)
                        return Error(ErrorCode::Invalid, xlsx_scan::tooManyCellsReason(limits.maxCells));
                    m_sharedStrings << readStringItem(xml);
                    if (m_sharedStrings.last().size() > limits.maxCellChars)
                        return Error(ErrorCode::Invalid,
                                     xlsx_scan::sharedStringTooLongReason(limits.maxCellChars));
                }
            }
            if (xml.hasError())
                return notASpreadsheet(xml.errorString());
        }
    }

    if (m_zip.contains(QStringLiteral("xl/styles.xml"))) {
        auto styles = m_zip.read(QStringLiteral("xl/styles.xml"), input_limits::kMaxPartBytes);
        if (!styles)
            return styles.error();
        QHash<int, bool> customIsDate;
        QXmlStreamReader xml(*styles);
        bool inCellXfs = false;
        int xfIndex = 0;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("numFmt")) {
                    customIsDate.insert(
                        xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                        isDateFormatCode(xml.attributes().value(QLatin1String("formatCode")).toString()));
                } else if (xml.name() == QLatin1String("cellXfs")) {
                    inCellXfs = true;
                } else if (inCellXfs && xml.name() == QLatin1String("xf") && xfIndex < kMaxCellFormats) {
                    const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                    if (customIsDate.contains(id) ? customIsDate.value(id) : isBuiltinDateFormat(id))
                        m_dateStyles.insert(xfIndex);
                    ++xfIndex;
                }
            } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
    }
    return okStatus();
}

Result<SheetRows> XlsxReader::sheet(int index) const
{
    if (index < 0 || index >= m_sheetParts.size())
        return Error(ErrorCode::NotFound, Texts::tr("The workbook has no sheet %1.").arg(index + 1));
    auto part = m_zip.read(m_sheetParts.at(index), input_limits::kMaxPartBytes);
    if (!part)
        return part.error();
    SheetRows result;
    result.name = m_sheetNames.value(index);
    result.date1904 = m_date1904;
    const xlsx_scan::SheetContext context{&m_sharedStrings, &m_dateStyles, m_date1904};
    const xlsx_scan::SheetLimits limits;
    // A 100,000-row sheet is tens of megabytes of XML: the byte scanner reads it several times faster,
    // and hands anything unusual to the full parser below. A limit it finds broken holds for both.
    QString refusal;
    if (auto scanned = xlsx_scan::scanWorksheet(*part, context, limits, &refusal)) {
        result.rows = std::move(scanned->rows);
        result.numericCells = std::move(scanned->numericCells);
        result.merges = std::move(scanned->merges);
        return result;
    }
    if (!refusal.isEmpty())
        return Error(ErrorCode::Invalid, refusal);
    QXmlStreamReader xml(*part);
    int nextRow = 0; // 0-based line of a <row> without r=
    QStringList* row = nullptr;
    int nextCol = 0;
    qint64 cells = 0; // rows and cells held, padding included
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("mergeCell")) {
            if (result.merges.size() < xlsx_scan::kMaxMergedRanges) {
                if (const auto range = xlsx_scan::mergedRangeFromReference(
                        xml.attributes().value(QLatin1String("ref")), limits.maxRows, limits.maxColumns))
                    result.merges.append(*range);
            }
            continue;
        }
        if (xml.name() == QLatin1String("row")) {
            const auto r = xml.attributes().value(QLatin1String("r"));
            // 64 bits: r="-2147483648" minus one must not wrap.
            qint64 line = r.isEmpty() ? nextRow : qint64(r.toInt()) - 1;
            if (line < 0 || line >= limits.maxRows)
                return notASpreadsheet(Texts::tr("row number out of range"));
            if (line < result.rows.size()) // rows out of order: keep them where they say
                line = result.rows.size();
            cells += line + 1 - result.rows.size();
            if (cells > limits.maxCells)
                return Error(ErrorCode::Invalid, xlsx_scan::tooManyCellsReason(limits.maxCells));
            while (result.rows.size() <= line)
                result.rows.append(QStringList());
            row = &result.rows[line];
            nextRow = static_cast<int>(line + 1);
            nextCol = 0;
        } else if (xml.name() == QLatin1String("c")) {
            if (!row) {
                if (++cells > limits.maxCells)
                    return Error(ErrorCode::Invalid, xlsx_scan::tooManyCellsReason(limits.maxCells));
                result.rows.append(QStringList());
                row = &result.rows.last();
                nextRow = static_cast<int>(result.rows.size());
            }
            const auto attrs = xml.attributes();
            const QString type = attrs.value(QLatin1String("t")).toString();
            const int style = attrs.value(QLatin1String("s")).toInt();
            const auto ref = attrs.value(QLatin1String("r"));
            int col = ref.isEmpty() ? nextCol : columnIndexFromReference(ref);
            if (col < 0 || col >= limits.maxColumns)
                return notASpreadsheet(Texts::tr("column out of range"));
            nextCol = col + 1;
            QString raw;
            QString inlineText;
            bool hasInline = false;
            int depth = 1;
            while (depth > 0 && !xml.atEnd()) {
                const auto t = xml.readNext();
                if (t == QXmlStreamReader::StartElement) {
                    if (xml.name() == QLatin1String("v")) {
                        raw = xml.readElementText();
                    } else if (xml.name() == QLatin1String("is")) {
                        inlineText = readStringItem(xml);
                        hasInline = true;
                    } else {
                        ++depth;
                    }
                } else if (t == QXmlStreamReader::EndElement) {
                    --depth;
                }
            }
            const auto text = xlsx_scan::cellText(type, style, raw, inlineText, hasInline, context);
            if (!text)
                return notASpreadsheet(Texts::tr("bad shared string index"));
            const QString value = *text;
            if (value.size() > limits.maxCellChars || raw.size() > limits.maxCellChars)
                return Error(ErrorCode::Invalid,
                             xlsx_scan::cellTooLongReason(nextRow - 1, col, limits.maxCellChars));
            if (row->size() <= col) {
                cells += col + 1 - row->size();
                if (cells > limits.maxCells)
                    return Error(ErrorCode::Invalid, xlsx_scan::tooManyCellsReason(limits.maxCells));
                while (row->size() <= col)
                    row->append(QString());
            }
            (*row)[col] = value;
            if (xlsx_scan::isPlainNumber(type, style, raw, context))
                result.numericCells.insert(xlsx_scan::cellKey(nextRow - 1, col));
        }
    }
    if (xml.hasError())
        return notASpreadsheet(xml.errorString());
    // Trailing blank cells carry no information.
    for (QStringList& r : result.rows) {
        while (!r.isEmpty() && r.last().isEmpty())
            r.removeLast();
    }
    return result;
}

} // namespace orec::reports
