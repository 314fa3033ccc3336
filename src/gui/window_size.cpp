#include "gui/window_size.h"

#include <QScreen>
#include <QWidget>

namespace orec::gui {

namespace {

// Before a window is first shown its frame is unknown: a title bar and borders as large as the usual
// desktops draw them.
const QSize kFrameBeforeShown(16, 40);

} // namespace

QSize roomOnScreen(const QWidget* window)
{
    const QScreen* screen = window->screen();
    if (!screen)
        return {};
    const QSize frame =
        window->isVisible() ? window->frameGeometry().size() - window->size() : kFrameBeforeShown;
    return screen->availableGeometry().size() - frame;
}

void resizeToFit(QWidget* window, QSize preferred)
{
    const QSize room = roomOnScreen(window);
    window->resize(room.isValid() ? preferred.boundedTo(room) : preferred);
}

} // namespace orec::gui
