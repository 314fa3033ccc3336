// DocumentFonts: the serif family every printed document uses, loaded from known font files so output never
// depends on the machine's default font (Vietnamese needs every tone mark on every vowel).
#pragma once

#include "core/result.h"

#include <QFont>
#include <QString>
#include <QStringList>

namespace orec::reports {

class DocumentFonts
{
public:
    // Loads the family once per process (needs a QGuiApplication). Looks in OREC_FONT_DIR first, then the
    // Noto Serif and DejaVu Serif files of Debian's fonts-noto-core and fonts-dejavu-core.
    static Result<QString> family();

    // A font of the document family sized in layout units (1/20 pt), unhinted so metrics scale exactly.
    static QFont font(double sizePt, bool bold = false, bool italic = false);

    // The files tried, in order; the first that loads wins.
    static QStringList candidateFiles();

    // Layout units per point.
    static constexpr double kUnitsPerPoint = 20.0;
};

} // namespace orec::reports
