// DateLineEdit: a date typed in the user's format, which may be left empty; a calendar pops up on demand.
#pragma once

#include <QDate>
#include <QLineEdit>

namespace orec::gui {

class DateLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateLineEdit(QWidget* parent = nullptr);

    // Invalid when empty or when the text is not a real date (see hasValidText()).
    QDate date() const;
    void setDate(const QDate& date);
    bool isEmpty() const { return text().trimmed().isEmpty(); }
    // Empty text counts as valid: the field is optional here; what is required is checked by validation.
    bool hasValidText() const;

Q_SIGNALS:
    // After an edit, once the text is empty or a valid date.
    void dateEdited(const QDate& date);

protected:
    void changeEvent(QEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void showCalendar();
    void onTextEdited();
    void retranslate();

    QAction* m_calendarAction = nullptr;
};

} // namespace orec::gui
