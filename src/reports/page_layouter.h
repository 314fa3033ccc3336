// PageLayouter: lays a PartyDocument out on A4 pages: header, title, paragraphs, tables whose header row
// repeats on every page, group headings carried over page breaks, signature block and page numbers.
#pragma once

#include "core/result.h"
#include "reports/laid_out_document.h"
#include "reports/party_document.h"

namespace orec::reports {

class PageLayouter
{
public:
    // Fails only when no document font can be loaded (or no QGuiApplication exists).
    static Result<LaidOutDocument> layout(const PartyDocument& document);

    // Whether Auto orientation turns this document to landscape.
    static bool needsLandscape(const PartyDocument& document);
};

} // namespace orec::reports
