#include "gui/register_labels.h"

#include "app/translations.h"
#include "core/text_folding.h"

#include <algorithm>

namespace orec::gui {

QString RegisterLabels::presence(MemberPresence presence)
{
    switch (presence) {
    case MemberPresence::Any:
        return tr("Anywhere");
    case MemberPresence::AtHome:
        return tr("At home");
    case MemberPresence::Abroad:
        return tr("Abroad");
    case MemberPresence::Overdue:
        return tr("Overdue to return");
    case MemberPresence::LostContact:
        return tr("Lost contact");
    case MemberPresence::DidNotReturn:
        return tr("Did not return");
    }
    return {};
}

QString RegisterLabels::country(const QString& code)
{
    if (code.isEmpty())
        return {};
    const auto found = countryByCode(code);
    if (!found)
        return code;
    return app::currentLanguage() == QLatin1String("vi") && !found->vietnameseName.isEmpty()
               ? found->vietnameseName
               : found->englishName;
}

QString RegisterLabels::countries(const QStringList& codes)
{
    QStringList names;
    for (const QString& code : codes)
        names.append(country(code));
    return names.join(QStringLiteral(", "));
}

QList<Country> RegisterLabels::countriesByName()
{
    QList<Country> list = allCountries();
    std::sort(list.begin(), list.end(), [](const Country& a, const Country& b) {
        return foldForSearch(country(a.code)) < foldForSearch(country(b.code));
    });
    return list;
}

} // namespace orec::gui
