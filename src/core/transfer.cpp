#include "core/transfer.h"

#include <QCoreApplication>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::Transfer)
};

constexpr EnumCode<TransferKind> kKinds[] = {
    {TransferKind::Temporary, "temporary", nullptr,
     QT_TRANSLATE_NOOP("orec::TransferKind", "Temporary transfer letter")},
    {TransferKind::Official, "official", nullptr,
     QT_TRANSLATE_NOOP("orec::TransferKind", "Official transfer letter")},
    {TransferKind::LabourExport, "labour_export", nullptr,
     QT_TRANSLATE_NOOP("orec::TransferKind", "Overseas posting slip for labour export")},
};

constexpr EnumCode<TransferDirection> kDirections[] = {
    {TransferDirection::Out, "out", nullptr, QT_TRANSLATE_NOOP("orec::TransferDirection", "Out (abroad)")},
    {TransferDirection::Back, "back", nullptr, QT_TRANSLATE_NOOP("orec::TransferDirection", "Back (home)")},
};

} // namespace

std::span<const EnumCode<TransferKind>> EnumCodes<TransferKind>::table()
{
    return kKinds;
}
std::span<const EnumCode<TransferDirection>> EnumCodes<TransferDirection>::table()
{
    return kDirections;
}

QString transferFormCode(TransferKind kind)
{
    switch (kind) {
    case TransferKind::Temporary:
        return QStringLiteral("2-SHĐ");
    case TransferKind::LabourExport:
        return QStringLiteral("3A-SHĐ");
    case TransferKind::Official:
        return {};
    }
    return {};
}

QString RegisterNumber::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1/%2").arg(sequence).arg(year);
}

Result<RegisterNumber> nextRegisterNumber(const std::optional<RegisterNumber>& last, const QDate& issueDate)
{
    if (!issueDate.isValid()) {
        return Error(ErrorCode::Invalid, Texts::tr("A transfer letter needs an issue date."),
                     QStringLiteral("issue_date"));
    }
    const int year = issueDate.year();
    if (!last || !last->isValid() || last->year < year)
        return RegisterNumber{year, 1};
    if (last->year > year) {
        return Error(ErrorCode::Invalid,
                     Texts::tr("The register already has letters of %1; a letter dated in %2 "
                               "cannot be added after them.")
                         .arg(last->year)
                         .arg(year),
                     QStringLiteral("issue_date"));
    }
    return RegisterNumber{year, last->sequence + 1};
}

Status mayIssue(TransferKind kind, TransferDirection direction, const PartyUnit& committee)
{
    if (kind != TransferKind::LabourExport || direction != TransferDirection::Out)
        return okStatus();
    if (hasStandingCommittee(committee.level))
        return okStatus();
    return Error(ErrorCode::Invalid,
                 Texts::tr("%1 is a %2: an official posting slip abroad (3A-SHĐ) is issued by the committee "
                           "at the district level or its equivalent. Issue it from the committee above, or "
                           "correct the committee's level if it is wrong.")
                     .arg(committee.name, displayName(committee.level).toLower()),
                 QStringLiteral("issuing_committee"));
}

} // namespace orec
