#include "core/field_error.h"

#include <QStringList>

namespace orec {

bool hasErrors(const FieldErrors& problems)
{
    for (const FieldError& p : problems) {
        if (p.isError())
            return true;
    }
    return false;
}

FieldErrors errorsOnly(const FieldErrors& problems)
{
    FieldErrors out;
    for (const FieldError& p : problems) {
        if (p.isError())
            out.append(p);
    }
    return out;
}

bool hasProblemWith(const FieldErrors& problems, const QString& field)
{
    for (const FieldError& p : problems) {
        if (p.field == field)
            return true;
    }
    return false;
}

Error toError(const FieldErrors& problems)
{
    QStringList messages;
    QStringList fields;
    for (const FieldError& p : problems) {
        if (!p.isError())
            continue;
        messages.append(p.message);
        if (!fields.contains(p.field))
            fields.append(p.field);
    }
    if (messages.isEmpty())
        return Error(ErrorCode::Ok, QString());
    return Error(ErrorCode::Invalid, messages.join(QLatin1Char('\n')), fields.join(QStringLiteral(", ")));
}

} // namespace orec
