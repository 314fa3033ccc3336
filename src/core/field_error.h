// FieldError: one problem found in one field of a record, as validation reports it.
#pragma once

#include "core/error.h"

#include <QList>
#include <QString>

namespace orec {

enum class Severity {
    Error,   // the record must not be saved like this
    Warning, // unusual but possible; show it and let the clerk decide
};

struct FieldError
{
    QString field;   // stable code name of the field, e.g. "date_of_birth" (also the interchange alias)
    QString message; // translated, says what is wrong and, where it helps, what would be right
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const FieldError&) const = default;
};

using FieldErrors = QList<FieldError>;

bool hasErrors(const FieldErrors& problems); // any of Error severity
FieldErrors errorsOnly(const FieldErrors& problems);
bool hasProblemWith(const FieldErrors& problems, const QString& field);
// The Error-severity problems joined into one ErrorCode::Invalid error ("where" lists the fields);
// an Ok-coded Error when there are none.
Error toError(const FieldErrors& problems);

} // namespace orec
