// Window sizes that fit the screen a window opens on: offices and field laptops abroad still have
// 1280x720 and 1024x700 screens, and 1920x1080 ones at 150% are 1280x720 to Qt.
#pragma once

#include <QSize>

class QWidget;

namespace orec::gui {

// The room a window may take on its screen: the screen's available area less its frame (the frame's
// size when the window is on show, a title bar's and borders' worth before).
QSize roomOnScreen(const QWidget* window);

// Resizes `window` to `preferred`, or to less where its screen has less room.
void resizeToFit(QWidget* window, QSize preferred);

} // namespace orec::gui
