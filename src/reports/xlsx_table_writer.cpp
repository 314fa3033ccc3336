#include "reports/xlsx_table_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <algorithm>
#include <cmath>

#ifdef OREC_HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

namespace orec::reports {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::reports)
};

} // namespace

bool XlsxTableWriter::available()
{
#ifdef OREC_HAVE_XLSXWRITER
    return true;
#else
    return false;
#endif
}

#ifndef OREC_HAVE_XLSXWRITER
Status XlsxTableWriter::write(const ReportTable&, const QString&, const XlsxWriteOptions&)
{
    return Error(ErrorCode::Internal,
                 Texts::tr("This build cannot write Excel files (libxlsxwriter was not found)."));
}
#else

namespace {

// Display width in Excel character units: Vietnamese letters are about one unit each.
double textUnits(const QString& s)
{
    double w = 0;
    for (const QChar c : s)
        w += c.isUpper() ? 1.2 : 1.0;
    return w;
}

} // namespace

Status XlsxTableWriter::write(const ReportTable& table, const QString& path, const XlsxWriteOptions& options)
{
    const QFileInfo target(path);
    const QString dir = target.absolutePath();
    if (!QFileInfo(dir).isDir())
        return Error(ErrorCode::Io, Texts::tr("The folder %1 does not exist.").arg(dir), path);
    const QString partial =
        QDir(dir).filePath(QStringLiteral(".%1.%2.partial")
                               .arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    const QByteArray partialName = QFile::encodeName(partial);
    QByteArray tmpdir = QFile::encodeName(dir);
    {
        // libxlsxwriter writes the workbook with fopen(), which would make it readable by everyone
        // (0644 under the usual umask): the file is made here, owner-only and empty, and libxlsxwriter
        // only fills it. The records leave the encrypted database in this file.
        QFile owned(partial);
        if (!owned.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error(ErrorCode::Io, Texts::tr("Cannot write %1: %2").arg(path, owned.errorString()),
                         path);
        if (!owned.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            owned.remove();
            return Error(ErrorCode::Io, Texts::tr("Cannot write %1: %2").arg(path, owned.errorString()),
                         path);
        }
    }

    lxw_workbook_options wbOptions{};
    wbOptions.constant_memory = options.constantMemory ? LXW_TRUE : LXW_FALSE;
    wbOptions.tmpdir = tmpdir.data();
    wbOptions.use_zip64 = LXW_TRUE;
    lxw_workbook* workbook = workbook_new_opt(partialName.constData(), &wbOptions);
    if (!workbook) {
        QFile::remove(partial);
        return Error(ErrorCode::Io, Texts::tr("Cannot write %1.").arg(path), path);
    }
    QString sheetName = options.sheetName.isEmpty() ? QStringLiteral("Sheet1") : options.sheetName;
    for (const QChar bad : QStringLiteral("[]:*?/\\"))
        sheetName.replace(bad, QLatin1Char(' '));
    const QByteArray sheetUtf8 = sheetName.left(31).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetUtf8.constData());

    lxw_format* headFmt = workbook_add_format(workbook);
    format_set_bold(headFmt);
    format_set_text_wrap(headFmt);
    format_set_align(headFmt, LXW_ALIGN_CENTER);
    format_set_align(headFmt, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(headFmt, LXW_BORDER_THIN);
    format_set_bg_color(headFmt, 0xE8E8E8);
    lxw_format* dateFmt = workbook_add_format(workbook);
    format_set_num_format(dateFmt, "dd/mm/yyyy");
    lxw_format* textFmt = workbook_add_format(workbook);
    format_set_num_format(textFmt, "@"); // keeps citizen IDs and card numbers as text when retyped
    lxw_format* groupFmt = workbook_add_format(workbook);
    format_set_bold(groupFmt);
    lxw_format* totalFmt = workbook_add_format(workbook);
    format_set_bold(totalFmt);
    lxw_format* totalDateFmt = workbook_add_format(workbook);
    format_set_bold(totalDateFmt);
    format_set_num_format(totalDateFmt, "dd/mm/yyyy");

    const int offset = options.includeNumbering ? 1 : 0;
    const int nCols = int(table.columns.size()) + offset;

    // Widths from the header and the first rows, within Excel's sensible range.
    QList<double> widths(nCols, 6);
    const auto headerText = [&](int col) {
        if (offset && col == 0)
            return table.numberHeader();
        const ReportColumn& c = table.columns.at(col - offset);
        return options.useKeysAsHeaders && !c.key.isEmpty() ? c.key : c.title;
    };
    for (int c = 0; c < nCols; ++c)
        widths[c] = std::max(widths[c], textUnits(headerText(c)) + 2);
    int sampled = 0;
    for (const ReportItem& item : table.items) {
        if (item.kind != ItemKind::Row)
            continue;
        for (qsizetype c = 0; c < item.cells.size() && c + offset < nCols; ++c) {
            const QVariant& v = item.cells.at(c);
            const double w = v.typeId() == QMetaType::QDate ? 11 : textUnits(cellText(v)) + 1.5;
            widths[c + offset] = std::max(widths[c + offset], w);
        }
        if (++sampled >= 500)
            break;
    }
    for (int c = 0; c < nCols; ++c) {
        const bool isText = c >= offset && table.columns.at(c - offset).type == ColumnType::Text;
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(widths[c], 60.0),
                             isText ? textFmt : nullptr);
    }

    lxw_error err = LXW_NO_ERROR;
    lxw_row_t row = 0;
    for (int c = 0; c < nCols && !err; ++c) {
        const QByteArray h = headerText(c).toUtf8();
        err = worksheet_write_string(sheet, row, lxw_col_t(c), h.constData(), headFmt);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    ++row;

    int number = 0;
    QByteArray buffer;
    for (const ReportItem& item : table.items) {
        if (err)
            break;
        if (item.kind == ItemKind::Group) {
            if (!options.includeGroups)
                continue;
            buffer = item.heading.toUtf8();
            err = worksheet_write_string(sheet, row++, 0, buffer.constData(), groupFmt);
            continue;
        }
        if (item.kind == ItemKind::Total && !options.includeTotals)
            continue;
        const bool total = item.kind == ItemKind::Total;
        if (offset && !total)
            err = worksheet_write_number(sheet, row, 0, ++number, nullptr);
        for (qsizetype c = 0; c < item.cells.size() && c + offset < nCols && !err; ++c) {
            const QVariant& v = item.cells.at(c);
            const lxw_col_t col = lxw_col_t(c + offset);
            if (!v.isValid() || v.isNull())
                continue;
            switch (v.typeId()) {
            case QMetaType::QDate: {
                const QDate d = v.toDate();
                if (!d.isValid())
                    break;
                lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                err = worksheet_write_datetime(sheet, row, col, &dt, total ? totalDateFmt : dateFmt);
                break;
            }
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Double:
            case QMetaType::Float:
                err = worksheet_write_number(sheet, row, col, v.toDouble(), total ? totalFmt : nullptr);
                break;
            default: {
                // Strings stay strings: "=..." typed into a name is never turned into a formula.
                buffer = v.toString().left(32767).toUtf8();
                err = worksheet_write_string(sheet, row, col, buffer.constData(), total ? totalFmt : nullptr);
                break;
            }
            }
        }
        ++row;
        if (row >= LXW_ROW_MAX) {
            err = LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
            break;
        }
    }
    const lxw_error closed = workbook_close(workbook);
    if (err || closed) {
        QFile::remove(partial);
        const lxw_error shown = err ? err : closed;
        return Error(ErrorCode::Io,
                     Texts::tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(shown))),
                     path);
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QFile::remove(partial);
        return Error(ErrorCode::Io, Texts::tr("Cannot replace %1.").arg(path), path);
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error(ErrorCode::Io, Texts::tr("Cannot write %1.").arg(path), path);
    }
    return okStatus();
}
#endif

} // namespace orec::reports
