#include "core/error.h"

namespace orec {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok:
        return "ok";
    case ErrorCode::Usage:
        return "usage";
    case ErrorCode::Invalid:
        return "invalid";
    case ErrorCode::WrongKey:
        return "wrong_key";
    case ErrorCode::Locked:
        return "locked";
    case ErrorCode::NotADatabase:
        return "not_a_database";
    case ErrorCode::Corrupt:
        return "corrupt";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::Constraint:
        return "constraint";
    case ErrorCode::NotFound:
        return "not_found";
    case ErrorCode::PermissionDenied:
        return "permission_denied";
    case ErrorCode::Conflict:
        return "conflict";
    case ErrorCode::Internal:
        return "internal";
    case ErrorCode::Cancelled:
        return "cancelled";
    }
    return "internal";
}

QString Error::toString() const
{
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace orec
