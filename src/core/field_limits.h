// The longest text each field of a record may hold (docs/domain.md, "Field lengths"), in characters as
// QString::size() counts them. validation.h checks them; every path that writes a record goes through it.
#pragma once

namespace orec::field_limits {

// People and places.
inline constexpr int kPersonName = 200; // a member's, a relative's or a user's full name
inline constexpr int kPlace = 200;      // hometown, city, a place visited
inline constexpr int kUnitName = 300;   // committees have long official names
inline constexpr int kUnitCode = 50;
inline constexpr int kOrganisation = 300; // workplace, host organisation, decision body, receiving unit
inline constexpr int kPosition = 200;
inline constexpr int kCountryCode = 8; // an ISO code once read; names are turned into codes first
inline constexpr int kCountries = 30;  // countries of one posting

// Numbers and references as written on documents (spaces and dashes included).
inline constexpr int kIdentityNumber = 20; // citizen ID, party card number, dossier number
inline constexpr int kPhone = 32;
inline constexpr int kEmail = 254;     // RFC 5321's longest path
inline constexpr int kReference = 100; // a decision's number, a conclusion's or decision's reference

// Prose.
inline constexpr int kShortText = 2000; // a reason, a purpose, travel companions, a decision
inline constexpr int kLongText = 10000; // notes, opinions, a report's results, incidents...
// A report's content as a whole (its JSON), and the entries of one list in it.
inline constexpr int kReportContent = 100000;
inline constexpr int kListEntries = 200;
inline constexpr int kExtensions = 100; // extensions of one posting

// Everything else the program stores.
inline constexpr int kUserName = 64;  // core/role.h validateUserName
inline constexpr int kUuid = 64;      // a record's uuid (36 characters written by this program)
inline constexpr int kFileName = 255; // an attachment's name, as file systems allow
inline constexpr int kLabel = 200;    // a holiday's name, a secretary's label
inline constexpr int kRuleValue = 1000;

} // namespace orec::field_limits
