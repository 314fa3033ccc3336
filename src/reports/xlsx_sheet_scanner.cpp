#include "reports/xlsx_sheet_scanner.h"

#include "core/spreadsheet_values.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace orec::reports::xlsx_scan {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::reports)
};

QString numberText(double v)
{
    if (!std::isfinite(v))
        return QString::number(v);
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', 15);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' ||
           c == '_' || c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

// The name without its namespace prefix ("x:c" -> "c"), as QXmlStreamReader::name() gives it.
QByteArrayView localName(QByteArrayView name)
{
    const qsizetype colon = name.indexOf(':');
    return colon < 0 ? name : name.sliced(colon + 1);
}

// Character data with its entities and line ends resolved; false when something is not plain XML 1.0
// text that QXmlStreamReader would read the same way.
bool appendText(QByteArray& out, QByteArrayView raw)
{
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r') {
            out += '\n';
            if (i + 1 < raw.size() && raw[i + 1] == '\n')
                ++i;
            continue;
        }
        if (c == '<')
            return false;
        if (c != '&') {
            if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n')
                return false;
            out += c;
            continue;
        }
        const qsizetype end = raw.indexOf(';', i);
        if (end < 0 || end - i > 12)
            return false;
        const QByteArrayView entity = raw.sliced(i + 1, end - i - 1);
        if (entity == "lt")
            out += '<';
        else if (entity == "gt")
            out += '>';
        else if (entity == "amp")
            out += '&';
        else if (entity == "quot")
            out += '"';
        else if (entity == "apos")
            out += '\'';
        else if (entity.size() >= 2 && entity[0] == '#') {
            bool ok = false;
            const bool hex = entity[1] == 'x';
            const uint code = hex ? entity.sliced(2).toUInt(&ok, 16) : entity.sliced(1).toUInt(&ok, 10);
            // Only characters XML 1.0 allows; anything else is for the full parser to refuse.
            const bool allowed = code == 0x9 || code == 0xA || code == 0xD ||
                                 (code >= 0x20 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0xFFFD) ||
                                 (code >= 0x10000 && code <= 0x10FFFF);
            if (!ok || !allowed)
                return false;
            const char32_t ch = code;
            out += QString::fromUcs4(&ch, 1).toUtf8();
        } else {
            return false;
        }
        i = end;
    }
    return true;
}

// Text from UTF-8 bytes; false when they are not UTF-8 (a replacement character means a bad sequence,
// or a real U+FFFD, which the full parser may then judge).
bool decode(QString& out, const QByteArray& utf8)
{
    out = QString::fromUtf8(utf8);
    return !out.contains(QChar::ReplacementCharacter);
}

// Walks the markup: start, end and empty-element tags with their attributes, and the text between
// them. Comments and processing instructions are passed over; a DOCTYPE or anything malformed stops it.
class Scanner
{
public:
    explicit Scanner(const QByteArray& xml) : m_data(xml.constData()), m_size(xml.size()) {}

    enum class Kind { Start, End, Empty, Text, Done, Failed };

    struct Attribute
    {
        QByteArrayView name;
        QByteArrayView value; // raw, entities not resolved
    };

    Kind next()
    {
        if (m_failed)
            return Kind::Failed;
        if (m_pos >= m_size)
            return m_stack.empty() && m_sawRoot ? Kind::Done : fail();
        if (m_data[m_pos] != '<') {
            const char* lt =
                static_cast<const char*>(std::memchr(m_data + m_pos, '<', size_t(m_size - m_pos)));
            const qsizetype end = lt ? lt - m_data : m_size;
            m_text = QByteArrayView(m_data + m_pos, end - m_pos);
            m_pos = end;
            // Text outside the root may only be white space.
            if (m_stack.empty()) {
                for (char c : m_text) {
                    if (!isSpace(c))
                        return fail();
                }
                return next();
            }
            return Kind::Text;
        }
        if (startsWith("<?"))
            return skipPast("?>") ? next() : fail();
        if (startsWith("<!--"))
            return skipPast("-->") ? next() : fail();
        if (startsWith("<![CDATA[")) {
            if (m_stack.empty())
                return fail();
            const qsizetype from = m_pos + 9;
            if (!skipPast("]]>"))
                return fail();
            m_text = QByteArrayView(m_data + from, m_pos - 3 - from);
            m_cdata = true;
            return Kind::Text;
        }
        if (startsWith("<!"))
            return fail(); // DOCTYPE and the like: the full parser's business
        const bool closing = startsWith("</");
        qsizetype p = m_pos + (closing ? 2 : 1);
        const qsizetype nameStart = p;
        while (p < m_size && isNameChar(m_data[p]))
            ++p;
        if (p == nameStart)
            return fail();
        m_name = QByteArrayView(m_data + nameStart, p - nameStart);
        m_attributes.clear();
        if (closing) {
            while (p < m_size && isSpace(m_data[p]))
                ++p;
            if (p >= m_size || m_data[p] != '>' || m_stack.empty() || m_stack.back() != m_name)
                return fail();
            m_stack.pop_back();
            m_pos = p + 1;
            return Kind::End;
        }
        for (;;) {
            const qsizetype beforeSpace = p;
            while (p < m_size && isSpace(m_data[p]))
                ++p;
            if (p >= m_size)
                return fail();
            if (m_data[p] == '>' || (m_data[p] == '/' && p + 1 < m_size && m_data[p + 1] == '>'))
                break;
            if (p == beforeSpace)
                return fail(); // attributes are separated by white space
            const qsizetype an = p;
            while (p < m_size && isNameChar(m_data[p]))
                ++p;
            if (p == an)
                return fail();
            const QByteArrayView attrName(m_data + an, p - an);
            while (p < m_size && isSpace(m_data[p]))
                ++p;
            if (p >= m_size || m_data[p] != '=')
                return fail();
            ++p;
            while (p < m_size && isSpace(m_data[p]))
                ++p;
            if (p >= m_size || (m_data[p] != '"' && m_data[p] != '\''))
                return fail();
            const char quote = m_data[p++];
            const qsizetype vs = p;
            while (p < m_size && m_data[p] != quote) {
                if (m_data[p] == '<')
                    return fail();
                ++p;
            }
            if (p >= m_size)
                return fail();
            m_attributes.push_back({attrName, QByteArrayView(m_data + vs, p - vs)});
            ++p;
        }
        if (m_stack.empty() && m_sawRoot)
            return fail(); // a second root element
        m_sawRoot = true;
        if (m_data[p] == '/') {
            m_pos = p + 2;
            return Kind::Empty;
        }
        m_stack.push_back(m_name);
        m_pos = p + 1;
        return Kind::Start;
    }

    QByteArrayView name() const { return localName(m_name); }
    QByteArrayView text() const { return m_text; }
    bool textIsCdata()
    {
        const bool c = m_cdata;
        m_cdata = false;
        return c;
    }

    // The attribute's value with entities resolved (and white space normalised as XML says), in `out`
    // (pointing into the document, or into `scratch` when something had to be resolved); false when
    // absent. A malformed value sets the failure.
    bool attribute(QByteArrayView wanted, QByteArrayView& out, QByteArray& scratch)
    {
        for (const Attribute& a : m_attributes) {
            if (localName(a.name) != wanted)
                continue;
            bool plain = true;
            for (const char c : a.value)
                plain = plain && c != '&' && c != '\r' && c != '\n' && c != '\t';
            if (plain) {
                out = a.value;
                return true;
            }
            scratch.clear();
            if (!appendText(scratch, a.value)) {
                fail();
                return false;
            }
            for (char& c : scratch) {
                if (c == '\n' || c == '\t')
                    c = ' ';
            }
            out = scratch;
            return true;
        }
        return false;
    }

    Kind fail()
    {
        m_failed = true;
        return Kind::Failed;
    }
    bool failed() const { return m_failed; }

private:
    bool startsWith(const char* s) const
    {
        const qsizetype n = qsizetype(std::strlen(s));
        return m_pos + n <= m_size && std::memcmp(m_data + m_pos, s, size_t(n)) == 0;
    }
    bool skipPast(const char* s)
    {
        const QByteArrayView rest(m_data + m_pos, m_size - m_pos);
        const qsizetype at = rest.indexOf(QByteArrayView(s));
        if (at < 0)
            return false;
        m_pos += at + qsizetype(std::strlen(s));
        return true;
    }

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    QByteArrayView m_name;
    QByteArrayView m_text;
    bool m_cdata = false;
    std::vector<Attribute> m_attributes;
    std::vector<QByteArrayView> m_stack;
    bool m_sawRoot = false;
    bool m_failed = false;
};

// Only UTF-8 (the declaration may name it or be absent); UTF-16 parts start with a byte-order mark or a
// zero byte and go to the full parser.
bool isUtf8Document(const QByteArray& xml)
{
    if (xml.startsWith("\xEF\xBB\xBF"))
        return true;
    if (xml.isEmpty() || xml.at(0) == '\0' || xml.startsWith("\xFE\xFF") || xml.startsWith("\xFF\xFE"))
        return false;
    if (!xml.startsWith("<?xml"))
        return true;
    const qsizetype end = xml.indexOf("?>");
    if (end < 0)
        return false;
    const QByteArray declaration = xml.left(end).toLower();
    const qsizetype enc = declaration.indexOf("encoding");
    return enc < 0 || declaration.indexOf("utf-8", enc) > 0 || declaration.indexOf("utf8", enc) > 0;
}

// Reads the text of <t> children up to the end of the enclosing element (<si> or <is>), rich-text runs
// joined, phonetic runs (<rPh>) left out: what readStringItem does with QXmlStreamReader. Stops with
// *tooLong set once the text passes maxChars (a character is at least one byte of UTF-8, so the bytes
// are counted as they come, and the characters once decoded).
bool readStringItem(Scanner& s, QString& out, qsizetype maxChars, bool* tooLong)
{
    QByteArray text;
    int depth = 1;
    int phonetic = 0;
    int inT = 0;
    while (depth > 0) {
        switch (s.next()) {
        case Scanner::Kind::Start:
            ++depth;
            if (s.name() == "rPh")
                ++phonetic;
            else if (s.name() == "t" && phonetic == 0)
                inT = depth;
            break;
        case Scanner::Kind::Empty:
            break;
        case Scanner::Kind::End:
            if (inT == depth)
                inT = 0;
            if (s.name() == "rPh")
                --phonetic;
            --depth;
            break;
        case Scanner::Kind::Text:
            if (inT > 0) {
                if (s.textIsCdata())
                    text += s.text().toByteArray();
                else if (!appendText(text, s.text()))
                    return false;
                if (text.size() > maxChars * 4) { // more bytes than maxChars characters can take
                    *tooLong = true;
                    return false;
                }
            } else {
                s.textIsCdata();
            }
            break;
        case Scanner::Kind::Done:
        case Scanner::Kind::Failed:
            return false;
        }
    }
    if (!decode(out, text))
        return false;
    if (out.size() > maxChars) {
        *tooLong = true;
        return false;
    }
    return true;
}

QString columnLetters(int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

// A whole number as QByteArray::toInt reads it, without making a copy.
std::optional<int> toInt(QByteArrayView v)
{
    v = v.trimmed();
    if (v.isEmpty() || v.size() > 10)
        return std::nullopt;
    qint64 n = 0;
    qsizetype i = 0;
    const bool negative = v[0] == '-';
    if (v[0] == '-' || v[0] == '+')
        ++i;
    if (i == v.size())
        return std::nullopt;
    for (; i < v.size(); ++i) {
        if (v[i] < '0' || v[i] > '9')
            return std::nullopt;
        n = n * 10 + (v[i] - '0');
    }
    n = negative ? -n : n;
    if (n > std::numeric_limits<int>::max() || n < std::numeric_limits<int>::min())
        return std::nullopt;
    return static_cast<int>(n);
}

// Column letters of a reference ("AB12" -> 27); -1 when it has none.
int columnOf(QByteArrayView reference, int maxColumns)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        char c = reference.at(i);
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c < 'A' || c > 'Z')
            break;
        col = col * 26 + (c - 'A' + 1);
        if (col > maxColumns)
            return -1;
    }
    return i == 0 ? -1 : col - 1;
}

} // namespace

QString cellTooLongReason(int row, int column, qsizetype maxChars)
{
    return Texts::tr("Cell %1%2 has more than %3 characters, more than any field of a record "
                     "may hold (and more than a spreadsheet cell can).")
        .arg(columnLetters(column))
        .arg(row + 1)
        .arg(maxChars);
}

QString tooManyCellsReason(qint64 maxCells)
{
    return Texts::tr("The sheet holds more than %1 cells; import it in several smaller files.").arg(maxCells);
}

QString sharedStringTooLongReason(qsizetype maxChars)
{
    return Texts::tr("The workbook holds a text of more than %1 characters, more than any "
                     "field of a record may hold (and more than a spreadsheet cell can).")
        .arg(maxChars);
}

std::optional<QString> cellText(QStringView type, int style, const QString& raw, const QString& inlineText,
                                bool hasInline, const SheetContext& context)
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int i = raw.toInt(&ok);
        if (!ok || !context.sharedStrings || i < 0 || i >= context.sharedStrings->size())
            return std::nullopt;
        return context.sharedStrings->at(i);
    }
    if (type == QLatin1String("inlineStr") || hasInline)
        return inlineText;
    if (type == QLatin1String("b"))
        return raw.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("str") || type == QLatin1String("e"))
        return raw;
    if (raw.isEmpty())
        return QString();
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    const std::optional<QDate> day = context.dateStyles && context.dateStyles->contains(style)
                                         ? dateFromExcelSerial(v, context.date1904)
                                         : std::nullopt;
    if (day) {
        const QDate& d = *day;
        // dd/MM/yyyy by hand: QDate::toString parses its format on every call, a third of a large read.
        char text[11] = {char('0' + d.day() / 10),
                         char('0' + d.day() % 10),
                         '/',
                         char('0' + d.month() / 10),
                         char('0' + d.month() % 10),
                         '/',
                         char('0' + d.year() / 1000),
                         char('0' + d.year() / 100 % 10),
                         char('0' + d.year() / 10 % 10),
                         char('0' + d.year() % 10),
                         0};
        return QString::fromLatin1(text, 10);
    }
    return numberText(v);
}

bool isPlainNumber(QStringView type, int style, const QString& raw, const SheetContext& context)
{
    if (!type.isEmpty() && type != QLatin1String("n"))
        return false;
    if (raw.isEmpty() || (context.dateStyles && context.dateStyles->contains(style)))
        return false;
    bool ok = false;
    raw.toDouble(&ok);
    return ok;
}

std::optional<MergedRange> mergedRangeFromReference(QStringView reference, int maxRows, int maxColumns)
{
    const qsizetype colon = reference.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const auto corner = [&](QStringView ref, int& row, int& column) {
        qsizetype i = 0;
        column = 0;
        for (; i < ref.size() && ref.at(i).isLetter(); ++i) {
            const QChar c = ref.at(i).toUpper();
            if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
                return false;
            column = column * 26 + (c.unicode() - 'A' + 1);
            if (column > maxColumns)
                return false;
        }
        bool ok = false;
        row = ref.sliced(i).toInt(&ok);
        --column;
        --row;
        return i > 0 && ok && row >= 0 && row < maxRows && column >= 0;
    };
    MergedRange range;
    if (!corner(reference.first(colon).trimmed(), range.firstRow, range.firstColumn) ||
        !corner(reference.sliced(colon + 1).trimmed(), range.lastRow, range.lastColumn))
        return std::nullopt;
    if (range.lastRow < range.firstRow || range.lastColumn < range.firstColumn ||
        (range.lastRow == range.firstRow && range.lastColumn == range.firstColumn))
        return std::nullopt;
    return range;
}

std::optional<ScannedSheet> scanWorksheet(const QByteArray& xml, const SheetContext& context,
                                          const SheetLimits& limits, QString* refusal)
{
    if (!isUtf8Document(xml))
        return std::nullopt;
    const auto refuse = [&](const QString& reason) -> std::optional<ScannedSheet> {
        if (refusal)
            *refusal = reason;
        return std::nullopt;
    };
    Scanner s(xml);
    ScannedSheet result;
    QByteArray scratchR, scratchS, scratchT; // attribute values that needed their entities resolved
    QString typeText;
    int nextRow = 0;
    QStringList* row = nullptr;
    int nextCol = 0;
    qint64 cells = 0; // rows and cells held, padding included
    for (;;) {
        const Scanner::Kind kind = s.next();
        if (kind == Scanner::Kind::Done)
            break;
        if (kind == Scanner::Kind::Failed)
            return std::nullopt;
        if (kind == Scanner::Kind::Text) {
            s.textIsCdata();
            continue;
        }
        if (kind == Scanner::Kind::End)
            continue;
        const bool empty = kind == Scanner::Kind::Empty;
        if (s.name() == "row") {
            QByteArrayView r;
            const bool hasR = s.attribute("r", r, scratchR);
            if (s.failed())
                return std::nullopt;
            qint64 line = nextRow; // 64 bits: r="-2147483648" minus one must not wrap
            if (hasR && !r.isEmpty()) {
                const auto n = toInt(r);
                if (!n)
                    return std::nullopt;
                line = qint64(*n) - 1;
            }
            if (line < 0 || line >= limits.maxRows)
                return std::nullopt; // the full parser says why
            if (line < result.rows.size())
                line = result.rows.size();
            cells += line + 1 - result.rows.size();
            if (cells > limits.maxCells)
                return refuse(tooManyCellsReason(limits.maxCells));
            while (result.rows.size() <= line)
                result.rows.append(QStringList());
            row = &result.rows[line];
            nextRow = static_cast<int>(line + 1);
            nextCol = 0;
            continue;
        }
        if (s.name() == "mergeCell") {
            QByteArrayView ref;
            if (s.attribute("ref", ref, scratchR) && result.merges.size() < kMaxMergedRanges) {
                if (const auto range =
                        mergedRangeFromReference(QString::fromLatin1(ref), limits.maxRows, limits.maxColumns))
                    result.merges.append(*range);
            }
            if (s.failed())
                return std::nullopt;
            continue;
        }
        if (s.name() != "c")
            continue;
        if (!row) {
            if (++cells > limits.maxCells)
                return refuse(tooManyCellsReason(limits.maxCells));
            result.rows.append(QStringList());
            row = &result.rows.last();
            nextRow = static_cast<int>(result.rows.size());
        }
        const int rowIndex = nextRow - 1;
        QByteArrayView type, styleText, ref;
        s.attribute("t", type, scratchT);
        s.attribute("s", styleText, scratchS);
        const bool hasRef = s.attribute("r", ref, scratchR);
        if (s.failed())
            return std::nullopt;
        const int style = styleText.isEmpty() ? 0 : toInt(styleText).value_or(0);
        const int col = hasRef && !ref.isEmpty() ? columnOf(ref, limits.maxColumns) : nextCol;
        if (col < 0 || col >= limits.maxColumns)
            return std::nullopt;
        nextCol = col + 1;
        QString raw;
        QString inlineText;
        bool hasInline = false;
        if (!empty) {
            int depth = 1;
            int inV = 0;
            QByteArray v;
            bool tooLong = false;
            while (depth > 0) {
                switch (s.next()) {
                case Scanner::Kind::Start:
                    if (s.name() == "is") {
                        if (!readStringItem(s, inlineText, limits.maxCellChars, &tooLong))
                            return tooLong ? refuse(cellTooLongReason(rowIndex, col, limits.maxCellChars))
                                           : std::nullopt;
                        hasInline = true;
                    } else {
                        ++depth;
                        if (s.name() == "v") {
                            inV = depth;
                            v.clear();
                        }
                    }
                    break;
                case Scanner::Kind::Empty:
                    if (s.name() == "is") {
                        inlineText.clear();
                        hasInline = true;
                    } else if (s.name() == "v") {
                        v.clear();
                        raw.clear();
                    }
                    break;
                case Scanner::Kind::End:
                    if (inV == depth) {
                        if (!decode(raw, v))
                            return std::nullopt;
                        inV = 0;
                    }
                    --depth;
                    break;
                case Scanner::Kind::Text:
                    if (inV > 0) {
                        if (s.textIsCdata())
                            v += s.text().toByteArray();
                        else if (!appendText(v, s.text()))
                            return std::nullopt;
                        if (v.size() > limits.maxCellChars * 4)
                            return refuse(cellTooLongReason(rowIndex, col, limits.maxCellChars));
                    } else {
                        s.textIsCdata();
                    }
                    break;
                case Scanner::Kind::Done:
                case Scanner::Kind::Failed:
                    return std::nullopt;
                }
            }
        }
        typeText = QString::fromLatin1(type);
        const auto value = cellText(typeText, style, raw, inlineText, hasInline, context);
        if (!value)
            return std::nullopt;
        if (value->size() > limits.maxCellChars)
            return refuse(cellTooLongReason(rowIndex, col, limits.maxCellChars));
        if (row->size() <= col) {
            cells += col + 1 - row->size();
            if (cells > limits.maxCells)
                return refuse(tooManyCellsReason(limits.maxCells));
            while (row->size() <= col)
                row->append(QString());
        }
        (*row)[col] = *value;
        if (isPlainNumber(typeText, style, raw, context))
            result.numericCells.insert(cellKey(rowIndex, col));
    }
    for (QStringList& r : result.rows) {
        while (!r.isEmpty() && r.last().isEmpty())
            r.removeLast();
    }
    return result;
}

std::optional<QStringList> scanSharedStrings(const QByteArray& xml, const SheetLimits& limits,
                                             QString* refusal)
{
    if (!isUtf8Document(xml))
        return std::nullopt;
    Scanner s(xml);
    QStringList strings;
    for (;;) {
        const Scanner::Kind kind = s.next();
        if (kind == Scanner::Kind::Done)
            return strings;
        if (kind == Scanner::Kind::Failed)
            return std::nullopt;
        if (kind == Scanner::Kind::Text) {
            s.textIsCdata();
            continue;
        }
        if (s.name() != "si")
            continue;
        if (kind != Scanner::Kind::Empty && kind != Scanner::Kind::Start)
            continue;
        if (strings.size() >= limits.maxCells) {
            if (refusal)
                *refusal = tooManyCellsReason(limits.maxCells);
            return std::nullopt;
        }
        if (kind == Scanner::Kind::Empty) {
            strings << QString();
            continue;
        }
        QString text;
        bool tooLong = false;
        if (!readStringItem(s, text, limits.maxCellChars, &tooLong)) {
            if (tooLong && refusal)
                *refusal = sharedStringTooLongReason(limits.maxCellChars);
            return std::nullopt;
        }
        strings << text;
    }
}

} // namespace orec::reports::xlsx_scan
