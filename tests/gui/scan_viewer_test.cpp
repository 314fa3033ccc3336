// Scans are shown inside the program, from memory: a PDF and an image scan are opened offscreen in the real
// viewer, their pixels checked, and the temporary folder, the program's data and cache folders and the
// database's folder are compared before and after: no file appears. A print preview writes nothing either,
// the explicit export writes an owner-only copy after a warning, and leftovers of the outside-viewer
// versions are swept at start-up.
#include "app/attachment_service.h"
#include "app/print_service.h"
#include "gui/app_controller.h"
#include "gui/attachment_viewer_dialog.h"
#include "gui/file_dialogs.h"
#include "gui/leftover_scans.h"
#include "gui/print_support.h"
#include "gui/report_form_dialog.h"
#include "gui/unlock_window.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QListWidget>
#include <QPainter>
#include <QPdfView>
#include <QPdfWriter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace orec;
using namespace orec::test;

namespace {

// Every file and folder under the roots, with its size.
using Tree = QMap<QString, qint64>;

void addTree(Tree& tree, const QString& folder, int depth)
{
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        tree.insert(entry.absoluteFilePath(), entry.size());
        if (depth > 1 && entry.isDir() && !entry.isSymLink())
            addTree(tree, entry.absoluteFilePath(), depth - 1);
    }
}

// `depth` levels of folders below each root (the shared /tmp is looked at two levels deep only).
Tree snapshot(const QStringList& roots, int depth = 64)
{
    Tree tree;
    for (const QString& root : roots) {
        if (QFileInfo(root).isDir())
            addTree(tree, root, depth);
    }
    return tree;
}

QStringList appeared(const Tree& before, const Tree& after)
{
    QStringList added;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            added.append(it.key());
    }
    return added;
}

// The files this process has open (Linux): a copy written and unlinked at once leaves no name in a folder,
// but shows here while it is open.
QStringList openFiles()
{
    QStringList files;
#if defined(Q_OS_LINUX)
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
        if (target.startsWith(QLatin1Char('/')) && !target.startsWith(QLatin1String("/dev/")) &&
            !target.startsWith(QLatin1String("/proc/")) && !target.startsWith(QLatin1String("/memfd:")))
            files.append(target);
    }
#endif
    return files;
}

// A two-page scan made in memory: page 1 a black block and a line of text, page 2 a blue block.
QByteArray twoPagePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        writer.setTitle(QStringLiteral("Bản cam kết"));
        QPainter painter(&writer);
        painter.fillRect(QRect(40, 60, 400, 250), Qt::black);
        QFont font = painter.font();
        font.setPointSize(28);
        painter.setFont(font);
        painter.drawText(QPoint(40, 380), QStringLiteral("Bản cam kết — Nguyễn Thị Mai"));
        writer.newPage();
        painter.fillRect(QRect(40, 60, 480, 300), QColor(20, 60, 200));
    }
    buffer.close();
    return bytes;
}

QImage ruledPage()
{
    QImage page(600, 840, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    for (int y = 80; y < 800; y += 40)
        painter.fillRect(QRect(60, y, 480, 8), QColor(20, 20, 20));
    painter.fillRect(QRect(60, 20, 200, 40), QColor(200, 30, 30)); // a red stamp
    return page;
}

struct Colours
{
    double dark = 0;  // share of near-black pixels
    double white = 0; // share of near-white pixels
    double blue = 0;
    double red = 0;
};

Colours colours(const QImage& shot)
{
    const QImage image = shot.convertToFormat(QImage::Format_RGB32);
    Colours c;
    qint64 dark = 0, white = 0, blue = 0, red = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int r = qRed(line[x]), g = qGreen(line[x]), b = qBlue(line[x]);
            dark += r < 60 && g < 60 && b < 60;
            white += r > 235 && g > 235 && b > 235;
            blue += b > 150 && r < 80 && g < 110;
            red += r > 150 && g < 80 && b < 80;
        }
    }
    const double all = static_cast<double>(image.width()) * image.height();
    c.dark = dark / all;
    c.white = white / all;
    c.blue = blue / all;
    c.red = red / all;
    return c;
}

void keepShot(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("OREC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    image.save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG");
}

class ScanViewerTest : public RegisterFixture
{
protected:
    void SetUp() override
    {
        // Whatever this process writes to "the temporary folder" lands in a fresh one of the test's own,
        // so that any file at all that appears in it is the program's (the shared /tmp has other writers).
        m_sharedTemp = QDir::tempPath();
        m_oldTmpDir = qgetenv("TMPDIR");
        ASSERT_TRUE(m_privateTemp.isValid());
        qputenv("TMPDIR", QFile::encodeName(m_privateTemp.path()));
        ASSERT_EQ(QDir::tempPath(), QDir(m_privateTemp.path()).canonicalPath());
        RegisterFixture::SetUp();
        // A committee that asks for a pre-departure report on a family visit (the default has none).
        ASSERT_TRUE(service
                        ->setRule(rule_key::documentsFor(PostingPurpose::FamilyVisit),
                                  QStringLiteral("private_trip_application,pre_departure,return"))
                        .ok());
        const Posting p = plan(mai, PostingPurpose::FamilyVisit, QStringLiteral("US"), QDate(2026, 4, 1),
                               QDate(2026, 4, 20));
        m_postingId = p.id;
        gui::ReportFormDialog form(*session, p.id, ReportKind::PreDeparture);
        m_reportId = form.report().id;
        ASSERT_NE(m_reportId, 0);
    }

    void TearDown() override
    {
        gui::FileDialogs::setNextPaths({});
        RegisterFixture::TearDown();
        if (m_oldTmpDir.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", m_oldTmpDir);
    }

    qint64 attach(const QString& name, const QByteArray& bytes)
    {
        auto added = app::AttachmentService(*session).attach(m_reportId, name, bytes);
        EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().toString().toStdString());
        return added.ok() ? added->id : 0;
    }

    // Folders where a decrypted copy could land: the temporary folder, the program's data, cache and
    // config folders, and the database's folder.
    QStringList watchedFolders() const
    {
        QStringList roots{QDir::tempPath(), m_dir.path()};
        for (auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                              QStandardPaths::CacheLocation, QStandardPaths::AppConfigLocation})
            roots.append(QStandardPaths::writableLocation(location));
        return roots;
    }

    // Opens the scan from the report form (the clerk's Open) and runs `look` on the viewer while it is up,
    // checking that no file appears anywhere watched, none is opened, and no copy lands in the shared /tmp.
    void openAndCheckNothingWritten(qint64 attachmentId, const QByteArray& bytes,
                                    const std::function<void(gui::AttachmentViewerDialog*)>& look)
    {
        gui::ReportFormDialog form(*session, m_postingId, ReportKind::PreDeparture);
        form.show();
        settleEvents();
        const Tree before = snapshot(watchedFolders());
        const Tree sharedBefore = snapshot({m_sharedTemp}, 2);
        const QStringList filesBefore = openFiles();
        bool looked = false;
        QStringList openedWhileViewing;
        whenModalOpens([&](QWidget* modal) {
            auto* viewer = qobject_cast<gui::AttachmentViewerDialog*>(modal);
            ASSERT_NE(viewer, nullptr);
            look(viewer);
            for (const QString& file : openFiles()) {
                if (!filesBefore.contains(file))
                    openedWhileViewing.append(file);
            }
            looked = true;
            viewer->reject();
        });
        form.openAttachment(attachmentId);
        ASSERT_TRUE(looked);
        settleEvents();
        const QStringList written = appeared(before, snapshot(watchedFolders()));
        EXPECT_TRUE(written.isEmpty()) << written.join(QLatin1Char('\n')).toStdString();
        EXPECT_TRUE(openedWhileViewing.isEmpty()) << openedWhileViewing.join(QLatin1Char('\n')).toStdString();
        // Others write to the shared /tmp too: there, no new file may hold the scan's bytes.
        for (const QString& added : appeared(sharedBefore, snapshot({m_sharedTemp}, 2))) {
            QFile file(added);
            if (QFileInfo(added).isFile() && file.open(QIODevice::ReadOnly)) {
                EXPECT_FALSE(file.readAll().contains(bytes.left(256))) << added.toStdString();
            }
            EXPECT_FALSE(QFileInfo(added).fileName().startsWith(QLatin1String("orec-scan-")));
        }
    }

    QTemporaryDir m_privateTemp;
    QString m_sharedTemp;
    QByteArray m_oldTmpDir;
    qint64 m_postingId = 0;
    qint64 m_reportId = 0;
};

// The PDF view renders pages on a thread of its own and paints them when they arrive: grabs the view until
// what it shows passes `done` (or a minute has gone by), and returns the last picture.
QImage renderedView(QPdfView* view, const std::function<bool(const Colours&)>& done)
{
    QImage shot;
    EXPECT_TRUE(waitUntil(
        [&] {
            shot = view->viewport()->grab().toImage();
            return done(colours(shot));
        },
        60000));
    return shot;
}

} // namespace

TEST_F(ScanViewerTest, APdfScanIsRenderedInsideTheProgramAndNothingIsWritten)
{
    const QByteArray pdf = twoPagePdf();
    ASSERT_TRUE(pdf.startsWith("%PDF"));
    const qint64 id = attach(QStringLiteral("ban-cam-ket.pdf"), pdf);

    QImage page1, page2, dialogShot;
    double fitZoom = 0, zoomedIn = 0;
    openAndCheckNothingWritten(id, pdf, [&](gui::AttachmentViewerDialog* viewer) {
        ASSERT_TRUE(viewer->isReadable()) << viewer->problem().toStdString();
        EXPECT_TRUE(viewer->isPdf());
        EXPECT_EQ(viewer->pageCount(), 2);
        EXPECT_EQ(viewer->currentPage(), 0);
        auto* view = viewer->findChild<QPdfView*>(QStringLiteral("pdfView"));
        ASSERT_NE(view, nullptr);
        settleEvents();
        page1 = renderedView(view, [](const Colours& c) { return c.dark > 0.05; });
        dialogShot = viewer->grab().toImage();
        EXPECT_FALSE(child<QPushButton>(viewer, "previousPageButton")->isEnabled());
        EXPECT_TRUE(child<QPushButton>(viewer, "nextPageButton")->isEnabled());

        // The page buttons go to page 2, which has a blue block and no black one.
        QTest::mouseClick(child<QPushButton>(viewer, "nextPageButton"), Qt::LeftButton);
        EXPECT_EQ(viewer->currentPage(), 1);
        EXPECT_EQ(child<QSpinBox>(viewer, "pageSpinBox")->value(), 2);
        EXPECT_FALSE(child<QPushButton>(viewer, "nextPageButton")->isEnabled());
        page2 = renderedView(view, [](const Colours& c) { return c.blue > 0.05; });

        // Opens fitted to the width; zooming in enlarges from there.
        fitZoom = viewer->zoomFactor();
        QTest::mouseClick(child<QPushButton>(viewer, "zoomInButton"), Qt::LeftButton);
        zoomedIn = viewer->zoomFactor();
        EXPECT_EQ(view->zoomMode(), QPdfView::ZoomMode::Custom);
    });
    keepShot(page1, QStringLiteral("scan-viewer-pdf-page-1"));
    keepShot(page2, QStringLiteral("scan-viewer-pdf-page-2"));
    keepShot(dialogShot, QStringLiteral("scan-viewer-pdf-dialog"));

    // Page 1 rendered: a white page with a black block and text on it, nothing blue.
    const Colours one = colours(page1);
    EXPECT_GT(one.white, 0.25) << one.white;
    EXPECT_GT(one.dark, 0.05) << one.dark;
    EXPECT_LT(one.blue, 0.001) << one.blue;
    // Page 2: the blue block, no black block.
    const Colours two = colours(page2);
    EXPECT_GT(two.blue, 0.05) << two.blue;
    EXPECT_LT(two.dark, 0.01) << two.dark;
    EXPECT_GT(fitZoom, 0.5);
    EXPECT_NEAR(zoomedIn, fitZoom * 1.25, 0.01);
}

TEST_F(ScanViewerTest, AnImageScanIsShownInsideTheProgramAndNothingIsWritten)
{
    const QImage page = ruledPage();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(page.save(&buffer, "PNG"));
    const qint64 id = attach(QStringLiteral("don-xin-phep.png"), png);

    QImage shot;
    QImage shown;
    openAndCheckNothingWritten(id, png, [&](gui::AttachmentViewerDialog* viewer) {
        ASSERT_TRUE(viewer->isReadable()) << viewer->problem().toStdString();
        EXPECT_FALSE(viewer->isPdf());
        EXPECT_EQ(viewer->pageCount(), 1);
        // No page buttons for a single picture.
        EXPECT_FALSE(child<QPushButton>(viewer, "nextPageButton")->isVisible());
        shown = viewer->image();
        settleEvents();
        shot = viewer->grab().toImage();
        const double before = viewer->zoomFactor();
        viewer->zoomOut();
        EXPECT_NEAR(viewer->zoomFactor(), before * 0.8, 1e-9);
    });
    keepShot(shot, QStringLiteral("scan-viewer-image"));
    // Pixel for pixel what was attached, and on screen: white paper, dark rules, the red stamp.
    EXPECT_EQ(shown.convertToFormat(QImage::Format_RGB32), page);
    const Colours c = colours(shot);
    EXPECT_GT(c.white, 0.2) << c.white;
    EXPECT_GT(c.dark, 0.02) << c.dark;
    EXPECT_GT(c.red, 0.005) << c.red;
}

TEST_F(ScanViewerTest, AnUnreadablePdfIsRefusedWithAMessage)
{
    // Starts like a PDF, so it is stored as one, but is none.
    const qint64 id = attach(QStringLiteral("hong.pdf"), QByteArray("%PDF-1.4\n%%EOF\n"));
    gui::ReportFormDialog form(*session, m_postingId, ReportKind::PreDeparture);
    gui::MessageBox::clearLastText();
    form.openAttachment(id); // no viewer opens: a modal would block here
    EXPECT_EQ(gui::MessageBox::lastText(), QStringLiteral("The PDF could not be read."));
}

TEST_F(ScanViewerTest, PrintPreviewRendersInMemoryAndWritesNothing)
{
    sendAbroad();
    const Tree before = snapshot(watchedFolders());
    bool shown = false;
    whenModalOpens([&](QWidget* modal) {
        settleEvents();
        const QImage preview = modal->grab().toImage();
        shown = !preview.isNull();
        keepShot(preview, QStringLiteral("scan-viewer-print-preview"));
        modal->close();
    });
    app::PrintRequest request;
    request.kind = app::PrintKind::Abroad;
    EXPECT_TRUE(gui::PrintSupport::preview(nullptr, *session, request));
    EXPECT_TRUE(shown);
    settleEvents();
    const QStringList written = appeared(before, snapshot(watchedFolders()));
    EXPECT_TRUE(written.isEmpty()) << written.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ScanViewerTest, ACopyIsSavedOnlyAfterTheWarningAndOnlyForItsOwner)
{
    const QByteArray pdf = twoPagePdf();
    const qint64 id = attach(QStringLiteral("ban-cam-ket.pdf"), pdf);
    gui::ReportFormDialog form(*session, m_postingId, ReportKind::PreDeparture);
    form.show();
    auto* exportButton = child<QPushButton>(&form, "exportAttachmentButton");
    ASSERT_NE(exportButton, nullptr);
    EXPECT_TRUE(exportButton->isEnabled());
    const QString out = m_dir.file(QStringLiteral("ban-sao.pdf"));

    // Cancelled at the warning: no file chooser, no file.
    gui::FileDialogs::setNextPaths({out});
    gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(form.exportAttachment(id));
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("NOT encrypted")));
    EXPECT_TRUE(gui::FileDialogs::hasNextPaths());
    EXPECT_FALSE(QFileInfo::exists(out));

    // Agreed, over a file that was there and readable by all: the copy replaces it, for its owner only.
    {
        QFile old(out);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                           QFileDevice::ReadOther);
    }
    gui::MessageBox::setNextAnswer(QMessageBox::Save);
    EXPECT_TRUE(form.exportAttachment(id));
    QFile copy(out);
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), pdf);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    EXPECT_EQ(copy.permissions() & others, QFileDevice::Permissions());
    EXPECT_TRUE(copy.permissions() & QFileDevice::ReadOwner);
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("readable by you only")));
}

TEST_F(ScanViewerTest, StartUpSweepsTheScanCopiesEarlierVersionsLeft)
{
    // What a version with the outside viewer left in the temporary folder when it crashed: a private
    // folder from QTemporaryDir("orec-scan-XXXXXX") with numbered copies in it.
    const QString temp = QDir::tempPath();
    QTemporaryDir leftover(QDir(temp).filePath(QStringLiteral("orec-scan-XXXXXX")));
    ASSERT_TRUE(leftover.isValid());
    leftover.setAutoRemove(false);
    QFile::setPermissions(leftover.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QStringList copies{QDir(leftover.path()).filePath(QStringLiteral("1-ban-cam-ket.pdf")),
                             QDir(leftover.path()).filePath(QStringLiteral("2-don-xin-phep.png"))};
    for (const QString& path : copies) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 Nguyễn Thị Mai");
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    // What must stay: names that only look alike, another folder's files behind a link of that shape, and
    // a folder of that shape anyone may read (not one the program made).
    QDir(temp).mkdir(QStringLiteral("orec-scanner"));
    QDir(temp).mkdir(QStringLiteral("orec-scan-open"));
    QFile::setPermissions(QDir(temp).filePath(QStringLiteral("orec-scan-open")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadOther | QFileDevice::ExeOther);
    QTemporaryDir elsewhere;
    const QString precious = QDir(elsewhere.path()).filePath(QStringLiteral("1-keep.pdf"));
    {
        QFile file(precious);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    QFile::setPermissions(elsewhere.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ASSERT_TRUE(QFile::link(elsewhere.path(), QDir(temp).filePath(QStringLiteral("orec-scan-L1nk00"))));
    QDir(temp).mkdir(QStringLiteral("orec-scan-W0rld1"));
    QFile::setPermissions(QDir(temp).filePath(QStringLiteral("orec-scan-W0rld1")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                              QFileDevice::ExeOther);

    // Start-up as the program does it (the session of the fixture is closed first: one program at a time).
    service.reset();
    session.reset();
    gui::AppOptions options;
    options.database = fastOptions(&m_clock);
    options.databasePath = m_dir.file(QStringLiteral("r.orec"));
    gui::AppController controller(options);
    controller.start();

    EXPECT_FALSE(QFileInfo::exists(leftover.path()));
    for (const QString& path : copies)
        EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_TRUE(QFileInfo(QDir(temp).filePath(QStringLiteral("orec-scanner"))).isDir());
    EXPECT_TRUE(QFileInfo(QDir(temp).filePath(QStringLiteral("orec-scan-open"))).isDir());
    EXPECT_TRUE(QFileInfo(QDir(temp).filePath(QStringLiteral("orec-scan-W0rld1"))).isDir());
    EXPECT_TRUE(QFileInfo(QDir(temp).filePath(QStringLiteral("orec-scan-L1nk00"))).isSymLink());
    QFile kept(precious);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("keep me"));
    controller.unlockWindow()->hide();
}

TEST(LeftoverScans, CopiesAreOverwrittenBeforeTheyAreDeleted)
{
    // The sweep on its own, reporting what it did; a hard link to one copy shows its bytes were zeroed
    // before the name went away.
    QTemporaryDir temp;
    const QString folder = QDir(temp.path()).filePath(QStringLiteral("orec-scan-Ab3dE9"));
    ASSERT_TRUE(QDir().mkdir(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString copy = QDir(folder).filePath(QStringLiteral("1-ban-cam-ket.pdf"));
    {
        QFile file(copy);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(100'000, 'M'));
    }
    const QString witness = QDir(temp.path()).filePath(QStringLiteral("witness"));
    ASSERT_EQ(::link(QFile::encodeName(copy).constData(), QFile::encodeName(witness).constData()), 0);

    const gui::LeftoverScans::Sweep swept = gui::LeftoverScans::sweep(temp.path());
    EXPECT_EQ(swept.folders, 1);
    EXPECT_EQ(swept.files, 1);
    EXPECT_TRUE(swept.failed.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(folder));
    QFile file(witness);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray(100'000, '\0'));
}
