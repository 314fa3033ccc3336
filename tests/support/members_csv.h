// A members spreadsheet of `rows` valid, distinct rows of cell CB-A (party cards 3xxxxxxx), written as CSV
// for the import tests that need a long file.
#pragma once

#include <QFile>
#include <QString>

namespace orec::test {

// A name of letters only for row `i` (names hold no digits): Baa, Bab, …
inline QString lettersOf(int i)
{
    QString name(QLatin1Char('B'));
    for (int k = 0; k < 3; ++k) {
        name += QChar(u'a' + (i % 26));
        i /= 26;
    }
    return name;
}

// Writes the sheet to `path` and returns whether it could.
inline bool writeMembersCsv(const QString& path, int rows)
{
    QString text =
        QStringLiteral("ho_ten,ngay_sinh,so_cccd,so_the_dang_vien,ngay_vao_dang,don_vi_sinh_hoat\n");
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("Phạm Văn %1,01/02/1990,0020950%2,3%3,03/04/2015,CB-A\n")
                    .arg(lettersOf(i))
                    .arg(i, 5, 10, QLatin1Char('0'))
                    .arg(i, 7, 10, QLatin1Char('0'));
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

} // namespace orec::test
