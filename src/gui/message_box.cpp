#include "gui/message_box.h"

#include <optional>

namespace orec::gui {

namespace {
struct State
{
    std::optional<QMessageBox::StandardButton> nextAnswer;
    bool nonInteractive = false;
    QString lastText;
};

State& state()
{
    static State s;
    return s;
}
} // namespace

QMessageBox::StandardButton MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                             const QString& text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    State& s = state();
    s.lastText = text;
    if (s.nextAnswer) {
        const auto answer = *s.nextAnswer;
        s.nextAnswer.reset();
        return answer;
    }
    if (s.nonInteractive)
        return defaultButton == QMessageBox::NoButton ? QMessageBox::Ok : defaultButton;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    state().nextAnswer = answer;
}
void MessageBox::setNonInteractive(bool on)
{
    state().nonInteractive = on;
}
QString MessageBox::lastText()
{
    return state().lastText;
}
void MessageBox::clearLastText()
{
    state().lastText.clear();
}

} // namespace orec::gui
