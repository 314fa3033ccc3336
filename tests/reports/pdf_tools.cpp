#include "pdf_tools.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace orec::test {

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

QString pdfText(const QString& pdfPath, int page)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdfPath << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args);
}

int pdfPageCount(const QString& pdfPath)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdfPath});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QStringList pdfFonts(const QString& pdfPath)
{
    QStringList lines =
        run(QStringLiteral("pdffonts"), {pdfPath}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(2); // two heading lines
}

QString pdfPagePng(const QString& pdfPath, int page, int dpi)
{
    const QString base = pdfPath + QStringLiteral("-p%1").arg(page);
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                     QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                     QString::number(page), QStringLiteral("-singlefile"), pdfPath, base});
    return base + QStringLiteral(".png");
}

double inkCoverage(const QImage& image)
{
    if (image.isNull())
        return 0;
    const QImage img = image.convertToFormat(QImage::Format_Grayscale8);
    qint64 ink = 0;
    for (int y = 0; y < img.height(); ++y) {
        const uchar* line = img.constScanLine(y);
        for (int x = 0; x < img.width(); ++x)
            ink += line[x] < 200 ? 1 : 0;
    }
    return double(ink) / (double(img.width()) * img.height());
}

} // namespace orec::test
