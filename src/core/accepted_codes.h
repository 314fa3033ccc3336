// The codes an enumeration accepts, listed for help texts and error messages from its one table
// (core/enum_codes.h), so that no list of codes is typed out by hand.
#pragma once

#include "core/enum_codes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace orec {

// Which codes a help text or message advertises for an enumeration: its English code names, or the
// Vietnamese interchange codes of the spreadsheet format. Both are accepted either way.
enum class AdvertisedCodes { English, Vietnamese };

// The command line's translation context, where "%1 (or %2)" is translated.
struct AcceptedCodesTexts
{
    Q_DECLARE_TR_FUNCTIONS(orec::cli)
};

// The advertised codes alone, in declaration order ("cong_tac, hoc_tap, ..."); the English code
// names when the enumeration has no interchange codes.
template <typename E> QString advertisedCodes(AdvertisedCodes advertised)
{
    QStringList english;
    QStringList vietnamese;
    for (E v : allValues<E>()) {
        english.append(codeName(v));
        const QString vi = interchangeCode(v);
        if (!vi.isEmpty())
            vietnamese.append(vi);
    }
    const bool vi = advertised == AdvertisedCodes::Vietnamese && !vietnamese.isEmpty();
    return (vi ? vietnamese : english).join(QStringLiteral(", "));
}

// Every accepted value: the advertised codes first, then the others in brackets
// ("cong_tac, hoc_tap, ... (or official_mission, study, ...)").
template <typename E> QString acceptedCodes(AdvertisedCodes advertised)
{
    const QString first = advertisedCodes<E>(advertised);
    const QString other = advertisedCodes<E>(
        advertised == AdvertisedCodes::Vietnamese ? AdvertisedCodes::English : AdvertisedCodes::Vietnamese);
    if (first == other)
        return first; // no interchange codes
    return AcceptedCodesTexts::tr("%1 (or %2)").arg(first, other);
}

} // namespace orec
