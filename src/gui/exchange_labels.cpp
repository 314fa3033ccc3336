#include "gui/exchange_labels.h"

#include <QFontDatabase>
#include <QStringList>

namespace orec::gui {

QString ExchangeLabels::problemTitle(exchange::PackageProblem problem)
{
    using exchange::PackageProblem;
    switch (problem) {
    case PackageProblem::None:
        return tr("The package cannot be used");
    case PackageProblem::NotAPackage:
        return tr("This is not an Overseas Records package");
    case PackageProblem::UnsupportedVersion:
        return tr("The package is in a format this program does not read");
    case PackageProblem::Truncated:
        return tr("The package is incomplete");
    case PackageProblem::Oversized:
        return tr("The package is larger than it says");
    case PackageProblem::MalformedHeader:
        return tr("The package is damaged");
    case PackageProblem::WrongRecipient:
        return tr("No key of this database opens the package");
    case PackageProblem::WrongCell:
        return tr("The package is about another cell");
    case PackageProblem::WrongKind:
        return tr("The package goes the other way");
    case PackageProblem::UnknownSender:
        return tr("The sender is not known here");
    case PackageProblem::RemovedSender:
        return tr("The sender was removed");
    case PackageProblem::BadSignature:
        return tr("The package was altered or forged");
    case PackageProblem::DecryptionFailed:
        return tr("The package cannot be opened");
    case PackageProblem::MalformedPayload:
        return tr("The package's content is damaged");
    case PackageProblem::Replay:
        return tr("The package was imported before");
    case PackageProblem::OutOfOrder:
        return tr("The package is older than one already imported");
    case PackageProblem::SequenceReused:
        return tr("Another package with the same number was imported");
    case PackageProblem::MissingChanges:
        return tr("Changes before this package are missing");
    case PackageProblem::HistoryRewound:
        return tr("The sender's database went back to an older state");
    }
    return {};
}

QString ExchangeLabels::problemAdvice(exchange::PackageProblem problem)
{
    using exchange::PackageProblem;
    switch (problem) {
    case PackageProblem::Truncated:
    case PackageProblem::Oversized:
    case PackageProblem::MalformedHeader:
    case PackageProblem::MalformedPayload:
        return tr("Ask the sender to send the file again, by another channel if this one damages files.");
    case PackageProblem::BadSignature:
    case PackageProblem::DecryptionFailed:
        return tr("Do not use this file. Call the sender and ask them to export the package again.");
    case PackageProblem::UnsupportedVersion:
        return tr("Update Overseas Records on this computer, then import the package again.");
    case PackageProblem::WrongRecipient:
    case PackageProblem::WrongCell:
        return tr("Check that you chose the right file and opened the right database.");
    case PackageProblem::WrongKind:
        return tr("Home imports return packages from cells; a laptop installs cell packages from home.");
    case PackageProblem::UnknownSender:
    case PackageProblem::RemovedSender:
        return tr("Only the cell's registered secretary can send packages. Compare fingerprints by phone "
                  "under Tools → Keys and fingerprints.");
    case PackageProblem::OutOfOrder:
    case PackageProblem::SequenceReused:
    case PackageProblem::MissingChanges:
        return tr("Ask the sender for their newest package: it carries every change not yet acknowledged.");
    case PackageProblem::HistoryRewound:
        return tr("Do not use this package. Call the sender: their database was put back from an older copy "
                  "or replaced, and what was recorded since may be lost or hidden. Tell the committee.");
    case PackageProblem::None:
    case PackageProblem::NotAPackage:
    case PackageProblem::Replay:
        break;
    }
    return {};
}

QString ExchangeLabels::peerStatus(ExchangePeerStatus status)
{
    switch (status) {
    case ExchangePeerStatus::Pending:
        return tr("waiting for the laptop's first package");
    case ExchangePeerStatus::Active:
        return tr("active");
    case ExchangePeerStatus::Removed:
        return tr("removed");
    }
    return {};
}

QString ExchangeLabels::peerRole(ExchangePeerRole role)
{
    return role == ExchangePeerRole::Home ? tr("Home") : tr("Cell secretary");
}

QFont ExchangeLabels::codeFont(double scale)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    return font;
}

QString ExchangeLabels::inTwoLines(const QString& groups)
{
    const QStringList parts = groups.split(QLatin1Char('-'));
    if (parts.size() < 4)
        return groups;
    const int half = static_cast<int>((parts.size() + 1) / 2);
    return parts.mid(0, half).join(QLatin1Char('-')) + QLatin1Char('\n') +
           parts.mid(half).join(QLatin1Char('-'));
}

} // namespace orec::gui
