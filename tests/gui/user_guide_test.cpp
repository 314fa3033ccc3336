// Help › User guide: the guide shipped inside the program opens offline, in the interface's language, at the
// section of the screen on show; F1 opens it too; its own table of contents and pictures work.
#include "app/translations.h"
#include "gui/main_window.h"
#include "gui/user_guide_window.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>

using namespace orec;
using namespace orec::test;

namespace {

// The heading block that carries `anchor`, or an invalid block.
QTextBlock headingWithAnchor(const QTextDocument* document, const QString& anchor)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(anchor))
                return block;
        }
    }
    return {};
}

class UserGuideTest : public RegisterFixture
{
protected:
    void TearDown() override
    {
        app::installTranslations(QStringLiteral("en"));
        RegisterFixture::TearDown();
    }

    // The guide opened from Help with `id` on show: its window, checked to be at that screen's chapter.
    void expectGuideAt(gui::MainWindow& window, gui::ScreenId id, const QString& file, const QString& heading)
    {
        ASSERT_NE(window.showScreen(id), nullptr);
        window.actions().userGuide->trigger();
        gui::UserGuideWindow* guide = window.userGuideWindow();
        ASSERT_NE(guide, nullptr);
        EXPECT_TRUE(guide->isVisible());
        gui::UserGuideBrowser* browser = guide->browser();
        // Read from inside the program: nothing from the network or the disk.
        EXPECT_EQ(browser->source().scheme(), QStringLiteral("qrc"));
        EXPECT_EQ(browser->source().path(), QStringLiteral("/guide/") + file);
        const QString anchor = gui::UserGuideWindow::anchorOf(id);
        EXPECT_EQ(browser->source().fragment(), anchor);
        EXPECT_EQ(browser->currentAnchor(), anchor);
        const QTextBlock block = headingWithAnchor(browser->document(), anchor);
        ASSERT_TRUE(block.isValid()) << anchor.toStdString();
        EXPECT_EQ(block.blockFormat().headingLevel(), 2);
        EXPECT_TRUE(block.text().startsWith(heading)) << block.text().toStdString();
        // Scrolled there: the chapter's heading is at the top of the view (or the view is at its end).
        settleEvents();
        const QScrollBar* bar = browser->verticalScrollBar();
        const qreal top = browser->document()->documentLayout()->blockBoundingRect(block).top();
        EXPECT_GT(bar->value(), 0) << anchor.toStdString();
        EXPECT_TRUE(qAbs(bar->value() - top) < 40 || bar->value() == bar->maximum())
            << anchor.toStdString() << " at " << bar->value() << ", heading at " << top;
    }
};

} // namespace

TEST_F(UserGuideTest, HelpOpensTheGuideAtTheSectionOfEachScreen)
{
    gui::MainWindow window(*session);
    window.show();
    ASSERT_NE(window.actions().userGuide, nullptr);
    EXPECT_EQ(window.actions().userGuide->text(), QStringLiteral("&User guide"));
    EXPECT_EQ(window.actions().userGuide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    const QList<QPair<gui::ScreenId, QString>> chapters{
        {gui::ScreenId::Dashboard, QStringLiteral("4. Dashboard")},
        {gui::ScreenId::Members, QStringLiteral("5. Members")},
        {gui::ScreenId::Postings, QStringLiteral("7. Postings")},
        {gui::ScreenId::Cells, QStringLiteral("10. Overseas cells")},
        {gui::ScreenId::ReportsDue, QStringLiteral("11. Reports due")},
        {gui::ScreenId::AuditLog, QStringLiteral("14. Audit log")},
        {gui::ScreenId::Users, QStringLiteral("15. Users")},
    };
    for (const auto& [id, heading] : chapters) {
        expectGuideAt(window, id, QStringLiteral("user-guide.en.md"), heading);
        if (HasFatalFailure())
            return;
    }
}

TEST_F(UserGuideTest, TheGuideIsInTheInterfacesLanguage)
{
    app::installTranslations(QStringLiteral("vi"));
    gui::MainWindow window(*session);
    window.show();
    expectGuideAt(window, gui::ScreenId::Members, QStringLiteral("user-guide.md"),
                  QStringLiteral("5. Đảng viên"));
    expectGuideAt(window, gui::ScreenId::ReportsDue, QStringLiteral("user-guide.md"),
                  QStringLiteral("11. Báo cáo đến hạn"));
}

TEST_F(UserGuideTest, F1OpensTheGuide)
{
    gui::MainWindow window(*session);
    window.show();
    window.showScreen(gui::ScreenId::Postings);
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    ASSERT_NE(window.userGuideWindow(), nullptr);
    EXPECT_TRUE(window.userGuideWindow()->isVisible());
    EXPECT_EQ(window.userGuideWindow()->browser()->source().fragment(),
              gui::UserGuideWindow::anchorOf(gui::ScreenId::Postings));
}

TEST_F(UserGuideTest, TheTableOfContentsAndThePicturesWorkOffline)
{
    gui::UserGuideWindow guide;
    guide.show();
    guide.showSection(QStringLiteral("en"), gui::ScreenId::Dashboard);
    gui::UserGuideBrowser* browser = guide.browser();
    // Every heading has GitHub's anchor, which is what the guide's contents link to.
    const QStringList anchors = browser->headingAnchors();
    for (const char* name : {"1-what-the-program-is-for", "8-the-posting-editor-and-its-life-cycle",
                             "20-where-the-data-live-and-what-never-to-do"})
        EXPECT_TRUE(anchors.contains(QLatin1String(name))) << name;
    // A link of the contents only scrolls: the guide stays as it is.
    const int blocks = browser->document()->blockCount();
    browser->setSource(QUrl(QStringLiteral("#8-the-posting-editor-and-its-life-cycle")));
    EXPECT_EQ(browser->currentAnchor(), QStringLiteral("8-the-posting-editor-and-its-life-cycle"));
    EXPECT_EQ(browser->source().toString(),
              QStringLiteral("qrc:/guide/user-guide.en.md#8-the-posting-editor-and-its-life-cycle"));
    EXPECT_EQ(browser->document()->blockCount(), blocks);
    EXPECT_EQ(gui::UserGuideBrowser::slugOf(QStringLiteral("15. Người dùng, vai trò và mật khẩu")),
              QStringLiteral("15-người-dùng-vai-trò-và-mật-khẩu"));

    // The screenshots come from the program's resources.
    int images = 0;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            ++images;
            const QString name = format.toImageFormat().name();
            const QVariant image = browser->loadResource(QTextDocument::ImageResource, QUrl(name));
            EXPECT_TRUE(image.isValid() && !image.toByteArray().isEmpty()) << name.toStdString();
        }
    }
    EXPECT_GT(images, 10);
}
