// EnrolmentCodeDialog: shows a new secretary's one-time enrolment code, large enough to read out or copy by
// hand, once; it closes only after the clerk confirms the code was handed over or written down.
#pragma once

#include "exchange/home_exchange.h"

#include <QDialog>
#include <memory>

namespace Ui {
class EnrolmentCodeDialog;
}

namespace orec::gui {

class EnrolmentCodeDialog : public QDialog
{
    Q_OBJECT
public:
    EnrolmentCodeDialog(const exchange::EnrolledSecretary& enrolled, const QString& cellName,
                        const QString& homeFingerprint, QWidget* parent = nullptr);
    ~EnrolmentCodeDialog() override;

    QString shownCode() const;
    void reject() override;

private:
    std::unique_ptr<Ui::EnrolmentCodeDialog> m_ui;
};

} // namespace orec::gui
