#include "core/text_folding.h"

namespace orec {

namespace {

bool isCombiningMark(QChar c)
{
    switch (c.category()) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

} // namespace

QString foldForSearch(const QString& text)
{
    // Decomposing first turns every precomposed letter into base + marks, so one rule strips
    // them all; đ has no decomposition and needs its own mapping. Ð (Icelandic eth) is mapped
    // too because it is commonly typed in place of Đ by keyboards without Vietnamese layouts.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (isCombiningMark(c))
            continue;
        const char16_t u = c.unicode();
        if (u == u'đ' || u == u'Đ' || u == u'Ð' || u == u'ð') {
            out.append(QLatin1Char('d'));
            continue;
        }
        out.append(c.isSpace() ? QLatin1Char(' ') : c.toLower());
    }
    // Scripts whose letters decompose into letters (Hangul) must be put back together.
    return out.simplified().normalized(QString::NormalizationForm_C);
}

bool foldedContains(const QString& haystack, const QString& needle)
{
    return foldForSearch(haystack).contains(foldForSearch(needle));
}

} // namespace orec
