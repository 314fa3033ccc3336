// Typed errors shared by every layer: a code the caller can branch on, and a message for people.
#pragma once

#include <QString>

namespace orec {

enum class ErrorCode {
    Ok = 0,
    Usage,            // the caller asked for something malformed
    Invalid,          // input failed validation (bad date, duplicate card number...)
    WrongKey,         // unknown user, wrong passphrase or wrong recovery key
    Locked,           // the database is in use by another process
    NotADatabase,     // the file is not an Overseas Records database (or plain SQLite)
    Corrupt,          // the file or its audit chain is damaged or was tampered with
    Io,               // the operating system refused to read or write
    Constraint,       // the database refused a change (unique, foreign key, check)
    NotFound,         // the record asked for does not exist
    PermissionDenied, // the user's role does not allow the action
    Conflict,         // the record changed under the caller
    Internal,         // a bug: an invariant did not hold
    Cancelled,        // the person stopped a long operation; nothing was changed
};

// Stable lower_snake_case name of a code, for logs and --json output.
const char* errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // in words a clerk understands, already translated
    QString where;   // file, line/column, field or record the error concerns; may be empty

    Error() = default;
    Error(ErrorCode c, QString msg, QString at = {}) : code(c), message(std::move(msg)), where(std::move(at))
    {}

    // "where: message" when a location is known.
    QString toString() const;
};

} // namespace orec
