// MessageBox: the questions and warnings windows show, answerable by tests without a modal loop.
#pragma once

#include <QMessageBox>
#include <QString>

namespace orec::gui {

class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next question gets this answer at once, without showing a box.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: no box is ever shown; questions take the next answer set, else their default button.
    static void setNonInteractive(bool on);
    // The text of the last box asked for, shown or not (tests read it).
    static QString lastText();
    static void clearLastText();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace orec::gui
