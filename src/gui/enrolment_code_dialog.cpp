#include "gui/enrolment_code_dialog.h"

#include "core/secure_bytes.h"
#include "gui/exchange_labels.h"
#include "ui_enrolment_code_dialog.h"

#include <QPushButton>

namespace orec::gui {

EnrolmentCodeDialog::EnrolmentCodeDialog(const exchange::EnrolledSecretary& enrolled, const QString& cellName,
                                         const QString& homeFingerprint, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EnrolmentCodeDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("<b>Enrolment code for %1</b>, secretary of cell %2 — %3:")
            .arg(enrolled.label.isEmpty() ? tr("the new secretary") : enrolled.label.toHtmlEscaped(),
                 enrolled.cellCode.toHtmlEscaped(), cellName.toHtmlEscaped()));
    m_ui->codeLabel->setFont(ExchangeLabels::codeFont(2.0));
    m_ui->codeLabel->setStyleSheet(QStringLiteral("background: palette(base);"));
    // Eight groups of four read best as two lines of four.
    m_ui->codeLabel->setText(ExchangeLabels::inTwoLines(enrolled.enrolmentCode));
    m_ui->homeFingerprintLabel->setFont(ExchangeLabels::codeFont(1.4));
    m_ui->homeFingerprintLabel->setText(homeFingerprint);
    QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setEnabled(false);
    connect(m_ui->handedOverCheckBox, &QCheckBox::toggled, close, &QPushButton::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, [this] {
        if (m_ui->handedOverCheckBox->isChecked())
            QDialog::accept();
    });
}

EnrolmentCodeDialog::~EnrolmentCodeDialog()
{
    QString shown = m_ui->codeLabel->text();
    m_ui->codeLabel->clear();
    wipeString(shown);
}

QString EnrolmentCodeDialog::shownCode() const
{
    return m_ui->codeLabel->text().replace(QLatin1Char('\n'), QLatin1Char('-'));
}

void EnrolmentCodeDialog::reject()
{
    // The code is shown only once: Esc does not lose it by accident.
    if (m_ui->handedOverCheckBox->isChecked())
        QDialog::reject();
}

} // namespace orec::gui
