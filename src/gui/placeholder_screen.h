// PlaceholderScreen: stands in for a screen whose data the register does not offer yet.
#pragma once

#include "gui/screen.h"

class QLabel;

namespace orec::gui {

class PlaceholderScreen : public Screen
{
    Q_OBJECT
public:
    explicit PlaceholderScreen(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_label = nullptr;
};

} // namespace orec::gui
