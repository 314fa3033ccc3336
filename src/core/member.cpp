#include "core/member.h"

namespace orec {

namespace {

constexpr EnumCode<Gender> kGenders[] = {
    {Gender::Unspecified, "unspecified", nullptr, QT_TRANSLATE_NOOP("orec::Gender", "Not specified")},
    {Gender::Male, "male", "Nam", QT_TRANSLATE_NOOP("orec::Gender", "Male")},
    {Gender::Female, "female", "Nữ", QT_TRANSLATE_NOOP("orec::Gender", "Female")},
};

} // namespace

std::span<const EnumCode<Gender>> EnumCodes<Gender>::table()
{
    return kGenders;
}

QDate Member::expectedFullMembershipDate(int probationMonths) const
{
    return admissionDate.isValid() ? admissionDate.addMonths(probationMonths) : QDate();
}

int Member::ageOn(const QDate& day) const
{
    if (!dateOfBirth.isValid() || !day.isValid())
        return -1;
    int age = day.year() - dateOfBirth.year();
    if (day.month() < dateOfBirth.month() ||
        (day.month() == dateOfBirth.month() && day.day() < dateOfBirth.day()))
        --age;
    return age;
}

} // namespace orec
