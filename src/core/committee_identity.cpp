#include "core/committee_identity.h"

namespace orec {

QString defaultCommitteeSymbol()
{
    return QStringLiteral("ĐU");
}

QString documentNumberText(int number, const QString& kindSymbol, const QString& committeeSymbol)
{
    // "ghi liên tục từ số 01": numbers below ten keep their leading zero.
    const QString n = number < 10 ? QStringLiteral("0%1").arg(number) : QString::number(number);
    return QStringLiteral("Số %1-%2/%3").arg(n, kindSymbol, committeeSymbol);
}

bool isValidSymbol(const QString& symbol)
{
    if (symbol.isEmpty() || symbol.size() > 12)
        return false;
    for (const QChar c : symbol) {
        if (!(c.isDigit() || (c.isLetter() && c.isUpper())))
            return false;
    }
    return true;
}

} // namespace orec
