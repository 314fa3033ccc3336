#include "gui/user_guide_window.h"

#include "gui/main_window.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace orec::gui {

namespace {

// The guide's chapter of each screen ("## 5. Members" / "## 5. Đảng viên"): the numbers are the same in both
// languages, the titles are not.
int chapterOf(ScreenId screen)
{
    switch (screen) {
    case ScreenId::Dashboard:
        return 4;
    case ScreenId::Members:
        return 5;
    case ScreenId::Postings:
        return 7;
    case ScreenId::Cells:
        return 10;
    case ScreenId::ReportsDue:
        return 11;
    case ScreenId::AuditLog:
        return 14;
    case ScreenId::Users:
        return 15;
    }
    return 3; // the main window
}

const QList<ScreenId>& guideScreens()
{
    static const QList<ScreenId> ids{ScreenId::Dashboard, ScreenId::Members,    ScreenId::Postings,
                                     ScreenId::Cells,     ScreenId::ReportsDue, ScreenId::AuditLog,
                                     ScreenId::Users};
    return ids;
}

} // namespace

QString UserGuideBrowser::slugOf(const QString& heading)
{
    QString slug;
    for (QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            slug += c;
        else if (c == QLatin1Char(' '))
            slug += QLatin1Char('-');
    }
    return slug;
}

QStringList UserGuideBrowser::headingAnchors() const
{
    QStringList names;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !format.anchorNames().isEmpty()) {
                names += format.anchorNames();
                break;
            }
        }
    }
    return names;
}

void UserGuideBrowser::doSetSource(const QUrl& name, QTextDocument::ResourceType type)
{
    // A link of the guide's contents ("#5-members") stays in the guide: it only scrolls.
    const QUrl url = name.isRelative() && !source().isEmpty() ? source().resolved(name) : name;
    QTextBrowser::doSetSource(url, type);
    // Markdown headings carry no anchors of their own: they get them once the document is read, and the
    // view then goes to the one asked for (the base class looked for it before it existed).
    addHeadingAnchors();
    m_anchor = url.fragment();
    if (!m_anchor.isEmpty())
        scrollToAnchor(m_anchor);
}

void UserGuideBrowser::addHeadingAnchors()
{
    QHash<int, QString> screenAnchors;
    for (ScreenId id : guideScreens())
        screenAnchors.insert(chapterOf(id), UserGuideWindow::anchorOf(id));
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0 || block.text().isEmpty())
            continue;
        if (block.begin() != block.end() && block.begin().fragment().charFormat().isAnchor())
            continue; // this document was given its anchors already
        QStringList names{slugOf(block.text())};
        if (level == 2) {
            bool numbered = false;
            const int chapter = block.text().section(QLatin1Char('.'), 0, 0).toInt(&numbered);
            if (numbered && screenAnchors.contains(chapter))
                names.append(screenAnchors.value(chapter));
        }
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat anchor;
        anchor.setAnchor(true);
        anchor.setAnchorNames(names);
        cursor.mergeCharFormat(anchor);
    }
    document()->setModified(false);
}

UserGuideWindow::UserGuideWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    m_browser = new UserGuideBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    // Everything the guide links to is inside it; a web address is not followed (the program stays offline).
    m_browser->setOpenExternalLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(900, 700);
    retranslate();
}

QUrl UserGuideWindow::guideUrl(const QString& language)
{
    return QUrl(language == QLatin1String("en") ? QStringLiteral("qrc:/guide/user-guide.en.md")
                                                : QStringLiteral("qrc:/guide/user-guide.md"));
}

QString UserGuideWindow::anchorOf(ScreenId screen)
{
    switch (screen) {
    case ScreenId::Dashboard:
        return QStringLiteral("screen-dashboard");
    case ScreenId::Members:
        return QStringLiteral("screen-members");
    case ScreenId::Postings:
        return QStringLiteral("screen-postings");
    case ScreenId::Cells:
        return QStringLiteral("screen-cells");
    case ScreenId::ReportsDue:
        return QStringLiteral("screen-reports-due");
    case ScreenId::AuditLog:
        return QStringLiteral("screen-audit-log");
    case ScreenId::Users:
        return QStringLiteral("screen-users");
    }
    return {};
}

void UserGuideWindow::showSection(const QString& language, ScreenId screen)
{
    QUrl url = guideUrl(language);
    url.setFragment(anchorOf(screen));
    if (m_browser->source().adjusted(QUrl::RemoveFragment) != url.adjusted(QUrl::RemoveFragment))
        m_browser->clearHistory();
    m_browser->setSource(url, QTextDocument::MarkdownResource);
}

void UserGuideWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UserGuideWindow::retranslate()
{
    setWindowTitle(tr("User guide — Overseas Records"));
}

} // namespace orec::gui
