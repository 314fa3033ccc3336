// ExchangeLabels: the field exchange in words for the desktop: why a package was refused, a party's
// status, and the large fixed-width font that fingerprints and codes are read aloud from.
#pragma once

#include "exchange/exchange_store.h"
#include "exchange/package_format.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

namespace orec::gui {

class ExchangeLabels
{
    Q_DECLARE_TR_FUNCTIONS(orec::gui::ExchangeLabels)
public:
    // A short heading for a refused package ("The package was altered or damaged").
    static QString problemTitle(exchange::PackageProblem problem);
    // What the person can do about it, one or two sentences.
    static QString problemAdvice(exchange::PackageProblem problem);
    static QString peerStatus(ExchangePeerStatus status);
    static QString peerRole(ExchangePeerRole role);
    // Fixed-width, bold and larger than the text around it: for fingerprints and one-time codes.
    static QFont codeFont(double scale = 1.5);
    // "7KQ2-9XMA-…" cut into two lines of three groups, easier to read out and to copy by hand.
    static QString inTwoLines(const QString& groups);
};

} // namespace orec::gui
