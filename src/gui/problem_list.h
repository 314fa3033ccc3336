// The problems a form's validation found, as the rich text shown under the form: one line each, errors
// in red with ✘, warnings in orange with ⚠.
#pragma once

#include "core/field_error.h"

#include <QString>

namespace orec::gui {

QString problemLine(const FieldError& problem);
QString problemListHtml(const FieldErrors& problems);

} // namespace orec::gui
