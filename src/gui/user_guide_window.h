// UserGuideWindow: the user guide shipped inside the program (docs/user-guide*.md as resources), read offline
// in the interface's language and opened at the section of a screen.
#pragma once

#include <QTextBrowser>
#include <QWidget>

namespace orec::gui {

enum class ScreenId;

// A QTextBrowser over the guide's Markdown that gives every heading the anchor GitHub gives it (so the
// guide's own table of contents works here too) and each screen's section a stable one ("screen-members").
class UserGuideBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    using QTextBrowser::QTextBrowser;

    // The anchor names of the heading blocks, in document order (for tests and diagnostics).
    QStringList headingAnchors() const;
    // The anchor the view was last scrolled to.
    QString currentAnchor() const { return m_anchor; }
    // GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens.
    static QString slugOf(const QString& heading);

protected:
    void doSetSource(const QUrl& name, QTextDocument::ResourceType type) override;

private:
    void addHeadingAnchors();

    QString m_anchor;
};

class UserGuideWindow : public QWidget
{
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    // The guide in `language` ("vi" or "en") at the section of `screen`.
    void showSection(const QString& language, ScreenId screen);
    UserGuideBrowser* browser() const { return m_browser; }

    // The resource the guide of a language is read from, and the stable anchor of a screen's section.
    static QUrl guideUrl(const QString& language);
    static QString anchorOf(ScreenId screen);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    UserGuideBrowser* m_browser = nullptr;
};

} // namespace orec::gui
