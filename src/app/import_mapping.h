// The column-mapping step of spreadsheet import: which interchange column each column of a clerk's sheet
// feeds, suggested from its headers or given by the user ("--map 'Họ và tên=ho_ten, STT='").
#pragma once

#include "app/interchange_format.h"
#include "core/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace orec::app {

// A header as the file writes it (trimmed) → the interchange key it feeds ("ho_ten"), or an empty key
// to leave that column out. Headers not in the map are matched by their own name (columnForHeader).
using ColumnMap = QHash<QString, QString>;

// A suggestion for the headers of a sheet: exact keys and aliases as the import would match them anyway,
// then the words clerks write ("Họ và tên", "Số CCCD", "Ngày, tháng, năm sinh"; reports/column_mapping.h).
// Each key is fed by one column at most; headers that name nothing are left out of the map.
ColumnMap suggestColumnMap(InterchangeTable table, const QStringList& header);

// "Họ và tên=ho_ten, Ngày, tháng, năm sinh=date_of_birth; STT=": entries separated by commas or
// semicolons (a header may hold commas: an entry ends only after "=key"), each field by its key or its
// English alias, an empty field to leave the column out. A field the table does not have is a Usage error.
Result<ColumnMap> parseColumnMap(InterchangeTable table, const QString& text);

// The map as parseColumnMap reads it, in the order of `header` (only headers the map names).
QString formatColumnMap(const ColumnMap& map, const QStringList& header);

// For each column of `header`, the interchange key it feeds under `map` (empty: none; the map may give
// keys or aliases). A key claimed by the map is not also taken by a column that happens to be named after it.
QStringList fieldsOfColumns(InterchangeTable table, const QStringList& header, const ColumnMap& map);

// Required keys no column feeds (postings: so_the_dang_vien|so_cccd when neither is fed).
QStringList missingRequiredFields(InterchangeTable table, const QStringList& fields);

} // namespace orec::app
