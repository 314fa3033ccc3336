// MemberQuery: the member list for a lazy table model: count(filter) and page(filter, sort, offset, limit),
// with where each member is now and ranked search by name, party card number or citizen ID.
#pragma once

#include "core/result.h"
#include "storage/database.h"
#include "storage/register_query_types.h"

#include <QList>
#include <QString>

namespace orec {

// Paging: call count(filter) once for the row count, then page(filter, sort, offset, limit) for the
// rows a view shows (a page of 100 costs about the same at any offset). Filters and sorting happen
// in SQL; nothing loads the whole register.
class MemberQuery
{
public:
    explicit MemberQuery(Database& database) : m_database(database) {}

    Result<qint64> count(const MemberFilter& filter);
    Result<QList<MemberRow>> page(const MemberFilter& filter, const MemberSort& sort, qint64 offset,
                                  int limit);
    // The best `limit` matches for what was typed: exact matches first, then prefixes, then names
    // containing every typed word; by name within each rank.
    Result<QList<MemberRow>> search(const QString& text, int limit = 50);
    // One member's line (where they are now included), as the list would show it.
    Result<MemberRow> row(qint64 memberId, const QDate& today = {});

    // What the search text becomes: the folded text, the number (digits only, when the text is a
    // number) and the full-text query (every word as a prefix). Empty match = nothing to search for.
    struct SearchTerms
    {
        QString folded;
        QString number;
        QString match;  // full-text query: every word as a prefix
        QString words;  // full-text query: every word whole
        QString phrase; // the words, folded, one space apart: what a name ends with or holds whole
    };
    static SearchTerms parseSearchText(const QString& text);

private:
    Result<QList<MemberRow>> searchFirstPage(const QString& text, int limit, const QDate& today);
    Result<MemberRow> details(qint64 memberId, qint64 postingId, const QDate& today);

    Database& m_database;
};

} // namespace orec
